"""Publications: a crash replay of the dedup protocol publishes no article twice.

The processor publishes a decided article inside the handler of the message that decided it,
and records its publication there (`DedupFlow.remember_published`). A crash replays the
messages handled since the last offset commit, and a raw article handled again starts a second
attempt. Simulated here over FIFO partitions whose tables refuse foreign keys, with the app's
order of effects: publish, record the publication, then send the commit messages.
"""

from __future__ import annotations

import random
from collections import Counter, deque

import pytest

from newsstream.core.dedup_flow import Decided, DedupFlow, decode_message
from tests.unit.test_dedup_flow import POLICY, Log, Message, articles, partition_tables, sketch_of


def run(partitions: int, seed: int, *, replay: float, second_attempts: float) -> Counter[str]:
    """Every article through the protocol, with replays; events published per article id."""
    rng = random.Random(seed)
    flow = DedupFlow(POLICY, partitions)
    tables = partition_tables(partitions)
    queues = [Log() for _ in range(partitions)]
    waiting = deque(articles())
    events: Counter[str] = Counter()

    def send(partition: int, message: Message) -> None:
        queues[partition].send(message)

    def handle(partition: int, decided: Decided) -> None:
        if not (decided.decision.redelivery or decided.published):
            events[decided.probe.article.article_id] += 1
            flow.remember_published(decided, tables[partition])
        commit = flow.commit(decided)
        if commit.first is not None:
            send(*commit.first)
        for release in commit.releases:
            send(*release)

    while waiting or any(queues):
        if waiting and rng.random() < 0.3:
            article = waiting.popleft()
            attempts = 2 if rng.random() < second_attempts else 1
            for attempt in range(attempts):  # a raw article handled again: a new attempt
                send(*flow.start(f"{article.article_id}/{attempt}", article, sketch_of(article)))
            continue
        busy = [p for p in range(partitions) if queues[p]]
        if not busy:
            continue
        partition = rng.choice(busy)
        offset, data = queues[partition][0]
        result = flow.step(partition, decode_message(data), tables[partition], offset)
        for target, message in result.sends:
            send(target, message)
        for decided in result.decided:
            handle(partition, decided)
        if rng.random() >= replay:  # else a crash before the offset commit: handled again
            queues[partition].popleft()
    return events


@pytest.mark.parametrize(("partitions", "seed"), [(1, 1), (3, 2), (4, 3), (4, 4), (7, 5)])
def test_replayed_messages_and_second_attempts_publish_each_article_once(
    partitions: int, seed: int
) -> None:
    events = run(partitions, seed, replay=0.2, second_attempts=0.3)
    assert set(events) == {a.article_id for a in articles()}
    assert [i for i, n in events.items() if n > 1] == []


def test_the_same_replays_republish_when_publications_are_not_recorded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(DedupFlow, "remember_published", lambda *_: None)
    events = run(4, 3, replay=0.2, second_attempts=0.3)
    assert set(events) == {a.article_id for a in articles()}
    assert sum(n > 1 for n in events.values()) >= 5
