"""An "Updated" date line that goes on to say when the article was first published.

Every line here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text

MASTHEAD = "THE HARBOUR LEDGER\nNews | Island | Sport | Business | Subscribe"


@pytest.mark.parametrize(
    "dated",
    [
        "Updated December 4 2026 - 8:10am, first published December 2 2026 - 6:00pm",
        "Updated 4 December 2026 | Published 2 December 2026",
    ],
)
def test_the_first_published_date_after_an_update_dates_the_article(dated: str) -> None:
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{dated}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 12, 2)


def test_an_update_alone_still_dates_the_article() -> None:
    dated = "Updated December 4 2026 - 8:10am"
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{dated}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 12, 4)


def test_a_first_published_time_alone_is_the_update_s_day() -> None:
    dated = "Updated December 4 2026 — 5.14pm, first published at 11.02am"
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{dated}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 12, 4)


def test_an_update_first_published_at_a_time_alone_dates_the_article_under_a_bare_masthead() -> (
    None
):
    dated = "Updated December 4 2026 - 5.14pm, first published at 11.02am"
    article = clean_text(f"THE HARBOUR LEDGER\n\n{HEADLINE}\n\n{dated}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 12, 4)
