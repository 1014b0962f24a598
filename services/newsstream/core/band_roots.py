"""The band entries of the stream: one record per root and partition, indexed in memory.

Batch mode keeps, under each band key, the packed entries of its roots (`dedup.add_to_band`). The
stream keeps the same entries, but writes one record per root on each partition that owns some of
its band keys: the keys it has there, its arrival minute and when it was added (the offset of the
message that added it, monotonic on a partition). So remembering a root writes one record per
partition instead of one per band key. The entries of each band key, packed as batch mode's, are
an index derived from the records (`band_index`), kept in memory and updated with them, derived
again from the table after a recovery or a rebalance.

The entries are the same as batch mode's: a band key's roots in the order they were added (two
roots sharing a key are added in the order they were decided: the second waits for the first's
lock on it), the newest `dedup.MAX_ROOTS_PER_BAND` kept (a root pushed out of a key loses it in
its record too), a root added again left as it is, and purged by arrival minute. A worker adds
roots to a partition in offset order (a message handled again finds its root there already),
which is the order `band_index` adds the records in: so the index derived again is the one kept.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, MutableMapping
from dataclasses import dataclass, field
from typing import Final

from newsstream.core import dedup

_PARTITION: Final = struct.Struct(">Q")
_HEAD: Final = struct.Struct(">QIB")  # added at, arrival minute, length of a band key
_ENTRY: Final = dedup.ROOT_KEY_BYTES + 4  # `dedup.band_entry`: root key, arrival minute


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
    """The entries under each band key (as batch mode packs them), derived from the records."""

    entries: dict[bytes, bytes] = field(default_factory=dict)

    def add(self, root_key: bytes, root: BandRoot) -> list[tuple[bytes, bytes]]:
        """Add a root's entries; the (band key, root key) entries pushed out by it."""
        evicted = []
        entry = dedup.band_entry(root_key, root.minute)
        for key in root.keys:
            entries = self.entries.get(key, b"")
            if len(entries) == dedup.MAX_ROOTS_PER_BAND * _ENTRY:
                evicted.append((key, entries[: dedup.ROOT_KEY_BYTES]))
                entries = entries[_ENTRY:]
            self.entries[key] = entries + entry
        return evicted

    def remove(self, root_key: bytes, keys: Iterable[bytes]) -> None:
        """Take a root out of the entries of `keys`."""
        for key in keys:
            entries = self.entries.pop(key, b"")
            kept = b"".join(
                entries[i : i + _ENTRY]
                for i in range(0, len(entries), _ENTRY)
                if entries[i : i + dedup.ROOT_KEY_BYTES] != root_key
            )
            if kept:
                self.entries[key] = kept


def band_index(records: Iterable[tuple[bytes, bytes]]) -> BandIndex:
    """The index of a band table's records (table key, value), added in their order of adding."""
    roots = sorted(
        ((BandRoot.unpack(value), key) for key, value in records),
        key=lambda item: (item[0].added, item[1]),
    )
    index = BandIndex()
    for root, key in roots:
        # A root pushed out of a key by a later one is still named there by its record if a
        # crash came between the two writes: adding them in order pushes it out again.
        index.add(key[_PARTITION.size :], root)
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
        return self.index.entries.get(key)

    def add(
        self, partition: int, root_key: bytes, minute: int, keys: list[bytes], added: int
    ) -> None:
        """Add a root under its band keys on this partition (once, however often called)."""
        if record_key(partition, root_key) in self.records:
            return
        root = BandRoot(added, minute, sorted(keys))
        self.records[record_key(partition, root_key)] = root.pack()
        for band_key, old in self.index.add(root_key, root):
            pushed_out = BandRoot.unpack(self.records[record_key(partition, old)])
            pushed_out.keys.remove(band_key)
            if pushed_out.keys:
                self.records[record_key(partition, old)] = pushed_out.pack()
            else:
                del self.records[record_key(partition, old)]

    def purge(self, partition: int, oldest_minute: int) -> int:
        """Forget this partition's roots that arrived before `oldest_minute`; how many."""
        prefix = _PARTITION.pack(partition)
        mine = [
            (key, BandRoot.unpack(value))
            for key, value in self.records.items()
            if key.startswith(prefix)
        ]
        expired = [(key, root) for key, root in mine if root.minute < oldest_minute]
        for key, root in expired:
            self.index.remove(key[_PARTITION.size :], root.keys)
            del self.records[key]
        return len(expired)
