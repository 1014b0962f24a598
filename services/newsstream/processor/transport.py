"""faust's Kafka transport with an idempotent producer.

faust turns producer idempotence on only in its exactly-once mode. Without it, a send whose
acknowledgement is lost (a broker restarting, a connection dropped) is retried by the client and
can be written twice: an event repeated on the output topic that no publication record can stop,
since the processor never saw the first write succeed. With it, the broker drops the retry by its
producer id and sequence number.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import ProducerT, TransportT


class IdempotentProducer(faust_aiokafka.Producer):
    """faust's aiokafka producer, asking the broker to drop retried duplicates."""

    def _settings_extra(self) -> Mapping[str, Any]:
        extra: Mapping[str, Any] = super()._settings_extra()
        return {**extra, "acks": "all", "enable_idempotence": True}


class IdempotentTransport(faust_aiokafka.Transport):
    """faust's aiokafka transport, building idempotent producers."""

    Producer: ClassVar[type[ProducerT]] = IdempotentProducer


class App(faust.App):
    """A faust app whose producers are idempotent."""

    def _new_transport(self) -> TransportT:
        transport: TransportT = IdempotentTransport(self.conf.broker_consumer, self)
        return transport

    def _new_producer_transport(self) -> TransportT:
        transport: TransportT = IdempotentTransport(self.conf.broker_producer, self)
        return transport
