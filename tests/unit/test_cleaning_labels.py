"""Cleaning rules of the eighth blind round: footnote marks, labels in more languages, thread
lines, cache banners and the next article of an endless page.

Every line here is invented for these tests (ferries, harbours, bridges); each rule has story
sentences with the same words that it must keep.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsstream.core.cleaning import clean
from newsstream.core.models import CleanedArticle, ContentType, RawArticle

RECEIVED = datetime(2026, 1, 1, tzinfo=UTC)
HEADLINE = "Harbour ferry returns to the island after winter repairs"
P1 = (
    "The island ferry resumed sailings on Monday after a three-month refit at the mainland "
    "yard, the harbour authority said."
)
P2 = (
    "Islanders had relied on a smaller boat that could not carry lorries, and shops ran short "
    "of fresh food in January."
)
P3 = "The operator said the timetable would return to six crossings a day from March."


def clean_text(text: str, content_type: ContentType = ContentType.PLAIN) -> CleanedArticle:
    return clean(
        RawArticle(
            article_id="a1",
            source="test",
            received_at=RECEIVED,
            content_type=content_type,
            text=text,
        )
    )


def paragraphs(article: CleanedArticle) -> list[str]:
    return article.body.split("\n\n")


# --------------------------------------------------------------------------------------------
# Footnote reference marks.


def test_footnote_marks_after_words_and_quotes_are_dropped() -> None:
    marked = (
        "The pier was built in 1911[1] and rebuilt after the storm.[2] "
        "Locals call it “the old lady”[3]."
    )
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{marked}\n\n{P3}")
    assert paragraphs(article)[1] == (
        "The pier was built in 1911 and rebuilt after the storm. Locals call it “the old lady”."
    )


def test_footnote_marks_in_html_superscripts_are_dropped() -> None:
    page = (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry returns</h1>"
        f"<p>{P1}</p><p>The pier was built by the council<sup><a href='#n1'>[1]</a></sup>, "
        "which still owns the slipway and the old waiting room beside the harbour wall.</p>"
        f"<p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert "[1]" not in article.body
    assert "built by the council, which still owns" in article.body


@pytest.mark.parametrize(
    "story",
    [
        "[1] The council named three options for the pier, and the cheapest was chosen.",
        "The harbour master wrote “[sic]” beside the figure in the log, the court heard.",
        "The ticket code [12345] was printed on every boarding pass issued that week.",
    ],
)
def test_brackets_that_are_no_footnote_mark_stay(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P3}")
    assert paragraphs(article)[1] == story
