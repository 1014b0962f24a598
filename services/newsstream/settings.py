"""All configuration, read from environment variables prefixed `NEWSSTREAM_`."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsstream.core.dedup import DEFAULT_RETENTION, DEFAULT_THRESHOLD, DedupPolicy
from newsstream.errors import ConfigurationError
from newsstream.localkafka import DEFAULT_KAFKA_VERSION


class Settings(BaseSettings):
    """Settings shared by the producer, the processor and the tools.

    Every field is read from `NEWSSTREAM_<FIELD>` (upper case); the broker address also from the
    conventional `KAFKA_BOOTSTRAP_SERVERS`.
    """

    model_config = SettingsConfigDict(
        env_prefix="NEWSSTREAM_", extra="ignore", frozen=True, populate_by_name=True
    )

    kafka_bootstrap_servers: str | None = Field(
        default=None,
        validation_alias=AliasChoices(
            "NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP_SERVERS"
        ),
        description="host:port[,host:port]; unset means `newsstream demo` starts a local broker.",
    )
    kafka_security_protocol: str = Field(
        default="PLAINTEXT", description="PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL."
    )
    kafka_sasl_mechanism: str | None = Field(default=None, description="PLAIN, SCRAM-SHA-256/512.")
    kafka_sasl_username: str | None = Field(default=None, description="SASL user name.")
    kafka_sasl_password: SecretStr | None = Field(
        default=None, description="SASL password (never logged or printed)."
    )
    kafka_connect_timeout: float = Field(
        default=30.0, gt=0, description="Seconds to wait for the broker before giving up."
    )

    raw_topic: str = Field(default="newsstream.articles.raw", description="Raw articles in.")
    enriched_topic: str = Field(
        default="newsstream.articles.enriched", description="One event per unique article."
    )
    duplicates_topic: str = Field(
        default="newsstream.articles.duplicates", description="One event per duplicate article."
    )
    dead_letter_topic: str = Field(
        default="newsstream.articles.dead-letter",
        description="Inputs that could not become articles, with the reason.",
    )
    partitions: int = Field(default=4, ge=1, description="Partitions of every topic it creates.")
    replication_factor: int = Field(
        default=1, ge=1, description="Replication factor of every topic it creates."
    )

    app_id: str = Field(
        default="newsstream-processor",
        description="faust app id: the consumer group and the prefix of internal topics.",
    )
    max_article_bytes: int = Field(
        default=2_000_000, ge=1024, description="Raw events larger than this are dead-lettered."
    )
    stream_batch_size: int = Field(
        default=100,
        ge=1,
        description="Most messages an agent handles as one batch, awaiting their sends together.",
    )
    stream_batch_seconds: float = Field(
        default=0.002,
        gt=0.0,
        description="Longest wait for a batch to fill before an agent handles what it has.",
    )
    producer_linger_seconds: float = Field(
        default=0.0,
        ge=0.0,
        description="How long the processor's producer waits to put messages into one request.",
    )
    producer_batch_bytes: int = Field(
        default=512 * 1024,
        ge=1024,
        le=1_000_000,
        description="Largest batch of messages to one partition that one produce request carries.",
    )
    dedup_threshold: float = Field(
        default=DEFAULT_THRESHOLD,
        gt=0.0,
        le=1.0,
        description="Estimated Jaccard similarity from which an article is a near duplicate.",
    )
    dedup_retention_days: float = Field(
        default=DEFAULT_RETENTION.days,
        gt=0.0,
        description="Days (of received_at) an article is remembered for deduplication.",
    )
    dedup_partitions: int = Field(
        default=1,
        ge=1,
        description="Partitions of the internal dedup topic and its tables. An article's probe "
        "visits each that owns one of its band keys, about five Kafka messages a visit: one "
        "decides fastest; more spread deciding over workers (cleaning and tagging always are).",
    )
    dedup_lock_timeout_seconds: float = Field(
        default=300.0,
        ge=0.0,
        description="Seconds after which a band key lock still held is released (a lost "
        "release; 0: never). Breaks dedup isolation for that article, to avoid a stall.",
    )
    template_retention_days: float = Field(
        default=3.0,
        gt=0.0,
        description="Days a learned template line of a source is kept after it was last seen.",
    )

    metrics_host: str = Field(default="127.0.0.1", description="Bind address of metrics servers.")
    processor_metrics_port: int = Field(
        default=9108, ge=0, le=65535, description="Port of the processor's /metrics."
    )
    producer_metrics_port: int = Field(
        default=0, ge=0, le=65535, description="0 serves no producer metrics (one-shot replays)."
    )

    kafka_version: str = Field(
        default=DEFAULT_KAFKA_VERSION,
        validation_alias=AliasChoices("NEWSSTREAM_KAFKA_VERSION", "KAFKA_VERSION"),
        description="Apache Kafka version of the local broker (3.9.x default; 4.x works).",
    )
    cache_dir: Path = Field(
        default=Path(".cache"), description="Where the local broker's jars are kept."
    )
    state_dir: Path = Field(
        default=Path(".newsstream-state"),
        description="The processor's local working folder (faust's datadir), one subfolder per "
        "app id; its tables live in Kafka changelogs.",
    )

    @classmethod
    def isolated(
        cls, bootstrap: str, label: str, run: str | None = None, **overrides: Any
    ) -> Settings:
        """Settings of a pipeline with topics and a consumer group of its own.

        Tests and benchmarks share one broker: names `<label>-<run>` (run: random unless given)
        keep their messages and offsets apart. `overrides` sets any other field.
        """
        prefix = f"{label}-{run or uuid.uuid4().hex[:10]}"
        return cls(
            kafka_bootstrap_servers=bootstrap,
            raw_topic=f"{prefix}.raw",
            enriched_topic=f"{prefix}.enriched",
            duplicates_topic=f"{prefix}.duplicates",
            dead_letter_topic=f"{prefix}.dead-letter",
            app_id=f"newsstream-{prefix}",
            **overrides,
        )

    def dedup_policy(self) -> DedupPolicy:
        """The deduplication threshold and retention these settings ask for."""
        return DedupPolicy(
            threshold=self.dedup_threshold, retention=timedelta(days=self.dedup_retention_days)
        )

    def require_bootstrap_servers(self) -> str:
        """Return the broker address, or fail with a message that says how to set it."""
        if not self.kafka_bootstrap_servers:
            message = "no Kafka broker configured: set KAFKA_BOOTSTRAP_SERVERS=host:port"
            raise ConfigurationError(message)
        return self.kafka_bootstrap_servers

    def to_env(self) -> dict[str, str]:
        """These settings as the environment variables that reproduce them in a child process."""
        return {
            f"NEWSSTREAM_{name.upper()}": str(
                value.get_secret_value() if isinstance(value, SecretStr) else value
            )
            for name, value in self.model_dump(exclude_none=True).items()
        }

    @property
    def output_topics(self) -> tuple[str, str, str]:
        """The topics downstream consumers subscribe to."""
        return (self.enriched_topic, self.duplicates_topic, self.dead_letter_topic)


def get_settings() -> Settings:
    """Read the settings from the environment (a factory, so tests can build their own)."""
    return Settings()
