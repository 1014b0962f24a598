"""Pipeline benchmark: the processor against its compute, transport and peer limits, in one run.

Run: .venv/bin/python bench/pipeline_bench.py [--articles N] [--quick]

On one broker and one set of topics it measures:

1. compute limit: the stage functions the processor calls (decode, clean, dedup, tag, encode),
   in batch mode on one core;
2. transport limit: a bare aiokafka consume → produce pass-through of the same raw messages;
3. the service: `python -m newsstream process` draining the pre-loaded raw topic, then a burst
   of fresh articles at full speed (articles/s), end-to-end latency at fixed offered rates and
   at the highest rate it sustains, and a py-spy profile of it;
4. the peer: the same stage functions in a Quix Streams application.

It prints the figures and writes BENCHMARKS.md. The broker is KAFKA_BOOTSTRAP_SERVERS (loopback
only) or a local one it starts and stops. Every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import math
import os
import platform
import random
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, Final, Literal

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from newsstream.core import dedup
from newsstream.core.codec import decode, encode
from newsstream.core.models import CleanedArticle, EnrichedArticle, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.demo import start_processor, stop_processor
from newsstream.errors import InputError
from newsstream.kafka.admin import ensure_topics
from newsstream.kafka.clients import client_options
from newsstream.localkafka import DEFAULT_KAFKA_VERSION, LocalKafka, free_port
from newsstream.metrics import scrape
from newsstream.settings import Settings

REPO: Final = Path(__file__).resolve().parents[1]
WORK_DIR: Final = REPO / ".cache" / "bench"
PARTITIONS: Final = 4
STAGES: Final = ("decode", "clean", "dedup", "tag", "encode")
OFFERED_RATES: Final = (100, 200, 500, 1000)

# Targets of issue #8.
TARGET_CORE_US: Final = 500.0  # clean + dedup + tag per ~4 KB article, one core
TARGET_SERVICE_SHARE: Final = 0.80  # service articles/s over the compute limit
TARGET_P99_RATE: Final = 200
TARGET_P99_MS: Final = 50.0

# A paced run "sustains" its rate when the producer kept the pace, the service had no backlog
# left when the producer stopped (the last output came within a second), and p99 stayed
# under a second.
SUSTAINED_SEND_SHARE: Final = 0.95
SUSTAINED_DRAIN_S: Final = 1.0
SUSTAINED_P99_MS: Final = 1000.0  # a queue that grows shows here before it shows in the drain

PROCESSOR_START_TIMEOUT_S: Final = 90.0
FIRST_OUTPUT_TIMEOUT_S: Final = 45.0  # from metrics up to the first output of the drain
SUBPROCESS_STOP_TIMEOUT_S: Final = 30.0
PROFILE_RATE_HZ: Final = 200
PROFILE_ATTACH_TIMEOUT_S: Final = 30.0
PROFILE_SETTLE_S: Final = 1.0


# ---------------------------------------------------------------- corpus


@dataclass(frozen=True, slots=True)
class Article:
    """One article of the corpus, before it becomes a raw event."""

    source: str
    text: str
    kind: Literal["original", "exact", "near"] = "original"
    original: int | None = None  # index of the article it resends


CorpusFactory = Callable[[int, int], list[Article]]
"""(count, seed) → articles, in submission order."""

_PEOPLE = (
    "Vladimir Putin",
    "Emmanuel Macron",
    "Olaf Scholz",
    "Narendra Modi",
    "Joe Biden",
    "Xi Jinping",
    "William Ruto",
    "Fumio Kishida",
    "Donald Tusk",
    "Keir Starmer",
    "Pedro Sánchez",
    "Giorgia Meloni",
    "Cyril Ramaphosa",
    "António Guterres",
    "Ursula von der Leyen",
    "Mark Rutte",
)
_COUNTRIES = (
    "France",
    "Germany",
    "India",
    "Kenya",
    "Japan",
    "Poland",
    "Brazil",
    "Egypt",
    "Spain",
    "Italy",
    "South Africa",
    "Turkey",
    "Mexico",
    "Indonesia",
    "Canada",
    "Nigeria",
)
_CITIES = (
    "Paris",
    "Berlin",
    "Nairobi",
    "Tokyo",
    "Warsaw",
    "Cairo",
    "Madrid",
    "Rome",
    "Johannesburg",
    "Ankara",
    "Jakarta",
    "Ottawa",
    "Lagos",
    "Geneva",
    "Brussels",
)
_ORGS = (
    "World Bank",
    "International Monetary Fund",
    "World Health Organization",
    "African Union",
    "NATO",
    "European Union",
    "United Nations",
)
_SUBJECTS = (
    "budget",
    "ceasefire",
    "trade agreement",
    "vaccine programme",
    "energy plan",
    "voting law",
    "border deal",
    "climate pledge",
    "grain export scheme",
    "interest rate decision",
    "refugee quota",
    "defence pact",
    "railway project",
    "tax reform",
    "fisheries accord",
    "debt relief package",
)
_VERBS = ("approve", "reject", "review", "extend", "suspend", "renegotiate", "finance", "expand")
_PAST = ("risen", "fallen", "grown", "slipped", "doubled", "stalled", "recovered")
_ADJECTIVES = ("cautious", "sharp", "modest", "unexpected", "lengthy", "tense", "broad", "fragile")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "March", "April", "June", "July", "September", "October", "November")
_SENTENCES = (
    "{person} said on {weekday} that {country} would {verb} the {subject} after {n} days of "
    "talks in {city}.",
    "Officials in {city} told reporters that spending on the {subject} had {past} by {pct} "
    "percent since {month}.",
    "The {org} warned that about {big} people could be affected if the {subject} was delayed "
    "beyond {month}.",
    "Analysts in {city} expect {country} and {country2} to {verb} the {subject} before the end "
    "of the year, citing {adj} demand.",
    "“We will not {verb} a {subject} that leaves our citizens worse off,” {person} told a news "
    "conference in {city}.",
    "Opposition lawmakers in {country} called the {subject} {adj} and demanded a vote within "
    "{n} weeks.",
    "Trade between {country} and {country2} reached {n} billion dollars last year, according to "
    "figures published by the {org}.",
    "A spokesperson for the {org} said the {subject} remained {adj} but declined to give further "
    "details.",
    "Markets in {city} reacted with {adj} gains on {weekday} as investors weighed the {subject} "
    "and its cost of {n} million euros.",
    "Diplomats said a second round of talks on the {subject} could open in {city} as early as "
    "{month}, {n} months after the first.",
)
_HEADLINES = (
    "{person} vows to {verb} {subject} as talks in {city} drag on",
    "{country} and {country2} edge closer to {subject} after {n} days of talks",
    "{org} warns {country} over delays to {subject}",
    "Pressure grows on {person} to {verb} {subject}",
)
# Site furniture the cleaner is expected to remove (one line each, between paragraphs).
_FURNITURE = (
    "- Advertisement -",
    "ADVERTISEMENT",
    "Related Stories",
    "Share this article",
    "Sign up for our daily newsletter",
    "Comments (12)",
    "Follow us on Twitter",
    "Recent Articles",
    "Skip to content",
    "Story continues below advertisement",
    "© 2024 The Daily Example. All rights reserved.",
    "Click here to subscribe",
)
_TARGET_BYTES = 4096
_RESEND_SHARE = 0.20  # share of submissions that resend an earlier story
_EXACT_SHARE = 0.60  # of the resends: same story, other furniture; the rest are near copies


def _fill(template: str, rng: random.Random) -> str:
    country, country2 = rng.sample(_COUNTRIES, 2)
    return template.format(
        person=rng.choice(_PEOPLE),
        country=country,
        country2=country2,
        city=rng.choice(_CITIES),
        org=rng.choice(_ORGS),
        subject=rng.choice(_SUBJECTS),
        verb=rng.choice(_VERBS),
        past=rng.choice(_PAST),
        adj=rng.choice(_ADJECTIVES),
        weekday=rng.choice(_WEEKDAYS),
        month=rng.choice(_MONTHS),
        n=rng.randint(2, 90),
        pct=rng.randint(2, 40),
        big=f"{rng.randint(2, 900) * 1000:,}",
    )


def _story(rng: random.Random) -> tuple[str, list[list[str]]]:
    """A headline and paragraphs of sentences, about `_TARGET_BYTES` minus room for furniture."""
    title = _fill(rng.choice(_HEADLINES), rng)
    paragraphs: list[list[str]] = []
    size = len(title)
    while size < _TARGET_BYTES - 300:
        paragraph = [_fill(rng.choice(_SENTENCES), rng) for _ in range(rng.randint(2, 3))]
        paragraphs.append(paragraph)
        size += sum(len(s) + 1 for s in paragraph) + 2
    return title, paragraphs


def _page(title: str, paragraphs: list[list[str]], rng: random.Random) -> str:
    """The story as a site serves it: headline, paragraphs, and furniture lines in between."""
    slots = rng.sample(range(1, len(paragraphs)), k=min(5, len(paragraphs) - 1))
    blocks = [title]
    for index, paragraph in enumerate(paragraphs):
        if index in slots:
            blocks.append(rng.choice(_FURNITURE))
        blocks.append(" ".join(paragraph))
    blocks.append(rng.choice(_FURNITURE[2:4]))
    return "\n\n".join(blocks) + "\n"


def synthetic_corpus(count: int, seed: int = 0) -> list[Article]:
    """Distinct ~4 KB stories with furniture; about 20% resend an earlier story.

    Of the resends, 60% are exact (same story, other furniture: the same cleaned body) and the
    rest near copies (one sentence rewritten). Deterministic for a given seed.
    """
    rng = random.Random(seed)  # noqa: S311 - reproducible text, not secrets
    stories: list[tuple[int, str, list[list[str]]]] = []  # (article index, title, paragraphs)
    articles: list[Article] = []
    for index in range(count):
        source = f"synthetic-{seed}/{index:06d}.txt"
        if stories and rng.random() < _RESEND_SHARE:
            first, title, paragraphs = rng.choice(stories)
            if rng.random() < _EXACT_SHARE:
                text = _page(title, paragraphs, rng)
                articles.append(Article(source, text, "exact", first))
                continue
            changed = [list(p) for p in paragraphs]
            where = rng.randrange(len(changed))
            changed[where][rng.randrange(len(changed[where]))] = _fill(rng.choice(_SENTENCES), rng)
            articles.append(Article(source, _page(title, changed, rng), "near", first))
            continue
        title, paragraphs = _story(rng)
        stories.append((index, title, paragraphs))
        articles.append(Article(source, _page(title, paragraphs, rng)))
    return articles


def newsstream_corpus(count: int, seed: int = 0) -> list[Article]:
    """`newsstream corpus` stories with 20% copies, in stream order (its file-name order).

    Its generator is made to test deduplication (about 45% copies); here every single story and
    group original is kept, and a copy only while copies stay within the share. A copy whose
    text equals an earlier member's is exact; other copies (edits) are near.
    """
    from newsstream import corpus  # noqa: PLC0415 - the generator may be absent (see make_corpus)

    files, truth = corpus.generate(2 * count + 20, seed)
    groups = {m["file"]: (index, m["text"]) for index, g in enumerate(truth.groups) for m in g}
    seen: dict[int, tuple[int, set[str]]] = {}  # group → (first article, text ids so far)
    articles: list[Article] = []
    copies = 0
    for name in sorted(files):  # random names: copies and originals mixed, as on a stream
        if len(articles) == count:
            break
        source = f"corpus-{seed}/{name}"
        group, text_id = groups.get(name, (-1, ""))
        if group < 0 or group not in seen:
            if group >= 0:
                seen[group] = (len(articles), {text_id})
            articles.append(Article(source, files[name]))
            continue
        if copies + 1 > _RESEND_SHARE * (len(articles) + 1):
            continue
        first, texts = seen[group]
        kind: Literal["exact", "near"] = "exact" if text_id in texts else "near"
        texts.add(text_id)
        copies += 1
        articles.append(Article(source, files[name], kind, first))
    return articles


# The one line that picks the corpus: synthetic_corpus where `newsstream corpus` is absent.
make_corpus: CorpusFactory = newsstream_corpus


def raw_event(article: Article, received_at: float) -> tuple[str, bytes]:
    """A fresh article id and the raw event's JSON bytes, received at `received_at` (epoch s)."""
    article_id = uuid.uuid4().hex
    raw = RawArticle(
        article_id=article_id,
        source=article.source,
        received_at=datetime.fromtimestamp(received_at, UTC),
        text=article.text,
    )
    return article_id, encode(raw)


# ---------------------------------------------------------------- statistics


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation between ranks (numpy's default).

    Raises:
        ValueError: no values, or q outside 0-100.
    """
    if not values:
        message = "percentile of no values"
        raise ValueError(message)
    if not 0 <= q <= 100:
        message = f"percentile {q} is outside 0-100"
        raise ValueError(message)
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# ---------------------------------------------------------------- 1. compute limit


@dataclass(frozen=True, slots=True)
class ComputeResult:
    """Stage costs of the batch pass, in µs per article."""

    articles: int
    stage_us: dict[str, float]
    hop_us: float  # the stream's second hop: encode + decode of the cleaned article, re-key
    dead_letters: int
    wall_us: float  # wall time per article of the whole pass (hop included), for comparison

    @property
    def total_us(self) -> float:
        """All five stages, per article."""
        return sum(self.stage_us.values())

    @property
    def core_us(self) -> float:
        """Clean + dedup + tag, per article (the target's scope)."""
        return self.stage_us["clean"] + self.stage_us["dedup"] + self.stage_us["tag"]

    @property
    def rate(self) -> float:
        """Articles per second on one core."""
        return 1e6 / self.total_us


@contextlib.contextmanager
def _one_core() -> Any:
    """Pin this process to one CPU for the duration (Linux), so 'one core' is literal."""
    if not hasattr(os, "sched_getaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(before)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


class Stages:
    """The processor's per-article stage functions, called one by one so each can be timed.

    Dedup has two shapes while its MinHash rewrite lands: `sketch_article` + `decide(sketch,
    memory, policy)` (new), or `decide(article_id, body, dict)` (old); both are called through
    `Any` so either type-checks. Drop the old branch once the rewrite is committed.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.enricher = Enricher()
        self._dedup: Any = dedup
        self._sketched = hasattr(dedup, "sketch_article")
        if self._sketched:
            self._policy: Any = getattr(Settings(), "dedup_policy")()  # noqa: B009 - see above
            self._memory: Any = self._dedup.DedupMemory()
        else:
            self._memory = {}

    def decode(self, value: bytes) -> RawArticle:
        """Raw-event bytes to a raw article."""
        return decode(value, RawArticle, self.max_bytes)

    def clean(self, raw: RawArticle) -> CleanedArticle:
        """Clean (raises `InputError` when no story is left)."""
        return self.enricher.clean(raw)

    def decide(self, cleaned: CleanedArticle) -> tuple[Any, Any]:
        """(what remember needs, the dedup decision) for a cleaned article."""
        if self._sketched:
            sketch = self._dedup.sketch_article(
                cleaned.article_id, cleaned.received_at, cleaned.body, self._policy.hasher
            )
            return sketch, self._dedup.decide(sketch, self._memory, self._policy)
        return cleaned.article_id, self._dedup.decide(
            cleaned.article_id, cleaned.body, self._memory
        )

    def remember(self, token: Any, decision: Any) -> None:
        """Remember a published article."""
        self._dedup.remember(token, decision, self._memory)

    def tag(self, cleaned: CleanedArticle, decision: Any) -> EnrichedArticle:
        """Tag and build the event."""
        return self.enricher.enrich(cleaned, decision, datetime.now(UTC))


def measure_compute(values: Sequence[bytes], max_bytes: int) -> ComputeResult:
    """Run the processor's stage functions over raw-event bytes, timing each stage."""
    warm = Stages(max_bytes)
    for value in values[:20]:  # rules, gazetteer and language model warmed outside the timing
        with contextlib.suppress(InputError):
            cleaned = warm.clean(warm.decode(value))
            warm.tag(cleaned, warm.decide(cleaned)[1])
    stages = Stages(max_bytes)
    totals = dict.fromkeys(STAGES, 0.0)
    hop = 0.0
    done = dead = 0
    # CPU time of this thread, not wall time: what the stages cost even when other work on the
    # machine takes the core now and then.
    clock = time.thread_time
    wall = time.perf_counter()
    with _one_core():
        for value in values:
            t0 = clock()
            raw = stages.decode(value)
            t1 = clock()
            try:
                cleaned = stages.clean(raw)
            except InputError:
                dead += 1
                continue
            t2 = clock()
            token, decision = stages.decide(cleaned)
            t3 = clock()
            article = stages.tag(cleaned, decision)
            t4 = clock()
            encode(article)
            t5 = clock()
            stages.remember(token, decision)
            t6 = clock()
            # What the stream adds between its two agents; not part of the compute limit.
            dedup.fingerprint(cleaned.body)
            decode(encode(cleaned), CleanedArticle)
            t7 = clock()
            totals["decode"] += t1 - t0
            totals["clean"] += t2 - t1
            totals["dedup"] += (t3 - t2) + (t6 - t5)
            totals["tag"] += t4 - t3
            totals["encode"] += t5 - t4
            hop += t7 - t6
            done += 1
    if not done:
        message = "no article survived cleaning: the corpus is broken"
        raise RuntimeError(message)
    return ComputeResult(
        articles=done,
        stage_us={stage: seconds / done * 1e6 for stage, seconds in totals.items()},
        hop_us=hop / done * 1e6,
        dead_letters=dead,
        wall_us=(time.perf_counter() - wall) / done * 1e6,
    )


# ---------------------------------------------------------------- broker, topics, clients


def _loopback_only(bootstrap: str) -> str:
    for server in bootstrap.split(","):
        host = server.strip().rsplit(":", 1)[0].strip("[]")
        if host not in {"127.0.0.1", "localhost", "::1"}:
            message = f"the benchmark floods its broker: use one on 127.0.0.1, not {server!r}"
            raise SystemExit(message)
    return bootstrap


@contextlib.asynccontextmanager
async def kafka_broker() -> AsyncIterator[tuple[str, str, int | None]]:
    """(bootstrap, Kafka version, broker pid): KAFKA_BOOTSTRAP_SERVERS, or a local broker.

    The pid is the local broker's, started here (None for a configured broker).
    """
    configured = os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or os.environ.get(
        "NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS"
    )
    if configured:
        yield _loopback_only(configured), "unknown (external broker)", None
        return
    version = os.environ.get("KAFKA_VERSION", DEFAULT_KAFKA_VERSION)
    broker = LocalKafka(REPO / ".cache" / "kafka", version=version)
    _say(f"• starting a local Kafka {version} broker (log: {broker.log_path})")
    bootstrap = await asyncio.to_thread(broker.start)
    try:
        yield bootstrap, broker.version, broker.pid
    finally:
        await asyncio.to_thread(broker.stop)
        _say("• local broker stopped")


@dataclass(frozen=True, slots=True)
class Topics:
    """Every topic of one run; all names carry the run id."""

    run: str
    passthrough: str
    peer_enriched: str
    peer_duplicates: str


async def create_topics(settings: Settings, run: str) -> Topics:
    """Create the service's topics and the pass-through's and peer's, all with PARTITIONS."""
    topics = Topics(
        run=run,
        passthrough=f"bench-{run}.passthrough",
        peer_enriched=f"bench-{run}.peer-enriched",
        peer_duplicates=f"bench-{run}.peer-duplicates",
    )
    await ensure_topics(settings)
    # ensure_topics creates the four topics a Settings names: name the other three through a copy.
    others = settings.model_copy(
        update={
            "raw_topic": topics.passthrough,
            "enriched_topic": topics.peer_enriched,
            "duplicates_topic": topics.peer_duplicates,
            "dead_letter_topic": f"bench-{run}.peer-dead-letter",
        }
    )
    await ensure_topics(others)
    return topics


async def delete_run_topics(settings: Settings, run: str) -> None:
    """Delete every topic whose name carries the run id (the service's, the peer's, internal)."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        names = [name for name in await admin.list_topics() if run in name]
        if names:
            await admin.delete_topics(names)
    finally:
        await admin.close()


async def _pace(started: float, index: int, rate: float) -> None:
    delay = started + index / rate - time.perf_counter()
    if delay > 0:
        await asyncio.sleep(delay)
    else:
        await asyncio.sleep(0)  # behind schedule: still let the output collector run


async def produce(
    settings: Settings, articles: Sequence[Article], rate: float | None = None
) -> dict[str, float]:
    """Send articles as raw events (acks=all, idempotent), paced at `rate` articles/s if given.

    Returns article id → received_at (epoch seconds), set just before each send.
    """
    producer = AIOKafkaProducer(
        **client_options(settings), acks="all", enable_idempotence=True, linger_ms=5
    )
    await producer.start()
    sent: dict[str, float] = {}
    futures: list[asyncio.Future[Any]] = []
    started = time.perf_counter()
    try:
        for index, article in enumerate(articles):
            if rate:
                await _pace(started, index, rate)
            now = time.time()
            article_id, value = raw_event(article, now)
            futures.append(
                await producer.send(settings.raw_topic, value=value, key=article_id.encode("utf-8"))
            )
            sent[article_id] = now
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return sent


async def _partitions(settings: Settings, topics: Sequence[str]) -> list[TopicPartition]:
    """Every partition of `topics`, as the broker describes them."""
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        described = await admin.describe_topics(list(topics))
    finally:
        await admin.close()
    return [
        TopicPartition(topic["topic"], partition["partition"])
        for topic in described
        for partition in topic["partitions"]
    ]


async def _assign_all(consumer: Any, settings: Settings, topics: Sequence[str]) -> list[Any]:
    partitions = await _partitions(settings, topics)
    consumer.assign(partitions)
    await consumer.seek_to_beginning(*partitions)
    for tp in partitions:  # resolve positions now, not at the first fetch
        await consumer.position(tp)
    return partitions


class OutputCollector:
    """Records when each key first arrives on some topics (epoch seconds), from their start."""

    def __init__(self, settings: Settings, topics: Sequence[str]) -> None:
        self._settings = settings
        self._topics = list(topics)
        self._consumer = AIOKafkaConsumer(
            **client_options(settings),
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
        )
        self._task: asyncio.Task[None] | None = None
        self.arrived: dict[str, float] = {}

    async def start(self) -> None:
        """Connect, assign every partition from the beginning, and collect in the background."""
        await self._consumer.start()
        await _assign_all(self._consumer, self._settings, self._topics)
        self._task = asyncio.create_task(self._collect())

    async def _collect(self) -> None:
        while True:
            batches = await self._consumer.getmany(timeout_ms=100)
            now = time.time()
            for records in batches.values():
                for record in records:
                    key = (record.key or b"").decode("utf-8", errors="replace")
                    self.arrived.setdefault(key, now)

    async def wait_for(
        self,
        keys: Collection[str],
        timeout: float,
        alive: Callable[[], bool] | None = None,
        *,
        any_of: bool = False,
    ) -> bool:
        """Wait until every key (with `any_of`: one key) arrived: True.

        False when `timeout` s passed first or `alive()` turned False.
        """
        deadline = time.monotonic() + timeout
        left = set(keys)
        total = len(left)
        while time.monotonic() < deadline:
            if self._task is not None and self._task.done():
                self._task.result()  # raises what stopped the collector
            left -= self.arrived.keys()
            if not left or (any_of and len(left) < total):
                return True
            if alive is not None and not alive():
                return False
            await asyncio.sleep(0.05)
        return False

    async def stop(self) -> None:
        """Stop collecting and disconnect."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._consumer.stop()


@dataclass(frozen=True, slots=True)
class Throughput:
    """How fast a batch of known articles went through."""

    articles: int
    arrived: int
    rate: float  # articles/s
    startup_s: float | None = None  # launch → first output, for the processes started here
    cpu_us: float | None = None  # CPU time of the app's process per article
    cpu_share: float | None = None  # share of the wall time the app's process was on a CPU
    # Its main thread (the event loop's): share of the wall time on a CPU, and runnable but
    # waiting for one (other work on the cores); the rest it slept, awaiting Kafka or a timer.
    main_share: float | None = None
    queued_share: float | None = None
    broker_share: float | None = None  # CPU of the local broker, in cores, over the burst
    bench_share: float | None = None  # CPU of this process (producer, collector), in cores


def span_throughput(
    arrivals: dict[str, float], keys: Collection[str], launched: float | None = None
) -> Throughput:
    """Articles/s from the first to the last output of `keys` (start-up excluded)."""
    times = [arrivals[k] for k in keys if k in arrivals]
    if len(times) < 2:
        return Throughput(len(keys), len(times), 0.0)
    first, last = min(times), max(times)
    rate = (len(times) - 1) / (last - first) if last > first else math.inf
    startup = first - launched if launched is not None else None
    return Throughput(len(keys), len(times), rate, startup)


async def measure_burst(
    settings: Settings,
    collector: OutputCollector,
    articles: Sequence[Article],
    timeout: float,
    process: subprocess.Popen[bytes],
    *,
    broker_pid: int | None = None,
) -> Throughput:
    """Send `articles` at full speed to a running app; articles/s from first send to last output.

    The clock starts when the input exists, so neither start-up nor the order in which an app
    works through its stages (all cleaning first, say) can flatter the figure. The app's own
    CPU time over the burst is read from /proc, and where its main thread's time went (on a
    CPU, waiting for one, asleep), and what the broker and this process used meanwhile.
    """
    pid = process.pid

    def alive() -> bool:
        return process.poll() is None

    cpu_before = process_cpu_seconds(pid)
    sched_before = thread_schedule_seconds(pid)
    broker_before = process_cpu_seconds(broker_pid) if broker_pid is not None else None
    own_before = _own_cpu_seconds()
    sent = await produce(settings, articles)
    await collector.wait_for(sent.keys(), timeout, alive)
    cpu_after = process_cpu_seconds(pid)
    sched_after = thread_schedule_seconds(pid)
    broker_after = process_cpu_seconds(broker_pid) if broker_pid is not None else None
    own_after = _own_cpu_seconds()
    times = [collector.arrived[k] for k in sent if k in collector.arrived]
    if not times:
        return Throughput(len(sent), 0, 0.0)
    # The process's clocks are read once the last output arrived; the window they span starts
    # before the first send: the shares are of that span.
    seconds = max(times) - min(sent.values())
    cpu = _difference(cpu_before, cpu_after)
    main = queued = None
    if sched_before is not None and sched_after is not None:
        main = (sched_after[0] - sched_before[0]) / seconds
        queued = (sched_after[1] - sched_before[1]) / seconds
    broker = _difference(broker_before, broker_after)
    return Throughput(
        len(sent),
        len(times),
        len(times) / seconds,
        cpu_us=cpu / len(times) * 1e6 if cpu is not None else None,
        cpu_share=cpu / seconds if cpu is not None else None,
        main_share=main,
        queued_share=queued,
        broker_share=broker / seconds if broker is not None else None,
        bench_share=(own_after - own_before) / seconds,
    )


def _difference(before: float | None, after: float | None) -> float | None:
    return after - before if before is not None and after is not None else None


def _own_cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def thread_schedule_seconds(pid: int) -> tuple[float, float] | None:
    """(on a CPU, runnable but waiting for a CPU) seconds of a process's main thread, or None.

    From /proc/<pid>/task/<pid>/schedstat (Linux, nanoseconds): the time not in either the
    thread slept, for the event loop's main thread: awaiting Kafka or a timer.
    """
    try:
        fields = Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()
    except OSError:
        return None
    return int(fields[0]) / 1e9, int(fields[1]) / 1e9


def process_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds a process used so far (Linux /proc), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rpartition(")")[2].split()  # after the command name, which may hold spaces
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- 2. transport limit


async def measure_transport(
    settings: Settings, target: str, count: int, *, await_each: bool, timeout: float
) -> Throughput:
    """Consume the raw topic from its start and produce each message to `target`, unchanged.

    Articles/s from the first fetched message to the last acknowledgement.
    With `await_each`, every send waits for its broker acknowledgement before the next message,
    as the processor's publish agent does.
    """
    consumer = AIOKafkaConsumer(**client_options(settings), group_id=None, enable_auto_commit=False)
    producer = AIOKafkaProducer(**client_options(settings), acks="all")  # faust: acks=-1
    await consumer.start()
    await producer.start()
    try:
        await _assign_all(consumer, settings, [settings.raw_topic])
        await producer.partitions_for(target)  # metadata fetched before the clock starts
        futures: list[asyncio.Future[Any]] = []
        done = 0
        started: float | None = None
        deadline = time.perf_counter() + timeout
        while done < count and time.perf_counter() < deadline:
            batches = await consumer.getmany(timeout_ms=200, max_records=500)
            if batches and started is None:
                started = time.perf_counter()
            for records in batches.values():
                for record in records[: count - done]:
                    future = await producer.send(target, key=record.key, value=record.value)
                    if await_each:
                        await future
                    else:
                        futures.append(future)
                    done += 1
        await asyncio.gather(*futures)
        seconds = time.perf_counter() - (started or 0.0)
    finally:
        await producer.stop()
        await consumer.stop()
    return Throughput(articles=count, arrived=done, rate=done / seconds if started else 0.0)


# ---------------------------------------------------------------- 4. the peer (Quix Streams)


def run_quix_peer(config: dict[str, Any]) -> None:
    """The peer: the same stage functions in a Quix Streams app (runs in its own process).

    Same shape as the faust processor: decode → clean, re-key by content fingerprint through a
    repartition topic (Quix's group_by), then dedup → tag → encode → enriched or duplicates
    topic keyed by article id. Dedup memory is a plain dict in the process (not Quix state), and
    an article is remembered at once, without waiting for the broker's acknowledgement.
    """
    # Only this subprocess needs quixstreams; importing it lazily keeps the script light.
    from quixstreams import Application  # noqa: PLC0415
    from quixstreams.models.serializers import (  # noqa: PLC0415
        SerializationContext,
        Serializer,
    )

    class EventBytes(Serializer):
        """Serializes the publish stage's (article_id, is_duplicate, event bytes) as the bytes."""

        def __call__(self, value: tuple[str, bool, bytes], ctx: SerializationContext) -> bytes:
            return value[2]

    app = Application(
        broker_address=config["bootstrap"],
        consumer_group=config["group"],
        auto_offset_reset="latest",
        use_changelog_topics=False,
        state_dir=config["state_dir"],
        loglevel="WARNING",
    )
    raw_topic = app.topic(config["raw_topic"], value_deserializer="bytes")
    enriched = app.topic(config["enriched_topic"], value_serializer=EventBytes())
    duplicates = app.topic(config["duplicates_topic"], value_serializer=EventBytes())
    stages = Stages(int(config["max_bytes"]))

    def clean_stage(value: bytes) -> bytes:
        cleaned = stages.clean(stages.decode(value))
        return dedup.fingerprint(cleaned.body).encode("ascii") + b" " + encode(cleaned)

    def publish_stage(value: bytes) -> tuple[str, bool, bytes]:
        cleaned = decode(value.partition(b" ")[2], CleanedArticle)
        token, decision = stages.decide(cleaned)
        event = encode(stages.tag(cleaned, decision))
        stages.remember(token, decision)
        return cleaned.article_id, bool(decision.is_duplicate), event

    def route(value: tuple[str, bool, bytes], _key: Any, _timestamp: Any, _headers: Any) -> Any:
        return duplicates if value[1] else enriched

    sdf = app.dataframe(raw_topic)
    sdf = sdf.apply(clean_stage)
    sdf = sdf.group_by(
        lambda value: value.partition(b" ")[0],
        name="fingerprint",
        key_serializer="bytes",
        key_deserializer="bytes",
        value_serializer="bytes",
        value_deserializer="bytes",
    )
    sdf = sdf.apply(publish_stage)
    sdf.to_topic(route, key=lambda value: value[0].encode("utf-8"))
    # Stops by itself once idle that long; the benchmark stops it earlier with SIGTERM.
    app.run(timeout=float(config["idle_timeout"]), collect=False)


def _start_quix_peer(settings: Settings, topics: Topics, state_dir: Path, log: Path) -> Any:
    config = {
        "bootstrap": settings.require_bootstrap_servers(),
        "group": f"quix-bench-{topics.run}",
        "raw_topic": settings.raw_topic,
        "enriched_topic": topics.peer_enriched,
        "duplicates_topic": topics.peer_duplicates,
        "state_dir": str(state_dir),
        "max_bytes": settings.max_article_bytes,
        "idle_timeout": 60,
    }
    with log.open("wb") as out:
        return subprocess.Popen(  # noqa: S603 - this script, fixed arguments
            [sys.executable, str(Path(__file__).resolve()), "--quix-peer", json.dumps(config)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=SUBPROCESS_STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


async def measure_peer(
    settings: Settings,
    topics: Topics,
    articles: Sequence[Article],
    timeout: float,
    broker_pid: int | None = None,
) -> Throughput:
    """Start the Quix app at the raw topic's end, warm it up, then time a burst of `articles`."""
    collector = OutputCollector(settings, [topics.peer_enriched, topics.peer_duplicates])
    await collector.start()
    state_dir = Path(tempfile.mkdtemp(prefix="quix-state-", dir=WORK_DIR))
    log = WORK_DIR / f"quix-{topics.run}.log"
    process = _start_quix_peer(settings, topics, state_dir, log)

    def alive() -> bool:
        return process.poll() is None

    try:
        # It starts at the end of the raw topic, so articles sent before its partitions are
        # assigned are never seen: send a few until one comes out, then it is ready.
        warm = make_corpus(40, 7)
        deadline = time.monotonic() + PROCESSOR_START_TIMEOUT_S
        ready = False
        while not ready and alive() and time.monotonic() < deadline:
            sent = await produce(settings, warm[:5])
            warm = warm[5:] or make_corpus(40, 8)
            await collector.wait_for(sent.keys(), 3.0, alive)
            ready = bool(sent.keys() & collector.arrived.keys())
        if not ready:
            message = f"the Quix app produced no output:\n{_tail(log)}"
            raise RuntimeError(message)
        await asyncio.sleep(1.0)  # let the warm-up articles still in flight come out
        result = await measure_burst(
            settings, collector, articles, timeout, process, broker_pid=broker_pid
        )
    finally:
        await asyncio.to_thread(_stop, process)
        await collector.stop()
        shutil.rmtree(state_dir, ignore_errors=True)
    if result.arrived < result.articles:
        _say(f"  ! the peer delivered {result.arrived} of {result.articles} articles (log: {log})")
    return result


# ---------------------------------------------------------------- 3. the service


def _tail(log: Path, lines: int = 15) -> str:
    with contextlib.suppress(OSError):
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    return f"(no log at {log})"


def _metrics_url(settings: Settings) -> str:
    return f"http://{settings.metrics_host}:{settings.processor_metrics_port}/metrics"


async def _wait_for_metrics(settings: Settings, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + PROCESSOR_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            message = f"the processor exited with {process.returncode} while starting"
            message += f":\n{_tail(WORK_DIR / f'processor-{settings.app_id}.log')}"
            raise RuntimeError(message)
        try:
            await asyncio.to_thread(scrape, _metrics_url(settings), 1.0)
        except OSError:
            await asyncio.sleep(0.2)
            continue
        return
    message = f"the processor served no metrics within {PROCESSOR_START_TIMEOUT_S} s"
    raise RuntimeError(message)


def _processed(samples: dict[str, float]) -> float:
    return sum(v for k, v in samples.items() if k.startswith("newsstream_articles_processed_total"))


def _stage_means_us(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    """Mean µs per call of each stage the processor timed between two scrapes."""
    means: dict[str, float] = {}
    for key, total in after.items():
        match = re.fullmatch(r'newsstream_stage_duration_seconds_sum\{stage="(\w+)"\}', key)
        if not match:
            continue
        count_key = f'newsstream_stage_duration_seconds_count{{stage="{match[1]}"}}'
        calls = after.get(count_key, 0.0) - before.get(count_key, 0.0)
        if calls > 0:
            means[match[1]] = (total - before.get(key, 0.0)) / calls * 1e6
    return means


@dataclass(frozen=True, slots=True)
class LatencyResult:
    """End-to-end latency of one paced run, in milliseconds."""

    offered: float
    sent: int
    send_rate: float
    arrived: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    drain_s: float  # last output minus last send: the backlog left when the producer stopped

    @property
    def sustained(self) -> bool:
        """The producer kept the pace and the service kept up with it."""
        return (
            self.arrived == self.sent
            and self.send_rate >= SUSTAINED_SEND_SHARE * self.offered
            and self.drain_s <= SUSTAINED_DRAIN_S
            and self.p99_ms <= SUSTAINED_P99_MS
        )


BACKLOG_DRAIN_TIMEOUT_S: Final = 180.0


async def measure_latency(
    settings: Settings,
    collector: OutputCollector,
    *,
    articles: Sequence[Article],
    rate: float,
    drain_timeout: float,
    alive: Callable[[], bool],
) -> LatencyResult:
    """Offer articles at `rate` articles/s; latency: output consumed minus received_at."""
    sent = await produce(settings, articles, rate)
    await collector.wait_for(sent.keys(), drain_timeout, alive)
    latencies = [collector.arrived[k] - t for k, t in sent.items() if k in collector.arrived]
    send_span = max(sent.values()) - min(sent.values())
    last_out = max((collector.arrived[k] for k in sent if k in collector.arrived), default=0.0)
    ms = [1000 * x for x in latencies] or [math.nan]
    # The next rate must start on an empty topic: an unsustained rate leaves a backlog that
    # would otherwise count as the next (lower) rate's latency.
    await collector.wait_for(sent.keys(), BACKLOG_DRAIN_TIMEOUT_S, alive)
    return LatencyResult(
        offered=rate,
        sent=len(sent),
        send_rate=(len(sent) - 1) / send_span if send_span > 0 else math.inf,
        arrived=len(latencies),
        p50_ms=percentile(ms, 50),
        p95_ms=percentile(ms, 95),
        p99_ms=percentile(ms, 99),
        max_ms=max(ms),
        drain_s=last_out - max(sent.values()) if latencies else math.inf,
    )


# ---------------------------------------------------------------- profile (py-spy)


@dataclass(frozen=True, slots=True)
class Frame:
    """One frame of a py-spy stack: function, file (package part) and first line."""

    function: str
    file: str
    line: int

    @property
    def name(self) -> str:
        """Function name without its class."""
        return self.function.rsplit(".", 1)[-1]

    @property
    def ours(self) -> bool:
        """A frame of newsstream's own code."""
        return "newsstream/" in self.file and "site-packages" not in self.file

    @property
    def label(self) -> str:
        """`function (file:line)`, file shortened to its package part."""
        short = re.sub(r"^.*?(?:site-packages|services|python3\.\d+)/", "", self.file)
        return f"{self.function} ({short}:{self.line})"


_FRAME_RE = re.compile(r"^(?P<function>.+?) \((?P<file>[^()]+):(?P<line>\d+)\)$")

# Parts of the service by the module of the first newsstream call under an agent.
_MODULE_PARTS: Final = {
    "core/dedup.py": "dedup",
    "core/dedup_flow.py": "dedup",
    "core/minhash.py": "dedup",
    "core/deadletter.py": "dead letters",
    "metrics.py": "metrics",
}


def parse_collapsed(text: str) -> list[tuple[list[Frame], int]]:
    """Stacks (root first) and sample counts from py-spy's raw (collapsed) output."""
    stacks: list[tuple[list[Frame], int]] = []
    for line in text.splitlines():
        stack_text, _, count = line.rpartition(" ")
        if not stack_text or not count.isdigit():
            continue
        frames = []
        for part in stack_text.split(";"):
            match = _FRAME_RE.match(part)
            if match:
                frames.append(Frame(match["function"], match["file"], int(match["line"])))
        if frames:
            stacks.append((frames, int(count)))
    return stacks


def _part(agent: str, call: Frame) -> str:
    """The part of the service a newsstream call made by an agent belongs to."""
    module = call.file.rsplit("newsstream/", 1)[-1]
    if module == "core/codec.py":
        first = agent == "clean_articles"
        if call.name == "decode":
            return "decode" if first else "hop: decode internal message"
        return "hop: encode internal message" if first else "encode (events, internal messages)"
    if module == "core/pipeline.py":
        parts = {"clean": "clean", "tag": "tag", "enrich": "encode (events, internal messages)"}
        return parts.get(call.name, f"pipeline: {call.name}")
    if module == "core/dedup_flow.py" and call.name != "step":  # the stage timer holds `step`
        return f"dedup_flow: {call.name}"
    return _MODULE_PARTS.get(module, f"{module}: {call.name}")


def _package(frame: Frame) -> str:
    """The top-level package (or standard module) of a frame's file."""
    return frame.file.split("/", 1)[0].removesuffix(".py")


def stage_of(stack: Sequence[Frame]) -> str:
    """Which part of the service a stack (root first) belongs to: a stage, or the runtime.

    Under an agent (the outermost frame of processor/app.py) the first call into other
    newsstream code names the stage; without one, the innermost app.py function and the
    library it called (faust, aiokafka, pydantic...) do. Without an agent, faust or
    aiokafka's own work is.
    """
    for index, frame in enumerate(stack):
        if frame.ours and frame.file.endswith("processor/app.py"):
            agent, inner = frame.name, index
            for offset, call in enumerate(stack[index + 1 :], index + 1):
                if not call.ours:
                    continue
                if not call.file.endswith("processor/app.py"):
                    return _part(agent, call)
                inner = offset
            where = agent if inner == index else f"{agent} › {stack[inner].name}"
            library = _package(stack[inner + 1]) if inner + 1 < len(stack) else "own code"
            return f"{where}: {library}"
    leaf = stack[-1].file
    for package, name in (
        ("aiokafka/", "aiokafka (fetch, produce, commit)"),
        ("faust/", "faust runtime"),
        ("mode/", "faust runtime"),
        ("asyncio/", "event loop"),
        ("selectors.py", "event loop"),
    ):
        if package in leaf:
            return name
    return "other"


@dataclass(frozen=True, slots=True)
class ProfileResult:
    """Where the service's CPU time went while it worked through a backlog."""

    samples: int
    rate_hz: int
    seconds: float
    articles: int
    stages: list[tuple[str, int]]
    top: list[tuple[str, int, str]]  # (function label, own samples, usual stage)
    cpu_seconds: float | None = None  # the process's CPU time over the window (/proc)

    @property
    def busy(self) -> float:
        """Share of the sampling window the process was running."""
        return self.samples / self.rate_hz / self.seconds

    def us_per_article(self, samples: int) -> float:
        """Samples as CPU µs per article: their share of the process's CPU time when known.

        A sample is taken by the wall clock while a thread holds the GIL, so a thread waiting
        for a CPU (other work on the cores) counts too; the process's CPU time does not.
        """
        if self.cpu_seconds is not None and self.samples:
            return samples / self.samples * self.cpu_seconds / max(self.articles, 1) * 1e6
        return samples / self.rate_hz / max(self.articles, 1) * 1e6


def summarize_profile(
    text: str, rate_hz: int, seconds: float, articles: int, cpu_seconds: float | None = None
) -> ProfileResult:
    """Own time by function (top 10) and time by stage, from py-spy's collapsed stacks."""
    stacks = parse_collapsed(text)
    own: Counter[str] = Counter()
    stages: Counter[str] = Counter()
    leaf_stages: dict[str, Counter[str]] = {}
    for frames, count in stacks:
        stage = stage_of(frames)
        label = frames[-1].label
        own[label] += count
        stages[stage] += count
        leaf_stages.setdefault(label, Counter())[stage] += count
    top = [(label, n, leaf_stages[label].most_common(1)[0][0]) for label, n in own.most_common(10)]
    return ProfileResult(
        samples=sum(own.values()),
        rate_hz=rate_hz,
        seconds=seconds,
        articles=articles,
        stages=stages.most_common(),
        top=top,
        cpu_seconds=cpu_seconds,
    )


def _profile_totals(profile: ProfileResult) -> str:
    """The process's CPU time per article, next to the samples' wall time per article."""
    sampled = profile.samples / profile.rate_hz / max(profile.articles, 1) * 1e6
    text = f"samples (wall time holding the GIL) {sampled:,.0f} µs/article"
    if profile.cpu_seconds is not None:
        cpu_us = profile.cpu_seconds / max(profile.articles, 1) * 1e6
        text = f"process CPU time {cpu_us:,.0f} µs/article, {text}"
    return text


def messages_between(before: dict[str, int], after: dict[str, int]) -> int:
    """Messages written between two readings of end offsets ("topic/partition" → offset).

    A partition missing from `before` had none then.
    """
    return sum(offset - before.get(partition, 0) for partition, offset in after.items())


def _py_spy() -> str | None:
    beside = Path(sys.executable).parent / "py-spy"
    return str(beside) if beside.exists() else shutil.which("py-spy")


async def end_offsets(settings: Settings, topics: Sequence[str]) -> dict[str, int]:
    """The end offset of every partition of `topics`, as "topic/partition" → offset."""
    partitions = await _partitions(settings, topics)
    consumer = AIOKafkaConsumer(**client_options(settings), group_id=None)
    await consumer.start()
    try:
        offsets = await consumer.end_offsets(partitions)
    finally:
        await consumer.stop()
    return {f"{tp.topic}/{tp.partition}": offset for tp, offset in offsets.items()}


async def profile_service(
    settings: Settings,
    collector: OutputCollector,
    process: subprocess.Popen[bytes],
    articles: Sequence[Article],
    timeout: float,
) -> ProfileResult | None:
    """Sample the processor from before a backlog of `articles` is sent until its last output.

    So the window holds all of their work, and the processor is idle when it starts and ends.

    Per article means per output written in the window: the growth of the output topics' end
    offsets (stragglers of earlier runs included, as their work is in the samples too).
    """
    py_spy = _py_spy()
    if py_spy is None:
        _say("  ! py-spy not found: no profile (pip install py-spy)")
        return None
    out = WORK_DIR / f"profile-{settings.app_id}.txt"
    outputs = list(settings.output_topics)
    spy = await asyncio.create_subprocess_exec(
        py_spy,
        "record",
        "--pid",
        str(process.pid),
        "--rate",
        str(PROFILE_RATE_HZ),
        "--function",
        # Only the thread holding the GIL: faust runs aiokafka's consumer in a thread of its
        # own, and waits of one thread are not costs of the other.
        "--gil",
        # Not pausing the processor for each sample: paused, it did ~20% less work per second
        # while the samples, taken by the wall clock, kept counting.
        "--nonblocking",
        "--format",
        "raw",
        "--output",
        str(out),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        if spy.stdout is not None:  # its first line says it is sampling: the window starts
            await asyncio.wait_for(spy.stdout.readline(), PROFILE_ATTACH_TIMEOUT_S)
        before = await end_offsets(settings, outputs)
        cpu_before = process_cpu_seconds(process.pid)
        started = time.monotonic()
        sent = await produce(settings, articles)
        await collector.wait_for(sent.keys(), timeout, lambda: process.poll() is None)
        # The last articles' releases and table writes follow their outputs.
        await asyncio.sleep(PROFILE_SETTLE_S)
        cpu_after = process_cpu_seconds(process.pid)
        seconds = time.monotonic() - started
        spy.send_signal(signal.SIGINT)  # py-spy writes its output when interrupted
        _, stderr = await asyncio.wait_for(spy.communicate(), SUBPROCESS_STOP_TIMEOUT_S)
    finally:
        if spy.returncode is None:
            spy.kill()
            await spy.wait()
    after = await end_offsets(settings, outputs)
    if spy.returncode != 0 or not out.exists():
        _say(f"  ! py-spy failed ({spy.returncode}): {stderr.decode(errors='replace')[-300:]}")
        return None
    cpu = cpu_after - cpu_before if cpu_after is not None and cpu_before is not None else None
    return summarize_profile(
        out.read_text(), PROFILE_RATE_HZ, seconds, messages_between(before, after), cpu
    )


async def app_topic_messages(settings: Settings) -> dict[str, int]:
    """Messages in each topic the processor's app created (`<app_id>-…`), by name suffix."""
    prefix = f"{settings.app_id}-"
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        topics = [t for t in await admin.list_topics() if t.startswith(prefix)]
        described = await admin.describe_topics(topics)
    finally:
        await admin.close()
    consumer = AIOKafkaConsumer(**client_options(settings), group_id=None)
    await consumer.start()
    try:
        counts: dict[str, int] = {}
        for topic in described:
            partitions = [
                TopicPartition(topic["topic"], p["partition"]) for p in topic["partitions"]
            ]
            total = sum((await consumer.end_offsets(partitions)).values())
            if total:
                counts[topic["topic"].removeprefix(prefix)] = total
        return counts
    finally:
        await consumer.stop()


class ServiceStalledError(RuntimeError):
    """The processor started but put out nothing (one start in several, see the report)."""


@dataclass
class ServiceResult:
    """Everything measured on the faust processor."""

    drain: Throughput
    burst: Throughput
    stage_us: dict[str, float]
    latencies: list[LatencyResult] = field(default_factory=list)
    profile: ProfileResult | None = None
    # Messages the processor wrote to its own topics (internal topic, table changelogs) per
    # article it put out, by topic suffix: the Kafka traffic its dedup protocol and state cost.
    messages_per_article: dict[str, float] = field(default_factory=dict)

    @property
    def max_sustained(self) -> LatencyResult | None:
        """The paced run with the highest offered rate that the service sustained."""
        kept = [r for r in self.latencies if r.sustained]
        return max(kept, key=lambda r: r.offered) if kept else None


async def measure_service(
    settings: Settings,
    keys: Collection[str],
    burst_articles: Sequence[Article],
    options: Options,
) -> ServiceResult:
    """Start the processor on the pre-loaded raw topic: drain, burst, paced runs, profile."""
    collector = OutputCollector(settings, list(settings.output_topics))
    await collector.start()
    log = WORK_DIR / f"processor-{settings.app_id}.log"
    launched = time.time()
    process = start_processor(settings, log)
    _say(f"• processor started (pid {process.pid}, log {log})")

    def alive() -> bool:
        return process.poll() is None

    try:
        await _wait_for_metrics(settings, process)
        if not await collector.wait_for(keys, FIRST_OUTPUT_TIMEOUT_S, alive, any_of=True):
            stalled = [line for line in _tail(log, 10_000).splitlines() if "missing topic" in line]
            message = f"the processor put out nothing in {FIRST_OUTPUT_TIMEOUT_S:.0f} s"
            raise ServiceStalledError(message + "".join(f"\n{line}" for line in stalled))
        cpu_at_first = process_cpu_seconds(process.pid)
        await collector.wait_for(keys, options.drain_timeout(len(keys)), alive)
        cpu_at_last = process_cpu_seconds(process.pid)
        if not alive():
            message = f"the processor exited with {process.returncode}:\n{_tail(log)}"
            raise RuntimeError(message)
        drain = span_throughput(collector.arrived, keys, launched)
        window_cpu = _difference(cpu_at_first, cpu_at_last)
        if window_cpu is not None and drain.arrived:
            drain = dataclasses.replace(drain, cpu_us=window_cpu / drain.arrived * 1e6)
        _say(
            f"  drain of the pre-loaded topic: {drain.rate:,.0f} articles/s "
            f"({drain.arrived}/{len(keys)} outputs, start-up {drain.startup_s or math.nan:.1f} s)"
        )
        before = await asyncio.to_thread(scrape, _metrics_url(settings))
        written = await app_topic_messages(settings)
        burst = await measure_burst(
            settings,
            collector,
            burst_articles,
            options.drain_timeout(len(burst_articles)),
            process,
            broker_pid=options.broker_pid,
        )
        after = await asyncio.to_thread(scrape, _metrics_url(settings))
        result = ServiceResult(drain=drain, burst=burst, stage_us=_stage_means_us(before, after))
        result.messages_per_article = {
            name: (n - written.get(name, 0)) / max(burst.arrived, 1)
            for name, n in (await app_topic_messages(settings)).items()
        }
        _say(f"  burst of {len(burst_articles)} fresh articles: {_rate(burst.rate)}")
        if options.latency:
            await _latency_runs(settings, collector, result, options, alive)
        if options.profile_seconds > 0 and alive():
            # About `profile_seconds` of work at the burst's rate, sampled from before the
            # first send until after the last output.
            count = max(20, int(burst.rate * options.profile_seconds))
            _say(f"• profile: py-spy on the processor over a backlog of {count} articles")
            articles = make_corpus(count, options.seed + 900)
            result.profile = await profile_service(
                settings, collector, process, articles, options.drain_timeout(count)
            )
            if result.profile is not None:
                _say(
                    f"  {result.profile.articles} outputs in {result.profile.seconds:.1f} s, "
                    f"{_profile_totals(result.profile)}"
                )
        return result
    finally:
        await asyncio.to_thread(stop_processor, process)
        await collector.stop()
        _say("• processor stopped")


async def _latency_runs(
    settings: Settings,
    collector: OutputCollector,
    result: ServiceResult,
    options: Options,
    alive: Callable[[], bool],
) -> None:
    capacity = max(result.burst.rate, 10.0)
    rates: list[float] = sorted({*OFFERED_RATES, TARGET_P99_RATE})
    seed = options.seed + 100
    for rate in rates:
        seed += 1
        run = await _one_latency_run(
            settings,
            collector,
            rate=rate,
            seed=seed,
            capacity=capacity,
            options=options,
            alive=alive,
        )
        result.latencies.append(run)
    # The highest rate it sustains: bisect between the fixed rates that it did and did not
    # sustain, starting at 90% of the drain rate when that lies between; at most three tries.
    low = max((r.offered for r in result.latencies if r.sustained), default=0.0)
    high = min((r.offered for r in result.latencies if r.offered > low), default=math.inf)
    candidate = _round_rate(capacity * 0.9)
    if not low < candidate < high:
        candidate = _round_rate((low + min(high, 2 * capacity)) / 2)
    for _ in range(3):
        if not low < candidate < high or not alive():
            break
        seed += 1
        run = await _one_latency_run(
            settings,
            collector,
            rate=candidate,
            seed=seed,
            capacity=capacity,
            options=options,
            alive=alive,
        )
        result.latencies.append(run)
        low, high = (candidate, high) if run.sustained else (low, candidate)
        if high - low <= max(10.0, 0.1 * low):
            break
        candidate = _round_rate((low + min(high, 2 * capacity)) / 2)


def _round_rate(rate: float) -> float:
    """A rate rounded down to a multiple of 10 articles/s (5 below 10)."""
    return float(max(5, math.floor(rate / 10) * 10))


async def _one_latency_run(
    settings: Settings,
    collector: OutputCollector,
    *,
    rate: float,
    seed: int,
    capacity: float,
    options: Options,
    alive: Callable[[], bool],
) -> LatencyResult:
    count = max(50, int(rate * options.latency_seconds))
    articles = make_corpus(count, seed)
    backlog = max(0.0, count - capacity * count / rate)  # left when the producer stops
    drain_timeout = min(options.max_drain_s, 10 + 1.5 * backlog / capacity)
    run = await measure_latency(
        settings,
        collector,
        articles=articles,
        rate=rate,
        drain_timeout=drain_timeout,
        alive=alive,
    )
    _say(
        f"  {rate:6,.0f}/s offered ({run.send_rate:,.0f}/s sent): p50 {run.p50_ms:,.1f} ms, "
        f"p95 {run.p95_ms:,.1f} ms, p99 {run.p99_ms:,.1f} ms, {run.arrived}/{run.sent} out, "
        f"{'sustained' if run.sustained else 'NOT sustained'}"
    )
    return run


# ---------------------------------------------------------------- report


@dataclass(frozen=True, slots=True)
class Options:
    """How much to measure."""

    articles: int
    quick: bool
    seed: int = 1
    latency: bool = True  # the paced runs
    broker_pid: int | None = None  # the local broker's, when started here: its CPU is reported

    @property
    def latency_seconds(self) -> float:
        """Seconds of paced production per offered rate."""
        return 3.0 if self.quick else 8.0

    @property
    def profile_seconds(self) -> float:
        """Seconds of work (at the burst's rate) in the backlog the profile samples."""
        return 5.0 if self.quick else 15.0

    @property
    def max_drain_s(self) -> float:
        """The longest wait for the outputs of one paced run after its producer stopped."""
        return 30.0 if self.quick else 90.0

    def drain_timeout(self, count: int) -> float:
        """The longest wait for `count` pre-loaded articles to come out (start-up included)."""
        return 60.0 + count / 20


@dataclass
class Report:
    """All figures of one run, and how they were made."""

    command: str
    date: str
    machine: dict[str, str]
    corpus: dict[str, str]
    compute: ComputeResult
    transport: Throughput | None = None
    transport_acked: Throughput | None = None
    peer: Throughput | None = None
    service: ServiceResult | None = None
    load: list[str] = field(default_factory=list)  # load averages when the run started and ended
    notes: list[str] = field(default_factory=list)


def machine_facts(kafka_version: str) -> dict[str, str]:
    """Cores, CPU model, Python, Kafka and client library versions."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "kafka": kafka_version,
        "code": code_facts(),
        "libraries": ", ".join(
            f"{p} {version(p)}" for p in ("faust-streaming", "aiokafka", "quixstreams", "pydantic")
        ),
    }


def corpus_facts(corpus: Sequence[Article]) -> dict[str, str]:
    """Size and duplicate share of a corpus."""
    kinds = Counter(a.kind for a in corpus)
    size = sum(len(a.text.encode("utf-8")) for a in corpus) / len(corpus) / 1024
    resent = kinds["exact"] + kinds["near"]
    return {
        "source": f"`{make_corpus.__name__}` ({(make_corpus.__doc__ or '').splitlines()[0]})",
        "articles": str(len(corpus)),
        "size": f"mean {size:.1f} KB",
        "resends": (
            f"{resent / len(corpus):.0%} ({kinds['exact']} exact, {kinds['near']} near copies)"
        ),
    }


def _verdict(met: bool) -> str:
    return "met" if met else "**missed**"


def _rate(value: float | None) -> str:
    return f"{value:,.0f} articles/s" if value is not None else "n/a"


def _cpu(result: Throughput) -> str:
    if result.cpu_us is None or result.cpu_share is None:
        return ""
    return (
        f"; its process: {result.cpu_us:,.0f} µs CPU/article, "
        f"on a CPU {result.cpu_share:.0%} of the time"
    )


def _cores(result: Throughput) -> str:
    """Where the app's main thread spent the burst, and what else used the cores meanwhile."""
    if result.main_share is None or result.queued_share is None:
        return ""
    asleep = max(0.0, 1.0 - result.main_share - result.queued_share)
    text = (
        f"main thread on a CPU {result.main_share:.0%}, waiting for a CPU "
        f"{result.queued_share:.0%}, asleep (awaiting Kafka, timers) {asleep:.0%}"
    )
    if result.broker_share is not None:
        text += f"; broker {result.broker_share:.0%} of a core"
    if result.bench_share is not None:
        text += f", the benchmark's clients {result.bench_share:.0%}"
    return text


def _service_rows(
    service: ServiceResult, compute: ComputeResult
) -> list[tuple[str, str, str, str]]:
    """The rows of the faust processor's figures."""
    rows: list[tuple[str, str, str, str]] = []
    drain, burst = service.drain, service.burst
    rows.append(
        (
            f"**service** (faust processor, burst of {burst.articles:,} fresh articles)",
            _rate(burst.rate) + _cpu(burst),
            f"≥ {TARGET_SERVICE_SHARE:.0%} of compute "
            f"= {_rate(TARGET_SERVICE_SHARE * compute.rate)}",
            _verdict(burst.rate >= TARGET_SERVICE_SHARE * compute.rate),
        )
    )
    if _cores(burst):
        rows.append(("service's burst: where its time went", _cores(burst), "", ""))
    rows.append(
        (
            "service, drain of the pre-loaded topic (first → last output)",
            f"{_rate(drain.rate)}; start-up (launch → first output) {drain.startup_s or 0:.1f} s"
            + (
                f"; its process's CPU from the first to the last output {drain.cpu_us:,.0f} µs "
                "per output"
                if drain.cpu_us is not None
                else ""
            ),
            "",
            "",
        )
    )
    if service.stage_us:
        stages = ", ".join(f"{k} {v:,.0f}" for k, v in service.stage_us.items())
        rows.append(("service's own stage timers during the burst (µs/call)", stages, "", ""))
    if service.messages_per_article:
        written = service.messages_per_article
        figure = f"{sum(written.values()):,.1f}: " + ", ".join(
            f"{name} {n:,.1f}" for name, n in sorted(written.items(), key=lambda i: -i[1])
        )
        rows.append(("service: Kafka messages it wrote per article of the burst", figure, "", ""))
    best = service.max_sustained
    for run in service.latencies:
        name = f"latency at {run.offered:,.0f}/s offered"
        if best is not None and run is best:
            name += " (**highest sustained**)"
        figure = (
            f"p50 {run.p50_ms:,.1f} / p95 {run.p95_ms:,.1f} / p99 {run.p99_ms:,.1f} ms; "
            f"sent {run.send_rate:,.0f}/s, {'sustained' if run.sustained else 'not sustained'}"
        )
        target, met = "", ""
        if run.offered == TARGET_P99_RATE:
            target = f"p99 ≤ {TARGET_P99_MS:.0f} ms"
            met = _verdict(run.p99_ms <= TARGET_P99_MS and run.sustained)
        rows.append((name, figure, target, met))
    return rows


def _rows(report: Report) -> list[tuple[str, str, str, str]]:
    """(measure, figure, target, met) rows of the figures table."""
    compute = report.compute
    rows = [
        (f"compute: {stage}", f"{us:,.0f} µs/article", "", "")
        for stage, us in compute.stage_us.items()
    ]
    rows.append(
        (
            "compute: clean + dedup + tag",
            f"{compute.core_us:,.0f} µs/article",
            f"≤ {TARGET_CORE_US:.0f} µs (≥ {1e6 / TARGET_CORE_US:,.0f}/s)",
            _verdict(compute.core_us <= TARGET_CORE_US),
        )
    )
    rows.append(
        (
            "**compute limit** (5 stages, one core, CPU time)",
            f"{_rate(compute.rate)} (wall clock of the pass: {compute.wall_us:,.0f} µs/article "
            "with the 2nd hop)",
            "",
            "",
        )
    )
    rows.append(
        (
            "one internal hop (encode/decode cleaned, re-key), not in the limit",
            f"{compute.hop_us:,.0f} µs/article",
            "",
            "",
        )
    )
    if report.transport is not None:
        rows.append(
            ("**transport limit** (aiokafka pass-through)", _rate(report.transport.rate), "", "")
        )
    if report.transport_acked is not None:
        rows.append(
            (
                "transport, awaiting each ack before the next send",
                _rate(report.transport_acked.rate),
                "",
                "",
            )
        )
    service = report.service
    if service is not None:
        rows.extend(_service_rows(service, compute))
    if report.peer is not None:
        met = ""
        if service is not None:
            met = _verdict(service.burst.rate >= report.peer.rate)
        rows.append(
            (
                f"**peer** (same stages in Quix Streams, burst of {report.peer.articles:,})",
                _rate(report.peer.rate) + _cpu(report.peer),
                "faust service ≥ peer",
                met,
            )
        )
        if _cores(report.peer):
            rows.append(("peer's burst: where its time went", _cores(report.peer), "", ""))
    if service is not None:
        rate = service.burst.rate
        rows.append(("ratio service / compute", f"{rate / compute.rate:.2f}", "≥ 0.80", ""))
        if report.transport is not None and report.transport.rate:
            rows.append(
                ("ratio service / transport", f"{rate / report.transport.rate:.2f}", "", "")
            )
        if report.peer is not None and report.peer.rate:
            rows.append(("ratio service / peer", f"{rate / report.peer.rate:.2f}", "≥ 1.00", ""))
    return rows


def render_markdown(report: Report) -> str:
    """BENCHMARKS.md: the figures table, the profile, and how they were measured."""
    m, c = report.machine, report.corpus
    lines = [
        "# Benchmarks",
        "",
        "Generated by `bench/pipeline_bench.py`; do not edit by hand, run it again.",
        "",
        "- Command:",
        "",
        "  ```sh",
        f"  {report.command}",
        "  ```",
        "",
        f"- Date: {report.date}",
        f"- Machine: {m['cores']} cores, {m['cpu']}; {m['python']}; Kafka {m['kafka']} on "
        f"127.0.0.1; {m['libraries']}",
        f"- Code: {m['code']}",
        f"- Corpus: {c['source']}: {c['articles']} articles, {c['size']}, resends {c['resends']}",
        f"- Load average (1, 5, 15 min) at start and end: {' and '.join(report.load)}: "
        "anything above 0 is other work sharing the cores",
        f"- Topics: {PARTITIONS} partitions each, replication factor 1; the service's dedup "
        f"topic and tables: {Settings().dedup_partitions} (`NEWSSTREAM_DEDUP_PARTITIONS`, default)",
        "",
        "## Figures",
        "",
        "| measure | figure | target | met |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {t} | {v} |" for a, b, t, v in _rows(report)),
        "",
    ]
    profile = report.service.profile if report.service is not None else None
    if profile is not None:
        lines += [
            "## Profile of the service",
            "",
            f"`py-spy record --function --gil --nonblocking` at {profile.rate_hz} Hz on the "
            "processor from before a backlog of fresh articles was sent until "
            f"{PROFILE_SETTLE_S:.0f} s after its last output ({profile.seconds:.1f} s): "
            f"{profile.samples:,} samples of the thread holding the GIL over the "
            f"{profile.articles:,} outputs written in the window "
            f"(growth of the output topics' end offsets): {_profile_totals(profile)}. The "
            "µs per article of a row are its share of the samples times the process's CPU time "
            "per article (a sample also counts a thread that holds the GIL but waits for a "
            f'CPU). The GIL was held {profile.busy:.0%} of the window. "Own time" is time in the '
            'function itself (C calls it makes included); "under" is the part of the service its '
            "samples mostly came from: a stage (the first newsstream call under an agent), or "
            "`agent › app function: library` for the agents' own calls into faust, aiokafka "
            "and pydantic.",
            "",
            "Top 10 functions by own time:",
            "",
            "| # | function | µs/article | share | under |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {i} | `{label}` | {profile.us_per_article(n):,.0f} | "
            f"{n / profile.samples:.1%} | {stage} |"
            for i, (label, n, stage) in enumerate(profile.top, 1)
        ]
        lines += [
            "",
            "CPU time by part of the service:",
            "",
            "| part | µs/article | share |",
            "|---|---|---|",
        ]
        lines += [
            f"| {stage} | {profile.us_per_article(n):,.0f} | {n / profile.samples:.1%} |"
            for stage, n in profile.stages
        ]
        lines.append("")
    lines += [
        "## How it is measured",
        "",
        "- **Compute limit**: the functions the processor calls (`codec.decode`, "
        "`Enricher.clean`, `dedup.decide`/`remember`, `Enricher.enrich`, `codec.encode`) over "
        "the corpus in one process pinned to one CPU, after 20 warm-up articles; articles/s = "
        "1 / sum of the stage means. One internal hop of the stream (the cleaned article "
        "encoded to and decoded from the internal topic, and the fingerprint computed again) is "
        "timed apart: the service pays it once per hop of a probe, the limit does not.",
        "- **Transport limit**: one aiokafka consumer reads the pre-loaded raw topic from its "
        "start and one producer (acks=all) writes every message unchanged to another topic; "
        "articles/s from the first fetch to the last acknowledgement. One hop; the service's "
        "probes make several. The second row awaits each acknowledgement before the next "
        "message.",
        "- **Service**: `python -m newsstream process` in its own process, with its settings "
        "from the environment (`Settings.to_env()`), unique topics and app id. It is started on "
        "the pre-loaded raw topic and drains it (articles/s from its first to its last output, "
        "start-up excluded). Then the figure that counts: a burst of fresh articles sent at "
        "full speed to the warm processor, articles/s = outputs / (last output − first send). "
        "Outputs are read by a consumer in the benchmark process. The messages it wrote per "
        "article are the growth of the end offsets of its app's own topics (internal topic, "
        "table changelogs) over the burst, divided by the burst's outputs. Where its time "
        "went over the burst (the peer's too): its main thread's, the event loop's, time on a "
        "CPU and runnable but waiting for one (`/proc/<pid>/task/<pid>/schedstat`); the rest "
        "it slept, awaiting acknowledgements, fetches or timers. Beside it, the CPU the local "
        "broker and the benchmark's own process (producer, output consumer) used meanwhile, in "
        "cores. The drain's clock starts at the first output, when the processor has cleaned "
        "its first batches already: it times less work than it counts, and its rate can pass "
        "what the process's CPU time allows; the burst's cannot.",
        "- **Latency**: a paced aiokafka producer (acks=all) in the benchmark process sends "
        f"fresh corpus articles for {Options(0, quick=False).latency_seconds:.0f} s "
        f"({Options(0, quick=True).latency_seconds:.0f} s with --quick) at each rate; latency "
        "= time the output was consumed − the raw event's `received_at`, set just before the "
        f"send. A rate is *sustained* when the producer kept ≥ {SUSTAINED_SEND_SHARE:.0%} of "
        "its pace, the last output came within "
        f"{SUSTAINED_DRAIN_S:.0f} s of the last send and p99 stayed ≤ "
        f"{SUSTAINED_P99_MS / 1000:.0f} s. Before the next rate, the rest of a run's outputs "
        f"are awaited (up to {BACKLOG_DRAIN_TIMEOUT_S:.0f} s), so no rate inherits a backlog. "
        "The highest sustained rate is bisected "
        "between the fixed rates it did and did not sustain, starting at 90% of the burst rate "
        "(at most three tries).",
        "- **Peer**: the same stage functions in a Quix Streams application in its own process, "
        "on the same raw topic (from its end), timed on the same burst as the service after a "
        "warm-up: decode → clean, re-key by fingerprint through a repartition topic "
        "(`group_by`), dedup → tag → encode → enriched or duplicates topic. Its dedup memory is "
        "a plain dict in the process (no Quix state, no changelog), and it does not wait for "
        "each acknowledgement (Quix flushes at its checkpoints).",
        "- All clients, the broker and the benchmark share this machine's cores: the figures "
        "are what one machine does with everything on it, not the service alone.",
    ]
    lines += [f"- {note}" for note in report.notes]
    return "\n".join(lines) + "\n"


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, or n/a."""
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def _say(text: str) -> None:
    print(text, flush=True)


def _failed(report: Report, phase: str, error: Exception) -> None:
    first = str(error).splitlines()[0] if str(error) else type(error).__name__
    report.notes.append(f"**The {phase} phase failed**: {type(error).__name__}: {first}")
    _say(f"  ! the {phase} phase failed: {error!r}")


def code_facts() -> str:
    """Where the measured newsstream code comes from: a commit, and whether it was edited."""
    import newsstream  # noqa: PLC0415 - only its location is wanted

    where = Path(newsstream.__file__).resolve().parent
    if not where.is_relative_to(REPO):
        return f"newsstream imported from {where}"

    def git(*args: str) -> str:
        result = subprocess.run(  # noqa: S603 - fixed git arguments, read-only
            ["git", *args],  # noqa: S607 - git from PATH
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout.strip()

    dirty = git("status", "--porcelain", "--", "services")
    return f"git {git('rev-parse', '--short', 'HEAD')}" + (
        " with uncommitted changes in services/" if dirty else ""
    )


def command_line() -> str:
    """The command that reproduces this run, relative to the repository."""
    python = os.path.relpath(sys.executable, REPO)
    if python.startswith(".."):
        python = sys.executable
    script = os.path.relpath(Path(__file__).resolve(), REPO)
    env = ""
    for name in ("PYTHONPATH", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_VERSION"):
        if os.environ.get(name):
            env += f"{name}={os.environ[name]} "
    return f"{env}{shlex.join([python, script, *sys.argv[1:]])}"


# ---------------------------------------------------------------- main


async def run(options: Options) -> Report:
    """Measure everything on one broker and one set of topics."""
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    load = load_average()
    busy = hasattr(os, "getloadavg") and os.getloadavg()[0] > 0.5
    _say(
        f"• load average {load}" + (": other work is running, figures will suffer" if busy else "")
    )
    corpus = make_corpus(options.articles, options.seed)
    max_bytes = Settings.model_fields["max_article_bytes"].default
    _say(f"• corpus: {corpus_facts(corpus)}")
    _say("• compute limit: the stage functions on one core")
    compute = measure_compute([raw_event(a, time.time())[1] for a in corpus], max_bytes)
    _say(
        "  "
        + ", ".join(f"{k} {v:,.0f} µs" for k, v in compute.stage_us.items())
        + f" → {compute.rate:,.0f} articles/s"
    )
    report = Report(
        command=command_line(),
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        machine={},
        corpus=corpus_facts(corpus),
        compute=compute,
        load=[load],
    )
    async with kafka_broker() as (bootstrap, kafka_version, broker_pid):
        options = dataclasses.replace(options, broker_pid=broker_pid)
        report.machine = machine_facts(kafka_version)
        _say(f"• machine: {report.machine}")
        run_id = uuid.uuid4().hex[:8]
        settings = Settings.isolated(
            bootstrap, "bench", run_id, partitions=PARTITIONS, processor_metrics_port=free_port()
        )
        topics = await create_topics(settings, run_id)
        try:
            sent = await produce(settings, corpus)
            _say(f"• pre-loaded {len(sent)} raw events on {settings.raw_topic}")
            timeout = 30 + len(corpus) / 50
            report.transport = await measure_transport(
                settings, topics.passthrough, len(corpus), await_each=False, timeout=timeout
            )
            report.transport_acked = await measure_transport(
                settings,
                topics.passthrough,
                min(len(corpus), 1000),
                await_each=True,
                timeout=timeout,
            )
            _say(
                f"• transport: {_rate(report.transport.rate)}; awaiting each ack: "
                f"{_rate(report.transport_acked.rate)}"
            )
            burst = make_corpus(options.articles, options.seed + 50)
            _say("• service: the faust processor")
            try:
                try:
                    report.service = await measure_service(settings, sent.keys(), burst, options)
                except ServiceStalledError as error:
                    # Seen on fresh app ids: faust's first assignment skipped the internal topic
                    # it had just created. A second app id (a new group) gets a fresh start.
                    report.notes.append(f"First processor start stalled, retried: {error}")
                    _say(f"  ! {error}; retrying with another app id")
                    settings = settings.model_copy(
                        update={
                            "app_id": f"{settings.app_id}-retry",
                            "processor_metrics_port": free_port(),
                        }
                    )
                    report.service = await measure_service(settings, sent.keys(), burst, options)
            except Exception as error:  # reported in BENCHMARKS.md; the others still run
                _failed(report, "service", error)
            _say("• peer: the stages in a Quix Streams app")
            try:
                report.peer = await measure_peer(
                    settings, topics, burst, options.drain_timeout(len(burst)), broker_pid
                )
                _say(f"  burst of {len(burst)} fresh articles: {_rate(report.peer.rate)}")
            except Exception as error:  # reported in BENCHMARKS.md
                _failed(report, "peer", error)
        finally:
            with contextlib.suppress(Exception):
                await delete_run_topics(settings, run_id)
    report.load.append(load_average())
    return report


def main() -> None:
    """Parse options, measure, print the table and write BENCHMARKS.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles", type=int, default=None, help="corpus size (default 2000, 400 with --quick)"
    )
    parser.add_argument("--quick", action="store_true", help="a short run (under 2 minutes)")
    parser.add_argument(
        "--no-latency",
        action="store_true",
        help="skip the paced latency runs (to compare the service's cost per article quickly)",
    )
    parser.add_argument(
        "--output", type=Path, default=REPO / "BENCHMARKS.md", help="where to write the report"
    )
    parser.add_argument(
        "--note", action="append", default=[], help="a line for BENCHMARKS.md (repeatable)"
    )
    parser.add_argument("--quix-peer", help=argparse.SUPPRESS)  # the peer's own process
    args = parser.parse_args()
    if args.quix_peer:
        run_quix_peer(json.loads(args.quix_peer))
        return
    articles = args.articles or (400 if args.quick else 2000)
    if articles < 50:
        parser.error("--articles must be at least 50")
    started = time.monotonic()
    options = Options(articles=articles, quick=args.quick, latency=not args.no_latency)
    report = asyncio.run(run(options))
    report.notes.extend(args.note)
    markdown = render_markdown(report)
    args.output.write_text(markdown, encoding="utf-8")
    _say("")
    _say(markdown)
    _say(f"• wrote {args.output} in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
