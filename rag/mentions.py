"""Which of the names a question holds a text mentions, in the forms news refers back to them.

News names a person in full once and then by an honorific and one part of the name ("Imogen
Tate" and then "Ms Tate", "Kim Jong Un" and then "Mr Kim"), and writes a body's name in other
forms ("Normans" for "Norman", "measles, mumps and rubella" for "MMR"). Both the refusal rules
of `rag.answering` and the answerability features read a question's names this way, so that a
sentence about "Ms Tate's brother" counts as about Imogen Tate's.
"""

from __future__ import annotations

import re

from rag.citations import unmentioned, words
from rag.initialisms import spells_out
from rag.lexical import STOPWORDS, terms
from rag.measures import MONTH_NAMES, WEEKDAYS
from rag.places import is_form
from rag.roles import HONORIFICS, NAME_PARTICLE, NAME_PARTICLES, NAME_RUN, RANKS, TITLES

# Capitalised words beside a name that make it no other name: titles, honorifics, ranks, days and
# months ("On Tuesday Kim arrived"); nationalities are read by `rag.places`.
BESIDE_A_NAME = {w.lower() for w in (*TITLES, *HONORIFICS, *RANKS, *WEEKDAYS, *MONTH_NAMES)}
# Initials a question writes: "MMR", "NHS".
_INITIALS = re.compile(r"\b[A-Z]{3,}\b")


def unnamed_in(question: str, text: str) -> set[str]:
    """The names in `question` that `text` does not mention (`rag.citations.unmentioned`), but
    for a name of several words whose other word it has ("Mr Kim" for "Kim Jong Un") and a word
    it has in another form ("Normans" for "Norman", "the Coultases" for Barry Coultas and his
    wife), and initials it spells out ("MMR" for "measles, mumps and rubella")."""
    missing = unmentioned(question, text)
    missing -= {
        initials.lower()
        for initials in set(_INITIALS.findall(question))
        if initials.lower() in missing and spells_out(initials, text)
    }
    missing -= _of_the_couple(question, text) | _RANKS
    if not missing:
        return missing
    stems = set(terms(text))
    singular = {_family_of(w) for w in missing} & words(text)
    written = [words(run) - NAME_PARTICLES for run in NAME_RUN.findall(text)]
    left: set[str] = set()
    # A possessor is a name of its own: "Parcelink's Lisbon office" names Parcelink and Lisbon.
    runs = [
        part
        for run in _NAME_OVER_PARTICLES.findall(question)
        for part in _AFTER_POSSESSOR.split(run)
    ]
    for run in runs:
        named = words(run) - NAME_PARTICLES
        if any(w not in missing and w not in STOPWORDS for w in named) and not _another_name(
            named, written
        ):
            continue
        left |= {
            w
            for w in named & missing
            if not set(terms(w)) & stems and _family_of(w) not in singular
        }
    return left


# A rank is no name to look for: "Sgt Breckon" is "Sergeant Thomas Breckon".
_RANKS = {rank.lower() for rank in RANKS}
# A couple named by two first names and the surname they share: "Pauline and Derek Ashcroft".
_COUPLE = re.compile(r"\b([A-Z][\w'’-]*)\s+(?:and|&)\s+([A-Z][\w'’-]*)\s+([A-Z][\w'’-]*)")


def _of_the_couple(question: str, text: str) -> set[str]:
    """The first names of a couple the question names ("pauline" and "derek" of "Pauline and
    Derek Ashcroft") that `text` mentions as the couple: "Mr and Mrs Ashcroft", "the
    Ashcrofts". Not two places ("Spain and North Korea": "the Koreas")."""
    found = set()
    for first, second, surname in _COUPLE.findall(question):
        name = re.escape(surname)
        couple = rf"\bMrs?\.?\s+(?:and|&)\s+Mrs?\.?\s+{name}\b|\b[Tt]he\s+{name}e?s\b"
        if not is_form(surname) and re.search(couple, text):
            found |= {first.lower(), second.lower()}
    return found


_AFTER_POSSESSOR = re.compile(r"(?<=['’]s)\s+")
# A name with lower-case words inside ("San Vito al Tagliamento", "Marine Le Pen") is one name,
# which a text may call by its first words ("the San Vito factory").
_NAME_OVER_PARTICLES = re.compile(rf"[A-Z][\w’'-]*(?:\s+(?:{NAME_PARTICLE}\s+)?[A-Z][\w’'-]*)*")


def _family_of(name: str) -> str:
    """The family name a plural names ("coultas" of "coultases", "smith" of "smiths"), which
    the stemmer does not always give ("coultases" stems to "coultas", "coultas" to "coulta")."""
    return name.removesuffix("es") if name.endswith("ses") else name.removesuffix("s")


def _another_name(named: set[str], written: list[set[str]]) -> bool:
    """Whether the words of name `named` that a text has are only in its other names: "Bank"
    of "Brannoch Valley Bank" does not mention Eastmoor Mutual Bank, where "Kim" of "Mr Kim"
    and "Putin" of "Russian President Putin" mention Kim Jong Un and Vladimir Putin."""
    return not any(
        run & named
        and all(w in named or w in BESIDE_A_NAME or w in STOPWORDS or is_form(w) for w in run)
        for run in written
    )
