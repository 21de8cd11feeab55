"""Predecessors: "Who was the trust's chief executive before Helen Marsh?", "Who did Bullock
replace?" ask who held a role before someone, which an article answers only where it says so:
"replaces Raimonds Gailis", "succeeded Philip Lowe", "the previous record of 2:04:12, set by
...". A sentence that names the current holder ("Dr Helen Marsh, the trust's chief executive,
said ...") matches every other word of such a question and says nothing of who came before.
"""

from __future__ import annotations

import re

from rag.citations import unmentioned
from rag.measures import rated_near_best
from rag.types import Evidence

# "Who was X before Helen Marsh?", "Who held the record before him?", "Who did Bullock
# replace?", "Who preceded Ozola?", "Who was Holm's predecessor?"; not "Who arrived before
# Kim?" nor "Who was evacuated before Storm Babet arrived?", which ask what happened first, nor
# "Who was preceded by Ozola?".
_PREDECESSOR = re.compile(
    r"^(?i:who)\b(?:\s+(?:(?i:was|were|had\s+been)\s+(?![a-z]+(?:ed|en)\b)|(?i:held|ran|led|"
    r"headed|chaired|managed|coached|owned|ruled|governed)\b).*\bbefore\s+(?:[A-Z]|him\b|her\b|"
    r"them\b)|\s+did\s+.+\s+(?:replace|succeed|take\s+over\s+from|oust|unseat)\b"
    r"|.*\b(?:preceded(?!\s+by\b)|predecessor)\b)"
)
# What a sentence says of someone who came before: "replaces", "succeeded", "took over from",
# "the previous record", "former manager", "stepped down". Refusing on their absence alone.
_SUCCESSION = re.compile(
    r"\b(?:replac\w*|succe(?:ed\w*|ssor|ssion)|predecessor|preceded|took\s+over|tak(?:e|es|ing)"
    r"\s+over|previous\w*|former|formerly|ousted|unseated|stepped\s+down|resign\w*|"
    r"before\s+(?:him|her|them))\b",
    re.IGNORECASE,
)
# Saying who someone followed, the answer itself: "replaces Raimonds Gailis", "who took over
# from Philip Lowe", "her predecessor, Anna Berg"; not "was replaced by", which names who
# came after.
_FOLLOWED = re.compile(
    r"\b(?:(?:replac|succeed)(?:es|ed|ing|s)?|(?:took|takes|taking|take)\s+over\s+from)\s+"
    r"(?!by\b)|\bpredecessor\b",
    re.IGNORECASE,
)


def asks_predecessor(question: str) -> bool:
    """Whether the question asks who held something before someone."""
    return bool(_PREDECESSOR.search(question.strip()))


def unsucceeded(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks for a predecessor and no evidence sentence rated near the best
    says anything of who came before."""
    return asks_predecessor(question) and not any(
        _SUCCESSION.search(e.sentence) for e in rated_near_best(evidence)
    )


def succeeding(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a predecessor question, the best-rated evidence sentence near the best that names
    everyone the question names and says who came before: "Ms Bullock, who took over from
    Philip Lowe in September, ..." answers "Who did Bullock replace?" however little else it
    shares with it. None for other questions, or when no such sentence is near the best."""
    if not asks_predecessor(question):
        return None
    found = [
        e
        for e in rated_near_best(evidence)
        if _FOLLOWED.search(e.sentence) and not unmentioned(question, e.sentence)
    ]
    return max(found, key=lambda e: e.relevance) if found else None
