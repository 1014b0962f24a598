"""The band entries of the stream: one record per root and partition, indexed in memory.

Batch mode keeps, under each band key, the packed entries of its roots (`dedup.add_to_band`). The
stream keeps the same entries, but writes one record per root on each partition that owns some of
its band keys: the keys it has there, its arrival minute and when it was added (the offset of the
message that added it, monotonic on a partition). So remembering a root writes one record per
partition instead of one per band key. The entries of a band key are an index derived from the
records (`band_index`), kept in memory and updated with them, derived again from the table after
a recovery or a rebalance.

The entries are the same as batch mode's: a band key's roots in the order they were added (two
roots sharing a key are added in the order they were decided: the second waits for the first's
lock on it), the newest `dedup.MAX_ROOTS_PER_BAND` kept (a root pushed out of a key loses it in
its record too), a root added again left as it is, and purged by arrival minute.
"""

from __future__ import annotations

import bisect
import struct
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field
from typing import Final

from newsstream.core import dedup
from newsstream.core.band_locks import record_partition

_PARTITION: Final = struct.Struct(">Q")
_HEAD: Final = struct.Struct(">QIB")  # added at, arrival minute, length of a band key


@dataclass
class BandRoot:
    """One root's band keys on one partition."""

    added: int
    minute: int
    keys: list[bytes]

    def pack(self) -> bytes:
        """The record's value (the keys of one root all have one length)."""
        length = len(self.keys[0]) if self.keys else 0
        return _HEAD.pack(self.added, self.minute, length) + b"".join(self.keys)

    @classmethod
    def unpack(cls, data: bytes) -> BandRoot:
        """Read a value written by `pack`."""
        added, minute, length = _HEAD.unpack_from(data)
        tail = data[_HEAD.size :]
        keys = [tail[i : i + length] for i in range(0, len(tail), length)] if length else []
        return cls(added, minute, keys)


def record_key(partition: int, root_key: bytes) -> bytes:
    """A record's table key: its partition first, so `partition_of` maps the key back to it."""
    return _PARTITION.pack(partition) + root_key


@dataclass
class BandIndex:
    """The entries under each band key, derived from the band records."""

    roots: dict[tuple[int, bytes], BandRoot] = field(default_factory=dict)
    entries: dict[bytes, list[tuple[int, bytes, int]]] = field(default_factory=dict)
    """Band key → (added, root key, minute) of its roots, oldest first."""

    def add(self, partition: int, root_key: bytes, root: BandRoot) -> list[tuple[bytes, bytes]]:
        """Index one record; the (band key, root key) entries pushed out by it."""
        self.roots[(partition, root_key)] = root
        evicted = []
        for key in root.keys:
            entries = self.entries.setdefault(key, [])
            bisect.insort(entries, (root.added, root_key, root.minute))
            if len(entries) > dedup.MAX_ROOTS_PER_BAND:
                _, old, _ = entries.pop(0)
                evicted.append((key, old))
        return evicted


def band_index(records: Iterable[tuple[bytes, bytes]]) -> BandIndex:
    """The index of a band table's records (table key, value)."""
    index = BandIndex()
    for key, value in records:
        partition = record_partition(key)
        root_key = key[_PARTITION.size :]
        for band_key, old in index.add(partition, root_key, BandRoot.unpack(value)):
            index.roots[(partition, old)].keys.remove(band_key)  # left in a record by a crash
    return index


class BandTable:
    """Band records in a table (a faust table in the stream) and their index.

    The index starts empty: call `rebuild` once the table holds its records.
    """

    def __init__(self, records: MutableMapping[bytes, bytes]) -> None:
        self.records = records
        self.index = BandIndex()

    def rebuild(self) -> None:
        """Derive the index from the table again (after a recovery or a rebalance)."""
        self.index = band_index(self.records.items())

    def get(self, key: bytes) -> bytes | None:
        """A band key's entries, packed as batch mode's (`dedup.band_candidates` reads them)."""
        entries = self.index.entries.get(key)
        if not entries:
            return None
        return b"".join(dedup.band_entry(root, minute) for _, root, minute in entries)

    def add(
        self, partition: int, root_key: bytes, minute: int, keys: list[bytes], added: int
    ) -> None:
        """Add a root under its band keys on this partition (once, however often called)."""
        if (partition, root_key) in self.index.roots:
            return
        root = BandRoot(added, minute, sorted(keys))
        self.records[record_key(partition, root_key)] = root.pack()
        for band_key, old in self.index.add(partition, root_key, root):
            pushed_out = self.index.roots[(partition, old)]
            pushed_out.keys.remove(band_key)
            if pushed_out.keys:
                self.records[record_key(partition, old)] = pushed_out.pack()
            else:
                self._forget(partition, old)

    def purge(self, partition: int, oldest_minute: int) -> int:
        """Forget this partition's roots that arrived before `oldest_minute`; how many."""
        expired = [
            root_key
            for (owner, root_key), root in self.index.roots.items()
            if owner == partition and root.minute < oldest_minute
        ]
        for root_key in expired:
            for key in self.index.roots[(partition, root_key)].keys:
                entries = self.index.entries[key]
                entries[:] = [e for e in entries if e[1] != root_key]
                if not entries:
                    del self.index.entries[key]
            self._forget(partition, root_key)
        return len(expired)

    def _forget(self, partition: int, root_key: bytes) -> None:
        del self.index.roots[(partition, root_key)]
        del self.records[record_key(partition, root_key)]
