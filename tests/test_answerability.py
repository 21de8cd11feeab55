"""Answerability features that compare a question with the sentence the evidence ranker rates
best: pure logic, over hand-built hits and a bag-of-words embedder."""

import dataclasses

import numpy as np

from rag.answerability import (
    Features,
    _titled_numbers,
    best_context,
    decided,
    features,
    load_calibration,
    negated_by_prefix,
)
from rag.citations import in_its_decade
from rag.lexical import BM25Index
from rag.types import Evidence, Hit, ScoredSentence
from tests.conftest import HashEmbedder

SENTENCES = [
    "The bridge over the river opened in 1932.",
    "It was designed by the engineer Anna Berg.",
    "Traffic on it doubled within a decade.",
]


def hit(texts: list[str] = SENTENCES) -> Hit:
    text, sentences, at = "", [], 0
    for i, sentence in enumerate(texts):
        sentences.append(ScoredSentence(i, at, at + len(sentence), sentence, 1.0 - 0.1 * i))
        text += sentence + " "
        at += len(sentence) + 1
    return Hit(
        chunk_id=1, doc_id="d1", title="Harbour Bridge", source=None, date=None, url=None,
        text=text.strip(), start=0, end=len(text.strip()), score=1.0, dense_score=0.5,
        bm25_score=1.0, sentences=tuple(sentences),
    )  # fmt: skip


def evidence(best: int, texts: list[str] = SENTENCES) -> list[Evidence]:
    h = hit(texts)
    return [
        Evidence(
            marker=i + 1,
            sentence=s.text,
            doc_id=h.doc_id,
            title=h.title,
            source=None,
            date=None,
            start=s.start,
            end=s.end,
            score=s.score,
            relevance=0.9 if s.index == best else 0.1,
        )
        for i, s in enumerate(h.sentences)
    ]


def compute(question: str, best: int = 1, texts: list[str] = SENTENCES):
    bm25 = BM25Index.build(np.array([1]), [" ".join(texts)])
    relevance = {("d1", i): (0.9 if i == best else 0.1) for i in range(len(texts))}
    embedder = HashEmbedder()
    return features(
        question, [hit(texts)], evidence(best, texts), bm25, embedder.embed_documents, relevance
    )


def test_best_context_is_the_best_rated_sentence_with_the_one_before_it():
    assert best_context([hit()], evidence(1)) == f"{SENTENCES[0]} {SENTENCES[1]}"
    assert best_context([hit()], evidence(0)) == SENTENCES[0]
    assert best_context([hit()], []) == ""


def test_negation_the_best_context_lacks_is_flagged():
    assert compute("Who designed the bridge?").unmatched_negation == 0.0
    assert compute("Who did not design the bridge?").unmatched_negation == 1.0
    assert compute("Who didn't design the bridge?").unmatched_negation == 1.0
    # A why-question's negation is what the reason explains, in whatever words.
    assert compute("Why was the bridge not designed by Lund?").unmatched_negation == 0.0


def test_a_name_the_best_sentences_article_is_titled_by_is_no_missing_term():
    texts = ["The manager, Padraig Dooley, is a maths teacher in Birr.", "The club won."]
    asked = "What does Glenmoher's manager do for a living?"
    bm25 = BM25Index.build(np.array([1]), [" ".join(texts)])
    relevance = {("d1", 0): 0.9, ("d1", 1): 0.1}
    embed = HashEmbedder().embed_documents

    def missing(title: str) -> float:
        titled = [dataclasses.replace(e, title=title) for e in evidence(0, texts)]
        return features(asked, [hit(texts)], titled, bm25, embed, relevance).missing_key_term

    assert missing("Glenmoher snatch first All-Ireland title") == 0.0
    assert missing("Offaly club snatch first All-Ireland title") > 0.3


def test_a_property_a_sentence_states_by_its_value_is_no_missing_term():
    texts = [
        "The fresco, about 3.4 metres wide and 2.1 metres high, shows the Madonna.",
        "It is old.",
    ]
    asked = "What are the dimensions of the fresco?"
    assert compute(asked, best=0, texts=texts).missing_key_term == 0.0
    unsized = ["The fresco shows the Madonna and Child.", "It is old."]
    assert compute(asked, best=0, texts=unsized).missing_key_term >= 0.5
    # A height is one told as a height, on the question's topic.
    far = ["The farmhouse is 730 metres from the nearest turbine.", "It is old."]
    assert compute("What is the height of the turbines?", best=0, texts=far).missing_key_term > 0.3
    # Not a sum, which a sentence may give of anything.
    priced = ["The fresco, restored for €180,000, shows the Madonna.", "It is old."]
    assert compute("What is the value of the fresco?", best=0, texts=priced).missing_key_term > 0.3
    # But a sum put into something, in any verb for it.
    spent = ["Floraandes said it would spend 28 million dollars on a farm.", "It is new."]
    invested = "How much is Floraandes investing in the farm?"
    assert compute(invested, best=0, texts=spent).missing_key_term == 0.0
    unpriced = ["Floraandes said it would spend a year on a farm.", "It is new."]
    assert compute(invested, best=0, texts=unpriced).missing_key_term > 0.3
    elsewhere = ["Tourists spend $50 a night at a farm.", "It is new."]
    assert compute(invested, best=0, texts=elsewhere).missing_key_term > 0.3


def test_number_missing_from_the_best_context_is_flagged():
    assert compute("Who designed the bridge that opened in 1932?").missing_number == 0.0
    assert compute("Who designed the bridge that opened in 1935?").missing_number == 1.0
    # The year is in the first sentence, outside the context of the third.
    assert compute("How did traffic change after 1932?", best=2).missing_number == 1.0
    # A number word in the question is no stated number: "which one" is not "1".
    assert compute("Which one of the bridges opened in 1932?").missing_number == 0.0
    # A decade is stated by a year of it.
    assert compute("Who designed the bridges that opened in the 1930s?").missing_number == 0.0
    assert compute("Who designed the bridges that opened in the 1940s?").missing_number == 1.0
    assert compute("Who designed the bridges that opened in the mid-1930s?").missing_number == 0.0
    assert in_its_decade("1930", "What opened in the 1930s?", "It opened in mid-1932.")
    # A number the article's title writes before the same word frames every sentence of it.
    title = "Kyrgyz bard recites the Manas epic for 11 nights"
    assert _titled_numbers("How many lines did he recite over the 11 nights?", title) == {"11"}
    assert not _titled_numbers("How many lines did he recite on 11 stages?", title)
    assert not _titled_numbers("What did he recite in 2025?", "Bard recites epic in 2025")
    assert not _titled_numbers("Which striker scored 3 in the final?", "Rovers beat City 3 to 1")


def test_an_age_the_question_calls_someone_by_need_only_be_in_the_article():
    texts = [
        "The lollipop man, 86, retired on Friday.",
        "Children gave him a card.",
        "He said his knees were not what they were.",
    ]
    asked = "Why has the 86-year-old retired?"
    found = compute(asked, 2, texts)
    assert found.missing_number == 0.0 and found.missing_key_term < 0.3
    # A number the question asks with, not calls someone by, must be in the best context.
    assert compute("Why did he retire at 86?", 2, texts).missing_number == 1.0
    texts[0] = "The lollipop man retired on Friday."
    assert compute(asked, 2, texts).missing_number == 1.0
    # Nor is a number the article gives of something else an age.
    texts[0] = "The lollipop man retired on Friday, after 86 pupils signed a card."
    assert compute(asked, 2, texts).missing_number == 1.0


def test_name_in_no_evidence_sentence_nor_a_title_is_flagged():
    assert compute("What did Anna Berg design?").missing_name == 0.0
    assert compute("What did Anna Berg design?", best=2).missing_name == 0.0  # in evidence
    assert compute("Who designed the Harbour Bridge?").missing_name == 0.0  # in the title
    assert compute("What did Anna Lund design?").missing_name == 1.0
    assert compute("Who designed it?").missing_name == 0.0  # the first word is no name


def test_name_outside_the_best_context_and_its_title_is_flagged():
    assert compute("What did Anna Berg design?").name_beside_best == 0.0
    # Named in another evidence sentence only: a near miss about someone else may be.
    assert compute("What did Anna Berg design?", best=2).name_beside_best == 0.0  # one before
    assert compute("What did Anna Berg design?", best=0).name_beside_best == 1.0
    assert compute("What did Anna Berg design?", best=0).missing_name == 0.0
    assert compute("When did the Harbour Bridge open?", best=0).name_beside_best == 0.0  # title


def test_a_name_the_best_sentence_refers_back_to_is_beside_it():
    # "Her coach" is Dunphy's, two sentences back through "She began ...".
    texts = [
        "The marathon was held in cool conditions.",
        "Dunphy played camogie until she tore a ligament.",
        "She began running to rebuild her fitness.",
        "Her coach, Sean Tobin, is a former national champion.",
    ]
    asked = "What title did Dunphy's coach win?"
    assert compute(asked, best=3, texts=texts).name_beside_best == 0.0
    # Not past a sentence that refers to no one before it.
    texts[2] = "Running came later, after surgery."
    assert compute(asked, best=3, texts=texts).name_beside_best == 1.0
    # Nor for a best sentence that refers to no one: a near miss about someone else.
    texts = [
        "Halvorsen agreed to sell its 12% stake in the port.",
        "It said the sale would close in May.",
        "Shares in Kestrel rose 4% on Monday.",
    ]
    asked = "How much did Halvorsen's shares rise?"
    assert compute(asked, best=2, texts=texts).name_beside_best == 1.0


def test_a_name_the_best_context_calls_by_the_kind_its_article_introduces_it_as_is_mentioned():
    texts = [
        "In Oskatin Lake, a Cree community of 1,400 people, milk costs C$15.",
        "The winter road has not opened this year.",
        "She said the community's fuel tanks held enough diesel to last until April.",
    ]
    asked = "How long will the diesel in Oskatin Lake's tanks last?"
    assert compute(asked, best=2, texts=texts).name_beside_best == 0.0
    # Not by a kind the article does not introduce it as.
    other = [*texts[:2], texts[2].replace("community's", "town's")]
    assert compute(asked, best=2, texts=other).name_beside_best == 1.0
    # Nor where no evidence sentence names it but the best calls it by its kind.
    unnamed = [texts[0].replace("Oskatin", "Nearby"), *texts[1:]]
    assert compute(asked, best=2, texts=unnamed).missing_name == 1.0


def test_a_name_the_best_context_calls_by_the_word_its_full_name_ends_with_is_mentioned():
    texts = [
        "Fire has destroyed the Pavilion Ballroom at the end of Brenmouth pier.",
        "Firefighters fought the blaze for six hours.",
        "The ballroom was built in 1934, replacing a concert hall.",
    ]
    asked = "When was the Pavilion Ballroom built?"
    assert compute(asked, best=2, texts=texts).name_beside_best == 0.0
    # Not when the article ends another name with that word too: "the ballroom" could be either.
    other = [texts[0] + " The Winter Gardens Ballroom was spared.", *texts[1:]]
    assert compute(asked, best=2, texts=other).name_beside_best == 1.0
    # Even where the article only writes it with an "'s".
    owned = [texts[0].replace("the Pavilion Ballroom at", "the Pavilion Ballroom’s roof at")]
    assert compute(asked, best=2, texts=owned + texts[1:]).name_beside_best == 0.0


def test_a_typed_question_is_flagged_when_the_best_context_holds_its_kind_of_answer():
    assert compute("When did the bridge open?", best=0).typed_best == 1.0  # "in 1932"
    assert compute("When was the bridge designed?", best=1).typed_best == 0.0
    assert compute("Who designed the bridge?", best=1).typed_best == 1.0  # "Anna Berg"
    untyped = compute("Why was the bridge built?", best=0)  # no kind asked
    assert (untyped.typed_question, untyped.typed_best) == (0.0, 0.0)
    assert compute("When was the bridge designed?", best=1).typed_question == 1.0


def test_best_relevance_is_the_rankers_best_probability():
    assert compute("Who designed the bridge?").best_relevance == 0.9


def test_the_judged_refusal_model_reads_the_generators_yes_probability():
    judged = load_calibration(use_generator=True)
    assert "yes_probability" in judged.names
    assert "yes_probability" not in load_calibration().names
    base = dict(
        top_dense=0.5, missing_key_term=0.0, best_relevance=0.5, unmatched_negation=0.0,
        missing_number=0.0, missing_name=0.0, name_beside_best=0.0,
        typed_question=1.0, typed_best=1.0,
    )  # fmt: skip
    no, yes = (judged.probability(Features(**base, yes_probability=p)) for p in (0.1, 0.9))
    # Fitted, it weighs the yes-probability next to nothing (the judge is off by default).
    assert yes != no and abs(yes - no) < 0.05


def test_the_reported_answerability_ranks_questions_as_the_decision_does():
    threshold = 0.3
    # A rule's refusal reports less than any answer needs, whatever the model's probability,
    # and keeps the probability's order among refusals.
    assert decided(0.9, threshold, settled=False, unanswered=True) < threshold
    assert decided(0.2, threshold, False, True) < decided(0.9, threshold, False, True)
    # A settled answer reports at least the threshold, in the probability's order; otherwise
    # the probability stands.
    assert decided(0.0, threshold, settled=True, unanswered=False) == threshold
    assert threshold < decided(0.1, threshold, True, False) < decided(0.2, threshold, True, False)
    assert decided(1.0, threshold, settled=True, unanswered=True) == 1.0
    assert decided(0.25, threshold, settled=False, unanswered=False) == 0.25
    # A threshold set to a bound (or beyond one) keeps the score between 0 and 1.
    assert decided(0.9, 0.0, False, True) == 0.0 and decided(0.5, 1.0, True, False) == 1.0
    assert decided(0.5, 1.5, True, False) == 1.0 and decided(0.5, -0.2, False, True) == 0.0


def test_a_context_saying_no_in_other_words_matches_a_negating_question():
    texts = [
        "Six containers fell from the ship.",
        "Four have since been found, but two are still missing.",
    ]
    assert compute("How many containers have not been found?", 1, texts).unmatched_negation == 0.0
    texts[1] = "Four have since been found and taken to Portland."
    assert compute("How many containers have not been found?", 1, texts).unmatched_negation == 1.0
    # Something missing is no state of what is asked about.
    texts[1] = "Four were found by a missing teenager's father."
    assert compute("How many containers have not been found?", 1, texts).unmatched_negation == 1.0
    # An activity given up is one no longer done.
    texts = ["The library lends 40,000 books a year.", "It stopped charging fines in 2019."]
    asked = "Since when has the library not charged fines?"
    assert compute(asked, 1, texts).unmatched_negation == 0.0
    texts[1] = "It started charging fines in 2019."
    assert compute(asked, 1, texts).unmatched_negation == 1.0
    texts[1] = "It stopped during the morning rush in 2019."
    assert compute(asked, 1, texts).unmatched_negation == 1.0


def test_a_word_of_opposite_prefix_says_what_a_question_negates():
    texts = ["The school surveyed 1,020 pupils.", "About 22% said they disliked the ban."]
    asked = "What share of pupils said they did not like the ban?"
    assert compute(asked, 1, texts).unmatched_negation == 0.0
    texts[1] = "About 22% said they liked the ban."
    assert compute(asked, 1, texts).unmatched_negation == 1.0
    assert negated_by_prefix("Why are the banks not happy?", "The banks are unhappy.")
    assert negated_by_prefix("Who didn't agree?", "Two members disagreed.")
    # Only a word of opposite prefix counts: "inside" is no "not side", "display" no "not
    # play", "unlike" no "not like".
    assert not negated_by_prefix("Why did they not side with him?", "He stood inside.")
    assert not negated_by_prefix("Who did not play in the final?", "It went on display.")
    assert not negated_by_prefix("Who did not like it?", "Unlike last year, it rained.")
    assert negated_by_prefix("Who didn’t agree?", "Two members disagreed.")


def test_a_negated_question_is_answered_by_the_sentence_going_on_that_negates():
    from rag.answerability import _says_negated, negated_after_best
    from tests.conftest import evidence_at

    asked = "How long was Wilmer Haylock unable to walk?"
    collapsed = "Wilmer Haylock, 34, dived for 14 years until he collapsed in October 2024."
    unable = "He spent three days on the boat, and was unable to walk for five months."
    best = evidence_at(1, collapsed, 0, 0.6)
    after = evidence_at(2, unable, len(collapsed) + 1, 0.28)
    assert negated_after_best(asked, [best, after]) is after
    # Not another negation ("unable to work"), nor a sentence that does not go on from the best.
    work = evidence_at(
        2, "He spent three days on the boat, and was unable to work.", after.start, 0.3
    )
    assert negated_after_best(asked, [best, work]) is None
    far = evidence_at(2, unable, 500, 0.28)
    assert negated_after_best(asked, [best, far]) is None
    # The answer is in the negated clause: not a distance told after it.
    clinic = "He was unable to walk to the clinic, 40 kilometres away, so his brother carried him."
    assert negated_after_best(asked, [best, evidence_at(2, clinic, after.start, 0.3)]) is None
    # "not yet been paid" negates "paid".
    assert _says_negated("How many workers have not yet been paid?", "120 had not yet been paid.")
