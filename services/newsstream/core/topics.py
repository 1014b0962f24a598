"""Topic labels from a controlled vocabulary, scored by weighted terms kept as data.

`data/topics.toml` documents the vocabulary (a subset of IPTC Media Topics) and the scoring
contract; this module implements that contract: whole-token matches, each term counted at most
three times, a label given when its summed weight reaches the topic's threshold.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from operator import itemgetter
from typing import Any, Final

from newsstream.core.automata import automaton
from newsstream.core.buildcache import parsed_toml
from newsstream.core.models import Topic

# What separates words besides white space: punctuation, but not the apostrophe or the hyphen
# of "children's" and "ceasefire-related". Replacing a fixed set and splitting runs in C,
# several times faster than a regular expression pass over a long text.
_SEPARATORS: Final = '.,;:!?"()[]{}<>/\\|*&%$#@+=~^`“”‘«»„—–…•·'
_MAX_COUNTED_OCCURRENCES: Final = 3


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    label: str
    threshold: float


class TopicScorer:
    """Scores text against every topic of a vocabulary in one pass over its tokens."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._topics: dict[str, _Vocabulary] = {}
        # Keyed by the term between spaces: in the words joined by single spaces, that is a
        # whole token or a sequence of whole tokens, and one pass in C finds them all.
        self._terms: dict[str, list[tuple[str, float]]] = {}
        for topic_id, topic in document["topics"].items():
            self._topics[topic_id] = _Vocabulary(topic["label"], float(topic["threshold"]))
            for term, weight in topic["terms"].items():
                self._terms.setdefault(f" {term} ", []).append((topic_id, float(weight)))
        self._finder = automaton(self._terms)

    def score(self, text: str) -> list[Topic]:
        """Topics whose evidence in `text` reaches their threshold, best first."""
        counts = Counter(map(itemgetter(1), self._finder.iter(_spaced(text))))
        totals: dict[str, float] = {}
        for term, count in counts.items():
            for topic_id, weight in self._terms[term]:
                totals[topic_id] = totals.get(topic_id, 0.0) + weight * min(
                    count, _MAX_COUNTED_OCCURRENCES
                )
        found = []
        for topic_id, total in totals.items():
            topic = self._topics[topic_id]
            if total >= topic.threshold:
                confidence = min(1.0, total / (2 * topic.threshold))
                found.append(Topic(label=topic.label, score=round(confidence, 3)))
        return sorted(found, key=lambda t: (-t.score, t.label))


def _spaced(text: str) -> str:
    """The lower-case words of `text`, apostrophes as "'", each between single spaces."""
    lowered = text.lower().replace("’", "'")
    for separator in _SEPARATORS:
        if separator in lowered:
            lowered = lowered.replace(separator, " ")
    return f" {' '.join(lowered.split())} "


@cache
def default_topic_scorer() -> TopicScorer:
    """The scorer for the vocabulary shipped with newsstream (`data/topics.toml`)."""
    text = resources.files("newsstream.data").joinpath("topics.toml").read_text("utf-8")
    return TopicScorer(parsed_toml("topics.toml", text))
