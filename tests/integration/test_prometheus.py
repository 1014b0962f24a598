"""A real Prometheus scrapes a processor and a replay producer, with newsstream's alert rules.

The test runs Debian's `prometheus` binary on a free port with a generated config: the same job
names as deploy/prometheus/prometheus.yml, static targets on 127.0.0.1 instead of Docker DNS, a
1 s scrape and evaluation interval, and the rule file from deploy/. It replays articles of every
outcome, then asks Prometheus's HTTP API what it scraped. Prometheus is stopped at the end,
whatever happens.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import urlopen

import pytest
import yaml

from newsstream.settings import Settings
from tests.conftest import SEEDS, free_port
from tests.deploy.tools import GRAFANA_DIR, PROMETHEUS_DIR, require

pytestmark = [pytest.mark.integration, pytest.mark.slow]

RULES = PROMETHEUS_DIR / "rules" / "newsstream.yml"
START_TIMEOUT = 30.0
SCRAPE_TIMEOUT = 90.0


class Prometheus:
    """A running Prometheus server and its HTTP API."""

    def __init__(self, url: str, process: subprocess.Popen[bytes], log: Path) -> None:
        self.url = url
        self.process = process
        self.log = log

    def get(self, path: str, **params: str) -> Any:
        query = f"?{urlencode(params)}" if params else ""
        with urlopen(f"{self.url}{path}{query}", timeout=10) as response:  # noqa: S310
            body = json.loads(response.read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> dict[str, float]:
        """An instant query: each series' labels (without __name__) → its value."""
        data = self.get("/api/v1/query", query=expr)
        return {
            ",".join(f"{k}={v}" for k, v in sorted(r["metric"].items()) if k != "__name__"): float(
                r["value"][1]
            )
            for r in data["result"]
        }

    def wait_for_data(self, expr: str) -> dict[str, float]:
        """The query's result once it has any (a rate needs two samples), or {} at the timeout."""
        deadline = time.monotonic() + SCRAPE_TIMEOUT
        while not (got := self.query(expr)) and time.monotonic() < deadline:
            time.sleep(0.5)
        return got

    def wait_for(self, expr: str, expected: dict[str, float]) -> dict[str, float]:
        deadline = time.monotonic() + SCRAPE_TIMEOUT
        while True:
            got = self.query(expr)
            if got == expected or time.monotonic() > deadline:
                return got
            time.sleep(0.5)


@pytest.fixture
def ports() -> dict[str, int]:
    return {"producer": free_port(), "prometheus": free_port()}


@pytest.fixture
def prometheus(settings: Settings, ports: dict[str, int], tmp_path: Path) -> Iterator[Prometheus]:
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": [str(RULES)],
        "scrape_configs": [
            {
                "job_name": "newsstream-processor",
                "static_configs": [{"targets": [f"127.0.0.1:{settings.processor_metrics_port}"]}],
            },
            {
                "job_name": "newsstream-replay",
                "static_configs": [{"targets": [f"127.0.0.1:{ports['producer']}"]}],
            },
        ],
    }
    config_path = tmp_path / "prometheus.yml"
    config_path.write_text(yaml.safe_dump(config))
    address = f"127.0.0.1:{ports['prometheus']}"
    log = tmp_path / "prometheus.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                require("prometheus"),
                f"--config.file={config_path}",
                f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                f"--web.listen-address={address}",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        server = Prometheus(f"http://{address}", process, log)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"prometheus exited with {process.returncode}:\n{log.read_text()}")
            try:
                with urlopen(f"{server.url}/-/ready", timeout=2):  # noqa: S310
                    break
            except (URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"prometheus not ready in {START_TIMEOUT} s:\n{log.read_text()}")
                time.sleep(0.2)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def dashboard_queries() -> list[str]:
    """Every query of the Grafana dashboard, with Grafana's own variables filled in."""
    board = json.loads((GRAFANA_DIR / "dashboards" / "newsstream.json").read_text())
    return [
        target["expr"].replace("$__rate_interval", "1m").replace("$__range", "5m")
        for panel in board["panels"]
        for target in panel["targets"]
    ]


def test_prometheus_scrapes_the_processor_and_the_producer_and_counts_every_article(
    settings: Settings,
    processor: subprocess.Popen[bytes],
    prometheus: Prometheus,
    ports: dict[str, int],
    tmp_path: Path,
) -> None:
    articles = tmp_path / "articles"  # 4 seeds and one article cleaning leaves empty
    articles.mkdir()
    for seed in SEEDS.iterdir():
        shutil.copy(seed, articles)
    (articles / "zz_furniture_only.txt").write_text("Advertisement\n\nShare this\n")
    processor_target = (
        f"instance=127.0.0.1:{settings.processor_metrics_port},job=newsstream-processor"
    )
    env = {
        **os.environ,
        **settings.to_env(),
        "NEWSSTREAM_PRODUCER_METRICS_PORT": str(ports["producer"]),
    }
    # Counters at 0 first: Prometheus sees an increase only from a sample it has scraped.
    up = prometheus.wait_for('up{job="newsstream-processor"}', {processor_target: 1.0})
    assert up == {processor_target: 1.0}, prometheus.log.read_text()[-3000:]
    command = ["replay", str(articles), "--repeat", "2", "--no-progress", "--linger", "120"]
    replay = subprocess.Popen(  # twice: the second copies of the seeds are duplicates
        [sys.executable, "-m", "newsstream", *command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        sent = prometheus.wait_for(
            'newsstream_replay_articles_sent_total{job="newsstream-replay"}',
            {f"instance=127.0.0.1:{ports['producer']},job=newsstream-replay": 10.0},
        )
        assert sum(sent.values()) == 10.0, prometheus.log.read_text()[-3000:]
        outcomes = prometheus.wait_for(
            "sum by (outcome) (newsstream_articles_processed_total)",
            {"outcome=enriched": 4.0, "outcome=duplicate": 4.0, "outcome=dead_letter": 2.0},
        )
        assert outcomes == {
            "outcome=enriched": 4.0,
            "outcome=duplicate": 4.0,
            "outcome=dead_letter": 2.0,
        }
        assert prometheus.query("sum(newsstream_articles_consumed_total)") == {"": 10.0}
        assert prometheus.query('sum(newsstream_duplicates_total{method="exact"})') == {"": 4.0}
        assert prometheus.query("sum(newsstream_end_to_end_latency_seconds_count)") == {"": 8.0}
        assert prometheus.query("sum(newsstream_replay_articles_failed_total)") == {"": 0.0}
        up = prometheus.query("up")
        assert sorted(up.values()) == [1.0, 1.0], up

        # The dead letters fire the alert (it has no `for`); a running processor is not "down".
        alerts = prometheus.wait_for(
            'ALERTS{alertname="NewsstreamDeadLetters", alertstate="firing"}',
            {"alertname=NewsstreamDeadLetters,alertstate=firing,severity=warning": 1.0},
        )
        assert alerts == {"alertname=NewsstreamDeadLetters,alertstate=firing,severity=warning": 1.0}
        firing = prometheus.query('ALERTS{alertstate="firing"}')
        assert [name for name in firing if "NewsstreamDeadLetters" not in name] == []

        groups = prometheus.get("/api/v1/rules")["groups"]
        rules = {rule["name"]: rule for group in groups for rule in group["rules"]}
        configured = yaml.safe_load(RULES.read_text())["groups"]
        assert set(rules) == {rule["alert"] for group in configured for rule in group["rules"]}
        assert {name: rule["health"] for name, rule in rules.items()} == dict.fromkeys(rules, "ok")

        for expr in dashboard_queries():  # every dashboard query is valid PromQL with data
            assert prometheus.wait_for_data(expr), expr
        throughput = prometheus.query(
            "sum by (outcome) (increase(newsstream_articles_processed_total[5m]))"
        )
        assert set(throughput) == {"outcome=enriched", "outcome=duplicate", "outcome=dead_letter"}
    finally:
        replay.send_signal(signal.SIGTERM)  # ends --linger early, cleanly
        out, err = replay.communicate(timeout=30)
    assert replay.returncode == 0, err
    assert "replayed 10 articles" in out
