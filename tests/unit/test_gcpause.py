"""gc_paused (services/newsstream/core/gcpause.py): no collection inside, as before after."""

from __future__ import annotations

import gc

import pytest

from newsstream.core.gcpause import freeze_survivors, gc_paused


def test_collection_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_error_and_left_off_when_it_was_off() -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_as_a_decorator() -> None:
    @gc_paused()
    def build() -> bool:
        return gc.isenabled()

    assert build() is False
    assert gc.isenabled()


class _Node:
    """A container the collector tracks, able to sit in a cycle."""

    def __init__(self) -> None:
        self.other: _Node | None = None


def test_freeze_survivors_collects_garbage_then_hides_the_living() -> None:
    alive = _Node()
    garbage = _Node()
    garbage.other = _Node()
    garbage.other.other = garbage  # a cycle only the collector frees
    del garbage
    try:
        freeze_survivors()
        assert gc.get_freeze_count() > 0
        assert not any(isinstance(o, _Node) and o is not alive for o in gc.get_objects())
        assert not any(o is alive for o in gc.get_objects())  # frozen: no collection walks it
    finally:
        gc.unfreeze()
    assert any(o is alive for o in gc.get_objects())
