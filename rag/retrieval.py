"""Hybrid retrieval: dense (the vector store, FAISS or Milvus) and BM25 candidates, scored with
sentence-level evidence, filtered, de-duplicated, and annotated with per-sentence relevance for
evidence selection.

Dense and BM25 each propose `candidates` passages. Every pooled passage is then scored by a
weighted sum of its chunk cosine, its coverage of the question's terms, its normalised BM25
score, and its best sentence (cosine plus term and phrase coverage). The sentence signal favours
a passage holding one sentence that answers the question over one that merely shares its topic.
Reciprocal-rank fusion of the same signals is available as `fusion = "rrf"`; on the development
set it ranked the answer-bearing passage first less often (see eval/retrieval.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import numpy as np

from rag.embedding import Embedder
from rag.errors import RAGError
from rag.evidence import needs_context
from rag.index import Index
from rag.lexical import bigrams, phrase_coverage, question_terms, terms
from rag.settings import RetrievalSettings
from rag.store import ChunkRecord
from rag.types import Hit, ScoredSentence
from rag.vector_store import VectorFilter


@dataclass(frozen=True)
class Filters:
    """Restrict retrieval to documents from these sources and/or within ISO dates (inclusive)."""

    sources: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        # Dates compare as ISO strings in the store, so anything else would filter silently wrong.
        for value in (self.since, self.until):
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise RAGError(
                        f"'{value}' is not a date; give dates as YYYY-MM-DD, e.g. 2023-09-12"
                    ) from None
        if self.since and self.until and self.since > self.until:
            raise RAGError(
                f"since {self.since} is after until {self.until}; give the earlier date as since"
            )


@dataclass(frozen=True)
class Candidate:
    """A pooled passage with the signals that rank it."""

    record: ChunkRecord
    sentences: tuple[ScoredSentence, ...]
    dense: float  # cosine of the chunk to the question
    coverage: float  # weighted share of the question's terms in the passage text
    bm25: float | None  # raw BM25 score, None when BM25 did not propose it
    bm25_norm: float  # BM25 divided by the query's best BM25 score
    best_sentence: float  # best sentence score
    best_cosine: float  # best sentence cosine


def rrf(rankings: list[list[int]], weights: list[float], rrf_k: int) -> dict[int, float]:
    """Reciprocal-rank fusion: sum over rankings of weight / (rrf_k + rank)."""
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (rrf_k + rank)
    return fused


def linear(candidates: list[Candidate], s: RetrievalSettings) -> dict[int, float]:
    return {
        c.record.chunk_id: s.dense_weight * c.dense
        + s.coverage_weight * c.coverage
        + s.bm25_weight * c.bm25_norm
        + s.sentence_weight * c.best_sentence
        + s.sentence_cosine_weight * c.best_cosine
        for c in candidates
    }


def fused_scores(candidates: list[Candidate], s: RetrievalSettings) -> dict[int, float]:
    if s.fusion == "linear":
        return linear(candidates, s)
    if s.fusion == "rrf":
        signals = ["dense", "coverage", "bm25_norm", "best_sentence", "best_cosine"]
        weights = [
            s.dense_weight,
            s.coverage_weight,
            s.bm25_weight,
            s.sentence_weight,
            s.sentence_cosine_weight,
        ]
        rankings = [
            [c.record.chunk_id for c in sorted(candidates, key=lambda c: -getattr(c, name))]
            for name in signals
        ]
        return rrf(rankings, weights, s.rrf_k)
    raise ValueError(f"unknown fusion {s.fusion!r}; use linear or rrf")


_WORDS = re.compile(r"\w+")


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.lower())
    if len(words) < n:
        return {tuple(words)}
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def near_duplicate(a: set, b: set, threshold: float) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= threshold


def retrieve(
    question: str,
    index: Index,
    embedder: Embedder,
    settings: RetrievalSettings,
    k: int,
    filters: Filters = Filters(),
) -> list[Hit]:
    """The `k` best passages for `question`, best first."""
    if not index.exists() or k <= 0 or not question.strip():
        return []
    query_vector = embedder.embed_query(question)
    # The vector store applies the filter where the vectors are; BM25 takes the matching ids.
    where = VectorFilter(filters.sources, filters.since, filters.until)
    allowed = index.allowed_ids(list(filters.sources), filters.since, filters.until)
    bm25 = index.bm25()
    dense = index.vectors(embedder.dimension).search(query_vector, settings.candidates, where)
    lexical = bm25.search(question, settings.candidates, allowed)
    pool = list(dict.fromkeys([c for c, _ in dense] + [c for c, _ in lexical]))
    candidates = build_candidates(question, query_vector, pool, dict(lexical), index, settings)
    scores = fused_scores(candidates, settings)
    ranked = sorted(candidates, key=lambda c: scores[c.record.chunk_id], reverse=True)

    kept: list[Candidate] = []
    kept_shingles: list[set] = []
    for candidate in ranked:
        grams = shingles(candidate.record.chunk.text)
        if any(near_duplicate(grams, g, settings.duplicate_threshold) for g in kept_shingles):
            continue
        kept.append(candidate)
        kept_shingles.append(grams)
        if len(kept) == k:
            break
    return [to_hit(c, scores[c.record.chunk_id]) for c in kept]


def build_candidates(
    question: str,
    query_vector: np.ndarray,
    pool: list[int],
    bm25_scores: dict[int, float],
    index: Index,
    settings: RetrievalSettings,
) -> list[Candidate]:
    records = index.store.chunks(pool)
    sentence_rows = index.store.chunk_sentences(pool)
    bm25 = index.bm25()
    question_term_list = question_terms(question)
    asked = set(question_term_list)
    question_bigrams = bigrams(question_term_list)
    best_bm25 = max(bm25_scores.values(), default=0.0) or 1.0
    candidates = []
    for chunk_id in pool:
        record = records.get(chunk_id)
        if record is None:
            continue
        rows = sentence_rows.get(chunk_id, [])
        cosines = np.stack([v for *_, v in rows]) @ query_vector if rows else np.zeros(0)
        sentences = []
        previous_terms: list[str] = []
        for (idx, start, end, _), cosine in zip(rows, cosines, strict=True):
            text = record.chunk.text[start - record.chunk.start : end - record.chunk.start]
            text_terms = terms(text)
            covered = set(text_terms) | (set(previous_terms) if needs_context(text) else set())
            score = (
                float(cosine)
                + bm25.coverage(asked, covered)
                + settings.phrase_weight * phrase_coverage(question_bigrams, text_terms)
            )
            sentences.append(ScoredSentence(idx, start, end, text, round(score, 4)))
            previous_terms = text_terms
        candidates.append(
            Candidate(
                record=record,
                sentences=tuple(sentences),
                dense=float(record.vector @ query_vector),
                coverage=bm25.coverage(asked, set(terms(record.chunk.text))),
                bm25=bm25_scores.get(chunk_id),
                bm25_norm=bm25_scores.get(chunk_id, 0.0) / best_bm25,
                best_sentence=max((s.score for s in sentences), default=0.0),
                best_cosine=float(cosines.max()) if len(cosines) else 0.0,
            )
        )
    return candidates


def to_hit(c: Candidate, score: float) -> Hit:
    r = c.record
    return Hit(
        chunk_id=r.chunk_id,
        doc_id=r.chunk.doc_id,
        title=r.title,
        source=r.source,
        date=r.date,
        url=r.url,
        text=r.chunk.text,
        start=r.chunk.start,
        end=r.chunk.end,
        score=round(score, 4),
        dense_score=round(c.dense, 4),
        bm25_score=None if c.bm25 is None else round(c.bm25, 4),
        sentences=c.sentences,
    )
