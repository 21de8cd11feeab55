# Two commands on a fresh machine: `make chat` (the chatbot on the seed articles) and
# `make test`. Both create .venv/ on first use.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: chat test lint venv browser screenshot

venv: $(VENV)/.installed

# CPU torch goes in first, from the local wheel: a bare torch requirement would pull a CUDA build.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev,eval]'
	touch $@

# The chat window on the seed articles, at http://127.0.0.1:7860 (`python ui.py --help`).
chat: venv
	$(VENV)/bin/rag ingest seeds/ --index index
	$(PY) ui.py --index index

# The browser test drives Debian's Chromium; a test tool's own browser download cannot work
# offline. sudo only when not already root.
browser:
	test -x /usr/bin/chromium -a -x /usr/bin/chromedriver || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; }

test: venv browser
	$(PY) -m pytest

# The README's picture, taken by the browser test from a real answer to a seed question.
screenshot: venv browser
	$(PY) -m pytest tests/test_browser.py
	cp test-output/chat-answer.png docs/screenshot.png

lint: venv
	$(VENV)/bin/ruff check rag eval tests ui.py
