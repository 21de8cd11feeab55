"""The on-disk index: a self-describing folder holding the SQLite store and its derived searchers.

Layout of an index folder:
    manifest.json            format version, embedder id and dimension, chunking, fingerprint,
                             and the index id that names its Milvus collection
    store.sqlite3            documents, sentences, chunks and vectors (the source of truth)
    dense-<type>-g<N>/       FAISS vector store for store generation N (vector_store = "faiss")
    milvus.db/               milvus-lite data, when vector_store = "milvus" names no server
    milvus-sync.json         the Milvus collection and the store generation it is known to hold
    bm25-g<N>/               BM25 index for store generation N
    write.lock               held by the one process that may write

Every committed write bumps the store's generation. Derived files are named by generation and
written atomically, so a crash can leave them stale or missing but never wrong: anything that does
not match the store's generation is rebuilt from the store.

A Milvus collection is kept in step instead of rebuilt, since a rebuild would send every vector
to the server again on each commit. Right after SQLite commits a write, the writer applies the
chunk ids it removed and added to the collection, then records the new generation in
milvus-sync.json. A crash between the two leaves that marker behind the store; whoever finds it so
next (a writer when it opens, or a reader that can take the write lock) reconciles the collection
with the store by chunk id and vector checksum, and the copy heals. Readers never wait for that:
while a writer holds the lock they search the collection as it is, and because retrieval re-scores
every dense candidate from its SQLite vector and drops ids the store no longer has, a lagging copy
can cost a moment of recall but never shows a removed or changed passage.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import filelock
import numpy as np

from rag.errors import DamagedIndexError, IndexBusyError, IndexMismatchError, RAGError
from rag.lexical import BM25Index
from rag.settings import Settings
from rag.store import Store
from rag.vector_store import FaissStore, VectorStore

if TYPE_CHECKING:
    from rag.milvus_store import MilvusStore

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
STORE = "store.sqlite3"
SYNC_MARKER = "milvus-sync.json"
VECTOR_STORES = ("faiss", "milvus")
T = TypeVar("T")


class Index:
    def __init__(self, folder: str | Path, settings: Settings) -> None:
        self.folder = Path(folder)
        self.settings = settings
        self._store: Store | None = None
        self._faiss: tuple[int, FaissStore] | None = None
        self._milvus: MilvusStore | None = None
        self._milvus_generation: int | None = None  # the generation the collection is known to hold
        self._bm25: tuple[int, BM25Index] | None = None
        self._lock = threading.RLock()

    # Manifest

    def manifest(self) -> dict | None:
        path = self.folder / MANIFEST
        if not path.exists():
            return None
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise DamagedIndexError(path, "not JSON") from None

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
        self._save_manifest(
            {
                "format_version": FORMAT_VERSION,
                "embedder": {"id": shape["embedder"], "dimension": dimension},
                "chunking": shape["chunking"],
                "fingerprint": hashlib.sha256(
                    json.dumps(shape, sort_keys=True).encode()
                ).hexdigest()[:16],
                "index_id": uuid.uuid4().hex[:16],
            }
        )

    def _save_manifest(self, manifest: dict) -> None:
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
        its embedding model to load. With Milvus the collection is brought in step on entry
        (so an unreachable server fails before any file is read) and again on exit, which
        catches any write that did not report itself through `committed`.
        """
        milvus = self._vector_store() == "milvus"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.check_manifest()
        with self._write_lock():
            size = dimension()
            self.check_manifest(size)
            if self.manifest() is None:
                self._write_manifest(size)
            if milvus:
                self._sync_milvus(size)
            yield self.store
            if milvus:
                self._sync_milvus(size)

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        lock = filelock.FileLock(str(self.folder / "write.lock"), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise IndexBusyError(
                f"index '{self.folder}' is busy: another process is writing to it; try again "
                "when it has finished"
            ) from None
        try:
            yield
        finally:
            lock.release()

    # Vector stores

    def vectors(self, dimension: int) -> VectorStore:
        """The vector store that dense retrieval searches, holding the store's current
        generation (for Milvus: as far as a running writer has synced it, see above)."""
        if self._vector_store() == "milvus":
            return self._milvus_vectors(dimension)
        return self._faiss_vectors(dimension)

    def committed(self, removed: list[int], added: list[int]) -> None:
        """Mirror the write the caller has just committed (the chunk ids it removed and added)
        into the vector store. Called by the writer, under the write lock. FAISS needs nothing:
        it is derived per generation when next searched."""
        if self._vector_store() != "milvus":
            return
        with self._lock:
            generation = self.store.generation()
            if self._milvus is None or self._milvus_generation != generation - 1:
                self._sync_milvus((self.manifest() or {})["embedder"]["dimension"])
                return
            kept = set(added)
            self._milvus.delete([i for i in removed if i not in kept])
            self._milvus.add(self.store.vector_records(added))
            self._write_marker(generation)
            self._milvus_generation = generation

    def _vector_store(self) -> str:
        kind = self.settings.index.vector_store
        if kind not in VECTOR_STORES:
            raise RAGError(f'unknown index.vector_store \'{kind}\'; use "faiss" or "milvus"')
        return kind

    def _faiss_vectors(self, dimension: int) -> FaissStore:
        """The FAISS store for the store's current generation, loaded or rebuilt."""
        with self._lock:
            generation = self.store.generation()
            if self._faiss is None or self._faiss[0] != generation:
                folder = self._faiss_folder(generation)
                faiss_store = _load_or_none(
                    lambda: FaissStore.open(folder, dimension, self.settings.index),
                    folder / "complete.json",
                )
                if faiss_store is None:
                    generation, faiss_store = self._consistent(
                        lambda g: self._build_faiss(g, dimension)
                    )
                    faiss_store.persist()
                    self._remove_stale("dense-", faiss_store.folder.name)
                self._faiss = (generation, faiss_store)
            return self._faiss[1]

    def _faiss_folder(self, generation: int) -> Path:
        return self.folder / f"dense-{self.settings.index.type}-g{generation}"

    def _build_faiss(self, generation: int, dimension: int) -> FaissStore:
        faiss_store = FaissStore(self._faiss_folder(generation), dimension, self.settings.index)
        faiss_store.add(self.store.vector_records())
        return faiss_store

    def _milvus_vectors(self, dimension: int) -> MilvusStore:
        with self._lock:
            generation = self.store.generation()
            if self._milvus_generation != generation and not self._milvus_in_step(
                dimension, generation
            ):
                try:
                    with self._write_lock():
                        self._sync_milvus(dimension)
                except IndexBusyError:
                    pass  # the writer holding the lock syncs; search the collection as it is
            return self._open_milvus(dimension)

    def _sync_milvus(self, dimension: int) -> None:
        """Bring the collection in step with the store, by reconciling the two when the marker
        or the counts disagree. The caller holds the write lock."""
        generation = self.store.generation()
        if self._milvus_generation == generation or self._milvus_in_step(dimension, generation):
            return
        manifest = self.manifest() or {}
        if "index_id" not in manifest:  # an index made before index ids existed
            manifest["index_id"] = uuid.uuid4().hex[:16]
            self._save_manifest(manifest)
        milvus = self._open_milvus(dimension)
        ids, vectors = self.store.all_vectors(dimension)
        milvus.reconcile(ids, vectors, self.store.vector_records)
        self._write_marker(generation)
        self._milvus_generation = generation

    def _milvus_in_step(self, dimension: int, generation: int) -> bool:
        """Whether the marker says the collection holds `generation` and the vector counts
        agree; the count also catches a collection emptied or dropped behind the index's back."""
        if self._collection() is None or self._marker() != self._marker_for(generation):
            return False
        if self._open_milvus(dimension).size != self.store.counts()[2]:
            return False
        self._milvus_generation = generation
        return True

    def _open_milvus(self, dimension: int) -> MilvusStore:
        if self._milvus is None:
            from rag.milvus_store import MilvusStore

            collection = self._collection()
            if collection is None:
                raise IndexBusyError(
                    f"index '{self.folder}' is not in Milvus yet and another process is writing "
                    "to it; try again when it has finished"
                )
            self._milvus = MilvusStore.open(
                self._milvus_uri(), collection, dimension, self.settings.index
            )
        return self._milvus

    def _milvus_uri(self) -> str:
        from rag.milvus_store import resolve_uri

        return resolve_uri(self.settings.index.milvus_uri, self.folder / "milvus.db")

    def _collection(self) -> str | None:
        index_id = (self.manifest() or {}).get("index_id")
        return f"newsrag_{index_id}" if index_id else None

    def _marker_for(self, generation: int) -> dict:
        from rag.milvus_store import redacted

        return {
            "uri": redacted(self._milvus_uri()),
            "collection": self._collection(),
            "generation": generation,
        }

    def _marker(self) -> dict | None:
        try:
            return json.loads((self.folder / SYNC_MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _write_marker(self, generation: int) -> None:
        tmp = self.folder / f"{SYNC_MARKER}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(self._marker_for(generation)), encoding="utf-8")
        os.replace(tmp, self.folder / SYNC_MARKER)

    def bm25(self) -> BM25Index:
        """The BM25 index for the store's current generation, loaded or rebuilt."""
        with self._lock:
            generation = self.store.generation()
            if self._bm25 is None or self._bm25[0] != generation:
                folder = self.folder / f"bm25-g{generation}"
                index = _load_or_none(lambda: BM25Index.load(folder), folder / "complete.json")
                if index is None:
                    generation, index = self._consistent(
                        lambda _: BM25Index.build(*self.store.all_chunk_texts())
                    )
                    folder = self.folder / f"bm25-g{generation}"
                    index.save(folder)
                    self._remove_stale("bm25-", folder.name)
                self._bm25 = (generation, index)
            return self._bm25[1]

    def _consistent(self, build: Callable[[int], T], attempts: int = 3) -> tuple[int, T]:
        """Build from the store (`build` gets the generation it starts from), retrying while
        commits land meanwhile, so the result matches one generation even while another process
        writes. Under a writer that never pauses the last build is labelled with the generation
        it started from: it holds at least that generation's data, and the next query after the
        writer's commit rebuilds anyway."""
        for _ in range(attempts):
            before = self.store.generation()
            built = build(before)
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
            if self._milvus is not None:
                self._milvus.close()
                self._milvus = None
                self._milvus_generation = None
            self._faiss = None
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
