"""Retrieval quality on a SQuAD-2.0-format file: hit@1/5/10 and MRR of the passage holding the
gold answer, over answerable questions, for dense-only, BM25-only and hybrid, side by side.

    python -m eval.retrieval --data ../shared/data/squad2-dev-a.json --out eval/results
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import tempfile
import time
from pathlib import Path

from eval.datasets import Question, load_squad, sample, write_jsonl
from rag import RAG, Settings
from rag.embedding import BACKENDS
from rag.types import Hit

SIGNALS = ["dense", "coverage", "bm25", "sentence", "sentence_cosine"]
ONLY_DENSE_OFF = [s for s in SIGNALS if s != "dense"]
ONLY_BM25_OFF = [s for s in SIGNALS if s != "bm25"]
# Each single retriever ranks by its own score alone; "hybrid" is the default settings.
MODES = {
    "dense": {"dense_weight": 1.0, **{f"{s}_weight": 0.0 for s in ONLY_DENSE_OFF}},
    "bm25": {"bm25_weight": 1.0, **{f"{s}_weight": 0.0 for s in ONLY_BM25_OFF}},
    "hybrid-rrf": {"fusion": "rrf"},
    "hybrid": {},
}


def gold_rank(question: Question, hits: list[Hit], texts: dict[str, str]) -> int | None:
    """1-based rank of the first passage that contains a gold answer at its gold position."""
    for rank, hit in enumerate(hits, start=1):
        doc_text = texts[hit.doc_id]
        para_at = doc_text.find(question.paragraph)
        if para_at < 0:
            continue
        for answer, start in zip(question.answers, question.answer_starts, strict=True):
            if start < 0:
                continue
            begin = para_at + start
            if hit.start <= begin and begin + len(answer) <= hit.end:
                return rank
    return None


def evaluate(rag: RAG, questions: list[Question], k: int = 10) -> dict:
    texts = {d.doc_id: d.text for d in rag.documents()}
    ranks, latencies = [], []
    for q in questions:
        start = time.perf_counter()
        hits = rag.retrieve(q.question, k=k)
        latencies.append(time.perf_counter() - start)
        ranks.append(gold_rank(q, hits, texts))
    n = len(ranks)
    latencies.sort()
    return {
        "questions": n,
        "hit@1": sum(1 for r in ranks if r and r <= 1) / n,
        "hit@5": sum(1 for r in ranks if r and r <= 5) / n,
        "hit@10": sum(1 for r in ranks if r and r <= 10) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
        "latency_p50_ms": 1000 * latencies[n // 2],
    }


def evaluate_seed(path: str, settings: Settings, k: int = 10) -> dict:
    """Hybrid retrieval over the seed article: is the gold sentence in the top passages?"""
    questions = json.loads(Path(path).read_text(encoding="utf-8"))["questions"]
    ranks = []
    with tempfile.TemporaryDirectory() as tmp:
        rag = RAG(Path(tmp) / "index", settings=settings)
        rag.ingest(["seeds/"])
        for q in questions:
            hits = rag.retrieve(q["question"], k=k)
            ranks.append(next((i for i, h in enumerate(hits, 1) if q["gold"] in h.text), None))
    n = len(ranks)
    return {
        "questions": n,
        "hit@1": sum(1 for r in ranks if r == 1) / n,
        "hit@5": sum(1 for r in ranks if r and r <= 5) / n,
        "hit@10": sum(1 for r in ranks if r) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
        "latency_p50_ms": float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/squad2-dev-a.json")
    parser.add_argument("--questions", type=int, default=None, help="sample size (default: all)")
    parser.add_argument("--index", default=None, help="index folder (default: a temporary one)")
    parser.add_argument("--out", default="eval/results", help="folder for retrieval.json/.md")
    parser.add_argument("--modes", default="dense,bm25,hybrid-rrf,hybrid")
    parser.add_argument("--seed-questions", default="eval/seed_questions.json")
    parser.add_argument("--backend", choices=list(BACKENDS), help="embedding backend to use")
    args = parser.parse_args()

    records, questions = load_squad(args.data)
    questions = sample([q for q in questions if q.answerable], args.questions, 0)
    with tempfile.TemporaryDirectory() as tmp:
        index_dir = args.index or str(Path(tmp) / "index")
        base = Settings()
        if args.backend:
            base = base.merged({"embedding": {"backend": args.backend}})
        rag = RAG(index_dir, settings=base)
        report = rag.ingest([write_jsonl(records, Path(tmp) / "articles.jsonl")])
        print(f"ingested: {report.summary()}; {rag.stats().chunks} chunks")
        results = {}
        for mode in args.modes.split(","):
            settings = base.merged({"retrieval": MODES[mode]})
            mode_rag = RAG(index_dir, settings=settings, embedder=rag.embedder)
            results[mode] = evaluate(mode_rag, questions)
            print(mode, json.dumps(results[mode]))
    results["seed"] = evaluate_seed(args.seed_questions, base)
    print("seed", json.dumps(results["seed"]))
    table = markdown_table(results)
    print(table)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    payload = {
        "data": args.data,
        "settings": dataclasses.asdict(base),
        "fingerprint": base.fingerprint(),
        "results": results,
    }
    (out / "retrieval.json").write_text(json.dumps(payload, indent=2))
    (out / "retrieval.md").write_text(table + "\n")


def markdown_table(results: dict) -> str:
    lines = [
        "| set / mode | questions | hit@1 | hit@5 | hit@10 | MRR | p50 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for mode, r in results.items():
        label = "seed / hybrid" if mode == "seed" else f"squad / {mode}"
        lines.append(
            f"| {label} | {r['questions']} | {r['hit@1']:.3f} | {r['hit@5']:.3f} | "
            f"{r['hit@10']:.3f} | {r['mrr']:.3f} | {r['latency_p50_ms']:.0f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
