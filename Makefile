# Two commands on a fresh machine: `make chat` (the chatbot on the seed articles) and
# `make test`. Both create .venv/ on first use.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: chat test lint venv

venv: $(VENV)/.installed

# CPU torch goes in first, from the local wheel: a bare torch requirement would pull a CUDA build.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

chat: venv
	$(VENV)/bin/rag ingest seeds/ --index index
	$(VENV)/bin/rag chat --index index

test: venv
	$(PY) -m pytest

lint: venv
	$(VENV)/bin/ruff check rag eval tests ui.py
