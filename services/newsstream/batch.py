"""Batch mode: the stream's stages over files, no Kafka, one event per input article in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsstream.core import dedup
from newsstream.core.codec import encode
from newsstream.core.deadletter import Origin, dead_letter
from newsstream.core.dedup import DedupDecision, DedupMemory, DedupPolicy
from newsstream.core.models import CleanedArticle, DeadLetter, EnrichedArticle, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.errors import InputError
from newsstream.settings import get_settings
from newsstream.sources import article_files, read_article


@dataclass(frozen=True, slots=True)
class Judged:
    """A cleaned article and what deduplication decided about it."""

    cleaned: CleanedArticle
    decision: DedupDecision


def judge_articles(
    articles: Iterable[RawArticle],
    enricher: Enricher | None = None,
    memory: DedupMemory | None = None,
    policy: DedupPolicy | None = None,
) -> Iterator[Judged | DeadLetter]:
    """Clean and deduplicate articles in order, as the stream does, with in-memory state.

    An article is remembered once the caller asks for the next one (the stream remembers it
    once its event is published). A redelivered article, already remembered under its own id,
    is skipped as the stream skips it. An article that cannot be cleaned yields a dead letter.
    """
    enricher = enricher or Enricher()
    memory = DedupMemory() if memory is None else memory
    policy = policy or get_settings().dedup_policy()
    for raw in articles:
        try:
            cleaned = enricher.clean(raw)
        except InputError as error:
            yield dead_letter(error, "clean", Origin(value=encode(raw)))
            continue
        sketch = dedup.sketch_article(
            cleaned.article_id, cleaned.received_at, cleaned.body, policy.hasher
        )
        decision = dedup.decide(sketch, memory, policy)
        if decision.redelivery:
            continue
        yield Judged(cleaned, decision)
        dedup.remember(sketch, decision, memory)


def enrich_articles(
    articles: Iterable[RawArticle],
    enricher: Enricher | None = None,
    memory: DedupMemory | None = None,
    policy: DedupPolicy | None = None,
) -> Iterator[EnrichedArticle | DeadLetter]:
    """Clean, deduplicate and tag articles in order, exactly as the stream processor does."""
    enricher = enricher or Enricher()
    for item in judge_articles(articles, enricher, memory, policy):
        if isinstance(item, DeadLetter):
            yield item
        else:
            yield enricher.enrich(item.cleaned, item.decision, processed_at=datetime.now(UTC))


def read_paths(paths: Iterable[Path]) -> Iterator[RawArticle]:
    """Every article file under `paths` (folders sorted by file name) as a raw article."""
    return (read_article(path) for path in article_files(paths))


def enrich_paths(paths: Iterable[Path]) -> Iterator[EnrichedArticle | DeadLetter]:
    """Enrich every article file under `paths` (folders sorted by file name)."""
    return enrich_articles(read_paths(paths))
