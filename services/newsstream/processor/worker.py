"""Running the processor: metrics server, topics, and a faust worker until SIGTERM or SIGINT."""

from __future__ import annotations

import asyncio
import logging
import signal
from types import FrameType

import faust
import uvloop
from prometheus_client import CollectorRegistry

from newsstream.core.gcpause import freeze_survivors
from newsstream.core.pipeline import Enricher
from newsstream.kafka.admin import ensure_topics
from newsstream.metrics import ProcessorMetrics, serve
from newsstream.processor.app import create_app
from newsstream.settings import Settings

log = logging.getLogger(__name__)


def run_processor(settings: Settings, log_level: str = "warning") -> None:
    """Serve metrics, make sure the topics exist, and process until stopped.

    Blocks; a SIGTERM or SIGINT stops the worker cleanly (faust commits what it processed).
    """
    # Until faust installs its own handlers, a SIGTERM still means "stop cleanly".
    signal.signal(signal.SIGTERM, _exit_cleanly)
    # uvloop: a processor's CPU goes as much to the event loop as to its stages (bench profile).
    loop = uvloop.new_event_loop()
    asyncio.set_event_loop(loop)  # the one loop faust's worker will run on
    registry = CollectorRegistry()
    metrics = ProcessorMetrics(registry)
    app = create_app(settings, metrics, Enricher())
    freeze_survivors()  # the gazetteers and the app are built: no full collection walks them again
    app.conf.datadir.mkdir(parents=True, exist_ok=True)  # faust makes only the last folder
    # The agents' internal topics and the tables' changelogs must exist before the worker joins
    # its group: a topic missing at the first assignment is left unassigned until the next
    # metadata refresh (minutes), and a changelog seen with no partitions yet fails faust's
    # co-partitioning check (PartitionsMismatch) on every message until a restart.
    internal = {
        agent.channel.get_topic_name(): agent.channel.partitions
        for agent in app.agents.values()
        if agent.channel.get_topic_name() != settings.raw_topic
    }
    changelogs = {
        table.changelog_topic.get_topic_name(): table.partitions for table in app.tables.values()
    }
    loop.run_until_complete(ensure_topics(settings, internal, compacted=changelogs))
    server = serve(registry, settings.metrics_host, settings.processor_metrics_port)
    log.warning(
        "newsstream processor: metrics at http://%s:%d/metrics",
        settings.metrics_host,
        server.server_port,
    )
    worker = faust.Worker(app, loglevel=log_level.upper(), quiet=True)
    worker.spinner = None  # a service's output is a log, not a terminal animation
    try:
        worker.execute_from_commandline()
    finally:
        server.shutdown()
        server.server_close()


def _exit_cleanly(_signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(0)
