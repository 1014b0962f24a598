"""Soak: many generated articles through one processor, its memory sampled all along.

Run: .venv/bin/python bench/soak_bench.py [--articles 200000] [--retention-seconds 120]

A producer in this process sends fresh `newsstream corpus` stories (with their copies) to the
raw topic, never more than `--backlog` ahead of what the processor has published, so the run
measures a processor in steady state rather than a broker filling up. Every `--every` seconds
it reads the processor's resident memory (VmRSS from /proc) and how many articles it has
processed (its /metrics). With the dedup retention short, the roots and band entries the
processor remembers stop growing after the first retention window plus one purge interval:
its memory must then stay flat. It prints the curve's start, middle and end and a slope.

Each article's source is its site (read from the page's copyright line), as a feed would name
it, so the template memory sees a bounded number of sources. The broker is
KAFKA_BOOTSTRAP_SERVERS (loopback only) or a local one this script starts and stops.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from aiokafka import AIOKafkaProducer
from pipeline_bench import kafka_broker  # the same broker choice as the pipeline bench

from newsstream.core.codec import encode
from newsstream.core.models import RawArticle
from newsstream.corpus import generate
from newsstream.demo import start_processor, stop_processor
from newsstream.kafka.admin import ensure_topics
from newsstream.kafka.clients import client_options
from newsstream.localkafka import free_port
from newsstream.metrics import scrape
from newsstream.settings import Settings

REPO: Final = Path(__file__).resolve().parents[1]
SECONDS_PER_DAY: Final = 86_400
CHUNK: Final = 1_000  # articles generated per corpus seed
_SITE: Final = re.compile(r"^© \d{4} (.+?)\. All rights reserved\.$", re.MULTILINE)
_PROCESSED: Final = "newsstream_articles_processed_total"
_STATE: Final = "newsstream_state_records"


@dataclass
class Progress:
    """Articles sent by the producer and processed by the processor so far."""

    sent: int = 0
    processed: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    state: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Sample:
    """One reading of the processor."""

    seconds: float
    processed: int
    rss_mb: float
    state: dict[str, int]


def _say(text: str) -> None:
    print(text, flush=True)


def rss_mb(pid: int) -> float:
    """Resident set size of a process in MiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def outcomes(url: str) -> tuple[Counter[str], dict[str, int]]:
    """Articles processed so far by outcome, and the records held per state table."""
    samples = scrape(url, timeout=5.0)
    found: Counter[str] = Counter()
    state: dict[str, int] = {}
    for name, value in samples.items():
        if name.startswith(_PROCESSED + "{"):
            found[name.split('"')[1]] += int(value)
        elif name.startswith(_STATE + "{"):
            state[name.split('"')[1]] = int(value)
    return found, state


async def wait_until_ready(log: Path, process: subprocess.Popen[bytes]) -> None:
    """Wait for faust's "Ready" (tables recovered, partitions assigned) before producing."""
    while "[^Worker]: Ready" not in log.read_text(errors="replace"):
        if process.poll() is not None:
            sys.exit(f"the processor exited with {process.returncode}: see {log}")
        await asyncio.sleep(0.5)


def source_of(name: str, text: str) -> str:
    """The site a generated page belongs to (its copyright line), else the file name."""
    match = _SITE.search(text)
    return match.group(1) if match else name


def articles(count: int, seed: int) -> Iterator[RawArticle]:
    """`count` fresh raw articles, a corpus chunk (with its copies) at a time."""
    made = 0
    chunk_seed = seed
    while made < count:
        files, _ = generate(min(CHUNK, count - made), chunk_seed)
        for name, text in files.items():
            yield RawArticle(
                article_id=uuid.uuid4().hex,
                source=source_of(name, text),
                received_at=datetime.now(UTC),
                text=text,
            )
            made += 1
        chunk_seed += 1


async def produce(settings: Settings, args: argparse.Namespace, progress: Progress) -> None:
    """Send the articles, staying at most `args.backlog` ahead of the processor."""
    producer = AIOKafkaProducer(
        **client_options(settings), acks="all", enable_idempotence=True, linger_ms=20
    )
    await producer.start()
    try:
        for raw in articles(args.articles, args.seed):
            while progress.sent - progress.processed >= args.backlog:
                await asyncio.sleep(0.5)
            await producer.send(
                settings.raw_topic, value=encode(raw), key=raw.article_id.encode("utf-8")
            )
            progress.sent += 1
        await producer.flush()
    finally:
        await producer.stop()


async def sample(
    pid: int,
    url: str,
    args: argparse.Namespace,
    progress: Progress,
    *,
    started: float,
    stop: asyncio.Event,
) -> list[Sample]:
    """Read RSS and the processed count until every article is processed, time is up or `stop`."""
    samples: list[Sample] = []
    deadline = started + args.max_minutes * 60
    while progress.processed < args.articles and time.monotonic() < deadline:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), args.every)
        if stop.is_set():
            _say("stopped early: the figures below are those sampled so far")
            break
        with contextlib.suppress(OSError):
            progress.outcomes, progress.state = await asyncio.to_thread(outcomes, url)
            progress.processed = progress.outcomes.total()
        reading = Sample(
            time.monotonic() - started, progress.processed, rss_mb(pid), progress.state
        )
        samples.append(reading)
        if (
            progress.processed >= 1_000
            and progress.outcomes["dead_letter"] * 2 > progress.processed
        ):
            _say(f"most articles were dead-lettered: {dict(progress.outcomes)}; see the log")
            break
        _say(
            f"  {reading.seconds:7.0f} s  {reading.processed:8,d} done  {reading.rss_mb:7.1f} MB"
            f"  ({progress.outcomes['dead_letter']:,} dead letters)  {_records(reading.state)}"
        )
    return samples


def _records(state: dict[str, int]) -> str:
    return " ".join(f"{table}={count:,}" for table, count in sorted(state.items()))


def report(samples: list[Sample], args: argparse.Namespace, progress: Progress) -> None:
    """The curve's start, middle and end, and its slope over the second half."""
    if len(samples) < 3:
        _say("too few samples for a curve")
        return
    last = samples[-1]
    _say(
        f"\nsoak: {last.processed:,} of {args.articles:,} articles processed "
        f"({progress.sent:,} sent) in {last.seconds:,.0f} s; dedup retention "
        f"{args.retention_seconds:g} s; outcomes {dict(progress.outcomes)}"
    )
    # "Start" is the first sample after the first retention window and one purge: before it
    # the remembered roots are still filling up by design.
    warm = next((s for s in samples if s.seconds >= args.warmup), samples[0])
    middle = samples[(samples.index(warm) + len(samples)) // 2]
    for label, s in (("first", samples[0]), ("start", warm), ("middle", middle), ("end", last)):
        _say(
            f"  {label:6}  {s.seconds:7.0f} s  {s.processed:8,d} articles  {s.rss_mb:7.1f} MB"
            f"  {_records(s.state)}"
        )
    peak = max(samples, key=lambda s: s.rss_mb)
    _say(f"  peak    {peak.seconds:7.0f} s  {peak.processed:8,d} articles  {peak.rss_mb:7.1f} MB")
    articles_over = last.processed - middle.processed
    if articles_over > 0:
        slope = (last.rss_mb - middle.rss_mb) / articles_over * 10_000
        _say(f"  slope middle → end: {slope:+.2f} MB per 10,000 articles")


async def main(args: argparse.Namespace) -> int:
    """Run the soak and print its figures."""
    async with kafka_broker() as (bootstrap, _version, _broker_pid):
        settings = Settings.isolated(
            bootstrap,
            "soak",
            dedup_retention_days=args.retention_seconds / SECONDS_PER_DAY,
            template_retention_days=args.retention_seconds / SECONDS_PER_DAY,
            processor_metrics_port=free_port(),
        )
        await ensure_topics(settings)
        url = f"http://{settings.metrics_host}:{settings.processor_metrics_port}/metrics"
        log = REPO / ".cache" / "bench" / f"soak-{settings.app_id}.log"
        process = start_processor(settings, log)
        _say(f"• processor pid {process.pid}, log {log}")
        await wait_until_ready(log, process)
        # Ctrl-C or SIGTERM ends the run with a report of what was sampled, and the processor
        # and broker are stopped on the way out.
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(signum, stop.set)
        started = time.monotonic()
        progress = Progress()
        producer = asyncio.create_task(produce(settings, args, progress))
        try:
            samples = await sample(process.pid, url, args, progress, started=started, stop=stop)
        finally:
            producer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await producer
            exit_code = process.poll()
            stop_processor(process)
        if exit_code is not None:
            _say(f"processor exited with {exit_code}: see {log}")
            return 1
        report(samples, args, progress)
    return 0


def parse_args() -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--retention-seconds", type=float, default=120.0)
    parser.add_argument("--backlog", type=int, default=3_000, help="most articles in flight")
    parser.add_argument("--every", type=float, default=15.0, help="seconds between samples")
    parser.add_argument(
        "--warmup", type=float, default=600.0, help="seconds before the curve's start"
    )
    parser.add_argument("--max-minutes", type=float, default=95.0, help="stop sampling then")
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(asyncio.run(main(parse_args())))
