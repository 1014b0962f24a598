"""Cleaning rules of the twenty-seventh round, told by shape: dates under a "Published" label.

Two date lines that differ in their day count no pages; a date inside a list of links dates the
linked story, not this one; a paged page's running head under the headline still dates it.
Every line here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.paged import running_lines
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


def test_two_dates_a_day_apart_count_no_pages() -> None:
    lines = [HEADLINE, "Published", "3 March 2026, 08:10 GMT", "Updated", "4 March 2026, 17:20 GMT"]
    assert running_lines(lines, set()) == set()


def test_a_page_counter_beside_a_date_still_counts_pages() -> None:
    lines = ["ISLAND POST 3 March 2026 Page 1 of 2", P1, "ISLAND POST 3 March 2026 Page 2 of 2"]
    assert running_lines(lines, set()) == {0, 2}


def test_a_date_in_a_list_of_links_dates_the_linked_story() -> None:
    page = "\n".join(
        [
            HEADLINE,
            "Published",
            "3 March 2026",
            P1,
            P2,
            P3,
            "More on this story",
            "Island school saved by parents' appeal",
            "Published",
            "14 November 2024",
            "Ferry operator warns of winter cuts",
            "Published",
            "6 January 2025",
        ]
    )
    assert clean_text(page).published == date(2026, 3, 3)


def test_a_paged_pages_running_head_under_the_headline_dates_it() -> None:
    page = (
        "ISLAND POST Friday, 6 March 2026\n"
        f"{HEADLINE}\n"
        f"{P1}\n"
        "4 Island Post www.islandpost.example\n"
        "\f\n"
        "ISLAND POST Friday, 6 March 2026\n"
        f"{P2}\n"
        "5 Island Post www.islandpost.example\n"
    )
    assert clean_text(page).published == date(2026, 3, 6)


def test_a_wire_sign_off_wrapped_over_two_lines_is_one_credit() -> None:
    sign_off = (
        "Reporting by Jane Doe; Additional reporting by John Roe in",
        "Eastport; Editing by Ann Poe and Mark Lee",
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{sign_off[0]}\n{sign_off[1]}\n")
    assert article.body.split("\n\n") == [P1, P2, P3]
    assert article.credits == [" ".join(sign_off)]


def test_a_story_paragraph_of_two_lines_naming_a_contribution_stays() -> None:
    lines = (
        "The quay was rebuilt with help from the county and a grant",
        "Paid by the islanders themselves, the harbour master said on Monday.",
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{lines[0]}\n{lines[1]}\n\n{P3}")
    assert article.removed == []
    assert article.credits == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Odile Marchetti, Tollwire correspondent", "Odile Marchetti"),
        ("Ona Petraitytė, ELTA korespondentė", "Ona Petraitytė"),
        ("Anna Nowak, korespondentka PAP w Gdańsku", None),  # the role first: not this shape
    ],
)
def test_a_header_line_of_name_and_role_credits_the_name(line: str, name: str | None) -> None:
    article = clean_text(f"{HEADLINE}\n\n{line}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == ([name] if name else [])


def test_a_header_line_of_a_place_and_a_role_word_credits_no_one() -> None:
    article = clean_text(f"{HEADLINE}\n\nPort Ellen, harbour staff\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == []
