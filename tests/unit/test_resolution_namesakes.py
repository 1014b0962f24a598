"""Which of a name's namesakes the resolver picks: the article's country over abroad, unless the
text says abroad, and a name as written over a spelling fold.

Every place and country here is invented, built as the gazetteer would know it.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from newsstream.core.gazetteer import Known, Mention
from newsstream.core.models import EntityType
from newsstream.core.places import Geo
from newsstream.core.resolution import resolve_places

_LOCATION = EntityType.LOCATION
_COUNTRIES = {"Ostria": "OS", "Norvia": "NV"}
_DEMONYMS = {"Norvian": "NV"}


def _place(name: str, country: str, population: int, *, curated: bool = False) -> Known:
    return Known(name, _LOCATION, country, geo=Geo(1, 0.0, 0.0, population, curated=curated))


def _namesakes(name: str, first: tuple[str, int], other: tuple[str, int]) -> Known:
    """A place of one name in two countries, the first the surest: (country, population)."""
    return replace(_place(name, *first), alternatives=(_place(name, *other),))


def _resolve(title: str, body: str, places: dict[str, Known]) -> list[tuple[str, str | None]]:
    """The places resolved in a text, the gazetteer being `places` and two countries."""
    head = f"{title}.\n\n"
    text = head + body
    known = (
        {name: Known(name, _LOCATION, code) for name, code in _COUNTRIES.items()}
        | {name: Known(name, _LOCATION, code, is_demonym=True) for name, code in _DEMONYMS.items()}
        | places
    )
    pattern = re.compile("|".join(sorted(map(re.escape, known), key=len, reverse=True)))
    mentions = []
    for m in pattern.finditer(text):
        surface = m.group() + ("'s" if text.startswith("'s", m.end()) else "")
        mention = Mention(known[m.group()], m.start(), m.start() + len(surface), surface)
        mentions.append((mention, None if m.start() < len(head) else m.start() - len(head)))
    seen = resolve_places(mentions, text)
    return [(s.surface, s.known.country) for s in seen if s.known.geo is not None]


def test_the_title_country_a_place_is_set_in_leads() -> None:
    ports = {name: _place(name, "NV", 200_000) for name in ("Varnholm", "Kessport", "Lindau Bay")}
    # Tarvel: a town of each country, the Norvian one first.
    tarvel = _namesakes("Tarvel", ("NV", 20_000), ("OS", 15_000))
    body = (
        "Ostria has a new ferry to Varnholm. It calls at Kessport and Lindau Bay too.\n\n"
        "Ostria's port authority said Norvia had agreed. Ostria expects trade.\n\n"
        "Ships from Norvia will call at Varnholm and at Tarvel weekly."
    )
    resolved = _resolve(
        "Ostria's Tarvel opens ferry line to Norvia", body, ports | {"Tarvel": tarvel}
    )
    assert ("Tarvel", "OS") in resolved


def test_a_curated_city_as_written_beats_a_folded_namesake_at_home() -> None:
    city = Known(
        "Tarvelbourg",
        _LOCATION,
        "NV",
        geo=Geo(3, 0.0, 0.0, 250_000, curated=True),
        alternatives=(_place("Tarvelburg", "OS", 6_000),),
    )
    body = "Ostria's court ruled on Monday. The case goes to Tarvelbourg next, lawyers said."
    assert ("Tarvelbourg", "NV") in _resolve("Ostria court rules", body, {"Tarvelbourg": city})


def test_a_country_named_in_another_paragraph_does_not_vouch_for_a_small_town() -> None:
    town = _place("Kessmoor", "NV", 8_000)
    body = (
        "Ostria's police raided offices on Monday. Lists of buyers in Norvia were found.\n\n"
        "A suspect was caught in Kessmoor, police said."
    )
    assert ("Kessmoor", "OS") in _resolve("Ostria raids", body, {"Kessmoor": town})
    # In its paragraph, it does.
    near = body.replace(".\n\nA suspect", ". A suspect")
    assert ("Kessmoor", "NV") in _resolve("Ostria raids", near, {"Kessmoor": town})


def test_a_border_town_lies_on_the_side_the_text_names() -> None:
    town = _namesakes("Kessmoor", ("OS", 60_000), ("NV", 50_000))
    body = "The firm owns mills in Ostria and one in Kessmoor on the Norvian side of the border."
    assert ("Kessmoor", "NV") in _resolve("Ostria mill sold", body, {"Kessmoor": town})


@pytest.mark.parametrize(
    ("reporter", "country"),
    [
        ("the Norvian health ministry", "NV"),
        # A traveller from there is no such cue.
        ("a Norvian tourist", "OS"),
    ],
)
def test_a_demonym_s_authorities_report_on_their_own_namesake(reporter: str, country: str) -> None:
    town = _namesakes("Kessmoor", ("OS", 40_000), ("NV", 30_000))
    body = f"Ostria said cases rose. Across the river, {reporter} reported cases in Kessmoor."
    assert ("Kessmoor", country) in _resolve("Ostria outbreak", body, {"Kessmoor": town})


def test_a_small_town_abroad_met_by_a_spelling_fold_in_the_title_sets_no_story() -> None:
    # A Norvian town spelled with a "j", which the title's "Kaibabad" only folds into;
    # and a village the gazetteer lacks, which lies in the story's own country.
    places = {
        "Kaibabad": _place("Kajībābād", "NV", 40_000),
        "Korvi": Known("Korvi", _LOCATION, None, geo=Geo(None, None, None, 0)),
    }
    body = (
        "Ostria began work on a road on Monday. Ostria's ministry said it would take a year.\n\n"
        "Villagers in Korvi and Kaibabad welcomed it. Ostria has few roads."
    )
    resolved = _resolve("Road work starts near Kaibabad", body, places)
    assert ("Korvi", "OS") in resolved
    assert all(country != "NV" for _, country in resolved)
