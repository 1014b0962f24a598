"""The country a story is set in, which chooses among namesakes: its title and its names, not
its demonyms.

Every person, body and small place here is invented; real cities and countries are used as news
English names them.
"""

from __future__ import annotations

import pytest

from tests.unit.test_tagging_twentythird import places

_MILL = (
    "The last wool mill in Nelson closed on Friday. Buyers in New Zealand had cancelled their"
    " orders, and New Zealand prices fell by a third, the owners said."
)


@pytest.mark.parametrize(
    ("title", "country"),
    [
        # The one country the title names is where the story is, though the body names
        # another more often.
        ("Last wool mill in England closes", "GB"),
        (None, "NZ"),
    ],
)
def test_the_title_country_sets_the_story(title: str | None, country: str) -> None:
    assert ("Nelson", country) in places(title, _MILL)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Demonyms say where riders come from, not where the race is: Belgium, named once,
        # sets the town of two namesakes.
        (
            "German riders swept the race in Halle on Sunday. The German team and German fans"
            " celebrated as Belgium's cycling season ended.",
            "BE",
        ),
        # Named by name, the other country sets it.
        (
            "Riders swept the race in Halle on Sunday. Germany's team won as Germany's season"
            " ended, and Belgium watched.",
            "DE",
        ),
    ],
)
def test_a_demonym_does_not_outweigh_a_name(text: str, country: str) -> None:
    assert ("Halle", country) in places(None, text)


def test_a_town_listed_with_the_stories_own_places_is_its_own() -> None:
    # A namesake in the United States, named in the sentence, but one list with Ocho Rios.
    text = (
        "Police in Jamaica raided homes in Ocho Rios and Greenwood on Monday, helped by the"
        " United States embassy. Jamaica has asked for more help."
    )
    assert places(None, text) == {("Ocho Rios", "JM"), ("Greenwood", "JM")}


def test_a_town_between_two_places_may_lie_abroad() -> None:
    text = (
        "Police in Jamaica raided homes between Ocho Rios and Greenwood on Monday, helped by the"
        " United States embassy. Jamaica has asked for more help."
    )
    # "between" joins places across a border: the list with Ocho Rios does not make it Jamaica's
    # (which namesake it is then is the resolver's usual choice, not this rule's)
    assert ("Greenwood", "JM") not in places(None, text)
