"""Near-duplicate detection on a real broker: several workers, and a restart, forget nothing.

The corpus is generated (`newsstream corpus`). Its duplicate groups are kept when every two of
their members reach the threshold and share a band key, so the expected pairs do not depend on
which member arrives first; groups of light edits that only chain through their original are
left out, because which of their members ends up first (and so which pairs exist) depends on
arrival order.
"""

from __future__ import annotations

import asyncio
import subprocess
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

import pytest

from newsstream.consumer import OutputEvent
from newsstream.core import dedup
from newsstream.core.models import DuplicateMethod, EnrichedArticle, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.corpus import generate
from newsstream.metrics import scrape
from newsstream.settings import Settings
from tests.conftest import (
    await_metrics,
    free_port,
    launch_processor,
    metrics_url,
    settled,
    stop_processor,
)
from tests.integration.test_pipeline import replay_and_collect

pytestmark = [pytest.mark.integration, pytest.mark.slow]

Pair = frozenset[str]


def clean_groups(articles: int, seed: int) -> tuple[dict[str, str], list[list[str]]]:
    """Generated files, and the duplicate groups whose members are pairwise near duplicates.

    Files that batch mode cannot enrich (a tagging failure becomes a dead letter) are left out:
    this test is about which articles are duplicates of which.
    """
    files, truth = generate(articles, seed)
    policy = Settings().dedup_policy()
    enricher = Enricher()
    now = datetime.now(UTC)
    sketches = {}
    for name, text in files.items():
        cleaned = enricher.clean(
            RawArticle(article_id=name, source=name, received_at=now, text=text)
        )
        try:
            enricher.enrich(cleaned, dedup.DedupDecision(fingerprint=name), now)
        except Exception:  # noqa: S112 - any tagging failure: not what this test is about
            continue
        sketches[name] = dedup.sketch_article(name, now, cleaned.body, policy.hasher)

    def near(a: str, b: str) -> bool:
        sa, sb = sketches[a], sketches[b]
        similar = policy.hasher.similarity(sa.sketch, sb.sketch) >= policy.threshold
        return similar and bool(set(sa.band_keys) & set(sb.band_keys))

    groups = [[m["file"] for m in group if m["file"] in sketches] for group in truth.groups]
    kept = [g for g in groups if len(g) > 1 and all(near(a, b) for a, b in combinations(g, 2))]
    dropped = {name for g in groups if g not in kept for name in g}
    return {n: files[n] for n in sketches if n not in dropped}, kept


def write(folder: Path, files: dict[str, str], names: Iterable[str]) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_text(files[name], encoding="utf-8")
    return folder


@contextmanager
def workers(settings: Settings, count: int, logs: Path) -> Iterator[list[Settings]]:
    """`count` processes of one app (same consumer group), each with its own metrics port.

    Started side by side; yielded once all joined the group's last generation and recovered.
    """
    each = [settings] + [
        settings.model_copy(update={"processor_metrics_port": free_port()})
        for _ in range(count - 1)
    ]
    with ExitStack() as stack:
        launched = []
        for i, worker in enumerate(each):
            log = logs / f"worker-{uuid.uuid4().hex[:6]}-{i}.log"
            process: subprocess.Popen[bytes] = launch_processor(worker, log)
            stack.callback(lambda p=process, log=log: stop_processor(p, log))
            launched.append((process, worker, log))
        for process, worker, log in launched:
            await_metrics(process, worker, log)
        wait_until_settled([log for _, _, log in launched])
        yield each


def wait_until_settled(logs: list[Path], timeout: float = 60.0) -> None:
    """Wait until the workers recovered after their group's last rebalance."""
    deadline = time.monotonic() + timeout
    while not settled(logs):
        assert time.monotonic() < deadline, f"workers not ready:\n{logs[-1].read_text()[-4000:]}"
        time.sleep(0.2)


def articles_of(events: list[OutputEvent]) -> list[EnrichedArticle]:
    """One event per article: a rebalance may publish an article again, with the same outcome."""
    first: dict[str, EnrichedArticle] = {}
    for item in events:
        if isinstance(item.event, EnrichedArticle):
            seen = first.setdefault(item.event.article_id, item.event)
            assert (seen.duplicate_of is None) == (item.event.duplicate_of is None)
    return list(first.values())


def found_pairs(articles: list[EnrichedArticle]) -> set[Pair]:
    """Pairs of source files in one cluster (a root and its duplicates)."""
    source = {a.article_id: a.source for a in articles}
    clusters: dict[str, list[str]] = {}
    for a in articles:
        clusters.setdefault(a.duplicate_of or a.article_id, []).append(a.source)
    assert all(root in source for root in clusters), "a duplicate points at an unpublished article"
    return {frozenset(p) for members in clusters.values() for p in combinations(members, 2)}


def check_routing(settings: Settings, events: list[OutputEvent]) -> None:
    for item in events:
        assert item.topic != settings.dead_letter_topic
        assert isinstance(item.event, EnrichedArticle)
        on_duplicates = item.topic == settings.duplicates_topic
        assert (item.event.duplicate_of is not None) is on_duplicates


def duplicates_counted(each: list[Settings], method: DuplicateMethod) -> float:
    name = f'newsstream_duplicates_total{{method="{method.value}"}}'
    return sum(scrape(metrics_url(s)).get(name, 0.0) for s in each)


Corpus = tuple[dict[str, str], list[list[str]]]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """One corpus for both tests: deriving it builds an Enricher and enriches every file."""
    return clean_groups(140, seed=21)


def expected_pairs(groups: list[list[str]]) -> set[Pair]:
    return {frozenset(p) for g in groups for p in combinations(g, 2)}


def check_counted(each: list[Settings], events: list[OutputEvent]) -> None:
    """Every publication is counted by its method, republished or not."""
    published = [e.event for e in events if isinstance(e.event, EnrichedArticle)]
    for method in DuplicateMethod:
        assert duplicates_counted(each, method) == sum(
            a.duplicate_method is method for a in published
        )


def test_two_workers_find_every_pair_one_worker_finds(
    settings: Settings, tmp_path: Path, corpus: Corpus
) -> None:
    """Two workers find exactly the pairs that hold offline, as one worker does.

    One worker's run over the same corpus, all of it, is the restart test's (its two runs
    together find `expected` too): one worker started once more here would test nothing else.
    """
    # Deciding spread over both workers: probes cross dedup partitions owned by either.
    settings = settings.model_copy(update={"dedup_partitions": 4})
    files, groups = corpus
    expected = expected_pairs(groups)
    assert len(expected) >= 20
    folder = write(tmp_path / "corpus", files, files)
    with workers(settings, 2, tmp_path) as each:
        _, events = asyncio.run(replay_and_collect(settings, [folder]))
        check_routing(settings, events)
        articles = articles_of(events)
        assert sorted(a.source for a in articles) == sorted(files)
        check_counted(each, events)
    assert found_pairs(articles) == expected


def test_a_restarted_worker_remembers_what_it_published(
    settings: Settings, tmp_path: Path, corpus: Corpus
) -> None:
    """One worker publishes every group's first member and every unique file, and stops; a new
    process (only the changelogs remember) takes the rest: each a duplicate of its group's first.
    Over the two runs, one worker finds exactly the pairs that hold offline.
    """
    files, groups = corpus
    later = [name for g in groups for name in g[1:]]
    first = set(files) - set(later)
    assert len(later) >= 10
    with workers(settings, 1, tmp_path):
        _, events = asyncio.run(
            replay_and_collect(settings, [write(tmp_path / "first", files, first)])
        )
    check_routing(settings, events)
    before = articles_of(events)
    assert all(a.duplicate_of is None for a in before)
    roots = {a.source: a.article_id for a in before}
    assert set(roots) == first
    with workers(settings, 1, tmp_path) as each:  # a new process: only the changelogs remember
        _, events = asyncio.run(
            replay_and_collect(settings, [write(tmp_path / "later", files, later)])
        )
        check_counted(each, events)
    check_routing(settings, events)
    after = articles_of(events)
    assert sorted(a.source for a in after) == sorted(later)
    root_of = {name: g[0] for g in groups for name in g}
    for article in after:
        assert article.duplicate_of == roots[root_of[article.source]], article.source
        assert article.similarity is not None
        assert article.similarity >= settings.dedup_threshold
    assert found_pairs(before + after) == expected_pairs(groups)
