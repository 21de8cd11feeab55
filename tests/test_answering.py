"""The answering pipeline's own logic, with a scripted generator standing in for the model.

The real model's behaviour is covered in tests/test_answer_quality.py; here a scripted draft lets
each verification rule be exercised exactly.
"""

from collections.abc import Iterator

import pytest

from rag import RAG, Settings
from rag.answerability import Features
from rag.answering import REFUSAL, Delta, about_something_else, near_best
from rag.settings import AnswerSettings
from tests.conftest import HashEmbedder, evidence_at
from tests.test_ingest import write

STORY = (
    "Mr Kim left Pyongyang for Russia on Sunday on his private train, state media reported. "
    "He was accompanied by top military officials. "
    "Mr Putin arrived in Vladivostok on Monday, the Tass news agency said."
)


class ScriptedGenerator:
    def __init__(self, draft: str, yes: float = 0.9, fail: bool = False) -> None:
        self.draft, self.yes, self.fail = draft, yes, fail
        self.prompts: list[list[dict]] = []

    def generate(self, messages, max_new_tokens: int) -> str:
        return "".join(self.stream(messages, max_new_tokens))

    def stream(self, messages, max_new_tokens: int) -> Iterator[str]:
        self.prompts.append(messages)
        if self.fail:
            raise RuntimeError("model crashed")
        for word in self.draft.split(" "):
            yield word + " "

    def yes_probability(self, messages) -> float:
        return self.yes


@pytest.fixture
def make_rag(tmp_path):
    write(tmp_path / "docs" / "kim.txt", "Kim in Russia", STORY)
    settings = Settings.load(
        overrides={"embedding": {"model": "test-hash"}, "answer": {"refusal_threshold": 0.0}}
    )

    def make(draft: str, **kw) -> RAG:
        rag = RAG(
            tmp_path / "index",
            settings=settings,
            embedder=HashEmbedder(),
            generator=ScriptedGenerator(draft, **kw),
        )
        if not rag.index.exists():
            rag.ingest([tmp_path / "docs"])
        return rag

    return make


QUOTED = (
    "Mr Kim left Pyongyang for Russia on Sunday on his private train, state media reported [1]."
)


# Every sentence is evidence and quotable, so a question that asks for no kind of answer gives
# the draft a choice and the generator is asked for one.
CHOICE = {"answer": {"min_relative_score": 0.0, "min_draft_relevance": 0.0}}
UNTYPED = "What did Kim do on his trip to Russia?"


def drafting(make_rag, draft: str, **kw) -> RAG:
    rag = make_rag(draft, **kw)
    rag.settings = rag.settings.merged(CHOICE)
    return rag


def test_verified_draft_chooses_the_sentence_that_is_quoted(make_rag):
    rag = drafting(make_rag, "Kim travelled to Russia on his private train [3].")
    answer = rag.ask(UNTYPED)
    assert not answer.refused and answer.mode == "generative"
    # The invented marker [3] is replaced by the supporting sentence's, and the sentence is quoted.
    assert answer.text == QUOTED
    (citation,) = answer.citations
    doc = rag.document(citation.doc_id)
    assert doc.text[citation.start : citation.end] == citation.sentence
    assert "private train" in citation.sentence


def test_draft_that_drops_the_answer_still_quotes_the_whole_sentence(make_rag):
    rag = drafting(make_rag, "Kim left Pyongyang for Russia on Sunday [1].")
    answer = rag.ask(UNTYPED)
    assert answer.mode == "generative" and answer.text == QUOTED


def test_prompt_holds_only_numbered_evidence(make_rag):
    rag = drafting(make_rag, "Kim travelled on his private train.")
    rag.ask(UNTYPED)
    user = rag.generator.prompts[0][-1]["content"]
    assert "[1] Mr Kim left Pyongyang" in user
    assert f"Question: {UNTYPED}" in user


def test_invented_fact_falls_back_to_extractive(make_rag):
    rag = drafting(make_rag, "Kim travelled with 5,000 soldiers on a plane [1].")
    answer = rag.ask(UNTYPED)
    assert rag.generator.prompts
    assert "5,000" not in answer.text and "5000" not in answer.text
    assert answer.mode == "extractive"
    assert answer.text == QUOTED


def test_generator_failure_falls_back_to_extractive(make_rag):
    rag = drafting(make_rag, "", fail=True)
    answer = rag.ask(UNTYPED)
    assert rag.generator.prompts
    assert answer.mode == "extractive" and answer.text == QUOTED


def test_unsupported_draft_falls_back_to_the_best_sentence(make_rag):
    rag = drafting(make_rag, "I don't know.")
    answer = rag.ask(UNTYPED)
    assert rag.generator.prompts
    assert answer.mode == "extractive" and answer.text == QUOTED


def test_draft_that_restates_the_question_quotes_the_best_sentence(make_rag):
    rag = drafting(make_rag, "Kim was on a trip to Russia [1].")
    answer = rag.ask(UNTYPED)
    assert rag.generator.prompts
    assert answer.mode == "extractive" and answer.text == QUOTED


def test_no_draft_is_asked_for_when_only_the_best_sentence_could_be_quoted(make_rag):
    rag = make_rag("Mr Putin arrived in Vladivostok on Monday [3].")
    rag.settings = rag.settings.merged({"answer": {"min_relative_score": 0.0}})
    # A question that asks for no kind of answer, so only the ranking decides.
    answer = rag.ask(UNTYPED)
    assert answer.evidence[1].relevance < 0.85 * answer.evidence[0].relevance
    assert rag.generator.prompts == []
    assert answer.mode == "extractive" and answer.text == QUOTED
    rag.settings = rag.settings.merged({"answer": {"min_draft_relevance": 0.0}})
    answer = rag.ask(UNTYPED)
    assert len(rag.generator.prompts) == 1
    assert answer.mode == "generative" and "Vladivostok" in answer.text


def test_no_draft_is_asked_for_when_only_the_best_sentence_holds_the_asked_for_kind(make_rag):
    rag = drafting(make_rag, "Mr Putin arrived in Vladivostok on Monday [2].")
    # "How did Kim travel" asks for a means of transport; only the best sentence names one.
    answer = rag.ask("How did Kim travel to Russia?")
    assert len(answer.evidence) == 3 and rag.generator.prompts == []
    assert answer.mode == "extractive" and answer.text == QUOTED


def test_no_draft_moves_the_answer_off_the_words_of_the_speaker_asked_about(make_rag):
    rag = drafting(make_rag, "Kim left Pyongyang for Russia on Sunday [1].")
    answer = rag.ask("When did Tass say the leader arrived?")
    assert rag.generator.prompts == [] and answer.mode == "extractive"
    assert answer.text.startswith("Mr Putin arrived in Vladivostok on Monday")


def test_no_draft_moves_the_answer_off_a_sentence_a_rule_of_the_form_chose(tmp_path):
    story = (
        "A committee of independent experts found that a culture had developed where few "
        "commissioners had any sense of responsibility. This led to the creation of the European "
        "Anti-fraud Office. The commission resigned in 1999."
    )
    write(tmp_path / "docs" / "eu.txt", "EU fraud", story)
    settings = Settings.load(
        overrides={"embedding": {"model": "test-hash"}, "answer": {"refusal_threshold": 0.0}}
    ).merged(CHOICE)
    draft = ScriptedGenerator("A committee of independent experts found a culture [1].")
    rag = RAG(tmp_path / "index", settings=settings, embedder=HashEmbedder(), generator=draft)
    rag.ingest([tmp_path / "docs"])
    answer = rag.ask("What did the experts' finding lead to the creation of?")
    # The sentence after the best holds more of the question (`rag.evidence.fuller_next`).
    best = max(answer.evidence, key=lambda e: e.relevance)
    assert not best.sentence.startswith("This led")
    assert draft.prompts == [] and answer.mode == "extractive"
    assert answer.text.startswith("This led to the creation of the European Anti-fraud Office")


def test_only_the_drafts_sentences_ranked_near_the_best_are_quoted():
    evidence = [
        evidence_at(n, f"Sentence {n}.", 20 * n, relevance)
        for n, relevance in [(1, 0.9), (2, 0.7), (3, 0.3)]
    ]
    assert near_best(evidence[1:], evidence, 0.85) == []
    assert near_best(evidence, evidence, 0.85) == evidence[:1]
    assert near_best(evidence, evidence, 0.5) == evidence[:2]


def test_bare_marker_draft_quotes_the_sentence_it_points_at(make_rag):
    rag = drafting(make_rag, "[2]")
    answer = rag.ask("Who was with Kim?")
    assert len(answer.evidence) == 3
    assert answer.mode == "extractive"
    assert answer.text == f"{answer.evidence[1].sentence[:-1]} [2]."


def test_low_answerability_refuses_and_keeps_passages(tmp_path):
    write(tmp_path / "docs" / "kim.txt", "Kim in Russia", STORY)
    settings = Settings.load(
        overrides={"embedding": {"model": "test-hash"}, "answer": {"refusal_threshold": 0.999}}
    )
    rag = RAG(
        tmp_path / "index",
        settings=settings,
        embedder=HashEmbedder(),
        generator=ScriptedGenerator("x", yes=0.0),
    )
    rag.ingest([tmp_path / "docs"])
    answer = rag.ask("What is the population of North Korea?")
    assert answer.refused and answer.text == REFUSAL and answer.citations == ()
    assert answer.passages


def test_stream_yields_deltas_then_answer(make_rag):
    rag = drafting(make_rag, "Kim travelled on his private train [1].")
    events = list(rag.stream(UNTYPED))
    deltas = [e for e in events if isinstance(e, Delta)]
    # The draft streams as the model writes it; the final answer quotes what it rests on.
    assert "".join(d.text for d in deltas).strip() == "Kim travelled on his private train ."
    assert all(d.draft for d in deltas)
    assert events[-1].text == QUOTED


def test_an_answer_given_without_a_draft_streams_as_final_text(make_rag):
    rag = make_rag("Kim travelled on his private train [1].")
    events = list(rag.stream("How did Kim travel to Russia?", mode="extractive"))
    assert events[:-1] == [Delta(events[-1].text, draft=False)]


def test_extractive_mode_never_loads_the_generator(tmp_path):
    write(tmp_path / "docs" / "kim.txt", "Kim in Russia", STORY)
    settings = Settings.load(
        overrides={"embedding": {"model": "test-hash"}, "answer": {"refusal_threshold": 0.0}}
    )
    rag = RAG(tmp_path / "index", settings=settings, embedder=HashEmbedder())
    rag.ingest([tmp_path / "docs"])
    answer = rag.ask("When did Putin arrive in Vladivostok?", mode="extractive")
    assert (
        answer.text == "Mr Putin arrived in Vladivostok on Monday, the Tass news agency said [1]."
    )
    assert rag._generator is None


def test_follow_up_is_rewritten_before_retrieval(make_rag):
    rag = make_rag("He was accompanied by top military officials.")
    history = [
        {"role": "user", "content": "How did Mr Kim travel to Russia?"},
        {"role": "assistant", "content": "Mr Kim travelled on his private train [1]."},
    ]
    answer = rag.ask("Who accompanied him?", history=history)
    assert answer.standalone_question == "Who accompanied Kim?"


def test_empty_question_is_a_clear_error(make_rag):
    from rag.errors import RAGError

    with pytest.raises(RAGError, match="question is empty"):
        make_rag("x").ask("   ")


def test_a_missing_term_refuses_outright_only_with_weak_evidence():
    def about(
        missing: float,
        relevance: float,
        missing_number: float = 0.0,
        typed: float = 0.0,
        dense: float = 0.5,
    ) -> bool:
        f = Features(
            top_dense=dense,
            missing_key_term=missing,
            best_relevance=relevance,
            unmatched_negation=0.0,
            missing_number=missing_number,
            missing_name=0.0,
            name_beside_best=0.0,
            typed_question=typed,
            typed_best=typed,
            yes_probability=0.5,
        )
        return about_something_else(f, AnswerSettings())

    assert about(0.6, 0.9)  # the heaviest term is nowhere
    assert about(0.0, 0.05)  # no sentence looks like an answer
    assert about(0.4, 0.2)  # a term of some weight is missing and the evidence is weak
    assert not about(0.4, 0.6)  # strong evidence: the term may be a paraphrase
    assert not about(0.2, 0.2)  # weak evidence for a question whose terms are all there
    assert about(0.0, 0.9, missing_number=1.0)  # "in 2025" over a sentence without 2025
    # A weak rating is no refusal for a sentence holding the kind of answer asked for, on topic.
    assert not about(0.0, 0.05, typed=1.0)
    assert about(0.0, 0.05, typed=1.0, dense=0.1)
