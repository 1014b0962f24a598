"""Batch mode: the stream's stages over files, no Kafka, one event per input article in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from newsstream.core import dedup
from newsstream.core.codec import encode
from newsstream.core.deadletter import Origin, dead_letter
from newsstream.core.dedup import FingerprintMemory
from newsstream.core.models import DeadLetter, EnrichedArticle, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.errors import InputError
from newsstream.sources import article_files, read_article


def enrich_articles(
    articles: Iterable[RawArticle],
    enricher: Enricher | None = None,
    memory: FingerprintMemory | None = None,
) -> Iterator[EnrichedArticle | DeadLetter]:
    """Clean, deduplicate and tag articles in order, exactly as the stream processor does.

    An article that cannot be processed yields a dead letter, as it would on the stream.
    """
    enricher = enricher or Enricher()
    memory = {} if memory is None else memory
    for raw in articles:
        try:
            cleaned = enricher.clean(raw)
        except InputError as error:
            yield dead_letter(error, "clean", Origin(value=encode(raw)))
            continue
        decision = dedup.decide(cleaned.article_id, cleaned.body, memory)
        yield enricher.enrich(cleaned, decision, processed_at=datetime.now(UTC))
        dedup.remember(cleaned.article_id, decision, memory)


def enrich_paths(paths: Iterable[Path]) -> Iterator[EnrichedArticle | DeadLetter]:
    """Enrich every article file under `paths` (folders sorted by file name)."""
    return enrich_articles(read_article(path) for path in article_files(paths))
