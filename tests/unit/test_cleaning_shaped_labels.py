"""Bylines under a label no table knows, told by their slot: under the headline, over the date.

Every article here is invented for these tests (ferries and harbours).
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.cleaning import _byline_shape
from tests.unit.test_cleaning_byline_tails import STORY, clean_text

MENU = "Home | Harbour | Islands | Sport | Weather"


@pytest.mark.parametrize(
    ("byline", "button", "date_line", "credit"),
    [
        ("Kirjut: Mara Velno · Eastport", "[+ Seuraa Mara Velno]", "3 December 2026 · 17:30",
         "Kirjut: Mara Velno"),
        ("Писал: Мара Велно", "[+ Следить Мара Велно]", "3 декабря 2026 · 17:30",
         "Писал: Мара Велно"),
        ("Γράφει: Μάρα Βέλνο", "[+ Ακολουθήστε]", "3 Δεκεμβρίου 2026 · 17:30",
         "Γράφει: Μάρα Βέλνο"),
    ],
)  # fmt: skip
def test_a_follow_button_between_a_labelled_byline_and_its_date_line(
    byline: str, button: str, date_line: str, credit: str
) -> None:
    text = f"New ferry to sail next month\n\n{byline}\n{button}\n{date_line}\n\n{STORY}"
    article = clean_text(text)
    assert article.credits == [credit]
    assert article.published == date(2026, 12, 3)
    assert article.body == STORY


@pytest.mark.parametrize(
    "line", ["Topic: Climate Change", "Venue: City Hall", "Thema: Neue Fähre", "Lieu: Port Neuf"]
)
def test_a_topic_a_place_or_a_date_label_over_a_date_line_credits_nobody(line: str) -> None:
    text = f"New ferry to sail next month\n\n{line}\n3 December 2026 · 17:30\n\n{STORY}"
    article = clean_text(text)
    assert article.credits == []


def test_a_questions_speaker_inside_the_story_credits_nobody() -> None:
    interview = f"{STORY}\n\nMara Velno: We waited for years.\n\nThe ferry sails in January."
    article = clean_text(f"New ferry to sail next month\n\n{interview}")
    assert article.credits == []
    assert "Mara Velno: We waited for years." in article.body


def test_a_desk_named_after_a_menu_section_is_cut_from_the_byline() -> None:
    text = (
        f"{MENU}\n\nNew ferry to sail next month\n\n"
        f"Kirjut: Mara Velno, Harbour Kantoor\n3 December 2026 · 17:30\n\n{STORY}"
    )
    assert clean_text(text).credits == ["Kirjut: Mara Velno"]


def test_a_second_writer_after_the_comma_stays_beside_a_menu() -> None:
    text = (
        f"{MENU}\n\nNew ferry to sail next month\n\n"
        f"Kirjut: Mara Velno, Tomas Rudd\n3 December 2026 · 17:30\n\n{STORY}"
    )
    assert clean_text(text).credits == ["Kirjut: Mara Velno, Tomas Rudd"]


@pytest.mark.parametrize("line", ["Published: Friday", "Updated: Tuesday Morning"])
def test_a_date_label_over_a_weekday_is_no_byline(line: str) -> None:
    assert not _byline_shape(line)
    assert _byline_shape("Reporter: Mara Velno")
    assert _byline_shape("Posted by: Mara Velno")
    assert _byline_shape("Publicado por: María López")


def test_a_page_that_opens_on_its_headline_is_dated_by_the_line_under_it() -> None:
    text = f"New ferry to sail to the island next month\n\nThu, 3 Dec, 2026 - 17:30\n\n{STORY}"
    article = clean_text(text)
    assert article.published == date(2026, 12, 3)
    assert article.body == STORY


def test_a_site_name_over_a_banner_date_dates_nothing() -> None:
    text = f"Harbour Ledger\n\nThu, 3 Dec, 2026 - 17:30\n\nNew ferry to sail next month\n\n{STORY}"
    article = clean_text(text)
    assert article.published is None


def test_a_name_that_opens_the_story_under_the_date_line_stays() -> None:
    lead = "Mara Velno has sailed the island route for thirty years, and she will retire in May."
    text = (
        f"New ferry to sail to the island next month\n\nThu, 3 Dec, 2026 - 17:30\n\n"
        f"{lead}\n\n{STORY}"
    )
    article = clean_text(text)
    assert article.credits == []
    assert article.body == f"{lead}\n\n{STORY}"
