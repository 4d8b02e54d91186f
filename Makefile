# Two entry points on a fresh clone with only Python 3.11+: `make seed` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: seed test bench clean

$(BIN)/tracker: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

## Create the environment and load the seed articles into ./tracker.db (SQLite).
seed: $(BIN)/tracker
	$(BIN)/tracker seed

## Create the environment and run the tests (SQLite always; PostgreSQL when one answers).
test: $(BIN)/tracker
	$(BIN)/python -m pytest

## Run the benchmarks (start-up, ingest, reports and queries) and print their tables.
bench: $(BIN)/tracker
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) tracker.db tracker.db-wal tracker.db-shm
