"""Train the line model (`services/newsstream/data/line_model.json`) from cleaning gold sets.

Run: .venv/bin/python scripts/train_line_model.py [--cv] [--write] GOLD_DIR...

The training rows are the paragraphs the furniture rules leave in the body (cleaning with
`NO_LINE_MODEL`) that the model may judge (`candidates`), labelled furniture when the gold
body and title do not hold them. A logistic regression (numpy, L2, classes weighted to balance)
is fitted on standardised features and folded back to raw-feature weights; the threshold is the
training story paragraphs' highest logit plus a margin (in logits: a margin in probability
vanishes near 1), and never below `--min-threshold`, so the model removes no story paragraph of
its own training data.

`--cv` leaves each gold set out in turn: trains on the others, scores the one left out with
`newsstream eval clean`'s counts, rules alone against rules plus model: the estimate for sites
never seen. `--write` trains on all the sets given and writes the data file.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from newsstream.core.cleaning import clean
from newsstream.core.linemodel import (
    FEATURES,
    NO_LINE_MODEL,
    LineModel,
    candidates,
)
from newsstream.core.linemodel import stopwords as function_words
from newsstream.core.text import paragraph_key
from newsstream.errors import EmptyArticleError
from newsstream.evaluation.cleaning import CleaningScore, GoldCase, load_gold, score_case

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "services" / "newsstream" / "data" / "line_model.json"
_STEPS = 300


@dataclass
class Rows:
    """Feature rows and labels (1: furniture) of a set of gold cases."""

    features: npt.NDArray[np.float64]
    labels: npt.NDArray[np.float64]


def rows_of(cases: list[GoldCase]) -> Rows:
    """The paragraphs the rules keep in each case, with their gold label."""
    features: list[list[float]] = []
    labels: list[float] = []
    for case in cases:
        try:
            cleaned = clean(case.raw, line_model=NO_LINE_MODEL)
        except EmptyArticleError:
            continue
        story = {paragraph_key(p) for p in case.expected["body"].split("\n\n") if p}
        if case.expected.get("title"):
            story.add(paragraph_key(case.expected["title"]))
        paragraphs = cleaned.body.split("\n\n")
        for index, row in candidates(paragraphs, cleaned.title, function_words()):
            features.append(row)
            labels.append(float(paragraph_key(paragraphs[index]) not in story))
    return Rows(np.array(features, dtype=np.float64), np.array(labels, dtype=np.float64))


def fit(rows: Rows, margin: float, min_threshold: float, l2: float) -> LineModel:
    """Weighted L2 logistic regression by Newton steps; threshold above every story row."""
    x, y = rows.features, rows.labels
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    positives = max(y.sum(), 1.0)
    weight = np.where(y == 1, len(y) / (2 * positives), len(y) / (2 * (len(y) - positives)))
    beta = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(_STEPS):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -50, 50)))
        gradient = z.T @ (weight * (p - y)) + penalty @ beta
        hessian = (z.T * (weight * p * (1 - p))) @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-9:
            break
    weights = beta[1:] / scale
    bias = beta[0] - float((beta[1:] * mean / scale).sum())
    story_logits = x[y == 0] @ weights + bias
    top = float(story_logits.max()) if len(story_logits) else -50.0
    threshold = max(min_threshold, 1 / (1 + np.exp(-min(top + margin, 50.0))))
    return LineModel(tuple(float(w) for w in weights), float(bias), float(threshold))


def score(cases: list[GoldCase], model: LineModel) -> CleaningScore:
    """`newsstream eval clean`'s counts for these cases cleaned with `model`."""
    result = CleaningScore()
    for case in cases:
        try:
            cleaned = clean(case.raw, line_model=model)
        except EmptyArticleError:
            cleaned = None
        score_case(case, cleaned, result)
    return result


def figures(result: CleaningScore) -> str:
    """Precision, recall, paragraph recall and exact matches, as `eval clean` counts them."""
    return (
        f"P {result.precision:.3f} ({result.furniture_removed}/{result.removed}) "
        f"R {result.recall:.3f} ({result.furniture_removed}/{result.furniture}) "
        f"PR {result.paragraph_recall:.3f} ({result.paragraphs_found}/{result.paragraphs}) "
        f"exact {result.exact}/{result.cases}"
    )


def main() -> None:
    """Cross-validate, and/or train on every set and write the data file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold_dirs", nargs="+", type=Path)
    parser.add_argument("--cv", action="store_true", help="leave each set out in turn")
    parser.add_argument("--write", action="store_true", help=f"write {DATA.name}")
    parser.add_argument("--margin", type=float, default=1.0, help="in logits")
    parser.add_argument("--min-threshold", type=float, default=0.9)
    parser.add_argument("--l2", type=float, default=3.0, help="weight of the L2 penalty")
    args = parser.parse_args()
    sets = {folder.name: load_gold(folder) for folder in args.gold_dirs}
    rows = {name: rows_of(cases) for name, cases in sets.items()}
    if args.cv:
        for name, cases in sets.items():
            train = [r for other, r in rows.items() if other != name]
            model = fit(
                Rows(
                    np.vstack([r.features for r in train]),
                    np.concatenate([r.labels for r in train]),
                ),
                args.margin,
                args.min_threshold,
                args.l2,
            )
            print(f"{name} (left out), threshold {model.threshold:.3f}")
            print(f"  rules only    {figures(score(cases, NO_LINE_MODEL))}")
            print(f"  rules + model {figures(score(cases, model))}")
    everything = Rows(
        np.vstack([r.features for r in rows.values()]),
        np.concatenate([r.labels for r in rows.values()]),
    )
    model = fit(everything, args.margin, args.min_threshold, args.l2)
    print(
        f"all sets: {len(everything.labels)} paragraphs, {int(everything.labels.sum())} furniture,"
        f" threshold {model.threshold:.3f}"
    )
    for name, cases in sets.items():
        print(f"  {name:18} in-sample {figures(score(cases, model))}")
    if args.write:
        data = {
            "trained_on": sorted(sets),
            "features": list(FEATURES),
            "weights": [round(w, 6) for w in model.weights],
            "bias": round(model.bias, 6),
            "threshold": round(model.threshold, 4),
        }
        DATA.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {DATA.relative_to(REPO)}")


if __name__ == "__main__":
    main()
