"""Questions whose form says which sentence answers them, whatever the refusal score.

"Who is Jo Chun Ryong?" is answered wherever the articles introduce him, "Who is the Kremlin
spokesman?" wherever they name someone beside the role, "What happened on Monday?" wherever they
mention Monday. Such questions share little with their answer beyond the name or date they ask
about, so the calibrated refusal would often turn them down; their form makes the decision
instead, and a question of the form whose name, role or date the evidence lacks gets no answer
from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag.evidence import DATE
from rag.initialisms import initialism_of
from rag.lexical import WORD, terms
from rag.measures import states
from rag.questions import bare
from rag.roles import holder_pattern
from rag.types import Evidence

# "Who is Jo Chun Ryong?", "What was Tymnet?", "Where is Vostochny?", "Tell me about Peskov":
# the question is only a name, and news places a place where it first names it ("the Vostochny
# cosmodrome, more than 1,500km to the north of Vladivostok").
_DEFINITION = re.compile(
    r"^(?i:(?:who|what|where)\s+(?:is|was|are|were)|tell\s+me\s+about|describe|"
    r"what\s+do\s+(?:we|you)\s+know\s+about)\s+(?:(?i:the)\s+)?"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|the)\s+)*[A-Z0-9][\w’'.-]*)*)$"
)
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "this", "that"}


def introduction(question: str, evidence: list[Evidence], share: float) -> Evidence | None:
    """For a question that asks who, what or where a name is, or asks about it ("Tell me about
    Madden"), the sentence that introduces it.

    News introduces a person or thing, with a role or description, where it first names it
    ("Munitions Industry Department director Jo Chun Ryong"), and later sentences mention the
    name in passing. So the answer is the earliest sentence of its document that names it in
    full, among those the ranker rates at least `share` of the best. None for other questions.
    """
    definition = _DEFINITION.match(bare(question))
    if not definition or not evidence or definition["name"].lower() in _PRONOUNS:
        return None
    name = re.compile(_name_pattern(definition["name"]), re.IGNORECASE)
    near = share * max(e.relevance for e in evidence)
    naming = [e for e in evidence if name.search(e.sentence) and e.relevance >= near]
    if not naming:
        return None
    document = max(naming, key=lambda e: e.relevance).doc_id
    return min((e for e in naming if e.doc_id == document), key=lambda e: e.start)


# "Who is the Kremlin spokesman?", "Who is the president of Russia?", "Who is Russia's
# president?": the question is only a role, perhaps of a named country or body.
_ROLE_QUESTION = re.compile(
    r"^who\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?P<role>[\w’' -]+?)"
    r"(?:\s+of\s+(?:the\s+)?(?-i:(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)))?$",
    re.IGNORECASE,
)
_OWNED_ROLE_QUESTION = re.compile(
    r"^(?i:who\s+(?:is|was|are|were))\s+(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:’s|'s|’|')"
    r"\s+(?P<role>(?i:[\w -]+))$"
)


def role_holder(
    question: str, evidence: list[Evidence], texts: Sequence[str] = ()
) -> Evidence | None:
    """For a question that asks who holds a role ("Who is the Kremlin spokesman?"), the best-rated
    evidence sentence that names someone beside the role: "Kremlin spokesman Dmitry Peskov",
    "Dmitry Peskov, the Kremlin spokesman". A sentence that only mentions the role ("Rossiya 1
    showed a train carrying the North Korean leader") names nobody. The role of a named country
    or body is mentioned in any of the ways news writes it: "president of Russia", "Russia's
    president", "Russian President Vladimir Putin", and after its first mention by its last
    word ("the commission's chief inspector") or by the initialism `texts` give it ("the
    58-year-old director of the NSI"). None for other questions, or when no evidence sentence
    names the holder.
    """
    holder = _holder(question, texts)
    named = [e for e in evidence if holder.search(e.sentence)] if holder else []
    return max(named, key=lambda e: e.relevance) if named else None


def naming_holder(question: str, texts: Sequence[str]) -> Callable[[str, str], bool] | None:
    """For "Who is the director of the National Seismology Institute?", whether a sentence
    (after the one before it) names someone beside the role ("Dr Helena Brasch, the 58-year-old
    director of the NSI"), which evidence selection takes whatever its retrieval score; None for
    other questions."""
    holder = _holder(question, texts)
    return (lambda sentence, previous: bool(holder.search(sentence))) if holder else None


# "Who chairs the Aviation Competition Authority?", "Who heads the Civil Protection Agency in
# Marenza?": the question asks for a role by what its holder does.
_DOER_QUESTION = re.compile(
    r"^(?i:who\s+(?:now\s+|currently\s+)?(?P<verb>chairs|heads|leads|runs|directs))\s+"
    r"(?:the\s+)?(?P<owner>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w’'-]*)*)"
    r"(?:\s+(?i:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?$"
)
# The roles of whoever does so: "Who chairs the ACA?" is answered by "Ingrid Salomaa, the chair
# of the ACA".
_ROLES_OF = {
    "chairs": ("chair", "chairman", "chairwoman", "chairperson"),
    "heads": ("head", "chief", "chief executive", "director", "leader"),
    "leads": ("leader", "head", "chief"),
    "runs": ("head", "chief", "chief executive", "director", "manager"),
    "directs": ("director",),
}


def _holder(question: str, texts: Sequence[str]) -> re.Pattern[str] | None:
    """Where a text names the holder of the role a question asks about, if it asks one; an
    owner named in full is also named by the initialism `texts` give it. A question asking
    who heads something is also answered where a text says so ("Tomas Aldric, who heads the
    CPA")."""
    question = bare(question)
    asked = _ROLE_QUESTION.match(question) or _OWNED_ROLE_QUESTION.match(question)
    if asked:
        return holder_pattern(_role_pattern([asked["role"]], _owners(asked["owner"], texts)))
    doing = _DOER_QUESTION.match(question)
    if not doing:
        return None
    verb, owners = doing["verb"].lower(), _owners(doing["owner"], texts)
    named = holder_pattern(_role_pattern(list(_ROLES_OF[verb]), owners))
    does = rf"\b[A-Z][\w’'-]+,\s+who\s+(?:now\s+)?{verb}\s+(?:the\s+)?(?i:{_any_of(owners)})\b"
    return re.compile(f"{named.pattern}|{does}")


def _owners(owner: str | None, texts: Sequence[str]) -> list[str]:
    """The ways news names the owner of a role after its first mention: "the Care Standards
    Commission" is also "the commission", and "the National Seismology Institute" also "the
    NSI" where `texts` give it that initialism (`rag.initialisms`)."""
    if not owner:
        return []
    owners = [owner]
    if short := initialism_of(owner, texts):
        owners.append(short)
    if len(owner.split()) > 1:
        owners.append(owner.split()[-1].lower())
    return owners


def _role_pattern(roles: list[str], owners: list[str]) -> str:
    """One of `roles`, of one of `owners` when given, as a pattern: "president" of "Russia"
    matches "president of Russia", "Russia's president" and "Russian president"; of "the
    commission", "the commission's chief inspector"."""
    words = _any_of(roles)
    if not owners:
        return words
    of = _any_of(owners)
    return rf"(?:{words}\s+of\s+(?:the\s+)?{of}\b|{of}\w*(?:['’]s?)?\s+{words})"


def _any_of(phrases: list[str]) -> str:
    """A pattern for any of `phrases`, their words apart by any spacing."""
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases) + ")"


# "What happened in July?": the question is only a date.
_DATED_EVENT = re.compile(
    r"^what\s+(?:happened|happens|took\s+place|occurred|is\s+happening|was\s+happening|"
    r"will\s+happen)\s+(?:in|on|during|at|by|since|before|after)\s+(?P<when>.+)$",
    re.IGNORECASE,
)


def dated_event(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question that asks only what happened at a time ("What happened on Monday?", "What
    happened in the 88th minute?"), the best-rated evidence sentence that mentions that time;
    None for other questions.

    Like "Who is X?", it is answered whenever the articles mention the date, however little
    else of it the retrieved passages share with the question.
    """
    asked = _DATED_EVENT.match(bare(question))
    if not asked or not evidence:
        return None
    if not (_only_a_date(asked["when"]) or _POINT_OF_PLAY.fullmatch(asked["when"].strip())):
        return None
    when = set(terms(asked["when"]))
    dated = [e for e in evidence if when <= set(terms(e.sentence))]
    return max(dated, key=lambda e: e.relevance) if dated else None


def _only_a_date(text: str) -> bool:
    """Whether `text` names a time and nothing else: "July", "Monday", "October 6, 1973",
    "early 2019", "the 1990s" (not "1973 with Syria and Egypt")."""
    words = [w.capitalize() for w in WORD.findall(text)]  # "july" typed in lower case
    return any(DATE.fullmatch(w) for w in words) and all(
        DATE.fullmatch(w) or w.isdigit() or w.lower() in _DATE_WORDS for w in words
    )


# A time within a match or a race: "the 88th minute", "the second half", "the 12th lap".
_POINT_OF_PLAY = re.compile(
    r"(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|final|last)\s+"
    r"(?:minute|half|quarter|period|round|lap|inning|innings|set|over|stage|leg)",
    re.IGNORECASE,
)
_DATE_WORDS = {"the", "of", "early", "late", "mid", "last", "this", "next", "week", "month", "year"}


# "How old is Ilse Marchetti?": the question is only a name and its age.
_AGE_QUESTION = re.compile(r"^(?i:how\s+old\s+(?:is|was))\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$")


def age_of(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question that asks only how old someone is, the best-rated evidence sentence that
    gives their age ("Marchetti, 39, a former marine biologist"); None for other questions.

    Such a sentence gives the age in passing and shares only the name with the question, so
    the ranker rates the lead that names them above it."""
    if not _AGE_QUESTION.match(bare(question)):
        return None
    aged = [e for e in evidence if states("age", e.sentence, question, _before(e, evidence))]
    return max(aged, key=lambda e: e.relevance) if aged else None


def _before(sentence: Evidence, evidence: list[Evidence]) -> str:
    """The evidence sentence right before `sentence` in its document (only a space or a
    paragraph break between them), or ""."""
    return next(
        (
            e.sentence
            for e in evidence
            if e.doc_id == sentence.doc_id and 0 <= sentence.start - e.end <= _BREAK
        ),
        "",
    )


# The most characters between two sentences that follow each other: a paragraph break.
_BREAK = 4


def _name_pattern(name: str) -> str:
    """`name` as a whole-word pattern that any spacing or apostrophe style matches."""
    words = [re.sub(r"['’]", "['’]", re.escape(w)) for w in name.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
