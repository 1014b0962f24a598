"""Structural checks on the controlled topic vocabulary (services/newsstream/data/topics.toml)."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

TOPICS_FILE = Path(__file__).parents[2] / "services/newsstream/data/topics.toml"

IPTC_QCODE = re.compile(r"medtop:\d{8}")
# One word token as the scoring contract defines it: letters, digits, apostrophes, hyphens.
TOKEN = re.compile(r"(?:[^\W_]|['-])+")
MIN_TERMS, MAX_TERMS = 25, 60
MIN_WEIGHT, MAX_WEIGHT = 1, 3
MAX_TOPICS_PER_TERM = 2


def _load() -> dict[str, Any]:
    with TOPICS_FILE.open("rb") as handle:
        return tomllib.load(handle)


TOPICS: dict[str, dict[str, Any]] = _load().get("topics", {})


def test_file_parses_and_has_topics() -> None:
    data = _load()
    assert isinstance(data.get("topics"), dict)
    assert data["topics"], "no topics defined"


@pytest.mark.parametrize("key", sorted(TOPICS))
def test_topic_has_label_iptc_and_threshold(key: str) -> None:
    topic = TOPICS[key]
    label = topic.get("label")
    assert isinstance(label, str)
    assert label.strip(), f"{key}: empty label"
    iptc = topic.get("iptc")
    assert isinstance(iptc, str)
    assert IPTC_QCODE.fullmatch(iptc), f"{key}: iptc {iptc!r} is not medtop:NNNNNNNN"
    threshold = topic.get("threshold")
    assert isinstance(threshold, int | float)
    assert not isinstance(threshold, bool)
    assert threshold > 0, f"{key}: threshold must be positive"


@pytest.mark.parametrize("key", sorted(TOPICS))
def test_topic_has_enough_terms(key: str) -> None:
    terms = TOPICS[key].get("terms")
    assert isinstance(terms, dict)
    assert MIN_TERMS <= len(terms) <= MAX_TERMS, (
        f"{key}: {len(terms)} terms, expected {MIN_TERMS}-{MAX_TERMS}"
    )


@pytest.mark.parametrize("key", sorted(TOPICS))
def test_weights_are_integers_from_one_to_three(key: str) -> None:
    bad = {
        term: weight
        for term, weight in TOPICS[key]["terms"].items()
        if isinstance(weight, bool)
        or not isinstance(weight, int)
        or not MIN_WEIGHT <= weight <= MAX_WEIGHT
    }
    assert not bad, f"{key}: weights outside {MIN_WEIGHT}-{MAX_WEIGHT}: {bad}"


@pytest.mark.parametrize("key", sorted(TOPICS))
def test_terms_are_normalised(key: str) -> None:
    bad = [
        term
        for term in TOPICS[key]["terms"]
        if term != term.lower() or term != term.strip() or term != " ".join(term.split())
    ]
    assert not bad, f"{key}: terms not lower-case, stripped and single-spaced: {bad}"


@pytest.mark.parametrize("key", sorted(TOPICS))
def test_terms_are_made_of_whole_tokens(key: str) -> None:
    # A term containing a character that never appears in a token (".", "&", ...) can
    # never match, because matching is on whole tokens.
    bad = [
        term
        for term in TOPICS[key]["terms"]
        if not all(TOKEN.fullmatch(word) for word in term.split(" "))
    ]
    assert not bad, f"{key}: terms that can never match a token sequence: {bad}"


def test_no_term_is_listed_under_more_than_two_topics() -> None:
    owners: dict[str, list[str]] = {}
    for key, topic in TOPICS.items():
        for term in topic["terms"]:
            owners.setdefault(term, []).append(key)
    overused = {term: keys for term, keys in owners.items() if len(keys) > MAX_TOPICS_PER_TERM}
    assert not overused, f"terms under more than {MAX_TOPICS_PER_TERM} topics: {overused}"


def test_labels_are_unique() -> None:
    counts = Counter(topic["label"] for topic in TOPICS.values())
    duplicates = sorted(label for label, count in counts.items() if count > 1)
    assert not duplicates, f"labels used by more than one topic: {duplicates}"
