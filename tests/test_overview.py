import json

import pytest

from rag.conversation import exchange
from rag.errors import RAGError
from rag.overview import asks_for_overview, leads
from rag.types import Document, Sentence


def test_questions_about_the_articles_as_a_whole_ask_for_an_overview():
    for question in (
        "What is the article about?",
        "what's this story about",
        "Summarize the news",
        "Please summarise these articles.",
        "Give me a short summary of the article",
        "What does the article say?",
        "What are the main points?",
        "What happened?",
        "tl;dr",
    ):
        assert asks_for_overview(question), question
    for question in (
        "What happened in Khasan?",
        "What does the article say about Washington?",
        "Summarize the arms deal",
        "What is the main rail gateway?",
    ):
        assert not asks_for_overview(question), question


def _article(doc_id: str, *texts: str) -> tuple[Document, list[Sentence]]:
    sentences, start = [], 0
    for i, text in enumerate(texts):
        sentences.append(Sentence(i, start, start + len(text), text))
        start += len(text) + 1
    return Document(doc_id, "f", doc_id.upper(), " ".join(texts)), sentences


def test_leads_quote_more_of_one_article_than_of_several():
    one = _article("a", "A1.", "A2.", "A3.")
    assert [e.sentence for e in leads([one])] == ["A1.", "A2."]
    two = leads([one, _article("b", "B1.", "B2.")])
    assert [(e.marker, e.sentence, e.doc_id) for e in two] == [(1, "A1.", "a"), (2, "B1.", "b")]
    assert leads([]) == []


def test_an_overview_quotes_the_leads_of_the_latest_or_the_discussed_article(fake_rag, tmp_path):
    articles = [
        ("Old vote", "Parliament passed the budget. The opposition walked out.", "2023-01-05", "Post"),
        ("Storm", "A storm struck the coast. Power was cut to 40,000 homes.", "2024-03-02", "Planet"),
        ("Strike", "Rail workers went on strike. Trains stopped.", "2024-05-10", "Post"),
        ("Fair", "The county fair opened. Crowds came early.", "2024-04-01", "Post"),
    ]  # fmt: skip
    records = [dict(zip(("title", "text", "date", "source"), a, strict=True)) for a in articles]
    (tmp_path / "news.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    fake_rag.ingest([tmp_path / "news.jsonl"])

    answer = fake_rag.ask("What is the news about?", mode="extractive")
    assert not answer.refused
    # The three latest by date, newest first, each by its first sentence.
    assert [c.title for c in answer.citations] == ["Strike", "Fair", "Storm"]
    assert answer.text.startswith("Rail workers went on strike [1].")
    assert answer.passages and {h.title for h in answer.passages} <= {"Strike", "Fair", "Storm"}
    for c in answer.citations:
        assert fake_rag.document(c.doc_id).text[c.start : c.end] == c.sentence
    filtered = fake_rag.ask("Summarize the news", mode="extractive", sources=["Planet"])
    assert [c.sentence for c in filtered.citations] == [
        "A storm struck the coast.", "Power was cut to 40,000 homes."
    ]  # fmt: skip
    with pytest.raises(RAGError, match="'May 2024' is not a date"):
        fake_rag.ask("Summarize the news", mode="extractive", since="May 2024")
    # After an answer from the old article, "the article" is that one.
    history = exchange("What did parliament pass?", "Parliament passed the budget [1].")
    followed = fake_rag.ask("What is the article about?", history=history, mode="extractive")
    assert {c.title for c in followed.citations} == {"Old vote"}
