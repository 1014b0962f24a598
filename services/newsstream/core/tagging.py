"""Tagging: the people, organisations, places, countries, topics, key facts and language."""

from __future__ import annotations

from dataclasses import dataclass

from newsstream.core.districts import districts, find_districts
from newsstream.core.gazetteer import Gazetteer, default_gazetteer, whole_country_names
from newsstream.core.keyfacts import dates, key_facts
from newsstream.core.language import detect_language
from newsstream.core.localities import compass_quarters, find_localities
from newsstream.core.models import DateMention, Entity, KeyFact, Place, Topic
from newsstream.core.occupations import find_people_by_occupation
from newsstream.core.organisations import find_organisations
from newsstream.core.resolution import outside_names, resolve_places, to_entities, to_places
from newsstream.core.smalltowns import find_small_towns, small_towns
from newsstream.core.topics import TopicScorer, default_topic_scorer


@dataclass(frozen=True, slots=True)
class Tags:
    """Everything the tagger found in one article."""

    language: str | None
    entities: list[Entity]
    countries: list[str]
    places: list[Place]
    topics: list[Topic]
    key_facts: list[KeyFact]
    dates: list[DateMention]


class Tagger:
    """Tags articles with a gazetteer and a topic vocabulary built once at start-up."""

    def __init__(self, gazetteer: Gazetteer, topics: TopicScorer) -> None:
        self._gazetteer = gazetteer
        self._topics = topics

    def tag(self, title: str | None, body: str) -> Tags:
        """Tag one cleaned article; the title counts, offsets point into the body."""
        # One text, so that names chain across title and body: "Benfica forward Jane Doe" in
        # the title says the body's "Benfica" is the club. The full stop keeps them sentences.
        head = f"{title}.\n\n" if title else ""
        text = head + body
        mentions = whole_country_names(text, self._gazetteer.find(text))
        mentions = find_organisations(text, mentions)
        mentions = find_people_by_occupation(text, mentions)
        mentions = find_localities(text, mentions)
        mentions = find_small_towns(text, mentions, len(head))
        mentions = compass_quarters(text, find_districts(text, mentions))
        seen = resolve_places(
            [(m, None if m.start < len(head) else m.start - len(head)) for m in mentions], text
        )
        seen = outside_names(seen, mentions)
        return Tags(
            language=detect_language(body),
            entities=to_entities(seen),
            countries=sorted({s.known.country for s in seen if s.known.country}),
            places=to_places(seen),
            topics=self._topics.score(f"{title}\n\n{body}" if title else body),
            key_facts=key_facts(body),
            dates=dates(body),
        )


def default_tagger() -> Tagger:
    """A tagger over the data files shipped with newsstream."""
    small_towns()  # read at start-up, not at a worker's first article
    districts()
    return Tagger(default_gazetteer(), default_topic_scorer())
