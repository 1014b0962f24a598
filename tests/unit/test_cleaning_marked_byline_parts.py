"""A byline element's part in an element the page marks of its own is no part of the credit.

"By Jane Doe" and a topic in its own byline-classed element ("Health"), glued by the extraction,
credit "By Jane Doe" (tests/gold/CONVENTIONS.md: a role or desk after the name is cut). Every
page here is invented for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsstream.core.cleaning import _marked_name_and_role, _without_marked_tail
from newsstream.core.models import ContentType
from tests.unit.test_cleaning import HEADLINE, P1, P2, P3, clean_text


def _credits_under(header: str) -> list[str]:
    """The credits of an invented HTML story with `header` between its headline and its story."""
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1>{header}"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    return clean_text(page, ContentType.HTML).credits


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
    assert _credits_under(f"<div class='Byline_byline__x2'>{byline}</div>") == credits


@pytest.mark.parametrize(
    ("byline", "credits"),
    [
        (
            "<span class='author vcard'><a href='/a/mk'>Mira Kell</a></span> | Reporter",
            ["Mira Kell"],
        ),
        ("<span class='author vcard'><a href='/a/mk'>Mira Kell</a></span> | Eastport", []),
    ],
)
def test_a_marked_name_and_its_role_after_a_bar_credit_the_name(
    byline: str, credits: list[str]
) -> None:
    marked = f"<div class='entry-meta'><span class='byline'>{byline}</span></div>"
    assert _credits_under(marked) == credits


def test_a_byline_strip_closing_on_a_view_count_credits_its_writer() -> None:
    strip = (
        "<div class='post-meta'><span class='post-author-name'>By <a href='/a/mk'>Mira Kell</a>"
        " in Eastport</span> &middot; <time>3 March 2026 16:40</time> &middot;"
        " <span>1,204 views</span></div>"
    )
    assert _credits_under(strip) == ["By Mira Kell"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Doe, Property Correspondent | Harbour", "Jane Doe"),  # the comma sets the role
        ("Jane Doe | Reporter", "Jane Doe"),  # no comma: the bar does
    ],
)
def test_a_marked_names_role_is_set_apart_by_its_comma_first(text: str, name: str) -> None:
    assert _marked_name_and_role(text) == name


class _ShortestFirst(set[str]):
    """A set iterated shortest first, whatever the hash seed orders."""

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(super().__iter__(), key=len))


def test_the_longest_marked_part_is_cut_first_whatever_the_sets_order() -> None:
    # a desk's element holding its topic's: both marked, both glued after the name
    parts = _ShortestFirst({"Tech", "Kultur Tech"})
    assert _without_marked_tail("By Mira Kell Kultur Tech", parts) == "By Mira Kell"
