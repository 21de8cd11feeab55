# Two commands on a fresh machine: `make chat` (the chatbot on the seed articles) and
# `make test`. Both create .venv/ on first use.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: chat test lint venv served browser screenshot bench-data report

venv: $(VENV)/.installed

# CPU torch goes in first, from the local wheel: a bare torch requirement would pull a CUDA build.
$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev,eval,onnx]'
	touch $@

# llama-cpp-python's OpenAI-compatible server, which tests/test_served_generation.py starts. It
# compiles llama.cpp from source: about 12 minutes on 2 cores the first time, seconds afterwards,
# when pip takes the wheel it built from its cache. GGML_NATIVE=OFF builds for AVX2 rather than
# for this CPU, so a cached wheel still runs on another x86-64 CPU; multimodal support is left
# out. The wheel cache does not know these flags: after changing them, build with --no-cache-dir.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF

served: $(VENV)/.served

$(VENV)/.served: $(VENV)/.installed
	@echo "installing llama-cpp-python[server] (its first build takes about 12 minutes)"
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(PY) -m pip install --quiet -e '.[served]'
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

test: venv served browser
	$(PY) -m pytest

# The README's picture, taken by the browser test from a real answer to a seed question.
screenshot: venv browser
	$(PY) -m pytest tests/test_browser.py
	cp test-output/chat-answer.png docs/screenshot.png

lint: venv
	$(VENV)/bin/ruff check rag eval tests ui.py

# Texts for the scale benchmark: the Lee corpus inside the gensim wheel (read from the wheel, not
# installed) and Reuters-21578 samples from Debian's r-cran-tm, fetched once into the cache.
BENCH_DATA ?= $(or $(NEWSRAG_CACHE),$(HOME)/.cache/newsrag)/bench-data
bench-data: venv
	mkdir -p $(BENCH_DATA)
	ls $(BENCH_DATA)/gensim-*.whl >/dev/null 2>&1 || $(PY) -m pip download --quiet gensim==4.4.0 --no-deps -d $(BENCH_DATA)
	test -d $(BENCH_DATA)/tm || (cd $(BENCH_DATA) && apt-get download r-cran-tm && dpkg -x r-cran-tm_*.deb tm)

# Every benchmark, then eval/REPORT.md with its plots (about an hour on 2 cores).
report: venv bench-data
	$(PY) -m eval.report
