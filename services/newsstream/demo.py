"""The demo: the whole pipeline on one machine, from seed files to enriched events, in one command.

Starts a local broker when none is configured, creates the topics, starts the processor as its
own process (exactly as it would run in production), replays the seeds, prints every output event
as it arrives, shows the metrics, and shuts everything down (or keeps it running on request).
"""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TextIO

from newsstream.consumer import OutputReader, describe
from newsstream.core.models import DeadLetter
from newsstream.errors import NewsstreamError
from newsstream.kafka.admin import ensure_topics
from newsstream.localkafka import LocalKafka
from newsstream.metrics import scrape
from newsstream.producer.replay import replay
from newsstream.settings import Settings

_STOP_TIMEOUT = 30.0


class DemoError(NewsstreamError):
    """The demo could not complete: the processor died or output did not arrive in time."""


def _say(out: TextIO, text: str) -> None:
    out.write(text + "\n")
    out.flush()


def start_processor(settings: Settings, log_path: Path) -> subprocess.Popen[bytes]:
    """Start `newsstream process` as a child process with these settings, logging to a file."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **settings.to_env()}
    with log_path.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "newsstream", "process", "--log-level", "info"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def stop_processor(process: subprocess.Popen[bytes]) -> None:
    """Ask the processor to stop (SIGTERM), and kill it if it does not within the timeout."""
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=_STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


async def run_demo(
    settings: Settings,
    seeds: Path,
    *,
    repeat: int = 1,
    keep_running: bool = False,
    timeout: float = 180.0,
    out: TextIO = sys.stdout,
) -> None:
    """Run the pipeline end to end on `seeds` and print what comes out.

    Raises:
        DemoError: the processor exited early, or not every article came out in `timeout` s.
    """
    # The demo's reader starts on topics created a moment earlier; aiokafka logs (and retries)
    # "not leader" while their partitions load. That is noise on a demo's screen.
    logging.getLogger("aiokafka.consumer.fetcher").setLevel(logging.CRITICAL)
    broker: LocalKafka | None = None
    if not settings.kafka_bootstrap_servers:
        broker = LocalKafka(settings.cache_dir / "kafka", version=settings.kafka_version)
        _say(
            out,
            f"• No KAFKA_BOOTSTRAP_SERVERS set: starting a local Kafka {broker.version} "
            "broker (the first run fetches its jars with Maven)...",
        )
        bootstrap = await asyncio.to_thread(broker.start)
        settings = settings.model_copy(update={"kafka_bootstrap_servers": bootstrap})
        _say(out, f"  broker ready at {bootstrap} (log: {broker.log_path})")
    processor: subprocess.Popen[bytes] | None = None
    try:
        created = await ensure_topics(settings)
        _say(
            out,
            f"• Topics ready ({settings.partitions} partitions): raw {settings.raw_topic}, "
            f"enriched {settings.enriched_topic}, duplicates {settings.duplicates_topic}, "
            f"dead letters {settings.dead_letter_topic}"
            + (f"; created {len(created)}" if created else ""),
        )
        reader = OutputReader(settings, settings.output_topics)
        await reader.start()
        try:
            log_path = settings.cache_dir / "demo" / "processor.log"
            processor = start_processor(settings, log_path)
            metrics_url = (
                f"http://{settings.metrics_host}:{settings.processor_metrics_port}/metrics"
            )
            _say(
                out,
                f"• Processor started (pid {processor.pid}), metrics at {metrics_url}, "
                f"log: {log_path}",
            )
            summary = await replay(settings, [seeds], repeat=repeat)
            _say(out, f"• {summary}")
            _say(out, "• Output events as they arrive:")
            await _show_until_complete(reader, set(summary.article_ids), processor, timeout, out)
        finally:
            await reader.stop()
        _show_metrics(metrics_url, len(summary.article_ids), out)
        if keep_running:
            _say(out, "• Keeping the processor running; press Ctrl-C to stop.")
            await asyncio.to_thread(processor.wait)
    finally:
        if processor is not None:
            stop_processor(processor)
            _say(out, "• Processor stopped.")
        if broker is not None:
            broker.stop()
            _say(out, "• Local broker stopped.")


async def _show_until_complete(
    reader: OutputReader,
    expected: set[str],
    processor: subprocess.Popen[bytes],
    timeout: float,
    out: TextIO,
) -> None:
    deadline = time.monotonic() + timeout
    waiting = set(expected)
    while waiting:
        if processor.poll() is not None:
            message = f"the processor exited with code {processor.returncode} (see its log)"
            raise DemoError(message)
        if time.monotonic() > deadline:
            message = (
                f"{len(waiting)} of {len(expected)} articles produced no output in {timeout} s"
            )
            raise DemoError(message)
        async for item in reader.events(timeout=1.0):
            _say(out, describe(item))
            waiting.discard(_article_id(item.event))
            if not waiting:
                break


def _article_id(event: object) -> str:
    if isinstance(event, DeadLetter):
        return base64.b64decode(event.original_key or "").decode("utf-8", errors="replace")
    return str(getattr(event, "article_id", ""))


def _show_metrics(url: str, articles: int, out: TextIO) -> None:
    """Print the processor's counters once they account for every article (they trail output)."""
    deadline = time.monotonic() + 10.0
    while True:
        samples = scrape(url)
        processed = sum(
            v for k, v in samples.items() if k.startswith("newsstream_articles_processed_total")
        )
        if processed >= articles or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    wanted = ("newsstream_articles_consumed_total", "newsstream_articles_processed_total")
    _say(out, f"• Metrics ({url}):")
    for name, value in sorted(samples.items()):
        if name.startswith(wanted):
            _say(out, f"    {name} {value:g}")
