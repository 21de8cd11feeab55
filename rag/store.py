"""The SQLite store of documents, sentences, chunks and chunk vectors: the index's source of truth.

SQLite transactions make every ingest all-or-nothing: a crash or Ctrl-C mid-ingest rolls back to
the last commit. The FAISS and BM25 structures are derived from this store and rebuilt from it
whenever they are missing or stale (see `rag.index`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rag.chunking import indexed_text
from rag.errors import DamagedIndexError
from rag.types import Chunk, Document, Sentence, VectorRecord

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    origin TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    date TEXT,
    url TEXT,
    source TEXT
);
CREATE INDEX IF NOT EXISTS documents_file ON documents(file);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    first_sentence INTEGER NOT NULL,
    last_sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
"""


@dataclass(frozen=True)
class ChunkRecord:
    """A stored chunk joined with its document's metadata, as retrieval needs it."""

    chunk_id: int
    chunk: Chunk
    title: str
    source: str | None
    date: str | None
    url: str | None
    vector: np.ndarray


def _document_filter(
    sources: list[str] | None, since: str | None, until: str | None
) -> tuple[str, list[str]]:
    """SQL condition on documents `d` for the source and date filters, with its parameters."""
    clauses, params = [], []
    if sources:
        clauses.append(f"fold(d.source) IN ({','.join('?' * len(sources))})")
        params += [s.lower() for s in sources]
    if since:
        clauses.append("d.date >= ?")
        params.append(since)
    if until:
        clauses.append("d.date <= ?")
        params.append(until + "\uffff")
    return " AND ".join(clauses) or "1", params


def _fold(text: str | None) -> str | None:
    return None if text is None else text.lower()


class Store:
    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        # SQLite's lower() folds ASCII only; source filters fold case as Python (and the vector
        # store's filter) does, so "Élysée Wire" matches "élysée wire" in both.
        self.db.create_function("fold", 1, _fold, deterministic=True)
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 10000")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.executescript(SCHEMA)
        except sqlite3.OperationalError:  # locked or unwritable: the caller's to report
            self.db.close()
            raise
        except sqlite3.DatabaseError as exc:  # not a database, or a damaged one
            self.db.close()
            raise DamagedIndexError(path, str(exc)) from None

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together, and bump the generation, or none do."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute(
                "INSERT INTO meta(key, value) VALUES('generation', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(self.generation() + 1),),
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def generation(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    # Writes (inside a transaction)

    def add_document(
        self,
        doc: Document,
        file: str,
        sentences: list[Sentence],
        sentence_vectors: np.ndarray,
        chunks: list[Chunk],
        vectors: np.ndarray,
    ) -> list[int]:
        self.db.execute(
            "INSERT INTO documents(doc_id, file, origin, title, text, date, url, source) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.doc_id, file, doc.origin, doc.title, doc.text, doc.date, doc.url, doc.source),
        )
        self.db.executemany(
            "INSERT INTO sentences(doc_id, idx, start, end, vector) VALUES (?, ?, ?, ?, ?)",
            [
                (doc.doc_id, s.index, s.start, s.end, _blob(v))
                for s, v in zip(sentences, sentence_vectors, strict=True)
            ],
        )
        ids = []
        for chunk, vector in zip(chunks, vectors, strict=True):
            cursor = self.db.execute(
                "INSERT INTO chunks(doc_id, idx, first_sentence, last_sentence, start, end, text, "
                "vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.doc_id,
                    chunk.index,
                    chunk.first_sentence,
                    chunk.last_sentence,
                    chunk.start,
                    chunk.end,
                    chunk.text,
                    _blob(vector),
                ),
            )
            ids.append(int(cursor.lastrowid))
        return ids

    def delete_documents(self, doc_ids: Iterable[str]) -> list[int]:
        """Delete documents with their sentences and chunks; return the removed chunk ids."""
        removed: list[int] = []
        for doc_id in doc_ids:
            removed += [
                r[0] for r in self.db.execute("SELECT id FROM chunks WHERE doc_id = ?", (doc_id,))
            ]
            self.db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
        return removed

    # Reads

    def doc_ids_for_file(self, file: str) -> set[str]:
        rows = self.db.execute("SELECT doc_id FROM documents WHERE file = ?", (file,))
        return {r[0] for r in rows}

    def file_of(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT file FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def document(self, doc_id: str) -> Document | None:
        row = self.db.execute(
            "SELECT doc_id, origin, title, text, date, url, source FROM documents WHERE doc_id = ?",
            (doc_id,),
        ).fetchone()
        return Document(*row) if row else None

    def documents(self) -> list[Document]:
        rows = self.db.execute(
            "SELECT doc_id, origin, title, text, date, url, source FROM documents ORDER BY title"
        )
        return [Document(*r) for r in rows]

    def sentences(self, doc_id: str, text: str) -> list[Sentence]:
        rows = self.db.execute(
            "SELECT idx, start, end FROM sentences WHERE doc_id = ? ORDER BY idx", (doc_id,)
        )
        return [Sentence(i, s, e, text[s:e]) for i, s, e in rows]

    def chunks(self, chunk_ids: list[int]) -> dict[int, ChunkRecord]:
        if not chunk_ids:
            return {}
        marks = ",".join("?" * len(chunk_ids))
        rows = self.db.execute(
            "SELECT c.id, c.doc_id, c.idx, c.first_sentence, c.last_sentence, c.start, c.end, "
            "c.text, d.title, d.source, d.date, d.url, c.vector FROM chunks c JOIN documents d "
            f"ON d.doc_id = c.doc_id WHERE c.id IN ({marks})",
            [int(i) for i in chunk_ids],
        )
        return {
            r[0]: ChunkRecord(
                r[0], Chunk(*r[1:8]), r[8], r[9], r[10], r[11], np.frombuffer(r[12], np.float32)
            )
            for r in rows
        }

    def chunk_ids_matching(
        self, sources: list[str] | None, since: str | None, until: str | None
    ) -> np.ndarray:
        """Chunk ids whose document passes the source and date filters (dates as ISO strings)."""
        where, params = _document_filter(sources, since, until)
        rows = self.db.execute(
            f"SELECT c.id FROM chunks c JOIN documents d ON d.doc_id = c.doc_id WHERE {where}",
            params,
        )
        return np.fromiter((r[0] for r in rows), dtype=np.int64)

    def latest_documents(
        self, n: int, sources: list[str] | None, since: str | None, until: str | None
    ) -> list[Document]:
        """The `n` newest documents that pass the filters: by date, undated ones after the dated
        in reverse order of ingestion."""
        where, params = _document_filter(sources, since, until)
        rows = self.db.execute(
            "SELECT d.doc_id, d.origin, d.title, d.text, d.date, d.url, d.source FROM documents d"
            f" WHERE {where} ORDER BY d.date IS NULL, d.date DESC, d.rowid DESC LIMIT ?",
            [*params, n],
        )
        return [Document(*r) for r in rows]

    def chunk_sentences(
        self, chunk_ids: list[int]
    ) -> dict[int, list[tuple[int, int, int, np.ndarray]]]:
        """For each chunk id, its sentences as (index, start, end, vector), in order."""
        if not chunk_ids:
            return {}
        marks = ",".join("?" * len(chunk_ids))
        rows = self.db.execute(
            "SELECT c.id, s.idx, s.start, s.end, s.vector FROM chunks c JOIN sentences s "
            "ON s.doc_id = c.doc_id AND s.idx BETWEEN c.first_sentence AND c.last_sentence "
            f"WHERE c.id IN ({marks}) ORDER BY c.id, s.idx",
            [int(i) for i in chunk_ids],
        )
        result: dict[int, list[tuple[int, int, int, np.ndarray]]] = {}
        for chunk_id, idx, start, end, blob in rows:
            result.setdefault(chunk_id, []).append(
                (idx, start, end, np.frombuffer(blob, dtype=np.float32))
            )
        return result

    def all_vectors(self, dimension: int) -> tuple[np.ndarray, np.ndarray]:
        rows = self.db.execute("SELECT id, vector FROM chunks ORDER BY id").fetchall()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        matrix = np.empty((len(rows), dimension), dtype=np.float32)
        for i, (_, blob) in enumerate(rows):
            matrix[i] = np.frombuffer(blob, dtype=np.float32)
        return ids, matrix

    def vector_records(self, chunk_ids: list[int] | None = None) -> list[VectorRecord]:
        """Chunk vectors with their documents' source and date (the fields vector stores filter
        on): the given chunk ids, or all of them in id order."""
        query = (
            "SELECT c.id, c.vector, d.source, d.date FROM chunks c "
            "JOIN documents d ON d.doc_id = c.doc_id"
        )
        if chunk_ids is None:
            rows = self.db.execute(query + " ORDER BY c.id").fetchall()
        else:
            rows = []
            for start in range(0, len(chunk_ids), 900):  # under SQLite's limit on bound values
                part = [int(i) for i in chunk_ids[start : start + 900]]
                marks = ",".join("?" * len(part))
                rows += self.db.execute(f"{query} WHERE c.id IN ({marks})", part).fetchall()
        return [VectorRecord(r[0], np.frombuffer(r[1], dtype=np.float32), r[2], r[3]) for r in rows]

    def all_chunk_texts(self) -> tuple[np.ndarray, list[str]]:
        rows = self.db.execute(
            "SELECT c.id, d.title, c.text FROM chunks c JOIN documents d ON d.doc_id = c.doc_id "
            "ORDER BY c.id"
        ).fetchall()
        return np.array([r[0] for r in rows], dtype=np.int64), [
            indexed_text(r[1], r[2]) for r in rows
        ]

    def counts(self) -> tuple[int, int, int]:
        return tuple(
            self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "sentences", "chunks")
        )  # type: ignore[return-value]


def _blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()
