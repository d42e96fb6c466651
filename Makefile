# kpiportal: `make run` serves the demo, `make test` runs everything (see README.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format install install-dev browser-deps migrate demo worker beat bench mutate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Browser tests drive Debian's chromium (Playwright cannot download browsers here)
# and inject axe-core from npm.
browser-deps: node_modules/axe-core/axe.min.js
	@test -x /usr/bin/chromium || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || { echo "Could not install chromium: run 'sudo apt-get install chromium'"; exit 1; }; }
	@command -v pdfinfo >/dev/null || { \
	  echo "Installing poppler-utils (pdfinfo checks the dashboard PDF is tagged)"; \
	  (apt-get install -y -qq poppler-utils >/dev/null || (apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null)) \
	  || { echo "Could not install poppler-utils: run 'sudo apt-get install poppler-utils'"; exit 1; }; }

node_modules/axe-core/axe.min.js: package.json
	npm install --no-audit --no-fund --silent
	@touch $@

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py seed_demo

# The demo's clock starts on the deadline day of last month's returns; move it with
# `make run DEMO_TODAY=2026-11-20` (README: "The demo").
run: export DEMO_TODAY ?= deadline
run: demo
	BIN=$(BIN) HOST=$(HOST) PORT=$(PORT) scripts/run_demo.sh

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install-dev browser-deps lint
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/lint-imports  # the layers in .importlinter: no app imports one above it
	$(BIN)/pytest -n 2 --dist worksteal $(PYTEST_ARGS)  # an idle worker takes half the other's queue

# Benchmarks on a PostgreSQL database of their own (its name must contain "bench"): they
# wipe and rebuild it. Results and how to read them: docs/performance.md.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kpiportal_bench
bench: install
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/pages.py
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/freeze.py
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/exports.py
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/deadline.py
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/journey.py --build
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/journey.py
	DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/imports.py

# Mutation testing of the rules that matter (the files in pyproject's [tool.mutmut]): each
# mutant must make a test fail. On SQLite in memory, two at a time; about an hour on two
# cores. Prints the score and fails under 90% killed; survivors: `.venv/bin/mutmut results`.
# How to read it, and the mutants that survive: docs/mutation-testing.md.
mutate: install-dev
	rm -rf mutants
	env -u DATABASE_URL -u CELERY_BROKER_URL $(BIN)/mutmut run --max-children 2 >/dev/null || true
	$(BIN)/mutmut export-cicd-stats
	$(BIN)/python scripts/mutation_score.py mutants/mutmut-cicd-stats.json

worker: install
	$(BIN)/celery -A kpiportal worker --loglevel=INFO

beat: install
	$(BIN)/celery -A kpiportal beat --loglevel=INFO --scheduler django_celery_beat.schedulers:DatabaseScheduler

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .ruff_cache
