"""The contract every vector store keeps, run against real FAISS, real milvus-lite in process (a
.db file) and a real Milvus server address (milvus-lite's gRPC server on a loopback port, the path
a cluster URI takes); then the index keeping Milvus in step with SQLite, and Milvus' errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable

import numpy as np
import pytest
from click.testing import CliRunner

from rag import RAG, Settings
from rag.cli import main
from rag.errors import RAGError
from rag.settings import IndexSettings
from rag.types import VectorRecord
from rag.vector_store import FaissStore, VectorFilter, VectorStore
from tests.conftest import HashEmbedder
from tests.test_ingest import STORM, VOTE, write

DIM = 16
SOURCES = ["Daily Planet", "Morning Post", None, 'The "Quoted" \\ Times', "Süddeutsche"]
DATES = ["2024-03-01", "2024-03-02T10:00", "2024-03-03", None]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def milvus_server(tmp_path_factory):
    """A Milvus gRPC server on a loopback port (milvus-lite's server), as a cluster would be."""
    from pymilvus import MilvusClient

    port = free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "milvus_lite", "server", "--host", "127.0.0.1"),
            *("--port", str(port), "--data-dir", str(tmp_path_factory.mktemp("milvus-server"))),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    uri = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            MilvusClient(uri).close()
            break
        except Exception:
            assert process.poll() is None, "the Milvus server did not start"
            assert time.monotonic() < deadline, "the Milvus server did not answer in 60 s"
            time.sleep(0.2)
    yield uri
    process.terminate()
    process.wait(30)


@pytest.fixture(params=["faiss", "milvus-lite", "milvus-server"])
def open_store(request, tmp_path) -> Callable[[], VectorStore]:
    """Opens the same persistent store each time it is called; exact search, so every store
    must return exactly the same hits."""
    settings = IndexSettings(type="flat")
    if request.param == "faiss":
        return lambda: FaissStore.open(tmp_path / "faiss", DIM, settings)
    from rag.milvus_store import MilvusStore

    if request.param == "milvus-lite":
        uri = str(tmp_path / "vectors.db")
    else:
        uri = request.getfixturevalue("milvus_server")
    collection = f"test_{uuid.uuid4().hex[:12]}"
    return lambda: MilvusStore.open(uri, collection, DIM, settings)


@pytest.fixture
def store(open_store):
    opened = open_store()
    yield opened
    opened.close()


def dataset(n: int = 300, seed: int = 0) -> list[VectorRecord]:
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((n, DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return [
        VectorRecord(1000 + i, vectors[i], SOURCES[i % len(SOURCES)], DATES[i % len(DATES)])
        for i in range(n)
    ]


def exact(records: list[VectorRecord], query: np.ndarray, n: int) -> list[tuple[int, float]]:
    scores = sorted(((float(r.vector @ query), r.chunk_id) for r in records), reverse=True)
    return [(chunk_id, score) for score, chunk_id in scores[:n]]


def assert_hits(got: list[tuple[int, float]], expected: list[tuple[int, float]]) -> None:
    assert [i for i, _ in got] == [i for i, _ in expected]
    assert np.allclose([s for _, s in got], [s for _, s in expected], atol=1e-5)


def queries(count: int = 8) -> np.ndarray:
    rng = np.random.default_rng(1)
    q = rng.standard_normal((count, DIM)).astype(np.float32)
    return q / np.linalg.norm(q, axis=1, keepdims=True)


def test_same_hits_as_exact_search(store):
    records = dataset()
    for start in range(0, len(records), 100):
        store.add(records[start : start + 100])
    assert store.size == len(records)
    for query in queries():
        assert_hits(store.search(query, 10), exact(records, query, 10))


def test_adding_an_id_again_replaces_its_vector(store):
    records = dataset(50)
    store.add(records)
    moved = VectorRecord(1007, records[30].vector, "Morning Post", "2024-01-01")
    store.add([moved])
    assert store.size == 50
    hits = store.search(records[30].vector, 2)
    assert {i for i, _ in hits} == {1007, 1030}
    assert all(s == pytest.approx(1.0, abs=1e-5) for _, s in hits)
    assert (
        store.search(records[30].vector, 5, VectorFilter(since="2024-01-01", until="2024-01-01"))[
            0
        ][0]
        == 1007
    )


def test_deletes_take_effect(store):
    records = dataset()
    store.add(records)
    query = queries(1)[0]
    gone = [i for i, _ in store.search(query, 5)]
    store.delete([*gone, 999_999])  # an id the store never held is ignored
    assert store.size == len(records) - 5
    kept = [r for r in records if r.chunk_id not in gone]
    assert_hits(store.search(query, 10), exact(kept, query, 10))
    store.add([r for r in records if r.chunk_id == gone[0]])
    assert store.search(query, 1)[0][0] == gone[0]


@pytest.mark.parametrize(
    "where, keep",
    [
        (VectorFilter(sources=("morning post",)), lambda r: r.source == "Morning Post"),
        (
            VectorFilter(sources=("DAILY PLANET", 'the "quoted" \\ times')),
            lambda r: r.source in ("Daily Planet", 'The "Quoted" \\ Times'),
        ),
        (VectorFilter(sources=("Süddeutsche",)), lambda r: r.source == "Süddeutsche"),
        (VectorFilter(since="2024-03-02"), lambda r: r.date is not None and r.date >= "2024-03-02"),
        (
            VectorFilter(until="2024-03-02"),  # the same day with a time of day counts
            lambda r: r.date is not None and r.date[:10] <= "2024-03-02",
        ),
        (
            VectorFilter(sources=("Morning Post",), since="2024-03-02", until="2024-03-02"),
            lambda r: r.source == "Morning Post" and (r.date or "")[:10] == "2024-03-02",
        ),
        (VectorFilter(sources=("Nobody",)), lambda r: False),
    ],
)
def test_filters(store, where, keep):
    records = dataset()
    store.add(records)
    matching = [r for r in records if keep(r)]
    for query in queries(4):
        assert_hits(store.search(query, 20, where), exact(matching, query, 20))


def test_reopening_keeps_the_data(open_store):
    records = dataset()
    store = open_store()
    store.add(records)
    store.delete([1000, 1001])
    store.persist()
    store.close()

    store = open_store()
    kept = records[2:]
    assert store.size == len(kept)
    for query in queries(3):
        assert_hits(store.search(query, 10), exact(kept, query, 10))
    store.add(records[:1])
    store.persist()
    store.close()

    store = open_store()
    assert store.size == len(kept) + 1
    assert_hits(store.search(records[0].vector, 1), [(1000, 1.0)])
    store.close()


def test_empty_store_and_no_room_return_nothing(store):
    assert store.size == 0
    assert store.search(queries(1)[0], 5) == []
    store.add(dataset(10))
    assert store.search(queries(1)[0], 0) == []


@pytest.mark.parametrize("kind", ["hnsw", "ivf", "auto"])
def test_approximate_index_types_find_a_stored_vector(tmp_path, kind):
    from rag.milvus_store import MilvusStore

    settings = IndexSettings(type=kind)
    records = dataset(2000)
    for store in [
        FaissStore.open(tmp_path / "faiss", DIM, settings),
        MilvusStore.open(str(tmp_path / "v.db"), "chunks", DIM, settings),
    ]:
        store.add(records)
        for r in records[:20]:
            assert store.search(r.vector, 5)[0][0] == r.chunk_id, (kind, type(store).__name__)
        store.close()


# The index keeping Milvus in step with SQLite


def settings_with(uri: str = "", **index) -> Settings:
    """Settings for the fast hash embedder, on Milvus unless `index` says otherwise."""
    return Settings.load(
        overrides={
            "embedding": {"model": "test-hash"},
            "index": {"vector_store": "milvus", "milvus_uri": uri, **index},
            "retrieval": {"duplicate_threshold": 1.01},
        }
    )


def news(folder) -> None:
    records = [
        {"title": "Storm A", "text": STORM, "source": "Daily Planet", "date": "2024-03-02"},
        {"title": "Storm B", "text": STORM + " Trains were cancelled.", "source": "Morning Post"},
        {"title": "Vote", "text": VOTE, "source": "Morning Post", "date": "2023-11-30"},
    ]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "news.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    write(folder / "storm.txt", "Storm", STORM + " Schools will stay closed on Monday.")


def answers(rag: RAG) -> list:
    asked = []
    for question, filters in [
        ("storm coast power", {}),
        ("budget vote opposition", {}),
        ("storm coast", {"sources": ["morning post"]}),
        ("storm coast", {"since": "2024-01-01"}),
        ("storm coast", {"until": "2024-03-02"}),
    ]:
        hits = rag.retrieve(question, k=5, **filters)
        asked.append([(h.doc_id, h.start, h.end, h.score, h.dense_score) for h in hits])
    return asked


def milvus_matches_sqlite(rag: RAG, dimension: int = HashEmbedder.dimension) -> None:
    """The collection holds exactly the store's chunk ids, each with its SQLite vector."""
    from rag.milvus_store import checksum

    milvus = rag.index.vectors(dimension)
    ids, vectors = rag.index.store.all_vectors(dimension)
    assert milvus._checksums() == {int(i): checksum(v) for i, v in zip(ids, vectors, strict=True)}


def test_index_on_milvus_answers_like_faiss_through_updates_and_removals(tmp_path):
    news(tmp_path / "docs")
    faiss = RAG(
        tmp_path / "faiss", settings=settings_with(vector_store="faiss"), embedder=HashEmbedder()
    )
    milvus = RAG(tmp_path / "milvus", settings=settings_with(), embedder=HashEmbedder())
    for rag in (faiss, milvus):
        rag.ingest([tmp_path / "docs"])
    assert answers(milvus) == answers(faiss) and answers(faiss)[0]
    assert (tmp_path / "milvus" / "milvus.db").is_dir()
    milvus_matches_sqlite(milvus)

    write(tmp_path / "docs" / "storm.txt", "Storm", STORM + " Ferries stopped too.")
    for rag in (faiss, milvus):
        assert len(rag.ingest([tmp_path / "docs"]).updated) == 1
        rag.remove(next(d.doc_id for d in rag.documents() if d.title == "Vote"))
    assert answers(milvus) == answers(faiss)
    assert all(h.title != "Vote" for h in milvus.retrieve("budget vote opposition", k=5))
    milvus_matches_sqlite(milvus)

    milvus.close()
    reopened = RAG(tmp_path / "milvus", settings=settings_with(), embedder=HashEmbedder())
    assert answers(reopened) == answers(faiss)
    reopened.close()


def test_a_crash_between_sqlite_commit_and_milvus_sync_heals(tmp_path, monkeypatch):
    from rag.milvus_store import MilvusStore

    news(tmp_path / "docs")
    rag = RAG(tmp_path / "index", settings=settings_with(), embedder=HashEmbedder())
    rag.ingest([tmp_path / "docs"])
    rag.close()

    def crash(self, records):
        raise KeyboardInterrupt  # dies after SQLite committed, before Milvus took the batch

    # Replacing a file reuses the chunk ids of the removed version: only checksums tell the
    # stale vectors apart.
    write(tmp_path / "docs" / "storm.txt", "Storm", "Lightning set a barn on fire near the coast.")
    monkeypatch.setattr(MilvusStore, "add", crash)
    with pytest.raises(KeyboardInterrupt):
        RAG(tmp_path / "index", settings=settings_with(), embedder=HashEmbedder()).ingest(
            [tmp_path / "docs"]
        )
    monkeypatch.undo()

    faiss = RAG(
        tmp_path / "faiss", settings=settings_with(vector_store="faiss"), embedder=HashEmbedder()
    )
    faiss.ingest([tmp_path / "docs"])
    healed = RAG(tmp_path / "index", settings=settings_with(), embedder=HashEmbedder())
    assert healed.retrieve("lightning barn fire", k=1)[0].title == "Storm"  # a reader heals it
    milvus_matches_sqlite(healed)
    assert answers(healed) == answers(faiss)
    assert len(healed.ingest([tmp_path / "docs"]).unchanged) == 2


@pytest.mark.slow
def test_sigkill_mid_ingest_heals_milvus_and_resumes(tmp_path, real_embedder):
    from tests.test_crash_safety import CLI, FILES, kill_after_first_commit, write_articles

    config = tmp_path / "milvus.toml"
    config.write_text('[index]\nvector_store = "milvus"\n', encoding="utf-8")
    index = tmp_path / "index"
    names = write_articles(tmp_path / "articles", 0)
    command = [*CLI, "ingest", str(tmp_path / "articles"), "--index", str(index)]
    command += ["--config", str(config)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    kill_after_first_commit(process, index, before=0)

    rag = RAG(index, config=config, embedder=real_embedder)
    assert 0 < rag.stats().documents <= FILES
    assert names[0] in rag.retrieve(f"What happened at {names[0]}?", k=1)[0].text
    milvus_matches_sqlite(rag, real_embedder.dimension)
    rag.close()  # milvus-lite opens its file in one process at a time

    resumed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    rag = RAG(index, config=config, embedder=real_embedder)
    assert rag.stats().documents == FILES
    milvus_matches_sqlite(rag, real_embedder.dimension)
    assert names[-1] in rag.retrieve(f"What happened at {names[-1]}?", k=1)[0].text
    rag.close()


def test_a_collection_emptied_behind_the_index_is_refilled(tmp_path, milvus_server):
    from pymilvus import MilvusClient

    news(tmp_path / "docs")
    rag = RAG(tmp_path / "index", settings=settings_with(milvus_server), embedder=HashEmbedder())
    rag.ingest([tmp_path / "docs"])
    expected = answers(rag)
    collection = rag.index.vectors(HashEmbedder.dimension).collection
    rag.close()
    MilvusClient(milvus_server).drop_collection(collection)
    rag = RAG(tmp_path / "index", settings=settings_with(milvus_server), embedder=HashEmbedder())
    assert answers(rag) == expected
    milvus_matches_sqlite(rag)
    rag.close()


def test_unreachable_milvus_is_one_line_that_says_what_to_do(tmp_path):
    write(tmp_path / "docs" / "storm.txt", "Storm", STORM)
    uri = f"http://127.0.0.1:{free_port()}"
    rag = RAG(tmp_path / "index", settings=settings_with(uri), embedder=HashEmbedder())
    with pytest.raises(
        RAGError,
        match=rf"^cannot reach Milvus at {uri}: .*; start the server or fix index.milvus_uri",
    ):
        rag.ingest([tmp_path / "docs"])

    config = tmp_path / "milvus.toml"
    config.write_text(f'[index]\nvector_store = "milvus"\nmilvus_uri = "{uri}"\n')
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(tmp_path / "docs"),
            "--index",
            str(tmp_path / "ix"),
            "--config",
            str(config),
        ],
    )
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: cannot reach Milvus at {uri}")


def test_bad_milvus_settings_are_clear_errors(tmp_path):
    write(tmp_path / "docs" / "storm.txt", "Storm", STORM)
    for index, message in [
        ({"milvus_uri": "milvus-data"}, "neither a milvus-lite file ending in .db nor a server"),
        ({"vector_store": "pinecone"}, "unknown index.vector_store 'pinecone'"),
    ]:
        rag = RAG(tmp_path / "index", settings=settings_with(**index), embedder=HashEmbedder())
        with pytest.raises(RAGError, match=message):
            rag.ingest([tmp_path / "docs"])
    with pytest.raises(RAGError, match=r"index\.type must be one of auto, flat, hnsw, ivf"):
        settings_with(type="annoy")  # before anything is ingested or searched


def test_a_lite_file_open_in_another_process_is_a_clear_error(tmp_path):
    path = tmp_path / "shared.db"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from pymilvus import MilvusClient; MilvusClient({str(path)!r}); print('open', flush=True); input()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        write(tmp_path / "docs" / "storm.txt", "Storm", STORM)
        rag = RAG(tmp_path / "index", settings=settings_with(str(path)), embedder=HashEmbedder())
        with pytest.raises(
            RAGError, match="is open in another process, and milvus-lite serves one"
        ):
            rag.ingest([tmp_path / "docs"])
    finally:
        holder.communicate("\n", timeout=30)
    rag.ingest([tmp_path / "docs"])  # free again once that process ended
    assert rag.retrieve("storm", k=1)[0].title == "Storm"
    rag.close()
