"""People whom an occupation introduces that no list holds, known by the word's ending.

The gazetteer takes a person after a listed title ("surgeon Jane Doe"). Occupations are too
many to list, but many end the same way: "-ologist" (entomologist), "-ician" (statistician),
"-grapher" (cartographer), "-smith" (locksmith), "-keeper" (zookeeper), "-wright"
(playwright), "-monger" (fishmonger). Before two or three capitalised words that name nothing
known, such a word makes them a person: "Zookeeper |Anouk Dijkstra| fed the cubs"; and before
one such word that a comma or a lower-case word follows, unless a day or a month
("Sociologist |Velnik| argued", not "the statistician Tuesday, said"). A name the gazetteer took
with the word folded in ("Locksmith Jane Doe") loses it.
"""

from __future__ import annotations

import re
from typing import Final

from newsstream.core.gazetteer import AMBIGUOUS_SINGLE_WORDS, Known, Mention
from newsstream.core.models import EntityType
from newsstream.core.organisations import CAPITALS
from newsstream.core.places import common_words

_NAME_WORD: Final = rf"[{CAPITALS}][\w'’-]*"
_ENDINGS: Final = ("ologist", "ician", "grapher", "smith", "keeper", "wright", "monger")
# One of the endings before a capitalised word: a literal scan, far cheaper than a pattern
# that starts with the occupation's first letters.
_ENDING: Final = re.compile(rf"(?:{'|'.join(_ENDINGS)}) (?=[{CAPITALS}])")
# The endings as substrings: most texts hold none, and seven substring searches cost less than
# the pattern's pass (about 45 µs against 115 per 4 KB, pure Python).
_ENDINGS_SPACED: Final = tuple(f"{ending} " for ending in _ENDINGS)
# The whole occupation, lower case or opening a sentence.
_OCCUPATION: Final = re.compile(rf"[{CAPITALS}a-z][a-z]*$")
# The name after it, not followed by another capitalised word (a longer name: "Cartographer
# Jane Doe Associates").
# One word alone is a name when a comma or a lower-case word follows: "Volcanologist |Tarvo|,
# who", "Sociologist |Velnik| argued" (not "Cartographer Tarvo Maps").
_NAME: Final = re.compile(
    rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}(?![\w'’-]| [{CAPITALS}])"
    rf"|{_NAME_WORD}(?=,| [a-z])"
)
# What may stand before the occupation: a lower-case word, a sentence's end, nothing.
_OPENS: Final = frozenset('.!?"”\n')


def find_people_by_occupation(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the people an occupation word names; kept in order of start."""
    if not any(ending in text for ending in _ENDINGS_SPACED):
        return mentions  # most articles: no occupation word before a name
    found: list[Mention] = []
    replaced: set[int] = set()
    for hit in _ENDING.finditer(text):
        word = _OCCUPATION.search(text, max(0, hit.start() - 30), hit.start())
        if word is None or not _opens_clause(text, word.start()):
            continue
        match = _NAME.match(text, hit.end())
        if match is None:
            continue
        name = match.group()
        if any(w.lower() in common_words() for w in name.split(" ") if len(w) > 1):
            continue  # "Technician Training Centre"
        if name.lower() in AMBIGUOUS_SINGLE_WORDS:
            continue  # one word that is a day or a month: "the statistician Tuesday, said"
        start, end = match.span()
        touching = [i for i, m in enumerate(mentions) if m.start < end and m.end > word.start()]
        if any(not _may_yield(mentions[i], start, end) for i in touching):
            continue  # a listed organisation or person, or a place that is the whole name
        replaced.update(touching)
        found.append(Mention(Known(name, EntityType.PERSON), start, end, name))
    if not found:
        return mentions  # most articles
    kept = [m for i, m in enumerate(mentions) if i not in replaced]
    return sorted([*kept, *found], key=lambda m: m.start)


def _opens_clause(text: str, start: int) -> bool:
    """Whether a word at `start` follows a lower-case word, a sentence's end or nothing."""
    if start == 0 or text[start - 1] == "\n":
        return True
    if text[start - 1] != " " or start < 2:
        return False
    before = text[start - 2]
    return before in _OPENS or (before.islower() and text[start].islower())


def _may_yield(mention: Mention, start: int, end: int) -> bool:
    """Whether a mention inside a role's name is a guess the role overrules.

    A person guessed with the occupation folded in, or a town inside the name that is a
    surname ("Kamau"); not a name known whole.
    """
    known = mention.known
    if known.type is EntityType.PERSON:
        return mention.end == end and mention.start < start
    return (
        known.type is EntityType.LOCATION
        and known.geo is not None
        and (mention.start > start or mention.end < end)
    )
