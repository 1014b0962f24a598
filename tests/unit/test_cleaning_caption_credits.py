"""A photographer's credit closing a caption is listed (tests/gold/CONVENTIONS.md, Cleaning).

Every article here is invented for these tests.
"""

from __future__ import annotations

import pytest

from newsstream.core.cleaning import _AUTHOR_BOX_LABEL, _caption_credit
from newsstream.core.models import ContentType
from tests.unit.test_cleaning import HEADLINE, P1, P2, P3, clean_text


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The harbour master on the quay at dawn. Photo: Tom Baxter", "Photo: Tom Baxter"),
        ("Der Hafenmeister am Kai im Morgengrauen. Foto: Lena Vogt", "Foto: Lena Vogt"),
        ("Queues at the ferry terminal on Sunday. Picture: Sam Okoye", "Picture: Sam Okoye"),
    ],
)
def test_an_unbracketed_caption_over_the_story_credits_its_photographer(
    caption: str, credit: str
) -> None:
    text = "\n".join([HEADLINE, "By Jane Citizen", "6 March 2026", caption, P1, P2, P3])
    article = clean_text(text)
    assert caption not in article.body
    assert article.credits == ["By Jane Citizen", credit]


def test_a_caption_credit_naming_the_feeds_author_is_listed_as_printed() -> None:
    text = (
        f"Title: {HEADLINE}\n"
        "Link: https://www.islandpost.example/news/ferry-fares-frozen/\n"
        "pubDate: Fri, 06 Mar 2026 09:00:00 +0000\n"
        "dc:creator: Kim Carter\n"
        "content:encoded:\n"
        '[caption id="attachment_7" align="alignright" width="640"]The ferry at the quay.'
        " (Photo: Kim Carter)[/caption]\n"
        f"{P1}\n{P2}\n"
    )
    assert clean_text(text).credits == ["Kim Carter", "Photo: Kim Carter"]


@pytest.mark.parametrize(
    "caption",
    [
        "The old ferry at the quay. Foto: arxiv",
        "The old ferry at the quay. (Foto: arxiv)",
        "The old ferry at the quay. (Фото: архив)",
        "The old ferry at the quay. (Fotoğraf: arşiv)",
    ],
)
def test_a_caption_credit_to_the_archive_credits_nobody(caption: str) -> None:
    text = "\n".join([HEADLINE, "By Jane Citizen", "6 March 2026", caption, P1, P2, P3])
    assert clean_text(text).credits == ["By Jane Citizen"]


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


def test_a_caption_shortcodes_residue_in_html_credits_its_photographer() -> None:
    residue = (
        '<p>[caption id="attachment_12" align="alignnone" width="640"]<img src="/ferry.jpg">'
        " The new ferry at the quay. Foto: Jane Doe[/caption]</p>"
    )
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><p class='byline'>By John Roe</p>"
        f"<p>{P1}</p>{residue}<p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert article.credits == ["By John Roe", "Foto: Jane Doe"]
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_an_author_boxs_portrait_credit_credits_nobody() -> None:
    box = (
        "THE AUTHOR · Mara Velno has written about the harbour and its ferries for the paper "
        "since 2015. (Photo: Tomas Rudd)"
    )
    article = clean_text(f"{HEADLINE}\n\nBy Mara Velno\n\n{P1}\n\n{P2}\n\n{P3}\n\n{box}")
    assert article.credits == ["By Mara Velno"]
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "[The lighthouse keeper on the pier. Photo courtesy of the Marlow family]",
            "Photo courtesy of the Marlow family",
        ),
        ("[El faro al amanecer. Foto cortesía de Rosa Ibáñez]", "Foto cortesía de Rosa Ibáñez"),
        ("[Le phare à l'aube. Photo : courtoisie Luc Berthier]", "Photo : courtoisie Luc Berthier"),
        ("[O farol. Foto: cortesia Marta Lobo]", "Foto: cortesia Marta Lobo"),
        (
            "[Der Leuchtturm. Foto mit freundlicher Genehmigung von Jens Harder]",
            "Foto mit freundlicher Genehmigung von Jens Harder",
        ),
    ],
)
def test_a_captions_closing_courtesy_credits_the_holder_as_printed(
    caption: str, credit: str
) -> None:
    assert _caption_credit(caption, bracketed=True, shaped=True) == credit


@pytest.mark.parametrize(
    "caption",
    [
        "[The lighthouse keeper on the pier. Photo courtesy of the family]",
        "[The photo courtesy of the harbour trust hung in the hall for years]",
    ],
)
def test_a_courtesy_naming_nobody_or_a_sentence_credits_nobody(caption: str) -> None:
    assert _caption_credit(caption, bracketed=True, shaped=True) is None


@pytest.mark.parametrize(
    ("line", "box"),
    [
        ("Der Autor · Mara Velno schreibt über den Hafen.", True),
        ("L'auteur — Mara Velno écrit sur le port.", True),
        ("THE AUTHOR · Mara Velno writes on the harbour.", True),
        ("Coautor: Tomas Rudd", False),  # a credit's label, no article before "autor"
    ],
)
def test_an_author_boxs_label_stands_apart_from_its_article(line: str, box: bool) -> None:
    assert bool(_AUTHOR_BOX_LABEL.match(line)) is box


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("[Ludzie na moście w maju. Fot. Jan Kowalski]", "Fot. Jan Kowalski"),
        (
            "[Ludzie na moście w maju. Fot. Jan Kowalski / Gazeta Rzeczna]",
            "Fot. Jan Kowalski / Gazeta Rzeczna",
        ),
        ("[Ludzie na moście w maju. Fot. archiwum]", None),  # no name: no credit
        ("[Ludzie na moście w maju. Fot. Jan Kowalski i inni na brzegu]", None),  # a sentence
    ],
)
def test_a_photo_label_abbreviated_with_a_dot_credits_the_name_after_it(
    caption: str, credit: str | None
) -> None:
    assert _caption_credit(caption, bracketed=True, shaped=True) == credit


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Photo 2 / 5 Walkers on the ridge at dawn. Pic: Sam Okoye Next »", "Pic: Sam Okoye"),
        ("Walkers on the ridge at dawn. Photo: Sam Okoye ›", "Photo: Sam Okoye"),
        ("Walkers by the lake. (Foto: «Green Valley» reserve)", "Foto: «Green Valley» reserve"),
    ],
)
def test_a_gallerys_pager_after_a_caption_credit_is_no_part_of_it(
    caption: str, credit: str
) -> None:
    assert _caption_credit(caption, shaped=True) == credit


@pytest.mark.parametrize(
    ("caption", "credits"),
    [
        (
            "Image: A man crosses the square in the rain, yesterday. Image: Sam Okoye",
            ["By Jane Citizen", "Image: Sam Okoye"],
        ),
        ("Image: A man crosses the square in the rain, yesterday.", ["By Jane Citizen"]),
    ],
)
def test_a_caption_under_the_credits_label_credits_only_its_closing_name(
    caption: str, credits: list[str]
) -> None:
    text = "\n".join([HEADLINE, "By Jane Citizen", "6 March 2026", caption, P1, P2, P3])
    article = clean_text(text)
    assert caption not in article.body
    assert article.credits == credits


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Image: A nurse on the new ward. (Harbour Post: Sam Okoye)",
            ["By John Roe", "Harbour Post: Sam Okoye"],
        ),
        ("Image: An aerial view of the site in 2023. (Harbour Post)", ["By John Roe"]),
        ("The new ward in 2024. Image: Supplied", ["By John Roe"]),  # names nobody
    ],
)
def test_a_figure_caption_under_a_photo_label_credits_its_bracketed_name(
    caption: str, credit: list[str]
) -> None:
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><p class='byline'>By John Roe</p>"
        f"<figure><img src='/ward.jpg'><figcaption>{caption}</figcaption></figure>"
        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, content_type=ContentType.HTML).credits == credit


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("The quay on Thursday. (Sam Okoye for Harbour News)", "Sam Okoye"),
        ("Walkers on the ridge. (Women Voters for Peace)", None),  # common words, no name
        ("Walkers on the ridge. (Sam Okoye for two years)", None),  # no outlet
    ],
)
def test_a_bracketed_name_for_an_outlet_closing_a_caption_credits_the_name(
    caption: str, credit: str | None
) -> None:
    assert _caption_credit(caption, shaped=True) == credit


def test_a_label_over_a_name_and_its_agency_credits_the_name() -> None:
    article = clean_text("\n\n".join([HEADLINE, "Photo: Jane Doe via Harbour Images.", P1, P2, P3]))
    assert article.body.startswith(P1)
    assert article.credits != []
    assert "Jane Doe" in article.credits[0]


def test_a_label_over_a_described_place_credits_nobody() -> None:
    # a name's shape opening the description is no photographer without "via"/"for" after it
    article = clean_text(
        "\n\n".join([HEADLINE, "Photo: Harbour Square at dawn, on Monday.", P1, P2, P3])
    )
    assert article.body.startswith(P1)
    assert article.credits == []


def test_a_story_line_closing_on_the_word_image_and_a_place_credits_nobody() -> None:
    # "image" is a word of running text too: only a known caption's label ("Image : Name")
    line = "Le maire a visité hier le nouveau port. " * 12 + "Image : Port-Louis-les-Bains"
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{P1}</p><p>{line}</p><p>{P2}</p>"
        f"<p>{P3}</p></article></body></html>"
    )
    article = clean_text(page, ContentType.HTML)
    assert line in article.body
    assert article.credits == []


def test_the_abbreviated_state_name_ill_is_no_photo_label() -> None:
    assert _caption_credit("The vote was close on Tuesday. Ill. Senate Leader Mira Kell") is None
