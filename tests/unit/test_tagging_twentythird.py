"""Rules of the twenty-third tagging round (development set tags_blind23): each rule's shape
that must be tagged, and look-alikes that must not.

Every person, body and small place here is invented unless it is a real, widely known body of
the kind the knowledge file lists; real cities and countries are used as news English names them.
"""

from __future__ import annotations

import pytest

from newsstream.core.gazetteer import Mention, default_gazetteer
from newsstream.core.models import EntityType
from newsstream.core.places import without_kind
from newsstream.core.resolution import _main_country
from newsstream.core.tagging import default_tagger


def places(title: str | None, text: str) -> set[tuple[str, str]]:
    """Names and countries of the whole tagger's places."""
    return {(p.name, p.country) for p in default_tagger().tag(title, text).places}


_FLOOD = (
    "Flooding reached the village of Tarvelton, east of Charlotte Amalie. Officials in"
    " Washington said the U.S. would help."
)


@pytest.mark.parametrize(
    ("title", "country"),
    [
        # A place of the title with no namesake names its country, which leads a tie: the
        # unlisted village lies in the territory the body never names.
        ("Floods hit Charlotte Amalie", "VI"),
        # Without it in the title, the country named by name leads.
        (None, "US"),
        ("Floods hit the Caribbean", "US"),
    ],
)
def test_title_country_leads_a_tie(title: str | None, country: str) -> None:
    assert ("Tarvelton", country) in places(title, _FLOOD)


_AID = (
    "France sent aid to Saint Martin on Monday. France said fishermen in Sandy Ground had lost"
    " their boats."
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # The title's country counts once more for a small town: the territory it names ties
        # with the country the body names more often.
        ("Storm hits Saint Martin", {("Sandy Ground", "MF")}),
        # Without it, a small town of a country named less often is no cue.
        (None, set()),
        ("Storm hits the Caribbean", set()),
    ],
)
def test_title_country_counts_for_small_towns(
    title: str | None, expected: set[tuple[str, str]]
) -> None:
    assert places(title, _AID) == expected


@pytest.mark.parametrize(
    ("town", "country"),
    [
        # A namesake of a larger place abroad ("Hamilton", first Bermuda's capital) is no sign
        # of the one country named that has a town of that name too.
        ("Hamilton", "VI"),
        # A town whose surest place lies in a country named is one: a tie, no country leads.
        ("Dayton", None),
    ],
)
def test_a_namesake_abroad_counts_for_no_country(town: str, country: str | None) -> None:
    text = (
        "Rain fell on the US Virgin Islands and Charlotte Amalie. The U.S. firm sent fuel from"
        f" {town}."
    )
    mentions: list[tuple[Mention, int | None]] = [
        (m, m.start) for m in default_gazetteer().find(text)
    ]
    assert _main_country(mentions) == country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Of namesakes in a country named, one sure abroad stays over a listed capital whose
        # country is not named.
        (
            "Winds hit the Northern Mariana Islands and Saipan, and Tinian. A house in San Jose"
            " collapsed, US officials said.",
            ("San Jose", "US"),
        ),
        # A small namesake in a country named gives way to the capital ("Vienna" in talks on
        # Iran), as before.
        (
            "Iran and the IAEA met in Vienna. Iran said talks with Iran's critics, the United"
            " States among them, would go on.",
            ("Vienna", "AT"),
        ),
    ],
)
def test_a_sure_namesake_keeps_over_a_capital_abroad(text: str, expected: tuple[str, str]) -> None:
    assert expected in places(None, text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # The word GeoNames adds to say what a place is goes: news writes "Paget".
        ("Paget Parish", "Paget"),
        ("Chalan Piao village", "Chalan Piao"),
        # A capitalised "Village" is part of a name: "Greenwich Village" is no "Greenwich".
        ("Greenwich Village", "Greenwich Village"),
        ("Parish", "Parish"),
    ],
)
def test_a_geonames_kind_word_is_no_part_of_the_name(name: str, expected: str) -> None:
    assert without_kind(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bermuda's parishes, "Warwick Parish" and "Paget Parish" in GeoNames.
        (
            "Flooding hit Warwick and Paget in Bermuda on Monday.",
            {("Warwick", "BM"), ("Paget", "BM")},
        ),
        # The English town of the name stays where England is named.
        ("Flooding hit Warwick in England on Monday.", {("Warwick", "GB")}),
        # Guernsey's "Vale Parish" is Vale, where Guernsey is named.
        ("Rain hit Vale, in Guernsey, on Monday.", {("Vale", "GG")}),
    ],
)
def test_parishes_by_their_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(None, text) == expected


def test_a_company_set_off_is_no_small_parish() -> None:
    # "Vale" names Guernsey's small parish and, respelled, Honduras's "Valle": the appositive
    # saying it is a company outweighs both.
    tags = default_tagger().tag(None, "Vale, the Brazilian mining company, said it was sorry.")
    assert [e.name for e in tags.entities if e.type is EntityType.ORGANIZATION] == ["Vale"]
    assert tags.places == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An uninhabited island is no town, though it shares a capital's name.
        (
            "Niue sent aid. The small uninhabited island of Alofi shares its name with the"
            " capital of Niue.",
            set(),
        ),
        # There only: the capital named after it stays.
        (
            "Niue sent aid. The uninhabited island of Alofi lies off Futuna. In Alofi, Niue's"
            " capital, crowds gathered.",
            {("Alofi", "NU")},
        ),
        # The town of a country named stays, after "island of" too.
        ("Niue sent aid. Crowds gathered on the island of Alofi.", {("Alofi", "NU")}),
        ("Niue sent aid. Crowds gathered in Alofi.", {("Alofi", "NU")}),
    ],
)
def test_an_uninhabited_island_is_no_town(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(None, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A joining word makes the hyphenated word one place's name: no town "Mer" in it.
        ("The boats sailed from La Trinité-sur-Mer in France.", {("La Trinité-sur-Mer", "FR")}),
        ("The boats sailed from Boulogne-sur-Mer in France.", {("Boulogne-sur-Mer", "FR")}),
        # Places joined by a hyphen alone are still each a place.
        ("The Paris-Berlin train left.", {("Paris", "FR"), ("Berlin", "DE")}),
    ],
)
def test_a_hyphenated_name_with_a_joining_word_is_one(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert places(None, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A school named after somebody titled is a school (CONVENTIONS, tagging rule 3), no
        # person.
        (
            "Pupils from Prince Andrew School sang at the service.",
            {("Prince Andrew School", EntityType.ORGANIZATION)},
        ),
        (
            "Sir John Tarvel Academy opened its doors on Monday.",
            {("Sir John Tarvel Academy", EntityType.ORGANIZATION)},
        ),
        (
            "Pupils at King Edward VI College sang.",
            {("King Edward VI College", EntityType.ORGANIZATION)},
        ),
        pytest.param(
            "Pupils at Queen Elizabeth Grammar School sang.",
            {("Queen Elizabeth Grammar School", EntityType.ORGANIZATION)},
            marks=pytest.mark.xfail(
                strict=True,
                reason="a listed person's alias ('Queen Elizabeth') wins before the school's"
                " noun, with a word ('Grammar') between; predates round 23",
            ),
        ),
        (
            "Dr Jane Roe, head of Oakwood Academy, said pupils were safe.",
            {("Jane Roe", EntityType.PERSON), ("Oakwood Academy", EntityType.ORGANIZATION)},
        ),
        # A titled person near the word "school" stays a person.
        (
            "Headteacher Jane Doe said pupils at the school were safe.",
            {("Jane Doe", EntityType.PERSON)},
        ),
    ],
)
def test_a_school_named_after_somebody_is_no_person(
    text: str, expected: set[tuple[str, EntityType]]
) -> None:
    entities = default_tagger().tag(None, text).entities
    assert {(e.name, e.type) for e in entities} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the parish of" says a place, as "the district of" does: Guernsey's "Forest".
        ("Guernsey voted on jets landing in the parish of Forest.", {("Forest", "GG")}),
        ("Jamaica voted. Rain fell in the parish of Tarvelstone.", {("Tarvelstone", "JM")}),
        # Without it, the word is a forest.
        ("Guernsey voted on jets landing in the Forest.", set()),
        ("Jamaica voted. Rain fell on the parish church of Tarvelstone.", set()),
    ],
)
def test_the_parish_of_a_place(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(None, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Saint Helena's parts with their own administration (ISO 3166-2 SH-AC, SH-TA) are
        # places of SH.
        (
            "Saint Helena sent remains to Ascension Island and to Tristan da Cunha.",
            {("Ascension Island", "SH"), ("Tristan da Cunha", "SH")},
        ),
        # Inside the territory's full name, written with commas, they are no places; nor is
        # "Saba" in Bonaire's.
        ("Saint Helena, Ascension and Tristan da Cunha is a territory.", set()),
        ("Bonaire, Sint Eustatius and Saba is a former country.", set()),
        # A part named again alone, or a list that is no full name, keeps its places.
        (
            "Saint Helena, Ascension and Tristan da Cunha sent aid. On Ascension Island, crowds"
            " gathered.",
            {("Ascension Island", "SH")},
        ),
        (
            "Aid went to Saint Helena, Ascension Island and the Falklands.",
            {("Ascension Island", "SH")},
        ),
    ],
)
def test_parts_of_a_territory_and_its_full_name(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(None, text) == expected


# Look-alikes of the rules above, written to harden them.


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A title place the body never touches is no tie-breaker: a Nigerian capital over a
        # story on Kenya leaves its unlisted village in Kenya.
        ("Abuja summit ends", {("Abuja", "NG"), ("Nakuru", "KE"), ("Tarvelton", "KE")}),
        ("Reporter's notebook", {("Nakuru", "KE"), ("Tarvelton", "KE")}),
    ],
)
def test_a_title_place_the_body_never_touches_breaks_no_tie(
    title: str, expected: set[tuple[str, str]]
) -> None:
    text = (
        "Kenya's president returned home on Monday. Farmers in Tarvelton, a village near Nakuru,"
        " protested."
    )
    assert places(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # A headline naming a foreign capital over a story set at home: both stay themselves.
        (
            "Paris talks stall",
            "Nigerian unions met ministers in Abuja. The strike in Lagos continued.",
            {("Paris", "FR"), ("Abuja", "NG"), ("Lagos", "NG")},
        ),
        # A capital's name in the title, its country named in the body.
        (
            "Kingston shooting",
            "Jamaica's police said two men were shot. Officials in Montego Bay said calm returned.",
            {("Kingston", "JM"), ("Montego Bay", "JM")},
        ),
        (
            "Georgetown flood",
            "Guyana's president visited the flooded streets. Malaysia sent condolences.",
            {("Georgetown", "GY")},
        ),
        # A sure namesake abroad (San Jose, US) keeps over no capital whose country is named.
        (
            None,
            "Costa Rica's president met US officials. Protesters marched through San José.",
            {("San José", "CR")},
        ),
        # A title state of one of two countries tied: its places, not the Seychelles' capital.
        (
            "Victoria floods",
            "Australia and Canada agreed a deal. Rain hit Melbourne and Tarvelton.",
            {("Victoria", "AU"), ("Melbourne", "AU"), ("Tarvelton", "AU")},
        ),
        # A namesake in one of two countries named, its larger namesake abroad unnamed.
        (
            None,
            "Canada and the United States agreed a deal. Steelworkers in Hamilton and"
            " Burlington cheered.",
            {("Hamilton", "CA"), ("Burlington", "CA")},
        ),
        (
            None,
            "New Zealand and Australia agreed a deal. Flooding hit Hamilton on Monday.",
            {("Hamilton", "NZ")},
        ),
        (
            "Storm hits London",
            "Ontario officials said the storm hit London and Windsor. Canada's weather office"
            " warned.",
            {("London", "CA"), ("Ontario", "CA"), ("Windsor", "CA")},
        ),
    ],
)
def test_title_and_namesake_look_alikes(
    title: str | None, text: str, expected: set[tuple[str, str]]
) -> None:
    assert places(title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The steelworks in Hamilton will shut next year, Ontario's premier said. Workers in"
            " Toronto joined a rally.",
            ("Hamilton", "CA"),
            marks=pytest.mark.xfail(
                strict=True,
                reason="with no country named by name, a sure neighbour (Toronto) cues Canada's"
                " Hamilton but the curated capital of Bermuda still wins; predates round 23",
            ),
        ),
        pytest.param(
            "The United States embassy in Kingston warned citizens after the shooting.",
            ("Kingston", "JM"),
            marks=pytest.mark.xfail(
                strict=True,
                reason="'the US embassy in X' names the country abroad, yet it counts as the"
                " article's own: Kingston goes to a US namesake; predates round 23",
            ),
        ),
    ],
)
def test_a_city_named_alone_known_misses(text: str, expected: tuple[str, str]) -> None:
    assert expected in places(None, text)


@pytest.mark.parametrize(
    ("text", "expected_places", "expected_organisations"),
    [
        # A church keeps its "Parish": no Bermudian parish in it.
        ("Volunteers restored Warwick Parish Church on Sunday.", set(), ["Warwick Parish Church"]),
        (
            "The vicar of Paget Parish Church in Bermuda said the roof leaked.",
            set(),
            ["Paget Parish Church"],
        ),
        # "the parish of" a saint, in Jamaica and Barbados.
        ("Jamaica voted. Rain fell in the parish of St. Thomas.", {("Saint Thomas", "JM")}, []),
        ("Barbados voted. Rain fell in the parish of St. Lucy.", {("Saint Lucy", "BB")}, []),
        # Hyphen joins: one place each, and a club's name is no city.
        (
            "Tourists flocked to Stratford-upon-Avon in England.",
            {("Stratford-upon-Avon", "GB")},
            [],
        ),
        ("Michelin is based in Clermont-Ferrand, France.", {("Clermont-Ferrand", "FR")}, []),
        ("Fans of Paris-Saint-Germain sang in France.", set(), []),
        ("Fans travelled to Stoke-on-Trent in England.", {("Stoke-on-Trent", "GB")}, []),
        ("Police raided a house in Aix-en-Provence, France.", {("Aix-en-Provence", "FR")}, []),
        ("The Moscow-Kyiv talks stalled.", {("Moscow", "RU"), ("Kyiv", "UA")}, []),
        pytest.param(
            "The Dar es Salaam-Nairobi flight was late.",
            {("Dar es Salaam", "TZ"), ("Nairobi", "KE")},
            [],
            marks=pytest.mark.xfail(
                strict=True,
                reason="a hyphen word is read alone ('Salaam-Nairobi'), so a city of several"
                " words beside it is lost (also 'Rio de Janeiro-São Paulo'); predates round 23",
            ),
        ),
    ],
)
def test_parish_and_hyphen_look_alikes(
    text: str, expected_places: set[tuple[str, str]], expected_organisations: list[str]
) -> None:
    tags = default_tagger().tag(None, text)
    assert {(p.name, p.country) for p in tags.places} == expected_places
    assert [
        e.name for e in tags.entities if e.type is EntityType.ORGANIZATION
    ] == expected_organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "States" starts an island's parliament before "of".
        (
            "The island's parliament, the States of Velnoy, voted on Wednesday.",
            ["States of Velnoy"],
        ),
        # Not after another capitalised word: countries, or a country inside a longer name.
        ("Talks with the Baltic States of Estonia and Latvia went on.", []),
        (
            "The Congress of the Federated States of Micronesia met on Monday.",
            ["Congress of the Federated States of Micronesia"],
        ),
    ],
)
def test_states_of_a_place(text: str, expected: list[str]) -> None:
    tags = default_tagger().tag(None, text)
    assert [e.name for e in tags.entities if e.type is EntityType.ORGANIZATION] == expected


def test_a_places_own_airport_is_the_place() -> None:
    text = "Flights will move to Dundee's airport while the runway in Aberdeen is rebuilt."
    assert ("Dundee", "GB") in places(None, text)


@pytest.mark.parametrize(
    "text",
    [
        # An appositive that calls the names towns: no bank, whatever the last word.
        "Crews from Velnoy and Orrin Bank, the two towns closest to the reef, disagreed.",
        "Crews from Orrin Bank, a town near the reef, disagreed.",
    ],
)
def test_towns_the_text_calls_towns_are_no_organisation(text: str) -> None:
    tags = default_tagger().tag(None, text)
    assert not [e.name for e in tags.entities if e.type is EntityType.ORGANIZATION]


def test_a_bank_the_appositive_calls_a_bank_stays() -> None:
    tags = default_tagger().tag(None, "The Bank of Tarvo, the island's central bank, said so.")
    assert [e.name for e in tags.entities] == ["Bank of Tarvo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A city sure on its own beats a small namesake in a country named only in passing.
        (
            "Miners in Kenya signed a deal. The ore ships from Mombasa to a smelter in Genoa,"
            " and buyers in the United States were told on Monday.",
            ("Genoa", "IT"),
        ),
        # The small namesake where the text places it, or in the article's own country.
        ("Miners in Kenya signed a deal. Engineers from Genoa, Nevada, visited.", ("Genoa", "US")),
        (
            "A council in Genoa met. Residents of the United States town said the road was shut.",
            ("Genoa", "US"),
        ),
    ],
)
def test_a_sure_city_over_a_small_namesake_named_in_passing(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in places(None, text)


@pytest.mark.parametrize(
    ("text", "organisation", "place"),
    [
        # A small town's name that an apposition of names calls a company is the company's.
        ("Miners in Peru sued. Ashtabula, the American company, said nothing.", True, False),
        # A town the text places or calls a town stays a town.
        ("Farmers near Ashtabula, Ohio, said the river rose.", False, True),
        ("Farmers near Ashtabula, the town where the company is based, said so.", False, True),
        # Only an apposition that ends at the noun names the company, and not after a place's
        # preposition: the company's site, a company town and its headquarters are places.
        ("Workers in Ashtabula, the company's largest site, said so.", False, True),
        ("The family moved to Ashtabula, a company town on the lake, in May.", False, True),
        ("Staff in Kokomo, the company headquarters, said so.", False, True),
        ("Workers in Ashtabula, the American company that owns it, said so.", False, True),
        ("Miners sued. Ashtabula, the American company which owns it, said so.", True, False),
        ("Miners sued. Ashtabula, the lender and online shop, said so.", True, False),
        # A city is no company's name for an apposition.
        ("Miners in Peru sued. Genoa, the Italian company, said nothing.", False, True),
    ],
)
def test_a_small_town_an_apposition_calls_a_company(
    text: str, organisation: bool, place: bool
) -> None:
    tags = default_tagger().tag(None, text)
    town = next(t for t in ("Genoa", "Kokomo", "Ashtabula") if t in text)
    organisations = {e.name for e in tags.entities if e.type is EntityType.ORGANIZATION}
    assert (town in organisations) is organisation
    assert any(p.name == town for p in tags.places) is place
