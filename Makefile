# Loetrat: `make run` to try it, `make test` to check it. See README.md.
PYTHON ?= python3
UV := $(PYTHON) -m uv
VENV := .venv
MANAGE := $(VENV)/bin/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help uv install install-test run dev serve test test-fast e2e bench lint format messages clean

help:
	@echo "make run    install, migrate, load the demo and serve on http://$(HOST):$(PORT)"
	@echo "make dev    the same with DEBUG on and reloading on code changes (development only)"
	@echo "make test   install what the tests need and run the whole suite"
	@echo "make bench  run the benchmarks in bench/"
	@echo "make lint   ruff check, ruff format --check and the import contracts"

uv:
	@sh scripts/ensure-uv.sh "$(PYTHON)"

install: uv
	@$(UV) sync --frozen --no-dev --inexact --quiet
	@sh scripts/ensure-system-libs.sh

install-test: uv
	@$(UV) sync --frozen --quiet
	@sh scripts/ensure-system-libs.sh
	@sh scripts/ensure-test-tools.sh

# `make run` and `make dev`: links in e-mails follow the address served (a host named in
# ALLOWED_HOSTS when serving on 0.0.0.0), and e-mails are written to files under var/mail/.
SITE_HOST = $(if $(filter 0.0.0.0,$(HOST)),$(firstword $(subst $(comma), ,$(ALLOWED_HOSTS)) 127.0.0.1),$(HOST))
comma := ,
SITE_URL ?= http://$(SITE_HOST):$(PORT)
EMAIL_BACKEND ?= django.core.mail.backends.filebased.EmailBackend
DEMO_ENV = SITE_URL="$(SITE_URL)" EMAIL_BACKEND="$(EMAIL_BACKEND)"

run: install
	@mkdir -p "$${LOETRAT_VAR_DIR:-var}/mail"
	@$(MANAGE) migrate --noinput -v0
	@$(DEMO_ENV) $(MANAGE) load_demo
	@$(MANAGE) collectstatic --noinput -v0
	@$(MANAGE) demo_accounts
	@echo "Serving on $(SITE_URL)  (Ctrl+C to stop); the task worker runs beside it"
	@echo "E-mails are written to $${LOETRAT_VAR_DIR:-var}/mail/"
	@$(DEMO_ENV) sh scripts/serve-with-worker.sh "$(VENV)" "$(HOST)" "$(PORT)" "$${LOETRAT_VAR_DIR:-var}/static"

dev: install
	@mkdir -p "$${LOETRAT_VAR_DIR:-var}/mail"
	@$(MANAGE) migrate --noinput -v0
	@$(DEMO_ENV) $(MANAGE) load_demo
	@$(MANAGE) demo_accounts
	@$(DEMO_ENV) $(MANAGE) run_worker --no-reload --verbosity 0 & WORKER=$$!; \
		trap 'kill $$WORKER 2>/dev/null' EXIT; \
		DEBUG=true $(DEMO_ENV) $(MANAGE) runserver $(HOST):$(PORT)

test: install-test
	@$(VENV)/bin/pytest -n 2 --dist loadgroup

test-fast: install-test
	@$(VENV)/bin/pytest -n 2 -m "not e2e"

bench: install
	@$(VENV)/bin/python -m bench

lint: uv
	@$(UV) sync --frozen --quiet
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .
	@$(VENV)/bin/lint-imports --no-cache

format: uv
	@$(VENV)/bin/ruff format .
	@$(VENV)/bin/ruff check --fix .

messages:
	@$(MANAGE) makemessages -l th --no-location --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore=bench --ignore=docs --ignore=scripts
	@$(MANAGE) compilemessages -v0

clean:
	rm -rf var/static .pytest_cache
