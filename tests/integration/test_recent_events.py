"""Reading back what was published since a group's oldest uncommitted input, on a real broker."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiokafka import (  # type: ignore[import-untyped, unused-ignore]
    AIOKafkaConsumer,
    AIOKafkaProducer,
    TopicPartition,
)
from aiokafka.structs import OffsetAndMetadata  # type: ignore[import-untyped, unused-ignore]

from newsstream.kafka.admin import ensure_topics
from newsstream.kafka.clients import client_options
from newsstream.kafka.recent import (
    CLOCK_MARGIN_MS,
    ReadBack,
    article_id,
    source_message,
    written_since_last_commit,
)
from newsstream.settings import Settings

pytestmark = pytest.mark.integration

HOUR_MS = 3_600_000


async def _send(
    settings: Settings,
    topic: str,
    key: str,
    timestamp_ms: int,
    headers: list[tuple[str, bytes]] | None = None,
) -> int:
    producer = AIOKafkaProducer(**client_options(settings))
    await producer.start()
    try:
        sent = await producer.send_and_wait(
            topic, b"{}", key=key.encode(), partition=0, timestamp_ms=timestamp_ms, headers=headers
        )
        return int(sent.offset)
    finally:
        await producer.stop()


async def _commit(settings: Settings, tp: TopicPartition, offset: int) -> None:
    # No auto-commit: on stop it would commit, over this offset, the position the consumer had
    # resolved meanwhile (the end offset, or the previous commit), as the fetcher's timing has it.
    consumer = AIOKafkaConsumer(
        **client_options(settings), group_id=settings.app_id, enable_auto_commit=False
    )
    await consumer.start()
    try:
        consumer.assign([tp])
        await consumer.commit({tp: OffsetAndMetadata(offset, "")})
    finally:
        await consumer.stop()


def _source(topic: str, partition: int, offset: int) -> list[tuple[str, bytes]]:
    return [
        ("newsstream.source.topic", topic.encode()),
        ("newsstream.source.partition", str(partition).encode()),
        ("newsstream.source.offset", str(offset).encode()),
    ]


async def _scenario(settings: Settings) -> tuple[set[str], set[str], set[str], set[str]]:
    inputs = f"{settings.app_id}-dedup"
    await ensure_topics(settings, extra={inputs: 1})
    outputs = [settings.enriched_topic, settings.duplicates_topic]
    tp = TopicPartition(inputs, 0)
    # Event times far apart, so that the clock margin is the only slack, and within the topics'
    # retention: the broker deletes records older than it (its first check runs ~30 s after
    # start), and records stamped in 1970 were deleted under the test now and then.
    start = int(time.time() * 1000) - 3 * HOUR_MS
    events = ReadBack([tp], outputs, article_id)
    dead_letters = ReadBack([tp], [settings.dead_letter_topic], source_message)
    [before] = await written_since_last_commit(settings, settings.app_id, [events])

    handled = await _send(settings, inputs, "attempt-1", start)
    await _send(settings, settings.enriched_topic, "old", start - CLOCK_MARGIN_MS - 1)
    await _send(settings, settings.enriched_topic, "within-margin", start - CLOCK_MARGIN_MS)
    await _send(settings, settings.duplicates_topic, "after", start + HOUR_MS)
    await _send(settings, settings.dead_letter_topic, "x", start + 1, _source(inputs, 0, handled))
    await _send(settings, settings.dead_letter_topic, "no-headers", start + 1)
    await _commit(settings, tp, handled)  # the input message is not committed yet
    no_inputs, uncommitted, sources = await written_since_last_commit(
        settings, settings.app_id, [ReadBack([], outputs, article_id), events, dead_letters]
    )
    assert no_inputs == set()  # each read looks back from its own inputs only

    await _commit(settings, tp, handled + 1)
    [committed] = await written_since_last_commit(settings, settings.app_id, [events])
    return before, uncommitted, sources, committed


def test_reads_the_ids_published_since_the_oldest_uncommitted_input(settings: Settings) -> None:
    before, uncommitted, dead_letters, committed = asyncio.run(_scenario(settings))
    assert before == set()  # an empty input partition: nothing to read back
    assert uncommitted == {"within-margin", "after"}
    assert dead_letters == {f"{settings.app_id}-dedup/0/0"}  # named by their source message
    assert committed == set()  # all input committed: nothing can be unrecorded
