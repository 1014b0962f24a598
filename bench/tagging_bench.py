"""Tagging speed: µs per article for each step of `Tagger.tag`, on 4 KB articles.

    .venv/bin/python bench/tagging_bench.py [--size 4096] [--rounds 25] [--gold tests/gold/tags]

The articles are the gold articles of tests/gold/tags, each grown to `--size` bytes with the
paragraphs of the next ones, so every article is different, real news prose and of the target
size. Each step is measured twice, in CPU time (`time.process_time`), which other processes on
a shared machine inflate less than wall-clock time, as the median of `--rounds` rounds:
"alone", over all articles in a row, as its own loop; "in turn", each article going through
all steps in the order `tag()` runs them, as a worker does. A step alone keeps its tables and
code in the processor's caches; in turn the other steps have evicted them (the gazetteer, the
language model's 28 MB table and 39 MB automaton), so steps cost more in turn, and the sum in
turn is what `tag()` costs. The target is a whole `tag()` call under 1 ms per 4 KB article; the
cost of `sum(range(1000))` is printed alongside to compare machines.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsstream.core.districts import find_districts
from newsstream.core.gazetteer import default_gazetteer
from newsstream.core.keyfacts import dates, key_facts
from newsstream.core.language import detect_language
from newsstream.core.localities import find_localities
from newsstream.core.occupations import find_people_by_occupation
from newsstream.core.organisations import find_organisations
from newsstream.core.smalltowns import find_small_towns
from newsstream.core.tagging import default_tagger, resolve_places, to_entities, to_places
from newsstream.core.topics import default_topic_scorer

TARGET_US = 1_000.0


def articles(folder: Path, size: int) -> list[tuple[str, str]]:
    """(title, body) pairs of `size` bytes each, from the gold articles in `folder`."""
    gold = [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("*.json"))]
    built = []
    for index, document in enumerate(gold):
        paragraphs = list(document["paragraphs"])
        follower = index + 1
        while len("\n\n".join(paragraphs).encode()) < size:
            paragraphs.extend(gold[follower % len(gold)]["paragraphs"])
            follower += 1
        body = "\n\n".join(paragraphs).encode()[:size].decode("utf-8", "ignore")
        built.append((document["title"], body))
    return built


def per_article_us(step: Callable[[Any], object], inputs: list[Any], rounds: int) -> float:
    """Median round's mean CPU µs per input."""
    costs = []
    for _ in range(rounds):
        started = time.process_time()
        for item in inputs:
            step(item)
        costs.append((time.process_time() - started) / len(inputs))
    return statistics.median(costs) * 1e6


def in_turn_us(
    steps: list[tuple[str, Callable[[Any], object], list[Any]]], rounds: int
) -> list[float]:
    """Median round's mean CPU µs per input of each step, the steps run in turn on each input."""
    costs: list[list[float]] = [[] for _ in steps]
    for _ in range(rounds):
        spent = [0.0] * len(steps)
        for index in range(len(steps[0][2])):
            for number, (_, step, inputs) in enumerate(steps):
                started = time.process_time()
                step(inputs[index])
                spent[number] += time.process_time() - started
        for number, total in enumerate(spent):
            costs[number].append(total / len(steps[0][2]))
    return [statistics.median(cost) * 1e6 for cost in costs]


def main() -> None:
    """Print the µs per article of every tagging step and of the whole tag() call."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=4096, help="bytes per article")
    parser.add_argument("--rounds", type=int, default=25, help="runs over the articles")
    parser.add_argument("--gold", type=Path, default=Path("tests/gold/tags"))
    args = parser.parse_args()

    started = time.process_time()
    tagger, gazetteer, topics = default_tagger(), default_gazetteer(), default_topic_scorer()
    startup = time.process_time() - started
    corpus = articles(args.gold, args.size)
    # The steps see what tag() gives them: the title and body as one text, each stage's mentions.
    heads = [f"{title}.\n\n" if title else "" for title, _ in corpus]
    texts = [head + body for head, (_, body) in zip(heads, corpus, strict=True)]
    for title, body in corpus:  # warm the caches a long-running worker has warm
        tagger.tag(title, body)
    found = [(text, gazetteer.find(text)) for text in texts]
    organised = [(text, find_organisations(text, m)) for text, m in found]
    roled = [(text, find_people_by_occupation(text, m)) for text, m in organised]
    localised = [find_localities(text, m) for text, m in roled]
    located = [find_small_towns(text, m) for text, m in zip(texts, localised, strict=True)]
    districted = [find_districts(text, m) for text, m in zip(texts, located, strict=True)]
    mentions = [
        [(m, None if m.start < len(head) else m.start - len(head)) for m in ms]
        for head, ms in zip(heads, districted, strict=True)
    ]
    seen = [resolve_places(m) for m in mentions]
    bodies = [body for _, body in corpus]
    topic_texts = [f"{title}\n\n{body}" if title else body for title, body in corpus]

    steps: list[tuple[str, Callable[[Any], object], list[Any]]] = [
        ("gazetteer (names, titles, orgs)", gazetteer.find, texts),
        ("organisations (text's shape)", lambda a: find_organisations(*a), found),
        ("people (occupation endings)", lambda a: find_people_by_occupation(*a), organised),
        ("localities (text's shape)", lambda a: find_localities(*a), roled),
        (
            "small towns (country and cue)",
            lambda a: find_small_towns(*a),
            list(zip(texts, localised, strict=True)),
        ),
        (
            "districts (country and cue)",
            lambda a: find_districts(*a),
            list(zip(texts, located, strict=True)),
        ),
        ("places (choose by country cues)", resolve_places, mentions),
        ("language", detect_language, bodies),
        ("entities (merge, offsets)", to_entities, seen),
        ("places (records)", to_places, seen),
        ("topics", topics.score, topic_texts),
        ("key facts", key_facts, bodies),
        ("dates", dates, bodies),
    ]
    sizes = [len(b.encode()) for b in bodies]
    print(
        f"{len(corpus)} articles of {statistics.mean(sizes):,.0f} bytes, "
        f"median of {args.rounds} rounds (CPU time); gazetteer and vocabulary built in "
        f"{startup:.1f} s"
    )
    calibration = per_article_us(lambda n: sum(range(n)), [1000] * 1000, args.rounds)
    print(f"this machine: sum(range(1000)) takes {calibration:.1f} µs")
    print(f"{'step (µs per article)':<34} {'alone':>8} {'in turn':>8}")
    alone = [per_article_us(step, inputs, args.rounds) for _, step, inputs in steps]
    in_turn = in_turn_us(steps, args.rounds)
    for (name, _, _), cost, turn_cost in zip(steps, alone, in_turn, strict=True):
        print(f"{name:<34} {cost:>8.0f} {turn_cost:>8.0f}")
    print(f"{'sum of the steps':<34} {sum(alone):>8.0f} {sum(in_turn):>8.0f}")
    whole = per_article_us(lambda a: tagger.tag(a[0], a[1]), corpus, args.rounds)
    verdict = "met" if whole < TARGET_US else "missed"
    print(f"{'tag() in all':<34} {'':>8} {whole:>8.0f}   target < {TARGET_US:.0f} µs: {verdict}")


if __name__ == "__main__":
    main()
