import math

import numpy as np
import pytest

from rag.evidence import (
    answer_type,
    dated_event,
    has_answer_type,
    introduction,
    of_answer_type,
    role_holder,
    select_evidence,
    soft_match,
    unnamed_role,
)
from rag.logistic import LogisticModel
from rag.types import Evidence, Hit, ScoredSentence, TokenVectors


def test_logistic_model_standardises_then_squashes():
    model = LogisticModel(mean=(1.0, 10.0), scale=(2.0, 0.0), coef=(1.5, -1.0), intercept=0.5)
    assert math.isclose(model.probability([1.0, 10.0]), 1 / (1 + math.exp(-0.5)))
    # (5 - 1) / 2 * 1.5 + (12 - 10) / 1 * -1.0 + 0.5 = 1.5; a zero scale counts as 1.
    assert math.isclose(model.probability([5.0, 12.0]), 1 / (1 + math.exp(-1.5)))
    assert LogisticModel.from_json(model.to_json()) == model


def test_answer_type_follows_the_question_wording():
    assert answer_type("How many trips has Kim made abroad?") == "number"
    assert answer_type("When did the train leave Pyongyang?") == "date"
    assert answer_type("Who met Kim at the station?") == "name"
    assert answer_type("Why did Kim travel by train?") is None
    assert has_answer_type("number", "He made seven trips.", "How many trips?")
    assert not has_answer_type("date", "He made seven trips.", "When did he go?")
    # A name already in the question is not an answer to "who".
    assert not has_answer_type("name", "Kim arrived.", "Who arrived, Kim?")
    assert has_answer_type("name", "Putin met Kim.", "Who met Kim?")
    # Titles and capitalised function words name nobody.
    assert not has_answer_type("name", "It will be Mr Kim's summit.", "Where is Kim?")
    assert answer_type("How did Kim travel to Russia?") == "means"
    assert answer_type("How did Kim Jong Un get there?") == "means"
    assert has_answer_type("means", "Kim left on his private train.", "How did Kim travel?")
    assert not has_answer_type("means", "Kim does not travel abroad.", "How did Kim travel?")
    # A conveyance the question names is not its answer.
    assert not has_answer_type("means", "The train left.", "How did the train go?")
    assert answer_type("What colour is Kim's train?") == "colour"
    assert has_answer_type("colour", "It has an olive green paint scheme.", "What colour?")
    assert not has_answer_type("colour", "It crossed a bridge.", "What colour?")
    # "What did X say?" wants X's reported words, continued quotations included.
    asked = "What did Peskov say?"
    assert answer_type(asked) == "speech"
    assert has_answer_type("speech", "“It is a visit,” spokesman Dmitry Peskov said.", asked)
    assert not has_answer_type("speech", "Mr Putin said he would meet Mr Peskov.", asked)
    quoted = "“There will be talks.”"
    assert has_answer_type("speech", quoted, asked, previous="“Yes,” Mr Peskov said.")
    assert not has_answer_type("speech", quoted, asked)


def test_relevance_orders_evidence_but_retrieval_score_admits_it():
    sentences = (
        ScoredSentence(0, 0, 30, "The summit was in Vladivostok.", 1.0),
        ScoredSentence(1, 31, 60, "Kim arrived on Tuesday morning.", 0.8),
        ScoredSentence(2, 61, 90, "The weather was mild that week.", 0.1),
    )
    hit = Hit(1, "d1", "T", None, None, None, "", 0, 90, 1.0, 0.5, 1.0, sentences)
    relevance = {("d1", 0): 0.2, ("d1", 1): 0.7, ("d1", 2): 0.9}
    evidence = select_evidence([hit], max_sentences=3, min_relative=0.6, relevance=relevance)
    # The third sentence ranks highest but its retrieval score is below 0.6 of the best.
    assert [e.sentence for e in evidence] == [sentences[1].text, sentences[0].text]
    assert [e.relevance for e in evidence] == [0.7, 0.2]
    assert [e.score for e in evidence] == [0.8, 1.0]


def _unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_soft_match_weighs_the_words_that_tell_sentences_apart():
    axis = {w: _unit(*(1.0 if j == i else 0.0 for j in range(6))) for i, w in enumerate(
        ("[CLS]", "kim", "travel", "arrived", "the", "[SEP]")
    )}  # fmt: skip
    axis["train"] = _unit(0, 0, 0.9, 0.44, 0, 0)  # close to "travel"

    def text(*words: str) -> TokenVectors:
        tokens = ("[CLS]", *words, "[SEP]")
        word_of = (-1, *range(len(words)), -1)
        return TokenVectors(tokens, word_of, np.stack([axis[t] for t in tokens]))

    axis["?"] = _unit(1, 1, 1, 1, 1, 1)
    question = text("the", "kim", "travel", "?")
    lede, answer, other = text("kim", "arrived"), text("the", "kim", "train"), text("kim", "kim")
    scores = soft_match(question, [lede, answer, other])
    # "kim" is in every sentence and weighs little; "train" is the nearest thing to "travel".
    assert scores[1] > scores[0] and scores[1] > scores[2]
    assert 0.8 < scores[1] < 1.0
    # Stop words and punctuation take no part.
    assert np.allclose(soft_match(text("kim", "travel"), [lede, answer, other]), scores)
    # A word split into pieces weighs as one word.
    pieces = ("[CLS]", "kim", "tra", "##vel", "[SEP]")
    split = TokenVectors(pieces, (-1, 0, 1, 1, -1), np.stack([axis[t] for t in (
        "[CLS]", "kim", "travel", "travel", "[SEP]")]))  # fmt: skip
    assert np.allclose(soft_match(split, [lede, answer, other]), scores)
    assert soft_match(question, []) == []


@pytest.mark.slow
def test_soft_match_credits_a_related_word_with_the_real_embedder(real_embedder):
    question, *sentences = real_embedder.embed_tokens(
        [
            "When did the composer die?",
            "The composer's death came in 1990, in Paris.",
            "The composer moved to Paris in 1990.",
        ]
    )
    # Neither sentence has the term "die"; the one about a death matches it best.
    death, move = soft_match(question, sentences)
    assert death > move


def _evidence(
    marker: int, sentence: str, start: int, relevance: float, doc_id: str = "d"
) -> Evidence:
    return Evidence(marker, sentence, doc_id, "t", None, None, start, start + len(sentence), 0.5,
                    relevance)  # fmt: skip


def test_a_who_is_question_is_answered_where_the_article_introduces_the_name():
    later = _evidence(1, "“Jo Chun Ryong's presence says a lot,” said an expert.", 900, 0.9)
    first = _evidence(2, "The delegation includes director Jo Chun Ryong.", 700, 0.8)
    other = _evidence(3, "Jo left early.", 100, 0.85)
    far = _evidence(4, "Earlier, Jo Chun Ryong met Kim.", 50, 0.2)
    elsewhere = _evidence(5, "Jo Chun Ryong is a director.", 10, 0.7, doc_id="e")
    evidence = [later, first, other, far, elsewhere]
    assert introduction("Who is Jo Chun Ryong?", evidence, 0.7) is first
    assert introduction("who was  Jo Chun Ryong", evidence, 0.7) is first
    assert introduction("Where is Jo Chun Ryong?", evidence, 0.7) is first
    # Only sentences rated near the best count.
    assert introduction("Who is Jo Chun Ryong?", evidence, 0.95) is later
    # Other questions, lower case (no name to go by: "what is inflation"), and a name that no
    # near-best sentence holds have none.
    assert introduction("What did Jo Chun Ryong say?", evidence, 0.7) is None
    assert introduction("who is jo chun ryong?", evidence, 0.7) is None
    assert introduction("Who is Michael Madden?", evidence, 0.7) is None
    assert introduction("Who is Jo Chun Ryong?", [], 0.7) is None


def test_a_draft_cannot_move_the_answer_to_a_sentence_without_the_asked_for_kind():
    colour = _evidence(1, "The train has an olive green paint scheme.", 0, 0.8)
    route = _evidence(2, "The train passed the junction and headed north.", 100, 0.7)
    evidence = [colour, route]
    question = "What colour is the train?"
    assert of_answer_type(question, [route], evidence) == []
    assert of_answer_type(question, [route, colour], evidence) == [colour]
    # Untyped questions, and typed ones whose best sentence lacks the type, keep the choice.
    assert of_answer_type("Why did the train stop?", [route], evidence) == [route]
    assert of_answer_type("How many cars does it have?", [route], evidence) == [route]


def test_a_what_happened_on_a_date_question_is_answered_where_the_date_is():
    putin = _evidence(1, "Mr Putin arrived in Vladivostok on Monday.", 0, 0.2)
    urged = _evidence(2, "On Monday, Washington urged Pyongyang to keep its promise.", 100, 0.1)
    july = _evidence(3, "Shoigu visited Pyongyang in July.", 200, 0.5)
    evidence = [putin, urged, july]
    assert dated_event("What happened on Monday?", evidence) is putin
    assert dated_event("what happened in july", evidence) is july
    # A date no evidence sentence mentions, a place, or more than a date: other questions.
    assert dated_event("What happened in 2015?", evidence) is None
    assert dated_event("What happened in Khasan?", evidence) is None
    assert dated_event("What happened on Monday with Pyongyang?", evidence) is None


def test_a_who_holds_this_role_question_is_answered_where_someone_is_named_beside_it():
    shown = _evidence(1, "Rossiya 1 showed a train carrying the North Korean leader.", 0, 0.9)
    lead = _evidence(2, "North Korean leader Kim Jong Un has arrived in Russia.", 100, 0.5)
    after = _evidence(3, "Jo Chun Ryong, the munitions director, came too.", 200, 0.4)
    minister = _evidence(4, "He was accompanied by the Foreign Minister.", 300, 0.8)
    evidence = [shown, lead, after, minister]
    assert role_holder("Who is the North Korean leader?", evidence) is lead
    assert role_holder("who is the munitions director", evidence) is after
    assert not unnamed_role("Who is the North Korean leader?", evidence)
    # Mentioned, never named: no answer. Never mentioned, or not a role question: not this rule.
    assert role_holder("Who is the Foreign Minister?", evidence) is None
    assert unnamed_role("Who is the Foreign Minister?", evidence)
    assert not unnamed_role("Who is the Prime Minister?", evidence)
    assert not unnamed_role("Who is Jo Chun Ryong?", evidence)
