"""Rules of the twenty-third tagging round (development set tags_blind23): each rule's shape
that must be tagged, and look-alikes that must not.

Every person, body and small place here is invented unless it is a real, widely known body of
the kind the knowledge file lists; real cities and countries are used as news English names them.
"""

from __future__ import annotations

import pytest

from newsstream.core.tagging import default_tagger


def places(title: str | None, text: str) -> set[tuple[str, str]]:
    """Names and countries of the whole tagger's places."""
    return {(p.name, p.country) for p in default_tagger().tag(title, text).places}


_FLOOD = (
    "Flooding reached Tarvelton, a village near Charlotte Amalie. Officials in Washington said"
    " the U.S. would help."
)


@pytest.mark.parametrize(
    ("title", "country"),
    [
        # A place of the title with no namesake names its country, which leads a tie: the
        # unlisted village lies in the territory the body never names.
        ("Floods hit Charlotte Amalie", "VI"),
        # Without it in the title, the country named by name leads.
        (None, "US"),
        ("Floods hit the Caribbean", "US"),
    ],
)
def test_title_country_leads_a_tie(title: str | None, country: str) -> None:
    assert ("Tarvelton", country) in places(title, _FLOOD)
