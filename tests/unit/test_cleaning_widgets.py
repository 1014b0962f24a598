"""Cleaning of formats and widgets told by their shape: JSON API responses, Markdown exports,
form boxes (consent dialogs, push prompts, polls), bylines and date lines by their place, jump
lines, print notes, transcript notes, live-blog badges, copied-post chrome, AMP ad slots.

Every line here is invented for these tests; each rule's test keeps story sentences that share
its words.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsstream.core.cleaning import _byline_shape, clean
from newsstream.core.dates import find_date
from newsstream.core.jsonitem import json_item
from newsstream.core.markdown import markdown_page
from newsstream.core.models import ContentType
from tests.unit.test_cleaning import raw
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3, removed_and_kept
from tests.unit.test_cleaning_scripts import clean_text

BODY_HTML = (
    f"<p>{P1}</p>\n<div class='ad-slot'><span>Advertisement</span></div>\n"
    f"<p>{P2}</p>\n<h2>Winter &amp; spring</h2>\n<p>{P3}</p>"
)


def api_response(**article: object) -> str:
    fields: dict[str, object] = {
        "id": 7,
        "url": "https://www.harbourpost.example/island/ferry-returns-7",
        "title": HEADLINE,
        "seo_title": f"Ferry: {HEADLINE} | Harbour Post",
        "excerpt": "The ferry is back after its refit.",
        "author": {"name": "Mara Quill", "bio": "Covers the islands since 2019."},
        "published_at": "2026-11-30T18:20:00+02:00",
        "updated_at": "2026-12-01T09:05:00+02:00",
        "body_html": BODY_HTML,
        "tags": ["ferry", "island"],
    }
    fields.update(article)
    return json.dumps({"status": "ok", "data": fields, "meta": {"generated_at": "2026-12-02"}})


def test_a_json_api_response_gives_its_article_fields() -> None:
    article = clean_text(api_response())
    assert article.title == HEADLINE
    assert article.body == f"{P1}\n\n{P2}\n\nWinter & spring\n\n{P3}"
    assert article.credits == ["Mara Quill"]
    assert article.published == date(2026, 11, 30)
    assert article.source_site == "harbourpost.example"
    assert "is back" not in article.body  # the excerpt is a standfirst


def test_wordpress_rendered_fields_and_author_lists_are_read() -> None:
    text = api_response(
        title={"rendered": HEADLINE},
        body_html=None,
        content={"rendered": BODY_HTML},
        author=[{"name": "Mara Quill"}],
    )
    item = json_item(text)
    assert item is not None
    assert item.title == HEADLINE
    assert item.author == "Mara Quill"


@pytest.mark.parametrize(
    "text",
    [
        f"{{Braces}} open this line of a story.\n\n{P1}\n\n{P2}",
        '{"status": "ok", "count": 3}',  # JSON with no story field
    ],
)
def test_text_that_is_no_json_article_is_no_json_item(text: str) -> None:
    assert json_item(text) is None


MARKDOWN = f"""---
title: "{HEADLINE} | Harbour Post"
url: https://www.harbourpost.example/island/ferry-returns
saved: 2026-12-02T06:12:44Z
---

[Skip to content](#main) · [Log in](https://harbourpost.example/login)

# {HEADLINE}

![The ferry at the quay. (Photo: file)](https://cdn.example/ferry.jpg)

{P1}

> **Read also:** [Fares frozen until spring](https://harbourpost.example/fares)

## Who paid?

The council [said in a statement](https://example.org/statement) that it shared the cost.

- [Another story on the list](https://harbourpost.example/other)

{P2}
"""


def test_a_markdown_export_loses_its_markup_and_link_lines() -> None:
    article = clean_text(MARKDOWN)
    assert article.title == HEADLINE
    assert article.source_site == "harbourpost.example"
    assert article.body.split("\n\n") == [
        P1,
        "Who paid?",
        "The council said in a statement that it shared the cost.",
        P2,
    ]


def test_plain_text_with_a_hash_or_brackets_is_no_markdown() -> None:
    assert markdown_page(f"#1 on the list, the ferry returned.\n\n{P1}\n\n{P2}") is None


@pytest.mark.parametrize(
    "box",
    [
        "We value your privacy\nWe and our 120 partners store cookies on your device to measure "
        "visits and show ads. You can change your choice at any time.\n[ AGREE ]   [ DISAGREE ]",
        "🔔 harbourpost.example wants to show notifications\nGet the news as it happens.\n"
        "[ Allow ]   [ Not now ]",
        "POLL\nWill you take the ferry this winter?\n( ) Yes\n( ) No\n[ Vote ]   See results\n"
        "312 votes · This poll is not representative.",
        "🎁 GIFT THIS ARTICLE\nAs a subscriber you can give five articles a month to friends, "
        "who need no account to read them.\n[ Gift this article ]   Gifted this month: 1/5",
    ],
)
def test_a_form_box_goes_whole(box: str) -> None:
    article = clean_text(f"{box}\n\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "story",
    [
        "Agree or not, the islanders voted 61 to 39 for the new timetable on Sunday.",
        "Allow the crew a day of rest, the union told the operator in a letter.",
        "A poll by the council found that 61 percent of islanders would take the ferry.",
    ],
)
def test_story_sentences_with_form_words_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story in body
    assert story not in removed


def test_a_page_printed_as_one_block_keeps_its_story_under_a_button() -> None:
    article = clean_text(f"{HEADLINE}\n{P1}\n[ Share ]\n{P2}")
    assert P1 in article.body
    assert P2 in article.body


@pytest.mark.parametrize(
    ("byline", "date_line", "credit", "published"),
    [
        ("Vum Anna Muller", "01.12.2026 um 08:30", "Vum Anna Muller", date(2026, 12, 1)),
        ("Author: Mara Quill", "30 November 2026, 18:20", "Author: Mara Quill", date(2026, 11, 30)),
        ("Le Iain Rothach", "Diluain 30 Samhain 2026", "Le Iain Rothach", date(2026, 11, 30)),
    ],
)
def test_a_byline_over_a_date_line_is_told_by_its_shape(
    byline: str, date_line: str, credit: str, published: date
) -> None:
    article = clean_text(f"{HEADLINE}\n\n{byline}\n{date_line}\n\n{P1}\n\n{P2}")
    assert article.credits == [credit]
    assert article.published == published
    assert article.body == f"{P1}\n\n{P2}"


def test_a_byline_strip_with_its_date_is_told_by_its_shape() -> None:
    article = clean_text(f"{HEADLINE}\n\nNā Hemi Roa · 30 November 2026 · 4 min\n\n{P1}\n\n{P2}")
    assert article.credits == ["Nā Hemi Roa"]
    assert article.published == date(2026, 11, 30)


@pytest.mark.parametrize(
    "story",
    [
        "Le Havre Port Authority said on Monday it would add two crossings a day.",
        "Von Berg Shipping, which runs the freight boats, said it would follow.",
    ],
)
def test_story_sentences_that_open_like_a_byline_stay(story: str) -> None:
    assert not _byline_shape(story)
    article = clean_text(f"{HEADLINE}\n30 November 2026\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert story in article.body
    assert article.credits == []


@pytest.mark.parametrize(
    "line",
    ["Le maire Jean Roux a parlé.", "Vum 1. Januar un", "Author: the harbour desk, 2026"],
)
def test_sentences_and_dated_labels_are_not_shaped_as_bylines(line: str) -> None:
    assert not _byline_shape(line)


@pytest.mark.parametrize("title", ["Ferry Returns", "New Era Begins", "Le Ferry Est De Retour"])
def test_a_short_headline_over_a_date_line_is_no_byline(title: str) -> None:
    article = clean_text(f"{title}\n30 November 2026\n\n{P1}\n\n{P2}")
    assert article.credits == []
    assert article.title == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30 лістапада 2026, 18:20", date(2026, 11, 30)),
        ("1 de decembro de 2026 · 07:45", date(2026, 12, 1)),
        ("मंगळवार, १ डिसेंबर २०२६", date(2026, 12, 1)),
        ("2026年12月01日 08:30", date(2026, 12, 1)),
        ("2026년 12월 1일", date(2026, 12, 1)),
        ("30 Oṣù Bélú 2026", date(2026, 11, 30)),
        ("۳۰ نومبر ۲۰۲۶", date(2026, 11, 30)),
        ("1 Disemba 2026, 09:15", date(2026, 12, 1)),
    ],
)
def test_dates_of_more_languages_and_digits(text: str, expected: date) -> None:
    assert find_date(text) == expected


def test_a_posts_stamp_dates_it_and_is_no_headline() -> None:
    article = clean_text(f"Harbour Notes 2026-12-01 08:30 Skerrin\n\n{HEADLINE}\n\n{P1}\n\n{P2}")
    assert article.title == HEADLINE
    assert article.published == date(2026, 12, 1)


def test_an_editions_date_dates_the_article_and_a_banners_does_not() -> None:
    edition = clean_text(
        f"Harbour Post e-paper | City edition | 1 December 2026\n\n{HEADLINE}\n\n{P1}\n\n{P2}"
    )
    banner = clean_text(f"Tuesday, 1 December 2026\n\n{HEADLINE}\n\n{P1}\n\n{P2}")
    assert edition.published == date(2026, 12, 1)
    assert banner.published is None


@pytest.mark.parametrize(
    "line",
    [
        "(Turn to page 5)",
        "Ferry... (from page 1)",
        "Page 5 / 12",
        "This story appeared in the print edition of the Harbour Post, No. 1642, on page 3.",
        "Link to this article: https://www.harbourpost.example/island/ferry-returns",
        "Tags: #ferry #island #harbour",
        "Transcript generated automatically and checked by the newsroom. It may contain errors.",
        "● LIVE",
        "▲ The quay after the works",
        "REKLAMM",
    ],
)
def test_page_chrome_by_its_shape_is_furniture(line: str) -> None:
    removed, body = removed_and_kept(line)
    assert line in removed
    assert body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story",
    [
        "(Mayor Jane Roe, 54, said she would run again for the council in the autumn.)",
        "The decree, published as No. 45 in the gazette, runs to page 12 of the annex, she said.",
        "A transcript produced automatically by the court's software left out two names.",
        "Live music returns to the quay on Friday, when the first ferry of spring arrives.",
        "Page after page of the 12 reports found the same fault in the ferry's engine.",
    ],
)
def test_story_sentences_with_the_chrome_words_stay(story: str) -> None:
    removed, body = removed_and_kept(story)
    assert story in body
    assert story not in removed


def test_read_also_arrows_go_even_over_a_sentence() -> None:
    text = (
        f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\nRead these too:\n→ Fares frozen until spring\n"
        "→ New quay opens\n\nIf you spot a mistake, select it and press Ctrl+Enter."
    )
    article = clean_text(text)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_storys_own_bulleted_list_stays_under_its_heading() -> None:
    items = "• new benches on the quay\n• a shelter"
    text = f"{HEADLINE}\n\n{P1}\n\n{P2}\n\nThe plan has three parts:\n{items}"
    article = clean_text(text)
    assert "• new benches on the quay" in article.body


def test_a_chinese_comment_thread_goes_and_the_credits_split() -> None:
    story = [
        "11月30日上午，老宅改造工程通过验收，首批居民拿到了新钥匙，大家都很高兴。",
        "分享到小区群里的照片当天被转发了上百次，不少老邻居专门回来看了看。",
        "关注居民意见是这次改造的原则之一，街道先后召开了九次议事会。",
    ]
    text = (
        "老宅改造完成，首批居民回迁\n\n记者 王小明 | 摄影 李大华\n\n"
        + "\n\n".join(story)
        + "\n\n写留言\n精选留言\n老街坊 · 江苏 · 12月1日 赞 86\n住了一辈子，终于有卫生间了。\n"
        "小邻居 · 上海 · 12月1日 赞 23\n看到古井还在太感动了。"
    )
    article = clean_text(text)
    assert article.credits == ["记者 王小明", "摄影 李大华"]
    assert article.body.split("\n\n") == story


def test_amp_ads_and_a_standfirst_leave_an_html_page() -> None:
    html = f"""<html><head><title>{HEADLINE}</title>
<link rel="canonical" href="https://harbourpost.example/ferry"></head><body><article>
<h1>{HEADLINE}</h1><p class="standfirst">The ferry is back.</p>
<p>{P1}</p><amp-ad width="300" height="250"><div fallback>The ad has not loaded</div></amp-ad>
<p>{P2}</p><p>{P3}</p></article></body></html>"""
    article = clean(raw(html, ContentType.HTML))
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "header",
    [
        "Inga Solberg\n30 November 2026, 10:05",
        "Inga Solberg\nHarbour reporter\nPublished 30 November 2026",
    ],
)
def test_a_name_alone_under_the_headline_over_a_date_line_is_a_byline(header: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == ["Inga Solberg"]
    assert article.published == date(2026, 11, 30)
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize("label", ["Local News", "Harbour Ferries", "Island Life"])
def test_a_section_label_over_a_date_line_is_no_byline(label: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{label}\n30 November 2026, 10:05\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == []


def test_a_name_as_a_crosshead_in_the_story_stays() -> None:
    text = f"{HEADLINE}\n\n{P1}\n\nInga Solberg\n\n{P2}\n\n{P3}"
    article = clean_text(text)
    assert "Inga Solberg" in article.body
    assert article.credits == []


def html_page(meta_line: str) -> str:
    return f"""<html><head><title>{HEADLINE}</title></head><body><article>
<h1>{HEADLINE}</h1><p class="meta">{meta_line}</p>
<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"""


@pytest.mark.parametrize(
    ("meta_line", "credits"),
    [
        ("Inga Solberg <time>27 November 2026, 06:00</time>", ["Inga Solberg"]),
        ("Author: Inga Solberg 2026. 11. 27. 07:50", ["Author: Inga Solberg"]),
        ("Published March 14, 2025 · 8:30 AM", []),
        ("Island Ferries 2026 timetable, 06:00 sailings", []),
    ],
)
def test_a_byline_run_on_into_its_date_credits_the_name(meta_line: str, credits: list[str]) -> None:
    article = clean(raw(html_page(meta_line), ContentType.HTML))
    assert article.credits == credits
    assert P1 in article.body


@pytest.mark.parametrize(
    "under", ['[gallery ids="12,13,14"]', "[ Print this page ] [ Close window ]", "[ Share ]"]
)
def test_a_story_line_over_an_embed_or_a_known_button_row_stays(under: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n{under}\n\n{P3}")
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


POINTS = (
    "The ferry left the harbour two hours late.",
    "All forty passengers are safe.",
    "The next sailing is on Friday.",
)


def _summary_page(*parts: str) -> str:
    body = "".join(f"<p>{part}</p>" if not part.startswith("<") else part for part in parts)
    return (
        f"<html><head><title>Ferry</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{body}</article></body></html>"
    )


def test_a_summary_box_heading_over_its_points_is_story() -> None:
    items = "".join(f"<li>{point}</li>" for point in POINTS)
    summary = f'<div class="summary"><h2>What we know</h2><ul>{items}</ul></div>'
    article = clean_text(_summary_page(summary, P1, P2, P3), ContentType.HTML)
    assert article.body.split("\n\n") == ["What we know", *POINTS, P1, P2, P3]


def test_a_section_label_over_the_lead_stays_out_of_the_story() -> None:
    article = clean_text(_summary_page("<h2>Island news</h2>", P1, P2, P3), ContentType.HTML)
    assert article.body.split("\n\n") == [P1, P2, P3]


@pytest.mark.parametrize("name", ["appeal", "donation-box", "donate"])
def test_a_donation_appeal_box_inside_the_article_goes(name: str) -> None:
    appeal = (
        f'<div class="{name}"><h3>Help the harbour families</h3><p>Many families lost their boats'
        ' this winter. Will you give them a hand? <a href="/give">Give now</a></p></div>'
    )
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{P1}</p><p>{P2}</p>{appeal}"
        f"<p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).body == f"{P1}\n\n{P2}\n\n{P3}"
