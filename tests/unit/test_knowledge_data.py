"""Checks on the curated gazetteer data: `countries.toml` and `knowledge.toml`."""

from __future__ import annotations

import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest

from newsstream.core.places import country_initials

DATA = Path(__file__).parents[2] / "services/newsstream/data"
COUNTRY_FIELDS = ("names", "demonyms", "capitals", "cities")
OPTIONAL_COUNTRY_FIELDS = ("sites",)
ALL_COUNTRY_FIELDS = (*COUNTRY_FIELDS, *OPTIONAL_COUNTRY_FIELDS)

# Codes allowed an empty demonym list (each is explained by a comment in countries.toml).
NO_DEMONYM = frozenset(
    {
        "AQ",
        "BV",
        "GS",
        "HM",
        "TF",
        "UM",  # uninhabited, or no permanent population
        "BL",
        "GG",
        "JE",
        "MF",
        "SJ",
        "VA",  # no demonym in common news use
        "CG",  # "Congolese" is listed under CD, the dominant sense
        "DM",  # "Dominican" is listed under DO, the dominant sense
    }
)
# Codes allowed an empty capital list.
NO_CAPITAL = frozenset(
    {
        "AQ",
        "BV",
        "HM",
        "UM",  # uninhabited
        "IO",  # a military base, no capital
        "TK",  # the administrative centre rotates among three atolls
        "CC",  # the seat, West Island, is too generic to match
        "IM",  # Douglas is a common given name and surname
        "NF",  # Kingston is listed under JM
    }
)
# Deliberate uses of a name that pycountry gives another code: name -> the code that keeps it.
OVERRIDES = {"Congo": "CD"}  # news agencies use bare "Congo" for the Democratic Republic

# Words that must never be an alias: the tagger folds case, so a capitalised sentence start
# ("May we...", "Hunt for...") would be taken for the person or organisation.
STOP_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "can",
        "could",
        "do",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "i",
        "if",
        "in",
        "is",
        "it",
        "its",
        "let",
        "may",
        "might",
        "must",
        "new",
        "not",
        "now",
        "of",
        "on",
        "or",
        "our",
        "said",
        "says",
        "shall",
        "she",
        "should",
        "so",
        "the",
        "their",
        "they",
        "this",
        "to",
        "us",
        "was",
        "we",
        "were",
        "what",
        "who",
        "will",
        "with",
        "would",
        "you",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mark",
        "rich",
        "price",
        "long",
        "young",
        "king",
        "queen",
        "prince",
        "princess",
        "president",
        "minister",
        "premier",
        "general",
        "major",
        "chief",
        "leader",
        "head",
        "bill",
        "grant",
        "hope",
        "joy",
        "faith",
        "love",
        "power",
        "hunt",
        "cook",
        "gates",
        "brown",
        "white",
        "green",
        "black",
        "gray",
        "grey",
        "rose",
        "moon",
        "sun",
        "star",
        "little",
        "small",
        "short",
        "strong",
        "wise",
        "sharp",
        "best",
        "good",
        "well",
        "hill",
        "field",
        "house",
        "bank",
        "banks",
        "chase",
        "rice",
        "store",
        "borne",
        "salami",
        "waltz",
        "reliance",
        "amazon",
        "amnesty",
        "barbecue",
        "salam",
        "sir",
        "lord",
        "lady",
        "dame",
        "pope",
        "emperor",
        "sultan",
        "sheikh",
        "mullah",
        "ayatollah",
        "security",
        "council",
        "service",
        "state",
        "party",
        "union",
        "army",
        "government",
        "court",
        "network",
        "movement",
        "group",
        "company",
        "agency",
        "fund",
        "office",
        "forces",
        "front",
        "alliance",
        "lee",
        "kim",
        "li",
        "wang",
        "zhang",
        "khan",
        "singh",
        "ali",
        "smith",
        "chad",
        "jordan",
        "georgia",
        "victoria",
    }
)
# All-capitals acronyms whose folded form is a stop word but which news writes in capitals only.
ACRONYMS = frozenset({"WHO"})
# Titles that must not start an alias ...
TITLES = (
    "President ",
    "Prime Minister ",
    "Minister ",
    "Chancellor ",
    "Premier ",
    "Sir ",
    "Dame ",
    "Lord ",
    "Dr ",
    "Dr. ",
    "Mr ",
    "Mr. ",
    "Mrs ",
    "Ms ",
    "General ",
    "Gen. ",
    "Ayatollah ",
    "Mullah ",
    "Sheikh ",
    "Senator ",
    "Governor ",
    "Mayor ",
    "Secretary ",
)
# ... except a monarch's or pope's own title, which is how news names them (no surname).
MONARCH_TITLES = ("King ", "Queen ", "Prince ", "Emperor ", "Sultan ", "Emir ", "Pope ")


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, as the tagger compares names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _load(name: str) -> dict[str, Any]:
    with (DATA / name).open("rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="module")
def countries() -> dict[str, Any]:
    return _load("countries.toml")


@pytest.fixture(scope="module")
def knowledge() -> dict[str, Any]:
    return _load("knowledge.toml")


@pytest.fixture(scope="module")
def entries(knowledge: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every person and organisation, tagged with its kind."""
    return [
        (kind, record) for kind in ("person", "organization") for record in knowledge.get(kind, [])
    ]


def _alpha2_codes() -> set[str]:
    return {country.alpha_2 for country in pycountry.countries}


def _surfaces(record: dict[str, Any]) -> list[str]:
    return [record["name"], *record.get("aliases", [])]


# --- countries.toml ---------------------------------------------------------------------------


def test_every_pycountry_code_has_exactly_one_table(countries: dict[str, Any]) -> None:
    codes = _alpha2_codes()
    assert len(codes) == 249
    assert set(countries) - codes == set(), "tables for codes pycountry does not know"
    assert codes - set(countries) == set(), "pycountry codes without a table"


def test_country_tables_hold_four_lists_of_strings(countries: dict[str, Any]) -> None:
    errors = []
    for code, table in countries.items():
        # A state only part of a city names the country around it (a string, not a list).
        around = table.get("within", "")
        if "within" in table and (around == code or around not in countries):
            errors.append(f"{code}.within: {around!r} is no other country's code")
        if not set(COUNTRY_FIELDS) <= set(table) - {"within"} <= set(ALL_COUNTRY_FIELDS):
            errors.append(f"{code}: fields {sorted(table)}")
            continue
        for field in (f for f in ALL_COUNTRY_FIELDS if f in table):
            values = table[field]
            if not isinstance(values, list) or not all(
                isinstance(v, str) and v.strip() == v and v for v in values
            ):
                errors.append(f"{code}.{field}: not a list of trimmed, non-empty strings")
            elif len(values) != len(set(values)):
                errors.append(f"{code}.{field}: repeated entry")
    assert not errors, errors


def test_every_code_has_names_demonyms_and_capitals(countries: dict[str, Any]) -> None:
    errors = []
    for code, table in countries.items():
        if not table["names"]:
            errors.append(f"{code}: no names")
        if bool(table["demonyms"]) == (code in NO_DEMONYM):
            errors.append(f"{code}: demonyms {table['demonyms']} vs NO_DEMONYM exception list")
        if bool(table["capitals"]) == (code in NO_CAPITAL):
            errors.append(f"{code}: capitals {table['capitals']} vs NO_CAPITAL exception list")
    assert not errors, errors


def test_no_place_string_belongs_to_two_codes(countries: dict[str, Any]) -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for code, table in countries.items():
        for field in ALL_COUNTRY_FIELDS:
            for value in table.get(field, []):
                owners[_fold(value)].add(code)
    shared = {value: sorted(codes) for value, codes in owners.items() if len(codes) > 1}
    assert not shared, shared


def test_no_place_string_is_another_codes_pycountry_name(countries: dict[str, Any]) -> None:
    pycountry_owner: dict[str, str] = {}
    for country in pycountry.countries:
        for name in {country.name, getattr(country, "common_name", country.name)}:
            pycountry_owner[_fold(name)] = country.alpha_2
    errors = []
    for code, table in countries.items():
        for field in ALL_COUNTRY_FIELDS:
            for value in table.get(field, []):
                owner = pycountry_owner.get(_fold(value), code)
                if owner != code and OVERRIDES.get(value) != code:
                    errors.append(f"{code}.{field}: {value!r} is pycountry's name for {owner}")
    assert not errors, errors


# --- knowledge.toml ---------------------------------------------------------------------------


def test_knowledge_has_people_and_organisations(knowledge: dict[str, Any]) -> None:
    assert set(knowledge) == {"person", "organization"}
    assert len(knowledge["person"]) >= 350
    assert len(knowledge["organization"]) >= 150


def test_every_person_has_name_country_and_role(knowledge: dict[str, Any]) -> None:
    codes = _alpha2_codes()
    errors = []
    for person in knowledge["person"]:
        label = person.get("name", person)
        if set(person) != {"name", "aliases", "country", "role"}:
            errors.append(f"{label}: fields {sorted(person)}")
            continue
        if not isinstance(person["name"], str) or not person["name"].strip():
            errors.append(f"{label}: empty name")
        if person["country"] != "" and person["country"] not in codes:
            errors.append(f"{label}: country {person['country']!r} is not an alpha-2 code or ''")
        if not isinstance(person["role"], str) or not person["role"].strip():
            errors.append(f"{label}: empty role")
    assert not errors, errors


def test_every_organisation_is_well_formed(knowledge: dict[str, Any]) -> None:
    codes = _alpha2_codes()
    errors = []
    for org in knowledge["organization"]:
        label = org.get("name", org)
        if not {"name", "aliases"} <= set(org) <= {"name", "aliases", "country"}:
            errors.append(f"{label}: fields {sorted(org)}")
            continue
        if not isinstance(org["name"], str) or not org["name"].strip():
            errors.append(f"{label}: empty name")
        if "country" in org and org["country"] not in codes:
            errors.append(f"{label}: country {org['country']!r} is not an alpha-2 code")
    assert not errors, errors


def test_no_organisations_name_starts_with_a_countrys_initials(knowledge: dict[str, Any]) -> None:
    # "US Census Bureau": the initials name the country, no part of the body's name
    # (CONVENTIONS, "Tagging", rule 2); "USA Today", one word after them, is a name.
    initials = set(country_initials())
    named = [
        org["name"]
        for org in knowledge["organization"]
        if org["name"].split(" ", 1)[0] in initials and org["name"].count(" ") >= 2
    ]
    assert not named, named


def test_aliases_are_lists_of_new_trimmed_strings(
    entries: list[tuple[str, dict[str, Any]]],
) -> None:
    errors = []
    for _, record in entries:
        aliases = record["aliases"]
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            errors.append(f"{record['name']}: aliases is not a list of strings")
            continue
        for alias in aliases:
            if alias != alias.strip() or len(alias) < 2:
                errors.append(f"{record['name']}: alias {alias!r} is empty or untrimmed")
        if record["name"] in aliases or len(aliases) != len(set(aliases)):
            errors.append(f"{record['name']}: alias repeats the name or another alias")
    assert not errors, errors


def test_no_name_or_alias_is_shared_between_entries(
    entries: list[tuple[str, dict[str, Any]]],
) -> None:
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for kind, record in entries:
        for surface in _surfaces(record):
            owners[surface].add(f"{kind}:{record['name']}")
    shared = {surface: sorted(who) for surface, who in owners.items() if len(who) > 1}
    assert not shared, shared


def test_no_folded_name_or_alias_is_shared_between_entries(
    entries: list[tuple[str, dict[str, Any]]],
) -> None:
    # The tagger ignores case and accents: "Erdogan" and "Erdoğan" must name the same entry.
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for kind, record in entries:
        for surface in _surfaces(record):
            owners[_fold(surface)].add(f"{kind}:{record['name']}")
    shared = {surface: sorted(who) for surface, who in owners.items() if len(who) > 1}
    assert not shared, shared


def test_no_alias_is_a_common_english_word(entries: list[tuple[str, dict[str, Any]]]) -> None:
    offending = [
        f"{record['name']}: {alias!r}"
        for _, record in entries
        for alias in record["aliases"]
        if _fold(alias) in STOP_WORDS and alias not in ACRONYMS
    ]
    assert not offending, offending


def test_aliases_carry_no_titles(entries: list[tuple[str, dict[str, Any]]]) -> None:
    errors = []
    for kind, record in entries:
        if kind != "person":
            continue  # "General Assembly" is a name, not a title
        role = record["role"]
        for alias in record["aliases"]:
            if record["name"].split()[0] == alias.split()[0]:
                continue  # the word is part of the name itself ("Sheikh Hasina")
            if alias.startswith(TITLES):
                errors.append(f"{record['name']}: {alias!r} starts with a title")
            monarch_title = next((t for t in MONARCH_TITLES if alias.startswith(t)), None)
            if monarch_title is not None and monarch_title.strip() not in role:
                errors.append(f"{record['name']}: {alias!r} uses a title the role does not hold")
    assert not errors, errors


def test_no_person_or_organisation_is_named_like_a_place(
    countries: dict[str, Any], entries: list[tuple[str, dict[str, Any]]]
) -> None:
    places = {
        _fold(value)
        for table in countries.values()
        for field in ALL_COUNTRY_FIELDS
        for value in table.get(field, [])
    }
    places |= {_fold(country.name) for country in pycountry.countries}
    clashes = [
        f"{record['name']}: {surface!r}"
        for _, record in entries
        for surface in _surfaces(record)
        if _fold(surface) in places
    ]
    assert not clashes, clashes
