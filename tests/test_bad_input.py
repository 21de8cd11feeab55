"""Messy input through the public API and CLI: each case gets a clear one-line message, and the
articles indexed before it still answer. Runs on a copy of the seed index with the real embedder."""

import json
import shutil

import pytest
from click.testing import CliRunner

from rag import RAG
from rag.cli import main
from rag.errors import RAGError
from rag.ui import upload_name
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow

SEED_QUESTION = "How did Kim Jong Un travel to Russia?"


@pytest.fixture
def rag(seed_index, real_embedder, tmp_path):
    folder = tmp_path / "index"
    shutil.copytree(seed_index, folder)
    return RAG(folder, embedder=real_embedder)


def still_answers(rag: RAG) -> None:
    """The seed article is still retrieved for its question and answered from, with a citation."""
    assert "private train" in rag.retrieve(SEED_QUESTION, k=1)[0].text
    answer = rag.ask(SEED_QUESTION, mode="extractive")
    assert not answer.refused and "Kim Jong Un" in answer.citations[0].title


def only_failure(report, name: str) -> str:
    assert not report.added and len(report.failed) == 1, report
    failure = report.failed[0]
    assert failure.path.endswith(name) and "\n" not in failure.reason
    return failure.reason


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\t \r\n   \n", "file is empty"),
        ("photo.txt", bytes(range(256)) * 40, "looks like a binary file"),
        (
            "menu.html",
            b"<html><head><style>body{color:red}</style><script>var a=1;</script></head>"
            b"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>",
            "no article text found in the HTML",
        ),
        ("dump.txt", b"word " * 250_000, "split it into separate articles"),
    ],
)
def test_unusable_file_is_reported_and_the_index_kept(rag, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    assert message in only_failure(rag.ingest([path]), name)
    assert rag.stats().documents == 1
    still_answers(rag)


def test_cp1252_file_is_decoded_and_indexed(rag, tmp_path):
    path = tmp_path / "cafe.txt"
    body = "Café owners in Zürich said the price of a coffee rose to €5 this week, a record."
    path.write_bytes(f"Zürich café prices\n\n{body}\n".encode("cp1252"))
    report = rag.ingest([path])
    assert report.added == [str(path)]
    assert any("decoded as" in w.reason for w in report.warnings)
    hit = rag.retrieve("What did a coffee cost in Zürich?", k=1)[0]
    assert hit.title == "Zürich café prices" and "€5" in hit.text
    still_answers(rag)


def test_malformed_jsonl_lines_are_numbered_and_the_rest_indexed(rag, tmp_path):
    path = tmp_path / "feed.jsonl"
    good = {
        "title": "Harbour reopens",
        "text": "The harbour of Nampo reopened on Friday after repairs.",
    }
    path.write_text(f'{json.dumps(good)}\n{{"title": "broken"\nnot json at all\n', encoding="utf-8")
    report = rag.ingest([path])
    assert [f.reason.split(":")[0] for f in report.failed] == [
        "malformed JSON on line 2",
        "malformed JSON on line 3",
    ]
    assert "Nampo" in rag.ask("When did the harbour of Nampo reopen?", mode="extractive").text
    still_answers(rag)


def test_duplicate_article_under_another_name_is_skipped(rag, tmp_path):
    copy = tmp_path / "copy-of-seed.txt"
    shutil.copy(next(SEEDS.glob("*.txt")), copy)
    report = rag.ingest([copy])
    assert not report.added
    assert len(report.warnings) == 1 and "duplicate of" in report.warnings[0].reason
    assert rag.stats().documents == 1
    still_answers(rag)


@pytest.mark.parametrize(
    "claimed", ["../../etc/evil.txt", "..\\..\\evil.txt", "/abs/path/evil.txt", ".evil.txt"]
)
def test_uploads_with_path_traversal_names_stay_in_the_uploads_folder(rag, tmp_path, claimed):
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    name = upload_name(claimed)
    target = (uploads / name).resolve()
    assert target.parent == uploads.resolve() and not name.startswith(".")
    target.write_text("Evil plans\n\nThe plan was filed under a crafted name.\n", encoding="utf-8")
    assert rag.ingest([target]).added == [str(target)]
    assert sorted(p.name for p in tmp_path.rglob("evil*")) == ["evil.txt"]
    still_answers(rag)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "the question is empty"),
        ("   \n ", "the question is empty"),
        ("???", "the question has no words"),
        ("Why?" * 2500, "the question is 10,000 characters long; ask in at most 1,000"),
        ("Wie ist Kim Jong Un nach Russland gereist?", "the question looks like German"),
        ("Comment Kim Jong Un est-il allé en Russie ?", "the question looks like French"),
    ],
)
def test_unusable_question_is_a_clear_error_in_api_and_cli(rag, question, message):
    with pytest.raises(RAGError, match=message.replace("?", r"\?")):
        rag.ask(question, mode="extractive")
    result = CliRunner().invoke(
        main, ["ask", question, "--mode", "extractive", "--index", str(rag.index.folder)]
    )
    assert result.exit_code == 1
    assert result.output.startswith("error: " + message) and result.output.count("\n") == 1
    still_answers(rag)


@pytest.mark.parametrize("k", [0, -1])
def test_a_passage_count_under_one_is_a_clear_error_in_api_and_cli(rag, k):
    with pytest.raises(RAGError, match=f"k is {k}; ask for at least 1 passage"):
        rag.ask("How did Kim travel?", mode="extractive", k=k)
    with pytest.raises(RAGError, match=f"k is {k}"):
        rag.retrieve("How did Kim travel?", k=k)
    folder = str(rag.index.folder)
    for command in (["ask", "How did Kim travel?", "--mode", "extractive"], ["search", "Kim"]):
        result = CliRunner().invoke(main, [*command, "--k", str(k), "--index", folder])
        assert result.exit_code == 1
        assert result.output == f"error: k is {k}; ask for at least 1 passage\n"
    still_answers(rag)


def test_filters_that_match_nothing_or_cannot_say_so_in_the_cli(rag):
    folder = str(rag.index.folder)
    search = ["search", "Kim", "--index", folder]
    result = CliRunner().invoke(main, [*search, "--source", "No Such Wire"])
    assert result.exit_code == 0
    assert result.stdout.startswith("No passages match from the --source, --since and --until")
    backwards = CliRunner().invoke(
        main, [*search, "--since", "2024-05-01", "--until", "2024-01-01"]
    )
    assert backwards.exit_code == 1
    assert backwards.stderr.endswith(
        "error: since 2024-05-01 is after until 2024-01-01; give the earlier date as since\n"
    )
    still_answers(rag)
