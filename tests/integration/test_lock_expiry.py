"""A lock whose release was lost expires on a real broker: the article behind it is published.

The lost release is planted: lock records of an attempt that holds all of an article's band keys
and will never release them, written to the lock table's changelog before the processor starts,
so the processor recovers them as a crashed owner's state.
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
from tests.integration.test_pipeline import wait_for_counter

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# Long enough that the article is seen parked first (the hold's clock starts at recovery).
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
        held.setdefault(partition_of(key, settings.partitions), []).append(key)
    changelog = f"{settings.app_id}-lock-holds-changelog"
    await ensure_topics(settings, compacted=[changelog])
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
    settings: Settings, article_id: str, timeout: float = 90.0
) -> list[OutputEvent]:
    """Every output event, read from the start until `article_id`'s came and 2 s passed idle."""
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
        events.extend([item async for item in reader.events(timeout=2.0)])
    finally:
        await reader.stop()
    return events


def test_an_article_parked_behind_a_lost_release_is_published_once_the_lock_expires(
    settings: Settings, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"dedup_lock_timeout_seconds": LOCK_TIMEOUT})
    planted = asyncio.run(plant_lost_locks(settings, read_article(ARTICLE)))
    log_path = tmp_path / "processor.log"
    process = start_processor(settings, log_path)
    try:
        url = metrics_url(settings)
        summary = asyncio.run(replay(settings, [ARTICLE]))
        [article_id] = summary.article_ids
        wait_for_counter(url, "newsstream_articles_consumed_total", 1.0, timeout=60.0)
        time.sleep(2.0)  # long enough for an article nothing holds up to come out
        parked = scrape(url)
        events = asyncio.run(output_of(settings, article_id))
        samples = scrape(url)
    finally:
        code = stop_processor(process, log_path)
    log = log_path.read_text()
    assert code == 0, log[-4000:]
    assert parked["newsstream_articles_consumed_total"] == 1.0
    assert parked['newsstream_articles_processed_total{outcome="enriched"}'] == 0.0, "not parked"
    assert parked["newsstream_dedup_locks_expired_total"] == 0.0
    assert [(e.topic, getattr(e.event, "article_id", None)) for e in events] == [
        (settings.enriched_topic, article_id)
    ]
    assert samples["newsstream_dedup_locks_expired_total"] == float(planted)
    assert log.count(f"attempt {LOST} held") == planted
