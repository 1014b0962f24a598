"""Look-alikes of people and people with few words: papers named with an article, miners
named by what they dig, one-word names after a role, four-word Vietnamese names.

Every person, paper and company here is invented.
"""

from __future__ import annotations

import pytest

from newsstream.core.gazetteer import default_gazetteer
from newsstream.core.models import EntityType
from newsstream.core.occupations import find_people_by_occupation
from newsstream.core.tagging import default_tagger


def people(text: str) -> list[str]:
    """The canonical names of the people the whole tagger finds."""
    return [
        e.name for e in default_tagger().tag(None, text).entities if e.type is EntityType.PERSON
    ]


@pytest.mark.parametrize(
    "text",
    [
        "El Quorvenal reported on Tuesday that the mayor had resigned.",
        "Le Tarvinet wrote in an editorial that the reform was overdue.",
        "La Brumeral said in an editorial that ministers must act.",
        "Het Varnblad published the letter in full.",
        "Die Volkerpost reported that the coalition was close to collapse.",
    ],
)
def test_a_name_after_an_article_that_publishes_is_a_paper(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A surname with an article speaks, as people do.
        ("Le Quorvet said the vote was a victory.", "Le Quorvet"),
        # A person's surname with an article reports too: the whole name folds it.
        (
            "Opposition leader Anna Le Quorvet spoke. Le Quorvet wrote that it was over.",
            "Anna Le Quorvet",
        ),
        ("Roberto De Tarvis wrote a letter to the council.", "Roberto De Tarvis"),
    ],
)
def test_a_person_with_an_article_stays(text: str, name: str) -> None:
    assert people(text) == [name]


def test_a_miner_named_by_what_it_digs_is_no_person() -> None:
    assert people("Velmora Pacific Gold said output fell 12 per cent in the quarter.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jane Gold said the mine had closed.", "Jane Gold"),
        ("Tarvo Gold said the mine had closed.", "Tarvo Gold"),
    ],
)
def test_a_surname_that_is_a_metal_stays_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A guard, Slametno, 52, was injured in the blast.", "Slametno"),
        ("Its spokesman, Velnikar, 44, declined to comment.", "Velnikar"),
    ],
)
def test_one_word_after_a_set_off_role_and_before_an_age_is_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The town, Velnoria, 120, sits in a valley.",
        "In the village, Tarvoria, 52, houses were lost.",
        "A guard, Slametno, said the gate was shut.",
    ],
)
def test_one_word_needs_a_persons_noun_and_an_age(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volcanologist Sutrivno, who has studied the mountain, warned of ash.", "Sutrivno"),
        ("Sociologist Velnikar argued that the survey was flawed.", "Velnikar"),
    ],
)
def test_an_occupation_introduces_a_one_word_name(text: str, name: str) -> None:
    found = find_people_by_occupation(text, default_gazetteer().find(text))
    assert [m.surface for m in found if m.known.type is EntityType.PERSON] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The statistician Tuesday, said the figures were late.",
        "Economists and a statistician March said the index fell.",
    ],
)
def test_an_occupation_before_a_day_or_a_month_names_nobody(text: str) -> None:
    found = find_people_by_occupation(text, default_gazetteer().find(text))
    assert [m for m in found if m.known.type is EntityType.PERSON] == []


def test_an_occupation_before_a_longer_run_names_nobody_by_one_word() -> None:
    text = "Cartographer Tarvo Quellin Associates won the contract."
    found = find_people_by_occupation(text, default_gazetteer().find(text))
    assert [m for m in found if m.known.type is EntityType.PERSON] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trần Văn Quang Đức told reporters the harvest was lost.", "Trần Văn Quang Đức"),
        ("Lê Thị Mai Quyên said the road had flooded.", "Lê Thị Mai Quyên"),
        ("Tran Van Quang Duc said the harvest was lost.", "Tran Van Quang Duc"),
    ],
)
def test_a_vietnamese_middle_name_keeps_four_words_one_person(text: str, name: str) -> None:
    assert people(text) == [name]


def test_three_words_without_a_vietnamese_middle_name_stay_three() -> None:
    # Three name words at most: the run keeps the three before the verb.
    assert people("Tarvo Velno Quang Orvik said the road had flooded.") == ["Velno Quang Orvik"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Marta Elena "Bing" Tarvez-Ollon, a nurse, spoke.', "Marta Elena Tarvez-Ollon"),
        ('Sipho "Bra Sipho" Velnami played the trumpet until dawn.', "Sipho Velnami"),
        (
            "Roberto “Tito” Quelvarenga said. Quelvarenga added that talks go on.",
            "Roberto Quelvarenga",
        ),
    ],
)
def test_a_quoted_nickname_inside_a_name_is_one_person(text: str, name: str) -> None:
    assert people(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        'The band "Blue Moon" Tarvo played on Tuesday.',
        'Workers at Tarvo "Velno" Mining said the shaft had flooded.',
    ],
)
def test_a_quotation_between_other_words_names_nobody(text: str) -> None:
    assert people(text) == []


def test_a_quotation_after_a_listed_person_is_no_nickname() -> None:
    # German capitalises its nouns: a listed person's whole name before a quoted word and a noun
    # is that person, not a name with a nickname inside.
    text = 'Die Partei von Angela Merkel "Zeitenwende" Debatte geht weiter.'
    assert people(text) == ["Angela Merkel"]


def test_the_surname_after_a_nickname_counts_once() -> None:
    tags = default_tagger().tag(None, 'Roberto "Tito" Quelvarenga said. Quelvarenga added more.')
    (person,) = [e for e in tags.entities if e.type is EntityType.PERSON]
    assert person.offsets == [0, 33]
