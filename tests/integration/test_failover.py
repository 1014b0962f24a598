"""Failover: two workers in one consumer group, one SIGKILLed for good under load.

The group moves the dead worker's partitions to the survivor once the dead one's session times
out; the survivor recovers their tables from the changelogs and goes on where the dead worker's
committed offsets left off. Nothing may be lost, and nothing may stay uncommitted once all is
handled (README: Delivery guarantee): faust's recovery used to drop what it fetched while it
sought the partitions it resumed (`processor/rebalance.py`).
"""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path

import pytest

from newsstream.settings import Settings
from tests.integration.test_crash import (
    FAST_FAILURE_DETECTION,
    OFFERED_RATE,
    Worker,
    assert_delivery_guarantee,
    assert_faults_in_flight,
    crash_run,
    ledger,
    uncommitted,
    wait_until,
)

# Thousands of articles through a busy shared machine: longer than the suite's default limit.
pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(900)]

ASSIGNED = "Setting newly assigned partitions"
RECOVERED = "Worker ready"  # faust's Recovery, after every assignment


def kill_one_for_good(workers: list[Worker], _rng: random.Random) -> float:
    """SIGKILL the second worker; seconds until the first has taken its partitions over."""
    survivor, victim = workers
    assert survivor.log is not None
    before = survivor.log.read_text(errors="replace")
    killed = time.monotonic()
    victim.kill()

    def taken_over() -> bool:
        assert survivor.log is not None
        text = survivor.log.read_text(errors="replace")
        return all(text.count(line) > before.count(line) for line in (ASSIGNED, RECOVERED))

    wait_until(taken_over, 60.0, f"the survivor never took the partitions: {survivor.log}")
    return time.monotonic() - killed


def test_a_worker_killed_for_good_hands_its_partitions_over(
    settings: Settings, tmp_path: Path
) -> None:
    run = crash_run(
        settings,
        tmp_path,
        articles=600,  # the hand-over, not the volume: test_crash.py replays thousands
        kills=1,
        rate=OFFERED_RATE,
        seed=9,
        workers=2,
        fault=kill_one_for_good,
        env=FAST_FAILURE_DETECTION,
    )
    assert len(run.recoveries) == 1
    assert_faults_in_flight(run)
    assert_delivery_guarantee(ledger(settings, run))
    # Nothing handled was left uncommitted behind a hole (a stalled partition).
    assert asyncio.run(uncommitted(settings)) == {}
