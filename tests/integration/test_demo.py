"""The README's run command, as a new user runs it: no broker configured, one command."""

import os

import pytest

from tests.conftest import free_port, run_newsstream

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_demo_starts_its_own_broker_and_shows_every_seed_enriched() -> None:
    env = {k: v for k, v in os.environ.items() if "BOOTSTRAP" not in k}
    env["NEWSSTREAM_PROCESSOR_METRICS_PORT"] = str(free_port())
    result = run_newsstream("demo", "--repeat", "2", env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "starting a local Kafka" in out
    assert out.count("[enriched]") == 4
    assert out.count("[duplicate]") == 4
    assert 'newsstream_articles_processed_total{outcome="enriched"} 4' in out
    assert 'newsstream_articles_processed_total{outcome="duplicate"} 4' in out
    assert f"127.0.0.1:{env['NEWSSTREAM_PROCESSOR_METRICS_PORT']}/metrics" in out
    assert out.rstrip().endswith("Local broker stopped.")
