"""A capital abroad listed with capitals abroad is that capital, not a small namesake at home.

Every body here is invented; real cities and countries are used as news English names them.
"""

from __future__ import annotations

import pytest

from tests.unit.test_tagging_twentythird import places

_PERU = " Peru's tourism board said Peru's hotels in Cusco were full."


@pytest.mark.parametrize(
    "flights",
    [
        "Tarvel Air, based in Cusco, will add flights to Quito, Caracas or Santiago next year.",
        "Tarvel Air, based in Cusco, will add flights to Santiago and Quito next year.",
    ],
)
def test_a_capital_listed_with_capitals_abroad_is_abroad(flights: str) -> None:
    assert ("Santiago", "CL") in places(None, flights + _PERU)


def test_a_namesake_listed_with_towns_at_home_stays_at_home() -> None:
    text = "Farmers in Cusco, Puno and Santiago said the rains came late." + _PERU
    assert ("Santiago", "PE") in places(None, text)
