"""Cleaning against the gold set (tests/gold/cleaning): every case exactly as annotated."""

from pathlib import Path

import pytest

from newsstream.core.cleaning import clean
from newsstream.core.models import ContentType, RemovedLine
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


_FERRY = (
    "The council in Hobart froze ferry fares for the winter on Thursday after months of "
    "debate with islanders and the operator."
)


def _ferry_case(name: str, text: str) -> GoldCase:
    """A plain-text case of `text` whose gold is the ferry headline and its one paragraph."""
    raw = CASES[0].raw.model_copy(update={"text": text, "content_type": ContentType.PLAIN})
    expected = {"title": "Ferry fares frozen on the island", "body": _FERRY, "credits": []}
    return GoldCase(name, raw, expected | {"published": None, "source_site": None})


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
    gold = _ferry_case("wrapped", text)
    score = CleaningScore()
    score_case(gold, clean(gold.raw), score)
    assert (score.furniture, score.furniture_removed, score.removed) == (2, 2, 2)
    assert score.paragraph_recall == 1.0


def test_wrapped_furniture_removed_whole_under_a_rule_counts_its_lines_once() -> None:
    """A rule's line ("-----") keys to nothing: it opens no run of wrapped furniture lines."""
    text = (
        "Ferry fares frozen on the island\n\n"
        "The council in Hobart froze ferry fares for the winter on Thursday after months of "
        "debate with islanders and the operator.\n\n"
        "----------------------------------------------------------------------\n"
        "Newsletter: Get the island's news every Friday morning in your inbox, free\n"
        "of charge. [Sign me up]\n"
        "----------------------------------------------------------------------\n"
    )
    gold = _ferry_case("rule", text)
    newsletter = (
        "Newsletter: Get the island's news every Friday morning in your inbox, free of charge. "
        "[Sign me up]"
    )
    cleaned = clean(gold.raw).model_copy(
        update={
            "removed": [
                RemovedLine(text="-" * 70, rule="separator"),
                RemovedLine(text="-" * 70, rule="separator"),
                RemovedLine(text=newsletter, rule="newsletter"),
            ]
        }
    )
    score = CleaningScore()
    score_case(gold, cleaned, score)
    assert (score.furniture, score.furniture_removed, score.removed) == (4, 4, 4)


def test_a_story_line_with_a_footnote_mark_counts_as_story() -> None:
    """The gold prints a sentence without its footnote mark: the marked line is the story's."""
    marked = _FERRY.replace("islanders", "islanders[1]")
    gold = _ferry_case("marked", f"Ferry fares frozen on the island\n\n{marked}\n")
    score = CleaningScore()
    score_case(gold, clean(gold.raw), score)
    assert (score.furniture, score.furniture_removed, score.removed) == (0, 0, 0)


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Share: [12]Facebook [13]Mastodon", "Share: Facebook Mastodon"),  # a text dump's marks
        (
            "Share: **ferry** news on [Mastodon](https://m.example/s)",
            "Share: ferry news on Mastodon",
        ),  # Markdown links and emphasis
        ("[i]Share: Facebook · Mastodon[/i]", "Share: Facebook · Mastodon"),  # BBCode tags
        ("&lt;p&gt;Share&amp;nbsp;: Facebook&lt;/p&gt;", "Share : Facebook"),  # escaped HTML
    ],
)
def test_a_line_removed_as_read_out_of_its_markup_counts_as_its_input_line(
    printed: str, read: str
) -> None:
    """The cleaner strips a line's markup before its rules read it: the line is the input's."""
    gold = _ferry_case("markup", f"Ferry fares frozen on the island\n\n{_FERRY}\n\n{printed}\n")
    cleaned = clean(gold.raw).model_copy(update={"removed": [RemovedLine(text=read, rule="share")]})
    score = CleaningScore()
    score_case(gold, cleaned, score)
    assert (score.furniture, score.furniture_removed, score.removed) == (1, 1, 1)


def test_a_story_line_removed_as_read_out_of_its_markup_counts_as_wrongly_removed() -> None:
    """A story line removed as read without its markup is never read back into a furniture row."""
    marked = _FERRY.replace("Hobart", "[4]Hobart")
    text = f"Ferry fares frozen on the island\n\n{marked}\n\nShare: [5]Mail\n"
    gold = _ferry_case("story", text)
    cleaned = clean(gold.raw).model_copy(
        update={"removed": [RemovedLine(text=_FERRY, rule="share")]}
    )
    score = CleaningScore()
    score_case(gold, cleaned, score)
    assert (score.furniture, score.furniture_removed, score.removed) == (2, 0, 1)


def test_a_rule_between_the_lines_of_wrapped_furniture_is_no_part_of_it() -> None:
    """Wrapped furniture removed whole over a rule does not count the rule as removed."""
    text = (
        "Ferry fares frozen on the island\n\n"
        f"{_FERRY}\n\n"
        "Follow us: Mastodon · Bluesky\n"
        "----------\n"
        "Newsletter: the island's news every Friday\n"
    )
    gold = _ferry_case("ruled", text)
    cleaned = clean(gold.raw).model_copy(
        update={
            "removed": [
                RemovedLine(
                    text="Follow us: Mastodon · Bluesky Newsletter: the island's news every Friday",
                    rule="line_model",
                )
            ]
        }
    )
    score = CleaningScore()
    score_case(gold, cleaned, score)
    assert (score.furniture, score.furniture_removed, score.removed) == (3, 2, 2)


def test_a_removed_line_with_no_text_the_input_lacks_is_no_removed_line() -> None:
    """A rule the cleaner read out of markup ("[hr]", "<hr>") keys to nothing: it is ignored."""
    gold = _ferry_case("hr", f"Ferry fares frozen on the island\n\n{_FERRY}\n\n[hr]\n")
    cleaned = clean(gold.raw).model_copy(
        update={"removed": [RemovedLine(text="----------", rule="separator")]}
    )
    score = CleaningScore()
    score_case(gold, cleaned, score)
    assert (score.furniture, score.furniture_removed, score.removed) == (1, 0, 0)
