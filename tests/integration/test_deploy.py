"""The deploy files' runtime parts, run here without Docker.

- The Dockerfile's HEALTHCHECK command, run against a real processor.
- docker-compose.yml's Kafka environment, turned into server.properties the way the
  apache/kafka image does it (KAFKA_FOO_BAR → foo.bar), run by the same Kafka 3.9.1 from its
  jars: host names and ports mapped to 127.0.0.1 and free ports, data in a temporary folder.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsstream.localkafka.config import render_logging_config
from newsstream.localkafka.jars import fetch_broker_jars
from newsstream.producer.replay import replay
from newsstream.settings import Settings
from tests.conftest import REPO, SEEDS, free_port, run_newsstream
from tests.deploy.tools import compose_config, dockerfile_instructions

pytestmark = [pytest.mark.integration, pytest.mark.slow]

# Environment variables the apache/kafka image reads itself instead of turning into properties.
IMAGE_ONLY = {"CLUSTER_ID", "KAFKA_HEAP_OPTS", "KAFKA_OPTS", "KAFKA_LOG4J_OPTS", "KAFKA_JMX_OPTS"}
BROKER_START_TIMEOUT = 90.0


def healthcheck(port: int) -> int:
    (instruction,) = [i for i in dockerfile_instructions() if i.keyword == "HEALTHCHECK"]
    program, *args = instruction.exec_form()
    assert program == "python"  # the image's virtual environment is first on PATH
    env = {**os.environ, "NEWSSTREAM_PROCESSOR_METRICS_PORT": str(port)}
    return subprocess.run([sys.executable, *args], env=env, timeout=30, check=False).returncode


def test_the_image_healthcheck_passes_only_while_the_processor_serves_metrics(
    settings: Settings, processor: subprocess.Popen[bytes]
) -> None:
    assert healthcheck(settings.processor_metrics_port) == 0
    assert healthcheck(free_port()) != 0  # nothing listens there


def property_name(variable: str) -> str:
    """The apache/kafka image's rule: _ → ., __ → _, ___ → -, lower case, KAFKA_ dropped."""
    name = re.sub(r"(?<=[^_])_(?=[^_])", ".", variable.removeprefix("KAFKA_"))
    return name.replace("___", "-").replace("__", "_").lower()


@pytest.fixture
def compose_kafka(tmp_path: Path) -> Iterator[dict[str, str]]:
    """The compose file's broker, running; yields which local address stands for which."""
    env = {k: str(v) for k, v in compose_config()["services"]["kafka"]["environment"].items()}
    ports = {port: str(free_port()) for port in ("19092", "29093", "9092")}

    def local(value: str) -> str:
        value = re.sub(r"(?<=[/@])kafka(?=:)", "127.0.0.1", value)
        return re.sub(r":(19092|29093|9092)\b", lambda m: f":{ports[m.group(1)]}", value)

    properties = {
        property_name(k): local(v)
        for k, v in env.items()
        if k.startswith("KAFKA_") and k not in IMAGE_ONLY
    }
    assert properties["process.roles"] == "broker,controller"
    properties["log.dirs"] = str(tmp_path / "data")  # instead of the container's volume
    config = tmp_path / "server.properties"
    config.write_text("".join(f"{k}={v}\n" for k, v in sorted(properties.items())))
    version = compose_config()["services"]["kafka"]["image"].split(":")[1]
    jars = fetch_broker_jars(REPO / ".cache" / "kafka", version)
    logging = render_logging_config(version)
    (tmp_path / logging.file_name).write_text(logging.text)
    java = shutil.which("java")
    assert java, "the broker needs Java"
    jvm = [
        java,
        "-Xmx512m",
        logging.jvm_flag(tmp_path / logging.file_name),
        "-cp",
        os.pathsep.join(str(jar) for jar in sorted(jars.glob("*.jar"))),
    ]
    log = tmp_path / "kafka.log"
    with log.open("wb") as out:
        formatted = subprocess.run(
            [*jvm, "kafka.tools.StorageTool", "format", "-t", env["CLUSTER_ID"], "-c", str(config)],
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=120,
            check=False,
        )
        assert formatted.returncode == 0, log.read_text()
        broker = subprocess.Popen([*jvm, "kafka.Kafka", str(config)], stdout=out, stderr=out)
    try:
        yield {
            "kafka:19092": f"127.0.0.1:{ports['19092']}",
            "localhost:9092": f"localhost:{ports['9092']}",
            "log": str(log),
        }
    finally:
        broker.terminate()
        try:
            broker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            broker.kill()
            broker.wait()


def test_the_compose_kafka_configuration_runs_a_broker_both_listeners_serve(
    compose_kafka: dict[str, str], tmp_path: Path
) -> None:
    internal = compose_kafka["kafka:19092"]
    # What the compose `topics` service runs, through the listener containers use.
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": internal}
    deadline = time.monotonic() + BROKER_START_TIMEOUT
    while True:
        created = run_newsstream("topics", env={**env, "NEWSSTREAM_KAFKA_CONNECT_TIMEOUT": "5"})
        if created.returncode == 0 or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert created.returncode == 0, created.stderr + Path(compose_kafka["log"]).read_text()[-3000:]
    assert "newsstream.articles.raw" in created.stdout
    # A host client, through the published listener (advertised as localhost:<port>).
    settings = Settings(kafka_bootstrap_servers=compose_kafka["localhost:9092"])
    summary = asyncio.run(replay(settings, [SEEDS]))
    assert (summary.sent, summary.failed) == (4, 0), summary.errors
    assert run_newsstream("topics", env=env).stdout.strip() == "created: nothing (all exist)"
