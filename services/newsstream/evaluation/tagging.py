"""`newsstream eval tags FOLDER`: the tagger against hand-written gold tags.

Each `*.json` file in the folder holds one article (`title`, `paragraphs`, joined by blank lines
into the body) and the tags a careful annotator gave it (`tags`). Scores are micro-averaged over
all files, per kind:

- people, organisations: a gold name matches a tagged entity of that type whose canonical name
  or one of whose surface forms folds (case, diacritics, transliteration) to the same key;
- places: the same on name and surface forms, and the country must agree;
- countries: the set of ISO codes;
- key facts: (kind, number) pairs, counted as a multiset; dates: ISO values, as a multiset.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from newsstream.core.models import EntityType
from newsstream.core.names import name_key
from newsstream.core.tagging import Tagger, Tags, default_tagger

KINDS: Final = ("people", "organisations", "places", "countries", "key facts", "dates")


@dataclass(frozen=True, slots=True)
class Score:
    """True positives, false positives and false negatives of one kind."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """Share of the tags given that are right (1.0 when none were given)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of the gold tags found (1.0 when there were none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One gold file: the article and its expected tags."""

    name: str
    title: str | None
    body: str
    tags: dict[str, Any]


def load_gold(folder: Path) -> list[GoldArticle]:
    """Every gold article in `folder`, by file name."""
    articles = []
    for path in sorted(folder.glob("*.json")):
        document = json.loads(path.read_text("utf-8"))
        articles.append(
            GoldArticle(
                path.name,
                document.get("title"),
                "\n\n".join(document["paragraphs"]),
                document["tags"],
            )
        )
    return articles


def _key(name: str) -> str:
    return name_key(name.replace("-", " ").split())


def _match_names(gold: list[tuple[str, str]], tagged: list[tuple[set[str], str]]) -> Score:
    """One-to-one matching of gold (name, qualifier) to tagged (keys, qualifier)."""
    unmatched = list(tagged)
    tp = 0
    for name, qualifier in gold:
        key = _key(name)
        hit = next((t for t in unmatched if key in t[0] and t[1] == qualifier), None)
        if hit is not None:
            unmatched.remove(hit)
            tp += 1
    return Score(tp, len(unmatched), len(gold) - tp)


def _multiset(gold: Counter[Any], tagged: Counter[Any]) -> Score:
    tp = sum((gold & tagged).values())
    return Score(tp, sum(tagged.values()) - tp, sum(gold.values()) - tp)


def score_article(gold: dict[str, Any], tags: Tags) -> dict[str, Score]:
    """Scores of one article's tags against its gold tags, per kind."""

    def entities(entity_type: EntityType) -> list[tuple[set[str], str]]:
        return [
            ({_key(e.name), *(_key(s) for s in e.surface_forms)}, "")
            for e in tags.entities
            if e.type is entity_type
        ]

    places = [({_key(p.name), *(_key(s) for s in p.surface_forms)}, p.country) for p in tags.places]
    return {
        "people": _match_names([(n, "") for n in gold["people"]], entities(EntityType.PERSON)),
        "organisations": _match_names(
            [(n, "") for n in gold["organisations"]], entities(EntityType.ORGANIZATION)
        ),
        "places": _match_names([(p["name"], p["country"]) for p in gold["places"]], places),
        "countries": _multiset(Counter(set(gold["countries"])), Counter(set(tags.countries))),
        "key facts": _multiset(
            Counter((f["kind"], f["number"]) for f in gold["key_facts"]),
            Counter((f.kind.value, f.number) for f in tags.key_facts),
        ),
        "dates": _multiset(
            Counter(d["date"] for d in gold["dates"]), Counter(d.date for d in tags.dates)
        ),
    }


def score_folder(folder: Path, tagger: Tagger | None = None) -> dict[str, Score]:
    """Scores summed over every gold article in `folder`, per kind."""
    tagger = tagger or default_tagger()
    totals = dict.fromkeys(KINDS, Score())
    for article in load_gold(folder):
        scores = score_article(article.tags, tagger.tag(article.title, article.body))
        totals = {kind: totals[kind] + scores[kind] for kind in KINDS}
    return totals


def evaluate_tagging(folder: Path) -> int:
    """Print precision, recall and F1 per tag kind; exit code 1 when the folder has no gold."""
    if not list(folder.glob("*.json")):
        print(f"no gold files (*.json) in {folder}")
        return 1
    totals = score_folder(folder)
    print(f"{'kind':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>4} {'fn':>4}")
    for kind, score in totals.items():
        print(
            f"{kind:<14} {score.precision:>9.3f} {score.recall:>7.3f} {score.f1:>6.3f}"
            f" {score.tp:>5} {score.fp:>4} {score.fn:>4}"
        )
    return 0
