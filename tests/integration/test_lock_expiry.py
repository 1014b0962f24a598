"""A lock whose release was lost expires on a real broker: the article behind it is published.

The lost release is planted: lock records of an attempt that holds all of an article's band keys
and will never release them, written to the lock table's changelog before the processor starts,
so the processor recovers them as a crashed owner's state.

The article is replayed at once, before the worker's first assignment: a fresh consumer group
whose first recovery reads a non-empty changelog once skipped it (`processor/rebalance.py`).
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from newsstream.consumer import OutputEvent, OutputReader
from newsstream.core import dedup
from newsstream.core.band_locks import Hold, record_key
from newsstream.core.dedup_flow import partition_of
from newsstream.core.models import EnrichedArticle, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.kafka.admin import ensure_topics
from newsstream.kafka.clients import client_options
from newsstream.metrics import scrape
from newsstream.producer.replay import replay
from newsstream.settings import Settings
from newsstream.sources import read_article
from tests.conftest import SEEDS, metrics_url, start_processor, stop_processor

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# Far longer than a free article takes to come out of a worker that has just started (the
# hold's clock starts when the worker recovers the lock table).
LOCK_TIMEOUT = 15.0
LOST = "lost/1"
ARTICLE = SEEDS / "000_7c01e2ab5aabcf48.txt"


async def plant_lost_locks(settings: Settings, raw: RawArticle) -> int:
    """Lock records of an attempt holding all of `raw`'s band keys; how many partitions."""
    policy = settings.dedup_policy()
    cleaned = Enricher().clean(raw)
    sketch = dedup.sketch_article(raw.article_id, raw.received_at, cleaned.body, policy.hasher)
    held: dict[int, list[bytes]] = {}
    for key in sorted(sketch.band_keys):
        held.setdefault(partition_of(key, settings.dedup_partitions), []).append(key)
    changelog = f"{settings.app_id}-lock-holds-changelog"
    await ensure_topics(settings, compacted={changelog: settings.dedup_partitions})
    producer = AIOKafkaProducer(**client_options(settings), acks="all")
    await producer.start()
    try:
        for partition, keys in held.items():
            await producer.send_and_wait(
                changelog,
                key=record_key(partition, LOST),
                value=Hold(held=keys).pack(),
                partition=partition,
            )
    finally:
        await producer.stop()
    return len(held)


async def output_of(
    settings: Settings, article_id: str, timeout: float = 120.0
) -> tuple[list[OutputEvent], dict[str, float]]:
    """Every output event, read until `article_id`'s came and 2 s passed idle; and the metrics
    scraped as soon as that event was read."""
    reader = OutputReader(settings, settings.output_topics, from_beginning=True)
    await reader.start()
    events: list[OutputEvent] = []
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not any(
            isinstance(e.event, EnrichedArticle) and e.event.article_id == article_id
            for e in events
        ):
            events.extend([item async for item in reader.events(timeout=1.0)])
        on_arrival = scrape(metrics_url(settings))
        events.extend([item async for item in reader.events(timeout=2.0)])
    finally:
        await reader.stop()
    return events, on_arrival


def test_an_article_parked_behind_a_lost_release_is_published_once_the_lock_expires(
    settings: Settings, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"dedup_lock_timeout_seconds": LOCK_TIMEOUT})
    planted = asyncio.run(plant_lost_locks(settings, read_article(ARTICLE)))
    log_path = tmp_path / "processor.log"
    process = start_processor(settings, log_path)
    try:
        summary = asyncio.run(replay(settings, [ARTICLE]))
        [article_id] = summary.article_ids
        events, on_arrival = asyncio.run(output_of(settings, article_id))
    finally:
        code = stop_processor(process, log_path)
    log = log_path.read_text()
    assert code == 0, log[-4000:]
    assert [(e.topic, getattr(e.event, "article_id", None)) for e in events] == [
        (settings.enriched_topic, article_id)
    ]
    # Expired before the article came out: it waited for them (a free article comes out within
    # a second or two of the worker's start, long before the timeout).
    assert on_arrival["newsstream_dedup_locks_expired_total"] == float(planted)
    assert log.count(f"attempt {LOST} held") == planted
