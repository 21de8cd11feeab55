"""FAISS dense index over chunk vectors, keyed by chunk id.

Exact inner-product search ("flat") by default; HNSW or IVF for large collections. Vectors are
L2-normalised, so inner product is cosine similarity.
"""

from __future__ import annotations

import math
import os
import threading
from pathlib import Path

import faiss
import numpy as np

from rag.settings import IndexSettings


class VectorIndex:
    def __init__(self, index: faiss.Index, settings: IndexSettings) -> None:
        self.index = index
        self.settings = settings
        self._configure()

    @classmethod
    def build(
        cls, ids: np.ndarray, vectors: np.ndarray, dimension: int, settings: IndexSettings
    ) -> VectorIndex:
        kind = settings.type
        if kind == "flat":
            base: faiss.Index = faiss.IndexFlatIP(dimension)
        elif kind == "hnsw":
            base = faiss.IndexHNSWFlat(dimension, settings.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            base.hnsw.efConstruction = settings.hnsw_ef_construction
        elif kind == "ivf":
            nlist = settings.ivf_nlist or max(1, int(4 * math.sqrt(max(1, len(ids)))))
            nlist = min(nlist, max(1, len(ids) // 39))  # FAISS wants ~39 points per centroid
            quantizer = faiss.IndexFlatIP(dimension)
            base = faiss.IndexIVFFlat(quantizer, dimension, nlist, faiss.METRIC_INNER_PRODUCT)
            if len(ids):
                base.train(vectors)
        else:
            raise ValueError(f"unknown index type {kind!r}; use flat, hnsw or ivf")
        index = faiss.IndexIDMap2(base)
        if len(ids):
            index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids)
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
        base = faiss.downcast_index(self.index.index) if hasattr(self.index, "index") else None
        if isinstance(base, faiss.IndexHNSW):
            base.hnsw.efSearch = self.settings.hnsw_ef_search
        elif isinstance(base, faiss.IndexIVF):
            base.nprobe = self.settings.ivf_nprobe

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    def search(
        self, query: np.ndarray, n: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """Top `n` (chunk id, cosine) pairs, restricted to `allowed` ids when given."""
        if self.size == 0 or n <= 0:
            return []
        params = None
        if allowed is not None:
            if len(allowed) == 0:
                return []
            params = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
        scores, ids = self.index.search(
            np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32),
            min(n, self.size),
            params=params,
        )
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
