"""The faust app: two agents around the pure pipeline, with the error policy at the edge.

    raw topic (key: article_id)
      └─ clean_articles: decode → clean → fingerprint, MinHash band keys, sketch
           └─▶ <app_id>-dedup (internal; a probe, sent to the partition of its root key)
                 └─ dedup_articles: the steps of `core/dedup_flow.py` on each partition,
                    over the tables <app_id>-roots, -bands, -locks and -published
                    (changelog-backed);
                    a decided article is tagged and encoded, then
                      ├─▶ enriched topic   (key: article_id)
                      └─▶ duplicates topic (key: article_id)
                    and only after the broker acknowledged it, its publication is recorded
                    and its commit messages (root record, band entries, lock releases) go
                    back to <app_id>-dedup
    any failure ──▶ dead-letter topic (original bytes, error, stage, topic/partition/offset)

Deduplication is correct with any number of partitions and workers, and across restarts and
rebalances: each table entry is read and written only while handling a message of the partition
that owns its key, the tables are changelog-backed, and the protocol is two-phase locking with
locks taken in one global order (the module docstring of `dedup_flow` has the argument). Each
worker forgets, now and then, the roots of its partitions that fell out of the retention window
(event time), so the tables stay flat.

The app is built by a factory, not at import time: faust binds objects to the running loop, and
tests build their own apps with their own settings.
"""

from __future__ import annotations

import dataclasses
import json
import ssl
import time
import uuid
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime
from typing import Any, Final

import faust
from faust.types import TP

from newsstream.core import dedup
from newsstream.core.codec import decode, encode
from newsstream.core.deadletter import Origin, dead_letter, error_kind
from newsstream.core.dedup import DedupMemory
from newsstream.core.dedup_flow import (
    Decided,
    DedupFlow,
    FlowTables,
    Probe,
    RootCommit,
    Send,
    decode_message,
    partition_of,
    received,
)
from newsstream.core.models import EnrichedArticle, Outcome, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.core.templates import TemplateLearner
from newsstream.metrics import ProcessorMetrics
from newsstream.settings import Settings

LAG_REPORT_SECONDS: Final = 5.0
TEMPLATE_EXPIRY_SECONDS: Final = 3600.0
# Forgetting expired roots scans a worker's tables: often enough to stay flat, rarely enough
# that the scan costs nothing noticeable.
PURGE_INTERVAL: Final = 300.0  # seconds


def _credentials(settings: Settings) -> Any:
    """Faust credentials matching the settings' security protocol, or None for PLAINTEXT."""
    protocol = settings.kafka_security_protocol
    context = ssl.create_default_context() if protocol in {"SSL", "SASL_SSL"} else None
    if settings.kafka_sasl_mechanism:
        password = settings.kafka_sasl_password
        return faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=password.get_secret_value() if password else None,
            ssl_context=context,
            mechanism=settings.kafka_sasl_mechanism,
        )
    return faust.SSLCredentials(context) if context is not None else None


def _origin(message: Any) -> Origin:
    return Origin(
        value=message.value or b"",
        key=message.key,
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
    )


def _bytes_table(app: faust.App, name: str, partitions: int, help_text: str) -> Any:
    # bytes as key and value types make faust use the raw codec for the table and its changelog
    # (with a Schema instead, recovery would still read the changelog as JSON).
    return app.Table(name, partitions=partitions, key_type=bytes, value_type=bytes, help=help_text)


class _JsonTable(MutableMapping[str, list[float]]):
    """A bytes-keyed faust table seen as `str → list` (JSON values): the template memory."""

    def __init__(self, table: Any) -> None:
        self._table = table

    def __getitem__(self, key: str) -> list[float]:
        value: list[float] = json.loads(self._table[key.encode()])
        return value

    def __setitem__(self, key: str, value: list[float]) -> None:
        self._table[key.encode()] = json.dumps(value).encode()

    def __delitem__(self, key: str) -> None:
        del self._table[key.encode()]

    def __iter__(self) -> Iterator[str]:
        return (key.decode() for key in list(self._table.keys()))

    def __len__(self) -> int:
        return len(self._table)


class ArticleProcessor:
    """The agents' bodies: decode, call the pure stages, encode, route and count."""

    def __init__(
        self, app: faust.App, settings: Settings, metrics: ProcessorMetrics, enricher: Enricher
    ) -> None:
        self.app = app
        self.settings = settings
        self.metrics = metrics
        self.enricher = enricher
        self.policy = settings.dedup_policy()
        self.flow = DedupFlow(self.policy, settings.partitions)
        self.raw_topic = app.topic(settings.raw_topic, partitions=settings.partitions)
        self.dedup_topic = app.topic(
            f"{settings.app_id}-dedup", partitions=settings.partitions, internal=True
        )
        self.enriched_topic = app.topic(settings.enriched_topic)
        self.duplicates_topic = app.topic(settings.duplicates_topic)
        self.dead_letter_topic = app.topic(settings.dead_letter_topic)
        self.tables = FlowTables(
            roots=_bytes_table(app, "roots", settings.partitions, "Root key → root record."),
            bands=_bytes_table(app, "bands", settings.partitions, "Band key → its roots."),
            locks=_bytes_table(app, "locks", settings.partitions, "Band key → lock, queue."),
            published=_bytes_table(app, "published", settings.partitions, "Published → when."),
        )
        # Template lines are counted on the raw topic's partitions, where cleaning runs.
        templates = _bytes_table(app, "templates", settings.partitions, "Source|line → counts.")
        enricher.templates = TemplateLearner(_JsonTable(templates))
        self.processed_offsets: dict[TP, int] = {}
        self.newest: dict[int, datetime] = {}
        self.purged_at: dict[int, float] = {}

    async def send_dead_letter(self, error: BaseException, stage: str, origin: Origin) -> None:
        """The one error policy: record why, keep the original bytes, count it, go on."""
        letter = dead_letter(error, stage, origin)
        headers = {
            "newsstream.error.kind": letter.error_kind.encode(),
            "newsstream.error.stage": stage.encode(),
            "newsstream.source.topic": (origin.topic or "").encode(),
            "newsstream.source.partition": str(origin.partition).encode(),
            "newsstream.source.offset": str(origin.offset).encode(),
        }
        await self.dead_letter_topic.send(
            key=origin.key, value=encode(letter), headers=headers, force=True
        )
        self.metrics.dead_letters.labels(error_kind=error_kind(error)).inc()
        self.metrics.processed.labels(outcome=Outcome.DEAD_LETTER.value).inc()

    async def clean_articles(self, stream: faust.StreamT[bytes]) -> None:
        """Decode and clean raw articles; send each on its way through deduplication."""
        async for event in stream.events():
            message = event.message
            self.metrics.consumed.inc()
            self.processed_offsets[message.tp] = message.offset + 1
            stage = "decode"
            try:
                with self.metrics.timed("decode"):
                    raw = decode(message.value, RawArticle, self.settings.max_article_bytes)
                stage = "clean"
                with self.metrics.timed("clean"):
                    cleaned = self.enricher.clean(raw)
                stage = "dedup"
                with self.metrics.timed("dedup"):
                    sketch = dedup.sketch_article(
                        cleaned.article_id, cleaned.received_at, cleaned.body, self.policy.hasher
                    )
            except Exception as error:
                await self.send_dead_letter(error, stage, _origin(message))
                continue
            for removed in cleaned.removed:
                self.metrics.removed_lines.labels(rule=removed.rule).inc()
            attempt = f"{cleaned.article_id}/{uuid.uuid4().hex[:8]}"
            await self._send_all([self.flow.start(attempt, cleaned, sketch)])

    async def dedup_articles(self, stream: faust.StreamT[bytes]) -> None:
        """Run the dedup protocol's steps; publish the articles that reach their decision."""
        async for event in stream.events():
            message = event.message
            partition = message.partition
            flow_message = None
            try:
                flow_message = decode_message(message.value or b"")
                with self.metrics.timed("dedup"):
                    result = self.flow.step(partition, flow_message, self.tables)
            except Exception as error:
                origin = _origin(message)
                if isinstance(flow_message, Probe):  # keyed by its article, as dead letters are
                    key = flow_message.article.article_id.encode("utf-8")
                    origin = dataclasses.replace(origin, key=key)
                await self.send_dead_letter(error, "dedup", origin)
                if isinstance(flow_message, Probe):  # it may hold locks: hand them on
                    await self._send_all(self.flow.releases(flow_message))
                continue
            await self._send_all(result.sends)
            for decided in result.decided:
                await self._publish(decided, message)
            self._maybe_purge(partition, received(flow_message))

    async def _send(self, send: Send) -> Any:
        partition, message = send
        key = message.root_key if isinstance(message, RootCommit) else message.attempt
        return await self.dedup_topic.send(
            key=key.encode("utf-8"),
            value=message.model_dump_json().encode("utf-8"),
            partition=partition,
            force=True,
        )

    async def _publish(self, decided: Decided, message: Any) -> None:
        """Tag, encode and publish a decided article, then send its commit messages."""
        decision = decided.decision
        commit = self.flow.commit(decided)
        if decision.redelivery or decided.published:
            self.metrics.redeliveries.inc()
        else:
            cleaned = decided.probe.article
            stage = "tag"
            try:
                with self.metrics.timed("tag"):
                    article = self.enricher.enrich(cleaned, decision, datetime.now(UTC))
                stage = "encode"
                with self.metrics.timed("encode"):
                    value = encode(article)
            except Exception as error:
                origin = Origin(
                    value=encode(cleaned),
                    key=cleaned.article_id.encode("utf-8"),
                    topic=message.topic,
                    partition=message.partition,
                    offset=message.offset,
                )
                await self.send_dead_letter(error, stage, origin)
                await self._send_all(self.flow.releases(decided.probe))
                return
            target = self.duplicates_topic if decision.is_duplicate else self.enriched_topic
            with self.metrics.timed("publish"):
                sent = await target.send(
                    key=article.article_id.encode("utf-8"), value=value, force=True
                )
                await sent  # acknowledged before remembered: see the module docstring
            self.flow.remember_published(decided, self.tables)
            # Table writes wait in faust's buffer, seconds behind under load: hand the
            # publication to the client now, so a crash that replays this message after the
            # event's acknowledgement almost always finds it (README: Delivery guarantee).
            await self.app.producer.buffer.flush()
            self._count_published(article, decision)
        if commit.root is not None:
            await (await self._send(commit.root))  # the record before any band entry names it
        await self._send_all(commit.releases)

    async def _send_all(self, sends: list[Send]) -> None:
        """Send messages and wait until the broker has them all.

        A lost release would leave its locks held for good: the message that led to it is
        handled again after a crash only if these are not yet acknowledged.
        """
        pending = [await self._send(send) for send in sends]
        for sent in pending:
            await sent

    def _count_published(self, article: EnrichedArticle, decision: dedup.DedupDecision) -> None:
        self.metrics.processed.labels(outcome=article.outcome.value).inc()
        if article.outcome is Outcome.ENRICHED:  # a duplicate's tags were counted already
            self.metrics.count_tags(article)
        if decision.method is not None:
            self.metrics.duplicates.labels(method=decision.method.value).inc()
        if decision.similarity is not None:
            self.metrics.duplicate_similarity.observe(decision.similarity)
        self.metrics.end_to_end_seconds.observe(
            (datetime.now(UTC) - article.received_at).total_seconds()
        )

    def _maybe_purge(self, partition: int, moment: datetime | None) -> None:
        """Forget this partition's expired roots, at most once per purge interval."""
        newest = self.newest.get(partition)
        if moment is not None and (newest is None or moment > newest):
            self.newest[partition] = newest = moment
        now = time.monotonic()
        if newest is None or now - self.purged_at.setdefault(partition, now) < PURGE_INTERVAL:
            return
        self.purged_at[partition] = now
        partitions = self.settings.partitions
        dedup.purge(
            DedupMemory(
                roots=self.tables.roots, bands=self.tables.bands, published=self.tables.published
            ),
            newest,
            self.policy,
            owns=lambda key: partition_of(key, partitions) == partition,
        )

    async def expire_templates(self) -> None:
        """Forget template candidates not seen within the retention window (bounded state)."""
        if self.enricher.templates is not None:
            self.enricher.templates.expire(datetime.now(UTC))

    async def report_consumer_lag(self) -> None:
        """Set the lag gauge of every raw-topic partition this worker owns, and only those.

        Partitions that moved to another worker lose their series here, so summing the gauge
        over replicas counts each partition once.
        """
        consumer = self.app.consumer
        lags: dict[str, int] = {}
        for tp in consumer.assignment():
            if tp.topic != self.settings.raw_topic:
                continue
            highwater = consumer.highwater(tp)
            done = self.processed_offsets.get(tp)
            if done is None:
                done = await consumer.position(tp)
            if highwater is not None and done is not None:
                lags[str(tp.partition)] = max(0, highwater - done)
        self.metrics.consumer_lag.clear()
        for partition, lag in lags.items():
            self.metrics.consumer_lag.labels(partition=partition).set(lag)


def create_app(settings: Settings, metrics: ProcessorMetrics, enricher: Enricher) -> faust.App:
    """Build the processor app with its topics, tables and agents."""
    servers = settings.require_bootstrap_servers().split(",")
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{server.strip()}" for server in servers],
        broker_credentials=_credentials(settings),
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        # faust's exactly-once mode has open bug reports; output is made idempotent instead.
        processing_guarantee="at_least_once",
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        web_enabled=False,
        store="memory://",
    )
    processor = ArticleProcessor(app, settings, metrics, enricher)
    app.agent(processor.raw_topic, name="clean_articles")(processor.clean_articles)
    app.agent(processor.dedup_topic, name="dedup_articles")(processor.dedup_articles)
    app.timer(interval=LAG_REPORT_SECONDS)(processor.report_consumer_lag)
    app.timer(interval=TEMPLATE_EXPIRY_SECONDS)(processor.expire_templates)
    return app
