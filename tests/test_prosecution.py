from rag.prosecution import asks_sought, sought_best, telling_sought, unsought
from tests.conftest import evidence_at

SENTENCED = "The owner of the ferry was sentenced to 14 years in prison on Tuesday by a court."
ASKED = "Prosecutors had asked for 16 years."
ARGUED = "Prosecutors from the Office of the Ombudsman told the court that he took the money."


def test_a_question_for_the_penalty_prosecutors_sought():
    assert asks_sought("What sentence had the prosecution sought for Arifin?")
    assert asks_sought("What prison term did prosecutors ask the court to give Wekesa?")
    assert asks_sought("How long a prison sentence did the prosecution ask the judge to impose?")
    assert not asks_sought("What prison term was handed to the owner of the ferry?")
    assert not asks_sought("What does the prosecutors' spokeswoman want to change about cases?")


def test_what_prosecutors_sought_is_answered_by_the_sentence_telling_it():
    asked = "What sentence had the prosecution sought for Arifin?"
    sentenced, sought = evidence_at(1, SENTENCED, 0, 0.6), evidence_at(2, ASKED, 90, 0.05)
    assert sought_best(asked, [sentenced, sought]) is sought
    assert sought_best("What prison term was handed to Arifin?", [sentenced, sought]) is None
    # Evidence selection takes such a sentence whatever its score.
    wanted = telling_sought(asked)
    assert wanted is not None and wanted(ASKED, "") and not wanted(SENTENCED, "")
    assert telling_sought("What prison term was handed to Arifin?") is None


def test_no_sentence_telling_what_prosecutors_sought_leaves_it_unanswered():
    asked = "What prison sentence had the prosecutors asked the court to give Manansala?"
    sentenced, argued = evidence_at(1, SENTENCED, 0, 0.6), evidence_at(2, ARGUED, 90, 0.4)
    assert unsought(asked, [sentenced, argued])
    assert not unsought(asked, [sentenced, evidence_at(3, ASKED, 200, 0.1)])
    assert not unsought("What prison term was handed to Manansala?", [sentenced, argued])
