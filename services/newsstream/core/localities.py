"""Places nobody listed, which the words around them say are places.

The gazetteer finds one-word regions before a division noun ("Cagayan province"); this module adds
names of several words ("East Nusa Tenggara province", "East Gojjam zone") and towns and villages
set off by an appositive ("Boru, a village 7 kilometres from the crater", "Nobo and Klatanlo, two
villages in ..."). Their country is the one the article names most (`tagging.resolve_places`).
"""

from __future__ import annotations

import re
from typing import Final

from newsstream.core.gazetteer import Known, Mention
from newsstream.core.models import EntityType
from newsstream.core.organisations import vocabulary
from newsstream.core.places import Geo, common_words

_WORD: Final = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# Lower-case nouns of administrative divisions after their name.
_DIVISION_NOUNS: Final = (
    " province", " regency", " prefecture", " governorate", " oblast", " county", " district",
    " zone", " municipality", " state",
)  # fmt: skip
# Up to three capitalised words right before a position.
_NAME_BEFORE: Final = re.compile(rf"(?<![\w'’-])({_WORD}(?: {_WORD}){{0,2}})$")
# ", a village", ", two villages": the name before is a populated place.
_PLACE_APPOSITIVE: Final = re.compile(
    r", (?:a|an|two|three|four|both) (?:[a-z-]+ )?"
    r"(?:towns?|villages?|settlements?|suburbs?|communit(?:y|ies)|hamlets?)"
    # Where the place lies, not whose it is: "a community leader" is a person.
    r"(?=[,.;:]| (?:in|of|near|on|outside|north|south|east|west|about|some|just|\d))"
)
# Plural and singular nouns of populated places before "of": "the neighbourhoods of |Villa
# Independencia| and |El Olivar|". Not districts: a district on a disputed border needs its
# country said.
_PLACE_NOUNS_BEFORE_OF: Final = frozenset(
    {"town", "towns", "village", "villages", "city", "cities", "neighbourhood", "neighbourhoods",
     "neighborhood", "neighborhoods", "suburb", "suburbs", "communities", "settlement",
     "settlements"}
)  # fmt: skip
_NAME_AFTER: Final = re.compile(rf"{_WORD}(?: {_WORD}){{0,2}}")
_NEXT_NAME: Final = re.compile(rf"(?:, and |, | and )({_WORD}(?: {_WORD}){{0,2}})")
# "Fordow, near Qom": a place set by a known one, in its country.
_SET_NEAR: Final = (", near ", ", outside ")
# No geonames id, no coordinates: a place only the text knows.
_UNLISTED: Final = Geo(None, None, None, 0)


def find_localities(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in text order) with the places the words around them introduce."""
    countries: dict[tuple[int, int], str] = {}  # the country a known place nearby says
    found = [
        *_places_of(text),
        *_divisions(text),
        *_in_apposition(text),
        *_set_near(text, mentions, countries),
    ]
    if not found:
        return mentions
    return _merge(text, mentions, found, countries)


def _set_near(
    text: str, mentions: list[Mention], countries: dict[tuple[int, int], str]
) -> list[tuple[int, int]]:
    """A name set by a known place is a place in its country: "Fordow, near Qom"."""
    found = []
    for cue in _SET_NEAR:
        at = text.find(cue)
        while at != -1:
            name = _NAME_BEFORE.search(text, max(0, at - 60), at)
            near = next((m for m in mentions if m.start == at + len(cue)), None)
            if name is not None and near is not None and near.known.geo is not None:
                found.append(name.span(1))
                if near.known.country:
                    countries[name.span(1)] = near.known.country
            at = text.find(cue, at + len(cue))
    return found


def _divisions(text: str) -> list[tuple[int, int]]:
    """A division's name before its noun: "East Nusa Tenggara province", "East Gojjam zone"."""
    found = []
    for noun in _DIVISION_NOUNS:
        at = text.find(noun)
        while at != -1:
            end = at + len(noun)
            if not text[end : end + 1].isalpha():
                name = _NAME_BEFORE.search(text, max(0, at - 60), at)
                if name is not None:
                    found.append(name.span(1))
            at = text.find(noun, end)
    return found


def _in_apposition(text: str) -> list[tuple[int, int]]:
    """Populated places in apposition: "Boru, a village", "Nobo and Klatanlo, two villages"."""
    found = []
    for match in _PLACE_APPOSITIVE.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if name is None:
            continue
        found.append(name.span(1))
        if match.group().split(" ")[1] != "a":
            other = _NAME_BEFORE.search(text, max(0, name.start() - 60), name.start() - 5)
            if other is not None and text.startswith(" and ", other.end()):
                found.append(other.span(1))
    return found


def _places_of(text: str) -> list[tuple[int, int]]:
    """The names after "the villages of": "|Villa Independencia| and |El Olivar|"."""
    found = []
    at = text.find(" of ")
    while at != -1:
        start = at + len(" of ")
        name = None
        if text[start : start + 1].isupper():  # most "of"s are followed by a lower-case word
            noun = text[text.rfind(" ", max(0, at - 16), at) + 1 : at]
            name = _NAME_AFTER.match(text, start) if noun in _PLACE_NOUNS_BEFORE_OF else None
        while name is not None:
            found.append(name.span())
            following = _NEXT_NAME.match(text, name.end()) if noun.endswith("s") else None
            name = _NAME_AFTER.match(text, following.start(1)) if following else None
        at = text.find(" of ", start)
    return found


def _without_sentence_start(
    text: str, span: tuple[int, int], not_name_starts: frozenset[str]
) -> tuple[int, int]:
    """The span without the capitalised words a sentence starts with ("In", "The", "Monday")."""
    start, end = span
    words = text[start:end].split(" ")
    while words and words[0].lower() in not_name_starts:
        start += len(words.pop(0)) + 1
    if words and words[-1].endswith(("'s", "’s")):
        return end, end  # "Monday's district elections": whose, not where
    return start, end


def _merge(
    text: str,
    mentions: list[Mention],
    found: list[tuple[int, int]],
    countries: dict[tuple[int, int], str],
) -> list[Mention]:
    dropped: set[int] = set()
    added: list[Mention] = []
    not_name_starts = vocabulary().not_name_starts
    common = common_words()
    for span in sorted(set(found), key=lambda s: s[0] - s[1]):  # longest first
        start, end = _without_sentence_start(text, span, not_name_starts)
        if start >= end or any(a.start < end and start < a.end for a in added):
            continue
        touching = [m for m in mentions if m.start < end and start < m.end]
        if not touching and " " not in text[start:end] and text[start:end].lower() in common:
            continue  # "Each district", "Officials, two ..."
        if any(
            m.start < start
            or m.end > end
            or m.known.type is not EntityType.LOCATION
            or m.known.geo is None  # a country or a demonym: "Kenyan villages" say nothing
            # A place known well enough stays as it is ("Kaduna state").
            or (m.start == start and m.end == end and not m.known.geo.needs_cue)
            for m in touching
        ):
            continue
        dropped.update(id(m) for m in touching)  # "Tenggara" inside "East Nusa Tenggara"
        name = text[start:end]
        known = Known(name, EntityType.LOCATION, countries.get(span), geo=_UNLISTED)
        added.append(Mention(known, start, end, name))
    if not added:
        return mentions
    return sorted([*(m for m in mentions if id(m) not in dropped), *added], key=lambda m: m.start)
