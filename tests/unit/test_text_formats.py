"""Text formats with markup of their own, read as formats: gemtext (a Gemini capsule's page), a
forum post in BBCode, wiki source (MediaWiki markup) and a text-mode browser's dump with numbered
link marks and a References list.

Every line here is invented for these tests; each reader keeps story sentences that share the
words of its markup.
"""

from __future__ import annotations

from newsstream.core.bbcode import forum_post
from newsstream.core.gemtext import gemtext_page
from newsstream.core.markdown import markdown_page
from newsstream.core.textdump import text_dump
from newsstream.core.wikitext import wiki_source
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

CAPSULE = f"""```
 ~~ HARBOUR ~~
```
# The Harbour Post — capsule edition
Text-only copy of harbourpost.example, refreshed every hour.

=> gemini://harbourpost.example/ Front page
=> gemini://harbourpost.example/island/ Island news

## ISLAND
# {HEADLINE}

By Mara Quill
=> https://www.harbourpost.example/island/ferry-returns Read on the web

{P1}

> "We missed the big boat," said a shopkeeper.

=> gemini://harbourpost.example/island/fares.gmi Related: Fares rise in spring

Read more than the timetable and you will find the winter sailings cut back to two a day.

## Timetable

* Weekdays: six crossings
* Weekends: four crossings

{P3}

=> gemini://harbourpost.example/island/ ← Back to Island news
"""


def test_gemtext_links_and_preformatted_blocks_are_the_capsules() -> None:
    page = gemtext_page(CAPSULE)
    assert page is not None
    assert page.site == "harbourpost.example"
    assert " ~~ HARBOUR ~~" in page.removed
    assert all(line.startswith("```") or "~~" in line or "=>" in line for line in page.removed)


def test_a_gemini_page_cleans_to_its_story() -> None:
    article = clean_text(CAPSULE)
    assert article.title == HEADLINE
    assert article.source_site == "harbourpost.example"
    assert article.credits == ["By Mara Quill"]
    body = article.body.split("\n\n")
    assert body[0] == P1
    assert '"We missed the big boat," said a shopkeeper.' in body
    assert "Read more than the timetable and you will find" in article.body
    assert "Weekdays: six crossings" in body
    assert "=>" not in article.body
    assert "Related:" not in article.body


def test_one_arrow_line_is_no_gemtext() -> None:
    assert gemtext_page(f"{HEADLINE}\n\n=> the arrow\n\n{P1}") is None


DUMP = f"""   [1]Skip to content
   [2]Harbour Post

   [3]Home [4]Island [5]Sport
   (BUTTON) Log in

{HEADLINE}

   Author: [6]Mara Quill, Eastport

   The island ferry resumed sailings on Monday after a three-month refit at
   the mainland yard, the [7]harbour authority said.

   {P2}

   Share the road or not, the new quay will give lorries a lane of their own, the
   [8]harbour master said.

   IFRAME: [9]https://ads.harbourpost.example/slot

   {P3}

   Short link: [10]https://www.harbourpost.example/n/7731
     * [11]Fares rise in spring

References

   1. https://www.harbourpost.example/island/ferry#main
   2. https://www.harbourpost.example/
   3. https://www.harbourpost.example/
   4. https://www.harbourpost.example/island/
"""


def test_a_text_dump_loses_its_link_marks_controls_and_references() -> None:
    dump = text_dump(DUMP)
    assert dump is not None
    assert "[7]" not in dump.text
    assert "(BUTTON) Log in" in dump.removed
    assert "References" in dump.removed


def test_a_text_dump_cleans_to_its_story() -> None:
    article = clean_text(DUMP)
    assert article.title == HEADLINE
    assert article.credits == ["Author: Mara Quill"]
    assert article.source_site == "harbourpost.example"
    body = article.body.split("\n\n")
    assert body[0] == P1
    assert body[2] == (
        "Share the road or not, the new quay will give lorries a lane of their own, the "
        "harbour master said."
    )
    assert body[-1] == P3


def test_a_page_without_a_references_list_is_no_dump() -> None:
    assert text_dump(f"{HEADLINE}\n\n{P1} [1]\n\n{P2}\n\nReferences\n\nSmith, J. (2020).") is None


FORUM = f"""Harbour Forum • Board index ‹ Local news
Register • Log in • Search

Topic: [Share] Ferry back after winter
Reply • 2 posts • Page 1 of 1

[b]islander77[/b] » Tue 01 Dec 2026 10:25
Active member • Posts: 1 204

Shared from the paper, good news for all of us 👍

[quote="Harbour Post"][size=150][b]{HEADLINE}[/b][/size]
By Mara Quill | 30 November 2026

[img]https://img.harbourpost.example/ferry.jpg[/img]

{P1}

[b]Who pays?[/b]

Share the cost or not, the council will pay for the new [url=https://example.org/pier]pier[/url].

{P3}
[/quote]

Source: [url=https://www.harbourpost.example/island/ferry-returns]Harbour Post[/url]

_________________
[color=#006600]Love the island[/color]

[b]skipper_jo[/b] » Tue 01 Dec 2026 11:02
[quote="islander77"]Shared from the paper[/quote]
True! I took the small boat every day.
"""


def test_a_forum_repost_in_bbcode_is_read_as_the_article_it_quotes() -> None:
    article = clean_text(FORUM)
    assert article.title == HEADLINE
    assert article.credits == ["By Mara Quill"]
    assert article.published is not None
    assert article.published.isoformat() == "2026-11-30"
    assert article.source_site == "harbourpost.example"
    assert article.body.split("\n\n") == [
        P1,
        "Who pays?",
        "Share the cost or not, the council will pay for the new pier.",
        P3,
    ]


def test_a_post_with_one_kind_of_bracket_is_no_bbcode() -> None:
    assert forum_post(f"{HEADLINE}\n\n[b]Note[/b]\n\n{P1}") is None


def test_a_forum_post_without_a_long_quotation_keeps_its_text() -> None:
    post = forum_post(f"[b]{HEADLINE}[/b]\n\n{P1} [i]really[/i]\n\n[quote]Yes[/quote]\n\n{P2}")
    assert post is not None
    assert post.site is None
    assert post.text.split("\n")[0] == HEADLINE
    assert f"{P1} really" in post.text


WIKI = f"""HARBOUR NEWSWIKI
Page | Talk | Read | View source | History          Search Newswiki

Source of «{HEADLINE}»
This page is protected. You can view and copy its source.
This page was last edited on 2 December 2026, at 14:22.

{{{{News|date=30 November 2026|place=Eastport}}}}
{{{{Share|facebook|email}}}}
[[File:Ferry_at_quay.jpg|thumb|right|The ferry at the quay. Photo: Jane Doe]]
'''{P1}'''

The refit cost two million.<ref>[https://www.example.org/refit Harbour Gazette]</ref> Work \
ran late.

"We missed it," said [[Mara Quill]], who runs the [[Eastport Shop|village shop]].

Share the news or not, the shop will open late on sailing days.

== Who pays? ==

{P3}

== Sources ==
<references/>
* ''Written by: Tom Roe''

== See also ==
* [[Fares rise in spring]]

[[Category:Eastport]]

Return to «{HEADLINE}».
Content is available under CC BY 2.5.
"""


def test_wiki_source_loses_its_markup_and_the_wikis_page() -> None:
    source = wiki_source(WIKI)
    assert source is not None
    assert source.title == HEADLINE
    assert source.published is not None
    assert source.published.isoformat() == "2026-11-30"
    assert "This page is protected. You can view and copy its source." in source.removed
    assert "[[Category:Eastport]]" in source.removed
    assert "The refit cost two million. Work ran late." in source.text.split("\n")


def test_a_wiki_source_page_cleans_to_its_story() -> None:
    article = clean_text(WIKI)
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.isoformat() == "2026-11-30"
    body = article.body.split("\n\n")
    assert body[0] == P1
    assert '"We missed it," said Mara Quill, who runs the village shop.' in body
    assert "Share the news or not, the shop will open late on sailing days." in body
    assert "Who pays?" in body
    assert body[-1] == P3
    assert "Fares rise in spring" not in article.body


def test_a_text_with_one_kind_of_wiki_markup_is_no_wiki_source() -> None:
    assert wiki_source(f"{HEADLINE}\n\n{P1} [[1]]\n\n{P2}") is None


def test_a_wiki_images_caption_is_marked_and_its_photographer_credited() -> None:
    source = wiki_source(WIKI.replace("[[Category:Eastport]]", "[[Category:Eastport|Ferry news]]"))
    assert source is not None
    assert source.captions == ("The ferry at the quay. Photo: Jane Doe",)  # no category's key
    assert clean_text(WIKI).credits == ["Written by: Tom Roe", "Photo: Jane Doe"]


def test_the_line_under_a_forum_posts_image_is_its_caption() -> None:
    caption = "[i]The ferry at the quay on Monday. Foto: Jane Doe[/i]"
    forum = FORUM.replace("ferry.jpg[/img]\n", f"ferry.jpg[/img]\n{caption}\n")
    post = forum_post(forum)
    assert post is not None
    assert post.captions == ("The ferry at the quay on Monday. Foto: Jane Doe",)
    article = clean_text(forum)
    assert article.credits == ["By Mara Quill", "Foto: Jane Doe"]
    assert caption[3:-4] not in article.body


def test_a_markdown_images_caption_credits_its_photographer_and_a_story_line_nobody() -> None:
    image = "![The quay](https://img.example.org/quay.jpg)"
    text = f"# {HEADLINE}\n\nBy Mara Quill\n\n{image}\n*The quay. Photo: Jane Doe*\n\n{P1}"
    page = markdown_page(f"{text}\n\n{image}\n{P2}")
    assert page is not None
    assert page.captions == ("The quay. Photo: Jane Doe", P2)
    article = clean_text(f"{text}\n\n{image}\n{P2}")
    assert article.credits == ["By Mara Quill", "Photo: Jane Doe"]
    assert P2 in article.body
