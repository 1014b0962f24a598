"""Reading the output topics: the events a downstream consumer sees, and how to show them."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from aiokafka import AIOKafkaConsumer, TopicPartition

from newsstream.core.codec import decode
from newsstream.core.models import DeadLetter, EnrichedArticle
from newsstream.kafka.admin import partition_counts
from newsstream.kafka.clients import client_options
from newsstream.settings import Settings

GROUP_JOIN_TIMEOUT: Final = 30.0  # seconds a group member waits for partitions at start

OutputName = Literal["enriched", "duplicates", "dead-letter"]


@dataclass(frozen=True, slots=True)
class OutputEvent:
    """One event read from an output topic, with where it was read."""

    topic: str
    partition: int
    offset: int
    event: EnrichedArticle | DeadLetter


def topic_for(settings: Settings, name: OutputName) -> str:
    """The configured topic name for an output."""
    return {
        "enriched": settings.enriched_topic,
        "duplicates": settings.duplicates_topic,
        "dead-letter": settings.dead_letter_topic,
    }[name]


def parse_output(
    settings: Settings, topic: str, value: bytes | None
) -> EnrichedArticle | DeadLetter:
    """Decode an output event by the topic it came from."""
    if topic == settings.dead_letter_topic:
        return decode(value, DeadLetter)
    return decode(value, EnrichedArticle)


class OutputReader:
    """Reads output topics from the position they have when `start` returns.

    Without `group_id` it assigns every partition itself (no group, no committed offsets): what
    a demo or a test needs to see exactly the events produced after it started. With a group
    it subscribes like any downstream consumer and commits as it goes.
    """

    def __init__(
        self,
        settings: Settings,
        topics: Sequence[str],
        *,
        from_beginning: bool = False,
        group_id: str | None = None,
    ) -> None:
        self._settings = settings
        self._topics = list(topics)
        self._from_beginning = from_beginning
        self._group_id = group_id
        self._consumer = AIOKafkaConsumer(
            **client_options(settings),
            group_id=group_id,
            client_id=f"newsstream-reader-{uuid.uuid4().hex[:8]}",
            auto_offset_reset="earliest" if from_beginning else "latest",
            enable_auto_commit=group_id is not None,
        )

    async def start(self) -> None:
        """Connect and fix the starting positions."""
        counts = await partition_counts(self._settings, self._topics)
        await self._consumer.start()
        if self._group_id is not None:
            self._consumer.subscribe(self._topics)
            await self._joined()
            return
        partitions = [
            TopicPartition(topic, partition)
            for topic in self._topics
            for partition in range(counts[topic])
        ]
        self._consumer.assign(partitions)
        if self._from_beginning:
            await self._consumer.seek_to_beginning(*partitions)
        else:
            await self._consumer.seek_to_end(*partitions)
        for tp in partitions:  # resolve positions now, not at the first fetch
            await self._consumer.position(tp)

    async def _joined(self) -> None:
        """Wait until the group gave this member partitions.

        An idle timeout then counts from there, not from before a join that can take seconds.
        Bounded: a group with more members than partitions leaves some without any.
        """
        deadline = time.monotonic() + GROUP_JOIN_TIMEOUT
        while not self._consumer.assignment() and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        """Disconnect."""
        await self._consumer.stop()

    async def events(self, timeout: float | None = None) -> AsyncIterator[OutputEvent]:
        """Events as they arrive; with `timeout`, stop after that many idle seconds."""
        while True:
            batches = await self._consumer.getmany(
                timeout_ms=int((timeout if timeout is not None else 1.0) * 1000)
            )
            if not batches and timeout is not None:
                return
            for records in batches.values():
                for record in records:
                    yield OutputEvent(
                        topic=record.topic,
                        partition=record.partition,
                        offset=record.offset,
                        event=parse_output(self._settings, record.topic, record.value),
                    )


def describe(item: OutputEvent) -> str:
    """One line a person can read for an output event."""
    event = item.event
    if isinstance(event, DeadLetter):
        return f"[dead-letter] {event.stage}/{event.error_kind}: {event.error_message[:120]}"
    if event.duplicate_of is not None:
        method = event.duplicate_method.value if event.duplicate_method else "?"
        return (
            f"[duplicate]   {event.title or '(untitled)'}  "
            f"= {event.duplicate_of[:12]} ({method}, similarity {event.similarity or 0:.2f})"
        )
    people = [e.name for e in event.entities if e.type.value == "PERSON"][:3]
    topics = [t.label for t in event.topics][:3]
    return (
        f"[enriched]    {event.title or '(untitled)'}\n"
        f"              id {event.article_id[:12]}  lang {event.language or '?'}  "
        f"countries {','.join(event.countries) or '-'}\n"
        f"              people {'; '.join(people) or '-'}  topics {'; '.join(topics) or '-'}  "
        f"{len(event.body.split())} words, {len(event.removed)} lines removed"
    )
