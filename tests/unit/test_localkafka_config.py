import base64
import os
import stat
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from newsstream.errors import LocalKafkaError
from newsstream.localkafka import DEFAULT_KAFKA_VERSION, LocalKafka, fetch_broker_jars
from newsstream.localkafka.config import (
    new_cluster_id,
    render_logging_config,
    render_pom,
    render_server_properties,
)
from newsstream.localkafka.jars import MARKER_NAME, libs_dir

POM_NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def parse_properties(text: str) -> dict[str, str]:
    props = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            props[key] = value
    return props


def pom_dependencies(text: str) -> dict[str, str]:
    root = ET.fromstring(text)  # noqa: S314 - text rendered by our own code
    deps = {}
    for dep in root.iterfind("m:dependencies/m:dependency", POM_NS):
        group = dep.findtext("m:groupId", namespaces=POM_NS)
        artifact = dep.findtext("m:artifactId", namespaces=POM_NS)
        deps[f"{group}:{artifact}"] = dep.findtext("m:version", namespaces=POM_NS) or ""
    return deps


def test_default_version_is_39x() -> None:
    assert DEFAULT_KAFKA_VERSION.startswith("3.9.")


def test_server_properties_single_node_kraft(tmp_path: Path) -> None:
    props = parse_properties(
        render_server_properties(port=19092, controller_port=19093, log_dir=tmp_path / "kraft")
    )
    assert props["process.roles"] == "broker,controller"
    assert props["node.id"] == "1"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:19093"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:19092"
    assert props["controller.listener.names"] == "CONTROLLER"
    assert props["listener.security.protocol.map"] == "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"
    assert props["log.dirs"] == str(tmp_path / "kraft")
    assert props["offsets.topic.replication.factor"] == "1"
    assert props["transaction.state.log.replication.factor"] == "1"
    assert props["transaction.state.log.min.isr"] == "1"
    assert props["group.initial.rebalance.delay.ms"] == "0"
    assert props["num.partitions"] == "1"
    assert props["auto.create.topics.enable"] == "true"


def test_server_properties_escape_backslashes() -> None:
    text = render_server_properties(port=1, controller_port=2, log_dir=Path("C:\\kafka"))
    assert "log.dirs=C:\\\\kafka" in text


def test_pom_for_39_adds_reload4j() -> None:
    deps = pom_dependencies(render_pom("3.9.1"))
    assert deps["org.apache.kafka:kafka_2.13"] == "3.9.1"
    assert deps["ch.qos.reload4j:reload4j"] == "1.2.25"
    assert deps["org.slf4j:slf4j-reload4j"] == "1.7.36"
    assert not any(name.startswith("org.apache.logging.log4j:") for name in deps)


def test_pom_for_4x_adds_log4j2_and_slf4j2() -> None:
    deps = pom_dependencies(render_pom("4.1.1"))
    assert deps["org.apache.kafka:kafka_2.13"] == "4.1.1"
    assert deps["org.apache.logging.log4j:log4j-core"].startswith("2.")
    assert (
        deps["org.apache.logging.log4j:log4j-slf4j2-impl"]
        == deps["org.apache.logging.log4j:log4j-core"]
    )
    # Kafka 4.1 still declares slf4j-api 1.7, which would ignore the slf4j2 binding.
    assert deps["org.slf4j:slf4j-api"].startswith("2.")
    assert "ch.qos.reload4j:reload4j" not in deps
    assert "org.slf4j:slf4j-reload4j" not in deps


def test_pom_pins_dependency_plugin() -> None:
    root = ET.fromstring(render_pom("3.9.1"))  # noqa: S314 - text rendered by our own code
    plugin = root.find("m:build/m:plugins/m:plugin", POM_NS)
    assert plugin is not None
    assert plugin.findtext("m:artifactId", namespaces=POM_NS) == "maven-dependency-plugin"
    assert plugin.findtext("m:version", namespaces=POM_NS)


@pytest.mark.parametrize(
    ("version", "file_name", "flag"),
    [
        ("3.9.1", "log4j.properties", "-Dlog4j.configuration=file:"),
        ("4.1.1", "log4j2.properties", "-Dlog4j2.configurationFile=file:"),
    ],
)
def test_logging_config_is_quiet(version: str, file_name: str, flag: str) -> None:
    config = render_logging_config(version)
    assert config.file_name == file_name
    assert config.jvm_flag(Path("/x") / file_name) == f"{flag}/x/{file_name}"
    assert "WARN" in config.text.upper()


@pytest.mark.parametrize("version", ["3.9", "latest", "2.8.2", "3.9.1<x/>"])
def test_bad_versions_are_refused(version: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Kafka"):
        render_pom(version)
    with pytest.raises(LocalKafkaError):
        LocalKafka(tmp_path, version=version)
    with pytest.raises(LocalKafkaError):
        fetch_broker_jars(tmp_path, version)


def test_bad_heap_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LocalKafkaError, match="heap"):
        LocalKafka(tmp_path, heap="-XX:+Evil")


def test_not_started_has_no_bootstrap_servers(tmp_path: Path) -> None:
    kafka = LocalKafka(tmp_path)
    with pytest.raises(LocalKafkaError, match="not running"):
        _ = kafka.bootstrap_servers
    assert kafka.log_path.parent == tmp_path.resolve() / "logs"
    kafka.stop()  # stopping a broker that never started is harmless


def test_cluster_id_is_unpadded_base64url_uuid() -> None:
    cluster_id = new_cluster_id()
    assert len(cluster_id) == 22
    assert "=" not in cluster_id
    assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16
    assert new_cluster_id() != cluster_id


def fake_mvn(bin_dir: Path, body: str) -> Path:
    bin_dir.mkdir()
    script = bin_dir / "mvn"
    script.write_text(f"#!/bin/sh\necho run >> {bin_dir}/calls\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return bin_dir / "calls"


def test_fetch_runs_maven_once_then_uses_the_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_one_jar = """
for arg in "$@"; do
  case "$arg" in -DoutputDirectory=*) out="${arg#-DoutputDirectory=}";; esac
done
mkdir -p "$out" && touch "$out/kafka_2.13-3.9.1.jar"
"""
    calls = fake_mvn(tmp_path / "bin", copy_one_jar)
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ["PATH"])
    cache = tmp_path / "cache"

    libs = fetch_broker_jars(cache, "3.9.1")
    assert libs == libs_dir(cache.resolve(), "3.9.1")
    assert (libs / "kafka_2.13-3.9.1.jar").is_file()
    assert (libs / MARKER_NAME).read_text(encoding="utf-8") == render_pom("3.9.1")
    assert "fetching Kafka 3.9.1" in capsys.readouterr().err

    assert fetch_broker_jars(cache, "3.9.1") == libs
    assert calls.read_text(encoding="utf-8").count("run") == 1
    assert capsys.readouterr().err == ""


def test_fetch_reports_maven_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_mvn(tmp_path / "bin", 'echo "[ERROR] could not resolve kafka_2.13"; exit 1')
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ["PATH"])
    with pytest.raises(LocalKafkaError) as caught:
        fetch_broker_jars(tmp_path / "cache", "3.9.1")
    assert "dependency:copy-dependencies" in str(caught.value)
    assert "could not resolve kafka_2.13" in str(caught.value)
    assert not (libs_dir((tmp_path / "cache").resolve(), "3.9.1") / MARKER_NAME).exists()


def test_fetch_without_maven(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LocalKafkaError, match="mvn"):
        fetch_broker_jars(tmp_path / "cache", "3.9.1")


def test_cluster_id_never_reads_as_a_command_line_option() -> None:
    # One random id in 64 would start with "-"; 2,000 draws miss that with odds of 1 in 10^13.
    assert not any(new_cluster_id().startswith("-") for _ in range(2000))
