"""Tag counts on the processor's metrics (services/newsstream/metrics.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from prometheus_client import CollectorRegistry

from newsstream.core.dedup import DedupDecision
from newsstream.core.models import CleanedArticle, EnrichedArticle
from newsstream.core.pipeline import Enricher
from newsstream.metrics import TAG_KINDS, ProcessorMetrics, tag_counts

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def enriched(body: str, title: str | None = None) -> EnrichedArticle:
    cleaned = CleanedArticle(
        article_id="a1",
        source="test",
        received_at=NOW,
        title=title,
        body=body,
        credits=[],
        removed=[],
    )
    return Enricher().enrich(cleaned, DedupDecision(fingerprint="f1"), NOW)


def sample(metrics: ProcessorMetrics, name: str, **labels: str) -> float:
    value = metrics.registry.get_sample_value(name, labels)
    assert value is not None
    return value


def test_tag_counts_per_kind() -> None:
    article = enriched(
        "Prime Minister Nikol Pashinyan met Vladimir Putin in Sochi on 9 November 2021. "
        "Six soldiers were killed in clashes with Azerbaijan, the UN said."
    )
    assert tag_counts(article) == {
        "people": 2,
        "organisations": 1,
        "places": 1,
        "countries": 2,
        "topics": len(article.topics),
        "key_facts": 1,
        "dates": 1,
    }


def test_count_tags_adds_per_kind_and_counts_untagged_articles() -> None:
    metrics = ProcessorMetrics(CollectorRegistry())
    assert all(sample(metrics, "newsstream_tags_total", kind=k) == 0 for k in TAG_KINDS)
    metrics.count_tags(enriched("Talks in Brussels and Sochi ended without a deal."))
    metrics.count_tags(enriched("it rained all day and nobody went out."))
    assert sample(metrics, "newsstream_tags_total", kind="places") == 2
    assert sample(metrics, "newsstream_tags_total", kind="countries") == 2
    assert sample(metrics, "newsstream_untagged_articles_total") == 1
