from rag.succession import (
    asks_earlier,
    asks_predecessor,
    asks_successor,
    earlier_best,
    succeeding,
    telling_earlier,
    telling_succession,
    unsucceeded,
)
from tests.conftest import evidence_at, passage


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
    # Rated under a fifth of the best, or of someone the question does not name, it answers
    # nothing; a fifth will do, as news names a predecessor in passing.
    assert succeeding(lowe, [holder, evidence_at(2, took.sentence, 90, 0.15)]) is None
    assert unsucceeded(lowe, [holder, evidence_at(2, took.sentence, 90, 0.2)])
    assert succeeding(lowe, [holder, evidence_at(2, took.sentence, 90, 0.2)])
    assert succeeding("Who did Ozola replace?", [holder, took]) is None
    # A record named as set by someone before, in passing, names who held it.
    beat = "Megan Lowther, 29, won, beating the previous best of 15 hours set by Calum Dodds."
    record = [holder, evidence_at(2, beat, 90, 0.2)]
    assert succeeding("Who held the record before Lowther?", record) is record[1]
    assert succeeding("Who held the record before Dodds?", record) is None
    assert telling_succession("Who held the record before Lowther?", [])(beat, "")
    assert not telling_succession("Who held the record before Lowther?", [])(holder.sentence, "")
    assert telling_succession("Who set the record?", []) is None
    # However the record is written, and read with the sentence before.
    kipchoge = "Tola won in 2:03:10, beating the previous record of 2:04:12, set by Eliud Kipchoge."
    assert telling_succession("Who held the record before Tola?", [])(kipchoge, "")
    held = "The 29-year-old was held by police in Leeds."
    assert not telling_succession("Who held the record before Tola?", [])(held, "Tola ran.")
    lowther = evidence_at(1, "Megan Lowther completed the round on Saturday.", 0, 0.5)
    she = evidence_at(2, "She beat the previous best, set by Calum Dodds.", lowther.end + 1, 0.2)
    assert succeeding("Who held the record before Lowther?", [lowther, she]) is she
    # Only who someone followed settles it: not who came after, nor a word of the past.
    for said in ("Bullock was replaced by Andrew Hauser.", "Bullock, a former official, spoke."):
        assert succeeding(lowe, [evidence_at(1, said, 0, 0.6)]) is None, said


def test_a_sentence_of_its_own_on_who_came_before_answers_for_whom_its_article_names():
    asked = "Who was the oldest player to make a Crucible debut before Haworth?"
    lead = evidence_at(1, "A former miner has become the oldest player to make his debut.", 0, 0.5)
    haworth = evidence_at(2, "Dennis Haworth, 58, beat Zhou Hanlin by 10 frames to 7.", 70, 0.3)
    previous = (
        "The previous oldest debutant at the Crucible, which opened in 1977, was Ray Pennington."
    )
    pennington = evidence_at(3, previous, 140, 0.45)
    assert succeeding(asked, [lead, haworth, pennington]) is pennington
    # Not when its article does not name the one asked about, nor for a sentence on what came
    # before that names nobody after "was".
    elsewhere = [lead, evidence_at(2, haworth.sentence, 0, 0.3, doc_id="e"), pennington]
    assert succeeding(asked, elsewhere) is None
    held = "The previous record for the oldest woman to row it was held by Anneke de Vries."
    vries = evidence_at(3, held, 140, 0.45)
    hale = [evidence_at(1, "Margaret Hale broke the record on Sunday.", 0, 0.5), vries]
    assert succeeding("Who held the record before Hale broke it?", hale) is vries
    described = "The previous oldest debutant, in 2011, was the former miner Ray Pennington."
    nurse = evidence_at(3, described, 140, 0.45)
    assert succeeding(asked, [lead, haworth, nurse]) is nurse
    venue = evidence_at(3, "The previous venue was smaller.", 140, 0.45)
    assert succeeding(asked, [lead, haworth, venue]) is None
    # Nor one on another thing before, or with no name right after "was".
    for other in ("His previous job was at Kellingley Colliery.", "Their previous meeting was won by Zhou.",
                  "The previous oldest debutant was in March.",
                  "The previous oldest debutant was the one in South Yorkshire.",
                  "The previous oldest debutant was the one who beat Steve Davis."):  # fmt: skip
        assert succeeding(asked, [lead, haworth, evidence_at(3, other, 140, 0.45)]) is None, other
    # Nor one on a record of something the question does not name.
    graham = "The previous fastest time on the Bob Graham Round was Kilian Jornet's, set in 2018."
    cheviot = [evidence_at(1, "Megan Lowther set a record on the Cheviot Round.", 0, 0.5),
               evidence_at(2, graham, 60, 0.4)]  # fmt: skip
    assert succeeding("Who held the Cheviot Round record before Lowther?", cheviot) is None


def test_a_successor_is_asked_for_by_who_came_after_someone():
    assert asks_successor("Who replaced Neil Hammond as operations director?") == [
        "Neil",
        "Hammond",
    ]
    assert asks_successor("Who will succeed Ozola?") == ["Ozola"]
    assert asks_successor("Who took over from Philip Lowe in September?") == ["Philip", "Lowe"]
    assert asks_successor("Who is Holm's successor?") == ["Holm"]
    assert asks_successor("Who replaced him?") == []
    assert asks_successor("Who will take over the crossing from him?") == []
    assert asks_successor("Who took over the shop from Ann Lowe?") == ["Ann", "Lowe"]
    assert asks_successor("Who did Bullock replace?") is None  # a predecessor
    assert asks_successor("Who succeeded in reaching the summit first?") is None
    assert not asks_predecessor("Who replaced Neil Hammond as operations director?")


def test_a_successor_is_answered_where_an_article_says_who_came_after():
    former = evidence_at(
        1,
        "The former chief executive, Robert Lindqvist, who retired in March, warned them.",
        0,
        0.8,
    )
    successor = evidence_at(1, "His successor, Karen Osei, did not attend.", 82, 0.1)
    asked = "Who succeeded Robert Lindqvist as chief executive?"
    # Right after the best sentence and referring back to it, it is near the best.
    assert succeeding(asked, [former, successor]) is successor
    assert not unsucceeded(asked, [former, successor])
    # A sentence naming him in the role says nothing of who came after.
    assert unsucceeded(asked, [former])
    assert succeeding(asked, [former]) is None
    # "replaced" with him as the one replaced, not the one replacing.
    normans = "Who replaced the Normans as the ruling class?"
    ruled = evidence_at(1, "The Normans replaced the Anglo-Saxons as the ruling class.", 0, 0.9)
    assert unsucceeded(normans, [ruled])
    replacing = evidence_at(1, "The Angevins replaced the Normans as the ruling class.", 0, 0.9)
    assert not unsucceeded(normans, [replacing])


def test_a_successor_named_in_passing_is_found_rated_low():
    asked = "Who will take over the crossing from him?"
    caption = evidence_at(1, "Photo: Dennis Prothero on his final shift at the crossing.", 0, 0.6)
    taken = "His job is being taken over by Bethan Rowlands, a former pupil whom he saw across."
    rowlands = evidence_at(2, taken, 300, 0.2)
    assert succeeding(asked, [caption, rowlands]) is rowlands
    assert not unsucceeded(asked, [caption, rowlands])
    # Evidence selection takes it from the best passage's article, whatever its rating.
    active = "Bethan Rowlands will take over from him in January."
    later = "Bethan Rowlands will take over in January."
    told = telling_succession(asked, [passage(caption.sentence, taken, active, later)])
    assert told(taken, "") and not told(caption.sentence, "")
    # Active, "will take over from him", as well as passive; not of another article.
    assert told(active, "") and not told(later, "")
    assert not told("Karen Osei replaced him.", "")
    # Under a fifth of the best it says nothing.
    assert unsucceeded(asked, [caption, evidence_at(2, taken, 300, 0.1)])
    # Nor a sentence on who came after someone else.
    hammond = "Who replaced Neil Hammond as operations director?"
    left = evidence_at(1, "Neil Hammond, the operations director, left in January.", 0, 0.8)
    buses = evidence_at(2, "About 20 services had been replaced by buses.", 0, 0.2, doc_id="e")
    assert unsucceeded(hammond, [left, buses])
    osei = "His replacement, Karen Osei, starts on Monday."
    named = telling_succession(hammond, [passage(left.sentence, buses.sentence, osei)])
    assert not named(buses.sentence, "")
    assert named(osei, left.sentence)


def test_a_successor_answer_is_about_the_one_asked_of():
    asked = "Who replaced Neil Hammond as operations director?"
    left = evidence_at(1, "Neil Hammond, the operations director, left in January.", 0, 0.8)
    tickets = evidence_at(2, "Paper tickets were replaced by contactless readers.", 200, 0.7)
    assert succeeding(asked, [left, tickets]) is None
    named = evidence_at(2, "Karen Osei was named as Hammond's replacement.", 200, 0.7)
    assert succeeding(asked, [left, named]) is named


def test_what_something_was_before_is_told_by_the_previous_one():
    asked = "What was the record price for a Connemara pony before this sale?"
    assert asks_earlier(asked)
    assert asks_earlier("What was the library's previous record for a late return?")
    # A description of which thing ("the former library") or an earlier event asks no earlier
    # value, nor does "prior to".
    assert not asks_earlier("How long is the lease on the former library?")
    assert not asks_earlier("What did police do before this happened?")
    assert not asks_earlier("In which year, prior to this visit, did Kim last go abroad?")
    assert not asks_earlier("Who held the record before him?")  # a predecessor
    # The record someone broke was the one before theirs.
    assert asks_earlier("What was the women's record before Wulandari broke it?")
    assert not asks_earlier("What did Wulandari say about the record before she broke it?")
    assert not asks_earlier("What was the record before the heatwave broke it?")
    lead = evidence_at(1, "A grey gelding has sold for €86,000, a record price for a pony.", 0, 0.6)
    old = evidence_at(2, "The previous record of €61,500 was set in 2021.", 70, 0.15)
    assert earlier_best(asked, [lead, old]) is old
    told = telling_earlier(asked, [passage(lead.sentence, old.sentence)])
    assert told(old.sentence, "") and not told(lead.sentence, "")
    # Another article's previous record is of something else.
    assert not told("The previous record for a Shetland pony was €9,000.", "")
    assert telling_earlier("Who won?", []) is None
    # Not when rated under a fifth of the best, nor of something the question does not ask.
    assert earlier_best(asked, [lead, evidence_at(2, old.sentence, 70, 0.1)]) is None
    owner = evidence_at(2, "The previous owner of the showground sold it in 2021.", 70, 0.4)
    assert earlier_best(asked, [lead, owner]) is None
    aged = evidence_at(2, "The 12-year-old pony record holder was bred in Clifden.", 70, 0.4)
    assert earlier_best(asked, [lead, aged]) is None
    assert not asks_earlier("What did the previous government promise on housing?")
