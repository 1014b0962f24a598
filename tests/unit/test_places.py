"""Places (services/newsstream/core/places.py) and their data: places.toml, common_words.txt."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pycountry
import pytest

from newsstream.core.places import (
    MAJOR_POPULATION,
    _seat_towns,
    common_words,
    english_division_name,
    place_entries,
)

DATA = Path(__file__).parents[2] / "services/newsstream/data"


def _places() -> dict[str, Any]:
    with (DATA / "places.toml").open("rb") as handle:
        return tomllib.load(handle)


REGIONS: list[dict[str, Any]] = _places()["region"]


def test_regions_are_well_formed() -> None:
    codes = {c.alpha_2 for c in pycountry.countries}
    errors = []
    for region in REGIONS:
        if not {"name", "aliases", "country", "admin1"} <= set(region):
            errors.append(f"{region}: missing fields")
        elif region["country"] not in codes:
            errors.append(f"{region['name']}: {region['country']} is no alpha-2 code")
        elif not region["admin1"] or not all(isinstance(a, str) for a in region["admin1"]):
            errors.append(f"{region['name']}: admin1 must list GeoNames admin1 codes")
        elif not isinstance(region.get("geonames_id", 0), int):
            errors.append(f"{region['name']}: geonames_id is no integer")
    assert not errors, errors


def test_a_region_name_is_listed_once_per_country() -> None:
    names = Counter(
        (surface.casefold(), region["country"])
        for region in REGIONS
        for surface in [region["name"], *region["aliases"]]
    )
    assert [name for name, count in names.items() if count > 1] == []


def test_every_region_is_placed_at_its_cities() -> None:
    regions = {r["name"] for r in REGIONS}
    # By the name listed, matched as a surface: "Shan State" is given as "Shan".
    placed = {
        e.surface: e.geo
        for e in place_entries()
        if e.surface in regions and e.geo.curated and e.geo.latitude is not None
    }
    assert set(placed) == regions


@pytest.mark.parametrize(
    ("name", "country", "latitude", "longitude"),
    [
        ("Sindh", "PK", 25.6, 67.8),  # Karachi, Hyderabad: the south
        ("Crimea", "UA", 44.8, 34.1),
        ("Tigray", "ET", 13.8, 39.2),
    ],
)
def test_region_centre_is_near_its_people(
    name: str, country: str, latitude: float, longitude: float
) -> None:
    entry = next(e for e in place_entries() if e.name == name and e.country == country)
    assert entry.geo.latitude == pytest.approx(latitude, abs=1.5)
    assert entry.geo.longitude == pytest.approx(longitude, abs=1.5)


def test_small_towns_and_common_words_need_a_cue() -> None:
    by_name = {(e.name, e.country): e.geo for e in place_entries() if e.main_name}
    assert not by_name[("Sochi", "RU")].needs_cue
    assert by_name[("Lahaina", "US")].needs_cue  # fewer than MAJOR_POPULATION people
    assert by_name[("Lahaina", "US")].population < MAJOR_POPULATION
    assert by_name[("Split", "HR")].needs_cue  # a word
    assert by_name[("Nice", "FR")].needs_cue


def test_alternate_names_are_no_words_or_continents() -> None:
    alternates = {e.surface.casefold() for e in place_entries() if not e.main_name}
    assert {"human", "africa", "agree", "at"}.isdisjoint(alternates)
    assert "kryvyi rih" in alternates  # GeoNames' own name is "Kryvyy Rih"


def test_common_words_are_lower_case_words_not_names() -> None:
    words = common_words()
    assert {"split", "reading", "meanwhile", "price", "officials"} <= words
    assert {"paris", "london", "moscow", "victoria"}.isdisjoint(words)
    assert all(w.islower() for w in words)


def test_first_level_divisions_need_a_cue_and_are_no_words() -> None:
    divisions = {(e.name, e.country): e.geo for e in place_entries() if e.geo.population == 0}
    assert divisions[("Presidente Hayes", "PY")].needs_cue
    assert ("Central", "PY") not in divisions  # a word
    assert ("Sahel", "BF") not in divisions  # a region of the world
    assert not any(name.endswith(" kraj") for name, _ in divisions)  # a local form with its noun


@pytest.mark.parametrize(
    ("iso_name", "english"),
    [
        ("Tarvel Timur", ("East Tarvel", True)),  # Indonesian: the compass word after the name
        ("Ostrom Barat Daya", ("Southwest Ostrom", True)),
        ("Kepulauan Ostrom", ("Ostrom Islands", True)),  # a generic: after it in English
        ("Jawa Tengah", ("Central Java", True)),  # and the core's exonym
        ("Nord-Varnö", ("North Varnö", True)),  # French, hyphened
        ("Tarvel-Sul", ("South Tarvel", False)),  # Portuguese: news keeps "Tarvel-Sul"
        ("Nusa Tenggara Timur", ("East Nusa Tenggara", True)),  # Tenggara is the name's here
    ],
)
def test_a_division_name_in_english(iso_name: str, english: tuple[str, bool]) -> None:
    assert english_division_name(iso_name) == english


@pytest.mark.parametrize(
    "iso_name",
    ["Tarvel", "Tarvel del Norte", "Sud-Ouest", "Centre-Nord", "Grand-Est", "Nusa Tenggara"],
)
def test_a_division_name_without_english(iso_name: str) -> None:
    # No compass word, a particle news keeps, nothing but compass words, a word as the core.
    assert english_division_name(iso_name) is None


def test_a_german_state_is_one_place_by_its_english_and_german_names() -> None:
    names = {e.surface: e.name for e in place_entries() if e.country == "DE" and e.geo.curated}
    assert (
        names["Mecklenburg-Vorpommern"]
        == names["Mecklenburg-Western Pomerania"]
        == "Mecklenburg-Western Pomerania"
    )
    assert names["Rheinland-Pfalz"] == names["Rhineland-Palatinate"] == "Rhineland-Palatinate"


def test_a_division_is_one_place_by_its_iso_and_english_names() -> None:
    names = {(e.surface, e.country): e.name for e in place_entries() if e.country in {"ID", "PH"}}
    assert (
        names[("Kalimantan Timur", "ID")] == names[("East Kalimantan", "ID")] == "East Kalimantan"
    )
    assert names[("Kepulauan Riau", "ID")] == names[("Riau Islands", "ID")] == "Riau Islands"
    # A curated region of the English name takes the ISO one too.
    assert names[("Jawa Timur", "ID")] == "East Java"
    # The region's number is no part of its name.
    assert names[("Western Visayas", "PH")] == "Western Visayas"
    assert not any("(Region" in surface for surface, _ in names)


def _city(geonameid: int, name: str, area: str, population: int, *others: str) -> dict[str, Any]:
    return {
        "geonameid": geonameid,
        "name": name,
        "countrycode": "XX",
        "admin1code": area,
        "population": population,
        "alternatenames": list(others),
    }


def test_a_division_is_the_district_of_its_seat_spelled_otherwise() -> None:
    cities = [
        _city(1, "Tarvelgrad", "01", 90_000, "Tarvelhrad", "Ostrom"),
        _city(2, "Varnoby", "01", 8_000, "Varnobi"),  # not its area's seat
        _city(3, "Kuala Ostrom", "02", 50_000, "Ostrom"),  # a word inside the name
        _city(4, "Dovrin", "03", 70_000, "Dovran", "Pelska"),  # another city is Dovran
        _city(5, "Dovran", "04", 9_000),
        _city(6, "Qelmar", "05", 40_000, "Gelmar"),  # one first sound, two letters
        _city(7, "Borvello", "06", 6_000, "Il-Kastrin"),  # a town's council, in its other language
    ]
    names = ("Tarvelhrad", "Ostrom", "Varnobi", "Dovran", "Pelska", "Gelmar", "Il-Kastrin")
    towns = _seat_towns({("XX", name) for name in names}, {("XX", "Il-Kastrin")}, cities)
    # Neither a town's other name ("Ostrom" for Tarvelgrad) nor an unrelated name ("Pelska").
    assert towns == {
        ("XX", "Tarvelhrad"): "Tarvelgrad",
        ("XX", "Gelmar"): "Qelmar",
        ("XX", "Il-Kastrin"): "Borvello",
    }


def test_overseas_departments_are_countries_of_their_own() -> None:
    # Their towns carry their own ISO 3166-1 codes, and they are no divisions of FR.
    countries = {e.country for e in place_entries() if e.name in {"Mamoudzou", "Fort-de-France"}}
    assert countries == {"YT", "MQ"}
    departments = {"Guadeloupe", "Martinique", "Guyane (française)", "Mayotte", "La Réunion"}
    assert not any(e.surface in departments and e.country == "FR" for e in place_entries())
