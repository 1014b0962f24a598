"""A byline element's part in an element the page marks of its own is no part of the credit.

"By Jane Doe" and a topic in its own byline-classed element ("Health"), glued by the extraction,
credit "By Jane Doe" (tests/gold/CONVENTIONS.md: a role or desk after the name is cut). Every
page here is invented for these tests.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import ContentType
from tests.unit.test_cleaning import HEADLINE, P1, P2, P3, clean_text


@pytest.mark.parametrize(
    ("byline", "credits"),
    [
        (
            "<span>By <a href='/staff/mira-kell'>Mira Kell</a></span>"
            " <span class='Byline_topic__q1'>Transport</span>",
            ["By Mira Kell"],
        ),
        ("By <span class='byline-name'>Mira Kell</span>", ["By Mira Kell"]),
    ],
)
def test_a_part_the_page_marks_inside_its_byline_is_cut(byline: str, credits: list[str]) -> None:
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><div class='Byline_byline__x2'>{byline}</div>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).credits == credits
