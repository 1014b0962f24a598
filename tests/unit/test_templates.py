from datetime import UTC, datetime, timedelta

import pytest

from newsstream.core.cleaning import clean
from newsstream.core.models import RawArticle
from newsstream.core.templates import TemplateLearner, is_template_candidate, template_digest

MENU = "Home | Local | Sport | Weather"  # not matched by the furniture rules: bars need 3 items
FOOTER = "Valley Courier Media Group"
STORY = [
    "The council voted on Tuesday to repair the old bridge over the river before winter.",
    "Engineers said the work would take about six weeks and cost 1.2 million euros.",
    "Residents welcomed the decision after months of detours through the hills.",
]


def article(index: int, source: str = "courier") -> RawArticle:
    body = "\n\n".join(f"{sentence} ({index})" for sentence in STORY)
    return RawArticle(
        article_id=f"a{index}",
        source=source,
        received_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=index),
        text=f"Bridge repairs approved, part {index}\n\n{FOOTER}\n\n{body}\n\n{FOOTER}",
    )


def learn(learner: TemplateLearner, raw: RawArticle) -> list[str]:
    cleaned = clean(raw, templates=learner)
    learner.observe(cleaned)
    return [r.text for r in cleaned.removed if r.rule == "template"]


def test_a_line_seen_in_many_articles_of_a_source_becomes_its_template() -> None:
    learner = TemplateLearner({}, min_articles=3)
    seen = [learn(learner, article(i)) for i in range(5)]
    assert seen[:3] == [[], [], []]
    assert seen[3] == [FOOTER, FOOTER]
    assert FOOTER not in clean(article(9), templates=learner).body


def test_templates_are_per_source() -> None:
    learner = TemplateLearner({}, min_articles=3)
    for i in range(5):
        learn(learner, article(i, source="courier"))
    assert learn(learner, article(7, source="gazette")) == []


def test_sentences_never_become_template_even_when_they_recur() -> None:
    assert not is_template_candidate("The agency contributed to this report.")
    assert is_template_candidate(FOOTER)
    assert is_template_candidate(MENU)
    learner = TemplateLearner({}, min_articles=2)
    for i in range(4):
        raw = article(i)
        recurring = raw.model_copy(
            update={"text": raw.text + "\n\nThe agency contributed to this report."}
        )
        cleaned = clean(recurring, templates=learner)
        learner.observe(cleaned)
        assert "The agency contributed to this report." in cleaned.body


def test_memory_is_bounded_by_retention() -> None:
    memory: dict[str, list[float]] = {}
    learner = TemplateLearner(memory, min_articles=3, retention=timedelta(days=1))
    learn(learner, article(0))
    learn(learner, article(1))
    assert memory
    dropped = learner.expire(datetime(2026, 1, 5, tzinfo=UTC))
    assert dropped > 0
    assert memory == {}


def test_a_line_seen_once_is_not_written_and_a_known_template_only_now_and_then() -> None:
    writes: list[str] = []

    class CountingMemory(dict[str, list[float]]):
        def __setitem__(self, key: str, value: list[float]) -> None:
            writes.append(key)
            super().__setitem__(key, value)

    memory = CountingMemory()
    learner = TemplateLearner(memory, min_articles=3, retention=timedelta(days=3))
    learn(learner, article(0))
    assert writes == []  # every line was a first sighting
    learn(learner, article(1))
    assert FOOTER in memory_lines(memory)
    learn(learner, article(2))  # the third sighting: template
    writes.clear()
    assert learn(learner, article(3)) == [FOOTER, FOOTER]  # an hour on: nothing to write
    assert writes == []
    assert learn(learner, article(3 + 24)) == [FOOTER, FOOTER]  # a day on: refreshed
    assert writes


def test_a_single_sighting_never_makes_a_template() -> None:
    with pytest.raises(ValueError, match="at least 2"):
        TemplateLearner({}, min_articles=1)


def memory_lines(memory: dict[str, list[float]]) -> set[str]:
    """The lines of the test article whose counts reached the memory."""
    candidates = [FOOTER, MENU, *STORY]
    return {line for line in candidates if f"courier|{template_digest(line)}" in memory}
