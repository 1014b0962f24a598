"""A role after a byline's slash is cut, a site after it is not a role (tests/gold/CONVENTIONS.md).

Every article here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning import HEADLINE, P1, P2, P3, clean_text


@pytest.mark.parametrize(
    ("byline", "credits"),
    [
        ("Mary-Jo Tembo / Health Reporter", ["Mary-Jo Tembo"]),
        ("By Mary-Jo Tembo / Senior Correspondent", ["By Mary-Jo Tembo"]),
        ("Photo: Mary-Jo Tembo / Harbour Gazette", ["Photo: Mary-Jo Tembo / Harbour Gazette"]),
    ],
)
def test_a_role_after_a_bylines_slash_is_cut(byline: str, credits: list[str]) -> None:
    text = "\n".join([HEADLINE, "", byline, "Tuesday, 1 December 2026 · 5:40 PM", "", P1, P2, P3])
    article = clean_text(text)
    assert byline not in article.body
    assert article.credits == credits
