"""Nothing lost, nothing doubled: the processor SIGKILLed under load, and the broker restarted.

Like Kafka Streams' `streams_eos_test.py`: generated articles (stories with resends and near
copies) are sent faster than the processor handles them while it is killed with SIGKILL at
random moments and started again; then the output topics are read in full and every article id
sent is looked up. The guarantee checked is the one the README's "Delivery guarantee" states:

- none is missing: every article has an event on the enriched, duplicates or dead-letter topic;
- its events agree: one topic, one outcome (a duplicate of one root), however many there are;
- no event is published twice, dead letters included (one article in 50 has no story): a
  worker that takes partitions over reads back what was written since their oldest uncommitted
  input (`bench/crash_bench.py` measures it all with more kills).

What a fault catches in flight is what was handled since the last commit (every 2.8 s), however
many articles the run has: a run needs enough that every fault lands while a backlog waits (it
checks that each did), and more faults, not more articles, make a narrow window likelier to be
hit. `bench/crash_bench.py` runs the same with more articles and kills (5,000 and 10 by default)
and prints the figures.
"""

from __future__ import annotations

import asyncio
import random
import signal
import subprocess
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiokafka import (  # type: ignore[import-untyped, unused-ignore]
    AIOKafkaConsumer,
    AIOKafkaProducer,
    TopicPartition,
)
from aiokafka.admin import AIOKafkaAdminClient  # type: ignore[import-untyped, unused-ignore]

from newsstream.consumer import OutputEvent, OutputReader
from newsstream.core.codec import encode
from newsstream.core.dedup import DedupDecision
from newsstream.core.models import DeadLetter, EnrichedArticle, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.corpus import generate
from newsstream.kafka.admin import ensure_topics
from newsstream.kafka.clients import client_options
from newsstream.localkafka import LocalKafka
from newsstream.settings import Settings
from tests.conftest import await_metrics, free_port, launch_processor, settled
from tests.integration.test_pipeline import article_id

# Hundreds of articles and minutes of faults on a busy shared machine: longer than the suite's
# default limit.
pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(900)]

READY = "[^Worker]: Ready"
DRAIN_TIMEOUT = 60.0  # seconds without any output before the missing articles count as lost
# faust's own settings, from the environment. A SIGKILLed worker never leaves its consumer
# group: the group waits for it for a whole session timeout (faust's default 60 s) before it
# moves its partitions, to a restarted worker too. Production keeps the default or tunes it;
# a test cannot wait a minute per kill.
FAST_FAILURE_DETECTION = {"BROKER_SESSION_TIMEOUT": "10", "BROKER_HEARTBEAT_INTERVAL": "1"}
# Faster than a worker handles them here: the input keeps a backlog, so the run takes as long as
# the handling (the check is about loss, not latency) and every fault catches work in flight.
OFFERED_RATE = 200.0
# Articles per run: three faults at random shares of them (10 % to 90 %), each followed by 1 % to
# 5 % more, still leave a backlog behind the last one. 2,000 until 2026-12-04 (see the docstring).
ARTICLES = 600


# One article in this many has no story (whitespace only): a dead letter, which faults must not
# repeat either.
STORYLESS_EVERY = 50


def raw_articles(count: int, seed: int) -> list[RawArticle]:
    """`count` generated articles in stream order, copies included, each with a fresh id."""
    files, _ = generate(count, seed)
    now = datetime.now(UTC)
    return [
        RawArticle(
            article_id=uuid.uuid4().hex,
            source=name,
            received_at=now,
            text=" \n\n " if number % STORYLESS_EVERY == STORYLESS_EVERY - 1 else text,
        )
        for number, (name, text) in enumerate(files.items())
    ]


def unenrichable(articles: list[RawArticle]) -> set[str]:
    """Ids of the articles batch mode cannot enrich: the only dead letters a run may have."""
    if not articles:  # loading the tagger costs seconds
        return set()
    enricher = Enricher()
    failing = set()
    for raw in articles:
        try:
            cleaned = enricher.clean(raw)
            enricher.enrich(cleaned, DedupDecision(fingerprint="-"), raw.received_at)
        except Exception:  # whatever fails here is dead-lettered by design
            failing.add(raw.article_id)
    return failing


@dataclass
class Worker:
    """One `newsstream process` of the app, restarted under the same settings."""

    settings: Settings
    logs: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None
    starts: int = 0

    def start(self) -> None:
        """Start it and return once it serves metrics (it may still be recovering tables)."""
        self.launch()
        self.await_metrics()

    def launch(self) -> None:
        """Start it; return at once."""
        self.starts += 1
        self.log = self.logs / f"{self.settings.processor_metrics_port}-{self.starts}.log"
        self.process = launch_processor(self.settings, self.log, env=self.env)

    def await_metrics(self) -> None:
        """Return once the launched process serves metrics."""
        assert self.process is not None
        assert self.log is not None
        await_metrics(self.process, self.settings, self.log)

    def ready(self) -> bool:
        """Whether faust said it is ready: tables recovered, partitions assigned."""
        return self.log is not None and READY in self.log.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL: no shutdown, no commit, no flush."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            self.process = None

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL if it does not stop in time; its exit code."""
        process, self.process = self.process, None
        if process is None:
            return None
        process.terminate()
        try:
            return process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return None


@dataclass
class CrashRun:
    """What one run sent, what came out, and what was done to it meanwhile."""

    sent: list[str]
    events: list[OutputEvent]
    kills: int
    unenrichable: set[str] = field(default_factory=set)  # of those dead-lettered
    recoveries: list[float] = field(default_factory=list)
    drained_seconds: float = 0.0
    # Articles not yet handled (no output event) when each fault came: none of them 0.
    unhandled_at_faults: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Ledger:
    """Every article id sent, looked up in the output."""

    articles: int
    missing: set[str]
    disagreeing: set[str]
    wrongly_dead_lettered: dict[str, str]  # id → what the dead letter says went wrong
    repeated_enriched: int
    repeated_duplicates: int
    repeated_dead_letters: int

    @property
    def repeats(self) -> int:
        """Events beyond the first per article id, on any output topic."""
        return self.repeated_enriched + self.repeated_duplicates + self.repeated_dead_letters


def outcome_of(item: OutputEvent) -> tuple[str, str | None]:
    """The topic an event went to and the root it names: what every copy must agree on."""
    event = item.event
    return item.topic, event.duplicate_of if isinstance(event, EnrichedArticle) else None


def _why(event: EnrichedArticle | DeadLetter) -> str:
    # A dead letter nobody expected is a bug: its stage and error are where to start looking.
    if isinstance(event, DeadLetter):
        return f"{event.stage}: {event.error_kind}: {event.error_message[:300]}"
    return "not a dead letter"


def ledger(settings: Settings, run: CrashRun) -> Ledger:
    """Look up every article sent in what came out."""
    by_id: dict[str, list[OutputEvent]] = {}
    for item in run.events:
        by_id.setdefault(article_id(item.event), []).append(item)
    repeats: Counter[str] = Counter()
    for items in by_id.values():
        repeats[items[0].topic] += len(items) - 1
    return Ledger(
        articles=len(run.sent),
        missing=set(run.sent) - set(by_id),
        disagreeing={i for i, items in by_id.items() if len({outcome_of(e) for e in items}) > 1},
        wrongly_dead_lettered={
            i: _why(items[0].event)
            for i, items in by_id.items()
            if items[0].topic == settings.dead_letter_topic and i not in run.unenrichable
        },
        repeated_enriched=repeats[settings.enriched_topic],
        repeated_duplicates=repeats[settings.duplicates_topic],
        repeated_dead_letters=repeats[settings.dead_letter_topic],
    )


@contextmanager
def fleet(
    settings: Settings, count: int, logs: Path, env: dict[str, str] | None = None
) -> Iterator[list[Worker]]:
    """`count` workers of one app (one consumer group), started side by side and ready after
    the group's last rebalance; stopped at the end."""
    workers = [
        Worker(settings.model_copy(update={"processor_metrics_port": free_port()}), logs, env or {})
        for _ in range(count)
    ]
    try:
        for worker in workers:
            worker.launch()
        for worker in workers:
            worker.await_metrics()
        logs_of = [worker.log for worker in workers if worker.log is not None]
        wait_until(lambda: settled(logs_of), 60.0, f"workers not ready: {logs_of}")
        yield workers
    finally:
        for worker in workers:
            worker.stop()


def wait_until(condition: Callable[[], bool], timeout: float, message: str) -> None:
    """Poll `condition` until it holds; fail with `message` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(message)
        time.sleep(0.2)


async def send_paced(settings: Settings, articles: list[RawArticle], rate: float) -> None:
    """Send the articles at `rate` per second, as a producer of the raw topic would."""
    producer = AIOKafkaProducer(**client_options(settings), acks="all", enable_idempotence=True)
    await producer.start()
    try:
        started = time.monotonic()
        for index, raw in enumerate(articles):
            delay = started + index / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            await producer.send(
                settings.raw_topic, value=encode(raw), key=raw.article_id.encode("utf-8")
            )
        await producer.flush()
    finally:
        await producer.stop()


async def collect(reader: OutputReader, events: list[OutputEvent]) -> None:
    """Append every output event as it arrives (until cancelled)."""
    async for item in reader.events():
        events.append(item)


Fault = Callable[[list[Worker], random.Random], float]
"""Does one fault to the running workers; returns the seconds until they work again."""


def kill_and_restart(workers: list[Worker], rng: random.Random) -> float:
    """SIGKILL one worker, start it again at once; seconds until it is ready again."""
    worker = rng.choice(workers)
    killed = time.monotonic()
    worker.kill()
    worker.start()
    wait_until(worker.ready, 90.0, f"restarted worker not ready: {worker.log}")
    return time.monotonic() - killed


def broker_restarter(broker: LocalKafka, downtime: float = 3.0) -> Fault:
    """A fault that stops the broker cleanly and starts it again on the same port and data."""

    def restart_broker(_workers: list[Worker], _rng: random.Random) -> float:
        stopped = time.monotonic()
        broker.restart(downtime=downtime)
        return time.monotonic() - stopped

    return restart_broker


def handled(events: list[OutputEvent]) -> int:
    """Distinct articles the output names so far."""
    return len({article_id(e.event) for e in events})


async def until_handled(events: list[OutputEvent], count: int) -> None:
    """Wait until the output names `count` distinct articles, or stops growing for a while."""
    handled: set[str] = set()
    seen = 0
    deadline = time.monotonic() + DRAIN_TIMEOUT
    while len(handled) < count and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        if len(events) > seen:
            deadline = time.monotonic() + DRAIN_TIMEOUT
        handled.update(article_id(e.event) for e in events[seen:])
        seen = len(events)


async def run_with_faults(
    settings: Settings,
    workers: list[Worker],
    articles: list[RawArticle],
    *,
    faults: int,
    fault: Fault,
    rate: float,
    seed: int,
) -> CrashRun:
    """Send the articles while doing `faults` faults at random moments; read the output fully.

    A moment is a random share of the articles handled (10 % to 90 %), not of the clock: the
    articles may be offered faster than the workers handle them, and every fault still catches
    them busy with the stream however fast this machine runs them. After a fault the workers
    first handle 1 % to 5 % of the articles more (new ones: what they handle again publishes
    nothing new), so a fault never lands on a worker still catching up from the last one.
    """
    rng = random.Random(seed)
    reader = OutputReader(settings, settings.output_topics, from_beginning=True)
    await reader.start()
    events: list[OutputEvent] = []
    collector = asyncio.create_task(collect(reader, events))
    run = CrashRun(sent=[a.article_id for a in articles], events=events, kills=faults)
    try:
        sending = asyncio.create_task(send_paced(settings, articles, rate))
        shares = sorted(rng.uniform(0.1, 0.9) for _ in range(faults))
        started = time.monotonic()
        for share in shares:
            # A recovery may outlast the gap to the next moment: let the worker work a little.
            more = max(1, round(rng.uniform(0.01, 0.05) * len(articles)))
            await until_handled(events, max(round(share * len(articles)), handled(events) + more))
            run.unhandled_at_faults.append(len(articles) - handled(events))
            run.recoveries.append(await asyncio.to_thread(fault, workers, rng))
        await sending
        await until_handled(events, len(articles))
        run.drained_seconds = time.monotonic() - started
        # Whatever a redelivery republishes comes within a commit interval or two.
        await asyncio.sleep(5.0)
    finally:
        collector.cancel()
        await asyncio.gather(collector, return_exceptions=True)
        await reader.stop()
    return run


def crash_run(
    settings: Settings,
    logs: Path,
    *,
    articles: int,
    kills: int,
    rate: float,
    seed: int,
    workers: int = 1,
    fault: Fault = kill_and_restart,
    env: dict[str, str] | None = None,
) -> CrashRun:
    """One whole run: topics, workers, the articles with faults among them, the output read."""
    asyncio.run(ensure_topics(settings))
    sent = raw_articles(articles, seed)
    with fleet(settings, workers, logs, env) as running:
        run = asyncio.run(
            run_with_faults(
                settings, running, sent, faults=kills, fault=fault, rate=rate, seed=seed
            )
        )
    # Only a dead letter needs batch mode's word; trying every article cost seconds of CPU.
    dead = {article_id(e.event) for e in run.events if e.topic == settings.dead_letter_topic}
    run.unenrichable = unenrichable([raw for raw in sent if raw.article_id in dead])
    return run


async def uncommitted(settings: Settings) -> dict[str, int]:
    """Messages of the processor's input topics past its group's committed offsets.

    By partition (`topic[partition]`), only those with any: what a restart would handle again.
    """
    topics = {
        settings.raw_topic: settings.partitions,
        f"{settings.app_id}-dedup": settings.dedup_partitions,
    }
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(settings.app_id)
    finally:
        await admin.close()
    consumer = AIOKafkaConsumer(**client_options(settings))
    await consumer.start()
    try:
        partitions = [TopicPartition(t, p) for t, n in topics.items() for p in range(n)]
        ends = await consumer.end_offsets(partitions)
    finally:
        await consumer.stop()
    done = {tp: meta.offset for tp, meta in committed.items()}
    left = {
        f"{tp.topic}[{tp.partition}]": end - max(done.get(tp, 0), 0) for tp, end in ends.items()
    }
    return {partition: count for partition, count in left.items() if count > 0}


def assert_delivery_guarantee(found: Ledger) -> None:
    """The guarantee of the README's "Delivery guarantee" section.

    Nothing lost, every article's events in agreement, no event published twice (dead letters
    included).
    """
    assert found.missing == set()
    assert found.disagreeing == set()
    assert found.wrongly_dead_lettered == {}
    assert found.repeats == 0, found


def assert_faults_in_flight(run: CrashRun) -> None:
    """Every fault came while articles were still waiting: none hit an idle worker."""
    assert len(run.unhandled_at_faults) == run.kills
    assert all(count > 0 for count in run.unhandled_at_faults), run.unhandled_at_faults


def test_sigkilled_three_times_loses_nothing(settings: Settings, tmp_path: Path) -> None:
    run = crash_run(
        settings,
        tmp_path,
        articles=ARTICLES,
        kills=3,
        rate=OFFERED_RATE,
        seed=7,
        env=FAST_FAILURE_DETECTION,
    )
    assert len(run.recoveries) == 3
    assert_faults_in_flight(run)
    assert_delivery_guarantee(ledger(settings, run))
    assert asyncio.run(uncommitted(settings)) == {}  # no partition stalled behind a hole


def test_broker_restarted_mid_stream_loses_nothing(
    settings: Settings, restartable_kafka: LocalKafka, tmp_path: Path
) -> None:
    own = settings.model_copy(
        update={"kafka_bootstrap_servers": restartable_kafka.bootstrap_servers}
    )
    run = crash_run(
        own,
        tmp_path,
        articles=ARTICLES,
        kills=1,
        rate=OFFERED_RATE,
        seed=8,
        fault=broker_restarter(restartable_kafka),
    )
    assert restartable_kafka.bootstrap_servers == own.kafka_bootstrap_servers
    assert_faults_in_flight(run)
    assert_delivery_guarantee(ledger(own, run))
    assert asyncio.run(uncommitted(own)) == {}
