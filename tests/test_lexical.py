"""Term weights over a small BM25 index: pure logic."""

import numpy as np

from rag.lexical import BM25Index, question_terms, terms

CHUNKS = [
    "The river bridge opened in 1932.",
    "The river flooded the town.",
    "The river froze in winter.",
    "Fishing on the river is popular.",
]


def index() -> BM25Index:
    return BM25Index.build(np.arange(len(CHUNKS)), CHUNKS)


def test_a_term_in_every_chunk_weighs_less_than_a_rare_one_but_not_zero():
    bm25 = index()
    river, bridge = terms("river bridge")
    assert 0 < bm25.weight(river) < bm25.weight(bridge)


def test_missing_share_is_the_heaviest_absent_terms_share_of_the_question():
    bm25 = index()
    asked = set(question_terms("When did the river bridge open?"))
    (river,) = terms("river")
    assert bm25.missing_share(asked, set(terms(CHUNKS[0]))) == 0.0
    rare_missing = bm25.missing_share(asked, set(terms(CHUNKS[1])))  # no bridge, no open
    common_missing = bm25.missing_share(asked, set(terms("bridge opened")))  # no river
    assert common_missing < rare_missing < 1.0
    total = sum(bm25.weight(t) for t in asked)
    assert np.isclose(common_missing, bm25.weight(river) / total)
    assert bm25.missing_share(set(), set()) == 0.0


def test_shares_are_exact_whatever_order_a_set_gives_its_terms(monkeypatch):
    # Summed left to right in some orders, 0.1 + 0.2 + 0.3 is 0.6000000000000001, and a term
    # of 0.3 would weigh a hair under half, across the refusal rule's threshold of 0.5.
    weights = {"a": 0.1, "b": 0.2, "c": 0.3}
    monkeypatch.setattr(BM25Index, "weight", lambda self, term: weights[term])
    bm25 = index()
    for order in (["a", "b", "c"], ["c", "b", "a"], ["b", "c", "a"]):
        asked = set(order)
        assert bm25.missing_share(asked, {"a", "b"}) == 0.5
        assert bm25.coverage(asked, {"c"}) == 0.5


def test_chunk_count_is_how_many_chunks_hold_a_term():
    chunks = [
        "Kremlin spokesman Dmitry Peskov said the visit would be full-fledged.",
        "Mr Peskov said no news conference was planned.",
        "Mr Peskov said warnings from Washington did not matter.",
        "Kim Yo Jong and Mr Kim watched a parade.",
    ]
    bm25 = BM25Index.build(np.arange(len(chunks)), chunks)
    assert bm25.chunk_count(terms("Peskov")[0]) == 3
    assert bm25.chunk_count(terms("Kim")[0]) == 1
    assert bm25.chunk_count(terms("Shoigu")[0]) == 0


def test_the_word_that_names_a_relation_is_no_question_term():
    asked = "What relation is Connor to the ringleader?"
    assert question_terms(asked) == terms("Connor ringleader")
    assert question_terms("How is Connor related to Ray?") == terms("Connor Ray")


def test_the_nouns_of_a_preposition_of_several_words_are_no_question_terms():
    assert question_terms("How much diesel was on board the trawler?") == terms("diesel trawler")
    assert question_terms("Who is in charge of the hospital trust?") == terms("hospital trust")
    assert "board" in question_terms("Who sits on the board of the trust?")
