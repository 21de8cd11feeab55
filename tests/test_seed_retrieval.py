"""The product's retrieval claims on the seed article, with the real bundled embedder."""

import json

import pytest
from click.testing import CliRunner

from rag.cli import main
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow

PRIVATE_TRAIN = "Mr Kim left Pyongyang for Russia on Sunday on his private train"


def test_private_train_sentence_is_in_the_top_passage(seed_rag):
    hits = seed_rag.retrieve("How did Kim Jong Un travel to Russia?", k=5)
    assert any(PRIVATE_TRAIN in s.text for s in hits[0].sentences)


def test_boilerplate_is_never_retrieved(seed_rag):
    for question in [
        "Who took the photo?",
        "Where is the video?",
        "How do I join the Telegram channel?",
    ]:
        for hit in seed_rag.retrieve(question, k=10):
            for junk in ["PHOTO: REUTERS", "Remote video URL", "Telegram"]:
                assert junk not in hit.text


def test_cli_ingest_then_search_json(tmp_path):
    runner = CliRunner()
    index = str(tmp_path / "scratch")
    result = runner.invoke(main, ["ingest", str(SEEDS), "--index", index])
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output
    result = runner.invoke(
        main, ["search", "How did Kim Jong Un travel to Russia?", "--index", index, "--json"]
    )
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert {"text", "doc_id", "title", "source", "score", "sentences"} <= set(hits[0])
    assert PRIVATE_TRAIN in hits[0]["text"]
    for sentence in hits[0]["sentences"]:
        assert hits[0]["text"].find(sentence["text"]) >= 0

    result = runner.invoke(main, ["stats", "--index", index])
    assert "documents: 1" in result.output
    doc_id = hits[0]["doc_id"]
    result = runner.invoke(main, ["remove", doc_id, "--index", index])
    assert result.exit_code == 0 and "removed" in result.output
    result = runner.invoke(main, ["search", "train", "--index", index, "--json"])
    assert json.loads(result.stdout) == []
