"""Rules of the twenty-second tagging round (development set tags_blind22): each rule's shape
that must be tagged, and look-alikes that must not.

Every person, body and small place here is invented unless it is a real, widely known body of
the kind the knowledge file lists; real cities and countries are used as news English names them.
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
        # A list of common words set off by commas and closed by "and" goes on the name.
        (
            "Officials of the Directorate of Economy, Employment, Labour and Solidarity will meet.",
            {"Directorate of Economy, Employment, Labour and Solidarity"},
        ),
        (
            "The Ministry of Finance, Planning and Economic Development said so.",
            {"Ministry of Finance, Planning and Economic Development"},
        ),
        # Names after the comma are a list of their own, not the name's.
        (
            "The Ministry of Health, Oxfam and Unicef sent aid.",
            {"Ministry of Health", "Oxfam", "UNICEF"},
        ),
        ("The Ministry of Health, Tarvel and Velno sent aid.", {"Ministry of Health"}),
        ("The Ministry of Health, police and the army said.", {"Ministry of Health"}),
        ("The Ministry of Health, Reuters reported.", {"Ministry of Health", "Reuters"}),
        # Two names joined by "and", each with its head: the first whole at its complement.
        (
            "Researchers at the University of Velnor and Tarvosk University have estimated it.",
            {"University of Velnor", "Tarvosk University"},
        ),
        # The first after "of" may be a city: still two names, no force of two places.
        (
            "Researchers at the University of Dundee and Tarvosk University have estimated it.",
            {"University of Dundee", "Tarvosk University"},
        ),
        # A common word after "and" is one more field of the first name.
        (
            "The Ministry of Labour and Social Protection said wages rose.",
            {"Ministry of Labour and Social Protection"},
        ),
        # The first is no whole name before "and" when neither its head nor a complement ends it.
        (
            "The Tarvo Union Support and Stabilization Mission said troops left.",
            {"Tarvo Union Support and Stabilization Mission"},
        ),
        ("Officers of Devon and Cornwall Police said so.", {"Devon and Cornwall Police"}),
    ],
)
def test_a_list_inside_a_bodys_name(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senedd in Cardiff debated the bill.", {"Senedd"}),
        ("She urged the Scottish Government to act.", {"Scottish Government"}),
        ("The Welsh Government said it would pay.", {"Welsh Government"}),
        (
            "A statement from COGAT said the crossing was shut.",
            {"Coordinator of Government Activities in the Territories"},
        ),
        ("The two men were handed to the Carabinieri and released.", {"Carabinieri"}),
        (
            "Patrols by MINURSO would continue, it said.",
            {"United Nations Mission for the Referendum in Western Sahara"},
        ),
        (
            "Patrols are paid with help from Conservation International.",
            {"Conservation International"},
        ),
        (
            "The FCDO said it would fund the ferry.",
            {"Foreign, Commonwealth and Development Office"},
        ),
        # Look-alikes: a government and a parliament named by their common nouns stay out.
        ("The government in Edinburgh said it would pay.", set()),
        ("Scottish ministers told parliament it would pay.", set()),
    ],
)
def test_known_bodies(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A prefect, a restorer or a biographer set off before or after a name: a person.
        (
            "The prefect, François-Xavier Tarvelle, asked for a ship. Tarvelle said so.",
            {"François-Xavier Tarvelle"},
        ),
        ("The chief restorer, Chiara Velnesi, said tests had confirmed it.", {"Chiara Velnesi"}),
        (
            "It went back to Giorgio Tarvani, the 16th-century biographer, who wrote it.",
            {"Giorgio Tarvani"},
        ),
        # The office named alone, or a body of it: nobody.
        ("The Prefect of Police said the march was banned.", set()),
        ("The prefect's office, in Orvik, said the road was shut.", set()),
    ],
)
def test_prefects_restorers_and_biographers(text: str, expected: set[str]) -> None:
    assert tagged(text, PERSON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name that is also a place, before the Irish "Ó" and a surname: a person.
        (
            'Nadia Ó Tarvaigh, the solicitor, said so. "It did not," Ó Tarvaigh said.',
            {"Nadia Ó Tarvaigh"},
        ),
        # The Welsh "ap" inside a name, and capitalised at a sentence's start.
        (
            "The chief executive, Gethin ap Tarvel, said so. Ap Tarvel said more.",
            {"Gethin ap Tarvel"},
        ),
        # Look-alikes: the place alone, and "AP" the agency.
        ("Nadia is a district of West Bengal.", set()),
        ("The AP reported it, Velna Tarvo said.", {"Velna Tarvo"}),
    ],
)
def test_irish_and_welsh_particles(text: str, expected: set[str]) -> None:
    assert tagged(text, PERSON) == expected


def _placed(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in default_tagger().tag(None, text).places}


def test_a_district_named_with_al_is_no_person() -> None:
    text = "Morocco said cases rose. A mother in Rabat's Hay Al Tarvi district said she queued."
    assert ("Hay Al Tarvi", "MA") in _placed(text)
    assert tagged(text, PERSON) == set()


def test_a_person_with_al_before_the_districts_word_stays() -> None:
    text = "Morocco said cases rose. Ahmed Al Tarvi, the district's mayor, said so."
    assert tagged(text, PERSON) == {"Ahmed Al Tarvi"}
    assert _placed(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name and "Town" after a preposition of place: the town, not the place named alone.
        (
            "A woman who sells food in Kew Town said so. Officials in Montserrat agreed.",
            {("Kew Town", "MS")},
        ),
        # Known towns stay as they are; a common word before "Town" is no name.
        ("They flew in from Cape Town on Monday.", {("Cape Town", "ZA")}),
        ("They met in Old Town on Monday. Officials in Montserrat agreed.", set()),
        # "City" too, but not after "at": a club's ground.
        (
            "Workers in Tarvo City were hurt. Officials in Egypt agreed.",
            {("Tarvo City", "EG")},
        ),
        ("He played at Tarvo City for years. Officials in Egypt agreed.", set()),
        ("Crime fell in Inner City areas. Officials in Egypt agreed.", set()),
    ],
)
def test_a_name_and_town(text: str, expected: set[tuple[str, str]]) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hall or a painting named after a city or a person: no place.
        (
            "The museums reopened the Hall of Constantine on Tuesday. Officials in Italy agreed.",
            set(),
        ),
        ("Work on The School of Athens will begin. Officials in Italy agreed.", set()),
        # The city itself, after a town hall's common noun.
        (
            "The town hall of Constantine was shut. Officials in Algeria agreed.",
            {("Constantine", "DZ")},
        ),
    ],
)
def test_a_hall_or_painting_of_a_city(text: str, expected: set[tuple[str, str]]) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A crossing named after somebody titled, after "the": nobody.
        ("Trucks cross at the King Tarvel Bridge into Jordan.", set()),
        ("Trucks cross the Emir Velno Causeway daily.", set()),
        # A person whose surname is the word, after a title.
        ("Minister Jane Bridge said the plan had failed.", {"Jane Bridge"}),
    ],
)
def test_a_crossing_named_after_somebody_titled(text: str, expected: set[str]) -> None:
    assert tagged(text, PERSON) == expected


def test_a_rugby_club_named_by_its_city() -> None:
    text = "The Dragons and Cardiff Rugby reported losses. She told the Senedd in Cardiff so."
    # "The Dragons" alone names no club: "Dragons" is no alias ("Dragons' Den"), only "Dragons RFC".
    assert tagged(text, ORG) == {"Cardiff Rugby", "Senedd"}
    # The city alone stays the city, as it would not after "Newcastle United".
    assert _placed(text) == {("Cardiff", "GB")}


@pytest.mark.parametrize(
    "text",
    ["Fans travelled to Rugby, in Warwickshire, on Monday.", "He played rugby in Cardiff."],
)
def test_rugby_the_town_and_the_game(text: str) -> None:
    assert tagged(text, ORG) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name and "Cruises" or "Ferries": a ship operator.
        ("A cruise line, Tarvel Cruises, had asked about calls.", {"Tarvel Cruises"}),
        ("The route is run by Velno Ferries, it said.", {"Velno Ferries"}),
        # A common word before it: cruises, no company.
        ("Holiday Cruises are popular with pensioners.", set()),
    ],
)
def test_ship_operators(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


def _countries(text: str) -> list[str]:
    return default_tagger().tag(None, text).countries


def test_a_demonym_as_a_surname() -> None:
    # A role set off after the name vouches for it; the surname alone then acts as the person.
    text = 'Sonia Irish, a teacher, said fares rose. "We will see," Irish said.'
    assert tagged(text, PERSON) == {"Sonia Irish"}
    assert _countries(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sonia Irish, a teacher, said so. The Irish said they would vote.",
        "Sonia Irish, a teacher, said so. Irish voters said no.",
    ],
)
def test_the_demonym_after_a_person_so_named_stays(text: str) -> None:
    assert _countries(text) == ["IE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Driven from their homes; a share set off between the count and "to flee".
        (
            "Gangs had driven about 1.3 million people from their homes in Haiti.",
            {("displaced", 1300000)},
        ),
        (
            "The eruptions forced about 8,000 people, two-thirds of the population, to flee.",
            {("displaced", 8000)},
        ),
        # A ride from home to somewhere, and tractors driven: no one displaced.
        ("Volunteers drove 40 people from their homes to the shelter.", set()),
        ("Farmers drove 300 tractors to the capital.", set()),
        ("Floods forced 500 people from their homes to camps.", {("displaced", 500)}),
    ],
)
def test_driven_from_their_homes(text: str, expected: set[tuple[str, int]]) -> None:
    facts = default_tagger().tag(None, text).key_facts
    assert {(f.kind.value, f.number) for f in facts} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the counted people are held for, between the count and the outcome.
        ("Two men suspected of organising the voyage had been arrested.", {("arrested", 2)}),
        ("Three men accused of smuggling fuel were detained.", {("arrested", 3)}),
        # Suspects who say something: no outcome.
        ("Two men suspected of fraud said they were innocent.", set()),
    ],
)
def test_suspects_held(text: str, expected: set[tuple[str, int]]) -> None:
    facts = default_tagger().tag(None, text).key_facts
    assert {(f.kind.value, f.number) for f in facts} == expected


def test_a_town_after_in_named_like_a_persons_surname() -> None:
    text = (
        "Owain Newport, whose daughter was hurt, said so. Newport said he wanted an apology."
        " The Dragons, based in Newport, reported losses."
    )
    assert tagged(text, PERSON) == {"Owain Newport"}
    assert _placed(text) == {("Newport", "GB")}


def test_a_surname_named_like_a_town_stays_the_person() -> None:
    text = "Owain Newport, whose daughter was hurt, said so. Newport said he wanted an apology."
    assert tagged(text, PERSON) == {"Owain Newport"}
    assert _placed(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A country's initials before a list inside a name: no part of it.
        (
            "It was paid for by the UK Foreign, Commonwealth and Development Office (FCDO).",
            {"Foreign, Commonwealth and Development Office"},
        ),
        (
            "A grant from the UK Tarvel, Velno and Orvik Commission came through.",
            {"Tarvel, Velno and Orvik Commission"},
        ),
        # No list: the initials before the name as before.
        ("The UK Foreign Office said so.", {"Foreign Office"}),
    ],
)
def test_initials_before_a_list_inside_a_name(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


# Hardening: look-alikes of the rules above that news prints, each rule's narrowing or its
# strongest look-alike held.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The list is of what the body is "of", its items no bodies of their own, no members
        # named after it.
        (
            "The Department of Health, Social Services and Public Safety said so.",
            {"Department of Health, Social Services and Public Safety"},
        ),
        (
            "The Ministry of Education, Science and Technology and the World Bank signed a deal.",
            {"Ministry of Education, Science and Technology", "World Bank"},
        ),
        (
            "The Ministry of Health, Education and the Red Cross sent teams.",
            {"Ministry of Health", "International Committee of the Red Cross"},
        ),
        # "The" starting the sentence.
        (
            "The Truth, Reconciliation and Reparations Commission said so.",
            {"Truth, Reconciliation and Reparations Commission"},
        ),
        (
            "The UK Foreign, Commonwealth and Development Office said so.",
            {"Foreign, Commonwealth and Development Office"},
        ),
    ],
)
def test_a_list_inside_a_name_hardened(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "first", "merged"),
    [
        ("The US Army, Navy and Air Force took part.", "US Army", "Army, Navy and Air Force"),
        (
            "The Ministry of Defence, Navy and Air Force said so.",
            "Ministry of Defence",
            "Ministry of Defence, Navy and Air Force",
        ),
        (
            "The Ministry of Defence, Navy and Army officers met.",
            "Ministry of Defence",
            "Ministry of Defence, Navy and Army",
        ),
        (
            "The Office of the Prime Minister, Cabinet and Parliament met.",
            "Office of the Prime Minister",
            "Office of the Prime Minister, Cabinet and Parliament",
        ),
    ],
)
def test_bodies_listed_after_a_body_are_no_part_of_its_name(
    text: str, first: str, merged: str
) -> None:
    found = tagged(text, ORG)
    assert first in found
    assert merged not in found


def test_ministers_after_a_list_inside_a_name_are_no_part_of_it() -> None:
    text = "The Ministry of Health, Education and Labour ministers met on Monday."
    assert "Ministry of Health, Education and Labour" not in tagged(text, ORG)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A club named by its town after "at": no place; a known town ending in "Town" stays.
        ("He lives in Cape Town and works at Ipswich Town.", {("Cape Town", "ZA")}),
        ("A man was stabbed in Spanish Town, Jamaica, on Friday.", {("Spanish Town", "JM")}),
        ("Tourists gathered near Old Town on Saturday.", set()),
        # A city hall or town hall "of" a city is in the city; a school of a city names the city.
        ("Protesters gathered outside the City Hall of Manila on Monday.", {("Manila", "PH")}),
        ("The Town Hall of Valencia was lit up.", {("Valencia", "ES")}),
        (
            "He is a professor at the School of Oriental and African Studies in London.",
            {("London", "GB")},
        ),
    ],
)
def test_town_hall_and_school_look_alikes(text: str, expected: set[tuple[str, str]]) -> None:
    assert _placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title that is no ruler's, after "the": a person whose surname is the word.
        ("The Ambassador Tom Square met the president.", {"Tom Square"}),
        ('"It is over," said the Foreign Minister Ana Street.', {"Ana Street"}),
        ("The late Senator John Street was buried on Monday.", {"John Street"}),
        # Streets and bridges named after kings and a king of a person.
        ("Trucks crossed the Allenby Bridge. The King Hussein Bridge was closed.", set()),
        ("Witnesses to the King Street shooting in Manchester spoke.", set()),
        ("Marchers walked down Martin Luther King Street in Atlanta.", set()),
    ],
)
def test_crossing_look_alikes(text: str, expected: set[str]) -> None:
    assert tagged(text, PERSON) == expected


def test_a_rugby_club_and_its_city_apart() -> None:
    text = "Ticket sales at Edinburgh Rugby fell. Hotels in Edinburgh were full."
    assert tagged(text, ORG) == {"Edinburgh Rugby"}
    assert _placed(text) == {("Edinburgh", "GB")}


@pytest.mark.parametrize(
    "text",
    [
        "Sonia Irish, a teacher, said so. Many Irish said they would vote no.",
        "Sonia Irish, a teacher, said so. Some Irish said they would vote no.",
        "Sonia Irish, a teacher, said so. Young Irish voters said no.",
    ],
)
def test_a_people_after_a_person_named_by_its_demonym(text: str) -> None:
    assert tagged(text, PERSON) == {"Sonia Irish"}
    assert _countries(text) == ["IE"]


def test_a_demonym_surname_with_a_role() -> None:
    text = "John English, a lawyer, said the case was weak. English said he would appeal."
    assert tagged(text, PERSON) == {"John English"}
    assert _countries(text) == []


def test_a_demonym_surname_without_a_role_stays_the_country() -> None:
    text = "Mark French said the plan had failed. French officials disagreed."
    assert _countries(text) == ["FR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nobody gives thousands a ride: driven from their homes to a refuge is flight.
        ("Floods drove 5,000 people from their homes to higher ground.", {("displaced", 5000)}),
        (
            "Fighting had driven 30,000 people from their homes to camps near the border.",
            {("displaced", 30000)},
        ),
        ("Buses drove 200 people from their homes to polling stations.", set()),
        ("The violence drove prices from their highs.", set()),
        # Suspects released, or killed: the outcome after them is what counts.
        ("Three men suspected of theft were released on bail.", set()),
        ("Ten men suspected of links to the gang were killed in the raid.", {("killed", 10)}),
        ("Police said 1,200 people suspected of fraud were arrested.", {("arrested", 1200)}),
    ],
)
def test_driven_and_suspected_look_alikes(text: str, expected: set[tuple[str, int]]) -> None:
    facts = default_tagger().tag(None, text).key_facts
    assert {(f.kind.value, f.number) for f in facts} == expected


@pytest.mark.xfail(
    strict=True,
    reason="a count inside the deed ('killing three people') is taken as the arrested; telling "
    "it from the subject's count needs the clause's structure",
)
def test_a_count_inside_the_suspected_deed() -> None:
    text = "Two men accused of killing three people were arrested."
    facts = default_tagger().tag(None, text).key_facts
    assert {(f.kind.value, f.number) for f in facts} == {("arrested", 2)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The possessive after "in" is the person's; the town after "in" is the town.
        ("Owain Newport said so. In Newport's view, the council failed.", set()),
        (
            "Jane Preston, a nurse, said so. Preston said she would stay in Preston.",
            {("Preston", "GB")},
        ),
    ],
)
def test_a_surname_town_after_in(text: str, expected: set[tuple[str, str]]) -> None:
    assert _placed(text) == expected


def test_a_territorys_collectivity_is_its_government_not_the_territory() -> None:
    # The countries list names the territory; "Collectivity of" names its government.
    tags = default_tagger().tag(None, "The Collectivity of Saint Martin said it would act.")
    assert [e.name for e in tags.entities] == ["Collectivity of Saint Martin"]
    assert tags.countries == []
