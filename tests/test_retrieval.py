import json

import pytest

from rag.errors import RAGError
from rag.lexical import question_terms, terms
from rag.retrieval import near_duplicate, rrf, shingles
from tests.test_ingest import STORM, VOTE, write

WIRE = (
    "Oil prices rose sharply on Monday after producers agreed to cut output by two million "
    "barrels a day. Analysts said the cut would tighten supply through the winter months."
)


def test_rrf_sums_weighted_reciprocal_ranks():
    fused = rrf([[1, 2, 3], [3, 1]], [1.0, 2.0], rrf_k=10)
    assert fused[1] == 1 / 11 + 2 / 12
    assert fused[3] == 1 / 13 + 2 / 11
    assert max(fused, key=fused.get) == 3


def test_the_measure_a_how_question_asks_for_is_no_question_term():
    assert question_terms("How long has the war lasted?") == terms("the war lasted")
    assert question_terms("How far is the cosmodrome from Vladivostok?") == terms(
        "cosmodrome Vladivostok"
    )
    assert "long" in question_terms("Who built the long bridge?")  # a word of the topic
    assert question_terms("How far away is the planet?") == terms("the planet")
    assert question_terms("How long ago did the war start?") == terms("the war start")
    # Not a question for the means of a journey, whose verb would be no term.
    assert "cross" in question_terms("How long will it take to cross the strait?")


def test_verbs_that_frame_a_question_are_no_question_terms():
    assert question_terms("What does Russia want from North Korea?") == terms("Russia North Korea")
    assert question_terms("Why does Russia need weapons?") == terms("Russia weapons")
    assert question_terms("How did Kim get to Russia?") == terms("Kim Russia")
    assert question_terms("What happened in Khasan?") == terms("Khasan")
    assert question_terms("How did South Korea react?") == terms("South Korea")
    assert question_terms("What was Russia's response?") == terms("Russia's")
    # The verb of a question about the means of a journey: the answer names a train, not travel.
    assert question_terms("How did Kim travel to Russia?") == terms("Kim Russia")
    assert "travel" in question_terms("Why did Kim travel to Russia?")
    assert question_terms("Did Kim fly to Russia?") == terms("Kim Russia")
    assert question_terms("Is Kim travelling by plane?") == terms("Kim plane")
    assert question_terms("What colour is Kim's train?") == terms("Kim's train")
    # A question asking what something is called: the answer says "named" or gives the name.
    assert question_terms("What is the new drug called?") == terms("new drug")
    assert "call" in question_terms("Who called the meeting?")
    assert question_terms("What is the colour of the train?") == terms("the train")
    assert question_terms("Where does Michael Madden work?") == terms("Michael Madden")
    assert "work" in question_terms("Who will work on the bridge?")
    # The kind of value asked for: the answer gives "41%" or "on Aug 7" without the word.
    assert question_terms("What percentage of the teens slept enough?") == terms(
        "teens slept enough"
    )
    assert question_terms("On what date did the fire break out?") == terms("fire break out")
    assert "date" in question_terms("Who did Marsh date?")


def test_near_duplicates_measured_on_word_shingles():
    a = shingles(WIRE)
    assert near_duplicate(a, shingles(WIRE.replace("Monday", "Tuesday")), 0.6)
    assert not near_duplicate(a, shingles(STORM), 0.6)


def test_copies_of_a_wire_story_do_not_fill_the_results(fake_rag, tmp_path):
    outlets = ["Daily Planet", "Morning Post", "City Herald", "Evening Star", "The Courier"]
    records = [
        {
            "title": f"Oil prices jump ({o})",
            "text": WIRE.replace("sharply", "sharply" + "," * i),
            "source": o,
        }
        for i, o in enumerate(outlets)
    ]
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    write(tmp_path / "storm.txt", "Storm", STORM)
    write(tmp_path / "vote.txt", "Vote", VOTE)
    fake_rag.ingest([tmp_path / "wire.jsonl", tmp_path / "storm.txt", tmp_path / "vote.txt"])
    assert fake_rag.stats().documents == 7
    hits = fake_rag.retrieve("oil prices output cut", k=5)
    assert sum("Oil prices" in h.title for h in hits) == 1
    assert len(hits) == 3


def test_source_and_date_filters(fake_rag, tmp_path):
    records = [
        {"title": "Storm A", "text": STORM, "source": "Daily Planet", "date": "2024-03-02"},
        {
            "title": "Storm B",
            "text": STORM + " Trains were cancelled.",
            "source": "Morning Post",
            "date": "2024-05-10",
        },
        {"title": "Vote", "text": VOTE, "source": "Morning Post", "date": "2023-11-30"},
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    fake_rag.settings = fake_rag.settings.merged({"retrieval": {"duplicate_threshold": 1.01}})
    fake_rag.ingest([tmp_path / "news.jsonl"])
    titles = lambda **f: {h.title for h in fake_rag.retrieve("storm coast", k=5, **f)}
    assert titles(sources=["morning post"]) <= {"Storm B", "Vote"}
    assert "Storm B" in titles(sources=["Morning Post"])
    assert titles(since="2024-01-01") == {"Storm A", "Storm B"}
    assert titles(until="2024-03-02") == {"Storm A", "Vote"}
    assert titles(sources=["Daily Planet"], since="2024-04-01") == set()
    # Case folds beyond ASCII alike for the vector filter and the lexical one.
    other = {"title": "Storm C", "text": STORM + " Roads flooded.", "source": "Élysée Wire"}
    (tmp_path / "wire.jsonl").write_text(json.dumps(other))
    fake_rag.ingest([tmp_path / "wire.jsonl"])
    assert len(fake_rag.index.store.chunk_ids_matching(["élysée wire"], None, None)) > 0
    assert titles(sources=["élysée wire"]) == {"Storm C"}
    with pytest.raises(RAGError, match=r"^'12/09/2023' is not a date; give dates as YYYY-MM-DD"):
        titles(since="12/09/2023")
    with pytest.raises(RAGError, match="'2024-13-01' is not a date"):
        fake_rag.ask("storm coast", mode="extractive", until="2024-13-01")
    assert titles(since="2024-01-01") == {"Storm A", "Storm B"}


def test_hits_carry_sentences_with_offsets_and_scores(fake_rag, tmp_path):
    write(tmp_path / "storm.txt", "Storm", STORM)
    fake_rag.ingest([tmp_path / "storm.txt"])
    (hit,) = fake_rag.retrieve("How many homes lost power?", k=3)
    doc = fake_rag.document(hit.doc_id)
    assert doc.text[hit.start : hit.end] == hit.text
    assert [s.text for s in hit.sentences] == [
        "A powerful storm struck the northern coast on Saturday.",
        "Power was cut to 40,000 homes.",
    ]
    for s in hit.sentences:
        assert doc.text[s.start : s.end] == s.text
    assert hit.sentences[1].score > hit.sentences[0].score


def test_a_sentence_opening_with_a_pronoun_is_scored_with_the_words_before_it(fake_rag, tmp_path):
    text = (
        "Mr Putin arrived in Vladivostok on Monday. He is scheduled to attend the forum. "
        "The forum is scheduled to attend to trade."
    )
    write(tmp_path / "forum.txt", "Forum", text)
    fake_rag.ingest([tmp_path / "forum.txt"])
    (hit,) = fake_rag.retrieve("What is Putin scheduled to attend in Vladivostok?", k=1)
    scores = {s.text: s.score for s in hit.sentences}
    # Both share "scheduled", "attend" and "forum"; "He" also brings Putin and Vladivostok.
    assert (
        scores["He is scheduled to attend the forum."]
        > scores["The forum is scheduled to attend to trade."]
    )


def test_empty_index_and_question_return_nothing(fake_rag):
    assert fake_rag.retrieve("anything") == []
    assert fake_rag.retrieve("   ") == []
