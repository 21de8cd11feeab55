"""Contrasts: a question about the men's race is not answered by a sentence about the women's,
nor one about last year's festival by a sentence about this year's, one about children under
five by a count of those under 10, one about the injured by a count of the dead, nor one about
the largest of a kind by "one of the largest".

News of a contest often reports both halves of a pair in sentences that share every other word
("In the women's race, Mercy Chebet won in 2:19:48"), and the ranker, reading those shared
words, may rate the wrong half's sentence best.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag.citations import numbers
from rag.evidence import answer_type, has_answer_type, sentences_before
from rag.measures import (
    A_YEAR,
    HOW_MANY,
    MONTHS,
    asked_measure,
    counts_unnamed,
    far_from_best,
    giving_asked,
    measures_the_thing,
    rated_far_from_best,
    rated_near_best,
    states,
)
from rag.types import Evidence, Hit


def _pair(one: str, other: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two halves of a pair, each read from a word's start, in any case."""
    return re.compile(rf"\b{one}", re.IGNORECASE), re.compile(rf"\b{other}", re.IGNORECASE)


# Pairs whose halves a question names to tell them apart, as qualifiers of an event, a team or
# a time: "the men's race", "the girls' team", "female candidates" (not "the man charged"),
# "last year's festival", "the afternoon quiet hours" (not "the night-time noise level"); and
# whom or what news counts apart: boys and girls ("the dropout rate among girls", "the rate for
# boys"), adults and children, a company's profit and its revenue.
_PAIRS = tuple(
    _pair(one, other)
    for one, other in (
        (r"men['’]s\b", r"women['’]s\b"),
        # In lower case, and in the plural: not "Save the Children", "adult education".
        (r"(?-i:boys)\b", r"(?-i:girls)\b"),
        (r"(?-i:adults)\b", r"(?-i:children)\b"),
        (r"male\b", r"female\b"),
        # A game's normal time and its overtime, as when something happened: not "took the
        # match into extra time".
        (
            r"(?:normal|regular|regulation)\s+time\b",
            r"(?:in|during)\s+(?:the\s+)?(?:(?:first|second|third|double|triple)\s+)?"
            r"(?:overtime|extra[\s-]time)\b",
        ),
        (r"(?<!the\s)last\s+year\b", r"this\s+year\b"),
        (r"(?<!the\s)last\s+season\b", r"this\s+season\b"),
        (
            r"(?:day-?time|afternoons?|during\s+the\s+day)\b",
            # Not "the overnight sleeper", where it describes a thing.
            r"(?:night[-\s]?time|overnight(?!\s+(?!(?:and|or|but)\b)[a-z])|at\s+night)\b",
        ),
    )
)
# A company's profit and its revenue, which a sum answering either names: not "Shares rose 4.2
# per cent to 11.36 euros" for its profit. Not "non-profit", "profit from", which name no sum.
# A question names them in lower case; a sentence may open with one ("Profit rose ...").
_PROFIT = r"(?<![\w-])(?:profits?(?!\s+from\b)|earnings|net\s+income|loss(?:es)?)\b"
_REVENUE = r"(?:revenues?|sales|turnover)\b"
_SUMS = _pair(f"(?-i:{_PROFIT})", f"(?-i:{_REVENUE})")
_SUMS_NAMED = (re.compile(_PROFIT, re.IGNORECASE), re.compile(_REVENUE, re.IGNORECASE))


# An age group named by its bound after whom it counts: "children under five", "people aged over
# 65", "those older than 80"; not "fell to under 10 per cent" or "for over 20 years".
_AGE_GROUP = re.compile(
    r"\b(?:children|kids|people|adults|infants|babies|toddlers|pupils|students|those|anyone|"
    r"men|women|boys|girls|patients|residents|workers|drivers|voters|pensioners|teenagers)\s+"
    r"(?:aged\s+)?"
    r"(under|below|younger\s+than|over|above|older\s+than)\s+(?:the\s+age\s+of\s+)?"
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?![.,]?\d|\s*(?:per\s*cent|percent|%|million|billion|thousand))",
    re.IGNORECASE,
)
_YOUNGER = ("under", "below", "younger")


def _age_groups(text: str) -> set[tuple[bool, str]]:
    """The age groups `text` names, as (whether the bound is an upper one, the bound)."""
    return {
        (bound.lower().startswith(_YOUNGER), numbers(age).pop())
        for bound, age in _AGE_GROUP.findall(text)
    }


# The dead and the injured, which a count of people tells apart ("How many people were injured?"
# over "killing 26 people"); other questions may name either to describe an event ("Which
# hospital treated survivors of the crash that killed five?").
_COUNTED_PAIRS = (
    _pair(
        r"(?:killed|killing|died|dead|deaths?|death\s+toll|fatalities)\b",
        r"(?:injured|injuring|injur(?:y|ies)|wounded|wounding)\b",
    ),
)


def contrasted(question: str, sentence: str) -> bool:
    """Whether `sentence` names the other half of a pair whose one half alone `question` names,
    and not the half asked about: "In the women's race, ..." for "Who won the men's race?" (not
    for "What was the ratio of men to women?"), "this year's event" for "How many tickets were
    sold for last year's festival?"; another age group ("children under 10" for "children under
    five", `_AGE_GROUP`), and what is in a place for what lies outside it (`_inside_instead`).
    For a count, the dead are told apart from the injured too (`_COUNTED_PAIRS`). A sentence may
    open with a company's sum ("Sales at those shops fell by only 3.1 per cent, ... while
    profits rose" names the sales asked about)."""
    counted = _COUNTED_PAIRS if HOW_MANY.search(question) else ()
    pairs = [(pair, pair) for pair in (*_PAIRS, *counted)] + [(_SUMS, _SUMS_NAMED)]
    for (one, other), (told_one, told_other) in pairs:
        asked_one, asked_other = bool(one.search(question)), bool(other.search(question))
        if asked_one == asked_other:
            continue
        asked, unasked = (told_one, told_other) if asked_one else (told_other, told_one)
        if unasked.search(sentence) and not asked.search(sentence):
            return True
    asked_ages = _age_groups(question)
    told_ages = _age_groups(sentence) if asked_ages else set()
    return (bool(told_ages) and not told_ages & asked_ages) or _inside_instead(question, sentence)


# Beyond a place the question names: "How many does Ferrante employ outside Italy?".
_OUTSIDE = re.compile(r"\boutside\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")


def _inside_instead(question: str, sentence: str) -> bool:
    """Whether the question asks about what lies outside a place ("How many does Ferrante
    employ outside Italy?") and `sentence` tells of what is in it ("It employs about 2,100
    people in Italy"), not of what is outside it too."""
    outside = _OUTSIDE.search(question)
    if outside is None:
        return False
    place = re.escape(outside["place"])
    inside = rf"\bin\s+(?:the\s+)?{place}\b(?!\s+[A-Z])"
    return bool(re.search(inside, sentence)) and not re.search(
        rf"(?i:\boutside)\s+(?:the\s+)?{place}\b", sentence
    )


def all_contrasted(question: str, evidence: list[Evidence]) -> bool:
    """Whether the best evidence sentence and every other one that could answer is about the
    other half of a pair the question names (`contrasted`): the articles report only this
    year's ticket sales, not last year's. For a question for a measure, only the sentences
    stating one could answer (`_answering`): a photo caption on last year's festival gives no
    count of its tickets; nor, for a company's profit, a sentence giving a sum it does not say
    is one (`_names_measured`)."""
    answering = _answering(question, evidence)
    told = [contrasted(question, e.sentence) for e in answering]
    return any(told) and all(
        other or not _names_measured(question, e.sentence)
        for e, other in zip(answering, told, strict=True)
    )


def _names_measured(question: str, sentence: str) -> bool:
    """Whether `sentence` names the company's figure the question asks for, where it names one
    of its profit and its revenue (`_SUMS`): "Its net profit was 31 million euros" or "Profit
    rose to 31 million euros", not "Shares rose to 11.36 euros", for its profit."""
    profit, revenue = _SUMS
    asked_profit, asked_revenue = bool(profit.search(question)), bool(revenue.search(question))
    if asked_profit == asked_revenue:
        return True
    return bool(_SUMS_NAMED[0 if asked_profit else 1].search(sentence))


def uncontrasted_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """The best-rated evidence sentence that could answer (`_answering`) and is not about the
    other half of a pair the question names, when the best one is (`contrasted`); None
    otherwise, or when every such sentence is. What a measure is of, it must name
    (`_names_measured`)."""
    if not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if not contrasted(question, best.sentence):
        return None
    others = [
        e
        for e in _answering(question, evidence)
        if not contrasted(question, e.sentence) and _names_measured(question, e.sentence)
    ]
    return max(others, key=lambda e: e.relevance) if others else None


def of_last_year(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question about last year ("Who beat Haworth in the final qualifying round last
    year?"), the best-rated evidence sentence rated at least a fifth as high as the best that
    says "last year" and holds the kind of answer asked for, when the best does not say it:
    news tells of the year before in a sentence of its own ("Last year he came within a frame
    of qualifying, losing ... to the Welsh player Rhys Pritchard"), which shares fewer words
    with the question than the one on this year's match. None otherwise."""
    if not _ASKS_LAST_YEAR.search(question):
        return None
    return _saying_when(question, evidence, _LAST_YEAR)


def unsaid_last_year(question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()) -> bool:
    """Whether a question about last year ("Who won the Halloran Prize last year?") has no
    evidence sentence rated at least a fifth as high as the best that tells of last year or
    names any year, or follows a sentence in the retrieved passages `hits` that tells of last
    year, in words or as the year before its article's date: "Huw Bevan ... won the Halloran
    Prize on Monday night" tells of this year's (whatever year "The prize, founded in 1987, ..."
    before it names), where "On the busiest day, 21 October, ..." after "The Grand Harbour
    received 412 cruise ship calls in 2025" in an article of 2026 tells of last year's."""
    if not _ASKS_LAST_YEAR.search(question) or not evidence:
        return False
    before = sentences_before(list(hits))

    def of_last_year(e: Evidence) -> bool:
        previous = before.get((e.doc_id, e.start), "")
        year = str(int(e.date[:4]) - 1) if e.date and e.date[:4].isdigit() else None
        return bool(_LAST_YEAR.search(previous) or (year and re.search(rf"\b{year}\b", previous)))

    return not any(
        _LAST_YEAR.search(e.sentence) or A_YEAR.search(e.sentence) or of_last_year(e)
        for e in far_from_best(evidence)
    )


def of_the_present(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for a kind of answer as things stand now ("How many shops does the chain
    currently have?"), the best-rated evidence sentence rated at least a fifth as high as the
    best that says "now" or "currently" and holds one, when the best does not say it: "It now
    has 132 shops across Lancashire", not the lead on its plans ("is to open 45 new shops").
    None otherwise."""
    if not _NOW.search(question) or answer_type(question) is None or not evidence:
        return None
    # "How long is the digital code every building now has?" is answered by "a 10-character
    # digital code", not by the lead that says "now".
    if measures_the_thing(question, max(evidence, key=lambda e: e.relevance).sentence):
        return None
    return _saying_when(question, evidence, _NOW)


def _saying_when(question: str, evidence: list[Evidence], when: re.Pattern[str]) -> Evidence | None:
    """The best-rated evidence sentence, rated at least a fifth as high as the best, that says
    the time `when` matches and holds the kind of answer the question asks for, when the best
    does not say it; else None."""
    if not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if when.search(best.sentence):
        return None
    kind = answer_type(question)
    return rated_far_from_best(
        evidence,
        lambda e: (
            bool(when.search(e.sentence))
            and (kind is None or has_answer_type(kind, e.sentence, question))
        ),
    )


# "now", "currently", "at present" (not "until now", "by now", "from now", "the now-defunct
# shop", nor "Now, ..." opening a sentence).
_NOW = re.compile(
    r"(?<!\buntil\s)(?<!\bby\s)(?<!\bfrom\s)(?<!^)\b(?:now(?!-)|currently|at\s+present)\b"
    r"|^(?:currently|at\s+present)\b",
    re.IGNORECASE,
)


# "last year", "the previous year", "its last fiscal year", "a year earlier"; not "larger than
# last year" or "up on last year", which compare with it.
_LAST_YEAR = re.compile(
    r"(?<!\bthan\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bon\s)"
    r"\b(?:last|previous|prior)\s+(?:(?:fiscal|financial)\s+)?year\b"
    r"|\ba\s+year\s+(?:earlier|before|ago)\b"
    # The last year told by its end: "in the financial year that ended in June", "in the year
    # to March".
    r"|\b(?:financial|fiscal)\s+year\s+(?:that|which)\s+ended\b"
    rf"|\bthe\s+(?:(?:financial|fiscal)\s+)?year\s+to\s+(?-i:{MONTHS})\b",
    re.IGNORECASE,
)
# A question asking about last year, the time of what it asks: not "in the last year of her
# term", "in his last year at Leeds", nor "compared with last year", which asks for both.
_ASKS_LAST_YEAR = re.compile(
    r"(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bwith\s)"
    r"(?<!\bthan\s)(?<!\bfrom\s)(?<!\bsince\s)\blast\s+(?:(?:fiscal|financial)\s+)?year\b"
    r"(?!\s+(?:of|at|in|as)\b)|\b(?:the|its|their)\s+last\s+(?:fiscal|financial)\s+year\b",
    re.IGNORECASE,
)


def _answering(question: str, evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences that could answer: for a question for a measure, those of the best
    one's article rated at least a fifth as high (`far_from_best`) that state one, counting
    what a "how many" question counts (or all of them, when none does), as another article's
    measure is of another event ("a fundraising page ... had raised more than $38,000" for the
    rink is no sum raised at this year's conker championships); for others, all."""
    measure = asked_measure(question)
    if measure is None or not evidence:
        return evidence
    best = max(evidence, key=lambda e: e.relevance)
    own = [e for e in far_from_best(evidence) if e.doc_id == best.doc_id]
    # What a "how many" question counts, a sentence must count, or count the other half of the
    # pair, or count in a bare number: "74 night schools" gives no count of herd girls, as
    # "2,600 herd boys" does not, and "Last year 52,000 came" may.
    gives = giving_asked(question) if HOW_MANY.search(question) else None
    stating = [
        e
        for e in own
        if states(measure, e.sentence, question)
        and (
            gives is None
            or gives(e.sentence)
            or contrasted(question, e.sentence)
            or counts_unnamed(e.sentence)
        )
    ]
    return stating or own


# "What is the largest Martian meteorite ever found?", "Who was the oldest runner?", "Which
# company is Portugal's largest cork producer?": the one that ranks first (group "rank").
_ASKS_FIRST = re.compile(
    r"^\W*(?:what|which|who)\s+(?:[a-z]+\s+)?(?:is|was|are|were)\s+"
    r"(?:the|its|their|[\w’'-]+['’]s)\s+(?P<rank>most\s+[a-z]+|[a-z]+iest|largest|biggest|"
    r"smallest|oldest|youngest|highest|lowest|longest|shortest|tallest|deepest|fastest|slowest|"
    r"richest|poorest|strongest|greatest|newest|cheapest|hottest|coldest|widest|best|worst|"
    r"least)\b",
    re.IGNORECASE,
)
# What ranks below the first, unless the sentence names what ranks above it: "second-largest",
# "third most powerful", not "the second-largest, behind Corticeira Amorim".
_BELOW_FIRST = r"(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[\s-]+"
_ABOVE_NAMED = r"(?![^.;]*\b(?:behind|after|second\s+only\s+to)\s+[A-Z])"


# Ranks that news writes for each other.
_SAME_RANK = dict.fromkeys(("largest", "biggest"), "(?:largest|biggest)")


def ranked_among(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks which one ranks first and the evidence sentences near the
    best say only that something is one of the first, or ranks below it: "making it one of the
    largest Martian meteorites ever found" does not say which is the largest, nor "Sobreiral,
    Portugal's second-largest cork company" which company is its largest; nor "one of the
    largest withdrawals" which was the biggest."""
    asked = _ASKS_FIRST.match(question.strip())
    if not asked or not evidence:
        return False
    rank = _SAME_RANK.get(
        asked["rank"].lower(), r"\s+".join(re.escape(w) for w in asked["rank"].split())
    )
    among = re.compile(
        rf"\bone\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+['’]s\s+)?{rank}\b"
        rf"|\b{_BELOW_FIRST}{rank}\b{_ABOVE_NAMED}",
        re.IGNORECASE,
    )
    first = re.compile(rf"\b{rank}\b", re.IGNORECASE)
    near = rated_near_best(evidence)
    return any(among.search(e.sentence) for e in near) and not any(
        first.search(among.sub("", e.sentence)) for e in near
    )
