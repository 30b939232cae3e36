# Two commands do everything on a fresh machine:
#   make run    create .venv if needed, install the app into it, launch it
#   make test   create .venv if needed, install app + test tools, run lint, types and tests
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

# Interface translations: the .ts files are the source, the .qm files Qt reads are built
# from them here (pyside6-lrelease comes with PySide6) and are not kept in git. English
# has one too (companion_en.ts, the plural forms only: "1 day", "2 days").
TS = $(wildcard resources/i18n/*.ts)
QM = $(TS:.ts=.qm)

.PHONY: run test lint typecheck pytest bench clean translations icons install-desktop \
	uninstall-desktop bundle smoke-bundle

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

resources/i18n/%.qm: resources/i18n/%.ts $(VENV)/.installed-app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(VENV)/.installed-app $(QM)
	$(BIN)/prep-companion $(ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check companion tests benchmarks scripts packaging
	$(BIN)/ruff format --check companion tests benchmarks scripts packaging

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

pytest: $(VENV)/.installed-test $(QM)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(VENV)/.installed-test $(QM)
	$(BIN)/python -m benchmarks

# The app in your desktop's menu, for you only (no root): launcher, icons, AppStream data.
icons: $(VENV)/.installed-app
	$(BIN)/python scripts/make_icons.py

install-desktop: $(VENV)/.installed-app $(QM)
	$(BIN)/python packaging/install_desktop.py

uninstall-desktop: | $(BIN)/python
	$(BIN)/python packaging/install_desktop.py --uninstall

# A one-folder bundle of the app in dist/prep-companion (PyInstaller); see packaging/BUILDING.md.
$(VENV)/.installed-pyinstaller: | $(VENV)/.installed-app
	$(BIN)/python -m pip install --quiet pyinstaller
	touch $@

bundle: $(VENV)/.installed-app $(VENV)/.installed-pyinstaller $(QM)
	$(BIN)/python packaging/build_bundle.py

smoke-bundle: | $(BIN)/python
	$(BIN)/python packaging/smoke_bundle.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache $(QM)
