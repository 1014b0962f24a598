"""Furniture rules: what kinds of line are part of the page, not of the story.

The rules are data (`data/furniture.toml`); this module compiles them and classifies one line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """One kind of furniture: compiled patterns and what to do with a matching line."""

    name: str
    pattern: re.Pattern[str]
    max_words: int | None
    requires: re.Pattern[str] | None  # one of these literals must be in the lower-cased line
    is_credit: bool
    heads_list: bool
    takes_prose: bool
    heads_thread: bool = False  # a comments heading: the thread under it goes, reply markers seen
    marks_reply: bool = False  # a reply button or time stamp: what a comment thread is made of
    under_caption: bool = False  # a photo credit: the line just above it is the caption

    def matches(self, line: str, folded: str) -> bool:
        """Tell whether `line` (`folded`: lower-cased) is furniture of this kind.

        The caller has already checked `max_words`: `FurnitureRules` indexes rules by length.
        """
        if self.requires is not None and self.requires.search(folded) is None:
            return False
        return self.pattern.fullmatch(line) is not None


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for name, value in macros.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


class FurnitureRules:
    """A set of furniture rules, compiled for speed.

    Rules are indexed by line length, so long story lines skip the rules with a word limit, and
    the rules of one length are joined into one alternation with a named group each: one
    `fullmatch` per line instead of one per rule. Rules with `requires` literals stay separate,
    behind their cheap substring test.
    """

    def __init__(self, rules: tuple[FurnitureRule, ...]) -> None:
        self.rules = rules
        self._by_group = {f"r{i}": rule for i, rule in enumerate(rules)}
        longest = max((r.max_words for r in rules if r.max_words is not None), default=0)
        # [words][is_prose] → (one alternation of the unguarded rules, the guarded rules)
        self._index = [
            tuple(self._compile(words, prose=prose) for prose in (False, True))
            for words in range(longest + 2)
        ]

    def _compile(
        self, words: int, *, prose: bool
    ) -> tuple[re.Pattern[str] | None, tuple[FurnitureRule, ...]]:
        fitting = [
            (f"r{i}", rule)
            for i, rule in enumerate(self.rules)
            if (rule.max_words is None or words <= rule.max_words)
            and (rule.takes_prose or not prose)
        ]
        joined = "|".join(
            f"(?P<{group}>{_scoped(rule.pattern)})" for group, rule in fitting if not rule.requires
        )
        guarded = tuple(rule for _, rule in fitting if rule.requires)
        return (re.compile(joined) if joined else None, guarded)

    def classify(self, line: str, folded: str, words: int, *, prose: bool) -> FurnitureRule | None:
        """The rule that calls `line` furniture, or None for story text.

        `prose` says the line reads as a sentence: rules marked `prose = false` pass it by.
        """
        joined, guarded = self._index[min(words, len(self._index) - 1)][prose]
        if joined is not None:
            match = joined.fullmatch(line)
            if match is not None and match.lastgroup is not None:
                return self._by_group[match.lastgroup]
        return next((r for r in guarded if r.matches(line, folded)), None)


def _literals(words: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(re.escape(word) for word in words)) if words else None


def _scoped(pattern: re.Pattern[str]) -> str:
    """The pattern's source with its case flag scoped to it, fit to join with others."""
    return f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else pattern.pattern


def parse_rules(document: dict[str, Any]) -> FurnitureRules:
    """Build furniture rules from a parsed pattern file (the layout of `furniture.toml`)."""
    macros: dict[str, str] = document.get("macros", {})
    rules = []
    for entry in document["rule"]:
        flags = 0 if entry.get("case_sensitive", False) else re.IGNORECASE
        alternatives = "|".join(f"(?:{_expand(p, macros)})" for p in entry["patterns"])
        rules.append(
            FurnitureRule(
                name=entry["name"],
                pattern=re.compile(alternatives, flags),
                max_words=entry.get("max_words"),
                requires=_literals(entry.get("requires", [])),
                is_credit=entry.get("action", "drop") == "credit",
                heads_list=entry.get("list", False),
                takes_prose=entry.get("prose", True),
                heads_thread=entry.get("thread", False),
                marks_reply=entry.get("reply", False),
                under_caption=entry.get("caption", False),
            )
        )
    return FurnitureRules(tuple(rules))


@cache
def default_rules() -> FurnitureRules:
    """The furniture rules shipped with newsstream (`data/furniture.toml`)."""
    text = resources.files("newsstream.data").joinpath("furniture.toml").read_text("utf-8")
    return parse_rules(tomllib.loads(text))
