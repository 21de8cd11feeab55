"""Follow-up questions rewritten into standalone ones before retrieval.

"What did he say about Washington?" cannot be retrieved on its own: "he" must become the person
the conversation was about. A 0.5B model rewrites unreliably, so the rewrite is rule-based: a
third-person pronoun is replaced by the most recent name in the conversation whose kind fits (a
person for he/she, one with a title before one of merely several capitalised words; for they,
the two people the last answer named with titles, or else what "it" would be; for it, a name the
conversation never gave a title, other than the owner in a question's "X’s Y"), and a question
too short to stand alone ("And Putin?") borrows the previous question's frame. A name the
conversation once gave a title ("Mr Kim", "Defence Minister Sergei Shoigu") is a person's
wherever it appears bare, a possessive ends a name ("Russia’s Tass" names no person), and days
and months are no names: "How far is it?" after "Mr Putin said he would go to Vostochny on
Tuesday" asks about Vostochny.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rag.citations import strip_markers

Turn = dict[str, str]  # {"role": "user" | "assistant", "content": str}


def exchange(question: str, answer: str) -> list[Turn]:
    """One question and its answer as the two turns `history` holds."""
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


_PERSON_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers)\b", re.IGNORECASE)
_PLURAL_PRONOUN = re.compile(r"\b(they|them|their)\b", re.IGNORECASE)
_THING_PRONOUN = re.compile(r"\b(it|its)\b", re.IGNORECASE)
# A run of capitalised words, allowing short connectors ("Kim Jong Un", "Bank of England"),
# with the honorific or lower-case role that may precede it ("Mr", "spokesman"); a capitalised
# title ("President") falls inside the run and is taken off by `names_in` (`_TITLES`).
_NAME = re.compile(
    r"(?:\b(Mr|Mrs|Ms|Dr|leader|spokesman|spokeswoman|chief|director)\s+)?"
    r"\b([A-Z][\w’'-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]+)*)"
)
# Titles that open or fall inside a run of capitalised words ("President Yoon Suk-yeol",
# "Defence Minister Sergei Shoigu").
_TITLES = {
    "President", "Minister", "Secretary", "Chancellor", "Governor", "Senator", "General",
    "Director", "Chairman", "Spokesman", "Spokeswoman", "Leader", "Chief", "Ambassador",
    "King", "Queen", "Prince", "Premier", "Mayor", "Judge", "Professor", "Pope",
}  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s$")
_NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "This", "That", "What",
    "Who", "When", "Where", "Why", "How", "Which", "And", "But", "Yes", "No", "According",
    "I", "If", "As", "After", "Before", "Mr", "Mrs", "Ms", "Dr", "Did", "Does", "Do", "Is",
    "Was", "Are", "Were", "Can", "Could", "Would", "Will", "Should", "Tell", "Also",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
}  # fmt: skip


class Name(NamedTuple):
    text: str
    titled: bool  # follows a title or role ("Mr Kim", "Kremlin spokesman Dmitry Peskov")
    owner: bool = False  # followed by a possessive ("North Korea’s ally")

    @property
    def person(self) -> bool:
        """A title, or several words that are not "X of Y", make a name look like a person's."""
        return self.titled or (" " in self.text and " of " not in self.text)


def names_in(text: str) -> list[Name]:
    """The names in `text`, in order, without the title that precedes them."""
    found = []
    for match in _NAME.finditer(strip_markers(text)):
        words = match.group(2).split()
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        titled = bool(match.group(1))
        inner = [i for i, w in enumerate(words[:-1]) if w in _TITLES]
        if inner:
            words, titled = words[inner[-1] + 1 :], True
        # A possessive ends a name: "Russia’s Tass" names Russia and Tass, not a person.
        parts: list[tuple[list[str], bool]] = []
        current: list[str] = []
        for word in words:
            bare = _POSSESSIVE.sub("", word)
            current.append(bare)
            if bare != word:
                parts.append((current, True))
                current = []
        if current:
            parts.append((current, False))
        for i, (part, owns) in enumerate(parts):
            found.append(Name(" ".join(part), titled and i == 0, owns))
    return found


def _titled_people(history: list[Turn]) -> set[str]:
    """Every word of the names the conversation gives a title, so that a bare "Kim" after
    "Mr Kim" is known as a person, never as what "it" stands for."""
    return {
        word
        for turn in history
        for name in names_in(turn.get("content", ""))
        if name.titled
        for word in name.text.split()
    }


def _is_titled(name: Name, titled: set[str]) -> bool:
    return name.titled or all(word in titled for word in name.text.split())


def _latest_name(history: list[Turn], person: bool, titled: set[str]) -> str | None:
    """The most recent fitting name: people from the latest turn of either side (answers name
    them), things from the latest user question first (questions name the topic). `titled` is
    `_titled_people(history)`."""
    turns = list(reversed(history))
    if not person:
        turns.sort(key=lambda t: t.get("role") != "user")
    for turn in turns:
        names = names_in(turn.get("content", ""))
        if person:
            # A title says person more surely than several capitalised words do.
            people = [n for n in names if n.person or _is_titled(n, titled)]
            candidates = [n.text for n in [n for n in people if _is_titled(n, titled)] or people]
        else:
            # "What is North Korea’s main ally?" is about the ally: an owner a question names
            # is not what "it" stands for next.
            asked = turn.get("role") == "user"
            candidates = [
                n.text for n in names if not _is_titled(n, titled) and not (asked and n.owner)
            ]
        if candidates:
            return candidates[-1] if turn.get("role") == "assistant" else candidates[0]
    return None


def _latest_group(history: list[Turn], titled: set[str]) -> str | None:
    """The last two people the latest answer names with a title ("Kim and Sergei Shoigu"), for
    "they"."""
    answer = next((t for t in reversed(history) if t.get("role") == "assistant"), None)
    if answer is None:
        return None
    named: list[str] = []
    for name in names_in(answer.get("content", "")):
        if _is_titled(name, titled) and name.text not in named:
            named.append(name.text)
    return " and ".join(named[-2:]) if len(named) >= 2 else None


def standalone_question(question: str, history: list[Turn] | None) -> str:
    """`question` with pronouns resolved against `history`; unchanged without history."""
    question = " ".join(question.split())
    if not history:
        return question
    previous_user = next((t["content"] for t in reversed(history) if t.get("role") == "user"), "")
    if len(question.split()) <= 3 and previous_user and not _PERSON_PRONOUN.search(question):
        return f"{question.rstrip('?')} — {previous_user}"
    rewritten = question
    titled = _titled_people(history)
    person = _latest_name(history, True, titled)
    if person and _PERSON_PRONOUN.search(rewritten):
        rewritten = _replace_first(_PERSON_PRONOUN, person, rewritten)
    thing = _latest_name(history, False, titled)
    group = _latest_group(history, titled) or thing
    if group and _PLURAL_PRONOUN.search(rewritten) and not person_in(rewritten, group):
        rewritten = _replace_first(_PLURAL_PRONOUN, group, rewritten)
    if thing and _THING_PRONOUN.search(rewritten) and not person_in(rewritten, thing):
        rewritten = _replace_first(_THING_PRONOUN, thing, rewritten)
    return rewritten


def _replace_first(pronoun: re.Pattern[str], name: str, text: str) -> str:
    return pronoun.sub(lambda m: _possessive(name, m.group(1)), text, count=1)


def person_in(text: str, name: str) -> bool:
    return name.lower() in text.lower()


def _possessive(name: str, pronoun: str) -> str:
    return f"{name}'s" if pronoun.lower() in {"his", "her", "hers", "their", "its"} else name
