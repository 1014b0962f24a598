"""Download the jars of an Apache Kafka broker from Maven Central, once per version."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from newsstream.errors import LocalKafkaError
from newsstream.localkafka.config import kafka_major, render_pom

MARKER_NAME = ".complete"
_TAIL_LINES = 40
_MVN_TIMEOUT_S = 1800.0


def version_dir(cache_dir: Path, version: str) -> Path:
    """Return the cache folder that holds everything fetched for one Kafka version."""
    return cache_dir / f"kafka-{version}"


def libs_dir(cache_dir: Path, version: str) -> Path:
    """Return the folder of broker jars for one Kafka version (complete or not)."""
    return version_dir(cache_dir, version) / "libs"


def is_complete(libs: Path, pom_text: str) -> bool:
    """Tell whether ``libs`` holds a finished copy made from exactly this POM."""
    marker = libs / MARKER_NAME
    try:
        return marker.read_text(encoding="utf-8") == pom_text and any(libs.glob("*.jar"))
    except OSError:
        return False


def fetch_broker_jars(cache_dir: Path, version: str) -> Path:
    """Return a folder holding every runtime jar of the Kafka broker ``version``.

    The first call per version runs Maven (minutes on a cold ``~/.m2``); later calls find the
    marker file written after a successful copy and return at once. Concurrent callers (say,
    pytest-xdist workers) wait on a file lock instead of racing Maven.

    Raises:
        LocalKafkaError: Maven is missing or failed; the message has its command and output tail.
    """
    try:
        kafka_major(version)
    except ValueError as exc:
        raise LocalKafkaError(str(exc)) from exc
    cache_dir = cache_dir.resolve()
    pom_text = render_pom(version)
    libs = libs_dir(cache_dir, version)
    if is_complete(libs, pom_text):
        return libs

    root = version_dir(cache_dir, version)
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        # Another process may have finished the copy while this one waited for the lock.
        if is_complete(libs, pom_text):
            return libs
        _copy_with_maven(root, libs, pom_text, version)
    return libs


def _copy_with_maven(root: Path, libs: Path, pom_text: str, version: str) -> None:
    mvn = shutil.which("mvn")
    if mvn is None:
        msg = (
            "Maven ('mvn') is not on PATH; it is needed once to download the Kafka "
            f"{version} broker jars (Debian: apt-get install maven)"
        )
        raise LocalKafkaError(msg)
    pom = root / "pom.xml"
    pom.write_text(pom_text, encoding="utf-8")
    # Copy into a scratch folder and swap it in, so a killed run never looks complete.
    staging = root / f"libs.partial-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    cmd = [
        mvn,
        "-q",
        "-B",
        # Maven colours its output even in batch mode; plain text reads better in errors.
        "-Dstyle.color=never",
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        "-DincludeScope=runtime",
        f"-DoutputDirectory={staging}",
    ]
    print(
        f"newsstream.localkafka: fetching Kafka {version} broker jars with Maven into {libs} "
        "(first time only, may take a few minutes)...",
        file=sys.stderr,
        flush=True,
    )
    started = time.monotonic()
    try:
        result = subprocess.run(  # noqa: S603 - fixed argv, no shell
            cmd,
            cwd=root,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=_MVN_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        msg = f"could not run {' '.join(cmd)}: {exc}"
        raise LocalKafkaError(msg) from exc
    if result.returncode != 0 or not any(staging.glob("*.jar")):
        shutil.rmtree(staging, ignore_errors=True)
        # Maven prints its [ERROR] lines on stdout, so both streams matter.
        output = (result.stdout + result.stderr).splitlines()
        tail = "\n".join(output[-_TAIL_LINES:]) or "(no output)"
        msg = f"{' '.join(cmd)} exited with {result.returncode}:\n{tail}"
        raise LocalKafkaError(msg)
    (staging / MARKER_NAME).write_text(pom_text, encoding="utf-8")
    shutil.rmtree(libs, ignore_errors=True)
    staging.rename(libs)
    jars = sum(1 for _ in libs.glob("*.jar"))
    print(
        f"newsstream.localkafka: fetched {jars} jars in {time.monotonic() - started:.0f} s",
        file=sys.stderr,
        flush=True,
    )
