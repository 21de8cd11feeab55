"""Served generation against a real OpenAI-compatible server: llama-cpp-python's, started by the
tests on 127.0.0.1 with the bundled Qwen2.5-Coder-0.5B-Instruct GGUF.

The stand-in server in tests/test_generation.py pins the protocol; this one shows that the client
works with a server people actually run: its streaming, logprobs, errors and timeouts.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path

import httpx
import pytest

from rag import RAG, Settings
from rag.errors import RAGError
from rag.generation import GenerationSettings, OpenAIGenerator, bundled_gguf, load_generator
from tests.conftest import MODEL_CACHE
from tests.test_answer_quality import assert_citations_resolve
from tests.test_generation import FRANCE, judge

pytestmark = pytest.mark.slow

# Three evidence sentences are rated near the best for it, so the generator drafts the answer.
QUESTION = "When did Kim leave Pyongyang for Russia?"
READY_S = 120.0  # loading the 0.5B GGUF takes seconds; the margin is for a busy machine


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def llama_server(gguf: Path, log: Path, *options: str) -> Iterator[tuple[str, subprocess.Popen]]:
    assert find_spec("llama_cpp"), "needs llama-cpp-python[server]: run make served"
    """`python -m llama_cpp.server` on a free port; yields its base URL once it answers, and is
    always stopped afterwards, whatever the test did."""
    port = free_port()
    threads = str(os.cpu_count() or 1)  # its default is half the cores
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf)]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    command += ["--n_threads", threads, "--n_threads_batch", threads, *options]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}/v1"
        wait_until_ready(base, process, log)
        yield base, process
    finally:
        stop(process)


def wait_until_ready(base: str, process: subprocess.Popen, log: Path) -> None:
    """The server binds its port only after loading the model, so a listed model means ready."""
    deadline = time.monotonic() + READY_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            pytest.fail(f"the llama.cpp server exited with {process.returncode}:\n{tail}")
        try:
            if httpx.get(base + "/models", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    pytest.fail(f"the llama.cpp server did not answer within {READY_S:g} s; see {log}")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def gguf() -> Path:
    """Joined once into the model cache that outlives the test session."""
    return bundled_gguf(GenerationSettings(cache_dir=str(MODEL_CACHE)))


@pytest.fixture(scope="module")
def server(gguf, tmp_path_factory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with llama_server(gguf, log) as (base, _):
        yield base


def test_streamed_deltas_join_to_the_full_answer(server):
    remote = load_generator(GenerationSettings(model=server))
    assert isinstance(remote, OpenAIGenerator)
    pieces = list(remote.stream(FRANCE, 24))
    assert len(pieces) >= 3
    assert all(pieces)
    full = remote.generate(FRANCE, 24)
    assert "".join(pieces) == full
    assert "Paris" in full


def test_a_seed_question_is_answered_through_the_server_with_its_citation(
    server, seed_index, real_embedder
):
    settings = Settings.load(overrides={"generation": {"model": server}})
    rag = RAG(seed_index, settings=settings, embedder=real_embedder)
    answer = rag.ask(QUESTION)
    assert answer.mode == "generative"  # the server's draft, not the extractive fallback
    assert not answer.refused
    assert "sunday" in answer.text.lower()
    assert any("Sunday" in c.sentence for c in answer.citations)
    assert_citations_resolve(rag, answer)


def test_yes_probability_comes_from_the_server_logprobs(server):
    remote = OpenAIGenerator(GenerationSettings(model=server))
    context = "[1] The capital of France is Paris."
    yes = remote.yes_probability(judge(context, "What is the capital of France?"))
    no = remote.yes_probability(judge(context, "Who won the 2018 World Cup?"))
    assert 0.0 < no < yes < 1.0  # graded, so from logprobs rather than the one generated token


def test_a_server_that_refuses_logprobs_still_judges_by_its_one_token(gguf, tmp_path):
    # Without --logits_all this server answers a logprobs request with 500.
    with llama_server(gguf, tmp_path / "server.log", "--logits_all", "False") as (base, _):
        remote = OpenAIGenerator(GenerationSettings(model=base))
        context = "[1] The capital of France is Paris."
        assert remote.yes_probability(judge(context, "What is the capital of France?")) == 1.0
        assert remote.yes_probability(judge(context, "Who won the 2018 World Cup?")) in (0.0, 1.0)


def test_a_slow_answer_times_out_with_a_clear_error_and_no_retry(server):
    remote = OpenAIGenerator(GenerationSettings(model=server, timeout_s=0.2))
    story = [{"role": "user", "content": "Write a long story about a dragon."}]
    start = time.monotonic()
    with pytest.raises(RAGError) as error:
        remote.generate(story, 48)
    assert time.monotonic() - start < 5
    message = str(error.value)
    assert message == (
        f"the generation server at {server} did not answer within 0.2 s; "
        "raise generation.timeout_s or check that it is not overloaded"
    )


def test_a_stopped_server_gives_a_one_line_error_after_the_retries(
    gguf, tmp_path, seed_index, real_embedder, caplog
):
    with llama_server(gguf, tmp_path / "server.log") as (base, process):
        remote = OpenAIGenerator(GenerationSettings(model=base))
        assert "Paris" in remote.generate(FRANCE, 16)
        stop(process)
        start = time.monotonic()
        with pytest.raises(RAGError) as error:
            remote.generate(FRANCE, 16)
        elapsed = time.monotonic() - start
    assert 1.5 <= elapsed < 15  # three attempts, 0.5 s and 1 s apart
    message = str(error.value)
    assert message.startswith(f"cannot reach the generation server at {base}: ")
    assert message.endswith("; start it or change generation.model")
    assert "\n" not in message

    # A question still gets a quoted source sentence, and the log says why it was not generated.
    rag = RAG(seed_index, settings=Settings.load(), embedder=real_embedder, generator=remote)
    with caplog.at_level(logging.WARNING, logger="rag.answering"):
        answer = rag.ask(QUESTION)
    assert answer.mode == "extractive" and not answer.refused
    assert_citations_resolve(rag, answer)
    assert f"cannot reach the generation server at {base}" in caplog.text
