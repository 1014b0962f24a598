"""`newsstream eval clean GOLD_DIR`: how well cleaning separates furniture from story.

A gold case is an input (`NAME.txt`, `NAME.html`, or `NAME.source` naming a file in the
repository) and `NAME.gold.json` with the expected `title`, `body`, `credits`, `published` and
`source_site`. Lines are compared as multisets of folded text: every occurrence of a line in the
input that the gold body and title do not account for is furniture (a second copy of a story
paragraph included), so a line-level precision and recall of furniture removal fall out, and
paragraph recall is the share of gold paragraphs found in the cleaned body.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from newsstream.core.cleaning import clean
from newsstream.core.models import CleanedArticle, ContentType, RawArticle
from newsstream.core.text import normalise_text, paragraph_key
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
        lines, story_lines = _story_lines(normalise_text(text), story)
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
    """
    lines: Counter[str] = Counter()
    story_lines: Counter[str] = Counter()
    left = Counter(story)
    for block in text.split("\n\n"):
        keys = [paragraph_key(line) for line in block.split("\n") if line.strip()]
        lines.update(keys)
        joined = " ".join(keys)
        if len(keys) > 1 and left[joined] > 0:
            left[joined] -= 1
            story_lines.update(keys)
            continue
        for key in keys:
            if left[key] > 0:
                left[key] -= 1
                story_lines[key] += 1
    return lines, story_lines


def _matches(cleaned: CleanedArticle, expected: dict[str, Any]) -> bool:
    published = cleaned.published.isoformat() if cleaned.published else None
    return (
        cleaned.title == expected["title"]
        and cleaned.body == expected["body"]
        and cleaned.credits == expected.get("credits", [])
        and published == expected.get("published")
        and cleaned.source_site == expected.get("source_site")
    )


def evaluate_cleaning(folder: Path, out: TextIO = sys.stdout) -> int:
    """Clean every gold case in `folder` and print the figures; 0 when it ran."""
    score = CleaningScore()
    for case in load_gold(folder):
        try:
            cleaned: CleanedArticle | None = clean(case.raw)
        except EmptyArticleError:
            cleaned = None
        score_case(case, cleaned, score)
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
