"""The faust app: two agents around the pure pipeline, with the error policy at the edge.

    raw topic (key: article_id)
      └─ clean_articles: decode → clean → fingerprint, MinHash band keys, sketch → tag
           └─▶ <app_id>-dedup (internal, NEWSSTREAM_DEDUP_PARTITIONS partitions; a probe,
               sent to the first partition that owns one of its band keys)
                 └─ dedup_articles: the steps of `core/dedup_flow.py` on each partition,
                    over the tables <app_id>-roots, -band-roots, -lock-holds and -published
                    (changelog-backed);
                    a decided article's event is encoded, then
                      ├─▶ enriched topic   (key: article_id)
                      └─▶ duplicates topic (key: article_id)
                    and only after the broker acknowledged it, its publication is recorded
                    and its commit messages (releases: root record, band entries, locks) go
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

import asyncio
import dataclasses
import json
import logging
import ssl
import time
import uuid
import weakref
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any, Final, cast

import faust
from aiokafka import TopicPartition
from aiokafka.errors import IllegalStateError  # type: ignore[import-untyped, unused-ignore]
from faust.streams import _current_event
from faust.types import TP, EventT

from newsstream.core import dedup
from newsstream.core.band_locks import LockTable
from newsstream.core.band_roots import BandTable
from newsstream.core.codec import decode, encode
from newsstream.core.deadletter import Origin, dead_letter, error_kind
from newsstream.core.dedup_flow import (
    Commit,
    Decided,
    DedupFlow,
    Expire,
    FlowTables,
    Probe,
    Release,
    Send,
    decode_message,
    encode_message,
    received,
)
from newsstream.core.models import EnrichedArticle, Outcome, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.core.templates import TemplateLearner
from newsstream.kafka.recent import ReadBack, article_id, source_message, written_or_nothing
from newsstream.metrics import ProcessorMetrics
from newsstream.processor.batching import take_events
from newsstream.processor.rebalance import rewind_on_resume
from newsstream.processor.transport import App
from newsstream.settings import Settings

LAG_REPORT_SECONDS: Final = 5.0
TEMPLATE_EXPIRY_SECONDS: Final = 3600.0
# Forgetting expired roots scans a worker's tables: often enough to stay flat, rarely enough
# that the scan costs nothing noticeable.
PURGE_INTERVAL: Final = 300.0  # seconds
# Looking for overdue locks reads an in-memory index: cheap, but a lost release only needs
# finding within a fraction of the lock timeout.
LOCK_EXPIRY_CHECK_SECONDS: Final = 30.0
# Reading back the output events a dead worker may have published unrecorded: after this long
# the worker goes on without them (repeats possible, nothing lost).
RECENT_EVENTS_TIMEOUT: Final = 60.0

log = logging.getLogger(__name__)


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


async def _acknowledged(sent: Sequence[Awaitable[Any]]) -> None:
    """Wait until the broker acknowledged every send (the first failure is raised)."""
    if sent:
        await asyncio.gather(*sent)


@contextmanager
def _handling(event: EventT[bytes]) -> Iterator[None]:
    """Make `event` faust's current event while it is handled, as `async for` over a stream does.

    Tables write their changelog to the current event's partition; `take_events` hands a batch
    over without setting it.
    """
    token = _current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        _current_event.reset(token)


_Published = tuple[EnrichedArticle, Decided, EventT[bytes]]
"""An article whose event was sent, what decided it, and the message that did."""

_Decision = tuple[Decided, EventT[bytes], bool]
"""A decided article, the message that decided it, and whether that was its own probe."""


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


class _PartitionTemplates(MutableMapping[str, list[float]]):
    """The template memory of one raw partition at a time, in a bytes-keyed faust table.

    A faust table writes to the changelog partition of the event being handled, so each raw
    partition keeps its own counts under its own prefix: a key is written, and expired, only
    while a message of its partition is handled, and recovery restores it where it belongs.
    `partition` is set before each article is cleaned.
    """

    def __init__(self, table: Any) -> None:
        self._table = table
        self.partition = 0

    def _key(self, key: str) -> bytes:
        return f"{self.partition}|{key}".encode()

    def __getitem__(self, key: str) -> list[float]:
        value: list[float] = json.loads(self._table[self._key(key)])
        return value

    def __setitem__(self, key: str, value: list[float]) -> None:
        self._table[self._key(key)] = json.dumps(value).encode()

    def __delitem__(self, key: str) -> None:
        del self._table[self._key(key)]

    def __iter__(self) -> Iterator[str]:
        prefix = f"{self.partition}|".encode()
        keys = [key for key in self._table if key.startswith(prefix)]
        return (key[len(prefix) :].decode() for key in keys)

    def __len__(self) -> int:
        return sum(1 for _ in self)


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
        self.flow = DedupFlow(self.policy, settings.dedup_partitions)
        self.raw_topic = app.topic(settings.raw_topic, partitions=settings.partitions)
        self.dedup_topic = app.topic(
            f"{settings.app_id}-dedup", partitions=settings.dedup_partitions, internal=True
        )
        self.enriched_topic = app.topic(settings.enriched_topic)
        self.duplicates_topic = app.topic(settings.duplicates_topic)
        self.dead_letter_topic = app.topic(settings.dead_letter_topic)
        self.dedup_topic_name = self.dedup_topic.get_topic_name()
        self.enriched_topic_name = settings.enriched_topic
        self.duplicates_topic_name = settings.duplicates_topic
        # Band entries and locks: one record per root, or attempt, and partition; their
        # in-memory indexes are derived again from the records after each recovery.
        dedup_partitions = settings.dedup_partitions
        band_records = _bytes_table(
            app, "band-roots", dedup_partitions, "Partition|root key → its band keys there."
        )
        lock_records = _bytes_table(
            app, "lock-holds", dedup_partitions, "Partition|attempt → locks held, waited."
        )
        self.tables = FlowTables(
            roots=_bytes_table(app, "roots", dedup_partitions, "Root key → root record."),
            bands=BandTable(band_records),
            locks=LockTable(lock_records),
            published=_bytes_table(app, "published", dedup_partitions, "Published → when."),
        )
        band_records.on_recover(self._rebuild_band_index)
        lock_records.on_recover(self._rebuild_lock_index)
        cast("Any", self.tables.published).on_recover(self._read_back_recent_events)
        self.recently_published: set[str] = set()
        self.recent_dead_letters: set[str] = set()  # "topic/partition/offset" of their inputs
        # Template lines are counted on the raw topic's partitions, where cleaning runs.
        templates = _bytes_table(
            app, "templates", settings.partitions, "Partition|source|line → counts."
        )
        self.template_memory = _PartitionTemplates(templates)
        state = (self.tables.roots, band_records, lock_records, self.tables.published, templates)
        self.state_tables: dict[str, Any] = {table.name: table for table in cast("Any", state)}
        template_retention = timedelta(days=settings.template_retention_days)
        enricher.templates = TemplateLearner(self.template_memory, retention=template_retention)
        # Expiring scans the table: hourly, or more often when lines live less than two hours.
        self.template_expiry_seconds = min(
            TEMPLATE_EXPIRY_SECONDS, template_retention.total_seconds() / 2
        )
        self.templates_expired_at: dict[int, float] = {}
        self.processed_offsets: dict[TP, int] = {}
        self.newest: dict[int, datetime] = {}
        self.purged_at: dict[int, float] = {}

    async def _rebuild_band_index(self) -> None:
        # faust calls a table's recovery callbacks once recovery is done, before the streams
        # resume: the table then holds exactly the records of the partitions now assigned.
        self.tables.bands.rebuild()

    async def _rebuild_lock_index(self) -> None:
        self.tables.locks.rebuild()

    async def _read_back_recent_events(self) -> None:
        # Before the streams resume: what the previous owner of these partitions may have
        # written without a record of it (kafka/recent.py). The dead-letter topic is read back
        # for the raw partitions too: the clean agent writes dead letters there.
        assigned = [TopicPartition(tp.topic, tp.partition) for tp in self.app.consumer.assignment()]
        dedup = [tp for tp in assigned if tp.topic == self.dedup_topic.get_topic_name()]
        raw = [tp for tp in assigned if tp.topic == self.settings.raw_topic]
        events = [self.settings.enriched_topic, self.settings.duplicates_topic]
        dead_letters = [self.settings.dead_letter_topic]
        self.recently_published, self.recent_dead_letters = await written_or_nothing(
            self.settings,
            self.app.conf.id,
            [
                ReadBack(dedup, events, article_id),
                ReadBack(dedup + raw, dead_letters, source_message),
            ],
            timeout=RECENT_EVENTS_TIMEOUT,
        )
        if self.recently_published or self.recent_dead_letters:
            log.info(
                "read back %d events and %d dead letters written since the oldest uncommitted "
                "input: none is written again",
                len(self.recently_published),
                len(self.recent_dead_letters),
            )

    async def send_dead_letter(
        self, error: BaseException, stage: str, origin: Origin
    ) -> Awaitable[Any]:
        """The one error policy: record why, keep the original bytes, count it, go on.

        Returns the send's acknowledgement, for the batch to await with its other sends.
        """
        if f"{origin.topic}/{origin.partition}/{origin.offset}" in self.recent_dead_letters:
            self.metrics.redeliveries.inc()  # written before a crash: _read_back_recent_events
            return asyncio.sleep(0)
        letter = dead_letter(error, stage, origin)
        headers = {
            "newsstream.error.kind": letter.error_kind.encode(),
            "newsstream.error.stage": stage.encode(),
            "newsstream.source.topic": (origin.topic or "").encode(),
            "newsstream.source.partition": str(origin.partition).encode(),
            "newsstream.source.offset": str(origin.offset).encode(),
        }
        sent = await self.dead_letter_topic.send(
            key=origin.key, value=encode(letter), headers=headers, force=True
        )
        self.metrics.dead_letters.labels(error_kind=error_kind(error)).inc()
        self.metrics.processed.labels(outcome=Outcome.DEAD_LETTER.value).inc()
        return sent

    def _batches(self, stream: faust.StreamT[bytes]) -> AsyncIterator[Sequence[EventT[bytes]]]:
        # A batch's events are acknowledged (their offsets become committable) only once the
        # loop body that handled them is done, so everything a body awaits happens before.
        # faust's own `take_events`, but without its polling (processor/batching.py).
        batches = take_events(
            stream, self.settings.stream_batch_size, self.settings.stream_batch_seconds
        )
        cast(Any, stream)._active_agens.add(batches)  # closed when the stream stops, as faust's
        return batches

    async def clean_articles(self, stream: faust.StreamT[bytes]) -> None:
        """Decode and clean raw articles; send each on its way through deduplication."""
        async for events in self._batches(stream):
            sent = []
            for event in events:
                with _handling(event):
                    sent.append(await self._clean(event.message))
            await _acknowledged(sent)

    async def _clean(self, message: Any) -> Awaitable[Any]:
        """One raw article to its first probe (or a dead letter); returns the send's ack."""
        self.metrics.consumed.inc()
        self.processed_offsets[message.tp] = message.offset + 1
        self.template_memory.partition = message.partition
        self._maybe_expire_templates(message.partition)
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
            # Tagged here, on the raw topic's partitions, so tagging spreads over every worker
            # however few dedup partitions decide; a duplicate's event carries tags too.
            stage = "tag"
            with self.metrics.timed("tag"):
                tags = self.enricher.tag(cleaned)
        except Exception as error:
            return await self.send_dead_letter(error, stage, _origin(message))
        for rule, lines in Counter(removed.rule for removed in cleaned.removed).items():
            self.metrics.count_removed(rule, lines)
        attempt = f"{cleaned.article_id}/{uuid.uuid4().hex[:8]}"
        return await self._send(self.flow.start(attempt, cleaned, sketch, tags))

    async def dedup_articles(self, stream: faust.StreamT[bytes]) -> None:
        """Run the dedup protocol's steps; publish the articles that reach their decision.

        A batch's messages are stepped one after another, as they would be one at a time; then
        its sends go out in three rounds, each awaited as a whole: the probes sent on and the
        decided articles' events, then the releases that carry their records (to their root
        keys' partitions), then their other releases. So every article keeps the protocol's
        order (event acknowledged, then record, then band entries and lock releases on the
        other partitions) while a batch pays three broker round trips, not each
        article. An article decided by its own probe whose keys are all on this partition (all
        of them, with one partition) is committed here instead, without a message
        (`_commit_here`, the module doc of `dedup_flow`, step 5); the probes it hands locks on
        to go round again. A release message that writes (a record or band entries) is applied
        the same way, where it is handled (with the releases that write right after it in the
        batch: `_apply_releases`): its writes each acknowledged before its locks are handed
        on. faust commits the batch's offsets only after its last round was acknowledged:
        after a crash before that, the batch is handled again, so no release is ever lost.
        """
        async for events in self._batches(stream):
            await self._dedup_batch(events)

    async def _dedup_batch(self, events: Sequence[EventT[bytes]]) -> None:
        sent: list[Awaitable[Any]] = []
        decided: list[_Decision] = []
        releases: list[tuple[Release, EventT[bytes]]] = []  # that write, not yet applied
        for event in events:
            with _handling(event):
                await self._dedup_step(event, sent, decided, releases)
        await self._apply_releases(releases, sent, decided)
        attempts: set[str] = set()  # decided in this batch
        while decided or sent:  # the probes a local commit resumed may decide in turn
            decided, sent = await self._commit_decided(decided, sent, attempts)
        await self._hand_over_table_writes()

    async def _commit_decided(
        self, decided: list[_Decision], sent: list[Awaitable[Any]], attempts: set[str]
    ) -> tuple[list[_Decision], list[Awaitable[Any]]]:
        """Publish the decided articles, then commit them; what the local commits resumed.

        An attempt decided twice in one batch (after a crash, by its probe's message handled
        again and by the message that resumes it again) is published once: its publication is
        recorded only after the batch's steps, where the second decision cannot see it.
        """
        published: list[_Published] = []
        recorded: list[tuple[Decided, EventT[bytes]]] = []  # published by a worker before
        commits: list[tuple[Commit, EventT[bytes], bool]] = []
        for item, event, own in decided:
            if item.probe.attempt in attempts:
                item = dataclasses.replace(item, published=True)  # noqa: PLW2901
            attempts.add(item.probe.attempt)
            commit = await self._publish(item, event, sent, published, recorded)
            if commit is not None:
                commits.append((commit, event, own))
        started = time.perf_counter()
        await _acknowledged(sent)  # events acknowledged before remembered: see the module doc
        waited = time.perf_counter() - started
        for article, item, event in published:
            recorded.append((item, event))
            self.metrics.stage_timers["publish"].observe(waited)
            self._count_published(article)
        for item, event in recorded:
            with _handling(event):  # on the deciding partition's changelog
                self.flow.remember_published(item, self.tables)
        if recorded:
            # Hand the publications to the client now, so a crash that replays this batch after
            # its events' acknowledgement almost always finds them (README: Delivery guarantee).
            await self._hand_over_table_writes()
        local: list[tuple[Release, EventT[bytes]]] = []
        remote: list[Commit] = []
        for commit, event, own in commits:
            release = commit.local(event.message.partition) if own else None
            if release is None:
                remote.append(commit)
            else:
                local.append((release, event))
        resumed, resumed_sent = await self._commit_here(local)
        # The record before any band entry on another partition names it.
        await _acknowledged([await self._send(c.first) for c in remote if c.first is not None])
        resumed_sent += [await self._send(r) for c in remote for r in c.releases]
        return resumed, resumed_sent

    async def _commit_here(
        self, local: list[tuple[Release, EventT[bytes]]]
    ) -> tuple[list[_Decision], list[Awaitable[Any]]]:
        """Apply the releases of articles decided by their own probe's message, on its partition.

        Also a release message that writes, at its own offset (`DedupFlow.writes`). In the
        module doc's order (`DedupFlow.add_bands`): band entries, acknowledged; records,
        acknowledged; then the locks handed on. Returns what the probes they resumed decided
        (committed by messages) and their sends.
        """
        if not local:
            return [], []
        if any(release.root for release, _ in local):
            for release, event in local:
                with _handling(event):
                    self.flow.add_bands(
                        event.message.partition, release, self.tables, event.message.offset
                    )
            await self._acknowledge_table_writes()
        if any(release.record is not None for release, _ in local):
            for release, event in local:
                with _handling(event):
                    self.flow.write_record(release, self.tables)
            await self._acknowledge_table_writes()
        decided: list[_Decision] = []
        sent: list[Awaitable[Any]] = []
        for release, event in local:
            with _handling(event):
                result = self.flow.hand_on(
                    event.message.partition, release, self.tables, event.message.offset
                )
            sent += [await self._send(s) for s in result.sends]
            decided += [(d, event, False) for d in result.decided]
        return decided, sent

    async def _acknowledge_table_writes(self) -> None:
        """Wait until the broker acknowledged every table write so far."""
        await self._hand_over_table_writes()
        await self.app.producer.flush()

    async def _hand_over_table_writes(self) -> None:
        """Give every table write still in faust's buffer to the Kafka client.

        Table writes wait in faust's buffer, seconds behind under load. faust flushes it before
        it commits offsets, but gives up once a message takes 0.1 s to go (a loop busy with
        other agents' work) and commits anyway: a crash then loses writes of steps whose
        messages will not be handled again, such as a probe parked in a lock record. Handed
        over here, before the batch's messages are acknowledged, they are among what the client
        flushes before any commit.
        """
        buffer = self.app.producer.buffer
        while buffer.size:
            await buffer.flush()

    async def _dedup_step(
        self,
        event: EventT[bytes],
        sent: list[Awaitable[Any]],
        decided: list[_Decision],
        releases: list[tuple[Release, EventT[bytes]]],
    ) -> None:
        """Step one flow message: its sends go to `sent`, its decided articles to `decided`.

        A release that writes waits in `releases`, applied with the ones right after it in the
        batch, before any other message is stepped (`_apply_releases`).
        """
        message = event.message
        flow_message = None
        try:
            flow_message = decode_message(message.value or b"")
            release = self.flow.writes(flow_message)
        except Exception as error:
            await self._apply_releases(releases, sent, decided)
            await self._step_failed(error, message, flow_message, sent)
            return
        if release is not None:
            releases.append((release, event))
            return
        await self._apply_releases(releases, sent, decided)
        try:
            with self.metrics.timed("dedup"):
                result = self.flow.step(
                    message.partition, flow_message, self.tables, message.offset
                )
        except Exception as error:
            await self._step_failed(error, message, flow_message, sent)
            return
        for attempt in result.expired:
            self.metrics.locks_expired.inc()
            log.warning(
                "released the band key locks attempt %s held on dedup partition %d for over "
                "%.0f s: its release was lost, or is late",
                attempt,
                message.partition,
                self.settings.dedup_lock_timeout_seconds,
            )
        sent.extend([await self._send(s) for s in result.sends])
        own = flow_message.attempt if isinstance(flow_message, Probe) else None
        decided.extend((d, event, d.probe.attempt == own) for d in result.decided)
        self._maybe_purge(message.partition, received(flow_message))

    async def _step_failed(
        self,
        error: Exception,
        message: Any,
        flow_message: Probe | Release | Expire | None,
        sent: list[Awaitable[Any]],
    ) -> None:
        """Dead-letter a flow message that could not be read or stepped."""
        origin = _origin(message)
        if isinstance(flow_message, Probe):  # keyed by its article, as dead letters are
            key = flow_message.article.article_id.encode("utf-8")
            origin = dataclasses.replace(origin, key=key)
        sent.append(await self.send_dead_letter(error, "dedup", origin))
        if isinstance(flow_message, Probe):  # it may hold locks: hand them on
            sent.extend([await self._send(s) for s in self.flow.releases(flow_message)])

    async def _apply_releases(
        self,
        releases: list[tuple[Release, EventT[bytes]]],
        sent: list[Awaitable[Any]],
        decided: list[_Decision],
    ) -> None:
        """Apply releases that write, consecutive in a batch, as one local commit (`_commit_here`).

        Each at its own message's offset and partition: all their band entries, acknowledged
        once; all their records, acknowledged once; then their locks handed on in their order.
        So each release's writes are still acknowledged before any of its lock records is
        written (the replay argument of `dedup_flow`), at two flushes per run of releases, not
        per release. A later release's writes made before an earlier one's hand-on are under
        keys its attempt still locks: no probe the hand-on resumes reads them before it would
        have one release at a time.
        """
        if not releases:
            return
        resumed, resumed_sent = await self._commit_here(releases)
        sent.extend(resumed_sent)
        decided.extend(resumed)
        for release, event in releases:
            self._maybe_purge(event.message.partition, release.received_at)
        releases.clear()

    async def _send(self, send: Send) -> Awaitable[Any]:
        partition, message = send
        key = message.attempt.encode("utf-8")
        return await self._produce(self.dedup_topic_name, key, encode_message(message), partition)

    async def _produce(
        self, topic: str, key: bytes, value: bytes, partition: int | None = None
    ) -> Awaitable[Any]:
        """Send bytes through the app's producer; returns the broker's acknowledgement.

        What `Topic.send(force=True)` does with raw keys and values, without the future
        message, the sensors and the callbacks faust wraps around each send (~50 µs): the same
        producer, so the same order, partitioner and flushes (table writes go through it too).
        """
        sent: Awaitable[Any] = await self.app.producer.send(
            topic, key, value, partition, None, None
        )
        return sent

    async def _publish(
        self,
        decided: Decided,
        event: EventT[bytes],
        sent: list[Awaitable[Any]],
        published: list[_Published],
        recorded: list[tuple[Decided, EventT[bytes]]],
    ) -> Commit | None:
        """Encode and send a decided article's event; its commit messages follow its ack.

        The sends go to `sent`, the article to `published`; None when it was dead-lettered
        instead (its locks are then released at once).
        """
        decision = decided.decision
        message = event.message
        if decision.redelivery or decided.published:
            self.metrics.redeliveries.inc()
            return self.flow.commit(decided)
        if decided.probe.article.article_id in self.recently_published:
            self.metrics.redeliveries.inc()
            recorded.append((decided, event))  # its record was lost: write it now
            return self.flow.commit(decided)
        cleaned, tags = decided.probe.article, decided.probe.tags
        stage = "tag"
        try:
            if tags is None:  # a probe sent by a version that tagged after deciding
                with self.metrics.timed("tag"):
                    tags = self.enricher.tag(cleaned)
            stage = "encode"
            with self.metrics.timed("encode"):
                article = self.enricher.enrich(cleaned, decision, datetime.now(UTC), tags)
                value = encode(article)
        except Exception as error:
            origin = Origin(
                value=encode(cleaned),
                key=cleaned.article_id.encode("utf-8"),
                topic=message.topic,
                partition=message.partition,
                offset=message.offset,
            )
            sent.append(await self.send_dead_letter(error, stage, origin))
            sent.extend([await self._send(s) for s in self.flow.releases(decided.probe)])
            return None
        target = self.duplicates_topic_name if decision.is_duplicate else self.enriched_topic_name
        sent.append(await self._produce(target, article.article_id.encode("utf-8"), value))
        published.append((article, decided, event))
        return self.flow.commit(decided)

    def _count_published(self, article: EnrichedArticle) -> None:
        self.metrics.processed.labels(outcome=article.outcome.value).inc()
        if article.outcome is Outcome.ENRICHED:  # a duplicate's tags were counted already
            self.metrics.count_tags(article)
        if article.duplicate_method is not None:
            self.metrics.duplicates.labels(method=article.duplicate_method.value).inc()
        if article.similarity is not None:
            self.metrics.duplicate_similarity.observe(article.similarity)
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
        self.flow.purge(partition, newest, self.tables)

    async def expire_locks(self) -> None:
        """Send an `Expire` for each lock held too long on a dedup partition this worker owns.

        A timer has no event, so it cannot write the lock table: the partition's stream hands
        the locks on when it handles the message, in order with its other messages.
        """
        topic = self.dedup_topic.get_topic_name()
        owned = {tp.partition for tp in self.app.consumer.assignment() if tp.topic == topic}
        timeout = self.settings.dedup_lock_timeout_seconds
        expiries = self.flow.expiries(self.tables, owned, timeout)
        await _acknowledged([await self._send(send) for send in expiries])

    def _maybe_expire_templates(self, partition: int) -> None:
        """Forget this partition's template lines not seen within the retention window.

        Run while one of its messages is handled, at most once per interval: a table deletes
        in the changelog of the event being handled (a timer has none).
        """
        templates = self.enricher.templates
        now = time.monotonic()
        last = self.templates_expired_at.setdefault(partition, now)
        if templates is not None and now - last >= self.template_expiry_seconds:
            self.templates_expired_at[partition] = now
            templates.expire(datetime.now(UTC))

    async def report_consumer_lag(self) -> None:
        """Set the lag gauge of every raw-topic partition this worker owns, and only those.

        Partitions that moved to another worker lose their series here, so summing the gauge
        over replicas counts each partition once.
        """
        consumer = self.app.consumer
        # Every high-water mark read before the first await below: a rebalance during that await
        # revokes partitions, and aiokafka's `highwater` of a revoked one fails an assertion
        # (the worker crashed on it once).
        highwaters = {
            tp: consumer.highwater(tp)
            for tp in consumer.assignment()
            if tp.topic == self.settings.raw_topic
        }
        lags: dict[str, int] = {}
        for tp, highwater in highwaters.items():
            done = self.processed_offsets.get(tp)
            if done is None:
                try:
                    done = await consumer.position(tp)
                except IllegalStateError:  # revoked by a rebalance since `assignment()`
                    continue
            if highwater is not None and done is not None:
                lags[str(tp.partition)] = max(0, highwater - done)
        self.metrics.consumer_lag.clear()
        for partition, lag in lags.items():
            self.metrics.consumer_lag.labels(partition=partition).set(lag)

    async def report_state_size(self) -> None:
        """Set the records gauge of every state table.

        Read here, in the event loop's thread: a faust table read from the metrics server's
        thread kept the worker from stopping.
        """
        for name, table in self.state_tables.items():
            self.metrics.state_records.labels(table=name).set(len(table))


def create_app(settings: Settings, metrics: ProcessorMetrics, enricher: Enricher) -> faust.App:
    """Build the processor app with its topics, tables and agents."""
    servers = settings.require_bootstrap_servers().split(",")
    app = App(
        settings.app_id,
        broker=[f"kafka://{server.strip()}" for server in servers],
        broker_credentials=_credentials(settings),
        key_serializer="raw",
        value_serializer="raw",
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        # faust's exactly-once mode has open bug reports; output is made idempotent instead
        # (idempotent producers, publication records, read-back after a fault).
        processing_guarantee="at_least_once",
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        # The client sends one request at a time to a broker, with one batch per partition: what
        # comes while one is in flight goes in the next, so no linger is needed to join sends
        # (one made each awaited round of a dedup batch wait for it); and at faust's 16 KB
        # batches, a request carried three 5 KB probes to the one dedup partition.
        producer_linger=settings.producer_linger_seconds,
        producer_max_batch_size=settings.producer_batch_bytes,
        web_enabled=False,
        store="memory://",
        datadir=str(settings.state_dir / settings.app_id),
    )
    processor = ArticleProcessor(app, settings, metrics, enricher)
    app.agent(processor.raw_topic, name="clean_articles")(processor.clean_articles)
    app.agent(processor.dedup_topic, name="dedup_articles")(processor.dedup_articles)
    app.timer(interval=LAG_REPORT_SECONDS)(processor.report_consumer_lag)
    app.timer(interval=LAG_REPORT_SECONDS)(processor.report_state_size)
    lock_timeout = settings.dedup_lock_timeout_seconds
    if lock_timeout > 0:
        interval = min(LOCK_EXPIRY_CHECK_SECONDS, lock_timeout / 2)
        app.timer(interval=interval)(processor.expire_locks)
    streams = {processor.raw_topic.get_topic_name(), processor.dedup_topic.get_topic_name()}
    app.on_rebalance_complete.connect(rewind_on_resume(streams))
    return app
