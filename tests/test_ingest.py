"""Ingestion bookkeeping, bad input and index safety, with a fast fake embedder."""

import json
import multiprocessing

import pytest
from click.testing import CliRunner

from rag import RAG, Settings
from rag.cli import main
from rag.errors import IndexBusyError, IndexMismatchError, RAGError
from tests.conftest import HashEmbedder


def write(path, title, body):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


STORM = "A powerful storm struck the northern coast on Saturday. Power was cut to 40,000 homes."
VOTE = "Parliament passed the budget on Tuesday. The opposition walked out before the vote."


def test_unchanged_changed_and_removed(fake_rag, tmp_path):
    a = write(tmp_path / "news" / "storm.txt", "Storm", STORM)
    write(tmp_path / "news" / "vote.txt", "Vote", VOTE)
    report = fake_rag.ingest([tmp_path / "news"])
    assert len(report.added) == 2 and not report.failed
    assert fake_rag.stats().documents == 2
    stats = fake_rag.stats()
    assert report.embedded == stats.chunks + stats.sentences and report.embedding_s > 0
    assert stats.index_type == "flat"  # "auto" searches exactly at this size
    assert f"embedded {report.embedded} texts at" in report.summary()

    again = fake_rag.ingest([tmp_path / "news"])
    assert len(again.unchanged) == 2 and again.embedded == 0
    assert "embedded" not in again.summary()
    generation = fake_rag.stats().generation

    write(a, "Storm", STORM + " Schools will stay closed on Monday.")
    report = fake_rag.ingest([tmp_path / "news"])
    assert report.updated == [str(a)] and len(report.unchanged) == 1
    assert fake_rag.stats().documents == 2
    assert fake_rag.stats().generation == generation + 1
    hits = fake_rag.retrieve("schools closed Monday", k=1)
    assert "Schools will stay closed" in hits[0].text

    doc_id = hits[0].doc_id
    assert fake_rag.remove(doc_id).title == "Storm"
    assert fake_rag.stats().documents == 1
    assert all(h.doc_id != doc_id for h in fake_rag.retrieve("storm coast power", k=5))


def test_duplicate_content_under_another_name_is_skipped(fake_rag, tmp_path):
    write(tmp_path / "a.txt", "Storm", STORM)
    write(tmp_path / "copy-of-a.txt", "Storm", STORM)
    report = fake_rag.ingest([tmp_path])
    assert fake_rag.stats().documents == 1
    assert any("duplicate of" in w.reason for w in report.warnings)


def test_folder_with_one_bad_file_indexes_the_good_ones_and_keeps_old(fake_rag, tmp_path):
    write(tmp_path / "old.txt", "Vote", VOTE)
    fake_rag.ingest([tmp_path / "old.txt"])
    folder = tmp_path / "batch"
    write(folder / "storm.txt", "Storm", STORM)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "bad.json").write_text('{"title": "x", "text": ')
    (folder / "mixed.jsonl").write_text(
        json.dumps({"title": "Fire", "text": "A fire broke out at the port on Friday."})
        + "\nnot json\n"
    )
    report = fake_rag.ingest([folder, tmp_path / "missing.txt"])
    failed = {f.path: f.reason for f in report.failed}
    assert set(report.added) == {str(folder / "storm.txt"), str(folder / "mixed.jsonl")}
    assert "file is empty" in failed[str(folder / "empty.txt")]
    assert "binary" in failed[str(folder / "binary.txt")]
    assert "malformed JSON" in failed[str(folder / "bad.json")]
    assert "line 2" in failed[f"{folder / 'mixed.jsonl'}:2"]
    assert "no such file" in failed[str(tmp_path / "missing.txt")]
    titles = {d.title for d in fake_rag.documents()}
    assert titles == {"Vote", "Storm", "Fire"}
    assert fake_rag.retrieve("opposition walked out vote", k=1)[0].title == "Vote"


def test_file_that_turns_bad_keeps_its_indexed_version(fake_rag, tmp_path):
    path = write(tmp_path / "storm.txt", "Storm", STORM)
    fake_rag.ingest([path])
    path.write_bytes(b"\x00\x01\x02" * 100)
    report = fake_rag.ingest([path])
    assert report.failed and not report.updated
    assert [d.title for d in fake_rag.documents()] == ["Storm"]


def test_failed_write_rolls_back_to_last_commit(tmp_path, monkeypatch):
    settings = Settings.load(overrides={"embedding": {"model": "test-hash"}})
    rag = RAG(tmp_path / "index", settings=settings, embedder=HashEmbedder())
    write(tmp_path / "first" / "vote.txt", "Vote", VOTE)
    rag.ingest([tmp_path / "first"])

    class Exploding(HashEmbedder):
        def embed_documents(self, texts):
            raise KeyboardInterrupt  # as if Ctrl-C arrived mid-ingest

    broken = RAG(tmp_path / "index", settings=settings, embedder=Exploding())
    write(tmp_path / "second" / "storm.txt", "Storm", STORM)
    with pytest.raises(KeyboardInterrupt):
        broken.ingest([tmp_path / "second"])
    reopened = RAG(tmp_path / "index", settings=settings, embedder=HashEmbedder())
    assert [d.title for d in reopened.documents()] == ["Vote"]
    assert reopened.retrieve("budget vote", k=1)[0].title == "Vote"
    assert len(reopened.ingest([tmp_path / "second"]).added) == 1


def test_index_built_differently_is_refused(fake_rag, tmp_path):
    write(tmp_path / "a.txt", "Storm", STORM)
    fake_rag.ingest([tmp_path / "a.txt"])
    other_chunking = Settings.load(
        overrides={"embedding": {"model": "test-hash"}, "chunking": {"max_tokens": 99}}
    )
    with pytest.raises(IndexMismatchError, match="chunking"):
        RAG(tmp_path / "index", settings=other_chunking, embedder=HashEmbedder())
    with pytest.raises(IndexMismatchError, match="embedder 'test-hash'"):
        RAG(tmp_path / "index")


def _hold_lock(folder, ready, release):
    import filelock

    with filelock.FileLock(str(folder / "write.lock")):
        ready.set()
        release.wait(10)


def test_second_writer_gets_busy_error(fake_rag, tmp_path):
    write(tmp_path / "a.txt", "Storm", STORM)
    fake_rag.ingest([tmp_path / "a.txt"])
    ctx = multiprocessing.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(tmp_path / "index", ready, release))
    holder.start()
    try:
        assert ready.wait(30)
        write(tmp_path / "b.txt", "Vote", VOTE)
        with pytest.raises(IndexBusyError, match="busy"):
            fake_rag.ingest([tmp_path / "b.txt"])
        assert fake_rag.retrieve("storm", k=1)[0].title == "Storm"  # readers still work
    finally:
        release.set()
        holder.join(10)
    assert len(fake_rag.ingest([tmp_path / "b.txt"]).added) == 1


def test_hnsw_and_ivf_return_the_same_top_hit(tmp_path):
    for kind in ["flat", "hnsw", "ivf"]:
        settings = Settings.load(
            overrides={"embedding": {"model": "test-hash"}, "index": {"type": kind}}
        )
        rag = RAG(tmp_path / f"index-{kind}", settings=settings, embedder=HashEmbedder())
        write(tmp_path / "docs" / "storm.txt", "Storm", STORM)
        write(tmp_path / "docs" / "vote.txt", "Vote", VOTE)
        rag.ingest([tmp_path / "docs"])
        assert rag.retrieve("storm power homes", k=1)[0].title == "Storm", kind


def test_one_path_may_be_given_alone_as_a_string_or_a_path(fake_rag, tmp_path):
    folder = tmp_path / "news"
    write(folder / "storm.txt", "Storm", STORM)
    assert len(fake_rag.ingest(str(folder)).added) == 1  # not the paths n, e, w and s
    write(folder / "vote.txt", "Vote", VOTE)
    report = fake_rag.ingest(folder)
    assert len(report.added) == 1 and len(report.unchanged) == 1 and not report.failed


def test_a_folder_holding_the_index_does_not_ingest_the_index_files(fake_rag, tmp_path):
    write(tmp_path / "news" / "storm.txt", "Storm", STORM)
    assert fake_rag.index.folder.parent == tmp_path
    fake_rag.ingest([tmp_path])
    fake_rag.retrieve("storm", k=1)  # writes the BM25 and vector files, JSON among them
    report = fake_rag.ingest([tmp_path])
    assert report.unchanged == [str(tmp_path / "news" / "storm.txt")] and not report.failed


def test_a_damaged_manifest_or_store_is_a_one_line_error(fake_rag, tmp_path):
    write(tmp_path / "news" / "storm.txt", "Storm", STORM)
    fake_rag.ingest([tmp_path / "news"])
    folder, settings = fake_rag.index.folder, fake_rag.settings
    (folder / "manifest.json").write_text("hi")
    with pytest.raises(RAGError, match=r"manifest\.json' is damaged"):
        RAG(folder, settings=settings, embedder=HashEmbedder()).stats()
    (folder / "manifest.json").unlink()
    (folder / "store.sqlite3").write_bytes(b"not a database" * 100)
    for name in ("store.sqlite3-wal", "store.sqlite3-shm"):
        (folder / name).unlink(missing_ok=True)
    with pytest.raises(RAGError, match=r"store\.sqlite3' is damaged"):
        RAG(folder, settings=settings, embedder=HashEmbedder()).stats()


def test_an_unusable_search_question_or_history_is_a_clear_error(fake_rag, tmp_path):
    write(tmp_path / "news" / "storm.txt", "Storm", STORM)
    fake_rag.ingest([tmp_path / "news"])
    assert fake_rag.retrieve("?!?") == [] and fake_rag.retrieve("storm")
    result = CliRunner().invoke(main, ["search", "?!?", "--index", str(fake_rag.index.folder)])
    assert result.exit_code == 1
    assert result.output.startswith("error: the search has no words")
    with pytest.raises(RAGError, match="the question must be text, not NoneType"):
        fake_rag.ask(None)
    with pytest.raises(RAGError, match="history must be a list of turns"):
        fake_rag.ask("Where did the storm strike?", history=["Where did the storm strike?"])
    history = [{"role": "user", "content": "Where did the storm strike?"}]
    assert fake_rag.ask("When?", history=history).standalone_question == (
        "When did the storm strike?"
    )
