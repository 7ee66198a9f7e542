# SP4N-LAPOR! — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: run test install migrate reference demo worker serve lint format check-migrations messages bench clean

install: $(VENV)/.installed

$(VENV)/.installed: requirements.in requirements-dev.in constraints.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.in -c constraints.txt
	touch $@

## run: install, migrate, load reference + demo data, then serve with a task worker beside it.
run: export DEBUG ?= 1
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createcachetable
	$(BIN)/python manage.py load_reference
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py train_router --if-missing
	@echo ""
	@echo "SP4N-LAPOR! berjalan di http://$(HOST):$(PORT)/  (petugas: http://$(HOST):$(PORT)/petugas/, API: http://$(HOST):$(PORT)/api/v1/docs)"
	@echo "Akun demo (kata sandi: $${DEMO_PASSWORD:-lapor-demo-2026}): demo-admin-nasional, demo-admin-instansi, demo-petugas, demo-admin-lain, demo-pengawas, demo-pelapor"
	@echo "Email pengembangan ditulis ke var/mail/. Hentikan dengan Ctrl+C."
	@trap 'kill $$worker $$sweeps 2>/dev/null' EXIT INT TERM; \
	  $(BIN)/python manage.py db_worker --no-reload --queue-name '*' & worker=$$!; \
	  $(BIN)/python manage.py run_sweeps --loop --interval 60 & sweeps=$$!; \
	  $(BIN)/python manage.py runserver --noreload $(HOST):$(PORT)

## test: the whole suite (browser tests too when Chromium is installed).
test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check-migrations: install
	DEBUG=1 $(BIN)/python manage.py makemigrations --check --dry-run

## messages: refresh the translation catalogues (needs GNU gettext: apt-get install gettext).
messages: install
	DEBUG=1 $(BIN)/python manage.py makemessages --all --no-obsolete --ignore '.venv/*' --ignore 'bench/*' --ignore 'var/*' --ignore 'tests/*'
	DEBUG=1 $(BIN)/python manage.py compilemessages --ignore '.venv/*'

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) var
