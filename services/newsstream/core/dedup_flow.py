"""Deduplication across partitions and workers: band locks taken in one global order.

Near duplicates have no common key: two versions of a story share some LSH band keys, not
all, and not a fingerprint. So the dedup memory is partitioned by key (a root record by its root
key, a band entry by its band key; `partition_of`) and an article visits the partitions that own
its keys, as a `Probe` message on one internal topic, to read them. What makes that correct is
that the reads and the later writes of one article are isolated from every other article's:

1. **Lock.** The probe goes first to the lowest partition that owns one of its band keys and
   takes a lock on each of its band keys, partition by partition in ascending order and in key
   order within a partition, collecting the roots it finds under each key *at the moment it
   holds the lock*. A lock held by another article parks the probe in that lock's queue; the
   holder's release hands the lock on and the probe resumes where it stopped. The locks are
   changelog-backed too, one record per attempt and partition (`band_locks`): what it holds
   there and, while parked, the key it waits for and the probe. Who holds and who waits for a
   key is an index derived from those records, derived again after a recovery or a rebalance.
2. **Read on the way.** On each partition, once it holds its locks there, the probe reads what
   that partition owns: the record under its own root key, and the candidate roots found so
   far (`dedup.match_root`). A record with the same fingerprint settles it at once (an exact
   duplicate, a copy of a near duplicate, or a redelivery of the article itself): it stops
   there, decided, and releases what it holds.
3. **Verify.** Otherwise, after its last lock, it visits the partitions it has not read yet (a
   candidate found after its partition was passed), then its own root key's partition, where
   it reads that record again and decides (`dedup.choose`). So an article is always decided on
   its root key's partition; most need no hop besides their lock partitions and that one.
4. **Publish, then commit.** The worker publishes the event. Only after the broker acknowledged
   it does a root's record (or a near duplicate's copy record) go to its root key's partition,
   in the `Release` for that partition. Once that one is acknowledged, a `Release` to each
   other partition of the band keys follows, without a record. A release that writes (a record
   or band entries, `DedupFlow.writes`) is applied by the worker handling it as a local commit
   (5) is: band entries, then the record, each acknowledged, then the locks handed on. Band
   entries are one record per root and partition (`band_roots`). Duplicates and redeliveries
   release without adding.
5. **Commit where it was decided.** An article decided by its own probe's message, whose band
   keys all belong to that partition (always so with one partition, the default), has one
   release, to that very partition (`Commit.local`). The worker handling the message applies
   it there itself once the event is acknowledged, instead of sending it, as if it were the
   partition's next message, at the probe message's offset: first the band entries
   (`add_bands`), then the record (`write_record`), then the locks handed on (`hand_on`),
   each write acknowledged before the next is made. It owns the partition and the article
   holds all the locks meanwhile, so nothing reads in between. A probe whose lock it hands on
   and that then decides is committed by messages, as any other.

Why this is correct: it is strict two-phase locking. Every article that might become a root
holds locks on all its band keys from before it reads them until after it wrote them, so the
decisions are those of some serial order of the articles, exactly as batch mode makes them in
its order. In particular two near duplicates in flight at once on different partitions share a
band key, so one of them waits for the other's release and then finds it as a root: they can
never both be published as unique. (Two near duplicates that share no band key, 4 % of pairs at
similarity 0.7 and 0.2 % at 0.8, are not candidates for each other in batch mode either.) Locks
are always taken in one global order, (partition, key), so waits never form a cycle: no
deadlock. Whoever finds a root under a band key finds its record: on another partition than the
record's, the band entries come from a release sent once the record's release was acknowledged,
so any probe that found them reaches the record's partition after it; on the record's own
partition, they are written first, but read only under locks handed on once both are
acknowledged. Every read happens under a lock that the record's writers need: only articles with
the same fingerprint write under a root key; they have the same band keys, so the same first
lock, held from before they read the record until after they wrote it (the reading probe holds
its own first lock); and a candidate was found under a band key the probe still holds, which any
writer of that candidate's key needs too. So a record read on the way is the one the probe would
read after its last lock: the decisions are still those of batch mode. A local commit (5), as a
release that writes, writes the band entries before the record, where nobody can read them until
it hands the locks on, after both. Its band entries carry its probe's offset (a release's: its
message's), and they stay in the order of their offsets under each key, the order a recovery
derives: a root added under one of its keys before was added at a smaller offset (it gave the
key back before the probe took it, in that message), and a root added after at a larger one (it
had the key only once the commit handed it on: its own release comes later, as a message or in a
later batch).

Faults: every message is handled at least once. Handling one again is harmless: a lock already
held by the same attempt is taken again, a probe whose attempt is parked on the partition
already leaves the parked one to resume, a release handled again resumes again the probe it
handed a lock to (its step may not have finished) or hands on a lock whose hand-on a crash lost
(`band_locks`), adding a root to the band entries twice adds it once, and a release by an
attempt that no longer holds the lock does nothing. A probe message whose local commit's writes
were only partly kept is handled again against what was acknowledged: its locks still held, it
decides again and commits again (a record kept means its band entries were kept before it, so a
redelivery, which adds none, needs none); its locks handed on, it first resumes again the probes
that commit handed a lock to at that offset (`_resume_handed`), as a release handled again does,
then waits behind them as a copy of itself would. A crash replays every message since the last
offset commit, over changelogs that each kept their own prefix of the writes since (the
acknowledgements of a local commit, or of a release that writes, are the exception: what came
before one was kept). So a message older than a release can be handled again after the release's
lock records were kept in part: a probe that finds a key free but waited for hands it to its
first waiter, as handling the release again would, rather than pass the queue. The release's
band entries and record were acknowledged before any of its lock records was written, so a probe
it handed a key to, handled again before it, finds the root with both. (A release applied in one
step wrote its record, band entries and lock records to three changelogs without an
acknowledgement between: such a replay could keep the lock records, lose the record, and let an
older probe handled again find the root without it. The protocol's simulation, with replays,
found that in 15 runs of 200 with releases as messages only on one partition, and 3 of 200 on
two partitions with local commits where they apply; 0 of 200 in both now.) The lock and band
indexes are functions of their tables' records, which every step writes before it returns, so a
worker that recovers the tables (after a crash or a rebalance) derives the very indexes the
previous owner of the partitions had after the last step its changelogs kept.

A lost release would leave its locks held for good, and every later article sharing one of
their keys parked behind them, never published. No step loses one, but a bug, a message deleted
by topic retention before it was handled, or a deleted topic could. So a lock held longer than
`NEWSSTREAM_DEDUP_LOCK_TIMEOUT_SECONDS` (300 s; a normal hold lasts a few broker round trips) is
expired: the processor sends an `Expire` for it to its partition, which hands it on like a
release, in the stream (counted in `newsstream_dedup_locks_expired_total`, logged). That breaks
the isolation above for that attempt, and only then: two near duplicates could both be published
as unique. An article published twice as unique is preferred to articles never published. An
attempt that was still running (only a stall that long) goes on: its own releases of the locks
it lost do nothing, and if it was parked on that partition it stays parked and resumes when the
key it waits for comes to it. (A backlog of minutes on the internal topic also makes holds that
long: the timeout must exceed it.)

What must not happen twice is a publication, and a crash replays what a worker handled since
its last offset commit. So, once an article's event is acknowledged, the worker writes a
*publication* under the article's own key (`dedup.published_key`) on the partition that
decided, which is always the partition of its root key: every route ends there. A probe
decided again finds it and publishes nothing (`Decided.published`, but its commit messages go
out again); a raw article processed twice becomes two attempts, and the second waits for the
first's locks and finds its publication where it decides. What remains is the moment between
the broker's acknowledgement of the event and of the publication's changelog record (faust
flushes changelogs before it commits offsets): for a crash there, the worker that takes the
partitions over reads the events back from the output topics (`kafka/recent.py`) and the
processor publishes none of them again.

Why not fan out one message per band in parallel and gather the replies per article: each band
then orders two articles independently, so each may see the other on one band and not on another
(or neither see the other), and breaking that tie needs a wait on the other's outcome that can
form cycles (or a retry protocol). Visiting the partitions in order removes the race itself.

The price is latency: an article crosses up to one partition per hop, so its event comes a few
broker round trips after an exact-only design would publish it, and articles sharing a band key
are processed one after another. Throughput is not serialised: articles with disjoint keys
proceed in parallel on every partition and every worker.

This module is pure (no faust, no Kafka): the processor sends what `DedupFlow` returns, and unit
tests run the protocol over simulated partitions in any interleaving.
"""

from __future__ import annotations

from collections.abc import Collection, MutableMapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, TypeAdapter

from newsstream.core import dedup
from newsstream.core.band_locks import LockTable
from newsstream.core.band_roots import BandTable
from newsstream.core.dedup import (
    ArticleSketch,
    DedupDecision,
    DedupMemory,
    DedupPolicy,
    Match,
    Memory,
)
from newsstream.core.models import CleanedArticle, DuplicateMethod
from newsstream.core.tagging import Tags


def partition_of(key: bytes, partitions: int) -> int:
    """The partition that owns a root or band key (keys are hashes: their bits are uniform)."""
    return int.from_bytes(key[:8], "big") % partitions


class Phase(StrEnum):
    """Where a probe is in the protocol."""

    LOCK = "lock"
    VERIFY = "verify"


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FoundRoot(_Message):
    """A candidate root the probe was compared with (`dedup.Match` on the wire)."""

    article_id: str
    received_at: AwareDatetime
    similarity: float
    exact: bool


class Settled(_Message):
    """A decision made by the record under the article's own root key (`dedup.check_exact`)."""

    duplicate_of: str | None
    similarity: float | None
    method: DuplicateMethod | None
    redelivery: bool


class Probe(_Message):
    """One article on its way through the partitions that own its keys."""

    kind: Literal["probe"] = "probe"
    attempt: str = Field(description="article_id plus a nonce: one processing of one article.")
    article: CleanedArticle
    tags: Tags | None = Field(
        default=None, description="The article's tags when it was tagged before deduplication."
    )
    fingerprint: str
    band_keys: list[str] = Field(description="Hex band keys.")
    sketch: str = Field(description="Hex similarity sketch.")
    phase: Phase = Phase.LOCK
    route: list[int] = Field(default_factory=list, description="Partitions still to visit.")
    waiting_at: str | None = Field(default=None, description="The band key it waits for.")
    candidates: list[str] = Field(default_factory=list, description="Hex root keys found.")
    compared: list[str] = Field(default_factory=list, description="Candidates compared with.")
    found: list[FoundRoot] = Field(default_factory=list)
    settled: Settled | None = Field(
        default=None, description="What the record under its own root key decided, if it did."
    )

    def article_sketch(self) -> ArticleSketch:
        """The article as `dedup` sees it."""
        return ArticleSketch(
            article_id=self.article.article_id,
            received_at=self.article.received_at,
            fingerprint=self.fingerprint,
            band_keys=tuple(bytes.fromhex(k) for k in self.band_keys),
            sketch=bytes.fromhex(self.sketch),
        )


class Release(_Message):
    """Give back an attempt's locks on one partition, adding it to the band entries if a root.

    The release sent to the root key's partition first writes the record under the root key.
    """

    kind: Literal["release"] = "release"
    attempt: str
    band_keys: list[str]
    root: bool
    root_key: str
    received_at: AwareDatetime
    record: str | None = Field(default=None, description="Hex of the packed `dedup.RootRecord`.")


class Expire(_Message):
    """Give back an attempt's locks on one partition that it held too long: its release was lost.

    The processor sends it (`DedupFlow.expiries`); it hands the locks on as a release does, and
    adds nothing to the band entries.
    """

    kind: Literal["expire"] = "expire"
    attempt: str
    band_keys: list[str]


FlowMessage = Annotated[Probe | Release | Expire, Field(discriminator="kind")]
_MESSAGE: TypeAdapter[Probe | Release | Expire] = TypeAdapter(FlowMessage)


def decode_message(data: bytes) -> Probe | Release | Expire:
    """A flow message from its JSON bytes (raises pydantic's ValidationError when invalid)."""
    return _MESSAGE.validate_json(data)


def encode_message(message: Probe | Release | Expire) -> bytes:
    """A flow message's JSON bytes: those of `model_dump_json()`, without the str between."""
    return type(message).__pydantic_serializer__.to_json(message)


@dataclass
class FlowTables:
    """The state the handlers read and write (over faust tables in the stream)."""

    roots: Memory
    bands: BandTable
    locks: LockTable
    published: Memory = field(default_factory=dict)

    @classmethod
    def over(
        cls,
        roots: Memory,
        bands: MutableMapping[bytes, bytes],
        locks: MutableMapping[bytes, bytes],
        published: Memory,
    ) -> FlowTables:
        """The state over four tables of records, indexed as they are."""
        tables = cls(roots, BandTable(bands), LockTable(locks), published)
        tables.rebuild()
        return tables

    def rebuild(self) -> None:
        """Derive the band and lock indexes from their tables again (after a recovery)."""
        self.bands.rebuild()
        self.locks.rebuild()


@dataclass(frozen=True)
class Decided:
    """A probe that reached its decision: the caller publishes, then sends `commit` messages."""

    probe: Probe
    decision: DedupDecision
    published: bool = field(default=False)
    """Its event was acknowledged before this handling (a crash replayed it): send no event."""


Send = tuple[int, Probe | Release | Expire]
"""A message and the partition it goes to."""

ReleaseSend = tuple[int, Release]


@dataclass
class StepResult:
    """What handling one message produced."""

    sends: list[Send] = field(default_factory=list)
    decided: list[Decided] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    """The attempt whose overdue locks an `Expire` gave back (none when they were released)."""


@dataclass(frozen=True)
class Commit:
    """What follows a decision: the release with its record (send and await first), the others."""

    first: ReleaseSend | None
    """The release to the root key's partition with the record to write, when there is one."""
    releases: list[ReleaseSend]

    def local(self, partition: int) -> Release | None:
        """Its one release when that goes to `partition`: every lock and write is there."""
        sends = [*([self.first] if self.first is not None else []), *self.releases]
        if len(sends) == 1 and sends[0][0] == partition:
            return sends[0][1]
        return None


class DedupFlow:
    """The protocol's steps for a topic of `partitions` partitions."""

    def __init__(self, policy: DedupPolicy, partitions: int) -> None:
        self.policy = policy
        self.partitions = partitions

    def start(
        self,
        attempt: str,
        article: CleanedArticle,
        sketch: ArticleSketch,
        tags: Tags | None = None,
    ) -> Send:
        """The first hop of a cleaned article: to the first partition of its band keys."""
        route = sorted({partition_of(k, self.partitions) for k in sketch.band_keys})
        probe = Probe(
            attempt=attempt,
            article=article,
            tags=tags,
            fingerprint=sketch.fingerprint,
            band_keys=[k.hex() for k in sketch.band_keys],
            sketch=sketch.sketch.hex(),
            route=route or [partition_of(sketch.root_key, self.partitions)],
        )
        return probe.route[0], probe

    def step(
        self,
        partition: int,
        message: Probe | Release | Expire,
        tables: FlowTables,
        offset: int,
    ) -> StepResult:
        """Handle one message on `partition`, whose keys are the only ones it touches.

        `offset` is the message's offset on the partition: it orders lock queues and band
        entries.
        """
        result = StepResult()
        try:
            if isinstance(message, Probe):
                self._resume_handed(partition, message, tables, result, offset)
                self._advance(partition, message, tables, result, offset)
            elif isinstance(message, Release):
                self._release(partition, message, tables, result, offset)
            else:
                self._expire(partition, message, tables, result, offset)
        finally:  # the records follow the index, even when the step failed half-way
            tables.locks.flush()
        return result

    def purge(self, partition: int, newest: datetime, tables: FlowTables) -> int:
        """Forget this partition's roots that fell out of the retention window before `newest`."""
        memory = DedupMemory(roots=tables.roots, published=tables.published)  # bands: below
        removed = dedup.purge(
            memory,
            newest,
            self.policy,
            owns=lambda key: partition_of(key, self.partitions) == partition,
        )
        return removed + tables.bands.purge(
            partition, dedup.oldest_band_minute(newest, self.policy)
        )

    def commit(self, decided: Decided) -> Commit:
        """The messages that record a published decision and hand its locks on."""
        sketch = decided.probe.article_sketch()
        record = dedup.root_record(sketch, decided.decision)
        if record is None:
            return Commit(first=None, releases=self.releases(decided.probe))
        own = partition_of(sketch.root_key, self.partitions)
        releases = self._releases(decided.probe, root=decided.decision.is_root, also=own)
        [first] = [send for send in releases if send[0] == own]
        first[1].record = record.hex()
        return Commit(first=first, releases=[send for send in releases if send is not first])

    def remember_published(self, decided: Decided, tables: FlowTables) -> None:
        """Record that the decided article's event was acknowledged (on the deciding partition)."""
        sketch = decided.probe.article_sketch()
        tables.published[dedup.published_key(sketch)] = dedup.publication(sketch)

    def expiries(
        self, tables: FlowTables, partitions: Collection[int], timeout: float
    ) -> list[tuple[int, Expire]]:
        """An `Expire` for each hold on `partitions` older than `timeout` seconds."""
        return [
            (partition, Expire(attempt=attempt, band_keys=sorted(key.hex() for key in keys)))
            for (partition, attempt), keys in tables.locks.overdue(partitions, timeout)
        ]

    def releases(self, probe: Probe) -> list[ReleaseSend]:
        """Release messages for every lock the probe may hold (also when it is abandoned)."""
        return self._releases(probe, root=False)

    def _releases(self, probe: Probe, *, root: bool, also: int | None = None) -> list[ReleaseSend]:
        """One release per partition of the probe's band keys (and `also`, maybe with none)."""
        by_partition: dict[int, list[str]] = {} if also is None else {also: []}
        for key in probe.band_keys:
            by_partition.setdefault(self._partition(key), []).append(key)
        sketch = probe.article_sketch()
        return [
            (
                partition,
                Release(
                    attempt=probe.attempt,
                    band_keys=sorted(keys),
                    root=root,
                    root_key=sketch.root_key.hex(),
                    received_at=probe.article.received_at,
                ),
            )
            for partition, keys in sorted(by_partition.items())
        ]

    def _partition(self, hex_key: str) -> int:
        return partition_of(bytes.fromhex(hex_key), self.partitions)

    def _keys_at(self, probe: Probe, partition: int) -> list[str]:
        return sorted(k for k in probe.band_keys if self._partition(k) == partition)

    def _advance(
        self, partition: int, probe: Probe, tables: FlowTables, result: StepResult, offset: int
    ) -> None:
        """Take the probe as far as this partition can, then send it on, park it or decide."""
        sketch = probe.article_sketch()
        if probe.phase is Phase.LOCK and not self._take_locks(
            partition, probe, sketch, tables, result, offset=offset
        ):
            return
        self._verify(partition, probe, sketch, tables, result)

    def _take_locks(
        self,
        partition: int,
        probe: Probe,
        sketch: ArticleSketch,
        tables: FlowTables,
        result: StepResult,
        *,
        offset: int,
    ) -> bool:
        """Lock partition by partition; True once every lock is held (the probe may go on).

        On each partition, once its locks are held, the probe also reads what it can there
        (`_read`): an exact record under its own root key decides at once.
        """
        while probe.route:
            if probe.route[0] != partition:
                result.sends.append((probe.route[0], probe))
                return False
            if not self._lock_keys(partition, probe, tables, result, offset):
                return False  # parked in a lock's queue
            self._read(partition, probe, sketch, tables)
            probe.route.pop(0)
            if probe.settled is not None:  # decided: no other record can change that
                probe.phase = Phase.VERIFY
                probe.route.clear()
                return True
        probe.phase = Phase.VERIFY
        # It decides on its own root key's partition, last: a decision is made where the record
        # it leaves is written.
        own = partition_of(sketch.root_key, self.partitions)
        unread = {self._partition(c) for c in probe.candidates if c not in probe.compared}
        probe.route = [*sorted(unread - {own}), own]
        return True

    def _read(
        self, partition: int, probe: Probe, sketch: ArticleSketch, tables: FlowTables
    ) -> None:
        """Read, on this partition, its own root key's record and the candidates not yet read.

        Only while the probe holds a lock: every writer of its root key has the same
        fingerprint, so the same band keys, and holds all of them until it wrote the record.
        """
        if partition == partition_of(sketch.root_key, self.partitions):
            settled = dedup.check_exact(sketch, tables.roots.get(sketch.root_key), self.policy)
            if settled is not None:
                probe.settled = Settled(
                    duplicate_of=settled.duplicate_of,
                    similarity=settled.similarity,
                    method=settled.method,
                    redelivery=settled.redelivery,
                )
        for candidate in probe.candidates:
            if candidate not in probe.compared and self._partition(candidate) == partition:
                probe.compared.append(candidate)
                key = bytes.fromhex(candidate)
                match = dedup.match_root(sketch, key, tables.roots.get(key), self.policy)
                if match is not None:
                    probe.found.append(_found(match))

    def _verify(
        self,
        partition: int,
        probe: Probe,
        sketch: ArticleSketch,
        tables: FlowTables,
        result: StepResult,
    ) -> None:
        """Read the partitions the lock pass left; decide after the last one."""
        while probe.route:
            if probe.route[0] != partition:
                result.sends.append((probe.route[0], probe))
                return
            self._read(partition, probe, sketch, tables)
            probe.route.pop(0)
        if probe.settled is not None:  # as batch mode, which checks that record first
            decision = DedupDecision(sketch.fingerprint, **probe.settled.model_dump())
        else:
            decision = dedup.choose(sketch, (_match(f) for f in probe.found), self.policy)
        published = dedup.published_key(sketch) in tables.published  # on its own partition
        result.decided.append(Decided(probe, decision, published=published))

    def _lock_keys(
        self, partition: int, probe: Probe, tables: FlowTables, result: StepResult, offset: int
    ) -> bool:
        """Take the probe's locks on this partition in key order; False when it had to wait.

        A free key with waiters (a crash kept a release and lost its hand-on, and this message,
        older than that release, is handled again first) goes to its first waiter, as handling
        the release again would: the probe does not pass the queue.
        """
        sketch = probe.article_sketch()
        keys = self._keys_at(probe, partition)
        if probe.waiting_at is not None:  # resumed: the lock it waited for is now its own
            granted = probe.waiting_at
            probe.waiting_at = None
            self._collect(probe, sketch, bytes.fromhex(granted), tables)
            keys = keys[keys.index(granted) + 1 :]
        for hex_key in keys:
            key = bytes.fromhex(hex_key)
            holder = tables.locks.holder(key)
            if holder is None and tables.locks.waited_for(key):
                parked = tables.locks.hand_on_free(partition, key, offset)
                holder = tables.locks.holder(key)
                if holder != probe.attempt and parked is not None:
                    self._advance(
                        partition, Probe.model_validate_json(parked), tables, result, offset
                    )
            if holder is None:
                tables.locks.take(partition, probe.attempt, key)
            elif holder != probe.attempt:
                probe.waiting_at = hex_key
                parked = encode_message(probe)
                tables.locks.park(partition, probe.attempt, key, offset, parked)
                return False
            self._collect(probe, sketch, key, tables)
        return True

    def _collect(self, probe: Probe, sketch: ArticleSketch, key: bytes, tables: FlowTables) -> None:
        for root in dedup.band_candidates(sketch, tables.bands.get(key), self.policy):
            if root.hex() not in probe.candidates:
                probe.candidates.append(root.hex())

    def writes(self, message: Probe | Release | Expire) -> Release | None:
        """The message if it is a release that writes (band entries or a record), else None.

        The processor applies such a release as a local commit, in three steps with an
        acknowledgement between (`add_bands`, `write_record`, `hand_on`), not by `step`: a crash
        then never keeps its hand-on without its record and band entries (module doc, Faults).
        """
        if isinstance(message, Release) and (message.root or message.record is not None):
            return message
        return None

    def add_bands(self, partition: int, release: Release, tables: FlowTables, offset: int) -> None:
        """A local commit's first write: a root's band entries on this partition (`Commit.local`).

        Then `write_record`, then `hand_on`, each once the writes before it are acknowledged.
        A release that writes (`writes`) is applied the same way, at its message's offset.
        """
        if release.root:
            minute = dedup.arrival_minute(release.received_at)
            keys = [bytes.fromhex(k) for k in release.band_keys]
            tables.bands.add(partition, bytes.fromhex(release.root_key), minute, keys, offset)

    def write_record(self, release: Release, tables: FlowTables) -> None:
        """A local commit's second write: the record under the root key, if it has one."""
        if release.record is not None:
            tables.roots[bytes.fromhex(release.root_key)] = bytes.fromhex(release.record)

    def hand_on(
        self, partition: int, release: Release, tables: FlowTables, offset: int
    ) -> StepResult:
        """A local commit's last step: give the locks back; the probes it resumed go on."""
        result = StepResult()
        try:
            keys = [bytes.fromhex(k) for k in release.band_keys]
            self._hand_on(partition, release.attempt, keys, tables, result, offset=offset)
        finally:
            tables.locks.flush()
        return result

    def _release(
        self, partition: int, release: Release, tables: FlowTables, result: StepResult, offset: int
    ) -> None:
        self.write_record(release, tables)  # before any band entry names it
        self.add_bands(partition, release, tables, offset)
        keys = [bytes.fromhex(k) for k in release.band_keys]
        self._hand_on(partition, release.attempt, keys, tables, result, offset=offset)

    def _resume_handed(
        self, partition: int, probe: Probe, tables: FlowTables, result: StepResult, offset: int
    ) -> None:
        """Resume again the probes this probe's local commit handed its locks to, if any.

        A local commit hands locks on at the offset of the probe's message; handled again, the
        message resumes them again, as a release handled again does (their steps may not have
        finished).
        """
        for hex_key in self._keys_at(probe, partition):
            parked = tables.locks.handed_at(partition, bytes.fromhex(hex_key), offset)
            if parked is not None and tables.locks.holder(bytes.fromhex(hex_key)) != probe.attempt:
                self._advance(partition, Probe.model_validate_json(parked), tables, result, offset)

    def _expire(
        self, partition: int, expire: Expire, tables: FlowTables, result: StepResult, offset: int
    ) -> None:
        keys = [bytes.fromhex(k) for k in expire.band_keys]
        if any(tables.locks.holder(key) == expire.attempt for key in keys):
            result.expired.append(expire.attempt)
        self._hand_on(partition, expire.attempt, keys, tables, result, offset=offset)

    def _hand_on(
        self,
        partition: int,
        attempt: str,
        keys: list[bytes],
        tables: FlowTables,
        result: StepResult,
        *,
        offset: int,
    ) -> None:
        for key in keys:
            parked = tables.locks.release(partition, attempt, key, offset)
            if parked is not None:  # handed on: the waiter resumes
                self._advance(partition, Probe.model_validate_json(parked), tables, result, offset)


def _found(match: Match) -> FoundRoot:
    return FoundRoot(
        article_id=match.article_id,
        received_at=match.received_at,
        similarity=match.similarity,
        exact=match.exact,
    )


def _match(found: FoundRoot) -> Match:
    return Match(found.article_id, found.received_at, found.similarity, found.exact)


def received(message: Probe | Release | Expire) -> datetime | None:
    """The event time a message carries (for the retention watermark), if any."""
    if isinstance(message, Probe):
        return message.article.received_at
    if isinstance(message, Release):
        return message.received_at
    return None
