"""Places nobody listed, which the words around them say are places.

The gazetteer finds one-word regions before a division noun ("Cagayan province"); this module adds
names of several words ("East Nusa Tenggara province", "East Gojjam zone") and towns and villages
set off by an appositive ("Boru, a village 7 kilometres from the crater", "Nobo and Klatanlo, two
villages in ..."). Their country is the one the article names most (`resolution.resolve_places`).
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from dataclasses import replace
from typing import Final

import pycountry

from newsstream.core.gazetteer import Known, Mention
from newsstream.core.models import EntityType
from newsstream.core.names import name_key, skeleton
from newsstream.core.organisations import CAPITALS, vocabulary
from newsstream.core.places import (
    MAJOR_POPULATION,
    REGIONS_OF_THE_WORLD,
    Geo,
    after_an_indefinite_article,
    common_words,
)
from newsstream.core.smalltowns import small_towns

# A capitalised word, or one after an Arabic article: "Jabal |al-Qasri|".
_ARTICLE: Final = r"(?:al|el|an|ar|as|ash|at|az|ad|ed|ud)-"
_WORD: Final = rf"(?:{_ARTICLE})?[{CAPITALS}][\w'’-]*"
# A name's start in lower case: its Arabic article ("the village of |al-Qasri|").
_ARTICLE_FIRST: Final = re.compile(rf"{_ARTICLE}[{CAPITALS}]")
# A Romance particle between the words of one name: "Villa |de| Orvano".
# Czech, Slovak and Polish "on" and "under" too: "Kamenice |nad| Lipou", "Bílovice |pod| Hostýnem".
_PARTICLE: Final = r"(?:(?:de|del|da|das|do|dos|la|las|los|nad|pod) )?"
# Nouns of administrative divisions after their name.
_DIVISION_NOUNS: Final = (
    " province", " regency", " prefecture", " governorate", " oblast", " county", " district",
    " zone", " municipality", " state", " canton", " department", " neighbourhood",
    " neighborhood", " quarter", " region", " local government area",
    # Other languages' words for a village or a city's quarter, and Mongolia's districts:
    # "the |Tarvo| barangay", "the |X| and |Y| soums".
    " barangay", " soum",
)  # fmt: skip
# Those that name a division capitalised too ("Whatcom County"); not "State", "District" or
# "Zone", which end names of other things ("Islamic State").
_CAPITALISED_DIVISION_NOUNS: Final = frozenset(
    {" province", " regency", " prefecture", " governorate", " oblast", " county",
     " municipality", " canton", " region"}
)  # fmt: skip
# Faiths' adjectives, which name a people's quarter, not its name: "the Christian quarter",
# "the Sunni district of Orvel".
_FAITH_ADJECTIVES: Final = frozenset(
    {"christian", "muslim", "jewish", "sunni", "shia", "shiite", "shi'ite", "druze", "alawite",
     "catholic", "protestant", "orthodox", "maronite", "coptic", "hindu", "buddhist", "sikh",
     "yazidi", "ismaili", "evangelical", "lutheran", "anglican"}
)  # fmt: skip
# The same nouns in the plural, after a list of names: "Zavkhan, Uvs and Khovd provinces".
# Not "states": "the Gulf states", "the Baltic states".
# The plurals of those nouns that are not theirs with an "s" ("provinces", "regions" are found
# with "province", "region").
_DIVISIONS_NOUNS: Final = (" regencies", " counties", " municipalities")
# Armed forces and what they do, after a demonym: "Israeli strikes", "Russian troops".
_FORCES_AFTER: Final = re.compile(
    r" (?:air ?strikes?|strikes|drones?|jets|warplanes|missiles?|rockets?|shelling|forces|"
    r"troops|soldiers|army|navy|raids?|bombing|bombardment)\b"
)
# A border after a demonym: it has two sides, so it sets no place after it in that country.
_BORDER_AFTER: Final = re.compile(r" (?:border|frontier)\b")
# Words of the names of parts of the world, before "region", besides `REGIONS_OF_THE_WORLD`.
_WORLD_REGION_WORDS: Final = frozenset(
    {"gulf", "middle", "balkan", "balkans", "baltic", "nordic", "horn", "indo", "euro", "andean",
     "amazon", "himalayan", "alpine", "sub-saharan", "saharan", "lakes", "levant"}
)  # fmt: skip
# Before "town of", "city of": the name after holds the town ("the main town of Mayotte").
_SUPERLATIVES: Final = (" main ", " largest ", " biggest ", " chief ")
# What stands between the names of a list: "Kok-Tash, Ak-Sai and ...".
_LIST_GAPS: Final = (", and ", ", ", " and ")
# A list's end that says its names are places: "Kok-Tash, Ak-Sai and three other villages".
_OTHER_PLACES: Final = re.compile(
    r" and (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of) "
    r"(?:other |more |smaller )?(?:towns|villages|settlements|communities|hamlets)\b"
)
# "Chbar Mon, the provincial capital": a city set off by what it is.
_CAPITAL_APPOSITIVE: Final = re.compile(
    r", (?:the|its) (?:[a-z]+ )?capital(?=[,.;:]| (?:of|and|where|which|city)\b)"
)
# "Clifton, the island's main town": a place's main or largest town, of the story's own country.
_MAIN_TOWN_APPOSITIVE: Final = re.compile(
    r", (?:the|its) (?:(?:island|country|region|province|district|state|territory)['’]s )?"
    r"(?:main|largest|biggest|chief) (?:town|city)(?=[,.;:]| (?:of|and|where|which)\b)"
)
# A saint's title that starts many places' names in Romance and other languages.
_SAINTS: Final = ("San ", "Santa ", "Santo ", "São ", "Saint ", "Sainte ", "Sankt ", "St ", "St. ")
# The next word of a longer name: "San Lorenzo |Almecatla|", "San Juan |de Lurigancho|".
_NAME_GOES_ON: Final = re.compile(rf" {_PARTICLE}([{CAPITALS}][\w'’-]*)")
# Who made or runs a thing is a company, not a town of its name: "assembled by |Tarvo| and
# |Orvik|", "phones made in Velno, in the south, by |Tarvo|" (a clause between).
_MAKER_BEFORE: Final = re.compile(
    r"\b(?:assembled|built|made|produced|manufactured|owned|operated|developed|designed|"
    rf"supplied)(?: [^.;:]{{1,50}},)? by (?:{_WORD}(?:, | and ))?$"
)
# A Romance particle joining two capitalised words of one name: "Paraíso |do| Tarvo".
_JOINING_PARTICLE: Final = r"(?:de|del|da|das|do|dos|di)"
_JOINED_BEFORE: Final = re.compile(rf"(?<![\w'’-])([{CAPITALS}][\w'’-]*) {_JOINING_PARTICLE} $")
_JOINED_AFTER: Final = re.compile(rf" {_JOINING_PARTICLE} [{CAPITALS}]")
# Division nouns before "de" and a place's name: "Municipio de Tarvo", "Estado de Orvel".
_DIVISIONS_BEFORE_PARTICLE: Final = frozenset(
    {"municipio", "município", "departamento", "provincia", "província", "estado", "ciudad",
     "cidade", "distrito", "región", "região", "comuna", "cantón", "parroquia", "villa", "vila"}
)  # fmt: skip
# Up to four capitalised words right before a position: "Bir Tarvel Ben Orvo, a town".
_NAME_BEFORE: Final = re.compile(rf"(?<![\w'’-])({_WORD}(?: {_PARTICLE}{_WORD}){{0,3}})$")
# ", a village", ", two villages": the name before is a populated place.
_PLACE_APPOSITIVE: Final = re.compile(
    r", (?:(?:a|an|two|three|four|both) (?:[a-z-]+ )?"
    r"(?:towns?|villages?|settlements?|suburbs?|communit(?:y|ies)|hamlets?|neighbou?rhoods?|"
    # Israel's collective villages: "Mitzpe Shalem, a kibbutz north of ...".
    r"neighborhoods?|districts?|kibbutz|moshav|"
    # Other languages' words for a village or a city's quarter: "Tarvo, a barangay of ...".
    r"barangays?|wards?|favelas?|bairros?|barrios?|kampung|kelurahan|colonias?)"
    # One a sentence describes: "Tarvo, the crowded market district at the edge of the city",
    # "Velno, the village that grew up beside the plant".
    r"|the (?:[a-z-]+ ){0,2}(?:village|neighbou?rhood|district|suburb|quarter|barangay|ward|"
    r"favela|bairro|barrio|kampung|kelurahan|colonia)"
    # The plural alone after a list: "A, B and C, villages near the river".
    r"|(?:towns|villages|settlements|communities|hamlets)"
    # A part of a city the text names: "Bab Sahel, the Orvane district where ...". Not one
    # named before "of" or "in": "Velno, the Tarvo quarter of Orvel" names the quarter.
    r"|the [A-Z][\w'’-]* (?:district|neighbou?rhood|suburb|quarter)(?! (?:of|in) )"
    # The division it lies in, after a preposition of place (a person may be set so too): "to
    # Tarvo Velni, in the province of Orvel".
    r"|(?P<division>in the (?:province|region|governorate|wilaya|prefecture|county|department))"
    r"(?= of [A-Z])"
    # Where it lies from another place: "Tarvik, 40 km north of the capital", "Orvel, just
    # south of Suva", "Velo, on the western edge of the capital" (said only of places).
    r"|(?P<direction>(?:(?:(?:about|some|roughly|around|just|nearly|almost) )?"
    r"(?:\d[\d,.]* ?(?:km|kilometres|kilometers|miles|mi) )?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?"
    r"|on the (?:[a-z]+ )?(?:edges?|outskirts|fringes?))"
    # Of a place: not "Jane Doe, north of the border, said". The story's own capital or town
    # puts it in the story's country, whatever namesake abroad the gazetteer knows.
    r"(?= of (?:(?P<home>the (?:capital|city|town|village|island|port|coast))\b|[A-Z]))))"
    # Where the place lies, not whose it is: "a community leader" is a person, and so is "the
    # chief district officer" (whole words: "of" is no start of "officer").
    r"(?=[,.;:]| (?:(?:in|of|near|on|outside|north|south|east|west|about|some|just|closest|"
    r"nearest|along|at|that|where|whose|which|named|"
    # Where it lies by another place: "a settlement next to the port", "a hamlet halfway along".
    r"next|halfway|beside|across|below|above|behind|beyond|between|inland|upriver|downriver)"
    r"\b|\d))"
)
# A part of a city: one of the story's own, not a namesake abroad, unless the text names the
# place it lies in ("Tarvo, a district of Orvel").
_QUARTER_NOUN: Final = re.compile(
    r"\b(?:districts?|neighbou?rhoods?|barangays?|wards?|favelas?|bairros?|barrios?|suburbs?|"
    r"quarter|kampung|kelurahan|colonias?)\b"
)
# A quarter's noun and the city it lies in, after the quarter's name.
_QUARTER_OF_A_CITY: Final = re.compile(rf" (?:neighbou?rhood|quarter) (?:of|in) ({_WORD})")
_IN_A_NAMED_PLACE: Final = re.compile(rf" (?:of|in|near|outside|on) (?:the )?{_WORD}")
# "the provincial capital, Orvadel": the name after the noun that says what it is. Looked for
# before each " capital, " (a literal search: a pattern starting with "the" would be tried at
# every position).
_CAPITAL_BEFORE: Final = re.compile(r"\b(?:[Tt]he|[Ii]ts) (?:[a-z]+ )?$")
# Plural and singular nouns of populated places before "of": "the neighbourhoods of |Villa
# Independencia| and |El Olivar|", "the province of |Vel Doran|". Not districts in the plural:
# a list of districts on a disputed border needs its country said.
_PLACE_NOUNS_BEFORE_OF: Final = frozenset(
    {"town", "towns", "village", "villages", "city", "cities", "neighbourhood", "neighbourhoods",
     "neighborhood", "neighborhoods", "suburb", "suburbs", "community", "communities",
     "settlement",
     # A city's quarter, after "the" alone: "the quarter of |Las Tarvas|" (not "a quarter of
     # voters", nor "the Christian quarter of Orvel", which names the city).
     "quarter",
     # A constituency named after its town: "the Somerset seat of |Wells|".
     "seat",
     "settlements", "province", "district", "county", "region", "prefecture", "governorate",
     "municipality", "parish",
     # Who live there: "residents of |Dagbati|", "villagers of |Tarvik| and |Orvel|".
     "residents", "inhabitants", "villagers", "townspeople",
     # Other languages' words for a village or a quarter, in English prose: "the kampung of
     # |X|", "the aldeia of |X|", "the barrio of |X|".
     "kampung", "kampong", "aldeia", "aldeias", "barrio", "barrios", "pueblo", "desa",
     "hamlet", "hamlets", "barangay", "barangays", "favela", "favelas", "bairro", "bairros",
     "colonia", "colonias",
     # Mongolia's districts: "the soums of |X| and |Y|".
     "soum", "soums"}
)  # fmt: skip
# Plural nouns of populated places and divisions that a list of their names follows, after
# "are" or "include": "the worst-hit counties are |Twic East|, |Duk| and |Ayod|".
_PLACES_NOUNS_BEFORE_LIST: Final = frozenset(
    {"towns", "villages", "cities", "communities", "settlements", "neighbourhoods",
     "neighborhoods", "suburbs", "counties", "districts", "provinces", "regions",
     "municipalities", "prefectures"}
)  # fmt: skip
_NOUNS_BEFORE_NAMES: Final = (
    (" of ", _PLACE_NOUNS_BEFORE_OF),
    (" are ", _PLACES_NOUNS_BEFORE_LIST),
    (" include ", _PLACES_NOUNS_BEFORE_LIST),
    (" including ", _PLACES_NOUNS_BEFORE_LIST),
    (" such as ", _PLACES_NOUNS_BEFORE_LIST),  # "villages such as |X|, |Y| and |Z|"
    # The same set off by a comma: "its villages, among them |X| and |Y|". Not "communities":
    # "minority communities, including Tarvish speakers" (peoples).
    (", among them ", _PLACES_NOUNS_BEFORE_LIST - {"communities"}),
    (", including ", _PLACES_NOUNS_BEFORE_LIST - {"communities"}),
    (", such as ", _PLACES_NOUNS_BEFORE_LIST - {"communities"}),
)
# Before "seat of", what makes it a constituency's: "the county seat of |Bath|" (or a
# region's name: "the Somerset seat of |Wells|").
_SEAT_QUALIFIERS: Final = frozenset(
    {"county", "constituency", "parliamentary", "marginal", "safe", "bellwether", "swing"}
)
# Capitalised words before "seat of" that are no region's name: "The seat of", "the Senate
# seat of Vance" (a senator's).
_NOT_SEAT_REGIONS: Final = frozenset({"the", "a", "his", "her", "their", "its", "senate"})
# After a name, a person's relative clause: "won the seat of Tarvel, who retired".
_WHO: Final = (", who ", " who ")
# Verbs of elections before "the seat of": "Labour held the seat of |Morley|".
_ELECTORAL_VERBS: Final = frozenset(
    {"won", "win", "wins", "held", "hold", "holds", "lost", "lose", "loses", "gained", "gain",
     "retained", "retain", "contested", "contest", "defended", "defend", "captured", "seized",
     "flipped"}
)  # fmt: skip
# Words after "seat of" that name a body's or power's seat, no constituency: "the seat of
# Government", besides organisations' heads ("the seat of Parliament").
_SEATS_OF_BODIES: Final = frozenset(
    {"government", "power", "learning", "justice", "house", "palace", "throne", "empire"}
)
# Those of them that say a village: one of the story's country, whatever namesake abroad.
_VILLAGE_NOUNS: Final = frozenset(
    {"village", "villages", "villagers", "kampung", "kampong", "aldeia", "aldeias", "desa",
     "hamlet", "hamlets"}
)  # fmt: skip
# Those of them that name a part of what follows, when a country follows: "the region of Chad".
_DIVISIONS_OF: Final = frozenset(
    {"province", "district", "county", "region", "prefecture", "governorate", "municipality"}
)
_NAME_AFTER: Final = re.compile(rf"{_WORD}(?: {_PARTICLE}{_WORD}){{0,3}}")
# ", on the Kazakh side": a border's side, named by its country's demonym.
_SIDE_AFTER: Final = re.compile(rf", on the ({_WORD}) side\b")
# A name after a preposition of place, right before such a side: "near |Dostyk|".
_NAME_BEFORE_SIDE: Final = re.compile(
    rf"(?:\b[Aa]t|\b[Nn]ear|\b[Ii]n|\b[Ff]rom|\bto|\bvia|\bthrough) "
    rf"({_WORD}(?: {_PARTICLE}{_WORD}){{0,2}})$"
)
_NEXT_NAME: Final = re.compile(rf"(?:, and |, | and )({_WORD}(?: {_PARTICLE}{_WORD}){{0,3}})")
# "Fordow, near Qom": a place set by a known one, in its country.
# A compass point from a known place: "at |X|, east of Athens" (after a preposition of place).
_SET_BY_COMPASS: Final = tuple(
    f", {point} of "
    for point in ("north", "south", "east", "west", "north-east", "north-west", "south-east",
                  "south-west", "northeast", "northwest", "southeast", "southwest")
)  # fmt: skip
_SET_NEAR: Final = (", near ", ", outside ", ", in ", ", on ", *_SET_BY_COMPASS)
# "from |Vunisea|" right before " to Suva".
_FROM_NAME_BEFORE: Final = re.compile(rf"\bfrom ({_WORD}(?: {_PARTICLE}{_WORD}){{0,2}})$")
# Sites and settlements that lie "near" or "outside" a place: "the Mbera camp near |X|".
_SITES: Final = frozenset(
    {"camp", "camps", "mine", "mines", "dam", "base", "plant", "refinery", "prison", "farm",
     "farms", "settlement", "settlements", "village", "villages", "town", "towns", "crossing"}
)  # fmt: skip
# Cues that follow many names that are no places: the name needs a preposition of place before.
_SET_IN: Final = (", in ", ", on ", *_SET_BY_COMPASS)
_PLACE_PREPOSITIONS: Final = (" in ", " from ", " near ", " at ", " around ")
# A name and "Town" or "City" after a preposition of place, no more capitalised words after it:
# "sells food in |Kew Town|", "a factory in |Tarvo City|" is the town, whatever place the first
# word names alone (not "in Kew Town Hall"). Not a "City" after "at": a club ("played at Tarvo
# City").
_NAME_TOWN: Final = re.compile(
    rf" (?:in|from|near|around|at(?= [\w'’-]+ Town)) ([{CAPITALS}][\w'’-]* (?:Town|City))"
    rf"(?![\w'’-]| [{CAPITALS}])"
)
# Last words of the names of small settlements, as English names them on islands and coasts:
# "voters in |Tarvel Bay| and |Orvin Hill|". Not "Lake", "River", "Rock", "Cay": features' and
# islands' names too.
_SETTLEMENT_ENDS: Final = r"(?:Hill|Hills|Heights|Head|Harbour|Bay|Ground|Vale)"
# One to three words ending so, and the names listed after it: "in |A Bay|, |B Hill| and |C|".
_SETTLEMENT_NAME: Final = (
    rf"[{CAPITALS}][\w'’-]*(?: [{CAPITALS}][\w'’-]*){{0,2}} {_SETTLEMENT_ENDS}"
)
_NAMED_SETTLEMENTS: Final = re.compile(
    rf" (?:in|from|near|at|around) ({_SETTLEMENT_NAME}(?:(?:, | and ){_SETTLEMENT_NAME})*)"
    rf"(?![\w'’-]| [{CAPITALS}]| of\b)"
)
_SETTLEMENTS_SPLIT: Final = re.compile(r", | and ")
# " the neighbouring state of", " the western edge of": where in the known place after it.
_OF_A_PLACE: Final = re.compile(r" (?:the )?(?:[a-z-]+ ){0,3}of ")
# Last words of a natural feature's name: "Fergana Valley", "Fraser River" (GeoNames' alternate
# names hold some), "Tarvel Lake", and first words ("Mount Merapi").
_FEATURE_ENDS: Final = frozenset(
    {"River", "Valley", "Canyon", "Mountains", "Desert", "Glacier", "Volcano",
     "Plateau", "Strait", "Sea", "Ocean", "Gorge", "Basin", "Delta", "Lake"}
)  # fmt: skip
_FEATURE_STARTS: Final = ("Mount ", "Lake ", "Cape ")
# What follows a place's name in the name of a facility or feature, not the place:
# "Keflavík International Airport", "Adan Hospital", "the Guliston crossing", "Brent crude".
_FACILITY_AFTER: Final = re.compile(
    rf" (?:{'|'.join(sorted(_FEATURE_ENDS))}|volcano|river|International Airport|[Aa]irport|"
    r"[Hh]ospital|Clinic|"
    r"(?:border )?crossing|[Rr]efinery|[Pp]ower [Pp]lant|[Dd]am|[Hh]ighway|[Bb]ridge|[Pp]rison|"
    r"[Ss]tadium|[Mm]ine|oilfield|gas field|[Cc]rude|aircraft|planes?|helicopters?|camp|"
    r"waterway|canal)\b"
)
# The last word of a facility's name, no place's: "Tarvel International Airport, near Orvik".
_FACILITY_LAST: Final = re.compile(
    r" (?:Airport|Airfield|Hospital|Clinic|Stadium|Prison|Refinery|Bridge|Highway|Mine|Dam|"
    r"Station|Plant|Market|Hotel|School|Park)$"
)
# The plural of those nouns after two names, which makes both facilities: "the |Tarvel| and
# Orvik crossings", "the Orvel dams".
_FACILITIES_AFTER: Final = re.compile(
    r" (?:border )?(?:crossings|[Aa]irports|[Hh]ospitals|Clinics|[Rr]efineries|"
    r"[Pp]ower [Pp]lants|"
    r"[Dd]ams|[Bb]ridges|[Pp]risons|[Ss]tadiums|[Mm]ines|oilfields|gas fields|camps|canals|"
    # Products named like towns: "the |Tarvo| and Orvik models" (cars, phones).
    r"models)\b"
)
_PAIRED_FACILITY_AFTER: Final = re.compile(
    rf" and (?:the )?{_WORD}(?: {_WORD})?{_FACILITIES_AFTER.pattern}"
)
# How the text before such a name ends: most place names follow none of these.
_FACILITY_BEFORE_ENDS: Final = (" de ", " del ", " la ", " of ", "Plaza ", "Praça ", "Place ",
    "Avenida ", "Calle ", "Carrer ", "Rue ", "Rua ", "Via ", "Jalan ", "Kaya ", "Mount ", "Lake ",
    "Cape ", "Port ", "Fort ", "Río ", "Rio ", "Hurricane ", "Cyclone ", "Typhoon ",
    "Storm ", " stations at ")  # fmt: skip
# What precedes a place's name in the name of a street (in several languages: "Rua Tarvel",
# "Jalan Orvik"), a square or a feature ("Plaza de Mayo"; "Port Tarvel" when no list names it),
# of an organisation ("Lloyd's of London"), of a line's stations ("the stations at |Tarvo|"),
# of a storm ("Hurricane Tarvel", named like a town), or of a hall or a painting named after
# a person or a city ("the Hall of Constantine", "The School of Athens"; not "the town hall of
# Constantine" or "the City Hall of Manila").
_FACILITY_BEFORE: Final = re.compile(
    r"(?:\b(?:Plaza|Praça|Place|Avenida|Calle|Carrer|Rue|Rua|Via|Jalan|Kaya|Mount|Lake|Cape|Port|"
    r"Fort|Río|Rio)(?: de| del| la)?|"
    r"[A-Z][\w-]*['’]s of|\b(?:Hurricane|Cyclone|Typhoon|Storm)|"
    r"(?<![\w-])(?<!City )(?<!Town )(?:Hall|School) of|"
    # A line's stations named after their squares or streets: "built the stations at |Tarvo|".
    r"\bstations (?:at|of)) $"
)
# Words for a street that a place is named too ("Kaya" is a street in Papiamento and a town):
# before a name or initials ("Kaya J.R. Tarvel", "Via Orvik"), the street, no place.
_STREET_WORDS: Final = frozenset({"Kaya", "Calle", "Carrer", "Rua", "Rue", "Via", "Jalan"})
_CAPITAL_AFTER: Final = re.compile(rf" [{CAPITALS}]")
# "the Croatian port of": a demonym (group 1) before a noun of a place, right before its name.
_DEMONYM_NOUN_OF: Final = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*) (?:port|town|city|village|island|region|province|district) of $"
)
# After a demonym, what makes it no country's: a feature's name ("Irish Sea") or a language's
# ("its Spanish initials").
_NO_COUNTRY_AFTER: Final = re.compile(r" (?:Ocean|Sea|acronym|initials|abbreviation)\b")
# ", the largest atoll in the world", ", a language": an appositive that makes a name no place
# (not ", a city across the river", ", a village above the river").
_FEATURE_APPOSITIVE: Final = re.compile(
    r", (?:the|an?) (?:(?!city|town|village|capital|port|district|region|province|county|"
    r"municipality|suburb|settlement|island)[\w-]+ ){0,3}?(?:atoll|language|dialect|river|lake|"
    r"mountain|volcano|reef|lagoon)\b"
)
# ", a barrier island off the coast": the name before is an island's, not a division's
# ("an island province", "the island nation" are divisions or countries; "the island's main
# town" is a town).
_ISLAND_APPOSITIVE: Final = re.compile(
    r", (?:the|an?) (?:[\w-]+ ){0,2}?island(?![\w'’-]| (?:province|state|nation|country|"
    r"territory|republic|district|municipality|council|town|city|capital)\b)"
)
# Before a continent's name, what makes it a region of it: "Latin America" is no country.
_REGION_BEFORE: Final = ("Central ", "Latin ", "South ", "North ")
# Before a city or region that names its country, what makes it a feature: "Lake Tarvel" (also
# a region), the "Río Grande" (Spanish for river; Rio de Janeiro is "Rio").
_FEATURE_BEFORE: Final = ("Lake ", "Mount ", "Río ")
# A ship's prefix and the capitalised words of its name before a position: "the MV Tui |Ono|".
# Or its noun: "the tanker |Aurora| Spirit", "the ferry |Kavala| Star".
_SHIP_WORDS: Final = (
    "MV", "MS", "MT", "SS", "RMS", "HMS", "HMAS", "HMNZS", "HMCS", "USS", "INS", "FV",
    "tanker", "freighter", "trawler", "vessel", "ship", "ferry", "yacht", "liner",
)  # fmt: skip
_SHIP_BEFORE: Final = re.compile(rf"\b(?:{'|'.join(_SHIP_WORDS)}) (?:[A-Z][\w'’-]* ){{0,3}}$")
# After a place, what says the name after is its former one: "Tarvik|, the port town formerly
# known as |Orvel", "Kyiv (formerly Kiev)".
_FORMER_NAME: Final = re.compile(
    r"(?:,? (?:the |a )?(?:[a-z-]+ ){0,3}| \()formerly (?:known as |called |named )?"
)
# Between two countries named as a pair or in a list: "Kyrgyz and Tajik", "India, Nepal",
# "Egypt, Turkey and the United Arab Emirates".
_PAIR_GAPS: Final = frozenset({" and ", ", ", " or ", "-", " and the ", ", the ", " or the "})
# What may end a clause right after a name.
_CLAUSE_PUNCTUATION: Final = frozenset(",.;:)")
# A river's verb after a name with "the", itself or after a clause joined by "and": "the Orvel
# leaves the lake at Tarvo and flows into ...", "the Orvel flows past" (a region named so too).
_RIVER_VERB_AFTER: Final = re.compile(
    r"(?: [^.;:!?,]{0,50} and)? (?:flows|flowed|meanders|empties|drains) "
    r"(?:into|through|past|across|from|out|north|south|east|west)\b"
)
# The entity type as a module constant: reading an enum member off its class is slow.
_LOCATION: Final = EntityType.LOCATION
_PERSON: Final = EntityType.PERSON
_ORGANIZATION: Final = EntityType.ORGANIZATION
# Population from which a known place abroad is sure (as `resolution.resolve_places` takes it).
_ABROAD: Final = 100_000
# One capitalised word of a name (hyphens inside: "Anse-à-Pitres").
_ONE_WORD: Final = rf"[{CAPITALS}][\w'’-]*"
_LIST_GAP: Final = r"(?:, | and |, and )"
# Where a list of one-word names ends: at punctuation or a lower-case word, not before more
# of a name ("Lac |du Bonnet|", "Tarvel Province", "Khan |al-Wazir|": an Arabic article too,
# and an elided French one, "Anse |d'Arlet|").
_LIST_END: Final = (
    r"(?=[,.;:)!?\"”]| (?!(?:de|du|da|del|la|le|los|las|nad|pod) "
    r"|(?:al|el|ad|an|ar|as|ash|at|az|ud)-|[dl]['’])[a-z]|$)"
)
# A preposition of place, then one-word names: "in |Tarvik|", "around |Kibumba| and |Rugari|",
# "Trucks from |Sevare|". Not "at" or "to", which name firms and bodies as often ("at Tesla"),
# but "at" after where a road or border is ("the border at |Tarvik|", "camps at |Orvel|") or
# one works or port stands: "the smelter at |Tarvik|", "a terminal at |Orvel|" (not a
# firm's "smelters at" a place it names by its country elsewhere, nor a border "gate at" a town
# that may lie across it).
# The pattern starts with a space, to which the regex engine skips in C; group 1 is where the
# names start. The same words capitalised start sentences and are found by substring searches.
_TOWN_PREPOSITION: Final = re.compile(
    r" (?:in|near|around|outside|from|(?:border|road|camps?|crossing|checkpoint|port"
    r"|terminal|plant|mill|(?<!of )mine|smelter|refinery|factory|tunnel|dam|industrial zone) at) "
    rf"([{CAPITALS}])"
)
_TOWN_PREPOSITIONS_STARTING: Final = ("In ", "Near ", "Around ", "Outside ", "From ")
# Where a sentence ends, before the next one's first word: a full stop, a line break, quotes.
_SENTENCE_END: Final = re.compile(r"(?:^|[.!?:;\"“”‘’(]\s*|\n)$")
# One-word names, a list of them, from where one starts: "Nesebar, Pomorie and |Primorsko|".
_NAMES_FROM: Final = re.compile(rf"{_ONE_WORD}(?:{_LIST_GAP}{_ONE_WORD})*{_LIST_END}")
# The same in a list with known places, where a name may start with its article: "|Las
# Tarvenas| and Orvel" (a name after a preposition alone may not: "in La Orvena" is a league's
# as often as a town's).
_ARTICLE_AND_WORD: Final = rf"(?:(?:La|Le|Les|El|Los|Las|Il|De|Al) )?{_ONE_WORD}"
_LISTED_NAMES_FROM: Final = re.compile(
    rf"{_ARTICLE_AND_WORD}(?:{_LIST_GAP}{_ARTICLE_AND_WORD})*{_LIST_END}"
)
# The one-word name of a list before a position: where the list starts is looked for back.
_LISTED_NAME_BEFORE: Final = re.compile(rf"{_ARTICLE_AND_WORD}{_LIST_GAP}$")
_LIST_SPLIT: Final = re.compile(_LIST_GAP)
# Endings of words for languages and peoples, no town's: "in Amharic", "from European capitals".
_NOT_TOWN_ENDS: Final = ("ish", "ese", "ic", "ean", "ian")
_COORDINATED_NAME: Final = re.compile(rf" (?:and|or) {_ONE_WORD}")
# After a name, a people's nouns: "from |Tarvis| and |Velnis| families" name peoples, not towns.
_PEOPLES_NOUN_AFTER: Final = re.compile(
    r" (?:families|family|clans?|tribes?|households|villages|communities|elders|chiefs)\b"
)
# A language by those endings, then the same preposition: "in Italian and in |Orvesh|".
_LANGUAGE_BEFORE: Final = re.compile(
    rf"\b[{CAPITALS}][\w]*(?:ish|ese|ic|ean|ian) (?:and|or) (?:in )?$"
)
# Words of naming before "in", whose name after is a language's: "as the town is called in
# |Orvesh|", "the word in |Orvesh|".
_NAMING_BEFORE: Final = re.compile(
    r"\b(?:called|spelt|spelled|written|word|name|means|meaning) in $"
)
# A name ending in a continent's names a region of it, no town: "Mesoamerica", "Latinoamérica".
_CONTINENT_ENDS: Final = ("america", "américa", "americas")
# Abbreviated titles, which a list's full stop would leave as a name: "in Brno, |Dr|. Jane Doe".
_TITLE_ABBREVIATIONS: Final = frozenset(
    {"dr", "mr", "mrs", "ms", "mx", "prof", "rev", "fr", "gen", "col", "capt", "lt", "sgt", "sen",
     "rep", "gov", "st", "mt", "jr", "sr"}
)  # fmt: skip
# A bank's one-word name ends so: "Tarvobank".
_BANK: Final = "bank"
# The last word before a position.
_LAST_WORD: Final = re.compile(r"[\w'’-]+$")
# An appositive that calls a name a firm: "Tarvomar, the shipbuilder", "Orvel, a steel firm";
# not past "of": "Orvik, the home of the carmaker," is a town.
_FIRM_APPOSITIVE: Final = re.compile(
    r"(?:the|an?) (?:(?!of )[\w-]+ ){0,3}?(?:company|firm|group|[a-z]*(?:builder|maker)|insurer|"
    r"lender|retailer|airline|carrier|manufacturer|producer|operator|supplier|contractor|conglomerate)"
    r"(?![\w'’-])(?! town)"
)
# No geonames id, no coordinates: a place only the text knows.
_UNLISTED: Final = Geo(None, None, None, 0)


def find_localities(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in text order) with the places the words around them introduce.

    Without the places that only name a feature, a facility or a ship: "Fergana Valley",
    "Keflavík International Airport", "the MV Tui Ono"; nor countries a feature or a language
    names ("Irish Sea", "its Spanish initials") or a continent's region ("Latin America").
    """
    mentions = _without_features(text, mentions)
    if "island of " in text:
        mentions = _without_islands_abroad(text, mentions)
    countries: dict[tuple[int, int], str] = {}  # the country a known place nearby says
    near: dict[tuple[int, int], frozenset[str]] = {}  # the countries it may say, of namesakes
    villages: list[tuple[int, int]] = []
    named_of = _places_of(text, villages)
    appositives: list[tuple[int, int]] = []
    listed: list[tuple[int, int]] = []  # "Elbert, Hart and Madison counties"
    found = [
        *named_of,
        *(divisions := _divisions(text, listed)),
        *_listed_before(text, _other_places_ends(text)),
        *_in_apposition(text, appositives, villages),
        *_set_near(text, mentions, countries, {start for start, _ in divisions}, near),
        *_near_a_site(text),
        *_journeys(text, mentions, countries),
        *(_border_sides(text, mentions, countries) if " side" in text else ()),
        *(towns := _towns_by_their_words(text, mentions)),
        *(_named_towns(text) if " Town" in text or " City" in text else ()),
        *_named_settlements(text, mentions),
    ]
    if found:
        # "in Fang district": a word before a division's noun, after a preposition of place.
        # And a city's quarter named before the city: "the |Tarvo| quarter of Orvel" is the
        # quarter, whatever country or person it is also named like.
        quarters = _quarters_of_cities(text, divisions, mentions, countries)
        placed = {
            d
            for d in divisions
            if text.endswith(_PLACE_PREPOSITIONS, 0, d[0])
            or _starts_with_preposition(text, d[0])
            or d in quarters
        }
        mentions = _merge(
            text,
            mentions,
            found,
            countries,
            sure={*named_of, *appositives, *placed, *listed},
            villages={*villages, *towns},
            divisions=set(divisions),
            near=near,
        )
    # A town only its preposition says is one lies where the places nearest to it do, not in
    # the country of a traveller or a border its sentence names ("a Polish tourist staying in
    # |Tarvik|"); so does a village, also where its sentence names whence people come.
    names = {text[start:end] for start, end in towns}
    mentions = _in_countries_of_their_sentence(
        text,
        _in_countries_said_before(text, _placed_where_named_elsewhere(text, mentions)),
        names,
        {text[start:end] for start, end in villages},
    )

    mentions = _former_names(text, mentions) if "formerly " in text else mentions
    mentions = _without_described_features(text, mentions)
    # A name the words around found, cut short of its particle: "from |Tarvo| do Orvel".
    mentions = [
        m
        for m in mentions
        if m.known.geo != _UNLISTED or not (_joined_to_a_name(text, m) or _names_a_maker(text, m))
    ]
    return _without_bodies_names(text, mentions)


def _quarters_of_cities(
    text: str,
    divisions: list[tuple[int, int]],
    mentions: list[Mention],
    countries: dict[tuple[int, int], str],
) -> set[tuple[int, int]]:
    """The names before a quarter's noun and the city it lies in: "the |Tarvo| quarter of Orvel".

    Each lies in its city's country, which is set in `countries` where a known city follows.
    """
    cities = {
        m.start: m.known.country
        for m in mentions
        if m.known.type is _LOCATION and m.known.geo is not None and not m.known.is_demonym
    }
    quarters = set()
    for span in divisions:
        city = _QUARTER_OF_A_CITY.match(text, span[1])
        if city is None:
            continue
        quarters.add(span)
        country = cities.get(city.start(1))
        if country and span not in countries:
            countries[span] = country
    return quarters


def _without_bodies_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without the places nobody listed whose names the text gives as a body's.

    A short name in brackets after a body's head noun ("the Civil Defence Institute
    (|Tarveci|)", then "engineers from Tarveci"), a bank's one-word name ("borrowed from
    |Tarvobank|") and a name set off as a firm's ("Tarvomar, the shipbuilder,", then "damages
    from |Tarvomar|"): the body, wherever named.
    """
    bodies = {
        m.surface
        for m in mentions
        if m.known.geo == _UNLISTED
        and (
            (" " not in m.surface and m.surface.lower().endswith(_BANK))
            or _bracketed_after_a_head(text, m.surface)
            or _set_off_as_a_firm(text, m.surface)
        )
    }
    return [m for m in mentions if m.surface not in bodies] if bodies else mentions


def _set_off_as_a_firm(text: str, name: str) -> bool:
    """Whether the text sets `name` off with an appositive that calls it a firm."""
    at = text.find(f"{name}, ")
    return at != -1 and _FIRM_APPOSITIVE.match(text, at + len(name) + 2) is not None


def _bracketed_after_a_head(text: str, name: str) -> bool:
    """Whether the text writes `name` in brackets right after a body's head noun."""
    at = text.find(f" ({name})")
    if at == -1:
        return False
    head = _LAST_WORD.search(text, max(0, at - 30), at)
    return head is not None and head.group().lower() in vocabulary().heads


def _without_described_features(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without the places the text itself calls a feature or a language, wherever named.

    "Kiritimati, the largest atoll in the world", "songs in Bhojpuri, the language of ...": an
    appositive right after the name says what it is.
    """
    features = {
        m.surface
        for m in mentions
        if m.known.geo is not None
        and text.startswith(", ", m.end)
        and _FEATURE_APPOSITIVE.match(text, m.end)
    }
    if " island" in text:
        # "Tarvo, a barrier island off the coast": an island is no division, where the text
        # calls it one anywhere (not a listed region: "Velno, an island province").
        features |= {
            m.surface
            for m in mentions
            if m.known.geo is not None
            and not m.known.geo.curated
            and _called_an_island(text, m.surface)
        }
    if not features:
        return mentions
    return [m for m in mentions if m.known.geo is None or m.surface not in features]


def _called_an_island(text: str, name: str) -> bool:
    """Whether an appositive after `name`, anywhere in the text, calls it an island."""
    at = text.find(f"{name}, ")
    while at != -1:
        # the whole word only: "Nusa-Bali, an island" says nothing of "Bali"
        whole = at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’-")
        if whole and _ISLAND_APPOSITIVE.match(text, at + len(name)) is not None:
            return True
        at = text.find(f"{name}, ", at + 1)
    return False


def _starts_with_preposition(text: str, start: int) -> bool:
    """Whether a name found from `start` starts a sentence with a preposition of place.

    "|In Unity| state, thousands ...": as "in" before it does inside a sentence (the
    preposition, a capitalised word, is taken off the name later).
    """
    return text.startswith(_TOWN_PREPOSITIONS_STARTING, start) and (
        start == 0 or _SENTENCE_END.search(text, max(0, start - 3), start) is not None
    )


def _towns_by_their_words(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """One-word names nobody listed that the words around say are towns.

    After a preposition of place ("in |Tarvik|", "around |Kibumba| and |Rugari|"), or listed
    with known places ("Nesebar, Pomorie and |Primorsko|", as many known as unknown); not a
    common word, a day, a continent or a language ("in Amharic").
    """
    not_name_starts = vocabulary().not_name_starts
    starts = [m.start for m in mentions]
    languages = {m.start for m in mentions if m.known.is_demonym}
    towns = []
    named: set[str | None] | None = None  # the countries the article names, when needed
    islands = "island of " in text  # one scan, not one per name
    for start, end in [
        *_after_prepositions(text, languages),
        *_listed_with_places(text, mentions, starts),
    ]:
        if not _may_be_a_town(text[start:end], not_name_starts):
            continue
        touching = _touching(mentions, starts, start, end)
        if touching:
            if named is None:
                named = {m.known.country for m in mentions if m.known.geo is None}
            if not _abroad(touching, start, end, named) or _set_in_its_region(
                text, mentions, starts, start, end
            ):
                continue
        if not (islands and f"island of {text[start:end]}" in text) and not _country_and_before(
            text, mentions, starts, start
        ):
            towns.append((start, end))  # not the island a town is on
    return towns


def _named_towns(text: str) -> list[tuple[int, int]]:
    """Names ending in "Town" or "City" after a preposition of place: "in |Kew Town|".

    Not "in Old Town", "in Inner City": a common word first.
    """
    common = common_words()
    return [
        match.span(1)
        for match in _NAME_TOWN.finditer(text)
        if match[1].split(" ", 1)[0].lower() not in common
    ]


def _named_settlements(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Names of a settlement's ending after a preposition of place: "in |Tarvel Bay|".

    Not a known place's feature: "in Manila Bay" is the sea. Nor a small town GeoNames lists
    in a country the article names: `smalltowns` decides whether it is the article's.
    """
    found = []
    known_starts = {m.start for m in mentions if m.known.geo is not None}
    named = {m.known.country for m in mentions if m.known.geo is None}
    towns = small_towns()
    for match in _NAMED_SETTLEMENTS.finditer(text):
        start = match.start(1)
        for name in _SETTLEMENTS_SPLIT.split(match[1]):
            if start not in known_starts and not _small_town_of(towns, name, named):
                found.append((start, start + len(name)))
            start += len(name) + (2 if text.startswith(", ", start + len(name)) else 5)
    return found


def _small_town_of(towns: dict[str, str], name: str, countries: set[str | None]) -> bool:
    """Whether GeoNames lists a small town of this name in one of `countries`."""
    lines = towns.get(name_key(name.split()), "")
    return any(line.split("\t")[1] in countries for line in lines.split("\n") if line)


def _after_prepositions(text: str, languages: set[int]) -> list[tuple[int, int]]:
    """The one-word names after a preposition of place: "in |Tarvik|", "around |A| and |B|".

    `languages`: where the words a language or a people may be named by start ("Thai").
    """
    after = [m.start(1) for m in _TOWN_PREPOSITION.finditer(text)]
    for preposition in _TOWN_PREPOSITIONS_STARTING:
        at = text.find(preposition)
        while at != -1:
            if _whole_word(text, at, at + len(preposition) - 1):
                after.append(at + len(preposition))
            at = text.find(preposition, at + 1)
    found = []
    for start in after:
        match = _NAMES_FROM.match(text, start)
        # Not "in Orvesh and other languages", nor "in Italian and in Orvesh".
        if (
            match is not None
            and not text.startswith(" and other ", match.end())
            and _PEOPLES_NOUN_AFTER.match(text, match.end()) is None
            and _LANGUAGE_BEFORE.search(text, max(0, start - 24), start) is None
            and _NAMING_BEFORE.search(text, max(0, start - 12), start) is None
        ):
            items = _items(match.group(), start)
            # Not "in English, Amharic and Orvesh", "in Orvesh and Thai": a list of languages.
            if len(items) == 1 or not any(
                _language_item(text, s, languages) or text[s:e].lower().endswith(_NOT_TOWN_ENDS)
                for s, e in items
            ):
                found += items
    return found


def _language_item(text: str, start: int, languages: set[int]) -> bool:
    """Whether a list's item is a language's word, joined alone: "in Orvesh |and Thai|".

    Not after a comma, where a people's word starts a clause ("from Orvel, Kenyan officials
    said").
    """
    return start in languages and text.endswith((" and ", " or "), 0, start)


def _listed_with_places(
    text: str, mentions: list[Mention], starts: list[int]
) -> list[tuple[int, int]]:
    """The unknown one-word names of lists that hold as many known places or more."""
    found = []
    read_to = 0  # where the last list read ends
    for m in mentions:
        if (
            m.start < read_to
            or m.known.geo is None
            or not (
                text.startswith((", ", " and "), m.end)
                or text.endswith((", ", " and "), 0, m.start)
            )
        ):
            continue  # most places are in no list, or in one read already
        start = m.start
        # A list's gap must end here first: the search tries each of 40 positions.
        while (
            text.endswith((", ", " and "), 0, start)
            and (before := _LISTED_NAME_BEFORE.search(text, max(0, start - 40), start)) is not None
            and not _continues_word(text, before.start())
        ):
            start = before.start()
        match = _LISTED_NAMES_FROM.match(text, start)
        if match is None:
            continue
        read_to = match.end()
        if " " not in match.group():
            continue  # one name, no list: every gap holds a space
        touched = [
            (span, _touching(mentions, starts, *span)) for span in _items(match.group(), start)
        ]
        known = sum(
            len(t) == 1 and (t[0].start, t[0].end) == span and t[0].known.geo is not None
            for span, t in touched
        )
        unknown = [span for span, t in touched if not t]
        if len(touched) > 1 and known >= len(unknown):
            found += unknown
    return found


def _set_in_its_region(
    text: str, mentions: list[Mention], starts: list[int], start: int, end: int
) -> bool:
    """Whether a known place is set in a place of its own country: "Cupertino, California"."""
    if not text.startswith(", ", end):
        return False
    (place, *_) = _touching(mentions, starts, start, end) or (None,)
    after = _touching(mentions, starts, end + 2, end + 3)
    return (
        place is not None
        and bool(after)
        and after[0].start == end + 2
        and after[0].known.country
        in {place.known.country, *(a.country for a in place.known.alternatives)}
    )


def _abroad(touching: list[Mention], start: int, end: int, named: set[str | None]) -> bool:
    """Whether the name here is only a small or other-spelled namesake abroad.

    Abroad: in a country the article does not name. "near |Boni|, in central Mali" is no
    Nigerian town spelled "Bonny" (`_merge` decides); "in Sochi" is Sochi.
    """
    place = touching[0].known
    return (
        len(touching) == 1
        and (touching[0].start, touching[0].end) == (start, end)
        and place.geo is not None
        and (place.geo.needs_cue or place.name != touching[0].surface)
        and place.country not in named
        and all(a.country not in named for a in place.alternatives)
    )


def _country_and_before(text: str, mentions: list[Mention], starts: list[int], start: int) -> bool:
    """Whether "<country> and " stands before: "Bosnia and |Herzegovina|" is one country."""
    if not text.endswith(" and ", 0, start):
        return False
    before = _touching(mentions, starts, start - 6, start - 5)
    return bool(before) and before[0].known.geo is None and before[0].known.type is _LOCATION


def _items(names: str, start: int) -> list[tuple[int, int]]:
    """The spans of the names of a list that starts at `start`: "A, B and C"."""
    if " " not in names:
        return [(start, start + len(names))]  # one name: every gap holds a space
    spans = []
    at = 0
    for gap in _LIST_SPLIT.finditer(names):
        spans.append((start + at, start + gap.start()))
        at = gap.end()
    spans.append((start + at, start + len(names)))
    return spans


def _may_be_a_town(name: str, not_name_starts: frozenset[str]) -> bool:
    lowered = name.lower()
    return not (
        lowered in common_words()
        or lowered in not_name_starts
        or name.isupper()
        or name.endswith(("'s", "’s", "'", "’"))
        or lowered in REGIONS_OF_THE_WORLD
        or lowered.endswith(_NOT_TOWN_ENDS + _CONTINENT_ENDS)
        or lowered in _TITLE_ABBREVIATIONS
    )


def _former_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place's former name is that place: "Tarvik, the town formerly known as |Orvel|"."""
    starts = {m.start: i for i, m in enumerate(mentions)}
    for m in mentions:
        if m.known.geo is None:
            continue
        former = _FORMER_NAME.match(text, m.end)
        if former is None or former.end() not in starts:
            continue
        j = starts[former.end()]
        if mentions[j].known.geo is not None:
            old = mentions[j]
            mentions[j] = Mention(m.known, old.start, old.end, old.surface)
    return mentions


def _in_countries_of_their_sentence(
    text: str, mentions: list[Mention], towns: set[str], villages: set[str]
) -> list[Mention]:
    """Places nobody listed, in the country their sentence names last before them.

    As in "Norway is building one at |Tarvik|"; not when two countries are named as a pair
    ("Kyrgyz and Tajik guards fired near |Ak-Tavrel|", or three in a list): the article's own
    country decides; nor for `towns`, the names of towns only their prepositions found. And a
    known place of the country so named, by its name, is no namesake elsewhere ("trains from
    Kyiv, in Ukraine, stopped at |Tolo|" is Ukraine's Tolo, not a smaller one of the country the
    article is on). Nor for `villages`, the names of villages, after a demonym; nor after a
    country people or things come from ("workers from Tarvelia live in villages such as |Orvo|":
    the article's).
    """
    last: Mention | None = None
    country_before: Mention | None = None  # a list of three or more is paired throughout
    for i, m in enumerate(mentions):
        known = m.known
        if known.geo is None:
            if known.type is _LOCATION and known.country and not _names_no_setting(text, m):
                paired = (
                    country_before is not None and text[country_before.end : m.start] in _PAIR_GAPS
                )
                last = None if paired else m
                country_before = m
            continue
        if last is None:
            continue
        between = text[last.end : m.start]
        if ". " in between or "\n" in between:
            continue
        if known.country:
            if known.country != last.known.country:
                last = None  # "from Kyiv, in Ukraine, to Tarvo and |Tolo|": Tarvo's country
            elif known.alternatives and not last.known.is_demonym:
                mentions[i] = Mention(replace(known, alternatives=()), m.start, m.end, m.surface)
        elif not (
            (last.known.is_demonym and m.surface in (towns | villages))
            # A country things or people come from is no setting: "antibodies bought from
            # Tarvelia, and a team in |Orvo|".
            or text.endswith(" from ", 0, last.start)
        ):
            mentions[i] = Mention(
                replace(known, country=last.known.country), m.start, m.end, m.surface
            )
    return mentions


def _placed_where_named_elsewhere(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place nobody listed and nothing placed, where the text set its name in its region.

    "buoys off |Tarvik|, Alaska" and later "the buoys off |Tarvik|": the same place, in the US,
    not in the country a sentence around the second names. Only a name the text set so, not
    one a weaker cue placed ("from |Tarvik| to Arkansas").
    """
    placed: dict[str, Known] = {}
    for town, region in itertools.pairwise(mentions):
        known = town.known
        if (
            known.geo is _UNLISTED
            and known.country
            and region.known.country == known.country
            and text[town.end : region.start] == ", "
        ):
            placed.setdefault(town.surface, known)
    if not placed:
        return mentions
    return [
        Mention(placed[m.surface], m.start, m.end, m.surface)
        if m.known.geo is _UNLISTED and m.known.country is None and m.surface in placed
        else m
        for m in mentions
    ]


def _names_no_setting(text: str, mention: Mention) -> bool:
    """Whether a country's name or demonym says who acts or whose a name is, not where.

    "a Moroccan-led consortium", "Chinese-built", "the Nippon Causeway": a compound or the
    first word of a longer name; a demonym before armed forces or their strikes, which act
    abroad ("Israeli jets", "Russian troops"), or before a border, which has two sides.
    """
    after = text[mention.end : mention.end + 2]
    if after[:1] == "-":
        return True
    if mention.known.is_demonym and _FORCES_AFTER.match(text, mention.end):
        return True  # "Israeli strikes hit the |Baalbek-Hermel| governorate": who strikes
    if mention.known.is_demonym and _BORDER_AFTER.match(text, mention.end):
        return True  # "|Tarvo|, on the Ruritanian border, and the |Orvo| district": either side
    # Not "Liberia's Lofa county": the possessive says where.
    return after[:1] == " " and after[1:].isupper() and not mention.surface.endswith(("'s", "’s"))


def _without_features(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without features, facilities and what names no country there.

    One pass, which also reads a country's name that starts an earlier place abroad as that
    place: "Panama City, Florida" and then "Panama" is not the country. Not "Mexico City" and
    "Mexico": the place lies in the country its first word names.
    """
    kept = []
    firsts: dict[str, Known] = {}  # first word → the first place of several words abroad
    # A people's name wherever it stands: "from Tarvis families ... his mother is Tarvis".
    peoples = {m.surface for m in mentions if m.known.geo is not None and _names_a_people(text, m)}
    for m in mentions:
        known = m.known
        if known.geo is not None:
            if (
                _names_a_feature(text, m)
                or m.surface in peoples
                or _after_a_ship(text, m.start)
                or (m.surface.startswith(_SAINTS) and _starts_a_longer_name(text, m))
                or _joined_to_a_name(text, m)
                or _names_a_maker(text, m)
                or (m.surface.startswith(_FEATURE_STARTS) and _named_after_a_place(m, mentions))
            ):
                continue  # "Fergana Valley", "the MV Tui Ono": a feature, a ship
            if known.country and " " in m.surface:
                firsts.setdefault(m.surface.split(" ", 1)[0], known)
            elif firsts and _short_form(m.surface, firsts.get(m.surface)):
                # "Santiago de los Caballeros ... in Santiago": the place named in full.
                m = Mention(firsts[m.surface], m.start, m.end, m.surface)  # noqa: PLW2901
        elif known.type is _LOCATION:
            if _no_country_there(text, m):
                continue
            place = firsts.get(m.surface) if firsts else None
            if place is not None and not known.is_demonym and known.country != place.country:
                m = Mention(place, m.start, m.end, m.surface)  # noqa: PLW2901 - re-pointed
        kept.append(m)
    return _short_forms_before(kept, firsts) if firsts else kept


def _short_forms_before(mentions: list[Mention], firsts: dict[str, Known]) -> list[Mention]:
    """A place's short form before its full name is that place, as it is after it.

    "Rio" in a headline, then "Rio de Janeiro" in the body: no namesake of the short form.
    """
    return [
        Mention(firsts[m.surface], m.start, m.end, m.surface)
        if m.known.geo is not None and _short_form(m.surface, firsts.get(m.surface))
        else m
        for m in mentions
    ]


def _starts_a_longer_name(text: str, mention: Mention) -> bool:
    """Whether a saint-named place is only the start of a longer place's name.

    "San Lorenzo Almecatla", "San Juan de Lurigancho": a village or a district nobody listed,
    no namesake of its first two words. Not where the next word is a common one ("San Diego
    County", "San Jose Mayor"): the place is named in full.
    """
    goes_on = _NAME_GOES_ON.match(text, mention.end)
    return goes_on is not None and goes_on.group(1).lower() not in common_words()


def _names_a_maker(text: str, mention: Mention) -> bool:
    """Whether a place's name names who made or runs a thing: "assembled by |Tarvo|"."""
    return (
        text.endswith((" by ", " and ", ", "), 0, mention.start)
        and _MAKER_BEFORE.search(text, max(0, mention.start - 100), mention.start) is not None
    )


def _joined_to_a_name(text: str, mention: Mention) -> bool:
    """Whether a small place's name is joined by a particle to another capitalised word.

    "Paraíso do |Tarvo|", "|Tarvo| de Abajo": one longer name nobody listed (a school, a
    village), not the namesake; a listed place of such a name is found whole. Not after a
    division's noun: "Municipio de |Tarvo|" is the place.
    """
    geo = mention.known.geo
    if geo is None or geo.curated or " " in mention.surface:
        return False
    before = _JOINED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    return (
        before is not None and before.group(1).lower() not in _DIVISIONS_BEFORE_PARTICLE
    ) or _JOINED_AFTER.match(text, mention.end) is not None


def _names_a_people(text: str, mention: Mention) -> bool:
    """Whether a town's name in the plural, before a people's noun, names a people.

    "in Tarvis villages", "from Tarvis and Velnis families": no town is written in the plural,
    the gazetteer only folds it so.
    """
    surface = mention.surface
    return (
        surface.endswith("s")
        and not mention.known.name.endswith("s")
        and _PEOPLES_NOUN_AFTER.match(text, _after_coordinated_name(text, mention.end)) is not None
    )


def _after_coordinated_name(text: str, end: int) -> int:
    """Where a name coordinated with the one ending at `end` ends: "Tarvis| and Velnis|"."""
    coordinated = _COORDINATED_NAME.match(text, end)
    return end if coordinated is None else coordinated.end()


def _after_a_ship(text: str, start: int) -> bool:
    """Whether a ship's prefix or noun, then up to three capitalised words, end at `start`."""
    if not text.endswith(" ", 0, start):
        return False
    # The search tries each of 40 positions: first, whether the word before could be in the
    # match, a capitalised one or one that ends with a ship's word.
    low = max(0, start - 40)
    word = text[text.rfind(" ", low, start - 1) + 1 : start - 1]
    return ("A" <= word[:1] <= "Z" or word.endswith(_SHIP_WORDS)) and (
        _SHIP_BEFORE.search(text, low, start) is not None
    )


def _without_islands_abroad(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without an island that shares its name with a place abroad.

    "On the island of Santiago" in a story on Cape Verde is no mention of Chile's capital, there
    or where named again; a place of a country the article names stays ("the island of Cebu").
    An uninhabited island is no town, named or not, there only: "the uninhabited island of
    Alofi" is no capital of Niue, and "Alofi, Niue's capital" after it is.
    """
    named = {m.known.country for m in mentions if m.known.geo is None and m.known.country}
    islands = {
        m.known
        for m in mentions
        if m.known.geo is not None
        and text.endswith("island of ", 0, m.start)
        and m.known.country not in named
        and all(a.country not in named for a in m.known.alternatives)
    }
    uninhabited = {
        m.start
        for m in mentions
        if m.known.geo is not None and text.endswith(" uninhabited island of ", 0, m.start)
    }
    if not islands and not uninhabited:
        return mentions
    return [m for m in mentions if m.known not in islands and m.start not in uninhabited]


def _named_after_a_place(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether "Lake X", a town abroad, is the lake of the place X the article names.

    "Lake Geneva" in a story on Geneva's laboratory is the lake, not the town in Wisconsin.
    """
    rest = mention.surface.split(" ", 1)[1]
    countries = {mention.known.country, *(a.country for a in mention.known.alternatives)}
    return any(
        m.surface == rest and m.known.geo is not None and m.known.country not in countries
        for m in mentions
    )


def _short_form(surface: str, place: Known | None) -> bool:
    """Whether a word is the short form of a place named before by its first word.

    "Santiago" of "Santiago de los Caballeros", not "Kansas" of "Kansas City".
    """
    if place is None:
        return False
    rest = place.name[len(surface) + 1 :] if place.name.startswith(surface + " ") else ""
    return rest[:1].islower()


def _no_country_there(text: str, mention: Mention) -> bool:
    """A country's name, demonym or city that names no country: "Irish Sea", "Lake Tarvel"."""
    if mention.known.is_demonym:
        return _NO_COUNTRY_AFTER.match(text, mention.end) is not None
    if text.startswith((" Sea", " Ocean"), mention.end) and mention.known.geo is None:
        # "the South China Sea": a sea, whose coasts are many countries'.
        return _NO_COUNTRY_AFTER.match(text, mention.end) is not None
    if text.endswith(_FEATURE_BEFORE, 0, mention.start):
        return not _is_country_name(mention.known.name)  # "Mount Kenya" still names Kenya
    if mention.surface == "Río":
        # "Río Indio": a river, not the city the English "Rio" names.
        return (
            text.startswith(" ", mention.end) and text[mention.end + 1 : mention.end + 2].isupper()
        )
    return text.endswith(_REGION_BEFORE, 0, mention.start) and (
        mention.surface.casefold() in REGIONS_OF_THE_WORLD
    )


@functools.cache  # pycountry's lookup walks every country
def _is_country_name(name: str) -> bool:
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def _in_countries_said_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """Places nobody listed, in the country a demonym before them says.

    As in "the Croatian port of |Ploče|", and where named again, before or after; the others
    lie in the article's own country (`resolution.resolve_places`).
    """
    demonyms: dict[int, str] | None = None
    said: dict[str, str] = {}  # surface → the country a demonym before it says
    for m in mentions:
        if m.known.geo is None or m.known.geo.geonames_id is not None or m.known.country:
            continue
        before = _DEMONYM_NOUN_OF.search(text, max(0, m.start - 40), m.start)
        if before is None:
            continue
        if demonyms is None:
            demonyms = {d.end: d.known.country or "" for d in mentions if d.known.is_demonym}
        country = demonyms.get(before.end(1))
        if country:
            said.setdefault(m.surface, country)
    if said:
        for i, m in enumerate(mentions):
            country = said.get(m.surface)
            if country and m.known.geo is not None and not m.known.country:
                mentions[i] = Mention(replace(m.known, country=country), m.start, m.end, m.surface)
    return mentions


def _names_a_feature(text: str, mention: Mention) -> bool:
    """Whether a place mention is (in) the name of a natural feature or a facility."""
    if mention.known.geo is None:
        return False  # a country or a demonym: "Kuwait Oil Company" still names Kuwait
    surface = mention.surface
    return (
        surface.casefold() in REGIONS_OF_THE_WORLD  # "Asia", a town in the Philippines
        # "Mount Kenya", "Tarvel Lake", but "Cape Town" is a city's own name.
        or (
            (surface.startswith(_FEATURE_STARTS) or surface.rsplit(" ", 1)[-1] in _FEATURE_ENDS)
            and not _city_named(mention.known, surface)
        )
        # "flows into the Orvel.": a town takes no article, a river does (a listed region may,
        # "the Donbas", and a division before its noun, "the Puno region").
        or (
            not mention.known.geo.curated
            and " " not in surface
            and text.endswith(" the ", 0, mention.start)
            and text[mention.end : mention.end + 1] in _CLAUSE_PUNCTUATION
        )
        or (surface in _STREET_WORDS and _CAPITAL_AFTER.match(text, mention.end) is not None)
        or (
            text.endswith((" the ", "The "), 0, mention.start)
            and _RIVER_VERB_AFTER.match(text, mention.end) is not None
        )
        # "the port of |Velno| Nord": the first word of a port's own name, no town.
        or (
            text.endswith(" port of ", 0, mention.start)
            and _CAPITAL_AFTER.match(text, mention.end) is not None
        )
        or (
            text.endswith(_FACILITY_BEFORE_ENDS, 0, mention.start)
            and _FACILITY_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
        )
        # "Tarvo's airport" is the place's own: a possessive names no facility after a place.
        or (
            text.startswith(" ", mention.end)
            and not surface.endswith(("'s", "’s"))
            and (
                _FACILITY_AFTER.match(text, mention.end) is not None
                or _FACILITIES_AFTER.match(text, mention.end) is not None
                or (
                    text.startswith(" and ", mention.end)
                    and _PAIRED_FACILITY_AFTER.match(text, mention.end) is not None
                )
            )
        )
    )


def _city_named(known: Known, surface: str) -> bool:
    """Whether a surface is a listed city's own name, people and all: "Cape Town"."""
    geo = known.geo
    return (
        geo is not None
        and geo.geonames_id is not None  # a feature named after a town has none
        and geo.population > 0
        and known.name == surface
    )


def _set_near(
    text: str,
    mentions: list[Mention],
    countries: dict[tuple[int, int], str],
    divisions: set[int],
    near_countries: dict[tuple[int, int], frozenset[str]],
) -> list[tuple[int, int]]:
    """A name set by a known place is a place in its country.

    As in "Fordow, near Qom", and after a preposition of place "in Tamazula, in the
    neighbouring state of Durango", "from La Matanza, on the western edge of Buenos Aires";
    and "at Tarvik, in Varnö municipality", a division the words around say is one
    (`divisions`, where their names start); and "at Tarvik, east of Athens". Where the known
    place needs no cue, the countries it and its namesakes lie in go to `near_countries`.
    """
    found = []
    starts = {m.start: m for m in mentions}
    for cue in _SET_NEAR:
        at = text.find(cue)
        while at != -1:
            where = at + len(cue)
            if cue in _SET_IN and (of := _OF_A_PLACE.match(text, where - 1)) is not None:
                where = of.end()
            near = starts.get(where)  # first: most cues set nothing known
            if (near is None or near.known.type is not _LOCATION) and where not in divisions:
                at = text.find(cue, where)
                continue
            # The name before, or the names of a list: "around |Kibumba| and |Rugari|, on the
            # main road north of Goma".
            # Not a continent: "the nearest one in |Africa|, in Velno".
            names = [
                n
                for n in _listed_before(text, [at])
                if text[n[0] : n[1]].casefold() not in REGIONS_OF_THE_WORLD
            ]
            if (
                names
                and (near is None or not near.known.is_demonym)
                and (cue not in _SET_IN or text.endswith(_PLACE_PREPOSITIONS, 0, names[-1][0]))
            ):
                found += names
                # Of namesakes ("Durango", Spain or Mexico), the article's countries choose; a
                # division nobody listed leaves the country to them too.
                known = near.known if near is not None else None
                if (
                    known is not None
                    and known.type is _LOCATION
                    and known.country
                    and not known.alternatives
                ):
                    countries.update(dict.fromkeys(names, known.country))
                # Only a place sure of itself: not "Fife" as a small namesake abroad, yet.
                if known is not None and known.geo is not None and not known.geo.needs_cue:
                    lies_in = {k.country for k in (known, *known.alternatives) if k.country}
                    near_countries.update(dict.fromkeys(names, frozenset(lies_in)))
            at = text.find(cue, at + len(cue))
    return found


def _journeys(
    text: str, mentions: list[Mention], countries: dict[tuple[int, int], str]
) -> list[tuple[int, int]]:
    """The other end of a journey from or to a known place, in that place's country.

    As in "from Suva to |X|" and "from |X| to Suva".
    """
    found = []
    for m in mentions:
        if m.known.geo is None or not m.known.country:
            continue
        name = None
        if text.startswith(" to ", m.end) and text.endswith("from ", 0, m.start):
            name = _NAME_AFTER.match(text, m.end + len(" to "))
        elif text.endswith(" to ", 0, m.start):
            name = _FROM_NAME_BEFORE.search(text, max(0, m.start - 60), m.start - len(" to "))
        if name is not None:
            span = name.span(1) if name.re is _FROM_NAME_BEFORE else name.span()
            found.append(span)
            if not m.known.alternatives:  # of namesakes, the article's countries choose
                countries[span] = m.known.country
    return found


def _near_a_site(text: str) -> list[tuple[int, int]]:
    """A name after a camp, a mine or a settlement "near" or "outside" it: "the camp near |X|".

    Not a feature's name ("near Lake Orvel", "outside the Tarvel Valley").
    """
    found = []
    for cue in (" near ", " outside "):
        at = text.find(cue)
        while at != -1:
            start = at + len(cue)
            # Most are followed by a lower-case word.
            if text[start : start + 1].isupper() or _ARTICLE_FIRST.match(text, start):
                noun = text[text.rfind(" ", max(0, at - 16), at) + 1 : at]
                name = _NAME_AFTER.match(text, start) if noun in _SITES else None
                if (
                    name is not None
                    and not name.group().startswith(_FEATURE_STARTS)
                    and name.group().rsplit(" ", 1)[-1] not in _FEATURE_ENDS
                ):
                    found.append(name.span())
            at = text.find(cue, start)
    return found


def _divisions(text: str, listed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A division's name before its noun: "East Nusa Tenggara province", "East Gojjam zone".

    Or a region's: "the Northern Red Sea region" (not "the Sahel region", a part of the world).

    And the names of a list before its plural: "Zavkhan, Uvs and Khovd provinces" (not
    "states": "the Gulf states"), which, two or more, are added to `listed` too: sure, even
    when a word or a surname ("Elbert, Hart and Madison counties"; not "Whole provinces").
    """
    found = []
    lowered = text.lower()  # one search for "province" and "Province"
    for noun in _DIVISION_NOUNS:
        at = lowered.find(noun)
        while at != -1:
            end = at + len(noun)
            if noun not in _CAPITALISED_DIVISION_NOUNS and not text[at + 1].islower():
                at = lowered.find(noun, end)
                continue  # "Islamic State", "Central District": names of other things
            if not text[end : end + 1].isalpha():
                name = _NAME_BEFORE.search(text, max(0, at - 60), at)
                if not (
                    name is None
                    or (noun == " region" and _beyond_countries(name[1]))
                    or name[1].casefold() in _FAITH_ADJECTIVES
                    or after_an_indefinite_article(text, name.start(1))  # "a Tarvish district"
                ):
                    found.append(name.span(1))
            elif text[end] == "s" and noun != " state" and not text[end + 1 : end + 2].isalpha():
                items = _listed_before(text, [at])
                (listed if len(items) > 1 else found).extend(items)
            at = lowered.find(noun, end)
    for at in (at for noun in _DIVISIONS_NOUNS for at in _occurrences(text, noun)):
        items = _listed_before(text, [at])
        (listed if len(items) > 1 else found).extend(items)
    return found + listed


def _beyond_countries(name: str) -> bool:
    """Whether a name before "region" names a part of the world, not of a country.

    "the Sahel region", "the Asia-Pacific region", "the Horn of Africa region", "the Gulf region".
    """
    return any(
        word in REGIONS_OF_THE_WORLD or word in _WORLD_REGION_WORDS
        for word in name.casefold().replace("-", " ").split(" ")
    )


def _listed_before(text: str, ends: list[int]) -> list[tuple[int, int]]:
    """The names of a list before where each of `ends` starts: "Zavkhan, Uvs and Khovd"."""
    found = []
    for end in ends:
        at = end
        while (name := _NAME_BEFORE.search(text, max(0, at - 60), at)) is not None:
            found.append(name.span(1))
            gap = next((g for g in _LIST_GAPS if text.endswith(g, 0, name.start())), None)
            if gap is None:
                break
            at = name.start() - len(gap)
    return found


def _other_places_ends(text: str) -> list[int]:
    """Where lists end before "and three other villages" (", and three ..." too)."""
    return [m.start() - text.endswith(",", 0, m.start()) for m in _OTHER_PLACES.finditer(text)]


def _occurrences(text: str, word: str) -> list[int]:
    """Where `word` stands, not followed by a letter: " provinces" but not " provincesque"."""
    found = []
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not text[end : end + 1].isalpha():
            found.append(at)
        at = text.find(word, end)
    return found


def _in_apposition(
    text: str, singular: list[tuple[int, int]], villages: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Populated places in apposition: "Boru, a village", "Chbar Mon, the provincial capital".

    And the list before a plural ("Nobo and Klatanlo, two villages"), and the name after "the
    provincial capital, ". The names set off by "a town", "a village" are added to `singular`
    too: sure even when a word ("Hope, a town on the coast"); those set "north of the capital"
    to `villages`: of the story's own country, not a namesake abroad ("Mele, north of the
    capital" in a story on Vanuatu is no German town).
    """
    found = []
    for appositive, own_town in ((_CAPITAL_APPOSITIVE, False), (_MAIN_TOWN_APPOSITIVE, True)):
        for match in appositive.finditer(text):
            name = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
            if name is not None:
                found.append(name.span(1))
                if own_town:  # the story's island's town, no namesake abroad
                    villages.append(name.span(1))
    for match in _PLACE_APPOSITIVE.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if name is None or (
            match.group("division")
            and not text.endswith((*_PLACE_PREPOSITIONS, " to "), 0, name.start(1))
        ):
            continue
        names = [name.span(1)]
        if match.group().split(" ")[1] not in {"a", "an", "the"}:
            names += _listed_before(text, [match.start()])  # "Nobo and Klatanlo, two villages"
        else:
            singular.append(name.span(1))
        if match.group("home") or (
            _QUARTER_NOUN.search(match.group()) is not None
            and _IN_A_NAMED_PLACE.match(text, match.end()) is None
        ):
            villages += names
        found += names
    at = text.find(" capital, ")
    while at != -1:
        if _CAPITAL_BEFORE.search(text, max(0, at - 30), at + 1) is not None:
            name = _NAME_AFTER.match(text, at + len(" capital, "))
            if name is not None:
                found.append(name.span())
        at = text.find(" capital, ", at + 1)
    return found


def _places_of(text: str, villages: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names after "the villages of": "|Villa Independencia| and |El Olivar|".

    Those after "village(s) of" are added to `villages` too. And the names a plural noun of
    places says they are: "the worst-hit counties are |Twic East|, |Duk| and |Ayod|".
    """
    found = []
    for joiner, nouns in _NOUNS_BEFORE_NAMES:
        at = text.find(joiner)
        while at != -1:
            start = at + len(joiner)
            name = None
            # Most are followed by a lower-case word.
            if text[start : start + 1].isupper() or _ARTICLE_FIRST.match(text, start):
                noun = text[text.rfind(" ", max(0, at - 16), at) + 1 : at]
                name = _NAME_AFTER.match(text, start) if noun in nouns else None
                if name is not None and noun == "quarter" and not _after_the(text, at - len(noun)):
                    name = None  # "a quarter of Britons", "the old quarter of Orvel"
                if name is not None and noun in _DIVISIONS_OF and _is_country_name(name.group()):
                    name = None  # "the breakaway region of Somalia": a part of the country
                if (
                    name is not None
                    and noun in {"town", "city"}
                    and text[max(0, at - 30) : at - len(noun)].endswith(_SUPERLATIVES)
                    and _is_country_name(name.group())
                ):
                    name = None  # "the main town of Mayotte", "of Greenland": a country's town
                if name is not None and noun == "seat" and _no_seat_name(name.group()):
                    name = None  # "the seat of Parliament", "the seat of UNESCO"
                if (
                    name is not None
                    and noun == "seat"
                    and (_no_constituency(text, at) or text.startswith(_WHO, name.end()))
                ):
                    name = None  # "the bishop took the seat of Hope", "of Tarvel, who"
            while name is not None:
                found.append(name.span())
                if noun in _VILLAGE_NOUNS:
                    villages.append(name.span())
                following = _NEXT_NAME.match(text, name.end()) if noun.endswith("s") else None
                name = _NAME_AFTER.match(text, following.start(1)) if following else None
            at = text.find(joiner, start)
    return found


def _after_the(text: str, at: int) -> bool:
    """Whether the word at `at` follows "the" alone: "the quarter", "The quarter"."""
    return text[max(0, at - 4) : at] in {"the ", "The "} and (at < 5 or not text[at - 5].isalnum())


def _no_constituency(text: str, at: int) -> bool:
    """Whether "seat of" (its "of" at `at`) names no constituency: nothing electoral before.

    "the Somerset seat of |Wells|", "the county seat of |Bath|", "Labour held the seat of
    |Morley|" name the town; "the bishop took the seat of Hope", "the seat of Labour veteran
    Jane Doe", "the Senate seat of Vance" (a senator's) name none.
    """
    # The two words before "seat": "held the", "the Somerset", "the county".
    verb, qualifier = ["", "", *text[max(0, at - 60) : at].split(" ")][-3:-1]
    if qualifier in _SEAT_QUALIFIERS:
        return False
    if qualifier[:1].isupper() and qualifier.lower() not in _NOT_SEAT_REGIONS:
        return qualifier.lower() in vocabulary().heads
    return not (qualifier == "the" and verb.lower() in _ELECTORAL_VERBS)


def _no_seat_name(name: str) -> bool:
    """Whether a name after "seat of" is no constituency's: a body's word or an acronym in it.

    "the Somerset seat of |Wells|" is the town's; "the seat of Parliament", "the seat of
    Government House", "the seat of UNESCO" name a body's seat.
    """
    heads = vocabulary().heads
    return any(
        word.lower() in heads or word.lower() in _SEATS_OF_BODIES or word.isupper()
        for word in name.split(" ")
    )


def _stays(known: Known, surface: str, named: set[str], *, division: bool) -> bool:
    """Whether a known place the words around say is a place stays the known one.

    It does when it needs no cue and the article names its country, or no country; and when
    it is large and the article names its country ("El Geneina, the state capital", a city of
    160,000 under another name, in a story on Sudanese refugees in Chad). A small namesake
    yields to a place of the article's own country: "the Chacarita neighbourhood" in a story
    on Paraguay is not Costa Rica's town, "El Porvenir, a community" in Guatemala not Mexico's.
    A first-level division of a country the article names stays too: "Liberia's Grand Gedeh
    county" is Liberia's, though the story is on Guinea. So does a small town by its own name,
    of no namesake elsewhere, in a country the article names ("in Tolo, the capital of its
    province" is that town, not a new one of the country named most); by another name too,
    unless a division's noun follows it ("the northern city of Rason" is Rajin, by its newer
    name; "Grand Bassa county" is no other name of Buchanan, its capital).
    """
    geo = known.geo
    if geo is None:
        return False  # a country's name set off as a town: `_merge` lets only those through
    if (
        known.country in named
        and not known.alternatives
        and (surface == known.name or not division)
    ):
        return True
    if known.country in named or any(a.country in named for a in known.alternatives):
        return not geo.needs_cue or geo.population >= _ABROAD or _is_division(geo)
    return not geo.needs_cue


def _lies_elsewhere(known: Known, countries: frozenset[str]) -> bool:
    """Whether a known place, not curated, lies only outside the countries its setting says."""
    return (
        known.geo is not None
        and not known.geo.curated
        and all(k.country not in countries for k in (known, *known.alternatives))
    )


def _town_abroad(known: Known, named: set[str]) -> bool:
    """Whether a known place is a town of a country the article does not name, no village."""
    geo = known.geo
    return (
        geo is not None
        and not geo.curated
        and geo.population >= MAJOR_POPULATION
        and known.country not in named
        and all(a.country not in named for a in known.alternatives)
    )


def _is_division(geo: Geo) -> bool:
    """Whether a place is a first-level division of ISO 3166-2: no id, no people, needs a cue."""
    return geo.geonames_id is None and geo.needs_cue and not geo.population


def _without_sentence_start(
    text: str, span: tuple[int, int], not_name_starts: frozenset[str]
) -> tuple[int, int]:
    """The span without the capitalised words a sentence starts with ("In", "The", "Monday")."""
    start, end = span
    words = text[start:end].split(" ")
    while words and words[0].lower() in not_name_starts:
        start += len(words.pop(0)) + 1
    if words and words[-1].endswith(("'s", "’s")):
        return end, end  # "Monday's district elections": whose, not where
    # "Tavrel's |Jabal al-Qasri| district": the owner is no part of the name.
    owners = [i for i, word in enumerate(words[:-1]) if word.endswith(("'s", "’s"))]
    if owners:
        start += sum(len(word) + 1 for word in words[: owners[-1] + 1])
    return start, end


def _merge(
    text: str,
    mentions: list[Mention],
    found: list[tuple[int, int]],
    countries: dict[tuple[int, int], str],
    *,
    sure: set[tuple[int, int]],
    villages: set[tuple[int, int]],
    divisions: set[tuple[int, int]],
    near: dict[tuple[int, int], frozenset[str]],
) -> list[Mention]:
    """The mentions with the places found in.

    Those named after "the town of" or before ", a town" (`sure`) are places even when a word:
    "the town of Hope". A city abroad is no village: "the village of Gouda" in France is not
    the Dutch town of 70,000 (`villages`). Nor is a place set near a known one (`near`, with
    the countries that one may lie in) a city of another country: "at Tarvo, east of Athens"
    is a Greek village, whatever city abroad is called so.
    """
    dropped: set[int] = set()
    added: list[Mention] = []
    named = {m.known.country for m in mentions if m.known.geo is None and m.known.country}
    not_name_starts = vocabulary().not_name_starts
    common = common_words()
    starts = [m.start for m in mentions]  # in text order: the gazetteer's and the finders'
    for span in sorted(set(found), key=lambda s: s[0] - s[1]):  # longest first
        start, end = _without_sentence_start(text, span, not_name_starts)
        if start >= end or any(a.start < end and start < a.end for a in added):
            continue
        touching = _touching(mentions, starts, start, end)
        if (
            not touching
            and " " not in text[start:end]
            and text[start:end].lower() in common
            and span not in sure
        ) or _FACILITY_LAST.search(text, start, end):
            continue  # "Each district", "Officials, two ...", "Tarvel Airport, near Orvik"
        if any(
            m.start < start
            or m.end > end
            or (
                m.known.type is not _LOCATION
                # "Jane Tavrel" said so, then "in Tavrel, a town": a surname alone yields; so
                # does a whole name set off as a place ("In Mitzpe Tarvo, a kibbutz").
                and not (
                    span in sure
                    and (
                        (
                            m.known.type is _PERSON
                            and (m.surface != m.known.name or (m.start, m.end) == (start, end))
                        )
                        # "from Tarvo Union, a village": a place named like a body.
                        or (m.known.type is _ORGANIZATION and (m.start, m.end) == (start, end))
                    )
                )
                # No person's name ends before a division's noun: "Hay |Al Wahda| district".
                and not (span in divisions and m.known.type is _PERSON and m.end == end)
            )
            # "Kenyan villages"; but a country's name set off as a town is one: "in |Jordan|,
            # a village near Tarvel", "the neighbourhood of |Peru|"; and a region that names
            # its country is part of a division's hyphenated name: "Split-|Dalmatia| County".
            or (
                m.known.type is _LOCATION
                and m.known.geo is None
                and (m.known.is_demonym or span not in sure or (m.start, m.end) != (start, end))
                and not (text[m.start - 1 : m.start] == "-" and m.start > start)
            )
            # A place known well enough stays as it is ("Kaduna state").
            or (
                m.start == start
                and m.end == end
                and m.known.type is _LOCATION
                and _stays(m.known, m.surface, named, division=span in divisions)
                and not (span in villages and _town_abroad(m.known, named))
                and not (span in near and _lies_elsewhere(m.known, near[span]))
                # "Tolo county" is no short form of the city "Tolo-Varna": its own region.
                and not (span in divisions and m.known.name.startswith(f"{m.surface}-"))
            )
            for m in touching
        ):
            continue
        dropped.update(id(m) for m in touching)  # "Tenggara" inside "East Nusa Tenggara"
        name = text[start:end]
        known = _named_before_so(name, [*mentions, *added], short=span not in divisions) or Known(
            name,
            EntityType.LOCATION,
            countries.get(span) or _country_set_after(text, mentions, starts, end),
            geo=_UNLISTED,
        )
        added.append(Mention(known, start, end, name))
    if not added:
        return mentions
    added += _named_again(text, mentions, added, dropped)
    return sorted([*(m for m in mentions if id(m) not in dropped), *added], key=lambda m: m.start)


def _country_set_after(
    text: str, mentions: list[Mention], starts: list[int], end: int
) -> str | None:
    """The country of a known place or country set off right after a name: "Haleiwa, |Hawaii|".

    Not a demonym ("Tarvik, Kenyan police said") nor a place of several countries' namesakes.
    """
    if not text.startswith(", ", end):
        return None
    side = _SIDE_AFTER.match(text, end)
    if side is not None:  # "Dostyk, on the |Kazakh| side of the border"
        return _demonym_country(mentions, starts, side.start(1))
    after = _touching(mentions, starts, end + 2, end + 3)
    if not after or after[0].start != end + 2:
        return None
    known = after[0].known
    if known.type is not _LOCATION or known.is_demonym or known.alternatives:
        return None
    return known.country


def _demonym_country(mentions: list[Mention], starts: list[int], start: int) -> str | None:
    """The country of the demonym mentioned at `start`, if one is."""
    at = _touching(mentions, starts, start, start + 1)
    if not at or at[0].start != start or not at[0].known.is_demonym:
        return None
    return at[0].known.country


def _border_sides(
    text: str, mentions: list[Mention], countries: dict[tuple[int, int], str]
) -> list[tuple[int, int]]:
    """A town after a preposition, set off on one side of a border: in that side's country.

    "At |Małaszewicze|, on the Polish side, they are moved", "near |Dostyk|, on the Kazakh
    side of the border". Not a demonym's people ("on the Polish side of the family" follows
    no place) nor a team ("Smith, on the Irish side", no preposition of place before).
    """
    found = []
    starts = [m.start for m in mentions]
    for side in _SIDE_AFTER.finditer(text):
        name = _NAME_BEFORE_SIDE.search(text, max(0, side.start() - 60), side.start())
        country = _demonym_country(mentions, starts, side.start(1))
        if name is None or country is None or name.group(1).lower() in common_words():
            continue
        span = name.span(1)
        found.append(span)
        countries[span] = country
    return found


def _named_before_so(name: str, mentions: list[Mention], *, short: bool) -> Known | None:
    """A known place this name is another spelling or (if `short`) the short form of.

    "Sevare" after "Sévaré"; "Jastrzębie" after "Jastrzębie-Zdrój", but not a division
    named so ("Jastrzębie county").
    """
    key = skeleton(name)
    return next(
        (
            m.known
            for m in mentions
            if m.known.geo is not None
            and m.surface != name  # the one found here replaces a namesake of that spelling
            and (skeleton(m.surface) == key or (short and m.surface.startswith(f"{name}-")))
        ),
        None,
    )


def _named_again(
    text: str, mentions: list[Mention], added: list[Mention], dropped: set[int]
) -> list[Mention]:
    """The places found, where named again: the same place, not what matched there.

    As in "the town of Fahaheel" and "in Fahaheel" (a namesake needing a cue matched), or
    "Govi-Altai province" and "in Govi-Altai" (a town "Altai" matched).
    """
    again = []
    starts = [m.start for m in mentions]
    taken = [(a.start, a.end) for a in added]
    for place in {a.surface: a for a in added}.values():
        at = text.find(place.surface)
        while at != -1:
            end = at + len(place.surface)
            touching = _touching(mentions, starts, at, end)
            if (
                _whole_word(text, at, end)
                and not any(s < end and at < e for s, e in taken)
                and all(
                    at <= m.start
                    and m.end <= end
                    and m.known.geo is not None
                    and (m.known.geo.needs_cue or (m.start, m.end) != (at, end))
                    for m in touching
                )
            ):
                dropped.update(id(m) for m in touching)
                again.append(Mention(place.known, at, end, place.surface))
                taken.append((at, end))
            at = text.find(place.surface, end)
    return again


def _touching(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """The mentions (in text order, none overlapping) that overlap text[start:end]."""
    low = max(bisect_left(starts, start) - 1, 0)
    return [m for m in mentions[low : bisect_left(starts, end)] if m.start < end and start < m.end]


def _continues_word(text: str, at: int) -> bool:
    """Whether the character before `at` belongs to the same word: "al-|Quds", "O'|Brien"."""
    before = text[at - 1 : at] if at else ""
    return before.isalnum() or before in "-_'’"


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start] if start else ""
    after = text[end : end + 1]
    return not (before.isalnum() or before in "-_'’") and not (after.isalnum() or after in "-_")


# Compass points that, before a town the text also names alone, name a quarter of it.
_QUARTER_COMPASS: Final = ("North ", "South ", "East ", "West ")


def compass_quarters(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a town's compass quarter ("North Tarvel") as a place of its own.

    Only where the text names the town alone too: the quarter is then part of that town, in its
    country, and no other region's name ("South Tyrol" is no town's quarter).
    """
    quarters: dict[int, int] = {}  # index of the town's mention: where its compass word starts
    alone: set[str] = set()
    for i, mention in enumerate(mentions):
        geo = mention.known.geo
        if geo is None or not geo.population:
            continue
        start = text.rfind(" ", 0, mention.start - 1) + 1
        if text[start : mention.start] in _QUARTER_COMPASS and not _continues_word(text, start):
            quarters[i] = start
        else:
            alone.add(mention.known.name)
    if not quarters:
        return mentions
    mentions = list(mentions)
    for i, start in quarters.items():
        mention = mentions[i]
        if mention.known.name not in alone:
            continue
        compass = text[start : mention.start]
        town = mention.known
        alternatives = tuple(replace(a, name=compass + a.name) for a in town.alternatives)
        known = replace(town, name=compass + town.name, alternatives=alternatives)
        mentions[i] = Mention(known, start, mention.end, compass + mention.surface)
    return mentions
