"""A post's strip that gives its reading time and then its day: the day dates the story.

Every line here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text

STRIPS = (  # English, German, Spanish; a month's name, its number
    "7 min read · Oct 14, 2026",
    "3 Min. lesen | 14. Oktober 2026",
    "5 minutos de lectura · 14 de octubre de 2026",
    "4 min read • 14.10.2026",
)


@pytest.mark.parametrize("strip", STRIPS)
def test_a_reading_time_strip_dates_the_story(strip: str) -> None:
    article = clean_text(f"{HEADLINE}\n\nMarta Quill\n\n{strip}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 10, 14)
    assert article.body == f"{P1}\n\n{P2}"


def test_a_reading_time_alone_dates_nothing() -> None:
    article = clean_text(f"{HEADLINE}\n\n7 min read\n\n{P1}\n\n{P2}")
    assert article.published is None
    assert article.body == f"{P1}\n\n{P2}"
