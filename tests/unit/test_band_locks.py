"""Lock records per attempt and partition: one write to take a partition's locks, one to give
them back, and an index that is derived again as it was kept."""

from __future__ import annotations

from newsstream.core.band_locks import Hold, LockTable, lock_index, record_key


class CountingTable(dict[bytes, bytes]):
    """A table that counts its writes (each is a changelog message in the stream)."""

    writes = 0

    def __setitem__(self, key: bytes, value: bytes) -> None:
        self.writes += 1
        super().__setitem__(key, value)

    def __delitem__(self, key: bytes) -> None:
        self.writes += 1
        super().__delitem__(key)


class RecordingTable(dict[bytes, bytes]):
    """A table that lists the keys it wrote, in order (a changelog partition keeps that order)."""

    def __init__(self) -> None:
        super().__init__()
        self.written: list[bytes] = []

    def __setitem__(self, key: bytes, value: bytes) -> None:
        self.written.append(key)
        super().__setitem__(key, value)

    def __delitem__(self, key: bytes) -> None:
        self.written.append(key)
        super().__delitem__(key)


KEYS = [bytes([i]) * 6 for i in range(5)]


def test_taking_and_releasing_a_partitions_locks_writes_one_record_each() -> None:
    records = CountingTable()
    locks = LockTable(records)
    for key in KEYS:
        locks.take(2, "a/1", key)
    locks.flush()
    assert records.writes == 1
    assert list(records) == [record_key(2, "a/1")]
    for offset, key in enumerate(KEYS):
        assert locks.release(2, "a/1", key, offset) is None
    locks.flush()
    assert records.writes == 2
    assert not records
    assert locks.index == lock_index([])


def test_waiters_are_served_in_order_and_the_index_derives_again_alike() -> None:
    locks = LockTable(CountingTable())
    locks.take(0, "holder", KEYS[0])
    locks.park(0, "late", KEYS[0], 9, b"late probe")
    locks.park(0, "early", KEYS[0], 3, b"early probe")
    locks.park(0, "early", KEYS[0], 11, b"a copy handled again")  # stays where it was
    locks.flush()
    assert lock_index(locks.records.items()) == locks.index
    assert locks.release(0, "holder", KEYS[0], 20) == b"early probe"
    assert locks.holder(KEYS[0]) == "early"
    locks.flush()
    assert lock_index(locks.records.items()) == locks.index
    assert locks.release(0, "holder", KEYS[0], 21) is None  # another message: not its lock
    assert locks.release(0, "early", KEYS[0], 22) == b"late probe"
    locks.flush()
    assert lock_index(locks.records.items()) == locks.index


def test_a_release_handled_again_resumes_the_probe_it_handed_the_lock_to() -> None:
    # The crash came after the step's records were written, before the resumed probe's own
    # sends: handling the release again must resume it again, or the article is lost.
    locks = LockTable(CountingTable())
    locks.take(0, "holder", KEYS[0])
    locks.park(0, "waiter", KEYS[0], 3, b"probe")
    locks.flush()
    assert locks.release(0, "holder", KEYS[0], 7) == b"probe"
    locks.flush()
    locks.rebuild()
    assert locks.release(0, "holder", KEYS[0], 7) == b"probe"
    assert locks.holder(KEYS[0]) == "waiter"
    locks.take(0, "waiter", KEYS[1])  # the resumed probe goes on
    locks.flush()
    assert lock_index(locks.records.items()) == locks.index
    assert locks.release(0, "waiter", KEYS[0], 9) is None
    assert locks.release(0, "holder", KEYS[0], 7) is None  # nobody to resume: nothing
    assert locks.release(0, "waiter", KEYS[1], 10) is None
    locks.flush()
    assert not locks.records


def test_a_crash_that_kept_a_release_but_not_its_hand_on_is_repaired_by_handling_it_again() -> None:
    records = RecordingTable()
    locks = LockTable(records)
    locks.take(0, "b-holder", KEYS[0])
    locks.park(0, "a-waiter", KEYS[0], 3, b"probe")
    locks.flush()
    before = dict(records)
    records.written.clear()
    assert locks.release(0, "b-holder", KEYS[0], 7) == b"probe"
    locks.flush()
    # The releaser's record goes first, whatever the names' order: a crash keeps a prefix.
    assert records.written == [record_key(0, "b-holder"), record_key(0, "a-waiter")]
    kept = CountingTable(before)
    del kept[record_key(0, "b-holder")]
    recovered = LockTable(kept)
    recovered.rebuild()
    assert recovered.holder(KEYS[0]) is None
    assert recovered.release(0, "b-holder", KEYS[0], 7) == b"probe"
    assert recovered.holder(KEYS[0]) == "a-waiter"


def test_record_round_trips() -> None:
    hold = Hold(held=[b"abcdef", b"ghijkl"], waiting=b"mnopqr", since=2**40, probe=b'{"a": 1}')
    assert Hold.unpack(hold.pack()) == hold
    assert Hold.unpack(Hold(held=[b"abcdef"]).pack()) == Hold(held=[b"abcdef"])


class Clock:
    """A monotonic clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_holds_older_than_the_timeout_are_overdue_once_per_timeout() -> None:
    clock = Clock()
    locks = LockTable(CountingTable(), clock)
    locks.take(0, "lost/1", KEYS[0])
    locks.take(0, "lost/1", KEYS[1])
    clock.now = 100.0
    locks.take(1, "young/1", KEYS[2])
    locks.park(1, "parked/1", KEYS[2], 7, b"probe")  # waiting holds nothing: never overdue
    locks.flush()
    clock.now = 250.0
    assert locks.overdue({0, 1}, 300.0) == []
    clock.now = 350.0
    assert locks.overdue({1}, 300.0) == []  # partition 0 is another worker's
    assert locks.overdue({0, 1}, 300.0) == [((0, "lost/1"), KEYS[:2])]
    assert locks.overdue({0, 1}, 300.0) == []  # its expiry is on its way
    clock.now = 401.0
    assert locks.overdue({0, 1}, 300.0) == [((1, "young/1"), [KEYS[2]])]
    clock.now = 651.0  # the expiry of lost/1 went astray: named again
    assert locks.overdue({0, 1}, 300.0) == [((0, "lost/1"), KEYS[:2])]


def test_a_hold_ages_from_when_it_holds_a_key_and_from_a_rebuild() -> None:
    clock = Clock()
    locks = LockTable(CountingTable(), clock)
    locks.take(0, "holder", KEYS[0])
    locks.park(0, "waiter", KEYS[0], 3, b"probe")
    locks.flush()
    clock.now = 200.0
    assert locks.release(0, "holder", KEYS[0], 5) == b"probe"  # waited 200 s, holds from now
    locks.flush()
    clock.now = 450.0
    assert locks.overdue({0}, 300.0) == []
    locks.rebuild()  # a recovery: the records say nothing of time, so it starts again
    clock.now = 700.0
    assert locks.overdue({0}, 300.0) == []
    clock.now = 751.0
    assert locks.overdue({0}, 300.0) == [((0, "waiter"), [KEYS[0]])]
    assert locks.release(0, "waiter", KEYS[0], 6) is None
    clock.now = 2000.0
    assert locks.overdue({0}, 300.0) == []
