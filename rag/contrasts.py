"""Contrasts: a question about the men's race is not answered by a sentence about the women's.

News of a contest often reports both halves of a pair in sentences that share every other word
("In the women's race, Mercy Chebet won in 2:19:48"), and the ranker, reading those shared
words, may rate the wrong half's sentence best.
"""

from __future__ import annotations

import re

from rag.types import Evidence

# Pairs whose halves a question names to tell them apart, as qualifiers of an event or a team:
# "the men's race", "the girls' team", "female candidates" (not "the man charged").
_PAIRS = (("men's", "women's"), ("boys'", "girls'"), ("male", "female"))
# A word with its possessive ending: "men's", "girls'".
_WORD = re.compile(r"[a-z]+(?:['’]s\b|(?<=s)['’])?", re.IGNORECASE)


def _words(text: str) -> set[str]:
    return {w.lower().replace("’", "'") for w in _WORD.findall(text)}


def contrasted(question: str, sentence: str) -> bool:
    """Whether `sentence` names the other half of a pair whose one half alone `question` names,
    and not the half asked about: "In the women's race, ..." for "Who won the men's race?" (not
    for "What was the ratio of men to women?")."""
    asked, said = _words(question), _words(sentence)
    return any(
        (one in asked) != (other in asked)
        and (other if one in asked else one) in said
        and (one if one in asked else other) not in said
        for one, other in _PAIRS
    )


def uncontrasted_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """The best-rated evidence sentence that is not about the other half of a pair the question
    names, when the best one is (`contrasted`); None otherwise, or when every sentence is."""
    if not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if not contrasted(question, best.sentence):
        return None
    others = [e for e in evidence if not contrasted(question, e.sentence)]
    return max(others, key=lambda e: e.relevance) if others else None
