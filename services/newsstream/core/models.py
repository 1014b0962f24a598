"""The events newsstream reads and writes, as pydantic models.

These models are the contract with producers and downstream consumers: `schemas/*.json` is
generated from them (`newsstream schemas --write`) and a test fails when the two drift.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Final, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

SCHEMA_VERSION: Final = 1


class ContentType(StrEnum):
    """How the raw text of an article is encoded."""

    PLAIN = "text/plain"
    HTML = "text/html"


class EntityType(StrEnum):
    """The kinds of named entity the tagger reports."""

    PERSON = "PERSON"
    ORGANIZATION = "ORGANIZATION"
    LOCATION = "LOCATION"


class DuplicateMethod(StrEnum):
    """How a duplicate was recognised."""

    EXACT = "exact"
    NEAR = "near"


class Outcome(StrEnum):
    """Where a raw article ended up."""

    ENRICHED = "enriched"
    DUPLICATE = "duplicate"
    DEAD_LETTER = "dead_letter"


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RawArticle(_Event):
    """One submitted article, as the producer puts it on the raw topic (key: `article_id`)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    article_id: Annotated[str, Field(min_length=1, max_length=128)] = Field(
        description="Unique to this submission: a resubmission of the same text gets a new id, "
        "a redelivery of the same Kafka message keeps it."
    )
    source: Annotated[str, Field(min_length=1, max_length=512)] = Field(
        description="Where the article came from: a file or feed name."
    )
    received_at: AwareDatetime = Field(description="When the producer read the article.")
    content_type: ContentType = ContentType.PLAIN
    text: str = Field(description="The article as received, furniture and all.")


class RemovedLine(_Event):
    """A line that cleaning took out of the body, and the rule that took it."""

    text: str
    rule: str


class CleanedArticle(_Event):
    """An article after cleaning: the processor's internal hand-over between its two agents."""

    article_id: str
    source: str
    received_at: AwareDatetime
    title: str | None
    body: str
    credits: list[str]
    published: date | None = None
    source_site: str | None = None
    removed: list[RemovedLine]


class Entity(_Event):
    """A named entity the article mentions."""

    name: str = Field(description="Canonical name.")
    type: EntityType
    mentions: Annotated[int, Field(ge=1)] = Field(description="Mentions in the title and body.")
    surface_forms: list[str] = Field(description="The spellings seen, in order of appearance.")
    offsets: list[int] = Field(
        description="Character offsets of the mentions in `body` (title mentions have none)."
    )


class Place(_Event):
    """A city or region the article mentions, located with GeoNames data."""

    name: str = Field(description="Canonical name.")
    geonames_id: int | None = Field(description="GeoNames id; null for regions GeoNames lacks.")
    country: str = Field(description="ISO 3166-1 alpha-2 of the country the place lies in.")
    latitude: float | None
    longitude: float | None
    mentions: Annotated[int, Field(ge=1)] = Field(description="Mentions in the title and body.")
    surface_forms: list[str] = Field(description="The spellings seen, in order of appearance.")
    offsets: list[int] = Field(description="Character offsets of the mentions in `body`.")


class KeyFactKind(StrEnum):
    """What a counted key fact counts (after GDELT GKG's counts)."""

    KILLED = "killed"
    INJURED = "injured"
    ARRESTED = "arrested"
    PRISONERS = "prisoners"
    HOSTAGES = "hostages"
    MISSING = "missing"
    DISPLACED = "displaced"
    REFUGEES = "refugees"
    EVACUATED = "evacuated"
    AFFECTED = "affected"
    PROTESTERS = "protesters"


class KeyFact(_Event):
    """A count of people the article reports ("six soldiers were killed")."""

    kind: KeyFactKind
    number: Annotated[int, Field(ge=1)]
    object: str | None = Field(description="Who was counted, as written; null when unsaid.")
    approximate: bool = Field(description="Qualified by about, more than, at least, nearly...")
    offset: int = Field(description="Character offset of the number in `body`.")


class DateMention(_Event):
    """A calendar date the body mentions with its year, normalised to ISO 8601."""

    text: str
    date: str = Field(description="YYYY, YYYY-MM or YYYY-MM-DD.")
    offset: int = Field(description="Character offset of `text` in `body`.")


class Topic(_Event):
    """A label from the controlled topic vocabulary, with the tagger's confidence."""

    label: str
    score: Annotated[float, Field(ge=0.0, le=1.0)]


class EnrichedArticle(_Event):
    """One processed article (key: `article_id`).

    On the enriched topic `duplicate_of` is always null; on the duplicates topic it names the
    first-seen article with the same or near-same content.
    """

    schema_version: Literal[1] = SCHEMA_VERSION
    article_id: str
    source: str
    received_at: AwareDatetime
    processed_at: AwareDatetime
    title: str | None = Field(description="The headline, when the article states one.")
    body: str = Field(description="Cleaned text, paragraphs separated by one blank line.")
    content_hash: str = Field(description="Fingerprint of the normalised body (hex).")
    duplicate_of: str | None = Field(
        description="article_id of the first article seen with the same content, else null."
    )
    similarity: Annotated[float, Field(ge=0.0, le=1.0)] | None = None
    duplicate_method: DuplicateMethod | None = None
    language: str | None = Field(description="ISO 639-1 code, null when undetermined.")
    entities: list[Entity]
    countries: list[str] = Field(description="Sorted ISO 3166-1 alpha-2 codes.")
    places: list[Place] = Field(description="Cities and regions, most mentioned first.")
    topics: list[Topic]
    key_facts: list[KeyFact] = Field(description="Counts of people, in text order.")
    dates: list[DateMention] = Field(description="Dates with a stated year, in text order.")
    credits: list[str] = Field(description="Credit and attribution lines taken out of the body.")
    published: date | None = Field(
        default=None, description="Publication date, when the page states one."
    )
    source_site: str | None = Field(
        default=None, description="Web site the article credits or comes from (a domain)."
    )
    removed: list[RemovedLine] = Field(description="Lines cleaning removed, with the rule.")
    pipeline_version: str

    @property
    def outcome(self) -> Outcome:
        """Whether this event belongs on the enriched or the duplicates topic."""
        return Outcome.ENRICHED if self.duplicate_of is None else Outcome.DUPLICATE


class DeadLetter(_Event):
    """An input that could not become an article, with enough context to replay it."""

    schema_version: Literal[1] = SCHEMA_VERSION
    error_kind: str
    error_message: str
    stage: str
    source_topic: str | None
    source_partition: int | None
    source_offset: int | None
    original_key: str | None = Field(description="The message key, base64.")
    original_value: str = Field(description="The message value, base64.")
    failed_at: AwareDatetime
