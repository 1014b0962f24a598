"""Cleaning against the gold set (tests/gold/cleaning): every case exactly as annotated."""

from pathlib import Path

import pytest

from newsstream.core.cleaning import clean
from newsstream.core.models import ContentType
from newsstream.evaluation.cleaning import CleaningScore, GoldCase, load_gold, score_case

GOLD = Path(__file__).resolve().parents[1] / "gold" / "cleaning"
CASES = load_gold(GOLD)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_output_equals_gold(case: GoldCase) -> None:
    cleaned = clean(case.raw)
    expected = case.expected
    assert cleaned.title == expected["title"]
    assert cleaned.body == expected["body"]
    assert cleaned.credits == expected["credits"]
    assert (cleaned.published.isoformat() if cleaned.published else None) == expected["published"]
    assert cleaned.source_site == expected["source_site"]


def test_gold_set_figures_meet_the_targets() -> None:
    score = CleaningScore()
    for case in CASES:
        score_case(case, clean(case.raw), score)
    assert score.cases >= 16
    assert score.precision >= 0.99
    assert score.recall >= 0.98
    assert score.paragraph_recall >= 0.99


def test_score_counts_a_kept_furniture_line_and_a_lost_paragraph() -> None:
    case = CASES[0]
    cleaned = clean(case.raw)
    paragraphs = cleaned.body.split("\n\n")
    damaged = cleaned.model_copy(update={"body": "\n\n".join(paragraphs[1:]), "removed": []})
    score = CleaningScore()
    score_case(case, damaged, score)
    assert score.paragraph_recall < 1.0
    assert score.recall < 1.0
    assert score.mismatches == [case.name]


def test_lines_of_a_wrapped_page_with_a_page_break_count_as_story() -> None:
    """A page with no blank lines: hyphenated words, a sentence carried over a page break."""
    text = (
        "Ferry fares frozen on the island\n"
        "The council in Hobart froze ferry fares for the win-\n"
        "ter on Thursday after months of debate with islanders\n"
        "Continued on page 2\n"
        "2 Island Post www.islandpost.example\n"
        "and the operator.\n"
    )
    paragraph = (
        "The council in Hobart froze ferry fares for the winter on Thursday after months of "
        "debate with islanders and the operator."
    )
    expected = {"title": "Ferry fares frozen on the island", "body": paragraph, "credits": []}
    raw = CASES[0].raw.model_copy(update={"text": text, "content_type": ContentType.PLAIN})
    score = CleaningScore()
    score_case(
        GoldCase("wrapped", raw, expected | {"published": None, "source_site": None}),
        clean(raw),
        score,
    )
    assert (score.furniture, score.furniture_removed, score.removed) == (2, 2, 2)
    assert score.paragraph_recall == 1.0
