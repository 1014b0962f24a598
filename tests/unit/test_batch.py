from datetime import UTC, datetime
from pathlib import Path

from newsstream.batch import enrich_articles, enrich_paths
from newsstream.core.models import DeadLetter, EnrichedArticle, RawArticle
from tests.conftest import SEED_FURNITURE

REPO = Path(__file__).resolve().parents[2]


def raw(article_id: str, text: str) -> RawArticle:
    return RawArticle(
        article_id=article_id,
        source=f"{article_id}.txt",
        received_at=datetime(2026, 3, 1, tzinfo=UTC),
        text=text,
    )


STORY = (
    "Dam Breach Floods Valley Towns\n\n"
    "Emergency crews evacuated three towns on Sunday after a dam upstream gave way.\n\n"
    "Officials said no one was hurt but hundreds of homes were flooded by the morning.\n\n"
    "Share this article\n\nRelated Stories"
)


def enriched(events: list[EnrichedArticle | DeadLetter]) -> list[EnrichedArticle]:
    assert all(isinstance(e, EnrichedArticle) for e in events)
    return [e for e in events if isinstance(e, EnrichedArticle)]


def test_seeds_give_four_unique_events_in_file_order_without_furniture() -> None:
    events = enriched(list(enrich_paths([REPO / "seeds"])))
    assert [e.source for e in events] == sorted(p.name for p in (REPO / "seeds").iterdir())
    assert all(e.duplicate_of is None for e in events)
    for event in events:
        for furniture in SEED_FURNITURE:
            assert furniture.lower() not in event.body.lower(), (event.source, furniture)


def test_a_story_printed_twice_in_one_file_appears_once() -> None:
    first = next(iter(enrich_paths([REPO / "seeds"])))
    opening = first.body.split("\n\n")[0]
    assert first.body.count(opening) == 1


def test_resubmission_is_a_duplicate_of_the_first_submission() -> None:
    events = enriched(list(enrich_articles([raw("first", STORY), raw("second", STORY)])))
    assert events[0].duplicate_of is None
    assert events[1].duplicate_of == "first"
    assert events[1].similarity == 1.0
    assert events[1].content_hash == events[0].content_hash


def test_article_with_no_story_becomes_a_dead_letter_and_the_batch_goes_on() -> None:
    events = list(enrich_articles([raw("empty", "Advertisement\n\nShare this"), raw("ok", STORY)]))
    assert isinstance(events[0], DeadLetter)
    assert events[0].error_kind == "empty"
    assert events[0].stage == "clean"
    assert isinstance(events[1], EnrichedArticle)
    assert events[1].title == "Dam Breach Floods Valley Towns"
