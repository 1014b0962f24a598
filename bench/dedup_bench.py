"""Deduplication cost and memory, and the MinHash implementations side by side.

    .venv/bin/python bench/dedup_bench.py [--articles 100000] [--compare 2000] [--sweep 1000]

Prints:

1. MinHash signature cost per article, for our numpy code and for datasketch (the same word
   shingles, 128 permutations), on `--compare` articles.
2. Deduplication cost per article (sketch: fingerprint, shingles, signature, band keys; decide;
   remember) and the state per remembered article after `--articles` articles: the bytes of
   keys and values (what a compacted changelog holds) and, for reference, the Python heap of
   the in-memory dicts.
3. Pair precision and recall of `newsstream eval dedup` on a `--sweep`-article corpus for a
   range of thresholds, which is how the default threshold was chosen.

Articles come from the corpus generator (`newsstream corpus`); for 1 and 2 the story
paragraphs are taken from each page directly rather than by cleaning it, which would dominate
the run time and is not what is measured.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime, timedelta

import numpy as np
from datasketch import MinHash

from newsstream.batch import Judged
from newsstream.core import dedup
from newsstream.core.dedup import DedupMemory, DedupPolicy
from newsstream.core.models import RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.core.text import paragraph_key
from newsstream.corpus import generate
from newsstream.evaluation.dedup import measure

START = datetime(2026, 3, 1, tzinfo=UTC)
STORY_MIN_WORDS = 12  # furniture lines are shorter; every story paragraph is longer


def bodies(count: int, seed: int) -> list[str]:
    """Story text of `count` generated articles, duplicates included."""
    files, _ = generate(count, seed)
    return [
        "\n\n".join(p for p in text.split("\n\n") if len(p.split()) >= STORY_MIN_WORDS)
        for _, text in sorted(files.items())
    ]


def per_article_us(seconds: float, count: int) -> float:
    """Microseconds per article."""
    return seconds / count * 1e6


def compare_minhash(texts: list[str], policy: DedupPolicy) -> None:
    """Time our signatures and datasketch's on the same texts; check that they agree."""
    hasher = policy.hasher
    started = time.perf_counter()
    ours = [hasher.signature(text) for text in texts]
    ours_us = per_article_us(time.perf_counter() - started, len(texts))

    words = [paragraph_key(text).split() for text in texts]
    k = hasher.shingle_words
    shingles = [
        [" ".join(w[i : i + k]).encode() for i in range(max(1, len(w) - k + 1))] for w in words
    ]
    started = time.perf_counter()
    theirs = []
    for batch in shingles:
        minhash = MinHash(num_perm=hasher.num_perm)
        minhash.update_batch(batch)
        theirs.append(minhash)
    theirs_us = per_article_us(time.perf_counter() - started, len(texts))

    rng = np.random.default_rng(1)
    pairs = rng.integers(0, len(texts), size=(2000, 2))
    agreement = np.mean(
        [abs(float(np.mean(ours[a] == ours[b])) - theirs[a].jaccard(theirs[b])) for a, b in pairs]
    )
    print(f"MinHash signature, {hasher.num_perm} permutations, {len(texts)} articles:")
    print(f"  numpy (ours)   {ours_us:8.0f} µs/article (shingling included)")
    print(f"  datasketch     {theirs_us:8.0f} µs/article (shingles given, as bytes)")
    print(f"  mean |difference| of their similarity estimates on random pairs: {agreement:.4f}")


def dedup_cost(texts: list[str], policy: DedupPolicy) -> None:
    """Time batch deduplication of every text and measure what it remembers."""
    memory = DedupMemory()
    sketch_s = decide_s = 0.0
    duplicates = 0
    for i, text in enumerate(texts):
        # A day's worth of articles every 10,000: the retention window is exercised too.
        at = START + timedelta(days=i / 10_000)
        started = time.perf_counter()
        sketch = dedup.sketch_article(f"{i:032x}", at, text, policy.hasher)
        sketched = time.perf_counter()
        decision = dedup.decide(sketch, memory, policy)
        dedup.remember(sketch, decision, memory)
        decide_s += time.perf_counter() - sketched
        sketch_s += sketched - started
        duplicates += decision.is_duplicate
        if i % 10_000 == 9_999:  # what the processor does every few minutes
            dedup.purge(memory, at, policy)
    n = len(texts)
    records = [dedup.RootRecord.unpack(v) for v in memory.roots.values()]
    roots = sum(not r.is_copy for r in records)
    copies = len(records) - roots
    copy_bytes = sum(len(k) + len(v) for k, v in memory.roots.items() if len(v) < 40 + 8)
    heap = sum(
        sys.getsizeof(part) + sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in part.items())
        for part in (memory.roots, memory.bands)
    )
    sketch_us, decide_us = per_article_us(sketch_s, n), per_article_us(decide_s, n)
    print(f"Deduplication of {n:,} articles over 10 days ({duplicates:,} duplicates):")
    print(f"  sketch (fold, fingerprint, signature, keys) {sketch_us:6.0f} µs/article")
    print(f"  decide + remember (in memory)               {decide_us:6.0f} µs/article")
    print(f"  remembered after the last purge: {roots:,} roots, {copies:,} copy records")
    per_root = (memory.state_bytes() - copy_bytes) / roots
    print(f"  state: {per_root:5.0f} B of keys and values per root (record and band entries)")
    print(f"         {copy_bytes / max(copies, 1):5.0f} B per copy record (a near duplicate's)")
    print(f"         {heap / len(records):5.0f} B of Python heap per remembered article (dicts)")


def sweep(count: int, seed: int) -> None:
    """Pair scores of a corpus by threshold (cleaned once, deduplicated per threshold)."""
    files, truth = generate(count, seed)
    enricher = Enricher()
    cleaned = [
        enricher.clean(
            RawArticle(article_id=f"{i:032x}", source=name, received_at=START, text=files[name])
        )
        for i, name in enumerate(sorted(files))
    ]
    print(f"Pair scores on a {count}-article corpus (seed {seed}) by threshold:")
    print("  threshold  exact R  exact P  near R  near P  hard-negative FP")
    for threshold in (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9):
        policy = DedupPolicy(threshold=threshold)
        memory = DedupMemory()
        judged = []
        for article in cleaned:
            sketch = dedup.sketch_article(
                article.article_id, article.received_at, article.body, policy.hasher
            )
            decision = dedup.decide(sketch, memory, policy)
            dedup.remember(sketch, decision, memory)
            judged.append(Judged(article, decision))
        r = measure(judged, truth)
        print(
            f"  {threshold:9.2f}  {r.exact.recall:7.3f}  {r.exact.precision:7.3f}"
            f"  {r.near.recall:6.3f}  {r.near.precision:6.3f}"
            f"  {r.hard_negatives_joined:5d} of {r.hard_negatives}"
        )


def main() -> None:
    """Run the three measurements."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--compare", type=int, default=2_000)
    parser.add_argument("--sweep", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    policy = DedupPolicy()
    texts = bodies(args.articles, args.seed)
    compare_minhash(texts[: args.compare], policy)
    dedup_cost(texts, policy)
    if args.sweep:
        sweep(args.sweep, args.seed + 1)


if __name__ == "__main__":
    main()
