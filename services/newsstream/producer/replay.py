"""Replay article files onto the raw topic, keyed by article id, idempotently and with acks=all."""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from newsstream.core.codec import encode
from newsstream.errors import NewsstreamError
from newsstream.kafka.clients import client_options
from newsstream.metrics import ProducerMetrics
from newsstream.settings import Settings
from newsstream.sources import article_files, read_article


class BrokerUnavailableError(NewsstreamError):
    """The broker did not answer within the connection timeout."""


@dataclass
class ReplaySummary:
    """What a replay did."""

    topic: str
    sent: int = 0
    failed: int = 0
    bytes_sent: int = 0
    seconds: float = 0.0
    article_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        rate = self.sent / self.seconds if self.seconds else 0.0
        return (
            f"replayed {self.sent} articles ({self.bytes_sent:,} bytes) to {self.topic} "
            f"in {self.seconds:.2f} s ({rate:,.0f} articles/s), {self.failed} failed"
        )


ProgressCallback = Callable[[int, int], None]
"""Called as (articles done, articles in all) while a replay runs."""


async def replay(
    settings: Settings,
    paths: Sequence[Path],
    *,
    rate: float | None = None,
    repeat: int = 1,
    start_delay: float = 0.0,
    metrics: ProducerMetrics | None = None,
    on_progress: ProgressCallback | None = None,
) -> ReplaySummary:
    """Send every article file under `paths`, `repeat` times, at most `rate` articles/s.

    Each send is a new submission with a fresh `article_id`.

    Raises:
        SourceError: a path does not exist (checked before anything is sent).
        BrokerUnavailableError: the broker did not answer within the connection timeout.
    """
    files = article_files(paths)
    total = len(files) * repeat
    summary = ReplaySummary(topic=settings.raw_topic)
    connect_timeout = settings.kafka_connect_timeout
    if start_delay > 0:
        await asyncio.sleep(start_delay)
    producer = AIOKafkaProducer(
        **client_options(settings),
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        retry_backoff_ms=200,
        request_timeout_ms=int(connect_timeout * 1000),
    )
    try:
        await asyncio.wait_for(producer.start(), timeout=connect_timeout)
    except (TimeoutError, KafkaError, OSError) as error:
        await producer.stop()
        message = f"cannot reach Kafka at {settings.kafka_bootstrap_servers}: {error!r}"
        raise BrokerUnavailableError(message) from error

    started = time.perf_counter()
    in_flight: set[asyncio.Future[object]] = set()

    def settle(article_id: str, size: int, future: asyncio.Future[object]) -> None:
        in_flight.discard(future)
        error = future.exception() if not future.cancelled() else asyncio.CancelledError()
        if error is not None:
            _record_failure(summary, metrics, f"{article_id}: {error!r}")
            return
        summary.sent += 1
        summary.bytes_sent += size
        summary.article_ids.append(article_id)
        if metrics:
            metrics.sent.inc()
            metrics.bytes_sent.inc(size)
        if on_progress:
            on_progress(summary.sent + summary.failed, total)

    try:
        for index in range(total):
            if rate:
                await _pace(started, index, rate)
            path = files[index % len(files)]
            try:
                raw = read_article(path)
            except OSError as error:
                _record_failure(summary, metrics, f"{path}: {error}")
                continue
            value = encode(raw)
            future = await producer.send(
                settings.raw_topic, value=value, key=raw.article_id.encode("utf-8")
            )
            in_flight.add(future)
            future.add_done_callback(functools.partial(settle, raw.article_id, len(value)))
        await asyncio.gather(*in_flight, return_exceptions=True)
    finally:
        await producer.stop()
    summary.seconds = time.perf_counter() - started
    return summary


async def _pace(started: float, index: int, rate: float) -> None:
    """Sleep until the `index`-th article is due at `rate` articles/s."""
    delay = started + index / rate - time.perf_counter()
    if delay > 0:
        await asyncio.sleep(delay)


def _record_failure(summary: ReplaySummary, metrics: ProducerMetrics | None, error: str) -> None:
    summary.failed += 1
    summary.errors.append(error)
    if metrics:
        metrics.failed.inc()
