"""`take_events`: a batch's events are acknowledged only after the sends its body left behind."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from newsstream.processor.batching import take_events


class _Stream:
    """What `take_events` uses of a faust stream; events are strings, added by `feed`."""

    def __init__(self) -> None:
        self.enable_acks = True
        self.should_stop = False
        self.current_event: str | None = None
        self.acked: list[str] = []
        self._processors: list[Callable[[Any], Awaitable[Any]]] = []
        self.channel = self

    def __aiter__(self) -> AsyncIterator[Any]:
        return self

    async def __anext__(self) -> Any:
        raise StopAsyncIteration

    def add_processor(self, processor: Callable[[Any], Awaitable[Any]]) -> None:
        self._processors.append(processor)

    def _enable_passive(self, _channel: Any) -> None:
        pass

    async def ack(self, event: str) -> None:
        self.acked.append(event)

    async def feed(self, *events: str) -> None:
        for event in events:
            self.current_event = event
            await self._processors[0](event)


async def _settle() -> None:
    for _ in range(10):
        await asyncio.sleep(0)


def test_a_batch_is_acknowledged_after_its_sends_while_the_next_is_handled() -> None:
    async def run() -> None:
        stream = _Stream()
        batches = take_events(stream, 2, 0.001)
        first_sent: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        feeding = asyncio.ensure_future(stream.feed("a", "b", "c", "d"))
        first = await anext(batches)
        assert list(first.events) == ["a", "b"]
        first.sent.append(first_sent)  # left to take_events, not awaited by the body
        second = await anext(batches)  # the first batch's sends still unacknowledged
        assert list(second.events) == ["c", "d"]
        assert stream.acked == []
        first_sent.set_result(None)
        await _settle()
        assert stream.acked == ["a", "b"]  # while the next batch is still handled
        stream.should_stop = True
        async for _ in batches:
            pass
        await feeding
        assert stream.acked == ["a", "b", "c", "d"]

    asyncio.run(run())


def test_a_batch_whose_send_failed_is_not_acknowledged() -> None:
    async def run() -> None:
        stream = _Stream()
        batches = take_events(stream, 1, 0.001)
        feeding = asyncio.ensure_future(stream.feed("a", "b"))
        first = await anext(batches)
        failed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        failed.set_exception(OSError("broker gone"))
        first.sent.append(failed)
        await anext(batches)
        with pytest.raises(OSError, match="broker gone"):
            await anext(batches)
        await feeding
        assert "a" not in stream.acked

    asyncio.run(run())
