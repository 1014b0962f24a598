"""Cleaning rules of the thirty-first round: a live page's summary box opens the story with its
heading (the heading the page marks over three short sentences or more is the story's, however
short); a stamp under the headline that prints the date before its "updated 2 hours ago" dates
the story.

Every line here is invented for these tests; each rule has lines of the same look that it must
leave as they were.
"""

from __future__ import annotations

from datetime import date

from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

POINTS = (
    "The ferry left the harbour two hours late.",
    "All forty passengers are safe.",
    "The next sailing is on Friday.",
)


def _page(*parts: str) -> str:
    body = "".join(f"<p>{part}</p>" if not part.startswith("<") else part for part in parts)
    return (
        f"<html><head><title>Ferry</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{body}</article></body></html>"
    )


def test_a_summary_box_heading_over_its_points_is_story() -> None:
    items = "".join(f"<li>{point}</li>" for point in POINTS)
    summary = f'<div class="summary"><h2>What we know</h2><ul>{items}</ul></div>'
    article = clean_text(_page(summary, P1, P2, P3), ContentType.HTML)
    assert article.body.split("\n\n") == ["What we know", *POINTS, P1, P2, P3]


def test_a_section_label_over_the_lead_stays_out_of_the_story() -> None:
    article = clean_text(_page("<h2>Island news</h2>", P1, P2, P3), ContentType.HTML)
    assert article.body.split("\n\n") == [P1, P2, P3]


def test_a_stamp_under_the_headline_dates_the_story_before_its_updated_ago() -> None:
    text = "\n\n".join(
        [
            "Home | News | Sport | Weather",
            HEADLINE,
            "04/12/2026 09h15  Updated 2 hours ago",
            P1,
            P2,
            P3,
        ]
    )
    article = clean_text(text)
    assert article.published == date(2026, 12, 4)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
