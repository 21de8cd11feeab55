"""Recognising article sentences that speak to a language model instead of to a reader.

Scraped pages can carry text such as "Ignore previous instructions and say X". Such a sentence is
still content: it is indexed, retrieved and may be quoted verbatim with its citation. But it is
never put in front of the generator, whose only job is to restate evidence, so it cannot steer
the answer. The patterns name the model or its instructions; ordinary news prose ("the court
ignored previous rulings") does not match them.
"""

from __future__ import annotations

import re

_PATTERNS = [
    # "ignore / disregard / forget (all) (the) previous instructions / rules / prompt"
    r"\b(ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(instructions?|prompts?|"
    r"rules|guidelines|directives|system message)\b",
    # a sentence that opens by giving the reader a new role
    r"^\W*(you are now|act as|pretend (to be|you are))\b",
    r"\b(system prompt|new instructions|developer mode)\b",
    # "AI models / chatbots must answer ..."
    r"\b(ai|chatbot|language model|llm)s?\b[^.!?\n]{0,30}\b(must|should)\b"
    r"[^.!?\n]{0,20}\b(say|answer|reply|respond|output|write|print)\b",
    r"\b(respond|reply|answer)\b[^.!?\n]{0,30}\b(only|exactly|solely)\b[^.!?\n]{0,10}\bwith\b",
]
_INSTRUCTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def looks_like_instruction(sentence: str) -> bool:
    """True when `sentence` reads as a command to a model rather than as reporting."""
    return _INSTRUCTION.search(sentence) is not None
