"""Credits told by kind: a caption's closing credit that is an outlet's initials, under a label
of any language, on a caption the page marks.

Every line here is invented for these tests; each rule has story lines of the same look that it
must keep.
"""

from __future__ import annotations

from datetime import date

import pytest

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


MASTHEAD = "THE HARBOUR LEDGER\nNews | Island | Sport | Business | Subscribe"


DATED = "\nThursday, 3 December 2026 · 9:15"


@pytest.mark.parametrize(
    ("header", "credit"),
    [
        ("Story by Ana Lindqvist, Island Bureau", "Story by Ana Lindqvist"),  # a desk, no date
        (f"Words by Ana Lindqvist · Ferry Reporter{DATED}", "Words by Ana Lindqvist"),  # a role
        (
            f"Te kaitiaki rongo: Ana Lindqvist, Ferry Reporter{DATED}",
            "Te kaitiaki rongo: Ana Lindqvist",
        ),
    ],
)
def test_a_byline_under_a_phrase_credits_the_name_without_its_role(
    header: str, credit: str
) -> None:
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}")
    assert (article.credits, article.body) == ([credit], f"{P1}\n\n{P2}")


def test_a_story_sentence_opening_on_a_by_phrase_is_kept() -> None:
    said = "Written by Mara Quill, the play opens at the harbour hall on Friday."
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{P1}\n\n{said}\n\n{P2}")
    assert said in article.body
    assert article.credits == []


@pytest.mark.parametrize(
    ("header", "credit"),
    [
        (f"Par Jeanne Morel, Correspondante Régionale{DATED}", "Par Jeanne Morel"),
        (
            f"Rĩandĩkĩtwo nĩ Wanjiru Nduta, Mwandĩki wa Kiambu{DATED}",
            "Rĩandĩkĩtwo nĩ Wanjiru Nduta",
        ),
        (f"Imeandikwa na Amina Juma, Mwandishi Wetu{DATED}", "Imeandikwa na Amina Juma"),
    ],
)
def test_a_role_in_the_bylines_language_is_cut(header: str, credit: str) -> None:
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}")
    assert (article.credits, article.body) == ([credit], f"{P1}\n\n{P2}")


@pytest.mark.parametrize(
    ("header", "credit", "published"),
    [
        (  # a label and a name of a script without case, a desk after the comma, the month first
            "लिखनिहार: अनिल ताम्राकार, ख्वप ब्यूरो\nबिहीबाः, नोभेम्बर १२, २०२६ · ०८:३०",
            "लिखनिहार: अनिल ताम्राकार",
            date(2026, 11, 12),
        ),
        (  # a role after the comma, the month's name one letter off, an apostrophe inside it
            "Kirjutaja: Olga Tšernova, škola opendai\nNedalipäiv, 6. kül'mku 2026 · 10:00",
            "Kirjutaja: Olga Tšernova",
            date(2026, 11, 6),
        ),
    ],
)
def test_a_byline_by_its_shape_over_its_date_line_credits_and_dates_the_article(
    header: str, credit: str, published: date
) -> None:
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}")
    assert (article.credits, article.published) == ([credit], published)
    assert article.body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("aside", ["Harbour Staff Writer", "More by this author"])
def test_a_date_line_under_a_bylines_role_or_link_dates_the_article(aside: str) -> None:
    header = f"By Mara Quill\n{aside}\nDec 3, 2026"
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{header}\n\n{P1}\n\n{P2}")
    assert (article.credits, article.published) == (["By Mara Quill"], date(2026, 12, 3))


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        (  # Georgian: its letters are lower case to Unicode, and a name opens on no capital
            "ტექსტი: <a href='/a/1'>ნანა ბერია</a> · <time>ორშაბათი, 30 ნოემბერი 2026</time>",
            "ტექსტი: ნანა ბერია",
        ),
        (  # a role in lower case after the name's comma
            "Ramosardo katar <a href='/a/2'>Mara Quill</a>, kulturaki redaktòrka · "
            "<time>Tetradi, 2 Decembro 2026</time>",
            "Ramosardo katar Mara Quill",
        ),
    ],
)
def test_a_byline_strip_the_page_marks_credits_its_name(byline: str, credit: str) -> None:
    page = _page(f"<p class='byline'>{byline}</p>", f"<p>{P1}</p>", f"<p>{P2}</p>")
    assert clean_text(page, ContentType.HTML).credits == [credit]


def test_a_marked_strip_in_lower_case_credits_nobody() -> None:
    byline = "<p class='byline'>more from the harbour desk · <time>2 December 2026</time></p>"
    page = _page(byline, f"<p>{P1}</p>", f"<p>{P2}</p>")
    assert clean_text(page, ContentType.HTML).credits == []


def test_labelled_credits_strung_on_one_line_over_the_story_each_credit() -> None:
    header = f"Teksto: Mara Quill | Fotos: Ivo Brandt{DATED}"  # no caption closing on a credit
    caption = "(Foto: Lea Sand)"  # another photographer's picture
    text = f"{MASTHEAD}\n\n{HEADLINE}\n\n{header}\n\n{caption}\n\n{P1}\n\n{P2}"
    article = clean_text(text)
    assert article.credits == ["Teksto: Mara Quill", "Fotos: Ivo Brandt", "Foto: Lea Sand"]
    assert article.body == f"{P1}\n\n{P2}"


def test_a_caption_crediting_the_headers_photographer_again_repeats_the_credit() -> None:
    header = f"Texto: Mara Quill | Fotos: Ivo Brandt{DATED}"
    caption = "(Foto: Ivo Brandt)"  # the label in the singular
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{header}\n\n{caption}\n\n{P1}\n\n{P2}")
    assert article.credits == ["Texto: Mara Quill", "Fotos: Ivo Brandt"]


def test_a_marked_strip_of_labels_with_full_width_colons_credits_each_name() -> None:
    byline = "<p class='byline'>文：王小明 · 摄：李大同 · <time>2026年12月2日 10:00</time></p>"
    page = _page(byline, f"<p>{P1}</p>", f"<p>{P2}</p>")
    assert clean_text(page, ContentType.HTML).credits == ["文：王小明", "摄：李大同"]


@pytest.mark.parametrize(
    ("caption", "credits"),
    [
        ("The new quay at dawn. Photo / Ivo Brandt", ["By Mara Quill", "Photo / Ivo Brandt"]),
        ("Ferries run on the route from Monday. North / South", ["By Mara Quill"]),
    ],
)
def test_a_caption_closing_on_a_label_set_apart_by_a_slash_credits_the_name(
    caption: str, credits: list[str]
) -> None:
    figure = f"<figure><img src='/a.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    page = _page("<p class='byline'>By Mara Quill</p>", figure, f"<p>{P1}</p>", f"<p>{P2}</p>")
    assert clean_text(page, ContentType.HTML).credits == credits


@pytest.mark.parametrize("marked", ["Byline_root__k3", "article-byline", "story__byline"])
def test_a_name_alone_in_a_generated_byline_class_is_credited(marked: str) -> None:
    byline = f"<div class='{marked}'><a href='/a/3'>Mara Quill</a> · <time>2.12.2026</time></div>"
    page = _page(byline, f"<p>{P1}</p>", f"<p>{P2}</p>")
    assert clean_text(page, ContentType.HTML).credits == ["Mara Quill"]
