"""Shared fixtures. Every test works in tmp_path; real models load once per session."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import numpy as np
import pytest

from rag.types import Evidence, Hit, ScoredSentence, TokenVectors

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def pytest_terminal_summary(terminalreporter):
    """Name the threads still running when the tests end: a daemon thread caught inside native
    code (torch, OpenVINO) while the interpreter shuts down can abort the process after every
    test has passed, and its name says which test left it behind."""
    alive = sorted(t.name for t in threading.enumerate() if t is not threading.main_thread())
    if alive:
        terminalreporter.write_line(f"threads still running: {', '.join(alive)}")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Run each test in its own folder so nothing is written into the working tree."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSRAG_CACHE", str(tmp_path / "cache"))


class HashEmbedder:
    """A deterministic bag-of-words embedder for fast unit tests of pure logic."""

    id = "test-hash"
    dimension = 64

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                digest = hashlib.md5(word.strip(".,!?\"'").encode()).digest()
                out[row, digest[0] % self.dimension] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]

    def embed_tokens(self, texts: list[str]) -> list[TokenVectors]:
        """Each word's vector, between two standing for the special tokens."""
        out = []
        for text in texts:
            tokens = ("[CLS]", *text.lower().split(), "[SEP]")
            words = (-1, *range(len(tokens) - 2), -1)
            out.append(TokenVectors(tokens, words, self.embed_documents(list(tokens))))
        return out


@pytest.fixture
def fake_rag(tmp_path):
    """A RAG over the hash embedder that answers extractively: nothing it does (a chat page's
    model loader included) loads the real generator, which an empty cache would convert."""
    from rag import RAG, Settings

    overrides = {"embedding": {"model": "test-hash"}, "answer": {"mode": "extractive"}}
    settings = Settings.load(overrides=overrides)
    return RAG(tmp_path / "index", settings=settings, embedder=HashEmbedder())


@pytest.fixture(scope="session")
def real_embedder():
    from rag.embedding import SentenceTransformerEmbedder
    from rag.settings import EmbeddingSettings

    return SentenceTransformerEmbedder(EmbeddingSettings())


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory, real_embedder):
    """The seeds ingested once with the real embedder; tests must not modify it."""
    from rag import RAG

    folder = tmp_path_factory.mktemp("seed-index")
    rag = RAG(folder / "index", embedder=real_embedder)
    rag.ingest([SEEDS])
    return folder / "index"


@pytest.fixture
def seed_rag(seed_index, real_embedder):
    from rag import RAG

    return RAG(seed_index, embedder=real_embedder)


MODEL_CACHE = Path(os.environ.get("NEWSRAG_TEST_CACHE", REPO / ".cache"))


@pytest.fixture(scope="session")
def real_generator():
    """The default bundled generator, converted once into a cache kept between test runs."""
    from rag.generation import GenerationSettings, load_generator

    return load_generator(GenerationSettings(cache_dir=str(MODEL_CACHE)))


@pytest.fixture
def seed_rag_generative(seed_index, real_embedder, real_generator):
    from rag import RAG

    return RAG(seed_index, embedder=real_embedder, generator=real_generator)


def evidence_at(
    marker: int, sentence: str, start: int, relevance: float, doc_id: str = "d"
) -> Evidence:
    """An evidence sentence at `start` of document `doc_id`, for tests of pure logic."""
    return Evidence(marker, sentence, doc_id, "t", None, None, start, start + len(sentence), 0.5,
                    relevance)  # fmt: skip


def passage_of(*sentences: tuple[str, float], doc_id: str = "d1") -> Hit:
    """One retrieved passage of `sentences` (text and retrieval score), one space apart, for
    tests of evidence selection."""
    scored, start = [], 0
    for index, (text, score) in enumerate(sentences):
        scored.append(ScoredSentence(index, start, start + len(text), text, score))
        start += len(text) + 1
    return Hit(1, doc_id, "T", None, None, None, "", 0, start, 1.0, 0.5, 1.0, tuple(scored))


def passage(*sentences: str, start: int = 0, first: int = 0, title: str = "t") -> Hit:
    """A retrieved passage of `sentences`, one space apart, at `start` of document "d"; `first`
    is the index of its first sentence."""
    scored, at = [], start
    for index, text in enumerate(sentences, start=first):
        scored.append(ScoredSentence(index, at, at + len(text), text, 0.5))
        at += len(text) + 1
    text = " ".join(sentences)
    return Hit(1, "d", title, None, None, None, text, start, at, 1.0, 0.5, 1.0, tuple(scored))
