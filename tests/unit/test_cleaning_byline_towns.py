"""A town after a byline's name is cut; the name is credited whatever follows it.

tests/gold/CONVENTIONS.md (Cleaning): a town, region or ground where the writer filed, after any
separator, in brackets or after a preposition, is no part of the credit; a second writer, a
contribution and a wire's sign-off stay as printed. Every byline here is invented.
"""

from __future__ import annotations

import pytest

from newsstream.core.cleaning import _credit_text
from tests.unit.test_cleaning import HEADLINE, P1, P2, P3, clean_text


def credits_of(byline: str) -> list[str]:
    return clean_text(f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}").credits


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        # after a comma: a word, a name a place's first word opens, a listed city, a country
        ("By Jane Doe, Lagos", "By Jane Doe"),
        ("By Jane Doe, Port Harcourt", "By Jane Doe"),
        ("By Jane Doe, Kuala Lumpur", "By Jane Doe"),
        ("By Jane Doe, Nairobi, Kenya", "By Jane Doe"),
        ("Door Jan de Vries, Utrecht", "Door Jan de Vries"),
        ("Text: Jane Doe, Port Harcourt", "Text: Jane Doe"),  # printed nowhere else
        ("By Jane Doe and John Smith, Lagos", "By Jane Doe and John Smith"),
        ("By Jane Doe, John Smith, Lagos", "By Jane Doe, John Smith"),
        # after a preposition, with a comma or without, in several languages
        ("Por María de la Cruz, en Quito", "Por María de la Cruz"),
        ("Par Jean de la Fontaine, à Paris", "Par Jean de la Fontaine"),
        ("Por Ana Souza, em Recife", "Por Ana Souza"),
        ("Tekst: Anna Kowalska, w Gdańsku", "Tekst: Anna Kowalska"),
        ("By Jane Doe in Quito", "By Jane Doe"),
        ("By Jane Doe in Port Moresby", "By Jane Doe"),
        ("By Jane Doe at Wimbledon", "By Jane Doe"),
        ("Von Anna Weber in Bremen", "Von Anna Weber"),
        ("Par Jean Dupont à Nantes", "Par Jean Dupont"),
        ("Por Ana Pérez en Quito", "Por Ana Pérez"),
        ("Av Kari Nordmann i Oslo", "Av Kari Nordmann"),  # "i" is "and" elsewhere: a listed town
        # in brackets, and after a separator
        ("By Jane Doe (Lae)", "By Jane Doe"),
        ("By Jane Doe (Port Moresby)", "By Jane Doe"),
        ("par Jean Dupont · Nantes", "par Jean Dupont"),
        ("By Jane Doe | Nairobi", "By Jane Doe"),
        # "From" and a name, then the town: the town tells the byline
        ("From Jane Doe, Lagos", "From Jane Doe"),
        ("From Jane Doe (Lae)", "From Jane Doe"),
        ("From Jane Doe in Lagos", "From Jane Doe"),
        # a role and a town, a site and a town: all of it goes
        ("By Jane Doe, Health Correspondent, Lagos", "By Jane Doe"),
        ("By Jane Doe, Harbour Gazette, Lagos", "By Jane Doe"),
        ("By Jane Doe, Lagos, Harbour Gazette", "By Jane Doe"),
    ],
)
def test_a_town_after_a_bylines_name_is_cut(byline: str, credit: str) -> None:
    assert credits_of(byline) == [credit]


@pytest.mark.parametrize(
    "byline",
    [
        # a second writer after a comma or a conjunction, a contribution, a caseless name
        "By Jane Doe, John Smith and Ana Lee",
        "By Jane Doe, John Smith",
        "Door Jan de Vries en Piet Jansen",
        "Per Marta Puig i Soler",  # a double surname
        "By Jane Doe, Writer, and John Smith, Editor",  # a role for each
        "By Jane Doe, with John Smith in Lagos",
        "Par Jean Dupont, avec Marie Martin à Lyon",
        "By Jane Doe, 王伟",
        # a wire's sign-off keeps its towns whole
        "Reporting by Jane Doe in Quito and John Smith in Lima",
        # a suffix is the name's own
        "By John Smith, Jr.",
    ],
)
def test_a_second_writer_a_contribution_or_a_sign_off_keeps_its_words(byline: str) -> None:
    assert credits_of(byline) == [byline]


@pytest.mark.parametrize(
    "line",
    [
        # no byline: "From" before no name of two words, or before a desk's words
        "From Our Correspondent, Lagos",
        "From Lagos, With Love",
    ],
)
def test_from_before_no_writers_name_credits_nobody(line: str) -> None:
    assert line not in credits_of(line)
    assert not any(credit.startswith("From") for credit in credits_of(line))


def _japanese_page(byline: str, *blocks: str) -> str:
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
    assert clean_text(_japanese_page(byline)).credits == [credit]


@pytest.mark.parametrize(
    "credit",
    [
        "摄影：林小明（港城社）",
        "写真：山本花子（港町通信）",
    ],  # an agency after a photographer's name
)
def test_an_agency_in_full_width_brackets_after_a_photo_credit_stays(credit: str) -> None:
    assert _credit_text(credit) == credit


def _wire_page(signoff: str) -> str:
    return "\n\n".join(["Harbour News", HEADLINE, "By John Roe", P1, P2, P3, signoff])


@pytest.mark.parametrize(
    ("signoff", "credit"),
    [
        ("(Texto: Ana Lee em Recife; Edição: Rui Sá)", "Texto: Ana Lee em Recife; Edição: Rui Sá"),
        ("(Note: the vote was close; Update: Council met.)", None),  # sentences, no names
        ("(Texto: Ana Lee em Recife)", None),  # one part: no sign-off of labelled parts
        # labelled notes, no byline among their parts: no sign-off
        (
            "(Correction: An Earlier Version Misspelt Her Name; Update: Police Statement Added)",
            None,
        ),
        ("(Source: Harbour Statistics Office; Figures: Provisional Estimates)", None),
        # a label the rules do not know, before a writer's name
        ("(Kirjutas: Ana Lee; Toimetas: Rui Sá)", "Kirjutas: Ana Lee; Toimetas: Rui Sá"),
        # labelled by "by": its brackets go too
        (
            "(Reporting by Ana Lee in Tarvo; Editing by Rui Sá)",
            "Reporting by Ana Lee in Tarvo; Editing by Rui Sá",
        ),
    ],
)
def test_a_wire_sign_off_of_labelled_parts_is_credited_whole(
    signoff: str, credit: str | None
) -> None:
    article = clean_text(_wire_page(signoff))
    assert article.credits[1:] == ([credit] if credit else [])
    assert credit is None or signoff not in article.body
