"""The core's pure modules compiled to C by mypyc, used when built from these very sources.

`scripts/compile_core.py` compiles the modules of `COMPILED` into the build cache, in a folder
keyed by the sources (`compiled_folder`). Importing `newsstream.core` puts that folder first on
the package's path, so the compiled modules load in place of their sources. A source edited
since, another Python, no build (no C compiler) or the cache turned off: the sources load, as
pure Python, and do the same, slower. This module is never compiled itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from newsstream.core.buildcache import cache_dir, input_key

# The modules of the three stages and of what they call, but: models (pydantic classes), the
# start-up helpers (buildcache, gcpause, this module), tagging (its `Tags` is a field of the
# dedup flow's pydantic `Probe`, and pydantic cannot read a compiled dataclass: every tagged
# probe failed to decode), and two whose work is in C already and that would behave otherwise
# compiled: minhash (numpy; its `cached_property` would be a plain property, deriving the
# constants at every call) and lazyregex (re; a compiled class's objects cannot be copied,
# and `dataclasses.astuple` deep-copies a rule's patterns).
COMPILED: Final = (
    "automata",
    "bbcode",
    "cleaning",
    "datarows",
    "dates",
    "dedup",
    "districts",
    "embeds",
    "feeditem",
    "furniture",
    "gazetteer",
    "gemtext",
    "htmlpage",
    "jsonitem",
    "keyfacts",
    "language",
    "linemodel",
    "literals",
    "localities",
    "markdown",
    "names",
    "occupations",
    "organisations",
    "paged",
    "places",
    "resolution",
    "smalltowns",
    "templates",
    "text",
    "textdump",
    "textformat",
    "topics",
    "widgets",
    "wikitext",
)
# The name of the shared library holding the compiled code (the modules' files only load it).
LIBRARY: Final = "newsstream.core.compiled"


def sources_key(package: Path) -> str:
    """A hash of the sources compiled code depends on: every module of the core and errors.py.

    Compiled code takes the types and constants of the modules it imports as they were.
    """
    sources = [*sorted(package.glob("*.py")), package.parent / "errors.py"]
    return input_key([b"mypyc", *(f"{p.name}\n".encode() + p.read_bytes() for p in sources)])


def compiled_folder(package: Path) -> Path | None:
    """Where the build of the core's present sources is or goes; None with the cache off."""
    folder = cache_dir()
    return None if folder is None else folder / f"compiled-{sources_key(package)}"


def native_path(package: Path) -> list[str]:
    """The folder of the compiled modules when a build of the present sources is there."""
    try:
        folder = compiled_folder(package)
    except OSError:  # a source unreadable: the sources are what runs
        return []
    return [str(folder)] if folder is not None and folder.is_dir() else []
