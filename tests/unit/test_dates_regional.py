"""Month names of languages CLDR has none for (`dates._REGIONAL_MONTH_NAMES`).

Every date line here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.dates import find_date, near_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tersa, 1 Dezembru 2026 · 09:10", date(2026, 12, 1)),  # Tetum
        ("Mahana piti, 17 Tītema 2026", date(2026, 12, 17)),  # Tahitian, a macron
        ("Lundi, 3 Desanm 2026", date(2026, 12, 3)),  # Seychellois Creole
        ("Wtórk, 8 gòdnika 2026", date(2026, 12, 8)),  # Kashubian, genitive
        ("12. märtekuu 2026", date(2026, 11, 12)),  # Võro
        ("Nedalipäiv, 6 kül'mkuu 2026", date(2026, 11, 6)),  # Veps, an apostrophe inside
        ("Vinjiri, 20 Sumedru 2026", date(2026, 10, 20)),  # Aromanian
        ("5 Толсур 2026", date(2026, 12, 5)),  # Udmurt
        ("Arafine, 9 Tışrino Verên 2026", date(2026, 10, 9)),  # Zazaki, two words
    ],
)
def test_regional_month_names_are_read(text: str, day: date) -> None:
    assert find_date(text) == day


def test_a_name_another_language_gives_another_month_keeps_that_month() -> None:
    assert find_date("Srijeda, 9 rujan 2026") == date(2026, 9, 9)  # Croatian September


def test_a_name_one_letter_off_a_regional_one_is_read_on_a_date_line() -> None:
    assert near_date("4 Titemma 2026 · 9:15 AM") == date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Nedalipäiv, 6. kül'mku 2026 · 10:00", date(2026, 11, 6)),  # an apostrophe inside
        ("Lunes, 7 ti' noviembre 2026", date(2026, 11, 7)),  # a particle with an apostrophe
    ],
)
def test_a_date_line_with_apostrophes_is_read(text: str, day: date) -> None:
    assert near_date(text) == day
