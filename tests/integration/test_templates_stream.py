"""Template learning in the stream: a source's recurring short lines become its furniture.

No furniture rule knows the two lines below; only the per-source counts in the processor's
templates table can tell them from a crosshead.
"""

import asyncio
import subprocess
import time
import uuid
from datetime import UTC, datetime

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from newsstream.consumer import OutputReader
from newsstream.core.codec import encode
from newsstream.core.models import EnrichedArticle, RawArticle
from newsstream.corpus import generate
from newsstream.errors import ConfigurationError
from newsstream.kafka.admin import ensure_topics, partition_counts
from newsstream.kafka.clients import client_options
from newsstream.metrics import scrape
from newsstream.settings import Settings
from tests.conftest import metrics_url

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# Lines that read like crossheads: a title-cased site name in mid-story is taken by the line
# model on its shape alone, and then another site's copy would lose it too.
SITE_LINES = ["Voices from the harbour front", "What the island council decided"]
SOURCE = "harbour-gazette"
# Each partition counts the articles it sees: 80 keys over 4 partitions put at least the
# learner's 5 on every partition (fewer than 5 of 80 is a 4-sigma event).
LEARNING_ARTICLES = 80
LATER_ARTICLES = 8
OUTPUT_TIMEOUT = 90.0
DEDUP_TOPICS = (
    "dedup",
    "roots-changelog",
    "band-roots-changelog",
    "lock-holds-changelog",
    "published-changelog",
)


def with_site_lines(text: str) -> str:
    """The story with the site's two lines in the middle, where they read like crossheads."""
    blocks = text.split("\n\n")
    middle = len(blocks) // 2
    return "\n\n".join([*blocks[:middle], *SITE_LINES, *blocks[middle:]])


def raw_articles(texts: list[str], source: str) -> list[RawArticle]:
    return [
        RawArticle(
            article_id=uuid.uuid4().hex,
            source=source,
            received_at=datetime.now(UTC),
            text=with_site_lines(text),
        )
        for text in texts
    ]


async def send_and_collect(
    settings: Settings, articles: list[RawArticle]
) -> dict[str, EnrichedArticle]:
    """Send raw articles; return the output event of each, by article id."""
    reader = OutputReader(settings, [settings.enriched_topic, settings.duplicates_topic])
    await reader.start()
    producer = AIOKafkaProducer(**client_options(settings), acks="all")
    await producer.start()
    try:
        for article in articles:
            key = article.article_id.encode()
            await producer.send_and_wait(settings.raw_topic, value=encode(article), key=key)
        waiting = {article.article_id for article in articles}
        events: dict[str, EnrichedArticle] = {}
        deadline = time.monotonic() + OUTPUT_TIMEOUT
        while waiting and time.monotonic() < deadline:
            async for item in reader.events(timeout=1.0):
                if isinstance(item.event, EnrichedArticle):
                    events[item.event.article_id] = item.event
                    waiting.discard(item.event.article_id)
        assert not waiting, f"{len(waiting)} articles produced no output"
        return events
    finally:
        await producer.stop()
        await reader.stop()


async def cleanup_policy(settings: Settings, topic: str) -> str:
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        resource = ConfigResource(ConfigResourceType.TOPIC, topic)
        (response,) = await admin.describe_configs([resource])
    finally:
        await admin.close()
    (*_, entries) = response.resources[0]
    return next(str(value) for name, value, *_ in entries if name == "cleanup.policy")


def test_the_changelogs_exist_compacted_and_a_sources_recurring_lines_become_its_template(
    settings: Settings, processor: subprocess.Popen[bytes]
) -> None:
    # Before any input (the processor made them as it started; one processor start for both).
    changelog = f"{settings.app_id}-templates-changelog"
    assert asyncio.run(partition_counts(settings, [changelog])) == {changelog: 4}
    assert asyncio.run(cleanup_policy(settings, changelog)) == "compact"
    # The dedup topic and its tables' changelogs: NEWSSTREAM_DEDUP_PARTITIONS, not 4.
    dedup = [f"{settings.app_id}-{name}" for name in DEDUP_TOPICS]
    assert asyncio.run(partition_counts(settings, dedup)) == dict.fromkeys(dedup, 1)

    texts = list(generate(LEARNING_ARTICLES + LATER_ARTICLES + 1, seed=11)[0].values())
    learning = raw_articles(texts[:LEARNING_ARTICLES], SOURCE)
    later = raw_articles(texts[LEARNING_ARTICLES:-1], SOURCE)
    other_site = raw_articles(texts[-1:], "another-site")

    first = asyncio.run(send_and_collect(settings, learning))
    kept_at_first = [e for e in first.values() if SITE_LINES[0] in e.body]
    assert kept_at_first, "the lines were removed before anything was learned"

    afterwards = asyncio.run(send_and_collect(settings, later + other_site))
    for article in later:
        event = afterwards[article.article_id]
        assert all(line not in event.body for line in SITE_LINES)
        removed = {(r.text, r.rule) for r in event.removed}
        assert {(line, "template") for line in SITE_LINES} <= removed
    # Templates are learned per source: another site's same lines are still its story.
    assert all(line in afterwards[other_site[0].article_id].body for line in SITE_LINES)

    samples = scrape(metrics_url(settings))
    hits = samples.get('newsstream_cleaning_removed_lines_total{rule="template"}', 0.0)
    assert hits >= 2 * LATER_ARTICLES


def test_a_topic_made_with_another_partition_count_is_refused(settings: Settings) -> None:
    topic = f"{settings.app_id}-dedup"
    assert topic in asyncio.run(ensure_topics(settings, {topic: 4}))
    with pytest.raises(ConfigurationError, match=f"{topic} has 4 partitions.*make it 1"):
        asyncio.run(ensure_topics(settings, {topic: 1}))
    assert asyncio.run(ensure_topics(settings, {topic: 4})) == []
