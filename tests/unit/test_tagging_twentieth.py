"""Rules of the twentieth tagging round (development set tags_blind20): each rule's shape that
must be tagged, and look-alikes that must not.

Every person, body and small place here is invented; real cities and countries are used as news
English names them.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import EntityType
from newsstream.core.tagging import default_tagger

PERSON, ORG = EntityType.PERSON, EntityType.ORGANIZATION


def tagged(text: str, kind: EntityType) -> set[str]:
    """Names of the whole tagger's entities of one kind, no title."""
    return {e.name for e in default_tagger().tag(None, text).entities if e.type is kind}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Burmese honorific before a name of several words is no part of it.
        ("The hill fell, said Ko Tarvo Lin Velk, who leads a rescue team.", {"Tarvo Lin Velk"}),
        ("It came down at night, said Daw Velna Myo Tar, 46.", {"Velna Myo Tar"}),
        ("Later U Tarvo Velk, a former miner, said the lake had grown.", {"Tarvo Velk"}),
        # "Ko" is also a surname: before a name of one or two words it stays.
        ("Ko Tarvi-jin, an actress, said she would appeal.", {"Ko Tarvi-jin"}),
        ("The papers were signed, said Ko Tarvo Velk, a lawyer.", {"Ko Tarvo Velk"}),
    ],
)
def test_burmese_honorifics(text: str, expected: set[str]) -> None:
    assert tagged(text, PERSON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town's name (Yara, Cuba) before a known person's surname alone: somebody new.
        ("Yara Haddad of the Tarvel Water Authority said the plan had failed.", {"Yara Haddad"}),
        # The known person by his surname alone, after a place that is no given name.
        ("In Paris Haddad said the plan had failed.", {"Fernando Haddad"}),
        ("Fernando Haddad said the plan had failed.", {"Fernando Haddad"}),
    ],
)
def test_town_before_a_known_surname(text: str, expected: set[str]) -> None:
    assert tagged(text, PERSON) == expected
