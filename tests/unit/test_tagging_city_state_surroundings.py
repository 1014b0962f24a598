"""A town named in a story on a state that is only part of a city lies in the country around it.

Every body here is invented; real towns and countries are used as news English names them.
"""

from __future__ import annotations

from newsstream.core.places import country_around
from tests.unit.test_tagging_twentythird import places

_VATICAN = "The Vatican Museums reopened a hall in Vatican City on Monday, the Holy See said. "


def test_a_small_town_named_in_a_story_on_a_city_state_lies_around_it() -> None:
    text = _VATICAN + "Guests are expected from Montefalco and from a villa in Spello."
    assert {("Montefalco", "IT"), ("Spello", "IT")} <= places(None, text)


def test_an_unlisted_quarter_named_in_a_story_on_a_city_state_lies_around_it() -> None:
    text = _VATICAN + "Guests are expected from a villa in Ostravere, near the river."
    assert ("Ostravere", "IT") in places(None, text)


def test_only_a_state_inside_a_city_has_a_country_around_it() -> None:
    assert country_around("VA") == "IT"
    assert country_around("SG") is None
    assert country_around("LU") is None
