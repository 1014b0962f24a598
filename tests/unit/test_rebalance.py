"""The rebalance workaround: flow stopped, fresh stream partitions rewound to their start."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, cast

from faust.types import TP

from newsstream.processor.rebalance import rewind_on_resume

RAW = "raw"
DEDUP = "app-dedup"
CHANGELOG = "app-roots-changelog"


@dataclass
class FakeConsumer:
    """What the handler uses of faust's consumer, with a log of what was done."""

    committed: dict[TP, int | None]
    earliest: int = 3
    flowing: bool = True
    seeks: dict[TP, int] = field(default_factory=dict)
    asked_committed: int = 0

    def stop_flow(self) -> None:
        self.flowing = False

    def assignment(self) -> set[TP]:
        return set(self.committed)

    async def seek_to_committed(self) -> Mapping[TP, int | None]:
        self.asked_committed += 1
        return self.committed

    async def earliest_offsets(self, *partitions: TP) -> Mapping[TP, int]:
        return dict.fromkeys(partitions, self.earliest)

    async def seek_wait(self, partitions: Mapping[TP, int]) -> None:
        self.seeks.update(partitions)


def rewound(consumer: FakeConsumer) -> FakeConsumer:
    app: Any = SimpleNamespace(consumer=consumer)
    asyncio.run(rewind_on_resume({RAW, DEDUP})(app, signal=None))
    return consumer


def test_stops_the_flow_and_rewinds_only_stream_partitions_without_a_commit() -> None:
    consumer = rewound(
        FakeConsumer(
            {
                TP(RAW, 0): None,
                TP(RAW, 1): 40,
                TP(DEDUP, 0): 0,
                TP(DEDUP, 1): 12,
                TP(CHANGELOG, 0): None,
            }
        )
    )
    assert not consumer.flowing
    assert consumer.seeks == {TP(RAW, 0): 3, TP(DEDUP, 0): 3}


def test_an_assignment_without_stream_partitions_is_left_to_faust() -> None:
    consumer = rewound(FakeConsumer({TP(CHANGELOG, 0): None}))
    assert not consumer.flowing
    assert not consumer.asked_committed
    assert consumer.seeks == {}


def test_faust_seeking_back_to_committed_later_also_rewinds_fresh_partitions() -> None:
    # faust's getmany seeks back to committed offsets when a fetch returns with the flow
    # stopped, and drops the fetched records: without a commit, only a seek to the start
    # gets them back.
    consumer = rewound(FakeConsumer({TP(RAW, 0): None, TP(RAW, 1): 40}))
    consumer.seeks.clear()
    asyncio.run(cast(Any, consumer).seek_to_committed())
    assert consumer.seeks == {TP(RAW, 0): 3}


def test_a_second_rebalance_does_not_wrap_the_seek_twice() -> None:
    consumer = rewound(rewound(FakeConsumer({TP(RAW, 0): None})))
    consumer.asked_committed = 0
    asyncio.run(cast(Any, consumer).seek_to_committed())
    assert consumer.asked_committed == 1
