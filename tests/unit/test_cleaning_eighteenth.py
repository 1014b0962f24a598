"""Cleaning rules of the eighteenth blind round, told by shape: a caption's photo credit before
an agency after a spaced slash.

Every line here is invented for these tests, in languages other than the round's own (Finnish,
Spanish, Dutch, Estonian, Swahili, Portuguese, English); each rule has story lines of the same
shape that it must keep.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text


def _html(*parts: str) -> str:
    return f"<html><body><article><h1>{HEADLINE}</h1>{''.join(parts)}</article></body></html>"


# ---------------------------------------------------------------- caption credits


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Lautta saapuu satamaan. Kuva: Aino Virtanen / Satamalehti", "Kuva: Aino Virtanen"),
        ("El ferri en el muelle. Foto: Ana Pérez / Diario del Puerto", "Foto: Ana Pérez"),
        ("De veerboot in de haven. Foto: Jan Smit/ANP", "Foto: Jan Smit/ANP"),  # unspaced: whole
    ],
)
def test_a_captions_credit_stops_before_an_agency_after_a_spaced_slash(
    caption: str, credit: str
) -> None:
    figure = f"<figure><img src='/f.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    story = "The fare will be 4 / 6 euros, the operator said: a child pays less than an adult."
    body = f"<p>{P1}</p>{figure}<p>{story}</p><p>{P2}</p><p>{P3}</p>"
    article = clean_text(_html(body), ContentType.HTML)
    assert article.credits == [credit]
    assert article.body == f"{P1}\n\n{story}\n\n{P2}\n\n{P3}"


def test_a_bracketed_captions_credit_in_plain_text_stops_before_the_agency() -> None:
    caption = "[Praam jõuab sadamasse. Foto: Mari Tamm / Saarte Hääl]"
    story = "Route: Eastport / Westport, twice a day from March, the harbour authority said."
    article = clean_text(f"{HEADLINE}\n\n{caption}\n\n{P1}\n\n{story}\n\n{P2}")
    assert article.credits == ["Foto: Mari Tamm"]
    assert article.body == f"{P1}\n\n{story}\n\n{P2}"
