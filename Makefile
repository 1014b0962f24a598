# newsstream: `make run` shows the pipeline end to end, `make test` runs every check CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
# Two pytest-xdist workers: the fault tests (kills, broker restarts: minutes) on one, the rest on
# the other (tests/conftest.py). PYTEST_XDIST=-n0 runs the tests in one process.
PYTEST_XDIST ?= -n 2 --dist loadgroup

.DEFAULT_GOAL := help
.PHONY: help venv compiled run test lint typecheck schemas unit integration kafka bench deploy-tools clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP) compiled ## create .venv and install newsstream with its dev tools

# Every target that runs newsstream runs it compiled, as the image does: a no-op when built.
compiled: $(STAMP) ## compile the core to C with mypyc, when the sources changed (cached)
	$(BIN)/python scripts/compile_core.py

run: $(STAMP) compiled ## replay seeds/ through a local broker and the processor; print enriched events
	$(BIN)/newsstream demo $(ARGS)

test: deploy-tools lint typecheck schemas compiled ## every check: ruff, mypy --strict, schema drift, all tests on a real broker
	$(BIN)/pytest $(PYTEST_XDIST) $(PYTEST_ARGS)

lint: $(STAMP) ## ruff check and format check
	$(BIN)/ruff check services tests examples bench scripts
	$(BIN)/ruff format --check services tests examples bench scripts

typecheck: $(STAMP) ## mypy --strict
	$(BIN)/mypy
	$(BIN)/mypy scripts

schemas: $(STAMP) ## fail when schemas/ drifted from the models (regenerate: newsstream schemas)
	$(BIN)/newsstream schemas --check

unit: $(STAMP) deploy-tools compiled ## the tests that need no broker
	$(BIN)/pytest $(PYTEST_XDIST) -m "not integration" $(PYTEST_ARGS)

integration: $(STAMP) deploy-tools compiled ## the tests on a real broker
	$(BIN)/pytest $(PYTEST_XDIST) -m integration $(PYTEST_ARGS)

deploy-tools: ## install prometheus, promtool and docker-compose (Debian packages) when missing
	@scripts/install-deploy-tools.sh

kafka: $(STAMP) ## run a local Kafka broker on 127.0.0.1:9092 until Ctrl-C
	$(BIN)/newsstream kafka

bench: $(STAMP) compiled ## measure the pipeline against its limits and write BENCHMARKS.md (ARGS=--quick)
	$(BIN)/python bench/pipeline_bench.py $(ARGS)

clean: ## remove the virtual environment and caches (keeps the Kafka jars in .cache)
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis
