"""Fit the refusal model: logistic regression over answerability features on a SQuAD-2.0-format
development file and the news questions over three of the news articles, written to
rag/answerability.json with the threshold that refuses at most `--max-false-refusal` of the
answerable development questions. The evaluation sample of eval/answers.py (seed 0) and the news
questions it scores are left out, so it measures the model on questions it was not fitted on.

SQuAD's questions were written by crowd workers looking at the paragraph and share many of its
words; news readers ask shorter questions in their own words, whose passages score lower. Fitted on
SQuAD alone, the model refused about a third of the answerable news questions; the news questions,
weighted `--news-weight` each, teach it that style, while the threshold stays defined on SQuAD's
answerable questions alone, so that the false-refusal target keeps its meaning.

    python -m eval.calibrate --answerable 500 --unanswerable 500 --generator
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import fields
from pathlib import Path

import numpy as np

from eval.datasets import (
    NEWS_CALIBRATION_ARTICLES,
    Question,
    evaluation_sample,
    load_news,
    load_squad,
    sample,
    write_jsonl,
)
from rag import RAG
from rag.answerability import CALIBRATION, Features
from rag.answering import assess, respelled, searched_for
from rag.logistic import LogisticModel
from rag.types import Hit


def feature_rows(rag: RAG, questions: list, use_generator: bool) -> np.ndarray:
    s = rag.settings.answer
    bm25, embedder = rag.index.bm25(), rag.embedder
    judge = rag.generator if use_generator else None
    rows = []

    def retrieve(text: str) -> list[Hit]:
        return rag.retrieve(text, k=s.k)

    for q in questions:
        assessed = assess(
            searched_for(respelled(q.question, retrieve, bm25), [], bm25),  # as answering does
            retrieve,
            bm25,
            embedder.embed_documents,
            embedder.embed_tokens,
            s,
            judge,
        )
        rows.append(assessed.features.vector())
    return np.array(rows)


def fit_logistic(x: np.ndarray, y: np.ndarray, weight: np.ndarray | None = None) -> LogisticModel:
    """Logistic regression on standardised features, in the form the package evaluates."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=2000).fit((x - mean) / scale, y, weight)
    return LogisticModel(
        tuple(mean.tolist()),
        tuple(scale.tolist()),
        tuple(model.coef_[0].tolist()),
        float(model.intercept_[0]),
    )


def fit(
    x: np.ndarray,
    y: np.ndarray,
    weight: np.ndarray,
    squad: np.ndarray,
    max_false_refusal: float,
    names: list[str],
) -> dict:
    """The model fitted on every row; threshold and training figures over the `squad` rows."""
    from sklearn.metrics import roc_auc_score

    model = fit_logistic(x, y, weight)
    p = np.array([model.probability(row) for row in x])
    p, y = p[squad], y[squad]
    threshold = float(np.quantile(p[y == 1], max_false_refusal))
    return {
        "features": names,
        **model.to_json(),
        "threshold": threshold,
        "train_auc": float(roc_auc_score(y, p)),
        "train_refusal_recall": float(np.mean(p[y == 0] < threshold)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/squad2-dev-a.json")
    parser.add_argument("--answerable", type=int, default=500)
    parser.add_argument("--unanswerable", type=int, default=500)
    parser.add_argument("--max-false-refusal", type=float, default=0.08)
    parser.add_argument(
        "--generator", action="store_true", help="also fit with the yes-probability"
    )
    parser.add_argument("--seed", type=int, default=1, help="sampling seed (eval uses seed 0)")
    parser.add_argument(
        "--offtopic",
        default="eval/calibration_offtopic.json",
        help="off-topic questions added as unanswerable (not the evaluation set)",
    )
    parser.add_argument("--news", default="eval/news_questions.json")
    parser.add_argument("--news-articles", default="eval/news")
    parser.add_argument("--news-weight", type=float, default=1.0)
    args = parser.parse_args()

    records, questions = load_squad(args.data)
    held_out = {q.qid for q in evaluation_sample(questions)}
    pool = sample(questions, 2 * args.answerable, 2 * args.unanswerable, seed=args.seed)
    answerable = [q for q in pool if q.qid not in held_out and q.answerable]
    unanswerable = [q for q in pool if q.qid not in held_out and not q.answerable]
    chosen = answerable[: args.answerable] + unanswerable[: args.unanswerable]
    offtopic = json.loads(Path(args.offtopic).read_text(encoding="utf-8"))["questions"]
    chosen += [Question(f"offtopic-{i}", q, "", (), "") for i, q in enumerate(offtopic)]
    news = load_news(args.news, calibration=True)
    y = np.array([1 if q.answerable else 0 for q in chosen + news])
    squad = np.arange(len(y)) < len(chosen)
    weight = np.where(squad, 1.0, args.news_weight)
    names = [f.name for f in fields(Features)]
    with tempfile.TemporaryDirectory() as tmp:
        rag = RAG(Path(tmp) / "index")
        rag.ingest([write_jsonl(records, Path(tmp) / "articles.jsonl")])
        squad_rows = feature_rows(rag, chosen, args.generator)
        news_rag = RAG(Path(tmp) / "news", embedder=rag.embedder, generator=rag._generator)
        news_rag.ingest([Path(args.news_articles) / a for a in sorted(NEWS_CALIBRATION_ARTICLES)])
        x = np.vstack([squad_rows, feature_rows(news_rag, news, args.generator)])
    keep = [i for i, n in enumerate(names) if n != "yes_probability"]
    result: dict = {}
    result["data"] = {
        "file": Path(args.data).name,
        "answerable": int(y[squad].sum()),
        "unanswerable": int((1 - y[squad]).sum()),
        "seed": args.seed,
        "news_articles": sorted(NEWS_CALIBRATION_ARTICLES),
        "news_answerable": int(y[~squad].sum()),
        "news_unanswerable": int((1 - y[~squad]).sum()),
        "news_weight": args.news_weight,
    }
    result["evidence_only"] = fit(
        x[:, keep], y, weight, squad, args.max_false_refusal, [names[i] for i in keep]
    )
    # Without --generator the judged model falls back to the evidence-only fit.
    result["with_generator"] = (
        fit(x, y, weight, squad, args.max_false_refusal, names)
        if args.generator
        else result["evidence_only"]
    )
    CALIBRATION.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "data"}, indent=2))


if __name__ == "__main__":
    main()
