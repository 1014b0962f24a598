"""The gazetteer (services/newsstream/core/gazetteer.py): countries, places, people, organisations.

Unknown people in these texts are invented; known ones come from data/knowledge.toml.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from newsstream.core.gazetteer import (
    Gazetteer,
    Known,
    Mention,
    _papers_named_with_article,
    default_gazetteer,
)
from newsstream.core.models import EntityType

PERSON, ORG, LOC = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION


def found(text: str, gazetteer: Gazetteer | None = None) -> list[tuple[str, str, EntityType]]:
    """(surface, canonical name, type) of every mention, in text order."""
    mentions = sorted((gazetteer or default_gazetteer()).find(text), key=lambda m: m.start)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface
    return [(m.surface, m.known.name, m.known.type) for m in mentions]


def names(text: str) -> Counter[str]:
    return Counter(name for _, name, _ in found(text))


def people(text: str) -> Counter[str]:
    return Counter(name for _, name, kind in found(text) if kind is PERSON)


def countries(text: str) -> set[str]:
    return {m.known.country for m in default_gazetteer().find(text) if m.known.country}


# --------------------------------------------------------------------------------------------
# Countries and places.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Floods hit Kenya on Monday.", "KE"),
        ("Talks with the Netherlands resumed.", "NL"),
        ("Cocoa from Côte d'Ivoire was delayed.", "CI"),
        ("Cocoa from Ivory Coast was delayed.", "CI"),
        ("South Korea said it would reply.", "KR"),
        ("North Korea fired a missile.", "KP"),
        ("Peruvian fishermen protested.", "PE"),
        ("Dutch farmers protested.", "NL"),
        ("Ivorian officials said.", "CI"),
        ("Thousands of Kenyans voted.", "KE"),
        ("Rain fell in Lima overnight.", "PE"),
        ("Ministers met in Canberra.", "AU"),
        ("The court in The Hague ruled.", "NL"),
        ("The U.S. said it would reply.", "US"),
        ("US officials said.", "US"),
        ("The UK said it would reply.", "GB"),
        ("The U.K. said it would reply.", "GB"),
        ("Britain said it would reply.", "GB"),
    ],
)
def test_country_found_by_name_demonym_capital_or_abbreviation(text: str, code: str) -> None:
    assert countries(text) == {code}


def test_demonym_is_marked_as_demonym_and_names_the_country() -> None:
    (mention,) = default_gazetteer().find("Peruvian fishermen protested.")
    assert mention.known.is_demonym
    assert mention.known.name == "Peru"
    assert mention.known.type is LOC
    (mention,) = default_gazetteer().find("Fishermen in Peru protested.")
    assert not mention.known.is_demonym


def test_country_names_that_contain_each_other_stay_apart() -> None:
    text = "Niger and Nigeria signed; Austria and Australia too; Sudan and South Sudan as well."
    assert [(s, n) for s, n, _ in found(text)] == [
        ("Niger", "Niger"),
        ("Nigeria", "Nigeria"),
        ("Austria", "Austria"),
        ("Australia", "Australia"),
        ("Sudan", "Sudan"),
        ("South Sudan", "South Sudan"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Who will pay for the repairs, asked the mayor.",
        "who will pay for the repairs",
        "Let us hope the US talks help us all.",
    ],
)
def test_acronyms_match_only_in_capitals(text: str) -> None:
    result = found(text)
    assert all(surface.isupper() for surface, _, _ in result)
    assert all(name != "World Health Organization" for _, name, _ in result)


def test_who_in_capitals_is_the_organisation() -> None:
    assert found("The WHO warned of a measles outbreak.") == [
        ("WHO", "World Health Organization", ORG)
    ]


def test_us_in_capitals_is_the_country_and_in_lower_case_a_word() -> None:
    assert found("The US said the plan would help us.") == [("US", "United States", LOC)]


def test_acronym_in_dotted_form() -> None:
    assert names("The U.N. and the UN agencies met.") == Counter({"United Nations": 2})


# --------------------------------------------------------------------------------------------
# Known people.


def test_known_person_by_full_name_and_by_surname() -> None:
    text = "William Ruto met reporters in Nairobi. Ruto said the budget would pass."
    assert people(text) == Counter({"William Ruto": 2})


def test_known_person_by_listed_transliteration_and_possessive() -> None:
    text = "Zelenskyy met aides. Zelenskiy said. Volodymyr Zelensky's office confirmed it."
    assert people(text) == Counter({"Volodymyr Zelensky": 3})


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Tokaiev", "Kassym-Jomart Tokayev"),  # y/i
        ("Tinoubou", "Bola Tinubu"),  # French ou for u
        ("Ramafosa", "Cyril Ramaphosa"),  # f for ph
        ("Netanyahou", "Benjamin Netanyahu"),
        ("Erdogan", "Recep Tayyip Erdoğan"),  # no diacritic
    ],
)
def test_known_person_by_unlisted_spelling_variant(variant: str, canonical: str) -> None:
    assert people(f"On Friday {variant} spoke to reporters.") == Counter({canonical: 1})


def test_title_before_a_known_person_is_not_part_of_the_name() -> None:
    assert found("President Hakainde Hichilema opened the mine.") == [
        ("Hakainde Hichilema", "Hakainde Hichilema", PERSON)
    ]


def test_title_in_a_listed_alias_is_not_part_of_the_surface() -> None:
    assert found("King Felipe VI opened the session.") == [("Felipe VI", "Felipe VI", PERSON)]


@pytest.mark.parametrize(
    "text",
    [
        "The company's project head, Chad Tarrow, said it had listened.",  # a given name
        "In the town of Mali Vrelo, residents blocked a road.",  # a town's first word
    ],
)
def test_country_before_one_unknown_last_word_is_no_country(text: str) -> None:
    assert countries(text) == set()


def test_country_before_a_longer_name_or_after_a_possessive_stays() -> None:
    assert countries("The Kenya Meteorological Department said so.") == {"KE"}
    assert countries("Officials in Nigeria's Kano state said so.") == {"NG"}


def test_country_as_a_given_name_in_a_reporting_clause() -> None:
    assert people("Chad Tarrow said the mine would open.") == Counter({"Chad Tarrow": 1})


def test_name_after_the_village_of_is_no_person() -> None:
    text = "said Jane Doe, a farmer from the village of Gornje Vrelo, who refused to sell."
    assert people(text) == Counter({"Jane Doe": 1})


# --------------------------------------------------------------------------------------------
# People the knowledge file does not list.


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Defence Minister Jane Doe said the plan was sound.", "Jane Doe"),
        ("Health Minister Aiko Tanaka opened the clinic.", "Aiko Tanaka"),
        ("Prime Minister Carlos Ruiz Vega met the press.", "Carlos Ruiz Vega"),
        ("Dr. Joan Bright treated the wounded.", "Joan Bright"),
        ("Police commander Superintendent Joe Kapis said so.", "Joe Kapis"),
        ("Talks were chaired by Foreign Minister Omar Haddadi in Rabat.", "Omar Haddadi"),
        ("Speaking on Monday, Foreign Minister Jane Doe said so.", "Jane Doe"),
        ("the finance minister John Roe said prices would fall.", "John Roe"),
        ("He met the ambassador Lars Eklund in Oslo.", "Lars Eklund"),
        ("The secretary of state Maria Gonzalez said the talks would resume.", "Maria Gonzalez"),
        (
            "Mary Major, the country's ambassador to Chile, said the embassy would reopen.",
            "Mary Major",
        ),
        ("Police said Kofi Mensah, the mayor of Kumasi, was unhurt.", "Kofi Mensah"),
        ("Sources said Jane Doe, a former envoy to Peru, would lead the team.", "Jane Doe"),
        # An honorific before the name is no part of it.
        ("The district's paramount chief, Ratu Josefa Vatuloka, said so.", "Josefa Vatuloka"),
        ("The paramount chief, Granman Tavro Adjeko, welcomed the ban.", "Tavro Adjeko"),
        ("Tan Sri Ahmad Zulkifli said the plan would go ahead.", "Ahmad Zulkifli"),
        (
            '"We will sell more," said Dasho Pema Tshewang, the utility\'s director.',
            "Pema Tshewang",
        ),
        # A diplomat's surname that is also a town.
        ("Observers led by a Kenyan diplomat, Amani Banda, said the vote was calm.", "Amani Banda"),
        # Roles: a worker, a chairperson.
        ("On Tuesday a forestry worker, Petr Dvorak, died in hospital.", "Petr Dvorak"),
        ("Jana Novak, the union's branch chairperson, told marchers to go home.", "Jana Novak"),
    ],
)
def test_unknown_person_introduced_by_a_title_or_role(text: str, person: str) -> None:
    assert people(text) == Counter({person: 1})


@pytest.mark.parametrize(
    ("text", "person", "count"),
    [
        ("Defence Minister Jane Doe spoke. Doe said talks would go on. Doe left.", "Jane Doe", 3),
        ("the finance minister John Roe said so. Later Roe said more.", "John Roe", 2),
        (
            "Mary Major, the country's ambassador to Chile, said so. Major's staff agreed.",
            "Mary Major",
            2,
        ),
        ("Coach Pep Rivera named the team. Rivera said it was ready.", "Pep Rivera", 2),
    ],
)
def test_later_surname_mentions_of_an_introduced_person_are_counted(
    text: str, person: str, count: int
) -> None:
    assert people(text) == Counter({person: count})


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed the National Assembly. We expect more votes in June.",
        "Officials At The Port said so.",
        "In March the minister visited the port. May brought more rain.",
        "On Monday the envoy arrived. Tuesday Talks resumed.",
        "The talks ended. Doe said nothing.",  # a surname nobody introduced
    ],
)
def test_no_person_from_capitalised_words_alone(text: str) -> None:
    assert people(text) == Counter()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jane Doe said the plan was sound.", "Jane Doe"),
        ('"We will rebuild," said Kofi Mensah.', "Kofi Mensah"),
        ("The deal, Jane Doe told reporters, was done.", "Jane Doe"),
        ("The party led by Akosua Mensah won.", "Akosua Mensah"),
        ("Two officials, Jane Doe and John Roe, resigned.", "John Roe"),
    ],
)
def test_unknown_person_in_a_reporting_clause_or_a_list(text: str, person: str) -> None:
    assert people(text)[person] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the plan was sound.",
        "Police Officers said the road was closed.",
        "The Defense Ministry said the talks would go on.",
    ],
)
def test_reporting_clause_after_no_name_makes_no_person(text: str) -> None:
    assert people(text) == Counter()


def test_no_person_across_a_sentence_boundary() -> None:
    text = "The minister addressed the National Assembly. We Will Rebuild was her slogan."
    assert people(text) == Counter()
    text = "He thanked the Defence Minister. Jane Doe was not there."
    assert people(text) == Counter()


def test_month_does_not_start_a_titled_name() -> None:
    assert people("In May President Hakainde Hichilema visited Lusaka.") == Counter(
        {"Hakainde Hichilema": 1}
    )


@pytest.mark.parametrize("opener", ["In March", "On Monday", "Meanwhile", "Yesterday"])
def test_sentence_start_word_is_not_part_of_an_introduced_name(opener: str) -> None:
    text = f"{opener} Fatima Bello, the envoy to Chad, said talks would resume."
    assert people(text) == Counter({"Fatima Bello": 1})


def test_capitalised_title_with_of_introduces_a_name() -> None:
    text = "Secretary of State Maria Gonzalez said the talks would resume."
    assert people(text) == Counter({"Maria Gonzalez": 1})


def test_name_after_a_lower_case_title_and_comma() -> None:
    text = "The talks were chaired by the foreign minister, Omar Haddadi, in Rabat."
    assert people(text) == Counter({"Omar Haddadi": 1})


def test_title_case_headline_makes_no_person() -> None:
    assert people("Defence Minister Visits Border Town After Floods") == Counter()


def test_place_in_apposition_with_a_role_word_is_not_a_person() -> None:
    assert people("Union Buildings, the president's office in Pretoria, was closed.") == Counter()


@pytest.mark.parametrize(
    "text",
    [
        # A new clause after the comma: the role is the next name's.
        "Boats capsized off Cape Varrowin, and the Swiss skipper Anouk Tarvel was lifted off.",
        # A title that is no head of the words set off: no role.
        "A teacher from Quellin Orvaux, official results showed, won the seat.",
    ],
)
def test_words_after_a_comma_that_are_no_appositive_introduce_nobody(text: str) -> None:
    assert "Cape Varrowin" not in people(text)
    assert "Quellin Orvaux" not in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tarvo Tourism said about 11,000 visitors came this year.",
        "The bridge was built by Velno Construction, a firm from Orvik, said Anna Tarvel.",
        # A known organisation's name ends the run: its branch.
        "The Tarvelian Red Cross, a branch of the British one, handed out blankets.",
    ],
)
def test_a_run_ending_as_a_body_s_name_is_no_person(text: str) -> None:
    assert set(people(text)) <= {"Anna Tarvel"}


def test_a_regnal_number_ends_a_new_name_and_makes_a_facility_after_it() -> None:
    text = "He is a grandson of Tomasi Varrowetoke II, who reigned from 1959."
    assert people(text) == Counter({"Tomasi Varrowetoke II": 1})
    assert (
        people("Dogs roam near the Queen Elizabeth II Botanic Park, officials said.") == Counter()
    )


def test_introduced_person_wins_over_a_known_namesake() -> None:
    text = "Foreign Minister Omar Haddad met the envoy in Rabat. Haddad said the talks went well."
    assert people(text) == Counter({"Omar Haddad": 2})


def test_sentence_start_common_word_is_not_a_later_surname() -> None:
    text = "Economy Minister Rosa Price said inflation would ease. Price rises slowed in May."
    assert people(text) == Counter({"Rosa Price": 1})


def test_common_words_only_are_a_name_with_a_strong_cue_and_another() -> None:
    # "Martin" (a bird, and a Slovak town) and "Kindle" are words; the cues around vouch.
    text = '"No," said Martin Kindle, the president of the guild. Kindle said no.'
    assert people(text) == Counter({"Martin Kindle": 2})
    # One cue only: no name.
    assert people('"No," said Martin Kindle.') == Counter()


# --------------------------------------------------------------------------------------------
# A small gazetteer built from explicit entries.

NEW_YORK = Known("New York", LOC, "US")
NEW_YORK_CITY = Known("New York City", LOC, "US")
YORK = Known("York", LOC, "GB")
GEORGIA = Known("Georgia", LOC, "GE")
GEORGIA_STATE = Known("Georgia (US state)", LOC, "US")
ZELENSKY = Known("Volodymyr Zelensky", PERSON)
SOMEONE_ELSE = Known("Somebody Else", PERSON)
WHO = Known("World Health Organization", ORG)
NATO = Known("NATO", ORG)


@pytest.fixture
def small() -> Gazetteer:
    entries = [
        ("York", YORK),
        ("New York", NEW_YORK),
        ("New York City", NEW_YORK_CITY),
        ("Georgia", GEORGIA),
        ("Georgia", GEORGIA_STATE),
        ("Zelensky", ZELENSKY),
        ("Volodymyr Zelensky", ZELENSKY),
        ("Zelenskyy", SOMEONE_ELSE),  # folds to Zelensky's key: the earlier entry wins
        ("WHO", WHO),
        ("North Atlantic Treaty Organization", NATO),
        ("NATO", NATO),
    ]
    return Gazetteer(entries, ["minister", "foreign minister", "envoy"])


def test_small_gazetteer_counts_distinct_keys(small: Gazetteer) -> None:
    assert len(small) == 9


def test_longest_match_wins(small: Gazetteer) -> None:
    text = "She flew from New York City to York, then back to New York."
    assert [(s, n) for s, n, _ in found(text, small)] == [
        ("New York City", "New York City"),
        ("York", "York"),
        ("New York", "New York"),
    ]


def test_first_entry_wins_for_one_key(small: Gazetteer) -> None:
    assert found("Rain fell in Georgia.", small) == [("Georgia", "Georgia", LOC)]
    assert found("Zelenskyy spoke.", small) == [("Zelenskyy", "Volodymyr Zelensky", PERSON)]


def test_mentions_do_not_overlap(small: Gazetteer) -> None:
    mentions = sorted(small.find("New York City and New York and York"), key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in pairwise(mentions))
    assert len(mentions) == 3


def test_small_gazetteer_acronyms_need_capitals(small: Gazetteer) -> None:
    assert found("Who knows? The WHO and NATO do.", small) == [
        ("WHO", "World Health Organization", ORG),
        ("NATO", "NATO", ORG),
    ]
    assert found("the nato summit", small) == []


def test_small_gazetteer_introduces_people_with_its_own_titles(small: Gazetteer) -> None:
    text = "Foreign Minister Ana Lima met the envoy Ivo Kran. Kran and Lima talked."
    assert Counter(n for _, n, t in found(text, small) if t is PERSON) == Counter(
        {"Ana Lima": 2, "Ivo Kran": 2}
    )
    # "Defence Minister" is no title here, but "Minister" is.
    assert Counter(n for _, n, _ in found("Defence Minister Ana Lima spoke.", small)) == Counter(
        {"Ana Lima": 1}
    )


def test_a_known_name_goes_on_past_its_alias_with_a_title() -> None:
    queen = Known("Ana Maria Lima Kran", PERSON)
    entries = [("Ana Maria Lima Kran", queen), ("Queen Ana Maria", queen)]
    gazetteer = Gazetteer(entries, ["queen"])
    text = "They met Queen Ana Maria Lima Kran, who spoke. Queen Ana Maria left."
    assert [(s, n) for s, n, _ in found(text, gazetteer)] == [
        ("Ana Maria Lima Kran", "Ana Maria Lima Kran"),
        ("Ana Maria", "Ana Maria Lima Kran"),
    ]


def test_gazetteer_without_titles_finds_only_known_names() -> None:
    gazetteer = Gazetteer([("York", YORK)], [])
    assert found("Minister Ana Lima visited York.", gazetteer) == [("York", "York", LOC)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The regime of al-Assad fell.", "Bashar al-Assad"),
        ("Talks with von der Leyen ended.", "Ursula von der Leyen"),
        ("Pro-Russian forces advanced.", "Russia"),
        ("The Moscow-brokered truce held.", "Moscow"),
    ],
)
def test_names_after_lower_case_particles_and_inside_hyphenated_words(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A spokeswoman for the ministry, Wenna Tolhurst, said talks failed.", "Wenna Tolhurst"),
        ("Its emergency coordinator, Pavel Dunmore, said beds were short.", "Pavel Dunmore"),
        ("The bank was run by Orla Vantreese, who resigned in March.", "Orla Vantreese"),
        ("Rovers signed the Gaulish forward Brennic Oyelaran on Friday.", "Brennic Oyelaran"),
        ("Outside, Odile Vantreese, whose son is held there, waited.", "Odile Vantreese"),
        # A name given as one's own, or as someone's.
        ("One commander, who gave his name as Tavro Mekonen, said so.", "Tavro Mekonen"),
        ("The victim was named as Odile Vantreese on Monday.", "Odile Vantreese"),
        # Whose country the person is, set off after the name.
        ("Odile Vantreese, the Frenchwoman who heads the body, said so.", "Odile Vantreese"),
        # A role in the middle of a clause.
        ("A court jailed a former mayor of Tarvel, Odile Vantreese, for fraud.", "Odile Vantreese"),
        # A role clause holding an acronym in brackets.
        (
            "The head of the Tarvel Rowing Association (TRA), Odile Vantreese, said so.",
            "Odile Vantreese",
        ),
        # A sporting role, before or after the name.
        ("The race went to the 800 metres runner Odile Vantreese.", "Odile Vantreese"),
        ("Odile Vantreese, the three-time world champion, fired the gun.", "Odile Vantreese"),
    ],
)
def test_person_after_a_role_clause_or_before_who(text: str, person: str) -> None:
    assert (person, person, PERSON) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The capital of the province, Lower Brennick, flooded.",
        "Rain hit the capital of the province, Lower Brennick, on Monday.",
        "Fans of Dunmore United, the Scots who won on Sunday, celebrated.",
        "Fans of Dunmore United, whose coach left, celebrated.",
        "After the storm, Lower Brennick flooded.",
        "Fans of Dunmore United, who won on Sunday, celebrated.",
    ],
)
def test_no_person_after_a_clause_without_a_role_or_before_who_with_one_word(text: str) -> None:
    assert all(kind is not PERSON for _, _, kind in found(text))


def test_second_spelling_of_a_given_name_is_the_same_person() -> None:
    text = (
        "Police chief Houvan Eddar Quellist spoke first. Later Houvran Quellist said patrols "
        "would grow. Abdulkarim al-Tessani said so too, and Abdul Karim al-Tessani said it again."
    )
    people = {name for _, name, kind in found(text) if kind is PERSON}
    assert people == {"Houvan Eddar Quellist", "Abdulkarim al-Tessani"}


def test_siblings_with_one_surname_stay_two_people() -> None:
    text = "Jana Morrowfield said she would run. Jonah Morrowfield said he would not."
    people = {name for _, name, kind in found(text) if kind is PERSON}
    assert people == {"Jana Morrowfield", "Jonah Morrowfield"}


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Fans of Dunmore United cheered.", "Dunmore United"),
        ("Borussia Quellheim lost again.", "Borussia Quellheim"),
        ("The Veldan Football League fined the club.", "Veldan Football League"),
        (
            "The Brennic Farmers' Association said farms would close.",
            "Brennic Farmers' Association",
        ),
        ("Prices fell at the Tolhurst Dairy Cooperative.", "Tolhurst Dairy Cooperative"),
        ("The central bank, Banco de la Quellia, held rates.", "Banco de la Quellia"),
        ("Vantreese Land's Public Investment Fund bought it.", "Public Investment Fund"),
        ("Analysts at the brokerage Quorvana said cuts were due.", "Quorvana"),
        # Club initials before a town, and a possessive after the club.
        ("ES Brenvale beat AS Quellheim 2-0.", "ES Brenvale"),
        ("ES Brenvale beat AS Quellheim 2-0.", "AS Quellheim"),
        ("Thousands of CS Dorvath's fans sang.", "CS Dorvath"),
        # A weekday after "on" is no part of the name.
        ("The Supreme Tribunal on Friday annulled the vote.", "Supreme Tribunal"),
    ],
)
def test_organisation_nobody_listed_from_its_form(text: str, organisation: str) -> None:
    assert (organisation, organisation, ORG) in found(text)


@pytest.mark.parametrize(
    ("text", "not_organisation"),
    [
        ("Leaders of the North Atlantic Treaty Organization met.", "Leaders of the North Atlantic"),
        ("Trade between the United States and Canada grew.", "United States and Canada"),
        ("The brokerage Quorvana's analysts expect cuts.", "Quorvana"),
        ("Real estate prices rose in Dunmore.", "Real"),
        ("The Supreme Tribunal on Friday annulled the vote.", "Supreme Tribunal on"),
    ],
)
def test_no_organisation_from_words_around_a_known_one(text: str, not_organisation: str) -> None:
    assert all(
        not name.startswith(not_organisation) or kind is not ORG for _, name, kind in found(text)
    )


def test_every_place_in_a_list_after_a_settlement_noun() -> None:
    text = "Shells fell on Tolvania's towns of Brask, Quellin, and Dorvath on Monday."
    places = [surface for surface, _, kind in found(text) if kind is LOC]
    assert places[-3:] == ["Brask", "Quellin", "Dorvath"]


def test_no_place_from_a_list_after_another_noun() -> None:
    text = "Armenia sent the brothers of Brask, Quellin, and Dorvath home."
    assert [surface for surface, _, kind in found(text) if kind is LOC] == ["Armenia"]


def test_a_plural_possessive_ends_a_new_persons_name() -> None:
    assert not people("The Morvanian Growers' Council said the harvest failed.")


def test_known_organisation_written_out_with_movement() -> None:
    surfaces = [s for s, _, kind in found("Talks with the Houthi movement resumed.") if kind is ORG]
    assert surfaces == ["Houthi movement"]
    surfaces = [s for s, _, kind in found("Houthi fighters moved south.") if kind is ORG]
    assert surfaces == ["Houthi"]


# --------------------------------------------------------------------------------------------
# People nobody listed: appositives, nicknames, surnames used as given names, facilities.


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # An age or occupation set off after the name, with a reporting verb before it; the
        # common first word ("Rosa") stays part of the name.
        ('"We lost the harvest," said Grace Amelia Quispe, a 63-year-old weaver who fled.',
         "Grace Amelia Quispe"),
        ("Tomas Ferreira, a 29-year-old fisherman from the coast, lost his boat.",
         "Tomas Ferreira"),
        # A bare age set off after the name.
        ("Farmers are angry. Tomas Ferreira, 54, lost his boat.", "Tomas Ferreira"),
        # A nickname in quotes after the name.
        ('Police arrested Rafael Ordaz, known as "El Tigre", in March.', "Rafael Ordaz"),
        # A known person's surname as the first word of another person's full name.
        ('"Prices doubled," said Lula Adeyemi, who runs a shop in Lagos.', "Lula Adeyemi"),
        # A possessive place ends before the name: "Nairobi's |Amani Odhiambo|".
        ("Nairobi's Amani Odhiambo said the talks had failed.", "Amani Odhiambo"),
        # A capitalised surname that is also a facility noun in lower case.
        ("Ambulances arrived, said Margaret Hall, a nurse at the clinic.", "Margaret Hall"),
        # Whose country the person is: a country's possessive or a demonym before the name;
        # a surname may be a town.
        ("Slovenia's Jana Tavrek won the stage on Monday.", "Jana Tavrek"),
        ("Third came the Spaniard Álvaro Medina.", "Álvaro Medina"),
        # A given name that folds to a town's ("Brian", Bryan in Texas) after a demonym.
        ("The race was won by the Kenyan Brian Tavrek in record time.", "Brian Tavrek"),
        # A demonym that is a noun for a person; a given name that is a known surname too.
        ("Third came the Englishman Tobin Varrick, on a Tarvel.", "Tobin Varrick"),
        ("Earlier the New Zealander Cameron Tavrek won twice.", "Cameron Tavrek"),
        # Who set a record, who has died, a relative set off before the name.
        ("The lap record set by Tobin Varrick in 2023 stands.", "Tobin Varrick"),
        ("He was born in the home town of the late Joby Varrick.", "Joby Varrick"),
        ("Three were jailed, among them his sister, Lau Mei-tavrek, on Friday.",
         "Lau Mei-tavrek"),
    ],
)  # fmt: skip
def test_person_nobody_listed_from_the_clause_around_it(text: str, person: str) -> None:
    assert people(text) == Counter({person: 1})


@pytest.mark.parametrize(
    "text",
    [
        # Facilities named after somebody, with a cue that would otherwise make a person.
        "The agency said Mombasa's Moi Kiptanui airport would reopen on Friday.",
        "The agency said Moi Kiptanui Airport would reopen on Friday.",
        "Officials said Ambrose Kiplagat stadium was full.",
        # An appositive naming a thing, with an age.
        "Guests fled the Grand Meridian Hotel, a 40-year-old hotel with 300 rooms.",
        # A number after a club, which is no age.
        "Fans mourned the results of Dunmore United, 3, in the league.",
        # "known as" after a capitalised phrase that is no name.
        'The Northern Shield Brigade, known as "NSB", denied it.',
        # After whose country: a word, a place, an organisation, a facility.
        "The quake hit Japan's Noto Peninsula on Monday.",
        "Nigeria's Kaduna State was calm.",
        "Kenyan Airways cancelled flights.",
        "Chile's Tarvel Norte mine flooded.",
    ],
)
def test_no_person_from_a_facility_or_thing(text: str) -> None:
    assert people(text) == Counter()


def test_body_named_force_before_a_title_is_no_person() -> None:
    text = "A spokesman for the Tarvel Constabulary Force, Superintendent Jo Brennick, said so."
    assert people(text) == Counter({"Jo Brennick": 1})
    assert ("Tarvel Constabulary Force", "Tarvel Constabulary Force", ORG) in found(text)


def test_two_unknown_words_a_later_surname_shows_a_person_are_that_person() -> None:
    text = (
        "The stage ended 14 seconds ahead of Pavel Quorvik of Tarvelia. Quorvik, 21, said he "
        "was happy."
    )
    assert people(text) == Counter({"Pavel Quorvik": 2})
    # A surname alone that could be a thing's ("said it") shows nothing.
    assert people("Fans met at Velno Tarva on Monday. Tarva said it was full.") == Counter()


def test_unknown_names_listed_with_a_person_are_people() -> None:
    text = "The team, with Tarvo Brekkan, Jani Velsonne and Miro Quorvik, won. Quorvik said so."
    assert people(text) == Counter({"Tarvo Brekkan": 1, "Jani Velsonne": 1, "Miro Quorvik": 2})
    # Commas alone set off an apposition, no list.
    assert people("The owner of Tarvo Gradnja, Jane Doe, was fined.") == Counter({"Jane Doe": 1})
    # A place listed in it shows it is no list of people.
    assert people("Talks with Velno Tarva, Orvik Bay and Jane Doe said little.") == Counter(
        {"Jane Doe": 1}
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The rules mean Jonas Brekkaro keeps the jersey. Brekkaro said so.", "Jonas Brekkaro"),
        (
            "Its delegate, Amata Velsen Quorvane, has asked. Quorvane told reporters.",
            "Amata Velsen Quorvane",
        ),
    ],
)
def test_two_or_three_unknown_words_a_later_surname_says_something_are_a_person(
    text: str, person: str
) -> None:
    assert people(text) == Counter({person: 2})


def test_known_surname_alone_still_names_the_known_person() -> None:
    # Before a common word or a reporting verb, the surname alone is still the known person.
    assert people("Lula said on Monday that talks would resume.") == Counter(
        {"Luiz Inácio Lula da Silva": 1}
    )
    assert people("Lula Visits Lagos") == Counter({"Luiz Inácio Lula da Silva": 1})


def test_last_two_words_of_a_three_word_name_chain_to_it() -> None:
    text = (
        "Interior Minister Luis Ortega Vidal said 300 officers were deployed. "
        "Ortega Vidal said more would follow."
    )
    assert people(text) == Counter({"Luis Ortega Vidal": 2})


def test_two_word_name_sharing_only_the_surname_is_another_person() -> None:
    text = "Interior Minister Luis Ortega Vidal said so. Deputy Minister Marta Vidal said not."
    assert people(text) == Counter({"Luis Ortega Vidal": 1, "Marta Vidal": 1})


def test_a_new_persons_name_keeps_the_particles_inside_it() -> None:
    assert people('"We are tired," said a nurse, Marta da Silva Orvenes.') == Counter(
        {"Marta da Silva Orvenes": 1}
    )


def test_a_possessive_place_before_an_unknown_word_is_still_the_place() -> None:
    assert "Amman" in names("A block fell in Amman's Jabal al-Orvani district.")


def test_a_guessed_name_ending_in_an_organisation_noun_is_no_person() -> None:
    assert not people("The collapse killed six, the Civil Protection Directorate said.")


def test_a_person_of_a_party_is_a_person_and_the_party_an_organisation() -> None:
    text = "Voters chose between Kofi Adomako Baffour of the Green Unity Party and a newcomer."
    assert ("Kofi Adomako Baffour", EntityType.PERSON) in {(n, t) for n, _, t in found(text)}
    assert ("Green Unity Party", EntityType.ORGANIZATION) in {(n, t) for n, _, t in found(text)}


def test_a_confederation_is_an_organisation_and_its_initials_name_it() -> None:
    text = "The Confederation of Island Rowing met on Monday. CIR officials said so."
    result = {(s, n, t) for s, n, t in found(text)}
    assert ("Confederation of Island Rowing", "Confederation of Island Rowing",
            EntityType.ORGANIZATION) in result  # fmt: skip
    assert ("CIR", "Confederation of Island Rowing", EntityType.ORGANIZATION) in result
    assert not any(t is EntityType.PERSON for _, _, t in result)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The navy's chief, Rear Admiral Tomás Ibarra Vélez, told reporters it was over.",
         "Tomás Ibarra Vélez"),
        ("The envoy, Deputy Minister of Agriculture Rustam Karimbekov, said talks went well.",
         "Rustam Karimbekov"),
        ("The Minister of Rural Water Nomvula Dlamini opened the dam.", "Nomvula Dlamini"),
        ("The seat fell empty when the sitting member, Kojo Baah Mensimah, died.",
         "Kojo Baah Mensimah"),
    ],
)  # fmt: skip
def test_people_after_long_titles(text: str, person: str) -> None:
    assert people(text) == Counter({person: 1})


def test_an_organisation_before_a_possessive_is_found() -> None:
    text = "Nurses at Harbin Medical University's clinic said beds ran out."
    assert ("Harbin Medical University", "Harbin Medical University",
            EntityType.ORGANIZATION) in found(text)  # fmt: skip


def test_a_name_before_who_said_it_is_no_apposition() -> None:
    text = "The migrants were sent back through Velmora and Pezzarango, the agency said on Monday."
    assert not any(t is EntityType.ORGANIZATION for _, _, t in found(text))


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Supporters of Kelby SC and Harbour Lions filled the ground.", "Kelby SC"),
        ("The striker joined Dunmore AFC last year.", "Dunmore AFC"),
    ],
)
def test_clubs_named_with_initials_at_the_end(text: str, club: str) -> None:
    assert (club, club, EntityType.ORGANIZATION) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A trade or a counterpart set off before the name.
        ('"The nets are empty," said a fisherwoman, Mele Tarvosi.', {"Mele Tarvosi": 1}),
        ("Her Chilean counterpart, Ilse Marvoni, agreed.", {"Ilse Marvoni": 1}),
        ("The station master on the night shift, Petros Valaskis, was charged.",
         {"Petros Valaskis": 1}),
        # An age alone set off after the name.
        ("Tiro Kgosane, a 17-year-old from the village, won the race.", {"Tiro Kgosane": 1}),
        ("Tiro Motors, a 40-year-old firm from the valley, closed.", {}),
        # A country of two words before the name, a particle inside it.
        ("She beat New Zealand's Aroha Tukiri and the Dutchman Piet van Dorsel.",
         {"Aroha Tukiri": 1, "Piet van Dorsel": 1}),
        ("New Zealand's Hawkes Landing opened.", {}),
        # A weak cue on each side vouches for a common first word; not with a common surname.
        ('"We wait," said Grace Temarolo, who sells fish.', {"Grace Temarolo": 1}),
        ('"We wait," said Hope Street, who sells fish.', {}),
        # A road named after somebody is no person.
        ("The bus stopped on the Kalo Tarvi Highway, where a man said he saw it.", {}),
        # People in business, before the name or set off after it.
        ("The property developer Marta Orvenes fled abroad.", {"Marta Orvenes": 1}),
        ("The club was bought by tycoon Tavo Kerensi in May.", {"Tavo Kerensi": 1}),
        ("The developer Country Garden said it would repay.", {}),
    ],
)  # fmt: skip
def test_people_from_trades_ages_countries_and_cues_on_both_sides(
    text: str, expected: dict[str, int]
) -> None:
    assert people(text) == Counter(expected)


def test_a_demonym_before_states_is_a_regions_adjective() -> None:
    assert countries("The Council of Central African States met on Monday.") == set()
    assert countries("Central African soldiers met on Monday.") == {"CF"}


def test_a_town_before_square_is_the_square_not_the_town() -> None:
    assert names("Crowds filled Tirana Square on Monday.") == Counter()
    assert names("Crowds filled the squares of Tirana on Monday.") == Counter({"Tirana": 1})


def test_a_name_before_and_a_relative_is_a_persons() -> None:
    assert "Tavo Mbeka" in people("The party ruled under Tavo Mbeka and then his son Ali Mbeka.")
    assert "Tavo Mbeka" in people("Tavo Mbeka and her daughter, Ama Mbeka, left.")
    # The relative's name must follow: "and his son went home" says nothing of the words.
    assert people("Crowds cheered Tavo Mbeka and his son went home.") == Counter()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A one-word organisation and the country or region its branch covers: one name.
        ("Oxfam Kenya said food prices had doubled.", ["Oxfam Kenya"]),
        ("Greenpeace Nordic said the plan was unsafe.", ["Greenpeace Nordic"]),
        ("Oxfam Kenya's director resigned.", ["Oxfam Kenya"]),
        ("Greenpeace Australia Pacific sued the company.", ["Greenpeace Australia Pacific"]),
        # A lower-case word after it is the sentence's, not a legal form ("as", "se", "co").
        ("Oxfam Kenya as well as Greenpeace said so.", ["Oxfam Kenya", "Greenpeace"]),
        ("Oxfam Kenya se retire.", ["Oxfam Kenya"]),
        # Set apart they stay two; after a longer name too, here (`organisations` joins them).
        ("Oxfam, in Kenya since 1963, said prices had doubled.", ["Oxfam", "Kenya"]),
        ("Oxfam's Kenya office said prices had doubled.", ["Oxfam", "Kenya"]),
        ("Amnesty International Kenya said 32 people were missing.",
         ["Amnesty International", "Kenya"]),
        # A branch named as a province, after a name of any length.
        ("The army blamed the Islamic State Tarvel Province.",
         ["Islamic State Tarvel Province"]),
    ],
)  # fmt: skip
def test_a_national_branch_of_an_organisation_is_one_organisation(
    text: str, expected: list[str]
) -> None:
    assert [name for _, name, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A name ending in a number, set off before "a group".
        ("They are members of the Tarvel 8, a group of states.", "Tarvel 8"),
        # Two acronyms joined by a hyphen, before "party".
        ("Jane Doe, whose TVRO-DPNE party won, said so.", "TVRO-DPNE"),
        # "Observatory" heads a name.
        ("It pays through its Orvel Methane Observatory, which said so.",
         "Orvel Methane Observatory"),
    ],
)  # fmt: skip
def test_organisation_from_its_shape(text: str, name: str) -> None:
    assert (name, name, ORG) in found(text)


def test_a_national_branch_names_its_country_only_where_the_text_names_it_otherwise() -> None:
    # A word of the chapter's name (tests/gold/CONVENTIONS.md, rules 1 and 6).
    assert countries("Oxfam Kenya said food prices had doubled.") == set()
    assert countries("Oxfam Kenya said food prices in Kenya had doubled.") == {"KE"}


def test_a_company_named_with_a_country_and_its_legal_form_is_no_branch() -> None:
    text = "Shares of TarvoCorp Kenya Limited rose. TarvoCorp Kenya said so."
    assert [name for _, name, _ in found(text)] == ["TarvoCorp Kenya Limited"] * 2


def test_american_after_a_word_naming_a_region_of_the_continent_is_no_country() -> None:
    assert countries("Police say Central American ports ship the cargo.") == set()
    assert countries("Latin American and South American leaders met.") == set()
    assert countries("American and Central African troops left.") == {"US", "CF"}


def test_a_relative_named_with_the_surname_is_a_person_of_their_own() -> None:
    text = (
        "Coach Jan Vrtalek praised the team. His sister, Nika Vrtalek, won on Saturday, and"
        " Vrtalek thanked the jumpers, Lovro Cimzar, Timi Oblak and Peter Vrtalek."
    )
    people = {name for _, name, kind in found(text) if kind is EntityType.PERSON}
    assert {"Jan Vrtalek", "Nika Vrtalek", "Peter Vrtalek"} <= people


def test_a_chain_of_honorifics_introduces_a_four_word_name_and_its_inner_pair() -> None:
    text = (
        "The deal was signed by Dato Seri Setia Awang Haji Mohd Tarin Kew Abdullah, a minister."
        ' "We cannot wait," Tarin Kew told reporters.'
    )
    assert people(text) == Counter({"Mohd Tarin Kew Abdullah": 2})


def test_a_relative_named_like_part_of_a_long_name_is_another_person() -> None:
    text = (
        "President Mahamat Orvik Délan Itno visited the camp. He took power after his father,"
        " Orvik Délan, who had ruled since 1990, was killed."
    )
    assert set(people(text)) == {"Mahamat Orvik Délan Itno", "Orvik Délan"}


def test_a_religious_title_is_no_part_of_the_name() -> None:
    assert set(people("Its president, Pandit Rajan Seeram, said so.")) == {"Rajan Seeram"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Wildlife Conservation Society and Oceana said so.", "Wildlife Conservation Society"),
        ("The Ministry of Health and Sanitation said so.", "Ministry of Health and Sanitation"),
    ],
)  # fmt: skip
def test_an_organisation_named_by_its_head_ends_there_before_and(text: str, name: str) -> None:
    orgs = [n for _, n, kind in found(text) if kind is EntityType.ORGANIZATION]
    assert orgs == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Ministry of Sport and the Arts said so.", ["Ministry of Sport and the Arts"]),
        ("The Velno Institute of Farming and the Environment met.",
         ["Velno Institute of Farming and the Environment"]),
        # A body of its own, a name of two words, no "of": no field after "and the".
        ("The Ministry of Sport and the Police met.", ["Ministry of Sport"]),
        ("The Velno Institute and the Arts met.", ["Velno Institute"]),
        ("The Bank of Tarvo and the Treasury agreed.", ["Bank of Tarvo"]),
        ("The Ministry of Sport and the Arts and the Tarvo Council met.",
         ["Ministry of Sport and the Arts", "Tarvo Council"]),
        ("The University of Tarvo and the University of Velno met.",
         ["University of Tarvo", "University of Velno"]),
    ],
)  # fmt: skip
def test_a_second_field_after_and_the_stays_in_the_name(text: str, names: list[str]) -> None:
    orgs = [n for _, n, kind in found(text) if kind is EntityType.ORGANIZATION]
    assert orgs == names


def test_a_list_inside_a_name_keeps_its_first_word_before_the_comma() -> None:
    text = "He told the Truth, Reconciliation and Reparations Commission that he had shot them."
    orgs = [n for _, n, kind in found(text) if kind is EntityType.ORGANIZATION]
    assert orgs == ["Truth, Reconciliation and Reparations Commission"]


def test_a_regnal_number_ends_a_new_rulers_name() -> None:
    assert people("Soldiers fought the emperor Tewodros II at Magdala.") == Counter(
        {"Tewodros II": 1}
    )
    # No organisation "II" either.
    assert [n for _, n, kind in found("King Tarvo III opened the session.") if kind is ORG] == []


def organisations_in(text: str) -> set[str]:
    """The organisations the gazetteer finds in `text`, as written."""
    return {
        m.surface for m in default_gazetteer().find(text) if m.known.type is EntityType.ORGANIZATION
    }


def test_a_day_before_the_name_of_an_organisation_is_no_part_of_it() -> None:
    # "On Monday the High Court": the name starts after a "the" that no connector joins in.
    organisations = organisations_in(
        "On Monday the High Court rejected the appeal. In March the Supreme Court of the "
        "Republic agreed with the Bank of the Argentine Republic."
    )
    assert {"High Court", "Supreme Court of the Republic"} <= organisations
    assert not any(name.startswith(("Monday", "March")) for name in organisations)


def test_a_members_title_after_an_organisations_head_ends_its_name() -> None:
    # "a Workers' Party MP for Aljunied": the party, not "Workers' Party MP for Aljunied".
    organisations = organisations_in(
        "said Lim Jia Hui, a Workers' Party MP for Aljunied. The Labour Party leader agreed, "
        "as did the Directorate General of Taxes."
    )
    assert {"Workers' Party", "Labour Party", "Directorate General of Taxes"} <= organisations
    assert not any("MP" in name or "leader" in name for name in organisations)


def test_the_americas_are_no_plural_of_america() -> None:
    assert countries("Dengue has surged across the Americas since 2023.") == set()


def test_a_name_after_a_preposition_of_place_with_a_reporting_verb_is_no_person() -> None:
    # "fishermen in Tarvo Bay said": a village; "said Jane Doe" keeps its cue before.
    assert people("Fishermen in Tarvo Bay said several boats had sunk.") == Counter()
    assert people("Fishermen said in Toronto, according to Jane Doe.") == Counter({"Jane Doe": 1})


def test_a_demonym_is_matched_as_spelled_not_as_a_name_folds() -> None:
    # "Tay" folds as "Thai" does, but a demonym is a word spelled one way: a surname here.
    assert countries("Associate Professor Raymond Tay said so. Tay agreed.") == set()
    assert countries("Thai officials and Thais abroad agreed.") == {"TH"}
    assert countries("The Scotts Head fishermen agreed.") == set()


def test_a_natural_feature_named_after_a_place_is_no_place() -> None:
    # The feature's noun before ("the Gulf of Guinea", "Lake Togo") or after, in lower case
    # ("the Bekaa valley"); a city named with one stays a city ("Lake Charles").
    assert countries("Chevron is strong in the Gulf of Guinea.") == set()
    assert countries("Fishermen on Lake Togo said so.") == set()
    assert names("Rain fell on the Bekaa valley.") == Counter()
    assert names("Floods hit Lake Charles.") == Counter({"Lake Charles": 1})


@pytest.mark.parametrize(
    "name",
    [
        "Tarvian Alpine Club",
        "Tarvian National Symphony Orchestra",
        "Electoral Administration",
        "National Platform for Disaster Risk Reduction",
    ],
)
def test_clubs_orchestras_administrations_and_platforms_are_organisations(name: str) -> None:
    assert (name, name, ORG) in found(f"The {name} said on Monday that it would help.")


def test_two_capitalised_words_run_together_name_a_company() -> None:
    # "ConocoPhillips"; not a person's "MacArthur" or "McCain"; not "the NordLink cable"; and
    # a short form run together of a name before is that organisation ("BanRep").
    assert ("Tarvophillips", "Tarvophillips", ORG) not in found("Tarvophillips said so.")
    assert ("VelnoPhillips", "VelnoPhillips", ORG) in found("VelnoPhillips said so.")
    assert not any(kind is ORG for _, _, kind in found("MacArthur and McCain said so."))
    assert not any(kind is ORG for _, _, kind in found("The TarvoLink cable broke."))
    assert ("BanRep", "Banco de la República", ORG) in found(
        "The central bank, Banco de la República, held rates. The BanRep governor said so."
    )


def test_a_daughters_patronymic_particle_stays_inside_her_name() -> None:
    assert people("said Siti Hajar binte Osman, a nurse. Siti Hajar said so.") == Counter(
        {"Siti Hajar binte Osman": 2}
    )


@pytest.mark.parametrize("link", ["a/l", "a/p", "s/o", "d/o", "anak"])
def test_a_patronymic_link_written_between_the_names_stays_inside_the_name(link: str) -> None:
    text = f"Her lawyer, Tarno {link} Velisi, said the client would appeal."
    assert people(text) == Counter({f"Tarno {link} Velisi": 1})


def test_a_place_named_after_somebody_by_its_geographic_head_is_no_person() -> None:
    text = "The ship was trapped off King Tarno Island; Prince Velisi Peninsula was mapped."
    assert people(text) == Counter()


def test_a_name_ending_in_the_plural_of_a_role_is_a_body_of_people() -> None:
    text = "Tarvo Fishermen said so. Concerned Nurses said the ward would close."
    assert people(text) == Counter()
    assert people("The actor Tarno Majors said so.") == Counter({"Tarno Majors": 1})
    # A given name first: a person whose surname is such a plural.
    assert people("Coach John Monks said so.") == Counter({"John Monks": 1})
    assert people("Former union leader John Singers left.") == Counter({"John Singers": 1})


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # Spaced initials start a name.
        ('"We are afraid," said T. R. Tarno Velisi, who runs a shop.', "T. R. Tarno Velisi"),
        # Particles count as none of a new name's words.
        ("The activist Tarna de los Velisas Orvena said so.", "Tarna de los Velisas Orvena"),
        # A member of a forum or a roundtable.
        (
            "Rain fell.\nTarna Velisa Orvena of the Tarvo Water Forum, which opposes it.",
            "Tarna Velisa Orvena",
        ),
    ],
)
def test_longer_shapes_of_a_new_name(text: str, person: str) -> None:
    assert people(text) == Counter({person: 1})


def test_a_facility_noun_after_a_particle_is_a_surname() -> None:
    # "Joost van Dam": no dam; "the Hoover Dam" stays no person.
    assert people("The Dutch businessman Joost van Dam was acquitted.") == Counter(
        {"Joost van Dam": 1}
    )
    assert people("Tourists visited the Hoover Dam on Monday.") == Counter()


@pytest.mark.parametrize(
    "text",
    [
        "The injured were taken to the Queen Elizabeth Hospital in Tarvik.",
        "Flights left Jomo Kenyatta International Airport for Tarvik on Monday.",
    ],
)
def test_a_facility_named_after_a_known_person_is_no_mention_of_them(text: str) -> None:
    assert people(text) == Counter()
    # The person named alone is still found.
    assert people(f"{text} Queen Elizabeth visited it.") == Counter({"Elizabeth II": 1})


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The parish priest, Father Tomas Velnik, said a mass.", "Tomas Velnik"),
        ("Fr. Tomas Velnik said a mass on Sunday.", "Tomas Velnik"),
        ("Taoiseach Aine Dorrigan said the coast was a target.", "Aine Dorrigan"),
        ("Tánaiste Aine Dorrigan visited the port.", "Aine Dorrigan"),
    ],
)
def test_a_priests_or_an_irish_leaders_title_is_no_part_of_the_name(text: str, person: str) -> None:
    assert people(text) == Counter({person: 1})


def test_a_country_named_with_and_is_the_country_not_its_parts() -> None:
    text = "Envoys of São Tomé and Príncipe and of Antigua and Barbuda met in Tarvik."
    assert [(surface, name) for surface, name, kind in found(text) if kind is LOC] == [
        ("São Tomé and Príncipe", "São Tomé and Príncipe"),
        ("Antigua and Barbuda", "Antigua and Barbuda"),
    ]
    # Inside an organisation's longer name it stays inside.
    text = "The Antigua and Barbuda Velmar Service said so."
    assert ("Antigua and Barbuda", "Antigua and Barbuda", LOC) not in found(text)


def test_a_common_word_capitalised_after_a_comma_starts_a_new_name() -> None:
    # "Grace" and "Will" are words, but capitalised after a comma only a name's first word.
    text = "In Tarvik, Grace Velno Aruk, a teacher, said the school had closed."
    assert people(text) == Counter({"Grace Velno Aruk": 1})
    text = "In Tarvik, Will Velno Aruk, a farmer, said so."
    assert people(text) == Counter({"Will Velno Aruk": 1})
    # At a sentence's start a common word may be any word.
    assert people("Meanwhile Velno Aruk, a teacher, said so.") == Counter({"Velno Aruk": 1})


@pytest.mark.parametrize(
    "text",
    [
        "The candidate has the backing of the opposition TVLP, officials said.",
        "Leaders of the ruling TVLP met on Monday.",
    ],
)
def test_an_acronym_after_a_partys_place_in_politics_is_an_organisation(text: str) -> None:
    assert ("TVLP", "TVLP", ORG) in found(text)


def test_an_irish_o_joins_a_name_as_a_particle() -> None:
    text = "Seán Ó Velráin, a farmer, said the fields were flooded."
    assert people(text) == Counter({"Seán Ó Velráin": 1})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Séamus Mac Giolla Velráin said the fields were flooded.", "Séamus Mac Giolla Velráin"),
        ("Áine Nic Giolla Tarvain said the fields were flooded.", "Áine Nic Giolla Tarvain"),
    ],
)
def test_gaelic_surname_particles_join_a_name(text: str, name: str) -> None:
    assert people(text) == Counter({name: 1})


def test_a_surname_of_several_words_chains_to_the_full_name() -> None:
    text = "Áine Nic Giolla Tarvain said so. Later Nic Giolla Tarvain said no."
    assert people(text) == Counter({"Áine Nic Giolla Tarvain": 2})


def test_a_particle_capitalised_at_a_sentences_start_names_no_relative() -> None:
    text = "The judge, Heinrich von Tarlitz, wrote it. Von Tarlitz was one of six."
    assert people(text) == Counter({"Heinrich von Tarlitz": 2})


def test_a_minister_president_introduces_a_name() -> None:
    text = "The minister-president of Velno, Karl Dorfner, said he respected the ruling."
    assert people(text) == Counter({"Karl Dorfner": 1})


@pytest.mark.parametrize(
    "text",
    [
        "A commander named in court as Jo Velnik Daw is wanted.",
        "A man identified by police as Jo Velnik Daw was held.",
    ],
)
def test_a_name_after_who_named_them_as_is_a_person(text: str) -> None:
    assert people(text) == Counter({"Jo Velnik Daw": 1})


@pytest.mark.parametrize(
    ("text", "river", "named"),
    [
        ("Fishermen on the Niger river near Mopti said Mali had closed the port.", "NE", "ML"),
        ("Boats crossed the Gambia River at dawn, Senegal's navy said.", "GM", "SN"),
        ("The Jordan river is lower than ever, Israel's water authority said.", "JO", "IL"),
        # A river's noun before the name, a second river paired with it, or a bridge over it.
        ("Ferries crossed the River Niger at Velbo, Nigeria's police said.", "NE", "NG"),
        ("The Congo and Tarvo rivers rose, Angola's weather office said.", "CD", "AO"),
        ("Traffic on the Gambia Bridge was slow, Senegal's police said.", "GM", "SN"),
    ],
)
def test_a_country_name_before_river_names_the_river(text: str, river: str, named: str) -> None:
    assert river not in countries(text)
    assert named in countries(text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks in Niger ended on Monday.",
        "Gambia's river ports reopened.",
        "Rivers in Jordan rose.",
        "Envoys of Niger and Chad met on Monday.",
        "A river in Niger rose.",
        # Only a country named after a river names one before a bridge.
        "The Chad Bridge team won the cup.",
    ],
)
def test_a_country_name_not_before_river_stays_the_country(text: str) -> None:
    assert countries(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role set off after the name vouches for it after "to" or "from".
        ("The concert was a tribute to Jean Wemba, the singer who died in May.", {"Jean Wemba"}),
        ("A letter from Marta Ostrova, the mayor, was read out.", {"Marta Ostrova"}),
        # A given name and two surnames with a person's cue after them, whole.
        ("Songs went out to Marco Tellini Rossi, whose band ruled.", {"Marco Tellini Rossi"}),
        # A thing whose clause names a role is no role: no person.
        ("They moved to Tarvel Heights, the town whose mayor resigned.", set()),
        ("They sailed to Orvik Bay, the port where the minister spoke.", set()),
        # A place after a preposition with a weak cue only.
        ("Fishermen in Scotts Head said the sea was rough.", set()),
        # Whom a person speaks for, set off before the reporting verb.
        ("Anna Verlo, of the dockers' union in Orvik, said pay had fallen.", {"Anna Verlo"}),
        ("Tomas Brenk, from the Tarvel Institute, said the data were sound.", {"Tomas Brenk"}),
        # Set off but no reporting verb after: no cue.
        ("Anna Verlo, of the dockers' union, joined the march.", set()),
    ],
)
def test_a_name_after_a_preposition_of_place_and_the_cue_after_it(
    text: str, expected: set[str]
) -> None:
    assert set(people(text)) == expected


def test_a_hyphenated_surname_spelled_with_a_space_is_the_same_person() -> None:
    text = (
        "Coach Tomas Ben-Haim spoke first. Later Ben Haim said he was proud. "
        "Minister Anne Lloyd-Jones spoke. David Jones, 50, said he agreed."
    )
    assert ("Ben Haim", "Tomas Ben-Haim", PERSON) in found(text)
    # Another person with the second half's name stays apart.
    assert people(text) == Counter({"Tomas Ben-Haim": 2, "Anne Lloyd-Jones": 1, "David Jones": 1})


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # An acronym with small letters inside matches only as written.
        ("The BoJ kept its rate, and the BoC cut.", {"Bank of Japan", "Bank of Canada"}),
        ("Voters backed the AfD in the east.", {"Alternative for Germany"}),
        # The same letters written as a word are no acronym: a surname, a word.
        ("Coach Anna Boj said the boj team won.", set()),
        ("Voters in Afd backed the plan.", set()),
    ],
)
def test_mixed_case_acronyms_match_only_as_written(text: str, named: set[str]) -> None:
    assert {name for _, name, kind in found(text) if kind is ORG} == named


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The firm's lawyer, Atty. Tarvo Velnik, said it would appeal.", "Tarvo Velnik"),
        (
            "The vice-minister of transport, Ana Lucia Torvan Quelca, said so.",
            "Ana Lucia Torvan Quelca",
        ),
        ("Governor Tarvo Velnik Jr. said the dikes would hold.", "Tarvo Velnik Jr."),
        ("Voters elected Velna Tarikso of the Orvenni (ORV) as mayor.", "Velna Tarikso"),
    ],
)
def test_a_title_abbreviation_suffix_or_body_with_initials_introduces_a_name(
    text: str, person: str
) -> None:
    assert set(people(text)) == {person}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The chairman, Tarvesno, who like many Tarvelians uses one name, said so.", "Tarvesno"),
        ("Velnika, a farmer, who goes by a single name, said the crop failed.", "Velnika"),
        ("Her neighbour, Tarvunda, a miner who uses only his first name, said so.", "Tarvunda"),
        ("Velnessa, a mother of two who gave only her first name, said so.", "Velnessa"),
        ('"No," said Orvanelle, 26, who asked that her surname not be used.', "Orvanelle"),
        ("Tarvosto, 44, who drives a cart to the market, said he had lost money.", "Tarvosto"),
        ("A tractor driver known only as Velnor, after his town, said he left.", "Velnor"),
        ("According to Orvalina, who heads the guides' group, 300 families work.", "Orvalina"),
        (
            "Velnika, a nurse who, like many Tarvelians, uses only her given name, said so.",
            "Velnika",
        ),
        ('"The nets are empty," said Tarvunda, who leads a fishing cooperative.', "Tarvunda"),
        ("The drums, led by a 51-year-old known simply as Orvek, scored full marks.", "Orvek"),
        (
            "The parade ended, and the singer Velnessa, who has sung since 1990, closed it.",
            "Velnessa",
        ),
    ],
)
def test_a_one_word_name_the_text_says_is_one_is_a_person(text: str, person: str) -> None:
    assert people(text) == Counter({person: 1})


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The lap record was set by Peter Tarvikson in 2023.", "Peter Tarvikson"),
        (
            "Martin Velsonne, of the Orvik Fishermen's Association, said boats were lost.",
            "Martin Velsonne",
        ),
        ("The second leg went to the Canadian Ray Harbour by 40 seconds.", "Ray Harbour"),
        (
            "The vote was held.\nBlessing Tarvoku, who led the case, told the court.",
            "Blessing Tarvoku",
        ),
    ],
)
def test_a_given_name_that_is_a_common_word_may_start_a_name(text: str, person: str) -> None:
    assert set(people(text)) == {person}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A Filipino particle starts the surname: the common word before it is the given name.
        ('"I vote," said Precious Dela Velna, 22. Dela Velna said so.', "Precious Dela Velna"),
        # A surname that is a city, after a hyphenated role: "left-hander".
        (
            "The top scorer was Renji Sapporo, a 31-year-old right-hander from Kobe.",
            "Renji Sapporo",
        ),
    ],
)
def test_a_name_with_a_particle_or_a_place_as_surname_is_whole(text: str, person: str) -> None:
    assert set(people(text)) == {person}


def test_a_force_named_by_its_area_is_no_person() -> None:
    assert set(people("Tarvel Police said Jane Velder, 40, was held.")) == {"Jane Velder"}


@pytest.mark.parametrize(
    "text",
    [
        "The league warned Tarvo Juniors and Velno City about the derby.",
        "Tarvo Power cut electricity, and Tarvo Water warned residents to boil water.",
        "Officers visited farms in Mount Tarvik, Corran and Selwick, and a garage in Velno.",
        "Peter Street was closed, police said.",
    ],
)
def test_a_club_a_utility_or_a_place_is_no_person(text: str) -> None:
    assert people(text) == Counter()


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "The discovery earned Tarvo Quenlik a share of the Orvik Prize in 2019.",
            {"Tarvo Quenlik"},
        ),
        (
            "A result that won Velna Sorrak and Dunja Helvik the Tarvel Medal in physics.",
            {"Velna Sorrak", "Dunja Helvik"},
        ),
        ("Orvik won 1-0 with a goal from Ramiz Tarvelli in the 88th minute.", {"Ramiz Tarvelli"}),
        ("Velno hit the post through Kasper Quorvik before half-time.", {"Kasper Quorvik"}),
        ("Dario Velnikov headed the opener in the 74th minute.", {"Dario Velnikov"}),
    ],
)
def test_a_prize_or_a_play_introduces_a_name(text: str, persons: set[str]) -> None:
    assert set(people(text)) == persons


@pytest.mark.parametrize(
    "text",
    [
        "The Tarvo team won Velno Park the award for its gardens.",
        "Tourists flew from Chile's Los Quenos archipelago on Sunday.",
        "Long Island and Sun Valley said they would close.",
    ],
)
def test_a_place_in_a_persons_frame_is_no_person(text: str) -> None:
    assert people(text) == Counter()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ho Siu Fan, a nurse who drove in from Velno, watched from the back row.", "Ho Siu Fan"),
        (
            "Eilidh Nic a' Tarvain, a union organiser, said the yard would close.",
            "Eilidh Nic a' Tarvain",
        ),
    ],
)
def test_a_surname_that_is_a_word_or_a_gaelic_article_stays_in_the_name(
    text: str, person: str
) -> None:
    assert set(people(text)) == {person}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A port named after the abolitionist Victor Tarvesson opened.", "Victor Tarvesson"),
        ("Jorun Velmaker, the winner in 2021, retired after a crash.", "Jorun Velmaker"),
        ("The prize went to Aneti Quorvain, 19, from Velno, who danced.", "Aneti Quorvain"),
    ],
)
def test_a_cause_a_year_won_or_an_age_introduces_a_name(text: str, person: str) -> None:
    assert set(people(text)) == {person}


def test_a_town_named_after_a_person_stays_the_town() -> None:
    text = "In Tarvesson, a town named after the abolitionist Victor Tarvesson, shops closed."
    assert [(s, kind) for s, _, kind in found(text) if kind is PERSON] == [
        ("Victor Tarvesson", PERSON)
    ]


def test_a_horse_that_won_a_year_is_no_person() -> None:
    assert people("Tarvo Dancer, the winner in 2022, was scratched.") == Counter()


@pytest.mark.parametrize(
    "text",
    [
        "The Velno Map, a sixth-century mosaic of the region, reopened.",
        "Visitors said the Velno Map, a mosaic, was restored.",
    ],
)
def test_a_name_after_a_bare_article_is_no_person(text: str) -> None:
    assert people(text) == Counter()


def test_a_firm_named_by_its_trade_is_no_person_in_the_possessive() -> None:
    text = "The ferry sailed on time, said Jan Tarvik, Velno Maritime's general manager."
    assert people(text) == Counter({"Jan Tarvik": 1})


def test_a_listed_body_named_without_the_after_of_introduces_its_member() -> None:
    text = "Tomás Tarvish of Amnesty International came second in the vote."
    assert people(text) == Counter({"Tomás Tarvish": 1})


def test_an_apostrophe_ending_a_velar_nasal_stays_inside_the_name() -> None:
    text = "Its chief executive, Anyang' Velno, said prices rose."
    assert people(text) == Counter({"Anyang' Velno": 1})


@pytest.mark.parametrize(
    "text", ["Her party colleague Eoin Tarvish resigned.", "His running mate, Eoin Tarvish, left."]
)
def test_a_colleague_introduces_a_name(text: str) -> None:
    assert people(text) == Counter({"Eoin Tarvish": 1})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It came ahead of Amnesty International's Ciarán Velno.", {"Ciarán Velno": 1}),
        ("Amnesty International's Tarvo Report found abuses.", {}),
        # The owner of a name listed after a person's is no word of it.
        (
            "It came ahead of Amnesty International's Eoin Tarvish and Tarvo's Ciarán Velno.",
            {"Eoin Tarvish": 1, "Ciarán Velno": 1},
        ),
    ],
)
def test_a_listed_bodys_possessive_introduces_its_member(
    text: str, expected: dict[str, int]
) -> None:
    assert people(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The surname a word ("hall"): nothing was found at the first mention.
        (
            "Before lunch Maren St. Hall and the captain put on 144. St. Hall said it was hard.",
            "Maren St. Hall",
        ),
        (
            "Before lunch Eoin Mac Tarvo and the captain put on 144. Mac Tarvo said so.",
            "Eoin Mac Tarvo",
        ),
    ],
)
def test_a_given_name_before_a_capitalised_particle_starts_the_name(text: str, name: str) -> None:
    assert people(text) == Counter({name: 2})


@pytest.mark.parametrize(
    "text",
    [
        "The unit's commander, Commodore Tarno Velisi Tarno, said the boats left at night.",
        "The cable was signed by Rear-Admiral Tarno Velisi Tarno, the fleet's chief.",
        '"We sold to the merchants," said Bi Tarno Velisi Tarno, 67, who farms near the coast.',
        '"We sold to the merchants," said Mzee Tarno Velisi Tarno, 67, a farmer.',
        # Positions in a sport, police ranks, heads of a state's government and of a district,
        # and roles of trade that introduce a name.
        "Halfback Tarno Velisi Tarno scored twice and was named the best player.",
        "Its spokeswoman, Police Colonel Tarno Velisi Tarno, said the gang had rented houses.",
        "The menteri besar of Velmar, Tarno Velisi Tarno, said the state would review it.",
        "The roads were closed on Monday, the district collector, Tarno Velisi Tarno, said.",
        "A tour operator in the capital, Tarno Velisi Tarno, said the pilgrims would come.",
    ],
)
def test_ranks_positions_and_honorifics_are_no_part_of_the_name(text: str) -> None:
    assert people(text) == Counter({"Tarno Velisi Tarno": 1})


def test_a_short_honorific_written_in_lower_case_is_a_word() -> None:
    text = "The port was flattened by Cyclone Velisi in 2019, the mayor said."
    assert people(text) == Counter()


def test_a_shared_role_introduces_a_name_as_the_role_does() -> None:
    text = (
        "The company's co-director, Jane Della Tarvo, said work would start."
        ' "It is the easy part," Della Tarvo said.'
    )
    assert people(text) == Counter({"Jane Della Tarvo": 2})


@pytest.mark.parametrize(
    ("full", "later"),
    [
        ("Ahmed Abdel-Tarvoun", "Abd el-Tarvoun"),
        ("Ahmed Abdel Tarvoun", "Abd al-Tarvoun"),
        ("Ahmed Abd al-Tarvoun", "Abdul Tarvoun"),
    ],
)
def test_an_abd_surname_in_another_transliteration_is_the_same_person(
    full: str, later: str
) -> None:
    text = f'The clue came from a guard, {full}, 54, who saw it. "I found it," {later} said.'
    assert people(text) == Counter({full: 2})


def test_an_abd_surname_with_another_given_name_is_another_person() -> None:
    text = (
        "The clue came from a guard, Ahmed Abdel-Tarvoun, 54. His cousin, Hamid Abd el-Tarvoun,"
        " 60, said so."
    )
    assert people(text) == Counter({"Ahmed Abdel-Tarvoun": 1, "Hamid Abd el-Tarvoun": 1})


def test_a_facility_named_after_a_known_person_goes_on_past_and() -> None:
    tarvo = Known("Jane Tarvo", PERSON)
    gazetteer = Gazetteer([("Jane Tarvo", tarvo)], ["minister"])
    text = "Three children died at the Jane Tarvo Teaching and Referral Hospital on Monday."
    assert found(text, gazetteer) == []
    assert found("Jane Tarvo and Referral Hospital staff met.", gazetteer) == [
        ("Jane Tarvo", "Jane Tarvo", PERSON)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A portfolio that "and" splits from the title.
        ("Minister of Tourism and Antiquities Jane Velno visited.", "Jane Velno"),
        # A given name that only folds to a title ("sheriff") starts the name.
        ("Minister of Culture and Arts Sherif Velno visited.", "Sherif Velno"),
    ],
)
def test_a_title_split_by_a_portfolio_introduces_the_name(text: str, name: str) -> None:
    assert people(f'{text} "It is good," Velno said.') == Counter({name: 2})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scribe served under Tarvotep III, the records show.", {"Tarvotep III": 1}),
        ("The works were done in Phase II of the plan.", {}),
    ],
)
def test_one_name_and_a_regnal_number_is_a_ruler(text: str, expected: dict[str, int]) -> None:
    assert people(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The river rose. His brother, Jane Velno Doe, found it.", {"Jane Velno Doe": 1}),
        ("The well ran dry. His ancestor Tarvo Velnor dug it.", {"Tarvo Velnor": 1}),
        ("The well ran dry. Her son Tarvo Velnor dug it.", {"Tarvo Velnor": 1}),
        ("The farm is small. His wife, Talvina, milks the goats.", {"Talvina": 1}),
        ("The boat is old. She and their son, Orvek, mend it.", {"Orvek": 1}),
        ("The letter came from a priest named Velnotep who lived here.", {"Velnotep": 1}),
        ("A woman called Talvina runs the ferry.", {"Talvina": 1}),
        ("A man who gives his name only as Orvek waited.", {"Orvek": 1}),
        ("They reached a village named Orvatu at dawn.", {}),
        ("The water rose. Their boat, Velnara, sank.", {}),
        ("The well ran dry. Her neighbour, Tarvo Velnor, dug it.", {"Tarvo Velnor": 1}),
        ("The well ran dry. Its neighbour, Tarvo Velnor, dug it.", {}),
        ("According to Jane Tam-Velnor, trips are slow.", {"Jane Tam-Velnor": 1}),
        ("The chairman of the agency, K. Velamuthu, praised the team.", {"K. Velamuthu": 1}),
        ("Grades fell in class A, C. Tarvo said so.", {}),
        (
            "It was signed by three delegates, Jane Tarvo, Marta Velno Orvik and Ana Tolsa, alone.",
            {"Jane Tarvo": 1, "Marta Velno Orvik": 1, "Ana Tolsa": 1},
        ),
        ('"The nets are empty," said Tarvunda, which sells them.', {}),
    ],
)
def test_a_relatives_or_a_naming_cue_introduces_a_name(text: str, expected: dict[str, int]) -> None:
    assert people(text) == Counter(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velnora Tarvik, a cocoa producer based in Orvik, agreed to buy it.", {}),
        ("Jane Velnora, a film producer based in Orvik, agreed.", {"Jane Velnora": 1}),
        ("Jane Velnora, a teacher based in Orvik, agreed.", {"Jane Velnora": 1}),
    ],
)
def test_a_product_trade_set_off_names_a_company(text: str, expected: dict[str, int]) -> None:
    assert people(text) == Counter(expected)


def test_a_surname_only_folded_to_after_a_place_preposition_is_no_person() -> None:
    velkar = Known("Jane Velkar", PERSON)
    gazetteer = Gazetteer([("Jane Velkar", velkar), ("Velkar", velkar)], ["minister"])
    assert found("Timber came from Vellkar to the port.", gazetteer) == []
    assert found("Timber came from Velkar, the minister said.", gazetteer) == [
        ("Velkar", "Jane Velkar", PERSON)
    ]


def test_a_cue_for_one_name_takes_a_places_name_as_a_persons() -> None:
    assert people("The boat is old. She and their son, Paris, mend it.") == Counter({"Paris": 1})


def test_a_title_after_a_settlements_noun_names_a_place() -> None:
    assert people("They fled to the town of Sheikh Velnor on Monday.") == Counter()
    assert people("Wells dot the slopes of Sheikh Tarvo Velnu.") == Counter()
    assert people("They met Sheikh Tarvo Velnu in the town.") == Counter({"Tarvo Velnu": 1})


@pytest.mark.parametrize(
    "text",
    [
        "She filed an RTI request with the ministry.",
        "The provincial MEC for health visited the clinic.",
        "The ICAC opened an inquiry into the council.",
        "The PLP won the island's election.",
        "He lives in UTM zone 36.",
        "The RPP reporter asked twice.",
    ],
)
def test_an_acronym_other_countries_news_use_for_something_else_names_no_one(text: str) -> None:
    # One country's body is not the only one its acronym names: no alias for it.
    assert found(text) == []


def _people_left(text: str, name: str) -> list[str]:
    """The people `_papers_named_with_article` keeps of every mention of `name` in `text`."""
    known = Known(name, EntityType.PERSON)
    mentions, at = [], text.find(name)
    while at != -1:
        mentions.append(Mention(known, at, at + len(name), name))
        at = text.find(name, at + 1)
    return [m.surface for m in _papers_named_with_article(text, mentions)]


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # What a paper does after its name, after an article: a paper, no person.
        ("La Tarvena reported that the talks had failed.", "La Tarvena", 0),
        ("El Orvenal said in an editorial that it was wrong.", "El Orvenal", 0),
        # "De" starts Dutch and Afrikaans surnames; writing and revealing is what people do too.
        ("De Tarvelt wrote in his memoir that he had doubts. De Tarvelt died.", "De Tarvelt", 2),
        ("Le Velnac revealed the plan on Monday.", "Le Velnac", 1),
        # A person's cue elsewhere keeps the name a person's.
        ("Le Velnac published the results. Le Velnac, 54, who led it, left.", "Le Velnac", 2),
    ],
)
def test_a_paper_named_with_an_article(text: str, name: str, kept: int) -> None:
    assert len(_people_left(text, name)) == kept
