"""Tagging (services/newsstream/core/tagging.py): entities, countries, topics and language."""

from __future__ import annotations

import pytest

from newsstream.core.models import Entity, EntityType
from newsstream.core.tagging import Tags, default_tagger

TITLE = "Chile and Argentina agree lithium pact at Santiago summit"
BODY = """Chilean and Argentine negotiators agreed on Friday to coordinate lithium exports, ending \
two days of talks in Santiago between the neighbouring countries.

President Gabriel Boric hosted Argentine President Javier Milei at the presidential palace, where \
the two leaders signed a joint declaration on mining, border crossings and trade.

Boric said the agreement would help both economies. Milei told reporters that Argentina wanted \
closer ties with Chile and with Brazil, and that foreign ministers would meet again in Buenos \
Aires in June.

The summit was the first bilateral visit by an Argentine head of state to Chile since 2019, \
diplomats said."""


@pytest.fixture(scope="module")
def tags() -> Tags:
    return default_tagger().tag(TITLE, BODY)


def test_countries_are_a_sorted_list_of_alpha_2_codes(tags: Tags) -> None:
    assert tags.countries == ["AR", "BR", "CL"]


def test_entities_are_merged_by_canonical_name_with_mention_counts(tags: Tags) -> None:
    assert tags.entities == [
        Entity(name="Chile", type=EntityType.LOCATION, mentions=3),
        Entity(name="Argentina", type=EntityType.LOCATION, mentions=2),
        Entity(name="Gabriel Boric", type=EntityType.PERSON, mentions=2),
        Entity(name="Javier Milei", type=EntityType.PERSON, mentions=2),
        Entity(name="Santiago", type=EntityType.LOCATION, mentions=2),
        Entity(name="Brazil", type=EntityType.LOCATION, mentions=1),
        Entity(name="Buenos Aires", type=EntityType.LOCATION, mentions=1),
    ]


def test_entities_sorted_by_mentions_then_name(tags: Tags) -> None:
    keys = [(-e.mentions, e.name) for e in tags.entities]
    assert keys == sorted(keys)


def test_demonyms_count_for_countries_but_not_as_entities() -> None:
    body = (
        "Peruvian fishermen and Bolivian traders protested at the border on Monday, "
        "saying the new customs rules would ruin the market towns along the lake."
    )
    tags = default_tagger().tag(None, body)
    assert tags.countries == ["BO", "PE"]
    assert tags.entities == []


def test_title_counts_as_text(tags: Tags) -> None:
    without_title = default_tagger().tag(None, BODY)
    chile = {e.name: e.mentions for e in without_title.entities}["Chile"]
    assert chile == 2
    assert {e.name: e.mentions for e in tags.entities}["Chile"] == 3


def test_topics_are_found(tags: Tags) -> None:
    assert tags.topics
    assert tags.topics[0].label == "diplomacy"
    assert all(0.0 < t.score <= 1.0 for t in tags.topics)


def test_language_is_english(tags: Tags) -> None:
    assert tags.language == "en"


def test_language_comes_from_the_body() -> None:
    body = (
        "Los negociadores de Chile y Argentina acordaron el viernes coordinar las exportaciones "
        "de litio, tras dos días de conversaciones en Santiago."
    )
    tags = default_tagger().tag("Chile and Argentina agree lithium pact", body)
    assert tags.language == "es"
    assert tags.countries == ["AR", "CL"]


def test_article_with_nothing_to_tag() -> None:
    tags = default_tagger().tag(None, "The bakery on the corner sold out of bread by noon again.")
    assert tags.entities == []
    assert tags.countries == []
    assert tags.topics == []
    assert tags.language == "en"
