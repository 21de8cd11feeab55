"""Which of the names a question holds a text mentions, in the forms news refers back to them.

News names a person in full once and then by an honorific and one part of the name ("Imogen
Tate" and then "Ms Tate", "Kim Jong Un" and then "Mr Kim"), and writes a body's name in other
forms ("Normans" for "Norman", "measles, mumps and rubella" for "MMR"). Both the refusal rules
of `rag.answering` and the answerability features read a question's names this way, so that a
sentence about "Ms Tate's brother" counts as about Imogen Tate's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

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
    missing -= _compounds_of_a_name(question, text)
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


def _compounds_of_a_name(question: str, text: str) -> set[str]:
    """The words of `question` that join a name to a word in lower case ("french-language" of
    "French-language") that `text` writes with the same name joined to the same word or one of
    like meaning ("French-speaking"; not "Russian soldiers" for "Russian-backed")."""
    written = {
        (found[1].lower(), _LIKE.get(found[2].lower(), found[2].lower()))
        for found in _COMPOUND.finditer(text)
    }
    return {
        found[0].lower()
        for found in _COMPOUND.finditer(question)
        if (found[1].lower(), _LIKE.get(found[2].lower(), found[2].lower())) in written
    }


# A name joined to a word in lower case: "French-language", "Russian-backed".
_COMPOUND = re.compile(r"\b([A-Z][\w’']*)-([a-z][\w-]*)")
# Words so joined that mean the same: "French-speaking" is "French-language".
_LIKE = {"speaking": "language", "headquartered": "based", "run": "led"}


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


def called_otherwise(name: str, text: str, article: Sequence[str]) -> bool:
    """Whether `text` calls `name` (a word of a name, in lower case) by another name its
    `article` gives the same one: a person by the family name alone ("Begović's grandfather"
    for Tarik's, where the article introduces "Tarik Begović, who has been jumping ..."), or a
    thing by the name the article says it is also called ("The Old Bridge" for the Stari Most,
    after "the Stari Most, or Old Bridge,")."""
    said = words(text)
    for passage in article:
        aliases, people = _other_names(passage)
        for first, second in aliases:
            for one, other in ((first, second), (second, first)):
                if name in words(one) and words(other) <= said:
                    return True
        if any(words(given) == {name} and _alone(family, text) for given, family in people):
            return True
    return False


@lru_cache(maxsize=512)
def _other_names(passage: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The names `passage` gives a thing it also calls otherwise ("Stari Most", "Old Bridge"),
    and the given and family names of the people it introduces ("Tarik", "Begović"); read once
    per passage, as every evidence sentence's names are looked up in its article's passages."""
    aliases = tuple(_ALSO_CALLED.findall(passage))
    people = tuple(
        (found["name"].split()[0], found["name"].split()[-1])
        for found in _PERSON_INTRODUCED.finditer(passage)
    )
    return aliases, people


# A thing named with the other name it is also called by, set off: "the Stari Most, or Old
# Bridge," (not the choice of "back Labour, or Reform UK", nor a list's "France, or Italy").
_ALSO_CALLED = re.compile(
    rf"(?<![\w’'-])[Tt]he\s+({NAME_RUN.pattern}),\s+or\s+(?:the\s+)?({NAME_RUN.pattern})\s*[,)]"
)
# A person's full name, as news introduces one: "Tarik Begović, who ...", "Ilse Marchetti, 39,",
# "Dr Ana Lucía Ordóñez".
_PERSON_INTRODUCED = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?<![\w’'-])(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,2})"
    r"(?=,\s+(?:\d{1,3},|who\b))"
)


def _alone(family: str, text: str) -> bool:
    """Whether `text` writes a `family` name with no other name before it: "Begović's
    grandfather", "Mr Begović" (not "Mirsad Begović")."""
    for found in re.finditer(rf"(?<![\w’'-]){re.escape(family)}(?![\w-])", text):
        before = _WORD_BEFORE.search(text, 0, found.start())
        if before is None or before[1].lower() in BESIDE_A_NAME:
            return True
    return False


# A capitalised word right before another: "Mirsad" of "Mirsad Begović".
_WORD_BEFORE = re.compile(r"([A-Z][\w’'.-]*)\s+$")
