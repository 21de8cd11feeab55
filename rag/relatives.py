"""Relatives: "Who was Robert's son?", "What is the name of Arjun Kalsi's mother?" ask about
someone's relative, whom news names beside the word for the relation ("his son Bohemond", "Her
father, 79, ..."). A sentence about the person alone matches every other word of such a question
and says nothing of the relative ("Arjun learned to play when his grandfather, Harbhajan
Kalsi, taught him" does not name his mother).
"""

from __future__ import annotations

import re

from rag.evidence import answer_type, has_answer_type, needs_context, sentences_before
from rag.lexical import KIN, NOT_KIN, RELATIVE, WORD, question_terms, terms
from rag.measures import named_words, near_or_far, rated_near_best
from rag.types import Evidence, Hit

# "Arjun Kalsi's mother", "the Indonesian climber's mother", "Gifty Owusu's older sister", "Hamad
# al-Araimi's two sons", "the father of Arjun": the relation asked about, in group "kin".
# Not a "parent company" nor a "sister paper"; not "Orbitlink's partner in the venture" nor "the
# zoo's baby panda", a partner and a baby other than a relative.
# Owners of a "sister club" or a "parent": bodies, not people.
_NOT_PEOPLE = (
    r"(?:company|club|firm|bank|group|team|school|city|country|government|party|paper|"
    r"newspaper|university|airline|brand|network|station|hotel|store|chain)"
)
_RELATIVE_OF = re.compile(
    rf"(?:\b(?P<owner>[A-Z][\w’'-]*)|\b(?i:the)\s+(?:[A-Z][\w’'-]*\s+)*"
    rf"(?P<described>(?!{_NOT_PEOPLE}\b)[a-z]+))['’]s?\s+"
    r"(?:(?:two|three|four|five|older|younger|elder|eldest|youngest|late|twin)\s+)?"
    rf"(?i:(?P<kin>{KIN}))s?\b(?!\s+(?i:{NOT_KIN}))"
    r"(?!(?<=partner)\s+in\b)(?!(?<=partners)\s+in\b)(?!(?<=baby)\s+[a-z])"
    rf"|\b(?i:the\s+(?P<kin_of>{KIN})\s+of)\s+(?:The\s+)?(?P<owned>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
# "Which member of Yem Sreymom's family ...?", "Who in her family ...?", "Which of Ortiz's
# relatives ...?": any relative, whom news tells of by the word for the relation ("their
# 15-year-old son").
_FAMILY_OF = re.compile(
    r"\b(?:members?\s+of|in)\s+(?:(?:[A-Z][\w’'-]*\s+)*(?P<owner>[A-Z][\w’'-]*)['’]s?"
    r"|(?i:his|her|their))\s+family\b(?!['’])(?!\s+(?:business|firm|company|farm|home|house|"
    r"shop|restaurant|car|name|doctor|friends?|life|tree|history|land|estate|trade)\b)"
    r"|\b(?P<related>[A-Z][\w’'-]*)['’]s?\s+(?:relatives|family\s+members)\b"
)
_PLURALS = {"child": "children", "wife": "wives", "baby": "babies"}
# The other words news uses for some relations: "his mum", "her parents", "their children".
_ALSO_SAID = {
    "mother": r"mum|mom|parents?",
    "father": r"dad|parents?",
    "parent": r"mother|father|mum|dad",
    "child": r"children|son|daughter",
    "wife": r"widow|married|partner",
    "husband": r"widower|married|partner",
    "partner": r"wife|husband|girlfriend|boyfriend",
    **dict.fromkeys(("fiance", "fiancé", "fiancee", "fiancée"), r"fianc[eé]e?s?"),
}


# The relations that say the asked one the other way round: "Emma, sister of Duke Richard II"
# and "Richard's sister Emma" say who Emma's brother was, "Bohemond, son of Robert" who
# Bohemond's father was. They do not tell a brother from a sister, nor a father from a mother.
_CONVERSE = {
    **dict.fromkeys(("brother", "sister"), r"brother|sister"),
    **dict.fromkeys(("father", "mother", "parent"), r"son|daughter|child"),
    **dict.fromkeys(("son", "daughter", "child"), r"father|mother|parent"),
}

# Who "her son Kofi" is the son of, by the pronoun: his mother, not his father.
_PRONOUN_OF = {
    **dict.fromkeys(("mother", "sister", "daughter"), "her"),
    **dict.fromkeys(("father", "brother", "son"), "his"),
}


def asked_relative(question: str) -> str | None:
    """The relation a question asks about, in lower case ("mother" of "What is the name of Arjun
    Kalsi's mother?"), or None."""
    asked = _RELATIVE_OF.search(question)
    if asked:
        return (asked["kin"] or asked["kin_of"]).lower()
    return "family" if _FAMILY_OF.search(question) else None


def unrelated(question: str, evidence: list[Evidence], hits: list[Hit]) -> bool:
    """Whether the question asks about someone's relative and no evidence sentence tells of
    that relation (`_telling_of`)."""
    speaks_of = _speaking_of(question)
    return speaks_of is not None and not _telling_of(
        question, speaks_of, evidence, sentences_before(hits)
    )


def of_the_relative(question: str, evidence: list[Evidence], hits: list[Hit]) -> Evidence | None:
    """For a question about someone's relative, the best-rated evidence sentence that tells of
    the relation (`_telling_of`), when the best does not speak of it: "where her father farms
    rice and her mother sells fried snacks from a stall" for "How does the climber's mother make
    a living?", not "She is the first Indonesian woman to win ...", which the ranker rates
    first."""
    speaks_of = _speaking_of(question)
    if speaks_of is None or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    before = sentences_before(hits)
    if _speaks(speaks_of, best, before):
        return None
    telling = _telling_of(question, speaks_of, evidence, before)
    doing = _doing_as_asked(question, telling)
    return max(doing or telling, key=lambda e: e.relevance) if telling else None


# A word owning another: "climber" of "the climber's father".
_POSSESSOR = re.compile(r"\b(\w+)['’]s?\s")
# Words of a relatives question that ask who the relative is, not what they do.
_ASKING_WHO = frozenset(terms("member members family relative relatives name names"))


def _doing_as_asked(question: str, telling: list[Evidence]) -> list[Evidence]:
    """Those of the sentences telling of the relation that say what the question says the
    relative does ("her older brother, Gor, ... is now her training partner" for "Which member
    of her family does Sargsyan train with?", not the sentence on what her parents do): they
    hold a word of the question other than a name, whose relative it is, a word for kin or one
    asking who."""
    named = set(terms(" ".join(named_words(question))))
    kin = set(terms(" ".join(w for w in WORD.findall(question) if RELATIVE.fullmatch(w))))
    # Whose relative it is ("the climber's father") is no deed of theirs.
    owner = set(terms(" ".join(_POSSESSOR.findall(question))))
    doing = set(question_terms(question)) - named - kin - owner - _ASKING_WHO
    return [e for e in telling if doing & set(terms(e.sentence))]


def _telling_of(
    question: str,
    speaks_of: re.Pattern[str],
    evidence: list[Evidence],
    before: dict[tuple[str, int], str],
) -> list[Evidence]:
    """The evidence sentences that speak of the relation asked about: those rated near the best,
    and, as news tells of someone's family in passing, in a sentence on much else, those of the
    best one's article rated a fifth as high that also hold the kind of answer asked for ("a
    cousin who had failed the test four times" gives no sum the cousin paid)."""
    if not evidence:
        return []
    best = max(evidence, key=lambda e: e.relevance)
    near = rated_near_best(evidence)
    kind = answer_type(question)
    return [
        e
        for e in near_or_far(evidence)
        if _speaks(speaks_of, e, before)
        and (
            e in near
            or (
                e.doc_id == best.doc_id
                and (kind is None or has_answer_type(kind, e.sentence, question))
            )
        )
    ]


def _speaks(speaks_of: re.Pattern[str], e: Evidence, before: dict[tuple[str, int], str]) -> bool:
    """Whether the sentence speaks of the relation, itself or, when it refers back ("He died in
    2021."), in the text before it ("... after her husband, Sean, was diagnosed ...")."""
    return bool(
        speaks_of.search(e.sentence)
        or (needs_context(e.sentence) and speaks_of.search(before.get((e.doc_id, e.start), "")))
    )


def _speaking_of(question: str) -> re.Pattern[str] | None:
    """What speaks of the relation the question asks about: the word for it, or one for it the
    other way round (`_CONVERSE`); None for a question about no relative. A question for the
    relative's name ("Who ...?", "What was the name of ...?") needs one beside the relation
    (`_named_beside`): "a joiner whose mother and uncle both died of MND" names neither."""
    kin = asked_relative(question)
    if kin is None:
        return None
    if kin == "family":
        return _any_relative(question)
    base = kin.removeprefix("half-")
    words = [rf"{re.escape(base)}s?", _PLURALS.get(base), _ALSO_SAID.get(base)]
    relation = rf"\b(?:{'|'.join(w for w in words if w)})\b"
    asked = _RELATIVE_OF.search(question)
    # The name's words ("Craig McAllister" of "Craig McAllister's mother") and its last word.
    owned = _full_name(asked["owner"], question) if asked and asked["owner"] else []
    owned = owned or (asked["owner"] or asked["owned"] or "").split()
    owner = owned[-1] if owned else None
    asks_name = bool(_ASKS_NAME.search(question))
    if asks_name:
        relation = _named_beside(relation, owned)
    if owner and base in _CONVERSE:
        # "Emma, sister of Duke Richard II" for "Who was Emma's brother?", "Edgar's sister
        # Margaret" for "Who was Margaret's brother?", and "her son Kofi" for "Kofi's mother".
        other, name = _CONVERSE[base], re.escape(owner)
        pronoun = rf"(?i:{_PRONOUN_OF.get(base, 'his|her|their')})"
        if asks_name:
            # The name the question asks for stands before the pronoun: "Gifty Owusu, 29, ...,
            # learned that her son Kofi had the disease".
            pronoun = rf"(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)\b[^.;]*?\b{pronoun}"
        relation += (
            rf"|\b{name},?\s+(?:the\s+)?(?:{other})\s+of\b"
            rf"|\b(?:[A-Z][\w’'-]*['’]s?|{pronoun})\s+(?:{other}),?\s+{name}\b"
        )
    return re.compile(relation, re.IGNORECASE)


def _any_relative(question: str) -> re.Pattern[str]:
    """What speaks of any relative of the one a "Which member of X's family ...?" question
    names: a word for a relation, or the family, after a pronoun or their name ("their
    15-year-old son", "Yem Sreymom's husband", "14 members of his family")."""
    asked = _FAMILY_OF.search(question)
    owner = asked["owner"] or asked["related"] if asked else None
    owners = "|".join(["his", "her", "their", *([rf"{re.escape(owner)}['’]s?"] if owner else [])])
    return re.compile(
        rf"\b(?:{owners})\s+(?:[\w-]+\s+)?(?:{KIN}s?|children|family|relatives)\b", re.IGNORECASE
    )


def _full_name(last: str, question: str) -> list[str]:
    """The words of the name in `question` that ends with `last` before its "'s"."""
    found = re.search(rf"((?:[A-Z][\w’'-]*\s+)*){re.escape(last)}['’]s?\s", question)
    return [*found[1].split(), last] if found else []


def _named_beside(relation: str, owned: list[str]) -> str:
    """A pattern of `relation` with a name beside it: "her husband, Sean", "his son Bohemond",
    "His mother's name was Jean", "Henry's wife was Catherine", or before it, "Sean, her
    husband", "Bohemond, Robert's son", "Bohemond, son of Robert" (with a word of the owner's
    name, `owned`)."""
    owners = "|".join(["his", "her", "their", "the", *(rf"{re.escape(w)}['’]s?" for w in owned)])
    name = r"(?-i:[A-Z][\w’'-]+)(?<!\bThe)"
    return (
        rf"{relation},?\s+{_AGE}{name}"
        rf"|{relation}(?:['’]s\s+name)?\s+(?:(?:is|was|were|are)\s+)?(?:named\s+|called\s+)?{name}"
        rf"|{name},\s+{_AGE}(?:(?:{owners})\s+(?:[a-z]+\s+)?{relation}|(?:the\s+)?{relation}\s+of\b)"
    )


# A question for a name: "Who was Robert's son?", "What are the names of Arjun Kalsi's sons?",
# "What was his mother called?" (not "Who did his mother marry?").
_ASKS_NAME = re.compile(
    r"^\W*(?:who|whom)\s+(?:is|was|are|were)\b|\bnames?\s+of\b|\bcalled\W*$", re.IGNORECASE
)
# An age beside a name: "Her father, 79, ...".
_AGE = r"(?:\d{1,3},\s+)?"
