"""Dead letters: what could not become an article, with the context needed to replay it."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from newsstream.core.models import DeadLetter
from newsstream.errors import InputError

_MAX_MESSAGE_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a message came from: its topic, partition and offset, and its original bytes."""

    value: bytes
    key: bytes | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None


def error_kind(error: BaseException) -> str:
    """A short, stable label for an error, fit for a metric label."""
    return error.kind if isinstance(error, InputError) else "stage_error"


def dead_letter(error: BaseException, stage: str, origin: Origin) -> DeadLetter:
    """The dead-letter event for a message that failed at `stage`."""
    return DeadLetter(
        error_kind=error_kind(error),
        error_message=f"{type(error).__name__}: {error}"[:_MAX_MESSAGE_CHARS],
        stage=stage,
        source_topic=origin.topic,
        source_partition=origin.partition,
        source_offset=origin.offset,
        original_key=base64.b64encode(origin.key).decode("ascii") if origin.key else None,
        original_value=base64.b64encode(origin.value).decode("ascii"),
        failed_at=datetime.now(UTC),
    )
