"""Cleaning rules of the eighteenth blind round, told by shape: a caption's photo credit before
an agency after a spaced slash; a date line's or a dateline's month misspelt by a letter before
the day ("Nobyembri 30, 2026"); a date line between the headline and the story, under a label no
table knows, past a notice over the headline; a by-phrase of three words ("Live blog by"); a
caption's closing credit under a by-phrase without a colon ("Photo by Jane Doe"); a letter's
signature under its last paragraph; a participle of any length before a name over a date line,
its role after a comma no part of the credit.

Every line here is invented for these tests, in languages other than the round's own (Finnish,
Spanish, Dutch, Estonian, Swahili, Portuguese, English); each rule has story lines of the same
shape that it must keep.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.dates import find_date, near_date
from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


def _html(*parts: str) -> str:
    return f"<html><body><article><h1>{HEADLINE}</h1>{''.join(parts)}</article></body></html>"


# ---------------------------------------------------------------- caption credits


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Lautta saapuu satamaan. Kuva: Aino Virtanen / Satamalehti",
            "Kuva: Aino Virtanen / Satamalehti",
        ),
        (
            "El ferri en el muelle. Foto: Ana Pérez / Diario del Puerto",
            "Foto: Ana Pérez / Diario del Puerto",
        ),
        ("De veerboot in de haven. Foto: Jan Smit/ANP", "Foto: Jan Smit/ANP"),
    ],
)
def test_a_captions_credit_keeps_an_agency_after_a_slash_as_printed(
    caption: str, credit: str
) -> None:
    figure = f"<figure><img src='/f.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    story = "The fare will be 4 / 6 euros, the operator said: a child pays less than an adult."
    body = f"<p>{P1}</p>{figure}<p>{story}</p><p>{P2}</p><p>{P3}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.credits == [credit]
    assert article.body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


def test_a_bracketed_captions_credit_in_plain_text_keeps_the_agency() -> None:
    caption = "[Praam jõuab sadamasse. Foto: Mari Tamm / Saarte Hääl]"
    story = "Route: Eastport / Westport, twice a day from March, the harbour authority said."
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{story}\n\n{P2}")
    assert article.credits == ["Foto: Mari Tamm / Saarte Hääl"]
    assert article.body == f"{P1}\n\n{story}\n\n{P2}"


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Huwebes, Nobyembri 30, 2026 · 9:15 AM", date(2026, 11, 30)),  # a letter changed
        ("Published Janvary 5th, 2026", date(2026, 1, 5)),
        ("Sexta-feira, Dezenbro 4 2026", date(2026, 12, 4)),  # no comma before the year
    ],
)
def test_a_date_lines_misspelt_month_before_the_day_is_read(line: str, day: date) -> None:
    assert find_date(line) is None
    assert near_date(line) == day


@pytest.mark.parametrize("line", ["Remember 3, 2026", "Sinter 5, 2026", "Number 4, 2026"])
def test_a_word_two_letters_from_any_month_before_a_day_is_no_date(line: str) -> None:
    assert near_date(line) is None


def test_a_datelines_misspelt_month_dates_the_article_but_a_story_sentences_does_not() -> None:
    lead = f"PORT MORESBY, Nobyembri 30, 2026 – {P1}"
    article = clean_text(f"{HEADLINE}\n\n{lead}\n\n{P2}\n\n{P3}")
    assert article.published == date(2026, 11, 30)
    assert article.body == f"{lead}\n\n{P2}\n\n{P3}"
    story = "The last crossing, on Nobyembri 30, 2026, carried 212 people and two lorries."
    article = clean_text(f"{HEADLINE}\n\n{story}\n\n{P2}\n\n{P3}")
    assert article.published is None
    assert article.body == f"{story}\n\n{P2}\n\n{P3}"


# ---------------------------------------------------------------- a date line under the headline

MASTHEAD = "SAUTI YA PWANI\nHabari | Mombasa | Kilifi | Michezo | Mawasiliano"


@pytest.mark.parametrize(
    ("dated", "day"),
    [
        ("Imewasilishwa · Jumanne, 1 Desemba 2026 · 10:20", 1),  # a label no table knows
        ("Kitaleko: Miércoles, Diciembre 2, 2026 · 9:15 AM", 2),  # an invented label
        ("Ilifunguliwa: Alhamisi 3 Desemba 2026 · 07:10 · Imesasishwa: 16:05", 3),
    ],
)
def test_a_labelled_date_line_between_the_headline_and_the_story_dates_the_article(
    dated: str, day: int
) -> None:
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{dated}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 12, day)
    assert article.title == HEADLINE
    assert article.body == f"{P1}\n\n{P2}"


def test_a_todays_date_banner_over_the_menu_dates_nothing() -> None:
    banner = "Leo: Jumatatu, 7 Desemba 2026"
    page = f"SAUTI YA PWANI\n{banner}\nHabari | Mombasa | Kilifi | Michezo\n\n{HEADLINE}"
    article = clean_text(f"{page}\n\n{P1}\n\n{P2}")
    assert article.published is None


def test_a_dated_line_inside_the_story_stays_story() -> None:
    # a crosshead and a dated line under the story's first paragraph: no header, all story
    timeline = "Jumatatu: 30 Novemba 2026 · 10:00"
    text = f"{MASTHEAD}\n\n{HEADLINE}\n\n{P1}\n\nRatiba\n\n{timeline}\n\n{P2}\n\n{P3}"
    article = clean_text(text)
    assert article.title == HEADLINE
    assert article.body.startswith(f"{P1}\n\nRatiba\n\n")  # (the line model judges the line)
    assert article.body.endswith(f"{P2}\n\n{P3}")
    assert article.published is None


def test_a_note_over_the_headline_and_a_label_under_the_date_line_are_header() -> None:
    note = "Hii ni taarifa kwa vyombo vya habari kutoka Ofisi ya Kaunti. Imechapishwa kama ilivyo."
    label = "KWA KUTOLEWA MARA MOJA"  # "for immediate release"
    lead = f"MOMBASA, Desemba 3, 2026 – {P1}"
    dated = "Tarehe: Desemba 3, 2026 · 2:30 PM"
    text = f"{MASTHEAD}\n\nTAARIFA · KAUNTI\n\n{note}\n\n{HEADLINE}\n\n{dated}\n\n{label}"
    article = clean_text(f"{text}\n\n{lead}\n\n{P2}")
    assert article.title == HEADLINE
    assert article.body == f"{lead}\n\n{P2}"
    assert article.published == date(2026, 12, 3)


def test_a_story_paragraph_over_a_short_crosshead_and_a_dated_line_is_no_note() -> None:
    # the line under the first paragraph is shorter than the headline: no headline, so the
    # paragraph is the story's, not a note over the page's headline
    timeline = "Jumatatu: 30 Novemba 2026 · 10:00"
    text = f"{MASTHEAD}\n\nTAARIFA · KAUNTI\n\n{HEADLINE}\n\n{P1}\n\nRatiba ya feri\n\n{timeline}"
    article = clean_text(f"{text}\n\n{P2}\n\n{P3}")
    assert article.title == HEADLINE
    assert article.body.startswith(f"{P1}\n\nRatiba ya feri\n\n")
    assert article.published is None


# ---------------------------------------------------------------- a by-phrase of three words


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Blog direto por Ana Souza · 14 atualizações", "Blog direto por Ana Souza"),
        ("Directo narrado por Luis Gómez", "Directo narrado por Luis Gómez"),
        ("Relacja prowadzona przez Anna Nowak", None),  # a "by" word of five letters: no
    ],
)
def test_a_by_phrase_of_a_noun_a_participle_and_a_by_word_over_a_date_line_is_a_byline(
    byline: str, credit: str | None
) -> None:
    dated = "Jumanne, 1 Desemba 2026 · 10:20"
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{byline}\n{dated}\n\n{P1}\n\n{P2}")
    assert article.credits == ([credit] if credit else [])
    assert article.title == HEADLINE
    assert article.published == date(2026, 12, 1)
    assert article.body == f"{P1}\n\n{P2}"


def test_a_headline_of_the_same_shape_over_the_date_line_stays_the_title() -> None:
    headline = "Storm hits near Port Moresby"
    dated = "Jumanne, 1 Desemba 2026 · 10:20"
    article = clean_text(f"{MASTHEAD}\n\nHABARI\n\n{headline}\n\n{dated}\n\n{P1}\n\n{P2}")
    assert article.title == headline
    assert article.credits == []
    assert article.body == f"{P1}\n\n{P2}"


# ---------------------------------------------------------------- a caption's by-phrase credit


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("[Feri ikiwasili bandarini. Picha na Juma Ali]", "Picha na Juma Ali"),
        ("[O ferry no cais. Foto de Ana Souza]", "Foto de Ana Souza"),
        ("[Feri ikiwasili bandarini. Pamoja na Meya]", None),  # one word: no name
        ("[The ferry at the quay. With Jane Doe]", None),  # no "by" word
    ],
)
def test_a_captions_closing_by_phrase_credits_the_photographer(
    caption: str, credit: str | None
) -> None:
    story = (
        "The exhibition opens on Friday at the harbour hall. Photos by Ana Ruiz, all of them new."
    )
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{story}\n\n{P2}")
    assert article.credits == ([credit] if credit else [])
    assert article.body == f"{P1}\n\n{story}\n\n{P2}"


def test_a_figure_captions_closing_by_phrase_credits_the_photographer() -> None:
    caption = "El ferri en el muelle de Vigo. Foto de Ana Pérez"
    figure = f"<figure><img src='/f.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    article = clean_text(_html(f"<p>{P1}</p>{figure}<p>{P2}</p><p>{P3}</p>"), ContentType.HTML)
    assert article.credits == ["Foto de Ana Pérez"]
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


# ---------------------------------------------------------------- a letter's signature

TAIL = "Comentários (3) · Escreva um comentário\n\nLeia também:\n» O porto novo abre em março"


@pytest.mark.parametrize(
    ("signature", "credit"),
    [
        ("Ana Souza, Porto Novo", "Ana Souza"),
        ("Kwame Mensah", "Kwame Mensah"),
        ("Ana Souza, 12 de março", None),  # a date after the comma: no town
        ("Harbour Ferry Services", None),  # a company's name ends in a common word
        ("ANA SOUZA\nPorto Novo, Leste", "ANA SOUZA"),  # her settlement on a line of its own
        ("Ana Souza\nPorto Novo", "Ana Souza"),
        ("ANA SOUZA\nBilhetes à venda no cais", None),  # no settlement: a list of links
    ],
)
def test_a_name_alone_under_a_letters_last_paragraph_signs_it(
    signature: str, credit: str | None
) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{signature}\n\n{TAIL}")
    assert article.credits == ([credit] if credit else [])
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


def test_a_signature_adds_no_credit_under_a_byline_nor_from_a_list_of_links() -> None:
    header = f"{HEADLINE}\n\nPor Marta Lima\nTerça-feira, 1 de dezembro de 2026"
    article = clean_text(f"{header}\n\n{P1}\n\n{P2}\n\nAna Souza, Porto Novo\n\n{TAIL}")
    assert article.credits == ["Por Marta Lima"]
    caption = "[O ferry no cais. Foto: Ana Souza]"
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{P2}\n\nAna Souza\n\n{TAIL}")
    assert article.credits == ["Foto: Ana Souza"]  # named already: not twice
    links = "Leia também:\nAna Souza\nO porto novo abre em março"
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{links}")
    assert article.credits == []
    assert article.body == f"{P1}\n\n{P2}"


# ---------------------------------------------------------------- a participle over a date line


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("Iliandikwa Amina Juma, mwandishi wa mahakama", "Iliandikwa Amina Juma"),
        ("Kirjoittanut Aino Virtanen", "Kirjoittanut Aino Virtanen"),
        ("Skrivet Anna Berg Lund, Visby", "Skrivet Anna Berg Lund"),
    ],
)
def test_a_participle_before_a_name_over_a_date_line_is_a_byline(byline: str, credit: str) -> None:
    dated = "Jumanne, 1 Desemba 2026 · 10:20"
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{byline}\n{dated}\n\n{P1}\n\n{P2}")
    assert article.credits == [credit]
    assert article.title == HEADLINE
    assert article.published == date(2026, 12, 1)
    assert article.body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "line",
    [
        "Storm Lashes Port Moresby Coast Again",  # a title-case headline: too many words
        "Breaking news from the harbour",  # a kicker in lower case
        "Chuvas Fortes Inundam Ruas Centrais",  # five title-case words: a headline
    ],
)
def test_a_line_of_other_shape_over_a_date_line_is_no_participle_byline(line: str) -> None:
    dated = "Jumanne, 1 Desemba 2026 · 10:20"
    article = clean_text(f"{MASTHEAD}\n\n{line}\n{dated}\n\n{P1}\n\n{P2}")
    assert article.credits == []
    assert article.body == f"{P1}\n\n{P2}"
