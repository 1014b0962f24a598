"""Issue #5: adversarial look-alikes for the tagging rules of fd138eb, whose author flagged their
precision on unseen text: each rule's shape that must be tagged, and shapes like it that must not.

Every name here is invented, or a real place used as news English names it.
"""

from __future__ import annotations

import pytest

from newsstream.core.gazetteer import default_gazetteer
from newsstream.core.models import EntityType
from newsstream.core.tagging import default_tagger

PERSON, ORG, LOC = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION


def named(text: str, kind: EntityType) -> set[str]:
    """Canonical names of the gazetteer's mentions of one kind."""
    return {m.known.name for m in default_gazetteer().find(text) if m.known.type is kind}


def tagged(text: str, kind: EntityType) -> set[str]:
    """Names of the whole tagger's entities of one kind, no title."""
    return {e.name for e in default_tagger().tag(None, text).entities if e.type is kind}


def places(text: str) -> set[str]:
    """Names of the whole tagger's places, no title."""
    return {p.name for p in default_tagger().tag(None, text).places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name, a particle and a surname: a person.
        ("Anna del Tarvo said she would appeal.", {"Anna del Tarvo"}),
        ("Jan van Velde, 54, was arrested.", {"Jan van Velde"}),
        ("Officials said Marco di Velno would testify.", {"Marco di Velno"}),
        ("Karim bin Tarvo, a businessman, was released.", {"Karim bin Tarvo"}),
        # A place's, a building's or a wine's word before the particle: no person.
        ("Stazione di Tarvo reopened on Monday.", set()),
        ("Palazzo della Velno hosted the summit.", set()),
        ("Isola del Tarvo was evacuated.", set()),
        ("Lago di Velno froze over.", set()),
        ("Vino di Tarvo sales fell 10% last year.", set()),
        ("He ordered a bottle of Montepulciano di Tarvo.", set()),
        ("Ras bin Tarvo was shelled overnight.", set()),
        ("Sales of Brunello di Montalcino rose last year.", set()),
        ("Ospedale di Tarvo treated 12 people.", set()),
        ("Atletico del Velno signed a striker.", set()),
        ("Osteria del Velno won a star.", set()),
        ("Masjid bin Velno was damaged.", set()),
        ("Souq bin Velno reopened.", set()),
        # Shapes the rule's other cues already keep out.
        ("Fighting was reported in the hills above Castel di Sangro on Tuesday.", set()),
        ("Residents of Reggio di Calabria were told to stay indoors.", set()),
        ("Crowds gathered on Via della Conciliazione before the mass.", set()),
        ("The bus stopped at Porta di Velno station.", set()),
        ("The tanker Stella di Mare ran aground off the coast.", set()),
        ("Dredging firm Van Oord won the contract.", set()),
        ("Bergen op Zoom officials said no one was hurt.", set()),
        ("The mayor of Borgo di Velno resigned.", set()),
    ],
)
def test_a_particle_inside_a_name_and_its_look_alikes(text: str, expected: set[str]) -> None:
    assert named(text, PERSON) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # A person or a place in brackets after a body is no other name of it.
        ("The inquiry was led by the Tarvo Water Authority (Anna Velsen), it said.", set()),
        (
            "The Velno Rowing Association (Jane Tarvel) said it would appeal. Tarvel declined "
            "to comment.",
            set(),
        ),
        (
            "The Tarvo Development Council (Marco Velli) met on Monday. Velli said he would "
            "step down.",
            {"Marco Velli"},
        ),
        ("The Tarvo Ports Authority (New York) said the port was closed.", set()),
        ("The Velno Ports Authority (Tarvo Province) said the port was closed.", set()),
        ("The Tarvo River Authority (Orvik Valley) said the dam was safe.", set()),
    ],
)
def test_a_bracket_that_is_no_native_name(text: str, people: set[str]) -> None:
    found = default_tagger().tag(None, text)
    orgs = [e for e in found.entities if e.type is ORG]
    assert len(orgs) == 1
    # The bracket is no surface form of the body.
    inside = text[text.index("(") + 1 : text.index(")")]
    assert inside not in orgs[0].surface_forms
    assert {e.name for e in found.entities if e.type is PERSON} == people


def test_a_place_in_brackets_stays_a_place() -> None:
    text = (
        "A statement from the Velno Harbour Board (Portsmouth) said the pier was safe. "
        "Portsmouth was calm."
    )
    assert tagged(text, ORG) == {"Velno Harbour Board"}
    assert "Portsmouth" in places(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role clause whose head is a person's role.
        ("The ship's captain, Anna Velsen, said so.", {"Anna Velsen"}),
        ("The pair, Anna Velsen and Marco Tarvel, were arrested.", {"Anna Velsen", "Marco Tarvel"}),
        (
            "The pair of doctors, Anna Velsen and Marco Tarvel, were arrested.",
            {"Anna Velsen", "Marco Tarvel"},
        ),
        (
            "The pair from Tarvo, Anna Velsen and Marco Tarvel, were arrested.",
            {"Anna Velsen", "Marco Tarvel"},
        ),
        # A pair of things, or a role word describing or owning a thing: no person.
        ("The pair of shoes, Tarvo Velsen, sold for $5,000.", set()),
        ("A pair of earrings, Velno Star, was stolen.", set()),
        ("The girl's school, Velno Academy, closed on Friday.", set()),
        ("The boy's bicycle, Tarvo Velsen, was found.", set()),
        ("The victim's car, a Tarvo Velsen, was found.", set()),
        ("The girl group, Tarvo Velsen, split.", set()),
        ("The pilot scheme, Tarvo Velsen, ended.", set()),
        ("The witness box, Tarvo Velsen, was empty.", set()),
        ("The liquidator's report, Tarvo Review, was published.", set()),
        # Role words that are also things' or bodies': no person either.
        ("The guide, Tarvo Velsen, is published every year.", set()),
        ("The host, Velno Orvik, will stage the final.", set()),
        ("The carrier, Velno Orvik, cancelled 40 flights.", set()),
        ("The operator, Velno Orvik, said the line would reopen.", set()),
        ("The pair of paintings, Velno Orvik and Tarvo Velsen, sold for $2 million.", set()),
    ],
)
def test_a_role_clause_and_its_look_alikes(text: str, expected: set[str]) -> None:
    assert named(text, PERSON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Won or played to a round: a competition (the convention of tags_blind12, 14 and 17:
        # "World Cup", "Little League", "the Champions League" are no organisations).
        ("Tarvo City won the Velno League last season.", set()),
        ("Orvik reached the final of the Tarvo League. Fans cheered the Tarvo League.", set()),
        # The body that runs it, acting in the same text: a body.
        (
            "Tarvo City won the Premier League last season. The Premier League said it would "
            "review the decision.",
            {"Premier League"},
        ),
        (
            "Velno reached the final of the Tarvo League. The Tarvo League fined the club.",
            {"Tarvo League"},
        ),
        # A league that acts, or whose backing is won: a body.
        ("Egypt won the Tarvo League's backing for the plan on Sunday.", {"Tarvo League"}),
        ("The candidate won the Velno League's nomination in March.", {"Velno League"}),
        ("The Muslim League won the election in 1946.", {"Muslim League"}),
        (
            "The Tarvo Farmers League won a court case against the ministry.",
            {"Tarvo Farmers League"},
        ),
        ("The Tarvo League won praise for its handling of the crisis.", {"Tarvo League"}),
        ("The Arab League said the talks had reached the final stage.", {"Arab League"}),
        ("The National League for Democracy won the election.", {"National League for Democracy"}),
    ],
)
def test_a_league_won_and_its_look_alikes(text: str, expected: set[str]) -> None:
    assert tagged(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # In, near, outside a large city named like a word, its country named: the city.
        ("Protesters gathered in Nice on Tuesday, French police said.", {"Nice"}),
        ("The British team trained in Bath on Monday.", {"Bath"}),
        ("The British cyclist crashed near Bath on the A46.", {"Bath"}),
        ("The Croatian team played well in Split. Croatia won.", {"Split"}),
        ("He lives in Mobile, Alabama, in the United States.", {"Mobile", "Alabama"}),
        # Whence people come: the city.
        ("A welder from Bath, she told British reporters she would sue.", {"Bath"}),
        # To or from it after a result or a transfer: a club.
        ("Tarvo United lost to Reading on Saturday, a blow to the British club's hopes.", set()),
        ("The French side was beaten 2-0 away to Nice on Sunday.", set()),
        ("The Croatian midfielder joined from Split last year.", set()),
        ("The British striker went on loan to Reading.", set()),
        # No country named, or a capitalised word going on.
        ("It was nice in Nice.", set()),
        ("The company posted a loss in Mobile, its wireless unit, while sales rose.", set()),
    ],
)
def test_a_city_named_like_a_word_and_its_look_alikes(text: str, expected: set[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A headline's title case before the preposition: a word, not the city.
        ("British Children Lose Interest in Reading", set()),
        ("French Fans Keen on Trips to Nice", set()),
        # A capitalised word that starts the headline may be the city's.
        ("Protests in Nice as French Unions Strike", {"Nice"}),
    ],
)
def test_a_city_named_like_a_word_ending_a_headline(title: str, expected: set[str]) -> None:
    body = "A survey of 2,000 people in Britain and France was published on Monday."
    assert {p.name for p in default_tagger().tag(title, body).places} == expected


# Look-alikes for the rules of 40e0257 (tags_blind18), each risk its author named.


def located(text: str) -> set[tuple[str, str]]:
    """(name, country) of the whole tagger's places, no title."""
    return {(p.name, p.country) for p in default_tagger().tag(None, text).places}


def facts(text: str) -> set[tuple[str, int]]:
    """(kind, number) of the key facts of a body."""
    return {(f.kind.value, f.number) for f in default_tagger().tag(None, text).key_facts}


def test_a_faroese_town_in_a_story_of_two_other_countries_is_not_theirs() -> None:
    # Scotland and Norway both named often: a town the words found is no Norwegian namesake.
    text = (
        "Scotland beat Norway 2-1 in Glasgow on Saturday. Norway had led early, and Scotland "
        "fans filled the stadium. Scotland's captain, a plumber from Hvalba, scored twice. "
        "Scotland play Norway again in Oslo. Scotland have never lost to Norway at home."
    )
    assert not any(name == "Hvalba" and country == "NO" for name, country in located(text))


@pytest.mark.parametrize(
    "sentence",
    [
        # Set in Afghanistan, but about a town the sentence itself puts in Tajikistan.
        "In Afghanistan, refugees said they had come from Faizabad in Tajikistan.",
        "In Afghanistan's north, officials said aid had left for Faizabad, the Tajik town.",
    ],
)
def test_a_sentence_set_abroad_about_a_town_of_another_country(sentence: str) -> None:
    text = (
        "Floods hit Khujand in Tajikistan on Monday, and Tajikistan's government sent troops "
        f"to Khujand. {sentence} Tajikistan asked for help."
    )
    assert not any(country == "AF" for _, country in located(text))


def test_a_sentence_set_abroad_naming_another_country_before_the_town_stays_abroad() -> None:
    # The other country named in a clause before the town: the sentence is still set abroad.
    text = (
        "Floods hit Khujand in Tajikistan on Monday, and Tajikistan's government sent troops "
        "to Khujand and Kulob. In Afghanistan's Badakhshan province, which borders Tajikistan, "
        "the authorities in Faizabad said two bridges had been swept away. Tajikistan asked "
        "for help."
    )
    assert ("Fayzabad", "AF") in located(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A particle after a comma goes on no name: the town.
        (
            "Floods cut roads in Puerto Rico. In Río Grande, de Jesús said, roads were closed.",
            {("Río Grande", "PR")},
        ),
        # A place matched whole stays.
        ("Floods hit Brazil's Rio Grande do Sul state on Monday.", {("Rio Grande do Sul", "BR")}),
    ],
)
def test_a_feature_word_town_and_its_look_alikes(text: str, expected: set[tuple[str, str]]) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # A well-known city before "square": a square in the city.
        ("Thousands gathered in the Lviv square on Sunday, Ukraine's police said.", "Lviv"),
        ("Crowds filled the Kyiv square where the protests began, Ukraine's police said.", "Kyiv"),
        ("Thousands gathered in Kyiv's Maidan square on Sunday, Ukraine's police said.", "Kyiv"),
        ("Protesters filled Red Square in Moscow on Monday.", "Moscow"),
    ],
)
def test_a_city_before_a_square_is_the_city(text: str, town: str) -> None:
    assert town in {name for name, _ in located(text)}


def test_a_river_named_after_a_city_is_no_city() -> None:
    text = "Fighting was reported near the Dnipro river in Ukraine on Monday."
    assert not located(text)


@pytest.mark.parametrize(
    "text",
    [
        # A common word after a bare "seat of": no constituency.
        "In Britain, the bishop took the seat of Hope in the old cathedral on Sunday.",
        "In Britain, the bishop took the seat of Grace in the old cathedral on Sunday.",
        # A party, a person or a senator after "seat of": no town.
        "The Conservatives took the seat of Labour veteran Jane Tarvel in England on Thursday.",
        "The Conservatives won the seat of Tarvel, who retired, in England on Thursday.",
        "The Senate seat of Vance was filled in the United States on Monday.",
        "The seat of Power in Britain was contested on Thursday.",
        "The seat of Justice moved in Britain on Thursday.",
    ],
)
def test_a_seat_of_a_common_word_is_no_town(text: str) -> None:
    assert not located(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # A region's name or a constituency's word before "seat": the town, common word or not.
        ("Labour held the marginal seat of Hope in England on Thursday.", "Hope"),
        ("The Liberal Democrats won the seat of Bath in England on Thursday.", "Bath"),
        ("Voters in the county seat of Bath, in England, turned out early.", "Bath"),
        ("Labour won the Yorkshire seat of Morley in England on Thursday.", "Morley"),
        (
            "The Conservatives lost the seat of Chipping Barnet in England on Thursday.",
            "Chipping Barnet",
        ),
    ],
)
def test_a_constituencys_seat_is_its_town(text: str, town: str) -> None:
    assert (town, "GB") in located(text)


@pytest.mark.parametrize(
    "text",
    [
        # No comma and a name after the role: no body's officer.
        "Smith's director of photography, Jane Velno, won an award in Paris.",
        # A person's, a day's or a common noun's role.
        "Anna Velsen's director, Marco Tarvel, praised her.",
        "Tuesday's chairman, Marco Tarvel, resigned.",
        "The band's founder, Marco Tarvel, died on Monday.",
        # A person's surname, a city's or a country's name before the role.
        "Singer Jane Velno won. Velno's chairman, Marco Tarvel, said she deserved it.",
        "Brasília's founder, Juscelino Kubitschek, died in 1976.",
        "Mexico City's director, Jane Doe, said on Monday.",
        "Ireland's director, Jane Velno, said the film would open in 2027.",
        # A country's side, position or air force.
        "Jane Doe, 24, plays for England and scored twice in Oslo.",
        "Scotland led through a header by the Brazil defender Callum Frask.",
        "The England defender Jane Doe scored twice in Oslo.",
        "Air Marshal Jane Doe said flights were cancelled.",
        "Air Traffic Control delayed flights across Europe.",
    ],
)
def test_look_alikes_of_bodies_the_words_around_say(text: str) -> None:
    assert not tagged(text, ORG)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # An ensemble's noun before a town alone: the town, hosting or inviting.
        ("The orchestra Lisbon hosted played Mozart on Sunday.", "Lisbon"),
        ("The choir Madrid hosted sang on Sunday.", "Madrid"),
        ("The orchestra Porto invited played Mozart on Sunday, Portugal's media said.", "Porto"),
    ],
)
def test_an_ensembles_noun_before_a_town_is_no_name(text: str, town: str) -> None:
    assert not tagged(text, ORG)
    assert town in places(text)


def test_an_ensembles_noun_before_an_unknown_name_is_a_body() -> None:
    text = "Tickets for the concert by the Lisbon orchestra Tarvosp sold out within an hour."
    assert "Tarvosp" in tagged(text, ORG)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A title or a word of time before a particle is no given name.
        ("Britain's Mr de Souza Tavares said the plan would fail.", "Souza Tavares"),
        ("Minister da Silva Tavares said on Monday the plan would fail.", "Silva Tavares"),
        ("Senator da Silva Tavares, 63, arrived in Brasília.", "Silva Tavares"),
        ("Yesterday de Souza Tavares, 63, arrived in Recife.", "Souza Tavares"),
        # A given name that is a common word is one.
        ("Among the injured was Maria da Conceição Tavares, 63.", "Maria da Conceição Tavares"),
    ],
)
def test_a_word_before_a_particle_and_its_look_alikes(text: str, person: str) -> None:
    assert tagged(text, PERSON) == {person}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A crowd that moved protests only where its own clause says so.
        (
            "About 150 farmers drove tractors to the market on Monday to sell produce, and "
            "others came to protest.",
            set(),
        ),
        (
            "About 150 farmers drove tractors to the market to sell produce while others came "
            "to protest.",
            set(),
        ),
        (
            "About 150 farmers drove tractors and trucks through the town to protest.",
            {("protesters", 150)},
        ),
        (
            "About 200 cyclists rode through Paris on Sunday in a charity race. The event was "
            "not a protest.",
            set(),
        ),
        # "Walked out" is a strike, protesters in a protest's sentence as before.
        (
            "During the protest, about 500 workers walked out of the plant.",
            {("protesters", 500)},
        ),
        # An origin with a clause of its own is no count's outcome.
        ("About 300 residents of the village that the army shelled were evacuated.", set()),
        ("Some 40 members of the team that won the cup in 2010 were injured.", set()),
        # Forced from something other than homes: no displaced.
        ("The fire forced 200 firefighters from their posts, officials said.", set()),
        ("The flood affected 40 percent, officials said.", set()),
        # A bare count of what was affected, things included after it: no people.
        ("The strike affected 300, including schools and hospitals, officials said.", set()),
        ("The quake affected 2,000, including 400 homes.", set()),
        (
            "The outage affected 60,000, including 12,000 children, officials said.",
            {("affected", 60000)},
        ),
    ],
)
def test_key_facts_look_alikes(text: str, expected: set[tuple[str, int]]) -> None:
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The Kazakh town's own name, but set in Xinjiang or China: the Chinese city.
        "China has spent heavily on the route, building a depot at Khorgos in Xinjiang. China "
        "signed the deal in Beijing, and trains will run on to Kazakhstan.",
        "Kazakhstan and China are building the route, with a depot at Khorgos in China. "
        "Kazakhstan signed the deal.",
        "Kazakhstan and China are building the route, with a depot at Khorgos, China. "
        "Kazakhstan signed the deal.",
    ],
)
def test_a_towns_other_name_set_in_its_own_country_stays(text: str) -> None:
    assert not any(country == "KZ" for _, country in located(text))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # Towns whose own names hold a feature's noun stay towns.
        (
            "Police in Beverly Hills arrested a man on Monday, United States officials said.",
            "Beverly Hills",
        ),
        ("A fire in Auburn Hills, Michigan, destroyed a factory.", "Auburn Hills"),
        ("Floods hit Hood River, Oregon, on Monday.", "Hood River"),
        ("Floods hit Elliot Lake in Ontario, Canada.", "Elliot Lake"),
        # Towns whose names start with a feature's word and hold a particle, matched whole.
        ("Miners marched in Cerro de Pasco, Peru's police said.", "Cerro de Pasco"),
        ("Floods hit Isla de Maipo in Chile on Monday.", "Isla de Maipo"),
        ("Floods hit Sierra Vista, Arizona, on Monday.", "Sierra Vista"),
    ],
)
def test_towns_named_with_a_features_word(text: str, town: str) -> None:
    assert town in {name for name, _ in located(text)}


def test_a_river_named_on_past_a_feature_word_town_is_no_town() -> None:
    text = "Floods along the Río Grande de Santiago hit farms, Mexico's officials said."
    assert "Río Grande" not in {name for name, _ in located(text)}


@pytest.mark.parametrize(
    "text",
    [
        # A continent's officer or side: no body.
        "Europe's director, Jane Doe, resigned on Monday.",
        "Africa's director, Jane Doe, said on Monday.",
        "She plays for Europe, and scored twice.",
        # A common word spelled the British way after "Air".
        "Air Defence units shot down two planes over Kyiv.",
        "Air Harbour said flights were cut.",
        # Flights in another clause than the name's.
        "Sales of Air Jordan shoes rose, while flights to China were cut.",
    ],
)
def test_look_alikes_of_officers_and_airlines(text: str) -> None:
    assert not tagged(text, ORG)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Air Arabia said 240 passengers were on board.", "Air Arabia"),
        ("Air Tanzania said 240 passengers were on board.", "Air Tanzania"),
    ],
)
def test_an_airline_named_after_a_region_or_a_country(text: str, name: str) -> None:
    assert tagged(text, ORG) == {name}


@pytest.mark.parametrize(
    "text",
    [
        # Whom a band or a player plays for: a person, a title first.
        "The orchestra played for Pope Leo in Rome on Sunday.",
        "He played for Queen and country in Iraq.",
        "The choir played for Prince William and Kate in London.",
        "She plays for Jane Tarvel, a local coach, and trains in Oslo.",
    ],
)
def test_a_person_played_for_is_no_club(text: str) -> None:
    assert not tagged(text, ORG)


def test_a_person_played_for_stays_a_person() -> None:
    text = "She plays for Jane Tarvel, a local coach, and trains in Oslo."
    assert tagged(text, PERSON) == {"Jane Tarvel"}


@pytest.mark.xfail(strict=True, reason="a feast's name after 'played for' needs a list of feasts")
def test_a_feast_played_for_is_no_club() -> None:
    assert not tagged("The band played for Christmas in Oslo.", ORG)


@pytest.mark.parametrize(
    "text",
    [
        # Set in the town's own country, or in nothing: the Kazakh town, as 40e0257 made it.
        "Kazakhstan has spent heavily on the route, building a dry port at Khorgos, Kazakhstan, "
        "on the Chinese border. China and Kazakhstan signed the deal.",
        "Kazakhstan has spent heavily on the route, building a dry port at Khorgos in "
        "Kazakhstan's Almaty region. China and Kazakhstan signed the deal.",
        "Kazakhstan has spent heavily on the route, building a dry port at Khorgos in the east. "
        "China and Kazakhstan signed the deal.",
    ],
)
def test_a_towns_own_name_set_in_its_country_stays_its_own(text: str) -> None:
    assert ("Khorgos", "KZ") in located(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # "On TV", the medium, then a place that starts what follows: no broadcaster.
        ("Millions watched on TV Lisbon celebrate the title on Sunday.", "Lisbon"),
        ("She saw on TV Madrid residents queuing for water.", "Madrid"),
    ],
)
def test_a_place_after_the_medium_tv_is_no_broadcaster(text: str, town: str) -> None:
    assert not tagged(text, ORG)
    assert town in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "The match was shown on TV Bahia in Salvador, Brazil.",
        "He appeared on TV Bahia last night.",
        "She told TV Bahia that she would run.",
    ],
)
def test_a_broadcaster_named_after_a_place(text: str) -> None:
    assert tagged(text, ORG) == {"TV Bahia"}
