"""Vector store speed, FAISS against Milvus (milvus-lite in process), on the same chunk vectors:
ingest throughput (vectors/s into the store, until persisted) and query latency p50/p95, without
and with a source + date filter, printed side by side.

    python -m eval.bench_stores --chunks 100000 --out eval/results/stores.json

The vectors are synthetic (random unit vectors with the bundled embedder's 384 dimensions, with
made-up sources and dates), so the figures measure the stores alone, not embedding; both stores
get the same vectors, records and queries, and each query's top 10 is compared between them.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import numpy as np

from eval.machine import machine
from eval.output import write_json
from rag.milvus_store import MilvusStore
from rag.settings import IndexSettings
from rag.types import VectorRecord
from rag.vector_store import FaissStore, VectorFilter, VectorStore

SOURCES = [f"Source {i}" for i in range(20)]
CANDIDATES = 50  # what retrieval asks each store for by default


def synthetic(count: int, dimension: int, seed: int) -> list[VectorRecord]:
    rng = np.random.default_rng(seed)
    vectors = rng.standard_normal((count, dimension), dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    days = rng.integers(0, 730, count)
    return [
        VectorRecord(
            chunk_id=i + 1,
            vector=vectors[i],
            source=SOURCES[i % len(SOURCES)],
            date=str(np.datetime64("2023-01-01") + int(days[i])),
        )
        for i in range(count)
    ]


def percentiles(latencies: list[float]) -> dict:
    return {
        "p50_ms": round(float(np.percentile(latencies, 50)), 2),
        "p95_ms": round(float(np.percentile(latencies, 95)), 2),
    }


def measure(
    open_store: Callable[[], VectorStore],
    records: list[VectorRecord],
    queries: np.ndarray,
    where: VectorFilter,
    batch: int,
) -> tuple[dict, list[list[int]]]:
    """Ingest, persist, reopen and query one store; its figures and each query's top 10."""
    store = open_store()
    started = time.perf_counter()
    for start in range(0, len(records), batch):
        store.add(records[start : start + batch])
    store.persist()
    ingest_s = time.perf_counter() - started
    store.close()

    started = time.perf_counter()
    store = open_store()
    store.search(queries[0], CANDIDATES)
    reopen_s = time.perf_counter() - started
    plain, filtered, tops = [], [], []
    for query in queries:
        started = time.perf_counter()
        hits = store.search(query, CANDIDATES)
        plain.append(1000 * (time.perf_counter() - started))
        tops.append([i for i, _ in hits[:10]])
        started = time.perf_counter()
        store.search(query, CANDIDATES, where)
        filtered.append(1000 * (time.perf_counter() - started))
    size = store.size
    store.close()
    figures = {
        "vectors": size,
        "ingest_s": round(ingest_s, 2),
        "ingest_vectors_per_s": round(len(records) / ingest_s),
        "reopen_and_first_query_s": round(reopen_s, 2),
        "query": percentiles(plain),
        "filtered_query": percentiles(filtered),
    }
    return figures, tops


def table(results: dict) -> str:
    names = list(results)
    rows = [
        ("ingest, vectors/s", lambda r: f"{r['ingest_vectors_per_s']:,}"),
        ("ingest, s", lambda r: f"{r['ingest_s']:.1f}"),
        ("reopen + first query, s", lambda r: f"{r['reopen_and_first_query_s']:.2f}"),
        ("query p50, ms", lambda r: f"{r['query']['p50_ms']:.1f}"),
        ("query p95, ms", lambda r: f"{r['query']['p95_ms']:.1f}"),
        ("filtered query p50, ms", lambda r: f"{r['filtered_query']['p50_ms']:.1f}"),
        ("filtered query p95, ms", lambda r: f"{r['filtered_query']['p95_ms']:.1f}"),
    ]
    width = max(len(n) for n in names) + 2
    lines = [f"{'':26}" + "".join(f"{n:>{width}}" for n in names)]
    for label, cell in rows:
        lines.append(f"{label:26}" + "".join(f"{cell(results[n]):>{width}}" for n in names))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--dimension", type=int, default=384)
    parser.add_argument("--type", default="flat", help="index type: flat, hnsw, ivf or auto")
    parser.add_argument("--batch", type=int, default=1000, help="vectors per add call")
    parser.add_argument("--out", default=None, help="write the figures as JSON here")
    args = parser.parse_args()

    settings = IndexSettings(type=args.type)
    records = synthetic(args.chunks, args.dimension, seed=0)
    queries = np.stack([r.vector for r in synthetic(args.queries, args.dimension, seed=1)])
    where = VectorFilter(sources=(SOURCES[3],), since="2024-01-01")
    results, tops = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        stores: dict[str, Callable[[], VectorStore]] = {
            f"FAISS ({args.type})": lambda: FaissStore.open(
                Path(tmp) / "faiss", args.dimension, settings
            ),
            f"Milvus-lite ({args.type})": lambda: MilvusStore.open(
                str(Path(tmp) / "bench.db"), "chunks", args.dimension, settings
            ),
        }
        for name, open_store in stores.items():
            print(f"measuring {name} ...", flush=True)
            results[name], tops[name] = measure(open_store, records, queries, where, args.batch)
    first, second = tops.values()
    overlap = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(first, second, strict=True)])
    report = {
        "machine": {
            **machine(),
            "versions": {name: version(name) for name in ["pymilvus", "milvus-lite"]},
        },
        "vectors": (
            f"synthetic: {args.chunks} random unit vectors of {args.dimension} dimensions, "
            f"{len(SOURCES)} sources, dates over 2023-2024"
        ),
        "index_type": args.type,
        "add_batch": args.batch,
        "queries": args.queries,
        "top_k": CANDIDATES,
        "filter": "one source of 20 and since 2024-01-01 (about 2.5% of the vectors)",
        "top10_overlap": round(float(overlap), 4),
        "stores": results,
    }
    print(table(results))
    print(f"top-10 overlap between the two stores: {overlap:.3f}")
    print(json.dumps(report, indent=2))
    if args.out:
        write_json(args.out, report)


if __name__ == "__main__":
    main()
