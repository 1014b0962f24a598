"""The command line as a user runs it: real files, real exit codes.

Each command runs in a process of its own as a user starts it, except the enrich variants
past the first: they call the same `main` with the same arguments in this process, where the
tagger is built once for the whole test session instead of once per process (3 s of CPU).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from newsstream.cli import main
from tests.conftest import REPO, run_newsstream


def newsstream(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_newsstream(*args, env={**os.environ, **(env or {})})


def test_enrich_prints_one_valid_json_line_per_seed() -> None:
    result = newsstream("enrich", "seeds/")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    schema = json.loads((REPO / "schemas" / "enriched_article.json").read_text())
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_enrich_writes_the_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "out.jsonl"
    seed = REPO / "seeds" / "000_7c01e2ab5aabcf48.txt"
    assert main(["enrich", str(seed), "--output", str(output)]) == 0
    assert len(output.read_text().splitlines()) == 1
    assert capsys.readouterr().out == ""


def test_enrich_of_a_missing_path_says_so_and_fails() -> None:
    result = newsstream("enrich", "no/such/folder")
    assert result.returncode == 2
    assert "no such file or folder: no/such/folder" in result.stderr


def test_enrich_reports_articles_it_could_not_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Advertisement\n\nShare this\n")
    assert main(["enrich", str(tmp_path)]) == 1
    printed = capsys.readouterr()
    assert json.loads(printed.out)["error_kind"] == "empty"
    assert "1 article(s) could not be enriched" in printed.err


def test_a_reader_that_stops_early_ends_enrich_quietly(tmp_path: Path) -> None:
    """`newsstream enrich ... | head -1`: more output than a pipe holds, then the reader goes."""
    for copy in range(10):
        for seed in (REPO / "seeds").iterdir():
            (tmp_path / f"{copy}_{seed.name}").write_bytes(seed.read_bytes())
    with subprocess.Popen(
        [sys.executable, "-m", "newsstream", "enrich", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert json.loads(process.stdout.readline())["article_id"]
        process.stdout.close()
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=120) == 141
    assert "Traceback" not in stderr


def test_schemas_check_passes_on_the_checked_in_files() -> None:
    assert newsstream("schemas", "--check").returncode == 0


def test_replay_to_an_unreachable_broker_fails_with_a_clear_error() -> None:
    result = newsstream(
        "replay",
        "seeds/",
        env={"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:9", "NEWSSTREAM_KAFKA_CONNECT_TIMEOUT": "3"},
    )
    assert result.returncode == 2
    assert "cannot reach Kafka at 127.0.0.1:9" in result.stderr


def test_replay_without_a_configured_broker_says_how_to_configure_one() -> None:
    env = {k: v for k, v in os.environ.items() if "BOOTSTRAP" not in k}
    result = run_newsstream("replay", env=env)
    assert result.returncode == 2
    assert "set KAFKA_BOOTSTRAP_SERVERS" in result.stderr


def test_help_lists_every_command() -> None:
    result = newsstream("--help")
    for command in ("demo", "replay", "process", "enrich", "tail", "topics", "kafka", "schemas"):
        assert command in result.stdout
