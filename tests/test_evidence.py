import dataclasses
import math

import numpy as np
import pytest

from rag.evidence import (
    answer_type,
    article_missing_share,
    complete_best,
    dated_best,
    fuller_next,
    has_answer_type,
    is_heading,
    needs_context,
    of_answer_type,
    select_evidence,
    sentences_before,
    soft_match,
    told_next,
    without_named_kind,
)
from rag.lexical import BM25Index, question_terms
from rag.logistic import LogisticModel
from rag.sentences import DATELINE
from rag.types import Hit, TokenVectors
from tests.conftest import evidence_at, passage_of


def test_logistic_model_standardises_then_squashes():
    model = LogisticModel(mean=(1.0, 10.0), scale=(2.0, 0.0), coef=(1.5, -1.0), intercept=0.5)
    assert math.isclose(model.probability([1.0, 10.0]), 1 / (1 + math.exp(-0.5)))
    # (5 - 1) / 2 * 1.5 + (12 - 10) / 1 * -1.0 + 0.5 = 1.5; a zero scale counts as 1.
    assert math.isclose(model.probability([5.0, 12.0]), 1 / (1 + math.exp(-1.5)))
    assert LogisticModel.from_json(model.to_json()) == model


def test_answer_type_follows_the_question_wording():
    assert answer_type("How many trips has Kim made abroad?") == "number"
    assert answer_type("When did the train leave Pyongyang?") == "date"
    assert answer_type("Since when has the mill been weaving cloth?") == "date"
    assert answer_type("A paraphrased version appeared when?") == "date"
    # A clause that tells the moment of what is asked asks no date.
    assert answer_type("What injury did she suffer when her boat capsized?") is None
    assert answer_type("What was he making when his air fryer started to smoke?") is None
    assert answer_type("Who met Kim at the station?") == "name"
    # A relation is answered by a relative, seldom with "relation".
    relation = "What relation is Connor Whitmore to the ringleader?"
    assert answer_type(relation) == answer_type("How is Connor related to Ray?") == "kin"
    # Not how one event is related to another, nor a relationship.
    for unrelated in (
        "What relationship does Russia have with North Korea?",
        "How is the fire related to the storm?",
        "What relation does the new law bear to the old one?",
    ):
        assert answer_type(unrelated) is None, unrelated
    nephew = "A third man, Whitmore's nephew Connor Whitmore, 22, drove the van."
    assert has_answer_type("kin", nephew, relation)
    assert has_answer_type("kin", "Ray Whitmore's children were there.", relation)
    assert not has_answer_type("kin", "Connor Whitmore drove him to his bank.", relation)
    # A parent company, a sister ship and a business partner are no relatives.
    for none in ("The parent company said so.", "Her sister ship sank.", "His business partner"):
        assert not has_answer_type("kin", none, relation), none
    assert answer_type("Why did Kim travel by train?") is None
    # A sum or a measure the question names asks for a number too.
    assert answer_type("What was the price of the pony?") == "number"
    assert answer_type("What is the estimated value of the stolen flock?") == "number"
    assert answer_type("What is the value of education?") is None
    assert answer_type("From roughly what distance was the winning point scored?") == "number"
    assert answer_type("What did Declan Furlong's pumpkin weigh on the scales?") == "number"
    # A measure's noun as a modifier names no measure.
    for modifier in (
        "What weight-loss drug was she given?",
        "What speed cameras were installed?",
        "Which weight class does he fight in?",
        "What is the value of his work?",
    ):
        assert answer_type(modifier) is None, modifier  # fmt: skip
    assert has_answer_type("number", "He made seven trips.", "How many trips?")
    # A count the question writes is no answer to how many.
    wards = "How many falls were recorded on the 14 wards?"
    assert not has_answer_type("number", "Falls on the 14 wards fell by a quarter.", wards)
    assert has_answer_type("number", "There were 140 falls on the 14 wards.", wards)
    assert has_answer_type("number", "There were 14 falls on the wards.", wards)
    assert has_answer_type("number", "Falls on the 14 wards fell to 9 in March.", wards)
    # Left in for "how much", which "pay nothing" answers beside the question's own number.
    pay = "How much do families earning less than $60,000 pay?"
    assert has_answer_type("number", "Families earning below $60,000 pay nothing.", pay)
    assert not has_answer_type("date", "He made seven trips.", "When did he go?")
    # A feast dates a day.
    service = "The church's first service in its new place is planned for Christmas Eve."
    assert has_answer_type("date", service, "When will the first service be held?")
    # The day the words were said is no date of what they speak of, unless that is asked.
    planning = "Mr Putin said on Tuesday that he was planning to go to Vostochny."
    assert not has_answer_type("date", planning, "When will Putin meet Kim?")
    assert has_answer_type("date", planning, "When did Putin say he would go?")
    arrived = "A source told Reuters that Mr Kim arrived in Russia on Tuesday morning."
    assert has_answer_type("date", arrived, "When did Kim arrive?")
    assert has_answer_type("date", "Officials said in 2019 the talks had failed.", "When?")
    assert has_answer_type("date", "Staff will be told by Sept 20.", "When will staff be told?")
    # A day is asked for: no year alone, nor the day the question names.
    born = "On what date was the calf born?"
    assert not has_answer_type("date", "The zoo has had calves since it opened in 1954.", born)
    assert has_answer_type("date", "The calf was born in the early hours of 2 April.", born)
    assert not has_answer_type("date", "It arrived on Monday.", "What day after Monday did it?")
    # A weekday answers "On which day ...?", not "On what date ...?".
    assert has_answer_type("date", "It arrived on Monday.", "On which day did it arrive?")
    assert not has_answer_type("date", "It arrived on Monday.", "On what date did it arrive?")
    # A day of a stretch of time is counted from its start.
    crossing = "On which day of the crossing did the boat capsize?"
    assert has_answer_type("date", "On day 23, a wave capsized the boat.", crossing)
    assert has_answer_type("date", "It capsized on the third day.", crossing)
    assert has_answer_type("date", "The band played on day two.", crossing)
    assert has_answer_type("date", "It capsized on Monday 8 December.", crossing)
    assert not has_answer_type("date", "It capsized in 2025, a day of storms.", crossing)
    # A day of the month is a date of it.
    month = "What day of the month did it arrive?"
    assert not has_answer_type("date", "It arrived on day 23.", month)
    assert has_answer_type("date", "It arrived on 8 December.", month)
    # A month is asked for: no year nor season, nor the month the question names.
    inspected = "In which month did the council inspect the cracks?"
    assert has_answer_type("date", "The council inspected them in February.", inspected)
    assert not has_answer_type("date", "Cracks appeared last winter, in 2025.", inspected)
    assert not has_answer_type("date", "It was May.", "What month after May did they?")
    mayor = "In which month did Mayor Hollis open the pier?"
    assert has_answer_type("date", "The mayor opened the pier in May.", mayor)
    assert has_answer_type("date", "Work on the pier began in Sept 2024.", mayor)
    assert not has_answer_type("date", "Jan Hollis opened it in 2024.", mayor)
    assert has_answer_type("time", "They broke in at about 2.15am.", "What time was the break-in?")
    # A name already in the question is not an answer to "who".
    assert not has_answer_type("name", "Kim arrived.", "Who arrived, Kim?")
    assert has_answer_type("name", "Putin met Kim.", "Who met Kim?")
    # Titles and capitalised function words name nobody.
    assert not has_answer_type("name", "It will be Mr Kim's summit.", "Where is Kim?")
    # Nor does a word a prefix makes a description.
    rules = "the rules were designed to exclude non-European suppliers."
    assert not has_answer_type("name", rules, "Which bidder complained?")
    assert has_answer_type("name", rules.replace("non-", "the "), "Which bidder complained?")
    assert answer_type("How did Kim travel to Russia?") == "means"
    assert answer_type("How did Kim Jong Un get there?") == "means"
    # Asked whether he flew, the answer is still the sentence naming the means.
    assert answer_type("Did Kim fly to Russia?") == "means"
    assert answer_type("Is Kim travelling by train?") == "means"
    assert has_answer_type("means", "Kim left on his private train.", "Did Kim fly to Russia?")
    assert answer_type("Did Kim arrive in Russia?") is None
    assert has_answer_type("means", "Kim left on his private train.", "How did Kim travel?")
    assert not has_answer_type("means", "Kim does not travel abroad.", "How did Kim travel?")
    # A conveyance the question names is not its answer.
    assert not has_answer_type("means", "The train left.", "How did the train go?")
    asked = "How did Lakshmi get to the health centre?"
    for took in ("Her husband took her on his scooter.", "She went by ambulance.",
                 "They crossed by canoe."):  # fmt: skip
        assert has_answer_type("means", took, asked), took
    assert not has_answer_type("means", "She met Mr van Dijk there.", asked)
    assert not has_answer_type("means", "They faced a raft of measures.", asked)
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
    # An unresolved "he" (no conversation): any reported speech.
    assert has_answer_type("speech", "“Yes,” he said.", "What did he say?")


def test_a_question_for_a_job_wants_a_sentence_that_gives_one():
    living = "What does the player who scored the equaliser do for a living?"
    assert answer_type(living) == "job"
    assert answer_type("What was Travis Boone's job before he retired?") == "job"
    assert answer_type("What job does Anand do at the trust?") == "job"
    assert answer_type("What is Mestre Jorginho's day job?") == "job"
    assert answer_type("What did Solberg work as before she became a researcher?") == "job"
    # No job is asked of jobs counted or cut, nor of an army's occupation (its years are).
    assert answer_type("What job cuts were announced?") is None
    assert answer_type("What years did this occupation take place?") == "date"
    assert answer_type("In which years did the Belgian runner-up win the title?") == "date"
    assert answer_type("What years of experience does she have?") != "date"
    assert answer_type("What was Vandenbroucke's average per inning?") == "number"
    assert answer_type("What is her batting average?") == "number"
    assert answer_type("How many jobs will the plant create?") == "number"
    # "living" and "job" frame the question: the answer seldom repeats them.
    assert question_terms(living) == ["player", "score", "equalis"]
    for sentence in (
        "But they were level when Connor Tate, a 26-year-old plasterer, headed it in.",
        "Boone, 61, a retired high school chemistry teacher and caver, said he saw it.",
        "He spent the next 25 years working as a delivery driver.",
        "Prof Rajesh Anand, the trust's medical director, said 38 nurses had been recruited.",
        "A retired postman from the Lake District has discovered a new comet.",
        "She grew up near Trongsa, where her father, a carpenter, made bamboo bows.",
        "His late father, a miner, died in 1984.",
    ):
        assert has_answer_type("job", sentence, living), sentence
    for sentence in (
        "It has been named in honor of Travis Boone, the amateur caver who photographed it.",
        "Hallam Bridge, a part-time club from the eighth tier, have reached the third round.",
        "Little Hembury, a village of 640 people, won the trophy.",
        "Her sister, a 19-year-old, came to watch.",
        "Her son, a toddler, was asleep.",
    ):
        assert not has_answer_type("job", sentence, living), sentence


def test_a_date_to_come_is_not_told_by_a_sentence_only_of_what_has_been():
    # ... unless of the deed asked.
    appeal = "When will Kalogeropoulos's appeal be heard?"
    held = "Kalogeropoulos, held since his arrest in October 2023, denied the charges."
    assert not has_answer_type("date", held, appeal)
    assert has_answer_type("date", held, "When did Kalogeropoulos deny the charges?")
    assert has_answer_type("date", "It was heard in May.", appeal)
    assert has_answer_type("date", "The appeal is due to be heard in May.", appeal)


def test_relevance_orders_evidence_but_retrieval_score_admits_it():
    hit = passage_of(
        ("The summit was in Vladivostok.", 1.0),
        ("Kim arrived on Tuesday morning.", 0.8),
        ("The weather was mild that week.", 0.1),
    )
    sentences = hit.sentences
    relevance = {("d1", 0): 0.2, ("d1", 1): 0.7, ("d1", 2): 0.9}
    evidence = select_evidence([hit], relevance, max_sentences=3, min_relative=0.6)
    # The third sentence ranks highest but its retrieval score is below 0.6 of the best.
    assert [e.sentence for e in evidence] == [sentences[1].text, sentences[0].text]
    assert [e.relevance for e in evidence] == [0.7, 0.2]
    assert [e.score for e in evidence] == [0.8, 1.0]


def test_a_sentence_the_question_asks_for_is_admitted_whatever_its_retrieval_score():
    hit = passage_of(
        ("Finance Minister Elena Varga resigned.", 1.0),
        ("Varga said the tax cut was reckless.", 0.4),
        ("Berg accepted the resignation.", 0.3),
    )
    first, said = hit.sentences[0].text, hit.sentences[1].text
    relevance = {("d1", 0): 0.6, ("d1", 1): 0.3, ("d1", 2): 0.2}
    assert [e.sentence for e in select_evidence([hit], relevance, 3, 0.6)] == [first]

    def varga_speaks(sentence: str, previous: str) -> bool:
        return sentence.startswith("Varga said") and previous == first

    chosen = select_evidence([hit], relevance, 3, 0.6, varga_speaks)
    assert [e.sentence for e in chosen] == [first, said]


def test_the_sentence_after_the_best_is_wanted_when_it_holds_the_kind_of_answer_the_best_lacks():
    hit = passage_of(
        ("Network Rail closed the Settle-Carlisle line overnight to inspect its viaducts.", 1.0),
        ("The line reopened at 2pm on Saturday after no damage was found.", 0.4),
        ("Northern said about 20 services had been replaced by buses.", 0.3),
    )
    closed, reopened, _ = (s.text for s in hit.sentences)
    relevance = {("d1", 0): 0.14, ("d1", 1): 0.09, ("d1", 2): 0.02}
    asked = "When did trains start running again on the Settle-Carlisle line?"
    wanted = told_next(asked, [hit], relevance)
    assert wanted is not None
    assert [e.sentence for e in select_evidence([hit], relevance, 3, 0.6, wanted)] == [
        closed,
        reopened,
    ]
    # Not a sentence elsewhere, nor for a question the best answers or one of no kind.
    assert not wanted(reopened, "Engineers found no damage.")
    dated = {("d1", 0): 0.05, ("d1", 1): 0.09, ("d1", 2): 0.02}
    assert told_next(asked, [hit], dated) is None
    assert told_next("What did Network Rail inspect?", [hit], relevance) is None


def test_sentences_the_question_asks_for_come_before_better_rated_ones_but_keep_their_order():
    hit = passage_of(
        ("Chief executive Jonas Vereecken said costs rose.", 1.0),
        ("Chief executive Owen Castell said the mine was delayed.", 0.9),
        ("Helena Sarmento, the airline's chief executive, said so.", 0.8),
    )
    relevance = {("d1", 0): 0.6, ("d1", 1): 0.5, ("d1", 2): 0.2}
    texts = [s.text for s in hit.sentences]
    assert [e.sentence for e in select_evidence([hit], relevance, 2, 0.6)] == texts[:2]

    def names_sarmento(sentence: str, previous: str) -> bool:
        return "Sarmento" in sentence

    chosen = select_evidence([hit], relevance, 2, 0.6, names_sarmento)
    assert [e.sentence for e in chosen] == [texts[0], texts[2]]


def test_a_heading_inside_an_article_is_no_evidence():
    hit = passage_of(
        ("Fans' golden share", 1.0),
        ("The share gives the trust a veto over any change to the club's name.", 0.8),
    )
    relevance = {("d1", 0): 0.5, ("d1", 1): 0.3}
    assert [e.sentence for e in select_evidence([hit], relevance, 2, 0.6)] == [
        hit.sentences[1].text
    ]
    assert is_heading("Brief outages in west Phoenix")
    assert not is_heading("ARPANET became operational in 1969.")
    assert not is_heading("Rocha finally joins Ashford Rovers for a club-record fee of £62m")
    for fact in ("Founded: 2009", "Arsenal 2 Chelsea 1", "Revenue | $4.2bn | 2023"):
        assert not is_heading(fact), fact


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


def test_a_draft_cannot_move_the_answer_to_a_sentence_without_the_asked_for_kind():
    colour = evidence_at(1, "The train has an olive green paint scheme.", 0, 0.8)
    route = evidence_at(2, "The train passed the junction and headed north.", 100, 0.7)
    evidence = [colour, route]
    question = "What colour is the train?"
    assert of_answer_type(question, [route], evidence, colour) == []
    assert of_answer_type(question, [route, colour], evidence, colour) == [colour]
    # Untyped questions, and typed ones whose best and quoted sentences lack the type, keep
    # the choice; the quoted sentence holding it is enough.
    assert of_answer_type("Why did the train stop?", [route], evidence, colour) == [route]
    assert of_answer_type("How many cars does it have?", [route], evidence, colour) == [route]
    assert of_answer_type(question, [route], [route], route) == [route]
    assert of_answer_type(question, [route], [route], colour) == []


def test_a_dateline_is_no_answer_to_who_where_or_when():
    # Where and when the story was filed: "GENEVA, Sept 18 (Northwire) – ".
    lead = "GENEVA, September 18 (Northwire) – astronomers detected water vapour on a planet."
    assert not has_answer_type("date", lead, "When was water vapour detected?")
    assert not has_answer_type("name", lead, "Who detected water vapour?")
    dated = "NEW YORK, Jan. 5, 2024 (AP) — The plant will close in March."
    assert has_answer_type("date", dated, "When will the plant close?")
    assert DATELINE.match(dated)[0] == "NEW YORK, Jan. 5, 2024 (AP) — "


def test_what_is_to_come_may_be_dated_from_now():
    expected = "A preliminary report is expected within 30 days."
    assert has_answer_type("date", expected, "When is the preliminary report expected?")
    for told in ("It will open next month.", "It opens in the coming weeks."):
        assert has_answer_type("date", told, "When will the bridge open?"), told
    # Not what has been: "within 30 days" of what?
    assert not has_answer_type("date", expected, "When was the report published?")
    assert not has_answer_type("date", "It will open soon.", "When will the bridge open?")
    for other in (
        "Ferries are set to return for the first time in ten months.",
        "He was released within two days of his arrest.",
    ):
        assert not has_answer_type("date", other, "When will the ferries return?"), other
    assert not has_answer_type("date", expected, "When was the report scheduled?")
    said = "When did officials say the report would be published?"
    assert has_answer_type("date", expected, said)


def test_what_time_asks_for_a_time_of_day():
    assert answer_type("At what time did the tremor hit?") == "time"
    assert answer_type("During which hours will the turbines stand idle?") == "time"
    assert answer_type("At what times do the lights go off?") == "time"
    assert answer_type("At what hour did the tremor hit?") == "time"
    assert answer_type("What times did the runners record in the final?") is None
    assert answer_type("In which hours of the night did it hit?") != "time"
    quake = "The quake hit at 4:52 a.m. local time, the institute said."
    earlier = "It was the strongest quake since 1987, when a tremor killed 41 people."
    assert has_answer_type("time", quake, "What time did it hit?")
    assert not has_answer_type("time", earlier, "What time did it hit?")
    # A time of day answers "when" as a date does.
    assert has_answer_type("date", quake, "When did the quake hit?")
    # A race time in hours, minutes and seconds is no time of day.
    best = "Her previous best was 1:10:52 for the half marathon, and she won in 2:26:41."
    assert not has_answer_type("time", best, "At what time did the marathon start?")
    assert has_answer_type("time", "The gun went at 8.45am.", "At what time did it start?")
    # Unless "at" or a time zone says it is one.
    quake = "The quake struck at 04:32:15, and a second at 04:40:02 GMT."
    assert has_answer_type("time", quake, "At what time did the quake strike?")
    assert not has_answer_type("time", "She won in 2:26:41am.", "At what time did she win?")


def test_a_year_group_is_no_year():
    assert answer_type("Which year group is Ellie Marsh in?") is None
    assert answer_type("What year-olds are eligible?") is None
    assert answer_type("What year-long ban was imposed?") is None
    assert answer_type("Which year did the line close?") == "date"


def test_a_sentence_opening_with_an_age_refers_back():
    # "The 27-year-old broke the record" is about whom the sentence before names.
    assert needs_context("The 27-year-old broke the previous record.")
    assert not needs_context("A 27-year-old man collapsed near the finish.")


def test_an_articles_missing_term_is_read_from_all_its_retrieved_passages_and_title():
    texts = [
        "The unemployment rate, currently 3.6 per cent, will rise.",
        "Ms Bullock will face questions about the rate rise.",
        "Jobless claims in Latvia fell to a record low.",
        "Jobless numbers rose in Riga.",  # indexed, not retrieved: "jobless" is the commoner
    ]
    bm25 = BM25Index.build(np.arange(len(texts)), texts)

    def hit(chunk_id: int, doc_id: str, title: str) -> Hit:
        text = texts[chunk_id]
        return Hit(chunk_id, doc_id, title, None, None, None, text, 0, len(text), 1.0, 0.5, 1.0, ())

    hits = [hit(0, "rba", "RBA lifts rates"), hit(1, "rba", "RBA lifts rates")]
    hits.append(hit(2, "riga", "Latvian economy"))
    asked = set(question_terms("What did Bullock say about the jobless rate?"))
    missing = article_missing_share(asked, hits, bm25)
    # The rate article never says "jobless", though its second passage names Bullock; the
    # other article lacks Bullock, the rarer term, and so lacks more.
    assert 0 < missing["rba"] < missing["riga"] < 1
    assert article_missing_share(set(question_terms("Bullock rate")), hits, bm25)["rba"] == 0


def test_the_text_before_a_sentence_follows_its_references_back_to_a_name():
    named = "Dr Tom Whitlow, a GP, said the obstacle was practical."
    quoted = "“Parents aren't against vaccines,” he said."
    more = "“They come.”"
    practice = "He said his practice had phoned about 600 families."
    after = "Amira Haddad took her son for a dose."
    hits = [passage_of(*((text, 0.5) for text in (named, quoted, more, practice, after)))]
    before = {start: text for (_, start), text in sentences_before(hits).items()}
    starts = [s.start for s in hits[0].sentences]
    assert before[starts[3]] == f"{named} {quoted} {more}"
    assert before[starts[2]] == f"{named} {quoted}"
    assert before[starts[1]] == named  # which needs nothing before it
    assert before[starts[4]] == f"{quoted} {more} {practice}"  # three sentences at most
    assert starts[0] not in before
    # A role's holder is read further back: "Her coach, ..." after quotations and "she said".
    said = [f"“I was tired {n},” she said." for n in range(7)]
    hits = [passage_of(*((text, 0.5) for text in (named, *said, after)))]
    before = {start: text for (_, start), text in sentences_before(hits, 6).items()}
    assert before[hits[0].sentences[-1].start] == " ".join(said[1:])  # six at most


def test_a_date_question_is_answered_by_a_near_best_sentence_that_tells_a_date():
    why = evidence_at(1, "Northway said branch visits had fallen by 64 per cent.", 0, 0.5)
    shut = evidence_at(2, "Northway Bank will shut its branch on 19 September.", 60, 0.28)
    asked = "On what date will Northway close its branch?"
    assert dated_best(asked, [why, shut]) is shut
    assert dated_best(asked, [why, dataclasses.replace(shut, relevance=0.2)]) is None  # far below
    assert dated_best("Why will Northway close its branch?", [why, shut]) is None
    # "By when ...?" asks for a deadline, which "by" gives.
    easter = evidence_at(1, "Boats will use the restored section from Easter.", 0, 0.23)
    by = evidence_at(2, "The trust hopes to complete that work by 2035.", 60, 0.2)
    assert dated_best("By when does the trust hope to restore the canal?", [easter, by]) is by
    assert dated_best("When will boats use the canal?", [easter, by]) is None
    # When the best tells a date, the ranker's choice stands.
    opened = evidence_at(1, "The branch opened on 4 May 1921.", 0, 0.5)
    assert dated_best(asked, [opened, shut]) is None
    # A time of day likewise.
    lead = evidence_at(1, "A snow leopard has been filmed by a camera trap in Karatau.", 0, 0.23)
    footage = evidence_at(2, "The footage, recorded at 3.12am, shows an adult male.", 90, 0.18)
    assert dated_best("At what time of night was the leopard filmed?", [lead, footage]) is footage
    # "Since when ...?" asks when a stretch began, which a date alone does not tell.
    asked = "Since when has the land been set aside for a road?"
    ruled = evidence_at(1, "The court ruled that notices given in September fell short.", 0, 0.4)
    since = evidence_at(2, "KeNHA said the land had been reserved for a road since 1987.", 90, 0.3)
    assert dated_best(asked, [ruled, since]) is since
    assert dated_best(asked, [dataclasses.replace(since, relevance=0.5), ruled]) is None
    for since in ("It has stood empty since the mid-1990s.", "It was bought in 1987 and has "
                  "been closed since the end of 2019.", "It has been theirs since March."):  # fmt: skip
        assert has_answer_type("date", since, asked), since
    assert not has_answer_type("date", "It is hard to say, since may be too soon.", asked)


def test_the_sentence_after_the_best_answers_when_it_holds_more_of_the_question():
    asked = "An evaporative cooling tower is also referred to as what kind of cooling tower?"
    dry = evidence_at(1, "A dry type cooling tower is similar to a car radiator.", 0, 0.72)
    wet = evidence_at(2, "Evaporative (wet) cooling towers evaporate water.", dry.end + 1, 0.71)
    assert fuller_next(asked, [dry, wet]) is wet
    # Not one rated far lower, nor one that is not right after the best.
    assert fuller_next(asked, [dry, evidence_at(2, wet.sentence, dry.end + 1, 0.3)]) is None
    assert fuller_next(asked, [dry, evidence_at(2, wet.sentence, dry.end + 90, 0.71)]) is None
    # Nor one that holds no more of the question than the best.
    other = evidence_at(2, "Such towers have visible plumes.", dry.end + 1, 0.71)
    assert fuller_next(asked, [dry, other]) is None
    # One that refers back to the best holds the best's terms through it.
    asked = "What did Davies want to build?"
    lead = evidence_at(1, "In 1965 Donald Davies developed the same routing method.", 0, 0.11)
    built = evidence_at(2, "He proposed to build a network in the UK.", lead.end + 1, 0.1)
    assert fuller_next(asked, [lead, built]) is built
    named = evidence_at(2, "Roberts proposed to build a network.", lead.end + 1, 0.1)
    assert fuller_next(asked, [lead, named]) is None
    # Rated at least half as high as the best.
    lower = evidence_at(2, built.sentence, lead.end + 1, 0.06)
    assert fuller_next(asked, [lead, lower]) is lower
    assert fuller_next(asked, [lead, evidence_at(2, built.sentence, lead.end + 1, 0.05)]) is None
    # Not when the best holds the date asked for, nor for a question answered yes or no: a
    # sentence that refers back shares the best's terms, not what it says.
    recorded = evidence_at(1, "The orchid was last recorded in the wild in 1984.", 0, 0.3)
    extinct = evidence_at(2, "It was declared extinct in 1993, though it still grows in Norway.",
                          recorded.end + 1, 0.2)  # fmt: skip
    asked = "When had the orchid last been recorded growing wild?"
    assert fuller_next(asked, [recorded, extinct]) is None
    assert fuller_next("Where had the orchid last been recorded growing?", [recorded, extinct])
    # A year the question names is no date the best tells.
    built = evidence_at(1, "The 2012 Olympic stadium in Stratford was built for the games.", 0, 0.5)
    converted = evidence_at(2, "It was converted into a football ground in 2016.", built.end + 1,
                            0.4)  # fmt: skip
    asked = "When was the 2012 Olympic stadium converted into a football ground?"
    assert fuller_next(asked, [built, converted]) is converted
    sent = evidence_at(1, "Dodds sent Lowther a message of congratulations.", 0, 0.24)
    quoted = evidence_at(2, "“Records are there to be broken,” he told the Gazette.",
                         sent.end + 1, 0.17)  # fmt: skip
    assert fuller_next("Did the former record holder congratulate Lowther?", [sent, quoted]) is None
    assert fuller_next("What did the former record holder send Lowther?", [sent, quoted])


def test_the_quotation_going_on_with_the_best_ones_speaker_that_holds_most_answers():
    asked = "What size of plane did the aviation consultant say could break even on the route?"
    said = evidence_at(1, "Aviation consultant Michael Teague said the route could be made to work "
                       "with a smaller aircraft.", 0, 0.28)  # fmt: skip
    loss = evidence_at(2, '"A 34-seat plane flying half empty is a loss-maker," he said.',
                       said.end + 1, 0.15)  # fmt: skip
    even = evidence_at(3, '"A 19-seater flying three times a week could break even."',
                       loss.end + 1, 0.22)  # fmt: skip
    assert fuller_next(asked, [said, loss, even]) is even
    # Words of someone else, or not going on from the best, do not.
    other = dataclasses.replace(even, sentence="A 19-seater, Ms Reid said, could break even.")
    assert fuller_next(asked, [said, loss, other]) is loss
    assert fuller_next(asked, [said, loss, dataclasses.replace(even, start=loss.end + 90)]) is loss


def test_a_sentence_naming_the_kind_a_which_question_asks_may_be_rated_low():
    asked = "Which gene does the Paisley joiner in the trial have a faulty copy of?"
    joiner = evidence_at(1, "One taking part in the trial is Craig Lee, a joiner from Paisley.", 0,
                         0.58)  # fmt: skip
    gene = evidence_at(2, "He carries a faulty version of a gene called C9orf72.", joiner.end + 1,
                       0.24)  # fmt: skip
    assert fuller_next(asked, [joiner, gene]) is gene
    # Not one that names no gene, nor one after a best that names the kind already.
    unnamed = evidence_at(2, "He carries a faulty version of it.", joiner.end + 1, 0.24)
    assert fuller_next(asked, [joiner, unnamed]) is None
    named = evidence_at(1, "The joiner from Paisley in the trial has a rare gene.", 0, 0.58)
    assert fuller_next(asked, [named, dataclasses.replace(gene, start=named.end + 1)]) is None
    # A sentence that only mentions the kind names none of it.
    joined = evidence_at(1, "Smith, 24, joined Rovers in May.", 0, 0.58)
    team = evidence_at(2, "He said the team was ambitious.", joined.end + 1, 0.24)
    assert fuller_next("Which team did Smith join?", [joined, team]) is None


def test_a_best_sentence_naming_what_is_asked_keeps_its_place():
    plant = "The plant, in the town of Ponte de Sor, will employ about 140 people."
    town = evidence_at(1, plant, 0, 0.30)
    panels = "It will be able to make 180,000 cubic metres of insulation panels a year."
    after = evidence_at(2, panels, town.end + 1, 0.25)
    asked = "In which town will the insulation plant be built?"
    assert fuller_next(asked, [town, after]) is None
    unnamed = evidence_at(1, "The plant will employ about 140 people in the town.", 0, 0.30)
    following = dataclasses.replace(after, start=unnamed.end + 1)
    assert fuller_next(asked, [unnamed, following]) is following
    # Nor is a name given by what something is called passed over.
    marsh = evidence_at(1, "The marsh straddles the border with Iran, where it is known as Hoor "
                        "al-Azim.", 0, 0.66)  # fmt: skip
    fed = "It is fed by the Tigris on the Iraqi side and by the Karkheh in Iran."
    side = evidence_at(2, fed, marsh.end + 1, 0.46)
    called = "What is the marsh called on the Iranian side of the border?"
    assert fuller_next(called, [marsh, side]) is None
    across = evidence_at(1, "The marsh straddles the border with Iran.", 0, 0.66)
    assert (
        fuller_next(called, [across, dataclasses.replace(side, start=across.end + 1)]) is not None
    )
    # Unless the one after names it too, holding more of the question.
    iraq = evidence_at(1, "The marsh, called the Hawizeh in Iraq, straddles the border.", 0, 0.6)
    known = "It is known as Hoor al-Azim on the Iranian side of the border."
    iran = evidence_at(2, known, iraq.end + 1, 0.5)
    assert fuller_next(called, [iraq, iran]) is iran
    coruche = "Sobreiral, based in the town of Coruche, said the insulation plant would open."
    based = evidence_at(1, coruche, 0, 0.6)
    built = evidence_at(2, "It will be built in the town of Ponte de Sor.", based.end + 1, 0.5)
    assert fuller_next(asked, [based, built]) is built
    # A people's adjective or a year names none of the kind.
    for unnamed in ("It is a small Portuguese town.", "In 2024 town officials met."):
        best = evidence_at(1, unnamed, 0, 0.30)
        assert fuller_next(asked, [best, dataclasses.replace(after, start=best.end + 1)])


def test_a_best_sentence_that_ends_in_a_colon_gives_way_to_one_rated_near_it():
    colon = evidence_at(
        1, "Thus, a typical complexity class has a definition like the following:", 0, 0.25
    )
    said = evidence_at(2, "Many complexity classes are suspected to be unequal.", 80, 0.23)
    far = evidence_at(2, "Many complexity classes are suspected to be unequal.", 80, 0.05)
    assert complete_best([colon, said]) is said
    assert complete_best([colon, far]) is None
    best = evidence_at(2, said.sentence, 80, 0.4)
    assert complete_best([colon, best]) is None


def test_a_sentence_going_on_about_whom_the_best_introduces_may_be_rated_low():
    asked = "When did the chair of the Marbury Sight Loss Forum break his wrist?"
    chair = "Graham Sutcliffe, 62, who is registered blind, chairs the Marbury Sight Loss Forum."
    broke = "He broke his wrist in 2024 when he tripped over a scooter on Castle Street."
    best = evidence_at(1, chair, 0, 0.28)
    assert fuller_next(asked, [best, evidence_at(2, broke, best.end + 1, 0.1)]).sentence == broke
    # Rated below a fifth of the best, or not referring back, it must be rated half as high.
    assert fuller_next(asked, [best, evidence_at(2, broke, best.end + 1, 0.05)]) is None
    named = broke.replace("He broke", "Sutcliffe broke")
    assert fuller_next(asked, [best, evidence_at(2, named, best.end + 1, 0.1)]) is None
    # Nor when the best holds the kind of answer asked for.
    asked = "Who first taught Arjun to play chess?"
    taught = evidence_at(
        1, "Arjun learned to play when his grandfather, Harbhajan, taught him.", 0, 0.5
    )
    joined = "He joined Leicester Chess Club at seven."
    assert fuller_next(asked, [taught, evidence_at(2, joined, taught.end + 1, 0.15)]) is None
    # A sum asked for by what was spent, which the best lacks, is in the words that follow.
    asked = "What did the Spalding farmer who hosted some of the plots spend on fertiliser?"
    farmer = evidence_at(1, "Tom Rudd, who farms near Spalding, hosted four of the plots.", 0, 0.5)
    spent = '"I spent about £190,000 on fertiliser last year," he said.'
    quoted = evidence_at(2, spent, farmer.end + 1, 0.11)
    assert fuller_next(asked, [farmer, quoted]) is quoted
    # A thing the best introduces is gone on about by "It", which must be rated half as high.
    asked = "What theoretical device manipulates symbols?"
    model = evidence_at(1, "A Turing machine is a mathematical model of a computer.", 0, 0.3)
    device = "It is a theoretical device that manipulates symbols on a tape."
    assert fuller_next(asked, [model, evidence_at(2, device, model.end + 1, 0.1)]) is None
    rated = evidence_at(2, device, model.end + 1, 0.2)
    assert fuller_next(asked, [model, rated]) is rated


def test_a_rank_is_asked_for_and_given_as_a_place_in_a_ranking():
    asked = "What was Yangzom's world ranking going into the Antalya event?"
    assert answer_type(asked) == "rank"
    assert answer_type("What is her seeding in Antalya?") == "rank"
    for other in ("What seed did the farmers sow?", "What rank did he hold in the army?"):
        assert answer_type(other) != "rank", other
    for given in ("Yangzom, who was ranked 58th in the world", "the ninth seed", "world No 3",
                  "seeded third", "rose to 14th in the rankings"):  # fmt: skip
        assert has_answer_type("rank", given, asked), given
    for other in ("She won 6-4 in the final.", "She has 58 medals.", "ranked among the best",
                  "The hotel is rated 4 stars."):  # fmt: skip
        assert not has_answer_type("rank", other, asked), other
    assert answer_type("How did the ranking change?") != "rank"


def test_odds_are_asked_for_and_given_as_betting_odds():
    asked = "What were the winning horse's odds?"
    assert answer_type(asked) == "odds"
    assert "odd" not in question_terms(asked)
    for given in (
        "steering a 33-1 outsider to victory",
        "She started at 5/2.",
        "the 7-4 favourite",
    ):
        assert has_answer_type("odds", given, asked), given
    # A score, a date, a fraction or a count is no odds.
    for other in (
        "Hallam Bridge beat Calderford 2-1 on Saturday.",
        "They came back from 2-1 down.",
        "The shop is open 24/7.",
        "on 12/05/2024",
        "18 runners",
    ):
        assert not has_answer_type("odds", other, asked), other
    # Nor is a question at odds, against the odds, or for a chance.
    for other in (
        "What are the two ministers at odds over?",
        "What did the team achieve against the odds?",
        "What are the odds of a rate cut?",
    ):
        assert answer_type(other) != "odds", other


def test_a_question_for_odds_or_a_colour_needs_a_sentence_near_the_best_giving_one():
    second = evidence_at(1, "The favourite, Brackenhill Boy, was second.", 0, 0.7)
    priced = evidence_at(2, "Brackenhill Boy started as the 7-4 favourite.", 60, 0.5)
    asked = "What were the odds on the favourite, Brackenhill Boy?"
    assert without_named_kind(asked, [second])
    assert not without_named_kind(asked, [second, priced])
    # Rated far below the best, it gives none.
    assert without_named_kind(asked, [second, dataclasses.replace(priced, relevance=0.1)])
    assert without_named_kind("What colour is the train?", [second])
    # So is a rank.
    beat = evidence_at(1, "Dennis Haworth, 58, beat Zhou Hanlin by 10 frames to 7.", 0, 0.3)
    ranked = evidence_at(2, "Haworth, who is ranked 71st in the world, plays on Monday.", 90, 0.2)
    asked = "What is Dennis Haworth's current world ranking?"
    assert answer_type(asked) == "rank"
    assert without_named_kind(asked, [beat])
    assert not without_named_kind(asked, [beat, ranked])
    # Other kinds are left to other rules.
    assert not without_named_kind("Who was second?", [second])
