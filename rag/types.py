"""The plain data that crosses stage boundaries: documents in, hits and answers out.

Everything here is a frozen dataclass so that stages cannot mutate each other's results and every
face (CLI, UI, eval) sees the same shapes; `openings` is the one lookup over hits that the
readers of articles' leads share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class Article:
    """A loaded article before indexing: cleaned text plus metadata.

    `origin` names where it came from (a file path, or `path#N` for the N-th record of a JSON
    file); re-ingesting the same origin replaces what it produced before.
    """

    origin: str
    title: str
    text: str
    date: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document; `text == document.text[start:end]`."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Chunk:
    """A window of consecutive sentences, the unit that is embedded and retrieved."""

    doc_id: str
    index: int
    first_sentence: int
    last_sentence: int  # inclusive
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    """An indexed article: its content-hash id, cleaned text and metadata."""

    doc_id: str
    origin: str
    title: str
    text: str
    date: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, eq=False)
class TokenVectors:
    """A text as the embedder's tokenizer splits it, with one L2-normalised contextual vector per
    token (the rows of `vectors`); the model's special tokens come first and last."""

    tokens: tuple[str, ...]
    words: tuple[int, ...]  # per token, the index of the word it is a piece of; -1 if special
    vectors: np.ndarray


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence of a retrieved passage with its relevance to the question (higher is better)."""

    index: int
    start: int
    end: int
    text: str
    score: float


@dataclass(frozen=True)
class Hit:
    """One retrieved passage with the metadata and per-sentence scores that evidence needs.

    `score` is the fused rank score; `dense_score` (the question's cosine, computed for every
    candidate) and `bm25_score` (None where BM25 did not return the passage) are the raw signals.
    """

    chunk_id: int
    doc_id: str
    title: str
    source: str | None
    date: str | None
    url: str | None
    text: str
    start: int
    end: int
    score: float
    dense_score: float
    bm25_score: float | None
    sentences: tuple[ScoredSentence, ...] = ()

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "doc_id": self.doc_id,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "url": self.url,
            "score": self.score,
            "dense_score": self.dense_score,
            "bm25_score": self.bm25_score,
            "start": self.start,
            "end": self.end,
            "sentences": [
                {"text": s.text, "start": s.start, "end": s.end, "score": s.score}
                for s in self.sentences
            ],
        }


def openings(hits: Sequence[Hit]) -> dict[str, str]:
    """The opening passage of each article retrieved from its start, by document id: its lead
    names whom and what later sentences call "she", "the company" or "the director"."""
    return {h.doc_id: h.text for h in hits if h.start == 0}


@dataclass(frozen=True)
class Failure:
    """An input that could not be indexed, with a one-line reason that says what to do."""

    path: str
    reason: str


@dataclass
class IngestReport:
    """What one ingest did: `added`, `updated` and `unchanged` list files (a JSON file of many
    records is one); `failed` and `warnings` name a file, or one record of it as "path:N"."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)
    # Texts (chunks and sentences) embedded, and the seconds spent embedding them: the cost
    # that grows with a collection, reported so a slow embedder setting shows.
    embedded: int = 0
    embedding_s: float = 0.0

    def summary(self) -> str:
        text = (
            f"files: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged; {len(self.failed)} failed"
        )
        if self.embedded and self.embedding_s > 0:
            rate = self.embedded / self.embedding_s
            text += f"; embedded {self.embedded} texts at {rate:.0f}/s"
        return text


@dataclass(frozen=True)
class IndexStats:
    documents: int
    sentences: int
    chunks: int
    embedder: str
    dimension: int | None
    index_type: str
    generation: int


@dataclass(frozen=True)
class Evidence:
    """A numbered source sentence given to the generator; `marker` is its 1-based number."""

    marker: int
    sentence: str
    doc_id: str
    title: str
    source: str | None
    date: str | None
    start: int
    end: int
    score: float  # the sentence's retrieval score
    relevance: float = 0.0  # how likely it holds the answer (rag.evidence ranks by this)


@dataclass(frozen=True)
class Citation:
    """A marker in an answer resolved to its exact source: `sentence == doc.text[start:end]`."""

    marker: int
    sentence: str
    doc_id: str
    title: str
    source: str | None
    start: int
    end: int

    def to_dict(self) -> dict:
        return {
            "marker": self.marker,
            "sentence": self.sentence,
            "doc_id": self.doc_id,
            "title": self.title,
            "source": self.source,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True)
class Answer:
    """An answer whose every claim cites a source sentence, or an explicit refusal.

    `question` is what the user asked; `standalone_question` is what was retrieved for (a
    follow-up rewritten with the conversation). `answerability` is the calibrated probability
    that the evidence answers the question, moved below the refusal threshold when a rule of the
    question's form refused it and up to the threshold when one settled it
    (`rag.answerability.decided`).
    """

    question: str
    standalone_question: str
    text: str
    citations: tuple[Citation, ...]
    refused: bool
    passages: tuple[Hit, ...]
    mode: str
    answerability: float
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "standalone_question": self.standalone_question,
            "text": self.text,
            "refused": self.refused,
            "mode": self.mode,
            "answerability": self.answerability,
            "citations": [c.to_dict() for c in self.citations],
            "passages": [h.to_dict() for h in self.passages],
        }


@dataclass(frozen=True)
class VectorRecord:
    """One chunk's vector with the fields of its document that filters read."""

    chunk_id: int
    vector: np.ndarray
    source: str | None = None
    date: str | None = None
