# The two set-up commands of the README. Both create .venv when it is missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test graphs bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'

# Installs, ingests the bundled sample articles into ./newskg-store, prints the conflicts.
demo: install
	$(BIN)/newskg ingest samples/
	$(BIN)/newskg conflicts

# Installs with the test extras and runs the whole test suite.
test: install-test
	$(BIN)/python -m pytest -q

# Regenerates graphs/ (the TriG of the bundled samples) in a fresh store.
graphs: install
	rm -rf .graphs-store && $(BIN)/newskg ingest --quiet --store .graphs-store samples/ ; \
	$(BIN)/python -m newskg.tools.dump_graphs .graphs-store graphs/ && rm -rf .graphs-store

bench: install-test
	$(BIN)/python bench/run.py --ingest-sizes 200 1000 --store-sizes 10000

clean:
	rm -rf newskg-store .graphs-store build dist *.egg-info
