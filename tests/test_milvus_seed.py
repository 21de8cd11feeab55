"""`rag ingest` and `rag ask` with vector_store = "milvus" (milvus-lite) answer the seed questions
with the same citations as the FAISS index, with the real bundled embedder."""

import json

import pytest
from click.testing import CliRunner

from rag import RAG
from rag.cli import main
from rag.milvus_store import MilvusStore
from tests.conftest import REPO, SEEDS

pytestmark = pytest.mark.slow

QUESTIONS = [
    q["question"]
    for q in json.loads((REPO / "eval" / "seed_questions.json").read_text(encoding="utf-8"))[
        "questions"
    ]
]


@pytest.fixture
def rag_command(monkeypatch, real_embedder):
    """The `rag` command in this process, given the session's embedder instead of loading the
    same model again for every command."""
    monkeypatch.setattr("rag.api.SentenceTransformerEmbedder", lambda settings: real_embedder)
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(main, list(args))
        assert result.exit_code == 0, result.output
        return result.stdout

    return run


def cited(answer: dict) -> list[tuple]:
    return [
        (c["marker"], c["doc_id"], c["start"], c["end"], c["sentence"]) for c in answer["citations"]
    ]


def passages(answer: dict) -> list[tuple]:
    return [(p["doc_id"], p["start"], p["end"], p["score"]) for p in answer["passages"]]


def test_seed_questions_get_the_same_citations_on_milvus_as_on_faiss(
    tmp_path, rag_command, seed_rag, real_embedder
):
    config = tmp_path / "milvus.toml"
    config.write_text('[index]\nvector_store = "milvus"\n', encoding="utf-8")
    index = tmp_path / "milvus-index"
    on = ["--index", str(index), "--config", str(config)]
    assert "1 added" in rag_command("ingest", str(SEEDS), *on)

    for question in QUESTIONS:
        on_milvus = json.loads(rag_command("ask", question, *on, "--json", "--mode", "extractive"))
        on_faiss = seed_rag.ask(question, mode="extractive").to_dict()
        assert cited(on_milvus) == cited(on_faiss), question
        assert on_milvus["text"] == on_faiss["text"], question
        assert passages(on_milvus) == passages(on_faiss), question
        assert cited(on_milvus) or on_milvus["refused"]

    # The seed article has fewer chunks than retrieval's candidate pool, so the answers above
    # would agree even if dense ranking differed; the vector stores' own rankings must too.
    rag = RAG(index, config=config, embedder=real_embedder)
    milvus = rag.index.vectors(real_embedder.dimension)
    faiss = seed_rag.index.vectors(real_embedder.dimension)
    assert isinstance(milvus, MilvusStore) and milvus.size == faiss.size == rag.stats().chunks
    for question in QUESTIONS:
        query = real_embedder.embed_query(question)
        got, expected = milvus.search(query, 5), faiss.search(query, 5)
        assert [i for i, _ in got] == [i for i, _ in expected], question
        assert [s for _, s in got] == pytest.approx([s for _, s in expected], abs=1e-5)
    rag.close()
