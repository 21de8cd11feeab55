"""The on-disk index: a self-describing folder holding the SQLite store and its derived searchers.

Layout of an index folder:
    manifest.json            format version, embedder id and dimension, chunking, fingerprint
    store.sqlite3            documents, sentences, chunks and vectors (the source of truth)
    dense-<type>-g<N>.faiss  FAISS index for store generation N
    bm25-g<N>/               BM25 index for store generation N
    write.lock               held by the one process that may write

Every committed write bumps the store's generation. Derived files are named by generation and
written atomically, so a crash can leave them stale or missing but never wrong: anything that does
not match the store's generation is rebuilt from the store.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import filelock
import numpy as np

from rag.errors import IndexBusyError, IndexMismatchError
from rag.lexical import BM25Index
from rag.settings import Settings
from rag.store import Store
from rag.vectors import VectorIndex

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
STORE = "store.sqlite3"
T = TypeVar("T")


class Index:
    def __init__(self, folder: str | Path, settings: Settings) -> None:
        self.folder = Path(folder)
        self.settings = settings
        self._store: Store | None = None
        self._dense: tuple[int, VectorIndex] | None = None
        self._bm25: tuple[int, BM25Index] | None = None
        self._lock = threading.RLock()

    # Manifest

    def manifest(self) -> dict | None:
        path = self.folder / MANIFEST
        if not path.exists():
            return None
        return json.loads(path.read_text(encoding="utf-8"))

    def check_manifest(self, dimension: int | None = None) -> None:
        """Refuse an index built with another format, embedder or chunking."""
        manifest = self.manifest()
        if manifest is None:
            return
        where = f"index '{self.folder}'"
        if manifest.get("format_version") != FORMAT_VERSION:
            raise IndexMismatchError(
                f"{where} has format version {manifest.get('format_version')}, this newsrag "
                f"reads {FORMAT_VERSION}; re-ingest into a new --index folder"
            )
        shape = self.settings.index_shape()
        if manifest["embedder"]["id"] != shape["embedder"]:
            raise IndexMismatchError(
                f"{where} was built with embedder '{manifest['embedder']['id']}', but settings "
                f"use '{shape['embedder']}'; use the same embedder or ingest into a new "
                "--index folder"
            )
        if manifest["chunking"] != shape["chunking"]:
            raise IndexMismatchError(
                f"{where} was built with chunking {manifest['chunking']}, but settings use "
                f"{shape['chunking']}; use the same chunking or ingest into a new --index folder"
            )
        if dimension is not None and manifest["embedder"]["dimension"] != dimension:
            raise IndexMismatchError(
                f"{where} holds {manifest['embedder']['dimension']}-dimensional vectors but the "
                f"embedder makes {dimension}; ingest into a new --index folder"
            )

    def _write_manifest(self, dimension: int) -> None:
        shape = self.settings.index_shape()
        manifest = {
            "format_version": FORMAT_VERSION,
            "embedder": {"id": shape["embedder"], "dimension": dimension},
            "chunking": shape["chunking"],
            "fingerprint": hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[
                :16
            ],
        }
        tmp = self.folder / (MANIFEST + ".tmp")
        tmp.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        os.replace(tmp, self.folder / MANIFEST)

    # Access

    def exists(self) -> bool:
        return (self.folder / STORE).exists()

    @property
    def store(self) -> Store:
        with self._lock:
            if self._store is None:
                self.check_manifest()
                self.folder.mkdir(parents=True, exist_ok=True)
                self._store = Store(self.folder / STORE)
            return self._store

    @contextmanager
    def writing(self, dimension: Callable[[], int]) -> Iterator[Store]:
        """Hold the index's single-writer lock; a second writer gets IndexBusyError at once.

        `dimension` is asked only once the lock is held, so a refused writer never waits for
        its embedding model to load.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        self.check_manifest()
        lock = filelock.FileLock(str(self.folder / "write.lock"), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise IndexBusyError(
                f"index '{self.folder}' is busy: another process is writing to it; try again "
                "when it has finished"
            ) from None
        try:
            size = dimension()
            self.check_manifest(size)
            if self.manifest() is None:
                self._write_manifest(size)
            yield self.store
        finally:
            lock.release()

    def dense(self, dimension: int) -> VectorIndex:
        """The FAISS index for the store's current generation, loaded or rebuilt."""
        with self._lock:
            generation = self.store.generation()
            if self._dense is None or self._dense[0] != generation:
                path = self.folder / f"dense-{self.settings.index.type}-g{generation}.faiss"
                index = _load_or_none(lambda: VectorIndex.load(path, self.settings.index), path)
                if index is None:
                    generation, index = self._consistent(
                        lambda: VectorIndex.build(
                            *self.store.all_vectors(dimension), dimension, self.settings.index
                        )
                    )
                    path = self.folder / f"dense-{self.settings.index.type}-g{generation}.faiss"
                    index.save(path)
                    self._remove_stale("dense-", path.name)
                self._dense = (generation, index)
            return self._dense[1]

    def bm25(self) -> BM25Index:
        """The BM25 index for the store's current generation, loaded or rebuilt."""
        with self._lock:
            generation = self.store.generation()
            if self._bm25 is None or self._bm25[0] != generation:
                folder = self.folder / f"bm25-g{generation}"
                index = _load_or_none(lambda: BM25Index.load(folder), folder / "complete.json")
                if index is None:
                    generation, index = self._consistent(
                        lambda: BM25Index.build(*self.store.all_chunk_texts())
                    )
                    folder = self.folder / f"bm25-g{generation}"
                    index.save(folder)
                    self._remove_stale("bm25-", folder.name)
                self._bm25 = (generation, index)
            return self._bm25[1]

    def _consistent(self, build: Callable[[], T], attempts: int = 3) -> tuple[int, T]:
        """Build from the store, retrying while commits land meanwhile, so the result matches
        one generation even while another process writes. Under a writer that never pauses the
        last build is labelled with the generation it started from: it holds at least that
        generation's data, and the next query after the writer's commit rebuilds anyway."""
        for _ in range(attempts):
            before = self.store.generation()
            built = build()
            if self.store.generation() == before:
                break
        return before, built

    def _remove_stale(self, prefix: str, keep: str) -> None:
        import shutil

        for path in self.folder.glob(prefix + "*"):
            if path.name != keep and not path.name.endswith(".tmp"):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)

    def allowed_ids(
        self, sources: list[str] | None, since: str | None, until: str | None
    ) -> np.ndarray | None:
        if not sources and not since and not until:
            return None
        return self.store.chunk_ids_matching(sources, since, until)

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def _load_or_none(load: Callable[[], T], marker: Path) -> T | None:
    """A derived file loaded if present; None when missing or removed by another process while
    it was being read (a newer generation replaced it), so the caller rebuilds from the store."""
    if not marker.exists():
        return None
    try:
        return load()
    except (OSError, RuntimeError, ValueError):
        return None
