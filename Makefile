# The two commands of the README: `make run` and `make test`. Everything else is a step of those.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test test-sqlite test-postgres install messages lint format clean system-deps browser-deps openapi

## make run: install, migrate the embedded database, load Musterstadt and serve it on :8000
run: install
	$(BIN)/sachstand migrate --noinput
	$(BIN)/sachstand demo
	$(BIN)/sachstand runserver 127.0.0.1:8000

## make test: install, lint, and run the whole suite on SQLite and on PostgreSQL
test: install browser-deps lint test-sqlite test-postgres

test-sqlite: install
	$(BIN)/pytest -n 2 -p no:cacheprovider

# Only the tests that touch the database run a second time, against PostgreSQL.
test-postgres: install
	@status=0; scripts/postgres-available || status=$$?; \
	if [ $$status -eq 3 ]; then exit 0; elif [ $$status -ne 0 ]; then exit $$status; fi; \
	DATABASE_URL=$${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres} \
		$(BIN)/pytest -n 2 -p no:cacheprovider -m django_db

install: $(STAMP) node_modules/.installed

# Fonts (and later front-end assets) from the npm registry, exactly as package-lock.json says.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(STAMP): requirements-dev.lock pyproject.toml | system-deps
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(MAKE) --no-print-directory messages
	# Bytecode as a wheel's installation has it: with PYTHONDONTWRITEBYTECODE (above, and set on
	# some machines) every command would compile sachstand's modules again (0.2 s each start).
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

# GNU gettext compiles the catalogues (and extracts them for the completeness test).
system-deps:
	@scripts/system-deps

# Chromium and ChromeDriver for the browser tests of the public pages (axe-core).
browser-deps:
	@scripts/system-deps browser

messages:
	cd src/sachstand && ../../$(BIN)/django-admin compilemessages --ignore=.venv -v 0

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: install
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

# The committed OpenAPI schema of the REST API; tests/api/test_schema.py fails when it drifts.
openapi: install
	$(BIN)/sachstand spectacular --lang en --custom-settings sachstand.api.schema.SETTINGS \
		--validate --fail-on-warn --file src/sachstand/api/openapi.yaml

clean:
	rm -rf $(VENV) node_modules build *.egg-info src/*.egg-info
	find src -name '*.mo' -delete
