"""A regular expression compiled on its first use.

Compiling costs milliseconds a pattern, in Python; a rule set of hundreds of patterns compiled
at start delays every process start, and a line tries only the few its literals allow.
"""

from __future__ import annotations

import re
from collections.abc import Callable


class LazyPattern:
    """The source and flags of a pattern, compiled the first time it matches anything."""

    __slots__ = ("_compiled", "flags", "fullmatch", "source")

    def __init__(self, source: str, flags: int) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        # `re.Pattern.fullmatch`: the compiled pattern's own method once compiled, so that a
        # line's try is one call into C, not a call through this class (rules try thousands).
        self.fullmatch: Callable[[str], re.Match[str] | None] = self._compiling_fullmatch

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (raises `re.error` for an invalid one)."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
            self.fullmatch = self._compiled.fullmatch
        return self._compiled

    def _compiling_fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)
