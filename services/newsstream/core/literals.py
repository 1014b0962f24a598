"""Required literals: strings one of which every match of a regular expression must contain.

A pattern like `(?:share|print)(?: this)?` can only match a line holding "share" or "print", so
a line holding neither need not be tried. Finding every such string of many patterns in one
pass over a line (`core/automata.py`) costs less than trying the patterns. The strings are read
off the parsed pattern: runs of literal text (small sets of alternatives multiplied out), and
the strings every branch of an alternation requires. Anything the reading cannot follow (a
character class, an open repeat, a scoped flag) only ends a run: the answer is never wrong,
at worst no strings at all.
"""

from __future__ import annotations

import re
import sys
import warnings
from functools import cache
from typing import Any, Final

with warnings.catch_warnings():  # the public name of re's own parser, deprecated since 3.11
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_parse

# Sets of alternatives are multiplied out up to this many strings: "(?:a|an) (?:hour|day)s?"
# is eight strings, each a better filter than any of its parts.
_MAX_STRINGS: Final = 64
_MAX_CLASS: Final = 8  # a character class of at most this many characters is a set of strings

_Strings = frozenset[str]


def required_literals(pattern: re.Pattern[str], min_length: int = 1) -> _Strings | None:
    """Strings one of which the lower-cased text of every match of `pattern` contains.

    The text must lower-case letter for letter (one letter to one, no dotless i, no long s),
    as `str.lower` does to all but a few lines. Then an ASCII letter, or a letter the pattern
    gives in lower case without the case flag, lower-cases to the letter its match does; so
    does a letter beyond ASCII with the flag, but one the flag equates with a letter lower-casing
    otherwise ("µ", "μ"); a capital beyond ASCII without it may be a sigma, lower-cased by its
    place: a string holding such letters gives way to its longest part without them ("σχόλια"
    to "χόλια"). None when
    none are known, or when a string is shorter than `min_length` and not a sign ("|", "@",
    "©"): too common to filter anything.
    """
    return parsed_literals(
        sre_parse.parse(pattern.pattern, pattern.flags), pattern.flags, min_length
    )


def parsed_literals(items: Any, flags: int, min_length: int = 1) -> _Strings | None:
    """`required_literals` of a pattern already parsed (`sre_parse.parse`) with `flags`."""
    exact, required = _sequence(items)
    found = required if required is not None else exact
    if not found:
        return None
    caseless = bool(flags & re.IGNORECASE)
    parts = {_plain_part(s, caseless=caseless) for s in found}
    if any(len(s) < min_length and not _is_sign(s) for s in parts):
        return None
    return frozenset(map(str.lower, parts))


def _plain_part(literal: str, *, caseless: bool) -> str:
    """The longest part of `literal` whose letters a match lower-cases as the part lower-cases.

    An ASCII letter does, without the case flag a letter in lower case, and with it a letter
    it matches alone (`_folds_alone`): all of the literal, or the longest run of such letters
    between the others (perhaps empty).
    """
    longest = run = ""
    for char in literal:
        if char.isascii() or (_folds_alone(char) if caseless else char == char.lower()):
            run += char
            longest = max(longest, run, key=len)
        else:
            run = ""
    return longest


def _folds_alone(char: str) -> bool:
    """With the case flag, `char` matches only letters that lower-case as it does.

    Not so for a letter that shares its capital with another lower-casing otherwise (Cyrillic
    ve and its rounded form, sigma and final sigma: re's own list of such letters), nor one
    lower-casing to two.
    """
    lower = char.lower()
    return len(lower) == 1 and lower not in _shared_capitals()


@cache
def _shared_capitals() -> frozenset[str]:
    """The lower-case letters that share their capital with another lower-case letter."""
    lowers: dict[str, set[str]] = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if (capital := char.upper()) != char:
            lowers.setdefault(capital, set()).add(char.lower())
    return frozenset(lower for group in lowers.values() if len(group) > 1 for lower in group)


def _is_sign(text: str) -> bool:
    """One character that is no letter, digit or space: rare in a line, a filter of its own."""
    return len(text) == 1 and not text.isalnum() and not text.isspace()


def _better(first: _Strings | None, second: _Strings | None) -> _Strings | None:
    """The more selective set: longer shortest string, then fewer strings."""
    candidates = [s for s in (first, second) if s and "" not in s]
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _product(first: _Strings, second: _Strings) -> _Strings | None:
    if len(first) * len(second) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a in first for b in second)


def _sequence(items: Any) -> tuple[_Strings | None, _Strings | None]:
    """(every string the sequence matches, or None; strings a match contains, or None)."""
    best: _Strings | None = None
    run: _Strings = frozenset({""})  # the strings the current run of exact items matches
    whole = True  # the run started with the sequence: it is all the sequence matches
    for op, value in items:
        exact, required = _node(op, value)
        joined = _product(run, exact) if exact is not None else None
        if joined is not None:
            run = joined
            continue
        whole = False
        best = _better(best, run)
        if exact is not None:
            run = exact
        else:
            best = _better(best, required)
            run = frozenset({""})
    return (run if whole else None), _better(best, run)


def _node(op: Any, value: Any) -> tuple[_Strings | None, _Strings | None]:  # noqa: PLR0911
    if op is sre_parse.LITERAL:
        char = frozenset({chr(value)})
        return char, char
    if op is sre_parse.IN:
        chars = _class(value)
        return chars, chars
    if op is sre_parse.BRANCH:
        return _branch(value[1])
    if op is sre_parse.SUBPATTERN:
        if value[1] or value[2]:  # scoped flags change what the literals match
            return None, None
        return _sequence(value[3])
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
        return _repeat(*value)
    if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return frozenset({""}), None  # zero-width: it adds nothing to the text matched
    return None, None


def _class(items: Any) -> _Strings | None:
    chars: set[str] = set()
    for op, value in items:
        if op is sre_parse.LITERAL:
            chars.add(chr(value))
        elif op is sre_parse.RANGE and value[1] - value[0] < _MAX_CLASS:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:  # a category, a negation, a wide range
            return None
    return frozenset(chars) if len(chars) <= _MAX_CLASS else None


def _branch(branches: Any) -> tuple[_Strings | None, _Strings | None]:
    found = [_sequence(branch) for branch in branches]
    exacts = [exact for exact, _ in found]
    exact = None
    if all(e is not None for e in exacts):
        union = frozenset().union(*(e for e in exacts if e is not None))
        exact = union if len(union) <= _MAX_STRINGS else None
    # Each branch must offer strings of its own (or be exact without the empty string).
    each = [_better(required, e) for e, required in found]
    required = frozenset().union(*(r for r in each if r)) if all(each) else None
    return exact, required


def _repeat(low: int, high: Any, item: Any) -> tuple[_Strings | None, _Strings | None]:
    exact, required = _sequence(item)
    if low == 0:
        optional = exact | {""} if exact is not None and high == 1 else None
        return optional, None
    if exact is not None and low == high and len(exact) ** low <= _MAX_STRINGS:
        repeated: _Strings | None = frozenset({""})
        for _ in range(low):
            repeated = _product(repeated, exact) if repeated is not None else None
        return repeated, repeated
    return None, _better(required, exact)
