"""`RAG`: the one Python API that the CLI, the chat window and the evaluation scripts call.

from rag import RAG
rag = RAG(index_dir="index")        # cheap: models load lazily, once
report = rag.ingest(["seeds/"])
hits = rag.retrieve("How did Kim travel to Russia?", k=5)
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from rag.answering import Delta, answer_stream
from rag.conversation import Turn, check_history
from rag.embedding import Embedder, SentenceTransformerEmbedder
from rag.errors import RAGError
from rag.generation import Generator, load_generator
from rag.index import Index
from rag.ingestion import Progress, ingest
from rag.overview import LATEST_ARTICLES, Article
from rag.questions import check_question, has_words
from rag.retrieval import Filters, retrieve
from rag.settings import Settings
from rag.types import Answer, Document, Hit, IndexStats, IngestReport
from rag.vectors import index_kind


class RAG:
    def __init__(
        self,
        index_dir: str | Path = "index",
        settings: Settings | None = None,
        embedder: Embedder | None = None,
        generator: Generator | None = None,
        config: str | Path | None = None,
    ) -> None:
        """Open (or prepare to create) the index at `index_dir`; loads no model yet.

        `settings` wins over `config` (a TOML file); neither means the offline defaults.
        """
        self.settings = settings or Settings.load(config)
        self.index = Index(index_dir, self.settings)
        self.index.check_manifest()
        self._embedder = embedder
        self._generator = generator
        self._owns_generator = generator is None  # one passed in may serve others too
        self._load_lock = threading.Lock()

    @property
    def embedder(self) -> Embedder:
        """The embedding model, loaded on first use and kept for the life of this object."""
        if self._embedder is None:
            with self._load_lock:
                if self._embedder is None:
                    self._embedder = SentenceTransformerEmbedder(self.settings.embedding)
        return self._embedder

    @property
    def generator(self) -> Generator:
        """The answer generator, loaded on first generative answer and kept."""
        if self._generator is None:
            with self._load_lock:
                if self._generator is None:
                    self._generator = load_generator(self.settings.generation)
        return self._generator

    def ask(
        self,
        question: str,
        history: list[Turn] | None = None,
        mode: str | None = None,
        k: int | None = None,
        sources: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Answer:
        """Answer `question` with cited source sentences, or refuse when the articles do not say.

        `sources`, `since` and `until` restrict the passages as in `retrieve`.
        """
        for event in self.stream(question, history, mode, k, sources, since, until):
            if isinstance(event, Answer):
                return event
        raise RuntimeError("answering ended without an answer")

    def stream(
        self,
        question: str,
        history: list[Turn] | None = None,
        mode: str | None = None,
        k: int | None = None,
        sources: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> Iterator[Delta | Answer]:
        """Like `ask`, but yields `Delta` text pieces as they are generated, then the `Answer`."""
        settings = self.settings.answer
        question = check_question(question, settings.max_question_chars, settings.question_language)
        history = check_history(history)
        k = passage_count(k, settings.k)  # checked before any model loads
        yield from answer_stream(
            question,
            history,
            mode or settings.mode,
            retrieve=lambda q: self.retrieve(q, k, sources, since, until),
            bm25=self.index.bm25,
            embed_texts=self.embedder.embed_documents,
            embed_tokens=self.embedder.embed_tokens,
            generator=lambda: self.generator,
            settings=settings,
            articles=lambda doc_id: self._articles(doc_id, sources, since, until),
        )

    def _articles(
        self, doc_id: str | None, sources: list[str] | None, since: str | None, until: str | None
    ) -> list[Article]:
        """One article with its sentences, or for None the latest that pass the filters."""
        filters = Filters(tuple(sources or ()), since, until)  # a malformed date is an error
        if not self.index.exists():
            return []
        store = self.index.store
        doc = store.document(doc_id) if doc_id else None
        if doc is not None:
            docs = [doc]
        else:
            docs = store.latest_documents(LATEST_ARTICLES, list(filters.sources), since, until)
        return [(d, store.sentences(d.doc_id, d.text)) for d in docs]

    def ingest(
        self, paths: str | Path | Iterable[str | Path], progress: Progress | None = None
    ) -> IngestReport:
        """Index files and folders (one path, or several); unchanged files are skipped, changed
        ones replaced."""
        # A string is iterable too: taken as a list, "docs" would be the paths d, o, c and s.
        paths = [paths] if isinstance(paths, str | Path) else list(paths)
        return ingest(paths, self.index, lambda: self.embedder, self.settings.chunking, progress)

    def retrieve(
        self,
        question: str,
        k: int | None = None,
        sources: list[str] | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[Hit]:
        """The `k` best passages for `question`, optionally filtered by source and ISO date."""
        if not has_words(question):
            return []  # nothing to look for: every passage would match as well as any other
        filters = Filters(tuple(sources or ()), since, until)
        k = passage_count(k, self.settings.retrieval.k)
        return retrieve(question, self.index, self.embedder, self.settings.retrieval, k, filters)

    def remove(self, doc_id: str) -> Document:
        """Delete one document by id; raises RAGError when there is no such document."""
        with self.index.writing(lambda: self.embedder.dimension) as store:
            doc = store.document(doc_id)
            if doc is None:
                raise RAGError(f"no document with id '{doc_id}'; 'rag stats' lists the index")
            with store.transaction():
                removed = store.delete_documents([doc_id])
            self.index.committed(removed, [])
        return doc

    def documents(self) -> list[Document]:
        return self.index.store.documents() if self.index.exists() else []

    def document(self, doc_id: str) -> Document | None:
        return self.index.store.document(doc_id) if self.index.exists() else None

    def stats(self) -> IndexStats:
        counts = self.index.store.counts() if self.index.exists() else (0, 0, 0)
        manifest = self.index.manifest() or {}
        return IndexStats(
            documents=counts[0],
            sentences=counts[1],
            chunks=counts[2],
            embedder=self.settings.embedding.model,
            dimension=manifest.get("embedder", {}).get("dimension"),
            index_type=self._index_type(counts[2]),
            generation=self.index.store.generation() if self.index.exists() else 0,
        )

    def _index_type(self, chunks: int) -> str:
        """The FAISS index type built for this many chunks ("auto" resolved); Milvus builds its
        own from the setting."""
        index = self.settings.index
        if index.vector_store == "faiss":
            return index_kind(index, chunks)
        return f"milvus {index.type}"

    def close(self) -> None:
        self.index.close()
        if self._owns_generator and self._generator is not None:
            self._generator.close()


def passage_count(k: int | None, default: int) -> int:
    """`k`, or `default` when it is None; an error that says what to do when it is under one."""
    k = default if k is None else k
    if k < 1:
        raise RAGError(f"k is {k}; ask for at least 1 passage")
    return k
