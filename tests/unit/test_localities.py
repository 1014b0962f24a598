"""Places nobody listed, from the words around them (core/localities.py).

The towns and regions here are invented unless GeoNames knows them.
"""

from __future__ import annotations

import pytest

from newsstream.core.gazetteer import default_gazetteer
from newsstream.core.localities import find_localities
from newsstream.core.models import EntityType
from newsstream.core.tagging import default_tagger


def places(text: str) -> set[str]:
    """The names of every place mention, checked against the text."""
    found = find_localities(text, default_gazetteer().find(text))
    for mention in found:
        assert text[mention.start : mention.end] == mention.surface
    return {
        m.known.name
        for m in found
        if m.known.type is EntityType.LOCATION and m.known.geo is not None
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ash fell on houses in North Varrow regency on Monday.", "North Varrow"),
        ("Fighters moved into the West Quellan zone overnight.", "West Quellan"),
        ("Residents of Tarvosk, a village 7 kilometres from the crater, left.", "Tarvosk"),
        # A Czech or Polish "on" or "under" inside one name.
        ("Crowds filled the square in Velnice nad Tarvou, a town of 4,000 people.",
         "Velnice nad Tarvou"),
        ("Velnice pod Tarvem, a village in the hills, was cut off.", "Velnice pod Tarvem"),
        # A town of four words, named after a man: none of them cut off.
        ("In Bir Tarvo Ben Velid, a town named after a poet, prices fell.", "Bir Tarvo Ben Velid"),
        # Names a plural noun of places says they are.
        ("The worst-hit counties are North Varlo, Teso and Orvel, officials said.", "North Varlo"),
        ("The worst-hit counties are North Varlo, Teso and Orvel, officials said.", "Orvel"),
        ("The flooded villages include Tarvosk and Kavlatan, officials said.", "Kavlatan"),
        ("Rocks hit Nobrel and Kavlatan, two villages in the hills.", "Nobrel"),
        ("Rocks hit Nobrel and Kavlatan, two villages in the hills.", "Kavlatan"),
        ("Fires reached the neighbourhoods of Villa Cresta and El Ovarin, officials said.",
         "Villa Cresta"),
        ("Fires reached the neighbourhoods of Villa Cresta and El Ovarin, officials said.",
         "El Ovarin"),
        # Divisions with a capitalised noun, and lists before a plural one.
        ("The government of the Varrow-Quellan Canton declared a disaster.", "Varrow-Quellan"),
        ("The river overflowed in Tarvosk County on Sunday.", "Tarvosk"),
        # Nigeria's local government areas, often named by a city and a compass point.
        ("Traders in the Tarvo North local government area lost stalls.", "Tarvo North"),
        ("It was worst in Nobrel, Kavla-Tan and Ostrevo provinces.", "Kavla-Tan"),
        ("It was worst in Nobrel, Kavla-Tan and Ostrevo provinces.", "Nobrel"),
        ("Families fled Nobrel, Kavla-Tan and three other villages overnight.", "Kavla-Tan"),
        # A city set off by what it is.
        ("Patients were treated in Chavrel Mon, the provincial capital, and elsewhere.",
         "Chavrel Mon"),
        ("Families were moved to the district capital, Orvadel, by bus.", "Orvadel"),
        # Departments and neighbourhoods; Arabic articles and Romance particles inside names.
        ("Schools shut in Varnedo and Quellana departments.", "Quellana"),
        ("Flats fell in the crowded Hay al-Marvani neighbourhood.", "Hay al-Marvani"),
        ("A wall fell in Zarqa's Jabal al-Teverin district last year.", "Jabal al-Teverin"),
        # A bare plural after a list, and "the community of".
        ("Most came from El Tavero, Quimalé and Cruz de Marvel, communities near the crater.",
         "Cruz de Marvel"),
        ("Most came from El Tavero, Quimalé and Cruz de Marvel, communities near the crater.",
         "El Tavero"),
        ("A flow buried the community of San Tomas Los Varos in 2011.", "San Tomas Los Varos"),
        # A settlement or a site near or outside a place.
        ("Refugees live in the Kavra camp near Tolbessou, in the east.", "Tolbessou"),
        ("Families from a settlement near Pozo Tavrel lost their crops.", "Pozo Tavrel"),
        # The other end of a journey from or to a known place.
        ("The ferry sailed from Suva to Korovale when it sank.", "Korovale"),
        ("Flights from Tavrelo to Nairobi resumed.", "Tavrelo"),
        # A part of a city the text names.
        ("In Bab Tarvel, the Oran district where the club began, fans sang.", "Bab Tarvel"),
        ("Flats fell in Kavla Tan, the Quellan neighbourhood that flooded.", "Kavla Tan"),
        # A city's quarter by its noun, a Romance article starting its name.
        ("Flats fell in the La Tarvenne quarter of Orvel on Monday.", "La Tarvenne"),
        # Where it lies from another place; who live there; other languages' village words.
        ("Waves reached Navutel, 30 km north of the capital, at dawn.", "Navutel"),
        ("Waves reached Navutel and Orvesa, just south of Suva, at dawn.", "Orvesa"),
        ("About 200 residents of Kibwezi Tarvo blocked the road.", "Kibwezi Tarvo"),
        ("Cholera spread to the aldeia of Namuvela last week.", "Namuvela"),
        ("Gangs fought in the barrio of El Tarvesa on Sunday.", "El Tarvesa"),
        # A name whose Arabic article is written in lower case.
        ("The guard came from the village of al-Tarvit, near the hills.", "al-Tarvit"),
        ("He came from La Quivera, on the western edge of the capital.", "La Quivera"),
        # A list's name with its article, beside a known place: not cut to "Tarvenas".
        ("Homes were flooded in Las Tarvenas and Madrid on Monday.", "Las Tarvenas"),
        # A city's quarter after "the quarter of", its article kept.
        ("A mudslide buried homes in the quarter of Las Pirvenas on Monday.", "Las Pirvenas"),
    ],
)  # fmt: skip
def test_a_name_the_words_around_call_a_place_is_one(text: str, name: str) -> None:
    assert name in places(text)


def test_a_place_inside_a_longer_division_name_is_no_place_of_its_own() -> None:
    found = places("Flights to East Nusa Tenggara province were cancelled.")
    assert "East Nusa Tenggara" in found
    assert "Tenggara" not in found


@pytest.mark.parametrize(
    "text",
    [
        "In Monday's district elections turnout fell.",  # whose, not where
        "Each district sent two delegates.",  # a common word before the noun
        "Jane Doe, a community leader, spoke.",  # a person in apposition
        "Kenyan villages were flooded.",  # a demonym
        "The camp near Lake Tarvel was empty.",  # a natural feature
        "The Tarvel Dam, north of the town, is low.",  # a facility
        "Jane Doe, north of the border, spoke.",  # no place the direction is from
        "A historian in Oslo, Dr. Jane Doe, saw the panels.",  # an abbreviated title
        "Guests in Oslo, Mrs. Jane Doe and Mr. John Roe, left.",
        # A faith's adjective names who live in a quarter, not the quarter.
        "Shops in the Christian quarter of Beirut stayed shut.",
        "Police closed the Jewish neighbourhood after the attack.",
        "Sales rose in the March quarter.",  # a quarter of the year
        "A quarter of Tarvish voters stayed home.",  # a share, not a quarter of a city
        "Sales fell in the last quarter of Velnor Holdings' year.",
        # A name after a preposition alone keeps no article: a league's as often as a town's.
        "Games in La Orvena were postponed on Sunday.",
    ],
)
def test_no_place_from_words_that_are_something_else(text: str) -> None:
    listed = {
        m.known.name
        for m in default_gazetteer().find(text)
        if m.known.type is EntityType.LOCATION and m.known.geo is not None
    }
    assert places(text) == listed


def test_a_country_after_the_region_of_is_the_country() -> None:
    text = "Talks with Somaliland, the breakaway region of Somalia, failed."
    assert "Somalia" not in places(text)
    assert default_tagger().tag(None, text).countries == ["SO"]


def test_a_name_set_near_a_known_place_lies_in_its_country() -> None:
    text = "Inspectors reached the plant at Vardosk, near Isfahan, on Monday."
    found = find_localities(text, default_gazetteer().find(text))
    (vardosk,) = [m for m in found if m.surface == "Vardosk"]
    assert vardosk.known.country == "IR"


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("Farmers in the Fergana Valley lost crops.", "Fergana Valley"),
        ("Keflavík International Airport remained open.", "Keflavík"),
        ("Four were taken to Adan Hospital in Ahmadi.", "Aden"),
        ("Brent crude rose slightly on Sunday.", "Brent"),
        ("Thousands marched to the Plaza de Mayo in the capital.", "Mayo"),
        ("Evacuees flew from Thompson on Hercules aircraft.", "Hercules"),
        ("Most of the workers come from South Asia and the Philippines.", "Asia"),
        ("Tourists climbed the Taal volcano in the Philippines.", "Taal"),
        ("In Zambia the stream later joins the Luangwa.", "Luangwa"),
        # A camp, a waterway, a ship named after a place.
        ("Refugees live in the Mbera camp near the border in Mauritania.", "Mbera"),
        ("Barges wait on the Paraguay-Paraná waterway in Brazil.", "Paraná"),
        ("The MV Tui Ono sank off Fiji; Japan built the MV Osaka Star.", "Osaka"),
        # "Río" is Spanish for river.
        ("Barges on the Río Paraná carried soy to Paraguay.", "Paraná"),
        # A storm named like a town; an airport's name set near a place.
        ("Texas is rebuilding after Hurricane Melissa hit in October.", "Melissa"),
        ("Tarvel International Airport, near Apia, reopened.", "Tarvel International Airport"),
        # A body's short name in brackets, a bank's one-word name.
        ("The Civil Defence Institute (Tarveci) said so. Engineers from Tarveci came.", "Tarveci"),
        ("Many had borrowed from Tarvobank and Orvel to pay deposits.", "Tarvobank"),
        # A name set off as a firm's, then after a preposition of place.
        (
            "Tarvomar, the shipbuilder that employs 900 people in Gdańsk, failed. Poland's banks "
            "sought damages from Tarvomar in a court.",
            "Tarvomar",
        ),
        # A name joined to another by a particle: one longer name, not the town or the words.
        ("In Brazil, a float from Orvelina do Tuiuti hit a barrier.", "Tuiuti"),
        ("In Brazil, a float from Tarvessa do Orvelim hit a barrier.", "Tarvessa"),
        # Who made a thing: a company named like a town.
        ("In Kenya, trucks are assembled in Nairobi, from kits, by Hino and Tarvoko.", "Hino"),
        ("In Kenya, trucks are assembled in Nairobi, from kits, by Hino and Tarvoko.", "Tarvoko"),
    ],
)
def test_a_place_name_inside_another_name_is_no_place(text: str, feature: str) -> None:
    assert feature not in places(text)


def test_an_appositive_past_of_calls_the_name_no_firm() -> None:
    text = "In Poland, Orvelsk, the home of the carmaker, lost jobs. Workers in Orvelsk marched."
    assert "Orvelsk" in places(text)


def test_a_place_set_off_as_a_town_of_a_firm_is_still_a_place() -> None:
    text = "Poland's miners rallied. Tarvomar, a company town, lies in the hills near Kraków."
    assert "Tarvomar" in places(text)
    text = "Poland's miners rallied. Workers from Tarvomar, the town, met the firm."
    assert "Tarvomar" in places(text)


def test_a_place_found_from_its_context_is_the_same_place_where_named_again() -> None:
    text = "It was worst in Govi-Altai province. A herder in Govi-Altai lost his sheep."
    found = find_localities(text, default_gazetteer().find(text))
    named = [m.known.name for m in found if m.known.geo is not None]
    assert named == ["Govi-Altai", "Govi-Altai"]


def test_a_demonym_before_the_noun_of_a_place_says_its_country() -> None:
    text = "Floods hit Mostar. The railway to the Croatian port of Plovec stays closed."
    found = find_localities(text, default_gazetteer().find(text))
    (plovec,) = [m for m in found if m.surface == "Plovec"]
    assert plovec.known.country == "HR"


def test_a_place_whose_country_a_demonym_says_is_in_it_where_named_again() -> None:
    # Kamnik is a Slovenian town of 13,000 in GeoNames; here a Croatian namesake.
    text = (
        "Cases of Kamnik fever rose in Mostar. It was first seen in the Croatian town of Kamnik. "
        "Doctors in Kamnik helped."
    )
    found = find_localities(text, default_gazetteer().find(text))
    assert [m.known.country for m in found if m.surface == "Kamnik"] == ["HR", "HR", "HR"]


def test_a_name_set_by_a_compass_point_from_a_known_place_lies_in_its_country() -> None:
    # Kabankalan is a Philippine city: no village of Portugal, which the text sets it in.
    text = "Portugal said a fire at Kabankalan, north-east of Lisbon, burned 300 hectares."
    assert {(p.name, p.country) for p in default_tagger().tag(None, text).places} == {
        ("Kabankalan", "PT"),
        ("Lisbon", "PT"),
    }


def test_a_name_after_a_preposition_set_in_a_known_place_is_a_place() -> None:
    text = "Gunmen attacked homes in Tamavera, in the neighbouring state of Durango, Mexico said."
    assert "Tamavera" in places(text)


def test_a_name_set_in_a_division_nobody_listed_is_a_place() -> None:
    assert "Tarvik" in places("Sweden is building one at Tarvik, in Varnö municipality.")
    assert "Jane Doe" not in places("The plan was backed by Jane Doe, in Varnö municipality.")


def test_a_name_set_in_a_place_needs_a_preposition_of_place_before_it() -> None:
    text = "The ceremony was held on Monday. Officials said Jane Doe, in Durango, spoke."
    assert "Jane Doe" not in places(text)


def test_a_word_after_the_town_of_is_a_place_named_so_again() -> None:
    text = "Dockers marched through the town of Split. Shops in Split closed."
    found = find_localities(text, default_gazetteer().find(text))
    split = [m.start for m in found if m.surface == "Split"]
    assert split == [text.find("Split"), text.rfind("Split")]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Coffee prices rose across Latin America and Asia.", "US"),
        ("Warmer water in the Irish Sea feeds stronger storms.", "IE"),
        ("The agency, known by its Spanish initials, said so.", "ES"),
        ("Fishermen on Lake Kivu were searched at dawn.", "CD"),
        ("Barges on the Río Paraná carried soy to Paraguay.", "BR"),
    ],
)
def test_no_country_from_a_region_a_feature_or_a_language(text: str, country: str) -> None:
    found = find_localities(text, default_gazetteer().find(text))
    assert country not in {m.known.country for m in found}


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda's team rode to Rubavu, formerly Gisenyi, on Monday.",
        "Rwanda's team rode to Rubavu, the lakeside town formerly known as Gisenyi.",
        "Rwanda's team rode to Rubavu (formerly Gisenyi) on Monday.",
    ],
)
def test_a_places_former_name_is_that_place(text: str) -> None:
    assert places(text) == {"Rubavu"}


def test_a_place_named_after_formerly_without_a_name_before_stays_itself() -> None:
    assert places("Rwanda's team rode to Rubavu and Gisenyi, formerly rivals.") == {
        "Rubavu",
        "Gisenyi",
    }


def test_a_feature_named_after_a_country_still_names_it() -> None:
    text = "Climbers on Mount Kenya were rescued on Sunday."
    found = find_localities(text, default_gazetteer().find(text))
    assert {m.known.country for m in found} == {"KE"}


def test_a_country_that_starts_a_place_abroad_names_that_place_again() -> None:
    text = "Ferries to Mali Losinj stopped. Mali was quiet, Croatian police said."
    found = find_localities(text, default_gazetteer().find(text))
    assert {m.known.country for m in found if m.surface == "Mali"} == {"HR"}


def test_a_large_place_in_a_country_the_article_names_stays_itself() -> None:
    # El Geneina (Sudan) under an alternate name, set off by what it is, in a story on Chad.
    text = "Chad hosts Sudanese refugees. Many fled El Geneina, the state capital, last year."
    found = find_localities(text, default_gazetteer().find(text))
    (geneina,) = [m for m in found if m.surface == "El Geneina"]
    assert geneina.known.country == "SD"


def test_the_other_end_of_a_journey_lies_in_the_known_places_country() -> None:
    text = "Flights from Tavrelo to Nairobi resumed."
    found = find_localities(text, default_gazetteer().find(text))
    (tavrelo,) = [m for m in found if m.surface == "Tavrelo"]
    assert tavrelo.known.country == "KE"
    text = "Prices rose from Monday to Friday."
    assert places(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Shots were fired in Boruwa, a crowded neighbourhood of the city, on Tuesday.",
        "Water ran out in Kelvasi, a poor district near the port, last week.",
        "Kelvasi, a barangay of about 9,000 people, voted no.",
        "Fire razed Kelvasi, the crowded market district at the edge of the city.",
        "Worst hit were Kelvasi and Boruwa, two neighbourhoods named after generals.",
    ],
)
def test_a_neighbourhood_or_district_in_apposition_is_a_place(text: str) -> None:
    assert {"Boruwa", "Kelvasi"} & places(text)


def test_a_person_whose_office_names_a_district_is_no_place() -> None:
    text = "The slope gave way, said Kamal Tarvo, the chief district officer."
    assert places(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A worker from San Lorenzo Tarmeco, the village where the plant stands, spoke.",
         "San Lorenzo Tarmeco"),
        ("San Juan de Tarvigancho, a district of the city, lost its water.",
         "San Juan de Tarvigancho"),
    ],
)  # fmt: skip
def test_a_saint_named_place_is_named_in_full(text: str, name: str) -> None:
    found = places(text)
    assert name in found
    assert not {"San Lorenzo", "San Juan"} & found


def test_a_saint_named_place_before_a_common_word_is_itself() -> None:
    assert "San Diego" in places("The San Diego County board met on Monday.")


def countries(text: str) -> set[str]:
    """The countries every mention names, features and ships left out."""
    found = find_localities(text, default_gazetteer().find(text))
    return {m.known.country for m in found if m.known.country}


def test_an_island_is_no_place_by_its_noun_alone() -> None:
    assert places("Fishermen on the island of Tarvokan were rescued on Monday.") == set()


def test_an_island_named_like_a_place_abroad_is_not_that_place() -> None:
    text = "Cape Verdean voters on the island of Santiago queued. In Santiago, turnout was low."
    assert "Santiago" not in places(text)
    assert places("Filipino divers on the island of Cebu found the wreck.") == {"Cebu City"}


def test_a_lake_named_after_a_town_is_a_feature() -> None:
    assert places("Bulgarian birdwatchers counted oiled birds on Varna Lake.") == set()
    assert places("Residents of Prior Lake, Minnesota, voted on Tuesday.") >= {"Prior Lake"}


def test_lake_and_a_place_the_article_names_is_that_place_s_lake() -> None:
    assert places("Swiss divers searched Lake Geneva, then told reporters in Geneva.") == {"Geneva"}
    assert "Lake Geneva" in places("Tourists filled Lake Geneva, Wisconsin, on Sunday.")


def test_a_ship_named_after_a_place_is_no_place() -> None:
    text = "The Maltese-flagged tanker Aurora Spirit ran aground."
    assert (places(text), countries(text)) == (set(), {"MT"})
    assert places("Tankers sailed from Aurora, Colorado, last year.") >= {"Aurora"}


def test_a_sea_named_after_a_country_names_no_country() -> None:
    assert countries("Boats sank in the South China Sea on Friday.") == set()
    assert countries("China sent ships to the South China Sea.") == {"CN"}


def placed(text: str) -> set[tuple[str, str | None]]:
    """The places the tagger gives, with their countries."""
    return {(p.name, p.country) for p in default_tagger().tag(None, text).places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a preposition of place.
        ("Bulgarian fishermen in Tarvokel pulled their boats out of the water.",
         {("Tarvokel", "BG")}),
        ("Malian villagers fled the villages around Quorvani and Tessaloum last week.",
         {("Quorvani", "ML"), ("Tessaloum", "ML")}),
        ("Kenyan trucks from Ovalengo now travel only in convoys.", {("Ovalengo", "KE")}),
        # A name starting with a capital of Latin Extended-A; "at" after a road or border.
        ("Bulgarian police said the trial began in Štarvo.", {("Štarvo", "BG")}),
        ("Malian traders blocked the road at Quorvani, the last town.", {("Quorvani", "ML")}),
        # "at" after a works, a port or a gate.
        ("Bulgarian unions said the smelter at Tarvokel would shut.", {("Tarvokel", "BG")}),
        ("Malian grain reached the port at Quorvani and the mill at Tessaloum.",
         {("Quorvani", "ML"), ("Tessaloum", "ML")}),
        # Listed with as many known places as unknown ones.
        ("Bulgarian beaches of Nesebar, Pomorie and Tarvokel were closed.",
         {("Nesebar", "BG"), ("Pomorie", "BG"), ("Tarvokel", "BG")}),
        # A list set near a known place lies in its country, whatever else the article names.
        ("Rwanda and Rwandan troops were blamed. Fighting spread around Quorvani and Tessaloum, "
         "on the main road north of Goma.",
         {("Quorvani", "CD"), ("Tessaloum", "CD"), ("Goma", "CD")}),
        # A demonym in the sentence says whose the tourist is, not where the town is.
        ("Albanian police said a Polish tourist staying in Tarvokel was rescued on Albania's "
         "coast.",
         {("Tarvokel", "AL")}),
    ],
)  # fmt: skip
def test_towns_their_prepositions_or_lists_say_are_towns(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert placed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bulgarian engineers at the plant at Google said so.",  # a firm
        "Bulgarian miners at the mine in March said so, and those from Monday.",
        "Bulgarian monks said the mill at Christ Church was old.",  # no one-word name
        "Bulgarian police near Smith's house found the terminal at Smith's empty.",
        "Bulgarian workers at Tarvokel Holdings said so.",  # "at" alone: no town
        "Bulgarian singer Ana said a friend of mine at Tarvokel wrote it.",  # "of mine": no pit
    ],
)
def test_no_town_after_a_preposition_that_names_something_else(text: str) -> None:
    assert placed(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian radio broadcast messages in Amharic.",
        "Ugandan radio broadcast messages in Lumasaba and other local languages.",
        "Kenyan runners hope to race in Europe next year.",
        "Maps drawn in Soviet times split the Armenian villages.",
        "Floods hit Bosnia and Herzegovina on Monday.",
        # Mostly unknown names around one known place are no list of towns.
        "Bulgarian officials named Tarvo, Quellin and Varna as partners.",
    ],
)
def test_no_town_from_a_language_continent_era_country_or_list_of_names(text: str) -> None:
    assert not {name for name, _ in placed(text)} - {"Varna"}


def test_a_word_before_an_elided_particle_is_no_town_of_its_own() -> None:
    # "Quartel d'Orvelle" is one name: its first word alone is no town.
    assert "Quartel" not in places("A teacher from Quartel d'Orvelle, results showed.")


def test_a_town_named_like_a_namesake_abroad_is_the_article_s_own() -> None:
    # "Boni" is another name of Nigeria's Bonny; in a story on Mali it is a Malian town.
    assert placed("Malian soldiers were ambushed near Boni on Sunday.") == {("Boni", "ML")}
    assert placed("The company spoke from Cupertino, California.") == {
        ("Cupertino", "US"),
        ("California", "US"),
    }


def test_another_spelling_or_the_short_form_of_a_town_is_that_town() -> None:
    text = (
        "Malian trucks waited in Sévaré on Monday. Trucks from Sevare now travel in convoys. "
        "Polish miners in Jastrzębie-Zdrój marched. In Jastrzębie, the council met."
    )
    places_found = default_tagger().tag(None, text).places
    assert sorted((p.name, p.surface_forms) for p in places_found) == [
        ("Jastrzębie Zdrój", ["Jastrzębie-Zdrój", "Jastrzębie"]),
        ("Sévaré", ["Sévaré", "Sevare"]),
    ]


def test_a_small_town_of_a_country_named_stays_itself_in_a_story_on_another() -> None:
    # Opuwo, a Namibian town of 9,000 with no namesake, set off as a capital in a story that
    # names South Africa most; an unknown town so set off lies in the country named most.
    lead = "South African and Angolan officials met South African traders. Namibian police said."
    assert placed(f"{lead} In Opuwo, the capital of its region, trucks waited.") == {
        ("Opuwo", "NA")
    }
    assert placed(f"{lead} In Tarvuko, the capital of its region, trucks waited.") == {
        ("Tarvuko", "ZA")
    }


def test_a_division_named_by_a_towns_short_form_is_its_own_region() -> None:
    text = "Polish miners in Kędzierzyn-Koźle marched. Farmers in Kędzierzyn county joined them."
    assert sorted((p.name, p.surface_forms) for p in default_tagger().tag(None, text).places) == [
        ("Kędzierzyn", ["Kędzierzyn"]),
        ("Kędzierzyn-Koźle", ["Kędzierzyn-Koźle"]),
    ]
    # The short form alone is still the town.
    text = "Polish miners in Kędzierzyn-Koźle marched. In Kędzierzyn, the council met."
    assert [p.name for p in default_tagger().tag(None, text).places] == ["Kędzierzyn-Koźle"]


def test_a_known_place_of_the_country_its_sentence_names_is_no_namesake_elsewhere() -> None:
    lead = (
        "New Zealand farmers sold lamb. New Zealand exports rose, New Zealand ports were busy "
        "and New Zealand prices held. "
    )
    # England's Hastings, though the story is on New Zealand, which has a Hastings too.
    assert ("Hastings", "GB") in placed(f"{lead}A ship from Dover, in England, docked at Hastings.")
    # A place of the article's own country in between: the nearer place's country.
    assert ("Hastings", "NZ") in placed(
        f"{lead}A ship from Dover, in England, sailed to Napier, and then to Hastings."
    )
    assert ("Hastings", "NZ") in placed(f"{lead}English buyers met at Hastings.")  # a demonym


def test_a_country_things_come_from_is_no_setting_of_a_place_after_it() -> None:
    # Tarvakkal is unlisted: it lies in the story's own country, not where the doses came from.
    text = (
        "India said cases rose. India closed schools. "
        "Kerala bought doses from Australia, and a team worked in Tarvakkal."
    )
    assert ("Tarvakkal", "IN") in placed(text)


def test_a_demonym_naming_a_border_is_no_country_of_the_places_after_it() -> None:
    lead = "Peru opened a museum. Peru's police said looting fell. "
    # A border has two sides: the districts after it are the story's own country's.
    for border in ("on the Bolivian border", "near the Bolivian frontier"):
        text = f"{lead}Raids hit Puno, {border}, and the Tarvella and Orvesh districts of the city."
        assert {("Tarvella", "PE"), ("Orvesh", "PE")} <= placed(text)
    # Without the border, the demonym names the country of what follows.
    assert ("Tarvella", "BO") in placed(
        f"{lead}Raids hit Puno, and Bolivian police searched the Tarvella district of the city."
    )


def test_a_demonym_in_a_compound_is_no_country_of_the_sentence() -> None:
    text = (
        "Togo agreed with a Moroccan-led consortium to build a fertiliser plant at Kovemé, on"
        " the coast east of Lomé."
    )
    found = find_localities(text, default_gazetteer().find(text))
    (town,) = [m for m in found if m.surface == "Kovemé"]
    assert town.known.country == "TG"


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("The airport on Kiritimati, the largest atoll on earth, grew.", "Kiritimati", False),
        ("They sang in Bhojpuri, the language of the first labourers.", "Bhojpuri", False),
        ("Police raided a house in Durán, a city across the river from Guayaquil.", "Durán", True),
    ],
)  # fmt: skip
def test_an_appositive_that_calls_a_name_a_feature_or_language_makes_it_no_place(
    text: str, name: str, *, kept: bool
) -> None:
    assert (name in places(text)) is kept


def test_a_region_of_a_country_is_a_place_and_a_part_of_the_world_none() -> None:
    assert "Northern Tarvel" in places("Foro lies in the Northern Tarvel region of Kenya.")
    assert "West Tarvel" in places("The governor of the West Tarvel Region in Gambia spoke.")
    for name in ("Sahel", "Asia-Pacific", "Gulf"):
        assert not places(f"Kenya said trade in the {name} region grew.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Barbados's champion beat Jo Roe, from Velmara, Hawaii, in Bridgetown.", "US"),
        ("Barbados police said a man from Velmara, Kenya, was held in Bridgetown.", "KE"),
        # A demonym after the comma sets nothing: the article's own country.
        ("Barbados police said a man from Velmara, Kenyan officials said, was held.", "BB"),
    ],
)
def test_a_place_nobody_listed_lies_in_the_country_of_the_place_set_off_after_it(
    text: str, country: str
) -> None:
    (velmara,) = [p for p in default_tagger().tag(None, text).places if p.name == "Velmara"]
    assert velmara.country == country


def test_a_common_word_before_a_division_noun_after_a_sentences_in_is_a_place() -> None:
    text = "Floods spread across South Sudan.\n\nIn Harmony state, people live on dykes."
    assert ("Harmony", "SS") in {
        (p.name, p.country) for p in default_tagger().tag(None, text).places
    }
    # Not without the preposition: "Harmony state officials" may be anything's.
    text = "Floods spread across South Sudan. Harmony state officials met."
    assert "Harmony" not in {p.name for p in default_tagger().tag(None, text).places}


@pytest.mark.parametrize(
    "text",
    [
        # Orvano and Tessik are in no gazetteer; the investor's demonym says nothing of them.
        "Ghana's cocoa harvest fell. A Brazilian investor built a mill, but farmers in villages "
        "such as Orvano and Tessik still dry beans in the sun near Kumasi, Ghana.",
        # Nor does the country whence people come.
        "Ghana's cocoa harvest fell near Kumasi, Ghana. Many workers come from Togo and live in "
        "villages such as Orvano and Tessik.",
    ],
)
def test_the_names_after_villages_such_as_are_villages_of_the_story(text: str) -> None:
    found = {(p.name, p.country) for p in default_tagger().tag(None, text).places}
    assert {("Orvano", "GH"), ("Tessik", "GH")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Silver is still worked in Algeria's hills, in its villages, among them Tarvel Ousmane, "
        "Aït Orvena and Aït Kessi.",
        "Silver is still worked in Algeria's hills, in several villages, including Tarvel "
        "Ousmane, Aït Orvena and Aït Kessi.",
    ],
)
def test_the_names_a_comma_sets_after_villages_are_villages_of_the_story(text: str) -> None:
    found = {(p.name, p.country) for p in default_tagger().tag(None, text).places}
    assert {("Tarvel Ousmane", "DZ"), ("Aït Orvena", "DZ"), ("Aït Kessi", "DZ")} <= found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Peoples after "communities", clubs after any noun but places'.
        ("In Algeria several communities, including Orvelans, protested.", "Orvelans"),
        ("In Algeria its clubs, among them Tarvo Sport and Orvel, protested.", "Orvel"),
    ],
)
def test_names_set_after_other_nouns_are_no_places(text: str, name: str) -> None:
    assert name not in {p.name for p in default_tagger().tag(None, text).places}


def test_a_name_set_in_its_province_after_a_preposition_is_a_place() -> None:
    text = (
        "Algeria held a festival. Visitors climbed the road to Beni Tassin, in the province of "
        "Tizi Ouzou, for it."
    )
    assert ("Beni Tassin", "DZ") in {
        (p.name, p.country) for p in default_tagger().tag(None, text).places
    }
    # A person or a firm set there is none.
    for text in (
        "Algeria held a festival. Karim Tassin, in the province of Tizi Ouzou, said so.",
        "Algeria held a festival. Tarvo Mining, in the province of Tizi Ouzou, hired 40 people.",
    ):
        assert {p.name for p in default_tagger().tag(None, text).places} == {"Tizi Ouzou"}


def test_a_name_after_a_word_of_naming_and_in_is_a_language() -> None:
    text = "Algeria held a festival. Ath Orvel, as the town is called in Tassawit, sells silver."
    assert "Tassawit" not in {p.name for p in default_tagger().tag(None, text).places}
    text = "Algeria held a festival. A meeting was held in Tassawit on Monday."
    assert "Tassawit" in {p.name for p in default_tagger().tag(None, text).places}


def test_a_region_named_like_a_river_that_flows_is_the_river() -> None:
    # Blue Nile is a state of Sudan too.
    text = "Ethiopia's lake is choked. The Blue Nile leaves the lake at Tarvo and flows into Sudan."
    assert "Blue Nile" not in {p.name for p in default_tagger().tag(None, text).places}
    # A region before a river's verb of another subject stays one.
    text = "Ethiopia's lake is choked. The Amhara region is dry and water flows into the lake."
    assert "Amhara" in {p.name for p in default_tagger().tag(None, text).places}


def test_a_lines_stations_named_like_towns_are_no_places() -> None:
    # Toledo is a city abroad; Municipio is a square. Both name a metro's stations here.
    text = "Velrano is a city in Italy. The firm built the stations at Toledo and Municipio."
    found = {p.name for p in default_tagger().tag(None, text).places}
    assert not {"Toledo", "Municipio"} & found
    # A town named in its own right stays one.
    text = "Velrano is a city in Italy. The firm also works in Salerno and Toledo."
    assert "Salerno" in {p.name for p in default_tagger().tag(None, text).places}


def test_a_compass_word_before_a_region_names_another_region() -> None:
    # Tyrol is listed as a region of Austria; South Tyrol, listed too, lies in Italy.
    text = "Farmers from South Tyrol met in Vienna, Austria."
    places = default_tagger().tag(None, text).places
    assert {(p.name, p.country) for p in places} == {("South Tyrol", "IT"), ("Vienna", "AT")}


def test_a_name_said_with_languages_after_in_is_a_language() -> None:
    said = "Kenya. The coach in Eldoret said he told them in Italian and in Lumasaba: no needles."
    listed = "Kenya. Leaflets in English, Amharic and Lumasaba were handed out in Eldoret."
    assert places(said) == places(listed) == {"Eldoret"}


def test_a_continent_set_by_a_city_in_it_is_no_place() -> None:
    text = "Kenya. Samples went to Doha: the nearest laboratory in Africa, in Durban, was busy."
    assert {p.name for p in default_tagger().tag(None, text).places} == {"Durban", "Doha"}


def test_a_town_in_the_plural_before_a_peoples_noun_names_a_people_wherever_it_stands() -> None:
    # Ami is a Japanese town; "Amis" here the people, as is Tarvo.
    text = (
        "Taiwan. Dancers from Amis and Tarvo clans sang at the harvest feast in Taitung; "
        "three Amis villages voted. Her father is Amis."
    )
    assert {p.name for p in default_tagger().tag(None, text).places} == {"Taitung"}


def test_a_town_starting_a_ports_own_name_after_the_port_of_is_no_place() -> None:
    text = "Morocco. Cars leave for the port of Tarvik Med and the port of Agadir, Morocco."
    assert {p.name for p in default_tagger().tag(None, text).places} == {"Agadir"}


def test_a_compass_quarter_of_a_town_named_alone_is_a_place_of_its_own() -> None:
    text = (
        "Floods hit Toowoomba in Queensland. Residents of South Toowoomba left by boat, "
        "and schools in Toowoomba stay shut."
    )
    places = {(p.name, p.country) for p in default_tagger().tag(None, text).places}
    assert ("South Toowoomba", "AU") in places
    assert ("Toowoomba", "AU") in places


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("Operators at the Banlung office read scripts in Velnari and Thai all night.", "Velnari"),
        (
            "The Orvesh built the largest state in Mesoamerica, a guide in Pátzcuaro said.",
            "Mesoamerica",
        ),
    ],
)
def test_a_language_listed_with_a_known_one_or_a_continents_region_is_no_town(
    text: str, not_a_place: str
) -> None:
    assert not_a_place not in {p.name for p in default_tagger().tag(None, text).places}


def test_a_place_nobody_listed_keeps_the_country_the_text_gave_it_where_named_again() -> None:
    text = (
        "Scientists in Iqaluit compared the ice with buoys off Orvik, Alaska, and near Tiksi "
        "in Russia. The ice off Orvik is thinning. An institute in St Petersburg, which runs "
        "the buoys off Orvik and Tiksi, will share data."
    )
    places = {(p.name, p.country) for p in default_tagger().tag(None, text).places}
    assert ("Orvik", "US") in places
    assert ("Orvik", "RU") not in places


def test_products_named_like_towns_are_no_places() -> None:
    text = "Tarvo Motors in Mexico builds the Puebla and Oaxaca models for export."
    assert not {"Puebla", "Oaxaca"} & places(text)


def test_a_places_short_form_before_its_full_name_is_that_place() -> None:
    tags = default_tagger().tag("Tarvo wins Rio carnival", "Tarvo won the Rio de Janeiro carnival.")
    assert [(p.name, p.country) for p in tags.places] == [("Rio de Janeiro", "BR")]


def test_a_place_the_text_calls_an_island_is_no_place_wherever_named() -> None:
    text = "Fishermen in India left Pamban. Officials on Pamban, a low island off the coast, spoke."
    assert not places(text)
    assert places("Ferries from India reached Pamban, the island's main town.")
    # Another word that ends in the name says nothing of it.
    assert places("Fishermen in India left Pamban. Ferries reached Ko-Pamban, a low island, too.")


def test_a_place_after_a_division_noun_and_a_particle_is_the_place() -> None:
    assert "Tuiuti" in places("In Brazil, rain fell on the Municipio de Tuiuti on Monday.")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("In Peru, sellers in Envigado, a crowded district near the river, left.", "PE"),
        # The text names the city it lies in: the namesake abroad.
        ("In Peru, sellers in Envigado, a district of Medellín, left.", "CO"),
    ],
)
def test_a_city_quarter_in_apposition_is_the_storys_own(text: str, country: str) -> None:
    tags = default_tagger().tag("Floods in Peru", text)
    assert ("Envigado", country) in [(p.name, p.country) for p in tags.places]


@pytest.mark.parametrize(
    "text",
    [
        "A nurse from Interpol, a barangay of 9,000 people, said she had walked.",
        "A nurse from Unesco, a village in the hills, said she had walked.",
    ],
)
def test_a_place_set_off_as_one_is_no_body_of_its_name(text: str) -> None:
    found = find_localities(text, default_gazetteer().find(text))
    assert [m.known.type for m in found] == [EntityType.LOCATION]


def _tagged_places(text: str) -> set[tuple[str, str]]:
    return {(p.name, p.country) for p in default_tagger().tag("Storm hits Belize", text).places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name that ends as settlements' names do, after a preposition of place, and a list.
        (
            "In Belize, families in Tarvel Bay said they lost crops.",
            {("Tarvel Bay", "BZ")},
        ),
        (
            "In Belize, boats were smashed at Orvin Heights, Tarvel Bay and Velno Harbour.",
            {("Orvin Heights", "BZ"), ("Tarvel Bay", "BZ"), ("Velno Harbour", "BZ")},
        ),
        # A known place's bay is the sea, and a name goes on: "Tarvel Hill Road".
        ("In Belize, ships anchored in Manila Bay on Monday.", set()),
        ("In Belize, a car crashed in Tarvel Hill Road on Monday.", set()),
    ],
)
def test_settlements_named_by_their_last_word(text: str, expected: set[tuple[str, str]]) -> None:
    assert _tagged_places(text) - {("Belize", "BZ")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Other languages' words for a village or a quarter, before "of" or after the names.
        (
            "In Belize, voters in the mountain barangays of Tarvela and Orvina walked down.",
            {("Tarvela", "BZ"), ("Orvina", "BZ")},
        ),
        ("In Belize, voters in the Tarvela barangay walked down.", {("Tarvela", "BZ")}),
        (
            "In Belize, marmots from the Tarvela and Orvina soums were tested.",
            {("Tarvela", "BZ"), ("Orvina", "BZ")},
        ),
        ("In Belize, families in the favelas of Tarvela left.", {("Tarvela", "BZ")}),
    ],
)
def test_villages_and_quarters_named_by_other_languages_words(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert _tagged_places(text) - {("Belize", "BZ")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A village set off by where it lies by another place.
        (
            "In Belize, a woman stayed at home in Tarvo Velas, a settlement next to the river.",
            {("Tarvo Velas", "BZ")},
        ),
        (
            "In Belize, a road ran through La Grande Tarvela, a hamlet halfway along the coast.",
            {("La Grande Tarvela", "BZ")},
        ),
        # Not a person set off by a job: "a community leader".
        ("In Belize, Jane Orvel, a community leader, spoke on Monday.", set()),
    ],
)
def test_a_village_set_off_by_where_it_lies(text: str, expected: set[tuple[str, str]]) -> None:
    assert _tagged_places(text) - {("Belize", "BZ")} == expected


def test_a_country_before_a_quarter_of_a_city_is_not_set_off_by_it() -> None:
    # "Orvel, the Tarvo quarter of Velno": the quarter's name after "the", not a city the
    # country's name would be a part of.
    text = "In France, the Saint-Barthélemy quarter of Marseille was calm."
    tags = default_tagger().tag(None, text)
    assert "France" not in {p.name for p in tags.places}
    assert "FR" in tags.countries


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        # A quarter named like an overseas country, or like a person.
        ("A shot was fired in the Saint-Barthélemy neighbourhood of Marseille on Monday.",
         "Saint-Barthélemy"),
        ("Flats burned in the Tarvo Velni quarter of Marseille on Monday.", "Tarvo Velni"),
    ],
)  # fmt: skip
def test_a_name_before_a_quarter_of_a_city_is_that_quarter_in_the_citys_country(
    text: str, quarter: str
) -> None:
    tags = default_tagger().tag(None, text)
    assert {(p.name, p.country) for p in tags.places} == {("Marseille", "FR"), (quarter, "FR")}
    assert tags.countries == ["FR"]
