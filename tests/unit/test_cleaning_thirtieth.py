"""Cleaning rules of the thirtieth round: an HTML box whose class names it an event calendar goes
(its dates are other days' events); a byline of the word for reporter, the name and the town in
full-width brackets credits the label and the name; a caption closed by a full-width bracket
credits its photographer without the bracket; a label ending on a full-width colon points at the
page's own address.

Every line here is invented for these tests; each rule has lines of the same look that it must
leave as they were.
"""

from __future__ import annotations

import pytest

from newsstream.core.cleaning import _caption_credit
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


def _article(*parts: str) -> str:
    body = "".join(f"<p>{part}</p>" if not part.startswith("<") else part for part in parts)
    return (
        f"<html><head><title>Ferry</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{body}</article></body></html>"
    )


@pytest.mark.parametrize("name", ["calendar", "events-calendar"])
def test_an_event_calendar_box_inside_the_article_goes(name: str) -> None:
    calendar = (
        f'<div class="{name}"><h3>Agenda del mes</h3><ul><li>12 dic. – Feria del libro</li>'
        "<li>19 dic. – Concierto en el puerto</li></ul></div>"
    )
    article = clean_text(_article(P1, P2, P3, calendar), ContentType.HTML)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def _text_page(byline: str, *blocks: str) -> str:
    headline = "フェリー、冬の修理を終えて島に戻る"
    return "\n\n".join(["港町新聞", headline, byline, P1, P2, P3, *blocks])


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("記者 山本花子（函館）", "記者 山本花子"),  # Japanese: the town in full-width brackets
        ("记者 王小明（厦门）", "记者 王小明"),  # Chinese
        ("記者 山本花子", "記者 山本花子"),  # no town: as printed
        ("记者 王小明 发自厦门", "记者 王小明"),  # the town filed from, after "发自"
        ("記者 陳大文 發自基隆", "記者 陳大文"),  # traditional characters
        ("记者 王小明发自厦门", "记者 王小明"),  # no space before it
    ],
)
def test_a_reporters_byline_with_the_town_in_brackets_credits_the_name(
    byline: str, credit: str
) -> None:
    assert clean_text(_text_page(byline)).credits == [credit]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("［港に着いた新しいフェリー。写真：山田太郎］", "写真：山田太郎"),
        ("（港に着いた新しいフェリー。写真：山田太郎）", "写真：山田太郎"),
        ("［港に着いた新しいフェリー。写真は市の提供］", None),  # no label and colon: no credit
    ],
)
def test_a_caption_in_full_width_brackets_credits_without_the_bracket(
    caption: str, credit: str | None
) -> None:
    assert _caption_credit(caption, bracketed=True) == credit


def test_a_label_with_a_full_width_colon_points_at_the_pages_address() -> None:
    link = "記事のURL： https://www.minatoshinbun.example/keizai/ferry-2026"
    assert clean_text(_text_page("記者 山本花子", link)).source_site == "minatoshinbun.example"


def test_a_full_width_colon_before_a_front_page_names_no_site() -> None:
    link = "公式サイト： https://www.minatoshinbun.example/"
    assert clean_text(_text_page("記者 山本花子", link)).source_site is None
