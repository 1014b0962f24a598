"""A throwaway single-node Apache Kafka broker (KRaft, broker+controller) on 127.0.0.1."""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import contextlib
import functools
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections import deque
from collections.abc import Callable, Coroutine
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

from aiokafka.admin import AIOKafkaAdminClient  # type: ignore[import-untyped, unused-ignore]

from newsstream.errors import LocalKafkaError
from newsstream.localkafka.config import (
    DEFAULT_KAFKA_VERSION,
    kafka_major,
    new_cluster_id,
    render_logging_config,
    render_server_properties,
)
from newsstream.localkafka.jars import fetch_broker_jars

_T = TypeVar("_T")
_HEAP_RE = re.compile(r"^\d+[kKmMgG]?$")
_TAIL_LINES = 40
_KEEP_LOGS = 20
_STORAGE_TOOL_TIMEOUT_S = 120.0
_PROBE_TIMEOUT_S = 5.0
_POLL_INTERVAL_S = 0.25


class LocalKafka:
    """A single-node KRaft Kafka broker run from jars fetched with Maven; no Docker needed.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`. A broker that the
    caller forgets to stop is stopped when the interpreter exits.

    Args:
        cache_dir: Where broker jars (per version) and broker logs are kept between runs.
        version: The Apache Kafka release to run, e.g. ``3.9.1`` or ``4.1.1``.
        port: The client (PLAINTEXT) port; a free one is picked when None.
        data_dir: Where the broker keeps its config and data; a temporary folder, removed
            on :meth:`stop`, when None.
        heap: The JVM heap size (``-Xmx``/``-Xms``), e.g. ``512m``.
    """

    def __init__(
        self,
        cache_dir: Path,
        *,
        version: str = DEFAULT_KAFKA_VERSION,
        port: int | None = None,
        data_dir: Path | None = None,
        heap: str = "512m",
    ) -> None:
        try:
            kafka_major(version)
        except ValueError as exc:
            raise LocalKafkaError(str(exc)) from exc
        if not _HEAP_RE.fullmatch(heap):
            msg = f"heap must look like 512m or 1g, got {heap!r}"
            raise LocalKafkaError(msg)
        self._cache_dir = cache_dir.resolve()
        self._version = version
        self._requested_port = port
        self._requested_data_dir = data_dir.resolve() if data_dir is not None else None
        self._heap = heap
        self._log_path = (
            self._cache_dir / "logs" / f"kafka-{version}-{os.getpid()}-{secrets.token_hex(4)}.log"
        )
        self._process: subprocess.Popen[bytes] | None = None
        self._port: int | None = None
        self._controller_port: int | None = None
        self._data_dir: Path | None = None
        self._owns_data_dir = False
        self._atexit_registered = False

    @property
    def version(self) -> str:
        """The Apache Kafka release this broker runs."""
        return self._version

    @property
    def bootstrap_servers(self) -> str:
        """The ``host:port`` for Kafka clients.

        Raises:
            LocalKafkaError: The broker is not running.
        """
        if self._port is None or self._process is None or self._process.poll() is not None:
            msg = "the local Kafka broker is not running; call start() first"
            raise LocalKafkaError(msg)
        return f"127.0.0.1:{self._port}"

    @property
    def log_path(self) -> Path:
        """The file that receives the broker's stdout and stderr (kept after stop)."""
        return self._log_path

    @property
    def pid(self) -> int | None:
        """The broker JVM's process id while it runs, else None."""
        if self._process is None or self._process.poll() is not None:
            return None
        return self._process.pid

    def start(self, timeout: float = 120.0) -> str:
        """Fetch the jars if needed, start the broker, and wait until it answers metadata.

        Works from plain code and from inside a running event loop (the readiness probe then
        runs its own loop in a helper thread; the calling loop is blocked meanwhile).

        Args:
            timeout: Seconds to wait for readiness once the JVM is launched.

        Returns:
            The bootstrap servers string, ``127.0.0.1:PORT``.

        Raises:
            LocalKafkaError: Jars could not be fetched, or the broker died or was not ready in
                time; the message carries the last lines of the broker log. No process is left.
        """
        if self.pid is not None:
            return self.bootstrap_servers
        # A broker that died since the last start still owes its cleanup (temp dir, atexit).
        self.stop()
        jars = fetch_broker_jars(self._cache_dir, self._version)
        try:
            process, port = self._launch(jars)
            self._wait_ready(process, port, timeout)
        except BaseException:
            # KeyboardInterrupt too: a half-started JVM must not outlive the failed start.
            self.stop()
            raise
        return self.bootstrap_servers

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the broker (SIGTERM, then SIGKILL after ``timeout`` seconds); idempotent.

        Removes the data folder when it was a temporary one this object created.
        """
        process, self._process = self._process, None
        if process is not None:
            _terminate_group(process, timeout)
        if self._atexit_registered:
            atexit.unregister(self._stop_at_exit)
            self._atexit_registered = False
        if self._owns_data_dir and self._data_dir is not None:
            shutil.rmtree(self._data_dir, ignore_errors=True)
        self._data_dir = None
        self._owns_data_dir = False
        self._port = None
        self._controller_port = None

    def restart(self, *, downtime: float = 0.0, kill: bool = False, timeout: float = 120.0) -> str:
        """Stop the broker and start it again on the same ports and data: an outage, not a reset.

        Clients see the broker go away and come back at the same address with every topic,
        message and committed offset it had (what it had flushed, with ``kill``).

        Args:
            downtime: Seconds to stay down between the stop and the start.
            kill: Stop with SIGKILL (a crash) instead of SIGTERM (a clean shutdown).
            timeout: Seconds to wait for readiness after the start.

        Returns:
            The bootstrap servers string, the same as before.

        Raises:
            LocalKafkaError: The broker was not started, or did not come back in time.
        """
        process, data_dir = self._process, self._data_dir
        if process is None or data_dir is None or self._port is None:
            msg = "the local Kafka broker was not started; call start() first"
            raise LocalKafkaError(msg)
        self._process = None
        if kill:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10.0)
        else:
            _terminate_group(process, 30.0)
        time.sleep(downtime)
        jars = fetch_broker_jars(self._cache_dir, self._version)
        try:
            relaunched, port = self._launch(jars)
            self._wait_ready(relaunched, port, timeout)
        except BaseException:
            self.stop()
            raise
        return self.bootstrap_servers

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = f"127.0.0.1:{self._port}" if self.pid is not None else "stopped"
        return f"LocalKafka(version={self._version!r}, {where})"

    def _stop_at_exit(self) -> None:
        with contextlib.suppress(Exception):
            self.stop(timeout=10.0)

    def _launch(self, jars: Path) -> tuple[subprocess.Popen[bytes], int]:
        java = _find_java()
        if self._port is not None and self._controller_port is not None:
            # A restart: the same address and quorum; its connections may still linger in
            # TIME_WAIT, which the JVM's listener (SO_REUSEADDR) does not mind.
            port, controller_port = self._port, self._controller_port
        elif self._requested_port is None:
            port, controller_port = _free_ports(2)
        else:
            # Another server on this port would answer the readiness probe in our place.
            if not _port_is_free(self._requested_port):
                msg = f"port {self._requested_port} on 127.0.0.1 is already in use"
                raise LocalKafkaError(msg)
            port, controller_port = self._requested_port, _free_ports(1)[0]
        if self._data_dir is not None:
            data_dir = self._data_dir  # a restart keeps its data
        elif self._requested_data_dir is None:
            data_dir = Path(tempfile.mkdtemp(prefix="newsstream-kafka-"))
            self._owns_data_dir = True
        else:
            data_dir = self._requested_data_dir
            data_dir.mkdir(parents=True, exist_ok=True)
        self._data_dir = data_dir
        self._port, self._controller_port = port, controller_port

        props = self._data_dir / "server.properties"
        props.write_text(
            render_server_properties(
                port=port, controller_port=controller_port, log_dir=self._data_dir / "kraft"
            ),
            encoding="utf-8",
        )
        logging_config = render_logging_config(self._version)
        logging_file = self._data_dir / logging_config.file_name
        logging_file.write_text(logging_config.text, encoding="utf-8")
        classpath = os.pathsep.join(str(jar) for jar in sorted(jars.glob("*.jar")))
        jvm_common = [
            java,
            "-Djava.awt.headless=true",
            logging_config.jvm_flag(logging_file),
            "-cp",
            classpath,
        ]

        self._log_path.parent.mkdir(parents=True, exist_ok=True)
        _prune_old_logs(self._log_path.parent, keep=_KEEP_LOGS)
        with self._log_path.open("wb") as log:
            # Formatted once: formatting again (a restart) would give it another cluster id.
            if not (data_dir / "kraft" / "meta.properties").is_file():
                format_cmd = [
                    jvm_common[0],
                    "-Xmx256m",
                    *jvm_common[1:],
                    "kafka.tools.StorageTool",
                    "format",
                    "-t",
                    new_cluster_id(),
                    "-c",
                    str(props),
                    "--ignore-formatted",
                ]
                try:
                    formatted = subprocess.run(  # noqa: S603 - fixed argv, no shell
                        format_cmd,
                        stdin=subprocess.DEVNULL,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        timeout=_STORAGE_TOOL_TIMEOUT_S,
                        check=False,
                    )
                except subprocess.TimeoutExpired as exc:
                    msg = f"formatting Kafka storage timed out:\n{self._log_tail()}"
                    raise LocalKafkaError(msg) from exc
                if formatted.returncode != 0:
                    msg = (
                        f"formatting Kafka storage failed (exit {formatted.returncode}):\n"
                        f"{self._log_tail()}"
                    )
                    raise LocalKafkaError(msg)

            broker_cmd = [
                java,
                f"-Xmx{self._heap}",
                f"-Xms{self._heap}",
                # The G1 settings of Kafka's own kafka-run-class.sh.
                "-XX:+UseG1GC",
                "-XX:MaxGCPauseMillis=20",
                "-XX:InitiatingHeapOccupancyPercent=35",
                "-XX:+ExplicitGCInvokesConcurrent",
                *jvm_common[1:],
                "kafka.Kafka",
                str(props),
            ]
            # A session of its own keeps terminal Ctrl-C away from the JVM, so stop() and the
            # atexit hook decide when it ends, and a signal to the group reaches all of it.
            self._process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                broker_cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self._data_dir,
                start_new_session=True,
            )
        atexit.register(self._stop_at_exit)
        self._atexit_registered = True
        return self._process, port

    def _wait_ready(self, process: subprocess.Popen[bytes], port: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        bootstrap = f"127.0.0.1:{port}"
        last_error = "the port never accepted a connection"
        while True:
            code = process.poll()
            if code is not None:
                msg = f"the Kafka broker exited with {code} during startup:\n{self._log_tail()}"
                raise LocalKafkaError(msg)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                msg = (
                    f"the Kafka broker was not ready within {timeout:.0f} s ({last_error}):\n"
                    f"{self._log_tail()}"
                )
                raise LocalKafkaError(msg)
            if _port_accepts(port):
                probe_timeout = min(_PROBE_TIMEOUT_S, max(remaining, 0.5))
                try:
                    probe = functools.partial(_probe_metadata, bootstrap, port, probe_timeout)
                    if _run_sync(probe):
                        return
                    last_error = "metadata did not list this broker yet"
                except Exception as exc:  # any failure here only means "not ready yet"
                    last_error = f"metadata request failed: {exc!r}"
            time.sleep(_POLL_INTERVAL_S)

    def _log_tail(self) -> str:
        try:
            with self._log_path.open(encoding="utf-8", errors="replace") as log:
                lines = deque(log, maxlen=_TAIL_LINES)
        except OSError as exc:
            return f"(no broker log at {self._log_path}: {exc})"
        return "".join(lines).rstrip() or f"(broker log {self._log_path} is empty)"


def _find_java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        candidate = Path(java_home) / "bin" / "java"
        if candidate.is_file():
            return str(candidate)
    java = shutil.which("java")
    if java is None:
        msg = "no 'java' on PATH or in JAVA_HOME; the local Kafka broker needs Java 17+"
        raise LocalKafkaError(msg)
    return java


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on now."""
    return _free_ports(1)[0]


def _free_ports(count: int) -> list[int]:
    # All sockets stay bound until every port is chosen, so the ports are distinct.
    with contextlib.ExitStack() as stack:
        sockets = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [int(sock.getsockname()[1]) for sock in sockets]


def _port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _port_accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1.0):
            return True
    except OSError:
        return False


def _prune_old_logs(folder: Path, *, keep: int) -> None:
    logs = sorted(folder.glob("kafka-*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in logs[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _terminate_group(process: subprocess.Popen[bytes], timeout: float) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10.0)
    else:
        # The JVM is gone, but anything it left in its group should not outlive it.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)


def _run_sync(factory: Callable[[], Coroutine[Any, Any, _T]]) -> _T:
    """Run a coroutine to completion from sync code, even inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    # asyncio.run refuses to nest, so the coroutine gets a private loop in a helper thread.
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="localkafka") as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


async def _probe_metadata(bootstrap: str, port: int, timeout: float) -> bool:
    """Tell whether the broker answers a metadata request and lists itself on ``port``."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap,
        client_id="newsstream-localkafka-probe",
        request_timeout_ms=int(timeout * 1000),
    )
    try:
        async with asyncio.timeout(timeout):
            await admin.start()
            cluster: dict[str, Any] = await admin.describe_cluster()
    finally:
        await admin.close()
    brokers: list[dict[str, Any]] = cluster.get("brokers") or []
    return any(broker.get("port") == port for broker in brokers)
