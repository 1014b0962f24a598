"""The band key locks of the dedup flow: one record per attempt and partition, indexed in memory.

An attempt (one processing of one article, `dedup_flow`) takes locks on its band keys partition
by partition. On each partition it visits, one record under (partition, attempt) says what it
holds there: the keys it holds and, while it is parked, the key it waits for, since when (the
offset of the message being handled, monotonic on a partition) and the parked probe. So taking a
partition's locks writes one record and giving them back deletes it, however many keys; parking
rewrites the parked attempt's record only, not those of the others waiting for the same key.

Who holds a key and who waits for it is an index derived from the records (`lock_index`): kept in
memory and updated with them, derived again from the table after a recovery or a rebalance. The
waiters of a key are in the order (since, attempt), a function of the records alone, so the index
derived again is the one that was kept.

A waiter handed a lock keeps its parked probe (and the key, and the offset of the message that
handed it on) until it gives that key back: if a crash comes after the step's records were
written and before the resumed probe's own sends, handling that message again resumes it again.
A step's records are written in the order they changed, releases before the hand-ons they make,
so a crash that keeps only some of them leaves at worst a free key with waiters, which handling
the release again hands on, or the first probe to find it, if an older message is handled again
first (`hand_on_free`).

The table also knows, in memory only, since when each record holds keys (monotonic clock; after
a rebuild, the rebuild's time, which only lengthens a hold's life): `overdue` names the holds
older than a timeout, whose release was lost, for the processor to expire (`dedup_flow.Expire`).
"""

from __future__ import annotations

import bisect
import struct
import time
from collections.abc import Callable, Collection, Iterable, MutableMapping
from dataclasses import dataclass, field
from typing import Final

_PARTITION: Final = struct.Struct(">Q")
_HEAD: Final = struct.Struct(">QB")  # since, number of keys held
_LENGTH: Final = struct.Struct(">B")


def record_key(partition: int, name: str) -> bytes:
    """A record's table key: its partition first, so `partition_of` maps the key back to it."""
    return _PARTITION.pack(partition) + name.encode("utf-8")


def record_partition(key: bytes) -> int:
    """The partition of a record's table key."""
    (partition,) = _PARTITION.unpack_from(key)
    return int(partition)


@dataclass
class Hold:
    """What one attempt holds on one partition, and what it waits for there."""

    held: list[bytes] = field(default_factory=list)
    """Band keys, in the order they were taken."""
    waiting: bytes | None = None
    """The key it waits for; once that key is in `held`, the key it was handed."""
    since: int = 0
    """The offset at which it started to wait, or of the message that handed the key on."""
    probe: bytes = b""
    """The parked probe's JSON, resumed when the lock it waits for is handed on to it, and kept
    after that: a step handled again (a crash before its batch was done) resumes it again."""

    @property
    def parked(self) -> bool:
        """Whether it waits for a key (rather than was handed the one it waited for)."""
        return self.waiting is not None and self.waiting not in self.held

    def pack(self) -> bytes:
        """The record's value."""
        parts = [_HEAD.pack(self.since, len(self.held))]
        for key in [*self.held, self.waiting or b""]:
            parts += [_LENGTH.pack(len(key)), key]
        return b"".join([*parts, self.probe])

    @classmethod
    def unpack(cls, data: bytes) -> Hold:
        """Read a value written by `pack`."""
        since, count = _HEAD.unpack_from(data)
        at = _HEAD.size
        keys = []
        for _ in range(count + 1):
            (length,) = _LENGTH.unpack_from(data, at)
            keys.append(data[at + 1 : at + 1 + length])
            at += 1 + length
        return cls(held=keys[:-1], waiting=keys[-1] or None, since=since, probe=data[at:])


Owner = tuple[int, str]
"""(partition, attempt): whose record."""


@dataclass
class LockIndex:
    """Who holds and who waits for each band key, derived from the lock records."""

    holds: dict[Owner, Hold] = field(default_factory=dict)
    holders: dict[bytes, str] = field(default_factory=dict)
    """Band key → the attempt holding it (a key belongs to one partition)."""
    queues: dict[bytes, list[tuple[int, str]]] = field(default_factory=dict)
    """Band key → (since, attempt) of the attempts waiting for it, first to be served first."""

    def add(self, owner: Owner, hold: Hold) -> None:
        """Index one record."""
        self.holds[owner] = hold
        for key in hold.held:
            self.holders[key] = owner[1]
        waiting = hold.waiting
        if waiting is not None and waiting not in hold.held:  # parked
            bisect.insort(self.queues.setdefault(waiting, []), (hold.since, owner[1]))


def lock_index(records: Iterable[tuple[bytes, bytes]]) -> LockIndex:
    """The index of a lock table's records (table key, value)."""
    index = LockIndex()
    for key, value in records:
        attempt = key[_PARTITION.size :].decode("utf-8")
        index.add((record_partition(key), attempt), Hold.unpack(value))
    return index


class LockTable:
    """Lock records in a table (a faust table in the stream) and their index.

    Changes go to the index at once and to the table at `flush`, once per record changed, which
    the flow calls at the end of each message it handles. The index starts empty: call
    `rebuild` once the table holds its records (after faust recovered it).
    """

    def __init__(
        self,
        records: MutableMapping[bytes, bytes],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.records = records
        self.index = LockIndex()
        self.clock = clock
        # Insertion-ordered: records are written in the order they changed, so that a crash that
        # keeps only some of a step's writes keeps a release without the hand-on it made, never
        # the reverse (`release` repairs the first when the step is handled again).
        self._changed: dict[Owner, None] = {}
        self._holding_since: dict[Owner, float] = {}

    def rebuild(self) -> None:
        """Derive the index from the table again (after a recovery or a rebalance)."""
        self.index = lock_index(self.records.items())
        self._changed.clear()
        now = self.clock()
        self._holding_since = {owner: now for owner, hold in self.index.holds.items() if hold.held}

    def overdue(
        self, partitions: Collection[int], timeout: float
    ) -> list[tuple[Owner, list[bytes]]]:
        """The holds on `partitions` that have held keys for over `timeout` seconds, and the keys.

        Their clocks start again: a hold whose expiry goes astray is named again one timeout
        later, and one expired already is not named twice meanwhile.
        """
        now = self.clock()
        found = []
        for owner, since in sorted(self._holding_since.items()):
            if owner[0] in partitions and now - since > timeout:
                self._holding_since[owner] = now
                found.append((owner, list(self.index.holds[owner].held)))
        return found

    def _holds_key(self, owner: Owner, hold: Hold, key: bytes) -> None:
        if not hold.held:
            self._holding_since[owner] = self.clock()
        hold.held.append(key)
        self.index.holders[key] = owner[1]
        self._changed[owner] = None

    def holder(self, key: bytes) -> str | None:
        """The attempt holding the lock on `key`, if any."""
        return self.index.holders.get(key)

    def take(self, partition: int, attempt: str, key: bytes) -> None:
        """Give a free lock to `attempt`."""
        owner = (partition, attempt)
        self._holds_key(owner, self.index.holds.setdefault(owner, Hold()), key)

    def park(self, partition: int, attempt: str, key: bytes, since: int, probe: bytes) -> None:
        """Queue `attempt` for a held lock, with the probe to resume once it gets it.

        An attempt parked on this partition already is left as it is: this is a copy of its
        probe handled again, and the parked one resumes.
        """
        hold = self.index.holds.setdefault((partition, attempt), Hold())
        if hold.parked:
            return
        hold.waiting, hold.since, hold.probe = key, since, probe
        bisect.insort(self.index.queues.setdefault(key, []), (since, attempt))
        self._changed[(partition, attempt)] = None

    def release(self, partition: int, attempt: str, key: bytes, offset: int) -> bytes | None:
        """Give back `attempt`'s lock on `key`; the probe of the waiter it goes to, if any.

        `offset` is the handled message's. A lock `attempt` no longer holds means the message
        is handled again: the probe it handed the lock to resumes again if this very message
        handed it (the crash may have come before that probe's step was done), and a free lock
        with waiters (the crash kept the release and lost the hand-on) goes to the first.
        """
        holder = self.index.holders.get(key)
        if holder is None:
            return self._hand_on(partition, key, offset)
        if holder != attempt:
            return self.handed_at(partition, key, offset)
        hold = self.index.holds[(partition, attempt)]
        hold.held.remove(key)
        if hold.waiting == key:  # the key it was handed: nothing to resume again now
            hold.waiting, hold.since, hold.probe = None, 0, b""
        if not hold.held:
            del self._holding_since[(partition, attempt)]
        del self.index.holders[key]
        self._changed[(partition, attempt)] = None
        return self._hand_on(partition, key, offset)

    def waited_for(self, key: bytes) -> bool:
        """Whether some attempt waits for `key`."""
        return bool(self.index.queues.get(key))

    def hand_on_free(self, partition: int, key: bytes, offset: int) -> bytes | None:
        """Give a free lock with waiters to the first; its parked probe (`release`'s repair)."""
        return self._hand_on(partition, key, offset)

    def handed_at(self, partition: int, key: bytes, offset: int) -> bytes | None:
        """The probe of the holder of `key` if the message at `offset` handed the key to it."""
        holder = self.index.holders.get(key)
        if holder is None:
            return None
        given = self.index.holds[(partition, holder)]
        handed_here = given.waiting == key and given.since == offset and given.probe
        return given.probe if handed_here else None

    def _hand_on(self, partition: int, key: bytes, offset: int) -> bytes | None:
        """Give a free lock to its first waiter, if any; the waiter's parked probe."""
        queue = self.index.queues.get(key)
        if not queue:
            return None
        _, waiter = queue.pop(0)
        if not queue:
            del self.index.queues[key]
        hold = self.index.holds[(partition, waiter)]
        hold.since = offset
        self._holds_key((partition, waiter), hold, key)
        return hold.probe

    def flush(self) -> None:
        """Write the records changed since the last flush (delete those left empty)."""
        for owner in self._changed:
            key = record_key(*owner)
            hold = self.index.holds.get(owner)
            if hold is not None and (hold.held or hold.parked):
                self.records[key] = hold.pack()
                continue
            self.index.holds.pop(owner, None)
            if key in self.records:
                del self.records[key]
        self._changed.clear()
