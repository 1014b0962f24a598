"""Credits of mainstream bylines: a role after a bar, a town after a dash, and page order.

tests/gold/CONVENTIONS.md (Cleaning): a role or a town after a byline's name is cut, whatever
separator prints it; the byline heads the credits, the rest follow in page order. Every line
here is invented.
"""

from __future__ import annotations

import pytest

from newsstream.core.cleaning import _credit_text, _dated_byline, _Line, _with_header_credits
from newsstream.core.furniture import default_rules
from newsstream.core.models import ContentType
from tests.unit.test_cleaning import HEADLINE, P1, P2, P3, clean_text


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # a role after a bar, the surname a common word
        ("By HOLLY BELL | Staff Writer", "By HOLLY BELL"),
        ("By Tom Stone · Senior Reporter", "By Tom Stone"),
        # a town after a spaced dash, under a label of any language
        ("Haber: Ayla Demirtaş - Eskişehir", "Haber: Ayla Demirtaş"),
        ("Texto: Ana Souza - Recife", "Texto: Ana Souza"),
        # not a role nor a town: a second writer stays
        ("By Holly Bell | Tom Stone", "By Holly Bell | Tom Stone"),
        ("Haber: Ayla Demirtaş - Tom Stone", "Haber: Ayla Demirtaş - Tom Stone"),
    ],
)
def test_a_role_or_a_town_after_a_separator_is_cut(line: str, credit: str) -> None:
    assert _credit_text(line) == credit


def test_a_caption_credit_comes_before_the_wires_sign_off_at_the_foot() -> None:
    text = (
        f"{HEADLINE}\n\nBy ODILE MARCHAND\n\n"
        "[Ferry passengers queue at the harbour terminal on a cold morning before\n"
        "the first sailing. (Photo: Rafe Lindqvist/Harbour\nChronicle)]\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n\n"
        "(Reporting by Odile Marchand in Hobart and Kit Arroyo in\n"
        "Launceston; Editing by Sol Brandt)"
    )
    assert clean_text(text).credits == [
        "By ODILE MARCHAND",
        "Photo: Rafe Lindqvist/Harbour Chronicle",
        "Reporting by Odile Marchand in Hobart and Kit Arroyo in Launceston; Editing by Sol Brandt",
    ]


def test_a_name_and_role_byline_heads_a_photo_credit_printed_under_it() -> None:
    text = (
        f"{HEADLINE}\n\nOdile Marchand, Local Democracy Reporter\n\n{P1}\n\n"
        f"Image source: Harbour Ferry Trust\n\n{P2}\n\n{P3}"
    )
    assert clean_text(text).credits[:1] == ["Odile Marchand"]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        # a by-phrase in brackets closing a caption with no sentence's end; the outlet after "for"
        (
            "[Guests at the harbour dinner (Photo by Ines Varga for The Harbour Times)]",
            "Photo by Ines Varga",
        ),
        ("[The lemon cake, made by the chef (Photo by Ines Varga)]", "Photo by Ines Varga"),
        # a photo's label with no colon, an agency after the slash kept as printed
        ("[Commuters on the first platform. (Foto Piero Galli/AGN)]", "Foto Piero Galli/AGN"),
        ("[Pasażerowie na peronie (Zdjęcie Anna Kowalska)]", "Zdjęcie Anna Kowalska"),
        # no name: a phrase of lower-case words, a bracketed aside
        ("[The band on stage (photo finish at the regatta)]", None),
        ("[The cake (Photo by the river)]", None),
        # a word that labels a photo only with a colon: with none, a name or a word
        ("[The winner with his coach (Ata Demir Yilmaz)]", None),
        ("[The fishing boats at dawn (Poto Island Harbour)]", None),
    ],
)
def test_a_bracketed_caption_credit_without_a_colon(caption: str, credit: str | None) -> None:
    found = clean_text(f"{HEADLINE}\n\nBy Odile Marchand\n\n{caption}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert found.credits == ["By Odile Marchand", *([credit] if credit else [])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The photo by Ines Varga of the old ferry won the regional prize, the jury said on Friday.",
        "(The photo by Ines Varga of the old ferry won the regional prize, the jury said.)",
    ],
)
def test_photo_by_inside_a_story_sentence_credits_nobody(sentence: str) -> None:
    found = clean_text(f"{HEADLINE}\n\nBy Odile Marchand\n\n{P1}\n\n{sentence}\n\n{P2}\n\n{P3}")
    assert found.credits == ["By Odile Marchand"]
    assert sentence in found.body


@pytest.mark.parametrize(
    ("strip", "byline"),
    [
        ("Author: Odile Marchand Published: 5:47 PM December 3, 2026", "Author: Odile Marchand"),
        ("Autor: Ana Souza Publicado: 3 de dezembro de 2026, 10:15", "Autor: Ana Souza"),
        # a quote opening on a label, a name alone with no label: no byline
        ('"Author: unknown," the sign read on Monday, 1 May 2026.', None),
        ("Published: 5:47 PM December 3, 2026 Updated: 6:10 PM", None),
    ],
)
def test_a_byline_strip_parted_by_the_next_label_alone(strip: str, byline: str | None) -> None:
    assert _dated_byline(strip) == byline


@pytest.mark.parametrize(
    ("byline", "credits"),
    [
        ("Lim Soo Ann, Property Correspondent", ["Lim Soo Ann"]),
        ("Odile Marchand, Senior Reporter", ["Odile Marchand"]),
        ("Odile Marchand, the quiet harbour", []),  # no role after the comma: no credit
    ],
)
def test_a_marked_byline_of_a_name_and_a_role_credits_the_name(
    byline: str, credits: list[str]
) -> None:
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<p class='byline'>{byline}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>"
    )
    assert clean_text(page, ContentType.HTML).credits == credits


def test_a_story_sentence_naming_a_credited_person_places_no_credit() -> None:
    story = "Ines Varga, who took the pictures, said the ferry ran late all week."
    # the lines that went, in page order: the caption prints its credit with no space
    gone = ["Video: Tom Stone", "[The ferry at dawn (Photo:Ines Varga)]"]
    lines = [_Line(text, text.casefold(), 0, len(text.split())) for text in [story, *gone]]
    found = _with_header_credits(
        ["Video: Tom Stone"], ["Photo: Ines Varga"], lines, default_rules(), gone=set(gone)
    )
    assert found == ["Video: Tom Stone", "Photo: Ines Varga"]
