"""People whom an occupation introduces that no list holds, known by the word's ending.

The gazetteer takes a person after a listed title ("surgeon Jane Doe"). Occupations are too
many to list, but many end the same way: "-ologist" (entomologist), "-ician" (statistician),
"-grapher" (cartographer), "-smith" (locksmith), "-keeper" (zookeeper), "-wright"
(playwright), "-monger" (fishmonger). Before two or three capitalised words that name nothing
known, such a word makes them a person: "Zookeeper |Anouk Dijkstra| fed the cubs". A name the
gazetteer took with the word folded in ("Locksmith Jane Doe") loses it.
"""

from __future__ import annotations

import re
from typing import Final

from newsstream.core.gazetteer import Known, Mention
from newsstream.core.models import EntityType
from newsstream.core.organisations import CAPITALS
from newsstream.core.places import common_words

_NAME_WORD: Final = rf"[{CAPITALS}][\w'’-]*"
# The occupation, lower case or opening a sentence, then the name, not followed by another
# capitalised word (a longer name: "Cartographer Jane Doe Associates").
_ROLE_THEN_NAME: Final = re.compile(
    rf"(?:(?<=[a-z] )|(?<=^)|(?<=[.!?\"”] )|(?<=\n))"
    rf"([{CAPITALS}a-z][a-z]*(?:ologist|ician|grapher|smith|keeper|wright|monger)) "
    rf"({_NAME_WORD}(?: {_NAME_WORD}){{1,2}})(?![\w'’-]| [{CAPITALS}])",
    re.MULTILINE,
)


def find_role_people(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the people an occupation word names; kept in order of start."""
    found: list[Mention] = []
    replaced: set[int] = set()
    for match in _ROLE_THEN_NAME.finditer(text):
        name = match.group(2)
        if any(w.lower() in common_words() for w in name.split(" ") if len(w) > 1):
            continue  # "Technician Training Centre"
        start, end = match.span(2)
        touching = [i for i, m in enumerate(mentions) if m.start < end and m.end > match.start(1)]
        if any(not _may_yield(mentions[i], start, end) for i in touching):
            continue  # a listed organisation or person, or a place that is the whole name
        replaced.update(touching)
        found.append(Mention(Known(name, EntityType.PERSON), start, end, name))
    if not found:
        return mentions  # most articles
    kept = [m for i, m in enumerate(mentions) if i not in replaced]
    return sorted([*kept, *found], key=lambda m: m.start)


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
