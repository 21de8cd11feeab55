"""End-to-end answering speed through `RAG.stream`, the path every face uses: cold start (the first
question in a fresh process, models and index loaded on demand), then warm time to first token,
total latency, decode tokens/s and peak RSS, with the default settings (int8 generator). The
generator drafts only when the evidence offers a choice of sentences to quote, so the figures for
the answers it drafted are given apart as well.

The index is built beforehand by a separate `rag ingest` process, so its cost is not counted.
Refused questions never reach the generator; they are counted apart and kept out of the token
timings.

    python -m eval.bench_answering --questions 20 --out eval/results/bench_answering.json
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from eval.datasets import load_squad, sample, write_jsonl
from eval.machine import machine
from eval.output import summary, write_json

SEED_QUESTIONS = Path(__file__).with_name("seed_questions.json")


def build_index(records: list[dict], folder: Path) -> Path:
    """Seeds plus the SQuAD articles, ingested by the CLI in its own process."""
    articles = write_jsonl(records, folder / "articles.jsonl")
    index = folder / "index"
    subprocess.run(
        [sys.executable, "-m", "rag.cli", "ingest", "seeds/", str(articles), "--index", str(index)],
        check=True,
        capture_output=True,
    )
    return index


def timed_answer(rag, question: str) -> dict:
    """One streamed answer: seconds to the first text piece and to the final Answer."""
    from rag.answering import Delta

    start = time.perf_counter()
    first = None
    draft = ""
    for event in rag.stream(question):
        if isinstance(event, Delta):
            first = first if first is not None else time.perf_counter() - start
            draft += event.text if event.draft else ""
        else:
            answer = event
    total = time.perf_counter() - start
    return {
        "question": question,
        "refused": answer.refused,
        "first_s": first,
        "total_s": total,
        "draft": draft,
        "mode": answer.mode,
    }


def decode_rate(rag, timing: dict) -> float | None:
    """Generated tokens per second after the first one, from the streamed text."""
    tokenizer = getattr(rag.generator, "_tokenizer", None)
    if tokenizer is None or not timing["draft"]:
        return None
    tokens = len(tokenizer(timing["draft"], add_special_tokens=False)["input_ids"])
    decoding = timing["total_s"] - timing["first_s"]
    return (tokens - 1) / decoding if tokens > 1 and decoding > 0 else None


def percentiles(values: list[float]) -> dict:
    return {
        "p50": round(float(np.percentile(values, 50)), 3),
        "p95": round(float(np.percentile(values, 95)), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/squad2-dev-a.json")
    parser.add_argument("--questions", type=int, default=20, help="answerable SQuAD questions")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=None, help="write the figures as JSON here")
    args = parser.parse_args()

    records, questions = load_squad(args.data)
    seed_questions = [q["question"] for q in json.loads(SEED_QUESTIONS.read_text())["questions"]]
    squad = [q.question for q in sample(questions, args.questions, 0, args.seed)]
    with tempfile.TemporaryDirectory() as tmp:
        index = build_index(records, Path(tmp))
        start = time.perf_counter()
        from rag import RAG
        from rag.generation import cache_root

        rag = RAG(index)
        models = cache_root(rag.settings.generation) / "models"
        converted_before = set(models.glob("*")) if models.exists() else set()
        cold = timed_answer(rag, seed_questions[0])
        # The first question may not need the generator; the chat window loads it at start, so
        # the warm figures below never include loading it.
        load = getattr(rag.generator, "load", None)
        if callable(load):
            load()
        cold_s = time.perf_counter() - start
        timings = [timed_answer(rag, q) for q in [*seed_questions[1:], *squad]]
        converted = set(models.glob("*")) != converted_before
    answered = [t for t in timings if not t["refused"]]
    drafted = [t for t in answered if t["draft"]]
    rates = [r for r in (decode_rate(rag, t) for t in answered) if r is not None]
    result = {
        "machine": machine(),
        "generator": rag.settings.generation.model,
        "quantize": rag.settings.generation.quantize,
        "cold_start_s": round(cold_s, 2),
        "cold_first_token_s": round(cold["first_s"] or cold["total_s"], 2),
        # From the start to the first answer, with the generator loaded. The first run on a
        # machine also converts the bundled GGUF once; later cold starts load the converted copy.
        "cold_start_converted_model": converted,
        "questions": len(timings),
        "refused": len(timings) - len(answered),
        "answered": len(answered),
        "first_token_s": percentiles([t["first_s"] for t in answered]),
        "total_s": percentiles([t["total_s"] for t in answered]),
        "refusal_total_s": percentiles([t["total_s"] for t in timings if t["refused"]] or [0.0]),
        # The generator drafts only when the evidence offers it a choice of sentences to quote;
        # these are the answers it drafted, the others quote the best sentence without it.
        "drafted": len(drafted),
        "drafted_first_token_s": percentiles([t["first_s"] for t in drafted] or [0.0]),
        "drafted_total_s": percentiles([t["total_s"] for t in drafted] or [0.0]),
        "first_token_all_s": [round(t["first_s"], 3) for t in answered],
        "total_all_s": [round(t["total_s"], 3) for t in answered],
        "decode_tokens_per_s": round(float(np.median(rates)), 1) if rates else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(summary(result))
    if args.out:
        write_json(args.out, result)


if __name__ == "__main__":
    main()
