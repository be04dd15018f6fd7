# SOC Harm QGIS plugin: development tasks. `make help` lists them.
#
# QGIS's Python is Debian's /usr/bin/python3; the venv is made from it with
# --system-site-packages so tests see QGIS's bindings and Debian's pandas,
# shapely, scipy and matplotlib, and add only the test tools from
# requirements-dev.txt. See ../shared/QGIS-NOTES.md.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PLUGIN        := soc_harm_plugin
VENV          := .venv
VENV_PY       := $(VENV)/bin/python
SYS_PY        := /usr/bin/python3
SETUP_STAMP   := $(VENV)/.setup-stamp
SHAPELY2_VENV := .venv-shapely2
SHAPELY2_PY   := $(SHAPELY2_VENV)/bin/python
SHAPELY2_STAMP := $(SHAPELY2_VENV)/.setup-stamp
# test-only reference implementations (esda, libpysal): their own venv, never seen by QGIS
REFERENCE_VENV := .venv-reference
REFERENCE_STAMP := $(REFERENCE_VENV)/.setup-stamp
# plugins.qgis.org's upload scanners (Bandit, detect-secrets, flake8): their own venv, never seen by QGIS
SCAN_VENV     := .venv-scan
SCAN_STAMP    := $(SCAN_VENV)/.setup-stamp
# PyQt6 (no PyQt5) and flake8-qgis: QGIS 4's Qt names and the QGS rules, checked statically
QT6_VENV      := .venv-qt6
QT6_STAMP     := $(QT6_VENV)/.setup-stamp
# Other QGIS versions, each in a Debian 13 chroot cached under /var/cache (tools/qgis_matrix.sh):
# `make test QGIS=3.40` runs make test in one; `make test-matrix` runs make test and make demo in all.
MATRIX_VERSIONS := 3.40 3.44
QGIS          ?=
# Stdlib-only tools (tools/package.py) run with any Python 3.
PYTHON        ?= $(firstword $(wildcard $(SYS_PY)) python3)
PYTEST_ARGS   ?=
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
# Qt 5's lrelease; /usr/bin/lrelease is only qtchooser's shim.
LRELEASE      ?= $(firstword $(wildcard /usr/lib/qt5/bin/lrelease) lrelease)

APT_PACKAGES := qgis python3-qgis qgis-providers xvfb xauth pyqt5-dev-tools \
	qttools5-dev-tools poppler-utils python3-pandas python3-shapely \
	python3-scipy python3-matplotlib python3-venv python3-pip zip unzip
# A real PostgreSQL with PostGIS for the PostGIS engine's tests, the demo and the benchmark
# (a throwaway cluster each time, tools/postgis_cluster.py): Debian's meta package pulls the
# release's own (postgresql-15-postgis-3 on Debian 12, postgresql-17-postgis-3 on Debian 13).
POSTGIS_APT_PACKAGES := postgresql-postgis python3-psycopg2
# Commands from APT_PACKAGES that targets or tests call.
APT_COMMANDS := xvfb-run xauth pdftoppm zip unzip

# Lazily evaluated (=): only targets that use them pay for them.
VERSION     = $(shell $(PYTHON) -m tools.package version)
ZIP         = dist/$(PLUGIN)-$(VERSION).zip
TR_SOURCES  = $(shell find $(PLUGIN) \( -name '*.py' -o -name '*.ui' \) -not -path '*/__pycache__/*' | LC_ALL=C sort)

# Which of QGIS's bindings and the science stack Debian's Python lacks.
define PY_DEPS_CHECK
import importlib
missing = []
for name in ("qgis.core", "pandas", "shapely", "scipy", "matplotlib", "ensurepip"):
    try:
        importlib.import_module(name)
    except Exception:
        missing.append(name)
print(" ".join(missing))
endef
export PY_DEPS_CHECK

# The host's QGIS as major.minor (3.22 on Debian 12)
define HOST_QGIS
from qgis.core import Qgis
print(".".join(Qgis.QGIS_VERSION.split(".")[:2]))
endef
export HOST_QGIS

# $(call run_pytest,ARGS): an empty selection fails, unless PYTEST_ARGS
# filtered this suite down to nothing (pytest's exit code 5).
define run_pytest
	@echo "QT_QPA_PLATFORM=offscreen $(or $(2),$(VENV_PY)) -m pytest $(strip $(1) -q $(PYTEST_ARGS))"
	@QT_QPA_PLATFORM=offscreen $(or $(2),$(VENV_PY)) -m pytest $(1) -q $(PYTEST_ARGS) || { \
	  rc=$$?; \
	  if [ $$rc -eq 5 ] && $(if $(strip $(PYTEST_ARGS)),true,false); then \
	    echo "make: PYTEST_ARGS selected nothing in $(firstword $(1)); going on"; \
	  else exit $$rc; fi; }
endef


.PHONY: postgis-setup
.PHONY: help setup test test-matrix matrix demo bench stage package deploy translations resources clean

help: ## List the targets
	@echo "Targets (make <target>):"
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-13s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "Variables: PYTEST_ARGS='...' (test), QGIS=3.40|3.44 (test, in that version's chroot), QGIS_PROFILE_DIR=... (deploy), BENCHES='...' and SCALE=full (bench)"

setup: $(SETUP_STAMP) postgis-setup ## Install QGIS, PostgreSQL + PostGIS and Debian packages if missing (apt), make .venv, pip install requirements-dev.txt; instant when done

# PostgreSQL + PostGIS (server, PostGIS for it, psycopg2). Where they cannot be installed (no
# apt-get, no root), setup goes on: the tests that need them are skipped and make test says so.
# No server is started by the install (policy-rc.d while apt-get runs, when there is none): the
# tests, the demo and the benchmark start a throwaway cluster of their own as an unprivileged user.
postgis-setup:
	@set -uo pipefail; \
	have() { ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	  && ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 \
	  && $(SYS_PY) -c "import psycopg2" >/dev/null 2>&1; }; \
	if have; then exit 0; fi; \
	echo "setup: PostgreSQL with PostGIS (or psycopg2) is missing: apt-get install $(POSTGIS_APT_PACKAGES)"; \
	if [ "$$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi; \
	if ! command -v apt-get >/dev/null 2>&1 || [ "$$SUDO" = none ]; then \
	  echo "setup: cannot install them here (no apt-get, or not root and no sudo): the PostGIS tests will be skipped, and make test says so" >&2; \
	  exit 0; fi; \
	policy=""; if [ ! -e /usr/sbin/policy-rc.d ]; then \
	  policy=/usr/sbin/policy-rc.d; printf '#!/bin/sh\nexit 101\n' | $$SUDO tee $$policy >/dev/null; $$SUDO chmod 755 $$policy; fi; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(POSTGIS_APT_PACKAGES) >/dev/null \
	  || echo "setup: apt-get could not install $(POSTGIS_APT_PACKAGES): the PostGIS tests will be skipped, and make test says so" >&2; \
	if [ -n "$$policy" ]; then $$SUDO rm -f $$policy; fi; \
	if have; then echo "setup: PostgreSQL $$(ls /usr/lib/postgresql | sort -V | tail -1) with PostGIS installed"; fi

$(SETUP_STAMP): requirements-dev.txt
	@set -euo pipefail; \
	missing=""; \
	[ -x /usr/bin/qgis_process.bin ] || missing="$$missing qgis_process.bin"; \
	if [ -x $(SYS_PY) ]; then \
	  missing="$$missing $$($(SYS_PY) -c "$$PY_DEPS_CHECK" 2>/dev/null || echo python3-broken)"; \
	else missing="$$missing python3"; fi; \
	for cmd in $(APT_COMMANDS); do command -v $$cmd >/dev/null 2>&1 || missing="$$missing $$cmd"; done; \
	[ -x /usr/lib/qt5/bin/lrelease ] || missing="$$missing lrelease"; \
	missing="$$(echo $$missing)"; \
	if [ -n "$$missing" ]; then \
	  echo "setup: missing: $$missing"; \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "setup: no apt-get here. Install QGIS 3.22 with its Python bindings, pandas, shapely, scipy, matplotlib, pyqt5-dev-tools and qttools5-dev-tools yourself, then run make setup again." >&2; \
	    exit 1; \
	  fi; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; \
	  elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	  else \
	    echo "setup: installing Debian packages needs root, and sudo is not installed. As root, run:" >&2; \
	    echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES)" >&2; \
	    echo "then run make setup again." >&2; \
	    exit 1; \
	  fi; \
	  echo "setup: apt-get install $(APT_PACKAGES)"; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES); \
	  still="$$($(SYS_PY) -c "$$PY_DEPS_CHECK")"; \
	  if [ -n "$$still" ] || [ ! -x /usr/bin/qgis_process.bin ]; then \
	    echo "setup: still missing after apt-get: $$still" >&2; exit 1; \
	  fi; \
	fi; \
	if [ ! -x $(VENV_PY) ] || ! grep -qx 'home = /usr/bin' $(VENV)/pyvenv.cfg \
	   || ! grep -qx 'include-system-site-packages = true' $(VENV)/pyvenv.cfg; then \
	  echo "setup: creating $(VENV) from $(SYS_PY) with --system-site-packages"; \
	  $(SYS_PY) -m venv --system-site-packages --clear $(VENV); \
	fi; \
	$(VENV_PY) -m pip install --disable-pip-version-check --no-input -q -r requirements-dev.txt; \
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -c "import qgis.core, pandas, shapely, scipy, matplotlib, pytest, pytest_qgis" \
	  || { echo "setup: $(VENV) cannot import QGIS, the science stack or pytest; remove $(VENV) and run make setup again" >&2; exit 1; }; \
	touch $@; \
	echo "setup: ready ($(VENV), $$($(VENV_PY) -c 'import qgis.core as q; print("QGIS", q.Qgis.QGIS_VERSION)'))"

ifneq ($(filter $(QGIS),$(MATRIX_VERSIONS)),)
test:
	tools/qgis_matrix.sh run $(QGIS) test
else
test: setup $(SHAPELY2_STAMP) $(REFERENCE_STAMP) $(SCAN_STAMP) $(QT6_STAMP) ## ruff (ruff.toml), then tests/unit (no QGIS) with shapely 1.8 and with shapely 2, then tests/qgis (pytest-qgis); PYTEST_ARGS='...' passed on; QGIS=3.40 or 3.44 runs them in that version's chroot
	@if [ -n "$(QGIS)" ] && [ "$(QGIS)" != "$$($(VENV_PY) -c "$$HOST_QGIS")" ]; then \
	  echo "make test QGIS=$(QGIS): this machine has QGIS $$($(VENV_PY) -c "$$HOST_QGIS"); the matrix has $(MATRIX_VERSIONS)" >&2; exit 2; fi
	$(VENV)/bin/ruff check soc_harm_plugin tools tests
	$(call run_pytest,tests/unit -p no:qgis)
	$(call run_pytest,tests/unit -p no:qgis -p no:cacheprovider,$(SHAPELY2_PY))
	$(call run_pytest,tests/qgis)
endif

test-matrix: test matrix ## make test here, then make test and make demo on QGIS 3.40 and 3.44 (Debian 13 chroots, built once under /var/cache, about 10 min each the first time); every demo's CSVs must be identical

matrix: setup ## The matrix without the host's tests: make demo here, then make test and make demo in each chroot, then compare the demos (tests/matrix)
	@set -uo pipefail; started=$$(date +%s); failed=""; rm -rf build/matrix; \
	host=$$($(VENV_PY) -c "$$HOST_QGIS"); \
	if $(MAKE) --no-print-directory demo; then \
	  mkdir -p build/matrix/$$host && cp -a output/demo/. build/matrix/$$host/; \
	else failed="$$failed $$host(demo)"; fi; \
	for v in $(MATRIX_VERSIONS); do \
	  t=$$(date +%s); tools/qgis_matrix.sh run $$v || failed="$$failed $$v"; \
	  echo "matrix: QGIS $$v took $$(( $$(date +%s) - t )) s"; done; \
	echo "QT_QPA_PLATFORM=offscreen $(VENV_PY) -m pytest tests/matrix -q -p no:qgis"; \
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m pytest tests/matrix -q -p no:qgis || failed="$$failed compare"; \
	echo "matrix: $$(( $$(date +%s) - started )) s in all; QGIS $$host (host) $(MATRIX_VERSIONS); failed:$${failed:- nothing}"; \
	[ -z "$$failed" ]

$(SHAPELY2_STAMP): requirements-shapely2.txt $(SETUP_STAMP)
	@set -euo pipefail; \
	$(SYS_PY) -m venv --system-site-packages $(SHAPELY2_VENV); \
	$(SHAPELY2_PY) -m pip install --quiet --disable-pip-version-check -r requirements-shapely2.txt; \
	$(SHAPELY2_PY) -c "import shapely, numpy, pandas; assert shapely.__version__.startswith('2'), shapely.__version__; print('shapely', shapely.__version__, 'numpy', numpy.__version__, 'pandas', pandas.__version__)"; \
	touch $@

# esda and libpysal pull numpy 2, pandas 3 and shapely 2: a venv WITHOUT --system-site-packages, so Debian's
# stack is untouched; tests and benchmarks call it in a subprocess (tests/reference.py)
$(REFERENCE_STAMP): requirements-reference.txt $(SETUP_STAMP)
	@set -euo pipefail; \
	$(SYS_PY) -m venv $(REFERENCE_VENV); \
	$(REFERENCE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input -r requirements-reference.txt; \
	$(REFERENCE_VENV)/bin/python -c "import esda, libpysal; print('reference: esda', esda.__version__, 'libpysal', libpysal.__version__)"; \
	touch $@

# The versions plugins.qgis.org scans uploads with (requirements-scan.txt), in a venv WITHOUT
# --system-site-packages: QGIS's Python never sees them. tools/upload_scan.py runs them in subprocesses.
$(SCAN_STAMP): requirements-scan.txt
	@set -euo pipefail; \
	if ! $(SYS_PY) -c "import ensurepip" >/dev/null 2>&1; then \
	  echo "$(SCAN_VENV): $(SYS_PY) cannot make a venv; install python3-venv (make setup does)" >&2; exit 1; \
	fi; \
	$(SYS_PY) -m venv --clear $(SCAN_VENV); \
	$(SCAN_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input -r requirements-scan.txt; \
	$(SCAN_VENV)/bin/python -c "from importlib.metadata import version as v; print('scan:', ', '.join(n + ' ' + v(n) for n in ('bandit', 'detect-secrets', 'flake8', 'flake8-json')))"; \
	touch $@

# PyQt6 and flake8-qgis (requirements-qt6.txt) in a venv WITHOUT --system-site-packages, so
# Debian's PyQt5 is never seen; tests/unit/test_qt6.py runs tools/qt6_names.py and flake8 with it
$(QT6_STAMP): requirements-qt6.txt $(SETUP_STAMP)
	@set -euo pipefail; \
	$(SYS_PY) -m venv --clear $(QT6_VENV); \
	$(QT6_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-input -r requirements-qt6.txt; \
	$(QT6_VENV)/bin/python -c "import importlib.util as u, flake8_qgis; from PyQt6.QtCore import PYQT_VERSION_STR as v; \
	  assert u.find_spec('PyQt5') is None, 'PyQt5 in $(QT6_VENV)'; print('qt6: PyQt6', v, 'and flake8-qgis')"; \
	touch $@

demo: setup ## Run the end-to-end demo into output/demo (tools/demo.py)
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tools.demo --out output/demo

BENCHES ?= bench bench_scheme bench_import bench_density bench_hotspots bench_panel bench_scale bench_postgis bench_postgis_scheme
# bench_scale, bench_postgis and bench_postgis_scheme: 1M records by default; SCALE=full for the whole tables (up to 50M and 10M records)
SCALE   ?=

bench: setup $(REFERENCE_STAMP) ## Run the benchmarks (tools/bench*.py; BENCHES='bench_scheme' for some; SCALE=full for bench_scale's whole table); each prints its table
	@set -e; for b in $(BENCHES); do echo "== tools/$$b.py"; \
	  QT_QPA_PLATFORM=offscreen SOC_HARM_BENCH_SCALE=$(SCALE) $(VENV_PY) -m tools.$$b; done

stage: ## Copy the installable plugin into build/plugin/soc_harm_plugin/ (compiles i18n/*.ts)
	$(PYTHON) -m tools.package stage build/plugin

package: $(SCAN_STAMP) ## Build dist/soc_harm_plugin-<version>.zip, check it as plugins.qgis.org would, and run its upload scan on it (Bandit and detect-secrets block; flake8 advises)
	$(PYTHON) -m tools.package zip $(ZIP)
	$(PYTHON) -m tools.package check $(ZIP)
	$(PYTHON) -m tools.package scan $(ZIP)

deploy: stage ## Install the staged plugin into QGIS_PROFILE_DIR (default profile), replacing an older copy
	@set -euo pipefail; \
	profile="$(strip $(QGIS_PROFILE_DIR))"; \
	if [ -z "$$profile" ]; then echo "deploy: QGIS_PROFILE_DIR is empty" >&2; exit 1; fi; \
	dest="$$profile/python/plugins/$(PLUGIN)"; \
	mkdir -p "$$profile/python/plugins"; \
	rm -rf "$$dest"; \
	cp -R build/plugin/$(PLUGIN) "$$dest"; \
	echo "deploy: SOC Harm $(VERSION) installed in $$dest"; \
	echo "deploy: enable it in QGIS: restart QGIS, then Plugins > Manage and Install Plugins > Installed > tick 'SOC Harm'."; \
	echo "deploy: headless: QGIS_PLUGINPATH=\"$$profile/python/plugins\" QT_QPA_PLATFORM=offscreen /usr/bin/qgis_process.bin plugins enable $(PLUGIN)"

translations: ## Extract every tr() string into i18n/soc_harm_en.ts (and refresh other i18n/*.ts), then build i18n/*.qm (lrelease)
	$(PYTHON) -m tools.resources.extract_strings
	$(LRELEASE) -silent i18n/*.ts

resources: setup ## Regenerate every committed resource (tools/resources/): harm tables (needs ../shared), styles, layout templates, models, string catalogue
	@if [ -d ../shared/data/weights ]; then $(VENV_PY) -m tools.resources.build_harm_tables; \
	else echo "resources: no ../shared/data/weights here: the harm tables are left as committed"; fi
	QT_QPA_PLATFORM=offscreen $(VENV_PY) -m tools.resources.build_all
	$(MAKE) --no-print-directory translations

clean: ## Remove build/, dist/ and output/
	rm -rf build dist output
