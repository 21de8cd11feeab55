"""Answer quality: accuracy (gold contained, SQuAD F1), citation precision/recall, unsupported
numbers, refusal precision/recall and ROC AUC, off-topic refusal and latency, for each answer
configuration side by side (extractive, generative int8, generative fp32), over SQuAD, the seed
questions, follow-up questions asked after an earlier exchange about the seed article, and
questions over seven further news articles (eval/news/), which no model was fitted on.

    python -m eval.answers --answerable 200 --unanswerable 200 --configs extractive,int8
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import re
import string
import tempfile
import time
from pathlib import Path

import numpy as np

from eval.datasets import evaluation_sample, load_squad, write_jsonl
from rag import RAG, Settings
from rag.citations import numbers, strip_markers
from rag.conversation import Turn, exchange

CONFIGS = {
    "extractive": ({}, "extractive"),
    "int8": ({"generation": {"quantize": "int8"}}, "generative"),
    "fp32": ({"generation": {"quantize": "none"}}, "generative"),
}


def normalize(text: str) -> str:
    """SQuAD's normalisation: lower case, no punctuation, articles or extra spaces."""
    text = strip_markers(text).lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation) | {"’", "‘", "“", "”"})
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def f1(prediction: str, gold: str) -> float:
    p, g = normalize(prediction).split(), normalize(gold).split()
    common = sum((collections.Counter(p) & collections.Counter(g)).values())
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


_POSSESSIVE = re.compile(r"(?<=[^\W\d_]{2})['’]s\b", re.IGNORECASE)


def contains(text: str, answers: list[str]) -> bool:
    """Whether a gold answer is in the text as whole words, after normalisation; the text may
    also read with its possessives as their nouns ("Yoon Suk-yeol’s office" holds "Yoon
    Suk-yeol"), while "1990's" and "Oakland A's" stay as they are."""
    golds = [f" {normalize(a)} " for a in answers if normalize(a)]
    readings = {normalize(text), normalize(_POSSESSIVE.sub("", text))}
    return any(gold in f" {reading} " for gold in golds for reading in readings)


def auc(positive: list[float], negative: list[float]) -> float:
    """Probability that a random answerable question scores above a random unanswerable one."""
    if not positive or not negative:
        return float("nan")
    pos, neg = np.array(positive)[:, None], np.array(negative)[None, :]
    return float(((pos > neg).sum() + 0.5 * (pos == neg).sum()) / (pos.size * neg.size))


@dataclasses.dataclass(frozen=True)
class Item:
    question: str
    answers: list[str]  # empty for an unanswerable question
    earlier: tuple[str, ...] = ()  # asked and answered before it, in the same conversation


def converse(rag: RAG, mode: str, questions: tuple[str, ...]) -> list[Turn]:
    """The history that asking `questions` in turn, each answered by `rag`, builds up."""
    history: list[Turn] = []
    for question in questions:
        history += exchange(question, rag.ask(question, history=history, mode=mode).text)
    return history


def run(rag: RAG, mode: str, items: list[Item], offtopic: list[str]) -> dict:
    """Answer every item (after its earlier questions) and every off-topic question."""
    rows, latencies = [], []
    for item in items:
        question, golds = item.question, item.answers
        history = converse(rag, mode, item.earlier)
        start = time.perf_counter()
        answer = rag.ask(question, history=history, mode=mode)
        latencies.append(time.perf_counter() - start)
        cited = [c.sentence for c in answer.citations]
        rows.append(
            {
                "answerable": bool(golds),
                "refused": answer.refused,
                "score": answer.answerability,
                "correct": bool(golds) and not answer.refused and contains(answer.text, golds),
                "f1": max((f1(answer.text, g) for g in golds), default=0.0)
                if not answer.refused
                else 0.0,
                "citations": len(cited),
                "good_citations": sum(contains(s, golds) for s in cited) if golds else 0,
                "unsupported_numbers": bool(
                    numbers(strip_markers(answer.text)) - numbers(" ".join(cited))
                )
                and not answer.refused,
            }
        )
    pos = [r for r in rows if r["answerable"]]
    neg = [r for r in rows if not r["answerable"]]
    answered_pos = [r for r in pos if not r["refused"]]
    refused = [r for r in rows if r["refused"]]
    off = [rag.ask(q, mode=mode).refused for q in offtopic]
    lat = sorted(latencies)
    return {
        "answerable": len(pos),
        "unanswerable": len(neg),
        "accuracy": sum(r["correct"] for r in pos) / max(1, len(pos)),
        "accuracy_when_answered": sum(r["correct"] for r in answered_pos)
        / max(1, len(answered_pos)),
        "f1": float(np.mean([r["f1"] for r in pos])) if pos else float("nan"),
        "citation_precision": sum(r["good_citations"] for r in answered_pos)
        / max(1, sum(r["citations"] for r in answered_pos)),
        "citation_recall": sum(r["good_citations"] > 0 for r in answered_pos)
        / max(1, len(answered_pos)),
        "answers_with_unsupported_numbers": sum(r["unsupported_numbers"] for r in rows),
        "false_refusal_rate": sum(r["refused"] for r in pos) / max(1, len(pos)),
        # Without unanswerable questions there is no refusal to get right.
        "refusal_recall": sum(r["refused"] for r in neg) / len(neg) if neg else float("nan"),
        "refusal_precision": sum(not r["answerable"] for r in refused) / max(1, len(refused))
        if neg
        else float("nan"),
        "answerability_auc": auc([r["score"] for r in pos], [r["score"] for r in neg]),
        "offtopic_refused": sum(off) / len(off) if off else float("nan"),
        "offtopic_questions": len(off),
        "latency_p50_s": lat[len(lat) // 2] if lat else float("nan"),
        "latency_p95_s": lat[int(0.95 * (len(lat) - 1))] if lat else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/squad2-dev-a.json")
    parser.add_argument("--answerable", type=int, default=200)
    parser.add_argument("--unanswerable", type=int, default=200)
    parser.add_argument("--configs", default="extractive,int8,fp32")
    parser.add_argument("--seed-questions", default="eval/seed_questions.json")
    parser.add_argument("--followups", default="eval/seed_followups.json")
    parser.add_argument("--offtopic", default="eval/offtopic_questions.json")
    parser.add_argument("--news", default="eval/news_questions.json")
    parser.add_argument(
        "--news-articles",
        nargs="+",
        default=["eval/news"],
        help="folders or files indexed for --news (a readers' set: its articles and seeds/)",
    )
    parser.add_argument("--out", default="eval/results")
    args = parser.parse_args()

    records, questions = load_squad(args.data)
    chosen = evaluation_sample(questions, args.answerable, args.unanswerable)
    squad_items = [Item(q.question, list(q.answers)) for q in chosen]
    seed_items = [
        Item(q["question"], q["answers"])
        for q in json.loads(Path(args.seed_questions).read_text(encoding="utf-8"))["questions"]
    ]
    followup_items = [
        Item(c["question"], c["answers"], tuple(c["history"]))
        for c in json.loads(Path(args.followups).read_text(encoding="utf-8"))["conversations"]
    ]
    offtopic = json.loads(Path(args.offtopic).read_text(encoding="utf-8"))["questions"]
    news = json.loads(Path(args.news).read_text(encoding="utf-8"))
    news_items = [Item(q["question"], q["answers"]) for q in news["questions"]]
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        squad_dir, seed_dir = Path(tmp) / "squad", Path(tmp) / "seed"
        base = RAG(squad_dir)
        base.ingest([write_jsonl(records, Path(tmp) / "articles.jsonl")])
        seed_base = RAG(seed_dir, embedder=base.embedder)
        seed_base.ingest(["seeds/"])
        news_dir = Path(tmp) / "news"
        RAG(news_dir, embedder=base.embedder).ingest(args.news_articles)
        for name in args.configs.split(","):
            overrides, mode = CONFIGS[name]
            settings = Settings.load(overrides=overrides)
            rag = RAG(squad_dir, settings=settings, embedder=base.embedder)
            squad = run(rag, mode, squad_items, offtopic[: len(offtopic) // 2])
            seed_rag = RAG(
                seed_dir, settings=settings, embedder=base.embedder, generator=rag._generator
            )
            seed = run(seed_rag, mode, seed_items, offtopic[len(offtopic) // 2 :])
            followups = run(seed_rag, mode, followup_items, [])
            news_rag = RAG(
                news_dir, settings=settings, embedder=base.embedder, generator=rag._generator
            )
            news_set = run(news_rag, mode, news_items, news["offtopic"])
            sets = {"squad": squad, "seed": seed, "followups": followups, "news": news_set}
            results[name] = {**sets, "settings": dataclasses.asdict(settings)}
            print(name, json.dumps(sets))
    table = markdown(results)
    print(table)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "answers.json").write_text(json.dumps(results, indent=2))
    (out / "answers.md").write_text(table + "\n")


def _cell(value: float | int) -> str:
    if isinstance(value, float):
        return "-" if value != value else f"{value:.3f}"  # NaN: the figure does not apply
    return str(value)


def markdown(results: dict) -> str:
    cols = [
        ("accuracy", "acc"), ("f1", "F1"), ("citation_precision", "cite P"),
        ("citation_recall", "cite R"), ("answers_with_unsupported_numbers", "bad numbers"),
        ("false_refusal_rate", "false refusal"), ("refusal_recall", "refusal R"),
        ("refusal_precision", "refusal P"), ("answerability_auc", "AUC"),
        ("offtopic_refused", "off-topic refused"), ("latency_p50_s", "p50 s"),
    ]  # fmt: skip
    lines = [
        "| config | set | " + " | ".join(c[1] for c in cols) + " |",
        "|---|---|" + "---|" * len(cols),
    ]
    for name, r in results.items():
        for part in (p for p in ("squad", "seed", "followups", "news") if p in r):
            values = [r[part][c[0]] for c in cols]
            lines.append(f"| {name} | {part} | " + " | ".join(_cell(v) for v in values) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
