"""Organisations nobody listed, from the shape of the text (core/organisations.py).

The organisations, companies and towns here are invented, except listed ones the gazetteer knows.
"""

from __future__ import annotations

import pytest

from newsstream.core import organisations as organisations_module
from newsstream.core.gazetteer import Known, Mention, default_gazetteer
from newsstream.core.models import EntityType
from newsstream.core.organisations import find_organisations


def organisations(text: str) -> dict[str, str]:
    """Surface → canonical name of every organisation mention, checked against the text."""
    found = find_organisations(text, default_gazetteer().find(text))
    for mention in found:
        assert text[mention.start : mention.end] == mention.surface
    return {m.surface: m.known.name for m in found if m.known.type is EntityType.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A head noun anywhere in the name, an "of" complement after it.
        ("The strike was called by the General Confederation of Labour on Monday.",
         "General Confederation of Labour"),
        ("Officers of the Royal Kestrel Mounted Police arrived.", "Royal Kestrel Mounted Police"),
        ("The Ministry of Agrarian Reform said the harvest fell.", "Ministry of Agrarian Reform"),
        # A possessive inside a name is part of it unless it names a known owner.
        ("Its swap with the People's Bank of Freedonia runs out.", "People's Bank of Freedonia"),
        ("the Dorvale State Attorney General's Office said.",
         "Dorvale State Attorney General's Office"),
        # A company's last word after a word that is not a common one; its legal form stays, as
        # printed.
        ("Shares of Quillmarsh Minerals fell 4%.", "Quillmarsh Minerals"),
        ("Orvanta Ferries Ltd cancelled sailings.", "Orvanta Ferries Ltd"),
        ("Shares in Quillmarsh Cement fell.", "Quillmarsh Cement"),
        ("Tarvik Havbruk AS reported losses.", "Tarvik Havbruk AS"),
        # A bloc's name after its role; who belong to a body are no part of its name.
        ("The ruling Forward Tarvo bloc won 40 seats.", "Forward Tarvo"),
        ("Supporters of Vanguard Tarvo, the opposition party, marched.", "Vanguard Tarvo"),
        # Descriptors before and appositives after.
        ("The fire forced mining company Tavrelo to halt work.", "Tavrelo"),
        ("The seismology institute QUORVAN said the eruption grew.", "QUORVAN"),
        ("It buys gas through the state trader Velnocom on Orvish markets.", "Velnocom"),
        ("Forecasters at the weather service, Météo Varnesia, said so.", "Météo Varnesia"),
        ("The Greater Tavrel Municipality said it would open hotlines.",
         "Greater Tavrel Municipality"),
        # A port named by its town speaks: the body running it.
        ("The Port of Bergen, owned by Velno Holdings, said it would hire.", "Port of Bergen"),
        # A body named in lower case after its descriptor, speaking.
        ("The transport union tarvik said shifts were too long.", "tarvik"),
        # A body named in its own language, then described as a body.
        ("Most are exempt, says the Tarvoservice, the body in Velno that collects the fee.",
         "Tarvoservice"),
        # An acronym that ends a company's name, in capitals.
        ("The plant is run by Tanzania LNG, whose owners are banks.", "Tanzania LNG"),
        # A country of common words before a company's last word.
        ("Shares in Ivory Coast Minerals fell.", "Ivory Coast Minerals"),
        # A system that speaks is a body.
        ("Schools stay shut, the Quorin School System said.", "Quorin School System"),
        # One word before "Municipality" after "the": the town's government.
        ("The mayor will lobby the Tarvel Municipality for a freeze.", "Tarvel Municipality"),
        ("Greek shipping company Orlen Bulk Carriers said it would sail.", "Orlen Bulk Carriers"),
        ("Cáritas Morvania, the Catholic aid organisation, said demand rose.", "Cáritas Morvania"),
        ("Sabuesos Norteños, a collective founded by mothers, said it would search.",
         "Sabuesos Norteños"),
        ("Marchers walked to the Tavrelstag, the parliament, on Monday.", "Tavrelstag"),
        # Names listed after a plural descriptor, an acronym between.
        ("It is owned by the utilities Orvel Voima (OVO) and Tarvum.", "Orvel Voima"),
        ("It is owned by the utilities Orvel Voima (OVO) and Tarvum.", "Tarvum"),
        ("Loans came from the banks Velnobank, Quellfin and Morbank.", "Quellfin"),
        # Where experts work, in a sentence or starting a paragraph.
        ("Prices rose, analysts at Velnobank said.", "Velnobank"),
        ("Prices rose.\n\nEconomists at Quellan Capital said so.", "Quellan Capital"),
        ("his faction, known as La Brava, fought the army.", "La Brava"),
        ("the largest faction of the Kelo militia signed.", "Kelo"),
        # Names of two words before a group noun, and two such names before its plural.
        ("members of the Las Garzas gang were held.", "Las Garzas"),
        ("members of the Las Garzas and Los Tordos gangs were held.", "Los Tordos"),
        # A word between "the" and the name, a number ending it; a union is such a group.
        ("members of the rival Orvo 18 gang were held.", "Orvo 18"),
        ("members of the banned Kelvask group were held.", "Kelvask"),
        ("the strike was called by the Tarvel union.", "Tarvel"),
        # A purpose after a head noun: a capitalised verb and its object.
        ("The Tarvel Foundation to Fight Hunger said so.", "Tarvel Foundation to Fight Hunger"),
        ("The Orvel Fund to Fight Malaria, Cholera and Measles said so.",
         "Orvel Fund to Fight Malaria, Cholera and Measles"),
        # A mission's country is part of its name.
        ("The Tarvel Monitoring Mission in Ukraine said so.",
         "Tarvel Monitoring Mission in Ukraine"),
        # A party after "ruling" or "opposition", whatever its words.
        ("the ruling Bright Morning party won.", "Bright Morning"),
        # A name and a country that speak: an airline or a national company.
        ("Kestrava Indonesia said it had rerouted flights.", "Kestrava Indonesia"),
        # Or fields joined by "and" before a country's name, which warns or speaks.
        ("Rain fell, but Fisheries and Oceans Canada warned of floods.",
         "Fisheries and Oceans Canada"),
        # An abstract noun may start it, and then ", which" is speech enough.
        ("Lanes closed. Transparency Kenya, which sent observers, said so.", "Transparency Kenya"),
        # Descriptors in apposition with an owner; a church, a railway, a First Nation.
        ("Officers were injured, according to the Defensoría del Pueblo, Peru's ombudsman.",
         "Defensoría del Pueblo"),
        ("A spokeswoman for Varnik Outdoor, a Swedish brand, said so.", "Varnik Outdoor"),
        ("Aid will go through the Catholic Church and other groups.", "Catholic Church"),
        ("Morvale National Railway said trains would not run.", "Morvale National Railway"),
        ("The Tarvosk First Nation said 80 members had left.", "Tarvosk First Nation"),
        ("Shares in grocery chain Orvel & Vane fell.", "Orvel & Vane"),
        # Where it is based comes before the name and is no part of it.
        ("said Jane Doe of the Morvale-based Tenant Workers Solidarity Network.",
         "Tenant Workers Solidarity Network"),
        ("Chocolate makers including Switzerland-based Orvel Callant said so.", "Orvel Callant"),
        # A country's long name before a head noun is part of the name.
        ("Two ships of the Republic of Kenya Coast Guard left.", "Republic of Kenya Coast Guard"),
        # A second complement after "and", one or two words ending in a common noun.
        ("The Tolvan Chamber of Timber and Cork Exporters said prices fell.",
         "Tolvan Chamber of Timber and Cork Exporters"),
        ("The Ministry of Roads and Water said so.", "Ministry of Roads and Water"),
        # "Protection" as a head; a newspaper after "the daily".
        ("Firefighters from the Civil Protection put out the fire.", "Civil Protection"),
        ("It was reported by the daily Le Courrier Varnois on Friday.", "Le Courrier Varnois"),
        # A company's last word before its possessive; a commodity as that word.
        ("A strike at Tavrel Sands Uranium's mine entered its second week.",
         "Tavrel Sands Uranium"),
        ("Shares of Quillmarsh Minerals' parent fell.", "Quillmarsh Minerals"),
        # Romance heads that start a name take the words after them.
        ("At Frigorífico Orvano, managers cut a shift.", "Frigorífico Orvano"),
        ("Shares in Grupo Tavrel rose.", "Grupo Tavrel"),
        # "Acting" before a title starts no name; the title's head is no organisation.
        ("Acting Police Commissioner Jane Doe said so. The Orvel Police Service agreed.",
         "Orvel Police Service"),
        # A territory's government and police, its name before or after the head.
        ("The Government of Montserrat said so.", "Government of Montserrat"),
        ("The Morvale Islands Government said so.", "Morvale Islands Government"),
        ("Officers of the Isle of Man Constabulary came.", "Isle of Man Constabulary"),
        ("The States of Jersey Police said so.", "States of Jersey Police"),
        ("Marchers walked to the Orvelu, the territory's legislature, on Monday.", "Orvelu"),
        ("Licences went to Tarvo Nodule Cobalt and others.", "Tarvo Nodule Cobalt"),
        # Companies and museums known by their names alone are listed, broadly by kind.
        ("She won the race on a Ducati ahead of two riders.", "Ducati"),
        ("Passengers booked on Fiji Airways were rerouted.", "Fiji Airways"),
        ("Boxes were shipped by CMA CGM to the port.", "CMA CGM"),
        ("The painting went back to the Rijksmuseum in May.", "Rijksmuseum"),
        # A second trade joined to a company's by "and" is in its name.
        ("Workers at Tarvo Mining and Smelting walked out.", "Tarvo Mining and Smelting"),
        ("The deal went to Velno Engineering and Construction.",
         "Velno Engineering and Construction"),
        # A city ends a college's name, or follows a school's fields after "in".
        ("She studied at Tarvel College London for a year.", "Tarvel College London"),
        ("She lectured at the Academy of Stage Arts in Warsaw for a decade.",
         "Academy of Stage Arts in Warsaw"),
        # Clubs, parties and aid groups known by their names alone are listed, broadly by kind.
        ("Tarvo Juniors lost to Boca Juniors at home.", "Boca Juniors"),
        ("The Kuomintang chose a new leader.", "Kuomintang"),
        ("Aid came from World Vision and others.", "World Vision"),
        # A utility named by its country or town; a sports club by "Juniors".
        ("Velno Water said the outage would end soon.", "Velno Water"),
        ("Velno Water said supplies were restored.", "Velno Water"),
        ("Fans of Tarvo Juniors sang all night.", "Tarvo Juniors"),
        # A national Red Cross society first in a paragraph, after "The" and a line break.
        ("Floods.\n\nThe Kiribati Red Cross sent volunteers.", "Kiribati Red Cross"),
        # An appositive's body noun before "among", "registered"; a shipbuilder, a board.
        ("Velkrail, the second-largest union among dock staff, said it would strike.",
         "Velkrail"),
        ("The money went to Tarvo Works, a company registered in Velno.", "Tarvo Works"),
        ("Orvalin, the shipbuilder that employs 300 people, said so.", "Orvalin"),
        ("Visit Tarvo, the local tourism board, said ferries would stop.", "Visit Tarvo"),
        # Schools by another name.
        ("Residents were moved, and the Tarvo State Polytechnic shut.", "Tarvo State Polytechnic"),
        ("She studied at the Velno Conservatoire for a year.", "Velno Conservatoire"),
        # Fields joined by "and" after "the" start the name before its head.
        ("The coins went to the Tarvo Art and History Museum.", "Tarvo Art and History Museum"),
    ],
)  # fmt: skip
def test_a_name_the_text_shapes_is_an_organisation(text: str, name: str) -> None:
    assert name in organisations(text).values()


def test_a_surname_that_is_a_utilitys_word_stays_a_person() -> None:
    text = "The envoy Lina Power said the talks would resume in March."
    assert "Lina Power" not in organisations(text).values()


def test_a_post_nominal_leaves_the_person_no_company() -> None:
    text = "Her lawyer, Tarvin Orvelo SC, said so. Orvelo argued she had been misled."
    found = find_organisations(text, default_gazetteer().find(text))
    assert [(m.surface, m.known.type) for m in found if m.start < 40] == [
        ("Tarvin Orvelo", EntityType.PERSON)
    ]


def test_an_acronym_spelled_out_names_the_organisation_everywhere() -> None:
    text = (
        "The Kestrel Solidarity for Open Democracy (KSOD) filed a complaint. "
        "A KSOD lawyer said the KSOD would appeal."
    )
    found = organisations(text)
    assert found["KSOD"] == "Kestrel Solidarity for Open Democracy"
    assert found["Kestrel Solidarity for Open Democracy"] == found["KSOD"]


def test_a_name_spelled_out_before_its_acronym_starts_after_a_sentences_stop() -> None:
    # The last word of the sentence before gives the acronym's first letter, not the name's.
    text = "Kits came from Suva. The Velno Community (SVC), whose office confirmed it, said so."
    assert organisations(text)["SVC"] == "Velno Community"
    # An abbreviation's stop is no sentence's: "St. Kestrel Fund (SKF)".
    assert organisations("The St. Kestrel Fund (SKF) paid.")["SKF"] == "St. Kestrel Fund"


def test_a_possessive_after_the_article_is_a_word_of_the_name() -> None:
    found = organisations(
        "The People's Court of Tarvo jailed him, the city's People's Procuracy said."
    )
    assert "People's Court of Tarvo" in found
    assert "People's Procuracy" in found
    # After "of", the possessive is an owner's, a body of its own.
    assert "Velno Institute" in organisations("The University of Tarvo's Velno Institute said so.")


def test_members_of_a_name_say_it_is_a_body_unless_it_owns_or_is_a_place() -> None:
    assert "Orvaland" in organisations("Three members of Orvaland were detained on Monday.")
    assert "Orvaland" in organisations("Members of Orvaland marched on Monday.")
    # A possessive owns what has the members; an appositive says the name is a village's.
    assert organisations("Two members of Jane Doe's family were detained.") == {}
    assert organisations("Members of Tarvo, a village near the coast, were hurt.") == {}


def test_players_or_fans_of_a_name_say_it_is_a_body_and_no_part_of_it() -> None:
    assert organisations("Players of JS Tarvo visited the stalls.") == {"JS Tarvo": "JS Tarvo"}
    assert "Tarvo Rovers" in organisations("Fans of Tarvo Rovers crowd the trains.")
    assert organisations("Fans of Jane Doe queued for hours.") == {}
    assert organisations("Players of the Tarvo region visited.") == {}


def test_an_appositive_with_a_bodys_noun_before_whose_introduces_the_body() -> None:
    text = "Velmora, a left-wing alliance whose members include farmers, said so."
    assert "Velmora" in organisations(text)
    # A trade's noun before "whose" is a person's.
    assert organisations("Police said Velno Tarsi, a builder whose house burned, was hurt.") == {}


def test_a_short_name_cut_from_the_words_names_the_organisation_everywhere() -> None:
    text = (
        "Quillmarsh Electricity Services (Quilec) said 900 homes had no power. "
        "Kestrel Aluminium (Kesal) signed a deal. Quilec's engineers were out all night."
    )
    found = organisations(text)
    assert found["Quilec"] == "Quillmarsh Electricity Services"
    assert found["Kesal"] == "Kestrel Aluminium"
    mentions = find_organisations(text, default_gazetteer().find(text))
    assert [m.start for m in mentions if m.surface == "Quilec"] == [
        text.index("Quilec"),
        text.rindex("Quilec"),
    ]
    # Letters from one word only, or not from the first word's initial: no short name.
    assert "Ordell" not in organisations("Dancers came from Ordell Village (Ordell) by bus.")
    assert "Kestrel Bay" not in organisations("Boats left Kestrel Bay (Tarvo) at dawn.")


def test_an_acronym_defined_in_the_text_wins_over_a_listed_one() -> None:
    # "PIF" is listed for a Saudi fund; here the text says what it stands for.
    text = "Leaders of the Pacific Islands Forum (PIF) met. PIF leaders agreed a plan."
    assert organisations(text)["PIF"] == "Pacific Islands Forum"


def test_an_acronym_after_a_head_noun_name_needs_no_matching_initials() -> None:
    text = "A strike by the General Confederation of Labour (CGT) shut ports. The CGT said so."
    assert organisations(text)["CGT"] == "General Confederation of Labour"


def test_a_listed_organisations_national_branch_is_its_own_and_shortened_forms_follow() -> None:
    text = "The Canadian Red Cross registered evacuees. The Red Cross said more would come."
    found = organisations(text)
    assert found["Canadian Red Cross"] == "Canadian Red Cross"
    assert found["Red Cross"] == "Canadian Red Cross"


def test_an_owner_before_a_possessive_is_no_part_of_the_name() -> None:
    found = organisations("Russia's Defence Ministry said drones were shot down.")
    assert "Defence Ministry" in found.values()
    assert not any("Russia" in name for name in found.values())


def test_an_acronym_known_as_names_the_organisation_before_it() -> None:
    text = (
        "Peru's State Committee for Border Security, known by its initials GKBS, said so. "
        "The GKBS added more."
    )
    assert organisations(text)["GKBS"] == "State Committee for Border Security"


def test_an_acronym_known_as_after_the_head_noun_names_the_organisation_named_before() -> None:
    text = (
        "The Harbour Works Authority wants more berths. The authority, known by its initials "
        "HWA, says the port must grow. The HWA denied it."
    )
    assert organisations(text)["HWA"] == "Harbour Works Authority"
    # A head noun no organisation before ends with: the acronym is the name.
    text = "The Harbour Works Authority met. The board, known by its initials HWB, said so."
    assert organisations(text)["HWB"] == "HWB"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The U.S. State Department said it was ready.", "State Department"),
        ("Soldiers of the Morvanian Union Force (MUF) used two helicopters.",
         "Morvanian Union Force"),
    ],
)  # fmt: skip
def test_a_guessed_name_goes_without_a_countrys_initials_or_a_sentences_first_word(
    text: str, name: str
) -> None:
    found = organisations(text)
    assert name in found.values()
    assert all(value == name for value in found.values())


def test_a_listed_name_goes_without_a_countrys_initials_which_name_the_country() -> None:
    text = "The US Census Bureau said so. The Census Bureau added more."
    found = find_organisations(text, default_gazetteer().find(text))
    assert {m.surface: m.known.name for m in found} == {
        "US": "United States",
        "Census Bureau": "Census Bureau",
    }
    # A listed name the initials start is trimmed too, beside the country's own mention.
    found = organisations("The US Department of Defense said so.")
    assert found == {"Department of Defense": "Department of Defense"}
    # A company's initials stay, and so do a country's before one word.
    assert organisations("LG Energy Solution said so.") == {
        "LG Energy Solution": "LG Energy Solution"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The group, which represents producers such as Norway's Varko and Tarvel Oil, said so.",
         "Varko"),
        ("The Tarvo Regional Government (TRG) met. The TRG's Ministry of Mines said so.",
         "Ministry of Mines"),
    ],
)  # fmt: skip
def test_an_owners_possessive_before_a_new_name_is_no_part_of_it(text: str, name: str) -> None:
    found = organisations(text)
    assert name in found.values()
    assert not any("'s" in value for value in found.values())


def test_a_possessive_of_no_owner_the_text_names_stays_in_the_name() -> None:
    assert "People's Bank of Freedonia" in organisations("The People's Bank of Freedonia said so.")


def test_a_head_noun_before_and_ends_a_body_of_its_own() -> None:
    found = organisations("The coins went to the Tarvo Council and Velno Museum.")
    assert set(found.values()) == {"Tarvo Council", "Velno Museum"}


def test_a_titles_possessive_before_a_head_noun_names_an_office_not_a_person() -> None:
    text = "Police raided homes. The Tarvo Chief Public Prosecutor's Office said so."
    found = find_organisations(text, default_gazetteer().find(text))
    assert [(m.surface, m.known.type) for m in found] == [
        ("Tarvo Chief Public Prosecutor's Office", EntityType.ORGANIZATION)
    ]
    # A person's possessive stays a person's.
    text = "Chief Jane Velkan's office said so."
    assert [m.known.type for m in default_gazetteer().find(text)] == [EntityType.PERSON]


def test_an_acronym_with_a_plus_names_the_wider_grouping() -> None:
    found = organisations("Output under the OPEC+ agreement held. OPEC said so.")
    assert found["OPEC+"] == "OPEC+"
    assert found["OPEC"] != "OPEC+"


@pytest.mark.parametrize(
    "text",
    [
        "Police said two men were arrested.",  # a head alone
        "Clean Energy is the theme of the summit.",  # common words before a company's last word
        "Violence in the West Bank rose after the Soviet Union collapsed.",  # places with heads
        "Thousands Flee As Army Advances On Border Town\n\nThe army advanced on Monday.",  # heading
        "Thompson, a mining town, was evacuated.",  # an appositive that is no organisation
        "Jane Doe, the parliament's speaker, spoke.",  # whose parliament, not which
        "Jane Velkan, a member of the board, said so.",  # a member, not the board
        "Analysts at Lima-based brokerage said so.",  # where it is based, not its name
        "Doctors at Tavrel Hospital said so.",  # a building
        "Both banks said Jane Doe and John Roe would resign.",  # people after a plural
        "Officials from the Islamist militia fled.",  # a kind of group, not its name
        "Officials from the Shia and Sunni militias met.",  # kinds of groups, not their names
        "Jane Doe (PPP) won the seat.",  # a party after a person is no definition of her name
        "Central Kenya said goodbye to the rains.",  # a common word before a country
        "Neighbouring Kenya, which hosts refugees, shut it.",  # an adjective, then ", which"
        "The Trump Administration said it would appeal.",  # a government, by one name
        "Shares in Tesla Inc rose.",  # a listed company with its legal form
        "The funeral will be held at St Cuthbert's Church.",  # a building
        "Under the Morvale Union treaty, 200 people may move each year.",  # an agreement
    ],
)
def test_no_organisation_from_shapes_that_are_something_else(text: str) -> None:
    new = set(organisations(text)) - {
        m.surface for m in default_gazetteer().find(text) if m.known.type is EntityType.ORGANIZATION
    }
    assert not new


def test_an_acronym_from_another_language_names_the_english_name_after_the() -> None:
    found = organisations(
        "The National Coordinator for Storm Relief (CORVAL) opened shelters. CORVAL said so."
    )
    assert found["CORVAL"] == "National Coordinator for Storm Relief"


def test_an_acronym_known_only_by_itself_is_the_name() -> None:
    found = organisations("The office, known by its French acronym BVRNC, said 12 were missing.")
    assert found["BVRNC"] == "BVRNC"


def test_a_demonym_before_a_ministry_says_whose_it_is() -> None:
    found = organisations("The Chilean Ministry of Orchards and Rain warned farmers.")
    assert "Ministry of Orchards and Rain" in found.values()
    assert not any(name.startswith("Chilean") for name in found.values())


def test_an_acronym_with_diacritics_names_the_english_name_after_the() -> None:
    found = organisations("The Forest Guard Service (ŠLS) counted 40 wolves. ŠLS said so.")
    assert found["ŠLS"] == "Forest Guard Service"


def test_a_second_complement_after_and_is_no_other_name() -> None:
    found = organisations("The Chamber of Timber and Varlotex agreed.")
    assert "Chamber of Timber" in found.values()


def test_acting_before_a_title_is_no_organisation() -> None:
    found = organisations("Acting Police Commissioner Jane Doe said two men drowned.")
    assert not any(name.startswith("Acting") for name in found.values())


def test_a_national_red_crescent_society_is_a_branch() -> None:
    found = organisations(
        "Volunteers from the Tunisian Red Crescent helped. The Red Crescent said so."
    )
    assert found["Tunisian Red Crescent"] == "Tunisian Red Crescent"
    assert found["Red Crescent"] == "Tunisian Red Crescent"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Ministry of Fisheries, Tourism and Heritage said the reef was closed.",
         "Ministry of Fisheries, Tourism and Heritage"),
        ("A grant from the Department of Energy, Water and Sanitation paid for it.",
         "Department of Energy, Water and Sanitation"),
    ],
)  # fmt: skip
def test_a_list_of_fields_continues_a_name(text: str, name: str) -> None:
    assert name in organisations(text).values()


def test_a_list_of_other_names_does_not_continue_one() -> None:
    found = organisations("The Ministry of Health, Oxfam and Save the Children sent aid.")
    assert "Ministry of Health" in found.values()
    assert not any("Oxfam" in name and "Ministry" in name for name in found.values())


def test_an_appositive_with_who_describes_a_person() -> None:
    text = '"We stayed," said Marisol Ekwueme, a trader who lost her stall in the fire.'
    assert "Marisol Ekwueme" not in organisations(text)


def test_a_company_set_off_as_one_wins_over_a_guessed_person() -> None:
    text = (
        "The boxes came from a farm owned by Palmeras del Norte Trading, the company that "
        "shipped them. Palmeras del Norte Trading said it would help the police."
    )
    found = organisations(text)
    assert found["Palmeras del Norte Trading"] == "Palmeras del Norte Trading"
    people = [
        m.surface
        for m in find_organisations(text, default_gazetteer().find(text))
        if m.known.type is EntityType.PERSON
    ]
    assert people == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Who leads or backs it is no part of the name.
        ("Armenia left the Russian-led Eastern Defence Pact Organization in 2024.",
         "Eastern Defence Pact Organization"),
        # A community of states, spelled out.
        ("Three states left the Economic Community of Southern Savanna States.",
         "Economic Community of Southern Savanna States"),
        # A brewer, and French names joined by "au".
        ("The race is sponsored by the brewer Brasseries du Tarvel, which is named after a river.",
         "Brasseries du Tarvel"),
        ("A spokeswoman for the residents' group Collectif Non au Barrage said it would appeal.",
         "Collectif Non au Barrage"),
        # The country's initials before a department are whose it is.
        ("The US Department of Canals said it would decide next year.", "Department of Canals"),
        # A union set off by what it is, born of something.
        ("The strike was called by Ravnost, the union born in the dock strikes of 1980.",
         "Ravnost"),
        # An acronym set off after where a mission works.
        ("The UN peacekeeping mission in Tarvelia, MINUTAR, left in 2023.", "MINUTAR"),
        # An organiser or a contractor set off, the name first in its paragraph or after.
        ("A rider fell.\n\nOrvapublic, the race organiser, said times would be kept.",
         "Orvapublic"),
        ("The subcontractor, Tarvel Steelworks, said it had paid.", "Tarvel Steelworks"),
        # "Division" heads a name only before "of".
        ("The boat was seized, the Division of Marine Law Enforcement said.",
         "Division of Marine Law Enforcement"),
    ],
)  # fmt: skip
def test_organisations_introduced_by_their_shape(text: str, name: str) -> None:
    assert name in organisations(text).values()


def test_a_division_without_of_is_no_organisation() -> None:
    assert organisations("Tarvel won the Premier Division title; Division One clubs agreed.") == {}


def test_a_machine_with_an_acronym_is_no_organisation() -> None:
    found = organisations("The Great Quellan Collider (GQC) will cost 15 billion francs.")
    assert found == {}


def test_a_person_said_to_have_a_trade_stays_a_person() -> None:
    text = '"We pray," said Marta Quellinga, a market trader in Tarvel whose son was ill.'
    assert organisations(text) == {}
    assert organisations("Shares rose at Quellinga Holdings, a commodity trader in Tarvel.") == {
        "Quellinga Holdings": "Quellinga Holdings"
    }


def test_an_acronym_not_set_off_after_the_mission_is_no_organisation() -> None:
    assert organisations("The mission ended in Tarvelia on Monday, and MINUTAR staff left.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One of a kind the plural after it names; not a town among towns.
        ("Workers at Tarvolex and other companies stayed home.", {"Tarvolex": "Tarvolex"}),
        ("Shops in Tarvolex and other towns stayed shut.", {}),
        # Italian "of the" inside a name a descriptor introduces.
        ("The state railway Strade dello Vento Unite cut fares.",
         {"Strade dello Vento Unite": "Strade dello Vento Unite"}),
        # A military command is an organisation; a building named after its tenant is none.
        ("The Tarvian Northern Command said the border was calm.",
         {"Tarvian Northern Command": "Tarvian Northern Command"}),
        ("Crowds gathered outside Assembly House in the capital.", {}),
        # A company's first words alone name it again; a university's do not.
        ("The port is built by Velmar Ridge Developments, a company based in Tolo. A spokesman "
         "for Velmar Ridge said work went on.",
         {"Velmar Ridge Developments": "Velmar Ridge Developments",
          "Velmar Ridge": "Velmar Ridge Developments"}),
    ],
)  # fmt: skip
def test_others_of_a_kind_italian_names_commands_buildings_and_short_forms(
    text: str, expected: dict[str, str]
) -> None:
    assert organisations(text) == expected


def test_a_person_a_university_is_named_after_stays_a_person() -> None:
    text = (
        "Jean Mba, a political scientist at Tavi Ndoro University, agreed. Tavi Ndoro, who "
        "founded it, said so."
    )
    assert organisations(text) == {"Tavi Ndoro University": "Tavi Ndoro University"}
    assert "Tavi Ndoro" in {
        m.surface for m in default_gazetteer().find(text) if m.known.type is EntityType.PERSON
    }


def test_no_organisation_is_found_inside_a_longer_one_around_a_country() -> None:
    text = "The Trinidad and Tobago Meteorological Service (TTMS) said more rain would fall."
    assert set(organisations(text).values()) == {"Trinidad and Tobago Meteorological Service"}


def test_a_country_names_the_red_cross_society_of_its_own() -> None:
    text = "The Kiribati Red Cross said 600 people were affected. The Red Cross sent tents."
    found = organisations(text)
    assert found["Kiribati Red Cross"] == "Kiribati Red Cross"
    assert found["Red Cross"] == "Kiribati Red Cross"


def test_a_name_that_starts_a_paragraph_keeps_its_first_word() -> None:
    # The run is read back from its head over the paragraph break, not from the last space.
    text = "Prices rose.\n\nTarvik Kestrel Petroleum said output fell."
    assert "Tarvik Kestrel Petroleum" in organisations(text).values()
    assert "Kestrel Petroleum" not in organisations(text).values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # What only an organisation does or is, said after its name.
        ("Velmora is a conservation charity based in Tarvel.", "Velmora"),
        ("Ndovu Freight announced a record profit on Tuesday.", "Ndovu Freight"),
        ("Marevida, which employs 300 people, shut two plants.", "Marevida"),
        # Or before it; a fund, and a company word of its own ("Assets").
        ("Shares in Kestrova fell 4 per cent after the results.", "Kestrova"),
        ("The mine is run by a unit of Orvessa, a Chinese firm says.", "Orvessa"),
        ("the state fund Quellan Assets owns the rest.", "Quellan Assets"),
        # Names a plural descriptor lists after "among them", "including", "such as".
        ("Green groups, among them the Tarvo Trust and Velmora, objected.", "Velmora"),
        ("Makers including Zug-based Helvetra said they would buy more.", "Helvetra"),
    ],
)  # fmt: skip
def test_an_organisation_the_text_says_acts_as_one(text: str, name: str) -> None:
    assert name in organisations(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Mensah said in a statement that he would resign.",  # a surname says things too
        "It is a charity that helps refugees.",  # a common word
        "Orvik Lunde is a fisherman from Tromsø.",  # no organisation's noun
        "Shares in Tokyo fell on Monday.",  # a place the gazetteer knows
        "Villages, among them Kibwe and Mtoni, were cut off.",  # no organisation's plural
        "Floods cut roads in Varlo Municipality on Monday.",  # a district, without "the"
        "Forty ships waited at the Port of Bergen, the harbour master said.",  # a place
        "The union also said it would strike.",  # a common word after the descriptor
        "Imports of Qatari LNG rose in May.",  # the fuel from a country
        "The Orvik Guidance System failed in May.",  # a technology, silent
        "The Velno System said nothing.",  # too short a name
        "Police found Orvik Lunde, the body of a hiker, on Monday.",  # a corpse
        "The union, tarvik said, will strike.",  # set off: a speaker, quoted
    ],
)
def test_no_organisation_from_a_frame_around_something_else(text: str) -> None:
    assert not organisations(text)


def test_a_building_named_after_its_tenant_is_no_organisation() -> None:
    text = "The parade ran from the Presidential Office Building to the stadium."
    found = find_organisations(text, default_gazetteer().find(text))
    assert not any(m.known.type is EntityType.ORGANIZATION for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "They work without visas under the Compact of Free Association.",
        "Both signed the Treaty of Tarvo Union in 1990.",
    ],
)
def test_an_agreement_named_with_an_organisations_head_is_no_organisation(text: str) -> None:
    found = find_organisations(text, default_gazetteer().find(text))
    assert not any(m.known.type is EntityType.ORGANIZATION for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The other provinces of the federation, Sindh, Punjab and Balochistan, were calm.",
        "Officials of the federation, Chuuk and Kosrae, met in Tarvik.",
    ],
)
def test_a_region_set_off_after_a_descriptor_is_no_organisation(text: str) -> None:
    assert organisations(text) == {}
    # An unknown name so set off still is one.
    assert organisations("Officials of the broadcaster, Tarvovision, resigned.") == {
        "Tarvovision": "Tarvovision"
    }


@pytest.mark.parametrize(
    "text", ["Velmar Dairies said profits rose.", "Orvano Bakeries said profits rose."]
)
def test_a_trades_works_in_the_plural_end_a_companys_name(text: str) -> None:
    name = text.split(" said", maxsplit=1)[0]
    assert organisations(text) == {name: name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of the Tarvel Ranger Wing boarded the ship.", "Tarvel Ranger Wing"),
        ("The Revenue Commissioners said officers seized it.", "Revenue Commissioners"),
    ],
)
def test_a_wing_or_commissioners_heads_an_organisation(text: str, name: str) -> None:
    assert organisations(text) == {name: name}
    # A wing of a building is none.
    assert organisations("He worked in the West Wing for years.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cultural and scientific institutions.
        ("Divers from the Tarvel Aquarium tagged the sharks.", {"Tarvel Aquarium"}),
        ("The Orvik Museum of Seafaring reopened on Monday.", {"Orvik Museum of Seafaring"}),
        ("The Quellano Philharmonic cancelled its tour.", {"Quellano Philharmonic"}),
        ("Keepers at Vantor Zoo said the cubs were well.", {"Vantor Zoo"}),
        ("The Brenna Youth Orchestra played in the square.", {"Brenna Youth Orchestra"}),
        # No street, and no lower-case institution noun.
        ("A fire broke out on Museum Street on Monday.", set()),
        ("The zoo and the aquarium in Tarvel closed for the winter.", set()),
        # A country's appositive that calls the name a body: no town, an organisation.
        ("Sonavo, Algeria's state oil company, said output fell.", {"Sonavo"}),
        ("The ruling went to the Tarvo, Quellia's highest court, in May.", {"Tarvo"}),
        ("The appeal went to the Orvel, the supreme court, in May.", {"Orvel"}),
        # A listed town's name after "the", which a town does not take.
        ("The contract went to the Tabor, a shipping company, in May.", {"Tabor"}),
        # What a country's appositive calls a town stays a town.
        ("Rain hit Orvik, Norway's second city, on Monday.", set()),
        ("Rain hit Orvik, Norway's main port for the oil company, on Monday.", set()),
        ("Floods hit Kuriga, in Nigeria's Kaduna state, on Monday.", set()),
        # The listed town without "the", or with an appositive that is no body's.
        ("The contract went to Tabor, a shipping company, in May.", set()),
        ("Families moved to the Tabor, a district in the hills, in May.", set()),
        # A facility named after its owner is no organisation; the owner alone is one.
        ("Staff at Uppsala University Hospital said.", set()),
        ("Doctors at Tampere University Hospital said.", set()),
        ("Tampere University said it agreed.", {"Tampere University"}),
        # An event's acronym names no organisation; a body's does.
        ("Crowds came for the Tarvel Music Festival (TMF) on Monday.", set()),
        ("The Orvik Jazz Festival, known by its acronym OJF, opened.", set()),
        ("The Orvik Water Board, known by its initials OWB, said.", {"Orvik Water Board"}),
    ],
)
def test_institutions_and_bodies_an_appositive_names(text: str, expected: set[str]) -> None:
    assert set(organisations(text).values()) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Most of the gas from Tarvo LNG, the liquefaction plant, is sold abroad.", "Tarvo LNG"),
        ("Shares in Orvano LNG rose on Monday.", "Orvano LNG"),
    ],
)
def test_lng_ends_a_gas_companys_name(text: str, name: str) -> None:
    assert organisations(text) == {name: name}


def test_lng_alone_is_no_organisation() -> None:
    assert organisations("Prices of LNG rose in March.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "The fund owns half of the smelter, and TARVCO holds a fifth of its shares.",
        "Paso Lindo is the town where OVRN built its second pulp mill.",
        "In March VELKA bought two rival dairies.",
    ],
)
def test_an_acronym_that_owns_runs_or_deals_is_an_organisation(text: str) -> None:
    acronym = next(w for w in text.split() if w.isupper() and len(w) > 2)
    assert organisations(text) == {acronym: acronym}


@pytest.mark.parametrize(
    "text",
    [
        "The plant that LNG built was shut.",  # a commodity, no body
        "The CEO bought two rival dairies.",  # a title
        "Tarvo holds a fifth of its shares.",  # no acronym: left to other cues
    ],
)
def test_no_organisation_from_an_acts_verb_after_a_non_acronym(text: str) -> None:
    assert organisations(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The largest stevedoring company in the port, Tarvos Smelte, said ships waited.",
         "Tarvos Smelte"),
        ("The biggest bank in the country, Velmarco, said profits rose.", "Velmarco"),
    ],
)  # fmt: skip
def test_a_name_set_off_after_a_descriptor_and_where_it_is(text: str, name: str) -> None:
    assert organisations(text) == {name: name}


@pytest.mark.parametrize(
    "text",
    [
        "The only company at the site, Jane Doe said, was closed.",  # not set off: who spoke
        "The biggest bank in the region, Kaunas, said profits rose.",  # a town
        "The biggest town in the country, Tarvo Velmar, grew.",  # no descriptor's noun
    ],
)
def test_no_organisation_set_off_after_a_descriptor_and_where_it_is(text: str) -> None:
    assert not organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("World Velmics, which gave the meeting gold status, sent judges.", "World Velmics"),
        ("Orvano Tarvel, which took over Velmarco in 2024, plans a plant.", "Orvano Tarvel"),
        ("The drones came from Tarvo Velmar, which provided two pilots.", "Tarvo Velmar"),
    ],
)
def test_a_name_before_which_and_what_a_body_does_is_an_organisation(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fans filled Velmar Stadium, which holds about 40,000 people.",  # capacity, a thing's
        "Water comes from Tarvo Lake, which supplies both towns.",  # a lake supplies too
    ],
)
def test_no_organisation_before_which_and_what_a_thing_does(text: str) -> None:
    assert not organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The oil sold by Petróleos de Tarvania (PDTSA) rose.", "Petróleos de Tarvania"),
        ("Shares of Orvano Velmar Werke (OVWAG) fell.", "Orvano Velmar Werke"),
    ],
)
def test_an_acronym_may_add_the_legal_form_its_name_leaves_out(text: str, name: str) -> None:
    assert organisations(text)[name] == name


def test_a_legal_form_alone_spells_no_name() -> None:
    # Without its legal form, "SA" spells too few letters for a name of two words.
    assert "Tarvo" not in organisations("Prices at Tarvo (TSA) rose.")


def test_a_coalition_partner_set_off_after_a_name_is_an_organisation() -> None:
    text = "The Tarvo Greens, the junior coalition partner, said they would stay."
    assert organisations(text) == {"Tarvo Greens": "Tarvo Greens"}
    # A business partner is a person's.
    assert not organisations("She met Jane Doe, her business partner, in May.")


def test_a_second_company_or_a_title_after_and_is_no_trade_of_the_first() -> None:
    found = organisations("Tarvo Mining and Velno Energy signed a deal.")
    assert {"Tarvo Mining", "Velno Energy"} <= set(found)
    assert "Tarvo Mining" in organisations("Tarvo Mining and Energy Minister Jane Doe met.")


def test_a_city_after_a_university_named_by_a_place_is_where_it_is() -> None:
    found = organisations("He studied at the University of Tarvel in Warsaw.")
    assert "University of Tarvel" in found


def test_a_country_after_a_sentences_first_adjective_is_no_organisation() -> None:
    text = "Neighbouring Kenya, the region's biggest tea producer, agreed."
    assert not organisations(text)
    assert "Air Kenya" in organisations("Air Kenya, the national airline, agreed.")


@pytest.mark.parametrize(
    "text",
    [
        "Survivors were kept overnight at the Orvel Hill Medical Centre, which said all recovered.",
        "Dockers picketed the Centre Hospitalier de Tarvo on Monday.",
        "The Velno Medical Centre (VMC) said it had medicines. VMC said so.",
        "He was sent to the Velno Confinement Centre last year.",
        "The Tarvo Convention Center was full.",
    ],
)
def test_a_centre_the_word_next_to_it_makes_a_facility_is_no_organisation(text: str) -> None:
    assert organisations(text) == {}


def test_a_centre_of_research_stays_an_organisation() -> None:
    assert organisations("The Tarvo Research Centre said so.") == {
        "Tarvo Research Centre": "Tarvo Research Centre"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The group will ask the 4th U.S. Circuit Court of Appeals to block it.",
         "4th U.S. Circuit Court of Appeals"),
        ("The 2nd Velno Mounted Police Brigade was sent north.",
         "2nd Velno Mounted Police Brigade"),
    ],
)  # fmt: skip
def test_an_ordinal_before_a_bodys_name_numbers_it_and_keeps_initials_inside(
    text: str, name: str
) -> None:
    assert name in organisations(text).values()


def test_a_body_listed_with_its_descriptive_name_is_one_organisation() -> None:
    found = organisations("Gavi, the Vaccine Alliance, will pay. The Vaccine Alliance said so.")
    assert set(found.values()) == {"Gavi"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Trinidad and Tobago Regiment said it found the boat.",
         "Trinidad and Tobago Regiment"),
        ("A Turks and Caicos Islands Regiment patrol found it.",
         "Turks and Caicos Islands Regiment"),
        ("The Saint Kitts and Nevis Red Cross sent food.", "Saint Kitts and Nevis Red Cross"),
        ("The Wallis and Futuna Red Cross sent food.", "Wallis and Futuna Red Cross"),
    ],
)  # fmt: skip
def test_a_country_named_with_and_starts_a_bodys_name_whole(text: str, name: str) -> None:
    assert name in organisations(text).values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Experts of the Istituto Centrale per il Restauro came.",
         "Istituto Centrale per il Restauro"),
        ("Volunteers from Action contre la Faim arrived.", "Action Against Hunger"),
        ("Habitat for Humanity built ten homes.", "Habitat for Humanity"),
    ],
)  # fmt: skip
def test_a_listed_name_with_small_words_inside_is_found_whole(text: str, name: str) -> None:
    assert list(organisations(text).values()) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Workers at Tarvel Refining and Transportation struck.",
         "Tarvel Refining and Transportation"),
        ("Velno Photonics made the sensors.", "Velno Photonics"),
        ("The seller, the London-listed Orvik Drilling, agreed.", "Orvik Drilling"),
    ],
)  # fmt: skip
def test_a_company_named_by_its_work_is_an_organisation(text: str, name: str) -> None:
    assert list(organisations(text).values()) == [name]


def test_a_company_without_its_group_word_is_the_same_company() -> None:
    text = "Tarvo Mining Group will pay. The chief of Tarvo Mining agreed."
    assert set(organisations(text).values()) == {"Tarvo Mining Group"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A university's campus abroad is named "at" its place, which ends the clause.
        (
            "Soil samples went to Velno Tech University at Qatar, which tested them.",
            {"Velno Tech University at Qatar"},
        ),
        # Not a time, nor a place that goes on into a longer name.
        ("She studied at Velno Tech University at the time.", {"Velno Tech University"}),
        ("It was led by Velno Tech University at Doha Port.", {"Velno Tech University"}),
    ],
)
def test_a_universitys_campus_abroad(text: str, expected: set[str]) -> None:
    assert set(organisations(text)) == expected


def test_an_acronym_of_syllables_spells_a_long_name() -> None:
    text = "Divers of the Tarvo Research and Management of Velnology (TARMAVE) counted corals."
    name = "Tarvo Research and Management of Velnology"
    assert organisations(text) == {name: name, "TARMAVE": name}
    # Letters no word starts with spell nothing: the long name is not found.
    assert name not in organisations(text.replace("TARMAVE", "QUOXID"))


@pytest.mark.parametrize(
    ("text", "owner_tagged"),
    [
        # The body is the one its acronym names: the listed owner before it is no mention.
        ("The United Nations peacekeeping mission in Tarvo, UNMIVT, said troops left.", False),
        ("The UN refugee mission, UNRMV, said so.", False),
        # No other name for the body: the owner stands for it.
        ("The United Nations human rights office in Geneva called for an inquiry.", True),
        ("The United Nations said on Monday, AFP reported.", True),
    ],
)
def test_an_owner_before_its_body_named_by_an_acronym(text: str, owner_tagged: bool) -> None:
    assert ("United Nations" in organisations(text).values()) is owner_tagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A possessive determiner starting a sentence is no part of the name.
        ("Fees rose. His Tarvo Workers Union (TWU) objected.", {"Tarvo Workers Union"}),
        # A sentence's first participle, British or American, describes a country.
        ("Fees rose. Neighbouring Velnoria said it closed the border.", set()),
        # Where a body stands, after "on" and a feature's name, is no part of its name.
        ("The Tarvo Archaeological Institute on Mount Velno advised them.",
         {"Tarvo Archaeological Institute"}),
        # A church named after a saint or a memorial is a building; its diocese is a body.
        ("It lies in the Church of Saint Orvel, which the Archdiocese of Tarvo runs.",
         {"Archdiocese of Tarvo"}),
        ("Pilgrims filled the Velno Memorial Church on Sunday.", set()),
        # An Irish name with its "of the"; companies by a maritime or rail word.
        ("It backed plans of Údarás na Tarvachta, the agency for the region.",
         {"Údarás na Tarvachta"}),
        ("Its partner Velvo Maritime and Kestro Rail ran the trips.",
         {"Velvo Maritime", "Kestro Rail"}),
        # An owner's project named by a rail word is no company.
        ("Trains will run on Tarvo's Inland Rail next year.", set()),
    ],
)  # fmt: skip
def test_names_without_the_words_glued_to_them(text: str, expected: set[str]) -> None:
    assert set(organisations(text).values()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An owner that is a body before a possessive is named too, and not in the body it owns.
        ("It is run by the University of Tarvo's Institute for Velno Studies.",
         {"University of Tarvo", "Institute for Velno Studies"}),
        ("It is run by Orvel University's Tarvo Institute.", {"Tarvo Institute"}),
        # A national laboratory is a research body.
        ("Scientists at the Orvel Velno National Laboratory agreed.",
         {"Orvel Velno National Laboratory"}),
        # The pronoun after a descriptor is no name.
        ('"I pay for programmes I never watch," said Jane Doe.', set()),
    ],
)  # fmt: skip
def test_owners_and_pronouns(text: str, expected: set[str]) -> None:
    assert expected <= set(organisations(text).values())
    assert "I" not in organisations(text).values()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swahili "of" joins a long name, which its acronym then stands for.
        ("The Kikundi Maalum cha Tarvo Velno (KMTV) seized boats. The KMTV said so.",
         {"Kikundi Maalum cha Tarvo Velno"}),
        # A European company's legal form ends its name, and stays in it.
        ("Trains will run, said QXB SE, the company building the line.", {"QXB SE"}),
        # An owner in an appositive only says whose the organisation before it is.
        ("UNICEF, the United Nations children's agency, said so.", {"UNICEF"}),
        # A church's see may join two lands; not a surname after "and".
        ("The Metropolis of Tarvonia and Velnovia, which leads the parishes, agreed.",
         {"Metropolis of Tarvonia and Velnovia"}),
        ("The Diocese of Tarvo and Okonkwo said so.", {"Diocese of Tarvo"}),
        # An authority set off after a listed acronym and a place's word is their own name.
        ("It needs the approval of BP Velno, the free-zone authority that owns the land.",
         {"BP Velno"}),
        # A tourist board named by its island; not tourism in lower case.
        ("Velno Tourism said visitors rose. Velno tourism grew.", {"Velno Tourism"}),
        # An importer set off after a name the gazetteer left alone.
        ("It began at a depot owned by Tarvola, an importer of plastic goods, at night.",
         {"Tarvola"}),
    ],
)  # fmt: skip
def test_other_languages_forms_owners_sees_and_importers(text: str, expected: set[str]) -> None:
    assert set(organisations(text).values()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pronoun no person takes, after a name nothing else explains.
        ("The port reopened on Monday. Velnocor said it would close its store.", {"Velnocor"}),
        ("The port reopened. Tarvomart said its stores had sold out.", {"Tarvomart"}),
        # The day wire copy puts between the verb and the pronoun.
        ("The port reopened. Quorvel said on Wednesday it would cut 900 jobs.", {"Quorvel"}),
        ("The port reopened. Tarvomart said late on Friday its stores had shut.", {"Tarvomart"}),
        ("Hermelda, 40, lost her stall. Hermelda said on Monday it would be hard.", set()),
        # Officers and owners only a company has, after a name of one word.
        ("The port reopened. Zorvex's chief executive quit.", {"Zorvex"}),
        ("The port reopened. Velnocor’s board of directors met.", {"Velnocor"}),
        ("Jane Doe's chief executive quit.", set()),
        # A party's members and seats, a firm's works, a union's strike.
        ("The vote was close. Velmarra's MPs walked out.", {"Velmarra"}),
        ("The vote was close. Quendor's lawmakers said no.", {"Quendor"}),
        # A town's councillors, a row's seats.
        ("The town voted. Kilvarra's councillors said no.", set()),
        # A leadership is a person's too.
        ("The town grew. Under Velnesson's leadership the city grew.", set()),
        ("The hall filled. Kovaro took three seats at the front.", set()),
        ("The vote was close. Orvantek won 14 seats.", {"Orvantek"}),
        ("The port reopened. Halvessor's plant near the river shut.", {"Halvessor"}),
        ("The port reopened. Teskar-Is called a strike at the docks.", {"Teskar-Is"}),
        ("The port reopened. Velnor's plant was watered.", set()),
        ("Ana Velnor spoke on Monday. Velnor called a strike later.", set()),
        ("Ana Velnor spoke on Monday. Velnor's factory in the town shut.", set()),
        ("The vote was close. Jane Doe's MPs walked out.", set()),
        ("The race was close. Orvantek won 14 medals.", set()),
        ("The port reopened. Tarvo Hospital's chief executive quit.", set()),
        # a surname the text gives a person: her board, no company
        ("Ana Velnor spoke on Monday. Velnor's board of directors met later.", set()),
        # Not a person by one name and her age, a title, a facility, nor a name's short form.
        ("Hermelda, 40, lost her stall. Hermelda said it would be hard.", set()),
        ("The deal was signed by Prince Tarvo. Prince Tarvo said it would help.", set()),
        ("Police came, and the Tarvo Hospital said it had treated 23 people.", set()),
        ("Tarvo Offshore sold the yard. Tarvo said it would keep a smaller one.",
         {"Tarvo Offshore"}),
        # A body that does what only bodies do, in a clause after its name.
        ("Orvel Heritage, which protects a meadow, objected.", {"Orvel Heritage"}),
        ("Rain fills Orvo Lake, which supplies the town.", set()),
        # Nouns only an appositive says a name is.
        ("The port reopened. Kelvor Hatch, the national police, said it would.", {"Kelvor Hatch"}),
        ("The port reopened. Velnocor, the meatpacker that bought the cattle, said nothing.",
         {"Velnocor"}),
        ("Then Velnor, the service arm of the ministry, said no.", {"Velnor"}),
        ("Work and Pay, the service arm of the ministry, said no.", set()),
        ("Jane Doe, the police officer, said it was cold.", set()),
    ],
)  # fmt: skip
def test_bodies_by_what_is_said_of_them(text: str, expected: set[str]) -> None:
    assert set(organisations(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name in another language, its later words in lower case, spelled by its acronym.
        ("The Société des traversiers du Tarvel (STT) suspended its ferry. The STT said no.",
         {"Société des traversiers du Tarvel"}),
        ("The union joined the Confédération des syndicats velnois (CSV) on Monday.",
         {"Confédération des syndicats velnois"}),
        ("Thousands marched for the Coordinadora Nacional de Trabajadores del Tarvo (CNTT).",
         {"Coordinadora Nacional de Trabajadores del Tarvo"}),
        # Initials that spell no name before them, and a machine's acronym.
        ("The Société des traversiers du Tarvel (XYZ) suspended its ferry.", set()),
        ("The Large Tarvo Collider (LTC) ran all night.", set()),
    ],
)  # fmt: skip
def test_names_spelled_out_before_their_acronyms(text: str, expected: set[str]) -> None:
    assert set(organisations(text).values()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An acronym alone, which an appositive after it (or after its list) calls a body.
        ("The strike was called by TVA and TVU, the two dockers' unions, on Monday.",
         {"TVA", "TVU"}),
        ("The TVG, the national guard, said no.", {"TVG"}),
        # People who speak or work for it.
        ("A lawyer for TVQ said no.", {"TVQ"}),
        # No cue: an acronym alone says nothing.
        ("The TVQ was seen on Monday.", set()),
    ],
)  # fmt: skip
def test_acronyms_alone_by_what_is_said_of_them(text: str, expected: set[str]) -> None:
    assert set(organisations(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second name after "and" that a head in another language starts.
        ("Researchers from the University of Tarvo and Université Velno measured the ice.",
         {"University of Tarvo", "Université Velno"}),
        ("Researchers from the University of Tarvo and Velno University measured the ice.",
         {"University of Tarvo", "Velno University"}),
        # A head right after "and" that ends the name is part of the one name.
        ("The Department of Justice and Police said on Monday.",
         {"Department of Justice and Police"}),
    ],
)  # fmt: skip
def test_two_bodies_joined_by_and_are_two_names(text: str, expected: set[str]) -> None:
    assert set(organisations(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Workers Party of Tarvelia (Marxist) won two seats.",
         {"Workers Party of Tarvelia (Marxist)"}),
        ("The Communist Party of Velno (Marxist-Leninist) said no.",
         {"Communist Party of Velno (Marxist-Leninist)"}),
        # An acronym in brackets is no part of the name.
        ("The Tarvo Party of Velno (TPV) said no.", {"Tarvo Party of Velno", "TPV"}),
    ],
)  # fmt: skip
def test_a_partys_leaning_in_brackets_is_part_of_its_name(text: str, expected: set[str]) -> None:
    assert set(organisations(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list inside a name after its first words, which hold no head.
        ("The Tarvo Railway Construction, Transport and Technology Agency said no.",
         {"Tarvo Railway Construction, Transport and Technology Agency"}),
        # After a head the first name is whole: two bodies.
        ("The Velno Port Authority, Customs and Border Agency said no.",
         {"Velno Port Authority", "Customs and Border Agency"}),
    ],
)  # fmt: skip
def test_a_list_inside_a_name_after_its_first_words(text: str, expected: set[str]) -> None:
    assert set(organisations(text)) == expected


def test_a_council_in_apposition_calls_the_name_before_it_a_body() -> None:
    text = "Tarvo Velno, the regional council, said it would watch the river."
    assert set(organisations(text)) == {"Tarvo Velno"}


@pytest.mark.parametrize(
    "text",
    [
        "Marchers filled Interpol Avenue on Monday.",
        "The bus stops on Unesco Street near the market.",
        "The shop is at 12 Interpol Drive.",
    ],
)
def test_a_street_named_after_a_body_names_no_body(text: str) -> None:
    assert organisations(text) == {}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # A street noun that goes on into a longer name, or names a product away from an address.
        ("Unesco Street View photos were shared.", "Unesco"),
        ("The files sit in Interpol Drive folders.", "Interpol"),
    ],
)
def test_a_street_noun_after_a_body_away_from_an_address_keeps_the_body(
    text: str, body: str
) -> None:
    assert set(organisations(text)) == {body}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A legal form written with stops ends the name, its last stop kept, even the sentence's.
        ("Tarvo Vial Andino S.A.C. won the contract.", {"Tarvo Vial Andino S.A.C."}),
        ("The contract went to Orvel Cordillera S.A.", {"Orvel Cordillera S.A."}),
        ("Shares of Velno Orvik N.V. rose.", {"Velno Orvik N.V."}),
        # Or in mixed case, as printed: no stop to keep.
        ("Orvik Verde SpA signed the deal.", {"Orvik Verde SpA"}),
        ("Tarvel Norte Ltda said sales rose.", {"Tarvel Norte Ltda"}),
        # Stops alone, or in a place's initials, name no company.
        ("The team flew to S.A. on Monday.", set()),
        ("He moved to the U.S. in May.", set()),
    ],
)
def test_a_legal_form_written_with_stops_or_mixed_case_ends_a_companys_name(
    text: str, expected: set[str]
) -> None:
    assert set(organisations(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A consortium named in Spanish, Portuguese or Italian: the head starts the name.
        ("Consorcio Vial Tarvano won the tender.", {"Consorcio Vial Tarvano"}),
        ("The Consorcio Andino de Energía will build the plant.", {"Consorcio Andino de Energía"}),
        ("The deal went to Consorzio Velno.", {"Consorzio Velno"}),
        # In English, lower case, it names none.
        ("The consortium said it would appeal.", set()),
    ],
)
def test_a_consortium_named_in_a_romance_language_is_an_organisation(
    text: str, expected: set[str]
) -> None:
    assert set(organisations(text)) == expected


def test_a_later_mention_without_the_legal_form_is_the_same_company() -> None:
    text = "Orvanta Ferries Ltd cancelled sailings. Orvanta Ferries said the sea was rough."
    assert set(organisations(text).values()) == {"Orvanta Ferries Ltd"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The competition a club plays in only says what the club is.
        ("Players from Velno Tarvika, the Super Rugby franchise, visited schools.",
         {"Velno Tarvika"}),
        ("Fans of Orvik Holdings, the Premier League side, marched.", {"Orvik Holdings"}),
        # The league that acts is the body that runs it.
        ("The Premier League said the club would be fined.", {"Premier League"}),
    ],
)  # fmt: skip
def test_a_club_set_off_by_its_competition(text: str, expected: set[str]) -> None:
    assert set(organisations(text).values()) == expected


def test_a_company_with_a_country_in_its_name_keeps_its_legal_form() -> None:
    text = "TarvoCorp India Limited (TIL) said it would hire. TarvoCorp India said so."
    assert set(organisations(text).values()) == {"TarvoCorp India Limited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word nobody knows paired with a listed company's name is another company.
        ("Tarvocel and Vodafone sent free text alerts to customers.", {"Tarvocel", "Vodafone"}),
        ("The vans are assembled by Toyota and Velmaro from imported parts.",
         {"Toyota", "Velmaro"}),
        # Not a common word, nor a word that goes on into a longer name.
        ("Police and Interpol searched the port.", {"Interpol"}),
        # Nor a place after its preposition, nor the object of a clause before the company's.
        ("She grew up in Velmaro and Vodafone hired her.", {"Vodafone"}),
        ("Floods hit Velmaro and Vodafone said it would help.", {"Vodafone"}),
        ("Shares of Tarvocel and Vodafone rallied.", {"Tarvocel", "Vodafone"}),
    ],
)  # fmt: skip
def test_a_word_paired_with_a_listed_company_is_a_company(text: str, expected: set[str]) -> None:
    assert set(organisations(text).values()) == expected


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Zentavo Kenya Ltd said on Monday that it would cut 200 jobs.", "Zentavo Kenya Ltd"),
        ("On Monday, Brivex Nigeria Plc said profits had fallen.", "Brivex Nigeria Plc"),
    ],
)
def test_a_speaker_ending_in_a_legal_form_is_the_company_not_a_person(
    text: str, company: str
) -> None:
    found = find_organisations(text, default_gazetteer().find(text))
    assert EntityType.PERSON not in {m.known.type for m in found}
    assert set(organisations(text).values()) == {company}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # More Romance complements, each with its article, after a name's elided one.
        ("The Union Velnoise de l'Orvalerie et de la Pêche called a strike.",
         {"Union Velnoise de l'Orvalerie et de la Pêche"}),
        ("The Union Velnoise de l'Orvalerie, du Commerce et de l'Artisanat called a strike.",
         {"Union Velnoise de l'Orvalerie, du Commerce et de l'Artisanat"}),
        # Not over a place the gazetteer knows: where the name ends is not sure.
        ("The Union Velnoise de l'Orvalerie et de Paris said.", {"Union Velnoise de l'Orvalerie"}),
    ],
)  # fmt: skip
def test_a_romance_name_goes_on_over_its_joined_complements(text: str, expected: set[str]) -> None:
    assert set(organisations(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two bodies joined by "and", each name ending in the same head noun.
        ("Grants from the Velno Heritage Fund and Music Fund paid for it.",
         {"Velno Heritage Fund", "Music Fund"}),
        # One body: its complement's fields, not a second head.
        ("The Ministry of Mines and Energy said.", {"Ministry of Mines and Energy"}),
    ],
)  # fmt: skip
def test_two_names_ending_in_one_head_are_two_bodies(text: str, expected: set[str]) -> None:
    assert set(organisations(text)) == expected


def test_a_capitalised_word_hyphened_to_an_acronym_names_a_branch_of_it() -> None:
    found = organisations("Filo-NATO and the union USB called strikes. NATO said no.")
    assert found["Filo-NATO"] == "Filo-NATO"
    assert found["NATO"] == "North Atlantic Treaty Organization"
    # A prefix or a common word qualifies the body; it names no branch.
    for text in ("Anti-NATO protesters marched.", "Pro-NATO parties won.", "Then-NATO chiefs met."):
        assert organisations(text) == {"NATO": "North Atlantic Treaty Organization"}
    # A name of its own before the hyphen, or a combining form, joins two parties: no branch.
    for text, acronym in (
        ("Russia-NATO relations worsened.", "NATO"),
        ("A Sino-IAEA pact was signed.", "IAEA"),
        ("Post-NATO plans and Pan-NATO drills.", "NATO"),
    ):
        assert set(organisations(text)) == {acronym}


def test_a_proper_name_after_and_starts_a_second_body_not_a_field() -> None:
    found = organisations("She joined the Greens and Orvik Trust in May.")
    assert "Orvik Trust" in found
    assert "Greens and Orvik Trust" not in found


def test_a_clubs_founding_year_after_its_initials_and_name_is_part_of_it() -> None:
    assert "FC Tarvo 04" in organisations("The district gave FC Tarvo 04 its name.")
    assert "SV Velno 96" in organisations("They beat SV Velno 96.")
    # A count, a score or a time goes on after the number: no year.
    for text in ("FC Tarvo 21 points clear.", "FC Tarvo 04:30 kick-off.", "FC Tarvo 04-05 season."):
        assert "FC Tarvo" in organisations(text)
    # Only a club's initials take a year: other initials start other bodies.
    assert "EU Climate Council" in organisations("The EU Climate Council 27, said so.")


def test_a_name_followed_by_an_age_is_a_persons_not_a_body() -> None:
    assert organisations("The dead were a trader, Ahto Velnar, 46, who lived in Orvik.") == {}
    assert organisations("A supplier, Ahto Velnar (46), said so.") == {}
    # A count after the name is no age.
    found = organisations("A supplier, Tarvo Logistics, 1,200 staff, said so.")
    assert "Tarvo Logistics" in found


def test_the_team_before_a_results_verb_and_a_score_is_a_club() -> None:
    found = organisations("Minutes after Tarvo Stars beat Velno United 2-0, fans ran.")
    assert found.keys() == {"Tarvo Stars", "Velno United"}
    assert "Tarvo Stars" in organisations("The Tarvo Stars drew with Velno Rovers 1-1.")
    # A set's score is players', a country's team is the country's.
    assert "Jane Doe" not in organisations("Jane Doe beat Ann Roe 6-3 in the final.")
    assert "Brazil" not in organisations("Brazil beat Orvik Rovers 3-1.")


def test_one_word_listed_between_two_organisations_is_one() -> None:
    found = organisations("In the council, the SPD, the Velnists and the FDP voted for it.")
    assert found["Velnists"] == "Velnists"
    # The sentence says what they are: an unknown word alone there could be a town.
    assert "Orvik" in organisations("The alliances NATO, Orvik and the UN met.")
    # A day, a country, a person's two names: no body.
    assert "Tuesday" not in organisations("NATO, Tuesday and the UN met.")
    assert "France" not in organisations("NATO, France and the UN met.")
    assert "Jane Doe" not in organisations("NATO, Jane Doe and the UN met.")
    # A bare common word goes on the name before it.
    assert "Transport" not in organisations("The Ministry of Roads, Transport and NATO met.")


def test_a_countrys_initials_before_a_listed_body_come_from_the_countries_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The initials are looked up without the default gazetteer: a tagger's own one found them.
    def no_default_gazetteer() -> None:
        raise AssertionError

    monkeypatch.setattr(
        organisations_module, "default_gazetteer", no_default_gazetteer, raising=False
    )
    text = "The TCI Tarvo Velno Authority said so."
    body = Known("TCI Tarvo Velno Authority", EntityType.ORGANIZATION)
    found = find_organisations(text, [Mention(body, 4, 29, text[4:29])])
    assert [(m.surface, m.known.name) for m in found] == [
        ("TCI", "Turks and Caicos Islands"),
        ("Tarvo Velno Authority", "Tarvo Velno Authority"),
    ]
