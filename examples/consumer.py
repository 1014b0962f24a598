"""A downstream consumer of newsstream's output topics, with aiokafka and nothing else.

    pip install aiokafka
    KAFKA_BOOTSTRAP_SERVERS=localhost:9092 python examples/consumer.py --topic enriched

What it relies on (README, "Subscribe"):

- Each message is one JSON event (`schemas/enriched_article.json`, `schemas/dead_letter.json`),
  keyed by the article's `article_id` on the enriched and duplicates topics.
- Delivery is at least once: the same `article_id` can arrive again. Handling is therefore
  idempotent; here a set of ids seen, in a real service an upsert keyed by `article_id`.
- Order holds only for one article id (one key, one partition); never across articles.

The consumer joins its own consumer group and commits offsets only after a batch is handled, so
a crash re-reads rather than skips. A new group starts at the beginning of the topics.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
from typing import Any

from aiokafka import AIOKafkaConsumer

TOPICS = {  # the same environment variables (and defaults) as newsstream itself
    "enriched": os.environ.get("NEWSSTREAM_ENRICHED_TOPIC", "newsstream.articles.enriched"),
    "duplicates": os.environ.get("NEWSSTREAM_DUPLICATES_TOPIC", "newsstream.articles.duplicates"),
    "dead-letter": os.environ.get(
        "NEWSSTREAM_DEAD_LETTER_TOPIC", "newsstream.articles.dead-letter"
    ),
}


def handle(topic: str, event: dict[str, Any], seen: set[str]) -> str | None:
    """Act on one event; returns the line to print, or None for an event handled before."""
    if topic == TOPICS["dead-letter"]:
        key = base64.b64decode(event.get("original_key") or "").decode("utf-8", "replace")
        return f"dead-letter {key or '-'} {event['stage']}/{event['error_kind']}"
    article_id = event["article_id"]
    if article_id in seen:  # a redelivery: at least once means "maybe twice"
        return None
    seen.add(article_id)
    if event["duplicate_of"] is not None:
        return f"duplicate {article_id} of {event['duplicate_of']}"
    return f"enriched {article_id} [{event['language'] or '?'}] {event['title'] or '(untitled)'}"


async def consume(topics: list[str], group: str, idle_timeout: float | None) -> int:
    """Print the events of `topics` as group `group`; with `idle_timeout`, stop when idle."""
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"),
        group_id=group,
        auto_offset_reset="earliest",  # a new group reads the topics from the beginning
        enable_auto_commit=False,  # commit after handling, below
    )
    await consumer.start()
    seen: set[str] = set()
    handled = 0
    try:
        while True:
            timeout = idle_timeout if idle_timeout is not None else 1.0
            batches = await consumer.getmany(timeout_ms=int(timeout * 1000))
            if not batches:
                if idle_timeout is not None:
                    return handled
                continue
            for records in batches.values():
                for record in records:
                    line = handle(record.topic, json.loads(record.value), seen)
                    if line is not None:
                        print(line, flush=True)
                        handled += 1
            await consumer.commit()  # only now: a crash before this re-reads the batch
    finally:
        await consumer.stop()


def main() -> None:
    """Parse the arguments and consume until Ctrl-C (or until idle, with --idle-timeout)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topic", choices=sorted(TOPICS), action="append")
    parser.add_argument("--group", default="newsstream-example-consumer")
    parser.add_argument("--idle-timeout", type=float, default=None, metavar="SECONDS")
    args = parser.parse_args()
    topics = [TOPICS[name] for name in args.topic or ["enriched"]]
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(consume(topics, args.group, args.idle_timeout))


if __name__ == "__main__":
    main()
