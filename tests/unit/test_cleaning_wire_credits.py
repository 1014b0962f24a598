"""A wire's credits: an agency after the byline's comma is cut, a wrapped sign-off is one credit.

tests/gold/CONVENTIONS.md (an agency counts as a site). Every line here is invented for these
tests.
"""

from __future__ import annotations

import pytest

from newsstream.core.cleaning import _credit_text, _dated_byline
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("By Jane Doe and John Roe, Harbour Newswire", "By Jane Doe and John Roe"),
        ("By Jane Doe, Island Wire", "By Jane Doe"),
        ("By Jane Doe, Harbour PRWire", "By Jane Doe"),
        ("By Jane Doe, John Swire", "By Jane Doe, John Swire"),  # a surname closing on "wire"
        ("By Jane Doe, John Roe and Ana Lee", "By Jane Doe, John Roe and Ana Lee"),
    ],
)
def test_a_wire_service_after_a_bylines_comma_is_cut(byline: str, credit: str) -> None:
    assert _credit_text(byline) == credit


def test_a_bracketed_sign_off_wrapped_over_three_lines_is_one_credit() -> None:
    sign_off = (
        "(Reporting by Jane Doe in Eastport and John Roe in Westport;",
        "Additional reporting by Ana Lee in Northport; Editing by Mark",
        "Poe)",
    )
    article = clean_text("\n\n".join([HEADLINE, P1, P2, P3, "\n".join(sign_off)]) + "\n")
    assert article.body.split("\n\n") == [P1, P2, P3]
    assert article.credits == [" ".join(sign_off)[1:-1]]


def test_a_story_paragraph_of_three_lines_naming_a_contribution_stays() -> None:
    lines = (
        "The quay was rebuilt with help from the county and a grant",
        "Paid by the islanders themselves and by a fund the harbour",
        "Master set up in 1990, he said on Monday.",
    )
    article = clean_text("\n\n".join([HEADLINE, P1, "\n".join(lines), P3]))
    assert article.removed == []
    assert article.credits == []


@pytest.mark.parametrize(
    ("strip", "byline"),
    [
        (
            "Par Jeanne Morel, avec l’AFP | Publié le 4 mars 2026 à 10h30",
            "Par Jeanne Morel, avec l’AFP",
        ),
        ("Par Jeanne Morel, Harbour News | Publié le 4 mars 2026 à 10h30", "Par Jeanne Morel"),
        # a capitalised "Con" opens a name (a company), no contribution: cut as a site
        ("Por Ana Pérez, Con Harbour | 4 de marzo de 2026", "Por Ana Pérez"),
    ],
)
def test_a_wires_contribution_after_a_dated_bylines_comma_is_kept(strip: str, byline: str) -> None:
    assert _dated_byline(strip) == byline


def test_credit_lines_each_a_credit_already_stay_apart() -> None:
    tail = "With reporting by Jane Doe\nBy John Roe"
    article = clean_text("\n\n".join([HEADLINE, P1, P2, P3, tail]) + "\n")
    assert article.body.split("\n\n") == [P1, P2, P3]
    assert sorted(article.credits) == ["By John Roe", "With reporting by Jane Doe"]


def test_a_name_opening_on_a_labels_letters_is_no_label() -> None:
    # "Ata" (a photo's label in Māori) opens the name: no label heads this credit
    assert _credit_text("Atalay Kaya (Foto Jane Doe)") == "Atalay Kaya"
