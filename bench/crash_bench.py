"""Crash benchmark: the processor SIGKILLed many times under load; what was lost, what doubled.

Run: .venv/bin/python bench/crash_bench.py [--articles 5000] [--kills 10] [--workers 1]
         [--batch-size 1]

The same run as `tests/integration/test_crash.py`, bigger: generated articles (with resends
and near copies) are sent at `--rate` while a worker is killed with SIGKILL at `--kills` random
moments (random shares of the articles handled) and started again at once; then every output
topic is read in full and each article id sent is looked up. It prints: articles, kills,
missing, articles whose events disagree, articles dead-lettered that batch mode enriches,
repeats per topic, and the time from each kill to the restarted worker being ready again
(faust's "Ready": tables recovered, partitions assigned). Workers run with a 10 s session
timeout (see the README's "Delivery guarantee").

With `--broker-restarts N` the broker (a local one this script starts) is restarted N times
instead. The broker is KAFKA_BOOTSTRAP_SERVERS (loopback only) or a local one started here.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Final

REPO: Final = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.conftest import free_port  # noqa: E402
from tests.integration.test_crash import (  # noqa: E402
    FAST_FAILURE_DETECTION,
    broker_restarter,
    crash_run,
    kill_and_restart,
    ledger,
)

from newsstream.localkafka import DEFAULT_KAFKA_VERSION, LocalKafka  # noqa: E402
from newsstream.settings import Settings  # noqa: E402


def main(args: argparse.Namespace) -> int:
    """Run once and print the figures."""
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if configured and args.broker_restarts:
        sys.exit("--broker-restarts needs the local broker: unset KAFKA_BOOTSTRAP_SERVERS")
    broker = None
    if not configured:
        version = os.environ.get("KAFKA_VERSION", DEFAULT_KAFKA_VERSION)
        broker = LocalKafka(REPO / ".cache" / "kafka", version=version)
    try:
        bootstrap = configured or (broker.start() if broker else "")
        settings = Settings.isolated(bootstrap, "crash", processor_metrics_port=free_port())
        if args.batch_size:
            settings = settings.model_copy(update={"stream_batch_size": args.batch_size})
        fault = broker_restarter(broker) if broker and args.broker_restarts else kill_and_restart
        faults = args.broker_restarts or args.kills
        logs = Path(tempfile.mkdtemp(prefix="crash-bench-"))
        started = time.monotonic()
        run = crash_run(
            settings,
            logs,
            articles=args.articles,
            kills=faults,
            rate=args.rate,
            seed=args.seed,
            workers=args.workers,
            fault=fault,
            env=FAST_FAILURE_DETECTION,
        )
        seconds = time.monotonic() - started
    finally:
        if broker is not None:
            broker.stop()
    found = ledger(settings, run)
    what = "broker restarts" if args.broker_restarts else "SIGKILLs"
    print(f"articles            {found.articles:,}")
    print(
        f"{what:<20}{faults} (workers: {args.workers}, offered {args.rate:g}/s, "
        f"batch {settings.stream_batch_size})"
    )
    print(f"missing             {len(found.missing)}")
    print(f"disagreeing         {len(found.disagreeing)}")
    print(f"wrong dead letters  {len(found.wrongly_dead_lettered)}")
    for key, why in found.wrongly_dead_lettered.items():
        print(f"  {key}: {why}")
    print(
        f"repeats             {found.repeats} (enriched {found.repeated_enriched}, "
        f"duplicates {found.repeated_duplicates}, dead-letter {found.repeated_dead_letters})"
    )
    if run.recoveries:
        print(
            f"time to recover     median {statistics.median(run.recoveries):.1f} s, "
            f"max {max(run.recoveries):.1f} s (fault → ready again)"
        )
    print(f"all output after    {run.drained_seconds:.0f} s; whole run {seconds:.0f} s")
    print(f"worker logs         {logs}")
    return 1 if found.missing or found.disagreeing or found.wrongly_dead_lettered else 0


def parse_args() -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--broker-restarts", type=int, default=0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--rate", type=float, default=40.0, help="articles sent per second")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--batch-size",
        type=int,
        default=0,
        help="articles a worker publishes per batch (the tests use 1); default: the setting's",
    )
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main(parse_args()))
