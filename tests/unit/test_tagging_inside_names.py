"""A place's name that is a word of a longer name (a ship's, a club's) names no place.

Every ship, club and person here is invented; real cities and countries are used as news
English names them.
"""

from __future__ import annotations

from tests.unit.test_tagging_twentythird import places


def test_a_place_before_an_ordinary_capitalised_word_is_part_of_a_name() -> None:
    text = (
        "Crew on the Denver Harmony fell ill as the ship sailed south from Chile. The Denver"
        " Harmony will dock on Friday."
    )
    assert ("Denver", "US") not in places(None, text)


def test_a_place_is_a_place_before_its_title_or_division() -> None:
    text = "Floods hit Ukraine on Tuesday. Kyiv Mayor Vitali Klitschko said the river rose."
    assert ("Kyiv", "UA") in places(None, text)


def test_a_bodys_name_written_again_is_the_body() -> None:
    # "Rapid Denver's coach": the club found before, with a possessive.
    text = (
        "Dunmore Rovers beat Rapid Denver 2-1 in Santiago on Tuesday. Rapid Denver's coach, Jan"
        " Novak, said his side had been careless."
    )
    assert places(None, text) == {("Santiago", "CL")}


def test_a_title_case_headline_keeps_its_places() -> None:
    assert ("Kyiv", "UA") in places("Floods Leave Kyiv Homes Underwater", "Floods hit Ukraine.")


def test_a_place_after_a_given_name_and_an_initial_is_a_surname() -> None:
    text = (
        "Flights to Chile were held up on Monday, officials in Santiago said, as the terminal"
        " named for Maria T. Denver lost power."
    )
    assert ("Denver", "US") not in places(None, text)


def test_a_word_of_a_persons_name_the_article_gives_is_that_person() -> None:
    # "Lin" after a list of places reads as a township; the article named Lin Mei-hua.
    text = (
        "Voters in Taiwan elected a new county magistrate on Saturday. The candidate, Lin"
        " Mei-hua, lost. In Hualien, Lin won narrowly."
    )
    assert places(None, text) == {("Hualien City", "TW")}


def test_a_word_of_a_persons_name_led_to_as_a_place_is_the_place() -> None:
    text = (
        "Floods closed roads across Jamaica on Monday. Ana Mandeville, a police spokeswoman,"
        " said hotels in Mandeville were shut."
    )
    assert ("Mandeville", "JM") in places(None, text)
