"""Dense index at scale: exact (flat) vs HNSW vs IVF at 10k, 100k and 1M chunks.

    python -m eval.bench_scale --sizes 10000,100000,1000000 --out eval/results/scale.json

For each size and index type the product's own `rag.vectors.VectorIndex.build` builds the index
from `IndexSettings`, and the report gives build time, memory, single-query latency p50/p95 and
recall@10 against exact search. Search-time knobs (HNSW efSearch, IVF nprobe) are swept over one
build each, which gives the recall-vs-latency curve; the row with the `IndexSettings` default is
marked `default`.

Text. Real news: the 300 ABC articles of the Lee corpus (`lee_background.cor`, read from the
`gensim` wheel so gensim need not be installed) and the 80 Reuters-21578 articles shipped in
Debian's `r-cran-tm` (`tm/texts/{acq,crude}/*.xml`, `reuters-21578.xml`). They make about 600
chunks with the product's chunker, so for volume the same articles are chunked again with other
budgets and overlaps (`CHUNKINGS`); the distinct windows are real sentences of real articles and
give 10,000 real chunks, embedded with the bundled embedder as the product embeds them (title,
newline, chunk text). Fetch both sources once with:

    pip download gensim==4.4.0 --no-deps -d ~/.cache/newsrag/bench-data
    cd ~/.cache/newsrag/bench-data && apt-get download r-cran-tm && dpkg -x r-cran-tm_*.deb tm

Vectors. A size up to the real chunk count uses real embeddings only. A larger size holds all real
vectors plus synthetic ones: each is a real vector chosen uniformly at random plus Gaussian noise
with the real vectors' own covariance, scaled so that its expected cosine to its source is
`--copy-cosine` (0.85: between the median cosine of a real chunk to its nearest other real chunk,
0.94, often an overlapping window of the same article, and to its 10th nearest, 0.71), then
L2-normalised. The copies keep the cluster structure and the dominant directions of real news
embeddings instead of being uniform noise.

Queries. The 147 sentences of the 50 Lee articles held out of the index (`lee.cor`) and the
questions of `eval/seed_questions.json`, embedded with `embed_query`: real text, never indexed.
They are searched one at a time with k=10 through `VectorIndex.search`, as retrieval does, so on
one OpenMP thread per query as the product searches (builds use all cores). Recall@10 is the
share of the exact top 10 (a plain `IndexFlatIP` over the same vectors) that the index returns.

Memory. `index_mb` is the length of `faiss.serialize_index` of the built index: what the product
writes to disk and holds in RAM once loaded. `rss_delta_mb` is the process's resident memory
after the build minus before it (vectors already in memory): it includes build-time buffers the
allocator kept, and reads low when the build reuses memory freed earlier (the 10k rows).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
import os
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import faiss
import numpy as np

from eval.machine import machine
from eval.output import write_json
from rag.chunking import chunk_sentences, indexed_text, token_counter
from rag.sentences import split_sentences
from rag.settings import ChunkingSettings, EmbeddingSettings, IndexSettings, Settings
from rag.vectors import VectorIndex, index_kind

REPO = Path(__file__).resolve().parent.parent
# (token budget, sentence overlap) pairs; the product default (220, 1) is among them.
CHUNKINGS = [(b, o) for o in (1, 0) for b in (32, 48, 64, 96, 128, 160, 220)]
LEE_IN_WHEEL = "gensim/test/test_data/{}"
REUTERS_IN_DEB = "tm/usr/lib/R/site-library/tm/texts"
FETCH_HINT = (
    "fetch it with: pip download gensim==4.4.0 --no-deps -d {dir} && cd {dir} && "
    "apt-get download r-cran-tm && dpkg -x r-cran-tm_*.deb tm"
)
K = 10


class MissingData(Exception):
    """A benchmark text source is not on this machine."""


@dataclasses.dataclass(frozen=True)
class Article:
    title: str
    text: str


# Data sources


def default_data_dir() -> Path:
    return Path(os.environ.get("NEWSRAG_CACHE") or "~/.cache/newsrag").expanduser() / "bench-data"


def lee_file(data_dir: Path, name: str) -> str:
    """A Lee corpus file from an installed gensim, else from a gensim wheel in `data_dir`."""
    try:
        from gensim.test.utils import datapath

        return Path(datapath(name)).read_text(encoding="latin-1")
    except ImportError:
        pass
    for wheel in sorted(data_dir.glob("gensim-*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            return archive.read(LEE_IN_WHEEL.format(name)).decode("latin-1")
    raise MissingData(
        f"Lee corpus not found (no gensim, no gensim wheel in {data_dir}); "
        + FETCH_HINT.format(dir=data_dir)
    )


def lee_articles(data_dir: Path, name: str) -> list[Article]:
    """One article per line; the corpus has no titles."""
    return [Article("", line.strip()) for line in lee_file(data_dir, name).splitlines() if line]


def reuters_articles(data_dir: Path) -> list[Article]:
    """Title and body of every Reuters-21578 article shipped with r-cran-tm."""
    folder = data_dir / REUTERS_IN_DEB
    files = sorted(folder.glob("*/reut-*.xml")) + sorted(folder.glob("reuters-21578.xml"))
    if not files:
        raise MissingData(
            f"Reuters texts not found under {folder}; " + FETCH_HINT.format(dir=data_dir)
        )
    articles = []
    for path in files:
        root = ET.parse(path).getroot()
        for record in [root] if root.tag == "REUTERS" else root.iter("REUTERS"):
            body = record.findtext("TEXT/BODY")
            if body:
                articles.append(Article(record.findtext("TEXT/TITLE") or "", body.strip()))
    return articles


# Texts


def chunk_texts(articles: list[Article], limit: int) -> list[str]:
    """Distinct chunk texts, as embedded, from the product's chunker run over `CHUNKINGS`."""
    count = token_counter(ChunkingSettings().encoding)
    split = [split_sentences(a.text, ChunkingSettings().max_sentence_chars) for a in articles]
    seen: dict[str, None] = {}
    for budget, overlap in CHUNKINGS:
        for article, sentences in zip(articles, split, strict=True):
            for chunk in chunk_sentences("", article.text, sentences, count, budget, overlap):
                seen.setdefault(indexed_text(article.title, chunk.text))
                if len(seen) == limit:
                    return list(seen)
    return list(seen)


def query_texts(held_out: list[Article]) -> list[str]:
    """Sentences of articles kept out of the index, then real user-style questions."""
    sentences = [s.text for a in held_out for s in split_sentences(a.text)]
    seeds = json.loads((REPO / "eval" / "seed_questions.json").read_text(encoding="utf-8"))
    return sentences + [q["question"] for q in seeds["questions"]]


def embed(texts: list[str], queries: bool, cache: Path) -> tuple[np.ndarray, float]:
    """Vectors from the bundled embedder, cached by model and texts so a re-run with other index
    parameters does not embed again. Returns the vectors and the seconds spent embedding."""
    settings = EmbeddingSettings()
    key = hashlib.sha256(json.dumps([settings.model, queries, texts]).encode()).hexdigest()[:16]
    path = cache / f"vectors-{key}.npy"
    if path.exists():
        return np.load(path), 0.0
    from rag.embedding import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder(settings)
    started = time.perf_counter()
    if queries:
        vectors = np.stack([embedder.embed_query(t) for t in texts])
    else:
        vectors = embedder.embed_documents(texts)
    seconds = time.perf_counter() - started
    np.save(path, vectors)
    return vectors, seconds


# Vectors


def with_synthetic(
    real: np.ndarray, size: int, copy_cosine: float, rng: np.random.Generator
) -> tuple[np.ndarray, float | None]:
    """`size` vectors: real ones first, then perturbed copies of random real ones (see the module
    docstring). Also returns the measured mean cosine of a copy to its source (None if none)."""
    if size <= len(real):
        return real[:size], None
    dimension = len(real[0])
    out = np.empty((size, dimension), dtype=np.float32)
    out[: len(real)] = real
    mix = noise_transform(real, copy_cosine)
    cosines = []
    for start in range(len(real), size, 65536):
        stop = min(size, start + 65536)
        sources = rng.integers(0, len(real), stop - start)
        noise = rng.standard_normal((stop - start, dimension), dtype=np.float32) @ mix
        block = real[sources] + noise
        block /= np.linalg.norm(block, axis=1, keepdims=True)
        out[start:stop] = block
        cosines.append(np.einsum("ij,ij->i", block, real[sources]).mean())
    return out, float(np.mean(cosines))


def noise_transform(real: np.ndarray, copy_cosine: float) -> np.ndarray:
    """A matrix turning standard normal rows into noise with the real vectors' covariance, scaled
    so that |noise|^2 = 1/copy_cosine^2 - 1 on average (unit source, so cos = 1/|v + noise|)."""
    covariance = np.cov(real, rowvar=False)
    eigenvalues, eigenvectors = np.linalg.eigh(covariance)
    scale = np.sqrt((1 / copy_cosine**2 - 1) / np.trace(covariance))
    return (scale * eigenvectors * np.sqrt(np.clip(eigenvalues, 0, None))).T.astype(np.float32)


def exact_top(vectors: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """Exact top-k ids of every query, by brute force over all vectors."""
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    return index.search(queries, K)[1]


# Measurement


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def search_variants(kind: str, settings: IndexSettings, args: argparse.Namespace):
    """Settings for every search-time knob value swept over one build, the default included."""
    if kind == "hnsw":
        values = sorted({*args.ef_search, settings.hnsw_ef_search})
        return [dataclasses.replace(settings, hnsw_ef_search=v) for v in values]
    if kind == "ivf":
        values = sorted({*args.nprobe, settings.ivf_nprobe})
        return [dataclasses.replace(settings, ivf_nprobe=v) for v in values]
    return [settings]


def parameters(index: VectorIndex, settings: IndexSettings) -> dict[str, int]:
    """The knobs that shaped this row: build parameters as built, search ones as set."""
    if index.kind == "hnsw":
        return {
            "M": settings.hnsw_m,
            "efConstruction": settings.hnsw_ef_construction,
            "efSearch": settings.hnsw_ef_search,
        }
    if index.kind == "ivf":
        return {"nlist": int(index.base.nlist), "nprobe": settings.ivf_nprobe}
    return {}


def query_latencies(
    index: VectorIndex, queries: np.ndarray, truth: np.ndarray
) -> tuple[np.ndarray, float]:
    """Milliseconds per single query and mean recall@10 against `truth`."""
    for query in queries[:10]:  # warm caches and lazy FAISS state; not timed
        index.search(query, K)
    latencies, recalls = [], []
    for query, exact in zip(queries, truth, strict=True):
        started = time.perf_counter()
        hits = index.search(query, K)
        latencies.append(1000 * (time.perf_counter() - started))
        recalls.append(len({i for i, _ in hits} & set(exact.tolist())) / K)
    return np.array(latencies), float(np.mean(recalls))


def measure(
    kind: str,
    settings: IndexSettings,
    vectors: np.ndarray,
    queries: np.ndarray,
    truth: np.ndarray,
    args: argparse.Namespace,
) -> Iterator[dict]:
    """Build one index of `kind` with the product's code, then one row per search setting."""
    settings = dataclasses.replace(settings, type=kind)
    ids = np.arange(len(vectors), dtype=np.int64)
    load = os.getloadavg()[0]
    before = rss_mb()
    started = time.perf_counter()
    built = VectorIndex.build(ids, vectors, vectors.shape[1], settings)
    build_s = time.perf_counter() - started
    rss_delta = rss_mb() - before
    index_mb = len(faiss.serialize_index(built.index)) / 2**20
    for variant in search_variants(kind, settings, args):
        searcher = VectorIndex(built.index, variant)
        latencies, recall = query_latencies(searcher, queries, truth)
        yield {
            "index": kind,
            "params": parameters(searcher, variant),
            "default": variant == settings,
            "build_s": round(build_s, 2),
            "index_mb": round(index_mb, 1),
            "rss_delta_mb": round(rss_delta, 1),
            "p50_ms": round(float(np.percentile(latencies, 50)), 3),
            "p95_ms": round(float(np.percentile(latencies, 95)), 3),
            "recall_at_10": round(recall, 4),
            "queries": len(queries),
            "loadavg_1m_at_build": round(load, 2),
        }
    del built
    gc.collect()


def neighbour_cosines(real: np.ndarray) -> dict[str, float]:
    """Median cosine of a real vector to its 1st and 10th nearest other real vector: the scale
    the synthetic copies' `copy_cosine` is chosen against."""
    index = faiss.IndexFlatIP(real.shape[1])
    index.add(real)
    scores = index.search(real, 11)[0]
    return {"1st": float(np.median(scores[:, 1])), "10th": float(np.median(scores[:, 10]))}


def run(args: argparse.Namespace, settings: IndexSettings, started: float) -> dict:
    """Every size and index type; the JSON result without the machine description."""
    try:
        articles = lee_articles(args.data_dir, "lee_background.cor")
        articles += reuters_articles(args.data_dir)
        held_out = lee_articles(args.data_dir, "lee.cor")
    except MissingData as exc:
        sys.exit(f"error: {exc}")
    texts = chunk_texts(articles, args.real_chunks)
    log(started, f"{len(articles)} articles, {len(texts)} real chunks: embedding")
    real, embed_documents_s = embed(texts, False, args.data_dir)
    queries, embed_queries_s = embed(query_texts(held_out), True, args.data_dir)
    rng = np.random.default_rng(args.seed)
    rows, sizes = [], []
    for size in args.sizes:
        vectors, copy_cosine = with_synthetic(real, size, args.copy_cosine, rng)
        truth = exact_top(vectors, queries)
        kind = "real" if copy_cosine is None else "real+synthetic"
        auto = index_kind(settings, size)
        sizes.append(
            {"size": size, "real": min(size, len(real)), "copy_cosine": copy_cosine, "auto": auto}
        )
        for index_type in args.types.split(","):
            log(started, f"{size:,} {kind}: building {index_type}")
            for row in measure(index_type, settings, vectors, queries, truth, args):
                row["auto"] = row["default"] and row["index"] == auto
                rows.append({"size": size, "vectors": kind, **row})
        del vectors
        gc.collect()
    return {
        "settings": dataclasses.asdict(settings),
        "parameters": {
            "k": K,
            "queries": len(queries),
            "real_chunks": len(real),
            "articles": len(articles),
            "chunkings": CHUNKINGS,
            "real_neighbour_cosine": neighbour_cosines(real),
            "copy_cosine_target": args.copy_cosine,
            "seed": args.seed,
            "ef_search_sweep": args.ef_search,
            "nprobe_sweep": args.nprobe,
            "memory": "index_mb = len(faiss.serialize_index(index)); rss_delta_mb = process "
            "RSS after the build minus before it",
            "synthetic": "real vector chosen uniformly + Gaussian noise with the real vectors' "
            "covariance, scaled to copy_cosine, L2-normalised",
            "search_threads": "one OpenMP thread per query (VectorIndex.search)",
        },
        "sizes": sizes,
        "embedding_s": {"documents": embed_documents_s, "queries": embed_queries_s},
        "rows": rows,
    }


# Report


def table(rows: list[dict]) -> str:
    """Markdown; "default" marks the IndexSettings search setting, "auto" the row that the
    default type builds at that size."""
    lines = [
        "| size | vectors | index | params | build s | index MB | RSS Δ MB | p50 ms | p95 ms "
        "| recall@10 |",
        "|---:|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        params = " ".join(f"{k}={v}" for k, v in r["params"].items()) or "-"
        marks = [m for m in ("default", "auto") if r[m] and (m == "auto" or r["params"])]
        params += "".join(f" **{m}**" for m in marks)
        lines.append(
            f"| {r['size']:,} | {r['vectors']} | {r['index']} | {params} | {r['build_s']} "
            f"| {r['index_mb']} | {r['rss_delta_mb']} | {r['p50_ms']} | {r['p95_ms']} "
            f"| {r['recall_at_10']} |"
        )
    return "\n".join(lines)


def index_settings(assignments: list[str]) -> IndexSettings:
    """IndexSettings defaults with `name=value` overrides, validated like a settings file."""
    values = {}
    for assignment in assignments:
        name, _, text = assignment.partition("=")
        try:
            values[name] = json.loads(text)
        except json.JSONDecodeError:
            values[name] = text
    return Settings().merged({"index": values}).index


def int_list(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x]


def log(started: float, message: str) -> None:
    print(f"[{time.perf_counter() - started:7.1f}s] {message}", file=sys.stderr, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int_list, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--types", default="flat,hnsw,ivf")
    parser.add_argument("--ef-search", type=int_list, default=[16, 32, 64, 128, 256, 512])
    parser.add_argument("--nprobe", type=int_list, default=[8, 16, 32, 64, 128])
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override an IndexSettings field, e.g. --set hnsw_m=16",
    )
    parser.add_argument("--copy-cosine", type=float, default=0.85)
    parser.add_argument("--real-chunks", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data-dir", type=Path, default=default_data_dir())
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    args = parser.parse_args()
    started = time.perf_counter()
    load_start = os.getloadavg()
    result = run(args, index_settings(args.set), started)
    total_s = time.perf_counter() - started
    print(table(result["rows"]))
    print(
        f"\ntotal wall time {total_s / 60:.1f} min ({total_s:.0f} s); 1-minute load average "
        f"{load_start[0]:.1f} at start, {os.getloadavg()[0]:.1f} at end, on {os.cpu_count()} cores"
    )
    if args.out:
        result = {
            "machine": {**machine(), "faiss_build_threads": faiss.omp_get_max_threads()},
            **result,
            "total_s": round(total_s, 1),
            "loadavg_start": load_start,
            "loadavg_end": os.getloadavg(),
        }
        write_json(args.out, result)


if __name__ == "__main__":
    main()
