"""Answerability: does the selected evidence answer the question, or should newsrag refuse?

The decision is a calibrated probability from features of the evidence, never the generator's
say-so: how well the best sentences match (cosine, term and phrase coverage), whether the
question's rarest terms appear in the evidence at all, and, when a generator is loaded, its
probability of "yes" to "Can the question be answered from the context?". A logistic model over
these features is fitted on development data by `eval/calibrate.py` and shipped as
`answerability.json` beside this module, with the threshold that keeps false refusals of
answerable development questions at or under the target rate.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from rag.lexical import WORD, BM25Index, terms
from rag.logistic import LogisticModel
from rag.types import Evidence, Hit

CALIBRATION = Path(__file__).with_name("answerability.json")


@dataclass(frozen=True)
class Features:
    best_sentence: float  # best evidence sentence score (cosine + coverage + phrase)
    top_dense: float  # cosine of the best passage
    evidence_coverage: float  # weighted share of question terms found in the evidence
    # Weight share of the heaviest question term absent from the evidence, even as a near
    # synonym ("colour" is present in a sentence saying "green"; "population" in none).
    missing_key_term: float
    yes_probability: float  # generator's P(yes); 0.5 when no generator is consulted

    def vector(self) -> list[float]:
        return list(asdict(self).values())


def features(
    question: str,
    hits: list[Hit],
    evidence: list[Evidence],
    bm25: BM25Index,
    embed_words: Callable[[list[str]], np.ndarray] | None = None,
    yes_probability: float = 0.5,
) -> Features:
    """Answerability features; `embed_words` (normalised vectors) enables synonym matching."""
    question_terms = set(terms(question))
    evidence_text = " ".join(e.sentence for e in evidence)
    evidence_terms = set(terms(evidence_text))
    weights = {t: bm25.weight(t) for t in question_terms}
    total = sum(weights.values()) or 1.0
    missing = {t: w for t, w in weights.items() if t not in evidence_terms}
    if missing and embed_words is not None and evidence:
        present = near_synonyms(question, evidence_text, set(missing), embed_words)
        missing = {t: w for t, w in missing.items() if t not in present}
    return Features(
        best_sentence=max((e.score for e in evidence), default=0.0),
        top_dense=(hits[0].dense_score or 0.0) if hits else 0.0,
        evidence_coverage=bm25.coverage(question_terms, evidence_terms),
        missing_key_term=max(missing.values(), default=0.0) / total,
        yes_probability=yes_probability,
    )


def near_synonyms(
    question: str,
    evidence_text: str,
    missing: set[str],
    embed_words: Callable[[list[str]], np.ndarray],
    threshold: float = 0.6,
) -> set[str]:
    """Missing question terms that some evidence word is close to in embedding space."""
    question_words = {w for w in WORD.findall(question) if terms(w) and terms(w)[0] in missing}
    evidence_words = sorted({w.lower() for w in WORD.findall(evidence_text) if terms(w)})
    if not question_words or not evidence_words:
        return set()
    ordered = sorted(question_words)
    vectors = embed_words(ordered + evidence_words)
    similarity = vectors[: len(ordered)] @ vectors[len(ordered) :].T
    close = zip(ordered, similarity.max(axis=1), strict=True)
    return {terms(w)[0] for w, best in close if best >= threshold}


@dataclass(frozen=True)
class Calibration:
    names: tuple[str, ...]  # the `Features` the model reads, in its order
    model: LogisticModel
    threshold: float

    def probability(self, f: Features) -> float:
        return self.model.probability([getattr(f, name) for name in self.names])


@lru_cache(maxsize=4)
def load_calibration(path: Path = CALIBRATION, use_generator: bool = False) -> Calibration:
    """The fitted model for evidence features alone, or with the generator's yes-probability."""
    data = json.loads(path.read_text(encoding="utf-8"))
    section = data["with_generator" if use_generator else "evidence_only"]
    return Calibration(
        names=tuple(section["features"]),
        model=LogisticModel.from_json(section),
        threshold=float(section["threshold"]),
    )
