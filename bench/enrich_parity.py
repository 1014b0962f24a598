"""Parity of the pipeline's output: one hash of what cleaning and tagging make of many inputs.

    .venv/bin/python bench/enrich_parity.py [--articles 300] [--seed 5] [--verbose]

Speed work must not change output: run this before and after a change, the hashes must match.
The inputs are every case under tests/gold/cleaning*/ (cleaned, then tagged), every article
under tests/gold/tags*/ (tagged) and a generated corpus (`newsstream.corpus.generate`, cleaned
and tagged). Each output is an `EnrichedArticle` with a fixed dedup decision and time, as JSON;
only hashes are printed, no text.
"""

from __future__ import annotations

import argparse
import hashlib
from datetime import UTC, datetime
from pathlib import Path

from newsstream.core.dedup import DedupDecision
from newsstream.core.models import CleanedArticle, ContentType, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.corpus import generate
from newsstream.errors import EmptyArticleError
from newsstream.evaluation import cleaning as cleaning_gold
from newsstream.evaluation import tagging as tagging_gold
from newsstream.sources import content_type_of

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
WHEN = datetime(2026, 1, 1, tzinfo=UTC)
DECISION = DedupDecision(fingerprint="0" * 16)


def _raw(name: str, text: str, content_type: ContentType) -> RawArticle:
    return RawArticle(
        article_id=name, source=name, received_at=WHEN, content_type=content_type, text=text
    )


def _enriched(enricher: Enricher, raw: RawArticle) -> str:
    try:
        cleaned = enricher.clean(raw)
    except EmptyArticleError as error:
        return f"empty: {error}"
    return enricher.enrich(cleaned, DECISION, WHEN).model_dump_json()


def _tagged(enricher: Enricher, name: str, title: str | None, body: str) -> str:
    cleaned = CleanedArticle(
        article_id=name,
        source=name,
        received_at=WHEN,
        title=title,
        body=body,
        credits=[],
        removed=[],
    )
    return enricher.enrich(cleaned, DECISION, WHEN).model_dump_json()


def outputs(articles: int, seed: int) -> dict[str, str]:
    """Each input's output as JSON, by a name saying where the input came from."""
    enricher = Enricher()
    found: dict[str, str] = {}
    for folder in sorted(GOLD.glob("cleaning*")):
        for case in cleaning_gold.load_gold(folder):
            found[f"{folder.name}/{case.name}"] = _enriched(enricher, case.raw)
    for folder in sorted(GOLD.glob("tags*")):
        for article in tagging_gold.load_gold(folder):
            key = f"{folder.name}/{article.name}"
            found[key] = _tagged(enricher, article.name, article.title, article.body)
    files, _ = generate(articles, seed)
    for name, text in sorted(files.items()):
        kind = content_type_of(Path(name), text.encode("utf-8"))
        found[f"corpus/{name}"] = _enriched(enricher, _raw(name, text, kind))
    return found


def main() -> None:
    """Print the hash of every output (and of each, with --verbose)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--verbose", action="store_true", help="one hash per input")
    args = parser.parse_args()
    found = outputs(args.articles, args.seed)
    total = hashlib.sha256()
    for key, output in found.items():
        digest = hashlib.sha256(output.encode("utf-8")).hexdigest()
        total.update(f"{key}\t{digest}\n".encode())
        if args.verbose:
            print(digest[:16], key)
    print(f"{len(found)} outputs, sha256 {total.hexdigest()}")


if __name__ == "__main__":
    main()
