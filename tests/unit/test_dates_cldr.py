"""Month names from CLDR (`data/month_names.tsv`): the file is what its script makes, and dates in
languages the hand list lacks are read, with what the filters keep out.

Every date line here is invented for these tests.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from newsstream.core.dates import find_date

REPO = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_month_names", REPO / "scripts" / "build_month_names.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_month_names_file_is_what_the_script_makes_from_the_installed_babel() -> None:
    pytest.importorskip("babel")
    script = _script()
    assert script.OUTPUT.read_text("utf-8") == script.build(), (
        "stale: run scripts/build_month_names.py"
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Jeheiney, 14 Mee Houney 2025 · 08:00", date(2025, 11, 14)),  # Manx: three words
        ("dy' Gwener, 3 mis Hedra 2025", date(2025, 10, 3)),  # Cornish: "month" and a name
        ("Mugovhe, 9 Khubvumedzi 2024 · 16:45", date(2024, 9, 9)),  # Venda: 11 letters
        ("Musumbhunuku, 20 Hukuri 2025", date(2025, 11, 20)),  # Tsonga
        ("Sibitii, Caamsaa 7, 2025 · 2:10 WB", date(2025, 5, 7)),  # Oromo: the month first
        ("Tue, 5 N’wendzamhala 2023", date(2023, 12, 5)),  # an apostrophe inside the name
        ("Labone, 2 Phatwee 2025", date(2025, 8, 2)),  # a case ending on a known name
        ("Updated on March 4, 2025", date(2025, 3, 4)),  # words before the month are not it
        ("4 de marzo de 2025", date(2025, 3, 4)),  # "de" after the month is not a part of it
        ("March-April 4, 2025", date(2025, 4, 4)),  # a hyphen between two months
        ("Ĩtatũ, 9 Mwai wa ĩkumi na ilĩ 2025", date(2025, 12, 9)),  # Kamba: five words
        ("Alhamisi, 4 Mweri wo kumi na moja 2025", date(2025, 11, 4)),  # Machame
        ("18 sánzá ya zómi na mɔ̌kɔ́ 2025", date(2025, 11, 18)),  # combining accents (NFC)
        ("Martars, 14 di Otubar dal 2025", date(2025, 10, 14)),  # Friulian "dal" after it
        ("बिहीबाः, नोभेम्बर १२, २०२६ · ०८:३०", date(2026, 11, 12)),  # Nepali: the month first
        # regional languages CLDR gives no names for (data/regional_month_names.tsv)
        ("Pėnktadėinis, 2025 m. groudė 12 d. · 10:15", date(2025, 12, 12)),  # Samogitian genitive
        ("Sabbadu 6 di sittembri 2025, 09:30", date(2025, 9, 6)),  # Sassarese
        ("Mittwoch, 3. Feber 2025", date(2025, 2, 3)),  # Bavarian
        ("Monday, 9 Risaw 2026 · 7:15 AM", date(2026, 10, 9)),  # Khasi
        ("Isnin, 4 Hunyu 2027 · 8:30 AM", date(2027, 6, 4)),  # Tausug
        ("Juma'at, 19 Nubimbri 2027", date(2027, 11, 19)),  # Tausug
    ],
)
def test_cldr_month_names_date_lines(text: str, day: date) -> None:
    assert find_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "won 3 games 2024",  # a word between a number and a year is no month
        "the Mayor 4, 2025",  # "mayo" is Spanish May, but a four-letter stem takes no ending
        "Sun 4, 2025",  # a common English word, though CLDR abbreviates a month so
        "12 Me 2025",  # a name of two letters
        "20 Nhlangula 2025",  # Tsonga's October is isiNdebele's June: ambiguous, left out
        "sold 4 of the boats in May 2025",  # a month's word among four others names none
    ],
)
def test_unsafe_names_are_no_months(text: str) -> None:
    assert find_date(text) is None


def test_filters_drop_ambiguous_short_and_common_names() -> None:
    pytest.importorskip("babel")
    lines = _script().build().splitlines()
    names = {line.split("\t")[1] for line in lines if not line.startswith("#")}
    assert "sun" not in names  # English word
    assert "me" not in names  # two letters
    assert not any(char.isdigit() for name in names for char in name)
    assert len(names) == len(lines) - 2  # each name once, with one month


def test_regional_names_are_merged_under_the_same_filters() -> None:
    pytest.importorskip("babel")
    script = _script()
    rows = {tuple(line.split("\t")) for line in script.build().splitlines() if line[:1] != "#"}
    assert ("11", "lapkrėtė") in rows  # a genitive CLDR lacks
    assert ("1", "sausis") in rows  # Lithuanian's too in CLDR: the same month, kept once
