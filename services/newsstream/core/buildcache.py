"""A content-keyed cache on disk of plain data that start-up derives from data files.

Some tables take seconds of Python to derive (the gazetteer's 130,000 place names, folded) and
come out the same from the same inputs: a process start reads them back instead. An entry's key
hashes every input (data files, package versions, the code that derives) and Python's version;
a missing, stale or unreadable entry is derived again and written back, and a cache that cannot
be written is only not written. Values are plain data in `marshal`'s format (tuples, lists,
dicts, str, int, float, bool, None), read back as they were: never pickle, which runs code.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import tomllib
from collections.abc import Callable, Iterable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from typing import Any, Final, TypeVar

from newsstream import __version__

T = TypeVar("T")

# Where entries are kept; an empty value turns the cache off (every start derives anew).
CACHE_DIR_ENV: Final = "NEWSSTREAM_BUILD_CACHE"
_KEPT: Final = 4  # entries kept per name


def cache_dir() -> Path | None:
    """`$NEWSSTREAM_BUILD_CACHE`, else `$XDG_CACHE_HOME/newsstream`, else `~/.cache/newsstream`."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home directory known: no cache
            return None
    return Path(base) / "newsstream"


def code_of(*functions: Callable[..., Any]) -> list[bytes]:
    """The source files of the modules defining `functions`, as inputs of a key.

    A module without a file (frozen, zipped) gives its name and newsstream's version instead. A
    compiled module's file only loads the compiled code: its source, beside its package's
    `__init__.py`, is read instead (native.py).
    """
    found = []
    for function in functions:
        module = sys.modules[function.__module__]
        file = Path(getattr(module, "__file__", None) or "")
        if file.name.endswith(tuple(EXTENSION_SUFFIXES)):
            package, _, name = module.__name__.rpartition(".")
            file = Path(sys.modules[package].__file__ or "").with_name(f"{name}.py")
        try:
            found.append(file.read_bytes())
        except OSError:  # no file ("" is the working directory)
            found.append(f"{module.__name__} {__version__}".encode())
    return found


def input_key(inputs: Iterable[bytes]) -> str:
    """A hash of the inputs, each length-prefixed (no two lists of inputs share a key)."""
    digest = hashlib.sha256(sys.version.encode())
    for data in inputs:
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def cached(name: str, inputs: Iterable[bytes], build: Callable[[], T]) -> T:
    """What `build` returns, read from the entry of `name` when its `inputs` are unchanged.

    `build` must return plain data (see the module's docstring) and depend on `inputs` alone.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{input_key(inputs)}.marshal"
    try:
        # Our own file in the user's cache, unpacked as data: marshal runs no code it reads.
        value: T = marshal.loads(path.read_bytes())  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not there yet, or cut short: derive it again
    else:
        return value
    value = build()
    plain: Any = value  # marshal's own check: ValueError for anything but plain data
    _write(path, marshal.dumps(plain))
    return value


def parsed_toml(name: str, text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`, cached under `name`: parsing is pure Python, 90 ms for a large file.

    A document with dates (which marshal cannot write) is parsed at every call.
    """
    try:
        return cached(f"toml-{name}", [text.encode()], lambda: tomllib.loads(text))
    except ValueError:  # unmarshallable: a date or time
        return tomllib.loads(text)


def _write(path: Path, data: bytes) -> None:
    """Write whole or not at all (a reader never sees half); keep the name's newest entries.

    A few, not one: checkouts of other versions on one machine would evict each other's.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as file:
            file.write(data)
        os.replace(file.name, path)
        stem = path.name.rsplit("-", 1)[0]
        entries = sorted(path.parent.glob(f"{stem}-*.marshal"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-_KEPT]:
            old.unlink(missing_ok=True)
    except OSError:
        return  # a read-only or full disk: the next start derives again
