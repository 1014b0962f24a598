"""Creating newsstream's topics with an explicit partition count."""

from __future__ import annotations

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError, for_code

from newsstream.errors import ConfigurationError
from newsstream.kafka.clients import client_options
from newsstream.settings import Settings


async def ensure_topics(settings: Settings) -> list[str]:
    """Create the raw, enriched, duplicates and dead-letter topics that do not exist yet.

    Returns the names of the topics this call created.

    Raises:
        KafkaError: the broker refused to create a topic for a reason other than it existing.
    """
    wanted = [settings.raw_topic, *settings.output_topics]
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        missing = [name for name in wanted if name not in set(await admin.list_topics())]
        if not missing:
            return []
        response = await admin.create_topics(
            [NewTopic(name, settings.partitions, settings.replication_factor) for name in missing]
        )
        created = []
        for name, code, *_ in response.topic_errors:
            error = for_code(code)
            if code == 0:
                created.append(name)
            elif error is not TopicAlreadyExistsError:  # another process was quicker: fine
                message = f"cannot create topic {name!r}"
                raise error(message)
        return created
    finally:
        await admin.close()


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
