"""The pure parts of bench/pipeline_bench.py: corpus, percentiles, profile parsing. No timing."""

from __future__ import annotations

import importlib.util
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
        "clean_articles: faust/aiokafka calls": 4,
    }
    label, samples, stage = profile.top[0]
    assert (label, samples, stage) == ("classify (newsstream/core/furniture.py:78)", 30, "clean")
    assert profile.us_per_article(30) == pytest.approx(30_000)
