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


def _placed(text: str) -> tuple[set[tuple[str, str]], list[str]]:
    tags = default_tagger().tag(None, text)
    return {(p.name, p.country) for p in tags.places}, tags.countries


def test_a_region_named_like_a_country_set_by_its_city() -> None:
    # "Athens, Georgia": the US state, and the US Athens, wherever Georgia is named again.
    found, countries = _placed(
        "A federal jury in Athens, Georgia, convicted a man on Friday. He must stay in Georgia."
    )
    assert found == {("Athens", "US"), ("Georgia", "US")}
    assert countries == ["US"]


@pytest.mark.parametrize(
    "text",
    [
        # The country: set by a city of its own, or named alone.
        "Protests in Tbilisi, Georgia, continued. Georgia's government said so.",
        "Georgia and Armenia signed a deal in Batumi on Monday.",
        # A city of another country before a comma and "Georgia" in a list: the country.
        "Ministers from Paris, Georgia and Armenia met in Brussels.",
    ],
)
def test_the_country_georgia_stays(text: str) -> None:
    assert "GE" in _placed(text)[1]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers from Rome, Paris, Georgia, Armenia and Turkey met in Brussels.",
        "Ministers from Paris, Georgia, or Armenia may attend the talks.",
    ],
)
def test_the_country_georgia_stays_in_lists(text: str) -> None:
    assert "GE" in _placed(text)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A river's course, named like a country: no country.
        ("The railway crosses the upper Niger before it reaches the coast.", []),
        ("Barges on the lower Congo carried timber to the port.", []),
        # The country, named with a direction or after a river's course elsewhere.
        ("Fighting in northern Niger killed ten soldiers.", ["NE"]),
        ("Farms on the upper Tarvel were flooded, officials in Niger said.", ["NE"]),
        ("Voters in Lower Saxony went to the polls.", ["DE"]),
    ],
)
def test_a_rivers_course_named_like_a_country(text: str, expected: list[str]) -> None:
    assert _placed(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Air" and a name before "flight": an airline, a place's name inside it or not.
        ("Tourists arrived on the Air Velno flight from Lyon.", {"Air Velno"}),
        ("Tourists arrived on the Air Koryo flight from Vladivostok.", {"Air Koryo"}),
        # A company's name ending in "Tours".
        ("Tarvel Tours, one of the best-known agencies, said it had no dates.", {"Tarvel Tours"}),
        # Look-alikes: common words, a city's flight, a plain "Tours".
        ("The air ambulance flight left at dawn. An Air Cargo flight was late.", set()),
        ("She missed the Paris flight and the Monday flight.", set()),
        ("The Grand Tours of Europe were popular with the rich.", set()),
    ],
)
def test_airlines_and_tour_firms(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


def test_an_airline_takes_the_place_inside_it() -> None:
    assert _placed("Tourists arrived on the Air Koryo flight from Vladivostok.")[0] == {
        ("Vladivostok", "RU")
    }


def _facts(text: str) -> set[tuple[str, int]]:
    return {(f.kind.value, f.number) for f in default_tagger().tag(None, text).key_facts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bodies recovered count no toll: a part of one, or one not yet known.
        ("Rescuers pulled 21 bodies from the mud on the first day.", set()),
        ("Officials said 22 bodies had been recovered from the prison.", set()),
        # Deaths and the dead still do.
        ("The floods caused 21 deaths in the valley.", {("killed", 21)}),
        ("At least 34 people were killed in the landslide.", {("killed", 34)}),
    ],
)
def test_bodies_count_no_toll(text: str, expected: set[tuple[str, int]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body's head noun, then a natural feature's: an island, no body.
        ("Children on Union Island went back to school on Monday.", set()),
        ("The Society Islands lie to the north.", set()),
        # A body whose name holds a feature after "of", or ends in its head noun.
        ("The University of Tarvo Island said fees would rise.", {"University of Tarvo Island"}),
        ("The Tarvo Island Council met on Monday.", {"Tarvo Island Council"}),
    ],
)
def test_a_feature_named_with_a_bodys_word(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French and Spanish "for" inside a body's name.
        (
            "Ana Velk, the head of the rights group Mêmes Droits pour Tarvo, said so.",
            {"Mêmes Droits pour Tarvo"},
        ),
        ("The charity Médicos por la Tarva said it would help.", {"Médicos por la Tarva"}),
        # A country's name with "and the" opens a body's name: one name.
        (
            "The St. Vincent and the Grenadines Tarvo Union said pay was too low.",
            {"St. Vincent and the Grenadines Tarvo Union"},
        ),
        # Two names joined by "and the" stay two.
        ("Germany and the European Union agreed on Monday.", {"European Union"}),
        (
            "Saint Vincent and the Grenadines and the European Union signed a deal.",
            {"European Union"},
        ),
    ],
)
def test_connectors_inside_bodies_names(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Pan American": the whole Americas, not the United States.
        ("The Pan American Health Organization said it would send nets to Suriname.", ["SR"]),
        ("Pan American Games athletes arrived in Lima.", ["PE"]),
        # "American" elsewhere still names it.
        ("An American tourist, Pan Velk, said the boat had sunk.", ["US"]),
    ],
)
def test_pan_american_names_no_country(text: str, expected: list[str]) -> None:
    assert _placed(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Trust" heads a body's name.
        ("The Tarvo Trust for Culture said the souk would reopen.", {"Tarvo Trust for Culture"}),
        ("The Velno Trust said it would appeal.", {"Velno Trust"}),
        # "Trust" as a common word, capitalised at a sentence's start.
        ("Trust in the police fell sharply last year.", set()),
    ],
)
def test_trusts(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name after "in" that goes on with an Arabic article's word: no town of its first word.
        (
            "Part of a roof collapsed in Khan al-Tarvo, injuring workers in Aleppo, Syria.",
            {("Aleppo", "SY")},
        ),
        # A one-word name after "in" before a lower-case word is still a town.
        (
            "Shelling hit houses in Tarvik, a village in Idlib, Syria.",
            {("Tarvik", "SY"), ("Idlib", "SY")},
        ),
    ],
)
def test_a_name_going_on_with_an_arabic_article(text: str, expected: set[tuple[str, str]]) -> None:
    assert _placed(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A listed city by another of its names, set off as a city, in a country the article
        # names: the listed city.
        (
            "Travellers were let into the northern city of Rason, North Korea said. Tourists came"
            " from Moscow, Russia.",
            {("Rajin", "KP"), ("Moscow", "RU")},
        ),
        # Not where a division's noun follows the name: the division, a place of its own.
        (
            "Cases rose in Grand Bassa county, Liberia. In Buchanan, the port city, doctors"
            " said so.",
            {("Grand Bassa", "LR"), ("Buchanan", "LR")},
        ),
        # Nor where the article does not name the city's country.
        ("Travellers were let into the northern city of Rason, Russian tourists said.", None),
    ],
)
def test_a_listed_city_by_another_name(text: str, expected: set[tuple[str, str]] | None) -> None:
    found = _placed(text)[0]
    if expected is None:
        assert ("Rajin", "KP") not in found
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The provinces of both Koreas, each in its own country's romanisation.
        (
            "The resort in Kangwon Province opened, North Korea said. Tourists came from Russia.",
            {("Kangwon", "KP")},
        ),
        (
            "Tours from Gangwon province were halted, officials in Seoul said.",
            {("Gangwon", "KR"), ("Seoul", "KR")},
        ),
        ("Farmers in North Hwanghae faced drought, state media said.", {("North Hwanghae", "KP")}),
        # A company named after a province: no place.
        ("Shares in Kangwon Land, the casino operator, rose 3%.", set()),
    ],
)
def test_korean_provinces(text: str, expected: set[tuple[str, str]]) -> None:
    assert _placed(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "places_found", "people"),
    [
        # A name of two words set off as a kibbutz or a village: a place, no person.
        (
            "In Mitzpe Tarvo, a kibbutz north of Eilat, farmers lost groves, Israel said.",
            {("Mitzpe Tarvo", "IL"), ("Eilat", "IL")},
            set(),
        ),
        (
            "In Orvel Tarvik, a village near Tel Aviv, houses were hit, Israel said.",
            {("Orvel Tarvik", "IL"), ("Tel Aviv", "IL")},
            set(),
        ),
        # A person set off by a role that starts like a place noun stays a person.
        ("Jane Velk, a village elder, said so in Israel.", set(), {"Jane Velk"}),
        ("Tamar Velk, a kibbutz member, said so in Israel.", set(), {"Tamar Velk"}),
    ],
)
def test_a_name_set_off_as_a_village(
    text: str, places_found: set[tuple[str, str]], people: set[str]
) -> None:
    assert _placed(text)[0] == places_found
    assert tagged(text, PERSON) == people


@pytest.mark.parametrize(
    ("text", "expected", "countries"),
    [
        # The federation's two states, each an island: places of Saint Kitts and Nevis.
        (
            "The party kept control of Nevis, one of the two islands that make up Saint Kitts and"
            " Nevis. The office on Saint Kitts runs voting.",
            {("Nevis", "KN"), ("Saint Kitts", "KN")},
            ["KN"],
        ),
        ("Tourists flew to St Kitts on Friday.", {("Saint Kitts", "KN")}, ["KN"]),
        # Inside the country's name or a body's name: no place.
        ("Saint Kitts and Nevis voted on Monday.", set(), ["KN"]),
        ("The St Kitts-Nevis Tarvo Party won the seat.", set(), []),
    ],
)
def test_the_states_of_saint_kitts_and_nevis(
    text: str, expected: set[tuple[str, str]], countries: list[str]
) -> None:
    assert _placed(text) == (expected, countries)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town set off as its island's or region's main town: a place of the story's country,
        # whatever namesake abroad the gazetteer knows (Clifton, New Jersey).
        (
            "The school, above the harbour in Clifton, the island's main town, reopened, Saint"
            " Vincent and the Grenadines said.",
            {("Clifton", "VC")},
        ),
        ("Tarvik, the region's largest city, flooded, Peru said.", {("Tarvik", "PE")}),
        (
            "Protests hit Manchester, the region's largest city, British police said.",
            {("Manchester", "GB")},
        ),
        # A person's role that starts like it: no place.
        ("Jane Velk, the country's main town crier, said so.", set()),
    ],
)
def test_a_main_town_in_apposition(text: str, expected: set[tuple[str, str]]) -> None:
    assert _placed(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mining majors, humanitarian groups and a sports federation of the knowledge file.
        ("Rio Tinto said it had paid compensation to farmers.", {"Rio Tinto"}),
        ("Barrick said output rose, and Newmont agreed.", {"Barrick Gold", "Newmont"}),
        ("Médecins du Monde said its clinics were full.", {"Médecins du Monde"}),
        ("The FIA said the circuit was safe.", {"FIA"}),
        # The river a company is named after: no body.
        ("The Rio Tinto river in Andalusia, Spain, runs red with metals.", set()),
    ],
)
def test_knowledge_bodies(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Collectivity" heads a territory's government.
        (
            "Ana Velk, the president of the Territorial Collectivity of Tarvel, said so.",
            {"Territorial Collectivity of Tarvel"},
        ),
        # The word alone, lower case or at a sentence's start: no body.
        ("The collectivity said it needed doctors.", set()),
        ("Collectivity matters, the mayor said.", set()),
        # The Foreign Legion, by its short name.
        ("Soldiers of the Foreign Legion destroyed the camps.", {"French Foreign Legion"}),
    ],
)
def test_collectivities_and_the_legion(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A school's principal and an assistant, set off before the name.
        ("It was hard, said the principal, Veronica Velk. Velk said so.", {"Veronica Velk"}),
        ("His former assistant, Karen Tarvo, pleaded guilty in June.", {"Karen Tarvo"}),
        # "principal" as an adjective: nobody new.
        ("The principal reason, officials said, was cost.", set()),
    ],
)
def test_principals_and_assistants(text: str, expected: set[str]) -> None:
    assert tagged(text, PERSON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A convoy driven to protest: protesters.
        (
            "About 150 taxi drivers drove in a convoy through the town last week to protest"
            " against a plan.",
            {("protesters", 150)},
        ),
        # Driven anywhere else: no count.
        ("About 150 taxi drivers drove to the airport on Monday.", set()),
        ("Two men drove the car into a wall.", set()),
    ],
)
def test_a_convoy_of_protesters(text: str, expected: set[tuple[str, int]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A numbered subset set off between the count and its outcome: the whole count.
        ("Eleven people, two of them marshals, were injured on Saturday.", {("injured", 11)}),
        ("Thirty miners, 12 of them foreigners, were arrested.", {("arrested", 30)}),
        # No outcome after it: no count.
        ("Eleven people, two of them marshals, watched the race from the bend.", set()),
    ],
)
def test_a_numbered_subset_set_off(text: str, expected: set[tuple[str, int]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two or more names before a division's plural: places, a common word ("Hart") and a
        # surname the text gave a person ("Velk") too.
        (
            "His lawyer, Thomas Velk, said so. The hospital, which serves Orvel, Hart and Velk"
            " counties, was sold, U.S. officials said.",
            {("Orvel", "US"), ("Hart", "US"), ("Velk", "US")},
        ),
        # One common word before the plural: no place.
        ("Whole provinces were flooded, Peru said.", set()),
    ],
)
def test_names_listed_before_a_divisions_plural(text: str, expected: set[tuple[str, str]]) -> None:
    assert _placed(text)[0] == expected


def test_the_person_stays_beside_the_county() -> None:
    text = (
        "His lawyer, Thomas Velk, said so. The hospital, which serves Orvel, Hart and Velk"
        " counties, was sold, U.S. officials said."
    )
    assert tagged(text, PERSON) == {"Thomas Velk"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A crowd, some of it set off, that stood outside to protest.
        (
            "About 40 former hospital workers, some wearing their old scrubs, stood outside the"
            " courthouse to protest the closure.",
            {("protesters", 40)},
        ),
        # Standing with no protest, or standing trial: no count.
        ("About 40 workers stood outside the courthouse during the trial.", set()),
        ("Three men stood trial for the damage in May.", set()),
    ],
)
def test_a_crowd_that_stood_to_protest(text: str, expected: set[tuple[str, int]]) -> None:
    assert _facts(text) == expected
