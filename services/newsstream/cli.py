"""The `newsstream` command line."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from prometheus_client import CollectorRegistry
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from newsstream import __version__
from newsstream.errors import NewsstreamError
from newsstream.settings import Settings, get_settings

DEFAULT_SEEDS = Path("seeds")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsstream",
        description="Streaming ingest for news articles: clean, deduplicate and tag on Kafka. "
        "Settings come from NEWSSTREAM_* environment variables (see the README).",
    )
    parser.add_argument("--version", action="version", version=f"newsstream {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = commands.add_parser(
        "demo", help="run the whole pipeline on the seed files and show the output"
    )
    demo.add_argument("seeds", nargs="?", type=Path, default=DEFAULT_SEEDS)
    demo.add_argument("--repeat", type=int, default=1, help="replay the seeds N times")
    demo.add_argument("--keep-running", action="store_true", help="keep processing until Ctrl-C")
    demo.add_argument("--timeout", type=float, default=180.0, help="seconds to wait for output")

    replay = commands.add_parser("replay", help="produce article files onto the raw topic")
    replay.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_SEEDS], metavar="PATH")
    replay.add_argument(
        "--rate",
        type=float,
        default=None,
        help="articles per second (default: as fast as the broker takes them)",
    )
    replay.add_argument("--repeat", type=int, default=1, help="send the files N times")
    replay.add_argument("--start-delay", type=float, default=0.0, help="seconds to wait first")
    replay.add_argument("--no-progress", action="store_true", help="no progress bar")
    replay.add_argument(
        "--linger",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="with NEWSSTREAM_PRODUCER_METRICS_PORT set, keep serving metrics this long after "
        "sending (or until SIGTERM/Ctrl-C), so Prometheus scrapes the final counts",
    )

    process = commands.add_parser("process", help="run the stream processor until stopped")
    process.add_argument(
        "--log-level", default="warning", choices=["debug", "info", "warning", "error"]
    )

    enrich = commands.add_parser("enrich", help="batch mode: enrich files without Kafka")
    enrich.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    enrich.add_argument("--output", type=Path, default=None, help="write JSON lines here")

    tail = commands.add_parser("tail", help="print output events as they arrive")
    tail.add_argument(
        "--topic",
        choices=["enriched", "duplicates", "dead-letter"],
        action="append",
        help="which output (repeatable; default: all)",
    )
    tail.add_argument("--from-beginning", action="store_true")
    tail.add_argument("--json", action="store_true", help="one JSON object per line")
    tail.add_argument("--group", default=None, help="consumer group (default: a new one)")
    tail.add_argument(
        "--idle-timeout",
        type=float,
        default=None,
        help="exit after this many seconds without events",
    )

    evaluate = commands.add_parser("eval", help="measure quality against a gold folder")
    evaluate.add_argument("kind", choices=["clean", "dedup", "tags"])
    evaluate.add_argument("folder", type=Path)

    corpus = commands.add_parser(
        "corpus", help="write a synthetic corpus with known duplicates (for eval dedup)"
    )
    corpus.add_argument("--articles", type=int, default=1000, help="how many article files")
    corpus.add_argument("--seed", type=int, default=1, help="the same seed, the same corpus")
    corpus.add_argument("--output", type=Path, required=True, metavar="DIR")

    commands.add_parser("topics", help="create the topics that do not exist yet")

    kafka = commands.add_parser("kafka", help="run a local single-node Kafka broker until Ctrl-C")
    kafka.add_argument("--port", type=int, default=9092)

    schemas = commands.add_parser("schemas", help="write or check the JSON Schema files")
    schemas.add_argument("folder", nargs="?", type=Path, default=Path("schemas"))
    schemas.add_argument("--check", action="store_true", help="fail if the files drifted")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the process exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return _run(args)
    except NewsstreamError as error:
        print(f"newsstream {args.command}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`newsstream enrich ... | head`): no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nor at exit's flush
        return 141


def _run(args: argparse.Namespace) -> int:  # noqa: PLR0911 - one return per command
    settings = get_settings()
    if args.command == "demo":
        from newsstream.demo import run_demo

        asyncio.run(
            run_demo(
                settings,
                args.seeds,
                repeat=args.repeat,
                keep_running=args.keep_running,
                timeout=args.timeout,
            )
        )
        return 0
    if args.command == "replay":
        return _replay(args, settings)
    if args.command == "process":
        from newsstream.processor.worker import run_processor

        run_processor(settings, args.log_level)
        return 0
    if args.command == "enrich":
        return _enrich(args.paths, args.output)
    if args.command == "tail":
        return asyncio.run(_tail(args, settings))
    if args.command == "topics":
        from newsstream.kafka.admin import ensure_topics

        created = asyncio.run(ensure_topics(settings))
        print(f"created: {', '.join(created) or 'nothing (all exist)'}")
        return 0
    if args.command == "eval":
        return _evaluate(args.kind, args.folder)
    if args.command == "corpus":
        return _corpus(args.output, args.articles, args.seed)
    if args.command == "kafka":
        return _kafka(args.port, settings)
    return _schemas(args.folder, check=args.check)


def _replay(args: argparse.Namespace, settings: Settings) -> int:
    from newsstream.metrics import ProducerMetrics, serve
    from newsstream.producer.replay import replay

    metrics = ProducerMetrics(CollectorRegistry())
    server = None
    if settings.producer_metrics_port:
        server = serve(metrics.registry, settings.metrics_host, settings.producer_metrics_port)
    show_progress = sys.stderr.isatty() and not args.no_progress
    progress = Progress(
        TextColumn("replaying"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        disable=not show_progress,
    )
    task = progress.add_task("replay", total=None)
    with progress:
        summary = asyncio.run(
            replay(
                settings,
                args.paths,
                rate=args.rate,
                repeat=args.repeat,
                start_delay=args.start_delay,
                metrics=metrics,
                on_progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
        )
    for error in summary.errors[:20]:
        print(f"failed: {error}", file=sys.stderr)
    print(summary, flush=True)
    if server is not None:
        _linger(args.linger)
        server.shutdown()
    return 1 if summary.failed else 0


def _linger(seconds: float) -> None:
    """Wait `seconds` while the metrics server runs; a SIGTERM ends the wait early, cleanly."""
    if seconds <= 0:
        return
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait(seconds)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _enrich(paths: list[Path], output: Path | None) -> int:
    from newsstream.batch import enrich_paths
    from newsstream.core.codec import encode
    from newsstream.core.models import DeadLetter

    failures = 0
    sink: TextIO = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for event in enrich_paths(paths):
            failures += isinstance(event, DeadLetter)
            sink.write(encode(event).decode("utf-8") + "\n")
    finally:
        if output:
            sink.close()
    if failures:
        print(f"{failures} article(s) could not be enriched (dead letters)", file=sys.stderr)
    return 1 if failures else 0


async def _tail(args: argparse.Namespace, settings: Settings) -> int:
    import uuid

    from newsstream.consumer import OutputReader, describe, topic_for
    from newsstream.core.codec import encode

    names = args.topic or ["enriched", "duplicates", "dead-letter"]
    group = args.group or f"newsstream-tail-{uuid.uuid4().hex[:8]}"
    reader = OutputReader(
        settings,
        [topic_for(settings, n) for n in names],
        from_beginning=args.from_beginning,
        group_id=group,
    )
    await reader.start()
    try:
        async for item in reader.events(timeout=args.idle_timeout):
            print(encode(item.event).decode("utf-8") if args.json else describe(item), flush=True)
    finally:
        await reader.stop()
    return 0


def _evaluate(kind: str, folder: Path) -> int:
    """Each evaluation module prints its report and returns the exit code."""
    if kind == "clean":
        from newsstream.evaluation.cleaning import evaluate_cleaning

        return evaluate_cleaning(folder)
    if kind == "dedup":
        from newsstream.evaluation.dedup import evaluate_dedup

        return evaluate_dedup(folder)
    from newsstream.evaluation.tagging import evaluate_tagging

    return evaluate_tagging(folder)


def _corpus(folder: Path, articles: int, seed: int) -> int:
    from newsstream.corpus import ARTICLES_DIR, TRUTH_FILE, write_corpus

    truth = write_corpus(folder, articles, seed)
    print(
        f"wrote {truth.articles} articles to {folder / ARTICLES_DIR} and the truth to "
        f"{folder / TRUTH_FILE}: {len(truth.groups)} duplicate groups, "
        f"{len(truth.hard_negatives)} hard-negative pairs"
    )
    return 0


def _kafka(port: int, settings: Settings) -> int:
    from newsstream.localkafka import LocalKafka

    with LocalKafka(
        settings.cache_dir / "kafka", version=settings.kafka_version, port=port
    ) as broker:
        broker.start()
        print(f"Kafka {broker.version} at {broker.bootstrap_servers}; Ctrl-C stops it", flush=True)
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop the broker on SIGTERM too
        while True:
            signal.pause()
    return 0


def _schemas(folder: Path, *, check: bool) -> int:
    from newsstream.schemas import drifted_schemas, write_schemas

    if check:
        drifted = drifted_schemas(folder)
        for name in drifted:
            print(
                f"{folder / name} differs from the models: run `newsstream schemas`",
                file=sys.stderr,
            )
        return 1 if drifted else 0
    for path in write_schemas(folder):
        print(f"wrote {path}")
    return 0
