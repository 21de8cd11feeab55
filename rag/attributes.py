"""Attributes: the property a question asks of something ("the mass of Kordell-442 b", "Voltaro's
revenue", "how many moons"), and whether the evidence speaks of it at all.

Readers' near misses ask, of a person or thing the articles do cover, for something they never
give: "What is Tiago Salvaterra's weekly salary?" over an article that gives his transfer fee,
"How many moons does Kordell-442 b have?" over one that gives its width. Every other word of
such a question is in the evidence, so the share of the question that is missing stays small,
and the refusal model answers with the closest sentence. The attribute is the word that matters:
when the retrieved passages of the article never name it, and no evidence sentence has a word
close to it in meaning ("earnings" for "revenue"), the articles do not answer. So with a
question that asks for a name ("What is the name of the girl rescued in Pietrasanta?"), when no
sentence near the best names anyone it does not already name; and with one that asks for a
number, a date or a time of something it names ("How many Canadair planes does Portugal own?"),
when the best sentence, with the one before it, is about something else ("Spain sent four
Canadair planes ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from rag.answerability import near_synonyms
from rag.citations import names, unmentioned, words
from rag.evidence import (
    answer_type,
    has_answer_type,
    needs_context,
    sentences_before,
    states_job,
)
from rag.holders import (
    OPENERS,
    called_as,
    called_by_kind,
    introduced_kinds,
    kinds_in_name,
    singular,
)
from rag.lexical import AUXILIARY, STOPWORDS, WORD, question_terms, terms
from rag.measures import (
    A_YEAR,
    DAYS,
    MONTH_NAMES,
    MONTHS,
    POSSESSIVE,
    WEEKDAYS,
    counts_as_people,
    giving_asked,
    in_hundredths,
    in_top_article,
    rated_near_best,
    right_after,
    sentence_before,
    states,
    valued_by,
    without_telling_clause,
)
from rag.mentions import BESIDE_A_NAME, called_otherwise, unnamed_in
from rag.places import countries, is_capital, is_nationality
from rag.roles import BODY_KIND, BODY_KINDS, HEADS, HONOURS, NAME, NAME_RUN, TITLES
from rag.speech import SPEECH_VERB, described_speaker
from rag.types import Evidence, Hit, openings

# "How many moons does X have?": the counted noun in group "noun".
_HOW_MANY_ASKED = re.compile(
    rf"^(?i:how\s+many)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>[a-z]+)"
    # "How many buildings in all has ...?" counts buildings.
    rf"(?:\s+(?:in\s+all|in\s+total|altogether|overall))?\s+(?i:{AUXILIARY})\b"
)
# "What is the mass of X?", "What was the turnout in the election?", "What is X's weekly
# salary?", "How many moons does X have?": the attribute's noun in group "noun".
_ASKED = (
    re.compile(
        r"^what\s+(?:is|was|are|were|will\s+be)\s+the\s+(?P<before>(?:\w+\s+){0,2}?)(?P<noun>[a-z]+)"
        r"(?:\s+[a-z]+ed)?\s+(?:of|in|for|at)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?i:what\s+(?:is|was|are|were|will\s+be))\s+[A-Z][\w’'.-]*(?:\s+[A-Z0-9][\w’'.-]*)*['’]s?"
        r"\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+)(?:\s+(?:last|this|next|in|for)\b.*)?\??$"
    ),
    _HOW_MANY_ASKED,
)
# Nouns that frame a question rather than name a property the answer states ("What is the name
# of ...", "What was the reason for ...", "How many people ...", "What is the nationality of
# ...", answered by "Spanish"; "What was the train doing in ..."): answers seldom repeat them.
_FRAMES = frozenset(
    "name names purpose reason reasons meaning role significance effect effects result results "
    "cause causes goal aim function type kind sort form term word title part point nature "
    "nationality colour color people persons times ways things ones members number numbers "
    "amount total percentage share proportion doing".split()
)


# Frames that a clause may follow: "the term engineers use for ...".
_CLAUSE_FRAMES = frozenset("term word name title phrase kind type sort".split())


def attribute(question: str) -> str | None:
    """The noun of the property `question` asks for, when its form says so. A frame before it
    is the question's noun, with a clause after it: "What is the term engineers use for ...?"
    asks for a term, not a use."""
    for pattern in _ASKED:
        asked = pattern.search(question.strip())
        lead = (asked.groupdict().get("before") or "").lower().split() if asked else []
        framed = len(lead) >= 2 and lead[0] in _CLAUSE_FRAMES
        if asked and not framed and asked["noun"].lower() not in _FRAMES:
            return asked["noun"].lower()
    return None


def unstated_attribute(
    question: str,
    hits: list[Hit],
    evidence: list[Evidence],
    embed_words: Callable[[list[str]], np.ndarray],
) -> bool:
    """Whether the question asks for a property that the retrieved passages of the best evidence
    sentence's article never name, that no word of the evidence sentences rated near the best
    comes close to in meaning, and whose value none of them states: a price is given as a sum
    of money, seldom with the word "price", a position or a job by what someone is ("was the
    rear gunner", "Mestre Jorginho, a bus driver who ..."), and a count of spectators by one of
    people."""
    noun = attribute(question)
    if noun is None or not evidence or not terms(noun):
        return False
    near_best = rated_near_best(evidence)
    # "the age range", "the price band": a span of the property the word before names.
    described = re.search(rf"(?i:\b([a-z]+)\s+{re.escape(noun)}\b)", question)
    measure = valued_by(noun) or (valued_by(described[1]) if described else None)
    if measure and any(states(measure, e.sentence) for e in near_best):
        return False
    if noun in _PENALTIES and any(
        _PENALTY_FOR_LIFE.search(e.sentence)
        or (
            _PENALTY_TOLD.search(e.sentence)
            and (states("duration", e.sentence) or states("currency", e.sentence))
        )
        for e in near_best
    ):
        return False
    if _HOW_MANY_ASKED.search(question.strip()) and any(
        counts_as_people(noun, e.sentence) for e in near_best
    ):
        return False
    if noun in _HELD_ROLES and any(
        _SAYS_WHAT_ONE_IS.search(e.sentence) or states_job(e.sentence) for e in near_best
    ):
        return False
    if terms(noun)[0] in _POST_TERMS and any(_POSTS.search(e.sentence) for e in near_best):
        return False
    best = max(evidence, key=lambda e: e.relevance)
    near = " ".join(e.sentence for e in near_best)
    passages = [h.text for h in hits if h.doc_id == best.doc_id]
    term = terms(noun)[0]
    if any(term in terms(text) for text in [near, *passages]):
        return False
    return not near_synonyms(noun, near, {term}, embed_words)


# A penalty is a term in prison or a fine, seldom called a penalty: "makes buying or selling an
# organ punishable by up to 15 years in prison" gives the maximum penalty.
_PENALTIES = frozenset("penalty penalties punishment punishments".split())
# ... in the words of one: not "illegal to possess since 2001".
_PENALTY_TOLD = re.compile(
    r"\b(?:prison|jail(?:ed|s)?|gaol(?:ed)?|imprison\w*|custody|behind\s+bars|fined?|fines|"
    r"punishable|sentenced?)\b",
    re.IGNORECASE,
)
# ... or with no number: "punishable by life imprisonment", "faces the death penalty".
_PENALTY_FOR_LIFE = re.compile(
    r"\blife\s+(?:imprisonment|in\s+prison|sentences?)\b|\bdeath\s+(?:penalty|sentence)\b",
    re.IGNORECASE,
)


# A role someone holds is told by what the sentence says they are: "Sgt Breckon was the rear
# gunner in a seven-man crew" gives his position in the crew.
_HELD_ROLES = frozenset("position role job post occupation profession trade vocation".split())
# Posts to fill go by any of these: "How many teaching jobs were vacant?" is answered by "312
# teaching posts unfilled".
_POST_TERMS = frozenset(terms("job post position vacancy"))
_POSTS = re.compile(r"\b(?:jobs?|posts?|positions?|vacanc(?:y|ies))\b", re.IGNORECASE)
_SAYS_WHAT_ONE_IS = re.compile(
    r"(?:\bI\s+am|\b(?:was|is|were|are|became|served\s+as|works?\s+as|worked\s+as))\s+"
    r"(?:the|an?)\s+[a-z]"
)


# Nouns for a person whose name a question asks: "What is the name of the South Korean official
# who spoke to reporters?", "Which US official first said ...?"; the noun heads its phrase (not
# "the player's club", "the man-made lake").
PERSON_NOUNS = (
    "official minister lawmaker politician player coach manager captain referee judge officer "
    "spokesman spokeswoman spokesperson worker driver pilot doctor nurse lawyer barrister "
    "teacher headteacher pupil student man woman boy girl child hillwalker climber victim "
    "suspect witness farmer resident owner founder analyst scientist researcher engineer keeper "
    "president chairman chairwoman chair executive director leader mayor councillor staff "
    "employee soldier airman sailor firefighter paramedic surgeon customer volunteer artist "
    "author writer singer actor actress patient passenger survivor defendant rower runner "
    "swimmer jockey rider winner diver athlete cyclist boxer skier fisherman journalist "
    "reporter photographer poet composer musician painter priest imam mechanic vet "
    "veterinarian"
).split()
# Works news names by their titles: "the novel 'Small Hours'".
WORKS = (
    r"(?:novel|book|memoir|biography|poem|film|movie|documentary|album|song|single|track|play|"
    r"musical|opera|series|show|programme|podcast|report|study|essay|painting|exhibition|game|"
    r"mass|symphony|concerto|sonata|ballet|sculpture|collection|anthology|cookbook)s?"
)
# Where a sentence gives something a name: "a 7.3-metre boat called Kittiwake", "The blaze,
# named the Sawtooth Creek Fire", "the album 'Low Tide'".
NAMING = re.compile(
    r"\b(?P<noun>[\w-]+),?\s+(?:named|called|known\s+as|dubbed|nicknamed|titled|entitled)\s+"
    r"(?:the\s+)?[\"“‘']?[A-Z0-9]"
    rf"|\b(?P<work>{WORKS})\s+[\"“‘][A-Z0-9]"
)
# "What is the name of the girl rescued in Pietrasanta?", "What was the whistleblower's name?";
# a work's title is its name ("What is the title of Adewale's latest novel?"), where someone's
# is a job.
_NAME_OR_TITLE = (
    r"(?:names?|titles?(?=\s+of\s+"
    # Not "the title of the author of the report", a person's.
    rf"(?:(?!(?:of|{'|'.join(PERSON_NOUNS)})s?\b)[\w’'-]+\s+){{0,4}}?{WORKS}"
    # "the title of the mass by Echemendía that Baró found": the work's maker or a clause on it
    # may follow.
    r"(?:\W*$|\s+(?:by|that|which|she|he|they|written|composed|painted|published)\b)))"
)
_ASKS_NAME = re.compile(
    r"^(?:what|which)\s+(?:is|was|are|were)\s+"
    rf"(?:the\s+{_NAME_OR_TITLE}\s+of\b|.*['’]s?\s+names?\??$)",
    re.IGNORECASE,
)


# "Who serves as its top diplomat, by name?", "Who specifically told the North ...?": a person's
# name, not a title or a body.
_BY_NAME = re.compile(r"\b(?:by\s+name|specifically)\b", re.IGNORECASE)
# "Who ...?", "From whom ...?" and "By whom ...?" ask for someone's name, "Where ...?" for a
# place's.
_WHO_OR_WHERE = re.compile(
    r"\W*(?:(?:from|to|by|with|for|against)\s+)?(?:who|whom|where)\b", re.IGNORECASE
)
# "Which vaccine supplier was fined in 2017?", "Which auction house sold it?", "What brand of
# drone did he use?": a body, person or product of a kind news names.
_WHICH_NAMED = re.compile(
    r"^(?:which|what)\s+"
    r"(?:(?!(?:kind|kinds|type|types|sort|sorts|share|percentage|proportion|number)\b)[a-z-]+\s+)"
    r"{0,2}?(?P<kind>company|companies|firm|supplier|bank|club|team|airline|"
    r"manufacturer|maker|carmaker|drugmaker|insurer|lender|retailer|broker|operator|"
    r"contractor|university|newspaper|broadcaster|party|union|player|minister|judge|sponsor|donor|"
    r"investor|buyer|bidder|laboratory|laboratories|lab|institute|"
    r"country|city|town|village|auction\s+house|agency|charity|publisher|museum|gallery|hospital|"
    r"studio|(?:tv|television)\s+channel|organi[sz]ation|brand(?:\s+of\s+[a-z]+)?|"
    r"countries|cities|charities|agencies|universities|parties)(?:(?<!ies)s)?\s+"
    rf"(?:{AUXILIARY}\b|[a-z]+ed\b|(?:won|bought|sold|made|took|got|"
    r"gave|led|ran|paid|lost|beat|became|built|owns|runs|leads)\b)",
    re.IGNORECASE,
)


# "Who suggested ...?", "Who has warned ...?": a question for whoever said something, by a verb
# of saying only ("Who claimed the jackpot?" and "Who held the record?" ask for a name).
_WHO_SPOKE = re.compile(
    r"\W*who\s+(?:(?:has|have|had)\s+)?(?:said|says|suggest(?:s|ed)|warn(?:s|ed)|argu(?:es|ed)|"
    r"believes?|believed|predict(?:s|ed)|thinks?|thought(?!\s+(?:up|of)\b)|estimat(?:es|ed)|"
    r"insist(?:s|ed)|stress(?:es|ed)|told|tells)\b",
    re.IGNORECASE,
)


def unnamed(question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()) -> bool:
    """Whether the question asks for a name and no evidence sentence rated near the best holds
    one beyond those it asks with: "A seven-year-old girl was pulled alive ..." does not say
    what the girl is called, nor "Local businesses embraced the drama, with a bakery ..." what
    the bakery is: a word that opens the sentence, which the retrieved passages `hits` never
    capitalise inside a sentence ("Construction is scheduled ...", "a local radio station"),
    names nothing. "Which supplier was fined?", "Who ...?" and "Where ...?" ask for a name too
    (not "Where did the team finish?", for a place in a ranking), though whoever said something
    may be described ("..., military analysts said" for "Who suggested ...?",
    `described_speaker`). A question for a person's name ("What is the name
    of the official who spoke to reporters?", "Which US official said ...?") needs a person
    named (`names_person`): "the UN Security Council" names a body; so does "Who ..., by name?"
    or "Who specifically ...?", which "the Foreign Minister" or "Washington" does not answer."""
    asked = question.strip()
    person = _asks_person(asked) or bool(_WHO.match(asked) and _BY_NAME.search(asked))
    if not evidence or not (
        person
        or _ASKS_NAME.search(asked)
        or _WHICH_NAMED.search(asked)
        or (_WHO_OR_WHERE.match(asked) and answer_type(asked) != "rank")
    ):
        return False
    lower = _common_words(evidence, hits)
    near = rated_near_best(evidence)
    # "..., military analysts said." for "Who suggested ...?", in a sentence on what they said.
    if _WHO_SPOKE.match(asked):
        own = set(question_terms(asked))
        if any(
            described_speaker(e.sentence) and len(own & set(terms(e.sentence))) >= len(own) / 2
            for e in near
        ):
            return False
    if person:
        return not any(names_person(e.sentence, question) for e in near)
    if any(_done_by_someone(asked, e.sentence) for e in near):
        return False
    # "Where was the cash hidden?" asks for a spot, which needs no name: "hidden beneath frozen
    # chicken in a chest freezer".
    if _WHERE.match(asked) and any(_PUT_SOMEWHERE.search(e.sentence) for e in near):
        return False
    # A nationality describing a noun names nobody who did anything: "Who made the first
    # crossing?" is not answered by "... without the swimmer reaching the Scottish coast".
    plain = (
        _without_nationalities
        if _WHO.match(asked)
        else _without_honoured
        if _WHERE.match(asked)
        else str
    )
    body = _WHICH_NAMED.search(asked)
    if _WHOM.match(asked):
        plain = _naming_someone
    elif body and not _KINDS_OF_PLACE.match(body["kind"]):
        plain = _without_places
    elif (head := _head_of_thing(asked)) and not _NAMED_PLACE.fullmatch(head):
        # "What is the name of Anna Zurbriggen's guesthouse?" is not answered by "who has run
        # a guesthouse in Zenbach", but may be by a sentence of the article, however low it is
        # rated, that gives a name to what the question describes ("a 7.3-metre boat called
        # Kittiwake" for "Mrs Hale's boat", not "The drug, called Halvera" for "Brightwater's
        # earlier experimental drug that failed").
        best = max(evidence, key=lambda e: e.relevance)
        described = set(terms(" ".join(w for w in WORD.findall(asked) if w.islower())))
        described -= set(terms("what which is was are were name names"))
        if any(
            NAMING.search(e.sentence) and described <= set(terms(e.sentence))
            for e in evidence
            if e.doc_id == best.doc_id
        ):
            return False
        at_the_thing = re.compile(
            rf"(?i:\b{re.escape(head)}s?)\s+(?i:in|at|near|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
        )
        plain = lambda sentence: at_the_thing.sub(head, sentence)  # noqa: E731
        if head in _GROUPS:
            # Nor does a place a group's sentence puts someone in name the group: "has run a
            # house for 140 girls in Azilal town" for "the association that runs her house".
            plain = lambda sentence: _without_places(at_the_thing.sub(head, sentence))  # noqa: E731
    # An owner the question names is no answer ("Zurbriggen" for "Anna Zurbriggen's
    # guesthouse"), nor is a day or a month ("voted 7-2 on Tuesday" for "Which party runs the
    # council?").
    owners = POSSESSIVE.sub("", question)

    def naming(sentence: str) -> bool:
        return has_answer_type(
            "name", plain(_common_opening(_DAY_OR_MONTH.sub("", sentence), lower)), owners
        )

    # "He is scheduled to attend ..." names whom the sentence before it names.
    return not any(
        naming(e.sentence) or any(naming(p.sentence) for p in _referred_to(asked, e, evidence))
        for e in near
    )


_WHO = re.compile(r"\W*(?:who|whom)\b", re.IGNORECASE)
# "Who built the church in 1944?": a deed someone did, in group "deed".
_WHO_ACTED = re.compile(
    r"\W*who\s+(?P<deed>(?!(?:is|was|are|were|has|have|had|will|would|did|does|do|can|could|"
    r"should|may|might|must|shall)\b)[a-z]+ed|built|made|paid|found|held|bought|sold|led|won|"
    r"ran|set|put|dug|shot|sent|spent|brought|caught|taught|kept|left|lost|hit|cut)\b",
    re.IGNORECASE,
)


# What "by" names that is no doer.
_NO_DOER = (
    r"(?:an?|someone|somebody|unknown|unidentified|hand|chance|accident|mistake|post|mail|"
    r"transfer|bank|cheque|card|phone|email|text|car|bus|train|road|rail|air|sea|boat|foot|"
    r"end|far|now|then|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty|half|"
    r"more|less|about|around|nearly|almost|up|order|law|night|day)"
)


def doer_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "Who paid for the 60 minibuses?", the best-rated evidence sentence of the best one's
    article, whatever its rating, that tells by (or, for money, from) whom named the deed was
    done ("were paid for with a grant from the Nordic Development Fund", "was founded in 1921
    by Danailov's grandfather"), or names someone "who" did it ("Dr Marcelina Soares, 43, the
    chief veterinary officer, who led the campaign" for "Who headed the campaign?"), and, with
    the sentence before it, a word of what it was done to (not "Mr Kim's arrival was reported
    by Rossiya 1" for "Who reported Peskov's remark ...?"), when the best neither tells the
    deed nor names a doer in the passive: the ranker rates first the sentence on the owner's
    trial, which shares the question's names, and may rate the founding far below it. None for
    other questions."""
    done_by = _done_by(question)
    if done_by is None or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    # A best that names a doer may tell the deed in other words: "The concept of duty was first
    # introduced by Watt" for "Who invented the notion of a steam engine's duty?".
    if done_by.deed.search(best.sentence) or _BY_SOMEONE.search(best.sentence):
        return None
    done_to = set(question_terms(done_by.done_to))
    # A year the question and the best share dates the deed asked: "Who invented a
    # high-pressure steam engine around 1800?" is not answered by "invented in 1804 by Woolf".
    dated = set(A_YEAR.findall(question)) & set(A_YEAR.findall(best.sentence))

    def of_the_thing(e: Evidence) -> bool:
        told = f"{sentence_before(e, evidence)} {e.sentence}"
        return bool(done_to & set(terms(told))) and dated <= set(A_YEAR.findall(told))

    return max(
        (
            e
            for e in evidence
            if e.doc_id == best.doc_id and done_by.doer.search(e.sentence) and of_the_thing(e)
        ),
        key=lambda e: e.relevance,
        default=None,
    )


def doing_the_deed(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For "Who founded the distillery?", whether a sentence of the best passage's article tells
    by whom named the deed was done, which evidence selection takes whatever its retrieval
    score (`doer_best` quotes it); None for other questions."""
    done_by = _done_by(question)
    if done_by is None or not hits:
        return None
    return in_top_article(hits, lambda sentence, _: bool(done_by.doer.search(sentence)))


_NO_DOER_NAME = rf"(?!(?:{DAYS}|{MONTHS}|Christmas|Easter|New\s+Year)\b)"
# A doer named in the passive: "was first introduced by Watt" (not "as reported by Reuters").
_BY_SOMEONE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|en|wn|t)\s+by\s+"
    rf"(?:the\s+)?{_NO_DOER_NAME}(?-i:[A-Z])",
    re.IGNORECASE,
)
# Deeds whose doer news names by where the money came from: "paid for with a grant from".
_PAYING = {"paid", "funded", "financed", "bought", "backed", "sponsored", "donated", "bankrolled"}


@dataclass(frozen=True)
class _DoneBy:
    deed: re.Pattern[str]  # the deed's word itself: "found guilty" tells no founding
    doer: re.Pattern[str]  # the deed done by or from someone named, or someone "who" did it
    done_to: str  # what the question says it was done to: "the 60 minibuses", "Peskov's remark"


def _done_by(question: str) -> _DoneBy | None:
    """How sentences tell the deed a "Who founded ...?" question asks the doer of."""
    did = _WHO_ACTED.match(question)
    if not did:
        return None
    asked = did["deed"].lower()
    deed = re.escape(asked)
    # Whoever "led the campaign" headed it: the doer is told by any word for the deed, though
    # the best tells it only by the question's ("The search headed into its third day" tells no
    # leading of it).
    doing = "|".join(sorted(_HEADING_DEEDS)) if asked in _HEADING_DEEDS else deed
    by = "by|from" if asked in _PAYING else "by"
    done_to = _DONE_TO.match(question, did.end())
    return _DoneBy(
        re.compile(rf"(?i:\b{deed}\b)"),
        re.compile(
            rf"(?i:\b(?:{doing})\b[^.;]{{0,40}}?\b(?:{by})\s+(?:the\s+)?){_NO_DOER_NAME}[A-Z]"
            # "Dr Marcelina Soares, 43, the chief veterinary officer, who led the campaign": a
            # name set off by its age and what it is, not a clause ("said the chiefs, who led").
            rf"|(?<![\w’'-]){_NOT_A_PLACE_WORD}{NAME}(?:,\s+\d{{1,3}})?"
            rf"(?:,\s+(?i:the|an?)\s+[^,.;]{{1,50}})?,\s+who\s+(?i:{doing})\b{_NOT_A_WAY}"
        ),
        done_to["thing"] if done_to else "",
    )


# Deeds news tells in one another's words: whoever "led the campaign" headed it.
_HEADING_DEEDS = {"headed", "led", "chaired"}
# A name, not a preposition capitalised to open a sentence ("In Dili, a team of nurses").
_NOT_A_PLACE_WORD = r"(?!(?:In|At|On|From|By|For|With|After|Before|During|The|A|An)\b)"
# Heading somewhere is no heading of anything: "who headed home", "who led off".
_NOT_A_WAY = r"(?!\s+(?:home|back|into|for|to|off|out|away|north|south|east|west)\b)"


# What a deed was done to, up to a clause or a place: "for the 60 women-only minibuses",
# "Peskov's remark that ...".
_DONE_TO = re.compile(
    r"\s+(?:for\s+|to\s+)?(?P<thing>[^?,;]*?)(?=\s+(?:that|which|who|whom|in|at|on|of|from|"
    r"with|by|during|after|before|when|where|as|since|to|for)\b|\W*$)",
    re.IGNORECASE,
)


def _done_by_someone(question: str, sentence: str) -> bool:
    """Whether `sentence` tells in the passive who did the deed a "Who ...?" question asks of,
    named or not: "The church was built in 1944 by volunteers" for "Who built the church?".
    Not by one left unknown ("claimed by a ticket holder in the north", "by someone"), nor by
    a means or a margin ("paid by bank transfer", "won by two seconds")."""
    did = _WHO_ACTED.match(question)
    if not did:
        return False
    done_by = (
        rf"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?{re.escape(did['deed'].lower())}\b"
        rf"[^.;,]{{0,40}}?\bby\s+(?:the\s+|its\s+|their\s+)?(?!{_NO_DOER}\b)(?-i:[a-z])"
    )
    return bool(re.search(done_by, sentence, re.IGNORECASE))


_WHERE = re.compile(r"\W*where\b", re.IGNORECASE)
# Something put in a spot, which a preposition places: "hidden beneath", "kept in", "buried
# under".
_PUT_SOMEWHERE = re.compile(
    r"\b(?:hidden|hid|kept|stored|buried|stashed|concealed|placed|tucked)\s+"
    r"(?:away\s+)?(?:in|inside|under|underneath|beneath|behind|below|among|between|on)\b"
)
# A sentence whose subject is "He" or "She", whom the sentence before it names.
_HE_OR_SHE = re.compile(r"\W*(?:he|she)\b", re.IGNORECASE)


def _referred_to(question: str, sentence: Evidence, evidence: list[Evidence]) -> list[Evidence]:
    """For a question asking who, the evidence sentence right before `sentence` when that
    opens with "He" or "She"."""
    if not (_WHO.match(question) and _HE_OR_SHE.match(sentence.sentence)):
        return []
    return [e for e in evidence if right_after(e, sentence)]


def with_referents(
    question: str, chosen: list[Evidence], evidence: list[Evidence]
) -> list[Evidence]:
    """`chosen`, with the sentence before any that opens with "He" or "She" and names no one
    the question does not (a day or a month names no one), for a question asking who, when it names
    someone: "He is scheduled to attend the plenary session ..., which runs until Wednesday"
    does not say who is, "Mr Putin arrived in ... Vladivostok on Monday" before it does. "He
    was accompanied by ... the Foreign Minister" answers "Who accompanied Kim?" itself."""
    added = [
        p
        for e in chosen
        if not has_answer_type("name", _DAY_OR_MONTH.sub("", e.sentence), question)
        for p in _referred_to(question.strip(), e, evidence)
        if p not in chosen and has_answer_type("name", _DAY_OR_MONTH.sub("", p.sentence), question)
    ]
    return chosen + list(dict.fromkeys(added))


# A day or a month names no one and nothing asked for.
_DAY_OR_MONTH = re.compile(rf"\b(?:{DAYS}|{MONTHS})\b")
# Bodies of people, whose names are never a place's: "What is the name of the association ...?".
_GROUPS = frozenset(
    (*BODY_KINDS, "association", "organisation", "organization", "society", "group", "party",
     "band", "foundation", "trust", "agency", "cooperative", "co-operative", "business")
)  # fmt: skip
# A thing whose name is a place's: "What is the name of the village where ...?".
_NAMED_PLACE = re.compile(
    r"(?:country|countries|city|cities|towns?|villages?|streets?|roads?|rivers?|mountains?|"
    r"islands?|places?|areas?|regions?|districts?|valleys?|lakes?|hills?|neighbourhoods?|"
    r"suburbs?|county|counties|provinces?|states?|ports?|bays?|beach|beaches|squares?)",
    re.IGNORECASE,
)
# "What is the name of Anna Zurbriggen's guesthouse?", "What is the name of the newspaper that
# published the leak?", "What was the boat's name?": the noun for the thing named, in group
# "head".
_NAME_OF_THING = re.compile(
    r"^(?:what|which)\s+(?:is|was|are|were)\s+(?:"
    rf"the\s+{_NAME_OR_TITLE}\s+of\s+(?:[\w’'-]+\s+){{0,4}}?"
    r"(?P<head>(?!(?:the|a|an)\b)(?-i:[a-z])[\w-]*)"
    r"(?=\s+(?:that|which|who|where|whose|in|at|on|of|for|from|with|by|near|behind|about|"
    r"against|between|among|under|over|during|after|before)\b|\W*$"
    # "the ship taking the lithium to Shanghai": a clause of its present participle.
    r"|\s+(?-i:(?!\w*thing\b)[a-z]{2,}ing)\s+(?:the|a|an|its|their|his|her)\b"
    # "the missile shown at the parade": a clause of its participle.
    r"|\s+(?-i:(?!\w*eed\b)[a-z]{3,}ed|shown|held|made|built|seen|found|sold|bought|sent|kept|"
    r"stolen|taken|given|written|sunk|lost|hit|struck|caught|won|known|chosen|driven|flown)\s+"
    r"(?:at|in|on|by|for|from|to|with|near|during|after|before|over)\b"
    # "the arms exhibition Kim showed to Shoigu": a clause with its subject right after.
    r"|\s+(?-i:(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]+ed|showed|saw|gave|took|made|bought|sold|won|"
    r"built|wrote|sent|found|chose|left|met|held|ran|led)\b))"
    r"|(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?P<owned>[a-z][\w-]*)['’]s?\s+names?\W*$)",
    re.IGNORECASE,
)


# "Which river flooded the town?", "What bridge collapsed?", "In which cemetery was he buried?",
# "In which Swiss canton is the village?", "Which company runs the cable?": a thing of a kind
# whose names often hold the kind's word ("the River Aunagh", "Ridgeback Fire", "the canton of
# Valais"), maybe a place asked for after a preposition (group "place"), maybe of a people
# (group "people").
WHICH_KIND = re.compile(
    r"^(?i:(?P<place>in|at|on|from|to|into|near|by)\s+)?(?i:which|what)\s+"
    r"(?:[a-z]+\s+|(?P<people>[A-Z][a-z]+|[A-Z]{2,3})\s+(?=[a-z])(?:[a-z]+\s+(?=[a-z]))?)?"
    rf"(?P<kind>(?!(?i:{AUXILIARY})\b)[a-z]+)\s+"
    # where the one asked for is: "Which laboratory in Germany is testing ...?"
    r"(?:(?:in|at|near)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+)?"
    rf"(?i:{AUXILIARY}\b|[a-z]+ed\b|(?:won|lost|made|took|gave|ran|hit|broke|burst|rose|fell|"
    r"began|became|struck|led|held|sank|flew|caught|bought|sold|paid|built|sent|brought|put)\b"
    # and what a body does now, to something: "Which company runs the cable?" (not "What kind
    # of supplies were ...?", "Which hedge funds own ...?").
    r"|(?:runs|owns|operates|makes|builds|leads|holds|manages|supplies|provides|produces|"
    r"employs|funds|sponsors)\s+(?:the|a|an|its|their|his|her)\b"
    # what it means to do: "Which mining company wants to explore ...?"
    r"|(?:wants|plans|hopes|intends|aims|seeks|sought|tried|tries|helps|helped|agreed|offered|"
    r"promised)\s+to\b)"
)


def _head_of_thing(question: str) -> str | None:
    """The noun for the thing a "What is the name of ...?" question asks the name of, when it is
    written in lower case ("guesthouse", "newspaper"); None for other questions."""
    asked = _NAME_OF_THING.match(question)
    return (asked["head"] or asked["owned"]) if asked else None


# Kinds of body that are places too, named where a sentence puts something ("at St Mary's
# Hospital").
_KINDS_OF_PLACE = re.compile(
    r"(?:countr|cit|town|village|universit|museum|galler|hospital)", re.IGNORECASE
)
# Where a sentence puts something: "paid in London in 2006", "near Ter Weide", "at Jonkerbos".
AT_A_NAMED_PLACE = re.compile(
    r"\b(?P<at>(?i:in|at|near|outside|inside|across))\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


def _naming_someone(sentence: str) -> str:
    """`sentence` with only what may name whom a question asks for: no nationality describing a
    thing, no place ("stolen in Wigan")."""
    return _without_places(_without_nationalities(sentence))


def _without_places(sentence: str) -> str:
    """`sentence` without the places it puts something in: "paid in London in 2006" names no
    auction house that sold the book. Not what it puts something at, which may be a body:
    "sold at Christie's", "a job at Parcelink"."""
    return AT_A_NAMED_PLACE.sub(
        lambda found: found[0] if found["at"].lower() == "at" else "", sentence
    )


# A capitalised word after "the" and before a noun in lower case, other than one for people
# who act ("the French side", "the Russian authorities" may answer "who"): "Scottish" of "the
# Scottish coast".
_DESCRIBING_A_THING = re.compile(
    r"(?<=\bthe\s)([A-Z][a-z]+)(?=\s+(?!(?:side|team|squad|crew|government|authorities|"
    r"officials?|forces|army|navy|police|troops|players?|people|delegation|president|"
    r"minister|leader|embassy|ministry|club|company|firm|group)\b)[a-z])"
)


def _without_nationalities(sentence: str) -> str:
    """`sentence` with the nationalities that describe a thing written in lower case: "the
    scottish coast"."""
    return _DESCRIBING_A_THING.sub(
        lambda m: m[1].lower() if is_nationality(m[1]) else m[1], sentence
    )


def _without_honoured(sentence: str) -> str:
    """`sentence` with the names after an honorific or a rank written in lower case: "Mr Kim's
    second summit with Mr Putin" names no place a "Where ...?" question asks for; but not a
    place named after someone ("the Sir Chris Hoy Velodrome", "Lady Cilento Children's
    Hospital")."""
    return _HONOURED.sub(
        lambda m: m[0] if POSSESSIVE.sub("", m[0].split()[-1]) in _NOT_A_PERSON else m[0].lower(),
        sentence,
    )


_HONOURED = re.compile(rf"(?<!\b[Tt]he\s)\b(?:{'|'.join(sorted(HONOURS))})\.?\s+{NAME}")


# In lower case, or capitalised as a title is ("North Korea's Foreign Minister").
_PERSON_NOUN = (
    "(?-i:"
    + "|".join(f"[{noun[0].upper()}{noun[0]}]{noun[1:]}" for noun in PERSON_NOUNS)
    + r")(?:s|men|women)?\b(?![’'-])"
)
# The words before the noun describe it ("South Korean presidential"), never place it in a
# clause ("the school where the teacher worked").
_DESCRIBING_WORD = r"(?:(?!(?:where|whose|which|who|that|of)\b)[\w’'-]+\s+)"
_PERSON_QUESTION = re.compile(
    rf"^(?:what|which)\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(?:(?:the|an?)\s+)?"
    rf"{_DESCRIBING_WORD}{{0,4}}?{_PERSON_NOUN}"
    # "Which National Farmers' Union official ...?" (not "What happened to the driver ...?")
    rf"|^(?:which\s+(?:(?!{AUXILIARY}\b){_DESCRIBING_WORD}){{0,3}}?"
    rf"|what\s+(?:(?!{AUXILIARY}\b){_DESCRIBING_WORD}){{0,2}}?){_PERSON_NOUN}\s+"
    r"(?:(?:first|later|also|then|publicly|initially)\s+)?"
    rf"(?:{AUXILIARY}\b|[a-z]+ed\b|(?:said|says|told|wrote|won|made|took|gave|led|ran|met|"
    r"paid|lost|beat|became|built|bought|sold|got|urged|warned|holds|runs|leads|heads|chairs|"
    r"owns|oversees|manages|represents|speaks)\b)"
    # "Who is the headteacher of Kellerby High School?"
    rf"|^who\s+(?:is|was|are|were|will\s+be)\s+(?:the|its|their|his|her)\s+"
    rf"{_DESCRIBING_WORD}{{0,3}}?{_PERSON_NOUN}\s+(?:of|at|for)\b",
    re.IGNORECASE,
)


def _asks_person(question: str) -> bool:
    """Whether the question asks for the name of a person, by a noun for one."""
    return bool(_PERSON_QUESTION.search(question))


# "Whom did Kim meet?", "From whom was the car stolen?": someone, whom a place does not name
# ("stolen in Wigan"), though a description may ("to meet local officials").
_WHOM = re.compile(r"\W*(?:from\s+)?whom\b", re.IGNORECASE)


def names_person(sentence: str, question: str) -> bool:
    """Whether `sentence` names a person the question does not: after an honorific ("Mr
    Madden"), or in two or more capitalised words that name no body, place, country or title
    ("Jo Chun Ryong", "South Korea's Lee Jin-woo"; not "UN Security Council", "Rossiya 1",
    "North Korea", "South Korean" or a place a sentence puts something "near Ter Weide").
    Not someone a word of whose name the question names ("Kim Jong Un" for "... travelled
    with Kim?"), nor, for a question that asks for a title's holder ("North Korea's Foreign
    Minister"), someone given another title ("Russian Defence Minister Sergei Shoigu",
    "President Vladimir Putin")."""
    asked = {re.sub(r"['’]s$", "", w.lower()) for w in WORD.findall(question)}
    named_asked = {n for n in names(question) if len(n) > 2} - {t.lower() for t in TITLES}
    asked_titles = _titles(question)
    places = {found.start("place") for found in AT_A_NAMED_PLACE.finditer(sentence)}
    for run in NAME_RUN.finditer(sentence):
        # A possessor stands before a name: "South Korea's Lee Jin-woo".
        words = re.split(r"['’]s\s+", run[0])[-1].split()
        words = [re.sub(r"['’]s$", "", w) for w in words]
        # What stands before a name: "Russian Defence Minister", "Mr".
        titled = [i for i, w in enumerate(words) if w in TITLES or w in HONOURS]
        honoured = bool(titled) and words[titled[-1]] in HONOURS
        title = (
            " ".join(words[max(titled[-1] - 1, 0) : titled[-1] + 1]).lower()
            if titled and not honoured
            else None
        )
        words = words[titled[-1] + 1 :] if titled else words
        while words and words[-1] in _POST_NOMINALS:
            words = words[:-1]
        while words and (words[0].lower() in STOPWORDS or words[0] in _DATE_NAMES):
            words = words[1:]
        if not words or all(w.lower() in asked for w in words):
            continue
        # The name given to a thing: "The project, known as Kunda Address".
        if _GIVEN_A_NAME.search(sentence[: run.start()]):
            continue
        # "North Korean leader Kim Jong Un" is the Kim the question names, and "Russian
        # President Vladimir Putin" no foreign minister it asks for.
        if {w.lower().replace("’", "'") for w in words} & named_asked:
            continue
        if title and asked_titles and not any(_same_title(title, t) for t in asked_titles):
            continue
        # A body or a place ends its name ("Halvorsen Line"), or a county, town or city opens
        # a two-word one ("County Hall", "Town Moor", not "County Councillor Jonas Reid");
        # initials name a body ("UN").
        if (
            words[-1] in _NOT_A_PERSON
            or (len(words) == 2 and words[0] in _OF_A_PLACE)
            or any(len(w) > 1 and w.isupper() for w in words)
            or (not honoured and run.start() in places)
        ):
            continue
        people = {
            w for forms in countries(" ".join(words)).values() for f in forms for w in f.split()
        }
        if all(w in people for w in words):
            continue
        if len(words) >= 2 or honoured:
            return True
    return False


# What gives a thing a name just after it: "The project, known as", "a boat called" (not "a
# gunman named").
_GIVEN_A_NAME = re.compile(
    r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:project|scheme|programme|program|plan|operation|"
    r"campaign|initiative|system|app|fund|company|boat|ship|vessel|storm|hurricane|typhoon|"
    r"cyclone|bridge|building|tower|road|tunnel|village|town|site|festival|law|bill|report|"
    r"network|service|product|drug|vaccine|virus|device|robot),?\s+"
    r"(?:(?:also|now|locally|widely)\s+)?(?:known\s+as|called|named|dubbed|nicknamed)\s+$",
    re.IGNORECASE,
)


def _titles(question: str) -> set[str]:
    """The capitalised titles a question names, with the capitalised word that qualifies one,
    in lower case: "foreign minister" of "North Korea's Foreign Minister"."""
    words = WORD.findall(question)
    return {
        (f"{words[i - 1]} {w}" if i and _QUALIFIER.fullmatch(words[i - 1]) else w).lower()
        for i, w in enumerate(words)
        if w in TITLES
    }


# A capitalised word that qualifies a title ("Foreign" Minister), not its owner ("Korea's").
_QUALIFIER = re.compile(r"[A-Z][a-z]+(?<!['’]s)")


def _same_title(title: str, asked: str) -> bool:
    """Whether a sentence's `title` ("defence minister", "minister") may be the `asked` one
    ("foreign minister"): the same title, with the same qualifier where both have one."""
    return title.split()[-1] == asked.split()[-1] and (
        len(title.split()) == 1 or len(asked.split()) == 1 or title == asked
    )


# Letters after a name: "Andrew Kerr KC".
_POST_NOMINALS = {"KC", "QC", "MP", "MSP", "MEP", "MBE", "OBE", "CBE", "Jr", "Sr"}
# Words of the names of bodies, places and things, never of people.
_NOT_A_PERSON = frozenset(
    "Council Ministry Party Agency Authority University College School Academy Hospital Trust "
    "Bank Court Street Road Lane Avenue Square Bridge River Lake Park Line Lines Group Company "
    "Corporation Capital Ventures Partners Forum Security Union Association Federation Institute "
    "Foundation Department Office Service Services Commission Committee News Media Times Post "
    "Television Radio Airport Station Centre Center Museum Gallery Church Club Team City United "
    "Rovers Energy Health Police Army Navy Force Forces Government State States Republic Kingdom "
    "Nations Sea Ocean Mountain Valley Island Islands Region County District Province North "
    "South East West Northern Southern Eastern Western Far Economic Tribunal Chamber Homes "
    "Systems Labour Conservative Democrats Greens Alliance Cup League Championship Open Final "
    "Festival Prize Award Exhibition Congress Summit Assembly Parliament Senate Agreement "
    "Treaty War Day Week Korean Russian American British Chinese Japanese European Estate Farm "
    "Dairy Estuary Coast Tunnel Cathedral Abbey Prison Market Stadium Arena Theatre Library "
    "Harbour Awards Games Memorial Cemetery Squadron".split()
)
_OF_A_PLACE = frozenset({"County", "Town", "City"})
_DATE_NAMES = {*MONTH_NAMES, *WEEKDAYS}


# "Which two insurance companies are helping to fund it?": so many of a kind (in lower case, in
# group "kind") that the question asks to be named.
_WHICH_SO_MANY = re.compile(
    r"^(?:which|what)\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?P<kind>(?-i:[a-z][\w-]*s))\b",
    re.IGNORECASE,
)
# Names given after a count of them: "two golf clubs, Royal Kestley and Westwood", "two cities:
# Milan and Cortina", "three clubs including Ashford"; or anywhere after it, "The two cities
# hosting the games are Milan and Cortina".
_NAMED_AFTER_COUNT = re.compile(
    r"^\s*(?:[,:(—–-]\s*)?(?:including\s+|namely\s+|such\s+as\s+)?(?:the\s+)?[A-Z0-9]"
    r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+(?:and|or)\s+(?:the\s+)?[A-Z]"
)

# Names given before a count that sums them up in an aside: "diluted with phenylethyl alcohol
# and geraniol, two factory-made compounds that ...", "Milan and Cortina, the two host cities."
# (not "Talks were held in Cairo and Doha, two officials said").
_ASIDE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:that|which|who)\b)")
_NAMED_BEFORE_COUNT = re.compile(
    r"\b[\w’'-]+\s+(?:and|or)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3},\s+(?:the\s+)?$"
)


def counted_unnamed(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question asks which so many of a kind ("Which five banks helped pay for the
    library?") where a sentence rated near the best counts them without naming them ("paid for
    by the Lagos State Government together with a group of five Nigerian banks"), and none
    counts and names them, after the count or before it: the other names of such a sentence are
    not of the kind. Not when no sentence counts them ("Which two governments have denied
    ...?" over "Pyongyang and Moscow have denied ..."), which `unnamed` judges."""
    asked = _WHICH_SO_MANY.match(question.strip())
    if not asked or not evidence:
        return False
    kind = asked["kind"]
    counted = re.compile(rf"\b(?i:{asked['count']})\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(kind)}\b")
    named = [
        bool(_NAMED_AFTER_COUNT.search(e.sentence[found.end() :]))
        or (
            bool(_NAMED_BEFORE_COUNT.search(e.sentence[: found.start()]))
            and bool(_ASIDE_ENDS.match(e.sentence, found.end()))
        )
        for e in rated_near_best(evidence)
        for found in counted.finditer(e.sentence)
    ]
    return bool(named) and not any(named)


def unnamed_beside(question: str, evidence: list[Evidence]) -> bool:
    """Whether a "What is the name of the man arrested?" question's noun is in evidence
    sentences rated near the best, but never with a name beside it that the question does not
    hold: "He was accompanied by ... and the Foreign Minister." mentions the minister and does
    not say who he is, where "Robert Guiscard, a Norman adventurer ... count of Apulia"
    does. Where no such sentence has the noun, the articles may call it otherwise, and this
    says nothing."""
    asked = _NAME_OF.search(question.strip())
    if not asked:
        return False
    noun = re.compile(rf"(?i:\b{re.escape(asked['noun'] or asked['owned'])}s?\b)")
    # Words that name no one the question does not: its own, titles, days and months.
    known = {w.lower() for w in WORD.findall(question)} | BESIDE_A_NAME
    near = [e.sentence for e in rated_near_best(evidence)]
    with_noun = [sentence for sentence in near if noun.search(sentence)]
    # A sentence rated near the best that names someone else may name them otherwise ("Rui
    # Costa, 41, appeared in court" beside "A 41-year-old man was arrested").
    named_elsewhere = any(
        _introduces(sentence) or _names_other(sentence, known)
        for sentence in near
        if sentence not in with_noun
    )
    named_beside = any(
        _introduces(sentence)
        or any(
            _names_other(sentence[max(0, m.start() - _BESIDE) : m.end() + _BESIDE], known)
            for m in noun.finditer(sentence)
        )
        for sentence in with_noun
    )
    return bool(with_noun) and not named_elsewhere and not named_beside


def _introduces(sentence: str) -> bool:
    return bool(_INTRODUCED.match(sentence))


def _names_other(text: str, known: set[str]) -> bool:
    """Whether `text` capitalises a word inside it that is none of the `known` words."""
    return any(w.lower() not in known for w in _NAME_INSIDE.findall(text))


# "What is the name of the (71-year-old) man (rescued ...)?", "What was the whistleblower's
# name?": the noun named, in group "noun" or "owned".
_NAME_OF = re.compile(
    r"^(?i:what|which)\s+(?i:is|was|are|were)\s+(?:(?i:the)\s+(?i:names?)\s+of\s+"
    r"(?:(?i:the|an?)\s+)?(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+(?=\s+[A-Z])|[A-Za-z]+"
    r"(?=\s+(?:who|that|which|whose|in|at|from|on|with|of|for|to|by|[a-z]+ed)\b|\s*[?,]?$))"
    r"|(?:(?i:the)\s+)?(?:[\w’'-]+\s+){0,3}?(?P<owned>[a-z]+)['’]s?\s+(?i:names?)\??$)"
)
# How far from the noun a name beside it may stand, in characters: "Foreign Minister Choe Son
# Hui", "the man, Sean Kelly,", "athletic facilities, such as the Lavietes Pavilion".
_BESIDE = 40
# A word capitalised inside a sentence, as names are.
_NAME_INSIDE = re.compile(r"(?<=[\w,;:’'] )[A-Z][\w’'-]*")
# A sentence that opens by introducing someone: "Robert Guiscard, an other Norman adventurer
# previously elevated to the dignity of count of Apulia, ...".
_INTRODUCED = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+(?:\d+,\s+)?(?:a|an|the|who)\b")


def _common_words(evidence: list[Evidence], hits: Sequence[Hit]) -> set[str]:
    """The words that open a sentence as common ones (`_common_opening`): those the passages
    `hits` write in lower case, or that open an evidence sentence, unless the passages also
    capitalise them inside a sentence."""
    texts = [hit.text for hit in hits]
    lower = {w for text in texts for w in _LOWER_WORD.findall(text)}
    lower |= {m[1].lower() for e in evidence if (m := _OPENING_WORD.match(e.sentence))}
    return lower - {w.lower() for text in texts for w in _CAPITALISED_INSIDE.findall(text)}


def naming_someone(question: str, evidence: list[Evidence], hits: Sequence[Hit]) -> Evidence | None:
    """For "Whom ...?" or a question for a person by a word for one ("Which young volunteer
    ...?", `names_person`), the best-rated evidence sentence near the best that names someone
    beyond those the question names, when the best names nobody: "Dennis Haworth, 58, beat
    China's Zhou Hanlin ..." for "Whom did Haworth defeat to reach the Crucible?", not
    "Reaching the first round guarantees Haworth £30,000 ...", rated higher; for "Which
    engineer ...?", one naming someone beside the noun first (`_called_by_the_noun`); for places
    asked by their kind ("Which provinces hold most of the minefields?"), one naming a place by
    that kind ("the provinces of Cuando Cubango and Moxico"). Not for "Who
    ...?", which news often answers without a name ("the dukes", "two directors and an
    external auditor"). None when the best refers back to someone named before it ("He was
    accompanied by ..."), or no sentence near it names anyone and holds as many of the
    question's terms as the best."""
    person = _asks_person(question.strip())
    places = bool(_WHICH_PLACES.match(question.strip()))
    if not (person or places or _WHOM.match(question.strip())) or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if needs_context(best.sentence):
        return None
    lower = _common_words(evidence, hits)
    owners = POSSESSIVE.sub("", question)

    def names(sentence: str) -> bool:
        if person:
            return names_person(sentence, question)
        if places:
            return bool(_NAMED_BY_KIND.search(sentence))
        plain = _naming_someone(_common_opening(_DAY_OR_MONTH.sub("", sentence), lower))
        return has_answer_type("name", plain, owners)

    if names(best.sentence):
        return None
    # It must be as much about what the question asks as the best: "Council leader Graham
    # Petts said he was sorry" does not say whom the council blamed for the delay.
    asked = set(question_terms(question))
    shared = len(asked & set(terms(best.sentence)))
    naming = [
        e
        for e in rated_near_best(evidence)
        if names(e.sentence) and len(asked & set(terms(e.sentence))) >= shared
    ]
    # "Ebrima Touray, 44, the engineer who directed the project" for "Which engineer ...?", over
    # "The project, known as Kunda Address, cost 6.8 million dollars", rated higher.
    beside = _called_by_the_noun(question)
    described = [e for e in naming if beside and beside.search(e.sentence)]
    return max(described or naming, key=lambda e: e.relevance, default=None)


def _called_by_the_noun(question: str) -> re.Pattern[str] | None:
    """Where a sentence names someone beside the noun a "Which engineer ...?" question asks
    for them by: "Ebrima Touray, 44, the engineer", "engineer Ebrima Touray" (not "the
    engineer who led it deserved a medal", naming no one beside it); None for a question asking
    by no such noun."""
    asked = _ASKED_BY_NOUN.match(question.strip())
    if not asked:
        return None
    noun = re.escape(asked["noun"])
    return re.compile(
        rf"{NAME},\s+(?:\d{{1,3}},\s+)?(?i:the|an?)\s+(?:[\w-]+\s+){{0,3}}?(?i:{noun})\b"
        rf"|(?i:\b{noun})\s+{NAME}"
    )


# "Which provinces hold most of the minefields?": places, which news names ("the provinces of
# Cuando Cubango and Moxico").
_PLACE_KIND = (
    r"(?:provinces?|regions?|districts?|counties|county|municipalit(?:y|ies)|cities|city|towns?|"
    r"villages?|islands?)"
)
_WHICH_PLACES = re.compile(
    rf"(?i:which)\s+(?:[\w-]+\s+){{0,2}}?{_PLACE_KIND}\b(?![’'-])"
    r"(?!\s+(?:council|court|hall|official|authorit|government|team|club|police|hospital|"
    r"school|mayor|elder)\w*)"
)
# A place named by its kind: "the provinces of Cuando Cubango and Moxico", "Moxico province",
# "the town of Ganja".
_NAMED_BY_KIND = re.compile(
    rf"\b{_PLACE_KIND}\s+of\s+(?:the\s+)?(?-i:[A-Z])|(?-i:[A-Z])[\w’'-]+\s+{_PLACE_KIND}\b",
    re.IGNORECASE,
)
# "Which engineer ...?", "Which young volunteer ...?": the noun after up to three describing it.
_ASKED_BY_NOUN = re.compile(
    rf"(?i:which|what)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{_PERSON_NOUN})", re.IGNORECASE
)


def _common_opening(sentence: str, lower: set[str]) -> str:
    """`sentence` without its first word when that word is a common one, capitalised only to
    open the sentence (and no name runs on from it: not "Local Government Association"): one
    the passages write in lower case (`lower`), or a stop word, pronoun or linking adverb."""
    opening = _OPENING_WORD.match(sentence)
    if opening and opening[1].lower() in lower | STOPWORDS | _CLOSED_CLASS:
        return sentence[opening.end() :]
    return sentence


# Pronouns, quantifiers, linking adverbs and the words that open a clause of time or cause,
# which open sentences and name nothing ("Nobody was killed, but a 71-year-old man ...", "One of
# Yorkshire's last mills ...", "Since then they have made ...") whether or not the passages
# write them in lower case.
_CLOSED_CLASS = frozenset(
    "nobody everyone everybody someone somebody anyone anybody none nothing everything "
    "something anything however meanwhile instead although though while whereas one each "
    "both either neither every many several since until unless despite once after before because "
    "during following amid".split()
)
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
# A word capitalised inside a sentence, as names are ("the Labour party").
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z'’-]*\b")
_OPENING_WORD = re.compile(r"\W*([A-Z][a-z'’-]*)\b(?!\s+[A-Z])")


def measured_of_another(question: str, hits: list[Hit], evidence: list[Evidence]) -> bool:
    """Whether the question asks for a number, a date or a time of something it names, or of one of
    a series it numbers ("in the second quarter"), that the best evidence sentence does not
    name, and no sentence rated near it both names and gives (`naming_best`), each read with the
    text before it (`sentences_before`) unless it opens with another name or gives another
    name's thing of the kind asked ("Mottram's home" for "... Leckie's home?").

    A number is of what its sentence says it is of: "Spain sent four Canadair planes" does not
    say how many Portugal owns, nor "wildfires burned about 110,000 hectares in Portugal" how
    many burned in Spain, though each shares every other word of the question. Over the 2,805
    SQuAD development questions, refusing when the best sentence lacks a name held for 28
    unanswerable questions answered before and 11 answerable ones, one of which was answered
    wrong; the ordinals, for 7 unanswerable and 3 answerable ones, one answered wrong. A body
    the article is about may be named by its kind ("the club"), and the place it is datelined by
    "here", "the city", "the town" or "the village"; what its title names need not be named at
    all (`_about`), though the answer still prefers a sentence that names it. A sentence that
    names it but lacks the measure the best gives gives none of it ("Forty-two motorbikes, ...,
    were introduced" after the lead naming Kitui, for a count of trips).
    """
    naming = _of_what_asked(question, hits, evidence, by_title=True)
    return naming is not None and not naming


def naming_best(question: str, hits: list[Hit], evidence: list[Evidence]) -> Evidence | None:
    """For a number, date or time question, the best-rated sentence near the best that names what
    the question asks of, when the best one does not: "When did Kim leave Pyongyang?" is
    answered by "Mr Kim left Pyongyang for Russia on Sunday", not by "Mr Kim arrived in Russia
    on Tuesday morning, leaving his train", rated higher."""
    naming = naming_all(question, hits, evidence)
    return max(naming, key=lambda e: e.relevance) if naming else None


def naming_all(question: str, hits: list[Hit], evidence: list[Evidence]) -> list[Evidence] | None:
    """For a number, date or time question whose best sentence does not name all it names, the
    sentences rated near the best that do (`naming_best` quotes the best of them, and a draft
    may choose only among them); None when the best sentence names it all, or for other
    questions."""
    return _of_what_asked(question, hits, evidence)


def _of_what_asked(
    question: str, hits: list[Hit], evidence: list[Evidence], by_title: bool = False
) -> list[Evidence] | None:
    """The evidence sentences rated near the best that hold the number, date or time a question
    asks for and name all it names (`unnamed_in`, `ordinals`), or, with `by_title`, leave
    unnamed only what their article is about (`_about`); None when the best sentence does, or
    the question asks for no number, date or time."""
    kind = answer_type(question)
    if kind not in ("number", "date", "time") or not evidence:
        return None
    question = _BEFORE_AN_EVENT.sub("", without_telling_clause(question))
    before = sentences_before(hits)
    titles = {h.doc_id: h.title for h in hits}
    leads = openings(hits)

    def names_all(e: Evidence) -> bool:
        article = [h.text for h in hits if h.doc_id == e.doc_id]
        previous = (
            ""
            if _opens_with_another(e.sentence, question, article)
            or _owned_by_another(e.sentence, question)
            or _placed_elsewhere(e.sentence, question)
            else before.get((e.doc_id, e.start), "")
        )
        context = f"{previous} {_parts_giving(kind, e.sentence, question)}"
        unnamed = {
            name
            for name in unnamed_in(question, context)
            if not (
                by_title
                and _about(name, question, context, titles.get(e.doc_id, ""), e.sentence, article)
            )
            and not _called_by_kind_or_title(name, context, article, titles.get(e.doc_id, ""))
            and not called_otherwise(name, context, article)
            and not _datelined_here(name, context, leads.get(e.doc_id, ""))
            and not _country_of_the_dateline(name, context, leads.get(e.doc_id, ""))
            and not _led_as_kind(name, context, leads.get(e.doc_id, ""), titles.get(e.doc_id, ""))
            and not _lead_of_the_named(name, e.sentence, leads.get(e.doc_id, ""))
            and not _described_holder_named(name, question, context, article)
        }
        unordered = ordinals_of_a_series(question) - ordinals(context)
        if by_title and not ordinals(context):
            frame = f"{titles.get(e.doc_id, '')} {leads.get(e.doc_id, '')}"
            unordered -= framed_ordinals(question, frame, e.sentence)
        return not (unnamed or unordered - first_by_origin(question, context))

    best = max(evidence, key=lambda e: e.relevance)
    if names_all(best):
        return None
    # Nor one that lacks the measure the best sentence gives: "Forty-two motorbikes, ..., were
    # introduced" names Kitui after the lead, but does not count the trips that "Since then they
    # have made more than 9,600 trips" does.
    gives = giving_asked(question)
    measured = gives is not None and gives(best.sentence)
    # Nor, for "By what percentage ...?", one that gives as a fraction what the best gives in
    # hundredths: "a third fewer antibiotics" in the lead naming Mauritius, for "33 per cent
    # fewer" in the best.
    hundredths = in_hundredths(question, best.sentence)
    return [
        e
        for e in rated_near_best(evidence)
        if names_all(e)
        and has_answer_type(kind, e.sentence, question)
        and (not measured or gives(e.sentence))
        and (not hundredths or in_hundredths(question, e.sentence))
    ]


# The event a count or a date is asked up to, ending the question: "before Saturday's race",
# "ahead of the final", "prior to the 2019 election". The sentence that answers tells the tally
# so far ("Corrigan, who has ridden 23 winners since she began riding") and seldom names the
# event.
_BEFORE_AN_EVENT = re.compile(
    rf"\s+(?:before|ahead\s+of|prior\s+to)\s+(?![^,;?]*\b(?:{AUXILIARY})\b)[^,;?]*(?=\W*$)", re.I
)


# Where a sentence joins another clause to its first: ", and move that work to Lisbon", ", and by
# the Medical Research Council", "; the rest ...", not a list's last item (", and Madrid", ", and
# the Netherlands").
_JOINED_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?=(?!(?:the|a|an|its|their|his|her)\b)[a-z])"
)
# The examples of a whole a number counts: "orders for 210,000 blocks, including one from the
# town council of Higüey" (unless the question asks of the whole with them: "How much does a
# ticket cost including VAT?").
_INCLUDING = re.compile(r",\s+including\s+", re.IGNORECASE)


# An item of a list just before its last: ", Porto" of "Berlin, Porto, and northern Spain".
_LIST_ITEM = re.compile(r",\s+[\w’'-]+(?:\s+[\w’'-]+)?$")


def _parts_giving(kind: str, sentence: str, question: str) -> str:
    """The clauses of `sentence` a number it gives is told in: its first clause, which names
    what the sentence is about, and any other holding a number of the `kind` asked. What a
    later clause names has no number of its own: "close its office in Warsaw, which employs 35
    people, and move that work to Berlin and Lisbon" says nothing of how many work in Lisbon,
    nor "funded by the Halden Foundation, with a grant of £24 million, and by the Medical
    Research Council" how much the council gave, nor "orders for 210,000 blocks, including one
    from the town council of Higüey" how many the council ordered. A date is of the whole
    sentence: "In 1562, Jean Ribault led an expedition ..., and founded the outpost of
    Charlesfort on Parris Island, South Carolina"."""
    if kind != "number":
        return sentence
    # A list's last item is no clause: "to Berlin, Porto, and northern Spain".
    joins = [
        j
        for j in _JOINED_CLAUSE.finditer(sentence)
        if not _LIST_ITEM.search(sentence, 0, j.start())
    ]
    if not re.search(r"(?i:\bincluding\b)", question):
        joins = sorted([*joins, *_INCLUDING.finditer(sentence)], key=lambda j: j.start())
    bounds = [0, *(p for j in joins for p in j.span()), len(sentence)]
    first, *others = [sentence[a:b] for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    return " ".join(
        [first, *(p for p in others if has_answer_type(kind, _ONE_FROM.sub("", p), question))]
    )


# "One" standing for one of what was counted: "including one from the town council".
_ONE_FROM = re.compile(r"\bone\s+(?=(?:from|by|at|in|for|with)\b)", re.IGNORECASE)


# A dateline opens a line of the article's opening, before a dash: "BRIGHTHAVEN, England, Feb
# 22 (Newswire) –", "SEOUL/MOSCOW –", "NEW YORK (Reuters) -", maybe after a photo's caption.
_DATELINE_TEXT = (
    r"([A-Z][A-Z'’. -]*[A-Z](?:/[A-Z][A-Z'’. -]*[A-Z])*)(?:,[^\n–—]{0,60}?)?"
    r"(?:\s*\([^)\n]*\))?\s+[–—-]\s"
)
_DATELINE = re.compile(rf"^\W*{_DATELINE_TEXT}", re.MULTILINE)
# How a text speaks of where its article is datelined: "the people who live here", "the city"
# (not "Here is why", opening a sentence, nor "the city of Leeds").
_HERE = re.compile(r"\bhere\b|\b(?i:the)\s+(?:city|town|village)\b(?!\s+(?:of\b|[A-Z]))")


def _datelined_here(name: str, text: str, opening: str) -> bool:
    """Whether `text` speaks of `name` as the place its article is datelined, in the article's
    `opening`: "the 290,000 people who live here" in an article from "BRIGHTHAVEN, England"."""
    dateline = _DATELINE.search(opening)
    return bool(dateline and name in words(dateline[1].title()) and _HERE.search(text))


# The country a dateline names after its city: "Kosovo" of "PRISTINA, Kosovo -".
_DATELINE_COUNTRY = re.compile(
    r"^\W*[A-Z][A-Z'’. -]*[A-Z],\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)(?:\s*\([^)\n]*\))?"
    r"\s+[–—-]\s",
    re.MULTILINE,
)
_THE_COUNTRY = re.compile(r"\b(?i:the)\s+country\b(?!\s+(?:of\b|[A-Z]))")


def _country_of_the_dateline(name: str, text: str, opening: str) -> bool:
    """Whether `text` speaks of `name` as "the country" where its article's dateline names that
    country after the city: "each of the country's 38 municipalities" in an article from
    "PRISTINA, Kosovo" (not where `text` names another country: "Neighbouring Albania has 61
    municipalities, the country's interior ministry said")."""
    dateline = _DATELINE_COUNTRY.search(opening)
    return bool(
        dateline
        and name in words(dateline[1])
        and _THE_COUNTRY.search(text)
        and not countries(text).keys() - countries(dateline[1]).keys()
    )


# An article's lead and the name the sentence after it opens with (group "name").
_LEAD_THEN_NAME = re.compile(
    r"\s*(?P<lead>[^.!?]+[.!?])\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*),"
)
# The noun that "a" or "an" introduces, after up to two words describing it, in group "kind":
# "team" of "a cricket team from", "village" of "a Devon village with".
_INDEFINITE = re.compile(
    r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?(?P<kind>[a-z]+)(?=\s+(?:from|of|in|with|at|near|on)\b)"
    r"|\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?(?P<last>[a-z]+)$"
)
# What ends a lead's subject: its verb ("has won", "was fined", "reached", "set").
_LEAD_VERB = re.compile(
    r"\s(?:has|have|had|is|was|are|were|will|won|became|beat|set|took|made|hit|ran|went|"
    r"[a-z]+ed)\s"
)


def _lead_subject_kinds(lead: str) -> set[str]:
    """The kinds a lead's subject introduces, before its verb: "team" and "village" of "A
    cricket team from a Devon village", not "final" of "... has reached a national final"."""
    subject = _LEAD_VERB.split(lead.rstrip(".!?"), maxsplit=1)[0]
    return {
        found["kind"] or found["last"]
        for part in re.split(r"\s+(?=[Aa]n?\s)", subject)
        for found in [_INDEFINITE.search(part.strip())]
        if found
    }


def _led_as_kind(name: str, text: str, opening: str, title: str) -> bool:
    """Whether `text` calls `name` by the kind the article's lead introduces it as before the
    next sentence names it, a kind its title names too: "the village" where "A cricket team
    from a Devon village ... has won ..." is followed by "Little Hembury, from the Blackdown
    Hills, beat ..." under "Devon village of 640 people wins ...". The article is about it."""
    led = _LEAD_THEN_NAME.match(opening)
    if not led or name.lower() not in led["name"].lower().split():
        return False
    kinds = _lead_subject_kinds(led["lead"])
    return called_as(
        (kind for kind in kinds - STOPWORDS if re.search(rf"(?i:\b{re.escape(kind)}\b)", title)),
        text,
    )


def _described_holder_named(name: str, question: str, text: str, article: list[str]) -> bool:
    """Whether `name` is a word of how the question describes someone ("the North Korean
    leader"), which the `article` writes before a name ("North Korean leader Kim Jong Un") that
    `text` mentions in a form news refers back to it by ("Mr Kim does not travel abroad
    frequently, having made just seven trips"): the text is about that one, however it calls
    them."""
    return any(
        name.lower() in words and not unnamed_in(holder, text)
        for words, holder in _described_holders(question, tuple(article))
    )


@lru_cache(maxsize=64)
def _described_holders(
    question: str, article: tuple[str, ...]
) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each description in the question (its words, in lower case) with a name the `article`
    writes after it: read once per question and article, as every evidence sentence's names
    are checked against it. A nationality describes whom the article writes it before,
    whatever noun either puts after it: "the Belgian runner-up" is "the Belgian veteran Jasper
    Vandenbroucke" of the lead, not "the Belgian prime minister Alexander De Croo"."""
    found = []
    for description in _DESCRIPTION.finditer(question):
        noun = rf"(?P<noun>(?i:{re.escape(description['noun'])}))\s+"
        if all(is_nationality(w) for w in description["words"].split()):
            noun = r"(?P<noun>(?:[a-z][\w-]*\s+){0,2})"
        before_a_name = re.compile(
            rf"\b{re.escape(description['words'])}\s+{noun}"
            r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
        )
        # "the East Coast beekeeper": "said Aroha Keepa, 46, who runs 1,100 hives ..., on the
        # East Coast of the North Island", someone, named in full and described after the name,
        # whom the article places where the words name.
        placed_there = re.compile(
            r"(?<![.!?]\s)(?<!^)(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),\s+(?:\d{1,3},\s+)?"
            r"(?:who|a|an)\b[^.;]{0,120}?"
            rf"\b(?:in|on|at|near|from)\s+(?:the\s+)?{re.escape(description['words'])}\b"
        )
        words = tuple(description["words"].lower().split())
        found += [
            (words, d["name"])
            for passage in article
            for d in before_a_name.finditer(passage)
            if d["noun"].lower() == description["noun"].lower()
            or not set(d["noun"].split()) & _ROLE_WORDS
        ]
        if _PERSON_WORD.search(description["noun"]):
            found += [
                (words, d["name"]) for passage in article for d in placed_there.finditer(passage)
            ]
    return tuple(found)


# The words of a title or a head's role, which describe someone other than the one a question
# describes by nationality ("the Belgian prime minister").
_ROLE_WORDS = {w.lower() for w in TITLES} | {w for head in HEADS for w in head.split()}


# A noun for someone: "official", "beekeeper", "novelist", "historian".
_PERSON_WORD = re.compile(
    rf"^(?:{'|'.join(PERSON_NOUNS)})$"
    r"|(?:keeper|maker|grower|builder|trader|dealer|seller|breeder|farmer|fisher|ist|ian|man|woman)$"
)
# Capitalised words describing someone by the noun after them, after "the": "the North Korean
# leader", "the German backpacker" (groups "words", "noun"); not "Putin visited".
_DESCRIPTION = re.compile(
    r"\b(?i:the)\s+(?P<words>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?P<noun>[a-z]{3,}(?<!ed))\b"
)


def _lead_of_the_named(name: str, sentence: str, opening: str) -> bool:
    """Whether `sentence` is the article's lead, which introduces its subject unnamed, and the
    sentence after it names the subject `name`: "A school crossing patrolman who has seen
    children safely across the same valley road for 52 years has hung up his lollipop sign"
    is about Dennis Prothero where "Dennis Prothero took up his post ..." follows it, and "A
    floating tidal turbine moored off Orkney has set a world record ..." about Merrow where
    "The 74-metre turbine, known as Merrow, ..." does; "A company set up by a group of hotel
    owners ... has begun turning the sargassum seaweed ... into building blocks" about AlgaCasa
    where "The plant, run by AlgaCasa Dominicana, ..." does."""
    named = _named_after(sentence, opening)
    return named is not None and (
        name.lower() in named.lower().split() or _role_of_the_named(name, opening)
    )


def _role_of_the_named(name: str, opening: str) -> bool:
    """Whether the lead introduces its subject by a role in something unnamed, and the sentence
    after it names that thing `name` in the same role: "... sentenced the owner of a family
    winery to seven years in prison" is about Bodega Los Aromos where "Horacio Benegas, 61, the
    owner of Bodega Los Aromos ..." follows it."""
    led = _named_after_lead(opening)
    if led is None:
        return False
    lead = led[0]
    start = opening.find(lead)
    following = re.split(r"(?<=[.!?])\s+", opening[start + len(lead) :].strip(), maxsplit=1)[0]
    return any(
        name.lower() in found["thing"].lower().split()
        for role in _ROLE_IN_AN_UNNAMED.findall(lead)
        for found in re.finditer(
            rf"\bthe\s+{re.escape(role)}\s+of\s+(?:the\s+)?(?P<thing>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)",
            following,
        )
    )


# A role in something a lead leaves unnamed: "owner" of "the owner of a family winery".
_ROLE_IN_AN_UNNAMED = re.compile(r"\bthe\s+([a-z]+)\s+of\s+an?\s")


def lead_then_named(question: str, hits: list[Hit], evidence: list[Evidence]) -> Evidence | None:
    """For a question asking who, when the best evidence sentence is its article's lead, which
    introduces its subject unnamed and names no person ("A retired headteacher has been
    elected as Harbridge's first independent mayor ..."), the evidence sentence right after it,
    when that names someone ("Margaret Okonjo, 58, won 18,406 votes ..."; "The tracks were
    spotted in February by Morag Kerr, 52, ..."): news names whom its lead is about in the
    sentences after it. None otherwise."""
    if not evidence or not _WHO.match(question):
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if names_person(best.sentence, question):
        return None
    opening = openings(hits).get(best.doc_id, "")
    if _named_after(best.sentence, opening) is None:
        return None
    return next(
        (e for e in evidence if right_after(best, e) and names_person(e.sentence, question)), None
    )


def _named_after(sentence: str, opening: str) -> str | None:
    """The name the sentence after `sentence` opens with, when `sentence` is the lead of the
    article `opening` opens, which introduces its subject unnamed (`_named_after_lead`)."""
    led = _named_after_lead(opening)
    if led is None or " ".join(led[0].split()) != " ".join(sentence.split()):
        return None
    return led[1]


@lru_cache(maxsize=64)
def _named_after_lead(opening: str) -> tuple[str, str] | None:
    """An article's lead that introduces its subject unnamed, and the name the sentence after it
    opens with (`_UNNAMED_LEAD_THEN_NAME`); not a name by a title ("Health Minister Susan
    Nakhumicha praised her") or a speaker's ("Police said ..."), who speak of the subject. None
    for another opening. Read once per opening: the rules on numbers ask it for each evidence
    sentence."""
    led = _UNNAMED_LEAD_THEN_NAME.match(opening)
    if led is None or set(led["name"].split()) & TITLES:
        return None
    # Only a body runs the subject's thing: "A woman has been fined ... outside a shopping
    # centre" is not about Hammerson where "The centre, owned by Hammerson, ..." follows.
    if led["runner"] and not _lead_subject_kinds(led["lead"]) & _GROUPS:
        return None
    following = opening[led.end() :].split(maxsplit=1)
    if following and SPEECH_VERB.match(following[0].strip(",")):
        return None
    return led["lead"], led["name"]


# A lead that opens with "A" or "An" (after a few lines of byline, share links or a photo's
# caption, or a dateline, perhaps: "ST. JOHNSBURY - A former town clerk ..."), and the name of
# the sentence after it: the one it opens with, or the one it calls its subject's kind by ("The
# 74-metre turbine, known as Merrow") or names as running it ("The plant, run by AlgaCasa").
_UNNAMED_LEAD_THEN_NAME = re.compile(
    rf"(?:[^\n]*\n+){{0,4}}?\s*(?P<lead>(?:{_DATELINE_TEXT})?An?\s[^.!?]+[.!?][\"”’']?)\s+"
    r"(?:The\s+(?:[\w-]+\s+){0,3}?[a-z]+,\s+(?:known\s+as|named|called|"
    r"(?P<runner>(?:run|owned|operated)\s+by))\s+)?"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


# The capitalised words a sentence opens with: "Brannoch Valley Bank, the larger of the two".
_OPENING_NAME = re.compile(r"^[\"“‘']?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _opens_with_another(sentence: str, question: str, article: Sequence[str]) -> bool:
    """Whether `sentence` opens with a name the question does not mention, and so is about
    that, not about what the sentence before it names: "Eastmoor was founded in 1868" after a
    sentence on Brannoch Valley Bank does not say when Brannoch was founded, nor "Kazakhstan
    has about 200 snow leopards" how many live in the reserve it names, nor "Khải finished the
    match ... an average of 1.851 points per inning" what his opponent's average was. A lone
    word is a name where the `article` writes it as one (`_common_word`). Not a speaker ("Pell
    said the bank ..."), nor a name set off as the one before's ("Anna Berg, its chief
    executive, ...")."""
    found = _OPENING_NAME.match(sentence.strip())
    if (
        not found
        or found[1].split()[0].lower() in STOPWORDS
        or _REFERS_BACK.match(sentence.strip(), found.end())
    ):
        return False
    following = sentence.strip()[found.end() :].split(maxsplit=1)
    if following and SPEECH_VERB.match(following[0].strip(",")):
        return False
    lone = " " not in found[1] and not is_nationality(found[1]) and found[1] not in BESIDE_A_NAME
    verb_first = _VERB_FIRST.match(sentence.strip(), found.end())
    if lone and verb_first and not _common_word(found[1], article):
        return bool(unmentioned(f"Of {found[1]}", question))
    # A country alone opens as a name too, when a verb follows it: "Kazakhstan is thought to
    # have about 200 snow leopards" is not about the reserve the sentence before names (where
    # "Turkey prices rose" is about turkeys).
    country = countries(found[1]).keys() if verb_first else set()
    return bool(unmentioned(found[1], question) or country - countries(question).keys())


# A verb right after a sentence's first name: "Kazakhstan is thought", "Russia sent" (not the
# "feed" of "Turkey feed prices rose").
_VERB_FIRST = re.compile(
    rf"\s+(?:{AUXILIARY}|will|would|could|should|may|might|must|said|says|sent|took|won|lost|"
    r"made|became|began|[a-z]+(?<!e)ed)\b"
)


# A name set off as someone's or something's the sentence before named: ", its chief executive",
# ", 52, chief executive of its parent group", ", their lawyer", ", 39, who runs it"; not
# "Victoria Hospital made the biggest cut, reducing its use ...".
_REFERS_BACK = re.compile(
    r"\s*(?:,\s+\d{1,3})?,\s+(?:(?:[\w’'-]+\s+){0,3}?(?:its|their)\b|who\s+[a-z]+\s+(?:it|them)\s*,)",
    re.IGNORECASE,
)
# A name owning a thing: "Leckie's home" (groups "owner", "thing").
_OWNED = re.compile(r"\b(?P<owner>[A-Z][\w-]*)(?:['’]s|(?<=s)['’])\s+(?P<thing>[a-z][\w-]*)")


def _owned_by_another(sentence: str, question: str) -> bool:
    """Whether `sentence` gives what the question asks of one name's thing as another name's:
    "Officers who searched Mottram's home found five more drones" says nothing of Leckie's home,
    whoever the sentence before it names."""
    things = {stem for found in _OWNED.finditer(question) for stem in terms(found["thing"])}
    named = set(terms(question))
    return any(
        stem in things and not set(terms(found["owner"])) <= named
        for found in _OWNED.finditer(sentence)
        for stem in terms(found["thing"])
    )


def _placed_elsewhere(sentence: str, question: str) -> bool:
    """Whether `sentence` puts what it gives in a place other than the one the question asks of,
    which it does not name: "It will open a regional office in Riyadh with about 300 staff"
    says nothing of the staff in Casablanca, whichever cities the sentence before it names. Not
    for a country asked of, whose places a sentence may name instead ("in Riyadh" for "in Saudi
    Arabia"), nor a country the sentence names ("a port in Morocco")."""
    asked = _places_in(question)
    if not asked or any(not unmentioned(place, sentence) for place in asked):
        return False
    return any(unmentioned(place, question) for place in _places_in(sentence))


@lru_cache(maxsize=256)
def _places_in(text: str) -> tuple[str, ...]:
    """The places `text` puts something in or at, other than a country ("in Casablanca", "at
    Playa Hermosa"), each with its "in" or "at"; not a name that describes a noun after it ("in
    Roman times"), a people's tongue ("in English"), a feast, a day, a month or an era ("at
    Christmas", "in March", "in AD 140"). Read once per text: `_placed_elsewhere` asks it of the
    same question for every evidence sentence."""
    return tuple(
        found[0]
        for found in _IN_A_PLACE.finditer(text)
        if not (countries(found[1]) and not is_capital(found[1]))
        and not is_nationality(found[1])
        and not _DESCRIBES_A_NOUN.match(text, found.end())
    )


# A place something is in: "in Casablanca", "At Playa Hermosa, ..." (not a tongue: "in English",
# "in Arabic").
_IN_A_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t)\s+"
    rf"(?!(?:{DAYS}|{MONTHS}|AD|BC|Christmas|Easter|Ramadan|Eid|Diwali|Hanukkah|Passover|"
    r"Thanksgiving|New\s+Year)\b|[A-Z][a-z]+(?:ish|ic|ese)\b(?!\s+[A-Z]))"
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
# A word after a name that makes it describe a noun: "Roman times", not "Riyadh with",
# "Casablanca later" or "Riyadh yesterday".
_DESCRIBES_A_NOUN = re.compile(
    rf"\s+(?!(?:{'|'.join(sorted(STOPWORDS))}|later|earlier|next|last|soon|now|today|yesterday|"
    r"tomorrow|tonight|overnight|instead|alone|too|also)\b)[a-z]"
)


_BODY_KINDS = re.compile(rf"(?i:\bthe\s+{BODY_KIND}\b)")


def _about(
    name: str, question: str, text: str, title: str, sentence: str, article: Sequence[str]
) -> bool:
    """Whether `text` (a `sentence` read with what comes before it) may be about `name` without
    naming it: its article's title names it ("Westmoor hospitals miss A&E target ...",
    "Lindavia's Social Democrats win election"), a country perhaps in another form ("Latvian
    parliament ..." for "Latvians"), `text` names no other name of that title ("Nimbus, which
    employs about 17,000 people" under "Nimbus to buy Quartzline ..."), the sentence's subject
    is no other body and, if `name` is a country, `text` names no other country ("Spain sent
    four Canadair planes" in an article on a fire in Portugal). A title may name it by the kind
    of thing the `article` introduces it as, or ends its fuller name with: "Japanese town shuts
    school ..." over "Yamasato, a farming town of about 6,800 people, ...", "... in Kenyan
    county" over "Kitui County"."""
    name_pattern = re.compile(rf"(?i:\b{re.escape(name)}\b)")
    titled = name_pattern.search(title)
    by_kind = not titled and (
        any(
            re.search(rf"(?i:\b{re.escape(kind)}\b)", title)
            for kind in introduced_kinds(name, article) | kinds_in_name(name, article)
        )
        or _describing(name, question, title, text)
    )
    # A country may be named in another of its forms: "Latvians" under "Latvian parliament ...";
    # inside a longer name ("the Tour du Rwanda") it names no country.
    country = (
        set()
        if _inside_a_name(name, question)
        else countries(titled[0]).keys()
        if titled
        # "us" is written "US", "latvians" "Latvians".
        else (countries(name.title()).keys() | countries(name.upper()).keys())
        & countries(title).keys()
    )
    if not (titled or by_kind or country):
        return False
    asked = {w.lower() for w in WORD.findall(question)}
    # What describes the name before it ("Yorkshire's" of "Yorkshire's Calderbrook Mill"), and
    # a people's adjective ("Italian textile group"), name no other body.
    others = {
        w
        for run in NAME_RUN.findall(title)
        for w in name_pattern.split(run)[-1].split()
        if w.lower() not in asked and w.lower() not in STOPWORDS and not is_nationality(w)
    }
    if any(_names_besides_place(w, text) for w in others):
        return False
    # A sentence about another body: "The Conservatives won 41 seats" under "Social Democrats
    # win Lindavia election"; not what a speaker reports of the one asked ("Prosecutors told
    # the court that the winery bought ..."), nor those it places in its own ("Surgeons in the
    # country's hospitals carried out ...").
    texts = [*article, title]
    clause = _PHRASE_BEFORE_SUBJECT.sub("", _reported_clause(sentence.strip(), texts))
    subject = _SUBJECT.match(clause)
    named = {w.lower() for w in subject[1].split()} if subject else set()
    named -= STOPWORDS | _CLOSED_CLASS | BESIDE_A_NAME | _PRONOUNS | _OPENING_WORDS
    lone = subject and " " not in subject[1] and _common_word(subject[1], texts)
    # A common word set off by a comma opens no appositive: "Elsewhere, the plant will ...".
    if lone and (_OF_ITS_OWN.match(clause, subject.end(1)) or clause[subject.end(1)] == ","):
        named = set()
    if named - asked - {w.lower() for w in WORD.findall(title)}:
        return False
    return not country or not (countries(text).keys() - country or _listed_with(country, title))


def _listed_with(country: Collection[int], title: str) -> bool:
    """Whether `title` lists one of `country` with another country ("... to buyers in China and
    Brazil"): its article is about both, and a sentence naming neither ("had shipped about
    214,000 bottles") tells of them together, not of Brazil."""
    found = countries(title)
    forms = [re.escape(form) for found_id in country for form in found.get(found_id, ())]
    others = [re.escape(form) for found_id in found.keys() - country for form in found[found_id]]
    if not forms or not others:
        return False
    one, other = "|".join(forms), "|".join(others)
    joined = r"\s*(?:,\s*(?:and|or)?|\band\b|\bor\b)\s*"
    return bool(
        re.search(rf"\b(?:{one}){joined}(?:{other})\b|\b(?:{other}){joined}(?:{one})\b", title)
    )


def _reported_clause(sentence: str, article: Sequence[str]) -> str:
    """What `sentence` reports its speaker said, when it opens by saying so and the speaker is
    no body of its own but a common word (`_common_word`): "the winery bought wine in bulk
    ..." of "Prosecutors told the court that the winery bought ..." (not "The Conservatives
    said that they had won 41 seats"); else all of it."""
    reported = _REPORTED.match(sentence)
    if (
        reported is None
        or not SPEECH_VERB.match(reported["verb"])
        or not _common_word(reported["speaker"], article)
        or _PRONOUN_FIRST.match(sentence, reported.end())
    ):
        return sentence
    return sentence[reported.end() :]


# A speaker, one word, and verb opening a sentence, then "that": "Prosecutors told the court
# that", "Police said that".
_REPORTED = re.compile(
    r"(?P<speaker>[A-Z][\w’'-]*)\s+(?P<verb>[a-z]+)\s+(?:[^,.;]{0,40}?\s)?that\s+"
)
_PRONOUN_FIRST = re.compile(r"(?:he|she|it|they|we)\b", re.IGNORECASE)
# Where a sentence places those it opens with in the body it is about: "Surgeons in the
# country's hospitals", "Workers at the company's plant" (not "in their manifesto", of them).
_OF_ITS_OWN = re.compile(
    r"\s+(?:in|at|of|from|for)\s+the\s+(?:country|nation|company|firm|city|town|club|group|"
    r"state|region|island|village)['’]s\b"
)


def _common_word(word: str, article: Sequence[str]) -> bool:
    """Whether `article` writes `word` (as capitalised) as a common one: in lower case
    somewhere, or never capitalised inside a sentence. A lone word opening a sentence
    ("Prosecutors told the court ...", "Surgeons in the country's hospitals ...") is capitalised
    only for that; a body's or a person's name is capitalised wherever it stands. It reads one
    word of any script ("Khải"), where `_common_words` gathers the ASCII openers `naming_someone`
    may drop, any capitalised use inside a sentence outweighing a lower-case one there."""
    lower = re.compile(rf"\b{re.escape(word.lower())}\b")
    inside = re.compile(rf"(?<=[\w,;] ){re.escape(word[:1].upper() + word[1:])}\b")
    return any(lower.search(text) for text in article) or not any(
        inside.search(text) for text in article
    )


def _inside_a_name(word: str, question: str) -> bool:
    """Whether the question writes `word` as part of a longer name: "Rwanda" of "the Tour du
    Rwanda", "Kenya" of "Kenya Airways"; not of a country's own name ("New Zealand"), nor
    beside a title ("Kenya President William Ruto"), nor after "of", which joins a person to a
    country as often as it makes a name ("President Kagame of Rwanda")."""
    word = re.escape(word)
    joined = re.finditer(
        rf"(?<=\s)(?P<before>[A-Z][\w’'-]*)\s+(?:(?:du|de|des|la|le)\s+)?(?i:{word})\b"
        rf"|(?i:\b{word})\s+(?P<after>[A-Z][\w’'-]*)",
        question,
    )
    return any(
        (m["before"] or m["after"]) not in _NO_PART_OF_A_NAME
        and not any(m[0] in forms for forms in countries(m[0]).values())
        for m in joined
    )


# Capitalised words beside a country that make no name with it: "Kenya President William Ruto",
# "Since March Kenya has ...".
_NO_PART_OF_A_NAME = frozenset({*TITLES, *HONOURS, *MONTH_NAMES, *WEEKDAYS})


_PRONOUNS = frozenset("i you he she it we they his her its our their this these those".split())
# Linking words and days that open a sentence ("Last year they made ...", "On Tuesday ...").
_OPENING_WORDS = frozenset(w.lower() for w in OPENERS)


def _describing(name: str, question: str, title: str, text: str) -> bool:
    """Whether the question writes `name` before a noun, to say which one it means, that both
    the title and `text` name, and the title names nothing else: "the Crewe housebuilder" under
    "Housebuilder fined record £480,000 ..." over "A housebuilder has been fined ...". The
    article is about that one; not so under "Car plant in Derby to cut jobs" for "the Nissan
    plant"."""
    described = re.search(
        rf"\b(?i:the)\s+(?:[\w-]+\s+)?(?i:{re.escape(name)})\s+([a-z][\w-]+)", question
    )
    if (
        described is None
        or described[1] in STOPWORDS
        or described[1].endswith("ed")
        or _NAME_INSIDE.search(title)
    ):
        return False
    noun = re.compile(rf"(?i:\b{re.escape(described[1])}\b)")
    return bool(noun.search(title) and noun.search(text))


def _names_besides_place(word: str, text: str) -> bool:
    """Whether `text` names `word` other than as a place something is in, near or from: a
    title's "Yorkshire crisp maker Moorside ..." names no other body in "A crisp maker that
    was started in a farm barn in North Yorkshire"."""
    return any(
        not _AS_PLACE.search(text, 0, found.start())
        for found in re.finditer(rf"\b{re.escape(word)}\b", text)
    )


# What writes the name after it as a place: "in North Yorkshire", "near Sandbach", "from Ohio".
_AS_PLACE = re.compile(
    r"\b(?:in|near|from|outside|across|around)\s+(?:the\s+)?"
    r"(?:(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s+)?$"
)


# The name a sentence opens with, as its subject: "The Conservatives won", "Nimbus said", "José
# Meira, 66, whose family owns" (not "Elsewhere, the plant will ...").
_SUBJECT = re.compile(
    r"(?:The\s+)?((?!The\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
    r"(?:\s+[a-z]|,\s+(?:\d+,\s+)?(?:a|an|the|who|whose)\b)"
)
# A phrase opening a sentence before its subject, set off by a comma: "Under the strategy, " (the
# subject is what follows: "Across the border, Suriname's villages ...").
_PHRASE_BEFORE_SUBJECT = re.compile(
    r"^(?:Under|According\s+to|Across|Among|Between|Through|Within|Without|Beyond|Unlike|Besides|"
    r"Against|Alongside)\s+[^,]{1,60},\s+"
)


def _called_by_kind_or_title(name: str, text: str, article: list[str], title: str = "") -> bool:
    """Whether `text` calls `name` by the kind of thing its article says it is
    (`rag.holders.called_by_kind`), or by the word for a body ("the club") where the article's
    title names it ("Estmoor Rovers sold to Tarqin businessman"): such an article is about that
    body."""
    if _BODY_KINDS.search(text) and re.search(rf"(?i:\b{re.escape(name)}\b)", title):
        return True
    return called_by_kind(name, text, article)


_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_ORDINAL = re.compile(rf"\b({_ORDINALS})\b", re.IGNORECASE)
# What stands before the ordinal of a series: "the", an owner ("its", "Kim's").
_OWNING = r"(?:the|its|his|her|their|our|[\w-]+['’]s?)"
# An ordinal of a series follows "the", "a", "its" or an owner ("Kim's second summit"), or is joined
# to its noun ("first-quarter"); "When did Marenland first bring in a minimum wage?" asks when
# it began, of no series.
_BEFORE_A_SERIES = rf"(?:a|an|this|{_OWNING})"
_IN_A_SERIES = re.compile(
    rf"(?i:\b{_BEFORE_A_SERIES}\s+({_ORDINALS})\b"
    rf"|\b({_ORDINALS})-\w)"
)


def ordinals(text: str) -> set[str]:
    """The ordinal words of `text`, which tell one of a series from another: "the second
    quarter" is not the "third-quarter net loss". The first is also the opening, initial or
    original one ("An opening offer of £40 million" for "How much was Ashford's first bid?")."""
    found = {word.lower() for word in _ORDINAL.findall(text)}
    return found | {"first"} if _FIRST_IN_OTHER_WORDS.search(text) else found


_FIRST_IN_OTHER_WORDS = re.compile(r"\b(?:opening|initial|original|earliest|maiden)\b", re.I)


def first_by_origin(question: str, text: str) -> set[str]:
    """{"first"} when `question` asks of the first of a series ("When did Fred and Edna Barlow
    open their first shop?") that `text` tells the founding of, naming the same thing and no
    other of the series: "Barlow's was founded in 1952 by Fred and Edna Barlow, who opened a
    single shop", not "... opened their second shop in 1960"; else empty."""
    first = _FIRST_OF.search(question)
    if not (first and _ORIGIN.search(text) and set(terms(first["noun"])) & set(terms(text))):
        return set()
    return set() if ordinals(text) - {"first"} else {"first"}


# "their first shop", "its first-ever album": the noun after an ordinal of a series (as
# `_IN_A_SERIES` reads one; not "When did they first open ...?").
_FIRST_OF = re.compile(rf"(?i:\b{_OWNING}\s+first(?:[\s-]+ever)?\s+(?P<noun>[a-z][\w-]*))")
# What tells how a body began.
_ORIGIN = re.compile(r"(?i:\b(?:founded|established|set\s+up|launched|created)\b)")


def framed_ordinals(question: str, frame: str, sentence: str) -> set[str]:
    """The ordinals of `question` that its article's title or opening (`frame`) gives with the
    same noun, so that the whole article is of that one of the series: in an article opening
    "... according to a study of the first year of the ban", "found that the number of
    detentions fell from 6,212 to 3,058" answers "By what percentage did detentions drop in
    the first year of the ban?" without saying "first" ("a study of first-year pupils" frames
    no year). Not for a period when `sentence` counts another ("makes around 260,000 bikes a
    year" gives no count for "the first half")."""
    periods = {m[1].lower() for m in _COUNTED_PERIOD.finditer(sentence)}
    return {
        m[1].lower()
        for m in _ORDINAL_BEFORE_NOUN.finditer(question)
        if re.search(rf"(?i:\b{_BEFORE_A_SERIES}\s+{m[1]}\s+{re.escape(m[2])}\b)", frame)
        and not (m[2].lower() in _PERIODS and periods - {m[2].lower()})
    }


# An ordinal of a series and the noun after it (groups 1 and 2): "the first year".
_ORDINAL_BEFORE_NOUN = re.compile(rf"(?i:\b{_BEFORE_A_SERIES}\s+({_ORDINALS})\s+([a-z]+))")
_PERIODS = frozenset("day week month quarter half year season term decade".split())
# A period a number is counted in or by: "a year", "per week", "in two months", "each season" (not
# "fell by half", "long-term").
_COUNTED_PERIOD = re.compile(
    rf"(?i:\b(?:a|an|per|each|every|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)"
    rf"\s+({'|'.join(_PERIODS)})s?\b)"
)


def ordinals_of_a_series(question: str) -> set[str]:
    """The ordinals of `question` that pick one of a series (`ordinals`), not those that say
    "at first"."""
    return {(a or b).lower() for a, b in _IN_A_SERIES.findall(question)}


def only_described(question: str, hits: Sequence[Hit]) -> bool:
    """Whether a question asks which one of a kind ("Which veterinary practice does she work
    for?", "At which stadiums was it tested?") that the retrieved passages mention only as one
    of that kind, never by name, in a sentence about what the question asks: "to work at a farm
    animal practice", "at a small number of sports stadiums". Such a sentence shares the
    question's words and holds other names, so neither the refusal model nor `unnamed` tells
    that it names nothing of the kind. A mention counts as naming when a name stands beside it
    ("Veridan, a company based in Cambridge", "a boat named the Kittiwake", "partner Boulton")
    or the kind is part of a name ("Durham Wildlife Trust"), or, for a question asking where
    ("At which test centre ...?"), a place it does not name follows ("a test centre in
    Stockport"); any mention other than an indefinite one ("the laboratory") may refer to one
    named elsewhere, and says nothing. Not
    for people asked for by a word for one (`_asks_person`: "Which man ...?"), nor for a kind
    a lead introduces ("A company has been fined ..."): news names them later, without the
    kind's word ("Jason Smith, 34, ...", "Southern Water admitted")."""
    kind = _kind_asked(question.strip())
    if kind is None or _asks_person(question.strip()):
        return False
    noun = re.compile(rf"\b(?i:{plural_forms(kind)})\b")
    own = set(terms(question)) - set(terms(f"{kind} name names"))
    if not own:
        return False
    which = WHICH_KIND.match(question.strip())
    asks_where = bool(which and which["place"])
    titles = {hit.doc_id: set(terms(hit.title)) for hit in hits}
    sentences = {(hit.doc_id, s.text) for hit in hits for s in hit.sentences}

    def about(doc_id: str, sentence: str) -> bool:
        # The words the article's title gives are its topic, as much the sentence's as its own
        # ("the ghost farmers case" of a sentence under "... over ghost farmers ..."), where
        # the sentence itself holds some of the question's words.
        said = own & set(terms(sentence))
        held = said | (own & titles[doc_id])
        return bool(said) and len(held) >= _SAME_DEED * len(own)

    # One of the kind named anywhere may be the one asked for; but only an article that mentions
    # one where it tells of what the question asks may describe it, and another's "the
    # company" is some other.
    topical = {
        doc_id
        for doc_id, sentence in sentences
        if noun.search(sentence) and about(doc_id, sentence)
    }
    described = False
    for doc_id, sentence in sentences:
        for mention in noun.finditer(sentence):
            before, after = sentence[: mention.start()], sentence[mention.end() :]
            if _describes_another(after):
                continue  # "a laboratory supplier" is a supplier
            one_of = _ONE_OF.search(before)
            if (
                mention[0][0].isupper()
                or _NAME_BESIDE.match(after)
                or (one_of and _named_before(before[: one_of.start()]))
            ):
                return False
            if doc_id not in topical:
                continue
            placed = _PLACED_AFTER.match(after)
            if (
                asks_where
                and placed
                and placed["place"] not in question
                and placed["place"] not in _DATE_NAMES
                and not countries(placed["place"])
            ):
                return False  # "At which test centre ...?" of "a test centre in Stockport"
            if one_of:
                opening = before[: one_of.start()]
                modifiers = one_of["modifiers"].split()
            elif _bare_plural(mention[0], kind, before) and not _NAMED_AFTER.match(after):
                # "featured banned ballistic missiles", "sells in American supermarkets"; not
                # "at sites in Reading, Warrington and Glasgow", which may be all there is, nor
                # "missiles such as the Hwasong-18".
                opening, modifiers = before, []
            else:
                return False
            if (
                not opening.strip()
                or _named_before(opening)
                or not all(_MODIFIER.fullmatch(w) and w.lower() not in STOPWORDS for w in modifiers)
            ):
                return False
            described = described or about(doc_id, sentence)
    return described


def _bare_plural(mention: str, kind: str, before: str) -> bool:
    """Whether `mention`, the kind's word in the plural, has no determiner, owner or number
    among the four words before it, nor a name among the two right before it, so speaks of
    some of the kind or of the kind in general, as one of it does ("a parade that featured
    banned missiles", "the kind of story that sells in American supermarkets"); not "the
    banned missiles", "the country's newest ballistic missiles" nor "Tesco supermarkets"."""
    if mention.lower() == singular(kind):
        return False
    words = [w.strip(',;:()"“”') for w in before.split()[-4:]]
    return not any(
        w.lower() in _DETERMINERS or w[:1].isdigit() or re.search(r"['’]s?$", w) for w in words
    ) and not any(w[:1].isupper() and not is_nationality(w) for w in words[-2:])


# Places or examples named right after a noun: "sites in Reading, Warrington and Glasgow",
# "missiles such as the Hwasong-18", "missiles, including ...", "missiles: the Hwasong-18".
# Where one of a kind is, after it: "a test centre in Stockport" (group "place").
_PLACED_AFTER = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*)")
_NAMED_AFTER = re.compile(
    r"\s+(?:in|at|near|across)\s+(?:the\s+)?[A-Z]"
    r"|,?\s+(?:such\s+as|including|like)\s+(?:the\s+)?[A-Z]|\s*:\s*(?:the\s+)?[A-Z]"
)
# Words that make the noun phrase after them a particular one, or count it.
_DETERMINERS = frozenset(
    "the a an its their his her our your my this these those such no any every each all both "
    "some many most several few other another whose".split()
)


def _named_before(opening: str) -> bool:
    """Whether the words before one of a kind name it: "Veridan, a company ...", "Veridan is a
    company ..."; not "However, a company ..." nor "On Tuesday, a company ..."."""
    named = _NAMED_BEFORE.search(opening)
    return bool(named) and named["name"] not in OPENERS


# How much of the rest of the question a sentence mentioning one of the kind must hold to be
# about the one asked for: "a social security case" of another lawyer's client is no answer to
# "In which case did a German man claim the right to live in the Netherlands?", whose answer
# names a case without the word ("Steymann v Staatssecretaris van Justitie").
_SAME_DEED = 0.5
_NOT_A_KIND = frozenset(
    "time times year years day days month months date dates age ages kind kinds type types sort "
    "sorts percentage number numbers amount amounts share proportion size colour color part "
    "parts role roles reason reasons way ways margin majority happened else".split()
)
_WHAT = re.compile(r"^(?:\w+\s+)?what\b", re.IGNORECASE)
# How news writes one of a kind without naming it: "a laboratory", "two private golf clubs",
# "a small number of sports stadiums", with up to three words describing it (group "modifiers").
_ONE_OF = re.compile(
    r"\b(?i:a\s+(?:small\s+|large\s+)?(?:number|handful|couple|group|consortium)\s+of|"
    r"(?:dozens|hundreds|thousands)\s+of|an?|\d(?:[\d,]*\d)?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|some|few|many|various|numerous)\s+"
    r"(?P<modifiers>(?:[\w’'-]+\s+){0,3})$"
)
# A word describing one of a kind: "private", "London", "farm animal"; not "after" or "Watt’s".
_MODIFIER = re.compile(
    r"(?!(?:after|before|since|during|under|over|through|between|across|against|among|without|"
    r"within|near|than)\b)[A-Za-z][a-z-]*"
)
# A name beside the kind: "a company, Veridan,", "a boat called Kittiwake", "a charity (Shelter)",
# "Watt's partner Boulton", "a fourth charge, conspiracy to defraud,".
_NAME_BESIDE = re.compile(
    r"(?:\s*,\s+(?:the\s+)?|\s+(?:called|named|known\s+as)\s+(?:the\s+)?|\s*\(|\s+)[A-Z]"
    # or what it is, set off in lower case: "a fourth charge, conspiracy to defraud, after ..."
    r"|\s*,\s+(?!(?:which|who|whom|whose|that|where|when|and|but|or|as|while|after|before|"
    r"said|says|the|a|an|its|his|her|their|in|on|at|of|for|with|from|by|to)\b)"
    # not what someone said of it, nor a word on the sentence ("officials said", "however")
    r"(?![^,]*\b(?:said|says|told|tells|confirmed|added|reported|according|however|though|"
    r"too|also|meanwhile|therefore|instead|then|now)\b)"
    r"[a-z]+(?:\s+[a-z]+){0,3}\s*,"
)
# A name before it, in group "name": "Veridan, a company ...", "Veridan is a company ...", "Dr
# Rachel Osei, 44, a consultant ...".
_NAMED_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w’'-]*)(?:,\s+\d{1,3})?(?:\s*,|\s+(?:is|was|are|were))\s*$"
)
# The word after the kind's word, when it is in lower case (group "word").
_NEXT_WORD = re.compile(r"\s+(?P<word>[a-z][\w-]*)")
# Words after the kind's word that describe it rather than a noun it describes: "nearby", "a
# ship bound for Shanghai", "a firm run by".
_NOT_A_NOUN = frozenset(
    "nearby there here abroad overseas locally bound built made run owned held sold sent known "
    "set due".split()
)


def _describes_another(after: str) -> bool:
    """Whether the kind's word describes a noun after it ("a laboratory supplier"), as it does
    not in "a laboratory examined", "two golf clubs nearby" or "a friend who"."""
    following = _NEXT_WORD.match(after)
    if not following:
        return False
    word = following["word"]
    return not (word in STOPWORDS or word in _NOT_A_NOUN or re.search(r"(?:ed|ly|ing)$", word))


def _kind_asked(question: str) -> str | None:
    """The lower-case noun for the kind a which-question, or a what-is-the-name-of question,
    asks one of; None for other questions."""
    which = WHICH_KIND.match(question)
    # "What message had Washington sent?" asks what it said; "What company ...?", which one.
    if which and _WHAT.match(question) and not _WHICH_NAMED.match(question):
        which = None
    kind = which["kind"] if which else _head_of_thing(question)
    # A place is named without its kind's word ("held in a different city each year" and "in
    # Bilbao, Spain"), so one mentioned only as such may be named all the same.
    if kind is None or kind in _NOT_A_KIND or kind in STOPWORDS or _NAMED_PLACE.fullmatch(kind):
        return None
    return kind


def plural_forms(noun: str) -> str:
    """A pattern for a noun in the singular and plural, whichever the question wrote: "class"
    and "classes", "company" and "companies"."""
    one = singular(noun)
    if one.endswith("y") and one[-2:-1] not in "aeiou":
        return rf"{re.escape(one[:-1])}(?:y|ies)"
    return rf"{re.escape(one)}(?:es|s)?"
