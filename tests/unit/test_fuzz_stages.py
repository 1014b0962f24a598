"""Thousands of bad and borderline inputs through the stage functions: only `InputError` escapes.

Every input must end one of three ways, as on the stream: an enriched event, a duplicate, or a
dead letter (a `DecodeError` or `EmptyArticleError`); nothing else may be raised.
"""

import json
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsstream.core import dedup
from newsstream.core.codec import decode, encode
from newsstream.core.models import ContentType, EnrichedArticle, RawArticle
from newsstream.core.pipeline import Enricher
from newsstream.errors import InputError

ENRICHER = Enricher()
MEMORY = dedup.DedupMemory()
POLICY = dedup.DedupPolicy()
FURNITURE = ["Advertisement", "Share this", "Related Stories", "Leave a Reply", "Comments (3)"]
VOCABULARY = (
    "the minister said on Monday that talks would resume in Geneva after a week of clashes "
    "Россия переговоры Berlin Präsident café — “quoted” 2025 1,200 % & < > …"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))
TEXTS = st.one_of(
    st.text(max_size=3000),
    st.lists(WORDS, max_size=400).map(" ".join),
    st.lists(
        st.one_of(
            st.lists(WORDS, min_size=1, max_size=40).map(" ".join), st.sampled_from(FURNITURE)
        ),
        max_size=30,
    ).map("\n\n".join),
    st.lists(st.lists(WORDS, max_size=30).map(" ".join), max_size=10).map(
        lambda ps: "<html><body>" + "".join(f"<p>{p}</p>" for p in ps) + "<script>x()</script>"
    ),
)
RAW_EVENTS = st.builds(
    RawArticle,
    article_id=st.text(min_size=1, max_size=40),
    source=st.text(min_size=1, max_size=40),
    received_at=st.datetimes(timezones=st.just(UTC)),
    content_type=st.sampled_from(ContentType),
    text=TEXTS,
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children)
    ),
    max_leaves=20,
)
MESSAGES = st.one_of(
    st.binary(max_size=2000),
    JSON_VALUES.map(lambda value: json.dumps(value).encode()),
    RAW_EVENTS.map(encode),
    RAW_EVENTS.map(lambda event: encode(event)[: len(encode(event)) // 2]),  # truncated
    st.dictionaries(
        st.sampled_from(["article_id", "source", "received_at", "text", "content_type", "extra"]),
        JSON_VALUES,
    ).map(lambda fields: json.dumps(fields).encode()),
)


def process(message: bytes) -> EnrichedArticle | InputError:
    """The stages as the processor runs them, on one message: its event or its dead letter."""
    try:
        raw = decode(message, RawArticle, max_bytes=100_000)
        cleaned = ENRICHER.clean(raw)
    except InputError as error:
        return error
    sketch = dedup.sketch_article(
        cleaned.article_id, cleaned.received_at, cleaned.body, POLICY.hasher
    )
    decision = dedup.decide(sketch, MEMORY, POLICY)
    event = ENRICHER.enrich(cleaned, decision, datetime.now(UTC))
    dedup.remember(sketch, decision, MEMORY)
    return event


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MESSAGES)
def test_any_message_is_enriched_or_a_dead_letter_never_a_crash(message: bytes) -> None:
    event = process(message)
    if isinstance(event, InputError):
        assert event.kind in {"decode", "empty"}
        assert str(event)
        return
    assert event.body.strip()
    assert "\n\n\n" not in event.body
    assert event.countries == sorted(event.countries)
    assert EnrichedArticle.model_validate_json(encode(event)) == event


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RAW_EVENTS)
def test_any_valid_raw_event_is_enriched_or_reported_empty(raw: RawArticle) -> None:
    event = process(encode(raw))
    if isinstance(event, InputError):
        assert event.kind == "empty"
        return
    assert event.article_id == raw.article_id
    assert event.duplicate_of != event.article_id
