"""Band records per root and partition give batch mode's band entries, derived again alike."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from newsstream.core import dedup
from newsstream.core.band_roots import BandRoot, BandTable, band_index

POLICY = dedup.DedupPolicy()
START = datetime(2026, 3, 1, tzinfo=UTC)


def random_roots(count: int, seed: int) -> list[tuple[bytes, datetime, list[bytes]]]:
    """Roots with band keys drawn from a few, so many share keys past the cap of a band."""
    rng = random.Random(seed)
    keys = [rng.randbytes(6) for _ in range(8)]
    return [
        (
            rng.randbytes(8),
            START + timedelta(minutes=rng.randrange(0, 20_000)),  # out of arrival order
            rng.sample(keys, 3),
        )
        for _ in range(count)
    ]


def test_entries_are_batch_modes_with_the_cap_and_stay_so_when_derived_again() -> None:
    roots = random_roots(300, seed=1)
    batch: dict[bytes, bytes] = {}
    table = BandTable({})
    for offset, (root, received, keys) in enumerate(roots):
        for key in keys:
            batch[key] = dedup.add_to_band(root, received, batch.get(key))
        table.add(0, root, dedup.arrival_minute(received), keys, offset)
        table.add(0, root, dedup.arrival_minute(received), keys, offset)  # handled again
    assert max(len(v) for v in batch.values()) == 12 * dedup.MAX_ROOTS_PER_BAND  # capped
    assert {k: table.get(k) for k in batch} == batch
    assert band_index(table.records.items()) == table.index
    assert len(table.records) < len(roots), "roots pushed out of every key are forgotten"


def test_purge_forgets_what_batch_mode_forgets() -> None:
    roots = random_roots(200, seed=2)
    batch = dedup.DedupMemory()
    table = BandTable({})
    for offset, (root, received, keys) in enumerate(roots):
        for key in keys:
            batch.bands[key] = dedup.add_to_band(root, received, batch.bands.get(key))
        table.add(0, root, dedup.arrival_minute(received), keys, offset)
    newest = START + timedelta(days=12)
    dedup.purge(batch, newest, POLICY)
    assert table.purge(0, dedup.oldest_band_minute(newest, POLICY)) > 0
    assert {k: table.get(k) for k in batch.bands} == dict(batch.bands)
    assert all(
        table.get(k) is None for k in {k for _, _, keys in roots for k in keys} - set(batch.bands)
    )
    assert band_index(table.records.items()) == table.index


def test_a_purge_touches_only_its_own_partition() -> None:
    table = BandTable({})
    table.add(0, b"r" * 8, 5, [b"a" * 6], 0)
    table.add(1, b"s" * 8, 5, [b"b" * 6], 0)
    assert table.purge(1, 10) == 1
    assert table.get(b"a" * 6) is not None
    assert table.get(b"b" * 6) is None


def test_record_round_trips() -> None:
    root = BandRoot(added=2**40, minute=123_456, keys=[b"abcdef", b"ghijkl"])
    assert BandRoot.unpack(root.pack()) == root


def test_a_roots_band_records_take_fewer_bytes_than_batch_modes_entries() -> None:
    partitions = 4
    batch: dict[bytes, bytes] = {}
    table = BandTable({})
    rng = random.Random(3)
    for offset in range(50):  # as minhash gives them: 12 keys of 6 bytes, 1 to 4 partitions
        root, received, keys = rng.randbytes(8), START, [rng.randbytes(6) for _ in range(12)]
        for key in keys:
            batch[key] = dedup.add_to_band(root, received, batch.get(key))
        by_partition: dict[int, list[bytes]] = {}
        for key in keys:
            by_partition.setdefault(key[0] % partitions, []).append(key)
        for partition, mine in by_partition.items():
            table.add(partition, root, dedup.arrival_minute(received), mine, offset)
    stored = sum(len(k) + len(v) for k, v in table.records.items())
    assert stored < sum(len(k) + len(v) for k, v in batch.items())
