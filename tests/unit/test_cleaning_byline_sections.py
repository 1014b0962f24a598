"""A byline that names the paper's section or newsroom after the writer's comma keeps the name.

Every line here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text

BYLINES = (  # Dutch, Portuguese, Spanish, Italian, Norwegian, Slovene
    ("Door Jan de Vries, redactie Binnenland", "Door Jan de Vries"),
    ("Por Ana Souza, Editoria de Cidades", "Por Ana Souza"),
    ("Por Ana Souza, Sección Deportes", "Por Ana Souza"),
    ("Di Anna Rossi, sezione Cronaca", "Di Anna Rossi"),
    ("Av Kari Nordmann, Redaksjonen", "Av Kari Nordmann"),
    ("Piše: Ana Novak, oddelek Gospodarstvo", "Piše: Ana Novak"),
)


@pytest.mark.parametrize(("byline", "credit"), BYLINES)
def test_the_section_after_the_comma_is_cut(byline: str, credit: str) -> None:
    article = clean_text(f"{HEADLINE}\n\n{byline}\n\n{P1}\n\n{P2}")
    assert article.credits == [credit]
    assert article.body == f"{P1}\n\n{P2}"


def test_a_second_writer_after_the_comma_stays() -> None:
    article = clean_text(f"{HEADLINE}\n\nBy Jane Roe, Marta Quill\n\n{P1}\n\n{P2}")
    assert article.credits == ["By Jane Roe, Marta Quill"]
