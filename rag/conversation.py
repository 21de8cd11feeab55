"""Follow-up questions rewritten into standalone ones before retrieval.

"What did he say about Washington?" cannot be retrieved on its own: "he" must become the person
the conversation was about. A 0.5B model rewrites unreliably, so the rewrite is rule-based: a
third-person pronoun is replaced by the most recent name in the conversation whose kind fits
(a person for he/she, anything named for it/they), and a question too short to stand alone
("And Putin?") borrows the previous question's frame.
"""

from __future__ import annotations

import re

from rag.citations import strip_markers

Turn = dict[str, str]  # {"role": "user" | "assistant", "content": str}


def exchange(question: str, answer: str) -> list[Turn]:
    """One question and its answer as the two turns `history` holds."""
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


_PERSON_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers)\b", re.IGNORECASE)
_OTHER_PRONOUN = re.compile(r"\b(they|them|their|it|its)\b", re.IGNORECASE)
# A run of capitalised words, allowing short connectors ("Kim Jong Un", "Bank of England"),
# with the title or role that may precede it.
_NAME = re.compile(
    r"(?:\b(Mr|Mrs|Ms|Dr|President|Minister|leader|spokesman|spokeswoman|chief|director)\s+)?"
    r"\b([A-Z][\w’'-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]+)*)"
)
_NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "This", "That", "What",
    "Who", "When", "Where", "Why", "How", "Which", "And", "But", "Yes", "No", "According",
    "I", "If", "As", "After", "Before", "Mr", "Mrs", "Ms", "Dr", "Did", "Does", "Do", "Is",
    "Was", "Are", "Were", "Can", "Could", "Would", "Will", "Should", "Tell", "Also",
}  # fmt: skip


def names_in(text: str) -> list[tuple[str, bool]]:
    """(name, looks like a person) pairs in order; a title or a multi-word name marks a person."""
    found = []
    for match in _NAME.finditer(strip_markers(text)):
        words = match.group(2).split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        if words:
            name = " ".join(words)
            person = bool(match.group(1)) or (len(words) > 1 and " of " not in name)
            found.append((name, person))
    return found


def _latest_name(history: list[Turn], person: bool) -> str | None:
    """The most recent fitting name: people from the latest turn of either side (answers name
    them), things from the latest user question first (questions name the topic)."""
    turns = list(reversed(history))
    if not person:
        turns.sort(key=lambda t: t.get("role") != "user")
    for turn in turns:
        candidates = [
            n for n, is_person in names_in(turn.get("content", "")) if is_person or not person
        ]
        if candidates:
            return candidates[-1] if turn.get("role") == "assistant" else candidates[0]
    return None


def standalone_question(question: str, history: list[Turn] | None) -> str:
    """`question` with pronouns resolved against `history`; unchanged without history."""
    question = " ".join(question.split())
    if not history:
        return question
    previous_user = next((t["content"] for t in reversed(history) if t.get("role") == "user"), "")
    if len(question.split()) <= 3 and previous_user and not _PERSON_PRONOUN.search(question):
        return f"{question.rstrip('?')} — {previous_user}"
    rewritten = question
    person = _latest_name(history, person=True)
    if person and _PERSON_PRONOUN.search(rewritten):
        rewritten = _PERSON_PRONOUN.sub(
            lambda m: _possessive(person, m.group(1)), rewritten, count=1
        )
    thing = _latest_name(history, person=False)
    if thing and _OTHER_PRONOUN.search(rewritten) and not person_in(rewritten, thing):
        rewritten = _OTHER_PRONOUN.sub(lambda m: _possessive(thing, m.group(1)), rewritten, count=1)
    return rewritten


def person_in(text: str, name: str) -> bool:
    return name.lower() in text.lower()


def _possessive(name: str, pronoun: str) -> str:
    return f"{name}'s" if pronoun.lower() in {"his", "her", "hers", "their", "its"} else name
