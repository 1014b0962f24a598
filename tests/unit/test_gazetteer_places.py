"""The gazetteer's GeoNames places (services/newsstream/core/gazetteer.py), indexed lazily.

Places are given as (index key, place) pairs and become `Known` entries when first looked up;
a lookup must give what indexing them up front gave: earlier entries win, and places of other
countries are the first place's alternatives.
"""

from __future__ import annotations

from newsstream.core.gazetteer import Gazetteer, Known, index_key
from newsstream.core.models import EntityType
from newsstream.core.places import Geo, PlaceEntry

LOC = EntityType.LOCATION


def place(surface: str, country: str, geonames_id: int) -> PlaceEntry:
    return PlaceEntry(surface, surface, country, Geo(geonames_id, 1.0, 2.0, 50_000), True)


def gazetteer(entries: list[tuple[str, Known]], places: list[PlaceEntry]) -> Gazetteer:
    return Gazetteer(entries, [], places=[(index_key(p.surface), p) for p in places])


def test_first_place_of_a_name_has_the_others_countries_as_alternatives() -> None:
    places = [place("Paris", "FR", 1), place("Paris", "US", 2), place("Paris", "FR", 3)]
    found = gazetteer([], places).find("Talks in Paris ended.")
    assert len(found) == 1
    known = found[0].known
    assert (known.country, known.geo and known.geo.geonames_id) == ("FR", 1)
    # The second French Paris is no alternative: one per country, the first.
    assert [(a.country, a.geo and a.geo.geonames_id) for a in known.alternatives] == [("US", 2)]


def test_listed_entry_wins_over_places_that_follow_it() -> None:
    listed = Known("Georgia", LOC, "GE")  # a country's name: no place, no alternatives
    found = gazetteer([("Georgia", listed)], [place("Georgia", "US", 4)]).find("In Georgia.")
    assert [m.known for m in found] == [listed]


def test_places_count_once_with_the_entries_that_share_their_keys() -> None:
    places = [place("Lyon", "FR", 5), place("Lyon", "US", 6), place("Nice", "FR", 7)]
    assert len(gazetteer([("Nice", Known("Nice", LOC, "FR"))], places)) == 2


def test_a_listed_region_named_like_a_word_is_one_before_its_division_noun() -> None:
    region = PlaceEntry("Hope", "Hope", "KE", Geo(None, None, None, 0, curated=True), True)
    small = Gazetteer([], [], frozenset({"hope"}), [(index_key("Hope"), region)])
    assert [m.known.name for m in small.find("Rain fell in the Hope region.")] == ["Hope"]
    assert small.find("There is Hope now.") == []


def test_a_place_named_with_of_inside_is_one_place_not_its_last_word() -> None:
    spain = Known("Spain", LOC, "ES")
    places = [place("Port of Spain", "TT", 5)]
    found = gazetteer([("Spain", spain)], places).find(
        "Prices in Port of Spain rose, not in Spain."
    )
    assert [(m.surface, m.known.country) for m in found] == [
        ("Port of Spain", "TT"),
        ("Spain", "ES"),
    ]


def test_of_between_names_that_make_no_place_leaves_them_apart() -> None:
    england = Known("England", LOC, "GB")
    found = gazetteer([("England", england)], []).find("The Bank of England said so.")
    assert [m.surface for m in found if m.known.type is LOC] == ["England"]


def test_a_namesake_spelled_as_the_text_spells_it_comes_before_one_it_only_folds_to() -> None:
    # "Kharvel" and "Harvel" fold to one key; the larger is listed first.
    places = [place("Kharvel", "IR", 8), place("Harvel", "BE", 9)]
    found = gazetteer([], places).find("The fair in Harvel opened, as did one in Kharvel.")
    assert [
        (m.surface, m.known.country, [a.country for a in m.known.alternatives]) for m in found
    ] == [
        ("Harvel", "BE", ["IR"]),
        ("Kharvel", "IR", ["BE"]),
    ]
