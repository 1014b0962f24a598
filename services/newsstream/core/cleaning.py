"""Cleaning: turn a raw article into its title and the paragraphs of the story, nothing else.

Lines are classified one by one: furniture rules kept as data (`data/furniture.toml`) say what a
line *is* (an ad marker, a share widget, a date banner, a credit), never which site it came from.
Then the header above the first story paragraph yields the title, and paragraphs that repeat an
earlier one (a page that carries its story twice) or the title are dropped. Every removed line is
reported with the rule that removed it, so users can audit what cleaning did.
"""

from __future__ import annotations

import html
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from importlib import resources
from typing import Any, Final

import ftfy

from newsstream.core.models import CleanedArticle, ContentType, RawArticle, RemovedLine
from newsstream.errors import EmptyArticleError

_BULLET: Final = re.compile(r"^[•·▪◦‣●■□➤►✓✔*-]\s+")
_SENTENCE_END: Final = re.compile(r"[.!?…][\"'”’)\]]*$")
_INVISIBLE: Final = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NOT_WORD: Final = re.compile(r"[\W_]+")
# UTF-8 read as Windows-1252 or Latin-1 leaves a lead byte (Â..ô) before a continuation byte:
# ftfy is far slower than this test, so it only runs on text that shows the symptom.
_MOJIBAKE_HINT: Final = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|&(?:#\\d+|#x[0-9a-f]+|[a-z]+);",
    re.IGNORECASE,
)

# A line with at least this many words is story text whatever its punctuation.
_BODY_MIN_WORDS_UNPUNCTUATED: Final = 25
# A line ending like a sentence needs this many words to count as story text in the header.
_BODY_MIN_WORDS_SENTENCE: Final = 6
# List items after a list heading (related links) are short and do not end like sentences.
_LIST_ITEM_MAX_WORDS: Final = 16


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """One kind of furniture: compiled patterns and what to do with a matching line."""

    name: str
    pattern: re.Pattern[str]
    max_words: int | None
    requires: tuple[str, ...]
    is_credit: bool
    heads_list: bool

    def matches(self, line: str, folded: str) -> bool:
        """Tell whether `line` (`folded`: lower-cased) is furniture of this kind.

        The caller has already checked `max_words`: `FurnitureRules` indexes rules by length.
        """
        if self.requires and not any(literal in folded for literal in self.requires):
            return False
        return self.pattern.fullmatch(line) is not None


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    folded: str
    block: int
    words: int


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for name, value in macros.items():
        pattern = pattern.replace("{" + name + "}", value)
    return pattern


class FurnitureRules:
    """A set of furniture rules, indexed by line length so long story lines skip most of them."""

    def __init__(self, rules: tuple[FurnitureRule, ...]) -> None:
        self.rules = rules
        longest = max((r.max_words for r in rules if r.max_words is not None), default=0)
        self._by_words = [
            tuple(r for r in rules if r.max_words is None or words <= r.max_words)
            for words in range(longest + 2)
        ]

    def classify(self, line: str, folded: str, words: int) -> FurnitureRule | None:
        """The first rule that calls `line` furniture, or None for story text."""
        candidates = self._by_words[min(words, len(self._by_words) - 1)]
        return next((r for r in candidates if r.matches(line, folded)), None)


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
                requires=tuple(entry.get("requires", ())),
                is_credit=entry.get("action", "drop") == "credit",
                heads_list=entry.get("list", False),
            )
        )
    return FurnitureRules(tuple(rules))


@cache
def default_rules() -> FurnitureRules:
    """The furniture rules shipped with newsstream (`data/furniture.toml`)."""
    text = resources.files("newsstream.data").joinpath("furniture.toml").read_text("utf-8")
    return parse_rules(tomllib.loads(text))


class _TextExtractor(HTMLParser):
    """Text of an HTML page, one line per block element, skipping non-content elements."""

    _SKIP: Final = frozenset(
        {"script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form"}
    )
    _BLOCK: Final = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "article",
            "section",
            "header",
            "blockquote",
            "tr",
            "figcaption",
            "title",
            "ul",
            "ol",
            "pre",
            "main",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """Plain text of an HTML page, paragraphs separated by blank lines."""
    extractor = _TextExtractor()
    extractor.feed(page)
    extractor.close()
    return html.unescape("".join(extractor.parts))


def normalise_text(text: str) -> str:
    """Repair mojibake, compose Unicode (NFC) and fold every kind of space to a plain one."""
    if not text.isascii():
        if _MOJIBAKE_HINT.search(text):
            text = ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
        if _INVISIBLE.search(text):
            text = _INVISIBLE.sub("", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    # str.split() knows every Unicode space (no-break, thin, ideographic): one pass folds them all.
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def paragraph_key(text: str) -> str:
    """Fold case, punctuation and spacing so that repeats compare equal."""
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    block = 0
    for line in text.split("\n"):
        if not line:
            block += 1
            continue
        lines.append(_Line(line, line.lower(), block, line.count(" ") + 1))
    return lines


def _looks_like_story(line: _Line) -> bool:
    if line.words >= _BODY_MIN_WORDS_UNPUNCTUATED:
        return True
    return line.words >= _BODY_MIN_WORDS_SENTENCE and _SENTENCE_END.search(line.text) is not None


def _is_list_item(line: _Line) -> bool:
    if _BULLET.match(line.text):
        return True
    return line.words <= _LIST_ITEM_MAX_WORDS and _SENTENCE_END.search(line.text) is None


def _join_paragraphs(lines: list[_Line]) -> list[str]:
    """Join lines of one block that continue a sentence (hard-wrapped text) into paragraphs."""
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in lines:
        continues = (
            previous is not None
            and previous.block == line.block
            and _SENTENCE_END.search(previous.text) is None
            and not _BULLET.match(line.text)
            and line.text[:1].islower()
        )
        if continues:
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def clean(raw: RawArticle, rules: FurnitureRules | None = None) -> CleanedArticle:
    """Clean one raw article: its title, story paragraphs, credits and what was removed.

    Raises:
        EmptyArticleError: nothing of the story is left.
    """
    rules = default_rules() if rules is None else rules
    text = html_to_text(raw.text) if raw.content_type is ContentType.HTML else raw.text
    lines = _split_lines(normalise_text(text))

    removed: list[RemovedLine] = []
    credits: list[str] = []
    kept: list[_Line] = []
    list_heading = False
    for line in lines:
        rule = rules.classify(line.text, line.folded, line.words)
        if rule is None and list_heading and _is_list_item(line):
            removed.append(RemovedLine(text=line.text, rule="list_item"))
            continue
        list_heading = rule is not None and (rule.heads_list or (list_heading and not kept))
        if rule is None:
            kept.append(line)
            continue
        removed.append(RemovedLine(text=line.text, rule=rule.name))
        if rule.is_credit:
            credits.append(line.text)

    title, kept = _take_title(kept, removed)
    paragraphs = _drop_repeats(_join_paragraphs(kept), title, removed)
    if not paragraphs:
        message = f"no story text left after cleaning {raw.source!r}"
        raise EmptyArticleError(message)
    return CleanedArticle(
        article_id=raw.article_id,
        source=raw.source,
        received_at=raw.received_at,
        title=title,
        body="\n\n".join(paragraphs),
        credits=credits,
        removed=removed,
    )


def _take_title(kept: list[_Line], removed: list[RemovedLine]) -> tuple[str | None, list[_Line]]:
    """Pick the headline among the short lines above the story; the others are page labels."""
    first_story = next((i for i, line in enumerate(kept) if _looks_like_story(line)), len(kept))
    header, story = kept[:first_story], kept[first_story:]
    if not story:  # no line reads as story text: keep everything rather than lose a sentence
        return None, kept
    if not header:
        return None, story
    title = max(header, key=lambda line: line.words)  # max keeps the first of equals
    for line in header:
        if line is not title and paragraph_key(line.text) != paragraph_key(title.text):
            removed.append(RemovedLine(text=line.text, rule="header"))
        elif line is not title:
            removed.append(RemovedLine(text=line.text, rule="repeated_title"))
    return title.text, story


def _drop_repeats(
    paragraphs: list[str], title: str | None, removed: list[RemovedLine]
) -> list[str]:
    """Drop paragraphs that repeat the title or an earlier paragraph; keep first occurrences."""
    seen = {paragraph_key(title)} if title else set()
    kept = []
    for paragraph in paragraphs:
        key = paragraph_key(paragraph)
        if key in seen:
            rule = (
                "repeated_title"
                if paragraphs and title and key == paragraph_key(title)
                else ("repeated_paragraph")
            )
            removed.append(RemovedLine(text=paragraph, rule=rule))
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept
