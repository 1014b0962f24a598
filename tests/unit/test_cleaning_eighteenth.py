"""Cleaning rules of the eighteenth blind round, told by shape: a caption's photo credit before
an agency after a spaced slash; a date line's or a dateline's month misspelt by a letter before
the day ("Nobyembri 30, 2026").

Every line here is invented for these tests, in languages other than the round's own (Finnish,
Spanish, Dutch, Estonian, Swahili, Portuguese, English); each rule has story lines of the same
shape that it must keep.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.dates import find_date, near_date
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


def _html(*parts: str) -> str:
    return f"<html><body><article><h1>{HEADLINE}</h1>{''.join(parts)}</article></body></html>"


# ---------------------------------------------------------------- caption credits


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Lautta saapuu satamaan. Kuva: Aino Virtanen / Satamalehti", "Kuva: Aino Virtanen"),
        ("El ferri en el muelle. Foto: Ana Pérez / Diario del Puerto", "Foto: Ana Pérez"),
        ("De veerboot in de haven. Foto: Jan Smit/ANP", "Foto: Jan Smit/ANP"),  # unspaced: whole
    ],
)
def test_a_captions_credit_stops_before_an_agency_after_a_spaced_slash(
    caption: str, credit: str
) -> None:
    figure = f"<figure><img src='/f.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    story = "The fare will be 4 / 6 euros, the operator said: a child pays less than an adult."
    body = f"<p>{P1}</p>{figure}<p>{story}</p><p>{P2}</p><p>{P3}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.credits == [credit]
    assert article.body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


def test_a_bracketed_captions_credit_in_plain_text_stops_before_the_agency() -> None:
    caption = "[Praam jõuab sadamasse. Foto: Mari Tamm / Saarte Hääl]"
    story = "Route: Eastport / Westport, twice a day from March, the harbour authority said."
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{story}\n\n{P2}")
    assert article.credits == ["Foto: Mari Tamm"]
    assert article.body == f"{P1}\n\n{story}\n\n{P2}"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Huwebes, Nobyembri 30, 2026 · 9:15 AM", date(2026, 11, 30)),  # a letter changed
        ("Published Janvary 5th, 2026", date(2026, 1, 5)),
        ("Sexta-feira, Dezenbro 4 2026", date(2026, 12, 4)),  # no comma before the year
    ],
)
def test_a_date_lines_misspelt_month_before_the_day_is_read(line: str, day: date) -> None:
    assert find_date(line) is None
    assert near_date(line) == day


@pytest.mark.parametrize("line", ["Remember 3, 2026", "Sinter 5, 2026", "Number 4, 2026"])
def test_a_word_two_letters_from_any_month_before_a_day_is_no_date(line: str) -> None:
    assert near_date(line) is None


def test_a_datelines_misspelt_month_dates_the_article_but_a_story_sentences_does_not() -> None:
    lead = f"PORT MORESBY, Nobyembri 30, 2026 – {P1}"
    article = clean_text(f"{HEADLINE}\n\n{lead}\n\n{P2}\n\n{P3}")
    assert article.published == date(2026, 11, 30)
    assert article.body == f"{lead}\n\n{P2}\n\n{P3}"
    story = "The last crossing, on Nobyembri 30, 2026, carried 212 people and two lorries."
    article = clean_text(f"{HEADLINE}\n\n{story}\n\n{P2}\n\n{P3}")
    assert article.published is None
    assert article.body == f"{story}\n\n{P2}\n\n{P3}"
