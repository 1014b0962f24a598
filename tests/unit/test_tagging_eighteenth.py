"""Issue #5: rules from the development set `tags_blind18`, each on invented text, with the
look-alikes it must leave alone.

Every story here is invented; places are real ones, as news English names them.
"""

from __future__ import annotations

import pytest

from newsstream.core.models import EntityType
from newsstream.core.tagging import default_tagger

PERSON, ORG, LOC = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION


def places(title: str | None, text: str) -> set[tuple[str, str]]:
    """(name, country) of the whole tagger's places."""
    return {(p.name, p.country) for p in default_tagger().tag(title, text).places}


def tagged(text: str, kind: EntityType) -> set[str]:
    """Names of the whole tagger's entities of one kind, no title."""
    return {e.name for e in default_tagger().tag(None, text).entities if e.type is kind}


# A town the words around it say is one, which GeoNames lists as a small town of a country the
# article names about as often as the one it names most: that country's town.
_FAROESE = (
    "The Faroe Islands drew with Scotland in Tórshavn on Saturday. Scotland had led early, "
    "and Scotland fans filled the away end. The Faroese captain, a fisherman from Hvalba, "
    "said Scotland had been the better side. Scotland play again on Tuesday, while the Faroe "
    "Islands travel to Norway. The Faroes have never beaten Scotland away."
)


def test_a_small_town_of_a_country_named_about_as_often() -> None:
    found = places("Faroese side hold Scotland", _FAROESE)
    assert ("Hvalba", "FO") in found
    assert not any(name == "Hvalba" and country != "FO" for name, country in found)


def test_a_small_town_of_a_country_named_in_passing_is_no_cue() -> None:
    # A town of the United States that shares the name of a Canadian town the words found:
    # the United States is named once, Canada often; the town stays Canadian.
    text = (
        "Canadian firefighters battled the blaze near Thompson, in northern Manitoba, on "
        "Monday. Canada's air force flew 400 residents of Thompson to Winnipeg. Canadian "
        "officials said crews from the United States would arrive this week. Canada has had "
        "its worst fire season, and Canadian towns are on alert."
    )
    assert not any(country == "US" for _, country in places(None, text))


# A town met only by another spelling of a small town abroad is the article's own, unlisted;
# but not where its sentence sets itself in the other town's country by name.
def test_a_respelled_town_abroad_kept_where_its_sentence_is_set_there() -> None:
    text = (
        "Floods hit Khujand in Tajikistan on Monday, and Tajikistan's government sent troops "
        "to Khujand and Kulob. In Afghanistan's Badakhshan province, the authorities in "
        "Faizabad said two bridges had been swept away. Tajikistan asked for help."
    )
    found = places(None, text)
    assert ("Fayzabad", "AF") in found
    assert not any(country == "TJ" and "abad" in name for name, country in found)


def test_a_respelled_town_with_its_country_only_a_destination_stays_own() -> None:
    # The country named as where lorries go does not set the sentence in it.
    text = (
        "Dockers in Klaipėda, Lithuania, went on strike on Monday. Lithuania's ports are busy. "
        "The strike stopped the ferries to Kiel, which carry lorries to Germany, and some "
        "tourist boats to Nida. Lithuania's government called for talks."
    )
    found = places(None, text)
    assert not any(country == "DE" and name != "Kiel" for name, country in found)


# Another spelling of a place given right after it is that place.
def test_a_place_also_spelt_another_way_is_one_place() -> None:
    text = (
        "A mudflow hit Khorog in Tajikistan on Monday, and Tajikistan sent troops from "
        "Dushanbe. Khorog, also spelt Khorugh, has about 30,000 inhabitants."
    )
    found = places(None, text)
    assert ("Khorog", "TJ") in found
    assert not any(name == "Khorugh" for name, _ in found)


def test_two_places_in_a_row_are_two_places() -> None:
    # No spelling word between them: two towns.
    text = (
        "Floods hit Tajikistan on Monday. Tajikistan sent help to Khorog, Khujand and Kulob, "
        "the government in Dushanbe said."
    )
    names = {name for name, _ in places(None, text)}
    assert {"Khorog", "Khujand", "Kŭlob"} <= names


@pytest.mark.parametrize(
    "text",
    [
        "Tajikistan's president visited Khorog, also written Khorugh, on Monday.",
        "Tajikistan's president visited Khorog (also spelled Khorugh) on Monday.",
    ],
)
def test_other_spelling_words(text: str) -> None:
    names = {name for name, _ in places(None, text)}
    assert "Khorog" in names
    assert "Khorugh" not in names


# A hyphenated surname said again alone is the person, not the towns inside it.
def test_a_hyphenated_surname_again_is_no_towns() -> None:
    text = (
        "Floods hit western Puerto Rico on Monday. Governor Marta Salinas-Colón asked "
        "Washington for aid and said a team would come from Atlanta. Salinas-Colón, who "
        "visited a shelter in Mayagüez on Monday, said water was back in Añasco."
    )
    found = places(None, text)
    assert not any(name in {"Colón", "Salinas"} for name, _ in found)
    assert ("Mayagüez", "PR") in found
    assert "Marta Salinas-Colón" in tagged(text, PERSON)


def test_a_hyphenated_word_of_places_without_such_a_person_names_them() -> None:
    # No person of that surname: the places inside the word are named.
    text = (
        "Russia and Ukraine talked on Monday. Marta Colón, a Panamanian diplomat, said the "
        "Moscow-brokered truce would hold. Colón said Kyiv agreed."
    )
    assert ("Moscow", "RU") in places(None, text)


# A town's name that starts with a feature's word and goes on with a particle is the feature.
def test_a_river_named_on_past_a_town_name_is_no_town() -> None:
    text = (
        "Floods hit western Puerto Rico on Monday. The Río Grande de Loíza burst its banks "
        "near Caguas, and roads were cut in Puerto Rico's mountains."
    )
    assert not any(name == "Río Grande" for name, _ in places(None, text))


def test_the_town_itself_is_still_a_town() -> None:
    text = (
        "Floods hit eastern Puerto Rico on Monday. Residents of Río Grande and Fajardo were "
        "evacuated, Puerto Rico's government said."
    )
    assert ("Río Grande", "PR") in places(None, text)


# Hills, rivers and other relief or water named after a town are no place; a peninsula is a
# region people live in, as before.
def test_hills_named_after_a_town_are_no_place() -> None:
    text = (
        "Walkers crowded the Yeovil Hills in England on Sunday, and England's rail firms "
        "added trains from Birmingham."
    )
    names = {name for name, _ in places(None, text)}
    assert "Yeovil Hills" not in names
    assert "Birmingham" in names


def test_a_peninsula_named_after_a_town_is_still_a_region() -> None:
    text = "An earthquake struck Japan's Noto Peninsula on Monday, Japan's agency said."
    assert "Noto Peninsula" in {name for name, _ in places(None, text)}


# A square named like a town is the square, in lower case too.
def test_a_square_named_like_a_town_is_no_town() -> None:
    text = (
        "About 50,000 people filled the Novo Hamburgo square in Porto Alegre on Sunday for a "
        "concert, Brazil's police said."
    )
    names = {name for name, _ in places(None, text)}
    assert "Novo Hamburgo" not in names
    assert "Porto Alegre" in names


def test_a_town_and_its_main_square_is_the_town() -> None:
    text = (
        "About 5,000 people filled Novo Hamburgo's main square on Sunday, Brazil's police "
        "said. In Novo Hamburgo, the square was full by noon."
    )
    assert ("Novo Hamburgo", "BR") in places(None, text)


# Two places joined by "and" before a head noun name one body: "Avon and Somerset Police".
def test_a_force_of_two_counties_is_one_organisation() -> None:
    text = "Devon and Cornwall Police said officers had arrested two men in Exeter, England."
    assert "Devon and Cornwall Police" in tagged(text, ORG)
    assert "Devon" not in {name for name, _ in places(None, text)}


def test_a_country_and_a_force_are_two_names() -> None:
    text = "Officials from England and Somerset Police met farmers on Monday."
    orgs = tagged(text, ORG)
    assert "Somerset Police" in orgs
    assert not any(name.startswith("England") for name in orgs)


# A theatre is an institution, as a museum is; its name again with the head in lower case is
# the same one, not the town it is named like.
def test_a_theatre_named_like_a_town_is_an_organisation() -> None:
    tags = default_tagger().tag(
        "Brazil's Juazeiro theatre reopens after repairs",
        "The Juazeiro Theatre in Salvador reopened on Sunday, its director said.",
    )
    assert "Juazeiro Theatre" in {e.name for e in tags.entities if e.type is ORG}
    assert "Juazeiro" not in {p.name for p in tags.places}


def test_a_town_before_a_lower_case_theatre_without_such_a_name_is_the_town() -> None:
    tags = default_tagger().tag(
        "Russia marks the Moscow theatre siege",
        "Relatives gathered in Moscow on Monday to mark 20 years since the Moscow theatre siege.",
    )
    assert ("Moscow", "RU") in {(p.name, p.country) for p in tags.places}
    assert not any(e.type is ORG for e in tags.entities)


# A town after a preposition, set off on one side of a border, lies in that side's country.
def test_a_town_on_one_side_of_a_border() -> None:
    text = (
        "Freight trains from China cross Kazakhstan and Belarus before reaching Poland. At "
        "Velnowice, on the Polish side, containers are moved onto European tracks. A train "
        "derailed near Tarvostyk, on the Kazakh side of the border, in 2025."
    )
    found = places(None, text)
    assert ("Velnowice", "PL") in found
    assert ("Tarvostyk", "KZ") in found


@pytest.mark.parametrize(
    "text",
    [
        # A player on a team's side, with no preposition of place before him.
        "Ireland beat Poland 2-1. Tarvowski, on the Polish side, scored late in Dublin.",
        # A side of a family, after no place.
        "Ireland beat Poland 2-1 in Dublin. His mother, on the Polish side of the family, cried.",
    ],
)
def test_a_side_that_is_no_border(text: str) -> None:
    assert all(name in {"Dublin"} for name, _ in places(None, text))


# A constituency named after its town, after "seat of", is the town, even a common word's.
def test_the_seat_of_a_town_is_the_town() -> None:
    text = (
        "The Liberal Democrats held the Somerset seat of Wells in England on Thursday, and "
        "England's other results came in overnight."
    )
    assert ("Wells", "GB") in places(None, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Britain visited the seat of Parliament on Monday.",
        "Britain's minister visited the seat of Government on Monday.",
        "France hosts the seat of UNESCO, and France pays for it.",
    ],
)
def test_the_seat_of_a_body_is_no_place(text: str) -> None:
    assert not places(None, text)


# A town that needs its country named is cued by a sure region of its country after a comma.
def test_a_town_set_off_before_its_region() -> None:
    text = "Greenland's ice was studied by scientists in Boulder, Colorado, and Copenhagen."
    assert ("Boulder", "US") in places(None, text)


def test_a_town_set_off_before_another_countrys_region_is_not_that_town() -> None:
    text = "Greenland's ice was studied by scientists in Boulder, Alberta, and Copenhagen."
    assert ("Boulder", "US") not in places(None, text)


# A name met only by folding another spelling into an unsure place's yields to an appositive
# that says it is a company.
def test_a_respelled_unsure_place_called_a_company_is_one() -> None:
    text = "Vale, a Brazilian mining company, said iron ore exports rose by 4 percent."
    assert "Vale" in tagged(text, ORG)
    assert not places(None, text)


def test_a_place_as_written_called_a_company_stays_a_place() -> None:
    # The department's own name, set off before a company: the place's name, as written.
    text = "In Honduras, Valle, a coffee company's home, was flooded, Honduras said."
    assert "Valle" not in tagged(text, ORG)


# Bodies the words right around their names say they are: a broadcaster named "TV", a club a
# player plays for or holds a position in, a body whose director is named after it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The match was shown by TV Tarvona, an affiliate of Globo, in Brazil.", "TV Tarvona"),
        ("Jane Doe, 24, plays for KÍ Velno and scored twice in Oslo.", "KÍ Velno"),
        ("Scotland led through a header by the Tarvick defender Callum Frask.", "Tarvick"),
        ("Tarvomba's director, Jane Velno, said the band would tour in 2027.", "Tarvomba"),
    ],
)
def test_bodies_the_words_around_say_they_are(text: str, name: str) -> None:
    assert name in tagged(text, ORG)


@pytest.mark.parametrize(
    "text",
    [
        "Brazilians watched the match on TV Sunday night in Recife.",
        "Jane Doe, 24, plays for Scotland and scored twice in Oslo.",
        "The Scotland manager, Steve Clarke, said his side had been careless.",
        "He later played for time, and the team played for a draw in London.",
        "Brazil's director, Jane Velno, said the film would open in 2027.",
    ],
)
def test_look_alikes_of_bodies_said_so(text: str) -> None:
    assert not tagged(text, ORG)


def test_a_short_form_of_a_name_found_is_no_new_body() -> None:
    text = "Hanbit Construction said so. Hanbit's chairman, Choi Eun-ji, was detained."
    assert tagged(text, ORG) == {"Hanbit Construction"}


# Space agencies and Britain's third and fourth parties are listed (data, not a rule).
def test_listed_agencies_and_parties() -> None:
    text = (
        "The study used data from NASA and the Japan Aerospace Exploration Agency. The Liberal "
        "Democrats and Reform UK both welcomed it."
    )
    assert {"NASA", "Japan Aerospace Exploration Agency", "Liberal Democrats", "Reform UK"} <= (
        tagged(text, ORG)
    )
    assert not tagged(text, PERSON)


# A listed body whose name holds "of" and no organisation's noun is found as a place would be.
def test_a_listed_body_named_with_of() -> None:
    text = "Jane Doe will take her seat in the House of Commons next week, Britain's media said."
    assert "House of Commons" in tagged(text, ORG)


def test_an_unlisted_house_of_is_no_body() -> None:
    text = "The House of Tarvo showed its spring collection in Paris on Monday."
    assert not any(name.startswith("House of") for name in tagged(text, ORG))


# An ensemble's noun before a name is a descriptor; "Automobile" ends a company's name.
def test_an_orchestra_named_after_its_noun() -> None:
    text = "Tickets for the concert by the Lisbon orchestra Tarvosp sold out within an hour."
    assert "Tarvosp" in tagged(text, ORG)


def test_an_orchestra_before_a_place_is_no_name() -> None:
    text = "The concert by the orchestra in Lisbon sold out within an hour."
    assert not tagged(text, ORG)


def test_a_carmaker_named_automobile() -> None:
    text = "Velnan Automobile, which is based there, sends cars to Europe by train."
    assert "Velnan Automobile" in tagged(text, ORG)


def test_automobile_sales_are_no_company() -> None:
    assert not tagged("Automobile sales rose in France last year.", ORG)


# A number word before a body's name and its members' noun counts members: no part of it.
def test_a_count_of_a_bodys_members_is_no_part_of_its_name() -> None:
    text = "Four Civil Guard officers were injured in Cádiz, Spain, on Monday."
    assert tagged(text, ORG) == {"Civil Guard"}


def test_a_number_word_that_starts_a_name_stays() -> None:
    # No members' noun after: the number is the name's.
    assert "Nine Network" in tagged("Nine Network said ratings rose in Sydney.", ORG)


# A person guessed from a body's other name ("the Guardia Civil said") leaves no surname
# behind inside the body's name ("Civil" of "Civil Guard").
def test_a_bodys_other_name_guessed_a_person_leaves_no_surname() -> None:
    text = (
        "The Civil Guard (Guardia Civil) arrested 11 people in Seville, Spain. Unions in the "
        "Guardia Civil say their boats are slow. Smugglers moved north, the Guardia Civil said."
    )
    assert not tagged(text, PERSON)
    assert tagged(text, ORG) == {"Civil Guard"}


def test_a_person_named_like_a_firm_keeps_the_surname() -> None:
    # The guess was turned into a body of its own name, not another's: the surname stays.
    text = (
        "Buyers paid into accounts of Velnor Brothers Holdings, a company that did not exist. "
        "A third accused, the property developer Blessing Velnor, fled to South Africa."
    )
    assert "Blessing Velnor" in tagged(text, PERSON)


# A given name that is a common word ("maria", the seas of the moon) before a particle and a
# name found from the particle on is the name's first word.
def test_a_common_word_given_name_before_a_particle() -> None:
    text = (
        "Among the injured was Maria da Conceição Tavares, 63, who came by bus. Tavares said "
        "she had fallen."
    )
    assert tagged(text, PERSON) == {"Maria da Conceição Tavares"}


@pytest.mark.parametrize(
    "text",
    [
        "When da Conceição Tavares, 63, arrived, the bus left.",
        "Brazil da Conceição Tavares, 63, arrived in Recife.",
    ],
)
def test_a_function_word_or_a_country_before_a_particle_is_no_given_name(text: str) -> None:
    assert tagged(text, PERSON) == {"Conceição Tavares"}


def facts(text: str) -> set[tuple[str, int]]:
    """(kind, number) of the key facts of a body."""
    return {(f.kind.value, f.number) for f in default_tagger().tag(None, text).key_facts}


# "forced N from their homes" before an outcome after it; a bare count of people affected.
def test_forced_from_homes_and_affected() -> None:
    text = (
        "The floods forced nearly 3,000 people from their homes and affected about 40,000, "
        "the government said."
    )
    assert facts(text) == {("displaced", 3000), ("affected", 40000)}


@pytest.mark.parametrize(
    "text",
    [
        "The floods affected 30 villages in the north, officials said.",
        "The floods affected about 60,000 hectares of farmland, officials said.",
    ],
)
def test_things_affected_are_no_count(text: str) -> None:
    assert not facts(text)


# Where the counted people are from may take six words before their outcome.
def test_a_long_origin_between_a_count_and_its_outcome() -> None:
    text = "Officials said some 1,200 residents of the lower part of the town were evacuated."
    assert facts(text) == {("evacuated", 1200)}


def test_an_origin_with_a_clause_of_its_own_is_no_outcome_of_the_count() -> None:
    text = "About 200 residents of the village where gunmen killed a farmer were interviewed."
    assert ("killed", 200) not in facts(text)


# A crowd that moves together protests when its clause says it goes to protest.
def test_a_crowd_that_drove_to_protest() -> None:
    text = "About 150 farmers drove tractors through the centre of Bath on Monday to protest."
    assert facts(text) == {("protesters", 150)}


def test_a_crowd_that_walked_home_after_a_protest_is_no_count() -> None:
    text = "After the protest in the square, about 200 fans walked home through the rain."
    assert not facts(text)


def years(text: str) -> list[str]:
    """ISO dates of a body's dates, in order."""
    return [d.date for d in default_tagger().tag(None, text).dates]


# A year of the next century after a preposition of time, at a clause's end.
def test_a_year_of_the_next_century() -> None:
    assert years("Sea levels could rise by a metre by 2100, the panel said in 2021.") == [
        "2100",
        "2021",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The index rose by 2100 points on Monday.",
        "Shares fell 2150 yen in Tokyo.",
    ],
)
def test_a_number_of_the_next_century_is_no_year(text: str) -> None:
    assert years(text) == []


# An airline named "Air" and a word, whose sentence names its flights or planes.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Air Tarvo offered cheap flights from Mayotte for the occasion.", "Air Tarvo"),
        ("Air India said 240 passengers were on board.", "Air India"),
    ],
)
def test_an_airline_named_air(text: str, name: str) -> None:
    assert name in tagged(text, ORG)


@pytest.mark.parametrize(
    "text",
    [
        "Air Marshal Jane Doe said flights were cancelled.",
        "Air Quality worsened and flights were grounded.",
        "Air Tarvo is a perfume sold in Paris.",
    ],
)
def test_air_and_a_word_that_is_no_airline(text: str) -> None:
    assert not tagged(text, ORG)


# A small town's own name, after a preposition of place, in a country the article names, over
# an unsure city met only by another name of it.
def test_a_towns_own_name_over_another_citys_other_name() -> None:
    text = (
        "Kazakhstan has spent heavily on the route, building a dry port at Khorgos on the "
        "Chinese border. China and Kazakhstan signed the deal."
    )
    assert ("Khorgos", "KZ") in places(None, text)


def test_the_other_name_stays_where_the_towns_country_is_not_named() -> None:
    text = (
        "China has spent heavily on the route, building a depot at Khorgos in Xinjiang. China "
        "signed the deal in Beijing."
    )
    assert not any(country == "KZ" for _, country in places(None, text))
