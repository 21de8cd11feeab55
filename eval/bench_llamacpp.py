"""llama.cpp against the transformers int8 default, on the same prompts in one run: cold start,
time to first token, total latency, tokens/s and peak RSS over ~250-token evidence prompts (built
as eval.bench_generation builds them), the yes/no judge's ROC AUC, and answer quality through
`RAG.ask` on a SQuAD 2.0 sample (eval.answers' accuracy, F1, citations).

llama.cpp runs as llama-cpp-python's OpenAI-compatible server on the bundled Qwen2.5-Coder GGUF
(Q4_K_M), so its figures are those of `generation.model = "http://127.0.0.1:PORT/v1"`. The int8
figures come from eval.bench_generation's own child process, so the two are measured alike.

    python -m eval.bench_llamacpp --prompts 10 --questions 20 --out eval/results/bench_llamacpp.json
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from eval.answers import Item, run
from eval.bench_generation import (
    answer,
    evidence,
    judge,
    measure,
    peak_rss_mb,
    prompt_tokens,
    summarise,
)
from eval.datasets import Question, load_squad, sample, write_jsonl
from eval.machine import machine
from eval.output import write_json
from rag import RAG, Settings
from rag.generation import (
    GenerationSettings,
    OpenAIGenerator,
    bundled_gguf,
    bundled_model_folder,
)

READY_S = 300.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def llama_server(gguf: Path, log: Path, threads: int) -> Iterator[tuple[str, int, float]]:
    """The server on a free port; yields its base URL, its pid (for its peak RSS) and the seconds
    it took to answer, and always stops it."""
    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host"]
    command += ["127.0.0.1", "--port", str(port), "--n_threads", str(threads)]
    command += ["--n_threads_batch", str(threads)]
    base, start = f"http://127.0.0.1:{port}/v1", time.perf_counter()
    with open(log, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    try:
        while not answers(base):
            if process.poll() is not None or time.perf_counter() - start > READY_S:
                raise SystemExit(f"the llama.cpp server did not start; see {log}")
            time.sleep(0.1)
        yield base, process.pid, round(time.perf_counter() - start, 2)
    finally:
        process.terminate()
        process.wait(timeout=30)


def answers(base: str) -> bool:
    """The server binds its port only once the model is loaded: listing it means ready."""
    try:
        return httpx.get(base + "/models", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def transformers_int8(task: dict, cache_dir: str, max_new_tokens: int) -> dict:
    """eval.bench_generation's child for int8, in a fresh process: a real cold start."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "task.json"
        work.write_text(json.dumps(task))
        command = [sys.executable, "-m", "eval.bench_generation", "--child", "int8"]
        command += ["--work", str(work), "--cache-dir", cache_dir]
        command += ["--max-new-tokens", str(max_new_tokens)]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def quality(rag: RAG, questions: list[Question]) -> dict:
    """eval.answers' figures for generative answers to `questions` (no off-topic set)."""
    items = [Item(q.question, list(q.answers)) for q in questions]
    figures = run(rag, "generative", items, [])
    keep = ("accuracy", "f1", "citation_precision", "citation_recall", "false_refusal_rate")
    keep += ("answers_with_unsupported_numbers", "latency_p50_s")
    return {name: round(figures[name], 3) for name in keep}


def build_task(questions: list[Question], tokenizer, count: int, budget: int) -> tuple[dict, list]:
    """Answer prompts for `count` answerable questions, judge prompts for as many of each kind,
    and the gold answers of the answer prompts."""
    answerable = [i for i, q in enumerate(questions) if q.answerable]
    unanswerable = [i for i, q in enumerate(questions) if not q.answerable]
    picked = answerable[:: max(1, len(answerable) // count)][:count]
    refused = unanswerable[:: max(1, len(unanswerable) // count)][:count]
    contexts = {i: evidence(questions, i, tokenizer, budget) for i in picked + refused}
    task = {
        "prompts": [answer(contexts[i], questions[i]) for i in picked],
        "judge_answerable": [judge(contexts[i], questions[i]) for i in picked],
        "judge_unanswerable": [judge(contexts[i], questions[i]) for i in refused],
    }
    return task, [list(questions[i].answers) for i in picked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/squad2-dev-a.json")
    parser.add_argument("--prompts", type=int, default=10)
    parser.add_argument("--prompt-tokens", type=int, default=250)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--questions", type=int, default=20, help="answerable questions for F1")
    parser.add_argument(
        "--threads",
        type=int,
        default=os.cpu_count() or 1,
        help="llama.cpp threads (its default is half the cores; torch uses them all)",
    )
    parser.add_argument("--cache-dir", default="", help="model cache; empty is the default cache")
    parser.add_argument("--out", default=None, help="write the figures as JSON here")
    args = parser.parse_args()

    from transformers import AutoTokenizer

    settings = GenerationSettings(cache_dir=args.cache_dir)
    info = machine()
    tokenizer = AutoTokenizer.from_pretrained(bundled_model_folder(settings))
    gguf = bundled_gguf(settings)
    records, questions = load_squad(args.data)
    task, golds = build_task(questions, tokenizer, args.prompts, args.prompt_tokens)
    chosen = sample(questions, args.questions, 0, seed=0)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base_rag = RAG(Path(tmp) / "index")
        base_rag.ingest([write_jsonl(records, Path(tmp) / "articles.jsonl")])
        with llama_server(gguf, Path(tmp) / "server.log", args.threads) as (base, pid, ready_s):
            raw = measure(
                OpenAIGenerator(GenerationSettings(model=base)), task, args.max_new_tokens
            )
            served = Settings.load(overrides={"generation": {"model": base}})
            answers = quality(RAG(Path(tmp) / "index", served, embedder=base_rag.embedder), chosen)
            raw.update(load_s=ready_s, peak_rss_mb=peak_rss_mb(pid))
        results["llama.cpp"] = {**summarise(raw, tokenizer, golds), "answers": answers}
        raw = transformers_int8(task, args.cache_dir, args.max_new_tokens)
        int8 = RAG(Path(tmp) / "index", Settings.load(), embedder=base_rag.embedder)
        results["int8"] = {**summarise(raw, tokenizer, golds), "answers": quality(int8, chosen)}
    figures = {
        "machine": info,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "gguf": gguf.name,
        "llama_cpp_threads": args.threads,
        "prompts": len(task["prompts"]),
        "prompt_tokens_mean": round(
            sum(prompt_tokens(tokenizer, m) for m in task["prompts"]) / len(task["prompts"])
        ),
        "max_new_tokens": args.max_new_tokens,
        "quality_questions": len(chosen),
        "results": results,
    }
    print(json.dumps(figures, indent=2))
    if args.out:
        write_json(args.out, figures)


if __name__ == "__main__":
    main()
