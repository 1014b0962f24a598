"""Deduplication: recognise an article whose content, or nearly all of it, was seen before.

- **Exact.** An article's fingerprint is a hash of its cleaned body with case, punctuation and
  spacing folded, so a resubmission with other furniture or other quotes is an exact duplicate.
- **Near.** A MinHash signature over word shingles (`minhash.py`) gives the article one key per
  LSH band. Articles that share a band key are candidates; a candidate is a near duplicate when
  the estimated Jaccard similarity of the two articles reaches the policy's threshold.
- **What is remembered.** *Roots*, the articles published as unique: a duplicate points at the
  first article of its content, never at another duplicate. Per root, the memory holds a
  70-byte record under the first 8 bytes of its fingerprint (`roots`: arrival time, the rest of
  the fingerprint, article id, a 32-byte similarity sketch) and a 12-byte entry under each of
  its 12 band keys of 6 bytes (`bands`: the root's key and arrival minute), 286 bytes in all. A
  near duplicate leaves a 40-byte *copy record* under its own fingerprint (its root's id and
  its similarity), so that exact copies of it join the same root, whatever roots came after.
- **Retention.** A root matches only articles received within the retention window of it (event
  time, `received_at`), and `purge` forgets roots that fell out of the window, so memory stays
  flat.
- **Order of events.** The caller remembers an article only after its event was published, so a
  crash in between makes the redelivered article unique again instead of a duplicate of itself;
  a redelivery after publishing finds its own id and is reported as such, not as a duplicate.
- **Publications.** A duplicate's record names its root, not itself, so the stream also keeps,
  per published article of any outcome, a *publication*: when it was received (4 bytes) under
  its root key plus its id (`published_key`, owned by the root key's partition), so a
  redelivery of any article finds it.

The memory is two mutable mappings of bytes: dicts in batch mode, changelog-backed faust tables
in the stream (where the band entries are kept as one record per root and partition, indexed in
memory as the same entries: `band_roots.py`). Batch mode runs the steps in `decide`; the stream
runs the very same functions (`check_exact`, `band_candidates`, `match_root`, `choose`) on the
partitions that own the keys (`dedup_flow.py` says how, and why that is correct with any number
of workers).
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Final

from newsstream.core.minhash import MinHasher
from newsstream.core.models import DuplicateMethod
from newsstream.core.text import paragraph_key

DEFAULT_THRESHOLD: Final = 0.7
DEFAULT_RETENTION: Final = timedelta(days=7)
ROOT_KEY_BYTES: Final = 8
# A band key shared by more roots than this is boilerplate, not content: keep the newest.
MAX_ROOTS_PER_BAND: Final = 32

_EPOCH: Final = datetime(2000, 1, 1, tzinfo=UTC)
_RECORD_HEAD: Final = struct.Struct(">I8sH")  # seconds since 2000, fingerprint tail, id length
# Minutes, not days: with a short retention, whole days of entries would outlive their roots.
_BAND_ENTRY: Final = struct.Struct(">8sI")  # root key, minutes since 2000
_HEX_ID_FLAG: Final = 0x8000
_COPY_FLAG: Final = 0x4000
_ID_LENGTH: Final = 0x3FFF
_SIMILARITY: Final = struct.Struct(">H")  # a copy record's similarity, in 1/10,000
_HEX_ID: Final = re.compile(r"(?:[0-9a-f]{2})+")
_PUBLISHED: Final = struct.Struct(">I")  # seconds since 2000 of the article's received_at

Memory = MutableMapping[bytes, bytes]
"""One part of the dedup memory: a dict in batch mode, a faust table in the stream."""


@dataclass(frozen=True, slots=True)
class DedupPolicy:
    """How similar counts as a duplicate, and for how long roots are remembered."""

    threshold: float = DEFAULT_THRESHOLD
    retention: timedelta = DEFAULT_RETENTION
    hasher: MinHasher = field(default_factory=MinHasher)


@dataclass(frozen=True, slots=True)
class DedupDecision:
    """What deduplication found for one article."""

    fingerprint: str
    duplicate_of: str | None = None
    similarity: float | None = None
    method: DuplicateMethod | None = None
    redelivery: bool = False

    @property
    def is_duplicate(self) -> bool:
        """True when another article was seen first with the same or nearly the same content."""
        return self.duplicate_of is not None

    @property
    def is_root(self) -> bool:
        """True when the article is new: it is remembered once its event is published."""
        return not self.is_duplicate and not self.redelivery


@dataclass(frozen=True, slots=True)
class ArticleSketch:
    """What deduplication needs of one article: its fingerprint, band keys and sketch."""

    article_id: str
    received_at: datetime
    fingerprint: str
    band_keys: tuple[bytes, ...]
    sketch: bytes

    @property
    def root_key(self) -> bytes:
        """The article's key in `roots` when it is remembered: 8 bytes of its fingerprint."""
        return bytes.fromhex(self.fingerprint)[:ROOT_KEY_BYTES]


@dataclass(frozen=True, slots=True)
class RootRecord:
    """What is remembered under a root key (8 bytes of a fingerprint).

    For a root: its own id and its sketch. For a near duplicate (a *copy record*): the id of its
    root and its similarity to it, so that exact copies of the duplicate join the same root
    whatever roots came after it.
    """

    article_id: str
    received_at: datetime
    fingerprint_tail: bytes
    sketch: bytes = b""
    similarity: float | None = None

    @property
    def is_copy(self) -> bool:
        """True for a near duplicate's record, which points at its root."""
        return self.similarity is not None

    def pack(self) -> bytes:
        """The record: 14 bytes of head, the id (16 bytes for a hex uuid), sketch or similarity."""
        if _HEX_ID.fullmatch(self.article_id):
            identity, flags = bytes.fromhex(self.article_id), _HEX_ID_FLAG
        else:
            identity, flags = self.article_id.encode("utf-8"), 0
        tail = self.sketch
        if self.similarity is not None:
            flags |= _COPY_FLAG
            tail = _SIMILARITY.pack(round(self.similarity * 10_000))
        head = _RECORD_HEAD.pack(
            _seconds(self.received_at), self.fingerprint_tail, flags | len(identity)
        )
        return head + identity + tail

    @classmethod
    def unpack(cls, data: bytes) -> RootRecord:
        """Read a record written by `pack`."""
        seconds, tail, length = _RECORD_HEAD.unpack_from(data)
        start = _RECORD_HEAD.size
        end = start + (length & _ID_LENGTH)
        raw = data[start:end]
        identity = raw.hex() if length & _HEX_ID_FLAG else raw.decode("utf-8")
        received_at = _EPOCH + timedelta(seconds=seconds)
        if length & _COPY_FLAG:
            (similarity,) = _SIMILARITY.unpack_from(data, end)
            return cls(identity, received_at, tail, similarity=similarity / 10_000)
        return cls(identity, received_at, tail, data[end:])


@dataclass(frozen=True, slots=True)
class Match:
    """A remembered root that a new article was compared with."""

    article_id: str
    received_at: datetime
    similarity: float
    exact: bool


def fingerprint(body: str) -> str:
    """Fingerprint of a cleaned body: 128 bits of BLAKE2b over its folded words, in hex."""
    return _fingerprint(paragraph_key(body))


def _fingerprint(folded: str) -> str:
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()


def sketch_article(
    article_id: str, received_at: datetime, body: str, hasher: MinHasher
) -> ArticleSketch:
    """Fingerprint, band keys and sketch of a cleaned body: the CPU work of deduplication."""
    folded = paragraph_key(body)  # once for both: folding is a third of the cost
    signature = hasher.signature_of(hasher.folded_shingles(folded))
    band_keys, sketch = hasher.band_keys_and_sketch(signature)
    return ArticleSketch(
        article_id=article_id,
        received_at=received_at,
        fingerprint=_fingerprint(folded),
        band_keys=tuple(band_keys),
        sketch=sketch,
    )


def _seconds(moment: datetime) -> int:
    return min(max(0, int((moment - _EPOCH).total_seconds())), 0xFFFFFFFF)


def arrival_minute(moment: datetime) -> int:
    """The minute a band entry keeps of its root's arrival (minutes since 2000)."""
    return _seconds(moment) // 60


def _within(article: ArticleSketch, moment: datetime, policy: DedupPolicy) -> bool:
    return abs(article.received_at - moment) <= policy.retention


def check_exact(
    article: ArticleSketch, record: bytes | None, policy: DedupPolicy
) -> DedupDecision | None:
    """The decision when the record under the article's root key settles it, else None.

    That record is the article itself (a redelivery after publishing), a root with the same
    fingerprint (an exact duplicate), or a near duplicate with the same fingerprint (the article
    is a near duplicate of the same root, as similar to it), within the retention window.
    """
    if record is None:
        return None
    root = RootRecord.unpack(record)
    if root.fingerprint_tail != bytes.fromhex(article.fingerprint)[ROOT_KEY_BYTES:]:
        return None
    if root.article_id == article.article_id and not root.is_copy:
        return DedupDecision(fingerprint=article.fingerprint, redelivery=True)
    if not _within(article, root.received_at, policy):
        return None
    if root.similarity is not None:
        return DedupDecision(
            fingerprint=article.fingerprint,
            duplicate_of=root.article_id,
            similarity=root.similarity,
            method=DuplicateMethod.NEAR,
        )
    return DedupDecision(
        fingerprint=article.fingerprint,
        duplicate_of=root.article_id,
        similarity=1.0,
        method=DuplicateMethod.EXACT,
    )


def band_candidates(
    article: ArticleSketch, entries: bytes | None, policy: DedupPolicy
) -> list[bytes]:
    """Root keys in one band entry that may still be within the retention window."""
    if not entries:
        return []
    return _roots_near(entries, arrival_minute(article.received_at), _slack_minutes(policy))


def _slack_minutes(policy: DedupPolicy) -> int:
    # Entries keep whole minutes: `match_root` checks the root's own time precisely.
    return int(policy.retention.total_seconds()) // 60 + 1


def _roots_near(entries: bytes, minute: int, slack: int) -> list[bytes]:
    """`band_candidates` with the article's arrival minute and the slack worked out."""
    return [
        root
        for root, root_minute in _BAND_ENTRY.iter_unpack(entries)
        if abs(minute - root_minute) <= slack
    ]


def match_root(
    article: ArticleSketch, root_key: bytes, record: bytes | None, policy: DedupPolicy
) -> Match | None:
    """Compare the article with a candidate root; None when the root is gone or out of window."""
    if record is None:
        return None
    root = RootRecord.unpack(record)
    if root.is_copy:
        return None  # only roots are in band entries; this key has been reused since
    if root.article_id != article.article_id and not _within(article, root.received_at, policy):
        return None
    tail = bytes.fromhex(article.fingerprint)[ROOT_KEY_BYTES:]
    exact = root_key == article.root_key and root.fingerprint_tail == tail
    similarity = 1.0 if exact else policy.hasher.similarity(article.sketch, root.sketch)
    return Match(root.article_id, root.received_at, similarity, exact)


def choose(article: ArticleSketch, matches: Iterable[Match], policy: DedupPolicy) -> DedupDecision:
    """The decision from every candidate root the article was compared with.

    The most similar root at or above the threshold wins; among equals an exact one, then the
    earliest, then the smallest id, so the choice does not depend on the order of `matches`.
    """
    found = list(matches)
    if any(m.article_id == article.article_id for m in found):
        return DedupDecision(fingerprint=article.fingerprint, redelivery=True)
    eligible = [m for m in found if m.similarity >= policy.threshold]
    if not eligible:
        return DedupDecision(fingerprint=article.fingerprint)
    best = min(eligible, key=lambda m: (-m.similarity, not m.exact, m.received_at, m.article_id))
    return DedupDecision(
        fingerprint=article.fingerprint,
        duplicate_of=best.article_id,
        similarity=round(best.similarity, 4),
        method=DuplicateMethod.EXACT if best.exact else DuplicateMethod.NEAR,
    )


def root_record(article: ArticleSketch, decision: DedupDecision) -> bytes | None:
    """The bytes to remember under the article's root key once it is published, if any.

    A root's own record, or a near duplicate's copy record; nothing for an exact duplicate or a
    redelivery (the record under that key is already there).
    """
    tail = bytes.fromhex(article.fingerprint)[ROOT_KEY_BYTES:]
    if decision.is_root:
        return RootRecord(article.article_id, article.received_at, tail, article.sketch).pack()
    if decision.method is DuplicateMethod.NEAR and decision.duplicate_of is not None:
        return RootRecord(
            decision.duplicate_of, article.received_at, tail, similarity=decision.similarity
        ).pack()
    return None


def band_entry(root_key: bytes, minute: int) -> bytes:
    """One root in a band entry: its key and arrival minute."""
    return _BAND_ENTRY.pack(root_key, minute)


def oldest_band_minute(newest: datetime, policy: DedupPolicy) -> int:
    """The arrival minute below which a purge at `newest` forgets band entries.

    Entries of that minute itself may still have live roots, so it is kept.
    """
    return arrival_minute(newest - policy.retention)


def add_to_band(root_key: bytes, received_at: datetime, entries: bytes | None) -> bytes:
    """A band entry with a root added (once, however often it is called)."""
    return _with_entry(root_key, band_entry(root_key, arrival_minute(received_at)), entries)


def _with_entry(root_key: bytes, entry: bytes, entries: bytes | None) -> bytes:
    """`add_to_band` with the root's entry made: `remember` makes it once for all its bands."""
    size = _BAND_ENTRY.size
    if not entries:
        return entry
    if len(root_key) == ROOT_KEY_BYTES and len(entries) % size == 0:
        # Whole entries (always, but for damaged data): the root is there when its key is found
        # at the start of one, and the newest MAX_ROOTS_PER_BAND are the last bytes.
        found = entries.find(root_key)
        while found >= 0:
            if found % size == 0:
                return entries
            found = entries.find(root_key, found + 1)
        kept = (MAX_ROOTS_PER_BAND - 1) * size
        return (entries if len(entries) <= kept else entries[len(entries) - kept :]) + entry
    existing = [entries[i : i + size] for i in range(0, len(entries), size)]
    if any(e[:ROOT_KEY_BYTES] == root_key for e in existing):
        return entries
    return b"".join([*existing, entry][-MAX_ROOTS_PER_BAND:])


def published_key(article: ArticleSketch) -> bytes:
    """The key of an article's publication: its root key first, so the same partition owns it."""
    return article.root_key + article.article_id.encode("utf-8")


def publication(article: ArticleSketch) -> bytes:
    """The value remembered once an article's event was acknowledged: when it was received."""
    return _PUBLISHED.pack(_seconds(article.received_at))


@dataclass
class DedupMemory:
    """Remembered roots, their band entries, and (in the stream) the articles published."""

    roots: Memory = field(default_factory=dict)
    bands: Memory = field(default_factory=dict)
    published: Memory = field(default_factory=dict)

    def state_bytes(self) -> int:
        """Bytes of keys and values held: what a compacted changelog or a disk store keeps."""
        parts = (self.roots, self.bands, self.published)
        return sum(len(k) + len(v) for part in parts for k, v in part.items())


def decide(article: ArticleSketch, memory: DedupMemory, policy: DedupPolicy) -> DedupDecision:
    """Tell whether the article is new, a duplicate, or a redelivery of one already published."""
    exact = check_exact(article, memory.roots.get(article.root_key), policy)
    if exact is not None:
        return exact
    minute, slack = arrival_minute(article.received_at), _slack_minutes(policy)
    bands = memory.bands
    candidates: dict[bytes, None] = {}
    for key in article.band_keys:
        entries = bands.get(key)
        if entries:
            candidates.update(dict.fromkeys(_roots_near(entries, minute, slack)))
    matches = (match_root(article, root, memory.roots.get(root), policy) for root in candidates)
    return choose(article, (m for m in matches if m is not None), policy)


def remember(article: ArticleSketch, decision: DedupDecision, memory: DedupMemory) -> None:
    """Record a published article: a root, or a near duplicate's copy record (see `RootRecord`)."""
    record = root_record(article, decision)
    if record is None:
        return
    root_key = article.root_key
    memory.roots[root_key] = record
    if not decision.is_root:
        return
    entry = band_entry(root_key, arrival_minute(article.received_at))
    bands = memory.bands
    for key in article.band_keys:
        bands[key] = _with_entry(root_key, entry, bands.get(key))


def purge(
    memory: DedupMemory,
    newest: datetime,
    policy: DedupPolicy,
    owns: Callable[[bytes], bool] = lambda _key: True,
) -> int:
    """Forget roots received more than the retention before `newest`; returns how many entries.

    `owns` limits the purge to the keys the caller may change (a stream worker: its partitions).
    """
    cutoff = newest - policy.retention
    removed = 0
    for key, record in list(memory.roots.items()):
        if owns(key) and RootRecord.unpack(record).received_at < cutoff:
            del memory.roots[key]
            removed += 1
    oldest_minute = oldest_band_minute(newest, policy)
    for key, entries in list(memory.bands.items()):
        if not owns(key):
            continue
        kept = b"".join(
            _BAND_ENTRY.pack(root, minute)
            for root, minute in _BAND_ENTRY.iter_unpack(entries)
            if minute >= oldest_minute
        )
        if kept != entries:
            removed += 1
            if kept:
                memory.bands[key] = kept
            else:
                del memory.bands[key]
    oldest = _seconds(cutoff)
    for key, value in list(memory.published.items()):
        if owns(key) and _PUBLISHED.unpack(value)[0] < oldest:
            del memory.published[key]
            removed += 1
    return removed
