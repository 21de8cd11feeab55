"""Generator speed: one-off GGUF conversion, cold start, time to first token, total latency, decode
tokens/s and peak RSS over ~250-token evidence prompts, for int8 and fp32 in the same run.

Each quantize mode runs in its own child process, so its load time is a real cold start and its
peak RSS is its own. Two quality checks ride along: how often the answer contains a gold answer,
and the ROC AUC of `yes_probability` between answerable and unanswerable SQuAD 2.0 questions.

    python -m eval.bench_generation --prompts 10 --out eval/results/bench_generation.json
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

from eval.answers import auc, contains
from eval.datasets import Question, load_squad
from eval.machine import machine
from eval.output import write_json
from rag.generation import GenerationSettings, Generator, bundled_model_folder, cache_root
from rag.sentences import split_sentences

SYSTEM = (
    "You answer questions using only the numbered sentences given. Reply with one short sentence "
    "that answers the question and end it with the number of the sentence you used, like [1]."
)
JUDGE = "You judge whether a question can be answered from the given sentences."


def evidence(questions: list[Question], at: int, tokenizer, budget: int) -> str:
    """Numbered sentences of the question's paragraph, then of the following paragraphs as
    distractors, until the chat prompt reaches about `budget` tokens."""
    lines: list[str] = []
    paragraphs = dict.fromkeys(q.paragraph for q in questions[at:])  # in order, no repeats
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            candidate = [*lines, f"[{len(lines) + 1}] {sentence.text}"]
            if prompt_tokens(tokenizer, answer("\n".join(candidate), questions[at])) > budget:
                return "\n".join(lines)
            lines = candidate
    return "\n".join(lines)


def answer(context: str, q: Question) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": f"Sentences:\n{context}\n\nQuestion: {q.question}"},
    ]


def judge(context: str, q: Question) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": JUDGE},
        {
            "role": "user",
            "content": f"Sentences:\n{context}\n\nQuestion: {q.question}\n\n"
            "Can the question be answered from the sentences? Answer yes or no.",
        },
    ]


def prompt_tokens(tokenizer, msgs: list[dict[str, str]]) -> int:
    encoded = tokenizer.apply_chat_template(msgs, add_generation_prompt=True, return_dict=True)
    return len(encoded["input_ids"])


def child(quantize: str, cache_dir: str, work: Path, max_new_tokens: int) -> dict:
    """Runs in a fresh process: load one generator, answer every prompt, score the judge."""
    start = time.perf_counter()
    import torch

    from rag.generation import TransformersGenerator

    import_s = time.perf_counter() - start
    settings = GenerationSettings(quantize=quantize, cache_dir=cache_dir)
    start = time.perf_counter()
    generator = TransformersGenerator(settings).load()
    load_s = time.perf_counter() - start
    task = json.loads(work.read_text())
    return {
        "threads": torch.get_num_threads(),
        "import_s": round(import_s, 2),
        "load_s": round(load_s, 2),
        **measure(generator, task, max_new_tokens),
        "peak_rss_mb": peak_rss_mb(),
    }


def measure(generator: Generator, task: dict, max_new_tokens: int) -> dict:
    """Time a loaded generator over the task: its first answer (which pays one-off setup), then
    time to first token and total per prompt, and the judge's AUC."""
    start = time.perf_counter()
    generator.generate(task["prompts"][0], max_new_tokens)
    first_s = time.perf_counter() - start
    runs = []
    for msgs in task["prompts"]:
        start, first, pieces = time.perf_counter(), None, []
        for piece in generator.stream(msgs, max_new_tokens):
            first = first if first is not None else time.perf_counter() - start
            pieces.append(piece)
        runs.append({"ttft": first, "total": time.perf_counter() - start, "text": "".join(pieces)})
    yes = [generator.yes_probability(m) for m in task["judge_answerable"]]
    no = [generator.yes_probability(m) for m in task["judge_unanswerable"]]
    return {"first_answer_s": round(first_s, 2), "runs": runs, "judge_auc": round(auc(yes, no), 3)}


def peak_rss_mb(pid: int | str = "self") -> int:
    """A process's peak resident set. Linux carries getrusage's ru_maxrss across exec, so a
    child would report its parent's peak (the conversion's) too; VmHWM starts afresh at exec."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
        return int(next(line for line in lines if line.startswith("VmHWM:")).split()[1]) // 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def summarise(result: dict, tokenizer, answers: list[list[str]]) -> dict:
    runs = result.pop("runs")
    tokens = [len(tokenizer(r["text"], add_special_tokens=False)["input_ids"]) for r in runs]
    ttft = [r["ttft"] or r["total"] for r in runs]
    total = [r["total"] for r in runs]
    decode_s = sum(t - f for t, f in zip(total, ttft, strict=True))
    return {
        **result,
        "ttft_p50_s": round(float(np.percentile(ttft, 50)), 2),
        "ttft_p95_s": round(float(np.percentile(ttft, 95)), 2),
        "latency_p50_s": round(float(np.percentile(total, 50)), 2),
        "latency_p95_s": round(float(np.percentile(total, 95)), 2),
        "new_tokens_mean": round(float(np.mean(tokens)), 1),
        "tokens_per_s": round(sum(tokens) / sum(total), 1),
        "decode_tokens_per_s": round(sum(n - 1 for n in tokens) / decode_s, 1),
        "answer_contains_gold": round(
            float(np.mean([contains(r["text"], a) for r, a in zip(runs, answers, strict=True)])), 2
        ),
        "example": runs[0]["text"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/squad2-dev-a.json")
    parser.add_argument("--prompts", type=int, default=10)
    parser.add_argument("--prompt-tokens", type=int, default=250)
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--quantize", default="int8,none", help="comma-separated modes")
    parser.add_argument("--cache-dir", default="", help="model cache; empty is the default cache")
    parser.add_argument("--out", default=None, help="write the figures as JSON here")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--work", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = child(args.child, args.cache_dir, Path(args.work), args.max_new_tokens)
        print(json.dumps(result))
        return

    from transformers import AutoTokenizer

    settings = GenerationSettings(cache_dir=args.cache_dir)
    info = machine()
    converted_before = set((cache_root(settings) / "models").glob("*-hf"))
    start = time.perf_counter()
    folder = bundled_model_folder(settings)
    conversion_s = None if folder in converted_before else round(time.perf_counter() - start, 1)
    tokenizer = AutoTokenizer.from_pretrained(folder)

    _, questions = load_squad(args.data)
    answerable = [i for i, q in enumerate(questions) if q.answerable]
    unanswerable = [i for i, q in enumerate(questions) if not q.answerable]
    picked = answerable[:: max(1, len(answerable) // args.prompts)][: args.prompts]
    refused = unanswerable[:: max(1, len(unanswerable) // args.prompts)][: args.prompts]
    contexts = {i: evidence(questions, i, tokenizer, args.prompt_tokens) for i in picked + refused}
    task = {
        "prompts": [answer(contexts[i], questions[i]) for i in picked],
        "judge_answerable": [judge(contexts[i], questions[i]) for i in picked],
        "judge_unanswerable": [judge(contexts[i], questions[i]) for i in refused],
    }
    sizes = [prompt_tokens(tokenizer, m) for m in task["prompts"]]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "task.json"
        work.write_text(json.dumps(task))
        for mode in args.quantize.split(","):
            command = [sys.executable, "-m", "eval.bench_generation", "--child", mode]
            command += ["--work", str(work), "--cache-dir", args.cache_dir]
            command += ["--max-new-tokens", str(args.max_new_tokens)]
            out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
            raw = json.loads(out.strip().splitlines()[-1])
            results[mode] = summarise(raw, tokenizer, [list(questions[i].answers) for i in picked])
    figures = {
        "machine": info,
        "model": settings.model,
        "model_folder": str(folder),
        "conversion_s": conversion_s,
        "prompts": len(sizes),
        "prompt_tokens_mean": round(float(np.mean(sizes))),
        "max_new_tokens": args.max_new_tokens,
        "judge_pairs": f"{len(picked)} answerable vs {len(refused)} unanswerable",
        "results": results,
    }
    print(json.dumps(figures, indent=2))
    if args.out:
        write_json(args.out, figures)


if __name__ == "__main__":
    main()
