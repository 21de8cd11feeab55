"""Relatives: "Who was Robert's son?", "What is the name of Arjun Kalsi's mother?" ask about
someone's relative, whom news names beside the word for the relation ("his son Bohemond", "Her
father, 79, ..."). A sentence about the person alone matches every other word of such a question
and says nothing of the relative ("Arjun learned to play when his grandfather, Harbhajan
Kalsi, taught him" does not name his mother).
"""

from __future__ import annotations

import re

from rag.evidence import needs_context, sentences_before
from rag.lexical import KIN
from rag.measures import rated_near_best
from rag.types import Evidence, Hit

_NOT_KIN = (
    r"(?:compan(?:y|ies)|firms?|groups?|organi[sz]ations?|bod(?:y|ies)|banks?|papers?|ships?|"
    r"sites?|brands?|stations?)\b"
)
# "Arjun Kalsi's mother", "the father of Arjun": the relation asked about, in group "kin".
# Not a "parent company" nor a "sister paper"; not "Orbitlink's partner in the venture" nor "the
# zoo's baby panda", a partner and a baby other than a relative.
_RELATIVE_OF = re.compile(
    rf"\b[A-Z][\w’'-]*['’]s?\s+(?i:(?P<kin>{KIN}))\b(?!\s+(?i:{_NOT_KIN}))"
    r"(?!(?<=partner)\s+in\b)(?!(?<=baby)\s+[a-z])"
    rf"|\b(?i:the\s+(?P<kin_of>{KIN})\s+of)\s+[A-Z]"
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


def asked_relative(question: str) -> str | None:
    """The relation a question asks about, in lower case ("mother" of "What is the name of Arjun
    Kalsi's mother?"), or None."""
    asked = _RELATIVE_OF.search(question)
    return (asked["kin"] or asked["kin_of"]).lower() if asked else None


def unrelated(question: str, evidence: list[Evidence], hits: list[Hit]) -> bool:
    """Whether the question asks about someone's relative and no evidence sentence rated near
    the best speaks of that relation, itself or, when it refers back ("He died in 2021."),
    in the text before it ("... after her husband, Sean, was diagnosed ...")."""
    kin = asked_relative(question)
    if kin is None:
        return False
    base = kin.removeprefix("half-")
    words = [rf"{re.escape(base)}s?", _PLURALS.get(base), _ALSO_SAID.get(base)]
    speaks_of = re.compile(rf"\b(?:{'|'.join(w for w in words if w)})\b", re.IGNORECASE)
    before = sentences_before(hits)
    return not any(
        speaks_of.search(e.sentence)
        or (needs_context(e.sentence) and speaks_of.search(before.get((e.doc_id, e.start), "")))
        for e in rated_near_best(evidence)
    )
