"""FAISS dense index over chunk vectors, keyed by chunk id.

The default type "auto" searches exactly (flat) below `IndexSettings.ann_threshold` chunks and
with the approximate `IndexSettings.ann` index (HNSW or IVF) from there on; eval/bench_scale.py
measured where the switch pays off. Vectors are L2-normalised, so inner product is cosine
similarity.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import faiss
import numpy as np

from rag.settings import IndexSettings

# A filter that keeps less than this share of the index is searched exactly: the approximate
# indexes walk a graph or a few lists built for the whole collection, and with most chunks
# filtered out they miss allowed neighbours. On the clustered vectors of tests/test_vectors.py
# (HNSW efSearch 256, IVF probing 8 of 55 lists), the filtered top 50 (retrieval's candidate
# count) held 44% (HNSW) and 16% (IVF) of the exact filtered top 50 when the filter kept 1% of
# the chunks, 99% and 83% when it kept 20%, and 100% and 98% when it kept 50%.
MIN_FILTERED_SHARE_FOR_ANN = 0.5


def index_kind(settings: IndexSettings, count: int) -> str:
    """The index type built for `count` vectors: "auto" becomes flat or `settings.ann`."""
    if settings.type == "auto":
        return "flat" if count < settings.ann_threshold else settings.ann
    return settings.type


class VectorIndex:
    def __init__(self, index: faiss.Index, settings: IndexSettings) -> None:
        self.index = index
        self.settings = settings
        self.base = faiss.downcast_index(index.index)
        self._configure()

    @classmethod
    def build(
        cls, ids: np.ndarray, vectors: np.ndarray, dimension: int, settings: IndexSettings
    ) -> VectorIndex:
        kind = index_kind(settings, len(ids))
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if kind == "flat":
            base: faiss.Index = faiss.IndexFlatIP(dimension)
        elif kind == "hnsw":
            base = faiss.IndexHNSWFlat(dimension, settings.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            base.hnsw.efConstruction = settings.hnsw_ef_construction
        elif kind == "ivf":
            base = _trained_ivf(vectors, dimension, settings)
        else:
            raise ValueError(f"unknown index type {kind!r}; use auto, flat, hnsw or ivf")
        index = faiss.IndexIDMap2(base)
        if len(ids):
            index.add_with_ids(vectors, np.ascontiguousarray(ids, dtype=np.int64))
        return cls(index, settings)

    @classmethod
    def load(cls, path: Path, settings: IndexSettings) -> VectorIndex:
        return cls(faiss.read_index(str(path)), settings)

    def save(self, path: Path) -> None:
        """Write to a temporary file of this process and rename, so readers never see a partial
        index and two processes saving the same generation do not write into one file."""
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        faiss.write_index(self.index, str(tmp))
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)

    def _configure(self) -> None:
        if isinstance(self.base, faiss.IndexHNSW):
            self.base.hnsw.efSearch = self.settings.hnsw_ef_search
        elif isinstance(self.base, faiss.IndexIVF):
            self.base.nprobe = self.settings.ivf_nprobe

    @property
    def kind(self) -> str:
        """The type that was built: "flat", "hnsw" or "ivf" (never "auto")."""
        if isinstance(self.base, faiss.IndexHNSW):
            return "hnsw"
        if isinstance(self.base, faiss.IndexIVF):
            return "ivf"
        return "flat"

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    def search(
        self, query: np.ndarray, n: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """Top `n` (chunk id, cosine) pairs, restricted to `allowed` ids when given."""
        if self.size == 0 or n <= 0 or (allowed is not None and len(allowed) == 0):
            return []
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        k = min(n, self.size)
        with _one_thread():
            if allowed is None:
                scores, ids = self.index.search(query, k)
            else:
                scores, ids = self._search_filtered(query, k, allowed)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def _search_filtered(
        self, query: np.ndarray, k: int, allowed: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """Approximate search with the filter when it keeps most of the index, else an exact
        scan that computes similarities for allowed chunks only."""
        selector = faiss.IDSelectorBatch(np.ascontiguousarray(allowed, dtype=np.int64))
        approximate = len(allowed) >= MIN_FILTERED_SHARE_FOR_ANN * self.size
        if isinstance(self.base, faiss.IndexHNSW) and approximate:
            params = faiss.SearchParametersHNSW(sel=selector, efSearch=self.base.hnsw.efSearch)
        elif isinstance(self.base, faiss.IndexHNSW):
            return self._scan_hnsw_storage(query, k, selector)
        elif isinstance(self.base, faiss.IndexIVF):
            nprobe = self.base.nprobe if approximate else self.base.nlist
            params = faiss.SearchParametersIVF(sel=selector, nprobe=nprobe)
        else:
            params = faiss.SearchParameters(sel=selector)
        return self.index.search(query, k, params=params)

    def _scan_hnsw_storage(
        self, query: np.ndarray, k: int, selector: faiss.IDSelector
    ) -> tuple[np.ndarray, np.ndarray]:
        """Exact search over the vectors an HNSW index stores, skipping the graph."""
        positions = faiss.IDSelectorTranslated(self.index.id_map, selector)
        storage = faiss.downcast_index(self.base.storage)
        scores, found = storage.search(query, k, params=faiss.SearchParameters(sel=positions))
        ids = [self.index.id_map.at(int(p)) if p >= 0 else -1 for p in found[0]]
        return scores, np.array([ids], dtype=np.int64)


def _trained_ivf(vectors: np.ndarray, dimension: int, settings: IndexSettings) -> faiss.Index:
    """An IVF index with k-means lists trained on a random sample of `vectors`.

    The sample is `ivf_train_per_list` vectors per list, a quarter of FAISS's default of 256: with
    it a million chunks (1,000 lists) trained and were added in 23 s on 2 cores, and recall@10
    still reached 0.979 (eval/bench_scale.py)."""
    count = len(vectors)
    nlist = settings.ivf_nlist or round(math.sqrt(count))
    nlist = max(1, min(nlist, count // 39))  # FAISS warns below 39 training points per list
    quantizer = faiss.IndexFlatIP(dimension)
    index = faiss.IndexIVFFlat(quantizer, dimension, nlist, faiss.METRIC_INNER_PRODUCT)
    index.cp.max_points_per_centroid = settings.ivf_train_per_list  # FAISS samples down to it
    if count:
        index.train(vectors)
    return index


@contextmanager
def _one_thread() -> Iterator[None]:
    """Search one query on one OpenMP thread (the setting is per calling thread).

    FAISS parallelises over queries, so a single query gains nothing from more threads, while
    waking them costs whenever the cores are busy: on a 2-core machine at load average ~7, over
    the 100k vectors of eval/bench_scale.py, exact search took 64 ms p50 with FAISS's default
    2 threads against 14 ms with one, and IVF 8 ms against 0.1 ms. Builds keep all threads."""
    threads = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(threads)
