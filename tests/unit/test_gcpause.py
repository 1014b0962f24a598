"""gc_paused (services/newsstream/core/gcpause.py): no collection inside, as before after."""

from __future__ import annotations

import gc

import pytest

from newsstream.core.gcpause import gc_paused


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
