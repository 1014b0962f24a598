import random
from datetime import UTC, datetime, timedelta

import pytest

from newsstream.core import dedup
from newsstream.core.dedup import ArticleSketch, DedupMemory, DedupPolicy, RootRecord
from newsstream.core.models import DuplicateMethod

BODY = "Flood waters rose overnight in the river valley.\n\nHundreds of homes were evacuated."
POLICY = DedupPolicy()
NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
PLACES = "river harbour market school bridge tram garden museum clinic library station"
PLACES += " stadium tower square canal port mill farm forest lake"
SENTENCES = [
    f"The {w} council met on day {i} to discuss the {w} budget and the {i} new {w} projects."
    for i, w in enumerate(PLACES.split(" "))
]
STORY = " ".join(SENTENCES)


def sketch(article_id: str, body: str = BODY, at: datetime = NOW) -> ArticleSketch:
    return dedup.sketch_article(article_id, at, body, POLICY.hasher)


def seen(*articles: ArticleSketch) -> DedupMemory:
    memory = DedupMemory()
    for article in articles:
        dedup.remember(article, dedup.decide(article, memory, POLICY), memory)
    return memory


def test_fingerprint_folds_case_punctuation_and_spacing() -> None:
    variant = "FLOOD waters rose  overnight, in the river valley!\nHundreds of homes were evacuated"
    assert dedup.fingerprint(variant) == dedup.fingerprint(BODY)


def test_fingerprint_differs_when_a_word_differs() -> None:
    assert dedup.fingerprint(BODY.replace("Hundreds", "Thousands")) != dedup.fingerprint(BODY)


def test_first_article_is_unique_and_remembered() -> None:
    memory = DedupMemory()
    article = sketch("a1")
    decision = dedup.decide(article, memory, POLICY)
    assert decision.is_root
    assert decision.duplicate_of is None
    dedup.remember(article, decision, memory)
    assert RootRecord.unpack(memory.roots[article.root_key]).article_id == "a1"
    assert len(memory.bands) == POLICY.hasher.bands


def test_same_content_under_another_id_is_an_exact_duplicate_of_the_first() -> None:
    memory = seen(sketch("a1"))
    before = dict(memory.roots), dict(memory.bands)
    decision = dedup.decide(sketch("a2", BODY.upper()), memory, POLICY)
    assert decision.duplicate_of == "a1"
    assert decision.similarity == 1.0
    assert decision.method is DuplicateMethod.EXACT
    dedup.remember(sketch("a2", BODY.upper()), decision, memory)
    assert (dict(memory.roots), dict(memory.bands)) == before  # duplicates are not remembered


def test_light_edit_is_a_near_duplicate_of_the_first() -> None:
    edited = " ".join([*SENTENCES[:-1], "A late change replaced the final sentence entirely."])
    decision = dedup.decide(sketch("b", edited), seen(sketch("a", STORY)), POLICY)
    assert decision.duplicate_of == "a"
    assert decision.method is DuplicateMethod.NEAR
    assert decision.similarity is not None
    assert POLICY.threshold <= decision.similarity < 1.0


def test_a_story_sharing_only_some_sentences_is_not_a_duplicate() -> None:
    report = [f"Witness {i} saw {i * 7} boats leave the {i}th pier at dawn." for i in range(15)]
    other = " ".join(SENTENCES[:5] + report)  # shares its background with STORY, no more
    decision = dedup.decide(sketch("b", other), seen(sketch("a", STORY)), POLICY)
    assert not decision.is_duplicate


def test_the_most_similar_root_wins_whatever_the_order_of_candidates() -> None:
    article = sketch("x")
    matches = [
        dedup.Match("early", NOW, 0.8, exact=False),
        dedup.Match("best", NOW + timedelta(hours=1), 0.9, exact=False),
        dedup.Match("tie", NOW + timedelta(hours=2), 0.9, exact=False),
        dedup.Match("below", NOW, 0.5, exact=False),
    ]
    for order in (matches, matches[::-1]):
        decision = dedup.choose(article, order, POLICY)
        assert (decision.duplicate_of, decision.similarity) == ("best", 0.9)
    assert dedup.choose(article, matches[3:], POLICY).is_root


def test_redelivery_of_a_published_article_is_not_a_duplicate_of_itself() -> None:
    memory = seen(sketch("a1"))
    decision = dedup.decide(sketch("a1"), memory, POLICY)
    assert decision.redelivery
    assert not decision.is_duplicate


def test_redelivery_is_recognised_on_the_near_path_too() -> None:
    memory = seen(sketch("a1", STORY))
    memory.roots.clear()  # only band entries left: the exact path cannot see it
    assert not dedup.decide(sketch("a1", STORY), memory, POLICY).is_duplicate


def test_an_article_not_yet_remembered_is_unique_again_after_a_crash() -> None:
    memory = DedupMemory()
    dedup.decide(sketch("a1"), memory, POLICY)  # published? unknown: the crash came before remember
    again = dedup.decide(sketch("a1"), memory, POLICY)
    assert again.is_root


@pytest.mark.parametrize(("days", "duplicate"), [(6.9, True), (7.1, False), (-6.9, True)])
def test_roots_match_only_within_the_retention_window(days: float, duplicate: bool) -> None:
    memory = seen(sketch("a", STORY))
    later = NOW + timedelta(days=days)
    edited = STORY.replace("final", "last")
    assert dedup.decide(sketch("b", STORY, later), memory, POLICY).is_duplicate is duplicate
    assert dedup.decide(sketch("c", edited, later), memory, POLICY).is_duplicate is duplicate


def test_purge_forgets_expired_roots_and_keeps_the_rest() -> None:
    memory = seen(sketch("old", STORY), sketch("new", BODY, NOW + timedelta(days=5)))
    removed = dedup.purge(memory, NOW + timedelta(days=9), POLICY)
    assert removed > 0
    assert [RootRecord.unpack(r).article_id for r in memory.roots.values()] == ["new"]
    assert dedup.decide(sketch("x", BODY, NOW + timedelta(days=9)), memory, POLICY).is_duplicate
    assert not dedup.decide(
        sketch("y", STORY, NOW + timedelta(days=9)), memory, POLICY
    ).is_duplicate


def test_purge_touches_only_the_keys_it_owns() -> None:
    memory = seen(sketch("old", STORY))
    dedup.purge(memory, NOW + timedelta(days=30), POLICY, owns=lambda _key: False)
    assert len(memory.roots) == 1


def test_memory_stays_flat_over_a_month_of_articles() -> None:
    rng = random.Random(5)
    memory = DedupMemory()
    sizes = []
    for day in range(30):
        for i in range(20):
            body = " ".join(f"w{rng.randrange(100_000)}" for _ in range(60))
            article = sketch(f"{day}-{i}", body, NOW + timedelta(days=day))
            dedup.remember(article, dedup.decide(article, memory, POLICY), memory)
        dedup.purge(memory, NOW + timedelta(days=day), POLICY)
        sizes.append((len(memory.roots), len(memory.bands)))
    assert sizes[10:] == [sizes[-1]] * 20
    assert sizes[-1][0] == 20 * 8  # today and the seven days before


def test_memory_stays_flat_with_a_retention_of_minutes() -> None:
    policy = DedupPolicy(retention=timedelta(minutes=2))
    rng = random.Random(6)
    memory = DedupMemory()
    band_entries = []
    for minute in range(30):
        received = NOW + timedelta(minutes=minute)
        for i in range(10):
            body = " ".join(f"w{rng.randrange(100_000)}" for _ in range(60))
            article = sketch(f"{minute}-{i}", body, received)
            dedup.remember(article, dedup.decide(article, memory, policy), memory)
        dedup.purge(memory, received, policy)
        band_entries.append(sum(len(entries) for entries in memory.bands.values()))
    assert band_entries[5:] == [band_entries[-1]] * 25


def test_a_root_costs_under_300_bytes_of_state() -> None:
    memory = seen(*(sketch(f"{i:032x}", f"{STORY} {i}") for i in range(50)))
    assert memory.state_bytes() / len(memory.roots) <= 300


def test_record_round_trips_hex_and_other_ids() -> None:
    for article_id in ("3bd085ef3f1b4f30a634dcb320e41ef6", "feed:item/42", "ABC"):
        record = RootRecord(article_id, NOW, b"12345678", b"s" * 32)
        assert RootRecord.unpack(record.pack()) == record


def test_an_exact_copy_of_a_near_duplicate_follows_it_to_its_root() -> None:
    edited = " ".join([*SENTENCES[:-1], "A late change replaced the final sentence entirely."])
    memory = seen(sketch("a", STORY))
    first = dedup.decide(sketch("b", edited), memory, POLICY)
    dedup.remember(sketch("b", edited), first, memory)
    memory.bands.clear()  # whatever roots come later, the copy record decides
    copy = dedup.decide(sketch("c", edited.upper()), memory, POLICY)
    assert (copy.duplicate_of, copy.similarity, copy.method) == (
        "a",
        first.similarity,
        DuplicateMethod.NEAR,
    )


def test_copy_records_round_trip() -> None:
    record = RootRecord("3bd085ef3f1b4f30a634dcb320e41ef6", NOW, b"12345678", similarity=0.8123)
    assert RootRecord.unpack(record.pack()) == record
    assert len(record.pack()) == 14 + 16 + 2
