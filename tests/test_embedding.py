"""Embedding backends: the default one agrees with plain fp32 sentence-transformers, its conversion
is made once and reused, and a wrong backend name or an int8 index mix-up is refused clearly."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from rag import RAG, Settings
from rag import embedding as embedding_module
from rag.embedding import SentenceTransformerEmbedder, resolve_model_path, weights_digest
from rag.errors import IndexMismatchError, RAGError
from rag.settings import BUNDLED_EMBEDDER, EmbeddingSettings
from tests.conftest import SEEDS, HashEmbedder

TEXTS = [
    "Kim Jong Un arrived in Russia by armoured train.",
    "Putin",
    "Where might the two leaders meet, and what will they discuss about weapons and satellites?",
    # About as long as an ingested chunk: a title, then a few sentences.
    "Kim Jong Un visits Russia\n\n"
    + " ".join(
        f"Sentence {n} of the report says the talks covered food aid, ammunition and rockets."
        for n in range(12)
    ),
    "Überraschung in Wladiwostok — «café» and naïve punctuation …",
]
# The lowest cosine between the default backend's and fp32's vectors over the 1,945 texts that
# ingestion embeds for squad2-dev-a.json was 0.99994 (eval/bench_embedding.py).
MIN_COSINE = 0.9999


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("embedding-cache")


@pytest.fixture(scope="module")
def fp32():
    return SentenceTransformerEmbedder(EmbeddingSettings(backend="torch"))


@pytest.fixture(scope="module")
def default(cache):
    return SentenceTransformerEmbedder(EmbeddingSettings(cache_dir=str(cache)))


def conversions(cache) -> list[str]:
    return sorted(p.name for p in (cache / "embedders").iterdir() if p.is_dir())


def refuse_conversion(monkeypatch) -> None:
    def convert(*args):
        raise AssertionError("converted again although the cache holds the conversion")

    monkeypatch.setattr(embedding_module, "_export_onnx", convert)


def test_unknown_backend_is_refused_before_loading():
    with pytest.raises(RAGError, match=r"unknown embedding backend 'tensorrt'; use one of torch, "):
        SentenceTransformerEmbedder(EmbeddingSettings(backend="tensorrt"))


def test_converted_backend_refuses_a_gpu_device():
    with pytest.raises(RAGError, match="runs on the CPU; use backend 'torch' for device 'cuda'"):
        SentenceTransformerEmbedder(EmbeddingSettings(backend="openvino", device="cuda"))


def test_int8_vectors_are_not_mixed_into_a_float_index(tmp_path):
    int8 = Settings().merged({"embedding": {"backend": "onnx-int8"}})
    assert int8.index_shape()["embedder"] == f"{BUNDLED_EMBEDDER} (onnx-int8)"
    for backend in ("torch", "openvino", "openvino-f32", "onnx"):
        float_backend = Settings().merged({"embedding": {"backend": backend}})
        assert float_backend.index_shape() == Settings().index_shape()
    RAG(tmp_path / "index", settings=Settings(), embedder=HashEmbedder()).ingest([SEEDS])
    with pytest.raises(IndexMismatchError, match=r"\(onnx-int8\)"):
        RAG(tmp_path / "index", settings=int8, embedder=HashEmbedder())


def test_weights_digest_follows_the_weights():
    import torch

    layer = torch.nn.Linear(3, 2)
    before = weights_digest(layer)
    assert weights_digest(layer) == before
    with torch.no_grad():
        layer.weight[0, 0] += 1.0
    assert weights_digest(layer) != before


@pytest.mark.slow
def test_default_backend_agrees_with_fp32(default, fp32):
    vectors = default.embed_documents(TEXTS)
    reference = fp32.embed_documents(TEXTS)
    assert vectors.shape == (len(TEXTS), 384) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors * reference).sum(axis=1).min() > MIN_COSINE
    query = default.embed_query(TEXTS[2])
    assert query.shape == (384,) and query.dtype == np.float32
    assert float(query @ fp32.embed_query(TEXTS[2])) > MIN_COSINE


@pytest.mark.slow
def test_token_vectors_are_computed_once_per_text_and_kept_within_bounds(fp32, monkeypatch):
    first = fp32.embed_tokens(TEXTS[:3])
    # Computed beside other texts, a text's vectors are those it gets alone.
    alone = fp32._token_vectors([TEXTS[1]])[0]
    assert first[1].tokens == alone.tokens
    np.testing.assert_allclose(first[1].vectors, alone.vectors, atol=1e-5)
    assert not first[1].vectors.flags.writeable

    def encode(*args, **kwargs):
        raise AssertionError("the model ran for a text whose vectors are kept")

    monkeypatch.setattr(fp32.model, "encode", encode)
    again = fp32.embed_tokens([TEXTS[2], TEXTS[0]])
    assert again[0] is first[2] and again[1] is first[0]
    monkeypatch.undo()

    monkeypatch.setattr(embedding_module, "TOKEN_CACHE_TEXTS", 2)
    fp32.embed_tokens([TEXTS[3]])
    # The least recently used go first: TEXTS[1], then TEXTS[2], asked for before TEXTS[0].
    assert list(fp32._token_cache) == [TEXTS[0], TEXTS[3]]


@pytest.mark.slow
def test_default_backend_converts_once_and_reuses_the_cache(default, fp32, cache, monkeypatch):
    first = default.embed_documents(TEXTS)
    assert conversions(cache) == [f"onnx-{weights_digest(fp32.model[0].model)}"]
    refuse_conversion(monkeypatch)
    again = SentenceTransformerEmbedder(EmbeddingSettings(cache_dir=str(cache)))
    np.testing.assert_allclose(again.embed_documents(TEXTS), first, atol=1e-6)
    # The same weights from a local folder are the same conversion.
    by_path = EmbeddingSettings(model=resolve_model_path(BUNDLED_EMBEDDER), cache_dir=str(cache))
    np.testing.assert_allclose(
        SentenceTransformerEmbedder(by_path).embed_documents(TEXTS), first, atol=1e-6
    )
    assert len(conversions(cache)) == 1


@pytest.mark.slow
def test_openvino_sends_no_telemetry(default):
    # OpenVINO reports usage from `import openvino` unless its telemetry package is unavailable.
    assert default.backend.startswith("openvino")
    assert sys.modules.get("openvino_telemetry") is None


@pytest.mark.slow
def test_interrupted_conversion_leaves_nothing_that_looks_complete(tmp_path, monkeypatch):
    def interrupted(module, folder, kind):
        (folder / "model.onnx").write_bytes(b"half a model")
        raise RuntimeError("interrupted")

    monkeypatch.setattr(embedding_module, "_export_onnx", interrupted)
    with pytest.raises(RuntimeError, match="interrupted"):
        SentenceTransformerEmbedder(EmbeddingSettings(backend="openvino", cache_dir=str(tmp_path)))
    assert conversions(tmp_path) == []
