# `make demo` and `make test` work on a fresh machine with only Python 3.11 and pip:
# they create .venv, put uv in it, and install exactly what uv.lock records.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
# --inexact: keep uv itself (and an optional torch) in the environment uv manages.
# --compile-bytecode: write every installed module's .pyc once, at setup. Without it each
# process compiles what it imports (scipy.optimize alone ~1 s), and never caches it where
# PYTHONDONTWRITEBYTECODE is set.
SYNC := $(UV) sync --frozen --inexact --quiet --compile-bytecode

.PHONY: demo test fuzz setup setup-dev lint format bench messages screenshots clean

$(UV):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Parting needs Python 3.11 ($(PYTHON) not found)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==0.13.9

setup: $(UV)
	$(SYNC) --extra model
	$(BIN)/python -m parting.catalogs compile

setup-dev: $(UV)
	$(SYNC) --all-extras --group dev
	@# The transformers extra needs torch; the CPU build is enough. Its tests skip, saying
	@# so, where it cannot be installed.
	-$(BIN)/python -c "import torch" 2>/dev/null || $(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/python -m parting.catalogs compile

demo: setup
	$(BIN)/parting demo

test: setup-dev
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest

# The fuzz suite (tests/fuzz, also part of `make test`) with ten times as many mutated
# inputs; still seeded, so a failure found here is found again.
fuzz: setup-dev
	PARTING_FUZZ_SCALE=10 $(BIN)/pytest tests/fuzz

lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/ruff format --check .

format: setup-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: setup-dev
	$(BIN)/python -m parting.catalogs extract

bench: setup-dev
	$(BIN)/python -m benchmarks.engine --clients 200000 --text-sample 2000
	$(BIN)/python -m benchmarks.score_vs_pandas --clients 40000 --profile
	$(BIN)/python -m benchmarks.score_large --clients 1000000 --profile
	$(BIN)/python -m benchmarks.spark_cluster --clients 200000
	$(BIN)/python -m benchmarks.text
	$(BIN)/python -m benchmarks.ingest
	$(BIN)/python -m benchmarks.store
	$(BIN)/python -m benchmarks.web

# The main pages in four languages at desktop and phone width, for the README.
screenshots: setup-dev
	PARTING_SCREENSHOTS=docs/screenshots $(BIN)/pytest tests/web/test_screenshots.py -q

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
