"""People an occupation word introduces, by the word's ending (core/occupations.py).

The people and companies here are invented.
"""

from __future__ import annotations

import pytest

from newsstream.core.gazetteer import default_gazetteer
from newsstream.core.models import EntityType
from newsstream.core.occupations import find_people_by_occupation


def people(text: str) -> list[str]:
    """Surfaces of the person mentions, checked against the text."""
    found = find_people_by_occupation(text, default_gazetteer().find(text))
    for mention in found:
        assert text[mention.start : mention.end] == mention.surface
    return [m.surface for m in found if m.known.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Entomologist Tarvi Oskarsson counted the beetles.", "Tarvi Oskarsson"),
        ("The statistician Aigul Tarvenova said the census was late.", "Aigul Tarvenova"),
        ("Cartographer Ines Quellaba drew the new border.", "Ines Quellaba"),
        ("Locksmith Jarek Tarvowski opened the door.", "Jarek Tarvowski"),
        ("Zookeeper Anouk Tarvstra fed the cubs.", "Anouk Tarvstra"),
        ('"It fell," said the playwright Tomo Quellin.', "Tomo Quellin"),
    ],
)
def test_an_occupation_by_its_ending_introduces_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        # A common word in the name: a body, not a person.
        "Electrician Training Institute staff went on strike.",
        # A longer capitalised run: no name of two or three words.
        "Cartographer Tarvo Quellin Associates won the contract.",
        # No occupation's ending.
        "The dentistry Tarvi Oskarsson opened.",
    ],
)
def test_no_person_without_the_shape(text: str) -> None:
    assert not any("Tarv" in p or "Train" in p for p in people(text))
