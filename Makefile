# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test atspi lint bench bundle bundle-check dist screenshots icons install-desktop clean translations qm mutate mutate-changed

# The window's translations: resources/i18n/meshwork_<code>.ts are the sources (committed);
# the compiled .qm beside them are built here and never committed (docs/translating.md).
TS := $(wildcard resources/i18n/meshwork_*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh every .ts from the code (new strings appear unfinished, vanished ones are dropped), then compile.
# `make translations NEW=fr` starts resources/i18n/meshwork_fr.ts for a new language.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none $$(find app widgets -name '*.py' | sort) \
		-ts $(TS) $(if $(NEW),resources/i18n/meshwork_$(NEW).ts)
	$(MAKE) qm

qm: $(QM)

run: $(STAMP) $(QM)
	$(PY) -m app

# The slow packaging tests are deselected here (pyproject addopts: -m 'not slow').
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The screen-reader check through the real AT-SPI bus under Xvfb (tools/atspi_check.py).
# It runs with the system python3, where Debian's python3-pyatspi lives, and says
# SKIPPED (exit 0) when xvfb, at-spi2-core or python3-pyatspi are missing.
atspi: $(STAMP)
	MESHWORK_PYTHON=$(abspath $(PY)) /usr/bin/python3 tools/atspi_check.py

# The mutation run (docs/testing.md): mutmut per module, scores and surviving mutants in
# build/mutation/report.md. MODULES="app/voting.py app/capture.py" runs some (default: all,
# hours); fails when one scores under MUTATE_MIN (85). MUTATE_BUDGET_S bounds the time.
mutate: $(STAMP)
	$(PY) tools/mutate.py $(MODULES)

# Only the modules whose source or tests changed since BASE (default origin/main, else main);
# with none changed (CI on main), MUTATE_ROTATE (2) modules of the day, reported without failing.
mutate-changed: $(STAMP)
	$(PY) tools/mutate.py --changed --or-rotate $(or $(MUTATE_ROTATE),2) $(if $(BASE),--base $(BASE)) $(MODULES)

lint: $(STAMP)
	$(PY) -m ruff check .

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# The wheel and the sdist in dist/, checked by twine.
dist: $(STAMP) $(QM)
	rm -rf dist/meshwork-*
	$(PY) -m build --outdir dist .
	$(PY) -m twine check --strict dist/meshwork-*

# A one-folder desktop bundle: dist/meshwork/meshwork (docs/install.md).
bundle: $(STAMP) $(QM)
	$(PY) -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/meshwork.spec
	QT_QPA_PLATFORM=offscreen dist/meshwork/meshwork smoke build/smoke
	du -sh dist/meshwork

# Builds the wheel, the sdist and the bundle from a fresh clone and runs them (minutes).
bundle-check: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m slow tests/test_packaging.py

# The guide's screenshots (resources/guide/*.png), taken from the real window.
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) tools/presenter_png.py docs/presenter.png
	QT_QPA_PLATFORM=offscreen $(PY) tools/role_profiles_png.py docs/role-profiles.png

# The app icon's PNGs, rendered from its SVG.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/make_icons.py

install-desktop: $(STAMP)
	$(VENV)/bin/meshwork install-desktop

clean:
	rm -rf $(VENV) build dist *.egg-info resources/i18n/*.qm
