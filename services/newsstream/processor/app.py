"""The faust app: two agents around the pure pipeline, with the error policy at the edge.

    raw topic (key: article_id)
      └─ clean_articles: decode → clean ──▶ <app_id>-cleaned (key: fingerprint)
                                             └─ publish_articles: dedup → tag → encode
                                                  ├─▶ enriched topic   (key: article_id)
                                                  └─▶ duplicates topic (key: article_id)
    any failure ──▶ dead-letter topic (original bytes, error, stage, topic/partition/offset)

Re-keying by fingerprint puts every copy of the same content on one partition, so the worker
that owns that partition owns its entry in the fingerprints table: deduplication is correct
with any number of partitions and workers. The table is changelog-backed: a restarted or
rebalanced worker recovers it. An article's fingerprint is remembered only after the broker
acknowledged its event, so a crash in between republishes it rather than losing it.

The app is built by a factory, not at import time: faust binds objects to the running loop, and
tests build their own apps with their own settings.
"""

from __future__ import annotations

import ssl
from datetime import UTC, datetime
from typing import Any

import faust
from faust.types import TP

from newsstream.core import dedup
from newsstream.core.codec import decode, encode
from newsstream.core.deadletter import Origin, dead_letter, error_kind
from newsstream.core.models import CleanedArticle, EnrichedArticle, Outcome, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.metrics import ProcessorMetrics
from newsstream.settings import Settings

LAG_REPORT_SECONDS = 5.0


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


class ArticleProcessor:
    """The agents' bodies: decode, call the pure stages, encode, route and count."""

    def __init__(
        self, app: faust.App, settings: Settings, metrics: ProcessorMetrics, enricher: Enricher
    ) -> None:
        self.app = app
        self.settings = settings
        self.metrics = metrics
        self.enricher = enricher
        self.raw_topic = app.topic(settings.raw_topic, partitions=settings.partitions)
        self.cleaned_topic = app.topic(
            f"{settings.app_id}-cleaned", partitions=settings.partitions, internal=True
        )
        self.enriched_topic = app.topic(settings.enriched_topic)
        self.duplicates_topic = app.topic(settings.duplicates_topic)
        self.dead_letter_topic = app.topic(settings.dead_letter_topic)
        self.fingerprints = app.Table(
            "fingerprints",
            partitions=settings.partitions,
            schema=faust.Schema(
                key_type=str, value_type=str, key_serializer="json", value_serializer="json"
            ),
            help="Fingerprint of each content seen → article_id of its first article.",
        )
        self.processed_offsets: dict[TP, int] = {}

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
        """Decode and clean raw articles; hand them on keyed by content fingerprint."""
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
            except Exception as error:
                await self.send_dead_letter(error, stage, _origin(message))
                continue
            for removed in cleaned.removed:
                self.metrics.removed_lines.labels(rule=removed.rule).inc()
            key = dedup.fingerprint(cleaned.body).encode("ascii")
            await self.cleaned_topic.send(key=key, value=encode(cleaned), force=True)

    async def publish_articles(self, stream: faust.StreamT[bytes]) -> None:
        """Deduplicate and tag cleaned articles; publish to the enriched or duplicates topic."""
        async for event in stream.events():
            message = event.message
            stage = "decode"
            try:
                cleaned = decode(message.value, CleanedArticle)
                stage = "dedup"
                with self.metrics.timed("dedup"):
                    decision = dedup.decide(cleaned.article_id, cleaned.body, self.fingerprints)
                if decision.redelivery:
                    self.metrics.redeliveries.inc()
                    continue
                stage = "tag"
                with self.metrics.timed("tag"):
                    article = self.enricher.enrich(cleaned, decision, datetime.now(UTC))
                stage = "encode"
                with self.metrics.timed("encode"):
                    value = encode(article)
            except Exception as error:
                await self.send_dead_letter(error, stage, _origin(message))
                continue
            target = self.duplicates_topic if decision.is_duplicate else self.enriched_topic
            with self.metrics.timed("publish"):
                sent = await target.send(
                    key=article.article_id.encode("utf-8"), value=value, force=True
                )
                await sent  # acknowledged before remembered: see the module docstring
            dedup.remember(article.article_id, decision, self.fingerprints)
            self._count_published(article, decision)

    def _count_published(self, article: EnrichedArticle, decision: dedup.DedupDecision) -> None:
        self.metrics.processed.labels(outcome=article.outcome.value).inc()
        if decision.method is not None:
            self.metrics.duplicates.labels(method=decision.method.value).inc()
        self.metrics.end_to_end_seconds.observe(
            (datetime.now(UTC) - article.received_at).total_seconds()
        )

    async def report_consumer_lag(self) -> None:
        """Set the lag gauge of every raw-topic partition this worker owns."""
        consumer = self.app.consumer
        for tp in consumer.assignment():
            if tp.topic != self.settings.raw_topic:
                continue
            highwater = consumer.highwater(tp)
            done = self.processed_offsets.get(tp)
            if done is None:
                done = await consumer.position(tp)
            if highwater is not None and done is not None:
                self.metrics.consumer_lag.labels(partition=str(tp.partition)).set(
                    max(0, highwater - done)
                )


def create_app(settings: Settings, metrics: ProcessorMetrics, enricher: Enricher) -> faust.App:
    """Build the processor app with its topics, table and agents."""
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
    app.agent(processor.cleaned_topic, name="publish_articles")(processor.publish_articles)
    app.timer(interval=LAG_REPORT_SECONDS)(processor.report_consumer_lag)
    return app
