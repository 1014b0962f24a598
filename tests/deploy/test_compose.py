"""docker-compose.yml and the Dockerfile, checked without a Docker engine.

`docker-compose config` (Compose 1.29, Debian's package) validates the file against the Compose
schema and resolves it; the tests then check what the stack relies on: healthchecks behind every
`service_healthy`, a scalable processor, and commands that the `newsstream` entry point accepts.
"""

from __future__ import annotations

import base64
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsstream.cli import _parser
from tests.conftest import REPO
from tests.deploy.tools import (
    GRAFANA_DIR,
    PROMETHEUS_DIR,
    compose_config,
    dockerfile_instructions,
    run_compose_config,
)

NEWSSTREAM_SERVICES = ("topics", "processor", "replay", "tail")
ENTRY_POINT = Path(sys.executable).parent / "newsstream"  # the console script pip installed


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    return compose_config()


def services(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = config["services"]
    return result


def test_the_compose_file_is_valid_for_docker_compose(config: dict[str, Any]) -> None:
    assert set(services(config)) == {
        "kafka",
        *NEWSSTREAM_SERVICES,
        "prometheus",
        "grafana",
    }


def test_the_grafana_password_is_required_and_the_message_says_which() -> None:
    result = run_compose_config({}, "-q")
    assert result.returncode != 0
    assert "GRAFANA_ADMIN_PASSWORD" in result.stderr


def test_the_processor_can_be_scaled(config: dict[str, Any]) -> None:
    processor = services(config)["processor"]
    assert "ports" not in processor
    assert "container_name" not in processor
    assert "hostname" not in processor


def test_every_newsstream_service_runs_the_one_image_with_metrics_on_all_interfaces(
    config: dict[str, Any],
) -> None:
    for name in NEWSSTREAM_SERVICES:
        service = services(config)[name]
        assert service["build"]["context"] == str(REPO), name
        assert service["image"] == services(config)["processor"]["image"], name
        env = service["environment"]
        assert env["NEWSSTREAM_METRICS_HOST"] == "0.0.0.0", name  # noqa: S104 - in containers
        assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:19092", name


def test_every_service_healthy_condition_has_a_healthcheck(config: dict[str, Any]) -> None:
    checked = 0
    for name, service in services(config).items():
        for dependency, rule in service.get("depends_on", {}).items():
            if rule["condition"] != "service_healthy":
                continue
            target = services(config)[dependency]
            healthcheck = target.get("healthcheck", {})
            assert healthcheck.get("test") != ["NONE"], (name, dependency)
            if "test" not in healthcheck:  # the image's HEALTHCHECK: only ours has one
                assert dependency in NEWSSTREAM_SERVICES, (name, dependency)
            checked += 1
    assert checked >= 4


def test_startup_order(config: dict[str, Any]) -> None:
    def conditions(name: str) -> dict[str, str]:
        return {d: r["condition"] for d, r in services(config)[name].get("depends_on", {}).items()}

    assert conditions("topics") == {"kafka": "service_healthy"}
    assert conditions("processor") == {
        "kafka": "service_healthy",
        "topics": "service_completed_successfully",
    }
    assert conditions("replay")["topics"] == "service_completed_successfully"
    assert conditions("tail")["topics"] == "service_completed_successfully"
    assert conditions("grafana") == {"prometheus": "service_healthy"}
    for one_shot in ("topics", "replay"):
        assert services(config)[one_shot]["restart"] == "no"


def test_kafka_is_a_single_kraft_node_that_containers_reach_as_kafka_19092(
    config: dict[str, Any],
) -> None:
    kafka = services(config)["kafka"]
    env = kafka["environment"]
    assert kafka["image"] == "apache/kafka:3.9.1"
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "PLAINTEXT://kafka:19092" in env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    assert "PLAINTEXT://:19092" in env["KAFKA_LISTENERS"].split(",")
    voter = env["KAFKA_CONTROLLER_QUORUM_VOTERS"]
    assert voter == f"{env['KAFKA_NODE_ID']}@kafka:29093"
    assert "CONTROLLER://:29093" in env["KAFKA_LISTENERS"].split(",")
    # A KRaft cluster id is 16 bytes, base64url without padding.
    assert len(base64.urlsafe_b64decode(env["CLUSTER_ID"] + "==")) == 16
    assert "kafka:19092" in " ".join(kafka["healthcheck"]["test"])


def test_the_host_listener_follows_the_published_port() -> None:
    kafka = compose_config(KAFKA_HOST_PORT="19999")["services"]["kafka"]
    assert kafka["ports"] == [{"published": 19999, "target": 9092}]
    assert "PLAINTEXT_HOST://localhost:19999" in kafka["environment"]["KAFKA_ADVERTISED_LISTENERS"]


@pytest.mark.parametrize("name", NEWSSTREAM_SERVICES)
def test_each_compose_command_is_accepted_by_the_newsstream_command_line(
    config: dict[str, Any], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    command = [str(part) for part in services(config)[name]["command"]]
    args = _parser().parse_args(command)  # exits (fails the test) on an unknown option
    assert args.command == command[0]
    # The console script itself runs once, in the entry point's test below.
    with pytest.raises(SystemExit) as exited:
        _parser().parse_args([command[0], "--help"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith(f"usage: newsstream {command[0]}")


def test_replay_reads_the_mounted_seeds_and_serves_metrics_while_it_lingers(
    config: dict[str, Any],
) -> None:
    replay = services(config)["replay"]
    assert replay["volumes"] == [f"{REPO / 'seeds'}:/seeds:ro"]
    args = _parser().parse_args([str(part) for part in replay["command"]])
    assert args.paths == [Path("/seeds")]
    assert args.linger > 0
    assert int(replay["environment"]["NEWSSTREAM_PRODUCER_METRICS_PORT"]) > 0


def test_tail_is_a_consumer_group_of_its_own(config: dict[str, Any]) -> None:
    args = _parser().parse_args([str(part) for part in services(config)["tail"]["command"]])
    processor_env = services(config)["processor"]["environment"]
    assert args.group
    assert args.group != processor_env.get("NEWSSTREAM_APP_ID", "newsstream-processor")


def test_prometheus_finds_every_processor_replica_and_the_producer_by_dns(
    config: dict[str, Any],
) -> None:
    prometheus = services(config)["prometheus"]
    assert f"{PROMETHEUS_DIR}:/etc/prometheus:ro" in prometheus["volumes"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in prometheus["command"]
    scrape = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())
    jobs = {job["job_name"]: job for job in scrape["scrape_configs"]}
    processor_env = services(config)["processor"]["environment"]
    replay_env = services(config)["replay"]["environment"]
    ports = {
        "processor": int(processor_env["NEWSSTREAM_PROCESSOR_METRICS_PORT"]),
        "replay": int(replay_env["NEWSSTREAM_PRODUCER_METRICS_PORT"]),
    }
    jobs_by_service = {"processor": "newsstream-processor", "replay": "newsstream-replay"}
    for service, job_name in jobs_by_service.items():
        (discovery,) = jobs[job_name]["dns_sd_configs"]
        assert discovery["names"] == [service]
        assert discovery["type"] == "A"
        assert discovery["port"] == ports[service]
        assert str(ports[service]) in [str(p) for p in services(config)[service]["expose"]]


def test_grafana_gets_the_provisioning_and_dashboards_it_points_at(config: dict[str, Any]) -> None:
    grafana = services(config)["grafana"]
    binds = [v.split(":") for v in grafana["volumes"] if v.startswith("/")]
    mounts = {inside: Path(outside) for outside, inside, *_ in binds}
    assert mounts["/etc/grafana/provisioning"] == GRAFANA_DIR / "provisioning"
    providers = yaml.safe_load(
        (GRAFANA_DIR / "provisioning" / "dashboards" / "newsstream.yml").read_text()
    )["providers"]
    dashboards_in_container = providers[0]["options"]["path"]
    assert mounts[dashboards_in_container] == GRAFANA_DIR / "dashboards"
    home = grafana["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert (GRAFANA_DIR / "dashboards" / Path(home).relative_to(dashboards_in_container)).is_file()
    (source,) = yaml.safe_load(
        (GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml").read_text()
    )["datasources"]
    assert source["url"] == "http://prometheus:9090"
    assert "prometheus" in services(config)


# ---- the Dockerfile ----


def test_the_image_is_multi_stage_slim_python_311_and_runs_as_a_user() -> None:
    instructions = dockerfile_instructions()
    froms = [i for i in instructions if i.keyword == "FROM"]
    assert len(froms) >= 2
    args = [i.argument for i in instructions if i.keyword == "ARG"]
    (base,) = [a for a in args if a.startswith("PYTHON_IMAGE=")]
    assert base.split("=", 1)[1].startswith("python:3.11-slim")
    assert all(i.argument.startswith("${PYTHON_IMAGE}") for i in froms)
    last = froms[-1].stage
    users = [i.argument for i in instructions if i.stage == last and i.keyword == "USER"]
    assert users
    assert users[-1].split(":")[0] not in {"root", "0"}
    assert any(i.keyword == "RUN" and "pip install ." in i.argument for i in instructions)
    assert any(
        i.stage == last and i.keyword == "COPY" and "--from=build" in i.argument
        for i in instructions
    )


def test_the_entry_point_is_the_newsstream_console_script_and_cmd_runs_the_processor() -> None:
    instructions = dockerfile_instructions()
    final = [i for i in instructions if i.stage == instructions[-1].stage]
    (entrypoint,) = [i.exec_form() for i in final if i.keyword == "ENTRYPOINT"]
    (cmd,) = [i.exec_form() for i in final if i.keyword == "CMD"]
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert entrypoint == ["newsstream"]
    assert scripts["newsstream"] == "newsstream.cli:main"
    assert _parser().parse_args(cmd).command == "process"
    result = subprocess.run(
        [str(ENTRY_POINT), *cmd, "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: newsstream process")


def test_the_image_healthcheck_probes_the_processor_metrics_port() -> None:
    final = dockerfile_instructions()
    (healthcheck,) = [i for i in final if i.keyword == "HEALTHCHECK"]
    command = healthcheck.exec_form()
    assert command[:2] == ["python", "-c"]
    assert "NEWSSTREAM_PROCESSOR_METRICS_PORT" in command[2]
    assert "/metrics" in command[2]
