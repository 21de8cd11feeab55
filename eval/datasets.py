"""Evaluation data: SQuAD-2.0-format files and the seed question set, as plain records.

A SQuAD article becomes one document (its paragraphs, blank-line separated, are its text), written
as a JSONL file so that evaluation ingests it through the same public path a user's files take.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from rag.cleaning import clean_paragraph


@dataclass(frozen=True)
class Question:
    qid: str
    question: str
    title: str  # the article the question was written over
    answers: tuple[str, ...]  # empty for unanswerable questions
    paragraph: str  # the cleaned paragraph that holds the answer (or was used to write it)
    answer_starts: tuple[int, ...] = ()  # offsets of answers within `paragraph`

    @property
    def answerable(self) -> bool:
        return bool(self.answers)


def load_squad(path: str | Path) -> tuple[list[dict], list[Question]]:
    """Articles as {title, text} records, and every question with its gold answers."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))["data"]
    records, questions = [], []
    for article in data:
        title = article["title"].replace("_", " ")
        paragraphs = []
        for para in article["paragraphs"]:
            raw = para["context"]
            cleaned = clean_paragraph(raw)
            paragraphs.append(cleaned)
            for qa in para["qas"]:
                answers, starts = [], []
                for a in qa.get("answers", []):
                    if a["text"] not in answers:
                        answers.append(a["text"])
                        starts.append(_relocate(cleaned, a["text"], a["answer_start"]))
                questions.append(
                    Question(
                        qa["id"], qa["question"], title, tuple(answers), cleaned, tuple(starts)
                    )
                )
        records.append({"title": title, "text": "\n\n".join(paragraphs), "source": "Wikipedia"})
    return records, questions


def _relocate(paragraph: str, answer: str, raw_start: int) -> int:
    """The occurrence of `answer` in the cleaned paragraph closest to its raw offset."""
    positions, at = [], paragraph.find(answer)
    while at >= 0:
        positions.append(at)
        at = paragraph.find(answer, at + 1)
    return min(positions, key=lambda p: abs(p - raw_start)) if positions else -1


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def evaluation_sample(
    questions: list[Question], answerable: int = 200, unanswerable: int = 200
) -> list[Question]:
    """The sample eval/answers.py scores (seed 0); the fitting scripts leave it out."""
    return sample(questions, answerable, unanswerable, seed=0)


def sample(
    questions: list[Question], answerable: int | None, unanswerable: int | None, seed: int = 0
) -> list[Question]:
    """A reproducible sample with up to the given counts of each kind (None means all)."""
    rng = random.Random(seed)
    pos = [q for q in questions if q.answerable]
    neg = [q for q in questions if not q.answerable]
    if answerable is not None and answerable < len(pos):
        pos = rng.sample(pos, answerable)
    if unanswerable is not None and unanswerable < len(neg):
        neg = rng.sample(neg, unanswerable)
    return pos + neg
