"""A letters page's signatures are its credits; on any other page a signed quote stays."""

from __future__ import annotations

import pytest

from newsstream.core.letters import is_letters_page
from tests.unit.test_cleaning_scripts import clean_text

INTRO = (
    "Our report on the closing of the harbour library drew many replies this week. Here is a "
    "selection; some letters were shortened."
)
LETTER_ONE = (
    "The library is the only warm room in town where nobody asks you to buy anything. Closing "
    "it saves little and costs the town a great deal."
)
LETTER_TWO = (
    "My children learned to read there. If the council needs money, it should look at the new "
    "car park first."
)
CLOSING = "The council votes on the budget next Thursday."


def _letters_page(sign_one: str, sign_two: str) -> str:
    return (
        "Letters to the editor: Keep the harbour library open\n\nBy Ann Example\n\n"
        f"{INTRO}\n\nA warm room\n\n{LETTER_ONE}\n\n{sign_one}\n\n"
        f"Think of the children\n\n{LETTER_TWO}\n\n{sign_two}\n\n{CLOSING}\n"
    )


@pytest.mark.parametrize(
    ("sign_one", "sign_two", "names"),
    [
        ("Mara Quint, Eastport", "Tobias Fennel, Lower Wick", ["Mara Quint", "Tobias Fennel"]),
        ("— Mara Quint", "TOBIAS FENNEL, Eastport", ["Mara Quint", "TOBIAS FENNEL"]),
        ("Mara Quint / Eastport", "Tobias Fennel, Wick-on-Sea", ["Mara Quint", "Tobias Fennel"]),
    ],
)
def test_a_letters_pages_signatures_are_credits_after_its_byline(
    sign_one: str, sign_two: str, names: list[str]
) -> None:
    article = clean_text(_letters_page(sign_one, sign_two))
    assert article.credits == ["By Ann Example", *names]
    body = article.body.split("\n\n")
    assert sign_one not in body
    assert sign_two not in body
    assert body[1:] == ["A warm room", LETTER_ONE, "Think of the children", LETTER_TWO, CLOSING]


def test_a_quotes_attribution_in_a_story_stays() -> None:
    text = (
        "Harbour library to close in spring\n\nBy Ann Example\n\n"
        f"{LETTER_ONE}\n\n— Mara Quint\n\n{LETTER_TWO}\n\nTobias Fennel, Eastport\n\n{CLOSING}\n"
    )
    article = clean_text(text)
    body = article.body.split("\n\n")
    assert "— Mara Quint" in body
    assert "Tobias Fennel, Eastport" in body
    assert "Mara Quint" not in article.credits


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Leserbriefe: Was unsere Leser zum Hafen sagen", True),
        ("Cartas de los lectores", True),
        ("Courrier des lecteurs : la bibliothèque", True),
        ("Ingezonden brieven over de haven", True),
        ("Harbour library to close in spring", False),
        ("A letter from the mayor angered residents", False),
        ("Letters: Keep the harbour library open", True),
        ("Cartas de amor de la guerra, halladas en un desván", False),  # plain plural words
        ("Cómo renovar las cartas de conducción en el puerto", False),
        ("Courrier international ouvre un bureau au port", False),
        ("Letters from the lighthouse keeper go on show", False),
    ],
)
def test_a_letters_page_is_named_in_many_languages(text: str, *, letters: bool) -> None:
    assert is_letters_page([text]) is letters


def test_a_quotes_attribution_under_a_headline_on_letters_stays() -> None:
    text = (
        "Love letters from the war found in a harbour attic\n\nBy Ann Example\n\n"
        f"{LETTER_ONE}\n\n— Mara Quint\n\n{LETTER_TWO}\n\n{CLOSING}\n"
    )
    article = clean_text(text)
    assert "— Mara Quint" in article.body.split("\n\n")
    assert "Mara Quint" not in article.credits
