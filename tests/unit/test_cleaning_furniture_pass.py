"""Furniture told by kind of line, and story lines of the same look that stay: a hard-wrapped
paragraph closing on a list, the crosshead over it.

Every line here is invented for these tests.
"""

from __future__ import annotations

from tests.unit.test_cleaning_labels import HEADLINE, P1, P2
from tests.unit.test_cleaning_scripts import clean_text

MASTHEAD = "THE HARBOUR LEDGER\nNews | Island | Sport | Business | Subscribe"


def _body_of(*paragraphs: str) -> list[str]:
    return clean_text("\n\n".join([MASTHEAD, HEADLINE, *paragraphs])).body.split("\n\n")


def test_a_hard_wrapped_paragraph_closing_on_a_list_is_joined_under_its_crosshead() -> None:
    prose = (
        "Our son takes the early boat every morning to the secondary school in\n"
        "Eastport. For the forty pupils of the island the boat is the only way\n"
        "there, as their parents leave for work before dawn. We have two\n"
        "questions for the council:"
    )
    items = [
        "1. Who takes the pupils when the boat no longer sails?",
        "2. Why were the parents and the school never asked?",
    ]
    letter = "\n".join([prose, *items])
    signed = [P1, "Mary Quayle, Northbay", "Island Pupils"]  # a letters page: each letter signed
    expected = [*signed, prose.replace("\n", " "), *items, "Tom Kerr, Eastport", P2]
    assert _body_of(*signed, letter, "Tom Kerr, Eastport", P2) == expected
