"""Resuming the streams after a rebalance without skipping a message (a faust workaround).

faust-streaming's recovery (`Recovery.on_recovery_completed`; faust-streaming issue #596, open)
resumes the stream partitions and seeks them to their committed offsets while the consumer's
flow is already running, and only then resumes flow control, which clears the agents' queues.
Whatever the consumer fetched in between (up to seconds under load: a dead worker's backlog)
is dropped, and the consumer's position has moved past it, so this process never reads it
again. The partition's commits then stall behind the hole (a restart handles it), or pass over
it, lost for good, when faust's ack bookkeeping takes it for a gap in the log or the partition
had no committed offset yet.

faust sends `on_rebalance_complete` at the start of that step. The handler here stops the flow
there, so nothing is fetched until faust resumes it after clearing the queues, and seeks our
stream partitions to their committed offsets (those with none to the start of their log, where
`consumer_auto_offset_reset="earliest"` starts them). Whatever was not committed is handled
again: at least once, nothing skipped.

faust also seeks back to the committed offsets when a fetch returns while the flow is stopped
(`Consumer.getmany` drops those records), and aiokafka's `seek_to_committed` leaves a partition
with no commit (or a commit of 0) where it is: its dropped records were skipped. That happens
when a fresh group's first recovery reads a non-empty changelog (faust's fetcher then runs
during recovery, and our handler stops the flow under an in-flight fetch). So the handler also
makes the consumer's `seek_to_committed` rewind such partitions of our streams to their start.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping, Set
from typing import Any, cast

import faust
from faust.transport.consumer import Consumer
from faust.types import TP


def rewind_on_resume(
    topics: Set[str],
) -> Callable[..., Coroutine[Any, Any, None]]:
    """An `on_rebalance_complete` handler for the app whose agents consume `topics`."""

    async def rewind(app: faust.App, **_: Any) -> None:
        consumer = cast(Consumer, app.consumer)
        _rewind_fresh_partitions(consumer, topics)
        consumer.stop_flow()
        if not any(tp.topic in topics for tp in consumer.assignment()):
            return  # nothing of ours to seek (aiokafka asserts on an empty assignment)
        await consumer.seek_to_committed()

    return rewind


def _rewind_fresh_partitions(consumer: Consumer, topics: Set[str]) -> None:
    """Make `consumer.seek_to_committed` also seek our uncommitted partitions to their start."""
    seek_to_committed = consumer.seek_to_committed
    if getattr(seek_to_committed, "rewinds_fresh_partitions", False):
        return

    async def seek_to_committed_or_start() -> Mapping[TP, int]:
        committed = await seek_to_committed()
        fresh = [tp for tp, offset in committed.items() if tp.topic in topics and not offset]
        if fresh:
            await consumer.seek_wait(await consumer.earliest_offsets(*fresh))
        return committed

    seek_to_committed_or_start.rewinds_fresh_partitions = True  # type: ignore[attr-defined]
    consumer.seek_to_committed = seek_to_committed_or_start  # type: ignore[method-assign]
