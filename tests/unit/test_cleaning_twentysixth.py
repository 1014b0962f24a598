"""Cleaning rules of the twenty-sixth round: a letter signed in capitals under its last paragraph
on an HTML page credits the writer (a signature's block going on with the writer's settlement on a
line of its own: `test_cleaning_eighteenth`).

Every line here is invented for these tests; each rule has lines of the same look that it must
leave as they were.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import ContentType
from tests.unit.test_cleaning_labels import HEADLINE, P1, P2, P3
from tests.unit.test_cleaning_scripts import clean_text

LINKS = '<aside><h3>MOST READ</h3><ol><li><a href="/1">Ferry fares go up</a></li></ol></aside>'


def _letter(signature: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    return (
        f"<html><body><article><h1>{HEADLINE}</h1>{story}"
        f'<p class="sig">{signature}</p></article>{LINKS}</body></html>'
    )


@pytest.mark.parametrize(
    ("signature", "credit"),
    [
        ("<strong>NALEDI KHUMALO</strong><br>Port Vale, Eastshire", "NALEDI KHUMALO"),
        ("NALEDI KHUMALO, Port Vale", "NALEDI KHUMALO"),
        ("NALEDI KHUMALO", "NALEDI KHUMALO"),
        ("Naledi Khumalo", None),  # no dash nor capitals on a page: a link's text as likely
        ("HARBOUR FERRY SERVICES", None),  # a company's name ends in a common word
    ],
)
def test_a_letter_signed_in_capitals_on_a_page_credits_its_writer(
    signature: str, credit: str | None
) -> None:
    article = clean_text(_letter(signature), ContentType.HTML)
    assert article.credits == ([credit] if credit else [])
    assert article.body == f"{P1}\n\n{P2}\n\n{P3}"
