"""Feed items delivered as raw XML, entities escaped twice, newsletter pitches after a question.

Every feed and line here is invented for these tests (ferries, harbours, islands).
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.feeditem import feed_item
from newsstream.core.text import normalise_text
from tests.unit.test_cleaning_scripts import clean_text

STORY = [
    "HARBOURTON – The island ferry resumed sailings on Monday after a three-month refit at the "
    "mainland yard.",
    "Islanders had relied on a smaller boat that could not carry lorries, and shops ran short of "
    "fresh food in January.",
    "Six crossings a day",
    "The operator said the timetable would return to six crossings a day from March.",
]
LINK = "https://www.harbour-news.example/2026/12/01/ferry-returns/"


def _escaped(html: str) -> str:
    return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rss(content: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n'
        '\txmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        "\t<title>Harbour News &#039;Island&#039;</title>\n"
        "\t<link>https://www.harbour-news.example/</link>\n"
        "\t<item>\n\t\t<title>Ferry returns to the island</title>\n"
        f"\t\t<link>{LINK}</link>\n"
        "\t\t<dc:creator><![CDATA[Ann Berg]]></dc:creator>\n"
        "\t\t<pubDate>Tue, 01 Dec 2026 22:05:00 -0500</pubDate>\n"
        "\t\t<category><![CDATA[Island]]></category>\n"
        f"\t\t<description>{content}</description>\n"
        "\t</item>\n</channel>\n</rss>\n"
    )


ITEM_HTML = (
    f"<p><strong>{STORY[0][:13]}</strong>{STORY[0][13:]}</p>\n"
    '<figure><img src="https://cdn.harbour-news.example/ferry.jpg" alt="Ferry"/>'
    "<figcaption>The ferry at the north pier. (Photo&nbsp;: Jan Holm)</figcaption></figure>\n"
    f"<p>{STORY[1]}</p>\n<h3>{STORY[2]}</h3>\n<p>{STORY[3].replace(' a day', '&nbsp;a day')}</p>\n"
    f'<p>The post <a href="{LINK}">Ferry returns to the island</a> appeared first on '
    '<a href="https://www.harbour-news.example">Harbour News</a>.</p>'
)


@pytest.mark.parametrize("content", [_escaped(ITEM_HTML), f"<![CDATA[{ITEM_HTML}]]>"])
def test_a_feed_item_gives_its_story_headline_author_date_and_site(content: str) -> None:
    article = clean_text(_rss(content))
    assert article.title == "Ferry returns to the island"
    assert article.body.split("\n\n") == STORY
    assert article.credits == ["Ann Berg", "Photo : Jan Holm"]
    assert article.published == date(2026, 12, 1)  # the item's own (local) date
    assert article.source_site == "harbour-news.example"
    rules = {line.rule for line in article.removed}
    assert {"feed_markup", "feed_footer"} <= rules


def test_an_atom_entry_is_a_feed_item() -> None:
    atom = (
        '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "<title>Harbour News</title>\n<entry>\n<title>Ferry returns</title>\n"
        f'<link rel="alternate" href="{LINK}"/>\n<author><name>Ann Berg</name></author>\n'
        "<published>2026-12-01T09:00:00Z</published>\n"
        f'<content type="html">{_escaped("<p>" + STORY[1] + "</p>")}</content>\n'
        "</entry>\n</feed>\n"
    )
    item = feed_item(atom)
    assert item is not None
    assert (item.title, item.author, item.site) == (
        "Ferry returns",
        "Ann Berg",
        "harbour-news.example",
    )
    assert item.published == date(2026, 12, 1)


def test_text_that_mentions_tags_is_no_feed() -> None:
    assert feed_item("Ferry returns\n\nThe <rss> tag was used on the site in 2004.") is None
    assert feed_item(f"<p>{STORY[1]}</p>") is None


@pytest.mark.parametrize(
    "pitch",
    [
        "Vous aimez nos nouvelles? Abonnez-vous à notre infolettre quotidienne et recevez "
        "l’essentiel chaque matin.",
        "Like our island news? Subscribe to our free daily newsletter and get it every morning.",
        "Wil jy niks mis nie? Teken in op ons WhatsApp-nuusbrief. Dit is gratis.",
    ],
)
def test_a_newsletter_pitch_after_a_question_is_furniture(pitch: str) -> None:
    article = clean_text(f"Ferry returns\n\n{STORY[1]}\n\n{STORY[3]}\n\n{pitch}")
    assert pitch not in article.body


@pytest.mark.parametrize(
    "story",
    [
        "Islanders can subscribe to the harbour newsletter for free, the operator said on Monday.",
        "The council asked residents to sign up. Few subscribed to the newsletter in the end.",
    ],
)
def test_story_sentences_about_newsletters_stay(story: str) -> None:
    article = clean_text(f"Ferry returns\n\n{STORY[1]}\n\n{story}\n\n{STORY[3]}")
    assert story in article.body.split("\n\n")


@pytest.mark.parametrize(
    ("text", "decoded"),
    [
        ("The island&#8217;s ferry &amp;amp; its crew", "The island’s ferry & its crew"),
        ("&amp;laquo;&amp;nbsp;Enfin&amp;nbsp;&amp;raquo;, dit-il.", "« Enfin », dit-il."),
        ("AT&T and R&D stay as printed; so does a lone & sign.", None),
    ],
)
def test_html_entities_in_text_are_decoded_however_often_escaped(
    text: str, decoded: str | None
) -> None:
    assert normalise_text(text) == (decoded or text)
