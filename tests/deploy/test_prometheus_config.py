"""deploy/prometheus and deploy/grafana, checked by Prometheus's own promtool.

`promtool check config` loads prometheus.yml and the rule files it names; `promtool test rules`
runs the alert unit tests in deploy/prometheus/tests/ on synthetic series.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry

from newsstream.metrics import ProcessorMetrics, ProducerMetrics
from tests.deploy.tools import GRAFANA_DIR, PROMETHEUS_DIR, require

RULES = PROMETHEUS_DIR / "rules" / "newsstream.yml"
RULE_TESTS = PROMETHEUS_DIR / "tests" / "newsstream_test.yml"
DASHBOARD = GRAFANA_DIR / "dashboards" / "newsstream.json"
SUFFIXES = {"counter": ("_total",), "gauge": ("",), "histogram": ("_bucket", "_count", "_sum")}


def promtool(*args: str, cwd: Path = PROMETHEUS_DIR) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [require("promtool"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def alert_names() -> list[str]:
    groups = yaml.safe_load(RULES.read_text())["groups"]
    return [rule["alert"] for group in groups for rule in group["rules"] if "alert" in rule]


def dashboard() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(DASHBOARD.read_text())
    return result


def exported_series_names() -> set[str]:
    """Every series name the processor and the producer can export."""
    registry = CollectorRegistry()
    ProcessorMetrics(registry)
    ProducerMetrics(registry)
    return {
        f"{family.name}{suffix}"
        for family in registry.collect()
        for suffix in SUFFIXES[family.type]
    }


def test_promtool_accepts_the_config_and_the_rule_files_it_names() -> None:
    result = promtool("check", "config", "prometheus.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 1 rule files found" in result.stdout


def test_promtool_accepts_the_rules() -> None:
    result = promtool("check", "rules", str(RULES))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(alert_names())} rules found" in result.stdout


def test_the_alert_unit_tests_pass() -> None:
    result = promtool("test", "rules", str(RULE_TESTS))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_the_alert_unit_tests_can_fail(tmp_path: Path) -> None:
    """A wrong expectation must fail, or the passing run above proves nothing."""
    broken = RULE_TESTS.read_text().replace("severity: critical", "severity: info", 1)
    (tmp_path / "tests").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "newsstream.yml").write_text(RULES.read_text())
    (tmp_path / "tests" / "broken_test.yml").write_text(broken)
    result = promtool("test", "rules", "tests/broken_test.yml", cwd=tmp_path)
    assert result.returncode != 0
    assert "FAILED" in result.stdout + result.stderr


def test_every_alert_is_tested_firing_and_quiet() -> None:
    tests = yaml.safe_load(RULE_TESTS.read_text())["tests"]
    firing: set[str] = set()
    quiet: set[str] = set()
    for case in tests:
        for check in case.get("alert_rule_test", []):
            (firing if check["exp_alerts"] else quiet).add(check["alertname"])
    assert set(alert_names()) == firing
    assert set(alert_names()) == quiet
    assert set(alert_names()) >= {
        "NewsstreamProcessorDown",
        "NewsstreamNoArticlesProcessed",
        "NewsstreamDeadLetters",
        "NewsstreamConsumerLagGrowing",
        "NewsstreamEndToEndLatencyHigh",
    }


def test_rules_and_dashboard_name_only_metrics_that_newsstream_exports() -> None:
    exported = exported_series_names()
    assert "newsstream_articles_processed_total" in exported
    groups = yaml.safe_load(RULES.read_text())["groups"]
    exprs = [rule["expr"] for group in groups for rule in group["rules"]]
    exprs += [t["expr"] for panel in dashboard()["panels"] for t in panel["targets"]]
    used = set(re.findall(r"newsstream_[a-z_]+", " ".join(exprs)))
    assert len(used) >= 8
    assert used <= exported, sorted(used - exported)


def test_the_dashboard_shows_what_an_operator_needs_from_the_provisioned_source() -> None:
    board = dashboard()
    (source,) = yaml.safe_load(
        (GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml").read_text()
    )["datasources"]
    panels = board["panels"]
    assert len({panel["id"] for panel in panels}) == len(panels)
    for panel in panels:
        assert panel["datasource"]["uid"] == source["uid"], panel["title"]
        assert panel["targets"], panel["title"]
        assert all(target["expr"].strip() for target in panel["targets"]), panel["title"]
    titles = " | ".join(panel["title"].lower() for panel in panels)
    for topic in ("throughput by outcome", "latency percentiles", "duplicate rate", "dead-letter"):
        assert topic in titles
    assert "lag" in titles
    exprs = " ".join(t["expr"] for panel in panels for t in panel["targets"])
    for quantile in ("0.5", "0.95", "0.99"):
        assert f"histogram_quantile({quantile}, sum by (le) (rate(newsstream_end_to_end" in exprs


@pytest.mark.parametrize(
    "path",
    sorted((GRAFANA_DIR / "provisioning").rglob("*.yml")),
    ids=lambda p: p.name,
)
def test_grafana_provisioning_files_are_version_1(path: Path) -> None:
    assert yaml.safe_load(path.read_text())["apiVersion"] == 1
