"""Predecessors and successors: "Who was the trust's chief executive before Helen Marsh?", "Who
did Bullock replace?" ask who held a role before someone, which an article answers only where it
says so: "replaces Raimonds Gailis", "succeeded Philip Lowe", "the previous record of 2:04:12,
set by ...". A sentence that names the current holder ("Dr Helen Marsh, the trust's chief
executive, said ...") matches every other word of such a question and says nothing of who came
before. So, the other way, "Who replaced Neil Hammond as operations director?" is answered only
by a sentence that says who came after him ("His successor, Karen Osei, ..."), not by one that
names him in the role. Likewise a question for what something was before what the article
reports ("What was the record price before this sale?") is answered by "The previous record of
€61,500 ...", not by the lead that reports the new one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rag.citations import unmentioned
from rag.lexical import question_terms, terms
from rag.measures import (
    continues,
    in_top_article,
    near_or_far,
    rated_far_from_best,
    rated_near_best,
    sentence_before,
)
from rag.roles import NAME_PARTICLE, NAME_WORD
from rag.types import Evidence, Hit

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


# Naming who held a record before, in passing: "beating the previous best of 15 hours and 38
# minutes set by Calum Dodds in 2019".
_PREVIOUS_BY = re.compile(
    r"\b(?:previous(?:ly)?|former)\s+(?:[\w’'.:,-]+\s+){0,8}?(?:set|held|established)\s+by\s+"
    r"(?:[a-z]+\s+){0,2}[A-Z]"
)


# "The previous oldest debutant at the Crucible, which has staged the championship since 1977,
# was Ray Pennington", "The previous record for the oldest woman to complete the crossing solo
# was held by Anneke de Vries", "The previous oldest winner ... was the former nurse Margaret
# Oyelaran": who held it before, in a sentence of its own, maybe described before the name.
_PREVIOUS_WAS = re.compile(
    r"(?:The|Its|His|Her|Their)\s+previous\s+(?P<what>(?:[\w’'.:,-]+\s+){0,14}?)(?:was|were)\s+"
    r"(?:(?:held|set|established)\s+by\s+[A-Z]"
    r"|(?:the\s+(?:(?!(?:in|at|on|of|by|for|to|from|with|who|that|which|as|than|when|since)\b)"
    r"[a-z-]+\s+){1,3})?"
    rf"[A-Z][\w’'-]*\s+(?:{NAME_PARTICLE}\s+)?[A-Z])"
)


# "Who replaced Neil Hammond as ...?", "Who will succeed Ozola?", "Who took over from Lowe?",
# "Who will take over the crossing from him?",
# "Who is Holm's successor?", "Who is the successor to Holm?": who came after, in group "after".
_SUCCESSOR = re.compile(
    r"^(?i:who)\s+(?:(?i:has|had|will|would|is\s+to)\s+)?(?i:replace[sd]?|succeed(?:s|ed)?(?!\s+in\b)|"
    r"(?:took|takes?|taken)\s+over\s+(?:(?:the|his|her|their)\s+[\w\s’'-]{1,40}?\s+)?from)\s+"
    r"(?P<after>.+)"
    r"|^(?i:who)\s+(?i:is|was|will\s+be)\s+(?P<owner>.+?)['’]s?\s+(?i:successor)\b"
    r"|^(?i:who)\s+(?i:is|was|will\s+be)\s+(?i:the\s+successor\s+(?:to|of))\s+(?P<of>.+)"
)
# What says who came after someone whoever it names: "His successor, Karen Osei", "was
# replaced by", "was succeeded by", "is being taken over by", "named as Hammond's replacement".
_SUCCEEDED = re.compile(
    r"\b(?:successors?|replacements?)\b|\b(?:replaced|succeeded|taken\s+over)\s+by\b",
    re.IGNORECASE,
)
# The capitalised words of a name: "Neil Hammond" of "Neil Hammond as operations director".


def asks_successor(question: str) -> list[str] | None:
    """The words of the name of whom a question asks the successor ("Hammond" of "Who replaced
    Neil Hammond as operations director?"; none for "Who replaced him?"), or None when it asks
    no successor."""
    asked = _SUCCESSOR.search(question.strip())
    if not asked:
        return None
    named = asked["after"] or asked["owner"] or asked["of"]
    return NAME_WORD.findall(re.split(r"\s+(?:as|at|in|on|for)\s+", named, maxsplit=1)[0])


def says_successor(sentence: str, named: list[str]) -> bool:
    """Whether `sentence` says who came after someone: a successor, someone "replaced by", or
    (of the one `named`, or of "him" or "her" when no name is given) "replaces Neil Hammond",
    "will take over from him"."""
    if _SUCCEEDED.search(sentence):
        return True
    followed = r"\b(?i:replac|succeed)\w*|\b(?i:took|takes?|taken|taking|take)\s+over\s+from"
    if not named:
        return bool(re.search(rf"(?:{followed})\s+(?i:him|her|them)\b", sentence))
    last = re.escape(named[-1])
    return bool(re.search(rf"(?:{followed})\s+(?:[\w.’'-]+\s+){{0,3}}?{last}\b", sentence))


def asks_predecessor(question: str) -> bool:
    """Whether the question asks who held something before someone."""
    return bool(_PREDECESSOR.search(question.strip()))


def unsucceeded(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks for a predecessor and no evidence sentence rated near the best
    says anything of who came before, or for a successor and none near the best or rated at
    least a fifth as high (`rag.measures.near_or_far`) says who came after them."""
    named = asks_successor(question)
    if named is not None:
        return not _telling_successor(named, evidence)
    return asks_predecessor(question) and not any(
        _SUCCESSION.search(e.sentence) for e in rated_near_best(evidence)
    )


def telling_succession(question: str, hits: list[Hit]) -> Callable[[str, str], bool] | None:
    """For "Who held the record before Lowther?", whether a sentence (after the one before it)
    names who came before whoever the question names ("Megan Lowther ... beating the previous
    best ... set by Calum Dodds"), and for "Who will take over the crossing from him?", whether
    it says who comes after ("His job is being taken over by Bethan Rowlands"): evidence
    selection takes such a sentence whatever its retrieval score, as news says so in passing,
    in a sentence on much else. A successor's sentence must be of the best passage's article and
    name the one asked of (with the sentence before), when the question names them. None for
    other questions."""
    named = asks_successor(question)
    if named is not None:
        return in_top_article(
            hits,
            lambda sentence, previous: (
                says_successor(sentence, named) and _names_last(named, f"{previous} {sentence}")
            ),
        )
    if not asks_predecessor(question):
        return None
    return lambda sentence, previous: _names_predecessor(question, sentence, previous)


def _names_predecessor(question: str, sentence: str, previous: str = "", article: str = "") -> bool:
    """Whether `sentence` names who came before ("took over from Philip Lowe", "the previous
    record ... set by Calum Dodds") and, read after `previous`, the one the question asks who
    came before ("Lowther" of "Who held the Cheviot Round record before Lowther?"), or else
    everyone the question names. A sentence of its own on who came before ("The previous
    oldest debutant at the Crucible ... was Ray Pennington") is of whom the rest of its
    `article` names."""
    said = _FOLLOWED.search(sentence) or _PREVIOUS_BY.search(sentence)
    if said:
        # The one who came after is named before those words, the one before after them.
        read = f"{previous} {sentence[: said.start()]}"
    elif article and (previous_was := _PREVIOUS_WAS.match(sentence.strip())):
        # Of what the question asks, naming nothing it does not: "The previous oldest debutant"
        # for "the oldest player to make a Crucible debut", not "His previous job" nor "The
        # previous fastest time on the Bob Graham Round".
        what = previous_was["what"]
        if not set(question_terms(what)) & set(question_terms(question)) or unmentioned(
            what, question
        ):
            return False
        read = article
    else:
        return False
    before = _BEFORE_NAME.search(question)
    if before:
        return bool(re.search(rf"\b{re.escape(before['name'].split()[-1])}\b", read))
    return not unmentioned(question, read)


# Whom a predecessor question asks who came before: "before Megan Lowther".
_BEFORE_NAME = re.compile(r"\bbefore\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def succeeding(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a predecessor question, the best-rated evidence sentence, near the best or rated at
    least a fifth as high (`rag.measures.near_or_far`), that names the one asked about and who
    came before them: "Ms Bullock, who took over from Philip Lowe in September, ..." answers
    "Who did Bullock replace?" however little else it shares with it; for a successor question,
    the one that says who came after ("His successor, Karen Osei, ..." right after the sentence on
    Robert Lindqvist). None for other questions, or when no such sentence is found."""
    named = asks_successor(question)
    if named is not None:
        found = _telling_successor(named, evidence)
    elif asks_predecessor(question):
        found = [
            e
            for e in near_or_far(evidence)
            if _names_predecessor(
                question,
                e.sentence,
                sentence_before(e, evidence),
                " ".join(other.sentence for other in evidence if other.doc_id == e.doc_id),
            )
        ]
    else:
        return None
    return max(found, key=lambda e: e.relevance) if found else None


def _telling_successor(named: list[str], evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences near the best or rated at least a fifth as high
    (`rag.measures.near_or_far`) that say who came after the one `named` (`_of_named`)."""
    best = max(evidence, key=lambda e: e.relevance, default=None)
    return [
        e
        for e in near_or_far(evidence)
        if says_successor(e.sentence, named) and _of_named(e, best, named)
    ]


def _of_named(sentence: Evidence, best: Evidence | None, named: list[str]) -> bool:
    """Whether `sentence` is about the one `named` (by the last word of the name): it mentions
    them, or goes on right after the best sentence that does ("His successor, Karen Osei, ..."
    after the sentence on Robert Lindqvist), so "Paper tickets were replaced by contactless
    readers" answers no "Who replaced Neil Hammond?"."""
    return _names_last(named, sentence.sentence) or (
        best is not None and continues(best, sentence) and _names_last(named, best.sentence)
    )


def _names_last(named: list[str], text: str) -> bool:
    """Whether `text` holds the last word of the name `named` (any text when none is given)."""
    return not named or bool(re.search(rf"\b{re.escape(named[-1])}\b", text))


# "What was the record price for a Connemara pony before this sale?", "What was the library's
# previous record for a late return?": what a record, a price or a figure was before what the
# article reports (not "Who held ...?", a predecessor; nor "before the storm" or "before this
# happened", an earlier event; nor "What did the previous government promise?", "the former
# library" or "prior to this visit", which only say which).
_VALUE = (
    r"(?:records?|best|price|figure|total|level|high|low|peak|estimate|sum|amount|value|fine|fee|"
    r"cost|tally|mark)\b"
)
_ASKS_EARLIER = re.compile(
    r"^(?:what|which|how\s+\w+)\b"
    rf"(?=.*\b{_VALUE})"
    r".*\b(?:before\s+(?:this|that|these|those|then|now|today)\b"
    r"(?!\s+(?:\w+\s+)?(?:happened|began|started|was|were|had|is|are)\b)"
    # "... before Wulandari broke it?": the record she broke.
    r"|before\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3}(?:broke|beat|bettered|smashed|lowered|improved)"
    r"\s+it\W*$"
    r"|(?:previous|prior)\s+(?!to\b)[a-z])",
    re.IGNORECASE,
)
# Where a sentence tells what something was before: "The previous record of €61,500", "the
# old figure", followed by the words of what it was (read for a question term); not "a
# 12-year-old pony", nor "Old Trafford".
_EARLIER = re.compile(
    r"(?<![\w-])(?:[Pp]revious|[Pp]rior|[Ee]arlier|[Ff]ormer|old)\s+"
    r"(?P<what>(?:[\w-]+\s+){0,2}[\w-]+)"
)


def asks_earlier(question: str) -> bool:
    """Whether the question asks what something was before what the article reports."""
    return bool(_ASKS_EARLIER.search(question.strip()))


def tells_earlier(question: str, sentence: str) -> bool:
    """Whether `sentence` says what something of the question was before: "The previous record
    was a cookery book ..." for "What was the library's record for a late return before this
    one?" (not "the old frame" for "What was the price before this sale?")."""
    asked = set(question_terms(question))
    return any(asked & set(terms(m["what"])) for m in _EARLIER.finditer(sentence))


def telling_earlier(question: str, hits: list[Hit]) -> Callable[[str, str], bool] | None:
    """For a question for what something was before, whether a sentence of the best passage's
    article tells it (`tells_earlier`), which evidence selection takes whatever its retrieval
    score: another article's previous record is of something else. None for other questions."""
    if not asks_earlier(question):
        return None
    return in_top_article(hits, lambda sentence, previous: tells_earlier(question, sentence))


def earlier_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for what something was before, the best-rated evidence sentence rated at
    least a fifth as high as the best that tells it, when the best one does not: the lead that
    reports the new record is rated above the sentence giving the old one. None for other
    questions, or when none tells it."""
    if not asks_earlier(question) or not evidence:
        return None
    if tells_earlier(question, max(evidence, key=lambda e: e.relevance).sentence):
        return None
    return rated_far_from_best(evidence, lambda e: tells_earlier(question, e.sentence))
