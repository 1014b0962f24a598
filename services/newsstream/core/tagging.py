"""Tagging: the people, organisations, places, countries, topics and language of an article."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from newsstream.core.gazetteer import Gazetteer, Mention, default_gazetteer
from newsstream.core.language import detect_language
from newsstream.core.models import Entity, EntityType, Topic
from newsstream.core.topics import TopicScorer, default_topic_scorer


@dataclass(frozen=True, slots=True)
class Tags:
    """Everything the tagger found in one article."""

    language: str | None
    entities: list[Entity]
    countries: list[str]
    topics: list[Topic]


class Tagger:
    """Tags articles with a gazetteer and a topic vocabulary built once at start-up."""

    def __init__(self, gazetteer: Gazetteer, topics: TopicScorer) -> None:
        self._gazetteer = gazetteer
        self._topics = topics

    def tag(self, title: str | None, body: str) -> Tags:
        """Tag one cleaned article (its title counts as text too)."""
        text = f"{title}\n\n{body}" if title else body
        mentions = self._gazetteer.find(text)
        return Tags(
            language=detect_language(body),
            entities=_entities(mentions),
            countries=sorted({m.known.country for m in mentions if m.known.country}),
            topics=self._topics.score(text),
        )


def _entities(mentions: list[Mention]) -> list[Entity]:
    """One entity per canonical name, most mentioned first; demonyms only name a country."""
    counts: Counter[tuple[str, EntityType]] = Counter(
        (m.known.name, m.known.type) for m in mentions if not m.known.is_demonym
    )
    return [
        Entity(name=name, type=entity_type, mentions=count)
        for (name, entity_type), count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
    ]


def default_tagger() -> Tagger:
    """A tagger over the data files shipped with newsstream."""
    return Tagger(default_gazetteer(), default_topic_scorer())
