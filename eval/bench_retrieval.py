"""Ingestion and retrieval speed: embeds the SQuAD articles into a fresh index, then answers
retrievals, printing chunks/s embedded and retrieval latency p50/p95.

    python -m eval.bench_retrieval --data ../shared/data/squad2-dev-a.json --queries 100
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from eval.datasets import load_squad, write_jsonl
from eval.machine import machine
from eval.output import summary, write_json
from rag import RAG


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/squad2-dev-a.json")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--out", default=None, help="write the figures as JSON here")
    args = parser.parse_args()

    records, questions = load_squad(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        rag = RAG(Path(tmp) / "index")
        start = time.perf_counter()
        _ = rag.embedder  # model load is reported separately from embedding throughput
        load_s = time.perf_counter() - start
        start = time.perf_counter()
        rag.ingest([write_jsonl(records, Path(tmp) / "articles.jsonl")])
        ingest_s = time.perf_counter() - start
        stats = rag.stats()
        rag.retrieve("warm-up question")  # loads the FAISS and BM25 structures once
        latencies = []
        for q in questions[: args.queries]:
            t = time.perf_counter()
            rag.retrieve(q.question, k=5)
            latencies.append(1000 * (time.perf_counter() - t))
    result = {
        "machine": machine(),
        "documents": stats.documents,
        "chunks": stats.chunks,
        "sentences": stats.sentences,
        "embedder_load_s": round(load_s, 2),
        "ingest_s": round(ingest_s, 2),
        "chunks_per_s": round(stats.chunks / ingest_s, 1),
        "texts_embedded_per_s": round((stats.chunks + stats.sentences) / ingest_s, 1),
        "queries": len(latencies),
        "retrieval_p50_ms": round(float(np.percentile(latencies, 50)), 1),
        "retrieval_p95_ms": round(float(np.percentile(latencies, 95)), 1),
        "latencies_ms": [round(x, 2) for x in latencies],
    }
    print(summary(result))
    if args.out:
        write_json(args.out, result)


if __name__ == "__main__":
    main()
