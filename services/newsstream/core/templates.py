"""Template lines learned per source as the stream runs: menus and footers nobody listed.

A short line that appears in many articles of the same source is part of that source's page
template, whatever it says. Counting needs state: a mutable mapping from (source, line digest) to
[articles seen, last seen], a dict in batch mode and a faust table in the stream. Articles of one
source are spread over every partition, so each partition's table sees a sample of the source
and learns the same templates; no re-partitioning by source is needed (a source that writes to
one partition only would be a hot spot). Entries not seen for `retention` are expired, so the
state stays bounded by the number of distinct short lines seen in that window.

In the stream every write to the memory is a changelog message, and most short lines (titles,
crossheads, quotes) are seen once. So a first sighting waits in a bounded in-process cache and
reaches the memory only when the line comes again, and a line that is template already is
written again only to keep its last-seen time from going stale. A restart forgets the first
sightings, which delays learning by one sighting; it never makes a story line template.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Iterable, MutableMapping
from datetime import datetime, timedelta
from typing import Final

from newsstream.core.models import CleanedArticle
from newsstream.core.text import paragraph_key

TemplateMemory = MutableMapping[str, list[float]]
"""`source|digest` → [number of articles the line appeared in, last seen as POSIX seconds]."""

# Lines longer than this are story text in the making, never template.
TEMPLATE_MAX_WORDS: Final = 20
_SENTENCE_MIN_WORDS: Final = 6
FIRST_SIGHTINGS_MAX: Final = 100_000
# A template line's last-seen time is refreshed at most this often, as a share of retention.
_REFRESH_SHARE: Final = 24


def is_template_candidate(line: str) -> bool:
    """Short, and not a sentence: a menu entry or a label, never a story's recurring sentence.

    A source's stock background sentence ("The agency contributed to this report.") may recur
    in every article; learning it as template would drop a sentence, so sentences never count.
    """
    words = line.count(" ") + 1
    sentence = words >= _SENTENCE_MIN_WORDS and line.rstrip("\"'”’)").endswith((".", "!", "?"))
    return words <= TEMPLATE_MAX_WORDS and not sentence


def template_digest(line: str) -> str:
    """A short, fixed-size key for a line, case and punctuation folded."""
    folded = paragraph_key(line)
    return hashlib.blake2b(folded.encode("utf-8"), digest_size=8).hexdigest()


def article_digests(article: CleanedArticle) -> set[str]:
    """Digests of the short lines a cleaned article was made of: title, paragraphs, removals."""
    lines = [*article.body.split("\n\n"), *(r.text for r in article.removed)]
    if article.title:
        lines.append(article.title)
    return {template_digest(line) for line in lines if is_template_candidate(line)}


class TemplateLearner:
    """Counts short lines per source and tells which have become template."""

    def __init__(
        self,
        memory: TemplateMemory,
        *,
        min_articles: int = 5,
        retention: timedelta = timedelta(days=3),
        first_sightings_max: int = FIRST_SIGHTINGS_MAX,
    ) -> None:
        if min_articles < 2:  # a line seen once is never template
            msg = f"min_articles must be at least 2, not {min_articles}"
            raise ValueError(msg)
        self.memory = memory
        self.min_articles = min_articles
        self.retention = retention
        self.first_sightings_max = first_sightings_max
        self._first_sightings: OrderedDict[str, float] = OrderedDict()

    def templates(self, source: str, digests: Iterable[str]) -> set[str]:
        """The digests among `digests` that are template lines of `source`."""
        found = set()
        for digest in digests:
            entry = self.memory.get(f"{source}|{digest}")
            if entry is not None and entry[0] >= self.min_articles:
                found.add(digest)
        return found

    def observe(self, article: CleanedArticle) -> None:
        """Count the short lines of one cleaned article of its source (each line once)."""
        source = article.source
        timestamp = article.received_at.timestamp()
        refresh = self.retention.total_seconds() / _REFRESH_SHARE
        for digest in article_digests(article):
            key = f"{source}|{digest}"
            entry = self.memory.get(key)
            if entry is None:
                first_seen = self._first_sightings.pop(key, None)
                if first_seen is None:
                    self._remember_first_sighting(key, timestamp)
                else:
                    self.memory[key] = [2, max(timestamp, first_seen)]
            elif entry[0] < self.min_articles or timestamp - entry[1] >= refresh:
                self.memory[key] = [entry[0] + 1, max(timestamp, entry[1])]

    def _remember_first_sighting(self, key: str, timestamp: float) -> None:
        self._first_sightings[key] = timestamp
        if len(self._first_sightings) > self.first_sightings_max:
            self._first_sightings.popitem(last=False)  # the oldest first sighting goes

    def expire(self, now: datetime) -> int:
        """Forget lines not seen within the retention window; returns how many were dropped."""
        cutoff = (now - self.retention).timestamp()
        stale = [key for key, (_, last_seen) in list(self.memory.items()) if last_seen < cutoff]
        for key in stale:
            del self.memory[key]
        fading = [key for key, seen in self._first_sightings.items() if seen < cutoff]
        for key in fading:
            del self._first_sightings[key]
        return len(stale)
