"""The distributed dedup protocol over simulated partitions, in random interleavings.

Each partition is a FIFO queue with offsets, as a Kafka partition is; a scheduler picks which
partition handles its next message, and when decided articles get published. With redelivery on,
a handled message is sometimes handled again (a crash after its effects, before its offset
commit); with rebuilds on, a partition's lock and band indexes are sometimes derived again from
its tables (a crash or a rebalance: the next owner recovers the tables, not the indexes).
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from itertools import combinations

import pytest

from newsstream.core import dedup
from newsstream.core.band_locks import Hold, lock_index, record_key
from newsstream.core.band_roots import band_index
from newsstream.core.dedup import ArticleSketch, DedupDecision, DedupMemory, DedupPolicy
from newsstream.core.dedup_flow import (
    Decided,
    DedupFlow,
    Expire,
    FlowTables,
    Probe,
    Release,
    StepResult,
    decode_message,
    encode_message,
    partition_of,
)
from newsstream.core.models import CleanedArticle, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.corpus import generate
from tests.unit.test_band_locks import Clock

POLICY = DedupPolicy()
START = datetime(2026, 3, 1, tzinfo=UTC)


class OwnedTable(dict[bytes, bytes]):
    """A table of one partition: touching another partition's key is a bug in the protocol."""

    def __init__(self, partition: int, partitions: int) -> None:
        super().__init__()
        self.partition = partition
        self.partitions = partitions
        self.log: list[tuple[bytes, bytes | None]] = []
        """Writes in order (None: a delete), as its changelog partition would keep them."""

    def _check(self, key: bytes) -> None:
        assert partition_of(key, self.partitions) == self.partition, "foreign key touched"

    def get(self, key: bytes, default: bytes | None = None) -> bytes | None:  # type: ignore[override]  # dict.get is overloaded; one signature is enough here
        self._check(key)
        return super().get(key, default)

    def __setitem__(self, key: bytes, value: bytes) -> None:
        self._check(key)
        self.log.append((key, value))
        super().__setitem__(key, value)

    def __delitem__(self, key: bytes) -> None:
        self._check(key)
        self.log.append((key, None))
        super().__delitem__(key)

    def keep_part_of_the_last_writes(
        self, before: dict[bytes, bytes], rng: random.Random, start: int = 0
    ) -> None:
        """What a crash leaves: the records `before` plus a prefix of the writes from `start`."""
        writes = self.log[start:]
        kept = writes[: rng.randrange(len(writes) + 1)]
        dict.clear(self)
        self.update(before)
        for key, value in kept:
            if value is None:
                self.pop(key, None)
            else:
                super().__setitem__(key, value)


class Changelogs:
    """What one partition's four changelogs keep: the acknowledged writes, then a prefix each."""

    def __init__(self, tables: FlowTables) -> None:
        self.tables: list[OwnedTable] = []
        for table in (tables.roots, tables.bands.records, tables.locks.records, tables.published):
            assert isinstance(table, OwnedTable)
            self.tables.append(table)
        self.acknowledged = [(dict(t), len(t.log)) for t in self.tables]

    def acknowledge(self) -> None:
        """Every write so far is acknowledged (a producer flush)."""
        self.acknowledged = [(dict(t), len(t.log)) for t in self.tables]

    def crash(self, rng: random.Random) -> None:
        """Keep the acknowledged writes and, in each table on its own, a prefix of the rest."""
        for table, (records, start) in zip(self.tables, self.acknowledged, strict=True):
            table.keep_part_of_the_last_writes(records, rng, start)
        self.acknowledge()


def partition_tables(partitions: int) -> list[FlowTables]:
    """Each partition's tables, empty."""
    return [
        FlowTables.over(*(OwnedTable(p, partitions) for _ in range(4))) for p in range(partitions)
    ]


class Log(deque[tuple[int, bytes]]):
    """One partition of the internal topic: messages (as JSON, as on the wire) and offsets."""

    def __init__(self) -> None:
        super().__init__()
        self.end = 0

    def send(self, message: Probe | Release | Expire) -> None:
        self.append((self.end, message.model_dump_json().encode()))
        self.end += 1


def assert_indexes_follow_the_tables(tables: FlowTables) -> None:
    """The indexes kept are those derived from the records (what a recovery derives)."""
    assert tables.locks.index == lock_index(tables.locks.records.items())
    assert tables.bands.index == band_index(tables.bands.records.items())


@cache
def articles() -> list[CleanedArticle]:
    """Cleaned articles of a small generated corpus: singles, duplicates, hard negatives."""
    files, _ = generate(70, seed=11)
    enricher = Enricher()
    return [
        enricher.clean(
            RawArticle(
                article_id=f"a{i:03d}",
                source=name,
                received_at=START + timedelta(seconds=i),
                text=text,
            )
        )
        for i, (name, text) in enumerate(sorted(files.items()))
    ]


def sketch_of(article: CleanedArticle) -> ArticleSketch:
    return dedup.sketch_article(
        article.article_id, article.received_at, article.body, POLICY.hasher
    )


Message = Probe | Release | Expire


def simulate(
    partitions: int,
    seed: int,
    *,
    redeliver: float = 0.0,
    rebuild: float = 0.0,
    crash: float = 0.0,
    local: bool = False,
    replays: float = 0.0,
    acknowledged: bool = True,
) -> tuple[list[Decided], list[FlowTables]]:
    """Run every article through the protocol; returns decisions in the order they were made.

    With `local`, an article decided by its own probe's message whose one release goes to that
    partition is committed there at once (`Commit.local`), as the processor does; a crash (the
    `crash` share) may come after any of its three writes, and its probe is then handled again.
    With `replays`, a partition's worker crashes now and then after a step: every message it
    handled since its last offset commit is handled again, over tables that kept the writes
    acknowledged before (at an offset commit, or a local commit's) and, each on its own, a
    prefix of the later ones. A release message that writes (`DedupFlow.writes`) is applied as
    the processor applies it, its band entries and record each acknowledged before the next
    write; with `acknowledged` off, in one step without acknowledgements, as it was before.
    """
    rng = random.Random(seed)
    flow = DedupFlow(POLICY, partitions)
    tables = partition_tables(partitions)
    changelogs = [Changelogs(t) for t in tables]
    handled_since_commit: list[list[tuple[int, bytes]]] = [[] for _ in range(partitions)]
    queues = [Log() for _ in range(partitions)]
    waiting = deque(articles())
    # A decision, and where its own probe's message decided it (partition, offset, the message).
    to_publish: list[tuple[Decided, tuple[int, int, bytes] | None]] = []
    decided: list[Decided] = []

    def send(partition: int, message: Message) -> None:
        queues[partition].send(message)

    def write_acknowledged(partition: int, release: Release, offset: int) -> None:
        """A release's writes before its hand-on, each acknowledged before the next is made."""
        flow.add_bands(partition, release, tables[partition], offset)
        changelogs[partition].acknowledge()
        flow.write_record(release, tables[partition])
        changelogs[partition].acknowledge()

    def step(partition: int, message: Message, offset: int) -> StepResult:
        """Handle a message as the processor does: a release that writes in three steps."""
        release = flow.writes(message) if acknowledged else None
        if release is None:
            return flow.step(partition, message, tables[partition], offset)
        write_acknowledged(partition, release, offset)
        return flow.hand_on(partition, release, tables[partition], offset)

    def commit_here(done: Decided, partition: int, offset: int, data: bytes) -> bool:
        """Commit on the deciding partition; False when a crash came and the probe is replayed."""
        release = flow.commit(done).local(partition)
        if release is None:
            return False
        here = tables[partition]
        locks = here.locks.records
        assert isinstance(locks, OwnedTable)
        write_acknowledged(partition, release, offset)
        if rng.random() < crash / 2:  # after some of the writes: the probe is handled again
            if release.record is not None and rng.random() < 0.5:  # the bands only were kept
                del here.roots[bytes.fromhex(release.root_key)]
            queues[partition].appendleft((offset, data))
            return True
        before, start = dict(locks), len(locks.log)
        result = flow.hand_on(partition, release, here, offset)
        assert_indexes_follow_the_tables(here)
        if rng.random() < crash:  # the hand-on's lock records kept in part, its sends lost
            locks.keep_part_of_the_last_writes(before, rng, start)
            here.rebuild()
            queues[partition].appendleft((offset, data))
            return True
        for target, message in result.sends:
            send(target, message)
        decided.extend(result.decided)
        to_publish.extend((d, None) for d in result.decided)
        return True

    def crash_or_commit(partition: int) -> None:
        """After a step: the worker crashes (`replays`), or its offsets commit, or neither."""
        committing_here = any(w is not None and w[0] == partition for _, w in to_publish)
        if rng.random() < replays:  # its sends left; its local commits never come
            changelogs[partition].crash(rng)
            tables[partition].rebuild()
            queues[partition].extendleft(reversed(handled_since_commit[partition]))
            handled_since_commit[partition] = []
            to_publish[:] = [(d, w) for d, w in to_publish if w is None or w[0] != partition]
        elif not committing_here and rng.random() < 0.2:  # its batch is done: offsets commit
            changelogs[partition].acknowledge()
            handled_since_commit[partition] = []

    while waiting or to_publish or any(queues):
        choice = rng.random()
        if waiting and choice < 0.3:
            article = waiting.popleft()
            send(*flow.start(f"{article.article_id}/1", article, sketch_of(article)))
        elif to_publish and choice < 0.45:
            done, where = to_publish.pop(rng.randrange(len(to_publish)))
            if where is not None and commit_here(done, *where):
                continue
            commit = flow.commit(done)
            if commit.first is not None:
                send(*commit.first)  # acknowledged before the releases are sent
            for release in commit.releases:
                send(*release)
        else:
            busy = [p for p in range(partitions) if queues[p]]
            if not busy:
                continue
            partition = rng.choice(busy)
            offset, data = queues[partition][0]
            locks = tables[partition].locks.records
            assert isinstance(locks, OwnedTable)
            before, start = dict(locks), len(locks.log)
            handled = decode_message(data)
            result = step(partition, handled, offset)
            assert_indexes_follow_the_tables(tables[partition])
            if rng.random() < crash:  # before the batch's sends: handled again, they never left
                locks.keep_part_of_the_last_writes(before, rng, start)
                tables[partition].rebuild()
                continue
            if rng.random() >= redeliver:
                handled_since_commit[partition].append(queues[partition].popleft())
            if rng.random() < rebuild:
                tables[partition].rebuild()
            for target, message in result.sends:
                send(target, message)
            decided.extend(result.decided)
            own = handled.attempt if local and isinstance(handled, Probe) else None
            to_publish.extend(  # a redelivery is not published, but released
                (d, (partition, offset, data) if d.probe.attempt == own else None)
                for d in result.decided
            )
            crash_or_commit(partition)
    return decided, tables


def first_decisions(decided: list[Decided]) -> dict[str, DedupDecision]:
    first: dict[str, DedupDecision] = {}
    for item in decided:
        first.setdefault(item.probe.article.article_id, item.decision)
    return first


def batch_in_order(order: list[str]) -> dict[str, DedupDecision]:
    by_id = {a.article_id: a for a in articles()}
    memory = DedupMemory()
    decisions = {}
    for article_id in order:
        sketch = sketch_of(by_id[article_id])
        decisions[article_id] = dedup.decide(sketch, memory, POLICY)
        dedup.remember(sketch, decisions[article_id], memory)
    return decisions


def roots_of(decisions: dict[str, DedupDecision]) -> set[str]:
    return {i for i, d in decisions.items() if d.is_root}


def near_pairs(ids: set[str]) -> Iterator[tuple[str, str]]:
    """Pairs of the given articles that share a band key and reach the threshold."""
    sketches = {a.article_id: sketch_of(a) for a in articles() if a.article_id in ids}
    for a, b in combinations(sorted(sketches), 2):
        sa, sb = sketches[a], sketches[b]
        shared = set(sa.band_keys) & set(sb.band_keys)
        if shared and POLICY.hasher.similarity(sa.sketch, sb.sketch) >= POLICY.threshold:
            yield a, b


def assert_one_decision_each_and_no_two_near_roots(decided: list[Decided]) -> None:
    """Decided again or not, each article is a root or a duplicate, and no two roots are near."""
    kinds: dict[str, set[bool]] = {}
    for item in decided:
        if not item.decision.redelivery:
            kinds.setdefault(item.probe.article.article_id, set()).add(item.decision.is_root)
    assert all(len(k) == 1 for k in kinds.values())
    assert list(near_pairs({i for i, k in kinds.items() if k == {True}})) == []


def test_the_corpus_has_duplicates_for_the_protocol_to_find() -> None:
    decisions = batch_in_order([a.article_id for a in articles()])
    assert sum(d.is_duplicate for d in decisions.values()) >= 10


@pytest.mark.parametrize(("partitions", "seed"), [(1, 1), (3, 2), (4, 3), (4, 4), (7, 5)])
def test_stream_decides_as_batch_mode_in_the_order_of_its_decisions(
    partitions: int, seed: int
) -> None:
    decided, tables = simulate(partitions, seed)
    order = [d.probe.article.article_id for d in decided]
    assert sorted(order) == sorted(a.article_id for a in articles())
    assert first_decisions(decided) == batch_in_order(order)
    assert all(not t.locks.records for t in tables), "every lock is released"
    assert all(t.locks.index == lock_index([]) for t in tables)


@pytest.mark.parametrize("seed", range(6))
def test_no_two_near_duplicates_are_both_published_as_unique(seed: int) -> None:
    decided, _ = simulate(4, 100 + seed)
    decisions = first_decisions(decided)
    roots = roots_of(decisions)
    assert list(near_pairs(roots)) == []
    for decision in decisions.values():
        assert decision.duplicate_of is None or decision.duplicate_of in roots


@pytest.mark.parametrize("seed", range(4))
def test_messages_handled_twice_change_no_decision_and_leave_no_lock(seed: int) -> None:
    decided, tables = simulate(4, 200 + seed, redeliver=0.15)
    by_article: dict[str, set[bool]] = {}
    for item in decided:
        if not item.decision.redelivery:
            by_article.setdefault(item.probe.article.article_id, set()).add(item.decision.is_root)
    assert set(by_article) == {a.article_id for a in articles()}
    assert all(len(kinds) == 1 for kinds in by_article.values())
    roots = {i for i, kinds in by_article.items() if kinds == {True}}
    assert list(near_pairs(roots)) == []
    assert all(not t.locks.records for t in tables)


@pytest.mark.parametrize(("partitions", "seed"), [(1, 0), (1, 1), (4, 0), (4, 1)])
def test_a_crash_that_keeps_part_of_a_steps_lock_records_loses_no_article(
    partitions: int, seed: int
) -> None:
    # The step's lock records reach the changelog one by one; the crash comes before the step's
    # sends (a resumed probe's next hop, its decision) left, and its message is handled again.
    decided, tables = simulate(partitions, 300 + seed, crash=0.2)
    assert {d.probe.article.article_id for d in decided} == {a.article_id for a in articles()}
    decisions = first_decisions(decided)
    assert list(near_pairs(roots_of(decisions))) == []
    assert all(not t.locks.records for t in tables), "every lock is released"


@pytest.mark.parametrize(("partitions", "seed"), [(1, 500), (1, 501), (3, 502), (4, 503)])
def test_local_commits_decide_as_batch_mode_in_the_order_of_the_decisions(
    partitions: int, seed: int
) -> None:
    decided, tables = simulate(partitions, seed, local=True)
    order = [d.probe.article.article_id for d in decided]
    assert sorted(order) == sorted(a.article_id for a in articles())
    assert first_decisions(decided) == batch_in_order(order)
    assert all(not t.locks.records for t in tables), "every lock is released"
    for t in tables:
        assert_indexes_follow_the_tables(t)


@pytest.mark.parametrize(
    ("seed", "faults"),
    [
        # A crash between a local commit's writes, or amid its lock records, replays the
        # probe's message: it resumes again the probes the commit handed locks to.
        (600, {"crash": 0.3, "redeliver": 0.1}),
        (601, {"crash": 0.3, "redeliver": 0.1}),
        (602, {"crash": 0.3, "redeliver": 0.1}),
        # A crash replays every message since the last offset commit, over changelogs that
        # kept each their own prefix of the writes since the last acknowledgement.
        (700, {"replays": 0.05}),
        (701, {"replays": 0.05}),
        (702, {"replays": 0.05}),
    ],
)
def test_local_commits_with_crashes_and_replays_lose_no_article_and_keep_isolation(
    seed: int, faults: dict[str, float]
) -> None:
    decided, tables = simulate(1, seed, local=True, acknowledged=True, **faults)
    assert {d.probe.article.article_id for d in decided} == {a.article_id for a in articles()}
    assert_one_decision_each_and_no_two_near_roots(decided)
    assert all(not t.locks.records for t in tables), "every lock is released"
    for t in tables:
        assert_indexes_follow_the_tables(t)


@pytest.mark.parametrize(
    ("partitions", "seed", "local"), [(1, 12, False), (1, 20, False), (2, 46, True)]
)
def test_replays_over_releases_as_messages_keep_each_root_with_its_record(
    partitions: int, seed: int, *, local: bool
) -> None:
    # Releases as messages (all of them, or with two partitions nearly all): a replay that
    # keeps a release's lock records must have kept its record and band entries, or an older
    # probe handled again, to which it handed a key, finds the root without its record. In each
    # of these runs an article was decided both ways when a release was applied in one step
    # (`acknowledged=False`).
    decided, tables = simulate(partitions, seed, replays=0.05, local=local)
    assert {d.probe.article.article_id for d in decided} == {a.article_id for a in articles()}
    assert_one_decision_each_and_no_two_near_roots(decided)
    assert all(not t.locks.records for t in tables), "every lock is released"
    for t in tables:
        assert_indexes_follow_the_tables(t)


def run_alone(flow: DedupFlow, tables: list[FlowTables], article: CleanedArticle) -> list[int]:
    """One article through an idle pipeline: the partitions its probe visits, in order."""
    partition, message = flow.start(f"{article.article_id}/1", article, sketch_of(article))
    visits = [partition]
    while True:
        result = flow.step(
            partition, decode_message(message.model_dump_json().encode()), tables[partition], 0
        )
        if result.decided:
            commit = flow.commit(result.decided[0])
            for target, commit_message in [*filter(None, [commit.first]), *commit.releases]:
                flow.step(target, commit_message, tables[target], 0)
            return visits
        [(partition, message)] = result.sends
        visits.append(partition)


def test_a_tagged_probe_goes_over_the_wire_and_back_unchanged() -> None:
    # The processor tags before deduplication, so the probe carries the tagger's output:
    # a type pydantic must read in whatever form it runs (compiled or not).
    article = articles()[0]
    _, probe = DedupFlow(POLICY, 2).start(
        "a/1", article, sketch_of(article), Enricher().tag(article)
    )
    assert isinstance(probe, Probe)
    assert probe.tags is not None
    assert probe.tags.entities
    assert decode_message(encode_message(probe)) == probe


def test_a_probe_visits_its_band_partitions_in_order_then_its_own_and_a_copy_stops_there() -> None:
    partitions = 4
    flow = DedupFlow(POLICY, partitions)
    tables = partition_tables(partitions)
    article = articles()[0]
    sketch = sketch_of(article)
    bands = sorted({partition_of(k, partitions) for k in sketch.band_keys})
    own = partition_of(sketch.root_key, partitions)
    assert own in bands, "pick an article whose root key lies on a band partition"

    back = [own] if own != bands[-1] else []  # where it decides; nothing else to read
    assert run_alone(flow, tables, article) == [*bands, *back]
    copy = article.model_copy(update={"article_id": "copy"})  # settled on the way, at its own
    assert run_alone(flow, tables, copy) == bands[: bands.index(own) + 1]
    assert all(not t.locks.records for t in tables)


@pytest.mark.parametrize(("partitions", "seed"), [(3, 300), (4, 301), (7, 302)])
def test_indexes_derived_again_at_any_moment_change_no_decision(partitions: int, seed: int) -> None:
    decided, tables = simulate(partitions, seed, rebuild=0.2)
    order = [d.probe.article.article_id for d in decided]
    assert first_decisions(decided) == batch_in_order(order)
    assert all(not t.locks.records for t in tables)


@pytest.mark.parametrize("seed", range(3))
def test_rebuilds_and_replays_together_publish_no_two_near_duplicates(seed: int) -> None:
    decided, tables = simulate(4, 400 + seed, redeliver=0.15, rebuild=0.15)
    assert_one_decision_each_and_no_two_near_roots(decided)
    assert all(not t.locks.records for t in tables)


def recovered(tables: FlowTables) -> FlowTables:
    """Another worker's tables after it recovered these from their changelogs."""
    return FlowTables.over(
        *(dict(t.items()) for t in (tables.roots, tables.bands.records, tables.locks.records)),
        dict(tables.published),
    )


def test_a_parked_probe_resumes_after_its_partition_moved_to_another_worker() -> None:
    flow = DedupFlow(POLICY, 1)
    tables = partition_tables(1)
    article = articles()[0]
    copies = [article.model_copy(update={"article_id": f"copy{i}"}) for i in range(3)]
    _, first = flow.start("first/1", article, sketch_of(article))
    [decided] = flow.step(0, first, tables[0], 0).decided
    assert decided.decision.is_root
    for offset, copy in enumerate(copies, start=1):  # all parked behind the first's first lock
        _, probe = flow.start(f"{copy.article_id}/1", copy, sketch_of(copy))
        assert flow.step(0, probe, tables[0], offset) == StepResult()
    held = tables[0].locks.index
    assert [a for _, a in held.queues[bytes.fromhex(sorted(first.band_keys)[0])]] == [
        "copy0/1",
        "copy1/1",
        "copy2/1",
    ]

    moved = recovered(tables[0])
    assert moved.locks.index == held
    assert moved.bands.index == tables[0].bands.index
    commit = flow.commit(decided)
    assert commit.first is not None
    assert commit.releases == []  # one partition: the release with the record is all there is
    resumed = flow.step(0, commit.first[1], moved, 4).decided
    for offset in (5, 6):  # each release handled by a worker that has just recovered
        [(_, release)] = flow.commit(resumed[-1]).releases
        moved = recovered(moved)
        resumed.extend(flow.step(0, release, moved, offset).decided)
    assert [d.probe.article.article_id for d in resumed] == ["copy0", "copy1", "copy2"]
    assert {d.decision.duplicate_of for d in resumed} == {article.article_id}
    [(_, release)] = flow.commit(resumed[-1]).releases
    flow.step(0, release, moved, 7)
    assert not moved.locks.records


TIMEOUT = 300.0


def test_a_lock_whose_release_was_lost_expires_and_the_article_behind_it_is_published() -> None:
    flow = DedupFlow(POLICY, 1)
    article = articles()[0]
    _, probe = flow.start("a/1", article, sketch_of(article))
    lost = Hold(held=[bytes.fromhex(k) for k in sorted(probe.band_keys)[:2]])
    tables = recovered(partition_tables(1)[0])
    tables.locks.records[record_key(0, "lost/1")] = lost.pack()  # its release never comes
    clock = Clock()
    tables.locks.clock = clock
    tables.rebuild()
    assert flow.step(0, probe, tables, 1) == StepResult()  # parked behind it
    clock.now = TIMEOUT - 1
    assert flow.expiries(tables, {0}, TIMEOUT) == []
    clock.now = TIMEOUT + 1
    assert flow.expiries(tables, {1}, TIMEOUT) == []  # a partition this worker does not own
    [(partition, expire)] = flow.expiries(tables, {0}, TIMEOUT)
    assert (partition, expire.attempt) == (0, "lost/1")
    assert decode_message(expire.model_dump_json().encode()) == expire

    result = flow.step(0, expire, tables, 2)
    assert result.expired == ["lost/1"]
    [decided] = result.decided
    assert decided.probe.attempt == "a/1"
    assert decided.decision.is_root
    assert flow.step(0, expire, tables, 3) == StepResult()  # handled again: nothing to do
    commit = flow.commit(decided)
    assert commit.first is not None
    flow.step(0, commit.first[1], tables, 4)
    assert not tables.locks.records
    assert_indexes_follow_the_tables(tables)


def test_an_expired_attempt_parked_on_the_partition_stays_parked_and_resumes_in_turn() -> None:
    flow = DedupFlow(POLICY, 1)
    tables = partition_tables(1)[0]
    clock = Clock()
    tables.locks.clock = clock
    article = articles()[0]
    copy = article.model_copy(update={"article_id": "copy"})
    _, probe = flow.start("a/1", article, sketch_of(article))
    _, copy_probe = flow.start("copy/1", copy, sketch_of(copy))
    keys = [bytes.fromhex(k) for k in sorted(probe.band_keys)]
    tables.locks.take(0, "lost/1", keys[-1])  # its release never comes
    tables.locks.flush()
    assert flow.step(0, probe, tables, 1) == StepResult()  # holds all but the last key
    assert flow.step(0, copy_probe, tables, 2) == StepResult()  # waits for a/1's first key
    clock.now = TIMEOUT + 1
    expiries = {expire.attempt: expire for _, expire in flow.expiries(tables, {0}, TIMEOUT)}
    assert sorted(expiries) == ["a/1", "lost/1"]  # a/1 waited as long as it held

    result = flow.step(0, expiries["a/1"], tables, 3)
    assert (result.expired, result.decided, result.sends) == (["a/1"], [], [])
    assert tables.locks.holder(keys[0]) == "copy/1"  # handed on: isolation lost for a/1
    assert tables.locks.index.holds[(0, "a/1")].waiting == keys[-1]  # still parked
    assert [a for _, a in tables.locks.index.queues[keys[-1]]] == ["a/1", "copy/1"]

    [first] = flow.step(0, expiries["lost/1"], tables, 4).decided
    assert first.probe.attempt == "a/1"  # served first, as it came first
    assert first.decision.is_root
    commit = flow.commit(first)
    assert commit.first is not None
    [second] = flow.step(0, commit.first[1], tables, 5).decided  # its lost keys: no-ops
    assert second.decision.duplicate_of == article.article_id
    second_commit = flow.commit(second)
    for _, release in [*filter(None, [second_commit.first]), *second_commit.releases]:
        flow.step(0, release, tables, 6)
    assert not tables.locks.records
    assert_indexes_follow_the_tables(tables)
