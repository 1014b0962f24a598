"""Credits told by kind: a caption's closing credit that is an outlet's initials, under a label
of any language, on a caption the page marks.

Every line here is invented for these tests; each rule has story lines of the same look that it
must keep.
"""

from __future__ import annotations

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
