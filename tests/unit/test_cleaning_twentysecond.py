"""Cleaning rules of the twenty-second blind round, told by kind of line: a date line under a
publication label of more languages, or a broadcast's air date, dates the article wherever it
stands in the byline's block.

Every line here is invented for these tests; each rule has story lines of the same look that it
must keep.
"""

from __future__ import annotations

from datetime import date

import pytest

from newsstream.core.dates import find_date
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text

MASTHEAD = "THE HARBOUR LEDGER\nNews | Island | Sport | Business | Subscribe"


@pytest.mark.parametrize(
    "dated",
    [
        "Udgivet 3. december 2026 kl. 10.15",  # Danish, "released"
        "Julkaistu 3.12.2026 10:15",  # Finnish
        "Broadcast Thursday 3 December 2026, 07:40",  # a programme's air date
        "Aired: December 3, 2026",
    ],
)
def test_a_publication_label_under_the_byline_block_dates_the_article(dated: str) -> None:
    byline = "By Ola Pedersen\nola.pedersen@example.org"  # a contact line between
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{byline}\n{dated}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 12, 3)
    assert article.body == f"{P1}\n\n{P2}"


def test_an_update_label_is_no_publication_date() -> None:
    dated = "Published 2 December 2026\nOppdatert 3. desember 2026 kl. 13.40"
    article = clean_text(f"{MASTHEAD}\n\n{HEADLINE}\n\n{dated}\n\n{P1}\n\n{P2}")
    assert article.published == date(2026, 12, 2)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("Labobeli, 3 Pulungoana 2026", date(2026, 11, 3)),  # Sesotho as Lesotho spells it
        ("14 நவ 2026 10:05 IST", date(2026, 11, 14)),  # Tamil, abbreviated
        ("Îne, 6 Kanûna Pêşîn 2026", date(2026, 12, 6)),  # Kurmanji, two words
        ("21 Inti Raymi killa 2026", date(2026, 6, 21)),  # Quechua, "month" after the name
    ],
)
def test_month_names_of_more_languages_are_read(written: str, day: date) -> None:
    assert find_date(written) == day


def test_a_word_of_a_two_word_month_alone_names_no_month() -> None:
    assert find_date("3 Raymi 2026") is None


@pytest.mark.parametrize(
    "disclaimer",
    [
        "The views in this column are the author's own and not those of the newspaper.",
        "Die Kolumne gibt die Meinung des Verfassers wieder, nicht die der Redaktion.",
        "Les opinions des chroniques sont celles de leurs auteurs, pas de la rédaction.",
    ],
)
def test_an_opinion_pages_disclaimer_is_furniture(disclaimer: str) -> None:
    assert _body_of(P1, P2, disclaimer) == [P1, P2]


def test_a_story_sentence_on_an_authors_opinion_stays() -> None:
    told = "The author told the newspaper her opinion of the ferry had not changed."
    assert _body_of(P1, told, P2) == [P1, told, P2]


def _body_of(*paragraphs: str) -> list[str]:
    return clean_text("\n\n".join([MASTHEAD, HEADLINE, *paragraphs])).body.split("\n\n")
