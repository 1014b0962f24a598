"""Key facts: counts of people killed, injured, arrested, displaced... and dates with a year.

After GDELT GKG's counts. A count is a number (digits or words: "six", "32", "1.2 million",
"a dozen") next to a verb or noun that says what happened to whom: "six soldiers were killed",
"killed at least 15 civilians", "537 deaths", "the death toll rose to 93". Vague quantities
("dozens", "thousands", "many") are no count; qualified ones ("about", "more than") are marked
approximate. A handful of compiled regular expressions run over the body once each, and the
number pattern anchors the rest, so the cost grows with the text, not with the vocabulary.

Dates are normalised to ISO 8601 only when the text gives the year ("15 April 2023" → 2023-04-15,
"November 2023" → 2023-11, "in 2020" → 2020); "on Tuesday" or "November 16" need the publication
date, which articles do not carry here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Final

from newsstream.core.automata import automaton
from newsstream.core.models import DateMention, KeyFact, KeyFactKind

_UNITS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: Final = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9}
_QUALIFIERS: Final = (
    "more than|over|at least|about|around|approximately|roughly|nearly|almost|some|up to|"
    "as many as|close to|an estimated|estimated|fewer than|less than|above|past"
)
_WORD_NUMBER: Final = (
    rf"(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(list(_UNITS)[:9])}))?|{'|'.join(_UNITS)}"
)
_NUMBER: Final = (
    rf"(?:(?P<qualifier>{_QUALIFIERS}) )?"
    rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|half a|a|an|{_WORD_NUMBER})"
    r"(?: (?P<scale>dozen|hundred|thousand|million|billion)(?!s))?"
    # The rest of a number in words: "two hundred and fifty", perhaps with a scale of its own
    # ("one hundred and fifty thousand").
    rf"(?:(?:(?<=hundred)|(?<=thousand))(?: and)? (?P<plus>{_WORD_NUMBER})"
    r"(?: (?P<plus_scale>thousand|million|billion)(?!s))?"
    r"(?! and| dozen| hundred| thousand| million| billion))?"
    r"(?![\w%$€£-])"
)
# People a count counts; a capitalised plural is a demonym ("362,000 Haitians").
_PEOPLE_NOUNS: Final = (
    "people|persons|person|soldiers?|troops|servicemen|servicemembers|civilians?|children|child|"
    "women|woman|men|man|boys?|girls?|others|residents?|villagers?|protesters?|demonstrators?|"
    "migrants?|refugees?|workers?|miners?|passengers?|pilgrims?|students?|pupils?|teachers?|"
    "schoolgirls|schoolboys|schoolchildren|journalists?|policemen|staff members?|members?|"
    "police officers?|officers?|militants?|fighters?|rebels?|insurgents?|prisoners|inmates|"
    "hostages|patients|adults|officials?|members|citizens|nationals|staff|crew|suspects?|"
    "survivors?|"
    "executives?|tourists?|guards?|doctors?|nurses?|relatives|families|households|"
    "spectators?|visitors?|fans|sailors?|guests?|athletes?|guides|"
    # People named by a trade in "-or" (not the generic suffixes below: "tractors", "sectors").
    "investors|donors|creditors|vendors|contractors|inspectors|operators|instructors|"
    "supervisors|surveyors|councillors|councilors|senators|legislators|actors|tutors|"
    "stewards?|marshals?|pilots?|priests?|monks|nuns|cadets?|recruits?|"
    "security personnel|personnel|Rohingya|(?-i:[A-Z][a-z]+(?:ans|is|ese|s))|"
    "(?-i:[a-z]+(?:men|ers|ists|ians|ants|ents|ees|guards))|medics|paramedics|"
    # One of them: "one firefighter" (not "a lawmaker", often named and no count), "one
    # Chinese fisherman".
    "(?<=one )(?-i:(?:[A-Z][a-z]+(?:an|ese|ish|i) )?[a-z]+(?:man|er|ist|ian))"
)
# Two words sharing the noun: "sheep and goat (farmers)", "taxi and minibus (drivers)"; not
# two groups ("soldiers and two civilians"), which count apart.
_SHARED_NOUN_PAIR: Final = (
    # The cheap lookahead first: most objects have no "and" as their second word.
    rf"(?:(?=[\w'’-]+ and )(?!(?:{_PEOPLE_NOUNS}|{_WORD_NUMBER}|a|an|the|other)\b)[\w'’-]+ and "
    rf"(?!(?:{_WORD_NUMBER}|a|an|the|their|his|her|its|other|\d)\b)(?=\w))?"
)
_COUNTED: Final = (
    r" (?P<object>(?:of (?:its|their|his|her|the|them|whom) )?"
    rf"{_SHARED_NOUN_PAIR}"
    # No preposition between: "lost a rudder near the Azores" counts no Azoreans.
    rf"(?:(?!(?:and|near|in|at|on|off|from|to|with|by|into) |\d)[\w'’-]+ ){{0,3}}?"
    rf"(?:[\w'’]+-)?(?:{_PEOPLE_NOUNS}))"
)
_OBJECT: Final = rf"(?:{_COUNTED})?"
# Where the counted people are from: "one resident of a cabin near the lake (was missing)".
# A word that says no outcome, inside a clause between the count and its outcome.
_NOT_OUTCOME_WORD: Final = (
    r"(?!(?:kill|dead|die|perish|drown|murder|slain|execut|wound|injur|hurt|arrest|detain|"
    r"captur|captive|prisoner|kidnap|abduct|hostage|missing|unaccounted|displac|fled|flee|"
    r"forced|homeless|evacu|affect|protest(?!ers?\b)|march(?!ers?\b)|rall|shelter|lost)"
    r"[\w'’-]*\b)[\w'’-]+"
)
# Where the counted people are from: "one resident of a cabin near the lake (was missing)";
# or what they did: "three hikers who left the camp at dawn (were still missing)".
# Or who they are, set off: "one man, a 24-year-old taxi driver, (was killed)".
_OBJECT_AND_ORIGIN: Final = (
    # Or where they are: "more than 100,000 people in Burundi (have been displaced)".
    # Up to six words: "1,200 residents of the lower part of the town (were evacuated)".
    # Or where they work or stay, in two steps: "300 workers at a mill in the port (marched)".
    rf"(?:{_COUNTED}(?: (?:of|from|in|at|near) (?!(?:who|that|which)\b)"
    rf"(?:(?!(?:who|that|which|where)\b)[\w'’-]+ ){{0,5}}?[\w'’-]+){{0,2}}"
    # And where that is, set off: "60 residents of the hamlet of Orvik, in Tarvel province,
    # (were evacuated)".
    rf"(?:, (?:in|near|on|outside) (?:{_NOT_OUTCOME_WORD} ){{0,3}}{_NOT_OUTCOME_WORD},)?"
    # Or where they were: "1,500 people living along the river (were evacuated)"; or what they
    # are held for: "two men suspected of organising the voyage (had been arrested)".
    rf"(?: (?:who|living|staying|working|sleeping|travelling|traveling|waiting|camping|"
    r"suspected|accused)"
    rf"(?: {_NOT_OUTCOME_WORD}){{1,12}}?(?= (?:were|was|are|is|had|have)\b))?"
    rf"(?:, (?:a|an) (?:{_NOT_OUTCOME_WORD} ){{0,4}}{_NOT_OUTCOME_WORD},)?"
    # Or which of them: "60 activists, most of them from abroad, (protested)", "three men,
    # including the driver, (were detained)", "11 people, two of them marshals, (were hurt)",
    # "five people, among them a child, (died)".
    r"(?:, (?:(?:most|many|some|all|half|several|\d[\d,]*|one|two|three|four|five|six|seven|"
    rf"eight|nine|ten) of them|including|among them) "
    rf"(?:{_NOT_OUTCOME_WORD} ){{0,5}}{_NOT_OUTCOME_WORD},)?"
    # Or who came with them: "3,000 workers and their families (marched)", "200 nurses and
    # doctors (marched)".
    rf"(?: and (?:(?:their|his|her|other) )?(?:{_PEOPLE_NOUNS}))?)?"
)
_AUXILIARY: Final = (
    r"(?: (?:were|was|have|has|had|been|being|are|is|reportedly|also|later|then|all|now|still|"
    r"so far|who|that|remain|remained|remains|were all|allegedly|believed|feared|confirmed|"
    r"reported|went|gone|slightly|lightly|seriously|badly|severely|critically|gravely|"
    # What befell them first: "two guards were tied up and hurt", "were shot and killed".
    r"(?:were|was|been|being) (?:[a-z]+(?:ed|en)|shot|hit|struck)(?: up| down| out| off)? and))*"
)
# Outcome after the count → kind.
_AFTER: Final = {
    # "Died" of any cause, an illness too: the kind counts the dead (gold CONVENTIONS, rule 5).
    KeyFactKind.KILLED: r"killed|dead|died|perished|drowned|murdered|slain|executed|"
    r"lost their lives|shot dead",
    KeyFactKind.INJURED: r"wounded|injured|hurt|treated for (?:their )?(?:injuries|wounds)",
    KeyFactKind.ARRESTED: r"arrested|detained|taken into custody",
    KeyFactKind.PRISONERS: r"taken prisoner|captured|taken captive|held captive",
    # "held four nurses hostage": the verb before, "hostage" after the count.
    KeyFactKind.HOSTAGES: r"kidnapped|abducted|taken hostage|held hostage|hostage(?! takers?)",
    KeyFactKind.MISSING: r"missing|unaccounted for",
    KeyFactKind.REFUGEES: r"fled (?:to )?(?:neighbouring|neighboring|other) countries|fled abroad|"
    r"fled across the border|crossed the border",
    KeyFactKind.DISPLACED: r"displaced|internally displaced|forced from their homes|fled|"
    r"(?:staying|living|sheltering|sleeping|housed|placed) in (?:[\w-]+ ){0,3}?(?:shelters|"
    r"relief camps|camps|tents|evacuation centres|evacuation centers)|in shelters|"
    r"need(?:ed)? shelter|"
    r"lost their homes|"
    r"forced to flee|made homeless|left homeless",
    KeyFactKind.EVACUATED: r"evacuated",
    KeyFactKind.AFFECTED: r"affected",
    KeyFactKind.PROTESTERS: r"protested|marched|rallied|took to the streets",
}
# Action right before the count → kind.
_BEFORE: Final = {
    KeyFactKind.KILLED: r"killed|killing|kills|kill|claimed the lives of|lost",
    KeyFactKind.INJURED: r"wounded|wounding|wounds|injured|injuring|injures",
    KeyFactKind.ARRESTED: r"arrested|arresting|arrests|detained|detaining|detains",
    KeyFactKind.PRISONERS: r"captured|capturing|captures",
    KeyFactKind.HOSTAGES: r"kidnapped|kidnapping|abducted|abducting|seized",
    KeyFactKind.DISPLACED: r"displaced|displacing|displaces|uprooted",
    KeyFactKind.EVACUATED: r"evacuated|evacuating|evacuates|evacuate",
    KeyFactKind.AFFECTED: r"affected|affecting|affects|affect",
}
# Noun right after the count that says what it counts → kind ("537 deaths").
_NOUNS: Final = {
    KeyFactKind.KILLED: r"deaths|dead|fatalities",
    KeyFactKind.INJURED: r"injuries|injured|wounded",
    KeyFactKind.ARRESTED: r"arrests",
    KeyFactKind.PRISONERS: r"prisoners of war|POWs|prisoners|captives",
    KeyFactKind.HOSTAGES: r"hostages",
    KeyFactKind.REFUGEES: r"refugees|asylum seekers",
    KeyFactKind.DISPLACED: r"displaced people|internally displaced people|displaced",
    KeyFactKind.EVACUATED: r"evacuees",
    KeyFactKind.PROTESTERS: r"protesters|demonstrators",
}


def _alternation(table: dict[KeyFactKind, str]) -> str:
    return "|".join(f"(?P<{kind.name}>{words})" for kind, words in table.items())


# Each kind with the name of its group in `_alternation`; an enum's `name` is a slow property.
_AFTER_KINDS: Final = tuple((kind, kind.name) for kind in _AFTER)
_NOUN_KINDS: Final = tuple((kind, kind.name) for kind in _NOUNS)


# Stems of every word that can say what a count counts: where counts can be. One Aho-Corasick
# pass finds them all (a regular expression alternation is slower than the 47 substring
# searches it replaced, and those cost 130 µs on 4 KB); an extra window ("skill") is harmless.
_TRIGGER_STEMS: Final = (
    "kill", "dead", "death", "died", "perish", "drown", "murder", "slain", "execut", "wound",
    "injur", "hurt", "arrest", "detain", "custody", "prisoner", "captur", "captive", "kidnap",
    "abduct", "hostage", "seized", "missing", "unaccounted", "displac", "fled", "flee", "forced",
    "homeless", "uprooted", "evacu", "affect", "protest", "demonstrator", "marched", "rallied",
    "refugee", "asylum", "fatalit", "bodies", "lost", "pows", "crossed", "toll", "shelter",
    "camps", "tents", "gathered", "assembled", "their homes", "lives",
)  # fmt: skip
# How far before and after an outcome word its count can stand.
_BEFORE_WINDOW: Final = 120
_AFTER_WINDOW: Final = 30
_COUNT: Final = re.compile(rf"(?<![\w$€£.,-]){_NUMBER}", re.IGNORECASE)
# Words a number starts with, in the cases news writes them.
_NUMBER_STARTS: Final = frozenset(
    form for word in (*_UNITS, *_TENS, "half") for form in (word, word.capitalize(), word.upper())
)
_ARTICLES: Final = frozenset({"a", "an", "A", "An"})
_NUMBER_WORDS: Final = tuple(sorted({form.lower() for form in _NUMBER_STARTS}))
# An article counts only before a word: "a dozen", "lost a soldier".
_ARTICLES_BEFORE_A_WORD: Final = tuple(f"{article} " for article in sorted(_ARTICLES))
_LONGEST_NUMBER_WORD: Final = max(map(len, _NUMBER_WORDS))
# The first digit of a number is where a digit run starts; `_continues_word` checks before it.
_DIGITS: Final = re.compile(r"[0-9]+")


_TRIGGERS: Final = automaton(_TRIGGER_STEMS)
_NUMBER_WORD_FINDER: Final = automaton(_NUMBER_WORDS)
_SCALES_AFTER: Final = (" dozen", " hundred", " thousand", " million", " billion")
_QUALIFIER_BEFORE: Final = re.compile(rf"\b(?:{_QUALIFIERS}) $", re.IGNORECASE)
# The last word of every qualifier: a text ending with none of them needs no regex search.
_QUALIFIER_ENDS: Final = tuple(sorted({f"{q.rsplit(' ', 1)[-1]} " for q in _QUALIFIERS.split("|")}))
_AFTER_COUNT: Final = re.compile(
    rf"{_OBJECT_AND_ORIGIN}{_AUXILIARY} (?:{_alternation(_AFTER)})\b", re.IGNORECASE
)
# "300 farmers gathered outside the court to protest", "500 workers downed tools and marched",
# "600 residents blocked the highway to protest": a crowd that gathers or acts together is
# protesting when its clause or its sentence says so.
# A second group may share the count: "200 divers and dive-centre workers gathered" (the first).
_GATHERED_VERBS: Final = (
    "gathered", "assembled", "massed", "joined", "blocked", "formed", "staged", "occupied",
    "lined", "surrounded",
    # Standing outside is a protest only when its clause or sentence says so: "40 workers stood
    # outside the courthouse to protest" (driving in a convoy is `_MOVED_VERBS`').
    "stood",
    # A strike is a protest only when its clause or sentence says so: "400 workers stopped work
    # to protest unpaid wages".
    "stopped work", "walked out", "downed tools",
)  # fmt: skip
# A crowd that moves together protests only when its clause says it goes to: "About 150 farmers
# drove tractors through the town to protest", not "200 fans walked home after the protest".
# Not "walked out", a strike (`_GATHERED_VERBS`).
_MOVED_VERBS: Final = ("drove", "rode", "walked", "cycled", "sailed", "paraded")
# What a match of `_GATHERED_AFTER` holds, lower-cased, one at least.
_GATHERED_WORDS: Final = (*_GATHERED_VERBS, *_MOVED_VERBS, "and marched")
_GATHERED_AFTER: Final = re.compile(
    # "about 150 of them gathered": the crowd named before, no noun of its own.
    rf"(?:{_COUNTED}| of them)(?: (?:from|of) (?:[\w'’-]+ ){{0,5}}?[\w'’-]+)?"
    rf"(?: and (?:[\w'’]+-)?(?:[a-z-]+ )?(?:{_PEOPLE_NOUNS}))?"
    # Some of them set off: "40 former workers, some wearing their old scrubs, (stood outside)".
    r"(?:, (?:most|many|some|several) (?:of them )?[a-z][a-z '’-]{1,40},)?"
    rf"{_AUXILIARY} "
    rf"(?:(?P<moved>{'|'.join(_MOVED_VERBS)})(?! out\b)|{'|'.join(_GATHERED_VERBS)}"
    rf"|(?:[a-z]+ ){{1,2}}and marched)\b"
    # Its purpose may come after where and when: "blocked the road to the depot at Orvik,
    # north of the port, on Monday, 4 May 2026, to protest" (the count's window, 120
    # characters before "protest", bounds it too).
    r"(?P<rest>[^.;:!?\"“”]{0,140})",
    re.IGNORECASE,
)
# Words that make an outcome the count's own: "60 residents of the village were killed".
_OWN_VERB: Final = re.compile(
    r"\b(?:were|was|have|has|had|been|being|are|is|who|that|remain\w*)\b", re.IGNORECASE
)
# The people a count comes from, right before an outcome: "relatives of |people| detained".
_ORIGIN_PEOPLE: Final = re.compile(rf"\b(?:{_PEOPLE_NOUNS}) $", re.IGNORECASE)
_PROTEST_PURPOSE: Final = re.compile(r"\bto (?:protest|demonstrate|rally)\b", re.IGNORECASE)
# Where a clause of another subject starts, after a crowd's verb: ", and others came".
# Not "drove tractors and trucks to protest": "and" without its comma joins objects.
_NEXT_CLAUSE: Final = re.compile(
    r"(?:, (?:and|but|while|whereas|as|when|after|before|although)| (?:but|while|whereas)) "
)
# A crowd, its sentence's subject, that did something for the sake of a protest: "About 300
# farmers from three villages took their boats into the zone to protest", "and some 200 fishermen
# set off flares to protest". Not what was done to them ("were bused in to protest"), nor a plan
# ("plan to protest", "vowed to protest").
_PURPOSE_CROWD: Final = re.compile(
    rf"{_COUNTED}(?P<rest>[^.;:!?\"“”]{{0,160}}?) to protest\b", re.IGNORECASE
)
# A verb in the past before the purpose: what the crowd did.
_IRREGULAR_PAST: Final = (
    "drove", "took", "set", "went", "came", "rode", "stood", "held", "brought", "sat", "met",
    "threw", "lit", "ran", "wore", "hung", "swam", "flew", "rang", "sang", "beat", "burnt", "shut",
    "laid", "kept", "gave", "put", "spent", "tore",
)  # fmt: skip
# Words in "-ed" that are no past verb.
_NOT_PAST_IN_ED: Final = (
    "red", "bed", "need", "hundred", "seed", "speed", "deed", "indeed", "greed", "sacred",
    "naked", "wicked",
)  # fmt: skip
_DONE_BEFORE_PURPOSE: Final = re.compile(
    rf"\b(?:(?!(?:{'|'.join(_NOT_PAST_IN_ED)})\b)[a-z]+ed|{'|'.join(_IRREGULAR_PAST)})\b",
    re.IGNORECASE,
)
# Words that make it something done to them, or not yet done.
_NOT_DONE: Final = re.compile(
    r"\b(?:were|was|are|is|been|be|will|would|could|may|might|can|plan|plans|planned|planning|"
    r"threatened|vowed|wanted|hoped|intended|promised|decided|agreed|refused|expected|called|"
    r"urged|asked|invited|paid|hired|allowed|prepared|preparing|arrested|detained)\b",
    re.IGNORECASE,
)
# What may stand before such a subject in its sentence: nothing, "On Monday,", "..., and".
_SUBJECT_START: Final = re.compile(
    r"(?:(?:^|[.!?]\s+)(?:(?:On|Last|Earlier|Later) [\w ,]{1,30}, )?|, and )$"
)
_PROTEST_WORDS: Final = re.compile(
    r"\b(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?)\b", re.IGNORECASE
)
# The verb of a sentence after a participle that names its subject: "the men detained |were|".
_PREDICATE_AFTER: Final = re.compile(r" (?:were|was|are|is|had|have|has)\b")
_SENTENCE_START: Final = re.compile(r".*[.!?]\s", re.DOTALL)
# "537 deaths", "12 civilian deaths"; not "35 of the dead", a part of another count.
_NOUN_AFTER_COUNT: Final = re.compile(
    rf"(?: (?!of\b)[\w'’-]+){{0,2}}? (?P<noun>(?:{_alternation(_NOUNS)}))\b", re.IGNORECASE
)
_BEFORE_WORDS: Final = {
    verb: kind for kind, verbs in _BEFORE.items() for verb in verbs.split("|")
} | {
    # "the abduction of 276 schoolgirls", "the killing of 12 miners"
    "abduction of": KeyFactKind.HOSTAGES,
    "kidnapping of": KeyFactKind.HOSTAGES,
    "killing of": KeyFactKind.KILLED,
    # "shot dead four gunmen"
    "shot dead": KeyFactKind.KILLED,
    "killings of": KeyFactKind.KILLED,
    "deaths of": KeyFactKind.KILLED,
    "arrest of": KeyFactKind.ARRESTED,
    "arrests of": KeyFactKind.ARRESTED,
    "detention of": KeyFactKind.ARRESTED,
    "evacuation of": KeyFactKind.EVACUATED,
    "displacement of": KeyFactKind.DISPLACED,
}
# "claimed 23 lives", "cost at least 12 lives": the dead, counted as lives a verb took.
_LIVES_AFTER: Final = re.compile(r" (?:more |other )?lives\b", re.IGNORECASE)
_LIFE_TAKING_VERBS: Final = frozenset(
    {"claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took", "taking"}
    | {"takes"}
)
_REFUGEE_OBJECT: Final = re.compile(r"\b(?:refugees|asylum seekers)$", re.IGNORECASE)
# "4,000 prisoners detained": people already held are prisoners, not a count of arrests.
_PRISONER_OBJECT: Final = re.compile(r"\b(?:prisoners|POWs|captives)$", re.IGNORECASE)
# Verbs that take things as often as people ("seized 400 firearms", "captured two towns",
# "affected 30 villages"):
# they count people only with a person noun after the count.
_THING_VERBS: Final = frozenset(
    {
        "lost",
        "seized",
        "captured",
        "capturing",
        "captures",
        "affected",
        "affecting",
        "affects",
        "affect",
    }
)
# What may follow a bare count of people affected: its clause's end.
_BARE_ENDS: Final = frozenset({",", ".", ";", ":"})
# After such a count, things it includes: "affected 300, including schools", "including 400
# homes"; not "including 12,000 children".
_THINGS_INCLUDED: Final = re.compile(rf", including (?:[\d,.]+ )?(?!(?:{_PEOPLE_NOUNS})\b)[a-z]")
# The next item of a list of counts: "(killed 12 soldiers)|, 30| police officers|, and two|".
_LIST_ITEM: Final = re.compile(rf"(?:,? and |, ){_NUMBER}", re.IGNORECASE)
# Where an item of a list of counts was: "(killed 12 people) in Orvik(, three) in Tarvel province(
# and)"; up to three words with no digit, which end at the next item.
_ITEM_PLACE: Final = re.compile(
    r" (?:in|from|at|on|near) (?:(?!and\b)[^\W\d][\w'’-]* ){0,2}(?!and\b)[^\W\d][\w'’-]*"
    r"(?=,? and |, |[.;:]|$)"
)
# A count after "and" shares the verb of an earlier object at most this many words long.
_SHARED_OBJECT_WORDS: Final = 4
_CLAUSE_ENDS: Final = (".", ";", ":", "!", "?", "\n", '"', "“", "”")
# Words that end the earlier object: "killed a man and", not "killed, who were ... and".
_CLAUSE_WORDS: Final = frozenset(
    {"and", "or", "but", "who", "that", "which", "was", "were", "is", "are", "had", "have", "has"}
)
# "a mother of five who fled": the size of a family, not a count.
_KIN: Final = frozenset(
    {"mother", "father", "parent", "grandmother", "grandfather", "grandparent", "widow"}
)
_AFTER_BEFORE_COUNT: Final = re.compile(rf"{_OBJECT}(?![\w-])", re.IGNORECASE)
# "forced 130,000 people to flee", "had driven 1.3 million people from their homes": displaced,
# with the verb on both sides of the count; a share set off between them ("forced 8,000 people,
# two-thirds of the population, to flee").
_FORCED_BEFORE: Final = re.compile(
    r"\b(?:forced|forcing|forces|force|driven|drove|driving|drives|drive) $", re.IGNORECASE
)
# Fewer people than a ride could carry: "drove 40 people from their homes to the shelter".
_RIDE_MAX: Final = 1000
_TO_FLEE_AFTER: Final = re.compile(
    rf"{_OBJECT}(?: (?:in|of|from|around|near) (?:[\w'’-]+ ){{0,3}}?[\w'’-]+)?"
    r"(?:, [\w'’-]+(?: [\w'’-]+){0,4},)?"
    r" (?:to flee|from their homes|to (?:leave|abandon) their homes)\b",
    re.IGNORECASE,
)
_DEATH_TOLL: Final = "death toll"
_TOLL: Final = re.compile(
    rf"\b{_DEATH_TOLL}\b"
    r"[^.;]{0,160}?\b(?:rose|risen|rises|climbed|reached|passed|passes|hit|"
    r"stood|stands|jumped|is|was|of|at)(?: to| at| above| past)? "
    rf"{_NUMBER}",
    re.IGNORECASE,
)
# Words after a number that make it no count of people.
_NOT_PEOPLE_UNITS: Final = (
    r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent|per cent|km|kilo\w*|"
    r"grams?|lbs|miles?|metres?|meters?|tons?|tonnes?|kg|dollars?|euros?|pounds?|times|degrees?|"
    # Animals: "killed 300,000 head of cattle", "5 million animals".
    r"head|animals?|livestock|cattle|sheep|goats?|cows?|camels?|horses?|pigs?|chickens?|birds?|"
    # Shares: "lost a third of its staff", "two thirds of the homes".
    r"half|halves|thirds?|quarters?|fifths?|tenths?"
)
# Not a unit when it shares the next word's people noun: "400 sheep and goat farmers".
_NOT_PEOPLE: Final = re.compile(
    rf" (?:{_NOT_PEOPLE_UNITS})\b"
    rf"(?! and (?!(?:many|more|most|some|several|few|other|their|the)\b)(?-i:[a-z'’-]+) "
    rf"(?:{_PEOPLE_NOUNS})\b)",
    re.IGNORECASE,
)
# What `_NOT_PEOPLE` needs the text to start with: most counts are followed by none of them.
_NOT_PEOPLE_STARTS: Final = tuple(
    " " + unit.removesuffix("s?").removesuffix("\\w*") for unit in _NOT_PEOPLE_UNITS.split("|")
)
_LONGEST_NOT_PEOPLE_START: Final = max(map(len, _NOT_PEOPLE_STARTS))
# "one in four", "1 in 10": a share, not a count.
_RATIO: Final = re.compile(rf" in (?:\d+|{_WORD_NUMBER}|a (?:hundred|thousand))\b", re.IGNORECASE)
# Before a count of people named before: "the two injured", "The other three".
_DEFINITE_BEFORE: Final = ("the ", "The ", "the other ", "The other ")
# A word between an outcome verb and its count, four characters long as written.
_THROUGH_BEFORE: Final = (" the ", " all ")
_APPROXIMATE: Final = frozenset(
    {"more than", "over", "at least", "about", "around", "approximately", "roughly", "nearly",
     "almost", "some", "up to", "as many as", "close to", "an estimated", "estimated",
     "fewer than", "less than", "above", "past"}
)  # fmt: skip


@dataclass(slots=True)  # not frozen: frozen init is slow, and each candidate number makes one
class _Count:
    number: int
    approximate: bool
    start: int  # of the number, after any qualifier
    end: int


def _value(match: re.Match[str]) -> _Count | None:
    """The number a count match stands for; None for "a"/"an" without a scale word."""
    text = match.group("number").lower()
    scale = (match.group("scale") or "").lower()
    if text in {"a", "an"}:
        value = 1.0
    elif text == "half a":
        if scale not in {"million", "billion", "thousand", "hundred"}:
            return None
        value = 0.5
    elif text[0].isdigit():
        value = float(text.replace(",", ""))
    else:
        value = _word_value(text)
    multiplier = 12 if scale == "dozen" else _SCALES.get(scale, 1)
    plus = match.group("plus")
    number = int(value * multiplier)
    if plus:
        # "one hundred and fifty thousand": a scale after the rest scales the whole sum.
        plus_scale = _SCALES.get((match.group("plus_scale") or "").lower(), 1)
        number = (number + int(_word_value(plus.lower()))) * plus_scale
    qualifier = (match.group("qualifier") or "").lower()
    return _Count(
        number,
        qualifier in _APPROXIMATE,
        match.start("number"),
        match.end(),
    )


def _word_value(text: str) -> float:
    """The value of a lower-cased number in words under a hundred: "seven", "forty-two"."""
    if text in _UNITS:
        return float(_UNITS[text])
    tens, _, unit = text.replace("-", " ").partition(" ")
    return float(_TENS[tens] + _UNITS.get(unit, 0))


def _kind(match: re.Match[str], kinds: tuple[tuple[KeyFactKind, str], ...]) -> KeyFactKind:
    return next(kind for kind, group in kinds if match.group(group))


def _object(match: re.Match[str]) -> str | None:
    found = match.group("object")
    return found.strip() if found else None


def _windows(lowered: str) -> list[tuple[int, int]]:
    """Stretches of the lower-cased body around outcome words: where counts can be."""
    windows: list[tuple[int, int]] = []
    for at in sorted([end - len(stem) + 1 for end, stem in _TRIGGERS.iter(lowered)]):
        start, end = max(0, at - _BEFORE_WINDOW), at + _AFTER_WINDOW
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def key_facts(body: str) -> list[KeyFact]:
    """Counts of people in `body`, in text order, with the offset of each number."""
    facts: dict[int, KeyFact] = {}
    lowered = _lower_keeping_offsets(body)
    if "toll" in body:
        for toll in _tolls(body, lowered):
            count = _value(toll)
            if count is not None and count.number >= 1:
                facts[count.start] = _make(KeyFactKind.KILLED, count, None)
    counted_to = 0
    for word, at in _count_words(body, lowered):
        begin = _count_start(body, word, at)
        if begin is None or begin < counted_to:
            continue
        match = _COUNT.match(body, begin)
        if match is None:
            continue
        counted_to = match.end()  # "half a million" is one count, not also "a million"
        if _is_year(body, match):
            continue  # "on 11 September 2023 killed ...": a date, not a count
        count = _value(match)
        if count is None or count.start in facts or count.number < 1:
            continue
        fact = _fact_at(body, match, count)
        if fact is not None and not _restated(body, fact, facts):
            facts[count.start] = fact
            if fact.object is not None and _kind_before(body, begin) is not None:
                for item in _listed_after(body, count.end, fact.kind):
                    facts.setdefault(item.offset, item)
    return sorted(facts.values(), key=lambda f: f.offset)


def _listed_after(body: str, end: int, kind: KeyFactKind) -> Iterator[KeyFact]:
    """The counts listed after a verb's first object, which share its verb.

    As in "killed 12 soldiers, 30 police officers and two children": each item of the list
    until one that is no count of people; "two of them children" is part of the count before.
    Items each with a place count the people of the item before: "killed 12 people in Orvik,
    three in Tarvel and two in Seln".
    """
    item = _AFTER_BEFORE_COUNT.match(body, end)
    if item is None or not item.group("object"):
        return
    counted, at = item.group("object").strip(), item.end()
    place = _ITEM_PLACE.match(body, at)
    while (listed := _next_listed(body, place.end() if place else at)) is not None:
        count, item = listed
        if item.group("object"):
            counted, at = item.group("object").strip(), item.end()
            if counted.startswith(("of ", "Of ")):
                return
            place = _ITEM_PLACE.match(body, at)
        elif place is not None and (place := _ITEM_PLACE.match(body, item.end())) is not None:
            at = item.end()  # "three in Tarvel": no noun, the same people somewhere else
        else:
            return
        yield _make(kind, count, counted)


def _next_listed(body: str, at: int) -> tuple[_Count, re.Match[str]] | None:
    """The count of the list item at `at` and the match of its object (maybe empty), or None."""
    listed = _LIST_ITEM.match(body, at)
    if listed is None or _not_people(body, listed.end()):
        return None
    # Not "two men, a driver and a guard" (who they are) nor "and two officers were
    # injured", a count with its own outcome.
    if listed.group("number").lower() in _ARTICLES or _AFTER_COUNT.match(body, listed.end()):
        return None
    count = _value(listed)
    item = _AFTER_BEFORE_COUNT.match(body, listed.end())
    return (count, item) if count is not None and item is not None else None


def _restated(body: str, fact: KeyFact, facts: dict[int, KeyFact]) -> bool:
    """Whether a count names people counted before: "the two wounded soldiers", "the other two".

    A definite count of a kind no larger than one before it is those people again.
    """
    return body.endswith(_DEFINITE_BEFORE, 0, fact.offset) and any(
        earlier.kind is fact.kind and earlier.number >= fact.number and earlier.offset < fact.offset
        for earlier in facts.values()
    )


def _fact_at(  # noqa: PLR0911 - one return per pattern, tried surest first
    body: str, match: re.Match[str], count: _Count
) -> KeyFact | None:
    # A bare "a" counts one person only after an outcome verb: "had lost a soldier".
    bare_article = match.group("number").lower() in {"a", "an"} and not match.group("scale")
    if _not_people(body, count.end) or _family_size(body, match.start()) or _nobody(body, match):
        return None
    # "forced 5,000 people from their homes and affected 60,000": the verbs around the count
    # say what it counts, before an outcome after it in the clause.
    forced = _FORCED_BEFORE.search(body, max(0, match.start() - 12), match.start())
    if forced is not None:
        fled = _TO_FLEE_AFTER.match(body, count.end)
        # Not "drove 40 people from their homes to the shelter": a ride, no flight; but nobody
        # gives thousands a ride ("drove 5,000 people from their homes to higher ground").
        if fled is not None and not (
            forced.group().lower().startswith("dr")
            and body.startswith(" to ", fled.end())
            and count.number < _RIDE_MAX
        ):
            return _make(KeyFactKind.DISPLACED, count, _object(fled))
    if not bare_article:
        outcome = _outcome_after(body, count, match.start()) or _lives_taken(body, match, count)
        if outcome is not None:
            return outcome
    before = _kind_before(body, match.start())
    # "detained the 17 fishermen", "evacuated all 300 residents": people named by their noun.
    through = before is None and body.endswith(_THROUGH_BEFORE, 0, match.start())
    if through:
        before = _kind_before(body, match.start() - 4)
    if before is not None:
        kind, verb = before
        counted = _AFTER_BEFORE_COUNT.match(body, count.end)
        counted_object = _object(counted) if counted else None
        # "lost a soldier", not "lost 5 kg"; "seized 12 hostages", not "seized 400 firearms";
        # "affected about 60,000," with nothing after the count: people, not villages.
        if (
            counted_object is not None
            or not (bare_article or through or verb in _THING_VERBS)
            or (
                kind is KeyFactKind.AFFECTED
                and body[count.end : count.end + 1] in _BARE_ENDS
                and _THINGS_INCLUDED.match(body, count.end) is None
            )
        ):
            return _make(kind, count, counted_object)
    if bare_article:
        return None
    if body.endswith(" and ", 0, match.start()):
        shared = _kind_before_and(body, match.start())
        counted = _AFTER_BEFORE_COUNT.match(body, count.end) if shared else None
        if shared is not None and counted is not None and counted.group("object"):
            counted_object = counted.group("object")
            return _make(_kind_of_object(shared, counted_object), count, counted_object)
    noun = _NOUN_AFTER_COUNT.match(body, count.end)
    if noun is not None:
        return _make(_kind(noun, _NOUN_KINDS), count, noun.group("noun"))
    return None


def _outcome_after(body: str, count: _Count, start: int) -> KeyFact | None:
    """The fact an outcome after the count says: "six soldiers were killed".

    `start` is where the count's match starts, its qualifier included.
    """
    after = _AFTER_COUNT.match(body, count.end)
    if after is not None and _outcome_of_origin(after):
        after = None  # "60 relatives of people detained": the relatives were not detained
    if after is not None and _part_named_again(after):
        return None  # "four of the men detained were freed": counted where they were detained
    if after is not None:
        kind, after_object = _kind(after, _AFTER_KINDS), _object(after)
        if after_object:
            kind = _kind_of_object(kind, after_object)
        return _make(kind, count, after_object)
    # Not "killed 12 rebels and two soldiers were wounded": the verb before is the count's own.
    shared = _outcome_after_and(body, count.end) if _kind_before(body, start) is None else None
    if shared is not None:
        return _make(shared[0], count, shared[1])
    return _gathered(body, count, start)


def _gathered(body: str, count: _Count, start: int) -> KeyFact | None:
    """Protesters a crowd's purpose or its sentence's protest makes of it.

    As in "where some 1,500 people gathered" after "Smaller protests were held in Bergen"; not
    "detained four protesters who blocked traffic", which the verb before counts.
    """
    crowd = _GATHERED_AFTER.match(body, count.end) if _may_have_gathered(body, count.end) else None
    if _kind_before(body, start) is not None:
        return None
    if crowd is None:
        return _protest_purpose(body, count, start)
    rest = crowd.group("rest")
    if crowd.group("moved"):
        # Its own clause only: not "drove to market to sell produce, and others came to protest".
        rest = _NEXT_CLAUSE.split(rest, maxsplit=1)[0]
    if _PROTEST_PURPOSE.search(rest) is None:
        if crowd.group("moved"):
            return None
        before = body[max(0, count.start - 200) : count.start]
        sentence = _SENTENCE_START.match(before)
        if _PROTEST_WORDS.search(before, sentence.end() if sentence else 0) is None:
            return None
    counted = crowd.group("object")
    return _make(KeyFactKind.PROTESTERS, count, counted.strip() if counted else None)


def _protest_purpose(body: str, count: _Count, start: int) -> KeyFact | None:
    """Protesters a crowd that opens its sentence or clause makes by acting "to protest"."""
    stop = body.find(".", count.end)
    if body.find("to protest", count.end, len(body) if stop == -1 else stop) == -1:
        return None  # most counts: no purpose in their sentence
    crowd = _PURPOSE_CROWD.match(body, count.end)
    if crowd is None or _SUBJECT_START.search(body[max(0, start - 40) : start]) is None:
        return None
    done = _NEXT_CLAUSE.split(crowd.group("rest"), maxsplit=1)
    if len(done) > 1 or _NOT_DONE.search(done[0]) or not _DONE_BEFORE_PURPOSE.search(done[0]):
        return None
    return _make(KeyFactKind.PROTESTERS, count, crowd.group("object").strip())


def _outcome_of_origin(after: re.Match[str]) -> bool:
    """Whether an outcome after a count's origin is the origin's: "relatives of people |detained|".

    A participle right after the people a count comes from, with no verb of the count's own
    between, says what happened to them ("60 relatives of people detained in raids").
    """
    if after.group("object") is None:
        return False
    between = after.string[after.end("object") : _outcome_start(after)]
    if not between.startswith((" of ", " from ")) or _OWN_VERB.search(between):
        return False
    return _ORIGIN_PEOPLE.search(between) is not None


def _part_named_again(after: re.Match[str]) -> bool:
    """Whether a count is part of a group its outcome only names: "Four of the men detained were".

    As in "two of the workers injured are in hospital": the participle right after "of the ..."
    names the group; the sentence's own verb follows.
    """
    counted = after.group("object")
    if counted is None or not counted.startswith(("of ", "Of ")):
        return False
    if after.string[after.end("object") : _outcome_start(after)] != " ":
        return False
    return _PREDICATE_AFTER.match(after.string, after.end()) is not None


def _outcome_start(after: re.Match[str]) -> int:
    """Where the outcome word of an `_AFTER_COUNT` match starts."""
    return next(after.start(name) for _, name in _AFTER_KINDS if after.group(name) is not None)


def _may_have_gathered(body: str, end: int) -> bool:
    """Whether `_GATHERED_AFTER` may match at `end`: one of its verbs before the next full stop.

    Most counts have none, and the regex costs many times these substring searches. Lower-casing
    matches as IGNORECASE does only for ASCII; other text takes the regex.
    """
    stop = body.find(".", end)
    clause = body[end:] if stop == -1 else body[end:stop]  # no match crosses a full stop
    if not clause.isascii():
        return True
    clause = clause.lower()
    return any(word in clause for word in _GATHERED_WORDS)


def _outcome_after_and(body: str, end: int) -> tuple[KeyFactKind, str] | None:
    """The kind and own object of a count that shares the next one's outcome, or None.

    As in "Seven protesters and two officers were injured": seven protesters were injured.
    """
    stop = body.find(".", end)
    if body.find(" and ", end, len(body) if stop == -1 else stop) == -1:
        return None  # most counts: no "and" after their object, which holds no full stop
    counted = _AFTER_BEFORE_COUNT.match(body, end)
    if (
        counted is None
        or not counted.group("object")
        or not body.startswith(" and ", counted.end())
    ):
        return None
    second = _COUNT.match(body, counted.end() + len(" and "))
    if second is None:
        return None
    after = _AFTER_COUNT.match(body, second.end())
    if after is None or not after.group("object"):
        return None
    counted_object = counted.group("object").strip()
    return _kind_of_object(_kind(after, _AFTER_KINDS), counted_object), counted_object


def _kind_of_object(kind: KeyFactKind, counted: str) -> KeyFactKind:
    """The kind an outcome gives, corrected by who is counted when that says more."""
    if kind is KeyFactKind.DISPLACED and _REFUGEE_OBJECT.search(counted):
        return KeyFactKind.REFUGEES  # "one million refugees who fled": refugees still
    if kind is KeyFactKind.ARRESTED and _PRISONER_OBJECT.search(counted):
        return KeyFactKind.PRISONERS  # "4,000 prisoners detained under the emergency"
    return kind


def _lower_keeping_offsets(body: str) -> str:
    """`body` lower-cased, each character to one, so offsets in it are offsets in `body`.

    `str.lower` lengthens a few letters ("İ" → "i̇"), which would shift every later offset;
    those letters are kept as written (no number or outcome word holds them).
    """
    lowered = body.lower()
    if len(lowered) == len(body):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in body)


def _tolls(body: str, lowered: str) -> Iterator[re.Match[str]]:
    """`_TOLL.finditer(body)`, tried only where "death toll" stands.

    With IGNORECASE the regex engine tries every position of the text; a substring search of
    the lower-cased text (`_lower_keeping_offsets`) finds the same places in C.
    """
    at = lowered.find(_DEATH_TOLL)
    while at != -1:
        toll = _TOLL.match(body, at)
        if toll is not None:
            yield toll
        at = lowered.find(_DEATH_TOLL, toll.end() if toll is not None else at + 1)


def _count_words(body: str, lowered: str) -> list[tuple[str, int]]:
    """The words that may start a count near an outcome word, as (word, offset), in text order.

    Digits, number words ("six", "Twenty-five") and articles ("a dozen"), searched for in C
    (a regex, an automaton, substring searches) inside the outcome words' windows only.
    """
    windows = _windows(lowered)
    if not windows:
        return []
    # Searched inside the windows only: they cover about a third of a text.
    found: list[tuple[str, int]] = []
    for start, end in windows:
        for run in _DIGITS.finditer(body, start, end):
            if not _continues_word(body, run.start()):
                found.append((body[run.start()], run.start()))
    for start, end in windows:
        stop = min(len(lowered), end + _LONGEST_NUMBER_WORD - 1)
        for last, word in _NUMBER_WORD_FINDER.iter(lowered, start, stop):
            at = last - len(word) + 1
            surface = body[at : last + 1]
            if (
                at < end
                and surface in _NUMBER_STARTS
                and not _continues_word(body, at)
                and not _is_word_char(body[last + 1 : last + 2])
            ):
                found.append((surface, at))
    for start, end in windows:
        for article in _ARTICLES_BEFORE_A_WORD:
            at = body.find(article, start, end + len(article) - 1)
            while at != -1:
                if not _continues_word(body, at):
                    found.append((article[:-1], at))
                at = body.find(article, at + 1, end + len(article) - 1)
    starts = [start for start, _ in windows]
    return sorted(
        (
            (word, at)
            for word, at in found
            if (index := bisect_right(starts, at) - 1) >= 0 and at < windows[index][1]
        ),
        key=lambda item: item[1],
    )


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _continues_word(body: str, at: int) -> bool:
    """Whether the character before `at` belongs to the same word (or hyphenated word)."""
    before = body[at - 1 : at] if at else ""
    return _is_word_char(before) or before == "-"


def _count_start(body: str, word: str, at: int) -> int | None:
    """Where a count at this word starts (with its qualifier), or None: most words start none.

    Set lookups first; the regular expressions only run at numbers.
    """
    # "a" is a count only as "a dozen", "a million" or after an outcome: "lost a soldier".
    if word in _ARTICLES and not (
        body.startswith(_SCALES_AFTER, at + len(word)) or _kind_before(body, at)
    ):
        return None
    window = body[max(0, at - 24) : at]
    # Lower-casing matches as IGNORECASE does only for ASCII; other text takes the regex.
    if window.isascii() and not window.lower().endswith(_QUALIFIER_ENDS):
        return at
    qualifier = _QUALIFIER_BEFORE.search(body, max(0, at - 24), at)
    return qualifier.start() if qualifier else at


def _not_people(body: str, end: int) -> bool:
    """Whether a unit follows a number ("5 years", "20 km"): then it counts no people.

    Nor does a ratio: "kills one in four".
    """
    if body.startswith(" in ", end) and _RATIO.match(body, end) is not None:
        return True
    head = body[end : end + _LONGEST_NOT_PEOPLE_START]
    if head.isascii() and not head.lower().startswith(_NOT_PEOPLE_STARTS):
        return False
    return _NOT_PEOPLE.match(body, end) is not None


def _nobody(body: str, match: re.Match[str]) -> bool:
    """Whether the count is "no one": "No one was injured" counts nobody."""
    start = match.start()
    return match.group("number").lower() == "one" and body[max(0, start - 3) : start] in {
        "no ",
        "No ",
    }


def _family_size(body: str, start: int) -> bool:
    """Whether a number is the size of someone's family: "a mother of five"."""
    if not body.endswith(" of ", 0, start):
        return False
    return body[max(0, start - 16) : start - 4].rpartition(" ")[2].lower() in _KIN


def _is_year(body: str, match: re.Match[str]) -> bool:
    """Whether a count match is the year of a date ("11 September 2023", "in 2020")."""
    number = match.group("number")
    if match.group("qualifier") or not (number.isdigit() and _YEAR_TOKEN.fullmatch(number)):
        return False
    window = body[max(0, match.start() - 24) : match.start()]
    return _date_before(window, number) is not None or _YEAR_CUE.search(window) is not None


def _kind_before(body: str, start: int) -> tuple[KeyFactKind, str] | None:
    """The outcome verb right before a count, with its kind ("killed |at least 15")."""
    words = body[max(0, start - 30) : start].lower().split()
    for width in (1, 2, 4):  # "killed 15", "abduction of 15", "claimed the lives of 15"
        verb = " ".join(words[-width:])
        if verb in _BEFORE_WORDS:
            return _BEFORE_WORDS[verb], verb
    return None


def _lives_taken(body: str, match: re.Match[str], count: _Count) -> KeyFact | None:
    """The dead a count of lives says: "claimed 23 lives", "cost at least 12 lives"."""
    if _LIVES_AFTER.match(body, count.end) and _word_before(body, match.start()) in (
        _LIFE_TAKING_VERBS
    ):
        return _make(KeyFactKind.KILLED, count, None)
    return None


def _word_before(body: str, start: int) -> str:
    """The word right before `start`, lower-cased ("" at the text's start)."""
    words = body[max(0, start - 12) : start].split()
    return words[-1].lower() if words else ""


def _kind_before_and(body: str, start: int) -> KeyFactKind | None:
    """The outcome verb a count shares with an earlier object: "arrested a lawmaker and |two"."""
    clause = body[max(0, start - 60) : start - 5]
    words = clause[max(map(clause.rfind, _CLAUSE_ENDS)) + 1 :].lower().split()
    for back, word in enumerate(reversed(words[-_SHARED_OBJECT_WORDS - 1 :])):
        if back and word in _BEFORE_WORDS:
            return _BEFORE_WORDS[word]
        if word in _CLAUSE_WORDS:
            return None
    return None


def _make(kind: KeyFactKind, count: _Count, counted: str | None) -> KeyFact:
    return KeyFact(
        kind=kind,
        number=count.number,
        object=counted,
        approximate=count.approximate,
        offset=count.start,
    )


_MONTHS: Final = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH: Final = rf"(?P<month>{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?"
_MONTH_ABBREVIATIONS: Final = tuple(sorted({name[:3] for name in _MONTHS}))
_DAY: Final = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_TOKEN: Final = re.compile(r"(?:1[89]|20)\d\d")
_DAY_MONTH_BEFORE: Final = re.compile(rf"\b{_DAY} (?:of )?{_MONTH},? $", re.IGNORECASE)
_MONTH_DAY_BEFORE: Final = re.compile(rf"\b{_MONTH} {_DAY},? $", re.IGNORECASE)
_MONTH_BEFORE: Final = re.compile(rf"\b{_MONTH},? (?:of )?$", re.IGNORECASE)
_ISO_REST: Final = re.compile(r"-([01]\d)-([0-3]\d)(?!\d)")
# A year alone is a date after these words: "in 2020", "the 2020 war", "Pakistan's 2010 floods".
# "until at least 2030": a hedge between the cue and the year; "as early as 2027" a cue itself.
_YEAR_CUE: Final = re.compile(
    r"(?:(?:\b(?:in|since|by|until|till|from|before|after|of|during|through|between|and|to|the|a|for|"
    r"early|late|mid|year|summer|spring|autumn|fall|winter|around|circa)|\w['’]s)[ -]"
    r"(?:at least )?|\b(?:as (?:early|late|soon) as|no (?:earlier|later|sooner) than) )$",
    re.IGNORECASE,
)


# People right after a number: what it counts ("for 2000 people"), no year.
_PEOPLE_AFTER: Final = re.compile(rf" (?:{_PEOPLE_NOUNS})\b", re.IGNORECASE)
# A year a sentence says a year is: "The worst year before this one was 2022".
_YEAR_IS: Final = re.compile(r"\byears?\b[^.!?;:\n]*\b(?:was|is|will be|were)[ ]$", re.IGNORECASE)


# A year of the 11th to 18th centuries standing alone: no digit or separator either side.
# A literal first: the engine skips to each "1" in C; the character before is checked after.
_OLD_YEAR: Final = re.compile(r"1[0-7]\d\d(?![\d%-]|['’]s|,\d)")
_NOT_BEFORE_A_YEAR: Final = frozenset("0123456789.,$€£/-")
# Before such a year: a preposition of time, not "the year" ("the year 1405 in the solar
# calendar" is another calendar's).
_OLD_YEAR_CUE: Final = re.compile(
    r"\b(?:in|since|until|till|before|after|from|between|and|circa)(?: about)? $", re.IGNORECASE
)
# Before a year of the next century: "by 2100", "until 2150".
_FUTURE_YEAR_CUE: Final = re.compile(r"\b(?:by|in|until|till|before|after|beyond)(?: about)? $")
_CLAUSE_END: Final = re.compile(r"(?:[.,;:)!?]|$| (?:and|when|where|after|before|until)\b)")


def dates(body: str) -> list[DateMention]:
    """Dates in `body` whose year the text states, normalised to ISO 8601, in text order."""
    found = []
    for start in _year_tokens(body):
        end = start + 4
        year = body[start:end]
        before, after = body[start - 1 : start], body[end : end + 2]
        if before.isalnum() or before in {"$", "€", "£", ".", ","}:
            continue
        iso = _ISO_REST.match(body, end)
        if iso is not None:
            date = f"{year}-{iso.group(1)}-{iso.group(2)}"
            found.append(DateMention(text=body[start : iso.end()], date=date, offset=start))
            continue
        # Not a year: "2,000", "1500s", "20%", "2024-25", "1980's".
        if after[:1].isalnum() or after[:1] in {"%", "-"} or after in {"'s", "’s"}:
            continue
        if after[:1] == "," and after[1:2].isdigit():
            continue
        window = body[max(0, start - 24) : start]
        dated = _with_month(window, year, start)
        if dated is not None:
            found.append(dated)
        elif year.startswith("21"):
            # "by 2100.": a year of the next century only after a preposition of time, at a
            # clause's end; not "rose by 2100 points".
            if _FUTURE_YEAR_CUE.search(window) and _CLAUSE_END.match(body, end):
                found.append(DateMention(text=year, date=year, offset=start))
        elif (
            (cue := _YEAR_CUE.search(window)) is not None
            # "food for 2000 people": a count; "planned for 2029." a year.
            and not (cue.group().lower() == "for " and _PEOPLE_AFTER.match(body, end))
        ) or _YEAR_IS.search(body, max(0, start - 60), start):
            found.append(DateMention(text=year, date=year, offset=start))
    old = _old_years(body)
    return sorted([*found, *old], key=attrgetter("offset")) if old else found


def _with_month(window: str, year: str, start: int) -> DateMention | None:
    """The date a month (and day) before the year at `start` make, if any."""
    dated = _date_before(window, year)
    if dated is None:
        return None
    text, iso_date = dated
    return DateMention(text=text, date=iso_date, offset=start - len(text) + 4)


def _old_years(body: str) -> list[DateMention]:
    """Years 1000-1799, taken only where no count of the same digits can stand.

    A date with its month ("5 August 1473"), or a year after "in", "since" and the like at a
    clause's end ("born in 1452.", not "in 1500 cases").
    """
    found = []
    for match in _OLD_YEAR.finditer(body):
        start, year = match.start(), match.group()
        if start and (body[start - 1] in _NOT_BEFORE_A_YEAR or body[start - 1].isalpha()):
            continue
        window = body[max(0, start - 24) : start]
        dated = _with_month(window, year, start)
        if dated is not None:
            found.append(dated)
        elif _OLD_YEAR_CUE.search(window) and _CLAUSE_END.match(body, match.end()):
            found.append(DateMention(text=year, date=year, offset=start))
    return found


def _year_tokens(body: str) -> list[int]:
    """Where `_YEAR_TOKEN.finditer(body)` finds years (1800-2199), without its scan.

    The regex engine tests every character; substring searches in C find the few places that
    start with 18, 19, 20 or 21, whose next two characters are then checked.
    """
    starts = []
    for century in ("18", "19", "20", "21"):
        at = body.find(century)
        while at != -1:
            if body[at + 2 : at + 3].isdecimal() and body[at + 3 : at + 4].isdecimal():
                starts.append(at)
            at = body.find(century, at + 1)
    tokens: list[int] = []
    for start in sorted(starts):  # as the regex does: left to right, none overlapping
        if not tokens or start >= tokens[-1] + 4:
            tokens.append(start)
    return tokens


def _date_before(window: str, year: str) -> tuple[str, str] | None:
    """The month (and day) right before a year, as (text with the year, ISO date)."""
    # Every month name starts with its three-letter abbreviation; lower-casing matches as
    # IGNORECASE does only for ASCII, so other windows take the regular expressions.
    if window.isascii():
        lowered = window.lower()
        if not any(month in lowered for month in _MONTH_ABBREVIATIONS):
            return None
    for pattern in (_MONTH_DAY_BEFORE, _DAY_MONTH_BEFORE, _MONTH_BEFORE):
        match = pattern.search(window)
        if match is None:
            continue
        month = match.group("month")
        if month == "may":
            return None  # "may" the verb
        number = _MONTHS[month.lower()]
        day = match.groupdict().get("day")
        iso = f"{year}-{number:02d}-{int(day):02d}" if day else f"{year}-{number:02d}"
        return window[match.start() :] + year, iso
    return None
