"""Creating newsstream's topics with an explicit partition count."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaTimeoutError, TopicAlreadyExistsError, for_code

from newsstream.errors import ConfigurationError
from newsstream.kafka.clients import client_options
from newsstream.settings import Settings

_LEADER_TIMEOUT = 30.0
_NONE: Final[Mapping[str, int]] = MappingProxyType({})


async def ensure_topics(
    settings: Settings,
    extra: Mapping[str, int] = _NONE,
    compacted: Mapping[str, int] = _NONE,
) -> list[str]:
    """Create the raw, enriched, duplicates and dead-letter topics that do not exist yet.

    `extra` names more topics to create, with their partition counts (the processor's internal
    topic), `compacted` topics that keep the last value per key (the tables' changelogs).
    Returns the names of the topics this call created.

    Raises:
        ConfigurationError: one of `extra` or `compacted` exists with another partition count.
        KafkaError: the broker refused to create a topic for a reason other than it existing.
    """
    counts = {
        **dict.fromkeys([settings.raw_topic, *settings.output_topics], settings.partitions),
        **extra,
        **compacted,
    }
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        await _check_partitions(
            admin, {n: c for n, c in {**extra, **compacted}.items() if n in existing}
        )
        missing = [name for name in counts if name not in existing]
        if not missing:
            return []
        compact = {"cleanup.policy": "compact"}
        response = await admin.create_topics(
            [
                NewTopic(
                    name,
                    counts[name],
                    settings.replication_factor,
                    topic_configs=compact if name in compacted else {},
                )
                for name in missing
            ]
        )
        created = []
        for name, code, *_ in response.topic_errors:
            error = for_code(code)
            if code == 0:
                created.append(name)
            elif error is not TopicAlreadyExistsError:  # another process was quicker: fine
                message = f"cannot create topic {name!r}"
                raise error(message)
        await _wait_for_leaders(admin, missing)
        return created
    finally:
        await admin.close()


async def _check_partitions(admin: AIOKafkaAdminClient, wanted: dict[str, int]) -> None:
    """Fail when an existing topic's partition count differs from the one the app needs.

    faust would use such a topic as it is, and route keys to partitions that do not exist, or
    look for state in the wrong one.
    """
    if not wanted:
        return
    described = await admin.describe_topics(list(wanted))
    for topic in described:
        name, has = topic["topic"], len(topic["partitions"])
        if has != wanted[name]:
            message = (
                f"topic {name} has {has} partitions, the settings make it {wanted[name]} "
                "(NEWSSTREAM_PARTITIONS, NEWSSTREAM_DEDUP_PARTITIONS): keep the settings it was "
                "made with, or drain the raw topic and start under a new NEWSSTREAM_APP_ID"
            )
            raise ConfigurationError(message)


async def _wait_for_leaders(admin: AIOKafkaAdminClient, topics: list[str]) -> None:
    """Return once every partition of `topics` has a leader, so clients can use them at once."""
    deadline = time.monotonic() + _LEADER_TIMEOUT
    while time.monotonic() < deadline:
        described = await admin.describe_topics(topics)
        if len(described) == len(topics) and all(
            topic["error_code"] == 0
            and topic["partitions"]
            and all(p["leader"] >= 0 for p in topic["partitions"])
            for topic in described
        ):
            return
        await asyncio.sleep(0.1)
    message = f"topics {topics} have no partition leaders after {_LEADER_TIMEOUT} s"
    raise KafkaTimeoutError(message)


async def partition_counts(settings: Settings, topics: list[str]) -> dict[str, int]:
    """How many partitions each of `topics` has.

    Raises:
        ConfigurationError: a topic does not exist.
    """
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        described = await admin.describe_topics(topics)
    finally:
        await admin.close()
    counts = {t["topic"]: len(t["partitions"]) for t in described if t["error_code"] == 0}
    missing = sorted(set(topics) - set(counts))
    if missing:
        message = f"no such topic: {', '.join(missing)} (run `newsstream topics`)"
        raise ConfigurationError(message)
    return counts
