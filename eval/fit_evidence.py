"""Fit the evidence ranker: logistic regression that tells, from `rag.evidence.sentence_features`,
whether a retrieved sentence holds a gold answer, over the answerable questions of a
SQuAD-2.0-format development file; written to rag/evidence_ranking.json.

    python -m eval.fit_evidence --questions 500

Questions are sampled with a seed other than the evaluation's, and the evaluation sample is left
out, so eval/answers.py measures the ranker on questions it was not fitted on.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import numpy as np

from eval.answers import contains
from eval.calibrate import fit_logistic
from eval.datasets import evaluation_sample, load_squad, sample, write_jsonl
from rag import RAG
from rag.evidence import FEATURES, RANKING, sentence_features


def recall_at(
    groups: list[tuple[np.ndarray, np.ndarray]], scores: list[np.ndarray], n: int
) -> float:
    """Share of questions with a gold-holding sentence among their `n` best-scored sentences."""
    hits = [labels[np.argsort(-s)[:n]].any() for (_, labels), s in zip(groups, scores, strict=True)]
    return float(np.mean(hits))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/squad2-dev-a.json")
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1, help="sampling seed (eval uses seed 0)")
    args = parser.parse_args()

    records, questions = load_squad(args.data)
    held_out = {q.qid for q in evaluation_sample(questions)}
    pool = sample(questions, 2 * args.questions, 0, seed=args.seed)
    chosen = [q for q in pool if q.qid not in held_out][: args.questions]
    groups = []
    with tempfile.TemporaryDirectory() as tmp:
        rag = RAG(Path(tmp) / "index")
        rag.ingest([write_jsonl(records, Path(tmp) / "articles.jsonl")])
        for q in chosen:
            hits = rag.retrieve(q.question, k=rag.settings.answer.k)
            rows = sentence_features(q.question, hits, rag.index.bm25(), rag.embedder.embed_tokens)
            text = {(h.doc_id, s.index): s.text for h in hits for s in h.sentences}
            if rows:
                x = np.array(list(rows.values()))
                y = np.array([contains(text[key], list(q.answers)) for key in rows])
                groups.append((x, y))
    x = np.concatenate([g[0] for g in groups])
    y = np.concatenate([g[1] for g in groups])
    ranker = fit_logistic(x, y)
    fitted = [np.array([ranker.probability(row) for row in gx]) for gx, _ in groups]
    baseline = [gx[:, 0] for gx, _ in groups]
    result = {
        "features": list(FEATURES),
        **ranker.to_json(),
        "data": {"file": Path(args.data).name, "questions": len(groups), "seed": args.seed},
        "train_recall": {
            f"at_{n}": {
                "ranker": recall_at(groups, fitted, n),
                "sentence_score": recall_at(groups, baseline, n),
            }
            for n in (1, 2, 4)
        },
    }
    RANKING.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result["train_recall"], indent=2))


if __name__ == "__main__":
    main()
