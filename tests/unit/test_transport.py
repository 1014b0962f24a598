"""The processor's producers are idempotent: a retried send is not written twice."""

from __future__ import annotations

import asyncio
from typing import Any

from prometheus_client import CollectorRegistry

from newsstream.core.pipeline import Enricher
from newsstream.metrics import ProcessorMetrics
from newsstream.processor.app import create_app
from newsstream.settings import Settings


def test_the_apps_kafka_client_is_an_idempotent_producer() -> None:
    async def idempotent() -> bool:
        settings = Settings(kafka_bootstrap_servers="localhost:1")
        app = create_app(settings, ProcessorMetrics(CollectorRegistry()), Enricher())
        producer: Any = app.producer
        client = producer._new_producer()  # built, never started: no broker needed
        await client.stop()
        # aiokafka keeps a transaction manager (producer id, sequence numbers) only when
        # idempotence is on; it refuses idempotence without acks from all in-sync replicas.
        return client._txn_manager is not None

    assert asyncio.run(idempotent())
