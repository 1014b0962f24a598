from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

from newsstream.batch import judge_articles, read_paths
from newsstream.cli import main
from newsstream.core.models import RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.core.text import paragraph_key
from newsstream.corpus import ARTICLES_DIR, TRUTH_FILE, generate, read_truth
from newsstream.evaluation.dedup import measure

REPO = Path(__file__).resolve().parents[2]


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another() -> None:
    assert generate(40, seed=1) == generate(40, seed=1)
    assert generate(40, seed=1)[0] != generate(40, seed=2)[0]


def test_corpus_has_every_kind_of_duplicate_and_hard_negatives() -> None:
    files, truth = generate(300, seed=3)
    assert len(files) == truth.articles == 300
    assert sum(len(g) for g in truth.groups) > 60
    texts = [{m["text"] for m in g} for g in truth.groups]
    assert any(len(t) == 1 for t in texts)  # resends or republications only
    assert any(len(t) > 1 for t in texts)  # light edits
    assert truth.hard_negatives
    resent = [g for g in truth.groups if len({files[m["file"]] for m in g}) < len(g)]
    assert resent
    sizes = [len(text.encode()) for text in files.values()]
    assert 2500 < sum(sizes) / len(sizes) < 6000


def test_no_seed_text_is_in_the_corpus() -> None:
    files, _ = generate(200, seed=4)
    corpus = paragraph_key(" ".join(files.values()))
    for seed in (REPO / "seeds").iterdir():
        for line in seed.read_text().splitlines():
            if len(line.split()) >= 8:
                assert paragraph_key(line) not in corpus


def test_hard_negatives_share_background_but_differ_after_cleaning() -> None:
    files, truth = generate(200, seed=5)
    enricher = Enricher()
    a, b = truth.hard_negatives[0]
    bodies = [enricher.clean(raw(name, files[name])).body for name in (a, b)]
    shared = set(bodies[0].split("\n\n")) & set(bodies[1].split("\n\n"))
    assert 1 <= len(shared) <= 2


def raw(name: str, text: str) -> RawArticle:
    return RawArticle(article_id=name, source=name, received_at=datetime.now(UTC), text=text)


def test_cli_writes_a_corpus_that_eval_dedup_scores(tmp_path: Path) -> None:
    assert main(["corpus", "--articles", "120", "--seed", "2", "--output", str(tmp_path)]) == 0
    assert len(list((tmp_path / ARTICLES_DIR).iterdir())) == 120
    assert (tmp_path / TRUTH_FILE).is_file()
    assert main(["eval", "dedup", str(tmp_path)]) == 0
    report = measure(judge_articles(read_paths([tmp_path / ARTICLES_DIR])), read_truth(tmp_path))
    assert report.exact.recall == 1.0
    assert report.exact.precision == 1.0
    assert report.near.precision >= 0.99
    assert report.near.recall >= 0.9
    assert report.hard_negatives_joined == 0


def test_measure_counts_pairs_within_clusters() -> None:
    files, truth = generate(60, seed=6)
    pairs = sum(len(list(combinations(g, 2))) for g in truth.groups)
    report = measure([], truth)
    assert report.exact.true_pairs + report.near.true_pairs == pairs
    assert report.exact.found == report.near.found == 0
    assert len(files) == 60
