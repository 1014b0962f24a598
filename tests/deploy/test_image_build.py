"""What `docker build` would install, built here without an engine.

The build context is emulated from the work tree and `.dockerignore` (Docker's matching rules:
last matching pattern wins, a pattern that matches a folder matches everything in it, `*` stays
within one path segment). The files the build stage COPYs are then built into a wheel exactly as
its `pip install .` does, installed on their own, and run: the data files the pipeline needs
must be in it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsstream.core.native import sources_key
from tests.conftest import REPO
from tests.deploy.tools import dockerfile_instructions

pytestmark = pytest.mark.slow


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    parts = []
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            parts.append("(?:.*/)?")
            index += 3
        elif pattern.startswith("**", index):
            parts.append(".*")
            index += 2
        elif pattern[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif pattern[index] == "?":
            parts.append("[^/]")
            index += 1
        else:
            parts.append(re.escape(pattern[index]))
            index += 1
    return re.compile("".join(parts) + r"\Z")


def dockerignore() -> list[tuple[bool, re.Pattern[str]]]:
    rules = []
    for raw in (REPO / ".dockerignore").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        rules.append((negated, _pattern_regex(line.lstrip("!").strip("/"))))
    return rules


def in_context(path: str, rules: list[tuple[bool, re.Pattern[str]]]) -> bool:
    parts = path.split("/")
    candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    excluded = False
    for negated, regex in rules:
        if any(regex.match(candidate) for candidate in candidates):
            excluded = not negated
    return not excluded


def build_context() -> list[str]:
    """The files a `docker build .` of this work tree sends (git's view of it, less ignores)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],  # noqa: S607
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    rules = dockerignore()
    return [p for p in listed if (REPO / p).is_file() and in_context(p, rules)]


def test_the_dockerignore_rules_match_like_docker() -> None:
    rules = dockerignore()
    assert in_context("services/newsstream/cli.py", rules)
    assert in_context("pyproject.toml", rules)
    assert not in_context("services/newsstream/__pycache__/cli.cpython-311.pyc", rules)
    assert not in_context(".venv/bin/python", rules)
    assert not in_context("tests/conftest.py", rules)
    assert not in_context("newsstream-processor-data/v1/tables", rules)


def copy_sources(stage: int, context: list[str], target: Path) -> list[str]:
    """Carry out the COPY instructions (from the context) of one stage into `target`."""
    copied = []
    workdir = Path("/")
    for instruction in dockerfile_instructions():
        if instruction.stage != stage:
            continue
        if instruction.keyword == "WORKDIR":
            workdir = workdir / instruction.argument
        if instruction.keyword != "COPY":
            continue
        words = [w for w in instruction.argument.split() if not w.startswith("--")]
        if "--from=" in instruction.argument:
            continue
        *sources, destination = words
        for source in sources:
            matched = [p for p in context if p == source or p.startswith(source.rstrip("/") + "/")]
            assert matched, f"COPY {source}: nothing in the build context (.dockerignore?)"
            for path in matched:
                relative = Path(path).relative_to(Path(source).parent if path == source else source)
                out = target / (workdir / destination).relative_to("/") / relative
                out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(REPO / path, out)
                copied.append(path)
    return copied


def test_the_build_stage_sources_make_a_wheel_that_runs_the_pipeline(tmp_path: Path) -> None:
    context = build_context()
    assert not [p for p in context if p.startswith(("tests/", ".venv/", ".cache/"))]
    stages = {i.stage for i in dockerfile_instructions()}
    for stage in stages:  # every COPY of every stage finds its files in the context
        copy_sources(stage, context, tmp_path / f"stage{stage}")
    source = tmp_path / "stage0" / "src"
    assert (source / "pyproject.toml").is_file()

    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    wheels = tmp_path / "wheels"
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(source)], check=True)
    (wheel,) = wheels.glob("newsstream-*.whl")
    site = tmp_path / "site"
    subprocess.run(
        [*pip, "install", "--no-deps", "--no-compile", "--target", str(site), str(wheel)],
        check=True,
    )
    (entry_points,) = site.glob("newsstream-*.dist-info/entry_points.txt")
    assert "newsstream = newsstream.cli:main" in entry_points.read_text()
    assert (site / "bin" / "newsstream").is_file()

    env = {**os.environ, "PYTHONPATH": str(site)}  # ahead of the work tree's editable install
    where = subprocess.run(
        [sys.executable, "-c", "import newsstream; print(newsstream.__file__)"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().startswith(str(site))
    # The build stage compiles the core from its sources into a folder keyed by them: the
    # installed package must have the same key to load it (newsstream.core.native).
    installed = site / "newsstream" / "core"
    assert sources_key(installed) == sources_key(source / "services" / "newsstream" / "core")

    # The runtime stage's RUNs as its user: they fill the build cache the image ships.
    runtime = max(stages)
    instructions = [i for i in dockerfile_instructions() if i.stage == runtime]
    user_at = next(n for n, i in enumerate(instructions) if i.keyword == "USER")
    cache = tmp_path / "build-cache"
    env["NEWSSTREAM_BUILD_CACHE"] = str(cache)
    env["PATH"] = f"{site / 'bin'}{os.pathsep}{os.environ['PATH']}"
    for instruction in instructions[user_at:]:
        if instruction.keyword == "RUN":
            subprocess.run(
                ["bash", "-c", instruction.argument],  # noqa: S607
                env=env,
                cwd=tmp_path / f"stage{runtime}" / "app",
                timeout=300,
                check=True,
            )
    shipped = sorted(entry.name for entry in cache.iterdir())
    assert {name.split("-")[0] for name in shipped} >= {"places", "furniture", "langid", "toml"}

    enriched = subprocess.run(
        [sys.executable, "-m", "newsstream", "enrich", str(REPO / "seeds")],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert enriched.returncode == 0, enriched.stderr
    events = [json.loads(line) for line in enriched.stdout.splitlines()]
    assert len(events) == 4
    assert all(event["countries"] for event in events)  # the gazetteer data shipped
    # A start in the image reads what the build wrote: nothing derived, nothing added.
    assert sorted(entry.name for entry in cache.iterdir()) == shipped
