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


def fresh(settings: Settings) -> Settings:
    """Settings of another isolated pipeline on the same broker."""
    run = uuid.uuid4().hex[:10]
    return settings.model_copy(
        update={
            "raw_topic": f"test-{run}.raw",
            "enriched_topic": f"test-{run}.enriched",
            "duplicates_topic": f"test-{run}.duplicates",
            "dead_letter_topic": f"test-{run}.dead-letter",
            "app_id": f"newsstream-test-{run}",
            "processor_metrics_port": free_port(),
        }
    )


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


def test_two_workers_find_every_pair_one_worker_finds(settings: Settings, tmp_path: Path) -> None:
    # Deciding spread over both workers: probes cross dedup partitions owned by either.
    settings = settings.model_copy(update={"dedup_partitions": 4})
    files, groups = clean_groups(140, seed=21)
    expected = {frozenset(p) for g in groups for p in combinations(g, 2)}
    assert len(expected) >= 20
    corpus = write(tmp_path / "corpus", files, files)

    found = {}
    for count, run in ((1, settings), (2, fresh(settings))):
        with workers(run, count, tmp_path) as each:
            _, events = asyncio.run(replay_and_collect(run, [corpus]))
            check_routing(run, events)
            articles = articles_of(events)
            assert sorted(a.source for a in articles) == sorted(files)
            found[count] = found_pairs(articles)
            published = [e.event for e in events if isinstance(e.event, EnrichedArticle)]
            for method in DuplicateMethod:  # every publication is counted, republished or not
                assert duplicates_counted(each, method) == sum(
                    a.duplicate_method is method for a in published
                )
    assert found[1] == expected
    assert found[2] >= found[1]
    assert found[2] == expected


def test_a_restarted_worker_remembers_what_it_published(settings: Settings, tmp_path: Path) -> None:
    files, groups = clean_groups(80, seed=22)
    first = {g[0] for g in groups}
    later = [name for g in groups for name in g[1:]]
    assert len(later) >= 10
    with workers(settings, 1, tmp_path):
        _, events = asyncio.run(
            replay_and_collect(settings, [write(tmp_path / "first", files, first)])
        )
    roots = {a.source: a.article_id for a in articles_of(events)}
    assert set(roots) == first
    with workers(settings, 1, tmp_path):  # a new process: only the changelogs remember
        _, events = asyncio.run(
            replay_and_collect(settings, [write(tmp_path / "later", files, later)])
        )
    check_routing(settings, events)
    root_of = {name: g[0] for g in groups for name in g}
    for article in articles_of(events):
        assert article.duplicate_of == roots[root_of[article.source]], article.source
        assert article.similarity is not None
        assert article.similarity >= settings.dedup_threshold
