"""Deduplication: recognise an article whose content was seen before.

An article's fingerprint is a hash of its cleaned body with case, punctuation and spacing folded,
so a resubmission with other furniture or other quotes is still an exact duplicate. The memory of
fingerprints is any mutable mapping from fingerprint to the first article's id: a dict in batch
mode, a changelog-backed faust table in the stream (partitioned by fingerprint, so one worker
owns every copy of the same content).

The caller remembers an article only after its event was published (`remember`), so a crash in
between makes the redelivered article unique again instead of a duplicate of itself; a redelivery
after publishing finds its own id and is reported as such, not as a duplicate.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping
from dataclasses import dataclass

from newsstream.core.models import DuplicateMethod
from newsstream.core.text import paragraph_key

FingerprintMemory = MutableMapping[str, str]
"""Fingerprint → article_id of the first article seen with that content."""


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
        """True when another article was seen first with the same content."""
        return self.duplicate_of is not None


def fingerprint(body: str) -> str:
    """Fingerprint of a cleaned body: 128 bits of BLAKE2b over its folded words, in hex."""
    folded = " ".join(paragraph_key(body).split())
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=16).hexdigest()


def decide(article_id: str, body: str, memory: FingerprintMemory) -> DedupDecision:
    """Tell whether the article is new, a duplicate, or a redelivery of one already published."""
    key = fingerprint(body)
    first = memory.get(key)
    if first is None:
        return DedupDecision(fingerprint=key)
    if first == article_id:
        return DedupDecision(fingerprint=key, redelivery=True)
    return DedupDecision(
        fingerprint=key, duplicate_of=first, similarity=1.0, method=DuplicateMethod.EXACT
    )


def remember(article_id: str, decision: DedupDecision, memory: FingerprintMemory) -> None:
    """Record a published article as the first one with its content (no-op for duplicates)."""
    if not decision.is_duplicate and not decision.redelivery:
        memory[decision.fingerprint] = article_id
