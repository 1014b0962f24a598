"""The furniture prefilter (services/newsstream/core/furniture.py) never skips a rule that matches.

`FurnitureRules` tries a rule's patterns only on a line that fits the rule (word limit, prose,
first character) and holds one of the literals the patterns cannot match without, searched for
in one pass by a word limit's automaton. For every rule and every line the rule's whole pattern
matches (the lines of the development gold inputs, and lines generated from the patterns), one
of the rule's steps that the prefilter selects must match it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsstream.core.furniture import FurnitureRules, default_rules
from newsstream.core.htmlpage import html_to_text
from newsstream.core.models import ContentType
from newsstream.core.text import normalise_text, word_count
from newsstream.evaluation.cleaning import load_gold

GOLD = Path(__file__).resolve().parents[1] / "gold"
DEVELOPMENT_SETS = ("cleaning", "cleaning_heldout")  # never the blind sets
RULES = FurnitureRules(default_rules().rules, remembered_lines=0)


def _fits(index: int, folded: str, words: int, *, prose: bool) -> bool:
    """The rule fits the line as the cleaner defines it: its word limit, prose, `requires`."""
    rule = RULES.rules[index]
    return (
        (rule.max_words is None or words <= rule.max_words)
        and (rule.takes_prose or not prose)
        and (not rule.requires or any(literal in folded for literal in rule.requires))
    )


def _selected_step_matches(index: int, line: str, *, prose: bool) -> bool:
    """A step of the rule that the prefilter selects for `line` matches it."""
    folded = line.lower()
    tries = RULES._tries(line, folded, word_count(line), prose=prose)
    cased_bits, plain_bits = RULES._search.parts[index]
    rule_bits = (cased_bits | plain_bits) & tries
    return any(
        rule_bits >> bit & 1 and step.pattern.fullmatch(folded if step.on_folded else line)
        for bit, step in enumerate(RULES._search.steps)
    )


@cache
def development_lines() -> tuple[str, ...]:
    """Every line the cleaner classifies in the development sets' inputs, each once."""
    lines: dict[str, None] = {}
    for folder in DEVELOPMENT_SETS:
        for case in load_gold(GOLD / folder):
            text = case.raw.text
            if case.raw.content_type is ContentType.HTML:
                text = html_to_text(text)
            lines.update(dict.fromkeys(line for line in normalise_text(text).split("\n") if line))
    return tuple(lines)


def test_every_matched_development_line_is_selected() -> None:
    lines = development_lines()
    assert len(lines) > 500
    matched = 0
    for line in lines:
        folded, words = line.lower(), word_count(line)
        for index, rule in enumerate(RULES.rules):
            if rule.pattern.fullmatch(line) is None:
                continue
            for prose in (False, True):
                if _fits(index, folded, words, prose=prose):
                    matched += 1
                    assert _selected_step_matches(index, line, prose=prose), (rule.name, line)
    assert matched > 100  # the check saw furniture, not only story lines


@cache
def _generated(index: int) -> st.SearchStrategy[str]:
    return st.from_regex(RULES.rules[index].pattern.compiled, fullmatch=True)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.integers(0, len(RULES.rules) - 1), st.booleans())
def test_every_generated_match_is_selected(data: st.DataObject, index: int, prose: bool) -> None:
    line = data.draw(_generated(index))
    assume("\n" not in line and line == line.strip() and line)
    folded, words = line.lower(), word_count(line)
    assume(_fits(index, folded, words, prose=prose))
    assert _selected_step_matches(index, line, prose=prose)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Advertisement", "advertisement"),
        ("Share this article", "share"),
        ("Comments (3)", "comments"),
    ],
)
def test_short_furniture_is_selected(line: str, name: str) -> None:
    index = next(
        i
        for i, rule in enumerate(RULES.rules)
        if rule.name == name and rule.pattern.fullmatch(line)
    )
    assert _selected_step_matches(index, line, prose=False)
