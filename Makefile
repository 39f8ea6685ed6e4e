# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
OUT ?= build/samples.jsonl

.PHONY: run test eval bench gazetteers clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

run: $(STAMP_RUN)
	mkdir -p $(dir $(OUT))
	$(BIN)/extract run samples/ -o $(OUT)
	@echo "records written to $(OUT)"

test: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

eval: $(STAMP_RUN)
	$(BIN)/extract eval annotations/ --samples samples/

bench: $(STAMP_RUN)
	$(BIN)/python benchmarks/bench.py

# Regenerate the generated rule files from their sources (needs the test extras: pycountry).
gazetteers: $(STAMP_TEST)
	$(BIN)/python scripts/build_common_words.py extract/data/common_words.txt
	$(BIN)/python scripts/build_places.py patterns/places.jsonl
	$(BIN)/python scripts/gazetteer/build_orgs.py patterns/org_gazetteer.jsonl patterns/places.jsonl
	$(BIN)/python scripts/build_currencies.py patterns/currencies.jsonl

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
