"""Downstream consumers on a real broker: `newsstream tail` and examples/consumer.py.

Articles go through a real processor process first; each consumer then reads the output topics
in a consumer group of its own, as a user's service would.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest

from newsstream.metrics import scrape
from newsstream.producer.replay import replay
from newsstream.settings import Settings
from tests.conftest import REPO, SEEDS, metrics_url, run_newsstream

pytestmark = [pytest.mark.integration, pytest.mark.slow]

EXAMPLE = REPO / "examples" / "consumer.py"
# Seconds without events before a consumer exits: `tail` counts them from its group join,
# the example consumer from its start (joining takes ~1 s, more on a loaded machine).
TAIL_IDLE_TIMEOUT = "2"
EXAMPLE_IDLE_TIMEOUT = "6"
PROCESSED_TIMEOUT = 90.0
PROCESSOR_LOG = "processor.log"  # where the processor fixture logs, in the test's tmp_path


def replay_and_wait(
    settings: Settings, paths: list[Path], log: Path, processed_before: int = 0
) -> list[str]:
    """Replay files and wait until the processor's counters account for every article."""
    summary = asyncio.run(replay(settings, paths))
    assert summary.failed == 0, summary.errors
    expected = processed_before + summary.sent
    deadline = time.monotonic() + PROCESSED_TIMEOUT
    processed = 0.0
    while time.monotonic() < deadline:
        samples = scrape(metrics_url(settings))
        processed = sum(
            v for k, v in samples.items() if k.startswith("newsstream_articles_processed_total")
        )
        if processed >= expected:
            break
        time.sleep(0.25)
    assert processed == expected, log.read_text()[-4000:]
    return summary.article_ids


def tail(settings: Settings, *args: str) -> list[str]:
    result = run_newsstream(
        "tail", *args, "--idle-timeout", TAIL_IDLE_TIMEOUT, env={**os.environ, **settings.to_env()}
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def schema(name: str) -> dict[str, object]:
    loaded: dict[str, object] = json.loads((REPO / "schemas" / f"{name}.json").read_text())
    return loaded


def test_tail_prints_every_enriched_event_as_valid_json_and_a_named_group_resumes(
    settings: Settings, processor: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    # One processor and replay for both (its start and stop take seconds): from the beginning
    # without a group, then in a named group that commits and resumes where it stopped.
    group = f"{settings.app_id}-tail"
    first_ids = replay_and_wait(settings, [SEEDS], tmp_path / PROCESSOR_LOG)
    lines = tail(settings, "--from-beginning", "--json")
    assert len(lines) == 4
    events = [json.loads(line) for line in lines]
    for event in events:
        jsonschema.validate(event, schema("enriched_article"))
    assert sorted(event["article_id"] for event in events) == sorted(first_ids)
    assert all(event["duplicate_of"] is None for event in events)

    first = tail(settings, "--group", group, "--from-beginning", "--json")
    assert sorted(json.loads(line)["article_id"] for line in first) == sorted(first_ids)
    assert tail(settings, "--group", group, "--from-beginning", "--json") == []  # committed

    second_ids = replay_and_wait(settings, [SEEDS], tmp_path / PROCESSOR_LOG, processed_before=4)
    duplicates = [json.loads(line) for line in tail(settings, "--group", group, "--json")]
    assert sorted(event["article_id"] for event in duplicates) == sorted(second_ids)
    assert {event["duplicate_of"] for event in duplicates} == set(first_ids)


def test_the_example_consumer_handles_each_article_once_and_commits_and_tail_shows_one_topic(
    settings: Settings, processor: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in SEEDS.iterdir():
        shutil.copy(seed, articles)
    (articles / "zz_furniture_only.txt").write_text("Advertisement\n\nShare this\n")
    ids = replay_and_wait(settings, [articles], tmp_path / PROCESSOR_LOG)
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": settings.require_bootstrap_servers()}
    env.update({k: v for k, v in settings.to_env().items() if k.endswith("_TOPIC")})
    command = [
        sys.executable,
        str(EXAMPLE),
        "--topic",
        "enriched",
        "--topic",
        "dead-letter",
        "--group",
        f"{settings.app_id}-example",
        "--idle-timeout",
        EXAMPLE_IDLE_TIMEOUT,
    ]

    def run_example() -> list[str]:
        result = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=120, check=False
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    lines = run_example()
    enriched = sorted(line.split()[1] for line in lines if line.startswith("enriched "))
    letters = [line for line in lines if line.startswith("dead-letter ")]
    assert len(lines) == 5
    assert len(letters) == 1
    assert letters[0].endswith(" clean/empty")
    assert len(enriched) == 4
    assert sorted([*enriched, letters[0].split()[1]]) == sorted(ids)
    assert run_example() == []  # the group committed: nothing is handled twice

    # `tail --topic` shows that topic only (the same processor and replay: one dead letter).
    (letter,) = tail(settings, "--topic", "dead-letter", "--from-beginning", "--json")
    jsonschema.validate(json.loads(letter), schema("dead_letter"))
    (readable,) = tail(settings, "--topic", "dead-letter", "--from-beginning")
    assert readable.startswith("[dead-letter] clean/empty")
