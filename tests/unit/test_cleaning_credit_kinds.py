"""Credits told by kind: a caption's closing credit that is an outlet's initials, under a label
of any language, on a caption the page marks.

Every line here is invented for these tests; each rule has story lines of the same look that it
must keep.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text


def _page(*blocks: str) -> str:
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        + "".join(blocks)
        + "</article></body></html>"
    )


def test_a_figure_caption_closing_on_an_outlets_initials_credits_the_outlet() -> None:
    figure = "<figure><img src='/a.jpg' alt=''><figcaption>The new quay. Imej: HKP</figcaption>"
    page = _page("<p class='byline'>By Mara Quill</p>", f"{figure}</figure>", f"<p>{P1}</p>")
    article = clean_text(page + f"<p>{P2}</p>", ContentType.HTML)
    assert article.credits == ["By Mara Quill", "Imej: HKP"]


def test_a_story_sentence_closing_on_initials_credits_nobody() -> None:
    said = "The harbour master gave the new berth one name only: HKP."
    article = clean_text(_page(f"<p>{P1}</p>", f"<p>{said}</p>", f"<p>{P2}</p>"), ContentType.HTML)
    assert article.credits == []
    assert said in article.body


MASTHEAD = "THE HARBOUR LEDGER\nNews | Island | Sport | Business | Subscribe"


DATED = "\nThursday, 3 December 2026 · 9:15"


@pytest.mark.parametrize(
    ("header", "credit"),
    [
        ("Story by Ana Lindqvist, Island Bureau", "Story by Ana Lindqvist"),  # a desk, no date
        (f"Words by Ana Lindqvist · Ferry Reporter{DATED}", "Words by Ana Lindqvist"),  # a role
        (
            f"Te kaitiaki rongo: Ana Lindqvist, Ferry Reporter{DATED}",
            "Te kaitiaki rongo: Ana Lindqvist",
        ),
    ],
)
def test_a_byline_under_a_phrase_credits_the_name_without_its_role(
    header: str, credit: str
) -> None:
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}")
    assert (article.credits, article.body) == ([credit], f"{P1}\n\n{P2}")


def test_a_story_sentence_opening_on_a_by_phrase_is_kept() -> None:
    said = "Written by Mara Quill, the play opens at the harbour hall on Friday."
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{P1}\n\n{said}\n\n{P2}")
    assert said in article.body
    assert article.credits == []


@pytest.mark.parametrize(
    ("header", "credit"),
    [
        (f"Par Jeanne Morel, Correspondante Régionale{DATED}", "Par Jeanne Morel"),
        (
            f"Rĩandĩkĩtwo nĩ Wanjiru Nduta, Mwandĩki wa Kiambu{DATED}",
            "Rĩandĩkĩtwo nĩ Wanjiru Nduta",
        ),
        (f"Imeandikwa na Amina Juma, Mwandishi Wetu{DATED}", "Imeandikwa na Amina Juma"),
    ],
)
def test_a_role_in_the_bylines_language_is_cut(header: str, credit: str) -> None:
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}")
    assert (article.credits, article.body) == ([credit], f"{P1}\n\n{P2}")
