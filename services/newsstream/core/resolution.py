"""Which places and entities the mentions name: resolved by the article's countries, grouped.

The part of tagging after the stages that find mentions. It is kept out of `tagging` so that it
is compiled with the rest of the core (native.py): `tagging` holds `Tags`, which pydantic reads
and which must stay a Python class.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Final

from pydantic import TypeAdapter

from newsstream.core.gazetteer import Known, Mention, person_titles, title_case_heading_end
from newsstream.core.models import Entity, EntityType, Place
from newsstream.core.names import name_key, plain, written
from newsstream.core.places import Geo, common_words, country_around

# The entity type as a module constant: reading an enum member off its class is slow.
_LOCATION: Final = EntityType.LOCATION
_ORGANIZATION: Final = EntityType.ORGANIZATION
_PERSON: Final = EntityType.PERSON
# One validation call per list: cheaper than a model constructor call per entity or place.
_ENTITIES: Final = TypeAdapter(list[Entity])
_PLACES: Final = TypeAdapter(list[Place])
# Population from which a place in a country the article does not otherwise name is taken.
_ABROAD: Final = 100_000
# Of two countries named as often, one leads by more places named, if it has at least this many.
_TOWNS_TO_LEAD: Final = 2
# From this population a city abroad is sure even in a list of the article's own places.
_LARGEST: Final = 1_000_000
# Between two places of one list: "Tarvel, Ostrom and Norwich".
_LIST_GAPS: Final = (", and ", ", or ", " and ", " or ", ", ")
_LIST_SEPARATOR: Final = re.compile("|".join(map(re.escape, _LIST_GAPS)))
# Characters either side of a small place abroad within which its country must be named.
_NAMED_NEAR: Final = 400
# How far before a place, within its sentence, its country's name may stand to vouch for it.
_SAME_SENTENCE: Final = 200
# Before a country's name, what sets a sentence in it: "In Afghanistan's Badakhshan province".
_SET_IN: Final = ("in ", "In ")
# After a demonym, a country's authorities, who report on their own country: "the Tarvelian
# (health) ministry reported cases in |X|". Not a traveller ("a Tarvelian tourist in |X|").
_AUTHORITY_AFTER: Final = re.compile(
    r" (?:[a-z]+ )?(?:ministry|government|authorities|police|officials|inspectors)\b"
)
# A possessive's ending: "Ostrom's".
_POSSESSIVES: Final = ("'s", "’s")
# Between two words of a name: "San-Pedro" is "San Pedro" as written.
_WORD_GAP: Final = re.compile(r"[\s-]+")
# A sentence's end: its full stop (or other mark) before a space or a line's end.
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’)]?(?:\s|$)")
# Between a place and another spelling of its name: "Khorog|, also spelt |Khorugh".
_SPELLING_WORDS: Final = (" spelt ", " spelled ", " written ", " transliterated ")
_OTHER_SPELLING: Final = re.compile(
    r",? \(?(?:also|sometimes|often) (?:spelt|spelled|written|transliterated)(?: as)? "
)
# What follows a place to say where it lies, before the place or country it lies in:
# "Tarvel, Norway", "Tarvel (Norway)", "Tarvel in Norway", "Tarvel on Ostrom" (an island),
# "Tarvel, a suburb of Ostrom", "Tarvel, the old quarter of Ostrom".
_WHERE_IT_LIES: Final = re.compile(
    r"(?:, (?:a|an|the) (?:[a-z]+ ){0,2}"
    r"(?:suburb|district|quarter|neighbourhood|neighborhood|village|town|township|borough"
    r"|settlement|ward) (?:of|in|on|outside|near) |, | \(| in | on )"
)
# Before a demonym that says which side of a border a town lies on: "Tarvel |on the |Norwegian
# side".
_ON_THE: Final = " on the "
# A place the article sets in its own country, with nothing known of where it lies.
_UNLISTED: Final = Geo(None, None, None, 0)
# A capitalised word after a place's name, in a sentence: "the |Tarvel| Meridian" (a ship),
# "|Tarvel| Red Imps" (a club). Not these, which leave the place a place: a division's or a
# place's noun ("Tarvel District", "Tarvel City") and a compass word; a person's title
# ("Tarvel Governor Jane Doe") is read from the titles' list.
_NEXT_CAPITALISED: Final = re.compile(r" ([A-Z][a-z]+)\b(?![-'’])")
# A given name and a middle initial: what follows is a surname ("Jane Q. |Tarvel|").
_GIVEN_NAME_AND_INITIAL: Final = re.compile(r"\b[A-Z][a-z]+ [A-Z]\. $")
# A word that leads to a place's name, not a person's: "in |Tarvel|", "Ostrom and |Tarvel|".
_TO_A_PLACE: Final = re.compile(
    r"\b(?:in|of|from|near|at|to|into|and|or|outside|around|across|towards|via|between) $"
)
_PLACE_NOUNS: Final = frozenset(
    {"province", "state", "prefecture", "region", "district", "governorate", "county", "oblast",
     "department", "municipality", "parish", "city", "town", "village", "island", "islands",
     "atoll", "valley", "north", "south", "east", "west", "northern", "southern", "eastern",
     "western", "central", "upper", "lower", "old", "new"}
)  # fmt: skip


@dataclass(slots=True)  # not frozen: an article makes dozens, and frozen init is slow
class Seen:
    """A resolved mention; `offset` is None for the title."""

    known: Known
    surface: str
    offset: int | None
    start: int  # where the mention starts in the text resolved (title and body)


def resolve_places(mentions: list[tuple[Mention, int | None]], text: str = "") -> list[Seen]:
    """Choose among places of one name by the countries the article names otherwise.

    A place that needs a cue (a small town, a common word) and has none is dropped. `text` is
    what the mentions' offsets point into (title and body), where a rule reads a sentence.
    """
    mentions = _other_spellings(mentions, text)
    mentions = _outside_longer_names(mentions, text)
    cues = {
        m.known.country
        for m, _ in mentions
        if m.known.country
        and (
            m.known.geo is None  # a country's name or demonym
            or (not m.known.alternatives and _sure_abroad(m.known.geo))
        )
    }
    main_country: str | None = ""  # worked out when a mention needs it: few do
    by_start = {m.start: m for m, _ in mentions}
    by_end = {m.end: m for m, _ in mentions}
    seen = []
    for mention, offset in mentions:
        known: Known | None = mention.known
        geo = mention.known.geo
        lies_in = (
            _border_side(mention, by_start, text) or _where_it_lies(mention, by_start, text)
            if geo is not None
            else None
        )
        if geo is not None and mention.known.country is None:
            # A region nobody listed ("Cagayan province") lies in the article's own country,
            # unless the text says where, or lists it with a place of another; or in the one
            # around it where the article's is only part of a city (a quarter "in" a story on
            # a walled city-state lies in the country around it).
            main_country = _main_country(mentions) if main_country == "" else main_country
            country = (
                (lies_in[0] if lies_in else None)
                or _listed_country(mention, by_start, by_end, text, main_country or "")
                or (main_country and country_around(main_country))
                or main_country
            )
            known = replace(mention.known, country=country) if country else None
        elif geo is not None and (lying := _lying_in(mention.known, lies_in)) is not None:
            known = lying
        elif geo is not None:
            candidates = (mention.known, *mention.known.alternatives)
            cued = [c for c in candidates if c.country in cues]
            listed = _listed_among(mention, by_start, by_end, text) if len(candidates) > 1 else []
            # A list says which namesake lies abroad by the main country, worked out once.
            main_country = (
                _main_country(mentions) if listed and main_country == "" else main_country
            )
            abroad = _curated_abroad(candidates, listed, main_country) if listed else None
            known = abroad or (cued[0] if cued else None)
            if cued and len(candidates) > 1 and abroad is None:
                # Of namesakes, the one in the article's own country; else a listed city
                # over a small one in a country named in passing ("Vienna" in talks on Iran).
                if main_country == "":
                    main_country = _main_country(mentions)
                reporting = _reporting_authority(mention, mentions, text)
                own = next(
                    (
                        c
                        for c in cued
                        if c.country == (reporting or main_country)
                        and not _folded_from_curated(c, mention.known, mention.surface)
                    ),
                    None,
                )
                # Not where the one named is itself sure abroad ("San Jose" in a story on the
                # Northern Marianas that names the United States is no capital of Costa Rica).
                sure = known is not None and known.geo is not None and _sure_abroad(known.geo)
                known = own or (
                    mention.known
                    if geo.curated and not sure
                    else _sure_over_small(mention.known, known)
                )
            if known is None and text.startswith(", ", mention.end):
                known = _cued_by_region(candidates, by_start.get(mention.end + 2))
            # Abroad, only a large place is sure: an article about Chile names no small town
            # of Mexico that shares a Chilean neighbourhood's name.
            if known is None and not geo.needs_cue and (not cues or _sure_abroad(geo)):
                known = mention.known
            if known is not None and _respelled_abroad(known, mention.surface):
                # "a clinic in Paynesville" in a story on Liberia is no Ohio town spelled
                # "Painesville": a small town abroad met only by a spelling fold is the
                # article's own town, unlisted.
                if main_country == "":
                    main_country = _main_country(mentions)
                if main_country != known.country and not _named_in_its_sentence(
                    known.country, mention, mentions, text
                ):
                    own_town = replace(
                        known,
                        name=mention.surface.removesuffix("'s").removesuffix("’s"),
                        country=main_country,
                        geo=_UNLISTED,
                        alternatives=(),
                    )
                    known = own_town if main_country else None
        if known is not None:
            seen.append(Seen(known, mention.surface, offset, mention.start))
    return _own_namesakes(seen, mentions, main_country, text)


def _sure_over_small(surest: Known, cued: Known | None) -> Known | None:
    """A city sure on its own over a small namesake in a country named only in passing.

    "A smelter in Genoa" in a story on Kenya that names the United States is the Italian city,
    not a small American town of that name.
    """
    small = cued is not None and cued.geo is not None and cued.geo.needs_cue
    return surest if small and surest.geo is not None and _sure_abroad(surest.geo) else cued


def _where_it_lies(
    mention: Mention, by_start: dict[int, Mention], text: str
) -> tuple[str, bool] | None:
    """The country the text gives right after a place as the one it lies in.

    "Tarvel, Norway", "Tarvel in Ostrom" (a place of Norway), "Tarvel, a suburb of Ostrom":
    Norway. Not a demonym ("Tarvel, Norwegian officials said"), nor a place with namesakes
    unless a curated one. And whether the text says what the place is ("a suburb of"), which
    makes it a place of that country even where the gazetteer has none of the name there.
    """
    cue = _WHERE_IT_LIES.match(text, mention.end)
    if cue is None:
        return None
    where = by_start.get(cue.end())
    if where is None or where.known.is_demonym or where.known.type is not _LOCATION:
        return None
    geo, country, said = where.known.geo, where.known.country, len(cue.group()) > len(" in ")
    if country is None:
        return None
    if geo is None:
        # On a country, no more than its place is a person: "led by Tarvel on Ostrom".
        return None if cue.group() == " on " else (country, said)
    # After a bare comma or bracket, only a country: "Tarvel, Ostrom and Norwich" lists three.
    if (where.known.alternatives and not geo.curated) or cue.group() in (", ", " ("):
        return None
    return country, said


def _border_side(
    mention: Mention, by_start: dict[int, Mention], text: str
) -> tuple[str, bool] | None:
    """The country of a namesake the text puts on one side of a border.

    "Tarvel on the Norwegian side of the border": Norway, where a Tarvel lies. Only among
    namesakes: "a station near Tarvel on the Norwegian side" may put only the station there.
    """
    if not text.startswith(_ON_THE, mention.end):
        return None
    side = by_start.get(mention.end + len(_ON_THE))
    if side is None or not side.known.is_demonym or not text.startswith(" side", side.end):
        return None
    known, country = mention.known, side.known.country
    if country is None or not known.alternatives:
        return None
    return (
        (country, False)
        if any(c.country == country for c in (known, *known.alternatives))
        else None
    )


def _lying_in(known: Known, lies_in: tuple[str, bool] | None) -> Known | None:
    """Of a place's namesakes, the one in the country the text puts it in.

    Else, where the text says what the place is ("a suburb of"), a place of that country the
    gazetteer lacks. None where the text puts it nowhere, or nowhere it has a namesake: "the
    Games in Tarvel" says where the Games are, not that a place "Games" lies there; nor is a
    city among the world's largest an unlisted suburb.
    """
    if lies_in is None:
        return None
    country, said = lies_in
    for candidate in (known, *known.alternatives):
        if candidate.country == country:
            return candidate
    if not said or (known.geo is not None and known.geo.population >= _LARGEST):
        return None
    return replace(known, country=country, geo=_UNLISTED, alternatives=())


def _listed_among(
    mention: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention], text: str
) -> list[Mention]:
    """The mentions right before and after one in a list: "Ostrom, |Tarvel| and Velno"."""
    before = [
        by_end.get(mention.start - len(gap))
        for gap in _LIST_GAPS
        if text.endswith(gap, 0, mention.start)
    ]
    after = [
        by_start.get(mention.end + len(gap))
        for gap in _LIST_GAPS
        if text.startswith(gap, mention.end)
    ]
    return [m for m in (*before, *after) if m is not None]


def _curated_abroad(
    candidates: tuple[Known, ...], listed: list[Mention], main_country: str | None
) -> Known | None:
    """A curated namesake abroad, where the list it stands in names curated places abroad only.

    "routes to Ostrava, Bogotá and |Santiago|" in a story on Peru names Chile's capital, not a
    small Peruvian namesake; "Cusco, Puno and |Santiago|" stays at home.
    """
    if not main_country or any(
        m.known.geo is None or not m.known.geo.curated or m.known.country in (None, main_country)
        for m in listed
    ):
        return None
    return next(
        (
            c
            for c in candidates
            if c.geo is not None and c.geo.curated and c.country not in (None, main_country)
        ),
        None,
    )


def _listed_country(
    mention: Mention,
    by_start: dict[int, Mention],
    by_end: dict[int, Mention],
    text: str,
    main_country: str,
) -> str | None:
    """The country of a curated place next to an unlisted one in a list: "Ostrom and |Tarvel|".

    Not where the curated place has a namesake in the article's own country.
    """
    # the one before it first, else the one after
    neighbour = next(iter(_listed_among(mention, by_start, by_end, text)), None)
    if neighbour is None or neighbour.known.geo is None or not neighbour.known.geo.curated:
        return None
    known = neighbour.known
    if any(c.country == main_country for c in (known, *known.alternatives)):
        return None
    return known.country


def _outside_longer_names(
    mentions: list[tuple[Mention, int | None]], text: str
) -> list[tuple[Mention, int | None]]:
    """`mentions` without a place's name that is a word of a longer capitalised name.

    A ship ("the |Tarvel| Meridian"), a club ("|Tarvel| Red Imps"): the place's name before an
    ordinary word capitalised in a sentence; and a body's name the article gives elsewhere
    ("Rapid |Tarvel|'s coach" after "Rapid Tarvel"). Not in a title-case headline, where every
    word is capitalised. A place named by a body's first words alone ("Tarvel could face" after
    "Tarvel Red Imps") is left a place: "Tarvel's premier" after "Tarvel Labour Board" is one.
    And a small place's name that is the first or last word of a person's name the article
    gives ("Tarvel said" after "Jane Tarvel", "Tarvel Mei-lin"): the person, named short; not
    after a word that leads to a place ("in Tarvel", "Ostrom and Tarvel counties").
    """
    if not text:
        return mentions
    words_of_bodies = _words_of_bodies(
        m.surface for m, _ in mentions if m.known.type is _ORGANIZATION
    )
    people = _ends_of_people_names(mentions)
    heading_end = title_case_heading_end(text)
    kept = []
    for mention, offset in mentions:
        if (
            mention.known.geo is None
            or mention.start < heading_end
            or not (
                _before_an_ordinary_word(mention, text)
                or _after_an_initial(mention, text)
                or _word_of_body(mention, words_of_bodies, text)
                or (_named_short(mention, people, text) and not _sure_abroad(mention.known.geo))
            )
        ):
            kept.append((mention, offset))
    return kept


def _ends_of_people_names(mentions: list[tuple[Mention, int | None]]) -> frozenset[str]:
    """The first and last words of the names of people of two words or more."""
    ends: set[str] = set()
    for mention, _ in mentions:
        if mention.known.type is _PERSON:
            words = mention.known.name.split()
            if len(words) > 1:
                ends.update((words[0], words[-1]))
    return frozenset(ends)


def _named_short(mention: Mention, people: frozenset[str], text: str) -> bool:
    """Whether a place's name is the first or last word of a person's name, not led to."""
    return (
        mention.surface.removesuffix("'s").removesuffix("’s") in people
        and _TO_A_PLACE.search(text, max(0, mention.start - 12), mention.start) is None
    )


def _after_an_initial(mention: Mention, text: str) -> bool:
    """Whether a place's name follows a given name and an initial: "Jane Q. |Tarvel|"."""
    before = _GIVEN_NAME_AND_INITIAL.search(text, max(0, mention.start - 30), mention.start)
    return before is not None


def _before_an_ordinary_word(mention: Mention, text: str) -> bool:
    """Whether an ordinary word follows a place's name, capitalised as part of a name."""
    if mention.surface.endswith(("'s", "’s")):
        return False
    following = _NEXT_CAPITALISED.match(text, mention.end)
    if following is None:
        return False
    word = following.group(1).lower()
    return word in common_words() and word not in _PLACE_NOUNS and word not in _single_titles()


def _words_of_bodies(bodies: Iterable[str]) -> dict[str, list[tuple[str, int]]]:
    """Each word of the bodies' names, with every name it stands in and where it starts there.

    Built once per article: a place's name is then looked up by its first word, not searched
    in every body's name for every place.
    """
    starts: dict[str, list[tuple[str, int]]] = {}
    for body in dict.fromkeys(bodies):
        at = 0
        for word in body.split(" "):
            starts.setdefault(word, []).append((body, at))
            at += len(word) + 1
    return starts


def _word_of_body(
    mention: Mention, words_of_bodies: dict[str, list[tuple[str, int]]], text: str
) -> bool:
    """Whether a place's name is a word of a body's name written whole around it."""
    name = mention.surface.removesuffix("'s").removesuffix("’s")
    for body, at in words_of_bodies.get(name.split(" ", 1)[0], ()):
        end = at + len(name)
        if (
            len(body) > len(name)
            and body.startswith(name, at)
            and (end == len(body) or body[end] == " ")
            and mention.start >= at
            and text.startswith(body, mention.start - at)
        ):
            return True
    return False


@cache
def _single_titles() -> frozenset[str]:
    """One-word titles of people: "Tarvel Governor Jane Doe" keeps its place."""
    return frozenset(t for t in person_titles() if " " not in t)


def _cued_by_region(candidates: tuple[Known, ...], region: Mention | None) -> Known | None:
    """The namesake set off before a sure region of its own country: "Boulder, |Colorado|"."""
    if region is None or region.known.geo is None or not region.known.geo.curated:
        return None
    return next((c for c in candidates if c.country == region.known.country), None)


def _other_spellings(
    mentions: list[tuple[Mention, int | None]], text: str
) -> list[tuple[Mention, int | None]]:
    """Mentions with a place's other spelling, given right after it, made that place.

    "Khorog, also spelt |Khorugh|,": one town, though GeoNames lists the second spelling alone
    (and the first only as another name of it). Only a place's: "Jane Doe, also spelt ..." is
    left to the people's rules.
    """
    if not any(word in text for word in _SPELLING_WORDS):
        return mentions
    result = list(mentions)
    for i in range(1, len(result)):
        (first, _), (second, offset) = result[i - 1], result[i]
        if (
            first.known.type is _LOCATION
            and first.known.geo is not None
            and second.known.type is _LOCATION
            and not second.known.is_demonym
            and _OTHER_SPELLING.fullmatch(text, first.end, second.start) is not None
        ):
            result[i] = (replace(second, known=first.known), offset)
    return result


def _named_in_its_sentence(
    country: str | None, mention: Mention, mentions: list[tuple[Mention, int | None]], text: str
) -> bool:
    """Whether the sentence of a mention sets itself in `country`, by name, before it.

    "In Afghanistan's Badakhshan province, the authorities in |Faizabad| said": the Afghan
    town, spelled another way, not a town of the article's own country of that name. Not
    "lorries to Germany, and boats to |Nida|": a country named as a destination; nor where
    the sentence names another country after the town ("In Afghanistan, refugees said they
    came from |Faizabad| in Tajikistan", "... for Faizabad, the Tajik town").
    """
    if not text:
        return False
    for m, _ in mentions:
        if m.start >= mention.start:
            return False
        if (
            m.known.country == country
            and m.known.geo is None
            and not m.known.is_demonym
            and text.endswith(_SET_IN, 0, m.start)
            and mention.start - m.end <= _SAME_SENTENCE
            and _SENTENCE_END.search(text, m.end, mention.start) is None
        ):
            return not _another_country_in_sentence(country, mention.end, mentions, text)
    return False


def _reporting_authority(
    mention: Mention, mentions: list[tuple[Mention, int | None]], text: str
) -> str | None:
    """The country whose authorities, by demonym, report the mention in its sentence, if one.

    "Across the border, the Tarvelian ministry reported cases in |X|": of namesakes, X of
    Tarvelia, not of the article's own country; unless the sentence names another country.
    """
    country = None
    for m, _ in mentions:
        if m.start >= mention.start:
            break
        if (
            m.known.is_demonym
            and mention.start - m.end <= _SAME_SENTENCE
            and _AUTHORITY_AFTER.match(text, m.end)
            and _SENTENCE_END.search(text, m.end, mention.start) is None
        ):
            country = m.known.country
    if country is None or _another_country_in_sentence(country, mention.end, mentions, text):
        return None
    return country


def _another_country_in_sentence(
    country: str | None, start: int, mentions: list[tuple[Mention, int | None]], text: str
) -> bool:
    """Whether a country other than `country` is named from `start` to its sentence's end."""
    end = _SENTENCE_END.search(text, start)
    stop = len(text) if end is None else end.start()
    return any(
        start <= m.start < stop
        and m.known.geo is None
        and m.known.country is not None
        and m.known.country != country
        for m, _ in mentions
    )


def _own_namesakes(
    seen: list[Seen],
    mentions: list[tuple[Mention, int | None]],
    main_country: str | None,
    text: str = "",
) -> list[Seen]:
    """A small listed place abroad stays abroad only where its country is named near it.

    "A farmer from Ban Mai village" in a story on Laos that names Thailand paragraphs away is
    the Lao village, unlisted, not the Thai town: a namesake abroad is the one meant when the
    title, or the text around one of its mentions, names its country (or a sure place of it).
    Nor does a town abroad (a city short of the largest) stay abroad where the article lists it
    with its own country's places: "homes in Tarvel, Ostrom and Norwich" in a story set
    elsewhere names the neighbourhoods of one town.
    """
    listed, main_country = _listed_with_own(seen, text, mentions, main_country)
    abroad: defaultdict[tuple[str, str], list[Seen]] = defaultdict(list)
    for item in seen:
        geo = item.known.geo
        country = item.known.country
        if (
            geo is not None
            and country
            and geo.population
            and (not _sure_abroad(geo) or (item.known.name, country) in listed)
        ):
            abroad[item.known.name, country].append(item)
    if not abroad:
        return seen
    if main_country == "":
        main_country = _main_country(mentions)
    if not main_country:
        return seen
    near: defaultdict[str, list[int | None]] = defaultdict(list)  # country → where it is named
    for m, offset in mentions:
        geo = m.known.geo
        if m.known.country and (geo is None or _sure_abroad(geo)):
            if geo is not None and any(a.country == main_country for a in m.known.alternatives):
                continue  # "Toledo" in a story on Belize: perhaps its own, no sign of Spain
            near[m.known.country].append(None if offset is None else m.start)
    starts = {(m.surface, offset): m.start for m, offset in mentions}
    # A state that is only part of a city has no towns: the country around it holds them.
    home = {main_country, country_around(main_country)}
    for (name, country), items in abroad.items():
        named = near.get(country, [])
        if (name, country) not in listed and (
            country in home
            or None in named
            or any(
                _named_near(at, starts[item.surface, item.offset], text)
                for item in items
                for at in named
                if at is not None
            )
        ):
            continue
        for item in items:
            item.known = replace(item.known, country=main_country, geo=_UNLISTED, alternatives=())
    return seen


def _named_near(named_at: int, place_at: int, text: str) -> bool:
    """Whether a country's name stands near a place, in its paragraph.

    "buyers in Norway and Ostrom." ending one paragraph, "A fire in |Tarvel|" opening the
    next: a new paragraph, a new scene.
    """
    first, last = sorted((named_at, place_at))
    return last - first <= _NAMED_NEAR and text.find("\n", first, last) == -1


def _listed_with_own(
    seen: list[Seen], text: str, mentions: list[tuple[Mention, int | None]], main: str | None
) -> tuple[set[tuple[str, str]], str | None]:
    """Places abroad, short of the largest cities, listed next to a place of the main country.

    "in Tarvel, Ostrom and |Norwich|", "|Norwich| and Tarvel": one list, one country; not
    "between Tarvel and Norwich", which may join two. Returns the main country too, worked out
    here when a list needs it.
    """
    places = sorted((item for item in seen if item.known.geo is not None), key=lambda i: i.start)
    listed: set[tuple[str, str]] = set()
    for before, after in pairwise(places):
        if _LIST_SEPARATOR.fullmatch(
            text, before.start + len(before.surface), after.start
        ) is None or text.endswith("between ", 0, before.start):
            continue
        for item, other in ((before, after), (after, before)):
            geo, country = item.known.geo, item.known.country
            if (
                geo is not None
                and not geo.curated
                and geo.population < _LARGEST
                and country
                and other.known.country not in (None, country)
            ):
                if main == "":
                    main = _main_country(mentions)
                if other.known.country == main:
                    listed.add((item.known.name, country))
    return listed, main


def _main_country(mentions: list[tuple[Mention, int | None]]) -> str | None:
    """The country the article names most often, if one leads, or the one most of its places lie in.

    The one country its title names (by name or by a place with no namesake) first. Else by
    name, and once by each of its places (of namesakes, the surest in a country named): a story
    on Ecuador that quotes Washington often names more Ecuadorian towns; and a country with
    twice the places of any other (and at least twice `_TOWNS_TO_LEAD`) leads anyway; demonyms
    break a tie.
    """
    # By name: a demonym says where someone or something comes from ("French fishing boats
    # blockade the harbour"), not where the story is; it only breaks a tie.
    countries: Counter[str] = Counter(
        m.known.country
        for m, _ in mentions
        if m.known.country and m.known.geo is None and not m.known.is_demonym
    )
    demonyms: Counter[str] = Counter(
        m.known.country
        for m, _ in mentions
        if m.known.country and m.known.geo is None and m.known.is_demonym
    )
    # The title's country leads a tie; a place of the title with no namesake names its country
    # ("St. Croix residents protest" on a territory the body never names); only where the body
    # has a place of it too: "Abuja summit ends" over a story on Kenya is no Nigerian story.
    in_title = {  # each country once: the body is searched once for each
        m.known.country
        for m, offset in mentions
        if offset is None
        and m.known.country
        and not m.known.is_demonym
        and (m.known.geo is None or not m.known.alternatives)
        # A small town abroad met only by folding the title's spelling into its name names no
        # country: "|Tarvelabad|" over a story set elsewhere is no "Tarvelābād" abroad.
        and not _respelled_abroad(m.known, m.surface)
    }
    titled = {country for country in in_title if _has_a_place_in_body(country, mentions)}
    countries.update(c for c in titled if c not in countries)
    known_countries = set(countries) | set(demonyms)
    places = set()
    towns: Counter[str] = Counter()  # places only
    for m, _ in mentions:
        if m.known.geo is not None and m.known.name not in places:
            places.add(m.known.name)
            # A namesake of a larger place abroad is no sign: "Port Hamilton" is no town of
            # the United States because Bermuda's capital is not named. Nor is a name with
            # namesakes in two countries named, unless the surest is sure anywhere ("Rome"): a
            # town of each ("Stanley") is what the main country is to decide.
            surest = m.known.country if m.known.alternatives else None
            named_here = [
                c.country for c in (m.known, *m.known.alternatives) if c.country in known_countries
            ]
            country = named_here[0] if named_here else None
            if len(set(named_here)) > 1 and not _sure_abroad(m.known.geo):
                country = None
            if surest is not None and surest not in known_countries:
                country = None
            if country is not None:
                countries[country] += 1
                towns[country] += 1
    named = sorted(
        known_countries, key=lambda c: (countries[c], demonyms[c], towns[c]), reverse=True
    )[:2]
    if not named:
        return None
    # A title names the one country a story is set in, however often the body names others;
    # of two, the one it sets a place in: "Ostrom's Tarvel opens a ferry to Norway" is a story
    # on Ostrom, however many Norwegian ports it names.
    setting = titled if len(titled) == 1 else _titled_possessors(mentions) & titled
    if len(setting) == 1:
        return next(iter(setting))
    # A neighbour named at every step of a deal is not where the story's towns lie.
    (most, most_towns), (_, next_towns) = (*towns.most_common(2), ("", 0), ("", 0))[:2]
    if most_towns >= 2 * _TOWNS_TO_LEAD and most_towns >= 2 * next_towns:
        return most
    if len(named) == 2 and countries[named[0]] == countries[named[1]]:
        if len(titled & set(named)) == 1:
            return named[0] if named[0] in titled else named[1]
        first, second = towns[named[0]], towns[named[1]]
        leads = first > second and first >= _TOWNS_TO_LEAD
        return named[0] if leads or demonyms[named[0]] > demonyms[named[1]] else None
    return named[0]


def _has_a_place_in_body(country: str, mentions: list[tuple[Mention, int | None]]) -> bool:
    """Whether a mention of the body is of the country or has a namesake there.

    Looked for country by country, the few a title names: most stop at the body's first
    mentions, not reading every namesake of every place.
    """
    return any(
        c.country == country
        for m, offset in mentions
        if offset is not None
        for c in (m.known, *m.known.alternatives)
    )


def _titled_possessors(mentions: list[tuple[Mention, int | None]]) -> set[str]:
    """Countries the title names in the possessive right before a place: "Ostrom's |Tarvel|"."""
    title = [m for m, offset in mentions if offset is None]
    return {
        owner.known.country
        for owner, place in pairwise(title)
        if owner.known.country
        and owner.known.geo is None
        and not owner.known.is_demonym
        and owner.surface.endswith(_POSSESSIVES)
        and place.start == owner.end + 1
        and place.known.geo is not None
    }


def _respelled_abroad(known: Known, surface: str) -> bool:
    """Whether a small listed town is met only by folding another spelling into its name.

    Not by another name of it ("Elías Piña" for Comendador): that one is listed as written.
    """
    geo = known.geo
    if surface == known.name or geo is None or geo.curated or geo.population >= _ABROAD:
        return False
    words, own = surface.split(), known.name.split()
    return name_key(words) == name_key(own) and list(map(plain, words)) != list(map(plain, own))


def _folded_from_curated(namesake: Known, surest: Known, surface: str) -> bool:
    """Whether a namesake is met only by a spelling fold where a curated place is as written.

    "Tarvelburg" is the curated city of that spelling, not a small "Tarvelburgh" of the
    article's own country that the fold also meets.
    """
    return (
        surest.geo is not None
        and surest.geo.curated
        and _as_written(surest.name, surface)
        and not _as_written(namesake.name, surface)
    )


def _as_written(name: str, surface: str) -> bool:
    """Whether a name is the surface's words as written (case, accents, hyphens aside)."""
    return list(map(written, _WORD_GAP.split(name))) == list(map(written, _WORD_GAP.split(surface)))


def _sure_abroad(geo: Geo) -> bool:
    """Whether a place is sure even where the article names no country of its own."""
    return not geo.needs_cue and (geo.curated or geo.population >= _ABROAD)


# One group's surface forms (one per mention, title included) and body offsets.
_Group = tuple[list[str], list[int]]


def outside_names(seen: list[Seen], mentions: list[Mention]) -> list[Seen]:
    """`seen` without the countries named inside an organisation's name, which name no country.

    "Bank of Ghana", "Norwegian Refugee Council", "United States Coast Guard": the country is a
    word of the name. A country's initials before the name are its own mention: "U.S. Army"
    (tests/gold/CONVENTIONS.md, "Tagging"); not joined to the next word: "US-China Business
    Council" names two countries as words of its name. Such a country is left out of the
    countries and the entities only: its mention has served as a cue to resolve the places.
    """
    names = [(m.start, m.end, m.surface) for m in mentions if m.known.type is _ORGANIZATION]
    if not names:
        return seen
    inside = {
        m.start
        for m in mentions
        if m.known.type is _LOCATION
        and m.known.geo is None
        and any(
            start <= m.start
            and m.end <= end
            and not (
                m.start == start
                and _initials(m.surface)
                and surface[m.end - start : m.end - start + 1] == " "
            )
            for start, end, surface in names
        )
    }
    if not inside:
        return seen
    return [
        s
        for s in seen
        if not (s.start in inside and s.known.type is _LOCATION and s.known.geo is None)
    ]


def _initials(surface: str) -> bool:
    """Whether a country is written by its initials: "U.S.", "UK", "UAE"."""
    letters = surface.replace(".", "")
    return len(letters) > 1 and letters.isupper()


def to_entities(seen: list[Seen]) -> list[Entity]:
    """One entity per canonical name, most mentioned first; demonyms only name a country."""
    groups: dict[tuple[str, str], _Group] = {}  # the type is an EntityType, a str
    # A person or organisation found under two spellings of one name ("Ġużeppi Mifsud", then
    # "Guzeppi Mifsud"): one entity, named as first found.
    first_names: dict[tuple[str, str], str] = {}
    named_as: dict[str, str] = {}  # each name's first spelling, worked out once per name
    for item in seen:
        known = item.known
        if known.is_demonym:
            continue
        name = known.name
        if known.type is not _LOCATION:
            first = named_as.get(name)
            if first is None:
                key = (name_key(name.split()), known.type)
                first = named_as[name] = first_names.setdefault(key, name)
            name = first
        _add(groups, (name, known.type), item)
    return _ENTITIES.validate_python(
        [
            {
                "name": name,
                "type": entity_type,
                "mentions": len(surfaces),
                "surface_forms": list(dict.fromkeys(surfaces)),
                "offsets": sorted(offsets),
            }
            for (name, entity_type), (surfaces, offsets) in sorted(groups.items(), key=_most_first)
        ]
    )


def to_places(seen: list[Seen]) -> list[Place]:
    """One place per name and country, most mentioned first."""
    groups: dict[tuple[str, str], _Group] = {}
    geos: dict[tuple[str, str], Geo] = {}
    for item in seen:
        known = item.known
        if known.geo is not None and known.country:
            key = (known.name, known.country)
            geos.setdefault(key, known.geo)
            _add(groups, key, item)
    return _PLACES.validate_python(
        [
            {
                "name": name,
                "geonames_id": geos[name, country].geonames_id,
                "country": country,
                "latitude": geos[name, country].latitude,
                "longitude": geos[name, country].longitude,
                "mentions": len(surfaces),
                "surface_forms": list(dict.fromkeys(surfaces)),
                "offsets": sorted(offsets),
            }
            for (name, country), (surfaces, offsets) in sorted(groups.items(), key=_most_first)
        ]
    )


def _add(groups: dict[tuple[str, str], _Group], key: tuple[str, str], item: Seen) -> None:
    group = groups.get(key)
    if group is None:
        group = groups[key] = ([], [])
    group[0].append(item.surface)
    if item.offset is not None:
        group[1].append(item.offset)


def _most_first(group: tuple[tuple[str, str], _Group]) -> tuple[int, tuple[str, str]]:
    return -len(group[1][0]), group[0]
