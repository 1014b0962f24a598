"""Events to and from the bytes on Kafka: JSON, never pickle, with clear errors for bad input."""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from newsstream.errors import DecodeError

EventT = TypeVar("EventT", bound=BaseModel)


def encode(event: BaseModel) -> bytes:
    """JSON bytes of an event: those of `model_dump_json()`, without the str between."""
    return type(event).__pydantic_serializer__.to_json(event)


def decode(data: bytes | None, model: type[EventT], max_bytes: int | None = None) -> EventT:
    """Parse an event from JSON bytes.

    Raises:
        DecodeError: the bytes are missing, too large, not UTF-8 JSON, or not a valid event;
            the message says which field is wrong.
    """
    if data is None:
        message = "message has no value"
        raise DecodeError(message)
    if max_bytes is not None and len(data) > max_bytes:
        message = f"message of {len(data)} bytes exceeds the limit of {max_bytes}"
        raise DecodeError(message)
    try:
        return model.model_validate_json(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg']}"
            for e in error.errors()[:5]
        )
        message = f"not a valid {model.__name__}: {problems}"
        raise DecodeError(message) from error
