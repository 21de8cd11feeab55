from rag.succession import asks_predecessor, succeeding, unsucceeded
from tests.conftest import evidence_at


def test_a_predecessor_is_asked_for_by_who_held_a_role_before_someone():
    assert asks_predecessor("Who was the trust's chief executive before Helen Marsh?")
    assert asks_predecessor("Who held the record before him?")
    assert asks_predecessor("Who did Bullock replace?")
    assert asks_predecessor("Who did Ozola take over from as prime minister?")
    assert asks_predecessor("Who was Holm's predecessor?")
    # What happened first is no succession.
    assert not asks_predecessor("Who arrived before Kim?")
    assert not asks_predecessor("Who spoke before the vote?")
    assert not asks_predecessor("Who is the trust's chief executive?")
    assert not asks_predecessor("Who was evacuated before Storm Babet arrived?")
    assert not asks_predecessor("Who was preceded by Ozola?")


def test_a_predecessor_is_answered_where_an_article_says_who_came_before():
    holder = evidence_at(1, "Dr Helen Marsh, the trust's chief executive, said so.", 0, 0.8)
    asked = "Who was the trust's chief executive before Helen Marsh?"
    assert unsucceeded(asked, [holder])
    assert not unsucceeded("Who is the trust's chief executive?", [holder])
    took = evidence_at(2, "Ms Bullock, who took over from Philip Lowe, spoke.", 90, 0.5)
    lowe = "Who did Bullock replace?"
    assert not unsucceeded(lowe, [holder, took])
    assert succeeding(lowe, [holder, took]) is took
    # Rated far below the best, or of someone the question does not name, it answers nothing.
    assert succeeding(lowe, [holder, evidence_at(2, took.sentence, 90, 0.2)]) is None
    assert unsucceeded(lowe, [holder, evidence_at(2, took.sentence, 90, 0.2)])
    assert succeeding("Who did Ozola replace?", [holder, took]) is None
    # Only who someone followed settles it: not who came after, nor a word of the past.
    for said in ("Bullock was replaced by Andrew Hauser.", "Bullock, a former official, spoke."):
        assert succeeding(lowe, [evidence_at(1, said, 0, 0.6)]) is None, said
