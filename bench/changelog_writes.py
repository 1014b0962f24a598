"""How many of the dedup stage's table writes repeat a key already written in the same batch.

Only a key's last write in a batch matters for recovery, so those are what coalescing table
writes per batch (one changelog message per key and batch) would save. The processor runs as a
child process with faust's changelog send and the dedup agent's batch wrapped, logging each
write (batch, table, key, tombstone or not); it drains a pre-loaded raw topic, then takes a burst
of fresh articles as `pipeline_bench.py` does, and the writes of each phase are counted.

    .venv/bin/python bench/changelog_writes.py [--articles 400]

Set NEWSSTREAM_DEDUP_PARTITIONS to measure more dedup partitions. Uses KAFKA_BOOTSTRAP_SERVERS
when set, otherwise starts the local broker (as `pipeline_bench.py`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextvars
import itertools
import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pipeline_bench as bench

from newsstream.demo import stop_processor
from newsstream.localkafka import free_port
from newsstream.settings import Settings

TIMEOUT_S = 300.0


def run_traced_processor(log_path: str) -> None:
    """`newsstream process`, logging every table changelog write with its dedup batch."""
    from faust.tables.base import Collection  # noqa: PLC0415 - only in the child

    from newsstream.cli import main  # noqa: PLC0415
    from newsstream.processor import app  # noqa: PLC0415

    log = Path(log_path).open("a", buffering=1, encoding="utf-8")  # noqa: SIM115 - lives until exit
    batch = contextvars.ContextVar("batch", default=-1)
    numbers = itertools.count()
    send_changelog = Collection.send_changelog
    dedup_batch = app.ArticleProcessor._dedup_batch

    def traced_send(self: Any, partition: Any, key: Any, value: Any, **options: Any) -> Any:
        deleted = int(value is None)
        log.write(f"W\t{batch.get()}\t{self.name}\t{partition}\t{key.hex()}\t{deleted}\n")
        return send_changelog(self, partition, key, value, **options)

    async def traced_batch(self: Any, events: Any) -> None:
        token = batch.set(next(numbers))
        try:
            await dedup_batch(self, events)
        finally:
            batch.reset(token)

    Collection.send_changelog = traced_send  # type: ignore[assignment, method-assign]
    app.ArticleProcessor._dedup_batch = traced_batch  # type: ignore[method-assign]
    raise SystemExit(main(["process", "--log-level", "info"]))


@dataclass
class Writes:
    """Table writes of one phase, by table."""

    batches: int
    total: Counter[str]
    repeated: Counter[str]
    """Writes to a (batch, table, partition, key) written before in that batch."""
    held: list[int]
    """For each lock hold deleted: batches from its record's first write to its deletion."""


def count_writes(lines: list[str]) -> Writes:
    """Count the writes of a trace's lines (`W` lines of `run_traced_processor`)."""
    total: Counter[str] = Counter()
    seen: set[tuple[str, ...]] = set()
    repeated: Counter[str] = Counter()
    batches = set()
    taken: dict[str, int] = {}
    held = []
    for line in lines:
        kind, number, table, partition, key, deleted = line.rstrip("\n").split("\t")
        if kind != "W":
            continue
        batches.add(number)
        if table == "lock-holds" and deleted == "0":
            taken.setdefault(key, int(number))
        elif table == "lock-holds" and key in taken:
            held.append(int(number) - taken.pop(key))
        total[table] += 1
        write = (number, table, partition, key)
        if write in seen:
            repeated[table] += 1
        seen.add(write)
    return Writes(len(batches), total, repeated, sorted(held))


def report(phase: str, writes: Writes, articles: int) -> None:
    """Print one phase's writes per article and its repeats."""
    total, repeated = sum(writes.total.values()), sum(writes.repeated.values())
    print(f"{phase}: {writes.batches} dedup batches writing tables, {articles} articles")
    for table, count in writes.total.most_common():
        again = writes.repeated[table]
        print(
            f"  {table:12s} {count:6,d} writes ({count / articles:.2f}/article), "
            f"{again:,d} repeat a key of their batch ({again / count:.1%})"
        )
    print(f"  all          {total:6,d} writes, {repeated:,d} repeats ({repeated / total:.1%})")
    if writes.held:
        held = writes.held
        print(
            f"  lock holds deleted {held[0]} to {held[-1]} batches after their first write "
            f"(median {held[len(held) // 2]}; 0: in the same batch)"
        )


async def measure(articles: int, trace: Path) -> None:
    """Drain a pre-loaded raw topic, then a burst; count each phase's table writes."""
    async with bench.kafka_broker() as (bootstrap, _version, _broker_pid):
        run_id = uuid.uuid4().hex[:8]
        settings = Settings.isolated(
            bootstrap,
            "bench",
            run_id,
            partitions=bench.PARTITIONS,
            processor_metrics_port=free_port(),
        )
        await bench.create_topics(settings, run_id)
        collector = bench.OutputCollector(settings, list(settings.output_topics))
        process = None
        try:
            sent = await bench.produce(settings, bench.make_corpus(articles, 0))
            await collector.start()
            env = {**os.environ, **settings.to_env()}
            command = [sys.executable, __file__, "--traced-process", str(trace)]
            log = bench.WORK_DIR / f"processor-{settings.app_id}.log"
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("wb") as output:
                process = subprocess.Popen(  # noqa: S603 - this script, fixed arguments
                    command, env=env, stdout=output, stderr=subprocess.STDOUT
                )
            await bench._wait_for_metrics(settings, process)
            if not await collector.wait_for(sent.keys(), TIMEOUT_S, lambda: process.poll() is None):
                message = f"drained {len(collector.arrived)} of {len(sent)} articles (log: {log})"
                raise RuntimeError(message)
            await asyncio.sleep(2.0)  # the releases that follow the last outputs
            drained = len(trace.read_text(encoding="utf-8").splitlines())
            burst = bench.make_corpus(articles, 50)
            result = await bench.measure_burst(settings, collector, burst, TIMEOUT_S, process)
            await asyncio.sleep(2.0)
        finally:
            if process is not None:
                stop_processor(process)
            await collector.stop()
            await bench.delete_run_topics(settings, run_id)
    lines = trace.read_text(encoding="utf-8").splitlines()
    report("drain", count_writes(lines[:drained]), len(sent))
    report("burst", count_writes(lines[drained:]), result.arrived)


def main() -> None:
    """Parse options and measure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400, help="per phase (default 400)")
    parser.add_argument("--traced-process", help=argparse.SUPPRESS)  # the child's trace file
    args = parser.parse_args()
    if args.traced_process:
        run_traced_processor(args.traced_process)
        return
    trace = bench.WORK_DIR / f"changelog-writes-{time.strftime('%Y%m%d-%H%M%S')}.tsv"
    trace.parent.mkdir(parents=True, exist_ok=True)
    asyncio.run(measure(args.articles, trace))


if __name__ == "__main__":
    main()
