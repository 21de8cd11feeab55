"""Crash safety and concurrency with real processes: `rag ingest` killed with SIGKILL mid-way, a
second writer, and readers querying while a writer commits. Real embedder, real FAISS, real SQLite.
"""

import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from rag import RAG
from rag.ingestion import FILES_PER_COMMIT

pytestmark = pytest.mark.slow

FILES = 3 * FILES_PER_COMMIT + 5
CLI = [sys.executable, "-c", "from rag.cli import main; main()"]


def write_articles(folder: Path, batch: int, count: int = FILES) -> list[str]:
    """`count` short articles, each naming its own harbour so a search can find exactly it."""
    folder.mkdir(parents=True)
    names = []
    for i in range(count):
        name = f"harbour{batch}x{i}"
        (folder / f"{i:03d}.txt").write_text(
            f"Storm at {name}\n\nA storm closed the harbour of {name} on Monday. "
            f"Fishing boats at {name} stayed in port while repairs began.\n",
            encoding="utf-8",
        )
        names.append(name)
    return names


def committed_documents(index: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{index / 'store.sqlite3'}?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0  # not created yet


def ingest_process(folder: Path, index: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*CLI, "ingest", str(folder), "--index", str(index)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_after_first_commit(process: subprocess.Popen, index: Path, before: int) -> None:
    deadline = time.monotonic() + 300
    while committed_documents(index) <= before:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no commit within 300 s"
        time.sleep(0.05)
    time.sleep(random.uniform(0.0, 1.0))  # somewhere inside a later batch, or between batches
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_sigkill_mid_ingest_keeps_committed_batches_and_resumes(tmp_path, real_embedder):
    index = tmp_path / "index"
    indexed: list[str] = []
    for run in range(3):  # each run kills at a random point, then resumes
        names = write_articles(tmp_path / f"batch{run}", run)
        process = ingest_process(tmp_path / f"batch{run}", index)
        kill_after_first_commit(process, index, before=len(indexed))
        assert process.returncode == -signal.SIGKILL

        db = sqlite3.connect(index / "store.sqlite3")
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.close()
        rag = RAG(index, embedder=real_embedder)
        survived = rag.stats().documents - len(indexed)
        # Each batch of files commits whole: the kill leaves only complete batches behind.
        assert survived % FILES_PER_COMMIT == 0 or survived == FILES
        assert 0 < survived
        for name in [*indexed[-2:], names[0]]:  # earlier runs and this run's first batch answer
            assert name in rag.retrieve(f"What happened at {name}?", k=1)[0].text
        rag.close()

        resumed = subprocess.run(
            [*CLI, "ingest", str(tmp_path / f"batch{run}"), "--index", str(index)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert resumed.returncode == 0, resumed.stderr
        assert f"{survived} unchanged" in resumed.stdout or survived == FILES
        indexed += names
        rag = RAG(index, embedder=real_embedder)
        assert rag.stats().documents == len(indexed)
        assert names[-1] in rag.retrieve(f"What happened at {names[-1]}?", k=1)[0].text
        rag.close()


def test_readers_keep_answering_while_a_writer_commits_and_a_second_writer_is_refused(
    tmp_path, real_embedder
):
    index = tmp_path / "index"
    first = write_articles(tmp_path / "first", 0)
    RAG(index, embedder=real_embedder).ingest([tmp_path / "first"])
    write_articles(tmp_path / "second", 1, count=12 * FILES_PER_COMMIT)  # long enough to meet
    writer = ingest_process(tmp_path / "second", index)

    errors: list[BaseException] = []
    answered = [0]
    stop = threading.Event()

    def reader(seed: int) -> None:
        rag = RAG(index, embedder=real_embedder)
        pick = random.Random(seed)
        try:
            while not stop.is_set():
                name = pick.choice(first)
                assert name in rag.retrieve(f"What happened at {name}?", k=1)[0].text
                answered[0] += 1
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    readers = [threading.Thread(target=reader, args=(n,)) for n in range(2)]
    for thread in readers:
        thread.start()
    try:
        while committed_documents(index) <= FILES:
            assert writer.poll() is None, writer.communicate()
            time.sleep(0.05)
        second = subprocess.run(
            [*CLI, "ingest", str(tmp_path / "first"), "--index", str(index)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 1
        assert "is busy: another process is writing to it" in second.stderr + second.stdout
        assert writer.wait(600) == 0, writer.communicate()
    finally:
        stop.set()
        for thread in readers:
            thread.join(60)
    assert not errors, errors[0]
    assert answered[0] > 0
    assert RAG(index, embedder=real_embedder).stats().documents == FILES + 12 * FILES_PER_COMMIT
