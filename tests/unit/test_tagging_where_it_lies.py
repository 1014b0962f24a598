"""Where the text says a place lies: right after its name, or by a list it shares.

Every person, body and small place here is invented; real cities and countries are used as news
English names them.
"""

from __future__ import annotations

import pytest

from tests.unit.test_tagging_twentythird import places


def test_a_place_said_to_be_a_suburb_lies_in_that_citys_country() -> None:
    # Victoria has namesakes in a dozen countries, none in Fiji: an unlisted suburb of Suva.
    text = (
        "Tonga's rugby fans packed a bar in Nuku'alofa. Tonga beat Fiji on Saturday. Supporters"
        " in Victoria, a suburb of Suva, held a rival party, and Tonga's coach thanked them."
    )
    assert ("Victoria", "FJ") in places(None, text)


def test_a_village_said_to_be_near_a_capital_lies_in_its_territory() -> None:
    # Though the body names the United States, not the territory, by name.
    text = (
        "Flooding reached Tarvelton, a village near Charlotte Amalie. Officials in Washington"
        " said the U.S. would help."
    )
    assert ("Tarvelton", "VI") in places(None, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Peru's airline will fly from Lima to Santiago in Chile from March, Peru's transport"
            " ministry said. Peru's tourism board welcomed the route.",
            ("Santiago", "CL"),
        ),
        (
            "Canada's airline will fly from Toronto to London in England from March, Canada's"
            " transport ministry said. Canada's tourism board welcomed the route.",
            ("London", "GB"),
        ),
    ],
)
def test_a_namesake_in_the_country_named_after_it(text: str, place: tuple[str, str]) -> None:
    # The story's own country has a namesake; the text says which one it means.
    assert place in places(None, text)


def test_in_a_place_says_nothing_of_what_is_named_before_it() -> None:
    # No unlisted place "Games" in the United States.
    text = (
        "Japan's team trained in Tokyo. Japan hopes to win at the Games in Los Angeles,"
        " Japan's coach said."
    )
    assert not any(name == "Games" for name, _ in places(None, text))


def test_an_unlisted_place_listed_with_a_curated_one_shares_its_country() -> None:
    text = (
        "Canada and France met on Friday. Canada's minister said Canada would help. The"
        " territory's two communes, Saint-Pierre and Port-Tarvelune, elect a council."
    )
    assert ("Port-Tarvelune", "PM") in places(None, text)
