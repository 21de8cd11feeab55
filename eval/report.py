"""The benchmark report, eval/REPORT.md with its plots in eval/report/, from one command.

    make report                        # fetch the scale benchmark's texts, then the line below
    python -m eval.report              # run every benchmark, then write the report
    python -m eval.report --quick      # small samples, for a first look (minutes, not an hour)
    python -m eval.report --render     # rewrite the report from the last results only

Each benchmark runs as its own process (so its memory and cold start are its own) and writes JSON
under eval/results/; the report is rendered only from those files, so every figure in it is one a
script printed. Every table and plot names the machine it ran on.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eval.machine import describe

RESULTS = Path("eval/results")
REPORT = Path("eval/REPORT.md")
FIGURES = Path("eval/report")


@dataclass(frozen=True)
class Step:
    """One benchmark: its command (full and quick sample sizes) and the JSON it leaves."""

    name: str
    output: str
    full: str  # python -m arguments
    quick: str


STEPS = [
    Step(
        "retrieval quality",
        "retrieval.json",
        f"eval.retrieval --out {RESULTS}",
        f"eval.retrieval --questions 200 --out {RESULTS}",
    ),
    Step(
        "answers, citations and refusals",
        "answers.json",
        f"eval.answers --configs extractive,int8 --out {RESULTS}",
        f"eval.answers --answerable 40 --unanswerable 40 --configs extractive,int8 --out {RESULTS}",
    ),
    Step(
        "retrieval speed",
        "bench_retrieval.json",
        f"eval.bench_retrieval --queries 200 --out {RESULTS}/bench_retrieval.json",
        f"eval.bench_retrieval --queries 50 --out {RESULTS}/bench_retrieval.json",
    ),
    Step(
        "embedding throughput",
        "embedding.json",
        f"eval.bench_embedding --out {RESULTS}/embedding.json",
        f"eval.bench_embedding --questions 200 --out {RESULTS}/embedding.json",
    ),
    Step(
        "dense index at scale",
        "scale.json",
        f"eval.bench_scale --sizes 10000,100000,1000000 --out {RESULTS}/scale.json",
        f"eval.bench_scale --sizes 10000,100000 --out {RESULTS}/scale.json",
    ),
    Step(
        "vector stores",
        "stores.json",
        f"eval.bench_stores --chunks 100000 --out {RESULTS}/stores.json",
        f"eval.bench_stores --chunks 10000 --out {RESULTS}/stores.json",
    ),
    Step(
        "answering speed",
        "bench_answering.json",
        f"eval.bench_answering --questions 30 --out {RESULTS}/bench_answering.json",
        f"eval.bench_answering --questions 5 --out {RESULTS}/bench_answering.json",
    ),
]


def run(steps: list[Step], quick: bool) -> None:
    for step in steps:
        command = [sys.executable, "-m", *(step.quick if quick else step.full).split()]
        print(f"== {step.name}: {' '.join(command[1:])}", flush=True)
        started = time.perf_counter()
        subprocess.run(command, check=True)
        print(f"== {step.name}: {time.perf_counter() - started:.0f} s", flush=True)


def load(name: str) -> dict | None:
    path = RESULTS / name
    return json.loads(path.read_text()) if path.exists() else None


def fmt(value: object) -> str:
    """Floats to three significant-ish places: 0.974, 12.35, 1520.4."""
    if isinstance(value, float):
        digits = 3 if abs(value) < 1 else 2 if abs(value) < 100 else 1
        return f"{value:.{digits}f}"
    return "–" if value is None else str(value)


def table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


# Sections: each takes the loaded JSON and returns Markdown (and may write figures).


def retrieval_section(data: dict) -> str:
    from eval.retrieval import markdown_table

    return (
        "Hit@k: the passage holding the gold answer is among the first k; answerable questions "
        f"of `{data['data']}`, and the seed questions.\n\n" + markdown_table(data["results"])
    )


def answers_section(data: dict) -> str:
    from eval.answers import markdown

    return (
        "Accuracy: a gold answer is contained in the answer as whole words (after SQuAD's "
        "normalisation; a possessive counts as its noun). Citation "
        "precision: cited sentences that hold a gold answer. Refusal recall: unanswerable SQuAD "
        "2.0 questions refused; AUC: the answerability score on answerable vs unanswerable "
        "SQuAD questions. Off-topic: questions about nothing indexed. Follow-ups: a question asked "
        "after an earlier exchange about the seed article (eval/seed_followups.json). News: "
        "questions over seven further articles that no model was fitted on (eval/news/), "
        "refusal recall and AUC on questions the article does not answer though it names their "
        "people and places.\n\n" + markdown(data)
    )


def retrieval_speed_section(data: dict) -> str:
    figure = histogram(
        data["latencies_ms"], "retrieval latency (ms)", "retrieval_latency.png", data["machine"]
    )
    rows = [
        ["documents / chunks / sentences",
         f"{data['documents']} / {data['chunks']} / {data['sentences']}"],
        ["embedder load (s)", data["embedder_load_s"]],
        ["ingest, whole (s)", data["ingest_s"]],
        ["chunks ingested per second", data["chunks_per_s"]],
        ["texts (chunks and sentences) embedded per second", data["texts_embedded_per_s"]],
        [f"retrieval p50 / p95 (ms), {data['queries']} queries",
         f"{data['retrieval_p50_ms']} / {data['retrieval_p95_ms']}"],
    ]  # fmt: skip
    return f"{machine_line(data)}\n\n{table(['measure', 'value'], rows)}\n\n{figure}"


def answering_speed_section(data: dict) -> str:
    figure = histogram(
        data["total_all_s"],
        "seconds",
        "answer_latency.png",
        data["machine"],
        first=data["first_token_all_s"],
    )
    rows = [
        ["generator", f"{data['generator']} ({data['quantize']})"],
        ["cold start: fresh process to first answer, models loaded (s)", data["cold_start_s"]],
        ["cold start included the one-off model conversion", data["cold_start_converted_model"]],
        ["questions answered / refused", f"{data['answered']} / {data['refused']}"],
        ["time to first token p50 / p95 (s)",
         f"{data['first_token_s']['p50']} / {data['first_token_s']['p95']}"],
        ["total answer p50 / p95 (s)", f"{data['total_s']['p50']} / {data['total_s']['p95']}"],
        ["refusal p50 (s)", data["refusal_total_s"]["p50"]],
        ["answers the generator drafted (it drafts when it has sentences to choose among)",
         data["drafted"]],
        ["drafted: time to first token p50 / p95 (s)",
         f"{data['drafted_first_token_s']['p50']} / {data['drafted_first_token_s']['p95']}"],
        ["drafted: total answer p50 / p95 (s)",
         f"{data['drafted_total_s']['p50']} / {data['drafted_total_s']['p95']}"],
        ["decode tokens/s (median)", data["decode_tokens_per_s"]],
        ["peak memory (MB RSS)", data["peak_rss_mb"]],
    ]  # fmt: skip
    return f"{machine_line(data)}\n\n{table(['measure', 'value'], rows)}\n\n{figure}"


def scale_section(data: dict) -> str:
    figure = recall_plot(data)
    rows = [
        [
            f"{r['size']:,}",
            r["vectors"],
            r["index"] + (" (auto)" if r.get("auto") else ""),
            ", ".join(f"{k}={v}" for k, v in r["params"].items()) or "–",
            r["build_s"],
            r["index_mb"],
            r["p50_ms"],
            r["p95_ms"],
            r["recall_at_10"],
        ]
        for r in data["rows"]
    ]
    header = ["chunks", "vectors", "index", "parameters", "build s", "index MB", "p50 ms",
              "p95 ms", "recall@10"]  # fmt: skip
    settings, params = data["settings"], data["parameters"]
    return (
        f"{machine_line(data)} Whole run to the largest size: {data['total_s'] / 60:.1f} min.\n\n"
        f'Default: `type = "{settings["type"]}"`: exact search below '
        f"{settings['ann_threshold']:,} chunks, `{settings['ann']}` from there on (rows marked "
        f"auto). Vectors: {params['real_chunks']:,} real chunk embeddings of "
        f"{params['articles']} Lee and Reuters articles; larger sizes add synthetic copies "
        f"({params['synthetic']}). Queries: {params['queries']} real sentences and questions, "
        f"none of them indexed; k = {params['k']}.\n\n{table(header, rows)}\n\n{figure}"
    )


def recall_plot(data: dict) -> str:
    """Recall@10 against p95 latency, one line per index type and size, sweeping its search
    parameter; the exact index is a single point at recall 1."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7.5, 4.2))
    markers = {"flat": "s", "hnsw": "o", "ivf": "^"}
    for size in sorted({r["size"] for r in data["rows"]}):
        for kind, marker in markers.items():
            points = [  # in sweep order, from the cheapest search parameter up
                (r["p95_ms"], r["recall_at_10"])
                for r in data["rows"]
                if r["size"] == size and r["index"] == kind
            ]
            if points:
                xs, ys = zip(*points, strict=True)
                ax.plot(xs, ys, marker=marker, label=f"{kind}, {size:,} chunks")
    ax.axhline(0.95, color="grey", linestyle=":", linewidth=1)
    ax.axvline(50, color="grey", linestyle=":", linewidth=1)
    ax.set_xscale("log")
    ax.set_xlabel("query latency p95 (ms, log scale)")
    ax.set_ylabel("recall@10 vs exact search")
    ax.legend(fontsize=7, ncol=2)
    ax.set_title(describe(data["machine"]), fontsize=8)
    return save(fig, "scale_recall_latency.png")


def embedding_section(data: dict) -> str:
    rows = [
        [
            r["backend"],
            r["batch_size"],
            r["texts_per_s"],
            f"{r['speedup']:.2f}x",
            r["hit@5"]["dense"],
            r["hit@5"]["hybrid"],
            r["min_cosine_to_fp32"],
            "yes" if r["quality_holds"] and r["at_least_2x"] else "no",
        ]
        for r in data["results"]
    ]
    header = ["backend", "batch", "texts/s", "vs fp32", "hit@5 dense", "hit@5 hybrid",
              "min cosine to fp32", "2x with hit@5 within 0.01"]  # fmt: skip
    return (
        f"{machine_line(data)}\n\nThe {data['texts']:,} chunk and sentence texts ingestion embeds "
        f"for `{data['data']}`, each backend in the same run after a warm-up (best of "
        f"{data['rounds']} rounds); hit@5 over its {data['questions']:,} answerable questions "
        f"with each backend's vectors.\n\n{table(header, rows)}"
    )


def stores_section(data: dict) -> str:
    rows = [
        [
            name,
            r["ingest_vectors_per_s"],
            r["reopen_and_first_query_s"],
            f"{r['query']['p50_ms']} / {r['query']['p95_ms']}",
            f"{r['filtered_query']['p50_ms']} / {r['filtered_query']['p95_ms']}",
        ]
        for name, r in data["stores"].items()
    ]
    header = ["store", "ingest vectors/s", "reopen + first query (s)", "query p50 / p95 (ms)",
              "filtered query p50 / p95 (ms)"]  # fmt: skip
    return (
        f"{machine_line(data)}\n\nVectors: {data['vectors']}; {data['queries']} queries, top "
        f"{data['top_k']}; filter: {data['filter']}. The two stores agree on "
        f"{data['top10_overlap']:.0%} of each query's top 10.\n\n{table(header, rows)}"
    )


SECTIONS: list[tuple[str, str, Callable[[dict], str]]] = [
    ("Retrieval quality", "retrieval.json", retrieval_section),
    ("Answers, citations and refusals", "answers.json", answers_section),
    ("Ingestion and retrieval speed", "bench_retrieval.json", retrieval_speed_section),
    ("Answering speed (end to end, warm)", "bench_answering.json", answering_speed_section),
    ("Embedding throughput by backend", "embedding.json", embedding_section),
    ("Dense index at scale: exact, HNSW and IVF", "scale.json", scale_section),
    ("Vector stores: FAISS vs Milvus-lite", "stores.json", stores_section),
]


def machine_line(data: dict) -> str:
    info = data["machine"]
    load = info.get("load_average_at_start")
    at_start = f"; load average at start {', '.join(f'{x:.1f}' for x in load)}." if load else "."
    return f"Machine: {describe(info)}{at_start}"


def histogram(
    values: list[float], unit: str, name: str, machine: dict, first: list[float] | None = None
) -> str:
    """A latency distribution as a PNG in eval/report/, and the Markdown that shows it."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.6))
    if first is not None:
        ax.hist(first, bins=30, alpha=0.6, label="time to first token")
    ax.hist(values, bins=30, alpha=0.6, label="total" if first is not None else None)
    ax.set_xlabel(unit)
    ax.set_ylabel("questions")
    if first is not None:
        ax.legend()
    ax.set_title(describe(machine), fontsize=8)
    return save(fig, name)


def save(fig, name: str) -> str:
    FIGURES.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(FIGURES / name, dpi=110)
    import matplotlib.pyplot as plt

    plt.close(fig)
    return f"![{name}](report/{name})"


def render() -> str:
    parts = [
        "# newsrag benchmark report",
        "",
        f"Written by `python -m eval.report` on {time.strftime('%Y-%m-%d')}, from the JSON the "
        "benchmarks left in eval/results/.",
    ]
    for title, name, section in SECTIONS:
        data = load(name)
        body = section(data) if data else f"No results yet: run `python -m eval.report` ({name})."
        parts += ["", f"## {title}", "", body]
    return "\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small samples")
    parser.add_argument("--render", action="store_true", help="only rewrite the report")
    parser.add_argument("--only", default="", help="comma-separated result files to re-run")
    args = parser.parse_args()
    if not args.render:
        wanted = set(filter(None, args.only.split(",")))
        run([s for s in STEPS if not wanted or s.output in wanted], args.quick)
    REPORT.write_text(render())
    print(f"wrote {REPORT}")


if __name__ == "__main__":
    main()
