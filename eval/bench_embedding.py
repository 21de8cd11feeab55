"""Embedding throughput and retrieval quality of each embedding backend against plain fp32
sentence-transformers ("torch"), measured in one run.

The texts are the ones ingestion embeds for the data set (chunks with their titles, and sentences),
recorded from a real ingest together with how ingestion grouped them into calls. Every backend
embeds the same calls at the same batch size after a warm-up, each call through every backend in
turn (in a rotating order), so other work on the machine slows all backends alike and their ratio
stays comparable; `--slice N` cuts the texts into smaller calls for finer interleaving, at the
cost of more padding per batch than ingestion has (it sorts a whole call by length).
hit@5 comes from ingesting the data set with each backend and running eval.retrieval's evaluation,
dense-only and hybrid (the product's ranking).

    python -m eval.bench_embedding --out eval/results/embedding.json
    python -m eval.bench_embedding --articles 2 --questions 100 --rounds 1   # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from eval.datasets import Question, load_squad, sample, write_jsonl
from eval.machine import machine
from eval.output import write_json
from eval.retrieval import MODES, evaluate
from rag import RAG, Settings
from rag.embedding import BACKENDS, SentenceTransformerEmbedder, import_openvino

BASELINE = "torch"
QUALITY_MODES = ("dense", "hybrid")
MAX_HIT5_DROP = 0.01  # the product's bar: hit@5 within 0.01 of fp32
MIN_SPEEDUP = 2.0


class Recording:
    """Passes calls to an embedder and keeps the texts of each call ingestion made."""

    def __init__(self, inner: SentenceTransformerEmbedder) -> None:
        self.inner = inner
        self.id, self.dimension = inner.id, inner.dimension
        self.calls: list[list[str]] = []

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)

    def fits(self, text: str) -> bool:
        return self.inner.fits(text)


@dataclass
class Candidate:
    backend: str
    settings: Settings
    embedder: SentenceTransformerEmbedder
    load_s: float
    quality: dict = field(default_factory=dict)


def load(backend: str, cache_dir: str) -> Candidate:
    settings = Settings().merged({"embedding": {"backend": backend, "cache_dir": cache_dir}})
    start = time.perf_counter()
    embedder = SentenceTransformerEmbedder(settings.embedding)
    return Candidate(backend, settings, embedder, time.perf_counter() - start)


def quality(
    candidate: Candidate, articles: Path, questions: list[Question], work: Path
) -> list[list[str]]:
    """Ingest `articles` with the candidate's embedder and score hit@5; returns the texts of each
    embedding call ingestion made."""
    recording = Recording(candidate.embedder)
    index = work / candidate.backend
    report = RAG(index, settings=candidate.settings, embedder=recording).ingest([articles])
    scores = {}
    for mode in QUALITY_MODES:
        settings = candidate.settings.merged({"retrieval": MODES[mode]})
        mode_rag = RAG(index, settings=settings, embedder=candidate.embedder)
        scores[mode] = evaluate(mode_rag, questions)
    candidate.quality = {
        "hit@5": {mode: scores[mode]["hit@5"] for mode in QUALITY_MODES},
        "mrr": {mode: round(scores[mode]["mrr"], 4) for mode in QUALITY_MODES},
        "ingest_texts_per_s": round(report.embedded / report.embedding_s, 1),
    }
    return recording.calls


def throughput(
    candidates: list[Candidate], batch_sizes: list[int], calls: list[list[str]], rounds: int
) -> list[dict]:
    """Every candidate at every batch size makes the same embedding calls, interleaved call by
    call, so each combination sees the same share of the machine's other load; the baseline is
    fp32 at the same batch size."""
    runs = [(c, b) for b in batch_sizes for c in candidates]
    texts = sum(len(call) for call in calls)
    seconds = {(c.backend, b): [0.0] * rounds for c, b in runs}
    vectors: dict[tuple[str, int], list[np.ndarray]] = {key: [] for key in seconds}
    for c, b in runs:
        c.embedder.batch_size = b
        c.embedder.embed_documents(calls[0][:b])  # warm-up: first-call allocations and caches
    for r in range(rounds):
        for i, piece in enumerate(calls):
            turn = i % len(runs)
            for c, b in runs[turn:] + runs[:turn]:
                c.embedder.batch_size = b
                start = time.perf_counter()
                out = c.embedder.embed_documents(piece)
                seconds[c.backend, b][r] += time.perf_counter() - start
                if r == 0:
                    vectors[c.backend, b].append(out)
    rows = []
    for c, b in runs:
        base = seconds[BASELINE, b]
        cosines = (
            np.concatenate(vectors[c.backend, b]) * np.concatenate(vectors[BASELINE, b])
        ).sum(axis=1)
        rows.append(
            {
                "backend": c.backend,
                "batch_size": b,
                "texts_per_s": round(rounds * texts / sum(seconds[c.backend, b]), 1),
                "speedup": round(sum(base) / sum(seconds[c.backend, b]), 2),
                "speedup_per_round": [
                    round(x / y, 2) for x, y in zip(base, seconds[c.backend, b], strict=True)
                ],
                "min_cosine_to_fp32": round(float(cosines.min()), 5),
                "mean_cosine_to_fp32": round(float(cosines.mean()), 6),
            }
        )
    return rows


def verdict(row: dict, baseline: dict) -> dict:
    drops = {m: baseline["hit@5"][m] - row["hit@5"][m] for m in QUALITY_MODES}
    return {
        "hit@5_drop": {m: round(d, 4) for m, d in drops.items()},
        "quality_holds": all(d <= MAX_HIT5_DROP + 1e-9 for d in drops.values()),
        "at_least_2x": row["speedup"] >= MIN_SPEEDUP,
    }


def choose(rows: list[dict], batch_size: int) -> dict:
    """The fastest backend meeting both conditions, else the fastest that holds quality."""
    holding = [r for r in rows if r["quality_holds"] and r["batch_size"] == batch_size]
    both = [r for r in holding if r["at_least_2x"]]
    pool = both or holding
    best = max(pool, key=lambda r: r["speedup"])
    reason = "fastest meeting both conditions" if both else "fastest holding quality (none >=2x)"
    return {"backend": best["backend"], "batch_size": batch_size, "reason": reason}


def markdown_table(rows: list[dict]) -> str:
    lines = [
        "| backend | batch | texts/s | x fp32 | x per round | min cos | hit@5 dense | "
        "hit@5 hybrid | ingest texts/s | load s | quality holds | >=2x |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        rounds = " ".join(f"{x:.2f}" for x in r["speedup_per_round"])
        lines.append(
            f"| {r['backend']} | {r['batch_size']} | {r['texts_per_s']:.1f} | {r['speedup']:.2f} "
            f"| {rounds} | {r['min_cosine_to_fp32']:.5f} | {r['hit@5']['dense']:.4f} | "
            f"{r['hit@5']['hybrid']:.4f} | {r['ingest_texts_per_s']:.1f} | {r['load_s']:.1f} | "
            f"{'yes' if r['quality_holds'] else 'no'} | {'yes' if r['at_least_2x'] else 'no'} |"
        )
    return "\n".join(lines)


def versions() -> dict:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for package in ("sentence-transformers", "transformers", "openvino", "onnxruntime", "onnx"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = None
    return found


def openvino_capabilities() -> list[str] | None:
    """What OpenVINO can use on this CPU; BF16 here is what its default precision runs in."""
    try:
        openvino = import_openvino()
    except ImportError:
        return None
    return list(openvino.Core().get_property("CPU", "OPTIMIZATION_CAPABILITIES"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/squad2-dev-a.json")
    parser.add_argument("--backends", default=",".join(BACKENDS), help="comma-separated")
    parser.add_argument("--articles", type=int, default=None, help="first N articles (all)")
    parser.add_argument("--questions", type=int, default=None, help="answerable sample (all)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the texts")
    parser.add_argument(
        "--slice", type=int, default=0, help="texts per call (default: ingestion's own calls)"
    )
    parser.add_argument(
        "--batch-sizes", default="", help="comma-separated (default: the settings' batch size)"
    )
    parser.add_argument("--cache-dir", default="", help="converted models (default cache)")
    parser.add_argument("--out", default="eval/results/embedding.json")
    args = parser.parse_args()

    info = machine()
    names = [BASELINE] + [b for b in args.backends.split(",") if b and b != BASELINE]
    default_batch = Settings().embedding.batch_size
    batch_sizes = [int(b) for b in args.batch_sizes.split(",") if b] or [default_batch]
    records, questions = load_squad(args.data)
    records = records[: args.articles]
    titles = {r["title"] for r in records}
    answerable = [q for q in questions if q.answerable and q.title in titles]
    questions = sample(answerable, args.questions, 0)

    import sentence_transformers  # noqa: F401  (imported once here, outside every load time)

    candidates = [load(name, args.cache_dir) for name in names]
    with tempfile.TemporaryDirectory() as tmp:
        articles = write_jsonl(records, Path(tmp) / "articles.jsonl")
        recorded = [quality(c, articles, questions, Path(tmp)) for c in candidates]
        if any(r != recorded[0] for r in recorded):
            raise SystemExit("backends were given different texts to embed; the runs differ")
        chunks = RAG(Path(tmp) / BASELINE, settings=candidates[0].settings).stats().chunks
    calls = recorded[0]
    texts = [text for call in calls for text in call]
    if args.slice:
        calls = [texts[i : i + args.slice] for i in range(0, len(texts), args.slice)]
    print(f"{len(texts)} texts ({chunks} chunks), {len(calls)} calls, {len(questions)} questions")
    rows = []
    by_backend = {c.backend: c for c in candidates}
    for row in throughput(candidates, batch_sizes, calls, args.rounds):
        c = by_backend[row["backend"]]
        row |= {"load_s": round(c.load_s, 1)} | c.quality
        rows.append(row | verdict(row, candidates[0].quality))
    table = markdown_table(rows)
    print(table)
    info["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    info["openvino_cpu_capabilities"] = openvino_capabilities()
    payload = {
        "data": args.data,
        "texts": len(texts),
        "calls": len(calls),
        "chunks": chunks,
        "questions": len(questions),
        "rounds": args.rounds,
        "slice": args.slice,
        "baseline": BASELINE,
        "load_s": "constructing the embedder in this process: loading the weights, plus a one-off "
        "conversion when the cache did not hold it yet and the backend package's first import",
        "conditions": {"max_hit@5_drop": MAX_HIT5_DROP, "min_speedup": MIN_SPEEDUP},
        "machine": info,
        "versions": versions(),
        "results": rows,
        "chosen": choose(rows, default_batch if default_batch in batch_sizes else batch_sizes[0]),
        "table": table,
    }
    print("chosen:", json.dumps(payload["chosen"]))
    write_json(args.out, payload)


if __name__ == "__main__":
    main()
