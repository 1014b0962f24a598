"""`newsstream eval clean GOLD_DIR`: how well cleaning separates furniture from story.

A gold case is an input (`NAME.txt`, `NAME.html`, or `NAME.source` naming a file in the
repository) and `NAME.gold.json` with the expected `title`, `body`, `credits`, `published` and
`source_site`. Lines are compared as multisets of folded text: every occurrence of a line in the
input that the gold body and title do not account for is furniture (a second copy of a story
paragraph included), so a line-level precision and recall of furniture removal fall out, and
paragraph recall is the share of gold paragraphs found in the cleaned body.
"""

from __future__ import annotations

import html
import json
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, TextIO

from newsstream.core.bbcode import plain_text as bbcode_text
from newsstream.core.cleaning import FOOTNOTE_MARK, clean
from newsstream.core.gemtext import plain_line as gemtext_line
from newsstream.core.htmlpage import html_to_text
from newsstream.core.markdown import plain_line as markdown_line
from newsstream.core.models import CleanedArticle, ContentType, RawArticle
from newsstream.core.text import normalise_text, paragraph_key
from newsstream.core.textdump import plain_line as text_dump_line
from newsstream.core.wikitext import plain_line as wiki_line
from newsstream.errors import EmptyArticleError
from newsstream.sources import SourceError

_INPUT_SUFFIXES = (".txt", ".html", ".source")


@dataclass(frozen=True, slots=True)
class GoldCase:
    """One input with its expected cleaning."""

    name: str
    raw: RawArticle
    expected: dict[str, Any]


@dataclass
class CleaningScore:
    """Counts behind the cleaning figures, summed over cases."""

    furniture_removed: int = 0  # true positives
    removed: int = 0
    furniture: int = 0
    paragraphs_found: int = 0
    paragraphs: int = 0
    exact: int = 0
    cases: int = 0
    mismatches: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of removed lines that were furniture."""
        return self.furniture_removed / self.removed if self.removed else 1.0

    @property
    def recall(self) -> float:
        """Share of furniture lines that were removed."""
        return self.furniture_removed / self.furniture if self.furniture else 1.0

    @property
    def paragraph_recall(self) -> float:
        """Share of gold story paragraphs present in the cleaned body."""
        return self.paragraphs_found / self.paragraphs if self.paragraphs else 1.0


def load_gold(folder: Path) -> list[GoldCase]:
    """Every gold case in `folder`, sorted by name.

    Raises:
        SourceError: the folder has no gold case, or a case lacks its input.
    """
    cases = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        inputs = [folder / f"{name}{suffix}" for suffix in _INPUT_SUFFIXES]
        found = next((p for p in inputs if p.is_file()), None)
        if found is None:
            message = f"gold case {name!r} has no input ({', '.join(_INPUT_SUFFIXES)})"
            raise SourceError(message)
        if found.suffix == ".source":
            found = _repository_root(folder) / found.read_text(encoding="utf-8").strip()
        html = found.suffix == ".html"
        raw = RawArticle(
            article_id=name,
            source=name,
            received_at=datetime(2026, 1, 1, tzinfo=UTC),
            content_type=ContentType.HTML if html else ContentType.PLAIN,
            text=found.read_bytes().decode("utf-8"),
        )
        cases.append(GoldCase(name, raw, json.loads(gold_path.read_text(encoding="utf-8"))))
    if not cases:
        message = f"no *.gold.json files in {folder}"
        raise SourceError(message)
    return cases


def _repository_root(start: Path) -> Path:
    for folder in [start.resolve(), *start.resolve().parents]:
        if (folder / "pyproject.toml").is_file():
            return folder
    return start


def score_case(case: GoldCase, cleaned: CleanedArticle | None, score: CleaningScore) -> None:
    """Add one case's counts to `score`."""
    expected_body: str = case.expected["body"]
    gold_paragraphs = [p for p in expected_body.split("\n\n") if p]
    story = Counter(paragraph_key(p) for p in gold_paragraphs)
    if case.expected.get("title"):
        story[paragraph_key(case.expected["title"])] += 1
    text = case.raw.text if case.raw.content_type is ContentType.PLAIN else None
    removed = Counter(paragraph_key(r.text) for r in cleaned.removed) if cleaned else Counter()
    if text is not None:
        # A footnote's mark is no part of its sentence: the gold prints the sentence without it.
        normalised = FOOTNOTE_MARK.sub("", normalise_text(text))
        lines, story_lines = _story_lines(normalised, story)
        removed = _as_input_lines(removed, normalised, lines, story)
        furniture = lines - story_lines
        score.furniture += sum(furniture.values())
        score.removed += sum(removed.values())
        score.furniture_removed += sum((removed & furniture).values())
    body = cleaned.body if cleaned else ""
    found = {paragraph_key(p) for p in body.split("\n\n")}
    score.paragraphs += len(gold_paragraphs)
    score.paragraphs_found += sum(paragraph_key(p) in found for p in gold_paragraphs)
    score.cases += 1
    if cleaned is not None and _matches(cleaned, case.expected):
        score.exact += 1
    else:
        score.mismatches.append(case.name)


def _story_lines(text: str, story: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """All input lines, and those the gold story accounts for (as multisets of folded keys).

    A block of lines whose joined text is a gold paragraph is a hard-wrapped paragraph: all
    its lines are story. Any other line is story as long as the gold has a copy left for it.
    Then, among the lines still unaccounted for, a run whose joined text is a gold paragraph
    left (a page with no blank lines: its words broken by hyphens, its sentence perhaps carried
    over a page break) is story too.
    """
    lines: Counter[str] = Counter()
    story_lines: Counter[str] = Counter()
    left = Counter(story)
    loose: list[str] = []  # lines no block or gold copy accounted for, in page order
    for block in text.split("\n\n"):
        raw = [line for line in block.split("\n") if line.strip()]
        keys = [paragraph_key(line) for line in raw]
        lines.update(keys)
        joined = " ".join(keys)
        if len(keys) > 1 and left[joined] > 0:
            left[joined] -= 1
            story_lines.update(keys)
            continue
        for line, key in zip(raw, keys, strict=True):
            if left[key] > 0:
                left[key] -= 1
                story_lines[key] += 1
            else:
                loose.append(line)
    taken = [False] * len(loose)
    for target in sorted(left.elements()):
        run = _wrapped_run(loose, taken, target)
        for index in run:
            taken[index] = True
            story_lines[paragraph_key(loose[index])] += 1
    return lines, story_lines


_PAGE_BREAK_LINES = 12  # a sentence carried over a page break skips at most this many lines


def _wrapped_run(loose: list[str], taken: list[bool], target: str) -> list[int]:
    """Indices of lines of `loose` that join into the paragraph keyed `target`, or none.

    The lines follow each other, but for one gap of a few lines (a page break's furniture).
    """
    for start, first in enumerate(loose):
        if taken[start] or not paragraph_key(first) or not target.startswith(paragraph_key(first)):
            continue
        run, text, gap_used = [start], first, False
        while paragraph_key(text) != target:
            following = [
                i
                for i in range(run[-1] + 1, min(len(loose), run[-1] + 2 + _PAGE_BREAK_LINES))
                if not taken[i] and paragraph_key(loose[i])
            ]
            candidates = following[:1] if gap_used else following
            after = next(
                (
                    i
                    for i in candidates
                    if target.startswith(paragraph_key(_join_wrapped(text, loose[i])))
                ),
                None,
            )
            if after is None:
                break
            gap_used = gap_used or after != run[-1] + 1
            run.append(after)
            text = _join_wrapped(text, loose[after])
        if paragraph_key(text) == target and len(run) > 1:
            return run
    return []


def _join_wrapped(text: str, line: str) -> str:
    """Two lines of a wrapped paragraph as one: a word hyphenated at the line end made whole."""
    if len(text) > 2 and text.endswith("-") and text[-2].isalpha() and line[:1].islower():
        return text[:-1] + line
    return f"{text} {line}"


def _as_input_lines(
    removed: Counter[str], text: str, lines: Counter[str], story: Counter[str]
) -> Counter[str]:
    """Removed keys as input lines' keys.

    One that joins several input lines (wrapped furniture) is split into them; one the cleaner
    read out of its line's markup (a link mark, a tag, an escape) is the line it was read from,
    unless it is a gold paragraph: a story line removed stays wrongly removed.
    """
    rows = [line for line in text.split("\n") if line.strip()]
    split: Counter[str] = Counter()
    for key, count in removed.items():
        if key in lines:
            split[key] += count
            continue
        if not key:
            continue  # a mark or a rule the cleaner read out of markup: no line of text
        parts = _joined_rows(rows, key) or ([] if key in story else _marked_up_row(rows, key))
        for part in parts or [key]:
            split[part] += count
    return split


def _marked_up_row(rows: list[str], key: str) -> list[str]:
    """The key of the first input row that reads as `key` once a format's markup is out, or none."""
    for row in rows:
        if any(paragraph_key(read(row) or "") == key for read in _LINE_READINGS):
            return [paragraph_key(row)]
    return []


def _escaped_html(row: str) -> str:
    """A row of a feed's escaped HTML as the cleaner reads the item's story: unescaped, as text."""
    return html_to_text(html.unescape(row))


_LINE_READINGS: Final[tuple[Callable[[str], str | None], ...]] = (
    text_dump_line,
    markdown_line,
    bbcode_text,
    wiki_line,
    gemtext_line,
    _escaped_html,
)
"""How each format the cleaner reads gives a line of its text (the cleaner's own readers)."""


def _joined_rows(rows: list[str], key: str) -> list[str]:
    """The keys of consecutive input rows that join into `key`, or none."""
    for start, first in enumerate(rows):
        if not paragraph_key(first):  # a rule ("-----") over wrapped furniture is no part of it
            continue
        text = first
        for end in range(start + 1, len(rows)):
            if not key.startswith(paragraph_key(text)):
                break
            text = _join_wrapped(text, rows[end])
            if paragraph_key(text) == key:  # a rule between its lines is no part of it either
                return [k for row in rows[start : end + 1] if (k := paragraph_key(row))]
    return []


def _matches(cleaned: CleanedArticle, expected: dict[str, Any]) -> bool:
    published = cleaned.published.isoformat() if cleaned.published else None
    return (
        cleaned.title == expected["title"]
        and cleaned.body == expected["body"]
        and cleaned.credits == expected.get("credits", [])
        and published == expected.get("published")
        and cleaned.source_site == expected.get("source_site")
    )


def score_folder(folder: Path) -> CleaningScore:
    """Clean every gold case in `folder` and count against its gold."""
    score = CleaningScore()
    for case in load_gold(folder):
        try:
            cleaned: CleanedArticle | None = clean(case.raw)
        except EmptyArticleError:
            cleaned = None
        score_case(case, cleaned, score)
    return score


def evaluate_cleaning(folder: Path, out: TextIO = sys.stdout) -> int:
    """Clean every gold case in `folder` and print the figures; 0 when it ran."""
    score = score_folder(folder)
    out.write(
        f"cases {score.cases}, exact matches {score.exact}\n"
        f"furniture lines: precision {score.precision:.3f} ({score.furniture_removed}/"
        f"{score.removed} removed lines were furniture), recall {score.recall:.3f} "
        f"({score.furniture_removed}/{score.furniture} furniture lines removed; plain text)\n"
        f"paragraph recall {score.paragraph_recall:.3f} "
        f"({score.paragraphs_found}/{score.paragraphs})\n"
    )
    if score.mismatches:
        out.write(f"differ from gold: {', '.join(score.mismatches)}\n")
    return 0
