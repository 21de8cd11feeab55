"""Evidence selection: the few sentences, out of the retrieved passages, that answer the question.

Small generators follow a short, numbered list of sentences far better than whole passages, and
each number is then a citation that resolves to one exact sentence. Sentences that open with a
pronoun ("He said...") bring the sentence before them, so the model (and the reader) knows who.
"""

from __future__ import annotations

import re

from rag.types import Evidence, Hit, ScoredSentence

_PRONOUN_START = re.compile(
    r"^[\"“‘']?(he|she|it|they|his|her|its|their|this|that|these|those|the latter|the former|"
    r"there|such)\b",
    re.IGNORECASE,
)


def needs_context(sentence: str) -> bool:
    """Whether a sentence opens with a pronoun whose referent is in an earlier sentence."""
    return bool(_PRONOUN_START.match(sentence.strip()))


def select_evidence(
    hits: list[Hit], max_sentences: int = 4, min_relative: float = 0.6
) -> list[Evidence]:
    """Pick up to `max_sentences` sentences, best first, numbered from 1.

    A sentence is kept when its score is at least `min_relative` of the best sentence's score;
    repeated sentences (wire copies, captions) are kept once. A kept sentence that needs context
    brings its predecessor, placed just before it.
    """
    ranked: list[tuple[ScoredSentence, Hit]] = sorted(
        ((s, h) for h in hits for s in h.sentences), key=lambda pair: pair[0].score, reverse=True
    )
    if not ranked:
        return []
    best = ranked[0][0].score
    chosen: list[tuple[ScoredSentence, Hit]] = []
    seen_text: set[str] = set()
    seen_span: set[tuple[str, int]] = set()

    def add(sentence: ScoredSentence, hit: Hit) -> None:
        key = " ".join(sentence.text.lower().split())
        if key in seen_text or (hit.doc_id, sentence.index) in seen_span:
            return
        seen_text.add(key)
        seen_span.add((hit.doc_id, sentence.index))
        chosen.append((sentence, hit))

    for sentence, hit in ranked:
        if len(chosen) >= max_sentences or sentence.score < min_relative * best:
            break
        if needs_context(sentence.text):
            previous = next((s for s in hit.sentences if s.index == sentence.index - 1), None)
            if previous is not None and len(chosen) + 1 < max_sentences:
                add(previous, hit)
        add(sentence, hit)

    return [
        Evidence(
            marker=i,
            sentence=s.text,
            doc_id=h.doc_id,
            title=h.title,
            source=h.source,
            date=h.date,
            start=s.start,
            end=s.end,
            score=s.score,
        )
        for i, (s, h) in enumerate(chosen, start=1)
    ]
