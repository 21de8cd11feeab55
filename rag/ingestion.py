"""Ingestion: files -> articles -> sentences -> chunks -> vectors -> one committed store write.

Files are processed in batches, each committed in a single transaction, so an interrupted ingest
keeps every finished batch and a re-run skips what is already indexed (unchanged content hashes).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rag.chunking import chunk_sentences, indexed_text, token_counter
from rag.embedding import Embedder
from rag.index import Index
from rag.loading import discover, load_file
from rag.sentences import split_sentences
from rag.settings import ChunkingSettings
from rag.types import Article, Chunk, Document, Failure, IngestReport, Sentence

Progress = Callable[[int, int], None]
FILES_PER_COMMIT = 32


@dataclass
class _Prepared:
    doc: Document
    file: str
    sentences: list[Sentence]
    chunks: list[Chunk]


def document_id(article: Article) -> str:
    """Stable id from content: the same article under another file name gets the same id."""
    parts = [
        article.title,
        article.text,
        article.date or "",
        article.url or "",
        article.source or "",
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def ingest(
    paths: list[str | Path],
    index: Index,
    load_embedder: Callable[[], Embedder],
    chunking: ChunkingSettings,
    progress: Progress | None = None,
) -> IngestReport:
    report = IngestReport()
    files, failures = discover(paths, skip=index.folder)
    report.failed += failures
    count_tokens = token_counter(chunking.encoding)
    done = 0
    with index.writing(lambda: load_embedder().dimension) as store:
        embedder = load_embedder()
        fits = getattr(embedder, "fits", None)
        for batch_start in range(0, len(files), FILES_PER_COMMIT):
            batch = files[batch_start : batch_start + FILES_PER_COMMIT]
            prepared: list[_Prepared] = []
            removals: list[str] = []
            seen_ids: dict[str, str] = {}
            for path in batch:
                loaded = load_file(path)
                report.failed += loaded.failures
                report.warnings += loaded.warnings
                done += 1
                if progress:
                    progress(done, len(files))
                if not loaded.articles:
                    continue  # the file failed as a whole: keep whatever it indexed before
                file_key = str(path.resolve())
                old_ids = store.doc_ids_for_file(file_key)
                new_docs: list[Document] = []
                for article in loaded.articles:
                    doc_id = document_id(article)
                    owner = seen_ids.get(doc_id) or store.file_of(doc_id)
                    if owner is not None and owner != file_key:
                        report.warnings.append(Failure(str(path), f"duplicate of {owner}; skipped"))
                        continue
                    if doc_id in {d.doc_id for d in new_docs}:
                        continue
                    seen_ids[doc_id] = file_key
                    new_docs.append(
                        Document(
                            doc_id,
                            article.origin,
                            article.title,
                            article.text,
                            article.date,
                            article.url,
                            article.source,
                        )
                    )
                new_ids = {d.doc_id for d in new_docs}
                if new_ids == old_ids:
                    report.unchanged.append(str(path))
                    continue
                (report.updated if old_ids else report.added).append(str(path))
                removals += sorted(old_ids - new_ids)
                for doc in new_docs:
                    if doc.doc_id in old_ids:
                        continue
                    sentences = split_sentences(doc.text, chunking.max_sentence_chars)
                    chunks = chunk_sentences(
                        doc.doc_id,
                        doc.text,
                        sentences,
                        count_tokens,
                        chunking.max_tokens,
                        chunking.overlap_sentences,
                        fits=(lambda t, title=doc.title: fits(indexed_text(title, t)))
                        if fits
                        else None,
                    )
                    prepared.append(_Prepared(doc, file_key, sentences, chunks))
            if not prepared and not removals:
                continue
            chunk_texts = [indexed_text(p.doc.title, c.text) for p in prepared for c in p.chunks]
            sentence_texts = [s.text for p in prepared for s in p.sentences]
            started = time.perf_counter()
            vectors = embedder.embed_documents(chunk_texts + sentence_texts)
            report.embedding_s += time.perf_counter() - started
            report.embedded += len(vectors)
            chunk_vectors = iter(vectors[: len(chunk_texts)])
            sentence_vectors = iter(vectors[len(chunk_texts) :])
            with store.transaction():
                removed = store.delete_documents(removals)
                added = [
                    chunk_id
                    for p in prepared
                    for chunk_id in store.add_document(
                        p.doc,
                        p.file,
                        p.sentences,
                        [next(sentence_vectors) for _ in p.sentences],
                        p.chunks,
                        [next(chunk_vectors) for _ in p.chunks],
                    )
                ]
            index.committed(removed, added)
    return report
