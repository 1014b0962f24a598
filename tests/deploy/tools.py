"""Helpers of the deploy tests: the real tools (docker-compose, promtool), and the Dockerfile."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

COMPOSE_FILE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
PROMETHEUS_DIR = REPO / "deploy" / "prometheus"
GRAFANA_DIR = REPO / "deploy" / "grafana"
INSTALL_HINT = "run `make deploy-tools` (scripts/install-deploy-tools.sh)"


def require(tool: str) -> str:
    """The path of `tool`; fails (never skips: CI must run these) with how to install it."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is not installed: {INSTALL_HINT}")
    return path


def run_compose_config(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """`docker-compose -f docker-compose.yml config ARGS` with only PATH and `env` set.

    Compose validates the file against its schema and interpolates ${VARS}; it needs no engine.
    """
    return subprocess.run(
        [require("docker-compose"), "-f", str(COMPOSE_FILE), "config", *args],
        capture_output=True,
        text=True,
        env={"PATH": os.environ["PATH"], **env},
        cwd=REPO,
        timeout=60,
        check=False,
    )


def compose_config(**env: str) -> dict[str, Any]:
    """The compose file as docker-compose resolves it (defaults applied, anchors merged)."""
    result = run_compose_config({"GRAFANA_ADMIN_PASSWORD": "test-only", **env})
    assert result.returncode == 0, result.stderr
    config: dict[str, Any] = yaml.safe_load(result.stdout)
    return config


@dataclass(frozen=True)
class Instruction:
    """One Dockerfile instruction: its stage index, keyword and argument text."""

    stage: int
    keyword: str
    argument: str

    def exec_form(self) -> list[str]:
        """The JSON (exec) form of ENTRYPOINT/CMD, or of HEALTHCHECK's CMD after its options."""
        text = self.argument.split("CMD", 1)[1] if self.keyword == "HEALTHCHECK" else self.argument
        value = json.loads(text)
        assert isinstance(value, list), f"{self.keyword} is not in exec form: {self.argument}"
        return [str(item) for item in value]


def dockerfile_instructions(path: Path = DOCKERFILE) -> list[Instruction]:
    """The instructions of a Dockerfile, continuation lines joined, comments dropped."""
    instructions: list[Instruction] = []
    stage = -1
    pending = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not pending and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        text, pending = pending + stripped, ""
        keyword, _, argument = text.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            stage += 1
        instructions.append(Instruction(stage, keyword, argument.strip()))
    return instructions
