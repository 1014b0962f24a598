import asyncio
import os
import socket
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer  # type: ignore[import-untyped, unused-ignore]
from aiokafka.admin import AIOKafkaAdminClient, NewTopic  # type: ignore[import-untyped, unused-ignore]

from newsstream.errors import LocalKafkaError
from newsstream.localkafka import LocalKafka

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
CACHE_DIR = REPO / ".cache" / "kafka"
KAFKA_VERSION = os.environ.get("KAFKA_VERSION") or None


def new_broker(
    *, port: int | None = None, data_dir: Path | None = None, heap: str = "512m"
) -> LocalKafka:
    if KAFKA_VERSION is None:
        return LocalKafka(CACHE_DIR, port=port, data_dir=data_dir, heap=heap)
    return LocalKafka(CACHE_DIR, version=KAFKA_VERSION, port=port, data_dir=data_dir, heap=heap)


def port_refuses(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2.0):
            return False
    except ConnectionRefusedError:
        return True


def process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def processes_mentioning(text: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if text.encode() in cmdline:
                pids.append(int(entry.name))
    return pids


async def create_topic(bootstrap: str, topic: str, partitions: int) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics(
            [NewTopic(name=topic, num_partitions=partitions, replication_factor=1)]
        )
        [described] = await admin.describe_topics([topic])
        return len(described["partitions"])
    finally:
        await admin.close()


async def round_trip(bootstrap: str, topic: str) -> tuple[bytes, bytes, int]:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        sent = await producer.send_and_wait(topic, key=b"article-1", value=b"hello kafka")
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id="localkafka-test",
        auto_offset_reset="earliest",
    )
    await consumer.start()
    try:
        record = await asyncio.wait_for(consumer.getone(), timeout=60)
    finally:
        await consumer.stop()
    assert record.partition == sent.partition
    return record.key, record.value, sent.partition


def test_started_inside_a_running_event_loop_it_serves_topics_and_stops() -> None:
    # One broker start (the JVM's seconds) for both: `start()` from inside a running event loop
    # (its readiness probe gets a loop of its own), then a topic, a round trip, and the stop.
    kafka = new_broker()

    async def main() -> tuple[str, int | None, int, tuple[bytes, bytes, int], list[str]]:
        with kafka:
            bootstrap = kafka.start()  # already started: the same address, no second broker
            assert kafka.bootstrap_servers == bootstrap
            created = await create_topic(kafka.bootstrap_servers, "articles.raw", 3)
            received = await round_trip(kafka.bootstrap_servers, "articles.raw")
            admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap_servers)
            await admin.start()
            try:
                topics: list[str] = await admin.list_topics()
            finally:
                await admin.close()
            return bootstrap, kafka.pid, created, received, topics

    bootstrap, pid, created, (key, value, partition), topics = asyncio.run(main())
    assert pid is not None
    host, _, port_text = bootstrap.partition(":")
    assert host == "127.0.0.1"
    assert created == 3
    assert (key, value) == (b"article-1", b"hello kafka")
    assert 0 <= partition < 3
    assert "articles.raw" in topics

    assert process_gone(pid)
    assert port_refuses(int(port_text))
    with pytest.raises(LocalKafkaError):
        _ = kafka.bootstrap_servers
    assert kafka.log_path.is_file()
    kafka.stop()  # idempotent


def test_dead_broker_reports_log_and_leaves_no_process(tmp_path: Path) -> None:
    # A heap this small makes the broker JVM exit at once, after storage was formatted.
    kafka = new_broker(data_dir=tmp_path / "data", heap="1k")
    with pytest.raises(LocalKafkaError) as caught:
        kafka.start(timeout=60)
    message = str(caught.value)
    assert "exited" in message
    assert "heap" in message.lower()  # the broker log tail came along
    assert kafka.pid is None
    assert processes_mentioning(str(tmp_path)) == []
    assert (tmp_path / "data").is_dir()  # a caller's data folder is never removed


def test_port_in_use_is_refused(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        kafka = new_broker(port=taken.getsockname()[1], data_dir=tmp_path / "data")
        with pytest.raises(LocalKafkaError, match="already in use"):
            kafka.start(timeout=60)
    assert kafka.pid is None
    assert processes_mentioning(str(tmp_path)) == []
