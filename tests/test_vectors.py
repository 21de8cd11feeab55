"""The dense index with real FAISS on small clustered data: type choice, recall, persistence and
filters, for every index type."""

from __future__ import annotations

import dataclasses

import faiss
import numpy as np
import pytest

from rag.settings import IndexSettings
from rag.vectors import VectorIndex, index_kind

DIM = 32
KINDS = ["flat", "hnsw", "ivf"]
# Small enough that IVF probes only some of its lists, so it is really approximate here.
SETTINGS = IndexSettings(ivf_nprobe=8)


def clustered(count: int, seed: int) -> np.ndarray:
    """Unit vectors around 40 centres, like topics in news embeddings."""
    rng = np.random.default_rng(seed)
    centres = np.random.default_rng(0).standard_normal((40, DIM))
    vectors = centres[rng.integers(0, 40, count)] + 0.6 * rng.standard_normal((count, DIM))
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


@pytest.fixture(scope="module")
def data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Chunk ids that are not positions (so id translation is exercised), vectors, queries."""
    vectors = clustered(3000, seed=1)
    ids = np.arange(len(vectors), dtype=np.int64) * 7 + 1000
    return ids, vectors, clustered(50, seed=2)


def build(kind: str, data) -> VectorIndex:
    ids, vectors, _ = data
    return VectorIndex.build(ids, vectors, DIM, dataclasses.replace(SETTINGS, type=kind))


@pytest.fixture(scope="module")
def built(data) -> dict[str, VectorIndex]:
    """One index of each type over `data`, built once: HNSW builds are the slow part."""
    return {kind: build(kind, data) for kind in KINDS}


def top_ids(index: VectorIndex, query: np.ndarray, n: int = 10, allowed=None) -> list[int]:
    return [i for i, _ in index.search(query, n, allowed)]


@pytest.mark.parametrize("ann", ["hnsw", "ivf"])
def test_auto_is_flat_below_the_threshold_and_ann_from_it(ann, data):
    ids, vectors, queries = data
    settings = IndexSettings(type="auto", ann=ann, ann_threshold=500)
    below = VectorIndex.build(ids[:499], vectors[:499], DIM, settings)
    at = VectorIndex.build(ids[:500], vectors[:500], DIM, settings)
    assert (below.kind, at.kind) == ("flat", ann)
    assert index_kind(settings, 0) == "flat"
    assert top_ids(at, queries[0])[0] in set(ids[:500].tolist())


def test_default_is_auto_and_explicit_types_ignore_the_size():
    assert IndexSettings().type == "auto"
    assert index_kind(IndexSettings(type="hnsw", ann_threshold=10**9), 5) == "hnsw"
    assert index_kind(IndexSettings(type="flat", ann_threshold=0), 10**9) == "flat"


@pytest.mark.parametrize("kind", ["hnsw", "ivf"])
def test_ann_recall_against_exact_search(kind, data, built):
    _, _, queries = data
    exact, approximate = built["flat"], built[kind]
    recalls = [len(set(top_ids(approximate, q)) & set(top_ids(exact, q))) / 10 for q in queries]
    assert approximate.kind == kind
    assert np.mean(recalls) >= 0.9


@pytest.mark.parametrize("kind", KINDS)
def test_save_and_load_round_trip(kind, data, built, tmp_path):
    _, _, queries = data
    index = built[kind]
    path = tmp_path / f"dense-{kind}.faiss"
    index.save(path)
    loaded = VectorIndex.load(path, SETTINGS)
    assert (loaded.kind, loaded.size) == (kind, index.size)
    assert not list(tmp_path.glob("*.tmp"))
    for query in queries[:10]:
        assert loaded.search(query, 10) == index.search(query, 10)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("share", [0.01, 0.2, 0.7])
def test_allowed_ids_filter(kind, share, data, built):
    ids, _, queries = data
    index, exact = built[kind], built["flat"]
    allowed = np.sort(np.random.default_rng(3).choice(ids, int(share * len(ids)), replace=False))
    recalls = []
    for query in queries:
        found = top_ids(index, query, 10, allowed)
        expected = top_ids(exact, query, 10, allowed)
        assert set(found) <= set(allowed.tolist())
        assert len(found) == 10
        recalls.append(len(set(found) & set(expected)) / 10)
    # Filters keeping under half the index are searched exactly; wider ones approximately.
    assert np.mean(recalls) == 1.0 if share < 0.5 else np.mean(recalls) >= 0.9


@pytest.mark.parametrize("kind", KINDS)
def test_empty_index_and_empty_filter(kind, data, built):
    settings = dataclasses.replace(SETTINGS, type=kind)
    empty = VectorIndex.build(
        np.zeros(0, dtype=np.int64), np.zeros((0, DIM), np.float32), DIM, settings
    )
    assert empty.search(data[2][0], 5) == []
    assert built[kind].search(data[2][0], 5, np.zeros(0, dtype=np.int64)) == []


def test_search_leaves_the_callers_thread_count(data, built):
    before = faiss.omp_get_max_threads()
    built["ivf"].search(data[2][0], 5)
    assert faiss.omp_get_max_threads() == before


def test_unknown_type_is_rejected(data):
    with pytest.raises(ValueError, match="unknown index type 'annoy'"):
        build("annoy", data)
