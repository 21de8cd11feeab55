"""What the prosecution asked for: "What sentence had the prosecution sought for Arifin?" is
answered by "Prosecutors had asked for 16 years.", a short sentence that shares hardly a word
with the question, not by the sentence on what the court handed down, which shares many. Where
no sentence tells what prosecutors sought, the articles do not say, however much else they tell
of the case."""

from __future__ import annotations

import re
from collections.abc import Callable

from rag.types import Evidence

# What prosecutors sought, in a question or a sentence: "the prosecution sought", "prosecutors
# had asked for", "Prosecutors ... demanded", "asked by prosecutors".
_PROSECUTORS = r"\bprosecut(?:ors?|ion|ing\s+lawyers?)\b"
_SEEKING = (
    r"\b(?:ask(?:s|ed)?|sought|seek(?:s|ing)?|demand(?:s|ed)?|request(?:s|ed)?|want(?:s|ed)?|"
    r"call(?:s|ed)?\s+for|push(?:es|ed)?\s+for|press(?:es|ed)?\s+for|urg(?:es|ed)\s+the)\b"
)
_SOUGHT = re.compile(rf"{_PROSECUTORS}.*{_SEEKING}|{_SEEKING}.*{_PROSECUTORS}", re.IGNORECASE)
# What a court hands down: "What prison term ...?", "How long a sentence ...?".
_PENALTY = re.compile(
    r"\b(?:sentence|term|penalty|punishment|jail|prison|years?|fine)\b", re.IGNORECASE
)


def asks_sought(question: str) -> bool:
    """Whether the question asks for the penalty prosecutors sought: "What prison term did
    prosecutors ask the court to give Wekesa?" (not "What does the prosecutors' spokeswoman want
    to change?")."""
    return bool(_PENALTY.search(question) and _SOUGHT.search(question))


def telling_sought(question: str) -> Callable[[str, str], bool] | None:
    """For a question for the penalty prosecutors sought, whether a sentence tells what they
    asked for, which evidence selection takes whatever its retrieval score; None for other
    questions."""
    if not asks_sought(question):
        return None
    return lambda sentence, previous: bool(_SOUGHT.search(sentence))


def sought_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for the penalty prosecutors sought, the best-rated evidence sentence that
    tells what they asked for, when the best one does not; None for other questions, or when
    the best tells it or none does."""
    if not asks_sought(question) or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if _SOUGHT.search(best.sentence):
        return None
    telling = [e for e in evidence if _SOUGHT.search(e.sentence)]
    return max(telling, key=lambda e: e.relevance) if telling else None


def unsought(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question for the penalty prosecutors sought has no evidence sentence telling
    what they asked for: "Prosecutors from the Office of the Ombudsman told the court that ..."
    tells what they argued, not the term they sought."""
    return asks_sought(question) and not any(_SOUGHT.search(e.sentence) for e in evidence)
