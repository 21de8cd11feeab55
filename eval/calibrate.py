"""Fit the refusal model: logistic regression over answerability features on a SQuAD-2.0-format
development file, written to rag/answerability.json with the threshold that refuses at most
`--max-false-refusal` of the answerable development questions. The evaluation sample of
eval/answers.py (seed 0) is left out, so it measures the model on questions it was not fitted on.

SQuAD's questions are long and repeat their paragraph's words; readers ask short questions in
their own words, which the evidence features score lower. `--readers` adds readers' sets
(eval/readers/<name>: articles and questions.json), each over an index of its own articles,
with their off-topic questions as unanswerable; their questions over the seed article, and
off-topic questions the evaluation also asks, are left out, so those stay unseen. The threshold
is still set on SQuAD's answerable questions alone, so false refusals there stay at
`--max-false-refusal`.

    python -m eval.calibrate --answerable 500 --unanswerable 500 --generator \
        --readers eval/readers/eleventh eval/readers/twelfth
"""

from __future__ import annotations

import argparse
import json
import tempfile
from dataclasses import fields
from pathlib import Path

import numpy as np

from eval.datasets import Question, evaluation_sample, load_squad, sample, write_jsonl
from rag import RAG
from rag.answerability import CALIBRATION, Features
from rag.answering import assess, respelled, searched_for
from rag.lexical import terms
from rag.logistic import LogisticModel
from rag.types import Hit

EVAL = Path(__file__).parent


def feature_rows(rag: RAG, questions: list, use_generator: bool) -> np.ndarray:
    s = rag.settings.answer
    bm25, embedder = rag.index.bm25(), rag.embedder
    judge = rag.generator if use_generator else None
    rows = []

    def retrieve(text: str) -> list[Hit]:
        return rag.retrieve(text, k=s.k)

    for q in questions:
        assessed = assess(
            searched_for(respelled(q.question, retrieve, bm25), []),  # as answering does
            retrieve,
            bm25,
            embedder.embed_documents,
            embedder.embed_tokens,
            s,
            judge,
        )
        rows.append(assessed.features.vector())
    return np.array(rows)


def fit_logistic(x: np.ndarray, y: np.ndarray) -> LogisticModel:
    """Logistic regression on standardised features, in the form the package evaluates."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=2000).fit((x - mean) / scale, y)
    return LogisticModel(
        tuple(mean.tolist()),
        tuple(scale.tolist()),
        tuple(model.coef_[0].tolist()),
        float(model.intercept_[0]),
    )


def _plain(question: str) -> str:
    """A question compared by its key terms alone: "In what year did the Berlin Wall fall?" is
    "In which year did the Berlin Wall fall?"."""
    return " ".join(sorted(set(terms(question))))


def evaluated_offtopic() -> set[str]:
    """The off-topic questions eval/answers.py scores by default, as `_plain` gives them."""
    lists = [
        json.loads((EVAL / "offtopic_questions.json").read_text(encoding="utf-8"))["questions"],
        json.loads((EVAL / "news_questions.json").read_text(encoding="utf-8"))["offtopic"],
    ]
    return {_plain(q) for questions in lists for q in questions}


def readers_questions(folder: Path, seed_articles: set[str], evaluated: set[str]) -> list[Question]:
    """A readers' set's questions over its own articles, and its off-topic ones that are not in
    `evaluated`."""
    data = json.loads((folder / "questions.json").read_text(encoding="utf-8"))
    asked = [
        Question(f"{folder.name}-{i}", q["question"], q["article"], tuple(q["answers"]), "")
        for i, q in enumerate(data["questions"])
        if q["article"] not in seed_articles
    ]
    offtopic = [
        Question(f"{folder.name}-off-{i}", q, "", (), "")
        for i, q in enumerate(data["offtopic"])
        if _plain(q) not in evaluated
    ]
    return asked + offtopic


def fit(
    x: np.ndarray, y: np.ndarray, max_false_refusal: float, names: list[str], squad: np.ndarray
) -> dict:
    """The model fitted on all rows; its threshold refuses `max_false_refusal` of the answerable
    rows where `squad` is true."""
    from sklearn.metrics import roc_auc_score

    model = fit_logistic(x, y)
    p = np.array([model.probability(row) for row in x])
    threshold = float(np.quantile(p[(y == 1) & squad], max_false_refusal))
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
    parser.add_argument("--max-false-refusal", type=float, default=0.06)
    parser.add_argument(
        "--generator", action="store_true", help="also fit with the yes-probability"
    )
    parser.add_argument("--seed", type=int, default=1, help="sampling seed (eval uses seed 0)")
    parser.add_argument(
        "--offtopic",
        default="eval/calibration_offtopic.json",
        help="off-topic questions added as unanswerable (not the evaluation set)",
    )
    parser.add_argument(
        "--readers", nargs="*", default=[], help="readers' sets (eval/readers/<name>) to add"
    )
    args = parser.parse_args()

    records, questions = load_squad(args.data)
    held_out = {q.qid for q in evaluation_sample(questions)}
    pool = sample(questions, 2 * args.answerable, 2 * args.unanswerable, seed=args.seed)
    answerable = [q for q in pool if q.qid not in held_out and q.answerable]
    unanswerable = [q for q in pool if q.qid not in held_out and not q.answerable]
    chosen = answerable[: args.answerable] + unanswerable[: args.unanswerable]
    offtopic = json.loads(Path(args.offtopic).read_text(encoding="utf-8"))["questions"]
    chosen += [Question(f"offtopic-{i}", q, "", (), "") for i, q in enumerate(offtopic)]
    seed_articles = {path.name for path in Path("seeds").iterdir()}
    evaluated = evaluated_offtopic()
    readers = [
        (Path(f), readers_questions(Path(f), seed_articles, evaluated)) for f in args.readers
    ]
    asked = chosen + [q for _, questions in readers for q in questions]
    y = np.array([1 if q.answerable else 0 for q in asked])
    squad = np.arange(len(asked)) < len(chosen)
    names = [f.name for f in fields(Features)]
    with tempfile.TemporaryDirectory() as tmp:
        rag = RAG(Path(tmp) / "index")
        rag.ingest([write_jsonl(records, Path(tmp) / "articles.jsonl")])
        rows = [feature_rows(rag, chosen, args.generator)]
        for folder, questions in readers:
            own = RAG(Path(tmp) / folder.name, embedder=rag.embedder, generator=rag._generator)
            own.ingest([str(folder / "articles")])
            rows.append(feature_rows(own, questions, args.generator))
        x = np.concatenate(rows)
    keep = [i for i, n in enumerate(names) if n != "yes_probability"]
    result: dict = {}
    result["data"] = {
        "file": Path(args.data).name,
        "answerable": int(y.sum()),
        "unanswerable": int((1 - y).sum()),
        "seed": args.seed,
        "readers": [folder.name for folder, _ in readers],
    }
    kept = [names[i] for i in keep]
    result["evidence_only"] = fit(x[:, keep], y, args.max_false_refusal, kept, squad)
    # Without --generator the judged model falls back to the evidence-only fit.
    result["with_generator"] = (
        fit(x, y, args.max_false_refusal, names, squad)
        if args.generator
        else result["evidence_only"]
    )
    CALIBRATION.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "data"}, indent=2))


if __name__ == "__main__":
    main()
