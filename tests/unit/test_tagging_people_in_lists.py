"""People of the twenty-fourth people round (development set tags_blind34): names listed without
a title, Kabyle honorifics, Berber villages' names and events named after somebody; each rule's
shape that must be tagged, and look-alikes that must not.

Every surname, village and event here is invented; the given names are common ones.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import EntityType
from newsstream.core.tagging import default_tagger

PERSON = EntityType.PERSON


def people(text: str) -> set[str]:
    """Names of the whole tagger's people."""
    return {e.name for e in default_tagger().tag(None, text).entities if e.type is PERSON}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A known given name starts a listed name: the list is of people.
        (
            "The prizes went to two pupils from the town, Luca Tarvoni and Velma Orkanu.",
            {"Luca Tarvoni", "Velma Orkanu"},
        ),
        (
            "On Monday the panel heard Velno Tarvik, Ahmed Orkadi and Jorun Belsk.",
            {"Velno Tarvik", "Ahmed Orkadi", "Jorun Belsk"},
        ),
        # So does a count of people's nouns set off right before it; not one of places.
        (
            "Prizes went to three smiths, Jorun Velk, Tarvo Orkan and Mira Belsk, all from Velno.",
            {"Jorun Velk", "Tarvo Orkan", "Mira Belsk"},
        ),
        ("Floods hit three villages, Tarvo Orkan, Velno Belsk and Orvik Drana, last week.", set()),
        # Names of places and bodies listed so stay no people.
        ("Trucks reached Tarvo Water, Ahmed Orkadi Road and Velno Energy by noon.", set()),
        ("Crowds filled Tarvik Square, Ahmed Street and Velno Market.", set()),
    ],
)
def test_a_given_name_vouches_for_its_list(text: str, expected: set[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Kabyle honorific is no part of the name, even of one word.
        ("Nna Tarvela, 80, the oldest weaver in the village, said so.", {"Tarvela"}),
        ("Dda Velmo Orkanu, 71, said the well was dry.", {"Velmo Orkanu"}),
    ],
)
def test_kabyle_honorifics(text: str, expected: set[str]) -> None:
    assert people(text) == expected


def test_dda_right_after_a_name_is_no_honorific_before_the_next() -> None:
    # Welsh "Dda" ('the Good') follows a name: "Tarvo Dda"; it ends that name and starts none.
    assert people("Tarvo Velnar Dda Tomos Orvik said so.") == {"Tomos Orvik"}
    assert people("Tarvo Velnar Dda said so.") == {"Tarvo Velnar Dda"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Berber village's name starts with its head, which starts no person's name.
        (
            "Families in its villages, among them Taourirt Velmi, Aït Tarvoud and Aït Orkane,"
            " whose smiths still work, make rugs.",
            set(),
        ),
        ("Jo Velmo, 29, a smith from Tizi Orkane, said prices rose.", {"Jo Velmo"}),
        # After a given name the head is a surname's start.
        ("The singer Lounis Aït Tarvoud, 76, sang in the square.", {"Lounis Aït Tarvoud"}),
    ],
)
def test_berber_village_heads(text: str, expected: set[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An event or a prize named after somebody is nobody.
        ("The club said the King Tarvel Horse Festival near Velno would go ahead.", set()),
        ("Officials said the Queen Velma Rowing Trophy was cancelled.", set()),
        # "Festival" alone after a name is no cue: "Minister Jo Velk said the festival".
        ("Minister Jo Velk said the festival would go ahead.", {"Jo Velk"}),
    ],
)
def test_events_named_after_somebody(text: str, expected: set[str]) -> None:
    assert people(text) == expected


def _entities(text: str) -> set[tuple[str, EntityType]]:
    return {(e.name, e.type) for e in default_tagger().tag(None, text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After "Abd" and its article a name of God is a name word, whatever it folds to.
        (
            "Rana Abdel Fattah, 40, a seamstress, said the door was locked.",
            {("Rana Abdel Fattah", PERSON)},
        ),
        # Alone it is the body it names.
        ("Fatah officials said the talks would resume.", {("Fatah", EntityType.ORGANIZATION)}),
    ],
)
def test_a_name_of_god_after_abd(text: str, expected: set[tuple[str, EntityType]]) -> None:
    assert _entities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One word nobody knows after "whose" and a relative names the relative.
        (
            "Sara Velkon, whose sister Tarva was among the dead, said so.",
            {("Sara Velkon", PERSON), ("Tarva", PERSON)},
        ),
        # A known place stays one; a common word is nobody.
        ("The man whose son Kenya praised was freed.", {("Kenya", EntityType.LOCATION)}),
        ("The firm, whose sister Company was sold, said so.", set()),
    ],
)
def test_a_relative_named_after_whose(text: str, expected: set[tuple[str, EntityType]]) -> None:
    assert _entities(text) == expected
