"""Lines over the story that date it: a reading-time strip, a "Sent" label, an issue's number.

Every line here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text

DATING_LINES = (
    # a post's strip: the reading time, then the day (English, German, Spanish; a number month)
    "7 min read · Oct 14, 2026",
    "3 Min. lesen | 14. Oktober 2026",
    "5 minutos de lectura · 14 de octubre de 2026",
    "4 min read • 14.10.2026",
    # a wire's or a mailing's transmission time (English, German, Lithuanian, French)
    "Sent: 2026-10-14 09:05",
    "Gesendet: 14.10.2026 09:05",
    "Išsiųsta: 2026-10-14 09:05",
    "Envoyé : 14/10/2026 09:05",
    # a newsletter's issue and its day (English, German, French)
    "Issue #87 · Wednesday, October 14, 2026",
    "Ausgabe Nr. 87 | 14.10.2026",
    "Numéro 87 · mercredi 14 octobre 2026",
)


@pytest.mark.parametrize("dating", DATING_LINES)
def test_the_line_dates_the_story_and_goes(dating: str) -> None:
    article = clean_text(f"{HEADLINE}\n\nMarta Quill\n\n{dating}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 10, 14)
    assert article.body == f"{P1}\n\n{P2}"


def test_a_reading_time_alone_dates_nothing() -> None:
    article = clean_text(f"{HEADLINE}\n\n7 min read\n\n{P1}\n\n{P2}")
    assert article.published is None
    assert article.body == f"{P1}\n\n{P2}"
