"""Milvus as the distributed vector store, through pymilvus' `MilvusClient`.

The same code serves a milvus-lite file in process (`index.milvus_uri = "path/newsrag.db"`, or
empty for `milvus.db` inside the index folder) and a Milvus server or cluster
(`http://host:19530`). milvus-lite opens its file in one process at a time; several processes on
one index (the chat window while `rag ingest` runs) need a server.

One collection per index holds, per chunk: `id` (the SQLite chunk id, primary key), `vector`
(inner-product metric, so cosine on normalised vectors), `source` (lower-cased) and `date` of its
document ("" when missing), and `checksum`, a hash of the vector's bytes that lets
`reconcile` find a chunk id whose vector changed. Source and date filters are native Milvus
filter expressions over INVERTED-indexed scalar fields, not lists of allowed ids: the expression
is evaluated on the query nodes next to the vectors and stays a few bytes however many chunks
match, while an id list grows with the collection and must be sent with every query.

The collection is created with Strong consistency, so a search sees every write acknowledged
before it, from any client; SQLite commits and Milvus syncs are already sequential, and a reader
must not see a deleted document's vectors. Writes are durable once Milvus acknowledges them (its
write-ahead log), so nothing here flushes per commit; `persist` (a flush) is there for callers
that want sealed segments, and is rate-limited by Milvus servers.

Full-text search stays in the local bm25s index (rag/lexical.py) beside Milvus rather than moving to
Milvus' BM25 function: answering uses that index's per-term IDF weights for term coverage,
evidence ranking and refusal (`BM25Index.weight`), with the same stemming analyzer as BM25, and
Milvus exposes neither; the retrieval figures were measured with that analyzer; and milvus-lite
keeps BM25 statistics per segment, so lite and a cluster would rank differently. Milvus' own
BM25 would serve better once rebuilding the local BM25 per store generation becomes the slow
step of ingesting (millions of chunks); that needs the analyzer ported as a Milvus analyzer and
term weights taken from elsewhere.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import numpy as np
from pymilvus import DataType, MilvusClient
from pymilvus.exceptions import MilvusException

from rag.errors import RAGError
from rag.settings import IndexSettings
from rag.types import VectorRecord
from rag.vector_store import END_OF_DAY, NO_FILTER, VectorFilter

# pymilvus and milvus-lite log each failed call with a traceback on stderr; every failure here
# reaches the user as one RAGError line instead.
logging.getLogger("pymilvus").setLevel(logging.CRITICAL)
logging.getLogger("milvus_lite").setLevel(logging.CRITICAL)

SERVER_SCHEMES = ("http://", "https://", "tcp://", "unix:")
CONNECT_ATTEMPTS = 3  # to a server; a milvus-lite file either opens or is locked
BATCH = 1000  # rows per upsert, delete or read: well inside gRPC's message size limit
MAX_LIMIT = 16384  # Milvus' largest top-k
VARCHAR = 65535  # Milvus' longest VARCHAR; storage follows the actual length

_lite_users: Counter[str] = Counter()
_lite_lock = threading.Lock()


def resolve_uri(uri: str, default_file: Path) -> str:
    """A server address as given, or a milvus-lite file as an absolute path (empty: default)."""
    if not uri:
        return str(Path(default_file).resolve())
    if uri.startswith(SERVER_SCHEMES):
        return uri
    if uri.endswith(".db"):
        return str(Path(uri).expanduser().resolve())
    raise RAGError(
        f"index.milvus_uri '{uri}' is neither a milvus-lite file ending in .db nor a server "
        "address like http://host:19530"
    )


def redacted(uri: str) -> str:
    """`uri` without a user and password (`https://user:password@host` works with pymilvus),
    for messages and the files an index writes."""
    parts = urlsplit(uri)
    if not (parts.username or parts.password):
        return uri
    host = parts.hostname or ""
    return urlunsplit(parts._replace(netloc=f"{host}:{parts.port}" if parts.port else host))


def checksum(vector: np.ndarray) -> str:
    """Identifies a vector by its float32 bytes: equal checksums mean the same vector."""
    data = np.ascontiguousarray(vector, dtype=np.float32).tobytes()
    return hashlib.blake2b(data, digest_size=8).hexdigest()


class MilvusStore:
    """Chunk vectors in one Milvus collection (see the module docstring for its layout)."""

    def __init__(
        self,
        client: MilvusClient,
        uri: str,
        collection: str,
        dimension: int,
        settings: IndexSettings,
    ) -> None:
        self.client = client
        self.uri = uri
        self.collection = collection
        self.dimension = dimension
        self.settings = settings
        self._index_type, self._index_params = _vector_index(settings)
        self._closed = False

    @classmethod
    def open(
        cls, uri: str, collection: str, dimension: int, settings: IndexSettings
    ) -> MilvusStore:
        """Connect, creating the collection (or re-indexing it for another index type) as
        needed, and load it for search."""
        _vector_index(settings)  # unknown index types fail before connecting
        store = cls(_connect(uri), uri, collection, dimension, settings)
        try:
            store._prepare()
        except BaseException:
            store.close()
            raise
        return store

    @property
    def size(self) -> int:
        with self._calling("count vectors"):
            rows = self.client.query(self.collection, filter="", output_fields=["count(*)"])
        return int(rows[0]["count(*)"])

    def add(self, records: Sequence[VectorRecord]) -> None:
        for start in range(0, len(records), BATCH):
            rows = [
                {
                    "id": int(r.chunk_id),
                    "vector": np.asarray(r.vector, dtype=np.float32).reshape(-1),
                    "checksum": checksum(r.vector),
                    "source": (r.source or "").lower(),
                    "date": r.date or "",
                }
                for r in records[start : start + BATCH]
            ]
            with self._calling("store vectors"):
                self.client.upsert(self.collection, rows)

    def delete(self, chunk_ids: Iterable[int]) -> None:
        ids = [int(i) for i in chunk_ids]
        for start in range(0, len(ids), BATCH):
            with self._calling("delete vectors"):
                self.client.delete(self.collection, ids=ids[start : start + BATCH])

    def search(
        self, query: np.ndarray, n: int, where: VectorFilter = NO_FILTER
    ) -> list[tuple[int, float]]:
        if n <= 0:
            return []
        n = min(n, MAX_LIMIT)
        params = dict(self._index_params.get("search", {}))
        if "ef" in params:
            params["ef"] = max(params["ef"], n)  # HNSW needs ef >= top-k
        with self._calling("search"):
            results = self.client.search(
                self.collection,
                data=[np.asarray(query, dtype=np.float32).reshape(-1)],
                limit=n,
                filter=filter_expression(where),
                output_fields=["id"],
                search_params={"metric_type": "IP", "params": params},
            )
        return [(int(hit["id"]), float(hit["distance"])) for hit in results[0]]

    def persist(self) -> None:
        with self._calling("flush"):
            self.client.flush(self.collection)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(MilvusException):
            self.client.close()
        if not self.uri.startswith(SERVER_SCHEMES):
            _release_lite(self.uri)

    def reconcile(
        self,
        ids: np.ndarray,
        vectors: np.ndarray,
        records: Callable[[list[int]], list[VectorRecord]],
    ) -> None:
        """Make the collection hold exactly `ids` with `vectors`: delete what it holds beyond
        them and (re)write what is missing or differs, loading those rows with `records`.

        This is how a crash between a SQLite commit and its Milvus sync heals, and how an index
        first moves to Milvus. It reads every id and checksum in the collection, so it costs a
        scan; the writer's per-commit sync avoids it."""
        wanted = {int(i): checksum(v) for i, v in zip(ids, vectors, strict=True)}
        held = self._checksums()
        self.delete([i for i in held if i not in wanted])
        changed = [i for i, c in wanted.items() if held.get(i) != c]
        for start in range(0, len(changed), BATCH):
            self.add(records(changed[start : start + BATCH]))

    def _checksums(self) -> dict[int, str]:
        held: dict[int, str] = {}
        with self._calling("read stored ids"):
            iterator = self.client.query_iterator(
                self.collection, batch_size=BATCH, filter="", output_fields=["checksum"]
            )
            try:
                while rows := iterator.next():
                    held.update((int(r["id"]), r["checksum"]) for r in rows)
            finally:
                iterator.close()
        return held

    def _prepare(self) -> None:
        with self._calling("prepare the collection"):
            if not self.client.has_collection(self.collection):
                self._create()
            else:
                self._check_dimension()
                self._check_index_type()
            self.client.load_collection(self.collection)

    def _create(self) -> None:
        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=self.dimension)
        schema.add_field("checksum", DataType.VARCHAR, max_length=16)
        schema.add_field("source", DataType.VARCHAR, max_length=VARCHAR)
        schema.add_field("date", DataType.VARCHAR, max_length=VARCHAR)
        try:
            self.client.create_collection(
                self.collection, schema=schema, consistency_level="Strong"
            )
        except MilvusException:
            if not self.client.has_collection(self.collection):
                raise  # not merely another process creating it first
        indexes = self._vector_index_params()
        indexes.add_index("source", index_type="INVERTED")
        indexes.add_index("date", index_type="INVERTED")
        # Milvus builds indexes in the background; searching meanwhile scans, which is correct.
        self.client.create_index(self.collection, indexes, sync=False)

    def _check_dimension(self) -> None:
        fields = self.client.describe_collection(self.collection)["fields"]
        dimension = next(int(f["params"]["dim"]) for f in fields if f["name"] == "vector")
        if dimension != self.dimension:
            raise RAGError(
                f"Milvus collection '{self.collection}' at {redacted(self.uri)} holds {dimension}-"
                f"dimensional vectors but the embedder makes {self.dimension}; drop the "
                "collection or ingest into a new --index folder"
            )

    def _check_index_type(self) -> None:
        """Rebuild the vector index when settings ask for another type than the collection has."""
        current = self.client.describe_index(self.collection, "vector").get("index_type")
        if current == self._index_type:
            return
        self.client.release_collection(self.collection)
        self.client.drop_index(self.collection, "vector")
        self.client.create_index(self.collection, self._vector_index_params(), sync=False)

    def _vector_index_params(self):
        indexes = MilvusClient.prepare_index_params()
        indexes.add_index(
            "vector",
            index_type=self._index_type,
            metric_type="IP",
            params=self._index_params.get("build", {}),
        )
        return indexes

    @contextlib.contextmanager
    def _calling(self, action: str) -> Iterator[None]:
        try:
            yield
        except MilvusException as exc:
            raise RAGError(
                f"Milvus at {redacted(self.uri)} could not {action}: {exc.message}; check the "
                'server, or set index.vector_store = "faiss"'
            ) from None


def filter_expression(where: VectorFilter) -> str:
    """The Milvus filter for `where`, with the SQLite store's semantics; "" when no filter."""
    clauses = []
    if where.sources:
        values = ", ".join(_literal(s.lower()) for s in where.sources)
        clauses.append(f"source in [{values}]")
    if where.since:
        clauses.append(f"date >= {_literal(where.since)}")
    if where.until:
        clauses.append(f'date != "" and date <= {_literal(where.until + END_OF_DAY)}')
    return " and ".join(clauses)


# The escapes both Milvus and milvus-lite read; every other character stands for itself.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _literal(value: str) -> str:
    return '"' + value.translate(_ESCAPES) + '"'


def _vector_index(settings: IndexSettings) -> tuple[str, dict[str, dict]]:
    """The Milvus index type, build and search parameters for the index settings."""
    kind = settings.type
    if kind == "flat":
        return "FLAT", {}
    if kind == "hnsw":
        build = {"M": settings.hnsw_m, "efConstruction": settings.hnsw_ef_construction}
        return "HNSW", {"build": build, "search": {"ef": settings.hnsw_ef_search}}
    if kind == "ivf":
        # Milvus builds one IVF per segment (up to about a million vectors), so without a
        # setting the list count suits a full segment rather than the whole collection.
        nlist = settings.ivf_nlist or 1024
        return "IVF_FLAT", {"build": {"nlist": nlist}, "search": {"nprobe": settings.ivf_nprobe}}
    if kind == "auto":
        # Milvus chooses (HNSW on milvus-lite and a standalone server). The FAISS store's
        # ann_threshold has no counterpart: Milvus indexes each segment on its own.
        return "AUTOINDEX", {}
    raise RAGError(f"unknown index.type '{kind}'; use flat, hnsw, ivf or auto")


def _connect(uri: str) -> MilvusClient:
    lite = not uri.startswith(SERVER_SCHEMES)
    if lite:
        Path(uri).parent.mkdir(parents=True, exist_ok=True)
        # milvus-lite serves pymilvus through an in-process gRPC server, which logs calls it
        # does not implement (pymilvus probes some) as errors with tracebacks.
        logging.getLogger("grpc._server").setLevel(logging.CRITICAL)
    try:
        client = _client(uri, attempts=1 if lite else CONNECT_ATTEMPTS)
    except MilvusException as exc:
        if lite and _locked_elsewhere(Path(uri)):
            raise RAGError(
                f"milvus-lite file {uri} is open in another process, and milvus-lite serves one "
                "process at a time; close that process, or run a Milvus server and set "
                'index.milvus_uri = "http://host:19530"'
            ) from None
        raise RAGError(
            f"cannot reach Milvus at {redacted(uri)}: {exc.message}; start the server or fix "
            'index.milvus_uri, or set index.vector_store = "faiss"'
        ) from None
    if lite:
        with _lite_lock:
            _lite_users[uri] += 1
    return client


def _client(uri: str, attempts: int) -> MilvusClient:
    """A client, retrying with backoff: a server may drop a fresh connection for a moment
    (gRPC GOAWAY, a restarting node) and accept the next one."""
    for attempt in range(attempts - 1):
        try:
            return MilvusClient(uri)
        except MilvusException:
            time.sleep(0.5 * 2**attempt)
    return MilvusClient(uri)


def _locked_elsewhere(path: Path) -> bool:
    """Whether another process holds milvus-lite's lock on `path`. Asked only after opening
    failed: this process then holds no server on it, so a held lock is another process'."""
    try:
        fd = os.open(path / "LOCK", os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)


def _release_lite(uri: str) -> None:
    """Stop this process' milvus-lite server for `uri` when its last store closes, so the file
    is written out and another process (or a reopen here) can open it."""
    with _lite_lock:
        _lite_users[uri] -= 1
        if _lite_users[uri] > 0:
            return
        del _lite_users[uri]
    from milvus_lite.server_manager import server_manager_instance

    server_manager_instance.release_server(uri)
