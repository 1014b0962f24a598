"""The dedup protocol as the processor's dedup agent runs it: batches, crashes and replays.

Workers (one per partition, or one owning several) handle their messages in batches, as
`ArticleProcessor._dedup_batch` does: releases that write are gathered while consecutive and
applied together (`_apply_releases`: band entries of all, a flush, records of all, a flush,
then each one's hand-on), the articles a batch decided are published and committed in rounds
(`_commit_decided`: events acknowledged, publications recorded, local commits of several
articles at once through `_commit_here`, the releases with a record acknowledged before the
others are sent). A worker may crash before any step, flush or await: each changelog, and each
partition its sends went to (the output topic too), keeps the acknowledged writes and a prefix
of the others; the events kept are read back (`recently_published`); every message since the
last offset commit, which comes after a batch, with a producer flush, is handled again.

The invariant checked is on the output: every article is published, each as one kind only, no
two near duplicates are both published as unique, and no lock is left held.

Not modelled: a send seen by its partition before its acknowledgement (a batch runs without
other workers stepping in between; they see what it sent once acknowledged), raw articles
processed twice (two attempts), rebalances without a crash, lock expiry, purges, failed steps
and dead letters. (An offset commit's flush in the middle of a batch keeps writes a crash may
keep anyway: every prefix is among those tried.)
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass, field

import pytest

from newsstream.core.dedup_flow import (
    Commit,
    Decided,
    DedupFlow,
    FlowTables,
    Probe,
    Release,
    Send,
    decode_message,
    encode_message,
)
from tests.unit.test_dedup_flow import (
    POLICY,
    Changelogs,
    articles,
    assert_indexes_follow_the_tables,
    near_pairs,
    partition_tables,
    sketch_of,
)


class Crash(Exception):  # noqa: N818  # a worker's crash, not an error of the protocol
    """The worker handling a batch dies here."""


@dataclass
class Pending:
    """A send not yet acknowledged: a flow message to a partition, or an article's event."""

    target: int | None  # a dedup partition; None: an output event
    data: bytes = b""
    article_id: str = ""
    root: bool = False


@dataclass
class Partition:
    """One partition of the internal topic: its messages, where its worker is, what committed."""

    log: list[bytes] = field(default_factory=list)
    position: int = 0
    committed: int = 0


@dataclass
class Worker:
    """A worker: the partitions it owns, its sends in flight, the events it read back."""

    owns: list[int]
    pending: list[Pending] = field(default_factory=list)
    recently_published: set[str] = field(default_factory=set)
    written_since_commit: set[str] = field(default_factory=set)


_Event = tuple[int, int]  # a message's partition and offset
_Decision = tuple[Decided, _Event, bool]  # decided, the message that did, by its own probe


@dataclass
class Outcome:
    """What a run published, and how often workers crashed."""

    events: dict[str, set[bool]]  # article id: published as a root, as a duplicate
    tables: list[FlowTables]
    crashes: int
    batches: int
    together: int  # runs of two or more releases, or local commits, applied together
    decisions: dict[str, set[bool]]  # every decision made, published or not (not redeliveries)


def run(
    partitions: int,
    seed: int,
    *,
    crash: float = 0.0,
    batch: int = 8,
    workers: int | None = None,
    grouped: bool = True,
    acknowledged: bool = True,
    max_crashes: int = 12,
) -> Outcome:
    """Every article through `workers` workers (one per partition by default) and their batches.

    A worker owns the partitions `p` with `p % workers` its number; a batch takes up to `batch`
    messages of them, each partition's in order. `crash`: the chance of a crash at each point a
    worker could crash between two acknowledgements (before each step, flush and await).
    `grouped` off applies each release that writes alone (dbaed57); `acknowledged` off steps
    it as any other message, without a flush between its writes (before dbaed57).
    """
    rng = random.Random(seed)
    flow = DedupFlow(POLICY, partitions)
    tables = partition_tables(partitions)
    changelogs = [Changelogs(t) for t in tables]
    logs = [Partition() for _ in range(partitions)]
    count = partitions if workers is None else workers
    pool = [Worker([p for p in range(partitions) if p % count == w]) for w in range(count)]
    events: dict[str, set[bool]] = {}
    decisions: dict[str, set[bool]] = {}
    waiting = list(articles())
    crashes = 0
    batches = 0
    together = 0

    def deliver(worker: Worker, entry: Pending) -> None:
        if entry.target is None:
            events.setdefault(entry.article_id, set()).add(entry.root)
            worker.written_since_commit.add(entry.article_id)
        else:
            logs[entry.target].log.append(entry.data)

    def acknowledge(worker: Worker, entries: list[Pending] | None = None) -> None:
        """The broker acknowledged `entries` (None: every send): so every earlier one too.

        Sends to one partition are written in order: the last acknowledged one to a partition
        acknowledges those before it.
        """
        chosen = {id(e) for e in (worker.pending if entries is None else entries)}
        last: dict[int | None, int] = {}
        for index, entry in enumerate(worker.pending):  # those a flush acknowledged are gone
            if id(entry) in chosen:
                last[entry.target] = index
        kept = []
        for index, entry in enumerate(worker.pending):
            if index <= last.get(entry.target, -1):
                deliver(worker, entry)
            else:
                kept.append(entry)
        worker.pending = kept

    def point() -> None:
        nonlocal crashes
        if crashes < max_crashes and rng.random() < crash:
            crashes += 1
            raise Crash

    def flush(worker: Worker) -> None:
        """`producer.flush()`: every table write and every send acknowledged."""
        point()
        for p in worker.owns:
            changelogs[p].acknowledge()
        acknowledge(worker)

    def recover(worker: Worker) -> None:
        """What a crash leaves, and what the next owner of the partitions does first."""
        for p in worker.owns:
            changelogs[p].crash(rng)
            tables[p].rebuild()
            logs[p].position = logs[p].committed
        targets = {e.target for e in worker.pending}
        cut = {t: rng.randrange(sum(e.target == t for e in worker.pending) + 1) for t in targets}
        for entry in worker.pending:
            if cut[entry.target] > 0:
                cut[entry.target] -= 1
                deliver(worker, entry)
        worker.pending = []
        worker.recently_published = set(worker.written_since_commit)

    def send(worker: Worker, out: Send, sent: list[Pending]) -> Pending:
        entry = Pending(out[0], encode_message(out[1]))
        worker.pending.append(entry)
        sent.append(entry)
        return entry

    def commit_here(
        worker: Worker, local: list[tuple[Release, _Event]]
    ) -> tuple[list[_Decision], list[Pending]]:
        """`ArticleProcessor._commit_here`."""
        nonlocal together
        if not local:
            return [], []
        together += len(local) > 1
        if any(release.root for release, _ in local):
            for release, (p, offset) in local:
                flow.add_bands(p, release, tables[p], offset)
            flush(worker)
        if any(release.record is not None for release, _ in local):
            for release, (p, _) in local:
                flow.write_record(release, tables[p])
            flush(worker)
        decided: list[_Decision] = []
        sent: list[Pending] = []
        for release, (p, offset) in local:
            result = flow.hand_on(p, release, tables[p], offset)
            for out in result.sends:
                send(worker, out, sent)
            decided += [(d, (p, offset), False) for d in result.decided]
        return decided, sent

    def apply_releases(
        worker: Worker,
        releases: list[tuple[Release, _Event]],
        sent: list[Pending],
        decided: list[_Decision],
    ) -> None:
        """`ArticleProcessor._apply_releases` (or one release at a time, `grouped` off)."""
        groups = [releases] if grouped else [[r] for r in releases]
        for group in groups:
            resumed, resumed_sent = commit_here(worker, group)
            sent.extend(resumed_sent)
            decided.extend(resumed)
        releases.clear()

    def dedup_step(
        worker: Worker,
        event: _Event,
        sent: list[Pending],
        decided: list[_Decision],
        releases: list[tuple[Release, _Event]],
    ) -> None:
        """`ArticleProcessor._dedup_step`."""
        point()
        p, offset = event
        message = decode_message(logs[p].log[offset])
        release = flow.writes(message) if acknowledged else None
        if release is not None:
            releases.append((release, event))
            return
        apply_releases(worker, releases, sent, decided)
        result = flow.step(p, message, tables[p], offset)
        for out in result.sends:
            send(worker, out, sent)
        own = message.attempt if isinstance(message, Probe) else None
        decided.extend((d, event, d.probe.attempt == own) for d in result.decided)

    def publish(
        worker: Worker,
        decision: tuple[Decided, _Event],
        sent: list[Pending],
        published: list[tuple[Decided, _Event]],
        recorded: list[tuple[Decided, _Event]],
    ) -> Commit:
        """`ArticleProcessor._publish` (no stage fails here)."""
        item, _ = decision
        article_id = item.probe.article.article_id
        if item.decision.redelivery or item.published:
            return flow.commit(item)
        if article_id in worker.recently_published:
            recorded.append(decision)
            return flow.commit(item)
        entry = Pending(None, article_id=article_id, root=item.decision.is_root)
        worker.pending.append(entry)
        sent.append(entry)
        published.append(decision)
        return flow.commit(item)

    def commit_decided(
        worker: Worker, decided: list[_Decision], sent: list[Pending], attempts: set[str]
    ) -> tuple[list[_Decision], list[Pending]]:
        """`ArticleProcessor._commit_decided`."""
        published: list[tuple[Decided, _Event]] = []
        recorded: list[tuple[Decided, _Event]] = []
        commits: list[tuple[Commit, _Event, bool]] = []
        for item, event, own in decided:
            if not item.decision.redelivery:
                kinds = decisions.setdefault(item.probe.article.article_id, set())
                kinds.add(item.decision.is_root)
            if item.probe.attempt in attempts:
                item = dataclasses.replace(item, published=True)  # noqa: PLW2901
            attempts.add(item.probe.attempt)
            commit = publish(worker, (item, event), sent, published, recorded)
            commits.append((commit, event, own))
        point()
        acknowledge(worker, sent)
        recorded.extend(published)
        for item, (p, _) in recorded:
            flow.remember_published(item, tables[p])
        local: list[tuple[Release, _Event]] = []
        remote: list[Commit] = []
        for commit, event, own in commits:
            release = commit.local(event[0]) if own else None
            if release is None:
                remote.append(commit)
            else:
                local.append((release, event))
        resumed, resumed_sent = commit_here(worker, local)
        firsts = [send(worker, c.first, []) for c in remote if c.first is not None]
        point()
        acknowledge(worker, firsts)
        for c in remote:
            for out in c.releases:
                send(worker, out, resumed_sent)
        return resumed, resumed_sent

    def take(worker: Worker) -> list[_Event]:
        """Up to `batch` messages of the worker's partitions, each partition's in order."""
        ahead = {p: logs[p].position for p in worker.owns}
        taken: list[_Event] = []
        for _ in range(rng.randint(1, batch)):
            ready = [p for p, at in ahead.items() if at < len(logs[p].log)]
            if not ready:
                break
            p = rng.choice(ready)
            taken.append((p, ahead[p]))
            ahead[p] += 1
        return taken

    def dedup_batch(worker: Worker) -> None:
        """`ArticleProcessor._dedup_batch`, then maybe an offset commit."""
        taken = take(worker)
        sent: list[Pending] = []
        decided: list[_Decision] = []
        releases: list[tuple[Release, _Event]] = []
        for event in taken:
            dedup_step(worker, event, sent, decided, releases)
        apply_releases(worker, releases, sent, decided)
        attempts: set[str] = set()
        while decided or sent:
            decided, sent = commit_decided(worker, decided, sent, attempts)
        for p, offset in taken:  # the batch's events acknowledged
            logs[p].position = offset + 1
        for p in worker.owns:
            assert_indexes_follow_the_tables(tables[p])
        point()
        if rng.random() < 0.3:  # faust commits offsets after a producer flush
            flush(worker)
            for p in worker.owns:
                logs[p].committed = logs[p].position
            worker.written_since_commit = set()

    step_budget = 200_000
    while waiting or any(log.position < len(log.log) for log in logs):
        step_budget -= 1
        assert step_budget > 0, "the run does not end: an article is stuck"
        if waiting and rng.random() < 0.3:
            article = waiting.pop(0)
            target, probe = flow.start(f"{article.article_id}/1", article, sketch_of(article))
            logs[target].log.append(encode_message(probe))  # the clean agent's send
            continue
        busy = [w for w in pool if any(logs[p].position < len(logs[p].log) for p in w.owns)]
        if not busy:
            continue
        worker = rng.choice(busy)
        batches += 1
        try:
            dedup_batch(worker)
        except Crash:
            recover(worker)
    return Outcome(events, tables, crashes, batches, together, decisions)


def violations(outcome: Outcome, *, decisions: bool = False) -> list[str]:
    """What broke the invariant: an article lost, published both ways, two near roots, a lock.

    With `decisions`, over every decision made rather than the events published (stricter: a
    decision whose event a crash lost, or that a publication record kept from being sent).
    """
    problems = []
    ids = {a.article_id for a in articles()}
    kinds_of = outcome.decisions if decisions else outcome.events
    lost = ids - set(kinds_of)
    if lost:
        problems.append(f"never published: {sorted(lost)}")
    both = sorted(i for i, kinds in kinds_of.items() if len(kinds) > 1)
    if both:
        problems.append(f"published as root and as duplicate: {both}")
    roots = {i for i, kinds in kinds_of.items() if True in kinds}
    pairs = list(near_pairs(roots))
    if pairs:
        problems.append(f"near duplicates both published as unique: {pairs}")
    if any(t.locks.records for t in outcome.tables):
        problems.append("locks left held")
    return problems


Config = tuple[int, int | None]  # partitions, workers (None: one per partition)

FAST: list[tuple[Config, list[int]]] = [
    ((1, None), [0, 1, 2, 3]),
    ((2, None), [0, 1]),
    ((4, None), [0]),
    ((4, 1), [0]),  # one worker owns every partition: its batches mix them
]


@pytest.mark.parametrize(
    ("config", "seed"), [(config, seed) for config, seeds in FAST for seed in seeds]
)
def test_batches_with_releases_applied_together_and_crashes_publish_each_article_right(
    config: Config, seed: int
) -> None:
    # Each run crashes its workers up to 12 times, between two acknowledgements; 200 seeds of
    # each configuration (0-199, crash 0.03) found no failure either.
    partitions, workers = config
    outcome = run(partitions, seed, crash=0.03, workers=workers)
    assert outcome.crashes >= 4
    assert outcome.together > 0, "releases or local commits were applied together"
    assert violations(outcome) == []
    for t in outcome.tables:
        assert_indexes_follow_the_tables(t)


@pytest.mark.slow
@pytest.mark.parametrize(("partitions", "workers"), [(1, None), (2, None), (4, None), (4, 2)])
def test_many_seeds_of_batches_and_crashes_publish_each_article_right(
    partitions: int, workers: int | None
) -> None:
    failures = []
    for seed in range(100, 110):
        problems = violations(run(partitions, seed, crash=0.03, workers=workers))
        if problems:
            failures.append((seed, problems))
    assert failures == []
