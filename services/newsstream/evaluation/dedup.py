"""How well deduplication finds duplicates in a corpus with known ones: `newsstream eval dedup`.

Batch mode runs over the corpus's articles in file order. Its duplicate links (a duplicate
points at its root) make clusters, and every pair of articles in one cluster is a predicted
pair, as in the ground truth every pair of one duplicate group is a true pair. Pairs are
counted separately by kind:

- *exact*: true pairs with the same story text, predicted pairs with the same fingerprint;
- *near*: the other true pairs, and the other predicted pairs;
- *hard negatives*: two reports of one event, which must not end in one cluster.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from newsstream.batch import Judged, judge_articles, read_paths
from newsstream.core.dedup import DedupPolicy
from newsstream.core.models import DeadLetter
from newsstream.corpus import ARTICLES_DIR, Truth, read_truth
from newsstream.settings import get_settings

Pair = frozenset[str]


@dataclass(frozen=True)
class PairScore:
    """Precision and recall of one kind of pair."""

    true_pairs: int
    found: int
    predicted: int
    correct: int

    @property
    def recall(self) -> float:
        """Share of the true pairs found (1.0 when there are none)."""
        return self.found / self.true_pairs if self.true_pairs else 1.0

    @property
    def precision(self) -> float:
        """Share of the predicted pairs that are true (1.0 when none were predicted)."""
        return self.correct / self.predicted if self.predicted else 1.0


@dataclass(frozen=True)
class DedupReport:
    """What `newsstream eval dedup` measures."""

    articles: int
    dead_letters: int
    exact: PairScore
    near: PairScore
    hard_negatives: int
    hard_negatives_joined: int
    exact_by_fingerprint: int

    def lines(self, threshold: float) -> list[str]:
        """The report as printed."""
        head = f"{'':16}{'true pairs':>11}{'found':>7}{'recall':>8}"
        head += f"{'predicted':>11}{'correct':>9}{'precision':>11}"
        rows = [
            f"{name:16}{s.true_pairs:>11}{s.found:>7}{s.recall:>8.3f}"
            f"{s.predicted:>11}{s.correct:>9}{s.precision:>11.3f}"
            for name, s in (("exact", self.exact), ("near", self.near))
        ]
        return [
            f"{self.articles} articles, {self.dead_letters} dead letters, "
            f"threshold {threshold:.2f}",
            head,
            *rows,
            f"exact pairs found by fingerprint: {self.exact_by_fingerprint} of "
            f"{self.exact.true_pairs}",
            f"hard negatives judged duplicates (false positives): {self.hard_negatives_joined} "
            f"of {self.hard_negatives} pairs",
        ]


def _clusters(judged: Iterable[Judged]) -> dict[str, str]:
    """Source file → the source of its cluster's root."""
    source_of: dict[str, str] = {}
    parent: dict[str, str] = {}
    for item in judged:
        article_id = item.cleaned.article_id
        source_of[article_id] = item.cleaned.source
        parent[article_id] = item.decision.duplicate_of or article_id

    def root(article_id: str) -> str:
        while parent.get(article_id, article_id) != article_id:
            article_id = parent[article_id]
        return article_id

    return {source: source_of.get(root(i), root(i)) for i, source in source_of.items()}


def measure(judged: Iterable[Judged | DeadLetter], truth: Truth) -> DedupReport:
    """Score batch mode's decisions against the ground truth."""
    articles: list[Judged] = []
    dead = 0
    for item in judged:
        if isinstance(item, DeadLetter):
            dead += 1
        else:
            articles.append(item)
    cluster = _clusters(articles)
    content = {a.cleaned.source: a.decision.fingerprint for a in articles}
    members: dict[str, list[str]] = {}
    for source, root in cluster.items():
        members.setdefault(root, []).append(source)
    predicted = {frozenset(p) for group in members.values() for p in combinations(group, 2)}
    predicted_exact = {p for p in predicted if len({content[s] for s in p}) == 1}

    true_exact: set[Pair] = set()
    true_near: set[Pair] = set()
    for group in truth.groups:
        for a, b in combinations(group, 2):
            pair = frozenset((a["file"], b["file"]))
            (true_exact if a["text"] == b["text"] else true_near).add(pair)
    true_all = true_exact | true_near
    predicted_near = predicted - predicted_exact
    hard = {frozenset(pair) for pair in truth.hard_negatives}
    return DedupReport(
        articles=len(articles) + dead,
        dead_letters=dead,
        exact=PairScore(
            len(true_exact),
            len(true_exact & predicted),
            len(predicted_exact),
            len(predicted_exact & true_all),
        ),
        near=PairScore(
            len(true_near),
            len(true_near & predicted),
            len(predicted_near),
            len(predicted_near & true_all),
        ),
        hard_negatives=len(hard),
        hard_negatives_joined=len(hard & predicted),
        exact_by_fingerprint=len(true_exact & predicted_exact),
    )


def evaluate_dedup(folder: Path, policy: DedupPolicy | None = None) -> int:
    """Run batch mode (clean, deduplicate) over a `newsstream corpus` folder; print scores."""
    policy = policy or get_settings().dedup_policy()
    truth = read_truth(folder)
    report = measure(judge_articles(read_paths([folder / ARTICLES_DIR]), policy=policy), truth)
    print(f"newsstream eval dedup {folder}")
    for line in report.lines(policy.threshold):
        print(f"  {line}")
    return 0
