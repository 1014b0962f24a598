# syntax=docker/dockerfile:1
# One image for every newsstream service: the entry point is the `newsstream` command and the
# compose file picks the subcommand (process, topics, replay, tail). Default: the processor.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---- build: install newsstream and its dependencies into a virtual environment ----
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
WORKDIR /src
# Only what the wheel needs (pyproject names README.md as the readme); see .dockerignore.
COPY pyproject.toml README.md ./
COPY services ./services
RUN /opt/venv/bin/pip install . \
    && /opt/venv/bin/newsstream --version
# The core compiled to C by mypyc (scripts/compile_core.py), into a build cache the runtime
# stage takes over: a folder keyed by the core's sources, which the installed package's equal.
# The compiler and mypy stay in this stage.
RUN apt-get update \
    && apt-get install --yes --no-install-recommends gcc libc6-dev \
    && rm -rf /var/lib/apt/lists/* \
    && /opt/venv/bin/pip install --target /opt/mypyc "mypy>=1.10"
COPY scripts/compile_core.py ./scripts/
RUN mkdir /opt/build-cache \
    && PYTHONPATH=/opt/mypyc NEWSSTREAM_BUILD_CACHE=/opt/build-cache \
       /opt/venv/bin/python scripts/compile_core.py

# ---- runtime: the virtual environment on a clean base, run as an unprivileged user ----
FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="newsstream" \
      org.opencontainers.image.description="Streaming ingest for news articles on Kafka"
RUN groupadd --system --gid 10001 newsstream \
    && useradd --system --uid 10001 --gid newsstream --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin newsstream \
    && mkdir -p /app/.cache \
    && chown -R newsstream:newsstream /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=newsstream:newsstream /opt/build-cache /app/.cache/newsstream
# Seeds for a quick `docker run ... replay`; compose mounts ./seeds at /seeds instead.
COPY --chown=newsstream:newsstream seeds /app/seeds
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    NEWSSTREAM_METRICS_HOST=0.0.0.0 \
    NEWSSTREAM_PROCESSOR_METRICS_PORT=9108
# faust keeps its worker data under the working directory: it must be writable.
WORKDIR /app
USER newsstream:newsstream
# A process start derives tables from the data files (gazetteer keys, furniture rules, the
# language model): ~6 s of CPU on a cold build cache, ~1 s warm. Enriching the seeds once fills
# it in the image, so a new container (and one restarted after a crash) starts warm. Entries are
# keyed by content: an image with other code or data never reads a stale one.
ENV NEWSSTREAM_BUILD_CACHE=/app/.cache/newsstream
RUN newsstream enrich seeds > /dev/null
EXPOSE 9108
# The processor is healthy while its /metrics answers. Services that serve no metrics (topics,
# tail) disable this check in docker-compose.yml.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/metrics' % os.environ.get('NEWSSTREAM_PROCESSOR_METRICS_PORT', '9108'), timeout=4).read()"]
ENTRYPOINT ["newsstream"]
CMD ["process", "--log-level", "info"]
