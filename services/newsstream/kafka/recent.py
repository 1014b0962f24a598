"""What the worker before us wrote after its last commit, read back from the output topics.

A worker that dies between the broker's acknowledgement of an article's event and that of the
article's publication record leaves the event out and the record lost; its input since its last
offset commit is handled again, and the article would be published a second time. The events
are in the output topics, though. So a worker that is given dedup partitions finds, on each, the
oldest input message not committed yet, and reads the article ids of every output event written
since that message's time (less a margin for clocks): the articles that may have been published
without a record. Committed input needs no look: it was handled before its commit, with its
records flushed first. After a clean shutdown or a plain rebalance nothing is uncommitted and
nothing is read. Dead letters have no publication record at all: they are read back the same
way, named by the input message they came from (their source headers).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, Final

from aiokafka import AIOKafkaConsumer, TopicPartition

from newsstream.kafka.admin import partition_counts
from newsstream.kafka.clients import client_options
from newsstream.settings import Settings

# An event's time comes from the clock of the worker that published it, the input's from the
# clock of the one that sent it: a minute covers any skew between hosts kept by NTP.
CLOCK_MARGIN_MS: Final = 60_000
_POLL_MS: Final = 500

log = logging.getLogger(__name__)


async def _first_timestamp(consumer: AIOKafkaConsumer, tp: TopicPartition) -> int:
    """The timestamp of the record at `tp`'s position.

    Polled until it comes (the caller bounds the wait): a first fetch from a partition just
    assigned can come back empty, and skipping the partition would read nothing back for it.
    """
    while True:
        records = (await consumer.getmany(tp, timeout_ms=_POLL_MS, max_records=1)).get(tp)
        if records:
            stamp: int = records[0].timestamp
            return stamp


async def _uncommitted_since_ms(
    consumer: AIOKafkaConsumer, partitions: Collection[TopicPartition]
) -> dict[TopicPartition, int]:
    """Time of the oldest input message not committed yet, per partition that has one."""
    ends = await consumer.end_offsets(list(partitions))
    starts = await consumer.beginning_offsets(list(partitions))
    stamps: dict[TopicPartition, int] = {}
    for tp in partitions:
        committed = await consumer.committed(tp)
        first = max(committed or 0, starts[tp])
        if first >= ends[tp]:
            continue
        consumer.assign([tp])
        consumer.seek(tp, first)
        stamps[tp] = await _first_timestamp(consumer, tp)
    return stamps


def article_id(record: Any) -> str | None:
    """An output event's article id: its key."""
    key: bytes | None = record.key
    return None if key is None else key.decode("utf-8", "replace")


def source_message(record: Any) -> str | None:
    """The input message a dead letter came from ("topic/partition/offset"), from its headers."""
    headers = {name: value.decode("utf-8", "replace") for name, value in record.headers or ()}
    names = ("newsstream.source.topic", "newsstream.source.partition", "newsstream.source.offset")
    if not all(name in headers for name in names):
        return None
    return "/".join(headers[name] for name in names)


Reader = Callable[[Any], str | None]
"""What to remember of a record read back (None: nothing)."""


@dataclass(frozen=True)
class ReadBack:
    """Read `outputs` back since the oldest uncommitted message of `inputs`, naming with `read`."""

    inputs: Collection[TopicPartition]
    outputs: Collection[str]
    read: Reader


async def _read_since(
    consumer: AIOKafkaConsumer, partitions: list[TopicPartition], since_ms: int, read: Reader
) -> set[str]:
    """What `read` names in every message of `partitions` written at or after `since_ms`."""
    starts = await consumer.offsets_for_times(dict.fromkeys(partitions, since_ms))
    ends = await consumer.end_offsets(partitions)
    left = {
        tp: ends[tp]
        for tp, found in starts.items()
        if found is not None and found.offset < ends[tp]
    }
    consumer.assign(list(left))
    for tp in left:
        consumer.seek(tp, starts[tp].offset)
    found_names: set[str] = set()
    while left:
        batches = await consumer.getmany(*left, timeout_ms=_POLL_MS)
        for records in batches.values():
            found_names.update(name for name in map(read, records) if name is not None)
        for tp in list(left):
            if await consumer.position(tp) >= left[tp]:
                del left[tp]
    return found_names


async def written_since_last_commit(
    settings: Settings, group_id: str, reads: Sequence[ReadBack]
) -> list[set[str]]:
    """What each read names in its outputs since the oldest uncommitted message of its inputs.

    `group_id` is the consumer group whose commits count; this reads with one consumer of its
    own that never joins the group and never commits, and looks up each input partition once.
    """
    inputs = {tp for each in reads for tp in each.inputs}
    if not inputs:
        return [set() for _ in reads]
    consumer = AIOKafkaConsumer(
        **client_options(settings), group_id=group_id, enable_auto_commit=False
    )
    await consumer.start()
    try:
        since = await _uncommitted_since_ms(consumer, inputs)
        found: list[set[str]] = []
        for each in reads:
            stamps = [since[tp] for tp in each.inputs if tp in since]
            if not stamps:
                found.append(set())
                continue
            counts = await partition_counts(settings, list(each.outputs))
            partitions = [TopicPartition(t, p) for t, n in counts.items() for p in range(n)]
            found.append(
                await _read_since(consumer, partitions, min(stamps) - CLOCK_MARGIN_MS, each.read)
            )
        return found
    finally:
        await consumer.stop()


async def written_or_nothing(
    settings: Settings, group_id: str, reads: Sequence[ReadBack], *, timeout: float
) -> list[set[str]]:
    """`written_since_last_commit`, or nothing (logged) when the broker does not answer in time.

    Without it a crash's window can repeat events, as it could before: never lose input.
    """
    try:
        return await asyncio.wait_for(written_since_last_commit(settings, group_id, reads), timeout)
    except Exception as error:  # any failure: go on as before, at least once
        log.warning("could not read back recent output events (%r): repeats are possible", error)
        return [set() for _ in reads]
