"""Second-level divisions, taken on their country and a cue (core/districts.py).

The examples are invented; the districts are real: Sirdal (a Norwegian municipality), Pococí (a
Costa Rican canton), Kween (a Ugandan district), Whatcom (a US county and a Canadian hamlet),
Östhammar (a Swedish municipality) and Fife (a Scottish council area).
"""

from __future__ import annotations

import pytest

from newsstream.core.districts import districts, plain_names
from newsstream.core.models import Place
from newsstream.core.names import name_key
from newsstream.core.tagging import default_tagger


def places(text: str) -> dict[tuple[str, str], Place]:
    """Every place the tagger gives the text, by (name, country)."""
    return {(p.name, p.country): p for p in default_tagger().tag(None, text).places}


@pytest.mark.parametrize(
    ("admin2", "names"),
    [
        ("Agago District", ["Agago"]),
        ("Canton de Pococi", ["Pococi"]),
        ("Departement de la Haute-Savoie", ["Haute-Savoie"]),
        ("Politischer Bezirk Zell am See", ["Zell am See"]),
        ("Provincia de Alava", ["Alava"]),
        ("Comuna Ciuperceni", ["Ciuperceni"]),
        ("Amphoe Chiang Dao", ["Chiang Dao"]),
        ("Sirdal", ["Sirdal"]),
        # Swedish municipalities in the genitive, or a name that ends in "s".
        ("Osthammars Kommun", ["Osthammars", "Osthammar"]),
    ],
)
def test_the_kind_geonames_writes_into_a_name_goes(admin2: str, names: list[str]) -> None:
    assert plain_names(admin2) == names


def test_the_table_knows_districts_of_many_countries() -> None:
    table = districts()
    for name, country in [("Sirdal", "NO"), ("Pococí", "CR"), ("Kween", "UG"), ("Fife", "GB")]:
        assert f"\t{country}\t" in table[name_key(name.split())]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A preposition of place, accents folded against GeoNames' ASCII name.
        ("The boat landed in Pococí on Tuesday, Costa Rica's coast guard said.", "Pococí", "CR"),
        # A division's noun before it, in Spanish.
        ("La policía de Costa Rica halló la lancha en el cantón de Pococí.", "Pococí", "CR"),
        # Its noun after it, in Norwegian and in English.
        ("Norway plans a wind farm in Sirdal kommune, the agency said.", "Sirdal", "NO"),
        ("Uganda reported a case in Kween district on Friday.", "Kween", "UG"),
        ("The Scottish government in the United Kingdom shut a road in Fife.", "Fife", "GB"),
    ],
)
def test_a_cued_district_of_a_country_named_is_a_place_with_coordinates(
    text: str, name: str, country: str
) -> None:
    place = places(text)[name, country]
    assert place.latitude is not None
    assert place.longitude is not None


def test_a_small_namesake_abroad_yields_to_a_county_its_noun_names() -> None:
    # Whatcom is a Canadian hamlet too; the county's noun and the country named say which.
    found = places(
        "In the United States, farms were flooded in Whatcom County, south of the border with"
        " Canada."
    )
    assert ("Whatcom", "US") in found
    assert ("Whatcom", "CA") not in found


@pytest.mark.parametrize(
    "text",
    [
        # No country named.
        "Wind turbines went up in Sirdal on Monday, the agency said.",
        # No cue: neither a preposition of place nor a division's noun.
        "Sirdal reported heavy snow on Monday, Norway's weather service said.",
        # A person's name.
        "John Sirdal said Norway would build more lines.",
        # Another country named more often, with only a preposition as the cue.
        "Sweden and Sweden's neighbours met in Sirdal, Sweden's Norway envoy said.",
    ],
)
def test_no_district_without_its_country_and_a_cue(text: str) -> None:
    assert ("Sirdal", "NO") not in places(text)


def test_a_listed_town_of_the_same_name_is_one_place() -> None:
    # Yendi is a Ghanaian town and the district around it.
    found = places("Ghana's police said clashes broke out in Yendi District on Sunday.")
    assert [key for key in found if key[0] == "Yendi"] == [("Yendi", "GH")]


def test_an_irish_county_is_named_without_its_noun() -> None:
    text = "Irish police searched a farm in County Offaly. Ireland's police said so."
    assert [(p.name, p.country) for p in default_tagger().tag(None, text).places] == [
        ("Offaly", "IE")
    ]
    text = "Irish police searched a farm in County Kilkenny. Ireland's police said so."
    assert [(p.name, p.country) for p in default_tagger().tag(None, text).places] == [
        ("Kilkenny", "IE")
    ]


def test_names_listed_after_a_plural_division_noun_are_divisions() -> None:
    text = (
        "Irish police searched houses on the border of counties Laois and Westmeath. Ireland and "
        "the United Kingdom agreed."
    )
    places = {(p.name, p.country) for p in default_tagger().tag(None, text).places}
    assert places == {("Laois", "IE"), ("Westmeath", "IE")}


@pytest.mark.parametrize(
    "text",
    [
        "Rain closed schools in Antique province, the Philippines' weather office said.",
        "In the Philippines, officials in the province of Antique opened shelters.",
    ],
)
def test_a_division_named_by_a_word_is_taken_with_its_noun(text: str) -> None:
    assert ("Antique", "PH") in places(text)


def test_a_word_that_names_a_division_is_no_place_without_its_noun() -> None:
    text = "An Antique dealer in Manila, the Philippines, closed his shop."
    assert ("Antique", "PH") not in places(text)


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Floods hit a farm in Christian County, the US weather service said.", True),
        ("The US envoy met Iraq's premier. In Tarvo, a mostly Christian district of Mosul, "
         "families returned.", False),
        ("The US envoy met Iraq's premier. Families returned to a Christian district of Mosul.",
         False),
    ],
)  # fmt: skip
def test_words_after_an_indefinite_article_say_a_districts_kind_not_its_name(
    text: str, taken: bool
) -> None:
    # Neither the US county nor a district of the story's own country.
    assert ("Christian" in {name for name, _ in places(text)}) is taken
    assert (("Christian", "US") in places(text)) is taken


def test_a_name_before_a_district_noun_after_the_definite_article_is_a_place() -> None:
    assert ("Tarvish", "NG") in places("Nigeria's army said the Tarvish district was quiet.")
