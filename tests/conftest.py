"""Shared fixtures: a real Kafka broker for the session, and per-test settings and processors.

Broker choice, in order: `KAFKA_BOOTSTRAP_SERVERS` when set; testcontainers' Kafka module when a
Docker engine answers; otherwise the bundled local broker (Apache Kafka's jars under `java`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from newsstream.localkafka import LocalKafka, free_port
from newsstream.metrics import scrape
from newsstream.settings import Settings

REPO = Path(__file__).resolve().parents[1]
# The suite's verdict is the code's, not the draw's: property tests run the same examples every
# run. `HYPOTHESIS_PROFILE=explore` draws new ones (and reports a failure's seed) to go looking.
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None)
hypothesis_settings.register_profile("explore", print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

SEEDS = REPO / "seeds"
# A limit, not a measure: on a loaded machine faust's imports alone took 60 s once.
PROCESSOR_START_TIMEOUT = 120.0
GENERATION = re.compile(r"Joined group '[^']*' \(generation (\d+)\)")
# Furniture the seed files carry: none of it may reach an enriched body.
SEED_FURNITURE = (
    "Advertisement",
    "Facebook Comments",
    "Adblock",
    "Leave a Reply",
    "Related Articles",
    "Back to top",
    "DMCA",
    "Recent Articles",
    "in your inbox",
    "time-brightcove",
    "Your email address",
)


# A test broker's data folder goes with it, so its clean shutdown (seconds of the JVM's time; the
# session broker's comes at the very end of the run) buys nothing: SIGTERM, then SIGKILL at once.
# test_localkafka.py checks stop() itself on brokers of its own.
THROWAWAY_BROKER_STOP_TIMEOUT = 0.0


# Modules whose tests kill processors and restart brokers: minutes of load each. `make test` runs
# the suite on two pytest-xdist workers; these go to one worker as one unit, handed out first
# (the largest), and run one after another while the other worker takes everything else. Two at
# once on two cores would slow each other and their processors' heartbeats.
FAULT_MODULES = frozenset({"test_crash.py", "test_failover.py"})


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: unknown when xdist is not loaded
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`--dist loadgroup`, with the tests of `FAULT_MODULES` as one more group.

    A module's `xdist_group` mark cannot do it: pytest-xdist 3.8 renames a marked test's node
    id to carry its group, which pytest 9.2's read-only node ids ignore.
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling  # noqa: PLC0415 - only under xdist

    class FaultsTogether(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.split("::", 1)[0].rsplit("/", 1)[-1] in FAULT_MODULES:
                return "faults"
            return str(super()._split_scope(nodeid))

        def _reschedule(self, node: Any) -> None:
            # xdist queues a unit or two ahead on a worker; behind minutes of fault tests it
            # would wait there while the other worker runs dry. But a worker runs a test only
            # once it knows the next one (or is told to stop): the last fault test gets one
            # unit queued behind it, or it would wait for the end of the run, the other
            # worker's last test, alone.
            faults = self.assigned_work.get(node, {}).get("faults", {})
            if sum(not done for done in faults.values()) <= 1:
                super()._reschedule(node)

    return FaultsTogether(config, log)


def run_newsstream(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the `newsstream` command line in the repository as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "newsstream", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=os.environ.copy() if env is None else env,
        timeout=timeout,
        check=False,
    )


def _docker_engine_answers() -> bool:
    """True when a Docker engine answers `docker info` (the CLI alone is not enough)."""
    try:
        result = subprocess.run(
            ["docker", "info", "--format", "{{.ServerVersion}}"],  # noqa: S607 - PATH lookup
            capture_output=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0 and bool(result.stdout.strip())


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """The session's broker, started on the first test that needs it.

    Each pytest-xdist worker is a session of its own, with a broker of its own unless one is
    configured. Tests keep apart on a shared broker anyway: each has its own topics and group.
    """
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or os.environ.get(
        "NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS"
    )
    if configured:
        yield configured
        return
    if _docker_engine_answers():
        from testcontainers.kafka import KafkaContainer  # noqa: PLC0415

        with KafkaContainer("confluentinc/cp-kafka:7.9.1").with_kraft() as container:
            yield container.get_bootstrap_server()
        return
    version = os.environ.get("KAFKA_VERSION")
    options = {"version": version} if version else {}
    broker = LocalKafka(REPO / ".cache" / "kafka", **options)
    try:
        yield broker.start()
    finally:
        broker.stop(timeout=THROWAWAY_BROKER_STOP_TIMEOUT)


@pytest.fixture
def restartable_kafka() -> Iterator[LocalKafka]:
    """A local broker of the test's own, which it may stop and start (`LocalKafka.restart`)."""
    version = os.environ.get("KAFKA_VERSION")
    options = {"version": version} if version else {}
    broker = LocalKafka(REPO / ".cache" / "kafka", **options)
    try:
        broker.start()
        yield broker
    finally:
        broker.stop(timeout=THROWAWAY_BROKER_STOP_TIMEOUT)


@pytest.fixture
def settings(kafka_bootstrap: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of an isolated pipeline: its own topics, consumer group and metrics port."""
    return Settings.isolated(
        kafka_bootstrap,
        "test",
        partitions=4,
        processor_metrics_port=free_port(),
        state_dir=tmp_path_factory.mktemp("state") / "not-yet-made",
    )


def metrics_url(settings: Settings) -> str:
    return f"http://{settings.metrics_host}:{settings.processor_metrics_port}/metrics"


def start_processor(
    settings: Settings, log_path: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """`newsstream process` in its own process, started and answering on its metrics port.

    `env` adds environment variables, e.g. faust's own `BROKER_SESSION_TIMEOUT`.
    """
    process = launch_processor(settings, log_path, env)
    await_metrics(process, settings, log_path)
    return process


def launch_processor(
    settings: Settings, log_path: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """`newsstream process` in its own process, not waited for: several start side by side."""
    with log_path.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "newsstream", "process", "--log-level", "info"],
            env={**os.environ, **settings.to_env(), **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def await_metrics(process: subprocess.Popen[bytes], settings: Settings, log_path: Path) -> None:
    """Wait until a launched processor serves metrics; fail with its log if it never does."""
    deadline = time.monotonic() + PROCESSOR_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"processor exited early:\n{log_path.read_text()[-4000:]}")
        try:
            scrape(metrics_url(settings), timeout=1.0)
        except OSError:
            time.sleep(0.2)
            continue
        return
    process.kill()
    process.wait()  # reaped here, or its ResourceWarning fails whichever test runs at the next GC
    pytest.fail(f"processor did not serve metrics in time:\n{log_path.read_text()[-4000:]}")


def settled(logs: list[Path]) -> bool:
    """Whether workers of one group all joined its latest generation and recovered after it.

    A worker that joins makes the others rebalance and recover again: input that arrives while
    they recover may stall (README), so a test starts sending once this holds.
    """
    generations = []
    for log in logs:
        text = log.read_text(errors="replace")
        joined = GENERATION.findall(text)
        assigned = text.rfind("Setting newly assigned partitions")
        if not joined or text.rfind("Worker ready") < assigned or assigned < 0:
            return False
        generations.append(joined[-1])
    return len(set(generations)) == 1


def stop_processor(process: subprocess.Popen[bytes], log_path: Path) -> int:
    process.terminate()
    try:
        return process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        pytest.fail(f"processor ignored SIGTERM:\n{log_path.read_text()[-4000:]}")


@pytest.fixture
def processor(settings: Settings, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    log_path = tmp_path / "processor.log"
    process = start_processor(settings, log_path)
    yield process
    code = stop_processor(process, log_path)
    assert code == 0, log_path.read_text()[-4000:]
