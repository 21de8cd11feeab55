"""Hybrid retrieval: dense (FAISS) and BM25 candidates fused by reciprocal rank, filtered,
de-duplicated, and annotated with per-sentence relevance for evidence selection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from rag.embedding import Embedder
from rag.index import Index
from rag.lexical import terms
from rag.settings import RetrievalSettings
from rag.store import ChunkRecord
from rag.types import Hit, ScoredSentence


@dataclass(frozen=True)
class Filters:
    """Restrict retrieval to documents from these sources and/or within ISO dates (inclusive)."""

    sources: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None


def fuse(rankings: list[list[tuple[int, float]]], weights: list[float], rrf_k: int) -> dict[int, float]:
    """Reciprocal-rank fusion: sum over rankings of weight / (rrf_k + rank)."""
    fused: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, (item, _) in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (rrf_k + rank)
    return fused


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
    """The `k` best passages for `question`.

    Three rankings are fused: dense similarity of whole chunks, BM25 over chunks, and, over the
    pooled candidates, each chunk's best-matching sentence. The last favours a passage holding
    one sentence that answers the question over one that merely shares its topic.
    """
    if not index.exists() or k <= 0 or not question.strip():
        return []
    query_vector = embedder.embed_query(question)
    allowed = index.allowed_ids(list(filters.sources), filters.since, filters.until)
    dense: list[tuple[int, float]] = []
    lexical: list[tuple[int, float]] = []
    if settings.dense_weight > 0:
        dense = index.dense(embedder.dimension).search(query_vector, settings.candidates, allowed)
    if settings.bm25_weight > 0:
        lexical = index.bm25().search(question, settings.candidates, allowed)
    pool = list(dict.fromkeys([c for c, _ in dense] + [c for c, _ in lexical]))
    sentence_vectors = index.store.chunk_sentences(pool)
    best_sentence = {
        chunk_id: float(np.max(np.stack([v for _, v in rows]) @ query_vector))
        for chunk_id, rows in sentence_vectors.items()
    }
    by_sentence = sorted(best_sentence.items(), key=lambda item: item[1], reverse=True)
    fused = fuse(
        [dense, lexical, by_sentence if settings.sentence_weight > 0 else []],
        [settings.dense_weight, settings.bm25_weight, settings.sentence_weight],
        settings.rrf_k,
    )
    ranked = sorted(fused, key=fused.__getitem__, reverse=True)
    dense_scores, bm25_scores = dict(dense), dict(lexical)

    records = index.store.chunks(ranked[: max(3 * k, k + 10)])
    kept: list[ChunkRecord] = []
    kept_shingles: list[set] = []
    for chunk_id in ranked:
        record = records.get(chunk_id)
        if record is None:
            continue
        grams = shingles(record.chunk.text)
        if any(near_duplicate(grams, other, settings.duplicate_threshold) for other in kept_shingles):
            continue
        kept.append(record)
        kept_shingles.append(grams)
        if len(kept) == k:
            break

    question_terms = set(terms(question))
    return [
        Hit(
            chunk_id=r.chunk_id,
            doc_id=r.chunk.doc_id,
            title=r.title,
            source=r.source,
            date=r.date,
            url=r.url,
            text=r.chunk.text,
            start=r.chunk.start,
            end=r.chunk.end,
            score=fused[r.chunk_id],
            dense_score=dense_scores.get(r.chunk_id),
            bm25_score=bm25_scores.get(r.chunk_id),
            sentences=score_sentences(
                question_terms, query_vector, r, index, sentence_vectors[r.chunk_id]
            ),
        )
        for r in kept
    ]


def score_sentences(
    question_terms: set[str],
    query_vector: np.ndarray,
    record: ChunkRecord,
    index: Index,
    vectors: list[tuple[int, np.ndarray]],
) -> tuple[ScoredSentence, ...]:
    """Per-sentence relevance: cosine to the question plus coverage of the question's terms."""
    doc = index.store.document(record.chunk.doc_id)
    sentences = index.store.sentences(record.chunk.doc_id, doc.text)
    scored = []
    for idx, vector in vectors:
        sentence = sentences[idx]
        shared = question_terms & set(terms(sentence.text))
        coverage = len(shared) / len(question_terms) if question_terms else 0.0
        score = float(vector @ query_vector) + 0.5 * coverage
        scored.append(
            ScoredSentence(sentence.index, sentence.start, sentence.end, sentence.text, round(score, 4))
        )
    return tuple(scored)
