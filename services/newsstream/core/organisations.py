"""Organisations nobody listed, from how news writes their names.

The gazetteer knows listed organisations and finds some others; this module adds what the shape
of the text says, over the gazetteer's mentions:

- a capitalised name with a head noun ("General Confederation of Labour", "People's Bank of
  China") or a company's last word ("Hudbay Minerals");
- a name a lower-case noun introduces ("mining company Vale", "the Fano militia") or sets off
  after it ("Cáritas Argentina, the Catholic aid organisation,");
- a name spelled out before its acronym ("Royal Canadian Mounted Police (RCMP)"): the acronym
  then names it everywhere in the text, over a listed organisation of the same letters;
- a listed organisation's national branch ("Canadian Red Cross"); and later shortened forms of a
  name ("Red Cross", "Chapitos") are the same organisation.

The vocabulary is `data/organisations.toml`. Capitalised runs are found with one regular
expression and looked up in sets, so the cost does not grow with the vocabulary.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Final

from ahocorasick import Automaton

from newsstream.core.automata import keyed_automaton
from newsstream.core.gazetteer import (
    COUNT_WORDS,
    FACILITY_ENDS,
    MEMBERS_AFTER,
    NAME_PARTICLES,
    NO_BODY_ENDS,
    OWNED_BODIES,
    PLACES_APPOSITIVE,
    Known,
    Mention,
    club_initials,
    person_titles,
)
from newsstream.core.models import EntityType
from newsstream.core.names import plain
from newsstream.core.places import REGIONS_OF_THE_WORLD, common_words, country_initials

# The capitals of the Latin alphabets, the body of a regex class: "Š", "Ł" start names too.
CAPITALS: Final = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
# One capitalised word: "People's", "Saint-Germain", "Prosecutors'", "U.S" (no final full stop).
# The letters as one repeat of a class, which the engine runs in C, and a full stop inside a
# word as a rare group after them: an alternation of the two repeated cost a step per letter.
_WORD: Final = rf"[{CAPITALS}][\w&'’-]*(?:\.(?=\w)[\w&'’-]*)*(?:(?<=s)['’](?= ))?"
# Words between a plural descriptor and the names it lists: "conservation groups, among them
# the |Tarvo Trust| and |Velno|", "airlines such as |Orvair|".
_EXAMPLES: Final = r",? (?:among them|including|such as|notably)(?: the)?"
_EXAMPLES_BEFORE: Final = re.compile(rf"([a-z]+){_EXAMPLES} $")
_EXAMPLES_LAST: Final = frozenset({"them", "including", "as", "notably", "the"})
# Lower-case words inside one name: "Bank of the Argentine Republic", "Télévision du Burkina".
_CONNECTORS: Final = frozenset(
    {"of", "for", "the", "on", "de", "du", "des", "del", "la", "le", "di", "da", "do", "dos",
     "das", "y", "et", "und", "für", "der", "&", "au", "aux",
     # Irish "of the": "Údarás na Tarvachta".
     "na",
     # French and Spanish "for": "Mêmes Droits pour Tous", "Médicos por la Paz".
     "pour", "por", "para",
     # Italian "of the": "Ferrovie dello Stato", "Banca degli Investimenti".
     "della", "dello", "delle", "dei", "degli",
     # Swahili "of", by noun class: "Kikundi Maalum cha Tarvo", "Chama cha Velno", "Benki ya Orvik".
     "cha", "wa", "ya", "za", "vya"}
)  # fmt: skip
# Connectors that join an owner's long name before its possessive: "University |of| Tarvo's".
_OWNER_CONNECTORS: Final = _CONNECTORS - {"the"}
_WORD_ONLY: Final = re.compile(_WORD)
# Up to three capitalised words before a lower-case "party": "the ruling |Bright Morning| party".
# The noun may be a bloc's: "the ruling |Forward Together| bloc", "the opposition |Tarvo|
# coalition".
_PARTY_NOUNS: Final = ("party", "bloc", "coalition", "alliance")
_PARTY_NAME: Final = re.compile(rf"{_WORD}(?: {_WORD}){{0,2}}(?= (?:{'|'.join(_PARTY_NOUNS)})\b)")
# Its role, or where it stands: "the far-right |Orvel| party", "the centre-left |Tarvum| party".
_PARTY_ROLES: Final = frozenset(
    {"ruling", "governing", "opposition", "far-right", "far-left", "right-wing", "left-wing",
     "centre-right", "centre-left", "center-right", "center-left", "hard-right", "hard-left",
     "nationalist", "populist", "conservative", "liberal", "socialist", "communist", "green",
     "centrist"}
)  # fmt: skip
# A literal start, which the engine skips to in C: whether to read `_LEANING_NAMED` at all.
_LEANING_THEN_NAME: Final = re.compile(rf"the (?:{'|'.join(sorted(_PARTY_ROLES))}) [{CAPITALS}]")
# A party's leaning, its name and its acronym, no "party" after: "the centrist |Tarvo Forward|
# (TF)". The acronym says it is no person ("the centrist Jane Doe"). "the" first and the word
# boundary checked behind it: a literal start, which the engine skips to in C (`\bthe` before
# it made the engine try every position of the text).
_LEANING_NAMED: Final = re.compile(
    rf"the(?<!\wthe) (?:{'|'.join(sorted(_PARTY_ROLES))}) "
    rf"([{CAPITALS}][\w'’-]+(?: [{CAPITALS}][\w'’-]+){{0,3}}) \([{CAPITALS}]{{2,6}}\)"
)
_PARTY_AFTER: Final = re.compile(rf" (?:{'|'.join(_PARTY_NOUNS)})\b")
# A group's name of one or two capitalised words, before its noun: "the Las Garzas gang".
_GROUP_NAME: Final = rf"[{CAPITALS}][\w'’-]*(?: [{CAPITALS}][\w'’-]*)?"
# The second name of such a list: "the Las Garzas and |Los Tordos| gangs".
_SECOND_GROUP_NAME: Final = re.compile(rf"{_GROUP_NAME} and ({_GROUP_NAME}) [a-z]+s\b")
# A number may end the name: "the rival |Barrio 18| gang", "the smaller |August 80| union".
_GROUP_NUMBER: Final = r" [0-9]{1,4}"
_GROUP_AFTER: Final = re.compile(
    rf"(?P<number>{_GROUP_NUMBER})?(?P<second> and {_GROUP_NAME})? (?P<noun>[a-z]+?)(?P<s>s?)"
    r"(?![\w'’-])"
)
# One lower-case word between "the" and a group's name: "the |rival| Barrio 18 gang", "the
# |left-wing| Tarvo movement".
_THE_AND_WORD_BEFORE: Final = re.compile(r"(?<![\w-])the [a-z]+(?:-[a-z]+)? $")
# Words that join two capitalised runs of one long name before its acronym: "Organisation
# for Security |and| Co-operation |in| Europe (OSCE)".
_NAME_JOINS: Final = (" and ", " in ", " to ")
_RUN: Final = re.compile(rf"{_WORD}(?:(?: (?:{'|'.join(_CONNECTORS)}))* {_WORD})*")
# Capitalised words and "and" before a name after "the": "the |Tarvo Art and |History Museum".
_NAMES_FIELDS_BEFORE: Final = re.compile(rf"\bthe ((?:[{CAPITALS}][\w'’-]* ){{1,3}}and) $")
# The space is matched, not looked behind at: a literal start lets the engine skip in C.
# Capitals with diacritics too: "State Nature Conservancy (ŠOP)".
_ACRONYM_DEFINED: Final = re.compile(rf" \(([{CAPITALS}][{CAPITALS}a-z]{{1,9}})\)")
# Lower-case words ending in a body's noun, where it is, then its acronym set off: " refugee
# mission in the region, TARM,".
_BODY_NAMED_AFTER: Final = re.compile(
    rf"(?: [a-z]+){{0,2}} ([a-z]+)(?: (?:in|on|for|of) (?:the )?[\w-]+)?, [{CAPITALS}]{{3,9}}[,.]"
)
# Lower-case words ending in a body's noun, then the appositive's end: " refugee agency,".
_BODY_DESCRIBED_AFTER: Final = re.compile(r"(?: [a-z]+(?:['’]s)?){0,2} ([a-z]+)[,.;]")
# Heads of a church's lands, whose names may join two of them: "Metropolis of Tarvo and Velno".
_SEES: Final = frozenset({"metropolis", "archdiocese", "diocese", "eparchy", "archeparchy"})
# "State Committee for National Security, known by its initials GKNB,".
_ACRONYM_KNOWN_AS: Final = re.compile(
    r", known (?:by its (?:[A-Z]?[a-z]+ )?(?:initials|acronym|abbreviation) |as )"
    r"([A-Z][A-Za-z]{1,9})\b"
)
# What follows a descriptor before the name it introduces: "company |Vale|", "broadcaster, |RTB|".
_NAME_AFTER_DESCRIPTOR: Final = re.compile(
    rf"(?:{_EXAMPLES})?(?: (?:in|at|on) the [a-z]+(?: [a-z]+)?,|,)? [{CAPITALS}]"
)
# Between names listed after a plural descriptor, an acronym of the one before allowed.
_LIST_NEXT: Final = re.compile(rf"(?: \([{CAPITALS}][{CAPITALS}a-z]{{1,9}}\))?(?:, and |, | and )")
# "Economists at |Velnobank|": people who work at a place that is an organisation.
_EXPERTS: Final = frozenset(
    {"analysts", "economists", "engineers", "experts", "researchers", "scientists", "strategists"}
)
_EXPERTS_AT: Final = re.compile(rf"\b(?:{'|'.join(sorted(_EXPERTS))}) at $", re.IGNORECASE)
# "The authority|, known by its initials ...": an organisation named before, by its head noun.
_THE_NOUN_BEFORE: Final = re.compile(r"\b[Tt]he ([a-z]+)$")
# "OPEC+": an acronym and a plus name the wider grouping, not the organisation.
_PLUS_AFTER: Final = re.compile(r"\+(?![\w+])")
# A branch's name joined to its confederation's acronym: "|Filo-TCU|", a federation of the TCU.
_BRANCH_BEFORE: Final = re.compile(r"(?<![\w-])([A-Z][a-z]{2,})-$")
# A club's founding year after its name ("|FC Tarvo 04|", "|SV Velno 96|,"): two digits, with
# a leading zero or before punctuation (a count goes on: "FC Tarvo 21 points").
_CLUB_YEAR_AFTER: Final = re.compile(
    r" (?:0\d(?![\w:.,-]\d)(?![\w%-])|[1-9]\d(?=[,;)]|\.(?!\d)|$))"
)
# A person's age set off after the name: "a trader, Jane Doe, 46, who", "Jane Doe (46)".
_AGE_AFTER: Final = re.compile(r"(?:, \d{1,3}(?=, \D|[.;]\s)| \(\d{1,3}\))")
# What follows the name of an agreement, not of an organisation: "the Falepili Union treaty".
_AGREEMENT_AFTER: Final = re.compile(r" (?:treaty|agreement|accord|pact|protocol)\b")
# The start of an agreement's name, before the rest of it: "the Compact of |Free Association|".
_AGREEMENT_BEFORE: Final = re.compile(
    r"\b(?:Treaty|Compact|Convention|Accords?|Agreement|Pact|Protocol) (?:of|on|for) $"
)
# Words after an organisation's head that make its name a building's: "Parliament House".
_BUILDINGS: Final = frozenset({"building", "buildings", "house", "tower", "towers", "palace"})
# A club's name set off by the competition it plays in: "Tarvo Velno, the Orvik League side,".
_CLUB_SET_OFF_BEFORE: Final = re.compile(r"[A-Z][\w'’-]*, the $")
_CLUB_NOUN_AFTER: Final = re.compile(r" (?:club|franchise|side)[,.;]")
# One capitalised word and "and" before a name, or "and" and one such word after it: no
# capitalised word or hyphen next to the pair's other word ("Tarvo United and Velno").
_SINGLE_NAME_BEFORE_AND: Final = re.compile(
    rf"(?<![\w'’-])(?<![{CAPITALS}][\w'’-] )([{CAPITALS}][a-z]+[A-Za-z]*) and $"
)
_SINGLE_NAME_AFTER_AND: Final = re.compile(
    rf" and ([{CAPITALS}][a-z]+[A-Za-z]*)(?![\w'’-]| [{CAPITALS}])"
)
# "grew up in |Velno| and Safaricom": a place the word's preposition names, no company.
_PLACE_PREPOSITIONS_BEFORE: Final = (
    " in ", " at ", " from ", " near ", " to ", " into ", " outside ", " around ", " across "
)  # fmt: skip
# "Floods hit Velno and |Safaricom said|": a verb after the company starts its own clause, unless
# the pair starts one or a word that lists names comes before it ("shares of A and B fell").
_VERB_AFTER: Final = re.compile(r" (?:said|says|[a-z]+ed)\b")
_OBJECT_BEFORE: Final = re.compile(r"(?<![\w'’-])([a-z]+) $")
_LISTING_WORDS: Final = frozenset(
    {"of", "by", "with", "for", "between", "both", "including", "like", "as", "and", "against"}
)
# A street named after a body, no body: "Tarvo Union Avenue", "Parliament Road"; the street
# noun ends the name ("Google Street View" is none).
_STREET_AFTER: Final = re.compile(r" (Avenue|Street|Road|Boulevard|Lane|Drive)\b(?! [A-Z])")
# Street nouns that name a body's products too ("Google Drive"): a street only at an address.
_STREET_NOUNS_ALSO_PRODUCTS: Final = frozenset({"Drive"})
_ADDRESS_BEFORE: Final = re.compile(r"(?:(?<![\w'’-])(?:at|off|along)|\d+[A-Za-z]?) $")
# ", Tourism and Antiquities", ", Technology and Innovation": more fields of a name's complement.
_LISTED_COMPLEMENTS: Final = re.compile(
    rf"(?:, {_WORD}(?: {_WORD})?)+,? and {_WORD}(?: {_WORD})?"
    rf"(?![\w'’-]| [{CAPITALS}]| (?:{'|'.join(_CONNECTORS)})\b)"
)
# The article of a Romance complement: "de la", "de l'", "du", "des", "del", "della", "d'".
_ROMANCE_OF: Final = (
    r"(?:de la |de l['’]|de |du |des |del |de los |de las |della |dell['’]|delle |degli |dei "
    r"|di |do |da |dos |das |d['’])"
)
# A name's Romance complement before its end: "Union Nationale |de l'|Industrie".
_ROMANCE_COMPLEMENT_BEFORE: Final = re.compile(rf" {_ROMANCE_OF}{_WORD}(?: {_WORD})?$")
# More complements, each with its article, joined by "et", "y" or "e": "Union Générale de
# l'Industrie|, du Commerce et de l'Artisanat|", "Instituto de la Mujer| y de la Familia|".
_ROMANCE_COMPLEMENTS: Final = re.compile(
    rf"(?:, {_ROMANCE_OF}{_WORD}(?: {_WORD})?)*,? (?:et|y|e) {_ROMANCE_OF}{_WORD}(?: {_WORD})?"
    rf"(?![\w'’-]| [{CAPITALS}]| (?:{'|'.join(_CONNECTORS)})\b)"
)
# Endings of abstract nouns a small word list lacks: "Tourism", "Logistics".
_FIELD_ENDS: Final = ("ism", "ion", "ics", "ment", "ity", "ure", "ance", "ence")
# Where a sentence starts, before its first word.
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?:;\"“”]\s+|\n)$")
# What may follow the noun of an appositive: "Hanbit Construction, a mid-sized builder, ...".
_APPOSITIVE_END: Final = (
    # Not "who": "Jane Doe, a trader who lost her stall" is a person. "whose" only after a
    # body's noun: "Tarvo, a left-wing alliance whose members include farmers".
    r"(?=[,.;:)]| (?:which|whose|that|founded|born|led|based|set|backed|run|owned|formed|created|"
    r"with|in|of|for|from|and|between|among|registered|listed)\b)"
)
_FUNCTION_WORDS: Final = r"(?!(?:of|for|in|at|on|to|the|and|by|with|from|as|who|which|that)\b)"
# What a country's long name starts with before "of": "Republic of Korea Navy".
_STATES: Final = frozenset(
    {"Republic", "Kingdom", "Commonwealth", "Federation", "Principality", "Sultanate", "State"}
)
# Heads of the institutions that hold collections or teach, whose names a city may end:
# "National Gallery Tarvo", "Museum Velno", "Tarvel College Velno".
_COLLECTIONS: Final = frozenset({"gallery", "museum", "library", "college", "university"})
# Heads of schools whose names end with their city after "in", when what they teach comes
# before it: "Academy of Fine Arts| in Velno|", "University of Economics| in Tarvo|".
_SEATED_SCHOOLS: Final = frozenset({"academy", "university", "conservatory", "college"})
# Schools with campuses abroad named "at" the place: "Tarvo University at Qatar".
_CAMPUS_SCHOOLS: Final = frozenset({"university", "college"})
# What follows such a campus's place: the clause ends there.
_CAMPUS_ENDS: Final = frozenset({"", ",", ".", ";", ")"})
# Kinds of place named with "of" inside a body's name: "Port of Tarvo Authority", "City of
# Velno Council".
_PLACE_KINDS: Final = frozenset(
    {"Port", "City", "County", "Borough", "Town", "Municipality", "States", "Isle"}
)
# How a church's name starts that is a building: "St Mary's Church".
_SAINTS: Final = frozenset({"st", "st.", "saint", "san", "santa", "sainte"})
# Words before "Church" that make it a building: "Tarvo Memorial Church".
_CHURCH_BUILDINGS: Final = frozenset({"memorial", "chapel"})
# Features whose names "on" or "at" may put after a body's: "Tarvo Institute| on Mount Velno|",
# where it is and no part of its name ("Commission on Human Rights" has none).
_FEATURES_AFTER: Final = frozenset({"mount", "mt", "mt.", "lake", "island", "isle", "hill"})
_FEATURE_AFTER: Final = re.compile(
    rf" (?:on|at) (?:{'|'.join(sorted(re.escape(f.capitalize()) for f in _FEATURES_AFTER))}) "
)
# Possessive determiners the gazetteer may take into a name at a sentence's start: "His |Tarvo
# Union|"; not before "Majesty's" ("His Majesty's Coastguard" is the name).
_DETERMINERS: Final = frozenset({"His", "Her", "Its", "Their", "Our", "My", "Your"})
_MAJESTY: Final = frozenset({"Majesty's", "Majesty’s", "Majesty"})
# Most words a name in apposition or after a descriptor has.
_LONGEST_NAME: Final = 6
_POSSESSIVE: Final = ("'s", "’s")
_OWNER_ENDS: Final = ("'s", "’s", "s'", "s’")
# The entity type as a module constant: reading an enum member off its class is slow.
_ORGANIZATION: Final = EntityType.ORGANIZATION
# "Kuwait-based", "Bishkek-headquartered": where a name is based, before it and no part of it.
_BASED: Final = ("-based", "-headquartered")
# A company's last words its shorter name goes without, besides legal forms: "Tarvo Mining Group".
_GROUP_ENDS: Final = frozenset({"group", "holdings"})
# "the Russian-led |Collective Security Treaty Organization|", "the Iran-backed |Islamic
# Resistance|": who leads or backs it, no part of the name either (but no cue that a name is
# an organisation: "the Moscow-backed Jane Doe").
_DESCRIBED_BY: Final = (
    *_BASED, "-led", "-backed", "-funded", "-owned", "-run", "-allied",
    # Where its shares trade: "the London-listed |Velno Mining|".
    "-listed", "-registered",
)  # fmt: skip
# What an organisation does right after its name: "Garuda Indonesia said", "a Virgin Australia
# spokesperson".
_SPEAKS_AFTER: Final = re.compile(
    r" (?:said|says|announced|warned|warns|spokes(?:person|man|woman))\b"
)
# A lower-case word before a verb of speech: "the union |tarvik| said" (a descriptor before it,
# checked after). Found from the verbs, literals found in C: a pattern tried at every word cost
# a tenth of a millisecond an article.
_SPEECH_VERBS: Final = (" said", " says", " announced", " warned")
_LOWER_CASE_WORD_BEFORE: Final = re.compile(r"(?<![\w'’-])[a-z][a-z-]{2,}$")
# A short aside set off by commas after a name: ", owned by Velno Ports,".
_ASIDE: Final = re.compile(r",[^,.;:\"“”()\n]{1,60},")
# Fields joined by "and" before a country's name: "|Environment and Climate Change| Canada".
_FIELD_WORD: Final = rf"[{CAPITALS}][a-z]+"
_FIELDS_BEFORE: Final = re.compile(
    rf"(?<![\w'’-])({_FIELD_WORD}(?: {_FIELD_WORD})?(?:, {_FIELD_WORD}(?: {_FIELD_WORD})?)*,? and "
    rf"{_FIELD_WORD}(?: {_FIELD_WORD}){{0,2}}) $"
)
# Endings of abstract nouns, common words but no adjectives, that start such a name: "Tourism
# Fiji said", and then "Transparency Tarvelia, which ..." too; not "Neighbouring Kenya, which".
_ABSTRACT_ENDS: Final = (*_FIELD_ENDS, "ncy")
# What only an organisation does, said right after its name: "Tarvo announced a profit",
# "Velno, which employs 300 people". And what it is, said in a predicate: "Velno is a charity"
# (the noun one of the descriptors, checked after). Not "said in a statement": the gazetteer
# takes two unknown words for a person, and a surname alone says things too.
_ACTS_AFTER: Final = re.compile(
    r"(?: (?:reported|posted|announced) (?:a |an |its )?(?:[a-z-]+ )?"
    r"(?:profits?|loss|losses|revenues?|earnings|dividend|results)"
    r"| is (?:an?|the) (?:[a-z-]+ ){0,3}?(?P<noun>[a-z-]+)(?=[,.;:]| (?:that|which|in|of|based|"
    r"founded|set|run|owned|with)\b)"
    r"|, which (?:employs|owns|operates|runs|campaigns|lobbies|represents|works|sponsors|"
    r"organi[sz]es|manages|funds|publishes|provided|sells|controls|acquired|bought|awarded|"
    r"gave|signed|took over|protects|looks after|builds|insures)"
    # A pronoun no person takes: "Tarvomart said it would close", "Velnocor said its stores",
    # "Tarvomart said on Monday it would close" (the day wire copy puts after the verb).
    r"|(?P<it> said (?:(?:late |early )?on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?"
    r"(?:its|it (?:would|will|had|has))\b)"
    # Officers and owners only a company has, after a name of one word: "Zorvex's chief
    # executive", "Velnocor's board of directors", "Tarvomart's shareholders".
    r"|(?P<officers>['’]s) (?:chief (?:executive|financial officer|operating officer)"
    r"|board of directors|shareholders|share price"
    # A party's members (not councillors: a town's too), a firm's works: "Velnor's MPs",
    # "Tarvo's plant in".
    r"|MPs|lawmakers|legislators"
    r"|(?:plant|factory|refinery|smelter)(?= (?:in|near|at|outside)\b))\b"
    # What only a party or a union does: "Velnor won 14 seats", "Tarvo-Is called a strike".
    # Not "took three seats": a row's.
    r"|(?P<officers_done> (?:won|secured) (?:\d{1,3}|[a-z]+) seats\b"
    r"| called (?:a|an) (?:[a-z]+ )?strike\b))"
)
# Where those start, found in the descriptors' pass of `_Cues.before` (an alternation tried
# at each position costs more).
_ACTS_AFTER_STARTS: Final = (
    " is a ", " is an ", " is the ", ", which ", " reported ", " posted ", " announced ",
    " said it", " said on ", " said late on ", " said early on ",
    *(f"{s} {what}" for s in _POSSESSIVE
      for what in ("chief", "board", "shareholders", "share", "MPs", "lawmakers", "legislators",
                   "plant", "factory", "refinery", "smelter")),
    " won ", " secured ", " called a",
)  # fmt: skip
# What is said of an organisation right before its name: "a spokeswoman for |Oceana|", "shares
# in |Tarvo|", "the chief executive of |Velno|", "a statement from |Velno|", "a unit of |Tarvo|",
# "the office of |Velno| in Suva" (a part of it). Capitalised too, at a sentence's start.
_ACTS_BEFORE: Final = tuple(
    phrase[:1].upper() + phrase[1:] if upper else phrase
    for phrase in (
        *(f"spokes{who} {of}" for who in ("person", "man", "woman") for of in ("for", "of", "at")),
        "chief executive of", "chief executive at", "statement from",
        *(f"{what} {of}" for what in ("shares", "stake", "stakes", "shareholders")
          for of in ("in", "of")),
        *(f"{part} of"
          for part in ("unit", "subsidiary", "division", "affiliate", "office", "offices")),
        # Its members: "members of |Velno| marched", "a member of |Tarvo Forward|".
        "members of", "member of",
    )
    for upper in (False, True)
)  # fmt: skip
# The kinds of the words `_Cues.before` finds: a descriptor, the words of `_ACTS_BEFORE`, the
# start of `_ACTS_AFTER`.
_DESCRIBES: Final = 0
_ACTS_ON: Final = 1
_ACTS_FROM: Final = 2
# A name of two to four words in brackets, the first capitalised: "(Sûreté Publique)".
_NAME_IN_BRACKETS: Final = re.compile(
    rf" \(([{CAPITALS}][\w'’-]+(?: [\w'’-]+){{1,3}})\)(?=[ .,;:])"
)
# An airline's flight: "a |Tarvair| flight", "an |Orvik Air| flight".
_CARRIED: Final = re.compile(
    rf"\b(?:a|an|the) ([{CAPITALS}][\w'’-]+(?: [{CAPITALS}][\w'’-]+)?) flights?\b"
)
# British endings of words the common-word list spells the American way: "Air Defence".
_BRITISH_ENDINGS: Final = (("ence", "ense"), ("tre", "ter"), ("ise", "ize"), ("isation", "ization"))
# A lower-case word after a name: "TV Lisbon| celebrate".
_WORD_AFTER: Final = re.compile(r" ([a-z]+)\b")
# What follows a broadcaster's name, not a clause's subject: "on TV Bahia| in Salvador".
_AFTER_A_BROADCASTER: Final = frozenset(
    {"in", "on", "at", "that", "said", "says", "reported", "and", "or", "which", "from", "of",
     "to", "for", "about", "with", "last", "this"}
)  # fmt: skip
# Ensembles' nouns, descriptors before a name ("the São Paulo orchestra |Osesp|") that say
# nothing of a town's name after them ("the orchestra Lisbon hosted").
_ENSEMBLES: Final = frozenset({"orchestra", "choir", "ensemble"})
# A broadcaster named "TV" and a name: "|TV Tarvo|, an affiliate of ...".
_BROADCASTER: Final = re.compile(rf"(TV(?: [{CAPITALS}][\w'’-]+){{1,2}})(?![\w'’-])")
# A club a player plays for, or whose position he holds: "plays for |KÍ Velno|", "the |Tarvo|
# defender Jane Doe". The literal first, the verb before it checked after: the engine skips
# to each " for " in C.
_CLUB_PLAYED_FOR: Final = re.compile(
    rf" for ([{CAPITALS}][\w'’-]*(?: [{CAPITALS}][\w'’-]*){{0,2}})"
    r"(?=[,.;]| (?:and|in|since|until)\b)"
)
_PLAYED_FOR: Final = ("plays", "played", "playing", "signed", "signs")
_POSITIONS: Final = (
    " defender ", " midfielder ", " striker ", " forward ", " goalkeeper ", " winger ",
    " full-back ", " centre-back ",
)  # fmt: skip
# A literal start, as `_LEANING_NAMED`'s.
_CLUB_OF_POSITION: Final = re.compile(
    rf"the(?<!\wthe) ([{CAPITALS}][\w'’-]*(?: [{CAPITALS}][\w'’-]*){{0,2}})"
    rf"(?=(?:{'|'.join(_POSITIONS)})[{CAPITALS}])"
)
# What a name the words around say is a body may hold of the gazetteer's names.
_NOTHING, _PLACES, _LOCATIONS = 0, 1, 2
# An airline named "Air" and a word, whose flights or planes its sentence names: "|Air Tarvo|
# offered cheap flights", "Air India"; not "Air Marshal Jane Doe" (a common word).
_AIRLINE: Final = re.compile(
    rf"(Air [{CAPITALS}][\w'’-]+)(?![\w'’-]| [{CAPITALS}])"
    # In its own clause: not "Air Jordan shoes sold well, while flights were cut".
    r"(?=(?:(?!, (?:while|but|whereas|although) )[^.;!?]){0,80}?"
    r"\b(?:flights?|planes?|jets?|aircraft|passengers|routes?)\b)"
)
# A body whose officer is named after it: "|Tarvo|'s director, Jane Doe,". The role first, a
# literal the engine skips to; the owner's name before it is read after.
_ROLE_OF_OWNER: Final = re.compile(
    rf"['’]s (?:director|chairman|chairwoman|chief executive|managing director|"
    rf"executive director|general manager|founder), [{CAPITALS}]"
)
_OWNER_BEFORE: Final = re.compile(rf"(?<![\w'’-])([{CAPITALS}][\w-]+)$")
# A team and the score it lost or drew by: "beating |Tarvo| 3-1", "lost to |Velno| 0-2".
_SCORED_VERBS: Final = (
    "beat", "defeat", "thrashed", "edged", "against", "lost to", "drew with",
)  # fmt: skip
# The score first, from its dash, a literal the engine skips to; the words before it after.
_DASH_DIGIT: Final = re.compile(r"-\d")
_SCORE: Final = re.compile(r"\d{1,2}-\d{1,2}\b")
_SCORED_BEFORE: Final = re.compile(
    rf"\b(?:beat|beats|beating|defeated|defeating|thrashed|edged|against|lost to|drew with) "
    rf"([{CAPITALS}][\w'’-]+(?: [{CAPITALS}][\w'’-]+)?) $"
)
# The team that won, drew or lost, before the verb: "|Tarvo Stars| beat Velno 2-0".
_SCORER_BEFORE: Final = re.compile(
    rf"(?<![\w'’-])([{CAPITALS}][\w'’-]+(?: [{CAPITALS}][\w'’-]+){{0,2}}) "
    rf"(?:beat|defeated|thrashed|edged|lost to|drew with) $"
)
# A tennis set's score, which players win, not teams: "6-3", "7-5".
_SET_SCORE: Final = re.compile(r"[67]-\d\b")
# One word between two names in a list: ", the |Greens| and the ", ", |Velno|, " (a person
# has two).
_LISTED_BETWEEN: Final = re.compile(rf", (?:the )?([{CAPITALS}][\w'’-]+)(?:,| and|, and) (?:the )?")
# What is said of a competition before its name: "won the |Tarvo League|", "the final of the".
_COMPETITION_BEFORE: Final = re.compile(
    r"\b(?:won|wins?|winning|reach(?:ed|es|ing)?|"
    r"(?:final|finals|semi-finals?|quarter-finals?|round|stage|title|play-offs?|playoffs?|"
    r"knockouts?) of) the $"
)
# What is said of a competition right after its name: "the Tarvo League |final|", "reach Tarvo
# League |knockouts|": its stages and games, which a body has none of.
_COMPETITION_AFTER: Final = re.compile(
    r" (?:final|finals|semi-finals?|quarter-finals?|play-offs?|playoffs?|knockouts?|"
    r"knockout (?:stage|round|phase)|group stage|qualifiers?|qualifying|fixtures?|match|"
    r"matches|draw|campaign|debut)\b"
)
# What the body running a competition does right after its name: "The Tarvo League said".
_LEAGUE_ACTS_AFTER: Final = re.compile(
    r" (?:said|says|announced|warned|confirmed|fined|charged|banned|suspended|ruled)\b"
)
# The last word of a place's or a feature's name in English, not of a body's own-language name:
# "(Tarvo Province)", "(Orvik Valley)".
_PLACE_KIND_LAST: Final = frozenset(
    {
        "Province", "Region", "District", "County", "State", "City", "Town", "Village",
        "Island", "Islands", "Municipality", "Prefecture", "Governorate", "Oblast", "Borough",
        "Parish", "Valley", "Harbour", "Harbor", "Bay", "Lake", "River", "Coast", "Peninsula",
    }
)  # fmt: skip
# Two names joined by an ampersand: a firm's ("Tarvo & Velno", "Van Orvik & De Lund").
# An ordinal right before a body's name, which numbers it: "the |3rd Infantry Division|".
_ORDINAL_BEFORE: Final = re.compile(r"(?<![\w.,-])[1-9][0-9]{0,2}(?:st|nd|rd|th) $")
_AMPERSAND: Final = re.compile(rf"(?<=\w) & (?=[{CAPITALS}])")
# A party's leaning in brackets after its name: " (Marxist)", " (Marxist-Leninist)".
_LEANING_AFTER: Final = re.compile(r" \(([A-Z][a-z]+(?:[-–][A-Z][a-z]+)?)\)")
# Legal forms that end a company's acronym, its name written without them.
_ACRONYM_FORMS: Final = ("SA", "AG", "NV", "AB")
# How far around a cue its capitalised run is looked for.
_WINDOW: Final = 160


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The words that shape organisation names (`data/organisations.toml`)."""

    heads: frozenset[str]
    heads_after_two: frozenset[str]
    heads_after_the: frozenset[str]
    heads_not_of_a_place: frozenset[str]  # "School of Law", not "the School of Athens"
    heads_before_name: frozenset[str]
    heads_before_of: frozenset[str]  # "Division of Marine Law Enforcement", not "Division One"
    heads_first_before_of: frozenset[str]  # "States of Tarvo", not "Baltic States of Velno"
    suffixes: frozenset[str]
    legal_forms: frozenset[str]
    legal_forms_written: frozenset[str]  # "S.A", "SpA": as written, without the last stop
    suffixes_in_capitals: frozenset[str]  # "Tarvo LNG": an acronym ends the name
    descriptors: frozenset[str]
    descriptors_not_before_of: frozenset[str]  # "Jane Doe, the body of a hiker": a corpse
    appositive_nouns: frozenset[str]  # "Tarvo, the state ministry,": said only after a name
    plural_descriptors: frozenset[str]  # "the utilities |A| and |B|": a list of names after
    group_nouns: frozenset[str]
    not_name_starts: frozenset[str]
    members: frozenset[str]  # "Members of |Green Horizon|": who belong to it, no part of it
    not_group_names: frozenset[str]
    trades: frozenset[str]  # descriptors that are people's trades too: "a market trader"
    honouring: frozenset[str]  # "Jane Doe University": named after somebody
    post_nominals: frozenset[str]  # "Jane Doe KC": a person's honour or rank, upper case
    facility_centres: frozenset[str]  # "Tarvo Medical Centre": a hospital, no body
    speaking_facilities: frozenset[str]  # "the Port of Tarvel said": the body running it
    heads_when_speaking: frozenset[str]  # "the Public Tarvo System said", a body
    hyphen_prefixes: frozenset[str]  # "anti-TCU": a prefix that qualifies a name
    common: frozenset[str]


def _plural(noun: str) -> str:
    """A descriptor's plural: "utility" → "utilities", "bank" → "banks"."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary shipped with newsstream."""
    text = resources.files("newsstream.data").joinpath("organisations.toml").read_text("utf-8")
    data = tomllib.loads(text)
    legal_forms = frozenset(data["legal_forms"]) | {w.lower() for w in data["legal_forms_written"]}
    return Vocabulary(
        heads=frozenset(data["heads"]),
        heads_after_two=frozenset(data["heads_after_two"]),
        heads_after_the=frozenset(data["heads_after_the"]),
        heads_not_of_a_place=frozenset(data["heads_not_of_a_place"]),
        heads_before_name=frozenset(data["heads_before_name"]),
        heads_before_of=frozenset(data["heads_before_of"]),
        heads_first_before_of=frozenset(data["heads_first_before_of"]),
        suffixes=frozenset(data["suffixes"]) | legal_forms,
        legal_forms=legal_forms,
        legal_forms_written=frozenset(data["legal_forms_written"]),
        suffixes_in_capitals=frozenset(data["suffixes_in_capitals"]),
        descriptors=frozenset(data["descriptors"]),
        descriptors_not_before_of=frozenset(data["descriptors_not_before_of"]),
        appositive_nouns=frozenset(data["appositive_nouns"]),
        plural_descriptors=frozenset(_plural(d) for d in data["descriptors"] if " " not in d),
        group_nouns=frozenset(data["group_nouns"]),
        not_name_starts=frozenset(data["not_name_starts"]),
        members=frozenset(data["members"]),
        not_group_names=frozenset(data["not_group_names"]),
        trades=frozenset(data["trades"]),
        honouring=frozenset(data["honouring"]),
        post_nominals=frozenset(w.upper() for w in data["post_nominals"]),
        facility_centres=frozenset(data["facility_centres"]),
        speaking_facilities=frozenset(data["speaking_facilities"]),
        heads_when_speaking=frozenset(data["heads_when_speaking"]),
        hyphen_prefixes=frozenset(data["hyphen_prefixes"]),
        common=common_words(),
    )


@cache
def _appositive(descriptors: frozenset[str], not_before_of: frozenset[str]) -> re.Pattern[str]:
    """An appositive after a name whose noun is a descriptor: ", the Catholic aid organisation,".

    Or whose owner is named: "Defensoría del Pueblo, Bolivia's human rights ombudsman". Not
    a noun of `not_before_of` before "of": ", the body of a hiker,".
    """
    nouns = "|".join(
        rf"{noun}(?! of\b)" if noun in not_before_of else noun
        for noun in sorted(descriptors, key=len, reverse=True)
    )
    return re.compile(
        rf", (?:the|a|an|[{CAPITALS}][\w'’-]*['’]s) (?:{_FUNCTION_WORDS}[\w'’-]+ ){{0,4}}?"
        rf"(?:{nouns}){_APPOSITIVE_END}"
    )


@cache
def _described_where(descriptors: frozenset[str]) -> re.Pattern[str]:
    """A descriptor and where it is, set off before a name: "company in the port, |Tarvo|"."""
    nouns = "|".join(sorted(descriptors, key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns}) (?:in|at|on) the [a-z]+(?: [a-z]+)?, $")


@cache
def _known_as(words: Vocabulary) -> re.Pattern[str]:
    """A group's name after the noun that says so: "his faction, known as |La Mayiza|"."""
    nouns = "|".join(sorted(words.descriptors | words.group_nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns}),? (?:also )?known as $")


@dataclass(frozen=True, slots=True)
class _Cues:
    """Where to look: head nouns, words before a name, appositives after one."""

    heads: re.Pattern[str]
    # A descriptor after a space or a line break → its length and kind, and more
    before: Automaton
    group: re.Pattern[str]
    appositive: re.Pattern[str]
    based: re.Pattern[str]
    party: re.Pattern[str]
    others: re.Pattern[str]


@cache
def _cues(words: Vocabulary) -> _Cues:
    heads = {w[:1].upper() + w[1:] for w in words.heads | words.suffixes | words.heads_before_of}
    heads |= {w.upper() for w in words.legal_forms | words.suffixes_in_capitals}
    heads |= words.legal_forms_written
    before = words.descriptors | words.plural_descriptors | {"known as"}
    before |= {f"{expert} at" for e in _EXPERTS for expert in (e, e.capitalize())}
    groups = "|".join(sorted(words.group_nouns))
    return _Cues(
        # No lookbehind before the words: the engine then skips to their first letters in C,
        # and the few hits are checked for a word start after.
        # A possessive may follow: "Hudbay Minerals' mine", "Orvel Uranium's mine".
        heads=re.compile(rf"{_trie(heads)}(?![\w-])(?!['’](?!s?(?![\w'’-])))"),
        # Descriptors found in one pass of an automaton; an alternation of 160 words tried at
        # each space cost more.
        # The words of `_ACTS_BEFORE` and the starts of `_ACTS_AFTER` in the same pass.
        before=keyed_automaton(
            {
                **{f"{gap}{w}": (len(w) + 1, _DESCRIBES) for w in before for gap in " \n"},
                **{f"{gap}{p} ": (len(p) + 2, _ACTS_ON) for p in _ACTS_BEFORE for gap in " \n"},
                **{start: (len(start), _ACTS_FROM) for start in _ACTS_AFTER_STARTS},
            }
        ),
        # A literal start: the engine finds "the " in C. Up to two words, or two such names
        # before a plural: "the Fano militia", "the Las Garzas and Los Tordos gangs".
        group=re.compile(
            rf"the (?<![\w-]the )(?:[a-z]+(?:-[a-z]+)? )?"
            rf"(?={_GROUP_NAME}(?:{_GROUP_NUMBER})?(?: and {_GROUP_NAME})? (?:{groups})s?\b)"
        ),
        appositive=re.compile(rf", (?:the|an?|[{CAPITALS}][\w-]*['’]s) "),
        # The hyphen first, for the same reason; a word before it is checked after.
        based=re.compile(rf"-(?:based|headquartered) (?=[{CAPITALS}])"),
        # "the ruling Bright Morning party": a party's name, whatever its words.
        party=re.compile(rf" {_trie(_PARTY_ROLES)} (?=[{CAPITALS}])"),
        # "workers at |Tarvo| and other companies": one of a kind the plural names.
        others=re.compile(rf" and other {_trie(words.plural_descriptors)}\b"),
    )


def _names_after_descriptors(text: str, descriptors: list[tuple[int, int]]) -> list[int]:
    """Where a capitalised word starts after a descriptor: "mining company |Vale|".

    `descriptors` are the automaton's hits (the index of the last character, the length).
    In the order of the spaces before the descriptors; over a comma too ("broadcaster, RTB").
    """
    found: dict[int, int] = {}  # where the descriptor's space is → where the name starts
    for last, length in descriptors:
        name = _NAME_AFTER_DESCRIPTOR.match(text, last + 1)
        if name is not None:
            found.setdefault(last + 1 - length, name.end() - 1)
    return [found[at] for at in sorted(found)]


def _trie(words: set[str] | frozenset[str]) -> str:
    """An alternation of words factored on their prefixes, which the regex engine tries fast."""
    tails: defaultdict[str, set[str]] = defaultdict(set)
    for word in words:
        if word:
            tails[word[0]].add(word[1:])
    branches = "|".join(
        re.escape(letter) + ("" if rest == {""} else _trie(rest))
        for letter, rest in sorted(tails.items())
    )
    return f"(?:{branches})?" if "" in words else f"(?:{branches})"


@dataclass(slots=True)
class _Run:
    start: int
    end: int
    words: list[str]
    starts: list[int]


# Movements whose every national society is named by its country: "Kenya Red Cross Society".
_NAMED_BY_COUNTRY: Final = frozenset({"Red Cross", "Red Crescent"})


def find_organisations(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (the gazetteer's, in text order) with the organisations the text's shape adds.

    A new organisation replaces the places, people-less names and shorter organisations inside
    it; countries inside stay, as cues to resolve places, but name no country ("Law Society of
    Kenya": `resolution.outside_names`). One that crosses a mention's edge or holds a person is
    dropped: where it starts is not sure.
    """
    words = vocabulary()
    mentions = sorted(mentions, key=lambda m: m.start)
    mentions = _trimmed(text, _without_country_initials(text, mentions), words)
    if " and " in text:
        mentions = [part for m in mentions for part in _same_heads_split(m, words)]
    mentions = [
        m
        for m in mentions
        if not _owner_of_a_named_body(text, m, words) and not _names_a_street(text, m)
    ]
    if ", the " in text:
        mentions = _without_owners_in_appositives(text, mentions, words)
    mentions = [_without_post_nominal(m, words) for m in mentions if not _legal_person(m, words)]
    finder = _Finder(text, mentions, words)
    found = finder.find()
    if finder.no_bodies:
        mentions = _without_bodies_inside(mentions, finder.no_bodies)
    if found or finder.acronyms:
        mentions = _merge(text, mentions, found, finder.acronyms, finder.firms)
    if "Cent" in text:
        mentions = [m for m in mentions if not _facility_centre(m, words)]
    if " (" in text:
        mentions = _with_leanings(text, mentions, words)
    if ", the " in text:
        mentions = [m for m in mentions if not _competition_of_a_club(text, m)]
    if " and " in text:
        mentions = _with_listed_between_bodies(text, mentions, words)
    return _without_competitions(text, mentions) if " League" in text else mentions


def _with_listed_between_bodies(
    text: str, mentions: list[Mention], words: Vocabulary
) -> list[Mention]:
    """`mentions` with the name a list holds between two organisations.

    "the Tarvo Party, the |Greens| and the Velno Union" lists bodies of one kind. One word, as
    a person has two; not a day or a month ("NATO, Tuesday and the UN"), nor a place, person
    or country (mentions, which the pair would not be next to).
    """
    added = []
    for before, after in itertools.pairwise(mentions):
        if before.known.type is not _ORGANIZATION or after.known.type is not _ORGANIZATION:
            continue
        between = _LISTED_BETWEEN.fullmatch(text, before.end, after.start)
        if between is None or (word := between.group(1).lower()) in words.not_name_starts:
            continue
        # A common word needs "the" ("the Greens"): bare, it goes on the name before it
        # ("the Ministry of Health, Education and ...").
        if word in words.common and not text.endswith(" the ", 0, between.start(1)):
            continue
        name = between.group(1)
        start = between.start(1)
        added.append(Mention(Known(name, _ORGANIZATION), start, start + len(name), name))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _competition_of_a_club(text: str, mention: Mention) -> bool:
    """Whether an organisation only names the competition a club set off before plays in."""
    return (
        mention.known.type is _ORGANIZATION
        and _CLUB_NOUN_AFTER.match(text, mention.end) is not None
        and _CLUB_SET_OFF_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
    )


def _with_leanings(text: str, mentions: list[Mention], words: Vocabulary) -> list[Mention]:
    """`mentions` with a party's leaning in brackets after its name, part of the name.

    "Workers Party of Tarvo (Marxist)" is another party than the "Workers Party of Tarvo": the
    bracket names no acronym but a leaning (`not_group_names`), one or joined by a hyphen.
    """
    kept: list[Mention] = []
    bracket_end = -1  # the end of the last leaning taken in
    for mention in mentions:
        if mention.start < bracket_end:
            continue  # a word inside the leaning's brackets
        longer = _with_leaning(text, mention, words)
        if longer is not mention:
            bracket_end = longer.end
        kept.append(longer)
    return kept


def _with_leaning(text: str, mention: Mention, words: Vocabulary) -> Mention:
    """An organisation with its leaning in brackets after it, or `mention` as it is."""
    if mention.known.type is not _ORGANIZATION or not text.startswith(" (", mention.end):
        return mention
    leaning = _LEANING_AFTER.match(text, mention.end)
    if leaning is None or not all(
        w.lower() in words.not_group_names for w in re.split(r"[-–]", leaning.group(1))
    ):
        return mention
    name = text[mention.start : leaning.end()]
    return Mention(Known(name, _ORGANIZATION), mention.start, leaning.end(), name)


def _owner_of_a_named_body(text: str, mention: Mention, words: Vocabulary) -> bool:
    """Whether an organisation only says whose body an acronym after it names.

    "The Tarvo Union peacekeeping mission, TUMIS, said": the mission is the one named, by its
    acronym; not "the Tarvo Union human rights office said" (no other name).
    """
    if mention.known.type is not EntityType.ORGANIZATION:
        return False
    body = _BODY_NAMED_AFTER.match(text, mention.end)
    return body is not None and body.group(1) in words.heads


def _names_a_street(text: str, mention: Mention) -> bool:
    """Whether an organisation's name only names the street after it: "Tarvo Union Avenue"."""
    if mention.known.type is not EntityType.ORGANIZATION:
        return False
    street = _STREET_AFTER.match(text, mention.end)
    return street is not None and (
        street.group(1) not in _STREET_NOUNS_ALSO_PRODUCTS
        or _ADDRESS_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
    )


def _without_owners_in_appositives(
    text: str, mentions: list[Mention], words: Vocabulary
) -> list[Mention]:
    """The mentions but an owner named only to say what the organisation before it is.

    "TARM, the Tarvo Union refugee agency, said": the agency is TARM, already named; "Tarvo
    Union" says whose it is, as "the Tarvo Union refugee agency" alone would only describe it.
    """
    kept: list[Mention] = []
    before: Mention | None = None
    for mention in mentions:
        if not (
            before is not None
            and before.known.type is EntityType.ORGANIZATION
            and mention.known.type is EntityType.ORGANIZATION
            and text.startswith(", the ", before.end)
            and mention.start == before.end + len(", the ")
            and (body := _BODY_DESCRIBED_AFTER.match(text, mention.end)) is not None
            and body.group(1) in words.heads | words.descriptors
        ):
            kept.append(mention)
        before = mention
    return kept


def _facility_centre(mention: Mention, words: Vocabulary) -> bool:
    """Whether an organisation's name is a centre the word next to it makes a facility.

    "Tarvo Medical Centre", "Centre Hospitalier de Velno", "Velno Detention Centre": hospitals,
    prisons and venues, no bodies (as airports are not); not "Tarvo Research Centre".
    """
    if mention.known.type is not _ORGANIZATION:
        return False
    # By its name, so that its acronym goes with it: "Velno Medical Centre (VMC)".
    lowered = mention.known.name.lower().split(" ")
    return any(
        w in {"centre", "center"}
        and (
            (i > 0 and lowered[i - 1] in words.facility_centres)
            or (i + 1 < len(lowered) and lowered[i + 1] in words.facility_centres)
        )
        for i, w in enumerate(lowered)
    )


def _without_post_nominal(mention: Mention, words: Vocabulary) -> Mention:
    """A person's name the gazetteer took with its post-nominal for a body's: "Jane Doe KC".

    Two or three capitalised words that hold no head or company word before the letters.
    """
    if mention.known.type is not _ORGANIZATION:  # most mentions: no string split
        return mention
    name, _, last = mention.surface.rpartition(" ")
    if last not in words.post_nominals:
        return mention
    given = name.split(" ")
    if not 2 <= len(given) <= 3 or not all(
        w[:1].isupper() and not w.isupper() and w.lower() not in words.heads | words.suffixes
        for w in given
    ):
        return mention
    return Mention(Known(name, EntityType.PERSON), mention.start, mention.start + len(name), name)


def _legal_person(mention: Mention, words: Vocabulary) -> bool:
    """Whether a person's name ends in a company's legal form, as no person's does.

    "Tarvo Kenya Ltd said": the people's rule takes "Kenya Ltd" before "said" for a speaker; left
    out, the company's whole name is found. Short forms count in capitals only ("SA", not "Sa").
    """
    if mention.known.type is not EntityType.PERSON:
        return False
    last = mention.surface.rpartition(" ")[2].rstrip(".")
    return last.lower() in words.legal_forms and (
        last.isupper() or (len(last) >= 3 and last[:1].isupper())
    )


def _without_bodies_inside(mentions: list[Mention], spans: set[tuple[int, int]]) -> list[Mention]:
    """`mentions` without the places and people named inside a name of no body.

    "the School of Athens" names no Athens, "the Chicago School" no person. A country stays, as
    in an organisation's name. A name that crosses a mention's edge is not sure: it drops none.
    """
    drop: set[int] = set()
    for start, end in spans:
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue
        drop.update(
            id(m)
            for m in inside
            if m.known.type is EntityType.PERSON
            or (m.known.type is EntityType.LOCATION and m.known.geo is not None)
        )
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _count_words(text: str, words: str) -> int:
    """How often `words` stand in `text` as whole words (no pattern compiled for each)."""
    count = 0
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        whole = not (
            _is_word_char(before) or before in "'’-" or _is_word_char(after) or after == "-"
        )
        count += whole
        at = text.find(words, end if whole else at + 1)
    return count


def _without_competitions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Without the leagues the text says are competitions, wherever their names stand.

    "won the Tarvo League", "reached the final of the Velno League": a competition, won or
    played in, not the body that runs it.
    """
    competitions = {
        m.known.name
        for m in mentions
        if m.known.type is _ORGANIZATION
        and m.surface.endswith(" League")
        and (
            _COMPETITION_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
            or _COMPETITION_AFTER.match(text, m.end) is not None
        )
        # "won the Arab League's backing": what was won is the body's.
        and not text.startswith(("'s", "’s"), m.end)
    }
    # "The Premier League said", "the Tarvo League fined the club": the body that runs it acts.
    competitions -= {
        m.known.name
        for m in mentions
        if m.known.name in competitions and _LEAGUE_ACTS_AFTER.match(text, m.end) is not None
    }
    if not competitions:
        return mentions
    return [m for m in mentions if m.known.name not in competitions]


def _trimmed(text: str, mentions: list[Mention], words: Vocabulary) -> list[Mention]:
    """The gazetteer's mentions, its guessed names without words that are no part of them.

    "Switzerland-based Jane Doe": where it is based. "U.S. State Department": the country's
    initials (the country stays a mention of its own). "Soldiers of the European Union Force":
    a sentence's first common word. And an acronym with a plus ("OPEC+") names the wider
    grouping, not the organisation; a name before "treaty" or "accord" is the agreement's.
    """
    based = "-based " in text or "-headquartered " in text
    renamed: dict[str, Known] = {}
    agreements: set[str] = set()
    countries: set[int] | None = None  # where countries' names start, when needed
    for i, m in enumerate(mentions):
        known = m.known
        if based and known.name == m.surface:
            m = mentions[i] = _without_base(m)  # noqa: PLW2901 - the trimmed one
        if known.type is not _ORGANIZATION:
            continue
        if text.startswith("+", m.end) and m.surface.isupper() and _PLUS_AFTER.match(text, m.end):
            surface = text[m.start : m.end + 1]
            mentions[i] = Mention(Known(surface, _ORGANIZATION), m.start, m.end + 1, surface)
            continue
        previous = mentions[i - 1] if i else None
        branch = _branch_of(text, m, previous, words) if m.surface.isupper() else None
        if branch is not None:
            mentions[i] = branch
            continue
        if m.known.name != m.surface or " " not in m.surface:
            continue  # listed (its canonical name says what it is), or one word
        if _AGREEMENT_AFTER.match(text, m.end):
            agreements.add(m.known.name)
            continue
        ordinal = _ORDINAL_BEFORE.search(text, max(0, m.start - 8), m.start)
        if ordinal is not None:
            # "the |11th U.S. Circuit Court of Appeals|": the ordinal numbers the body, and
            # initials inside a name stay in it (CONVENTIONS, "Tagging", rule 2).
            name = text[ordinal.start() : m.end]
            known = renamed.setdefault(m.known.name, Known(name, _ORGANIZATION))
            mentions[i] = Mention(known, ordinal.start(), m.end, name)
            continue
        initials = m.surface.split(" ", 1)[0].replace(".", "").isupper()
        if initials and countries is None:
            countries = {c.start for c in mentions if c.known.geo is None and c.known.country}
        start = _proper_start(text, m, words, initials=initials and m.start in (countries or ()))
        end = _guessed_name_end(text, m, mentions[i + 1 : i + 2])
        if start > m.start or end != m.end:
            name = text[start:end]
            known = renamed.setdefault(m.known.name, Known(name, _ORGANIZATION))
            mentions[i] = Mention(known, start, end, name)
    if agreements:
        mentions = [m for m in mentions if m.known.name not in agreements]
    # The acronyms and short forms that stood for the untrimmed name stand for the trimmed one.
    return (
        [
            Mention(renamed[m.known.name], m.start, m.end, m.surface)
            if m.known.name in renamed and m.known.type is _ORGANIZATION
            else m
            for m in mentions
        ]
        if renamed
        else mentions
    )


def _guessed_name_end(text: str, mention: Mention, following: list[Mention]) -> int:
    """Where a guessed name ends.

    Before a feature's word, after Romance complements or after a club's founding year ("FC
    Tarvo 04").
    """
    feature = _FEATURE_AFTER.search(mention.surface)
    if feature is not None:
        return mention.start + feature.start()
    end = mention.end
    if text.startswith((" ", ","), end):
        end = _romance_complements_end(text, mention, following)
    if end == mention.end and mention.surface.split(" ", 1)[0] in club_initials():
        year = _CLUB_YEAR_AFTER.match(text, end)
        end = end if year is None else year.end()
    return end


def _branch_of(
    text: str, mention: Mention, previous: Mention | None, words: Vocabulary
) -> Mention | None:
    """The branch an acronym's hyphenated name stands for ("|Filo-TCU|"), if any.

    Not where the word before the hyphen qualifies the body ("anti-TCU", "Sino-TCU") or is a
    name of its own, the `previous` mention ("Orvikia-TCU relations": a country and a body).
    """
    after = text[mention.end : mention.end + 1]
    if not text.startswith("-", mention.start - 1) or after.isalnum() or after == "-":
        return None
    if previous is not None and previous.end == mention.start - 1:
        return None
    before = _BRANCH_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if before is None:
        return None
    word = before.group(1).lower()
    if word in words.common or word in words.hyphen_prefixes:
        return None
    surface = text[before.start() : mention.end]
    return Mention(Known(surface, _ORGANIZATION), before.start(), mention.end, surface)


def _without_country_initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, a body's name without a country's initials, which name the country.

    "the US |Census Bureau|" (CONVENTIONS, "Tagging", rule 2): the initials the text puts before
    the name are the country's mention, and a guessed name's canonical goes without them at
    every mention; a guessed name after a country's mention is trimmed in `_trimmed`.
    """
    renamed: dict[str, Known] = {}
    found: list[Mention] = []
    for m in mentions:
        name = m.known.name
        country = _after_country_initials(m.surface) if m.known.type is _ORGANIZATION else None
        if (
            m.known.type is not _ORGANIZATION
            or (country is None and name not in renamed)
            # "the |11th U.S. Circuit Court|": initials inside a name stay in it
            or _ORDINAL_BEFORE.search(text, max(0, m.start - 8), m.start)
        ):
            found.append(m)
            continue
        known = m.known
        if name in renamed or name == m.surface:
            known = renamed.setdefault(name, replace(m.known, name=name.split(" ", 1)[1]))
        if country is None:
            found.append(Mention(known, m.start, m.end, m.surface))
            continue
        rest = m.surface.split(" ", 1)[1]
        start = m.end - len(rest)
        # The country's own mention of the initials may be found already: it stays.
        if not (found and found[-1].start == m.start and found[-1].end == start - 1):
            found.append(Mention(country, m.start, start - 1, text[m.start : start - 1]))
        found.append(Mention(known, start, m.end, rest))
    return found


def _after_country_initials(name: str) -> Known | None:
    """The country whose initials start `name` when two words or more follow them, if any.

    "US Census Bureau", "U.K. Border Force": the initials say whose body it is, no part of its
    name; not before one word ("U.S. Army"), nor a company's initials ("LG Energy Solution").
    """
    first, _, rest = name.partition(" ")
    if " " not in rest or not first.replace(".", "").isupper():
        return None
    return _country_of_initials(first)


@cache
def _country_of_initials(initials: str) -> Known | None:
    """The country a word of capitals names ("US", "U.A.E."), if any: countries.toml's."""
    country = country_initials().get(initials)
    return None if country is None else Known(country[0], EntityType.LOCATION, country[1])


def _same_heads_split(mention: Mention, words: Vocabulary) -> list[Mention]:
    """A guessed name of two bodies joined by "and", each ending in one head noun: split.

    "Tarvo Heritage Fund and Art Fund", "Velno Trust and Orvik Trust": one body's name does
    not end its head's complement with the head again ("Ministry of Mines and Energy").
    """
    surface = mention.surface
    if mention.known.type is not _ORGANIZATION or mention.known.name != surface:
        return [mention]
    left, joined, right = surface.rpartition(" and ")
    head = right.rsplit(" ", 1)[-1]
    if (
        not joined
        or " " not in right
        or " and " in left
        or not left.endswith(f" {head}")
        or head.lower() not in words.heads
    ):
        return [mention]
    second = mention.start + len(left) + len(joined)
    return [
        Mention(Known(left, _ORGANIZATION), mention.start, mention.start + len(left), left),
        Mention(Known(right, _ORGANIZATION), second, mention.end, right),
    ]


def _romance_complements_end(text: str, mention: Mention, following: list[Mention]) -> int:
    """Where more Romance complements after a guessed name end; its end when none follow.

    Each has its article, as the name's last one does: "Union Générale de l'Industrie| et de
    la Pêche|", "Office de la Pêche|, du Commerce et de l'Artisanat|"; none holds a mention
    (`following`: the next one), which may be a place or a second body.
    """
    if _ROMANCE_COMPLEMENT_BEFORE.search(mention.surface) is None:
        return mention.end
    more = _ROMANCE_COMPLEMENTS.match(text, mention.end)
    if more is None or any(m.start < more.end() for m in following):
        return mention.end
    return more.end()


def _without_base(mention: Mention) -> Mention:
    """A guessed name without where it is based: "Switzerland-based |Jane Doe|"."""
    first, _, rest = mention.surface.partition(" ")
    if not rest or not first.endswith(_BASED):
        return mention
    return Mention(replace(mention.known, name=rest), mention.end - len(rest), mention.end, rest)


def _proper_start(text: str, mention: Mention, words: Vocabulary, *, initials: bool) -> int:
    """Where a guessed organisation starts without what is no part of its name.

    That is a country's initials (`initials`: a country's name starts the mention) or a
    sentence's first common word before "of the".
    """
    parts = mention.surface.split(" ")
    if parts[0] in _DETERMINERS and len(parts) > 2 and parts[1] not in _MAJESTY:
        return mention.start + len(parts[0]) + 1  # "His |Tarvo Union|"
    if len(parts) < 3:
        return mention.start
    if initials and parts[0].replace(".", "").isupper():
        return mention.start + len(parts[0]) + 1  # "U.S. |State Department|"
    first = parts[0].lower()
    if (
        len(parts) > 3
        and parts[1] in _CONNECTORS
        and first in words.common
        and first not in words.heads
        and _SENTENCE_START.search(text, max(0, mention.start - 3), mention.start)
    ):
        rest = 1
        while parts[rest] in _CONNECTORS:
            rest += 1
        return mention.start + len(" ".join(parts[:rest])) + 1  # "Soldiers of the |EU Force|"
    return mention.start


class _Finder:
    """The organisations one text's shape names, as (start, end) → name."""

    def __init__(self, text: str, mentions: list[Mention], words: Vocabulary) -> None:
        self._text = text
        self._mentions = mentions
        self._words = words
        self._by_end: dict[int, Mention] = {}
        for m in mentions:  # the widest: "Argentine Republic" ends "Central Bank of the ..." too
            self._by_end.setdefault(m.end, m)
        self._by_start = {m.start: m for m in mentions}
        self._starts = [m.start for m in mentions]
        self.acronyms: dict[str, str] = {}  # acronym → the name it stands for
        self.firms: set[tuple[int, int]] = set()  # names joined by "&": partners' surnames in
        # Names shaped like a body's that name none, but hold their words: "the School of Athens".
        self.no_bodies: set[tuple[int, int]] = set()
        self._listed: set[int] = set()  # starts of names listed after a plural descriptor
        # Where a name starts after "a spokesperson for", "shares in" and the like.
        self._acts_before: set[int] = set()

    def find(self) -> dict[tuple[int, int], str]:
        """Every new organisation's span and name.

        Only the capitalised runs around a head noun, a descriptor or an appositive are read:
        one regular expression finds each kind of cue, so most of the text is scanned in C.
        """
        text = self._text
        cues = _cues(self._words)
        found: dict[tuple[int, int], str] = {}
        heading_end = _title_case_heading_end(text)
        seen: set[int] = set()  # ends of the runs read
        group_names = [m.end() for m in cues.group.finditer(text)]  # read for both names
        words: list[list[tuple[int, int]]] = [[], [], []]  # by kind: (last character, length)
        for last, (length, kind) in cues.before.iter(text):
            words[kind].append((last, length))
        self._acts_before = {
            last + 1
            for last, length in words[_ACTS_ON]
            if text[last + 1 : last + 2].isupper()
            and not _members_of_an_owner(text, last + 1 - length, last + 1)
        }
        if text[:1].isupper():  # no space before the text's first words: "Shares in |Tarvo|"
            at = next((len(p) + 1 for p in _ACTS_BEFORE if text.startswith(f"{p} ")), None)
            if (
                at is not None
                and text[at : at + 1].isupper()
                and not _members_of_an_owner(text, 0, at)
            ):
                self._acts_before.add(at)
        candidates = [
            *(
                self._run_around(m.start(), m.end())
                for m in cues.heads.finditer(text)
                if not _continues_word(text, m.start())
            ),
            *(
                run
                for at in _names_after_descriptors(text, words[_DESCRIBES])
                if (r := _RUN.match(text, at))
                for run in self._listed_after(_run(r))
            ),
            *(_run(r) for at in group_names if (r := _RUN.match(text, at))),
            *(
                _run(r)
                for at in group_names
                if (second := _SECOND_GROUP_NAME.match(text, at))
                and (r := _RUN.match(text, second.start(1)))
            ),
            *(
                _run(r)
                # A party's name stands before " party": most texts have none to scan for.
                for m in (
                    cues.party.finditer(text)
                    if any(f" {noun}" in text for noun in _PARTY_NOUNS)
                    else ()
                )
                if (r := _PARTY_NAME.match(text, m.end()))
            ),
            *(
                _run(r)
                for m in cues.based.finditer(text)
                if _continues_word(text, m.start()) and (r := _RUN.match(text, m.end()))
            ),
            *(self._run_ending(m.start()) for m in cues.others.finditer(text)),
            *(
                self._run_ending(last + 1 - length)
                for last, length in words[_ACTS_FROM]
                if _ACTS_AFTER.match(text, last + 1 - length)
            ),
            *(_run(r) for at in sorted(self._acts_before) if (r := _RUN.match(text, at))),
            *(
                self._run_ending(m.start())
                for m in cues.appositive.finditer(text)
                # A name before the comma, perhaps the first word of a paragraph.
                if text[_word_start(text, max(0, m.start() - _WINDOW), m.start())].isupper()
            ),
        ]
        for run in candidates:
            if run is None or run.end in seen or run.start < heading_end:
                continue  # in "Thousands Flee As Army Advances", capitals say nothing
            seen.add(run.end)
            span = self._headed(run) or self._introduced(run)
            if span is not None and not self._known_organisation(span):
                found[span] = text[span[0] : span[1]]
            owner = self._owner_in(run)
            owner_span = None if owner is None else self._headed(owner)
            if owner_span is not None and not self._known_organisation(owner_span):
                found[owner_span] = text[owner_span[0] : owner_span[1]]
        found.update(self._by_shape(heading_end))
        found.update(self._said_so(heading_end, found))
        found.update(self._branches())
        found.update(self._national())
        found.update(self._paired_with_a_company(heading_end))
        found.update(self._speaking_facilities())
        found.update(self._speaking_systems())
        found.update(self._lower_case_names())
        found = {
            span: name
            for span, name in map(self._reshaped, found.items())
            if not _AGE_AFTER.match(text, span[1])
        }
        for match in _ACRONYM_DEFINED.finditer(text):
            self._define(match, match.start(), found)
        if ") " in text or ")." in text:
            self._native_names(found)
        for match in _ACRONYM_KNOWN_AS.finditer(text):  # a literal start: found in C
            if _continues_word(text, match.start()) and not _names_no_body(text, match.start()):
                self._define(match, match.start(), found)
                acronym = match.group(1)
                if acronym not in self.acronyms and acronym.isupper() and " by its " in match[0]:
                    # "The agency, known by its Spanish initials OVRN": never spelled out, the
                    # acronym is the name.
                    self.acronyms[acronym] = acronym
        return found

    def _reshaped(self, found: tuple[tuple[int, int], str]) -> tuple[tuple[int, int], str]:
        """A new name without an owner, with fields joined before its head, its form's stop."""
        return self._with_form_stop(self._with_fields_before(self._without_owner(found)))

    def _with_form_stop(self, found: tuple[tuple[int, int], str]) -> tuple[tuple[int, int], str]:
        """A name ending in a legal form written with stops, with its last one.

        "Tarvo Vial |S.A.C.|" is printed so, even where the stop ends the sentence too.
        """
        (start, end), name = found
        last = name.rpartition(" ")[2]
        if "." not in last or last not in self._words.legal_forms_written:
            return found
        if not self._text.startswith(".", end):
            return found
        return (start, end + 1), f"{name}."

    def _with_fields_before(
        self, found: tuple[tuple[int, int], str]
    ) -> tuple[tuple[int, int], str]:
        """A name ending in its head, with the capitalised words and "and" before it after "the".

        "the Tarvo Art and |History Museum|": one body's fields, a common word after "and"; not
        a proper name there ("the Greens and |Tarvo Workers Union|", two bodies), nor when the
        words before hold a head noun ("the Tarvo Council and |Velno Museum|") or a person, nor
        before a name its head does not end ("the Tarvo and |Velno| gangs").
        """
        (start, end), name = found
        if (
            _unowned(name.rsplit(" ", 1)[-1].lower()) not in self._words.heads
            or name.split(" ", 1)[0].lower() not in self._words.common
        ):
            return found
        joined = _NAMES_FIELDS_BEFORE.search(self._text, max(0, start - _WINDOW), start)
        if joined is None or any(
            w.lower() in self._words.heads for w in joined.group(1).split(" ")
        ):
            return found
        if any(m.known.type is EntityType.PERSON for m in self._inside((joined.start(1), start))):
            return found
        return (joined.start(1), end), self._text[joined.start(1) : end]

    def _without_owner(self, found: tuple[tuple[int, int], str]) -> tuple[tuple[int, int], str]:
        """A new name without a place or a body owning it: "Tarvo's |Velno Oil|".

        The owner is a place or a body the text names, or initials ("the TRG's |Ministry of
        Mines|"); its possessive is no part of the name (CONVENTIONS, "Tagging", rule 2). A
        name's own possessive stays: "the People's Bank of Tarvo".
        """
        (start, end), name = found
        first, space, rest = name.partition(" ")
        if not space or not first.endswith(_POSSESSIVE) or not rest[:1].isupper():
            return found
        owner = first[:-2]
        mention = self._by_start.get(start)
        owned = (
            mention is not None
            and mention.end in (start + len(owner), start + len(first))
            and mention.known.type is not EntityType.PERSON
        ) or (len(owner) > 1 and owner.isupper() and owner.isalpha())
        if not owned:
            return found
        return (end - len(rest), end), rest

    def _paired_with_a_company(self, heading_end: int) -> dict[tuple[int, int], str]:
        """A word nobody knows joined by "and" to a listed company's one-word name: another.

        "Tarvocel and Vodafone sent alerts", "by Toyota and Velmaro": a pair of the same kind;
        not a word that goes on into a longer name, nor a common word ("Police and Interpol").
        """
        text = self._text
        found: dict[tuple[int, int], str] = {}
        if " and " not in text:
            return found
        for m in self._mentions:
            if m.known.type is not EntityType.ORGANIZATION or " " in m.surface:
                continue
            before = _SINGLE_NAME_BEFORE_AND.search(text, max(0, m.start - _WINDOW), m.start)
            after = _SINGLE_NAME_AFTER_AND.match(text, m.end)
            for pair in (before, after):
                if pair is None or pair.start(1) < heading_end:
                    continue
                span = pair.span(1)
                word = pair.group(1)
                if (
                    word.lower() in self._words.common
                    or word.lower() in self._words.not_name_starts
                    or self._holds_known(span)
                    or text.endswith(_PLACE_PREPOSITIONS_BEFORE, 0, span[0])
                    or (pair is before and self._starts_a_clause_after(m.end, span[0]))
                ):
                    continue
                found[span] = word
        return found

    def _starts_a_clause_after(self, company_end: int, word_start: int) -> bool:
        """Whether "and" joins two clauses: "Floods hit Velno and Safaricom said so"."""
        text = self._text
        before = _OBJECT_BEFORE.search(text, max(0, word_start - 20), word_start)
        return (
            _VERB_AFTER.match(text, company_end) is not None
            and before is not None
            and before.group(1) not in _LISTING_WORDS
        )

    def _by_shape(self, heading_end: int) -> dict[tuple[int, int], str]:
        """Firms, teams, airlines and parties the words around their names say they are."""
        text = self._text
        found = self._teams(heading_end) if any(verb in text for verb in _SCORED_VERBS) else {}
        if (") " in text or ")," in text) and _LEANING_THEN_NAME.search(text):
            for match in _LEANING_NAMED.finditer(text):
                span = match.span(1)
                if span[0] >= heading_end and not self._holds_known(span):
                    found[span] = match.group(1)
        if " & " in text:  # rare: no scan for most texts
            found.update(self._firms(heading_end))
        if " flight" in text:
            found.update(self._carriers(heading_end))
        return found

    def _said_so(
        self, heading_end: int, named: dict[tuple[int, int], str]
    ) -> dict[tuple[int, int], str]:
        """Bodies the words right around their names say they are.

        A broadcaster named "TV" and a place or word ("TV Tarvo"); an airline named "Air" and a
        word whose sentence names flights ("Air Tarvo offered flights"); a club a player plays for
        ("plays for |Tarvo United|") or whose position he holds ("the |Velno| defender Jane
        Doe"); and a body whose director or chairman is named after it ("|Tarvo|'s director,
        Jane Doe,"). Not a country's side ("plays for Scotland"), nor a common word, a month or
        a day ("on TV Monday"), nor a name the gazetteer knows as something else, nor the
        short form of a name found ("Hanbit's chairman" after "Hanbit Construction").
        """
        found: dict[tuple[int, int], str] = {}
        text = self._text
        longer = [
            *named.values(),
            *(m.known.name for m in self._mentions if m.known.type is EntityType.ORGANIZATION),
        ]
        # What a name may hold: nothing known, places, or places and countries ("Air India").
        for pattern, inside, literals in (
            (_BROADCASTER, _PLACES, ("TV ",)),
            (_CLUB_PLAYED_FOR, _PLACES, (" for ",)),
            (_CLUB_OF_POSITION, _PLACES, _POSITIONS),
            (_ROLE_OF_OWNER, _NOTHING, ("'s ", "’s ")),
            (_AIRLINE, _LOCATIONS, ("Air ",)),
        ):
            # Most texts hold none of a pattern's words: no scan for them.
            for span in self._spans_said(pattern) if any(w in text for w in literals) else ():
                name = text[span[0] : span[1]]
                words = name.split(" ")
                if (
                    span[0] < heading_end
                    or self._holds_more_than(span, inside)
                    # Past a broadcaster's "TV": "on TV Monday".
                    or any(
                        w.lower() in self._words.not_name_starts
                        for w in (words[1:] if pattern is _BROADCASTER else words)
                    )
                    or (
                        pattern in (_ROLE_OF_OWNER, _AIRLINE)
                        and _common_spelling(words[-1].lower(), self._words.common)
                    )
                    or any(other.startswith(f"{name} ") for other in longer)
                    # "Europe's director", "plays for Europe": a continent, no body ("Air
                    # Arabia", "TV Africa" are).
                    or (
                        pattern not in (_BROADCASTER, _AIRLINE)
                        and name.lower() in REGIONS_OF_THE_WORLD
                    )
                    # "played for Pope Leo", "plays for Jane Doe, a coach": whom one plays for.
                    or (pattern is _CLUB_PLAYED_FOR and self._a_person_played_for(span, words))
                    # "watched on TV |Lisbon celebrate|": the medium, then a clause's subject.
                    or (pattern is _BROADCASTER and self._a_subject_after_on_tv(span))
                ):
                    continue
                found[span] = name
        return found

    def _a_subject_after_on_tv(self, span: tuple[int, int]) -> bool:
        """Whether "on TV" is the medium, and a place after it the subject of what goes on.

        "Millions watched on TV |Lisbon| celebrate", "saw on TV Madrid residents queuing"; not
        "on TV Globo in Recife" nor "on TV Bahia, the affiliate" (a broadcaster, then a
        preposition or a stop).
        """
        text = self._text
        if not text.endswith(" on ", 0, span[0]):
            return False
        after = _WORD_AFTER.match(text, span[1])
        if after is None or after.group(1) in _AFTER_A_BROADCASTER:
            return False
        return any(
            m.known.type is EntityType.LOCATION and m.end == span[1] for m in self._inside(span)
        )

    def _a_person_played_for(self, span: tuple[int, int], words: list[str]) -> bool:
        """Whether a name after "plays for" is a person's: a title first, or a person found."""
        return words[0].lower() in _title_words() or any(
            m.known.type is EntityType.PERSON for m in self._inside(span)
        )

    def _spans_said(self, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
        """Where the names a pattern of `_said_so` finds stand, each a whole word."""
        text = self._text
        for match in pattern.finditer(text):
            if pattern is _ROLE_OF_OWNER:
                owner = _OWNER_BEFORE.search(text, max(0, match.start() - 40), match.start())
                if owner is not None:
                    yield owner.span(1)
                continue
            start, end = match.span(1)
            if pattern is _CLUB_PLAYED_FOR:
                verb = text[max(0, start - 16) : match.start()].rsplit(" ", 1)[-1]
                if verb in _PLAYED_FOR:
                    yield start, end
            elif start == 0 or not _continues_word(text, start):
                yield start, end

    def _carriers(self, heading_end: int) -> dict[tuple[int, int], str]:
        """An airline whose flight the text counts: "a |Tarvair| flight", "the |Air Velno| flight".

        Only a name the gazetteer left alone (no place, country, person or listed body) and no
        common word ("a Sunday flight", "a cargo flight").
        """
        found = {}
        for match in _CARRIED.finditer(self._text):
            span = match.span(1)
            words = match.group(1).split(" ")
            # "the |Air Koryo| flight": "Air" and a place's or country's name are an airline's.
            airline = words[0] == "Air" and len(words) == 2
            if airline:
                words = words[1:]
            if (
                span[0] < heading_end
                or (
                    any(m.known.type is not EntityType.LOCATION for m in self._inside(span))
                    if airline
                    else self._holds_known(span)
                )
                or any(w.lower() in self._words.common for w in words)
                or any(w.lower() in self._words.not_name_starts for w in words)
            ):
                continue
            found[span] = match.group(1)
        return found

    def _teams(self, heading_end: int) -> dict[tuple[int, int], str]:
        """Teams a score follows: "beating |Tarvo Rovers| 3-1"; not a country's side.

        A town's name so used is its club's ("beat |Velno| 2-0").
        """
        found = {}
        text = self._text
        for dash in _DASH_DIGIT.finditer(text):
            # Back over the score's first number to the space before it: "beating Tarvel |3-1|".
            start = dash.start()
            while start > dash.start() - 2 and text[start - 1 : start].isdigit():
                start -= 1
            if start == dash.start() or text[start - 1 : start] != " ":
                continue
            if _SCORE.match(text, start) is None:
                continue
            match = _SCORED_BEFORE.search(text, max(0, start - 60), start)
            if match is None:
                continue
            found.update(self._team_before(match.start(1), start, heading_end))
            span = match.span(1)
            if span[0] < heading_end or self._holds_body_or_country(span):
                continue  # a listed club, or a country's team: the gazetteer's
            found[span] = match.group(1)
        return found

    def _team_before(self, beaten: int, score: int, heading_end: int) -> dict[tuple[int, int], str]:
        """The team before a result's verb: "|Tarvo Stars| beat Velno 2-0".

        Not a set's score (players win those), a sentence's first word alone, nor a listed
        body, a country's team or a person.
        """
        text = self._text
        scorer = _SCORER_BEFORE.search(text, max(0, beaten - 80), beaten)
        if scorer is None:
            return {}
        start, end = scorer.span(1)
        words = scorer.group(1).split(" ")
        while words and words[0].lower() in self._words.not_name_starts:
            start += len(words.pop(0)) + 1
        if (
            not words
            or start < heading_end
            or _SET_SCORE.match(text, score)
            or (len(words) == 1 and words[0].lower() in self._words.common)
            or self._holds_body_or_country((start, end))
            or any(m.known.type is EntityType.PERSON for m in self._inside((start, end)))
        ):
            return {}
        return {(start, end): text[start:end]}

    def _firms(self, heading_end: int) -> dict[tuple[int, int], str]:
        """Firms named by partners' surnames joined by an ampersand (see `_firm`)."""
        found = {}
        for m in _AMPERSAND.finditer(self._text):
            span = self._firm(self._run_around(m.end(), m.end() + 1), heading_end)
            if span is not None:
                found[span] = self._text[span[0] : span[1]]
                self.firms.add(span)
        return found

    def _firm(self, run: _Run | None, heading_end: int) -> tuple[int, int] | None:
        """Names joined by an ampersand: a firm's, as partners' names are ("Tarvo & Velno").

        Not common words only ("Fire & Rescue", "Arts & Culture"), and not countries or a
        name the gazetteer listed ("Trinidad & Tobago").
        """
        if run is None or run.start < heading_end:
            return None
        first = 0
        while first < len(run.words) and run.words[first].lower() in self._words.not_name_starts:
            first += 1
        words = [w for w in run.words[first:] if w not in _CONNECTORS]
        if "&" not in run.words[first:]:
            return None
        amp = run.words.index("&", first)
        # A partner's surname each side, its particles with it ("Van Orvik"), and after the
        # second only words such as "Sons" or "Partners": "Anna Tarvel & Jon Velno" are two
        # people.
        left = [w for w in run.words[first:amp] if w.lower() not in NAME_PARTICLES]
        right = [w for w in run.words[amp + 1 :] if w.lower() not in NAME_PARTICLES]
        common = self._words.common
        if (
            len(left) != 1
            or not right
            or len(words) > _LONGEST_NAME
            or not all(w.lower() in common or w.lower() in self._words.suffixes for w in right[1:])
            or any(len(w) < 2 for w in words)  # "Q & A", "R & D"
            or all(w.lower() in common for w in words)
        ):
            return None
        span = (run.starts[first], run.end)
        return None if self._holds_body_or_country(span) else span

    def _listed_after(self, run: _Run) -> list[_Run]:
        """The run after a descriptor, and after a plural one the names listed with it.

        As in "the utilities |Orvel Voima (OVO)| and |Tarvum|", "groups, among them |Tarvum|
        and |Velno|".
        """
        before = self._word_before(run.start)
        if before not in self._words.plural_descriptors:
            if before not in _EXAMPLES_LAST:
                return [run]
            examples = _EXAMPLES_BEFORE.search(self._text, max(0, run.start - 40), run.start)
            if examples is None or examples.group(1) not in self._words.plural_descriptors:
                return [run]
            self._listed.add(run.start)
        runs = [run]
        while (gap := _LIST_NEXT.match(self._text, runs[-1].end)) is not None and (
            following := _RUN.match(self._text, gap.end())
        ):
            runs.append(_run(following))
            self._listed.add(following.start())
        return runs

    def _run_around(self, start: int, end: int) -> _Run | None:
        """The capitalised run that holds text[start:end]."""
        match = _RUN.match(self._text, self._run_start(start))
        return _run(match) if match is not None and match.end() >= end else None

    def _owner_in(self, run: _Run) -> _Run | None:
        """The headed name a possessive ends inside a run, as a run of its own.

        "the |University of Tarvo|'s Institute for Velno Studies": the owner is a body too.
        """
        heads = self._words.heads
        for i in range(len(run.words) - 2, 0, -1):
            word = run.words[i]
            if word.endswith(_POSSESSIVE) and any(w.lower() in heads for w in run.words[:i]):
                owner = word[:-2]
                words = [*run.words[:i], owner]
                return _Run(run.start, run.starts[i] + len(owner), words, run.starts[: i + 1])
        return None

    def _run_ending(self, end: int) -> _Run | None:
        """The capitalised run that ends at `end`."""
        text = self._text
        last_word = _word_start(text, max(0, end - _WINDOW), end)
        match = _RUN.match(text, self._run_start(last_word), end)
        return _run(match) if match is not None and match.end() == end else None

    def _run_start(self, start: int) -> int:
        """Where the run holding the word at `start` begins: back over names and connectors.

        Word by word with string methods: runs are a few words long, and a regular
        expression would have to scan a window.
        """
        text = self._text
        first = start
        while start > 1 and text[start - 1] == " ":
            low = max(0, start - _WINDOW)
            # The word may start a paragraph: "...them out.\n\n|HS| Orka, which runs".
            before = max(text.rfind(" ", low, start - 1), text.rfind("\n", low, start - 1)) + 1
            word = text[before : start - 1]
            if word in _CONNECTORS:
                start = before
            elif (match := _WORD_ONLY.match(text, before)) and match.end() == start - 1:
                start = first = before
            else:
                break
        return first

    def _branches(self) -> dict[tuple[int, int], str]:
        """A listed organisation's national branch, named by a demonym: "Canadian Red Cross".

        Or by the country's name, for a movement whose every national society is so named:
        "Kiribati Red Cross".

        Or by the country's name after a listed organisation's, a national chapter's name as
        printed: "Amnesty International Tarvelia" (tests/gold/CONVENTIONS.md, tagging rule 6).
        """
        text = self._text
        branches: dict[tuple[int, int], str] = {}
        for m in self._mentions:
            if m.known.type is not EntityType.ORGANIZATION or (
                m.surface.split(" ", 1)[0] in OWNED_BODIES
                or m.surface.rsplit(" ", 1)[-1] in OWNED_BODIES
            ):
                # A ministry or court is no branch: "the Freedonian |Ministry of Health|", "the
                # Freedonian |Health Ministry|", "the Freedonian |Supreme Court|".
                continue
            before = self._by_end.get(m.start - 1)
            if (
                before is not None
                and (
                    before.known.is_demonym
                    or (m.surface in _NAMED_BY_COUNTRY and _is_country(before))
                )
                and text[m.start - 1] == " "
                and not _continues_name(text, before.start, self._words.not_name_starts)
            ):
                branches[(before.start, m.end)] = text[before.start : m.end]
            elif (chapter := self._chapter_country(m)) is not None:
                branches[(m.start, chapter.end)] = text[m.start : chapter.end]
        return branches

    def _chapter_country(self, body: Mention) -> Mention | None:
        """The country named right after a listed organisation's name, as its chapter's.

        Not where a capitalised word goes on ("the Tarvo Union Velnia Forum": the country
        starts another name), nor after a name that holds a country (a national body's).
        """
        text = self._text
        after = self._by_start.get(body.end + 1)
        if after is None or not _is_country(after) or text[body.end] != " ":
            return None
        if _WORD_ONLY.match(text, after.end + 1) and text[after.end] == " ":
            return None
        if any(_is_country(m) for m in self._inside((body.start, body.end))):
            return None
        return after

    def _national(self) -> dict[tuple[int, int], str]:
        """A name and a country that speak or have a spokesperson: "Garuda Indonesia said".

        The name may start with an abstract noun: "Tourism Fiji said".

        Airlines and national companies are named so; a place or a person is not followed by
        a country's name.
        """
        text = self._text
        found: dict[tuple[int, int], str] = {}
        for m in self._mentions:
            if (
                m.known.type is not EntityType.LOCATION
                or m.known.geo is not None
                or m.known.is_demonym
                or text[m.start - 1 : m.start] != " "
                or m.start - 1 in self._by_end
            ):
                continue
            speaks = _SPEAKS_AFTER.match(text, m.end) is not None
            if not (speaks or text.startswith(", which ", m.end)):
                continue
            fields = _FIELDS_BEFORE.search(text, max(0, m.start - _WINDOW), m.start)
            if fields is not None and self._fields(fields.group(1), fields.start(1)):
                # "Environment and Climate Change Canada said": a department of its fields.
                found[(fields.start(1), m.end)] = text[fields.start(1) : m.end]
                continue
            start = text.rfind(" ", max(0, m.start - _WINDOW), m.start - 1) + 1
            word = text[start : m.start - 1]
            abstract = word.endswith(_ABSTRACT_ENDS)
            # Common in either spelling: "Neighbouring Tarvelia said" is no body.
            common = _common_spelling(word.lower(), self._words.common)
            if (
                _WORD_ONLY.fullmatch(word)
                and (abstract or (speaks and not common))
                and word.lower() not in self._words.not_name_starts
                and not _continues_name(text, start, self._words.not_name_starts)
            ):
                found[(start, m.end)] = text[start : m.end]
        return found

    def _speaking_facilities(self) -> dict[tuple[int, int], str]:
        """A facility named by its place that speaks: the body running it.

        "the Port of Tarvel said", "the Port of Tarvel, owned by Velno Ports, said"; not "ships
        at the Port of Tarvel" (a place), nor a town the gazetteer knows whole ("Port of Spain").
        """
        text = self._text
        found: dict[tuple[int, int], str] = {}
        for m in self._mentions:
            if m.known.type is not EntityType.LOCATION or not text.endswith(" of ", 0, m.start):
                continue
            start = text.rfind(" ", max(0, m.start - _WINDOW), m.start - 4) + 1
            noun = text[start : m.start - 4]
            if not noun[:1].isupper() or noun.lower() not in self._words.speaking_facilities:
                continue
            aside = _ASIDE.match(text, m.end)
            if _SPEAKS_AFTER.match(text, m.end if aside is None else aside.end()) is not None:
                found[(start, m.end)] = text[start : m.end]
        return found

    def _speaking_systems(self) -> dict[tuple[int, int], str]:
        """A name ending in a head that names a body only when it speaks.

        "the Public Tarvo System said": three capitalised words or more, no name the gazetteer
        knows inside; not "The Tarvo System said" (two).
        """
        text = self._text
        found: dict[tuple[int, int], str] = {}
        for noun in self._words.heads_when_speaking:
            head = f" {noun.capitalize()}"
            at = text.find(head)
            while at != -1:
                end = at + len(head)
                run = self._run_ending(end) if _SPEAKS_AFTER.match(text, end) else None
                first = 0
                while run is not None and run.words[first].lower() in self._words.not_name_starts:
                    first += 1  # "The": a sentence's start
                if run is not None and len(run.words) - first >= 3:
                    span = (run.starts[first], end)
                    if not self._holds_known(span):
                        found[span] = text[span[0] : end]
                at = text.find(head, end)
        return found

    def _lower_case_names(self) -> dict[tuple[int, int], str]:
        """A body named in lower case, a descriptor before it, that speaks.

        "the transport union |tarvo| said": a brand written in lower case; not "the union also
        said" nor "the company spokesman said" (common words), nor "the union, tarvo said,".
        """
        text = self._text
        found: dict[tuple[int, int], str] = {}
        for verb in _SPEECH_VERBS:
            at = text.find(verb)
            while at != -1:
                end = at + len(verb)
                word = _LOWER_CASE_WORD_BEFORE.search(text, max(0, at - 24), at)
                if word is not None and not _is_word_char(text[end : end + 1]):
                    # Right before it, no comma between: "the union, tarvo said," quotes someone.
                    start = word.start()
                    before = text[max(0, start - 24) : max(0, start - 1)].rsplit(" ", 1)[-1]
                    if before in self._words.descriptors and not _common_spelling(
                        word.group(0), self._words.common
                    ):
                        found[word.span()] = word.group(0)
                at = text.find(verb, end)
        return found

    def _fields(self, names: str, start: int) -> bool:
        """Whether capitalised words are fields a department is named by: "Fisheries and Oceans".

        Common nouns, none the gazetteer named, none a word that starts a sentence.
        """
        words = names.replace(",", "").split(" ")
        return (
            all(
                w == "and"
                or (
                    w.lower() in self._words.common and w.lower() not in self._words.not_name_starts
                )
                for w in words
            )
            and not self._holds_known((start, start + len(names)))
            and not _continues_name(
                text=self._text, start=start, not_name_starts=self._words.not_name_starts
            )
        )

    def _headed(self, run: _Run) -> tuple[int, int] | None:
        """A name with a head noun or a company's last word, without what precedes it."""
        lowered = [w.lower() for w in run.words]
        heads = self._words.heads
        before_of = self._words.heads_before_of
        head = max(
            (
                i
                for i, w in enumerate(lowered)
                if w in heads
                or (
                    w in before_of
                    and lowered[i + 1 : i + 2] == ["of"]
                    and self._first_if_it_must_be(lowered, i)
                )
            ),
            default=-1,
        )
        if 0 <= head < len(lowered) - 1 and _unowned(lowered[-1]) in FACILITY_ENDS:
            return None  # "Tarvel University Hospital": a facility, named after its owner
        weak = head < 0
        if weak:
            # A company's last word ends the run or stands before its possessive.
            head = next(
                (
                    i
                    for i in range(len(lowered) - 1, 0, -1)
                    if (i == len(lowered) - 1 or lowered[i].endswith(_OWNER_ENDS))
                    and _unowned(lowered[i]) in self._words.suffixes
                ),
                0,
            )
            if head == 0:
                return None
        first = self._name_start(run, head)
        if first is None:
            return None
        # "Tarvo Command for the |Protection of Heritage|": a head before the connectors
        # starts the name, the later one (its first word) in its complement; not "the Tarvo
        # Fund for the Velno Institute", two names.
        gap = first
        while gap > 0 and lowered[gap - 1] in _CONNECTORS:
            gap -= 1
        if first == head and 0 < gap < first and lowered[gap - 1] in heads and not weak:
            earlier = self._name_start(run, gap - 1)
            first = first if earlier is None else earlier
        if (
            first < head
            and lowered[first] in COUNT_WORDS
            and MEMBERS_AFTER.match(self._text, run.end) is not None
        ):
            first += 1  # "|Four| Civil Guard officers were injured": a count of its members
        last = self._last_word(run, lowered, first, head)
        named = [w for w in lowered[first : last + 1] if w not in _CONNECTORS]
        if len(named) < 2:  # "Police said", "Ministry officials"
            return None
        span = (run.starts[first], run.starts[last] + len(_unowned(run.words[last])))
        if first == 0 and head == 1:
            span = (self._places_joined_before(span[0]), span[1])
        if first == 0:
            span = (self._country_joined_before(run, head, span[0]), span[1])
        if last == len(run.words) - 1:
            span = (span[0], self._words_after_end(span, lowered[head], last > head, weak=weak))
        return None if self._no_new_name(run, span, (first, head, last), weak=weak) else span

    def _first_if_it_must_be(self, lowered: list[str], head: int) -> bool:
        """Whether a head that only starts a name starts one here, or needs not.

        "the |States| of Tarvo", but "the Baltic States of Velno" (countries) and "Congress of
        the Federated States of Tarvo" (its head is "Congress").
        """
        return (
            lowered[head] not in self._words.heads_first_before_of
            or head == 0
            or lowered[head - 1] in _CONNECTORS
        )

    def _last_word(self, run: _Run, lowered: list[str], first: int, head: int) -> int:
        """The last word of a name headed at `head`: the head, or its complement's last."""
        if head + 1 < len(run.words) and lowered[head + 1] in _CONNECTORS:
            return self._complement_end(run, head)
        if (
            head + 1 < len(run.words)
            and first == head
            and lowered[head] in self._words.heads_before_name
        ):
            return self._complement_end(run, head)  # "Grupo Tavrel", "Banco Quellano"
        if head + 2 == len(run.words) and lowered[head] in _COLLECTIONS:
            # "National Gallery Tarvo": a city ending a collection's name is in it.
            city = self._by_start.get(run.starts[head + 1])
            if city is not None and city.known.geo is not None and city.end == run.end:
                return head + 1
        return head

    def _second_complement_end(self, end: int) -> int:
        """Where "and Industry" after "Chamber of Commerce" ends, or `end` when nothing is so.

        The words after "and" are one or two, none known, the last a common noun: "Ministry of
        Mines and Energy", "Chamber of Cereal and Oilseed Exporters"; not "Bank of Freedonia
        and Barclays".
        """
        text = self._text
        if text.startswith(", ", end):
            # "Ministry of Culture|, Tourism and Antiquities|": a list of such words before it.
            listed = _LISTED_COMPLEMENTS.match(text, end)
            if listed is None:
                return end
            for item in listed.group().replace(" and ", ", ").split(", ")[1:]:
                at = text.find(item, end)
                if not self._complement_word(item, (at, at + len(item))):
                    return end
                end = at + len(item)
            return end
        if not text.startswith(" and ", end):
            return end
        after = _RUN.match(text, end + 5)
        if after is None or not self._complement_word(after.group(), after.span()):
            return end
        return after.end()

    def _purpose_end(self, end: int, head: str) -> int:
        """Where a purpose after a head noun ends; `end` when none follows.

        "Global Fund| to Fight AIDS, Tuberculosis and Malaria|", "Tarvel Foundation| to Fight
        Hunger|": a capitalised verb the gazetteer left alone, capitalised words after it.
        A mission's country is part of its name: "UN Monitoring Mission| in Ukraine|".
        """
        text = self._text
        if head == "mission" and text.startswith(" in ", end):
            # Not before an acronym, which spells the whole name out from its initials: "African
            # Union Support and Stabilization Mission in Somalia (AUSSOM)".
            country = self._by_start.get(end + 4)
            if country is None or not _is_country(country):
                return end
            return end if _ACRONYM_DEFINED.match(text, country.end) else country.end
        if not text.startswith(" to ", end):
            return end
        after = _RUN.match(text, end + 4)
        if after is None:
            return end
        words = after.group().split(" ")
        if (
            len(words) < 2
            or len(words) > _LONGEST_NAME
            or words[0].lower() not in self._words.common
            or words[0].lower() in self._words.not_name_starts
            or after.start() in self._by_start
        ):
            return end
        return self._second_complement_end(after.end())

    def _words_after_end(
        self, span: tuple[int, int], head: str, complement: bool, *, weak: bool
    ) -> int:
        """Where the words a name's run ends before, but belong to the name, end.

        A second complement ("and Industry"), a school's city, a second trade ("and
        Smelting"), a purpose ("to Fight Hunger"): `span` ends its run, at its head or its
        complement (`complement`).
        """
        if complement:
            end = self._second_complement_end(span[1])
            if end == span[1] and head in _SEES:
                return self._second_see_end(end)
            return self._seat_end((span[0], end)) if head in _SEATED_SCHOOLS else end
        if weak:
            return self._trades_joined_end(span[1])
        end = self._purpose_end(span[1], head)
        return self._campus_end(end) if end == span[1] and head in _CAMPUS_SCHOOLS else end

    def _second_see_end(self, end: int) -> int:
        """Where a church's second land after "and" ends: "Metropolis of Tarvo| and Velno|".

        One word: a place, or a word the gazetteer left alone that the clause ends after (not
        "the Diocese of Tarvo and Okonkwo said", a surname).
        """
        text = self._text
        if not text.startswith(" and ", end):
            return end
        after = _RUN.match(text, end + 5)
        if after is None or " " in after.group():
            return end
        land = self._by_start.get(after.start())
        if land is None:
            return after.end() if text.startswith((",", ".", ";", ")"), after.end()) else end
        if land.known.type is not EntityType.LOCATION or land.end != after.end():
            return end
        return after.end()

    def _campus_end(self, end: int) -> int:
        """Where a university's campus abroad after "at" ends: "Tarvo University| at Qatar|".

        Only a place the gazetteer found that ends the clause: not "at Velno's request".
        """
        text = self._text
        if not text.startswith(" at ", end):
            return end
        place = self._by_start.get(end + 4)
        if (
            place is None
            or place.known.type is not EntityType.LOCATION
            or place.known.is_demonym
            or text[place.end : place.end + 1] not in _CAMPUS_ENDS
        ):
            return end
        return place.end

    def _trades_joined_end(self, end: int) -> int:
        """Where a second trade joined by "and" to a company's ends; `end` when none follows.

        "Tarvo Mining| and Smelting|", "Velno Engineering| and Construction|": one or two
        common words, the last a company's word or a trade ("-ing"); not "Tarvo Mining and
        Velno Energy" (two companies) nor "and Energy Minister".
        """
        text = self._text
        if not text.startswith(" and ", end):
            return end
        after = _RUN.match(text, end + 5)
        if after is None:
            return end
        split = after.group().lower().split(" ")
        last = split[-1]
        if (
            len(split) > 2
            or not all(w in self._words.common for w in split)
            or not (last in self._words.suffixes or last.endswith("ing"))
            or last in self._words.legal_forms
            or not self._complement_word(after.group(), after.span())
        ):
            return end
        return after.end()

    def _seat_end(self, span: tuple[int, int]) -> int:
        """Where a school's city after "in" ends: "Academy of Fine Arts| in Velno|".

        Only after fields, common words, and before no more capitals: "the University of Tarvo in
        Velno" is where the university of Tarvo is.
        """
        text = self._text
        end = span[1]
        if not text.startswith(" in ", end):
            return end
        fields = text[span[0] : end].split(" of ", 1)[-1].lower().split(" ")
        if not all(
            w in _CONNECTORS or w in self._words.common or w.endswith(_FIELD_ENDS) for w in fields
        ) or any(m.known.type is not _ORGANIZATION for m in self._inside(span)):
            return end
        city = self._by_start.get(end + 4)
        if city is None or city.known.type is not EntityType.LOCATION or city.known.geo is None:
            return end
        whole = _RUN.match(text, city.start)
        return city.end if whole is not None and whole.end() == city.end else end

    def _complement_word(self, words: str, span: tuple[int, int]) -> bool:
        """Whether one or two capitalised words are one more field of a name: "Tourism"."""
        split = words.split(" ")
        last = split[-1].lower()
        return (
            len(split) <= 2
            and (last in self._words.common or last.endswith(_FIELD_ENDS))
            and not any(w.lower() in self._words.not_name_starts for w in split)
            and not self._holds_known(span)
        )

    def _no_new_name(
        self, run: _Run, span: tuple[int, int], words: tuple[int, int, int], *, weak: bool
    ) -> bool:
        """Whether a headed span names nothing new, though its shape says organisation."""
        first, head, last = words
        lowered = [w.lower() for w in run.words[first : head + 1]]
        exact = self._exact(span)
        return (
            # "Orrin Bank, a fishing town": the text calls it a place.
            PLACES_APPOSITIVE.match(self._text, span[1]) is not None
            # "Clean Energy", "Bulk Carriers": words, not a company's name; nor "Tarvo's Inland
            # Rail", an owner's project.
            # A place of common words is a name though: "Gold Coast Minerals".
            or (
                weak
                and all(w in self._words.common or w.endswith(_POSSESSIVE) for w in lowered[:-1])
                and not self._place_before_head(span[0], run.starts[head] - 1)
            )
            # "St Mary's Church", "Church of Saint Tarvo", "Tarvo Memorial Church": a building,
            # not the "Anglican Church".
            or (lowered[-1] == "church" and self._church_building(span, run, lowered, head))
            # "the School of Athens": a fresco; "the Chicago School": a school of thought.
            or self._no_body(span, lowered[-1], (head, last), run)
            # "Trump Administration": a government, not "Drug Enforcement Administration".
            or (
                lowered[-1] in self._words.heads_after_two
                and len(lowered) < 3
                and last == head
                and not (
                    lowered[-1] in self._words.heads_after_the
                    and len(lowered) == 2
                    and self._text.endswith(("the ", "The "), 0, span[0])
                )
            )
            # "the Falepili Union treaty": an agreement.
            or _AGREEMENT_AFTER.match(self._text, span[1]) is not None
            # "the Compact of |Free Association|": the end of an agreement's name.
            or _AGREEMENT_BEFORE.search(self._text, max(0, span[0] - 16), span[0]) is not None
            # "the Presidential Office Building": a building named after its tenant.
            or (head + 1 < len(run.words) and run.words[head + 1].lower() in _BUILDINGS)
            # "West Bank", "Soviet Union": a place with a head noun in its name.
            or (exact is not None and exact.known.type is EntityType.LOCATION)
            # "Qatari LNG": the fuel from a country, not "Tarvelia LNG", a company.
            or (
                lowered[-1] in self._words.suffixes_in_capitals
                and (before := self._exact((span[0], run.starts[head] - 1))) is not None
                and before.known.is_demonym
            )
            # "Tesla Inc": the listed company with its legal form.
            or (
                weak
                and lowered[-1] in self._words.legal_forms
                and self._known_organisation((span[0], run.starts[head] - 1))
            )
        )

    def _place_before_head(self, start: int, end: int) -> bool:
        """Whether the words from `start` to `end` are one place's or country's name."""
        place = self._exact((start, end))
        return place is not None and place.known.type is EntityType.LOCATION

    def _church_building(
        self, span: tuple[int, int], run: _Run, lowered: list[str], head: int
    ) -> bool:
        """Whether a name headed by "Church" is a building's, by a saint or a memorial in it.

        `lowered` holds the words up to the head. A saint after "of" names no place either:
        "Church of Saint Tarvo".
        """
        after = [w.lower() for w in run.words[head + 1 : head + 3]]
        if len(after) == 2 and after[0] == "of" and after[1] in _SAINTS:
            self.no_bodies.add(span)
            return True
        return (
            lowered[0] in _SAINTS
            or any(w.endswith(_POSSESSIVE) for w in lowered)
            or any(w in _CHURCH_BUILDINGS for w in lowered)
        )

    def _no_body(self, span: tuple[int, int], noun: str, words: tuple[int, int], run: _Run) -> bool:
        """Whether a head that wants more than a place after it or a name before it has neither.

        The words are still one name, of no body: no place or person inside it is named.
        "the School of Athens" (a fresco): a place after "of"; "the Chicago School" (of
        thought): no person "Chicago School".
        """
        head, last = words
        if (
            noun in self._words.heads_not_of_a_place
            and last > head
            and self._place_only_after(run, head, span[1])
        ):
            self.no_bodies.add(span)
            return True
        exact = self._exact(span)
        if (
            noun in self._words.heads_after_two
            and exact is not None
            and exact.known.type is EntityType.PERSON
            and head == len(run.words) - 1
        ):
            self.no_bodies.add(span)  # "the Chicago School": a head noun ends no person's name
        return False

    def _place_only_after(self, run: _Run, head: int, end: int) -> bool:
        """Whether the words after a head and its connectors, up to `end`, are one place's name."""
        after = head + 1
        while after < len(run.words) and run.words[after].lower() in _CONNECTORS:
            after += 1
        if after == len(run.words):
            return False
        place = self._by_start.get(run.starts[after])
        return place is not None and place.known.type is EntityType.LOCATION and place.end == end

    def _places_joined_before(self, start: int) -> int:
        """Where a name of two places joined by "and" before a head noun starts.

        "|Avon and Somerset| Police", "Devon and Cornwall Police": one force of two counties,
        not a town and a force. The first must be a place the gazetteer knows (not a person's
        or a country's name: "Jane Doe and Somerset Police", "Britain and Somerset Police").
        """
        if not self._text.endswith(" and ", 0, start):
            return start
        before = self._by_end.get(start - len(" and "))
        if (
            before is None
            or before.known.type is not EntityType.LOCATION
            or before.known.geo is None
        ):
            return start
        if self._text[before.start - 1 : before.start] not in {"", " ", "\n", "("}:
            return start
        if self._of_a_head(before.start):
            return start  # "University of Tarvo and |Velno University|": the first is a name's
        return before.start

    def _of_a_head(self, start: int) -> bool:
        """Whether a head noun and "of" stand right before `start`: "University of |Tarvo"."""
        text = self._text
        if not text.endswith(" of ", 0, start):
            return False
        head_start = text.rfind(" ", max(0, start - _WINDOW), start - 4) + 1
        return text[head_start : start - 4].lower() in self._words.heads

    def _country_joined_before(self, run: _Run, head: int, start: int) -> int:
        """Where a name starts that begins with a country named with "and" before its head.

        "|Turks and Caicos Islands| Regiment": runs stop at "and", so the run held only the
        country's second half; the gazetteer found the whole country, which the name holds.
        """
        for word_start, word in zip(run.starts[:head], run.words[:head], strict=True):
            country = self._by_end.get(word_start + len(word))
            if country is not None and country.start < start and _is_country(country):
                return country.start if " and " in country.surface else start
        return start

    def _name_start(self, run: _Run, head: int) -> int | None:
        """The first word of the name ending at `head`: after connectors, owners, a person."""
        first = head
        while first > 0 and run.words[first - 1].lower() not in _CONNECTORS:
            word_start = run.starts[first - 1]
            word = run.words[first - 1]
            before = self._by_end.get(word_start + len(word))
            if before is not None and before.known.type is EntityType.PERSON:
                break  # "Jane Doe| of the |Liberal Party", "Minister Jane Doe Foundation"
            if (
                first - 3 >= 0
                and run.words[first - 2] == "of"
                and run.words[first - 3] in _STATES
                and before is not None
                and _is_country(before)
            ):
                first -= 3  # "Republic of Korea Navy": the country's long name is in it
                continue
            if (
                first - 3 >= 0
                and run.words[first - 2] == "of"
                and run.words[first - 3] in _PLACE_KINDS
                and (before is None or before.known.type is EntityType.LOCATION)
            ):
                first -= 3  # "Port of Tarvo Authority": the place's long name is in it
                continue
            if word.endswith(_DESCRIBED_BY):
                break  # "the Kuwait-based |Migrant Workers Network|"
            if before is not None and _is_country(before) and word.replace(".", "").isupper():
                break  # "the US |Department of Energy|": the country's initials, whose it is
            if (
                before is not None
                and before.known.is_demonym
                and (run.words[first] in OWNED_BODIES or run.words[head] in OWNED_BODIES)
            ):
                # "the Freedonian |Ministry of Health|", "the Freedonian |Health Ministry|":
                # whose ministry, as in gazetteer
                break
            if word.endswith(_POSSESSIVE):
                word_end = word_start + len(word)
                if word_end in self._by_end or word_end - 2 in self._by_end:
                    break  # "Armenia's |Defence Ministry": the owner is no part of the name
                if (first >= 2 and run.words[first - 2].lower() in _OWNER_CONNECTORS) or word[
                    :-2
                ].lower() in self._words.heads:
                    # "University of Tarvo's |Velno Institute|", "Tarvo University's |Velno
                    # Institute|": the owner is a body of its own; but "the People's Court" is
                    # one name, an article before it
                    break
            first -= 1
        while first < head and (
            run.words[first].lower() in self._words.not_name_starts
            or run.words[first].lower() in _CONNECTORS
        ):
            first += 1
        return first

    def _complement_end(self, run: _Run, head: int) -> int:
        """The last word of "of India" after a head, before a person or a title after it."""
        last = head
        for i in range(head + 1, len(run.words)):
            mention = self._by_start.get(run.starts[i])
            word = run.words[i].lower()
            if (mention is not None and mention.known.type is EntityType.PERSON) or (
                word in self._words.not_name_starts and word not in _CONNECTORS
            ):
                break  # "... of Labour| on Monday", "... of Freedonia| Governor Jane Doe"
            if (
                word in ("on", "at")
                and i + 1 < len(run.words)
                and run.words[i + 1].lower() in _FEATURES_AFTER
            ):
                break  # "Tarvo Institute| on Mount Velno": where it stands
            if word not in _CONNECTORS:
                last = i
        return last

    def _described_country(self, span: tuple[int, int]) -> bool:
        """Whether a span is a country and an adjective before it: "Neighbouring Kenya".

        A sentence's first adjective, capitalised, says what the country is, not a name.
        """
        country = self._by_end.get(span[1])
        if country is None or country.start <= span[0] or not _is_country(country):
            return False
        words = self._text[span[0] : country.start].split()
        # One participle or compound adjective ("Landlocked", "War-torn"); other common words
        # name bodies: "Tourism Tarvelia", "Air Tarvelia", "Better Factories Tarvelia".
        return (
            len(words) == 1
            and words[0].lower().endswith(("ing", "ed", "-rich", "-torn", "-poor"))
            and _common_spelling(words[0].lower().rsplit("-", 1)[0], self._words.common)
        )

    def _introduced(self, run: _Run) -> tuple[int, int] | None:
        """A name after a descriptor ("company Vale") or before an appositive (", a militia")."""
        text = self._text
        first = 0
        while first < len(run.words) and (
            run.words[first].lower() in self._words.not_name_starts
            or run.words[first].endswith(_DESCRIBED_BY)  # "including |Zug-based| Tarvo"
            or run.words[first] == "I"  # "programmes I never watch": the pronoun, no name
        ):
            first += 1
        if first + 2 < len(run.words) and run.words[first].lower() in self._words.members:
            of = run.words[first + 1 : first + 3]
            if of[0] == "of":
                first += 3 if of[1] == "the" else 2
        if first == len(run.words) or len(run.words) - first > _LONGEST_NAME:
            return None
        # "the state trader |Velnocom| on Orvish markets": a name a descriptor introduces
        # ends before "on" (a headed one may not: "Council on Foreign Relations").
        last = next((i for i in range(first + 1, len(run.words)) if run.words[i] == "on"), None)
        last = len(run.words) if last is None else last
        start = run.starts[first]
        span = (start, run.starts[last - 1] + len(run.words[last - 1]))
        mention = self._exact(span)
        if (
            (
                mention is not None
                and (
                    mention.known.type is EntityType.ORGANIZATION
                    or mention.known.is_demonym
                    or (mention.known.type is EntityType.LOCATION and mention.known.geo is None)
                )
            )
            or self._holds_person(span)
            or self._described_country(span)
        ):
            return None  # a country or a listed organisation: the gazetteer knows it
        # A guessed person or a town of the same name yields to what the words around say.
        before = self._word_before(start)
        if (
            text.endswith(_BASED, 0, start - 1)
            or (
                (before in self._words.descriptors or before in self._words.plural_descriptors)
                and not _place_set_off(text, start, mention)
                # "a market trader, |Jane Velno|, 46,": a person's trade set off before a name
                # of two words or more the gazetteer read as a person's, no common word in it (a
                # firm is one word or holds one: "the trader, Velnocom,", "miner Tarvo Gold").
                # Not without the comma: "airport operator |Tarvo Pura| said" is a company.
                and not (
                    before in self._words.trades
                    and text.endswith(", ", 0, start)
                    and mention is not None
                    and mention.known.type is EntityType.PERSON
                    and " " in mention.surface
                    and all(w.lower() not in self._words.common for w in mention.surface.split())
                )
                # "the orchestra |Lisbon| hosted": an ensemble's noun before a town alone.
                and not (
                    before in _ENSEMBLES
                    and mention is not None
                    and mention.known.type is EntityType.LOCATION
                )
            )
            or start in self._listed
            # "economists at |Velnobank| said": where the experts work (not "at Lima-based").
            or (
                before == "at"
                and not text.endswith(_BASED, 0, span[1])
                and _EXPERTS_AT.search(text, max(0, start - 24), start) is not None
            )
            or (before == "as" and _known_as(self._words).search(text, max(0, start - 40), start))
            # Set off on both sides, and no town: "company in the port, |Tarvo|, said".
            or (
                text.endswith(", ", 0, start)
                and text.startswith(",", span[1])
                and not _place_set_off(text, start, mention)
                and _described_where(self._words.descriptors).search(
                    text, max(0, start - 60), start
                )
                is not None
            )
            or (before in _PARTY_ROLES and _PARTY_AFTER.match(text, run.end))
            or _cues(self._words).others.match(text, run.end) is not None
            or self._acts(run, span, mention)
        ):
            # "mining company Vale", "his faction, known as La Mayiza", "the ruling Bright
            # Morning party"
            return span
        if (
            (
                before in {"the", "and"}
                or (before and _THE_AND_WORD_BEFORE.search(text, max(0, start - 32), start))
            )
            and len(run.words) - first <= 2
            and (group_end := self._group_after(run.end, plural=before == "and")) is not None
            and (mention is None or mention.known.geo is not None)
            and all(
                w.lower() not in self._words.common and w.lower() not in self._words.not_group_names
                for w in run.words[first:]
            )
            and (first == len(run.words) - 1 or not self._holds_known(span))
        ):
            # "the Fano militia", "the Las Garzas and |Los Tordos| gangs", "the rival |Barrio 18|
            # gang"
            return (span[0], group_end) if span[1] == run.end else span
        if (
            mention is None
            or mention.known.type is EntityType.PERSON
            or _the_small_place(text, start, mention)
            or _respelled_unsure_place(mention)
        ) and text.startswith(", ", run.end):
            # "said Jane Doe, a market trader in Tarvel": a person the words before introduced
            # has a trade; a company needs a noun only companies are.
            descriptors = self._words.descriptors
            # Nouns said only in apposition, not of a name's last words: "Work and |Pay|, the
            # service arm of the ministry," (the whole name is unknown).
            if not text.endswith((" and ", " of "), 0, start):
                descriptors |= self._words.appositive_nouns
            if mention is not None:
                descriptors -= self._words.trades
            if _appositive(descriptors, self._words.descriptors_not_before_of).match(text, run.end):
                return span
        return None

    def _acts(self, run: _Run, span: tuple[int, int], mention: Mention | None) -> bool:
        """Whether the text says the name does or is what only organisations do or are.

        "a spokesperson for |Oceana|", "|Tarvo| announced a profit", "|Velno| is a charity":
        only for a name the gazetteer left alone (no person, place or country in it) and no
        common word alone ("It is a charity").
        """
        if mention is not None or self._holds_known(span):
            return False
        words = run.words[bisect_left(run.starts, span[0]) :]
        if len(words) == 1 and words[0].lower() in self._words.common:
            return False
        text = self._text
        if span[1] == run.end and (after := _ACTS_AFTER.match(text, span[1])) is not None:
            if after.group("it") is not None:
                return self._said_it(span, words)
            if after.group("officers") is not None or after.group("officers_done") is not None:
                # One word, a brand's: a person's whole name may stand unknown before it, and
                # a surname the text gives a person ("Ana Tarvo … Tarvo's board") is none.
                return (
                    len(words) == 1
                    and self._said_it(span, words)
                    and not self._a_persons_surname(words[0])
                )
            noun = after.group("noun")
            return noun is None or noun in self._words.descriptors
        return span[0] in self._acts_before

    def _a_persons_surname(self, word: str) -> bool:
        """Whether the text gives `word` to a person: a person found, or after a given name.

        "Ana Tarvo": a capitalised word of letters before it, no common word ("Yesterday") nor a
        title; read only where a company's officers follow the word, which is rare.
        """
        if any(
            m.known.type is EntityType.PERSON and word in m.surface.split() for m in self._mentions
        ):
            return True
        before = rf"(?<![\w-])([{CAPITALS}][^\W\d_]+) {re.escape(word)}(?![\w-])"
        return any(
            (given := match.group(1).lower()) not in _title_words()
            and given not in self._words.common
            for match in re.finditer(before, self._text)
        )

    def _said_it(self, span: tuple[int, int], words: list[str]) -> bool:
        """Whether a name that "said it would" or has a chief executive is a body's own.

        Not "Prince Tarvo said it would" (a title), nor "Jane, 40," (a person's age), nor "the
        Tarvo Hospital said it had" (a facility, its last word common), nor "Tarvo said it"
        after "Tarvo Offshore" or "(TARVO)" (a name found whole elsewhere, which it joins).
        """
        name = " ".join(words)
        text = self._text
        return not (
            # "Work and |Income| said it": the end of a name joined by "and" or "of".
            text.endswith((" and ", " of "), 0, span[0])
            or words[0].lower() in _title_words()
            or _common_spelling(words[-1].lower(), self._words.common)
            or f"({name})" in text
            or re.search(rf"(?<![\w-]){re.escape(name)} [{CAPITALS}]", text) is not None
            # "Jane, 40, said it would": a person by one name, introduced by her age.
            or re.search(rf"(?<![\w-]){re.escape(name)}, \d", text) is not None
        )

    def _group_after(self, end: int, *, plural: bool) -> int | None:
        """A group noun after a name ("the Fano militia"), or a second name and the plural.

        Where the name ends: after a number that ends it ("the Barrio 18 gang"); else `end`.
        """
        after = _GROUP_AFTER.match(self._text, end)
        if after is None:
            return None
        noun, plural_s = after.group("noun"), after.group("s")
        if after.group("second") and (not plural_s or after.group("number")):
            return None  # "the Fano and Amhara militia" is no list of groups
        if plural and not plural_s:
            return None
        if noun in self._words.group_nouns or noun + plural_s in self._words.group_nouns:
            return after.end("number") if after.group("number") else end
        return None

    def _inside(self, span: tuple[int, int]) -> list[Mention]:
        """The gazetteer's mentions that start inside the span."""
        return self._mentions[
            bisect_left(self._starts, span[0]) : bisect_left(self._starts, span[1])
        ]

    def _holds_known(self, span: tuple[int, int]) -> bool:
        """Whether the gazetteer named anything inside the span: "Lebanese Hezbollah group"."""
        return bool(self._inside(span))

    def _holds_more_than(self, span: tuple[int, int], allowed: int) -> bool:
        """Whether the gazetteer named more inside the span than `allowed` lets a name hold."""
        if allowed == _NOTHING:
            return self._holds_known(span)
        if allowed == _PLACES:
            return self._holds_body_or_country(span)
        return any(
            m.end > span[1] or m.known.type is not EntityType.LOCATION or m.known.is_demonym
            for m in self._inside(span)
        )

    def _holds_body_or_country(self, span: tuple[int, int]) -> bool:
        """Whether the gazetteer named a body or a country inside the span: no new name there.

        So does a name it found that starts inside and runs on past the span's end.
        """
        return any(
            m.end > span[1]
            or m.known.type is EntityType.ORGANIZATION
            or (m.known.type is EntityType.LOCATION and m.known.geo is None)
            for m in self._inside(span)
        )

    def _word_before(self, start: int) -> str:
        """The lower-case word before `start`, over a comma ("broadcaster, |RTB|")."""
        window = self._text[max(0, start - 24) : start].rstrip(" ").rstrip(",")
        word = window.rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
        return word if word.islower() else ""

    def _define(self, match: re.Match[str], end: int, found: dict[tuple[int, int], str]) -> None:
        """The acronym in "Full Name (ABBR)" stands for the organisation ending at `end`."""
        acronym = match.group(1)
        if acronym in self.acronyms:
            return
        if sum(c.isupper() for c in acronym) < 2:
            # "Aluminium Bahrain (Alba)": a short name of one capital, cut from the words.
            name = self._contracted(end, acronym, found) if acronym[1:].islower() else None
            if name is not None:
                self.acronyms[acronym] = name
            return
        if _names_no_body(self._text, end):
            return
        name = (
            self._named_before(end, found)
            or self._spelled(end, acronym, found)
            or self._translated(end, found)
            or self._referred(end, found)
            or self._joined(end, acronym, found)
        )
        if name is not None:
            self.acronyms[acronym] = name

    def _native_names(self, found: dict[tuple[int, int], str]) -> None:
        """A name of two words or more in brackets after an organisation's: its own language's.

        As in "the Public Security Department (Sûreté Publique)", "the Court of Audit (Algemene
        Rekenkamer)": the words stand for the organisation wherever they stand alone.
        """
        for match in _NAME_IN_BRACKETS.finditer(self._text):
            native = match.group(1)
            if native in self.acronyms or self._no_native_name(native, *match.span(1)):
                continue
            name = self._named_before(match.start(), found)
            if name is not None and name != native:
                self.acronyms[native] = name

    def _no_native_name(self, native: str, start: int, end: int) -> bool:
        """Whether a bracketed name is a person's or a place's, not a body's other name.

        "(Tarvo Province)" ends in a kind of place and "(New York)" is one; "(Jane Tarvel)" ends
        in a surname the text then uses alone ("Tarvel said"), as no body's own name is used.
        """
        words = native.split(" ")
        if words[-1] in _PLACE_KIND_LAST:
            return True
        # A place that is the whole ("(New Tarvo)"); a place inside may be the body's ("(Museo
        # de Tarvo)"). A person the gazetteer guessed is no cue: "(Sûreté Publique)" looks one.
        if any(
            m.start == start and m.end == end and m.known.type is EntityType.LOCATION
            for m in self._mentions
        ):
            return True
        # More mentions of the last word after the bracket than of the whole: a surname.
        after = self._text[end:]
        return _count_words(after, words[-1]) > _count_words(after, native)

    def _named_before(self, end: int, found: dict[tuple[int, int], str]) -> str | None:
        """The organisation ending at `end`; the longer of the gazetteer's and this module's.

        As in "Hotel and |Restaurant Association|" and "People's |Bank of China|".
        """
        named = min((s for (s, e) in found if e == end), default=end)
        before = self._by_end.get(end)
        if (
            before is not None
            and before.known.type is EntityType.ORGANIZATION
            and before.start <= named
        ):
            return before.known.name
        return found[(named, end)] if named < end else None

    def _spelled(self, end: int, acronym: str, found: dict[tuple[int, int], str]) -> str | None:
        """The capitalised words ending at `end` whose initials spell `acronym`, as a new name."""
        before = self._by_end.get(end)
        run = self._run_ending(end)
        if run is None or (before is not None and before.known.type is EntityType.PERSON):
            return None  # "Jane Doe (PPP)": her party
        first = _initials_start(run, acronym)
        if first is None or run.words[first].lower() in self._words.not_name_starts:
            return None
        span = (run.starts[first], end)
        if self._holds_person(span):
            return None
        found[span] = self._text[span[0] : span[1]]
        return found[span]

    def _contracted(self, end: int, short: str, found: dict[tuple[int, int], str]) -> str | None:
        """The capitalised words ending at `end` that `short` is cut from, as a new name.

        "Aluminium Bahrain (Alba)", "Dominica Electricity Services (Domlec)": the short name's
        letters in order, the first the first word's initial, from two words or more.
        """
        run = self._run_ending(end)
        before = self._by_end.get(end)
        if run is None or (before is not None and before.start <= run.start):
            return None  # a known name, the run whole ("Jane Doe (Jado)")
        for first in range(len(run.words) - 2, -1, -1):
            if _contraction_of(short, run.words[first:]):
                break
        else:
            return None
        if run.words[first].lower() in self._words.not_name_starts:
            return None
        span = (run.starts[first], end)
        if self._holds_person(span) or self._known_organisation(span):
            return None
        found[span] = self._text[span[0] : span[1]]
        return found[span]

    def _translated(self, end: int, found: dict[tuple[int, int], str]) -> str | None:
        """A name after "the" whose initials spell an acronym in another language.

        As in "the National Office for Storm Relief (ONAT)": a body's name in
        English, its acronym from its own language. Only after "the", over names of two
        words or more that the gazetteer did not call a person or a place.
        """
        run = self._run_ending(end)
        if run is None:
            return None
        first = 1 if run.words[0] in {"The", "the"} else 0
        if not first and not self._text.endswith(("the ", "The "), 0, run.start):
            return None
        named = [w for w in run.words[first:] if w not in _CONNECTORS]
        span = (run.starts[first], end)
        if len(named) < 2 or self._holds_known(span) or self._holds_person(span):
            return None
        found[span] = self._text[span[0] : span[1]]
        return found[span]

    def _joined(self, end: int, acronym: str, found: dict[tuple[int, int], str]) -> str | None:
        """A name of capitalised runs joined by "and", "in" or "to", before its acronym.

        Its initials spell the acronym ("Council for Trade and Development in Africa (CTDA)"),
        or it follows "the" and the acronym is its own language's ("the National Office for
        Aid to Flood Victims (ONAVI)"). Tried last: a run alone may be the name.
        """
        text = self._text
        run = self._run_ending(end)
        joined = None
        before_end = end
        while run is not None:
            gap = next((g for g in _NAME_JOINS if text.endswith(g, 0, run.start)), None)
            before = self._run_ending(run.start - len(gap)) if gap is not None else None
            if gap is None or before is None:
                break
            before_end = before.end
            run = joined = _Run(
                before.start,
                run.end,
                [*before.words, gap.strip(), *run.words],
                [*before.starts, run.start - len(gap) + 1, *run.starts],
            )
        if joined is None or any(
            (named := self._exact(span)) is not None
            and named.known.type is not EntityType.ORGANIZATION
            for span in ((joined.start, before_end), (joined.start, end))
        ):
            # "Bosnia and Herzegovina (BiH)": places joined, or one place so named, no
            # organisation.
            return None
        first = _initials_start(joined, acronym)
        if first is None:
            first = 1 if joined.words[0] in {"The", "the"} else 0
            if not first and not text.endswith(("the ", "The "), 0, joined.start):
                return None
            if sum(w[:1].isupper() for w in joined.words[first:]) < len(acronym) - 1:
                return None  # an acronym of more words than the name has
        if joined.words[first].lower() in self._words.not_name_starts:
            return None
        span = (joined.starts[first], end)
        if self._holds_person(span):
            return None
        found[span] = text[span[0] : span[1]]
        return found[span]

    def _referred(self, end: int, found: dict[tuple[int, int], str]) -> str | None:
        """The organisation named before whose last word "the <noun>" at `end` repeats.

        As in "the Harbour Works Authority ... The authority, known by its initials HWA".
        """
        noun = _THE_NOUN_BEFORE.search(self._text, max(0, end - 30), end)
        if noun is None:
            return None
        word = noun.group(1)
        names = [
            *(
                m.known.name
                for m in self._mentions
                if m.end < end and m.known.type is EntityType.ORGANIZATION
            ),
            *(name for (_, e), name in found.items() if e < end),
        ]
        return next(
            (n for n in reversed(names) if " " in n and n.rsplit(" ", 1)[-1].lower() == word),
            None,
        )

    def _known_organisation(self, span: tuple[int, int]) -> bool:
        """Whether the gazetteer named this very span an organisation: nothing to change."""
        mention = self._exact(span)
        return mention is not None and mention.known.type is EntityType.ORGANIZATION

    def _exact(self, span: tuple[int, int]) -> Mention | None:
        mention = self._by_start.get(span[0])
        return mention if mention is not None and mention.end == span[1] else None

    def _holds_person(self, span: tuple[int, int]) -> bool:
        """A person named inside the span; one that is the whole span was a guess.

        So is a surname alone that ends it: "Frutas del Caribe |Export|, the company" after
        "Frutas del Caribe Export said" was guessed a person.
        """
        return any(
            m.known.type is EntityType.PERSON
            and (m.start, m.end) != span
            and not _chained_surname_ending(m, span[1])
            for m in self._inside(span)
        )


def _members_of_an_owner(text: str, cue: int, name: int) -> bool:
    """Whether "members of" stands before an owner or a place, no body: its members are not.

    "members of |Jane Doe's| family", "members of |Tarvo|, a village near the coast".
    """
    if not text.startswith((" member", " Member", "Member"), cue):
        return False
    run = _RUN.match(text, name)
    return run is not None and (
        run.group().endswith(_POSSESSIVE) or PLACES_APPOSITIVE.match(text, run.end()) is not None
    )


def _names_no_body(text: str, end: int) -> bool:
    """Whether the name ending at `end` is a machine's, a building's or an event's.

    "Large Hadron Collider (LHC)", "the Orvik Jazz Festival, known by its acronym OJF": acronyms
    of what is no organisation.
    """
    last = text[max(0, end - 24) : end].rsplit(" ", 1)[-1].lower()
    return last in NO_BODY_ENDS


def _the_small_place(text: str, start: int, mention: Mention) -> bool:
    """Whether a listed place not curated stands after "the", which a town's name does not take.

    "the |Tabor|, Tarvelia's supreme court" may name the body the appositive says it is.
    """
    geo = mention.known.geo
    return geo is not None and not geo.curated and text.endswith(" the ", 0, start)


@cache
def _title_words() -> frozenset[str]:
    """People's one-word titles, as the gazetteer reads them: "pope", "queen", "president"."""
    return frozenset(title.lower() for title in person_titles() if " " not in title)


def _common_spelling(word: str, common: frozenset[str]) -> bool:
    """Whether a word is a common one, spelled the American way or the British ("defence")."""
    if word in common:
        return True
    for british, american in _BRITISH_ENDINGS:
        if word.endswith(british) and word[: -len(british)] + american in common:
            return True
    return "our" in word and word.replace("our", "or") in common  # "harbour", "honour"


def _respelled_unsure_place(mention: Mention) -> bool:
    """Whether a place that needs a cue was met only by folding another spelling into its name.

    "|Vale|, the Brazilian mining company": no Honduran department "Valle", which an
    appositive saying what it is outweighs; not "Valle, a Honduran department" (as written).
    """
    geo = mention.known.geo
    return (
        geo is not None
        and geo.needs_cue
        and not geo.curated
        and (plain(mention.surface) != plain(mention.known.name) or _respelled_namesake(mention))
    )


def _respelled_namesake(mention: Mention) -> bool:
    """Whether a namesake of the place met is met only by folding another spelling too.

    "|Vale|, the Brazilian mining company": Guernsey's Vale parish is a small place of that
    name, and so is the Honduran "Valle": a name of small places only, of several spellings.
    """
    return any(
        a.geo is not None and a.geo.needs_cue and plain(mention.surface) != plain(a.name)
        for a in mention.known.alternatives
    )


def _place_set_off(text: str, start: int, mention: Mention | None) -> bool:
    """Whether a curated place is set off by a comma after a descriptor: what it is part of.

    "the other states of the federation, |Chuuk|, Yap and Kosrae": a region, no organisation
    (but "the broadcaster, Tarvo" is one).
    """
    return (
        mention is not None
        and mention.known.type is EntityType.LOCATION
        and mention.known.geo is not None
        and mention.known.geo.curated
        and text.endswith(", ", 0, start)
    )


def _word_start(text: str, low: int, end: int) -> int:
    """Where the word ending at `end` starts: after a space or a line break."""
    return max(text.rfind(" ", low, end), text.rfind("\n", low, end)) + 1


def _unowned(word: str) -> str:
    """A word without its possessive: "Minerals'" → "Minerals", "Uranium's" → "Uranium"."""
    return word[:-2] if word.endswith(_POSSESSIVE) else word.rstrip("'’")


def _is_country(mention: Mention) -> bool:
    known = mention.known
    return known.type is EntityType.LOCATION and known.geo is None and not known.is_demonym


def _run(match: re.Match[str]) -> _Run:
    words = match.group().split(" ")
    starts = []
    at = match.start()
    for word in words:
        starts.append(at)
        at += len(word) + 1
    return _Run(match.start(), match.end(), words, starts)


def _initials_start(run: _Run, acronym: str) -> int | None:
    """The word of `run` from which the initials of its words spell `acronym`, if any.

    "Royal Canadian Mounted Police" spells RCMP; connectors may be skipped ("Department of
    Defense", DoD) and a hyphenated word gives one letter per part ("Saint-Germain").
    """
    letters = [c for c in acronym if c.isupper()]
    # A company's legal form the acronym adds and its name leaves out: "Petróleos de Venezuela
    # (PDVSA)", Sociedad Anónima.
    form = next((f for f in _ACRONYM_FORMS if acronym.endswith(f)), None)
    if form is not None and len(letters) > len(form) + 1 and run.words[-1].upper() != form:
        letters = letters[: -len(form)]
    i = len(run.words) - 1
    while letters and i >= 0:
        word = run.words[i]
        initials = [p[0].upper() for p in word.split("-") if p]
        if len(initials) > 1 and letters[-len(initials) :] == initials:
            del letters[-len(initials) :]
        elif initials and initials[0] == letters[-1]:
            letters.pop()
        elif word.lower() in _CONNECTORS or f" {word} " in _NAME_JOINS:
            pass
        elif prefix := _prefix_letters(word, letters):
            del letters[-prefix:]
        else:
            return None
        i -= 1
    if letters or len(run.words) - 1 - i < 2:
        return None
    return i + 1


def _prefix_letters(word: str, letters: list[str]) -> int:
    """How many first letters of `word` end `letters`, two or three; 0 when none do.

    An acronym of syllables: "Tarvo Research and Management of Velnology (TARMAVE)".
    """
    for length in (3, 2):
        if len(letters) >= length and "".join(letters[-length:]) == word[:length].upper():
            return length
    return 0


def _contraction_of(short: str, words: list[str]) -> bool:
    """Whether `short` is cut from `words`: its first letter theirs, the rest in order, from two."""
    short = short.lower()
    if short[0] != words[0][:1].lower():
        return False
    at, giving = 1, 1  # letters matched, words that gave some
    for i, word in enumerate([words[0][1:], *words[1:]]):
        matched = at
        for char in word.lower():
            if at < len(short) and char == short[at]:
                at += 1
        giving += i > 0 and at > matched
    return at == len(short) and giving >= 2


def _title_case_heading_end(text: str) -> int:
    """Where a first paragraph in title case ends ("Army Retakes Town After Long Siege"), or 0."""
    end = text.find("\n\n")
    if end < 0:
        return 0
    words = text[:end].split()
    capitalised = sum(w[:1].isupper() for w in words)
    return end if len(words) >= 4 and capitalised >= 0.7 * len(words) else 0


def _joined_to_a_place(
    text: str, guess: Mention, start: int, end: int, touching: list[Mention]
) -> bool:
    """Whether a person guessed at a name's end follows a place and "and" that start it.

    "Avon and |Somerset Police| said": the guess was the force's name after the joined place.
    """
    return (
        guess.end == end
        and text.endswith(" and ", 0, guess.start)
        and any(
            m.start == start
            and m.end == guess.start - len(" and ")
            and m.known.type is EntityType.LOCATION
            and m.known.geo is not None
            for m in touching
        )
    )


def _merge(
    text: str,
    mentions: list[Mention],
    found: dict[tuple[int, int], str],
    acronyms: dict[str, str],
    firms: Collection[tuple[int, int]] = (),
) -> list[Mention]:
    """The mentions with the new organisations in, and what they name linked to them.

    A person inside a new name drops it, but a surname alone inside a firm's name of partners
    ("Van Orvik & |De Lund|").
    """
    names: dict[str, Known] = {}
    spans = dict(found)
    for acronym, name in acronyms.items():
        spans.update(dict.fromkeys(_standing_alone(text, acronym), name))
    heads = vocabulary().heads
    for name in set(found.values()):  # the name again, where no mechanism saw it
        # "the Castro Alves Theatre", then "the Castro Alves theatre": its head in lower case.
        rest, _, last = name.rpartition(" ")
        lowered = f"{rest} {last.lower()}" if rest and last.lower() in heads else name
        for written in dict.fromkeys((name, lowered)):
            at = text.find(written)
            while at != -1:
                end = at + len(written)
                if _whole_word(text, at, end):
                    spans.setdefault((at, end), name)
                at = text.find(written, end)
    starts = [m.start for m in mentions]  # in text order
    added: list[Mention] = []
    dropped: set[int] = set()  # ids of the mentions a new organisation replaces
    guessed: set[str] = set()  # people the gazetteer guessed whose full name is an organisation
    # Longest first: a name wins over the shorter ones inside it.
    for (start, end), name in sorted(spans.items(), key=lambda s: (s[0][0] - s[0][1], s[0][0])):
        if any(a.start < end and start < a.end for a in added):
            continue
        # Two back: a country inside a listed name starts after it ("Trinidad and |Tobago|
        # Meteorological Service"), and a name found inside that one crosses its edge.
        low = max(bisect_right(starts, start) - 3, 0)
        touching = [
            m for m in mentions[low : bisect_left(starts, end)] if m.start < end and start < m.end
        ]
        if any(m.start < start or (m.end > end and not _owns_after(m, end)) for m in touching):
            continue  # crosses another name's edge
        exact = next((m for m in touching if m.start == start and m.end == end), None)
        if any(
            m.known.type is EntityType.PERSON
            and m is not exact
            and not _chained_surname_ending(m, end)
            and not ((start, end) in firms and _surname_alone(m.surface))
            and not _joined_to_a_place(text, m, start, end, touching)
            for m in touching
        ):
            continue
        surface = text[start:end]
        if (
            exact is not None
            and exact.known.type is EntityType.ORGANIZATION
            and (surface not in acronyms or exact.known.name == name)
            and exact.known.name != surface
        ):
            continue  # a listed organisation keeps its canonical name
        known = names.setdefault(name, Known(name, EntityType.ORGANIZATION))
        if (
            exact is not None
            and exact.known.type is EntityType.PERSON
            and exact.surface == exact.known.name
            and name != surface
        ):
            # Another name of a body the text names: "Civil Guard (|Guardia Civil|)".
            guessed.add(exact.known.name)
        # Countries inside stay as cues for places; they name no country (`outside_names`).
        dropped.update(
            id(m)
            for m in touching
            if m is exact or not (m.known.type is EntityType.LOCATION and m.known.geo is None)
        )
        added.append(Mention(known, start, end, surface))
    if not added:
        return mentions
    # A guessed person a name turned out to be leaves no surname behind: "the |Guardia Civil|
    # said", then not "|Civil|" inside "Civil Guard".
    dropped.update(
        id(m)
        for m in mentions
        if m.known.type is EntityType.PERSON
        and m.known.name in guessed
        and m.surface != m.known.name
    )
    result = sorted([*(m for m in mentions if id(m) not in dropped), *added], key=lambda m: m.start)
    words = vocabulary()
    return _chain_shortened(result, names, words.honouring, words.legal_forms | _GROUP_ENDS)


def _owns_after(mention: Mention, end: int) -> bool:
    """Whether a mention is a name's last word with the possessive after it, the name an owner.

    "the |University of Tarvo|'s institute": the place "Tarvo's" ends past the name.
    """
    return mention.end == end + 2 and mention.surface.endswith(_POSSESSIVE)


def _standing_alone(text: str, word: str) -> list[tuple[int, int]]:
    r"""The spans of `word`, letters only, with no word character either side (regex `\b`).

    Substring searches in C: a regex starting with `\b` tests every position of the text.
    """
    spans = []
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not _is_word_char(text[at - 1 : at]) and not _is_word_char(text[end : end + 1]):
            spans.append((at, end))
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return spans


def _is_word_char(char: str) -> bool:
    r"""Whether a character (or none) is one a regex's `\w` matches."""
    return char.isalnum() or char == "_"


def _surname_alone(surface: str) -> bool:
    """One name word, perhaps after particles: "Lund", "De Lund", "van der Berg"."""
    return sum(w.lower() not in NAME_PARTICLES for w in surface.split(" ")) == 1


def _chained_surname_ending(mention: Mention, end: int) -> bool:
    """Whether a mention is a guessed person's surname alone, ending a span at `end`.

    With its particle too: "De Vries" after "Anouk de Vries".
    """
    return (
        mention.end == end
        and mention.surface != mention.known.name
        and (
            " " not in mention.surface
            or mention.known.name.lower().endswith(f" {mention.surface.lower()}")
        )
    )


def _chain_shortened(
    mentions: list[Mention],
    names: dict[str, Known],
    honouring: frozenset[str],
    dropped_ends: frozenset[str],
) -> list[Mention]:
    """An organisation named by part of a new one's name is that one: "Red Cross", "Chapitos".

    So is a person's name guessed from its first words, unless the rest honours somebody:
    "Tarvo Crest" after "Tarvo Crest Developments", not "Jane Doe" after "Jane Doe University".
    And a new name that another is without its last word, when a company's names go without
    it: "Tarvo Mining" after "Tarvo Mining Group" or "Tarvo Mining Ltd".
    """
    parts: dict[str, Known] = {}
    leading: dict[str, Known] = {}
    shorter: dict[str, Known] = {}
    for m in mentions:
        words = m.known.name.split(" ")
        if (
            m.known.type is EntityType.ORGANIZATION
            and len(words) > 2
            and words[-1].lower() in dropped_ends
        ):
            shorter.setdefault(" ".join(words[:-1]), m.known)
    for name, known in names.items():
        words = name.split(" ")
        for cut in range(1, len(words)):
            parts.setdefault(" ".join(words[cut:]), known)
            parts.setdefault(" ".join(words[:cut]), known)
            if cut > 1 and words[cut].lower() not in honouring:
                leading.setdefault(" ".join(words[:cut]), known)
    chained = []
    for m in mentions:
        if m.known.type is EntityType.ORGANIZATION:
            whole = parts.get(m.surface) if m.known.name not in names else shorter.get(m.surface)
        else:
            whole = leading.get(m.surface) if m.known.type is EntityType.PERSON else None
        if whole is not None:  # a listed or guessed one
            m = Mention(whole, m.start, m.end, m.surface)  # noqa: PLW2901 - re-pointed
        chained.append(m)
    return chained


def _continues_word(text: str, at: int) -> bool:
    """Whether the character before `at` belongs to the same word ("Euro|bank", "al-|Quds")."""
    before = text[at - 1 : at]
    return before.isalnum() or before in "_-'’" if before else False


def _continues_name(text: str, start: int, not_name_starts: frozenset[str]) -> bool:
    """Whether a capitalised word ends right before `start`: the name began earlier."""
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return False
    # The last word after any space or line break: "Title.\n\nThe |Tarvo| ..." is "The".
    word = before[:-1].split()[-1] if before.strip() else ""
    return (
        word[:1].isupper()
        and not word.endswith((".", ",", ":", ";"))
        and word.lower() not in not_name_starts
    )


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_")
