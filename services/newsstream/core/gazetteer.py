"""The gazetteer: known countries, places, people and organisations, and finding them in text.

Names are matched on word tokens, longest first, through the spelling-folded keys of
`newsstream.core.names`, so one dictionary lookup per candidate replaces a scan over thousands
of patterns. Countries come from pycountry plus `data/countries.toml` (demonyms, capitals, major
cities); people and organisations from the curated `data/knowledge.toml`. People nobody listed are
found from the titles that introduce them ("Defence Minister Jane Doe", "Jane Doe, the envoy").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Final

import pycountry

from newsstream.core.models import EntityType
from newsstream.core.names import name_key, skeleton

# Capitalised words that start sentences or names of things, never a person's name.
_NOT_NAME_WORDS: Final = frozenset(
    {
        "the", "a", "an", "in", "on", "at", "of", "and", "or", "but", "for", "to", "from",
        "by", "with", "as", "after", "before", "during", "since", "this", "that", "these",
        "those", "his", "her", "their", "its", "our", "we", "he", "she", "they", "it", "i",
        "you", "there", "here", "when", "while", "if",
    }
)  # fmt: skip
# Single words that are names of somebody but far more often something else in running text.
_AMBIGUOUS_SINGLE_WORDS: Final = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip
# Lower-case name particles: a known name may start with one ("von der Leyen").
_PARTICLE_WORDS: Final = "al|el|bin|ibn|von|van|der|den|de|del|della|da|di|du|le|la|dos"
_PARTICLES: Final = frozenset(_PARTICLE_WORDS.split("|"))
# Acronyms ("WHO", "US") are matched with their case: "Who" and "us" are words.
_ACRONYM: Final = re.compile(r"(?:[A-Z]\.?){2,6}")


@dataclass(frozen=True, slots=True)
class Known:
    """A named thing the gazetteer knows."""

    name: str
    type: EntityType
    country: str | None = None  # alpha-2 of a location (or a demonym's country)
    is_demonym: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where a named thing is mentioned."""

    known: Known
    start: int
    end: int
    surface: str


def _uppercase_class() -> str:
    """A regex character class of every upper-case letter in the Basic Multilingual Plane."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return (
        "["
        + "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        + "]"
    )


_UPPER: Final = _uppercase_class()
# One word of a name: capitalised ("Aliyev"), an initialism ("U.S."), or a particle-prefixed
# form ("al-Assad", "d'Estaing").
_NAME_WORD: Final = (
    rf"(?:(?:[A-Z]\.){{2,}}|{_UPPER}(?:\w|[-'’](?=\w))*"
    rf"|(?:al|el|ad|as|ash|an|d|l)[-'’]\w(?:\w|[-'’](?=\w))*)"
)
# A run of name words, single-spaced, possibly with lower-case particles inside
# ("Ursula von der Leyen"): every candidate name in the text is inside one such run.
_PHRASE: Final = re.compile(
    rf"(?<![\w'’-])(?:{_NAME_WORD}|(?:{_PARTICLE_WORDS}) (?=\S))"
    rf"(?: (?:{_NAME_WORD}|(?:{_PARTICLE_WORDS})(?= )))*"
)
_APPOSITIVE: Final = re.compile(r", (?:the|a|an) ((?:[\w'’-]+ ){0,4}[\w'’-]+)")


@dataclass(slots=True)  # not frozen: an article makes hundreds, and frozen init is slow
class _Word:
    text: str
    start: int
    end: int
    key: str


def _words(phrase: re.Match[str]) -> list[_Word]:
    words = []
    offset = phrase.start()
    for text in phrase.group().split(" "):
        words.append(_Word(text, offset, offset + len(text), skeleton(text)))
        offset += len(text) + 1
    while words and words[-1].text in _PARTICLES:  # a particle cannot end a name
        words.pop()
    return words


def _key_of(name: str) -> str:
    return name_key(name.split())


class Gazetteer:
    """An index from folded name keys to the things they name."""

    def __init__(self, entries: list[tuple[str, Known]], person_titles: list[str]) -> None:
        self._index: dict[str, Known] = {}
        for surface, known in entries:  # earlier entries win: callers list the surer ones first
            key = "=" + surface if _ACRONYM.fullmatch(surface) else _key_of(surface)
            if key and key not in self._index:
                self._index[key] = known
        # First word of every name → most words a name starting with it has.
        self._widths: dict[str, int] = {}
        for key in self._index:
            words = key.split(" ")
            self._widths[words[0]] = max(self._widths.get(words[0], 0), len(words))
        self._titles = {_key_of(title) for title in person_titles}
        self._longest_title = max((len(t.split()) for t in self._titles), default=1)

    def __len__(self) -> int:
        return len(self._index)

    def find(self, text: str) -> list[Mention]:
        """Every mention of a known or introduced name in `text`, none overlapping."""
        mentions: list[Mention] = []
        unmatched: list[_Word] = []
        for phrase in _PHRASE.finditer(text):
            words = _words(phrase)
            position = 0
            while position < len(words):
                found = (
                    self._match_known(words, position)
                    or self._match_titled(words, position)
                    or self._match_introduced(text, words, position)
                )
                if found is None:
                    unmatched.append(words[position])
                    position += 1
                    continue
                mention, width = found
                mentions.append(mention)
                position += width
        return mentions + self._later_surnames(unmatched, mentions)

    def _lookup(self, words: list[_Word]) -> Known | None:
        if len(words) == 1 and _ACRONYM.fullmatch(words[0].text):
            return self._index.get("=" + words[0].text)
        key = " ".join(w.key for w in words)
        known = self._index.get(key)
        if known is None and key.endswith("s") and len(words[-1].key) > 3:
            known = self._index.get(key[:-1])  # plural of a name: "the Smiths"
        if known is None or (len(words) == 1 and words[0].key in _AMBIGUOUS_SINGLE_WORDS):
            return None
        return known

    def _match_known(self, words: list[_Word], i: int) -> tuple[Mention, int] | None:
        first = words[i]
        widest = self._widths.get(first.key) or self._widths.get(first.key[:-1]) or 0
        if _ACRONYM.fullmatch(first.text):
            widest = max(widest, 1)
        for width in range(min(widest, len(words) - i), 0, -1):
            span = words[i : i + width]
            known = self._lookup(span)
            if known is not None:
                return _mention(known, span), width
        return None

    def _match_titled(self, words: list[_Word], i: int) -> tuple[Mention, int] | None:
        """A capitalised title, then a name: "Defence Minister Jane Doe"."""
        for width in range(min(self._longest_title, len(words) - i - 1), 0, -1):
            if " ".join(w.key for w in words[i : i + width]) in self._titles:
                named = self._match_known(words, i + width) or self._new_person(words, i + width)
                if named is not None:
                    return named[0], width + named[1]
        return None

    def _match_introduced(
        self, text: str, words: list[_Word], i: int
    ) -> tuple[Mention, int] | None:
        """A new name right after a lower-case title, or followed by its role.

        As in "the defence minister Jane Doe" and "Jane Doe, the foreign minister of ...".
        """
        named = self._new_person(words, i)
        if named is None:
            return None
        if i == 0 and self._title_before(text, words[i].start):
            return named
        end = named[0].end
        after = _APPOSITIVE.match(text, end) if i + named[1] == len(words) else None
        if after and self._contains_title(after.group(1).split(" ")):
            return named
        return None

    def _title_before(self, text: str, start: int) -> bool:
        """True when a title ends right before `start` ("... defence minister |Jane Doe")."""
        before = text[max(0, start - 60) : start]
        if not before.endswith(" "):
            return False
        words = before.split()[-self._longest_title :]
        return any(
            _key_of(" ".join(words[-width:])) in self._titles for width in range(1, len(words) + 1)
        )

    def _contains_title(self, words: list[str]) -> bool:
        keys = [skeleton(w) for w in words]
        return any(
            " ".join(keys[start:stop]) in self._titles
            for start in range(len(keys))
            for stop in range(start + 1, min(len(keys), start + self._longest_title) + 1)
        )

    def _new_person(self, words: list[_Word], i: int) -> tuple[Mention, int] | None:
        """Two or three capitalised words that name nobody known: a person new to us."""
        run: list[_Word] = []
        for word in words[i : i + 3]:
            if (
                word.text.lower() in _NOT_NAME_WORDS
                or word.text.isupper()
                or (word.text in _PARTICLES)
            ):
                break
            known = self._lookup([word])
            if known is not None and known.type is not EntityType.PERSON:
                break
            run.append(word)
        if len(run) < 2:
            return None
        return _mention(Known(" ".join(w.text for w in run), EntityType.PERSON), run), len(run)

    def _later_surnames(self, unmatched: list[_Word], mentions: list[Mention]) -> list[Mention]:
        """Surname-only mentions of people this text introduced by full name."""
        introduced = {
            skeleton(m.known.name.split()[-1]): m.known
            for m in mentions
            if m.known.type is EntityType.PERSON and _key_of(m.known.name) not in self._index
        }
        return [
            Mention(introduced[w.key], w.start, w.end, w.text)
            for w in unmatched
            if w.key in introduced
        ]


def _mention(known: Known, span: list[_Word]) -> Mention:
    return Mention(known, span[0].start, span[-1].end, " ".join(w.text for w in span))


def _read_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("newsstream.data").joinpath(name).read_text("utf-8"))


def _country_entries() -> list[tuple[str, Known]]:
    supplement = _read_toml("countries.toml")
    names: list[tuple[str, Known]] = []
    places: list[tuple[str, Known]] = []
    for country in pycountry.countries:
        code = country.alpha_2
        extra = supplement.get(code, {})
        # The supplement lists names as news writes them, most used first ("Russia").
        canonical = next(iter(extra.get("names", [])), None) or (
            getattr(country, "common_name", None) or country.name
        )
        location = Known(canonical, EntityType.LOCATION, code)
        for surface in [canonical, country.name, *extra.get("names", [])]:
            names.append((surface, location))
        demonym = Known(canonical, EntityType.LOCATION, code, is_demonym=True)
        names.extend((surface, demonym) for surface in extra.get("demonyms", []))
        for city in [*extra.get("capitals", []), *extra.get("cities", [])]:
            places.append((city, Known(city, EntityType.LOCATION, code)))
    return names + places


def _knowledge_entries() -> list[tuple[str, Known]]:
    knowledge = _read_toml("knowledge.toml")
    entries: list[tuple[str, Known]] = []
    for kind, entity_type in (
        ("organization", EntityType.ORGANIZATION),
        ("person", EntityType.PERSON),
    ):
        for record in knowledge.get(kind, []):
            known = Known(record["name"], entity_type)
            entries.extend((s, known) for s in [record["name"], *record.get("aliases", [])])
    return entries


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer built from the data files shipped with newsstream."""
    titles_text = resources.files("newsstream.data").joinpath("person_titles.txt")
    titles = [
        line.strip()
        for line in titles_text.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return Gazetteer(_country_entries() + _knowledge_entries(), titles)
