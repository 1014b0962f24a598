"""The pipeline end to end on a real broker: replay → processor process → output topics."""

import asyncio
import base64
import subprocess
import time
from pathlib import Path

import pytest

from newsstream.batch import enrich_paths
from newsstream.consumer import OutputEvent, OutputReader
from newsstream.core.models import DeadLetter, EnrichedArticle
from newsstream.metrics import scrape
from newsstream.producer.replay import replay
from newsstream.settings import Settings
from tests.conftest import SEED_FURNITURE, SEEDS, metrics_url

pytestmark = [pytest.mark.integration, pytest.mark.slow]

OUTPUT_TIMEOUT = 90.0


def article_id(event: EnrichedArticle | DeadLetter) -> str:
    if isinstance(event, DeadLetter):
        return base64.b64decode(event.original_key or "").decode()
    return event.article_id


async def replay_and_collect(
    settings: Settings, paths: list[Path], repeat: int = 1
) -> tuple[list[str], list[OutputEvent]]:
    """Replay files and read the output topics until every replayed article came out."""
    reader = OutputReader(settings, settings.output_topics)
    await reader.start()
    try:
        summary = await replay(settings, paths, repeat=repeat)
        assert summary.failed == 0, summary.errors
        waiting = set(summary.article_ids)
        events: list[OutputEvent] = []
        deadline = time.monotonic() + OUTPUT_TIMEOUT
        while waiting and time.monotonic() < deadline:
            async for item in reader.events(timeout=1.0):
                events.append(item)
                waiting.discard(article_id(item.event))
        assert not waiting, f"{len(waiting)} articles produced no output"
        async for item in reader.events(timeout=2.0):  # nothing more may come
            events.append(item)
        return summary.article_ids, events
    finally:
        await reader.stop()


def wait_for_counter(url: str, name: str, value: float, timeout: float = 15.0) -> dict[str, float]:
    deadline = time.monotonic() + timeout
    while True:
        samples = scrape(url)
        if samples.get(name) == value or time.monotonic() > deadline:
            return samples
        time.sleep(0.25)


def comparable(event: EnrichedArticle) -> dict[str, object]:
    """What stream and batch mode must agree on (ids and clocks differ by design)."""
    return event.model_dump(
        exclude={"article_id", "received_at", "processed_at", "duplicate_of", "pipeline_version"}
    )


def test_seeds_end_to_end_as_in_batch_mode_then_replayed_again_as_duplicates(
    settings: Settings, processor: subprocess.Popen[bytes]
) -> None:
    first_ids, first = asyncio.run(replay_and_collect(settings, [SEEDS]))
    # Stream and batch mode give the same events (ids and clocks differ by design).
    streamed = {
        e.event.source: comparable(e.event) for e in first if isinstance(e.event, EnrichedArticle)
    }
    batched = {
        e.source: comparable(e) for e in enrich_paths([SEEDS]) if isinstance(e, EnrichedArticle)
    }
    assert streamed == batched

    by_topic = {topic: [e for e in first if e.topic == topic] for topic in settings.output_topics}
    enriched = [e.event for e in by_topic[settings.enriched_topic]]
    assert len(enriched) == 4
    assert by_topic[settings.duplicates_topic] == []
    assert by_topic[settings.dead_letter_topic] == []
    assert {e.article_id for e in enriched if isinstance(e, EnrichedArticle)} == set(first_ids)
    bodies = {e.source: e.body for e in enriched if isinstance(e, EnrichedArticle)}
    for source, body in bodies.items():
        for furniture in SEED_FURNITURE:
            assert furniture.lower() not in body.lower(), (source, furniture)
    story = bodies["000_7c01e2ab5aabcf48.txt"]
    assert story.count(story.split("\n\n")[0]) == 1

    second_ids, second = asyncio.run(replay_and_collect(settings, [SEEDS]))
    assert [e for e in second if e.topic != settings.duplicates_topic] == []
    duplicates = [e.event for e in second if isinstance(e.event, EnrichedArticle)]
    assert sorted(d.article_id for d in duplicates) == sorted(second_ids)
    first_by_source = {e.source: e.article_id for e in enriched if isinstance(e, EnrichedArticle)}
    for duplicate in duplicates:
        assert duplicate.duplicate_of == first_by_source[duplicate.source]
        assert duplicate.similarity == 1.0

    samples = wait_for_counter(
        metrics_url(settings), 'newsstream_articles_processed_total{outcome="duplicate"}', 4.0
    )
    assert samples["newsstream_articles_consumed_total"] == 8.0
    assert samples['newsstream_articles_processed_total{outcome="enriched"}'] == 4.0
    assert samples['newsstream_articles_processed_total{outcome="duplicate"}'] == 4.0
    assert samples['newsstream_articles_processed_total{outcome="dead_letter"}'] == 0.0
    assert samples['newsstream_duplicates_total{method="exact"}'] == 4.0
    assert samples["newsstream_end_to_end_latency_seconds_count"] == 8.0
    assert samples['newsstream_stage_duration_seconds_count{stage="clean"}'] == 8.0
    # four stories remembered, every dedup lock released (the gauges are set every 5 s)
    samples = wait_for_counter(
        metrics_url(settings), 'newsstream_state_records{table="lock-holds"}', 0.0
    )
    assert samples['newsstream_state_records{table="roots"}'] == 4.0
    assert samples['newsstream_state_records{table="band-roots"}'] > 0.0
    assert samples['newsstream_state_records{table="lock-holds"}'] == 0.0


def test_bad_input_goes_to_the_dead_letter_topic_and_processing_goes_on(
    settings: Settings, processor: subprocess.Popen[bytes], tmp_path: Path
) -> None:
    articles = tmp_path / "articles"  # apart from the processor's log in tmp_path
    articles.mkdir()
    (articles / "a_furniture_only.txt").write_text("Advertisement\n\nShare this\n")
    (articles / "b_story.txt").write_text(
        "Harvest Festival Draws Record Crowds\n\n"
        "More than forty thousand visitors came to the valley's harvest festival this weekend.\n"
    )
    _, events = asyncio.run(replay_and_collect(settings, [articles]))
    letters = [e for e in events if e.topic == settings.dead_letter_topic]
    assert len(letters) == 1
    letter = letters[0].event
    assert isinstance(letter, DeadLetter)
    assert letter.error_kind == "empty"
    assert letter.stage == "clean"
    assert letter.source_topic == settings.raw_topic
    assert letter.source_offset is not None
    assert b"Share this" in base64.b64decode(letter.original_value)
    assert [getattr(e.event, "title", None) for e in events if e.topic != letters[0].topic] == [
        "Harvest Festival Draws Record Crowds"
    ]
    samples = wait_for_counter(
        metrics_url(settings), 'newsstream_dead_letters_total{error_kind="empty"}', 1.0
    )
    assert samples['newsstream_dead_letters_total{error_kind="empty"}'] == 1.0
