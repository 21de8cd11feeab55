"""The evaluation's answer metrics (containment after normalisation, F1, AUC) and data."""

import json
from pathlib import Path

from eval.answers import auc, contains, f1, markdown
from rag.loading import load_file

ROOT = Path(__file__).resolve().parent.parent


def test_contains_matches_whole_words_after_normalisation():
    assert contains("He left on his private train [2].", ["Private train"])
    assert contains("It arrived in the 1990s.", ["1990s"])
    assert not contains("the trains left", ["train"])
    assert not contains("Kim refused.", [])


def test_a_possessive_counts_as_its_noun():
    assert contains("South Korean President Yoon Suk-yeol’s office said", ["Yoon Suk-yeol"])
    assert contains("Obama's visit", ["Obama"])
    assert contains("a tour of St John's Wood", ["St John's"])
    assert contains("OBAMA'S VISIT", ["Obama"])
    assert not contains("the Obamas", ["Obama"])
    # Only the answer's possessives are read as nouns, and only after a word of two letters.
    assert not contains("a tour of St John", ["St John's"])
    assert contains("in the 1990's", ["1990's"]) and not contains("in the 1990's", ["1990"])
    assert not contains("Oakland", ["Oakland A's"])


def test_f1_counts_shared_tokens():
    assert f1("the private train", "private train") == 1.0
    assert f1("a train", "private train") == 2 * (1.0 * 0.5) / 1.5


def test_auc_ranks_answerable_above_unanswerable():
    assert auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert auc([0.5], [0.5]) == 0.5


def test_the_answer_table_has_a_row_per_set_and_a_dash_where_a_figure_does_not_apply():
    figures = {
        "accuracy": 0.8, "f1": 0.2, "citation_precision": 0.9, "citation_recall": 0.9,
        "answers_with_unsupported_numbers": 0, "false_refusal_rate": 0.1,
        "refusal_recall": float("nan"), "refusal_precision": float("nan"),
        "answerability_auc": float("nan"), "offtopic_refused": 1.0, "latency_p50_s": 0.07,
    }  # fmt: skip
    table = markdown({"extractive": {"seed": figures, "followups": figures}})
    rows = table.splitlines()[2:]
    assert [r.split(" | ")[1] for r in rows] == ["seed", "followups"]
    assert rows[0] == (
        "| extractive | seed | 0.800 | 0.200 | 0.900 | 0.900 | 0 | 0.100 | - | - | - | 1.000 "
        "| 0.070 |"
    )


def test_news_questions_hold_their_answers_in_gold_sentences_of_their_articles():
    data = json.loads((ROOT / "eval" / "news_questions.json").read_text(encoding="utf-8"))
    texts = {
        path.name: "\n".join(a.text for a in load_file(path).articles)
        for path in (ROOT / "eval" / "news").iterdir()
    }
    answerable = [q for q in data["questions"] if q["answers"]]
    assert len(answerable) >= 100 and len(data["questions"]) - len(answerable) >= 50
    for q in answerable:
        assert q["gold"] in texts[q["article"]], q["question"]
        assert contains(q["gold"], q["answers"]), q["question"]


def test_calibration_takes_a_readers_set_without_the_seed_or_evaluated_offtopic(tmp_path):
    from eval.calibrate import _plain, readers_questions

    (tmp_path / "questions.json").write_text(
        json.dumps(
            {
                "questions": [
                    {"article": "mill.txt", "question": "Who runs the mill?", "answers": ["Ann"]},
                    {"article": "mill.txt", "question": "Who owns the mill?", "answers": []},
                    {"article": "kim.txt", "question": "How did Kim travel?", "answers": ["train"]},
                ],
                "offtopic": ["How tall is Snowdon?", "Who painted the Mona Lisa"],
            }
        )
    )
    asked = readers_questions(tmp_path, {"kim.txt"}, {_plain("Who painted the Mona Lisa?")})
    assert [(q.question, q.answerable) for q in asked] == [
        ("Who runs the mill?", True),
        ("Who owns the mill?", False),
        ("How tall is Snowdon?", False),
    ]
    assert len({q.qid for q in asked}) == 3


def test_evaluated_offtopic_questions_are_compared_by_their_key_terms(tmp_path):
    from eval.calibrate import EVAL, evaluated_offtopic, readers_questions

    offtopic = json.loads((EVAL / "offtopic_questions.json").read_text(encoding="utf-8"))
    first = offtopic["questions"][0]  # "What is the population of North Korea?"
    reworded = first.upper().replace(" THE ", " ").rstrip("?")
    (tmp_path / "questions.json").write_text(
        json.dumps({"questions": [], "offtopic": [reworded, "How tall is Snowdon?"]})
    )
    asked = readers_questions(tmp_path, set(), evaluated_offtopic())
    assert [q.question for q in asked] == ["How tall is Snowdon?"]
