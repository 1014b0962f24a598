"""Cyclic garbage collection paused while start-up builds tables that live as long as the process.

The collector runs after every 700 new container objects, and a full collection walks every
object alive: building the gazetteer's 300,000 objects, none of them garbage, triggers walks of
all built so far again and again, a third of the build's time.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection inside the block (or the decorated function); as before after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
