"""Lines over the story that date it: a reading-time strip, a "Sent" label, an issue's number.

Every line here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.cleaning import _PUBLISHED_LABEL
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
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


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Envoyé : 14/10/2026 09:05", True),
        ("Enviado 14/10/2026 09:05", True),  # a date right after the word
        ("Envoyé spécial Jean Dupont 12 mai 2026, 06:00", False),  # a special correspondent
        ("Enviado especial Juan Pérez 12 de mayo de 2026", False),
        ("Inviato speciale Marco Rossi 12 maggio 2026", False),
    ],
)
def test_sent_labels_a_date_but_not_a_special_correspondent(line: str, *, label: bool) -> None:
    assert bool(_PUBLISHED_LABEL.match(line)) is label


def test_an_issues_volume_is_no_date_line() -> None:
    article = clean_text(f"{HEADLINE}\n\nIssue #5 · Volume 3, 2026\n\n{P1}\n\n{P2}")
    assert article.published is None
    assert "date_banner" not in {line.rule for line in article.removed}


def test_a_stamp_under_the_headline_dates_the_story_before_its_updated_ago() -> None:
    text = "\n\n".join(
        [
            "Home | News | Sport | Weather",
            HEADLINE,
            "04/12/2026 09h15  Updated 2 hours ago",
            P1,
            P2,
            P3,
        ]
    )
    article = clean_text(text)
    assert article.published == date(2026, 12, 4)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def _page(head: str, date_line: str) -> str:
    return (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body><article><h1>{HEADLINE}</h1>"
        f"<p>By Mara Velno</p>{date_line}<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )


@pytest.mark.parametrize("printed", ["Published Oct. 14, 2025", "Oct. 14, 2025"])
def test_a_printed_date_wins_over_a_years_first_of_january(printed: str) -> None:
    # with no date in its metadata, the page's date finder gives 1 January of a year it sees
    article = clean_text(_page("", f"<p>{printed}</p>"), content_type=ContentType.HTML)
    assert article.published == date(2025, 10, 14)


def test_a_first_of_january_in_the_metadata_alone_dates_the_article() -> None:
    meta = "<meta property='article:published_time' content='2026-01-01T08:00:00Z'>"
    article = clean_text(_page(meta, ""), content_type=ContentType.HTML)
    assert article.published == date(2026, 1, 1)
