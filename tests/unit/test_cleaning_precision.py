"""Precision of the eighteenth round's cleaning rules on shapes they were not made for.

Each rule keeps the shapes it was made for, and a look-alike of the same shape from a story, a
caption or a header must stay what it is: no story line dropped, no non-person credited, no
story's date taken for the article's. Every line is invented, in several languages.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

MASTHEAD = "SAUTI YA PWANI\nHabari | Mombasa | Kilifi | Michezo"
DATED = "Jumanne, 1 Desemba 2026 · 10:20"


# ---------------------------------------------------------------- (1) a caption's last words


@pytest.mark.parametrize(
    "caption",
    [
        "The new ferry was built in Hansen Werft",
        "The old fort as seen from Castle Hill",
        "The terminal, designed by Foster Partners",
        "The bridge was opened by Queen Margrethe",
        "Die Fähre wurde gebaut bei Hansen Werft",
        "El puerto visto desde Monte Urgull",
        "Feri ilijengwa na Kampuni Hansen",
    ],
)
def test_a_captions_verb_short_word_and_proper_name_credits_no_one(caption: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n[{caption}]\n\n{P1}\n\n{P2}\n\n{P3}")
    assert article.credits == []
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
    figure = f"<figure><img src='/f.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    page = f"<p>{P1}</p>{figure}<p>{P2}</p><p>{P3}</p>"
    html = f"<html><body><article><h1>{HEADLINE}</h1>{page}</article></body></html>"
    article = clean_text(html, ContentType.HTML)
    assert article.credits == []
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"


@pytest.mark.parametrize(
    "story", ["The new ferry was built by Hansen Werft", "Built in Castle Hill."]
)
def test_a_story_line_ending_in_a_by_phrase_and_a_name_stays_story(story: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{story}\n\n{P2}\n\n{P3}")
    assert article.credits == []
    assert article.body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


def test_a_captions_photo_credit_still_credits() -> None:
    article = clean_text(f"{HEADLINE}\n\n[O ferry no cais. Foto de Ana Souza]\n\n{P1}\n\n{P2}")
    assert article.credits == ["Foto de Ana Souza"]
    assert article.body == f"{P1}\n\n{P2}"


# ---------------------------------------------------------------- (2) a title-case headline


@pytest.mark.parametrize(
    "headline",
    ["Storm Lashes Port Moresby", "Ferry Sinks Off Zanzibar", "Mvua Kubwa Yaleta Mafuriko"],
)
@pytest.mark.parametrize(
    "over",
    [
        f"{MASTHEAD}\n\n",  # a masthead over its menu
        f"{MASTHEAD}\n",  # the same, one block
        f"{MASTHEAD}\n\nHABARI\n\n",  # a section's label in capitals over the headline
        "SAUTI YA PWANI\n\n",  # a masthead alone
        "",
    ],
)
@pytest.mark.parametrize("dated", ["3 December 2026", DATED])
def test_a_title_case_headline_over_a_date_line_stays_the_title(
    headline: str, over: str, dated: str
) -> None:
    article = clean_text(f"{over}{headline}\n{dated}\n\n{P1}\n\n{P2}")
    assert article.title == headline
    assert article.credits == []
    assert article.body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "byline", ["Kirjoittanut Aino Virtanen", "Napisała Jadwiga Pawlas", "Aino Virtanen"]
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_byline_under_a_headline_right_under_the_menu_still_credits(
    byline: str, gap: str
) -> None:
    text = f"{MASTHEAD}{gap}{HEADLINE}\n{byline}\n{DATED}{gap}{P1}{gap}{P2}"
    article = clean_text(text)
    assert article.title == HEADLINE
    assert article.credits == [byline]
    assert article.published == date(2026, 12, 1)
    assert article.body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("over", [f"{MASTHEAD}\n\n", "PWANI LEO\n\nHABARI\n\n", ""])
def test_a_short_headline_under_a_longer_masthead_stays_the_title(over: str) -> None:
    article = clean_text(f"{over}Floods Hit Lagos\n3 December 2026\n\n{P1}\n\n{P2}")
    assert article.title == "Floods Hit Lagos"
    assert article.credits == []


@pytest.mark.xfail(strict=True, reason="a masthead as long as the headline, no menu, reads as one")
def test_a_short_headline_under_a_masthead_of_as_many_words_is_taken_for_a_byline() -> None:
    article = clean_text(f"SAUTI YA PWANI\n\nFloods Hit Lagos\n3 December 2026\n\n{P1}\n\n{P2}")
    assert article.credits == []


@pytest.mark.xfail(strict=True, reason="the title is chosen over a header line no rule credits")
def test_a_short_headline_in_the_menus_block_is_no_title() -> None:
    text = f"{MASTHEAD}\nFloods Hit Lagos\n3 December 2026\n\n{P1}\n\n{P2}"
    assert clean_text(text).title == "Floods Hit Lagos"


# ---------------------------------------------------------------- (3) a letter's signature

TAIL = "Comentários (3) · Escreva um comentário\n\nLeia também:\n» O porto novo abre em março"


@pytest.mark.parametrize(
    ("last", "credit"),
    [
        ("Ana Souza, Porto Novo", "Ana Souza"),
        ("Kwame Mensah", "Kwame Mensah"),
        ("Lotte Bakker, Zwolle", "Lotte Bakker"),
        ("Grace Mensah, Accra", "Grace Mensah"),  # a given name that is a word, with a town
        ("Port Moresby", None),  # a place line: a place's kind opens it
        ("Mount Kenya", None),
        ("Saint Petersburg", None),
        ("Mombasa, Kenya", None),
        ("Lisboa, Portugal", None),
        ("Ends", None),
        ("ENDS", None),
        ("Photo gallery", None),
        ("Galería de fotos", None),
        ("What Happens Next", None),  # a crosshead
        ("Happy New Year", None),
        ("God Save The Queen", None),
        ("Rest In Peace", None),
    ],
)
@pytest.mark.parametrize("tail", [f"\n\n{TAIL}", ""])
def test_only_a_name_under_the_last_paragraph_signs_the_story(
    last: str, credit: str | None, tail: str
) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{last}{tail}")
    assert article.credits == ([credit] if credit else [])
    assert article.body.startswith(f"{P1}\n\n{P2}\n\n{P3}")


@pytest.mark.xfail(strict=True, reason="a sign-off of two title-case words no list knows")
@pytest.mark.parametrize("last", ["Kwa Heri", "Asante Sana", "Viva Portugal"])
def test_a_sign_off_of_two_capitalised_words_signs_nothing(last: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{last}\n\n{TAIL}")
    assert article.credits == []


# ------------------------------------------------ (4) a date line under the headline


def _under_headline(line: str) -> str:
    return f"{MASTHEAD}\n\n{HEADLINE}\n\n{line}\n\n{P1}\n\n{P2}"


@pytest.mark.parametrize(
    ("line", "day"),
    [("3 December 2026", 3), (DATED, 1), ("Imewasilishwa: Jumatano, 2 Desemba 2026", 2)],
)
def test_a_date_line_under_the_headline_still_dates_the_article(line: str, day: int) -> None:
    article = clean_text(_under_headline(line))
    assert article.published == date(2026, 12, day)
    assert article.body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "first",
    [
        "3 December 2026 will be remembered as the day the harbour flooded.",
        "On 3 December the harbour flooded, officials said.",
        "Desemba 3, 2026 ilikuwa siku ya mafuriko makubwa bandarini.",
        "El 3 de diciembre de 2026 el puerto amaneció bajo el agua, según la alcaldía.",
        "3. joulukuuta 2026 satama tulvi ensimmäistä kertaa sataan vuoteen.",
    ],
)
def test_a_story_opening_on_a_date_is_no_date_line(first: str) -> None:
    article = clean_text(_under_headline(first))
    assert article.published is None
    assert article.body == f"{first}\n\n{P1}\n\n{P2}"


@pytest.mark.parametrize("label", ["Match day: 6 December", "Fecha del partido: 6 de diciembre"])
def test_an_event_date_without_a_year_dates_nothing(label: str) -> None:
    assert clean_text(_under_headline(label)).published is None


@pytest.mark.parametrize(
    "label", ["Kickoff: 6 December 2026", "Kickoff: December 6, 2026", "Mechi: 6 Desemba 2026"]
)
def test_an_event_date_with_a_year_under_an_unknown_label_dates_nothing(label: str) -> None:
    # no time of day, no weekday before the date: an event's label, not a date line's
    assert clean_text(_under_headline(label)).published is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published 3 December 2026", 3),  # a label a table knows
        ("Imewasilishwa: Alhamisi 3 Desemba 2026 · 07:10", 3),  # a time of day
        ("Kitaleko: Jumatano, 2 Desemba 2026", 2),  # a weekday before the date
    ],
)
def test_a_date_line_under_a_label_with_a_cue_still_dates_the_article(line: str, day: int) -> None:
    assert clean_text(_under_headline(line)).published == date(2026, 12, day)


# ---------------------------------------------------------------- (5) a by-phrase over a date line


def _over_date(line: str) -> str:
    return f"{MASTHEAD}\n\n{HEADLINE}\n\n{line}\n{DATED}\n\n{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "byline",
    ["Directo narrado por Luis Gómez", "Napisała Jadwiga Pawlas", "Blog direto por Ana Souza"],
)
def test_a_by_phrase_or_a_participle_over_the_date_line_still_credits(byline: str) -> None:
    article = clean_text(_over_date(byline))
    assert article.credits == [byline]
    assert article.published == date(2026, 12, 1)
    assert article.body == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "line",
    [
        "The ferry operated by Harbour Lines",  # a firm ends in a common word
        "Ferry service run by Ana Souza",  # four words before the name
        "Napisała Jadwiga Pawlas list do burmistrza",  # the sentence goes on
        "Eleitos pelos Santos Silva",  # a "by" word of five letters
        "Welcomed Jane Doe",  # a surname that is a word
    ],
)
def test_a_story_line_of_by_phrase_shape_over_a_date_line_credits_no_one(line: str) -> None:
    assert clean_text(_over_date(line)).credits == []


@pytest.mark.xfail(strict=True, reason="a noun, a participle, a 'by' word and a name: a byline")
@pytest.mark.parametrize(
    "line",
    ["Plan backed by Ana Souza", "Casa construida por Luis Gómez", "Zbudowała Jadwiga Pawlas"],
)
def test_a_sentence_naming_a_doer_over_a_date_line_credits_no_one(line: str) -> None:
    assert clean_text(_over_date(line)).credits == []
