"""`take_events`: a batch's events are acknowledged once its body is done, never when it failed."""

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


def test_a_batch_is_acknowledged_once_its_body_is_done() -> None:
    async def run() -> None:
        stream = _Stream()
        batches = take_events(stream, 2, 0.001)
        feeding = asyncio.ensure_future(stream.feed("a", "b", "c", "d"))
        assert list(await anext(batches)) == ["a", "b"]
        assert stream.acked == []  # the body is still handling it
        assert list(await anext(batches)) == ["c", "d"]
        assert stream.acked == ["a", "b"]
        stream.should_stop = True
        async for _ in batches:
            pass
        await feeding
        assert stream.acked == ["a", "b", "c", "d"]

    asyncio.run(run())


def test_a_batch_whose_body_failed_is_not_acknowledged() -> None:
    async def run() -> None:
        stream = _Stream()
        batches = take_events(stream, 2, 0.001)
        feeding = asyncio.ensure_future(stream.feed("a", "b"))
        assert list(await anext(batches)) == ["a", "b"]
        with pytest.raises(OSError, match="broker gone"):
            await batches.athrow(OSError("broker gone"))  # the body's failure, thrown in
        await feeding
        assert stream.acked == []
        await batches.aclose()  # closed by the stream's stop, as faust does
        assert stream.acked == []

    asyncio.run(run())
