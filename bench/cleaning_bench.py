"""Cleaning cost per article: plain text and HTML, over the gold inputs and the seeds.

Run: .venv/bin/python bench/cleaning_bench.py [--rounds N]
Prints microseconds per article and per KB (the target: under 200 µs for a 4 KB plain-text
article, so per-KB cost times 4 is the figure to compare).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

from newsstream.core.cleaning import clean
from newsstream.core.models import ContentType, RawArticle
from newsstream.evaluation.cleaning import load_gold

REPO = Path(__file__).resolve().parents[1]


def measure(articles: list[RawArticle], rounds: int) -> tuple[float, float]:
    """Median over rounds of (µs per article, µs per KB)."""
    total_kb = sum(len(a.text.encode()) for a in articles) / 1024
    per_round = []
    for _ in range(rounds):
        started = time.perf_counter()
        for article in articles:
            clean(article)
        per_round.append(time.perf_counter() - started)
    seconds = statistics.median(per_round)
    return seconds / len(articles) * 1e6, seconds / total_kb * 1e6


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=50)
    rounds = parser.parse_args().rounds
    cases = [case.raw for case in load_gold(REPO / "tests" / "gold" / "cleaning")]
    for article in cases:  # warm caches (rules, tables) outside the measurement
        clean(article)
    print(f"python {platform.python_version()} on {platform.machine()}, {rounds} rounds, median")
    for kind in (ContentType.PLAIN, ContentType.HTML):
        chosen = [a for a in cases if a.content_type is kind]
        per_article, per_kb = measure(chosen, rounds)
        size = sum(len(a.text.encode()) for a in chosen) / len(chosen) / 1024
        print(
            f"{kind.value:10} {len(chosen):3} articles, mean {size:4.1f} KB: "
            f"{per_article:7.1f} µs/article, {per_kb:6.1f} µs/KB, "
            f"{per_kb * 4:6.1f} µs per 4 KB"
        )


if __name__ == "__main__":
    main()
