"""Where chunk vectors are searched: one small protocol, with in-process FAISS as the default.

Two backends implement `VectorStore`: `FaissStore` here, embedded and exact by default, and
`MilvusStore` (rag/milvus_store.py) for a Milvus server or cluster, or milvus-lite in process.
Either way the SQLite store (rag/store.py) stays the source of truth; a vector store holds a copy
of each chunk's vector together with the two document fields that retrieval filters on, source
and date. Filters travel into the search as a `VectorFilter` rather than as a list of allowed
chunk ids: a filter is a few bytes however many chunks match, which is what lets it run where the
vectors are (inside a Milvus cluster) instead of shipping millions of ids with every query.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from rag.settings import IndexSettings
from rag.types import VectorRecord
from rag.vectors import VectorIndex

# Appended to `until` so a date with a time ("2024-03-02T10:00") still counts as that day; the
# SQLite store filters the same way.
END_OF_DAY = "\uffff"


@dataclass(frozen=True)
class VectorFilter:
    """Only chunks of documents from one of `sources` (any letter case) and dated within
    `since`..`until` (ISO strings, inclusive). Any date bound leaves out undated documents."""

    sources: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.sources or self.since or self.until)


NO_FILTER = VectorFilter()


class VectorStore(Protocol):
    """Chunk vectors keyed by chunk id, searched by inner product (cosine: vectors are
    L2-normalised)."""

    @property
    def size(self) -> int:
        """How many chunk vectors the store holds."""
        ...

    def add(self, records: Sequence[VectorRecord]) -> None:
        """Insert records; a chunk id already present has its vector and fields replaced."""
        ...

    def delete(self, chunk_ids: Iterable[int]) -> None:
        """Remove these chunk ids; ids the store does not hold are ignored."""
        ...

    def search(
        self, query: np.ndarray, n: int, where: VectorFilter = NO_FILTER
    ) -> list[tuple[int, float]]:
        """The `n` best (chunk id, cosine) pairs passing `where`, best first."""
        ...

    def persist(self) -> None:
        """Make everything added and deleted so far survive closing and reopening."""
        ...

    def close(self) -> None:
        """Release connections and files; the store is not used afterwards."""
        ...


@dataclass(frozen=True)
class _Searchable:
    """The rows of a FaissStore frozen into arrays and a FAISS index, for searching."""

    ids: np.ndarray
    sources: np.ndarray  # lower-cased, "" for none
    dates: np.ndarray  # "" for none
    index: VectorIndex


class FaissStore:
    """Chunk vectors searched in process by FAISS (`rag.vectors.VectorIndex`).

    Changes go to a dict of rows keyed by chunk id, so adds, replacements and deletes are cheap;
    the FAISS index is rebuilt from the rows on the first search after a change. That suits how
    the index uses it, one build per store generation, and keeps deletes exact for every FAISS
    index type (HNSW cannot remove vectors in place). Filters are evaluated over the row fields
    and handed to FAISS as allowed ids.

    A persisted store is a folder: the FAISS index, the ids, the vectors and the fields, with
    `complete.json` written last so a half-written folder is never taken for a store. Once
    loaded or persisted, the rows stay in those arrays (the vectors memory-mapped, costing page
    cache rather than process memory) until the next change unpacks them.
    """

    def __init__(self, folder: Path, dimension: int, settings: IndexSettings) -> None:
        self.folder = Path(folder)
        self.dimension = dimension
        self.settings = settings
        # None while the rows are those of the persisted arrays below.
        self._rows: dict[int, tuple[np.ndarray, str, str]] | None = {}
        self._vectors: np.ndarray | None = None  # persisted, aligned with _searchable.ids
        self._searchable: _Searchable | None = None

    @classmethod
    def open(cls, folder: Path, dimension: int, settings: IndexSettings) -> FaissStore:
        """The store persisted in `folder`, or an empty one that will persist there."""
        store = cls(folder, dimension, settings)
        if (store.folder / "complete.json").exists():
            store._load()
        return store

    @property
    def size(self) -> int:
        return len(self._ready().ids) if self._rows is None else len(self._rows)

    def add(self, records: Sequence[VectorRecord]) -> None:
        rows = self._unpacked()
        for record in records:
            vector = np.asarray(record.vector, dtype=np.float32).reshape(-1)
            if vector.shape[0] != self.dimension:
                raise ValueError(
                    f"chunk {record.chunk_id} has a {vector.shape[0]}-dimensional vector; "
                    f"this store holds {self.dimension} dimensions"
                )
            rows[int(record.chunk_id)] = (vector, (record.source or "").lower(), record.date or "")
        self._searchable = None

    def delete(self, chunk_ids: Iterable[int]) -> None:
        rows = self._unpacked()
        for chunk_id in chunk_ids:
            rows.pop(int(chunk_id), None)
        self._searchable = None

    def search(
        self, query: np.ndarray, n: int, where: VectorFilter = NO_FILTER
    ) -> list[tuple[int, float]]:
        if n <= 0 or self.size == 0:
            return []
        searchable = self._ready()
        allowed = None
        if where.active:
            keep = np.ones(len(searchable.ids), dtype=bool)
            if where.sources:
                keep &= np.isin(searchable.sources, [s.lower() for s in where.sources])
            if where.since:
                keep &= (searchable.dates != "") & (searchable.dates >= where.since)
            if where.until:
                keep &= (searchable.dates != "") & (searchable.dates <= where.until + END_OF_DAY)
            allowed = searchable.ids[keep]
        return searchable.index.search(query, n, allowed)

    def persist(self) -> None:
        """Write into a temporary folder of this process and swap it into place, so readers
        never see a partial store; when another process swaps in its copy at the same moment,
        the swap is retried and the last copy wins."""
        if self._rows is None:
            return  # unchanged since loaded or persisted
        searchable = self._ready()
        tmp = self.folder.with_name(f"{self.folder.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        old = tmp.with_name(tmp.name.removesuffix(".tmp") + ".old.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        try:
            searchable.index.save(tmp / "index.faiss")
            np.save(tmp / "ids.npy", searchable.ids)
            np.save(tmp / "vectors.npy", self._matrix())
            # Mapped before the swap: the mapping keeps the data even if the folder is replaced.
            vectors = np.load(tmp / "vectors.npy", mmap_mode="r")
            fields = [[s, d] for s, d in zip(searchable.sources, searchable.dates, strict=True)]
            (tmp / "fields.json").write_text(json.dumps(fields), encoding="utf-8")
            (tmp / "complete.json").write_text(json.dumps({"vectors": len(searchable.ids)}))
            _swap_into_place(tmp, self.folder, old)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)
        self._rows, self._vectors = None, vectors

    def close(self) -> None:
        self._rows, self._vectors, self._searchable = {}, None, None

    def _unpacked(self) -> dict[int, tuple[np.ndarray, str, str]]:
        if self._rows is None:
            searchable = self._ready()
            self._rows = {
                int(chunk_id): (self._vectors[row], source, date)
                for row, (chunk_id, source, date) in enumerate(
                    zip(searchable.ids, searchable.sources, searchable.dates, strict=True)
                )
            }
        return self._rows

    def _matrix(self) -> np.ndarray:
        if not self._rows:
            return np.empty((0, self.dimension), dtype=np.float32)
        return np.stack([vector for vector, _, _ in self._rows.values()])

    def _ready(self) -> _Searchable:
        if self._searchable is None:
            rows = self._unpacked()
            ids = np.fromiter(rows.keys(), dtype=np.int64, count=len(rows))
            self._searchable = _Searchable(
                ids=ids,
                sources=np.array([s for _, s, _ in rows.values()], dtype=object),
                dates=np.array([d for _, _, d in rows.values()], dtype=object),
                index=VectorIndex.build(ids, self._matrix(), self.dimension, self.settings),
            )
        return self._searchable

    def _load(self) -> None:
        fields = json.loads((self.folder / "fields.json").read_text(encoding="utf-8"))
        self._searchable = _Searchable(
            ids=np.load(self.folder / "ids.npy"),
            sources=np.array([s for s, _ in fields], dtype=object),
            dates=np.array([d for _, d in fields], dtype=object),
            index=VectorIndex.load(self.folder / "index.faiss", self.settings),
        )
        self._rows = None
        self._vectors = np.load(self.folder / "vectors.npy", mmap_mode="r")


def _swap_into_place(new: Path, target: Path, old: Path, attempts: int = 3) -> None:
    for _ in range(attempts):
        shutil.rmtree(old, ignore_errors=True)
        try:
            os.replace(target, old)
        except FileNotFoundError:
            pass
        try:
            os.replace(new, target)
            return
        except OSError:
            continue  # another process put its copy in place between the two renames
    raise OSError(f"could not replace {target}: other processes keep replacing it")
