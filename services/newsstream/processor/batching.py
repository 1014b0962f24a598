"""A stream's events in batches, as faust's `Stream.take_events`, without its polling.

faust's `take_events(max_, within)` waits for a full batch with `Service.wait_for_stopped`,
timing out after `within` seconds and then going round again, batch or no batch. Each wait
makes three tasks, an `asyncio.wait` and three cancellations (about 80 µs): with the
processor's 2 ms window, two agents woke about 900 times a second while idle (a sixth of a
core doing nothing), and twice per article under a burst. Here an agent sleeps until its first
event comes, then waits at most `within` seconds for the batch to fill, on a plain future.

Everything else is faust's: the events are buffered by a processor on the stream, drained in
the background by the stream's passive consumer; the buffer does not change while the agent
handles a batch; and the batch's events are acknowledged (their offsets become committable)
only once the agent's loop body that handled them is done. One difference: faust acknowledges
a batch whose body raised as well; here it is left unacknowledged, to be handled again.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Sequence
from typing import Any, Final

from faust.types import EventT

# While no event comes, the agent still wakes now and then to see whether its stream stopped.
IDLE_CHECK_SECONDS: Final = 1.0


def _wake(waiter: asyncio.Future[None] | None) -> None:
    if waiter is not None and not waiter.done():
        waiter.set_result(None)


async def _until(waiter: asyncio.Future[None], timeout: float) -> None:
    """Wait for `waiter`, or `timeout` seconds."""
    loop = asyncio.get_running_loop()
    timer = loop.call_later(timeout, _wake, waiter)
    try:
        await waiter
    finally:
        timer.cancel()


class _Buffer:
    """The events of the batch being gathered, and the futures the two sides wait on."""

    def __init__(self, stream: Any, max_: int) -> None:
        self.stream = stream
        self.max = max_
        self.events: list[EventT[Any]] = []
        self.arrived: asyncio.Future[None] | None = None  # woken by a batch's first event
        self.full: asyncio.Future[None] | None = None  # woken when the batch is full
        self.consumed: asyncio.Future[None] | None = None  # while the agent handles a batch
        self.emptied: asyncio.Future[None] | None = None  # a full buffer waits for the agent

    async def add(self, value: Any) -> Any:
        """The stream's processor: buffer the current event (faust's `add_to_buffer`)."""
        try:
            if self.consumed is not None:  # the agent is handling a batch: wait for it
                await self.consumed
            event = self.stream.current_event
            if event is None:
                message = "take_events found no current event"
                raise RuntimeError(message)
            self.events.append(event)
            if len(self.events) == 1:
                _wake(self.arrived)
            if len(self.events) >= self.max:
                _wake(self.full)
                self.emptied = asyncio.get_running_loop().create_future()
                await self.emptied  # never more than `max_` events in a batch
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # as faust's take_events: log, crash the stream
            self.stream.log.exception("Error adding to take buffer: %r", exc)
            await self.stream.crash(exc)
        return value

    async def gathered(self, within: float) -> bool:
        """Wait for a first event, then up to `within` s for a full batch; False: none came."""
        loop = asyncio.get_running_loop()
        if not self.events:
            self.arrived = loop.create_future()
            await _until(self.arrived, IDLE_CHECK_SECONDS)
            self.arrived = None
            if not self.events:
                return False
        if len(self.events) < self.max:
            self.full = loop.create_future()
            await _until(self.full, within)
            self.full = None
        return True

    async def done(self, batch: list[EventT[Any]]) -> None:
        """The agent handled `batch`: acknowledge its events, let the buffer fill again."""
        for event in batch:
            await self.stream.ack(event)
        self.release()

    def release(self) -> None:
        """Let the buffer fill again (the batch's events acknowledged or not)."""
        self.events.clear()
        _wake(self.emptied)
        self.emptied = None
        _wake(self.consumed)
        self.consumed = None


async def take_events(
    stream: Any, max_: int, within: float
) -> AsyncGenerator[Sequence[EventT[Any]], None]:
    """Batches of up to `max_` events of `stream`, each within `within` s of its first event.

    `stream` is a faust `Stream` (its `take_events` is not on the `StreamT` interface either).
    """
    buffer = _Buffer(stream, max_)
    enable_acks: bool = stream.enable_acks
    stream.enable_acks = False  # acknowledged here, once the agent handled them
    stream.add_processor(buffer.add)
    stream._enable_passive(aiter(stream.channel))  # as take_events does
    try:
        while not stream.should_stop:
            if not await buffer.gathered(within):
                continue
            batch = list(buffer.events)
            buffer.consumed = asyncio.get_running_loop().create_future()
            try:
                yield batch
            except BaseException:
                # The body failed or the stream closed while it ran: unlike faust's, the batch
                # is not acknowledged, so a restart handles it again instead of committing past it.
                buffer.release()
                raise
            await buffer.done(batch)
    finally:
        stream.enable_acks = enable_acks
        stream._processors.remove(buffer.add)
