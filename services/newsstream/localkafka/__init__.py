"""A bundled local Apache Kafka broker for tests and development machines without Docker.

The broker jars come from Maven Central (fetched once into a cache folder with ``mvn``) and run
as a single-node KRaft broker+controller on 127.0.0.1 under the local ``java``.
"""

from newsstream.localkafka.broker import LocalKafka, free_port
from newsstream.localkafka.config import DEFAULT_KAFKA_VERSION
from newsstream.localkafka.jars import fetch_broker_jars

__all__ = ["DEFAULT_KAFKA_VERSION", "LocalKafka", "fetch_broker_jars", "free_port"]
