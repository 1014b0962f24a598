"""Dates of other calendars and shapes: Solar Hijri dates converted exactly, found on a line and
dating the article under its byline; on a date line, a month name borrowed with a suffix of its
own and numbers after the words for their units.

Every line here is invented for these tests; each rule has lines of the same look that it must
leave as they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.dates import find_date, near_date, solar_hijri_date
from tests.unit.test_cleaning_labels import P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


@pytest.mark.parametrize(
    ("year", "month", "day", "gregorian"),
    [
        (1403, 1, 1, date(2024, 3, 20)),  # Nowruz on 20 March
        (1405, 1, 1, date(2026, 3, 21)),  # and on 21 March
        (1403, 12, 30, date(2025, 3, 20)),  # the leap day of a leap year
        (1404, 12, 30, None),  # a common year's Esfand has 29 days
        (1404, 12, 29, date(2026, 3, 20)),
        (1405, 9, 11, date(2026, 12, 2)),  # Azar, a month of 30 days
        (1405, 6, 31, date(2026, 9, 22)),  # the last of the months of 31 days
        (1405, 7, 31, None),
        (1354, 1, 1, date(1975, 3, 21)),
    ],
)
def test_solar_hijri_dates_convert_exactly(
    year: int, month: int, day: int, gregorian: date | None
) -> None:
    assert solar_hijri_date(year, month, day) == gregorian


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("شنبه ۱۵ آذر ۱۴۰۵ · ۰۸:۳۰", date(2026, 12, 6)),  # Persian digits and month
        ("15 آذر 1405", date(2026, 12, 6)),  # ASCII digits
        ("پنجشنبه ۲۰ قوس ۱۴۰۵", date(2026, 12, 11)),  # Dari month, a day of "20"
        ("۲۰ قوس ۱۴۰۵ هـ.ش", date(2026, 12, 11)),  # Dari month by the Solar Hijri year's word
        # a Dari month's name is an Arabic word: on an Arabic line, no date
        ("أصيب 12 سرطان 1450 مريضا", None),
        ("۲۰ قوس ۱۴۰۵", None),
        ("۱۵ نومبر ۱۴۰۵", None),  # no Solar Hijri month
        ("15 Azar 1405", None),  # no Arabic letter: no Solar Hijri date
    ],
)
def test_solar_hijri_dates_are_found(text: str, day: date | None) -> None:
    assert find_date(text) == day


def test_a_solar_hijri_date_under_the_byline_dates_the_article() -> None:
    page = "\n\n".join(
        [
            "روزنامه بندر",
            "کشتی تازه به جزیره رسید",
            "نوشته: سارا کریمی\nیکشنبه ۱۶ آذر ۱۴۰۵",
            P1,
            P2,
            P3,
        ]
    )
    assert clean_text(page).published == date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sambata, 4 Noveemberiya 2026 · 09:10", date(2026, 11, 4)),  # vowels doubled, a suffix
        ("4 Oktoobberiya 2026", date(2026, 10, 4)),
        ("4 Desemberi 2026", date(2026, 12, 4)),  # a suffix alone
        ("4 Singerman 2026", None),  # a word that opens on no month's name
    ],
)
def test_a_borrowed_month_name_with_a_suffix_dates_a_date_line(text: str, day: date | None) -> None:
    assert near_date(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Ngoenzhaj, 2026 bi 11 nyied 4 · 09:10", date(2026, 11, 4)),  # year, month, day in words
        ("2026 bi 13 nyied 4", None),  # no thirteenth month
        ("In 2026 the 12 men of 3 towns", None),  # a word too long for a unit
    ],
)
def test_numbers_after_words_for_their_units_date_a_date_line(text: str, day: date | None) -> None:
    assert near_date(text) == day
