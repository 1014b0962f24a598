"""How news English names people and organisations nobody listed: the patterns of issue #5's
seventeenth development set, each with a look-alike that must stay untagged.

Every name here is invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from newsstream.core.gazetteer import default_gazetteer
from newsstream.core.models import EntityType
from newsstream.core.tagging import Tags, default_tagger

PERSON, ORG, LOC = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION


def tag(text: str) -> Tags:
    """The whole tagger's tags of one text, no title."""
    return default_tagger().tag(None, text)


def named(text: str, kind: EntityType) -> Counter[str]:
    """Canonical names of the mentions of one kind."""
    return Counter(m.known.name for m in default_gazetteer().find(text) if m.known.type is kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A religious or a lawyer's title is no part of the name.
        ("The spokesman, Mawlawi Tarek Osmani Vell, said so.", {"Tarek Osmani Vell"}),
        ("The defence lawyer, Maître Anton Revell, said so.", {"Anton Revell"}),
        # A known person's surname alone after a title, then more name words: somebody new.
        ("The spokesman, Mawlawi Sayed Tarvo Haqmal, said so.", {"Sayed Tarvo Haqmal"}),
        ("President Saied said so.", {"Kais Saied"}),
        # The title alone is no person.
        ("A mullah said so.", set()),
    ],
)
def test_titles_before_a_name(text: str, expected: set[str]) -> None:
    assert set(named(text, PERSON)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role clause before the name may hold a long organisation's name and its acronym.
        (
            "An official of the International Committee of the Red Cross (ICRC), Carlo Venturi, "
            "said some children had come.",
            {"Carlo Venturi"},
        ),
        # An instructor is a trade that introduces a person, even one whose surname is a word.
        ("The third was a ski instructor from Grenoble, Tomas Vial, 27.", {"Tomas Vial"}),
        # An age set off after a name ends a sentence too.
        ("The dead included Anna Tarvel, 42. Rain fell.", {"Anna Tarvel"}),
        # No role and no age: a place, not a person.
        ("Prices rose in Tarvel Heights, 42. Rain fell.", set()),
        # A long clause before with no role in it.
        (
            "A convoy of the International Committee of the Red Cross (ICRC), Orvik Bay, "
            "reached the camp.",
            set(),
        ),
    ],
)
def test_roles_and_ages_set_off_around_a_name(text: str, expected: set[str]) -> None:
    assert set(named(text, PERSON)) == expected


@pytest.mark.parametrize(
    ("text", "firms", "people"),
    [
        # Partners' surnames joined by an ampersand name a firm, a particle and all; the
        # partner's namesake later in the text stays a person.
        (
            "The firm that did the work, Van Orvik & De Lund, is based in Utrecht. Its director, "
            "Anouk de Lund, said welders came. De Lund said so.",
            {"Van Orvik & De Lund"},
            {"Anouk de Lund"},
        ),
        ("Shares in Tarvo & Sons rose.", {"Tarvo & Sons"}, set()),
        # Two people, common words, letters, countries: no firm.
        ("The couple, Anna Tarvel & Jon Velno, said so.", set(), set()),
        ("The Fire & Rescue team arrived.", set(), set()),
        ("Q & A: what the vote means.", set(), set()),
        ("Trinidad & Tobago won the match.", set(), set()),
    ],
)
def test_names_joined_by_an_ampersand(text: str, firms: set[str], people: set[str]) -> None:
    found = tag(text)
    assert {e.name for e in found.entities if e.type is ORG} == firms
    assert {e.name for e in found.entities if e.type is PERSON} == people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A kind of place and its name with "of" start a body's name.
        ("The Port of Tarvo Authority said freight had moved.", {"Port of Tarvo Authority"}),
        ("The City of Velno Council said so.", {"City of Velno Council"}),
        # An office holder of a place is no part of the name.
        ("The mayor of Tarvo Authority said so.", {"Tarvo Authority"}),
        # Two sentences: no name across them.
        ("Ships left the Port of Tarvo. Authority figures said so.", set()),
    ],
)
def test_a_kind_of_place_with_of_inside_a_name(text: str, expected: set[str]) -> None:
    assert {e.name for e in tag(text).entities if e.type is ORG} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name before "and the" and another name: each is found whole.
        (
            "It was paid for by the Anna and Jon Tarvel Foundation and the Velno Research Council.",
            {"Anna and Jon Tarvel Foundation", "Velno Research Council"},
        ),
        (
            "Talks between the Tarvo Council and the Velno Union failed.",
            {"Tarvo Council", "Velno Union"},
        ),
        # A country and a body: the country stays a country.
        ("Talks between Germany and the Velno Union failed.", {"Velno Union"}),
    ],
)
def test_two_names_joined_by_and_the(text: str, expected: set[str]) -> None:
    found = tag(text)
    assert {e.name for e in found.entities if e.type is ORG} == expected
    assert not [e for e in found.entities if e.type is PERSON]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A head noun, then "for the" and a purpose headed by another: one name, whose acronym
        # follows.
        (
            "The Tarvo Command for the Protection of Cultural Heritage (TCPH) checked the "
            "drawing. The TCPH said so.",
            {"Tarvo Command for the Protection of Cultural Heritage"},
        ),
        # A title, no head, before the connectors: the name starts after them.
        (
            "Staff said the Tarvo Agency Director for the Protection of Forests resigned.",
            {"Tarvo Agency", "Protection of Forests"},
        ),
    ],
)
def test_a_purpose_headed_by_a_second_noun(text: str, expected: set[str]) -> None:
    assert {e.name for e in tag(text).entities if e.type is ORG} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Galleries and museums, named in English or in their own language.
        ("Experts at the Tarvo Galleries in Lund spent a year on it.", {"Tarvo Galleries"}),
        ("She lent the drawing to the Museo Velniano for three months.", {"Museo Velniano"}),
        ("The sheet went to the Musée Tarvel in Lyon.", {"Musée Tarvel"}),
        # A city right after a collection's head ends its name; after "in" it is a place.
        (
            "Restorers at the National Gallery Prague spent months on it.",
            {"National Gallery Prague"},
        ),
        ("Restorers at the National Gallery in Prague spent months on it.", {"National Gallery"}),
        # Lower case: a room, no body.
        ("He watched from the public gallery of the museum.", set()),
    ],
)
def test_galleries_and_museums(text: str, expected: set[str]) -> None:
    assert {e.name for e in tag(text).entities if e.type is ORG} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphenated word between "the" and a group's name, as a plain one.
        ("Voters backed the left-wing Tarvo movement, which won 14 seats.", {"Tarvo"}),
        ("The far-right Velno group marched.", set()),  # no "the": a sentence's start
        # What kind of group, not which.
        ("Voters backed the left-wing Islamist movement.", set()),
    ],
)
def test_a_hyphenated_word_before_a_group_name(text: str, expected: set[str]) -> None:
    assert {e.name for e in tag(text).entities if e.type is ORG} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Air" ends an airline's name, after a name or a country's.
        ("Flights were cancelled. Tarvo Air said it had added flights.", {"Tarvo Air"}),
        ("Flights were cancelled. Kenya Air said it had added flights.", {"Kenya Air"}),
        # After a common word, or in lower case, it is the air.
        ("Fans enjoyed the Open Air at the festival.", set()),
        ("They breathed the Kabul air.", set()),
    ],
)
def test_an_airline_named_air(text: str, expected: set[str]) -> None:
    assert {e.name for e in tag(text).entities if e.type is ORG} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name, a particle of people's names and a surname: a person by its shape.
        ("Experts attribute the sketch to Tarvo da Velnini.", {"Tarvo da Velnini"}),
        ("He trained in the workshop of Orsino del Tarvecchio.", {"Orsino del Tarvecchio"}),
        # Places and buildings are named so too: after "the" or "in", with a known or common
        # word, or with a particle places share ("de", "das").
        ("Thousands marched to the Plaza del Tarvo.", set()),
        ("They met in Villa del Tarvo.", set()),
        ("Visitors to Costa del Sol fell.", set()),
        ("Fans of Real del Tarvo cheered.", set()),
        ("The road to Chã das Caldeiras was cut.", set()),
    ],
)
def test_a_name_with_a_particle_inside(text: str, expected: set[str]) -> None:
    assert set(named(text, PERSON)) == expected


@pytest.mark.parametrize(
    ("text", "name", "native"),
    [
        # A body's own-language name in brackets stands for it wherever it stands alone.
        (
            "The Public Security Department (Sûreté Tarvaise) asked for help. The Sûreté "
            "Tarvaise said the men would appear in court.",
            "Public Security Department",
            "Sûreté Tarvaise",
        ),
        (
            "The Tarvo History Museum (Tarvoska museet) will show the finds. Tarvoska museet "
            "said so.",
            "Tarvo History Museum",
            "Tarvoska museet",
        ),
    ],
)
def test_a_native_name_in_brackets(text: str, name: str, native: str) -> None:
    found = tag(text)
    assert [e.name for e in found.entities if e.type is PERSON] == []
    (body,) = [e for e in found.entities if e.type is ORG]
    assert body.name == name
    assert native in body.surface_forms


def test_a_bracket_after_no_organisation_names_nothing() -> None:
    found = tag("Tarvo (Velno Region) voted on Sunday.")
    assert [e for e in found.entities if e.type is ORG] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised part that names nothing makes a hyphenated word one name: no town
        # inside it.
        ("Exports go by rail to Ust-Luga, in the region.", set()),
        # Places either side, or a combining form, still name their places.
        ("The Kenya-Uganda border reopened.", {"Kenya", "Uganda"}),
        ("The Moscow-Beijing link reopened.", {"Moscow", "Beijing"}),
        ("Franco-Spanish talks began in Madrid.", {"Spain", "Madrid"}),
    ],
)
def test_places_inside_a_hyphenated_word(text: str, expected: set[str]) -> None:
    assert set(named(text, LOC)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Islands named after a town, or listed after "the islands of", are no places.
        ("The worst damage is around the Farasan Islands, a protected area.", set()),
        ("The team will study remains from the islands of Gotland and Öland.", set()),
        # A region that is islands keeps its name; "the island of" names regions too.
        ("Ferries to the Canary Islands stopped.", {"Canary Islands"}),
        # An overseas department is a country of its own (RE), no place.
        ("Pilgrims came from the French island of Réunion.", set()),
    ],
)
def test_islands(text: str, expected: set[str]) -> None:
    assert {p.name for p in tag(text).places} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A large city whose name is a word, after a preposition of place, its country named.
        ("Fans clashed in Nice. French police in Nice detained 23 supporters.", {"Nice"}),
        ("She grew up in Reading, then moved to Britain.", {"Reading"}),
        # No country named, or a capitalised word going on (a headline): no city.
        ("It was nice in Nice.", set()),
        ("French Fans Revel In Nice Weather", set()),
    ],
)
def test_a_large_city_named_like_a_word(text: str, expected: set[str]) -> None:
    assert {p.name for p in tag(text).places} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A ruler named with a regnal number is called by the given name after: not the town.
        (
            "King Albert IV watched from the royal box. Albert, a former bobsleigh driver, "
            "visited the team in France.",
            Counter({"Albert IV": 2}),
        ),
        # No ruler of that name before: the town.
        ("Albert, a town in France, flooded.", Counter()),
    ],
)
def test_a_ruler_called_by_the_given_name(text: str, expected: Counter[str]) -> None:
    assert named(text, PERSON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A side a score follows is a club, wherever its name stands after.
        (
            "Orvik reached the final on Tuesday, beating Tarvel 3-1 at home. Police detained 23 "
            "Tarvel supporters.",
            Counter({"Tarvel": 2}),
        ),
        ("They lost to Velno Rovers 0-2 on Sunday.", Counter({"Velno Rovers": 1})),
        # A country's side stays the country; a vote's tally is no score.
        ("France beat Germany 2-1 in Paris.", Counter()),
        ("The vote went to Tarvo 12-3.", Counter()),
    ],
)
def test_a_side_and_its_score(text: str, expected: Counter[str]) -> None:
    found = tag(text)
    assert Counter({e.name: e.mentions for e in found.entities if e.type is ORG}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An airline whose flight the text counts, and its name after.
        ("He was on a Tarvair flight to Lund. Tarvair said it would pay.", {"Tarvair"}),
        # A day, a place, a country's demonym: no airline.
        ("He took a Sunday flight.", set()),
        ("She boarded a Paris flight.", set()),
        ("A Soviet flight crashed.", set()),
    ],
)
def test_an_airline_by_its_flight(text: str, expected: set[str]) -> None:
    assert {e.name for e in tag(text).entities if e.type is ORG} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A league the text says is won or played to a round is a competition.
        ("Orvik reached the knockout round of the Tarvo League on Tuesday.", set()),
        ("Orvik won the Tarvo League for a record 15th time.", set()),
        # Or whose stages come right after its name.
        ("Orvik reach Tarvo League knockouts after a late goal.", set()),
        ("Orvik made the play-offs of the Tarvo League.", set()),
        # A league that acts, or is watched, stays a body.
        ("I grew up watching the Velno League, he said.", {"Velno League"}),
        ("The Velno League fined the club.", {"Velno League"}),
    ],
)
def test_a_league_that_is_a_competition(text: str, expected: set[str]) -> None:
    assert {e.name for e in tag(text).entities if e.type is ORG} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Who the text singles out, set off before the name: a role clause's head noun.
        (
            "The current pair, Anna Tarvel and Jon Velno, took office in October.",
            {"Anna Tarvel", "Jon Velno"},
        ),
        ("The harbour master, Lisa Orvik, guided it in.", {"Lisa Orvik"}),
        ("The girl who died, Keza Tarvel, fell ill on a trip.", {"Keza Tarvel"}),
        ("The court-appointed liquidator, Yves Tarvel, said so.", {"Yves Tarvel"}),
        # The noun only describes another ("the boy band"), or is an owner: no person.
        ("The boy band, Tarvo Velno, split.", set()),
        ("The pair's boat, Orvik Star, sank.", set()),
        ("The girls' school, Tarvo Heights, closed.", set()),
    ],
)
def test_a_role_clause_head_before_a_name(text: str, expected: set[str]) -> None:
    assert set(named(text, PERSON)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town nobody listed, set off before the region it lies in: that region's country.
        ("Shelling hit Tarvoka, in the Kharkiv region, on Monday.", {("Tarvoka", "UA")}),
        ("Exports go by rail to Ust-Tarva, in the Leningrad region.", {("Ust-Tarva", "RU")}),
        # A body set off so is no town.
        ("Talks with the Tarvo Union, in the Kharkiv region, failed.", set()),
    ],
)
def test_a_town_set_off_before_its_region(text: str, expected: set[tuple[str, str]]) -> None:
    places = {(p.name, p.country) for p in tag(text).places}
    assert {p for p in places if p[0] not in {"Kharkiv", "Saint Petersburg"}} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party's leaning, its name and its acronym, with no "party" after.
        ("Voters backed the centrist Tarvo Forward (TF), which won nine seats.", {"Tarvo Forward"}),
        # A leaning before a person's name, no acronym: a person.
        ("Voters backed the centrist Jane Tarvel, who won.", set()),
    ],
)
def test_a_party_by_its_leaning_and_acronym(text: str, expected: set[str]) -> None:
    assert {e.name for e in tag(text).entities if e.type is ORG} == expected
