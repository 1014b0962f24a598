"""A town's name inside a street's ("Kaya J.R. Tarvel") or a firm's unlisted "Port X" is no
place of its own.

Every person, body and small place here is invented; real towns are used as news names them.
"""

from __future__ import annotations

import pytest

from tests.unit.test_tagging_twentythird import places


@pytest.mark.parametrize(
    "text",
    [
        "Divers on the Kaya J.R. Tarvel seafront in Kralendijk said bookings fell.",
        "Cafés on Kaya Orvik Velno in Kralendijk stayed shut.",
    ],
)
def test_a_street_word_before_a_name_is_no_town(text: str) -> None:
    # Kaya is a town of Burkina Faso and the word for a street in Papiamento.
    assert not any(name == "Kaya" for name, _ in places(None, text))


def test_a_town_named_like_a_street_word_is_still_a_town() -> None:
    text = "Burkina Faso's army said fighters attacked a convoy near Kaya on Sunday."
    assert ("Kaya", "BF") in places(None, text)


def test_a_town_after_port_in_an_unlisted_name_is_no_town() -> None:
    text = (
        "Port Hamilton Bottling will hire 300 workers when its St Croix plant reopens. Port"
        " Hamilton said so."
    )
    assert ("Saint Croix", "VI") in places(None, text)
    assert not any(name == "Hamilton" for name, _ in places(None, text))
