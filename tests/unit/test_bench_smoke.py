"""The pure parts of bench/pipeline_bench.py: corpus, percentiles, profile parsing. No timing."""

from __future__ import annotations

import importlib.util
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest

from newsstream.core import dedup
from newsstream.core.cleaning import clean
from newsstream.core.models import RawArticle

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "pipeline_bench.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pipeline_bench", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def _fingerprint(text: str) -> str:
    raw = RawArticle(article_id="a", source="s", received_at=datetime.now(UTC), text=text)
    return dedup.fingerprint(clean(raw).body)


def test_synthetic_corpus_has_4kb_articles_and_a_fifth_resent(bench: ModuleType) -> None:
    corpus = bench.synthetic_corpus(500, 3)
    assert len(corpus) == 500
    sizes = [len(a.text.encode()) for a in corpus]
    assert 3.5 * 1024 <= sum(sizes) / len(sizes) <= 4.6 * 1024
    resent = [a for a in corpus if a.kind != "original"]
    assert 0.12 <= len(resent) / len(corpus) <= 0.28
    assert {a.kind for a in resent} == {"exact", "near"}
    assert all(corpus[a.original].kind == "original" for a in resent)
    assert len({a.text for a in corpus}) == len(corpus)  # every submission differs as a page


def test_synthetic_corpus_is_deterministic(bench: ModuleType) -> None:
    assert bench.synthetic_corpus(50, 7) == bench.synthetic_corpus(50, 7)
    assert bench.synthetic_corpus(50, 7) != bench.synthetic_corpus(50, 8)


def test_exact_resends_clean_to_their_original_and_near_ones_do_not(bench: ModuleType) -> None:
    corpus = bench.synthetic_corpus(150, 5)
    resent = [a for a in corpus if a.kind != "original"]
    assert resent
    for article in resent:
        same = _fingerprint(article.text) == _fingerprint(corpus[article.original].text)
        assert same is (article.kind == "exact"), article.source


def test_newsstream_corpus_is_thinned_to_a_fifth(bench: ModuleType) -> None:
    pytest.importorskip("newsstream.corpus")
    corpus = bench.newsstream_corpus(300, 2)
    assert len(corpus) == 300
    share = sum(a.kind != "original" for a in corpus) / len(corpus)
    assert 0.15 <= share <= 0.21


def test_percentile_interpolates_between_ranks(bench: ModuleType) -> None:
    values = [float(v) for v in range(1, 101)]
    assert bench.percentile(values, 50) == pytest.approx(50.5)
    assert bench.percentile(values, 99) == pytest.approx(99.01)
    assert bench.percentile(values, 0) == 1.0
    assert bench.percentile(values, 100) == 100.0
    assert bench.percentile([3.0], 95) == 3.0
    assert bench.percentile([5.0, 1.0], 50) == 3.0  # unsorted input


def test_percentile_rejects_no_values_and_bad_ranks(bench: ModuleType) -> None:
    with pytest.raises(ValueError, match="no values"):
        bench.percentile([], 50)
    with pytest.raises(ValueError, match="outside"):
        bench.percentile([1.0], 101)


def test_profile_lines_are_attributed_to_stages(bench: ModuleType) -> None:
    agent = "clean_articles (newsstream/processor/app.py:144)"
    text = "\n".join(
        [
            f"_run (asyncio/events.py:78);{agent};clean (newsstream/core/pipeline.py:35);"
            "classify (newsstream/core/furniture.py:78) 30",
            f"_run (asyncio/events.py:78);{agent};decode (newsstream/core/codec.py:19) 5",
            f"_run (asyncio/events.py:78);{agent};send (faust/topics.py:200) 4",
            "select (selectors.py:451) 10",
            "garbage line",
        ]
    )
    profile = bench.summarize_profile(text, rate_hz=100, seconds=1.0, articles=10)
    assert profile.samples == 49
    assert dict(profile.stages) == {
        "clean": 30,
        "event loop": 10,
        "decode": 5,
        "clean_articles: faust": 4,
    }
    label, samples, stage = profile.top[0]
    assert (label, samples, stage) == ("classify (newsstream/core/furniture.py:78)", 30, "clean")
    assert profile.us_per_article(30) == pytest.approx(30_000)


def test_agents_own_library_calls_are_named_by_app_function_and_library(
    bench: ModuleType,
) -> None:
    agent = "dedup_articles (newsstream/processor/app.py:350)"
    batch = "_dedup_batch (newsstream/processor/app.py:360)"
    text = "\n".join(
        [
            f"{agent};{batch};_send (newsstream/processor/app.py:480);"
            "model_dump_json (pydantic/main.py:493) 7",
            f"{agent};{batch};_dedup_step (newsstream/processor/app.py:420);"
            "decode_message (newsstream/core/dedup_flow.py:220);"
            "validate_json (pydantic/type_adapter.py:400) 3",
            f"{agent};{batch};_dedup_step (newsstream/processor/app.py:420);"
            "step (newsstream/core/dedup_flow.py:300);_advance (newsstream/core/dedup_flow.py:9) 5",
            f"{agent};{batch} 2",
        ]
    )
    profile = bench.summarize_profile(text, rate_hz=100, seconds=1.0, articles=10)
    assert dict(profile.stages) == {
        "dedup_articles › _send: pydantic": 7,
        "dedup": 5,
        "dedup_flow: decode_message": 3,
        "dedup_articles › _dedup_batch: own code": 2,
    }


def test_profile_counts_the_messages_written_between_two_end_offset_readings(
    bench: ModuleType,
) -> None:
    before = {"enriched/0": 10, "enriched/1": 4, "duplicates/0": 2}
    after = {"enriched/0": 25, "enriched/1": 4, "duplicates/0": 5, "duplicates/1": 3}
    assert bench.messages_between(before, after) == 15 + 0 + 3 + 3
    assert bench.messages_between(after, after) == 0


def test_profile_per_article_figures_divide_by_the_window_outputs(bench: ModuleType) -> None:
    text = "\n".join(
        ["_run (asyncio/events.py:78);select (selectors.py:451) 300", "work (other.py:1) 100"]
    )
    sampled = bench.summarize_profile(text, rate_hz=200, seconds=4.0, articles=100)
    assert sampled.us_per_article(sampled.samples) == pytest.approx(20_000)  # 2 s over 100
    assert sampled.busy == pytest.approx(0.5)
    # With the process's CPU time known, samples are its shares of that time.
    timed = bench.summarize_profile(text, rate_hz=200, seconds=4.0, articles=100, cpu_seconds=1.6)
    assert timed.us_per_article(timed.samples) == pytest.approx(16_000)
    assert timed.us_per_article(100) == pytest.approx(4_000)
    assert bench._profile_totals(timed) == (
        "process CPU time 16,000 µs/article, samples (wall time holding the GIL) 20,000 µs/article"
    )


def test_changelog_writes_counts_keys_written_again_in_their_batch(bench: ModuleType) -> None:
    spec = importlib.util.spec_from_file_location(
        "changelog_writes", SCRIPT.with_name("changelog_writes.py")
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)  # imports `pipeline_bench`: loaded by the fixture
    lines = [
        "W\t0\tlock-holds\t0\taa\t0",  # a hold taken
        "W\t0\tpublished\t0\tbb\t0",
        "W\t1\tlock-holds\t0\tcc\t0",  # parked ...
        "W\t1\tlock-holds\t0\tcc\t0",  # ... and handed the lock in the same batch: a repeat
        "W\t3\tlock-holds\t0\taa\t1",  # released three batches after it was taken
        "W\t3\tlock-holds\t1\tcc\t0",  # another partition's key: not a repeat
    ]
    writes = module.count_writes(lines)
    assert writes.batches == 3
    assert writes.total == {"lock-holds": 5, "published": 1}
    assert writes.repeated == {"lock-holds": 1}
    assert writes.held == [3]


def test_a_burst_says_where_the_main_thread_spent_it(bench: ModuleType) -> None:
    burst = bench.Throughput(
        400, 400, 69.0, main_share=0.7, queued_share=0.1, broker_share=0.35, bench_share=0.05
    )
    assert bench._cores(burst) == (
        "main thread on a CPU 70%, waiting for a CPU 10%, asleep (awaiting Kafka, timers) 20%; "
        "broker 35% of a core, the benchmark's clients 5%"
    )
    assert bench._cores(bench.Throughput(400, 400, 69.0)) == ""


def test_schedule_seconds_of_this_process_main_thread(bench: ModuleType) -> None:
    seconds = bench.thread_schedule_seconds(os.getpid())
    if seconds is None:
        pytest.skip("no /proc schedstat here")
    on_cpu, waiting = seconds
    assert on_cpu > 0
    assert waiting >= 0
    assert bench.thread_schedule_seconds(2**22 + 1) is None  # above pid_max: no such process
