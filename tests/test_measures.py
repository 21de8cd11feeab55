from rag.evidence import has_answer_type
from rag.measures import asked_measure, states, unmeasured
from tests.conftest import evidence_at


def test_how_questions_name_the_measure_that_answers_them():
    assert asked_measure("How tall is Kim Jong Un?") == "length"
    assert asked_measure("How far is Vostochny from Vladivostok?") == "length"
    assert asked_measure("How old is Dmitry Peskov?") == "age"
    assert asked_measure("How often does Kim travel abroad?") == "frequency"
    assert asked_measure("How many trips has Kim made?") == "count"
    # Their answers come in too many forms for one kind of quantity.
    assert asked_measure("How long has Kim been in power?") is None
    assert asked_measure("How large is the army?") is None
    assert asked_measure("Who is Kim?") is None


def test_a_measure_is_a_number_with_its_unit_or_its_wording():
    assert states("length", "the cosmodrome, more than 1,500km to the north")
    assert states("length", "half a mile northwest of the Yard")
    assert not states("length", "waving from a private train, Sept 10")
    assert not states("length", "I am told the train is late")  # "a" and "m" make no length
    assert states("age", "a 39-year-old leader")
    assert states("age", "Putin, who was born in 1952")
    assert not states("age", "“It will be a full-fledged visit,” Peskov said.")
    assert states("frequency", "Mr Kim does not travel abroad frequently")
    assert states("frequency", "The Council meets each six months.")
    assert not states("frequency", "Mr Kim left Pyongyang on Sunday.")
    assert not states("frequency", "a different minister at each meeting")


def test_a_year_is_no_count():
    assert not states("count", "As late as 2017, Russia had voted, along with China")
    assert not states("count", "since the 1950s")
    assert states("count", "having made just seven trips")
    assert states("count", "2,000 troops") and states("count", "a price of $5.11")
    assert not has_answer_type("number", "It happened in 2017.", "How many weapons?")
    assert has_answer_type("number", "It happened in 2017.", "How long ago was the vote?")


def test_a_measure_no_evidence_sentence_states_is_unanswered():
    evidence = [
        evidence_at(1, "Kim waving from a private train, Sept 10.", 0, 0.6),
        evidence_at(2, "They might meet more than 1,500km north of Vladivostok.", 50, 0.3),
    ]
    assert unmeasured("How old is Kim?", evidence)
    assert not unmeasured("How far is Vostochny from Vladivostok?", evidence)
    assert not unmeasured("Where might they meet?", evidence)
