"""Cleaning cost per article: CPU time of `clean()` on the gold inputs, plain text and HTML.

Run: .venv/bin/python bench/cleaning_bench.py [--reps N]
The machine is shared, so cost is CPU time (`time.process_time`), the median over repetitions of
each article. The target is under 200 µs for a 4 KB plain-text article: compare the line for
the seed pages (3.7-4.6 KB each) and the per-4-KB figure over all plain inputs. Each is measured
twice: with line verdicts never remembered (a story seen for the first time) and with them
remembered (the same article again, the furniture lines of a known site).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

from newsstream.core.cleaning import clean
from newsstream.core.furniture import FurnitureRules, default_rules
from newsstream.core.models import ContentType, RawArticle
from newsstream.evaluation.cleaning import load_gold

REPO = Path(__file__).resolve().parents[1]
_BATCH = 10  # calls per timing: process_time ticks are coarse on some systems


def cpu_microseconds(article: RawArticle, reps: int, rules: FurnitureRules) -> float:
    """Median CPU µs of one `clean(article, rules)` over `reps` timings."""
    timings = []
    for _ in range(reps):
        started = time.process_time()
        for _ in range(_BATCH):
            clean(article, rules)
        timings.append((time.process_time() - started) / _BATCH)
    return statistics.median(timings) * 1e6


def report(label: str, articles: list[RawArticle], reps: int, rules: FurnitureRules) -> None:
    """Print the median article's cost and the cost per 4 KB of input."""
    costs = [cpu_microseconds(article, reps, rules) for article in articles]
    kilobytes = [len(article.text.encode()) / 1024 for article in articles]
    per_4kb = sum(costs) / sum(kilobytes) * 4
    print(
        f"{label:36} {len(articles):3} articles, mean {statistics.mean(kilobytes):4.1f} KB: "
        f"median {statistics.median(costs):7.1f} µs/article, {per_4kb:7.1f} µs per 4 KB"
    )


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reps", type=int, default=30)
    reps = parser.parse_args().reps
    cases = load_gold(REPO / "tests" / "gold" / "cleaning")
    # Rules that remember no line verdict: every line is classified as if never seen, the cost
    # of a story's own lines. The shipped rules remember lines, as furniture and copied stories
    # recur; a repeated article then costs what the lines it repeats no longer do.
    unseen = FurnitureRules(default_rules().rules, remembered_lines=0)
    seen = FurnitureRules(default_rules().rules)
    for case in cases:  # warm caches (rules, compiled selections) outside the measurement
        clean(case.raw, unseen)
        clean(case.raw, seen)
    print(f"python {platform.python_version()} on {platform.machine()}, CPU time, {reps} reps")
    seeds = [c.raw for c in cases if c.name.startswith("seed_")]
    plain = [c.raw for c in cases if c.raw.content_type is ContentType.PLAIN]
    html = [c.raw for c in cases if c.raw.content_type is ContentType.HTML]
    for memory, rules in (("lines unseen", unseen), ("lines seen", seen)):
        report(f"plain, seed pages, {memory}", seeds, reps, rules)
        report(f"plain, all, {memory}", plain, reps, rules)
        report(f"html, all, {memory}", html, reps, rules)


if __name__ == "__main__":
    main()
