"""Questions whose form says which sentence answers them, whatever the refusal score.

"Who is Jo Chun Ryong?" is answered wherever the articles introduce him, "What happened on
Monday?" wherever they mention Monday, "How old is the mayor?" wherever they give the age of
whoever they name as the mayor. Such questions share little with their answer beyond the name or
date they ask about, so the calibrated refusal would often turn them down; their form makes the
decision instead, and a question of the form whose name, role or date the evidence lacks gets no
answer from here. Role questions ("Who is the Kremlin spokesman?") are in `rag.holders`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from rag.attributes import (
    AT_A_NAMED_PLACE,
    NAMING,
    PERSON_NOUNS,
    WHICH_KIND,
    WORKS,
    plural_forms,
)
from rag.contrasts import contrasted
from rag.evidence import answer_type, needs_context, sentences_before
from rag.holders import CORPORATE, OPENERS, Holder, holder_of, naming, role_holder
from rag.lexical import (
    AUXILIARY,
    CALLED_QUESTION,
    KIN,
    STOPWORDS,
    WORD,
    question_terms,
    terms,
)
from rag.measures import (
    APPROXIMATELY,
    DATE,
    FAR_SHARE,
    MONTH_NAMES,
    MONTHS,
    WEEKDAYS,
    aged_beside,
    asked_measure,
    continues,
    in_the_owners_article,
    in_top_article,
    near_best_instead,
    rated_far_from_best,
    rated_near_best,
    right_after,
    sentence_before,
    states,
)
from rag.mentions import unnamed_in
from rag.places import countries, is_nationality
from rag.questions import YES_NO, bare
from rag.roles import BODY_KIND, HONORIFIC, HONORIFIC_BEFORE, HONOURS, NAME_WORD, TITLES
from rag.speech import SPEECH_VERB
from rag.spelling import COMMON_ZIPF
from rag.types import Evidence, Hit

# "Who is Jo Chun Ryong?", "What was Tymnet?", "Where is Vostochny?", "Tell me about Peskov",
# "What kind of facility is Vostochny?": the question is only a name, and news places a place
# where it first names it ("the Vostochny cosmodrome, more than 1,500km to the north of
# Vladivostok") and says what kind of thing it is ("Russia's Tass news agency").
_DEFINITION = re.compile(
    r"^(?i:(?:who|what|where)\s+(?:is|was|are|were)|tell\s+me\s+about|describe|"
    r"what\s+(?:kind|type|sort)\s+of\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:is|was|are|were)|"
    r"what\s+do\s+(?:we|you)\s+know\s+about)\s+(?:(?i:the)\s+)?"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|the)\s+)*[A-Z0-9][\w’'.-]*)*)$"
)
# "Where does Michael Madden work?", "Which think tank does Madden work for?", "What does
# Madden do?", "What is Madden's job?", "What post does Madden hold?": what news says of a
# person where it introduces them ("Mr Michael Madden, a North Korea leadership expert at the
# Washington-based Stimson Centre").
_PROPER = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
# Someone named only by a role: "the study's lead author", "the project's leader".
# A word or more before the noun: "the man" or "the victim" alone is anyone.
_ROLE = rf"(?i:the)\s+(?:[\w’'-]+\s+){{1,3}}?(?i:{'|'.join(PERSON_NOUNS)})"
_NAME = rf"(?P<name>{_PROPER})"
_OCCUPATION = (
    # "At which university does the project's leader work?"
    re.compile(
        r"^(?i:(?:(?:at|for|in)\s+)?(?:where|whom?|(?:what|which)(?:\s+[\w-]+){0,3})\s+"
        rf"(?:does|did)\s+)(?P<name>{_PROPER}|{_ROLE})"
        r"\s+(?i:work(?:\s+(?:for|at|in))?|do\s+for\s+a\s+living)$"
    ),
    re.compile(rf"^(?i:what\s+does\s+){_NAME}\s+(?i:do)$"),  # not "What did Putin do?"
    re.compile(
        rf"^(?i:what\s+(?:is|was)\s+){_NAME}['’]s?\s+(?i:(?:current\s+)?(?:job|role|title|"
        r"position|occupation|profession|(?:area|field)\s+of\s+expertise|expertise|employer))$"
    ),
    # "What position does Karen Whitfield hold at the union?" (not "What role did China have
    # in the talks?", which asks what China did).
    re.compile(
        rf"^(?i:(?:what|which)\s+(?:job|title|position|post|office)\s+(?:does|did)\s+)"
        rf"{_NAME}\s+(?i:hold|occupy)(?:\s+(?i:at|in|with|on)\s+.+)?$"
    ),
    # "What position does the study's lead author hold?": someone named only by a role, whom
    # news introduces where it first so calls them ("said the study's lead author, Dr Anan
    # Wongsa, head of ophthalmology at ...").
    re.compile(
        r"^(?i:(?:what|which)\s+(?:job|title|position|post|office)\s+(?:does|did)\s+)"
        # Not a stance: "What position does the study's lead author hold on screening?"
        rf"(?P<name>{_ROLE})\s+(?i:hold|occupy)(?:\s+(?i:at|in|with)\s+.+)?$"
    ),
    # "Which university is Lena Marchetti affiliated with?"
    re.compile(
        rf"^(?i:(?:what|which)(?:\s+[\w-]+){{1,3}}\s+(?:is|was)\s+){_NAME}"
        r"\s+(?i:affiliated\s+with|attached\s+to|employed\s+by|based\s+at)$"
    ),
)
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "this", "that"}


def introduction(question: str, evidence: list[Evidence], share: float) -> Evidence | None:
    """For a question that asks who, what or where a name is, or asks about it ("Tell me about
    Madden", "Where does Madden work?"), the sentence that introduces it.

    News introduces a person or thing, with a role or description, where it first names it
    ("Munitions Industry Department director Jo Chun Ryong"), and later sentences mention the
    name in passing. So the answer is the earliest sentence of its document that names it in
    full, among those the ranker rates at least `share` of the best. None for other questions.
    """
    asked = bare(question)
    definition = next(
        (m for pattern in (_DEFINITION, *_OCCUPATION) if (m := pattern.match(asked))), None
    )
    if not definition or not evidence or definition["name"].lower() in _PRONOUNS:
        return None
    name = re.compile(_name_pattern(definition["name"]), re.IGNORECASE)
    near = share * max(e.relevance for e in evidence)
    naming = [
        e
        for e in evidence
        if (name.search(e.sentence) or _named_as_kin(definition["name"], e, evidence))
        and e.relevance >= near
    ]
    if not naming:
        return None
    document = max(naming, key=lambda e: e.relevance).doc_id
    return min((e for e in naming if e.doc_id == document), key=lambda e: e.start)


# "What is sangrecita?", "What kind of creature was the leshy?": a term in lower case, which
# news explains beside it where readers may not know it.
_TERM_QUESTION = re.compile(
    r"^(?i:what\s+(?:is|are|was|were)|what\s+(?:kind|type|sort)\s+of\s+[a-z-]+(?:\s+[a-z-]+)?\s+"
    r"(?:is|are|was|were))\s+(?:(?i:an?|the)\s+)?(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})$"
)
# What sets an explanation off after the term: a comma or a dash ("the leshy, a forest spirit",
# "sangrecita, cooked chicken blood that sells for ...", "madres guía, or guide mothers,",
# "ceviche, which is raw fish ..."), brackets ("sangrecita (cooked chicken blood)") or "is a".
_SET_OFF = re.compile(r"\s*(?:,|\s[—–])\s+(?P<segment>[^,.;:()—–]+)(?P<after>.*)")
_BRACKETED = re.compile(r"\s+\((?P<inside>[^()]+)\)")
_IS_A = re.compile(r"\s+(?:is|are|was|were)\s+(?:an?|one\s+of)\s")
# Before the term: "a forest spirit known as the leshy", "the dish known as sangrecita" (not "The
# mayor called sangrecita a treasure").
_EXPLAINED_BEFORE = (
    r"\b(?:(?i:an?)\s+[^,.;]{1,60}?\s+(?:known\s+as|called)"
    r"|(?i:the)\s+[^,.;]{1,60}?\s+known\s+as)\s+(?:the\s+)?"
)
# Words that open a clause or a speaker, not an explanation: "sangrecita, she said", "sangrecita,
# while ...".
_NOT_EXPLAINING = frozenset("according including like now then while where when".split())


def explanation(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "What is sangrecita?" or "What kind of creature is a leshy?", asked of a term in
    lower case that is rare in English (`COMMON_ZIPF`), the best-rated evidence sentence that
    explains the term beside it: whatever else the question's words match, that is what the
    article says the thing is. A common word ("What is the cost?", "What is inflation?") is
    anything a sentence says of it ("Inflation is a worry for the bank"), so it is left to the
    ranker. None for other questions, and when no sentence explains the term."""
    from wordfreq import zipf_frequency  # its word lists take a tenth of a second to import

    asked = _TERM_QUESTION.match(bare(question))
    words = asked["term"].split() if asked else []
    if (
        not words
        or any(w.lower() in STOPWORDS for w in words)
        or min(zipf_frequency(w, "en") for w in words) >= COMMON_ZIPF
    ):
        return None
    term = r"\s+".join(plural_forms(w) for w in words)
    after = re.compile(rf"\b(?i:{term})\b")
    before = re.compile(rf"{_EXPLAINED_BEFORE}(?i:{term})\b")

    def explains(sentence: str) -> bool:
        return bool(before.search(sentence)) or any(
            _explains_after(sentence[found.end() :]) for found in after.finditer(sentence)
        )

    explaining = [e for e in evidence if explains(e.sentence)]
    return max(explaining, key=lambda e: e.relevance) if explaining else None


def _explains_after(text: str) -> bool:
    """Whether `text`, right after a term, explains it: a phrase set off by a comma or a dash
    that is no speaker ("sangrecita, a vendor said") and no item of a list ("sangrecita,
    boiled potatoes, quinoa and rice"; "sangrecita, a salad and some bread"); words in brackets
    ("(cooked chicken blood)", not "(pictured)"); or "is a"."""
    if _IS_A.match(text):
        return True
    if bracketed := _BRACKETED.match(text):
        inside = bracketed["inside"].split()
        return len(inside) >= 2 and inside[0][:1].islower()
    set_off = _SET_OFF.match(text)
    if not set_off:
        return False
    phrase = set_off["segment"].split()
    first = phrase[0].lower()
    if first == "or":  # a gloss closes with a comma: "madres guía, or guide mothers, ..."
        return len(phrase) >= 2 and set_off["after"].startswith(",")
    if first == "which":
        return len(phrase) >= 3 and phrase[1] in ("is", "are", "was", "were")
    next_item = re.match(r",\s+(?!and\b|or\b)[^,.;:]*\b(?:and|or)\b", set_off["after"])
    return (
        len(phrase) >= 2
        and phrase[0][:1].islower()
        and (first in ("a", "an", "the") or first not in STOPWORDS | _NOT_EXPLAINING)
        and not any(w in ("and", "or") or SPEECH_VERB.match(w) for w in phrase)
        and not next_item
    )


def _named_as_kin(name: str, sentence: Evidence, evidence: list[Evidence]) -> bool:
    """Whether `sentence` gives the first word of a name of two words alone, beside the word for
    a relative of the family's ("Mr Haworth's wife, Janet", or "His wife, Janet, 57, a school
    dinner lady" where an evidence sentence of its article names the family, and the sentence
    names no one of another family before "His": not "Zhou travelled with his girlfriend,
    Janet")."""
    words = name.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return False
    first, family = (re.escape(w) for w in words)
    kin = rf"(?i:{KIN}),?\s+{first}\b(?!\s+[A-Z])"
    if re.search(rf"\b{family}['’]s?\s+{kin}", sentence.sentence):
        return True
    theirs = re.search(rf"\b(?i:his|her|their)\s+{kin}", sentence.sentence)
    before = sentence.sentence[: theirs.start()] if theirs else ""
    named = [w for w in _CAPITALISED.findall(before) if w.lower() not in STOPWORDS]
    return (
        theirs is not None
        and (not named or bool(re.search(rf"\b{family}\b", before)))
        and any(
            e.doc_id == sentence.doc_id and re.search(rf"\b{family}\b", e.sentence)
            for e in evidence
        )
    )


# A capitalised word: before "his wife", unless a stop word ("He", "The"), whose wife it is.
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w’'-]*")


# "What is the name of the satellite?" asks what something is called, as "What is the wildfire
# called?" does (`rag.lexical.CALLED_QUESTION`), and "What is the title of the novel?" what a
# work is called (not "the title of the official", a job); news says so with "named", "called"
# or "known as" ("The blaze, named the Sawtooth Creek Fire, had burned ..."), or quotes a work's
# title after its noun ("her debut novel "The Ferryman's Daughters"", not "told reporters "We
# ...").
_NAME_OF_QUESTION = re.compile(
    r"^what(?:\s+is|\s+was|['’]s)\s+the\s+(?P<asked>name|title)\s+of\s+(?P<thing>.+)$",
    re.IGNORECASE,
)
# How close in meaning the noun before "named" must be to the one asked about: "blaze" is a
# "wildfire" (0.65 with the default embedder), an "Italo-Norman" no "count" (0.20).
_SAME_KIND = 0.5


# Words after the noun for the thing named: "the wildfire near Carrow Peak", "the satellite
# that was lost".
_AFTER_THE_NOUN = re.compile(
    r"\s+(?:near|of|in|at|on|that|which|who|whose|where|for|from|by|with|to)\b.*$", re.IGNORECASE
)


def _thing_called(question: str) -> str | None:
    """The noun for what a question asks the name of ("wildfire" of "What is the wildfire near
    Carrow Peak called?"), or None when it asks no name."""
    question = bare(question)
    asked = CALLED_QUESTION.match(question) or _NAME_OF_QUESTION.match(question)
    if not asked:
        return None
    words = _AFTER_THE_NOUN.sub("", asked["thing"]).split()
    noun = words[-1].lower() if words else None
    if noun and asked.groupdict().get("asked", "").lower() == "title":
        return noun if re.fullmatch(WORKS, noun) else None
    return noun


# Words that make a capitalised word beside a kind no name of that kind: "On Monday river
# levels rose", "River Road", "Fire Chief Tom Hale".
_NOT_OF_THE_KIND = {w.lower() for w in (*WEEKDAYS, *MONTH_NAMES, *TITLES, *HONOURS)} | set(
    "road street lane avenue way drive square place ceo cfo coo christmas".split()
)


def _names_one(kind: str, sentence: str) -> bool:
    """Whether `sentence` names a thing of that kind in words that end or open with it ("the
    Ridgeback Fire", "the River Aunagh"), or right after it ("the pub company Kingsway
    Taverns"), or set off before it as its head noun ("Wolbachia, a bacterium found in many
    insects", "Conecta Austral, the company that operates the cable"; not "Tom Hale, a fire
    chief", nor a place or a source opening the sentence: "In Hong Kong, a ship ran aground",
    "According to Reuters, a ship ..."), or after it and "of" for a place ("the canton of
    Valais", but not "a Chinese city"); not a number of them ("12 member states"), a word
    capitalised only because it opens the sentence ("Steam engines remained ...", "However, a
    ship ...", "Suddenly, a ship ..."), a day, a street or an honorific ("the company Mr Bloggs
    founded")."""
    word = re.escape(kind)
    of = r"(?:\s+of)?" if kind in _PLACES_NAMED_WITH_OF else ""
    ending = re.finditer(rf"(?<!^)\b([A-Z][\w-]*)\s+(?i:{word})\b", sentence.strip())
    opening = re.finditer(rf"\b(?i:{word[:1]})(?-i:{word[1:]}){of}\s+([A-Z][\w-]*)", sentence)
    beside = re.finditer(
        rf"\b([A-Z][\w-]*),\s+(a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{word}"
        rf"(?=\s*[,.;]|\s+{_AFTER_A_HEAD})",
        sentence,
    )
    place = kind in _PLACES_NAMED_WITH_OF | _PLACES_NAMED_BY_KIND
    beside_names = [
        m[1]
        for m in beside
        if (place or not _OPENING_PHRASE.match(sentence[: m.start(1)]))
        and not (m[2] == "the" and _another_subject(sentence, m))
    ]
    names = [m[1] for m in (*ending, *opening)] + beside_names
    return any(
        n.lower() not in STOPWORDS
        and n.lower() not in _NOT_OF_THE_KIND
        and n not in OPENERS
        and not n.endswith("ly")
        and not (of and is_nationality(n))
        for n in names
    )


def _another_subject(sentence: str, beside: re.Match[str]) -> bool:
    """Whether "the company ..." after a name and a comma is no description of the name but
    a subject of its own: after a place or a time ("Sales fell in China, the company that owns
    the brand said", "Since Brexit, the company that runs ..."), or the speaker the sentence
    ends with."""
    return bool(
        _PLACE_OR_TIME_BEFORE.search(sentence, 0, beside.start(1))
        or _SPEAKER_AT_END.match(sentence, beside.end())
    )


# A name after a preposition of place or time: "in China", "Since Brexit", "across Europe".
_PLACE_OR_TIME_BEFORE = re.compile(
    r"\b(?i:in|to|from|since|after|before|across|throughout|within|into)\s+"
    r"(?:[A-Z][\w-]*\s+)*$"
)
# The rest of a sentence that ends with its speech verb: "... that owns the brand said."
_SPEAKER_AT_END = re.compile(r"[^,;]*\b(?:said|says|told|added|announced)\W*$")


# What follows the head noun of a description set off after a name: "Wolbachia, a bacterium
# found in many insects" (not "Tom Hale, a fire chief", "Mia Lund, a company spokeswoman").
_AFTER_A_HEAD = (
    r"(?:found|that|which|who|bound|based|in|of|from|with|for|near|at|on|known|called|named|"
    r"and|or|whose|where|used|set|run|owned|made)\b"
)
# A phrase opening a sentence that places or sources what follows: "In Hong Kong, a ship ...",
# "According to Reuters, a ship ..." (no name of a ship).
_OPENING_PHRASE = re.compile(
    r"^\W*(?:(?i:in|at|from|off|near|to|on|by|across|outside|inside|according\s+to)\s+)"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}$"
)


def _names_one_of(kinds: Sequence[str], sentence: str) -> bool:
    """Whether `sentence` names a thing of any of `kinds` (`_names_one`)."""
    return any(_names_one(kind, sentence) for kind in kinds)


# Members of a body, whose names do not hold the body's: "What Rovers player scored?".
_MEMBERS = frozenset(
    "player striker midfielder defender forward goalkeeper keeper captain member fan supporter "
    "rider driver official spokesman spokeswoman".split()
)
# Kinds whose names end in other words: an event is a forum, a summit, a festival ...; a
# charity a trust, a foundation, an appeal ...; a company a group, or whatever its registered
# name ends with.
_COMPANIES = ("company", "firm", "group", *(word.lower() for word in sorted(CORPORATE)))
_NAMED_BY = {
    "event": (
        "forum", "summit", "conference", "festival", "games", "cup", "championship",
        "championships", "congress", "expo", "fair", "show", "olympics", "marathon",
        "tournament", "assembly",
    ),
    "charity": ("charity", "trust", "foundation", "hospice"),
    # "Which investor led the round?" by "Al Sadeem Capital" or "Savanna Ventures".
    **dict.fromkeys(("investor", "fund"), ("investor", "fund", "capital", "ventures", "partners")),
    # "Which company ...?" by "Derrylahan Energy DAC" or "the energy group Ventoria"
    **dict.fromkeys(("company", "firm"), _COMPANIES),
    # "Which institution put up most of the money?" by "the European Bank for Reconstruction
    # and Development", "Which lender ...?" by a bank or a fund.
    "institution": (
        "institution", "bank", "fund", "foundation", "university", "institute", "agency",
        "ministry", "commission", "council", "authority",
    ),
    "lender": ("lender", "bank", "fund"),
}  # fmt: skip


# Places whose names end in their kind's word ("Jonkerbos War Cemetery", "Southwark Crown
# Court"), unlike a city or a country ("Charleston").
_PLACES_NAMED_BY_KIND = frozenset(
    "cemetery court hospital prison church cathedral chapel abbey school college university "
    "academy station airport stadium park museum gallery theatre hotel harbour bridge castle "
    "hall library zoo reservoir".split()
)
# ... and places news names after their kind's word and "of" ("the canton of Valais", "the
# city of Vladivostok"), or before it ("Guangdong province").
_PLACES_NAMED_WITH_OF = frozenset(
    "city town village canton province county region state district island valley".split()
)


def _kinds_asked(question: str) -> tuple[tuple[str, ...], bool] | None:
    """The kinds of thing a "Which river ...?" question asks for ("forum", "summit" ... for
    "Which event ...?"), and whether it asks for a place of that kind ("In which cemetery
    ...?", of a kind whose names end in its word); None for other questions, for other kinds
    after a preposition ("At what point ...?", "In what way ...?"), and for a member of a body
    the question names ("What Rovers player ...?", not "Which Swiss canton ...?" or "Which
    Yorkshire town ...?")."""
    asked = WHICH_KIND.match(bare(question))
    if not asked or answer_type(question) in ("number", "date", "time"):
        return None
    kind = asked["kind"].lower()
    if asked["people"] and kind in _MEMBERS and not is_nationality(asked["people"]):
        return None  # "What Rovers player scored?" asks for a player of Rovers
    if asked["place"] and kind not in _PLACES_NAMED_BY_KIND | _PLACES_NAMED_WITH_OF:
        return None  # "At what point ...?", "In what way ...?"
    return _NAMED_BY.get(kind, (kind,)), bool(asked["place"])


def naming_a_place(question: str) -> Callable[[str, str], bool] | None:
    """For "In which cemetery was the air gunner buried?", whether a sentence names a place of
    that kind ("laid to rest at Jonkerbos War Cemetery"), which evidence selection takes
    whatever its retrieval score: it may say it in other words ("laid to rest" for "buried").
    None for other questions: "Which leader pledged ...?" is better answered by the sentences
    sharing its words than by any naming a leader."""
    asked = _kinds_asked(question)
    if asked is None or not asked[1]:
        return None
    return lambda sentence, previous: _names_one_of(asked[0], sentence)


def holding_the_noun(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "What total did Sargsyan lift ...?", the best-rated sentence of the best one's
    article, rated at least a fifth as high, that gives the noun asked with its figure ("it
    gave her a total of 273 kilograms"), when the best does not have the noun: the ranker rates
    the lead on her record lift first for every other word. None for other questions, nouns for
    no figure (`_FIGURES`), or a best that states the measure asked ("sold for £2.3 million" for
    "What price did the seascape fetch?")."""
    asked = _WHAT_NOUN.match(question.strip())
    if not asked or not evidence or asked["noun"].lower() not in _FIGURES:
        return None
    noun = set(terms(asked["noun"]))
    best = max(evidence, key=lambda e: e.relevance)
    measure = asked_measure(question)
    if noun & set(terms(best.sentence)) or (measure and states(measure, best.sentence, question)):
        return None
    valued = re.compile(
        rf"\b{re.escape(asked['noun'])}\s+of\s+{APPROXIMATELY}[$£€]?\d", re.IGNORECASE
    )
    return rated_far_from_best(
        evidence, lambda e: e.doc_id == best.doc_id and bool(valued.search(e.sentence))
    )


# "What total did ...?", "Which prize has ...?": the noun right before the auxiliary.
_WHAT_NOUN = re.compile(rf"(?:what|which)\s+(?P<noun>[a-z]+)\s+{AUXILIARY}\b", re.IGNORECASE)
# Nouns for a figure, which news gives after them ("a total of 273 kilograms", "a fee of
# £2,000"); a noun for a kind or a record ("What religion ...?", "What record did Rovers set?")
# is answered by a name or a deed.
_FIGURES = frozenset(
    "total tally score margin haul aggregate sum figure turnout attendance crowd price fee fine "
    "bill budget salary bonus prize reward ransom valuation".split()
)


def naming_kind(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "Which river flooded the town?", the best-rated evidence sentence near the best that
    names a river ("after the River Aunagh burst its banks"), when the best one names none ("The
    river peaked at 4.87 metres"); for "Which event ...?", one that names a forum, a summit or
    the like ("the Eastern Economic Forum"). For a place ("In which cemetery was he buried?"),
    any sentence of the best one's article, as it may say so in other words ("laid to rest at
    Jonkerbos War Cemetery"). None for other questions, when no such sentence names a thing of
    the kind, or for a city, a canton or the like when the best sentence names anything the
    question does not, as it may name one without the word ("settled near present-day
    Charleston")."""
    asked = _kinds_asked(question)
    if asked is None or not evidence:
        return None
    kinds, place = asked
    best = max(evidence, key=lambda e: e.relevance)
    if _names_one_of(kinds, best.sentence):
        return None
    if set(kinds) <= _PLACES_NAMED_WITH_OF and _names_another(best.sentence, question):
        return None  # "worships in Charleston" names a city without the word
    near = rated_near_best(evidence)
    # A charity is seldom called one in the sentence that names it ("raised £8,400 for the
    # Borders Air Ambulance Trust" for "Which charity benefited?"), and the one naming a company
    # may say what it does in other words ("Conecta Austral, the company that operates the
    # cable" for "Which company runs the cable?"), which the ranker rates the lower for it. A
    # company's must share a word with the question; and a group may be anyone's.
    company = kinds == _COMPANIES
    far_kinds = tuple(k for k in kinds if k != "group") if company else kinds
    asked = set(question_terms(question)) - set(terms(" ".join(kinds)))

    def far_naming(e: Evidence) -> bool:
        return (
            (company or kinds == _NAMED_BY["charity"])
            and e.doc_id == best.doc_id
            and e.relevance >= FAR_SHARE * best.relevance
            and _names_one_of(far_kinds, e.sentence)
            and (not company or bool(asked & set(terms(e.sentence))))
        )

    naming = [
        e
        for e in evidence
        if ((e in near or (place and e.doc_id == best.doc_id)) and _names_one_of(kinds, e.sentence))
        or far_naming(e)
    ]
    return max(naming, key=lambda e: e.relevance) if naming else None


def unnamed_company(question: str, evidence: list[Evidence]) -> bool:
    """Whether a "Which company ...?" question has no evidence sentence rated near the best that
    names a company, or a body as news names one (`_names_a_company`), nor one rated lower that
    `naming_kind` answers with: "Which company owns the Sleipnir drilling rig?" is not answered
    by "The well was drilled by a 45-metre rig named Sleipnir", nor "Which company made the
    antivenom?" by a lead naming only the district."""
    asked = _kinds_asked(question)
    if asked is None or asked[0] != _COMPANIES or not evidence:
        return False
    return naming_kind(question, evidence) is None and not any(
        _names_a_company(e.sentence, question) for e in rated_near_best(evidence)
    )


def _names_a_company(sentence: str, question: str) -> bool:
    """Whether `sentence` names a company by its kind's word (`_names_one`), or names a body
    where news names companies: as the subject it opens with ("Equinor owns the rig", "Bharat
    Serums, an Indian drugmaker, ..."; not a person, a common word or a name the question
    asks with), after a word for what a company does ("the contractor, Northern Surface Care",
    "manufacturer Charles Porter"), after "-based", or as who did something or where someone
    works ("led by Harborview Capital", "at Lindqvist Capital")."""
    if _names_one_of(_COMPANIES, sentence) or _COMPANY_NAMED.search(sentence):
        return True
    from wordfreq import zipf_frequency  # its word lists take a tenth of a second to import

    subject = _SUBJECT_NAME.match(sentence.strip())
    if subject is None or re.match(HONORIFIC_BEFORE, subject["name"]):
        return False
    named = subject["name"].split()
    asked = {w.lower() for w in WORD.findall(question)}
    return not all(w.lower() in asked for w in named) and (
        len(named) > 1 or zipf_frequency(named[0], "en") < COMMON_ZIPF
    )


# The name a sentence opens with as its subject: before a verb or a comma ("Equinor owns ...",
# "Bharat Serums, an Indian drugmaker, ...").
_SUBJECT_NAME = re.compile(r"(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)(?:,|\s+[a-z])")
_COMPANY_NAMED = re.compile(
    r"(?:-based|\b(?:by|at))\s+(?:the\s+)?[A-Z]"
    r"|\b(?:contractor|manufacturer|maker|supplier|developer|operator|producer|publisher|"
    r"distributor|builder|shipyard|investor|lender|bank|insurer|carrier|retailer|brokerage|"
    r"subsidiary|owner|buyer|partner)s?,?\s+(?:the\s+)?[A-Z]"
)


def _names_another(sentence: str, question: str) -> bool:
    """Whether `sentence` holds a capitalised word, past its first, that the question does not:
    no people's adjective ("Swiss francs"), day, month or title."""
    asked = {w.lower() for w in WORD.findall(question)}
    return any(
        w.lower() not in asked | STOPWORDS | _NOT_OF_THE_KIND and not is_nationality(w)
        for w in re.findall(r"(?<=\s)[A-Z][\w’'-]*", sentence)
    )


def _places(sentence: str, question: str) -> bool:
    """Whether `sentence` puts something at a place the question does not name ("in Khasan",
    "at the Vostochny cosmodrome", "near Ashcombe"), or for a question asking where something
    was going, sends it to one ("sailing from London to Madras", "bound for Hong Kong"), or for
    one asking where someone is from, says so ("a 29-year-old woman from Edinburgh")."""
    asked = {w.lower() for w in WORD.findall(question)}
    return any(
        not {w.lower() for w in m["place"].split()} <= asked | _NOT_OF_THE_KIND
        and not is_nationality(m["place"])
        for m in _place_pattern(question).finditer(sentence)
    )


@lru_cache(maxsize=64)
def _place_pattern(question: str) -> re.Pattern[str]:
    """How a sentence names the place a "Where ...?" question asks for: where something was
    going, where someone is from, or else where something is. Read once per question: evidence
    selection asks it of every retrieved sentence (`heading_to`)."""
    asked = bare(question)
    if _DESTINATION_QUESTION.match(asked):
        return _TO_A_PLACE
    if _ORIGIN_QUESTION.match(asked):
        return _FROM_A_PLACE
    return AT_A_NAMED_PLACE


# The verb that opens a "Where ...?" question.
_ASKING = r"(?i:is|was|were|are|did|does|do|has|have|had|will|would|could|can|might|should)"
# "Where was the ship heading?", "Where were the suitcases being flown to?": a question asking
# where something was going, not where it was, nor where it came from, nor what someone who
# went somewhere does ("Where does the man who was flying the drone live?").
_DESTINATION_QUESTION = re.compile(
    rf"^(?i:where)(?:['’]s|\s+{_ASKING})\s+(?!.*\b(?i:from)\W*$)(?:"
    r"(?:(?!(?i:who|which|that)\b)[\w’'-]+\s+){1,8}?(?:(?i:be|have\s+been|being)\s+)?"
    r"(?i:heading|headed|bound|going|travell?ing|sailing|flying|flown|sent|shipped|moving|"
    r"returning)\b"
    r"|.*\s(?i:to)\W*$)"
)
# Where a sentence sends something: "sailing from London to Madras", "a flight to Hong Kong",
# "bound for Hong Kong"; not "said to Reuters" or "according to Border Force".
_TO_A_PLACE = re.compile(
    r"\b(?:(?i:(?:heading|headed|bound|going|went|gone|travell?ing|travell?ed|sailing|sailed|"
    r"flying|flew|flown|flights?|sent|shipped|moving|moved|returning|returned|journey|voyage|"
    r"route|trip|way)\s+(?:[\w’'-]+\s+){0,3}?(?:to|towards|into)"
    r"|(?:bound|headed|heading|left|sailed|departed)\s+for)"
    r"|(?i:from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?i:to))\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


# People, as news describes them by where they are from.
_PEOPLE = (
    r"(?:wo)?m[ae]n|boys?|girls?|couple|family|pair|residents?|climbers?|walkers?|tourists?|"
    r"students?|pupils?|people|teenagers?|brothers?|sisters?|mother|father|"
    r"grand(?:mother|father)|pensioners?|fishermen|farmers?|natives?|couriers?|victims?"
)
# Words for someone by what they do: "jockey", "winner", "driver", "actress".
_DOER = rf"(?:{'|'.join(PERSON_NOUNS)})(?:s|es)?"
# "Where were the two climbers from?", "Where is Grace Adeyemi from?": a question asking where
# people are from (not "Where have the glass eels come from?").
_ORIGIN_QUESTION = re.compile(
    rf"^(?i:where)(?:['’]s|\s+{_ASKING})\s+(?:(?i:the)\s+)?(?:[a-z]+\s+)?"
    rf"(?:(?i:{_PEOPLE}|{_DOER})\b|[A-Z]).*\b(?i:from)\W*$"
)
# Where a sentence says so: "a 29-year-old woman from Edinburgh", "Daniel Vosper, 46, of
# Gloucester", "Maisie Corrigan, from Hawick", "two climbers from Leeds"; not "airlifted from Ben
# Nevis", "a spokesman from Police Scotland", "footage from BBC Scotland", "Meanwhile, from
# Brussels" or "Marks & Spencer, from Monday".
_FROM_A_PLACE = re.compile(
    rf"(?:\b(?i:\d{{1,3}}-year-olds?(?:\s+[a-z]+)?|{_PEOPLE})\s+(?i:from|of)"
    r"|,\s+\d{1,3},\s+(?i:of|from)|\b[A-Z][\w’'-]*\s+[A-Z][\w’'-]*,\s+from)"
    rf"\s+(?!(?:{'|'.join((*WEEKDAYS, *MONTH_NAMES))})\b)"
    r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


def heading_to(question: str) -> Callable[[str, str], bool] | None:
    """For "Where was the ship heading?" or "Where were the climbers from?", whether a sentence
    sends something to a place or says where someone is from (`_places`), which evidence
    selection takes whatever its retrieval score: "The Marchioness of Stowe was sailing from
    London to Madras" shares little with the question but its answer. None for other
    questions."""
    if _place_pattern(question) is AT_A_NAMED_PLACE:
        return None
    return lambda sentence, previous: _places(sentence, question)


def placing_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "Where might Kim and Putin meet?", the best-rated evidence sentence near the best that
    puts something at a place ("at the Vostochny cosmodrome"), when the best one puts nothing
    anywhere the question does not name ("Mr Putin's meeting with Mr Kim would come after the
    forum"). When none near it does, the best-rated sentence of the best one's article, rated
    at least a fifth as high, that places something and shares a word the question writes in
    lower case ("meet"); for where something was going, any so rated that sends it somewhere;
    for where someone is from, any that says so. None for other questions, or when no such
    sentence names a place."""
    if not re.match(r"(?i:where)\b", bare(question)) or not evidence:
        return None
    near = near_best_instead(evidence, lambda sentence: _places(sentence, question))
    best = max(evidence, key=lambda e: e.relevance)
    if near or _places(best.sentence, question):
        return near
    # The best places nothing, so its rating says less of a sentence that does, in the
    # question's words: "They said he might meet Mr Putin at the Vostochny cosmodrome".
    # Where something was going, or is from, is asked in words of its own ("heading" for
    # "sailing to"); where someone is from, so few sentences say that any of the article's may.
    asked = _own_words(question)
    pattern = _place_pattern(question)
    placing = [
        e
        for e in evidence
        if e.doc_id == best.doc_id
        and _places(e.sentence, question)
        and (pattern is _FROM_A_PLACE or e.relevance >= FAR_SHARE * best.relevance)
        and (pattern is not AT_A_NAMED_PLACE or asked & set(terms(e.sentence)))
    ]
    return max(placing, key=lambda e: e.relevance) if placing else None


def _own_words(question: str) -> set[str]:
    """The terms of the words a question writes in lower case: what it asks of the names in it
    ("frequent", "foreign", "travel" of "Is Kim Jong Un a frequent foreign traveller?"), not a
    preposition ("against" of "Has Russia always opposed UN penalties against North Korea?")."""
    return set(
        terms(
            " ".join(
                w
                for w in WORD.findall(bare(question))
                if w.islower() and not _PREPOSITION.fullmatch(w)
            )
        )
    )


_PREPOSITION = re.compile(
    r"against|above|across|after|along|among|around|before|behind|below|beneath|beside|between|"
    r"beyond|despite|during|except|inside|near|onto|outside|over|since|through|towards?|under|"
    r"until|upon|within|without"
)


# "What was the final score?", "What was the aggregate score of the tie?", "What was the
# cabinet's vote on the plan?", "What was the result of the council vote on the tram?", "By what
# margin did councillors approve the plan?": a question for a tally (not "What was the turnout
# in the vote?", "What was the vote share of the Greens?", "What was the hygiene score?" or "By
# what margin did she win?").
_TALLY_QUESTION = re.compile(
    r"^(?:by\s+(?:what|which|how\s+big\s+a)\s+(?:margin|majority)\s+(?:did|was|were|has|have)"
    r"\s+.*\b(?:approved?|vot(?:e|ed)|back(?:ed)?|pass(?:ed)?|reject(?:ed)?|adopt(?:ed)?|"
    r"endorsed?|supported?|opposed?|carried|carry|agreed?)\b.*"
    r"|what\s+(?:was|were|is)\s+(?:the\s+)?(?:"
    r"(?:(?:final|full-time|half-time|closing|aggregate)\s+)?(?:score|scoreline|tally)"
    r"(?:\s+(?:in|at|of|against|on)\b.*)?"
    r"|(?:result\s+of\s+the\s+)?(?:[\w’'-]+\s+){0,2}?vote(?:\s+(?:on|over)\b.*)?))\W*$",
    re.IGNORECASE,
)
# A tally: "voted 7-2", "beat her 4-6 7-6(5) 6-3", "by 31 votes to 12", "voted unanimously"; not
# a range ("4-6 weeks", "aged 11-16", "50-60 homes", "10-12 September", "4-5 million").
_TALLY = re.compile(
    r"(?<![\w.,-])(?<!aged\s)(?<!ages\s)(?<!between\s)(?<!from\s)"
    r"\d{1,3}\s?[-–]\s?\d{1,3}(?![\w-]|[.,]\d|\s*(?:%|per\b|percent\b|per\s+cent\b|"
    rf"(?:million|billion|thousand|hundred|{MONTHS}|"
    r"(?!(?:this|its|his|was|has|is|as|plus|across|unless|afterwards|thanks)\b)[a-z]{2,}s)\b))"
    r"|\b\d+\s+votes?\s+to\s+\d+|\bunanimous(?:ly)?\b",
    re.IGNORECASE,
)


def tallied(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For "What was the cabinet's vote on the plan?", whether a sentence of the best passage's
    article gives a tally ("voted 7-2 on Tuesday"), which evidence selection takes whatever
    its retrieval score: news gives it once, in a sentence on much else. None for other
    questions."""
    if not _TALLY_QUESTION.match(bare(question)) or not hits:
        return None
    return in_top_article(hits, lambda sentence, previous: bool(_TALLY.search(sentence)))


def tallying_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for a tally, the best-rated evidence sentence of the best one's article,
    rated at least a fifth as high, that gives one, when the best one does not ("The two
    cabinet members who voted against the plan ..."). None for other questions, or when none
    does. Where the question names a stage of a contest, a tally of that stage comes first:
    "What was the score in Yangzom's semi-final defeat?" is answered by "She lost her semi-final
    7-1", not by the better-rated "beat Mexico's Valeria Ortega 6-2 in the bronze medal match".
    A score someone got is given in points too: "What score did Serrinha Azul get from the
    judges?" is answered by "The school scored 269.9 points out of a possible 270"."""
    if not evidence:
        return None
    if _POINTS_QUESTION.match(bare(question)):
        return _of_article_instead(
            evidence, lambda s: bool(_POINTS.search(s) or _TALLY.search(s)), FAR_SHARE
        )
    if not _TALLY_QUESTION.match(bare(question)):
        return None
    stages = _stages(question)
    best = max(evidence, key=lambda e: e.relevance).sentence
    # A best tally stands unless it names only other stages than the one asked.
    tallied, best_stages = bool(_TALLY.search(best)), _stages(best)
    elsewhere = tallied and bool(best_stages) and not stages & best_stages
    if stages and (not tallied or elsewhere):
        staged = _of_article_instead(
            evidence, lambda s: bool(_TALLY.search(s) and stages & _stages(s)), FAR_SHARE
        )
        if staged is not None:
            return staged
    return _of_article_instead(evidence, lambda s: bool(_TALLY.search(s)), FAR_SHARE)


# "What score did Serrinha Azul get from the judges?", "What score has she posted?": a score
# someone got, which a sentence gives in points ("scored 269.9 points").
_POINTS_QUESTION = re.compile(
    r"^\W*what\s+score\s+(?:did|does|do|has|have|had|will)\b", re.IGNORECASE
)
_POINTS = re.compile(r"\b\d+(?:\.\d+)?\s+points?\b", re.IGNORECASE)
# A stage of a contest: "semi-final", "quarter-finals", "semis", "the final", "first leg",
# "play-off", "group stage"; with any hyphen or dash inside.
_STAGE = re.compile(
    r"\b(?:(?:semi|quarter)[\s‐‑–-]?finals?|semis|finals?|play[\s‐‑–-]?offs?|"
    r"(?:first|second)[\s‐‑–-]+legs?|bronze[\s‐‑–-]medal\s+(?:match|bout|game)|"
    r"group[\s‐‑–-]+(?:stages?|match(?:es)?|games?))\b"
    # Not the "final score", "final day" or "final round" of any contest.
    r"(?![\s‐‑–-]+(?:score|scoreline|tally|result|whistle|minute|day|round|vote|count)s?\b)",
    re.IGNORECASE,
)


def _stages(text: str) -> set[str]:
    """The stages of a contest `text` names, in one spelling each: "semi-final" and "semis" as
    "semifinal", any group match or stage as "group"."""
    found = {re.sub(r"[\s‐‑–-]|s$", "", stage.lower()) for stage in _STAGE.findall(text)}
    return {
        "group" if stage.startswith("group") else "semifinal" if stage == "semi" else stage
        for stage in found
    }


# "Which band finished runner-up?", "Who came third at the Royal Albert Hall?": a question for a
# place in a contest (not "Who was second in command?").
_PLACED_QUESTION = re.compile(
    r"^(?:which|who|what)\s+(?:[\w-]+\s+){0,3}?(?:came|finished|placed|was|were|ended\s+up)\s+"
    r"(?:in\s+)?(?:as\s+)?(?:the\s+)?(?:(?P<runner>runners?[\s-]up)|"
    r"(?P<place>second|third|fourth|fifth|last))(?![\w-])"
    r"(?:\s+place)?(?:\s+(?:at|in|on)\s+(?!(?:command|line)\b).*)?\W*$",
    re.IGNORECASE,
)


def _placed_pattern(question: str) -> re.Pattern[str] | None:
    """What says who took the place a question asks for: "came second", "were second", "came in
    second", "second place" or "runner-up" for a runner-up, and "came last" or "last place",
    not "was last seen". A runner-up is also whom the winner beat in the final or finished ahead
    of ("finished 2 hours and 40 minutes ahead of Sindre Haugland"). None for other questions."""
    asked = _PLACED_QUESTION.search(question)
    if not asked:
        return None
    place = "second" if asked["runner"] else asked["place"].lower()
    # Not "third time lucky", "second thoughts".
    was = "" if place == "last" else rf"|\b(?:was|were)\s+{place}(?![\w-]|\s+[a-z])"
    runner = rf"|\brunners?[\s-]up\b|{_WINNER_OVER}" if place == "second" else ""
    return re.compile(
        rf"\b(?:came|finished|placed)\s+(?:in\s+)?{place}(?![\w-])|\b{place}\s+place\b"
        + was
        + runner,
        re.IGNORECASE,
    )


# The winner's margin over the runner-up, or the final they won against them.
_WINNER_OVER = (
    r"\b(?:finished|came\s+home|crossed\s+the\s+line)\b[^.;]{0,60}?\bahead\s+of\s+(?-i:[A-Z])"
    r"|\bbeat(?:ing)?\s+(?:(?-i:[A-Z])[\w’'-]*(?:['’]s)?\s+){1,4}(?:[\d-]+\s+)?in\s+the\s+final\b"
)


def placed(question: str) -> Callable[[str, str], bool] | None:
    """For "Which band finished runner-up?", whether a sentence says who took that place
    ("Ravensworth Silver Band, from Cumbria, were second."), which evidence selection takes
    whatever its retrieval score: it may share no word with the question. None for other
    questions."""
    saying = _placed_pattern(question)
    if saying is None:
        return None
    return lambda sentence, previous: bool(saying.search(sentence))


def placed_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "Which band finished runner-up?", the best-rated evidence sentence of the best one's
    article that says who took that place, when that article's title and evidence name all the
    question names: the articles answer such a question whenever they say so, in whatever words
    ("were second"), but not of another contest ("Which team finished runner-up in the FA Cup
    final?"). None for other questions, or when none does."""
    giving = _placing_sentences(question, evidence)
    if not giving:
        return None
    own = [giving[0].title, *(e.sentence for e in evidence if e.doc_id == giving[0].doc_id)]
    return None if unnamed_in(question, " ".join(own)) else max(giving, key=lambda e: e.relevance)


def unplaced(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question for a place in a contest has no evidence sentence of the best one's
    article that says who took it: "Which band came third at the Royal Albert Hall?" over an
    article that names only the winner and the runner-up."""
    return _PLACED_QUESTION.search(question) is not None and not _placing_sentences(
        question, evidence
    )


def _placing_sentences(question: str, evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences of the best one's article that say who took the place a question
    asks for (`_placed_pattern`); none for other questions."""
    saying = _placed_pattern(question)
    if saying is None or not evidence:
        return []
    best = max(evidence, key=lambda e: e.relevance)
    return [e for e in _of_article(best, evidence) if saying.search(e.sentence)]


# A question answered by one of two answers it offers, a word each: "Will Putin meet Kim before
# or after the forum?", "Was the attacker a bear or a deer?" (not "whether or not").
_ALTERNATIVES = re.compile(
    rf"{YES_NO.pattern}.*?\b(?P<one>[a-z]+)\s+or\s+(?:(?:a|an|the|by|in|on|at|to|with)\s+)?"
    r"(?!not\b)(?P<other>[a-z]+)\b",
    re.IGNORECASE,
)


def choosing_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question that offers two answers ("Will Putin meet Kim before or after the Eastern
    Economic Forum?"), the best-rated evidence sentence near the best that gives one ("Mr
    Putin's meeting with Mr Kim would come after the forum"), when the best gives neither ("He
    is scheduled to attend the plenary session of the Eastern Economic Forum"). None for other
    questions, for answers of a stop word ("two or more"), or when no sentence near the best
    gives one."""
    offered = _ALTERNATIVES.match(bare(question))
    if not offered or not evidence:
        return None
    one, other = terms(offered["one"]), terms(offered["other"])
    if not one or not other:
        return None
    return near_best_instead(evidence, lambda sentence: bool({*one, *other} & set(terms(sentence))))


def affirming_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question answered yes or no ("Is Kim Jong Un a frequent foreign traveller?"), the
    sentence of the best one's article holding the most of what it asks of its subject, in the
    words it writes in lower case ("Mr Kim does not travel abroad frequently"), the best-rated
    of those holding as many, when the best holds none of them ("Kim Jong Un left Pyongyang for
    Russia on Sunday"): a sentence that only names the subject neither affirms nor denies
    anything of it. The sentence, read with the one before it, must name every name the
    question does. None for other questions, or when no sentence holds any."""
    if not evidence or not YES_NO.match(bare(question)) or _ALTERNATIVES.match(bare(question)):
        return None
    asked = _own_words(question)
    best = max(evidence, key=lambda e: e.relevance)
    if asked & set(terms(best.sentence)):
        return None
    held = {
        e.marker: len(asked & set(terms(e.sentence)))
        for e in evidence
        if e.doc_id == best.doc_id
        and not unnamed_in(question, f"{sentence_before(e, evidence)} {e.sentence}")
    }
    holding = [e for e in evidence if held.get(e.marker)]
    return max(holding, key=lambda e: (held[e.marker], e.relevance)) if holding else None


def reasoning_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "Why was the 31 route spared?", the best-rated evidence sentence near the best
    (`rag.measures.rated_near_best`) that gives a cause in so many words, and either goes on
    with the best right after it or shares a word with the question ("He said that route had
    been saved because it serves a dialysis unit"), when the best one gives none ("... decided
    to keep two routes, including the 31"). None for other questions, or when no such sentence
    does: a cause of something else ("The 12A was cut because few used it") answers nothing."""
    if not _WHY_QUESTION.match(bare(question)) or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if _CAUSE.search(best.sentence) or _PURPOSE.search(best.sentence):
        return None
    asked = set(terms(question))
    giving = [
        e
        for e in rated_near_best(evidence)
        if _CAUSE.search(e.sentence) and (continues(best, e) or asked & set(terms(e.sentence)))
    ]
    return max(giving, key=lambda e: e.relevance) if giving else None


def doing_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "What was the great-niece doing when she came across the score?", the best-rated
    evidence sentence of the best one's article, rated at least a fifth as high, that tells
    what someone was doing at the time ("She found it while clearing rooms after a hurricane"),
    when the best does not: the ranker rates first the sentence on the find, which shares the
    question's words. None for other questions, or when the best tells what someone was doing
    ("were hauling nets when the storm struck")."""
    if not _ASKS_DOING.match(bare(question)) or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if _WHILE_DOING.search(best.sentence) or _WERE_DOING.search(best.sentence):
        return None
    return rated_far_from_best(
        evidence, lambda e: e.doc_id == best.doc_id and bool(_WHILE_DOING.search(e.sentence))
    )


# "What was the great-niece doing when she came across the score?"
_ASKS_DOING = re.compile(
    r"^what\s+(?:was|were|is|are)\s+.+?\s+doing\s+(?:when|as|while|at\s+the\s+time)\b",
    re.IGNORECASE,
)
# What someone was doing at the time: "while clearing rooms", "as she was sorting papers",
# "when he was fishing".
_WHILE_DOING = re.compile(
    r"\b(?i:while|whilst)\s+(?:(?:he|she|they|we|I)\s+(?:was|were)\s+)?(?!\w*thing\b)[a-z]+ing\b"
    r"|\b(?i:as|when)\s+(?:he|she|they|we|I)\s+(?:was|were)\s+(?!\w*thing\b)[a-z]+ing\b",
)
# What a best sentence says someone was doing: "were hauling nets when the storm struck".
_WERE_DOING = re.compile(r"\b(?:was|were)\s+(?!\w*thing\b)[a-z]+ing\b")


def by_means_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "How was the age of the fossil worked out?", the best-rated evidence sentence of the
    best one's article, rated at least a fifth as high, that tells how in so many words ("by
    measuring the decay of argon") and shares a word with the question, when the best one does
    not ("The fossil was spotted on 14 January 2025 by ..."): news tells the means in a sentence
    of its own, in other words than the question's ("dated" for "the age ... worked out"). None
    for other questions, and for how someone described, judged or compared something, which
    no means answers."""
    asked = bare(question)
    if not _HOW_DONE.match(asked) or _HOW_JUDGED.search(asked) or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if _BY_DOING.search(best.sentence):
        return None
    own = set(terms(question))
    return rated_far_from_best(
        evidence,
        lambda e: (
            e.doc_id == best.doc_id
            and bool(_BY_DOING.search(e.sentence))
            and bool(own & set(terms(e.sentence)))
        ),
    )


# "How was ...?", "How did ...?": not "How many ...?" or "How long ...?".
_HOW_DONE = re.compile(rf"^\W*how\s+{AUXILIARY}\b", re.IGNORECASE)
_HOW_JUDGED = re.compile(
    r"\b(?:describ(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)|sum(?:s|med)?\s+up|"
    r"summari[sz](?:e|es|ed)|rank(?:s|ed)?|compar(?:e|es|ed)|rat(?:e|es|ed)|call(?:s|ed)?|"
    r"view(?:s|ed)?|see|sees|saw|feel|feels|felt|react(?:s|ed)?|respond(?:s|ed)?|"
    r"justif(?:y|ies|ied)|explain(?:s|ed)?|do(?=\s+on\b)|fare[sd]?|perform(?:s|ed)?|"
    r"go|goes|went|gone)\b(?!\s+(?:by|through|into|off|out)\b)",
    re.IGNORECASE,
)
# The means a sentence tells: "by measuring ...", "by passing a line across"; not "by evening".
_BY_DOING = re.compile(
    r"\b[Bb]y\s+(?!(?:morning|evening|spring|nothing|something|anything|everything)\b)"
    r"[a-z]+ing\b"
)


def unreasoned(question: str, evidence: list[Evidence]) -> bool:
    """Whether a "Why ...?" question has no evidence sentence rated near the best that could
    give a reason: a cause or purpose in so many words (`_CAUSE`, `_PURPOSE`), or any word news
    may give one with, however loosely (`_LOOSE_REASON`). "Mr Kim does not travel abroad
    frequently, having made just seven trips" says how rarely, not why. The loose words are many
    ("to", "for", "said") so that this refuses only a sentence that could not give a reason
    at all: over the SQuAD sample, the seed, the news and readers' sets and 600 held-out SQuAD
    questions, it refused two near misses and two questions answered wrong, and no answer."""
    if not _WHY_QUESTION.match(bare(question)) or not evidence:
        return False
    return not any(
        _CAUSE.search(e.sentence) or _PURPOSE.search(e.sentence) or _LOOSE_REASON.search(e.sentence)
        for e in rated_near_best(evidence)
    )


def unmedalled(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question asks who won a medal of one colour ("Who won the bronze medal in the
    women's 77-kilogram category?"), or who came second or third or what they won ("How much
    prize money did the runner-up receive?"), and no evidence sentence rated near the best
    tells of that medal or that place ("taking bronze", "finished third", "became champion" for
    gold): a sentence on the bronze medallist names no gold medallist, nor does the winner's
    prize tell the runner-up's."""
    colour = _medal_asked(bare(question))
    if colour is None or not evidence:
        return False
    # The women's title tells nothing of who won the men's (`rag.contrasts`).
    return not any(
        _MEDAL_TOLD[colour].search(e.sentence)
        for e in rated_near_best(evidence)
        if not contrasted(question, e.sentence)
    )


def _medal_asked(question: str) -> str | None:
    """The colour of the medal a question asks about: "gold" of "Who won the men's title?",
    "bronze" of "Who took bronze?" and of "What did the third-placed team win?", "silver" of
    "the runner-up"; None for others."""
    won = _WHO_WON_MEDAL.match(question)
    if won:
        return won["colour"].lower()
    if _WHO_WON_TITLE.match(question):
        return "gold"
    placed = _PLACED.search(question)
    # Whoever came second may be asked about by their place alone ("Which ward does the Labour
    # runner-up represent?"), which a sentence naming them answers; their prize, or who came
    # second, only a sentence on the place.
    if not placed or not (_PLACE_ASKED.search(question) or asked_measure(question) == "money"):
        return None
    said = placed[0].lower()
    return "silver" if said.startswith(("silver", "runner", "second")) else "bronze"


# "Who won the bronze medal ...?", "Who took silver ...?", "Who won gold in the men's final?"
_WHO_WON_MEDAL = re.compile(
    r"^who\s+(?:won|took|claimed|got|earned|picked\s+up)\s+(?:the\s+)?"
    r"(?:women['’]s\s+|men['’]s\s+)?(?P<colour>gold|silver|bronze)\b",
    re.IGNORECASE,
)
# "Who won the men's C1 world title?", "Who took the women's crown?": the gold.
_WHO_WON_TITLE = re.compile(
    r"^who\s+(?:won|took|claimed|clinched|captured)\s+(?:the\s+|this\s+year['’]s\s+)?"
    r"(?:[\w’'-]+\s+){0,4}?(?:title|crown|championship)\b"
    r"(?!\s+(?:role|roles|of|track|song|character)\b)",
    re.IGNORECASE,
)
# What is asked of a place: its prize, or who came in it ("Which film was runner-up ...?").
_PLACE_ASKED = re.compile(
    r"\b(?:prize|award|medal|receive[ds]?|(?:was|were|finished|came|took|won|claimed)\s+(?:the\s+)?"
    r"(?:runners?-up|second|third))\b",
    re.IGNORECASE,
)
# Whoever came second or third: "the runner-up", "the silver medallist", "the third-placed team".
_PLACED = re.compile(
    r"\b(?:runners?-up|(?:silver|bronze)\s+medall?ists?|(?:second|third)[\s-]placed?)\b",
    re.IGNORECASE,
)
# Where a sentence tells of the medal of each colour, or of the place it is for: gold by a win
# ("Kipyegon won the women's marathon"), silver by a final lost ("Alcaraz beat Djokovic in the
# final"), bronze by third place.
_PLACE = r"(?:was|were|finished|came|placed|crossed\s+the\s+line)"
_MEDAL_TOLD = {
    "gold": re.compile(
        rf"\b(?:gold|golds|champions?|title|won|wins|winning|winner|victory|beat|first\s+place|"
        rf"{_PLACE}\s+first)\b",
        re.IGNORECASE,
    ),
    "silver": re.compile(
        rf"\b(?:silver|runners?-up|second\s+place|{_PLACE}\s+second|lost\s+(?:in\s+)?the\s+final|"
        r"beat\b[^.;]{0,80}\bfinal|ahead\s+of|behind)\b",
        re.IGNORECASE,
    ),
    "bronze": re.compile(rf"\b(?:bronze|third\s+place|{_PLACE}\s+third|third)\b", re.IGNORECASE),
}


def cause_untold(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question asking why or what caused something is best answered by a sentence
    saying that the cause of what it asks about is not known, and no sentence rated near the
    best gives one in so many words: "The school has grounded its other two Cessna 152s until
    the cause of the engine failure is known" does not say what caused the engine to lose power
    (though it does say why the school grounded them). Not when the sentence says what is
    suspected ("The cause is unclear, but police believe ...") or found ("determined to be
    arson")."""
    asked = bare(question)
    if not evidence or not (_WHY_QUESTION.match(asked) or _CAUSE_QUESTION.match(asked)):
        return False
    best = max(evidence, key=lambda e: e.relevance)
    untold = _CAUSE_UNTOLD.search(best.sentence)
    of_what_asked = untold is not None and bool(
        set(question_terms(question)) & set(terms(untold[0])) - _CAUSE_TERMS
    )
    return (
        of_what_asked
        and not _SUSPECTED.search(best.sentence)
        and not any(
            _CAUSE.search(e.sentence) or _PURPOSE.search(e.sentence)
            for e in rated_near_best(evidence)
        )
    )


_CAUSE_TERMS = frozenset(terms("cause caused causes reason reasons motive why"))
# "What caused ...?", "What was the cause of ...?", "What led to ...?", "How did the fire
# start?" (bare of any opening).
_CAUSE_QUESTION = re.compile(
    r"what\s+(?:caused|causes|led\s+to|triggered|sparked|started|prompted|was\s+behind|"
    r"(?:is|was|were|are)\s+the\s+causes?)\b|how\s+did\s+[^?]*\bstart\b",
    re.IGNORECASE,
)
# A cause said to be unknown, of what the words within say: "the cause of the fire is not yet
# known", "the cause ... remains under investigation", "until the cause of the engine failure
# is known", "It is not clear what caused the crash", "Police declined to say why ...".
_CAUSE_UNTOLD = re.compile(
    r"\b(?:cause|reason|motive)s?\b[^.;,]{0,80}?\b(?:is|was|are|were|has|have|had|remains?|"
    r"remained)\s+(?:(?:still|yet|as\s+yet)\s+)*(?:unknown|unclear|a\s+mystery|"
    r"under\s+investigation|being\s+investigated|yet\s+to\s+be\s+(?:known|established|determined)|"
    r"not\s+(?:(?:yet|been|as\s+yet|immediately)\s+)*(?:known|clear|established|determined|"
    r"confirmed|disclosed|given))\b"
    r"|\buntil\s+(?:the\s+)?(?:cause|reason)\b[^.;,]{0,80}?\b(?:is|are|has\s+been)\s+"
    r"(?:known|established|determined|found|identified)\b"
    r"|(?:\b(?:not|never)\s+(?:yet\s+|immediately\s+)?|n['’]t\s+)(?:known|clear|say|said|"
    r"explain(?:ed)?|given)\s+(?:what\s+caused|why)\b[^.;,]*"
    r"|\b(?:declined|refused)\s+to\s+(?:say|explain)\s+(?:what\s+caused|why)\b[^.;,]*"
    r"|\b(?:unknown|unclear)\s+(?:what\s+caused|why)\b[^.;,]*",
    re.IGNORECASE,
)
# What a sentence says is suspected or found, beside a cause unknown.
_SUSPECTED = re.compile(
    r"\b(?:but|although|though|suspect(?:s|ed)?|believed?|thought|may\s+have|might\s+have|"
    r"likely|possibly|probably|(?:determined|found|ruled|confirmed)\s+to\s+(?:be|have))\b",
    re.IGNORECASE,
)


# Words that may give a reason, each also used for much else: "as", "after", "to", "for", or
# someone saying why ("who say artificial light at night disrupts bats", "noting that ...").
_LOOSE_REASON = re.compile(
    r"\b(?:as|since|after|amid|for|to|over|following|thanks|reasons?|why|causes?|caused|meant|"
    r"means|aim(?:s|ed)?|bid|led|leads?|prompt(?:s|ed)?|result(?:s|ed)?|hopes?|fears?|"
    r"concerns?|worr(?:y|ies|ied)|wants?|wanted|needs?|needed|says?|said|noting|noted|"
    r"argued?|argues|claim(?:s|ed)?|explain(?:s|ed)?)\b",
    re.IGNORECASE,
)


# "What did Declan Fallon liken the turbine noise to?", "What did the council leader compare the
# price of the centre to?": a question for what someone likened something to.
_LIKENED_QUESTION = re.compile(
    r"\b(?:compare[sd]?|liken(?:s|ed)?)\b(?!\s+notes\b)[^?]*?\b(?:to|with)\W*$", re.IGNORECASE
)
# A likeness in so many words: "It's like someone beating a carpet", "They looked like little
# twisted candles", "as if", "for less than it would cost to build a primary school", "compared
# it to a cathedral"; not "like" as a verb ("Residents like the park", "would like to"), "never
# seen anything like these", a count ("more than 200 homes") or a change over time ("compared
# with last year").
_LIKENESS = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|looks?|looked|feels?|felt|sounds?|sounded|seems?|seemed|"
    r"tastes?|tasted|smells?|smelled)|['’]s)\s+(?:(?:just|rather|almost|exactly|a\s+bit|a\s+little|"
    r"more|very\s+much|much)\s+)?like\b"
    r"|\b(?:as\s+if|as\s+though|akin\s+to|similar\s+to|resembl(?:e|es|ed|ing)|likened)\b"
    r"|\bcompared?\s+(?:[\w’'-]+\s+){0,4}?(?:to|with)\b"
    r"(?!\s+(?:(?:the\s+)?(?:last|previous|same)|a\s+year|\d))"
    r"|\b(?:more|less|fewer|bigger|smaller|cheaper|dearer|worse|better|larger|longer)\s+than\b"
    r"(?!\s+(?:(?:about|around|nearly|almost|some|just)\s+)?(?:[$£€]?\d|a\s+(?:year|decade|third|"
    r"quarter|half|dozen|hundred|thousand|million)|half|twice|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|fifty|a\s+hundred)\b))",
    re.IGNORECASE,
)


def likening(
    question: str, hits: list[Hit], relevance: dict[tuple[str, int], float]
) -> Callable[[str, str], bool] | None:
    """For "What did Dr Sigurðardóttir compare today's way of forecasting eruptions to?",
    whether a sentence likens something to something and either comes right after the
    best-rated one or goes on from it (`needs_context`), or, in the best's article, names whom
    the question names:
    '"It works, but it is like guessing what is cooking in a kitchen by listening through the
    wall."' after '"At the moment we forecast eruptions by listening to the rocks crack ...,"
    Dr Sigurðardóttir said.', and '"It's like someone beating a carpet ...," Mr Fallon, 57,
    said in evidence.' Evidence selection takes it whatever its retrieval score: the likeness
    repeats few of the question's words. None for other questions, or when the best sentence
    likens something itself."""
    rated = [(s, h) for h in hits for s in h.sentences if (h.doc_id, s.index) in relevance]
    if not _LIKENED_QUESTION.search(question) or not rated:
        return None
    best, hit = max(rated, key=lambda p: relevance[(p[1].doc_id, p[0].index)])
    if _LIKENESS.search(best.text):
        return None
    # The sentence right after the best, and those that go on from it ("They looked like
    # little twisted candles." two quotations on).
    after = sorted((s for s in hit.sentences if s.index > best.index), key=lambda s: s.index)
    following: set[str] = set()
    for index, sentence in enumerate(after, start=best.index + 1):
        if sentence.index != index or (following and not needs_context(sentence.text)):
            break
        following.add(sentence.text)
    named = _named_in(question)
    own = {s.text for h in hits if h.doc_id == hit.doc_id for s in h.sentences}
    return lambda sentence, previous: (
        bool(_LIKENESS.search(sentence))
        and (sentence in following or (sentence in own and named(sentence)))
    )


def likened_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for what someone likened something to, the best-rated evidence sentence
    that likens something to something, when the best does not: one near the best
    (`rated_near_best`, which takes in the quotations going on with the best's speaker), or
    one of the best's article, however low it is rated, that names whom the question names.
    None for other questions, or when none does."""
    if not _LIKENED_QUESTION.search(question) or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if _LIKENESS.search(best.sentence):
        return None
    near, named = rated_near_best(evidence), _named_in(question)
    likening = [
        e
        for e in evidence
        if _LIKENESS.search(e.sentence)
        and (e in near or (e.doc_id == best.doc_id and named(e.sentence)))
    ]
    return max(likening, key=lambda e: e.relevance) if likening else None


def _named_in(question: str) -> Callable[[str], bool]:
    """Whether a sentence holds a word the question capitalises past its first, other than a
    title or honorific ("Fallon" of "What did Declan Fallon liken ...?", not "Dr")."""
    words = {
        w
        for w in re.findall(r"(?<=\s)[A-Z][\w’'-]*", question)
        if w.lower() not in STOPWORDS and w.rstrip(".") not in {*TITLES, *HONOURS}
    }
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b") if words else None
    return lambda sentence: bool(pattern and pattern.search(sentence))


_WHY_QUESTION = re.compile(
    r"(?:why|for\s+what\s+reasons?|what\s+(?:(?:is|was|were|are)\s+the\s+)?reasons?)\b",
    re.IGNORECASE,
)
# A cause given in so many words; "as", "after" and "since" also tell when, and "due to" may
# say what is planned ("due to take effect in April").
_CAUSE = re.compile(
    r"\b(?:because|owing\s+to|as\s+a\s+result\s+of|attributed\s+to|in\s+order\s+to|so\s+that|"
    r"blamed\b[^.;]{0,60}?\bon|due\s+to\s+(?:the|a|an|its|his|her|their|[a-z]+(?:ing|s)\b))\b",
    re.IGNORECASE,
)


# A purpose after a comma, to the clause's end: "It will not reveal the exact location, to deter
# collectors." (not ", to levels last seen in 2010", nor ", to fans who had queued").
_PURPOSE = re.compile(
    r",\s+(?:so\s+as\s+)?to\s+(?:deter|prevent|protect|avoid|stop|help|allow|ensure|reduce|keep|"
    r"save|raise|cover|pay|encourage|discourage|attract|improve|support|boost|cut|limit|curb|"
    r"tackle|fund|meet|ease|free|make|give|provide|create|preserve|safeguard|warn|mark|honour|"
    r"celebrate|avert|minimise|maximise|speed|secure)\b[^,;”\"]*(?:[.,;”\"]|$)",
    re.IGNORECASE,
)


# "What was the nationality of Ayanz?", "What is William Rankine's nationality?", "People of
# what nationality invented the steam turbine?".
_NATIONALITY_QUESTION = re.compile(r"\bnationality\b", re.IGNORECASE)
# "Which country has paid for most of the programme?", "From which country ...?", "Which
# European nation ...?", which a country's name or its people answer too, though some country
# `countries` does not look for may ("Montenegro", "Greenland").
_COUNTRY_QUESTION = re.compile(
    r"^\W*(?:(?:in|from|to|by|for|with|of)\s+)?(?:which|what)\s+"
    r"(?:(?:other|two|three|(?-i:[A-Z][a-z]+))\s+)?(?:countr(?:y|ies)|nations?)\b"
    # Not "Which country music star ...?"
    r"(?!\s+(?:music|singers?|stars?|clubs?|house|estate|roads?)\b)",
    re.IGNORECASE,
)


def _of_a_nation(sentence: str, question: str) -> bool:
    """Whether `sentence` names a country, or its people ("The Spanish inventor"), that the
    question does not."""
    return bool(countries(sentence).keys() - countries(question).keys())


def of_nationality(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for someone's nationality or a country, the best-rated evidence sentence
    near the best that names a country or its people, when the best one does not: "The Spanish
    inventor Jerónimo de Ayanz y Beaumont obtained the first patent ...", not "Jerónimo de Ayanz
    y Beaumont received patents in 1606 ...". None for other questions, or when none does."""
    asked = _NATIONALITY_QUESTION.search(question) or _COUNTRY_QUESTION.search(question)
    if not asked or not evidence:
        return None
    return near_best_instead(evidence, lambda sentence: _of_a_nation(sentence, question))


def stateless(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question for someone's nationality has no evidence sentence near the best that
    names a country or its people beyond those it names: "What nationality was Arthur Smith?"
    over sentences on Arthur Woolf's engines."""
    return bool(_NATIONALITY_QUESTION.search(question)) and not any(
        _of_a_nation(e.sentence, question) for e in rated_near_best(evidence)
    )


# "Who was the ship named after?", "What is the beer named for?", "Where does the name come
# from?": a question for what gave something its name (not "Who finds it funny that a dinosaur
# is named after her?", nor "What have campaigners called for?").
_NAMESAKE_QUESTION = re.compile(
    r"\b(?:named\s+(?:after|for)|called\s+after|name\s+(?:come|comes|came)\s+from)\W*$",
    re.IGNORECASE,
)
# Where a sentence says what something is named after: "is named after the ferry", "named New
# Rochelle after La Rochelle", "a rig named Sleipnir, after the eight-legged horse", "in honor of
# Travis Boone", "takes its name from the river"; not "called for an inquiry", "named in the
# squad for the final" or "named Tom, after being stopped".
_NAMED_AFTER = re.compile(
    r"\b(?i:named|called)\s+(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}?\s+)?(?i:after)\b"
    r"|\b(?i:named|called)\s+[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}?,\s+(?i:after)\b(?!\s+[a-z]+ing\b)"
    r"|\b(?i:named)\s+(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}?\s+)?(?i:for)\b"
    r"|\b(?i:in\s+hono(?:u)?r\s+of|takes?\s+(?:its|his|her|their)\s+name\s+from|"
    r"was\s+given\s+the\s+name)\b"
)


def named_after(question: str) -> Callable[[str, str], bool] | None:
    """For "Who is the salamander named after?", whether a sentence says what gave something
    its name ("named Eurycea boonei in honor of Travis Boone"), which evidence selection takes
    whatever its retrieval score: it may share only a name with the question. None for other
    questions."""
    if not _NAMESAKE_QUESTION.search(question):
        return None
    return lambda sentence, previous: bool(_NAMED_AFTER.search(sentence))


def namesake(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "Who is the salamander named after?", the best-rated evidence sentence of the best
    one's article that says what gave something its name, when the best one does not. None for
    other questions, or when none does."""
    if not _NAMESAKE_QUESTION.search(question) or not evidence:
        return None
    return _of_article_instead(evidence, lambda s: bool(_NAMED_AFTER.search(s)))


def unnamed_after(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question for what gave something its name has no evidence sentence in the
    best one's article that says what anything is named after: "Who was the Marchioness of
    Stowe named after?" over "The Marchioness of Stowe was a three-masted merchant ship"."""
    if not _NAMESAKE_QUESTION.search(question) or not evidence:
        return False
    best = max(evidence, key=lambda e: e.relevance)
    return not any(_NAMED_AFTER.search(e.sentence) for e in _of_article(best, evidence))


def _of_article(best: Evidence, evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences of the best one's article."""
    return [e for e in evidence if e.doc_id == best.doc_id]


def _of_article_instead(
    evidence: list[Evidence], holds: Callable[[str], bool], share: float = 0.0
) -> Evidence | None:
    """The best-rated evidence sentence of the best one's article, rated at least `share` of
    the best, that `holds`, when the best one does not; None when the best one holds, or none
    does. The article's way of saying so is rare enough that its rating matters less than for
    `rag.measures.near_best_instead`."""
    best = max(evidence, key=lambda e: e.relevance)
    if holds(best.sentence):
        return None
    holding = [
        e
        for e in _of_article(best, evidence)
        if e.relevance >= share * best.relevance and holds(e.sentence)
    ]
    return max(holding, key=lambda e: e.relevance) if holding else None


# "What did laboratory tests on the painting reveal?", "What has the inquiry found?": a question
# for what a study or an examination found.
_FINDING_QUESTION = re.compile(
    r"^what\s+(?:did|does|do|has|have|had|will|would)\s+.+?\s+(?:reveal|show|find|discover|"
    r"uncover|conclude|establish)\W*$",
    re.IGNORECASE,
)
# Any finding, whatever follows: "found the body", "discovered penicillin".
_FINDING_VERB = (
    r"found|finds|showed|shown|shows|revealed|reveals|concluded|discovered|uncovered|established"
)
_FINDING = re.compile(rf"\b(?:{_FINDING_VERB})\b", re.IGNORECASE)
# What a sentence says was found: "Analysts at a laboratory in London found that it contained".
_FOUND = re.compile(
    rf"\b(?:find|{_FINDING_VERB})\s+(?:that\b|it\s+(?:was|had|contained|is)\b)", re.IGNORECASE
)


def finding(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For "What did laboratory tests on the painting reveal?", whether a sentence of the best
    passage's article says what was found ("Analysts at a laboratory in London found that it
    contained a red pigment ..."), which evidence selection takes whatever its retrieval score:
    it goes on from the sentence the question's words are in ("sent it to be examined"). None
    for other questions."""
    if not _FINDING_QUESTION.match(bare(question)) or not hits:
        return None
    return in_top_article(hits, lambda sentence, previous: bool(_FOUND.search(sentence)))


def finding_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for what was found, the best-rated evidence sentence of the best one's
    article, rated at least a fifth as high or right after the best, that says what was found
    and shares a word with the question, when the best tells of no finding ("Officers found the
    body of a man" answers "What did police find?"). None for other questions, or when none
    does."""
    if not _FINDING_QUESTION.match(bare(question)) or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if _FINDING.search(best.sentence):
        return None
    # Those the question says found it are named in the sentence: "Analysts at a laboratory"
    # for "laboratory tests", not "Later researchers established that" for "What did Fleming
    # discover?".
    asked = set(question_terms(question))
    found = [
        e
        for e in _of_article(best, evidence)
        if (e.relevance >= FAR_SHARE * best.relevance or right_after(best, e))
        and _FOUND.search(e.sentence)
        and asked & set(terms(e.sentence))
    ]
    return max(found, key=lambda e: e.relevance) if found else None


def naming_thing(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For "What is the wildfire near Carrow Peak called?", whether a sentence gives something a
    name ("The blaze, named the Sawtooth Creek Fire, ..."), which evidence selection takes
    whatever its retrieval score: it may share no word with the question. Where a retrieved
    sentence names one by the word asked ("The research ship Almirante Vidal returned ..." for
    "What is the name of the research ship ...?"), such sentences too, and of the sentences
    giving a name only those naming a thing of that word: "a remotely operated vehicle, named
    Pincoya" names something else. None for other questions."""
    kind = _thing_called(question)
    if not kind:
        return None
    by_word = any(_names_one(kind, s.text) for h in hits for s in h.sentences)

    def wanted(sentence: str, previous: str) -> bool:
        found = NAMING.search(sentence)
        if found and (not by_word or _names_of_kind(kind, sentence, found)):
            return True
        return by_word and _names_one(kind, sentence)

    return wanted


def _names_of_kind(kind: str, sentence: str, naming: re.Match[str]) -> bool:
    """Whether the name `naming` gives is given to a thing of `kind` by its word: "The ship,
    named the Marta Linde", "The female panda, a three-year-old named Suki" (`_kind_before`)."""
    noun = (naming["noun"] or naming["work"] or "").lower()
    return noun in (kind, f"{kind}s") or _kind_before(kind, sentence, naming)


def called(
    question: str, evidence: list[Evidence], embed_words: Callable[[list[str]], np.ndarray]
) -> Evidence | None:
    """For a question that asks what something is called, the best-rated evidence sentence of
    the best one's article that names a thing of that kind, when the best one does not: the
    lead that the ranker rates first repeats the question's words ("A fast-moving wildfire
    forced 4,200 residents to flee ...") and names no fire, while "The blaze, named the
    Sawtooth Creek Fire, ..." does (`embed_words` gives normalised vectors, to tell that a blaze
    is a wildfire), or one that names a thing by the word asked ("The research ship Almirante
    Vidal returned ..."; `_names_one`) when no sentence gives a name to a thing of the kind and
    the best one does not speak of one. None for other questions, or when no such sentence
    names one; so when the best one gives a name, or names a thing of the kind ("What was the
    earlier fire called?": "... since the 2007 Ridgeback Fire")."""
    kind = _thing_called(question)
    if not kind or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if NAMING.search(best.sentence) or _names_one(kind, best.sentence):
        return None
    # A best sentence that speaks of the thing may name it in words no pattern reads ("using a
    # trio of locomotives, concluding with the Catch Me Who Can"); one that does not is about
    # something else.
    speaks_of = re.search(rf"(?i:\b{re.escape(kind)}(?:s|es)?\b)", best.sentence)
    of_kind = [
        e
        for e in evidence
        if not speaks_of and e.doc_id == best.doc_id and _names_one(kind, e.sentence)
    ]
    namings = {
        e.marker: found
        for e in evidence
        if e.doc_id == best.doc_id and (found := NAMING.search(e.sentence))
    }
    if not namings:
        return max(of_kind, key=lambda e: e.relevance) if of_kind else None
    nouns = {marker: (found["noun"] or found["work"]).lower() for marker, found in namings.items()}
    words = sorted(set(nouns.values()))
    vectors = embed_words([kind, *words])
    close = {w for w, v in zip(words, vectors[1:], strict=True) if v @ vectors[0] >= _SAME_KIND}
    naming = [
        e
        for e in evidence
        if nouns.get(e.marker) in close
        or (e.marker in namings and _kind_before(kind, e.sentence, namings[e.marker]))
    ]
    chosen = naming or of_kind
    return max(chosen, key=lambda e: e.relevance) if chosen else None


def _kind_before(kind: str, sentence: str, naming: re.Match[str]) -> bool:
    """Whether the thing named is of the kind asked about, set off before the name: "The female
    panda, a three-year-old named Suki" names a panda ("The panda's keeper, a man named Tom
    Hale" does not)."""
    apposition = re.search(
        rf"\b(?i:{re.escape(kind)})(?:s|es)?,\s+(?i:a|an|the)\s+(?:[\w-]+\s+){{0,2}}$",
        sentence[: naming.start()],
    )
    return apposition is not None


# "Who accompanied Kim on the trip?", "Which officials travelled with the North Korean leader?",
# "Who was Kim accompanied by?", "Which minister was part of Kim's travelling party?": who went
# along with someone (group "whom", "whom_by" or "whose_party").
_WHO_OR_WHICH = (
    rf"^(?:who|(?:which|what)\s+(?:(?!{AUXILIARY}\b)(?-i:[a-z][\w-]*)\s+){{0,3}}?"
    r"(?-i:[a-z][\w-]*))"
)
_COMPANION_QUESTION = re.compile(
    rf"{_WHO_OR_WHICH}\s+(?:(?:has|have|had|will|would)\s+)?(?:accompan(?:y|ies|ied)|"
    r"(?:travel+(?:s|ed)?|went|came|flew)\s+with)\s+(?P<whom>[^?]+?)\s*\??$"
    rf"|{_WHO_OR_WHICH}\s+(?:is|was|are|were)\s+(?P<whom_by>[^?]+?)\s+accompanied\s+by\s*\??$"
    rf"|{_WHO_OR_WHICH}\s+(?:is|was|are|were)\s+(?:in|among|part\s+of|(?:a\s+)?members?\s+of)\s+"
    r"(?P<whose_party>[^?]+?)['’]s?\s+(?:travel+ing\s+party|delegation|entourage)\b",
    re.IGNORECASE,
)
# What the question adds after the person: "on the trip", "to Russia".
_TRIP = re.compile(r"\s+(?:on|to|during|for|in|at)\b.*$", re.IGNORECASE)
# A sentence that says who went along: "He was accompanied by ...", "joined by", "flanked by".
_ACCOMPANIED = re.compile(
    r"\b(?:accompanied|joined|flanked)\s+by\b|\btravel+(?:ing|ed)\s+with\b|"
    r"\bin\s+the\s+company\s+of\b",
    re.IGNORECASE,
)


def _companion_of(question: str) -> list[str] | None:
    """For a question that asks who went along with someone, the capitalised words that name
    them ("Kim", "Jong", "Un"; none for "the leader"); None for other questions."""
    asked = _COMPANION_QUESTION.match(bare(question))
    if not asked:
        return None
    whom = _TRIP.sub("", asked["whom"] or asked["whom_by"] or asked["whose_party"])
    return [w for w in NAME_WORD.findall(whom) if w.lower() not in STOPWORDS]


def _goes_along(names: list[str], sentence: str, previous: str) -> bool:
    """Whether `sentence` says who went along with someone `names` name, in it or in the
    sentence before it ("Mr Kim left Pyongyang ... He was accompanied by ...")."""
    context = f"{previous} {sentence}"
    return bool(_ACCOMPANIED.search(sentence)) and (
        not names or any(re.search(rf"\b{re.escape(n)}\b", context) for n in names)
    )


def accompanying(question: str) -> Callable[[str, str], bool] | None:
    """For "Who accompanied Kim?", whether a sentence (after the one before it) says who went
    along with him, which evidence selection takes whatever its retrieval score: "He was
    accompanied by top arms industry and military officials" shares one word with the
    question, and only through "he". None for other questions."""
    names = _companion_of(question)
    if names is None:
        return None
    return lambda sentence, previous: _goes_along(names, sentence, previous)


def companions(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question that asks who went along with someone, the best-rated evidence sentence
    that says who did; None for other questions, or when no evidence sentence says it."""
    names = _companion_of(question)
    if names is None:
        return None
    going = [e for e in evidence if _goes_along(names, e.sentence, sentence_before(e, evidence))]
    return max(going, key=lambda e: e.relevance, default=None)


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


def based_in(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "Where is X based?" ("In which city is the Stimson Centre headquartered?"), the
    best-rated evidence sentence that places X (`_placing`); None for other questions.

    Such a sentence answers whatever the refusal score, which reads "Washington-based" as no
    mention of "based"."""
    placed = _placing(question)
    found = [e for e in evidence if placed and placed(e.sentence, e.title)]
    return max(found, key=lambda e: e.relevance) if found else None


def placing(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For "Where is X based?", whether a retrieved sentence places X (`_placing`), which
    evidence selection takes whatever its retrieval score: it may share only the name with the
    question, or not even that ("The Leeds-based company, ..."). None for other questions."""
    placed = _placing(question)
    if placed is None:
        return None
    title = {s.text: h.title for h in hits for s in h.sentences}
    return lambda sentence, previous: placed(sentence, title.get(sentence, ""))


def _placing(question: str) -> Callable[[str, str], bool] | None:
    """For "Where is X based?", whether a sentence, in an article of a title, places X as news
    does: "the Washington-based Stimson Centre", "Orbitlink, which is based in Lisbon", or "the
    Leeds-based company" in an article whose title names X, as news calls the body an article
    is about by its kind once it has named it (not "the London-based private equity firm" that
    buys it). None for other questions."""
    asked = _BASED_QUESTION.match(bare(question))
    if not asked:
        return None
    name = r"\s+".join(re.escape(w) for w in asked["name"].split())
    # Not "a London-based lawyer for Orbitlink", nor "Orbitlink bought Quartzline, which is
    # based in Lisbon".
    named = re.compile(
        rf"\b[A-Z][\w’'-]*-(?:based|headquartered)\s+(?:(?!(?:for|of|at|to|with|by)\b)[\w’'-]+\s+)"
        rf"{{0,4}}?(?i:{name})\b"
        rf"|\b(?i:{name})(?:\s+\([A-Z&]+\))?,?\s+(?:which\s+is\s+|is\s+|was\s+)?"
        r"(?:based|headquartered)\s+in\s+[A-Z]"
    )
    by_kind = re.compile(
        rf"\b(?i:the)\s+[A-Z][\w’'-]*-(?:based|headquartered)\s+(?:[a-z][\w’'-]*\s+)?"
        rf"(?i:{BODY_KIND})\b"
    )
    about = re.compile(rf"(?i:\b{name}\b)")
    return lambda sentence, title: bool(
        named.search(sentence) or (by_kind.search(sentence) and about.search(title))
    )


# "Where is Quartzline based?", "In which city is the Stimson Centre headquartered?"
_BASED_QUESTION = re.compile(
    r"^(?i:where|in\s+(?:which|what)\s+(?:city|town|country|place))\s+(?i:is|was|are|were)\s+"
    r"(?:(?i:the)\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w’'&-]*)*)"
    r"\s+(?i:based|headquartered)$"
)


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


# "How old is Ilse Marchetti?": the question is only a name and its age (not a role of one
# named before it: "How old is Kestrel's CEO?").
_AGE_QUESTION = re.compile(
    r"^(?i:how\s+old\s+(?:is|was))\s+(?!.*['’]s?\s)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$"
)
# "How old is the mayor of Port Elsmere?", "How old is Skyrona's chief executive?", "How old is
# Skyrona's CEO?": the question is only a role and its holder's age.
_ROLE_AGE_QUESTION = re.compile(
    r"^(?i:how\s+old\s+(?P<verb>is|was))\s+"
    r"(?P<role>(?i:the)\s+.+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:['’]s|['’])\s+(?:[a-z]|(?:CEO|CFO|COO)\b).*)$"
)


def age_of(question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()) -> Evidence | None:
    """For a question that asks only how old someone is, the best-rated evidence sentence that
    gives their age ("Marchetti, 39, a former marine biologist"), or for one that asks the age
    of a role's holder, the sentence that names the holder with their age ("Mayor Vincent
    Albescu, 44, said ..."; `hits` are the retrieved passages, as for `role_holder`), or, when
    no sentence names them beside the role, the one that names them after a lead describing
    them (`identified`); None for other questions.

    Such a sentence gives the age in passing and shares only the name with the question, so
    the ranker rates the lead that names them above it."""
    asked = bare(question)
    if _AGE_QUESTION.match(asked):
        aged = [
            e
            for e in evidence
            if states("age", e.sentence, question, sentence_before(e, evidence))
            and in_the_owners_article(question, e, hits, evidence)
        ]
        return max(aged, key=lambda e: e.relevance) if aged else None
    role = _ROLE_AGE_QUESTION.match(asked)
    if not role:
        return None
    aged = [
        e
        for e in evidence
        if _states_holders_age(e.sentence, asked)
        and in_the_owners_article(question, e, hits, evidence)
    ]
    if named_with_age := role_holder(f"Who {role['verb']} {role['role']}?", aged, hits):
        return named_with_age
    holds, holder = _aged_role_holder(role, hits)
    names = _holders_names(holds, holder, hits) if holder else ""
    later = [
        e
        for e in evidence
        if names and states("age", e.sentence, f"How old is {names}?", sentence_before(e, evidence))
    ]
    # Where only the noun named a holder ("Who is the minister?"), "the tourism minister,
    # Charmaine Vella, 49," may hold another role of it than "the minister of lands and regional
    # government", which "Hamat Bojang, 52, the minister of lands and regional government" holds.
    narrowed = holds != f"Who {role['verb']} {role['role']}?"
    if (not later or narrowed) and (thing := _described(role["role"])):
        before = sentences_before(list(hits))
        described = [
            e
            for e in evidence
            if identified(role["role"], thing, e.sentence, before.get((e.doc_id, e.start), ""))
        ] or [e for e in evidence if aged_beside(e.sentence, thing)]
        told = [e for e in described if _says_what_follows(role["role"], e.sentence)]
        later = told if narrowed and told else later or described
    later = [e for e in later if in_the_owners_article(question, e, hits, evidence)]
    return max(later, key=lambda e: e.relevance) if later else None


def identified(role: str, noun: str, sentence: str, previous: str) -> bool:
    """Whether `sentence` names, with an age, the one a "How old is the <noun> who ...?"
    question describes by `role`, though no sentence names them beside it: news leads with "A
    gamekeeper has been fined ..." and names him in the next sentence, "Craig Tennant, 46, of
    Pateley Bridge, admitted ...", or gives what the question says of them beside the name
    ("Marian Holloway, 61, who runs a tearoom beside Wendlebury Wharf" for "the woman who runs
    the tearoom at Wendlebury Wharf"). What the question says after the noun must be in those
    sentences, so the lead is the one about them, but for one word in four ("over" of "fined
    over the poisoned red kites")."""
    if not _OPENS_NAMED_WITH_AGE.match(sentence) or _DESCRIBED_OTHERWISE.match(sentence):
        return False
    if re.search(rf"(?i:\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}{re.escape(noun)}\b)", previous):
        return _says_what_follows(role, f"{previous} {sentence}")
    after = _AFTER_THE_NOUN.search(role)
    return bool(after) and len(set(terms(after[0]))) > 1 and _says_what_follows(role, sentence)


def _says_what_follows(role: str, text: str) -> bool:
    """Whether `text` says what a role says after its noun ("of lands and regional government"
    of "the minister of lands and regional government"), but for one word in four: what tells
    the holder apart from others of the noun."""
    after = _AFTER_THE_NOUN.search(role)
    said = set(terms(after[0])) if after else set()
    return len(said - set(terms(text))) <= len(said) // 4


# Someone named with their age and then described as something else: "Margaret Sowerby, 68, a
# retired teacher, found the birds" is no gamekeeper the lead told of.
_DESCRIBED_OTHERWISE = re.compile(r"^[^,]+,\s+\d{1,3},\s+(?:a|an|the)\s")
# A sentence that opens by naming someone with their age: "Craig Tennant, 46, of Pateley
# Bridge, admitted ...", "Dr Tomasz Wójcik, 41, saw ...".
_OPENS_NAMED_WITH_AGE = re.compile(rf"^{HONORIFIC}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+,\s+\d{{1,3}},")


def _described(phrase: str) -> str | None:
    """The noun for whom or what a "How old is the escaped red panda?" question describes, in
    lower case ("panda"): news gives such an age beside the noun ("The female panda, a
    three-year-old named Suki, ...")."""
    words = _AFTER_THE_NOUN.sub("", _WHEN.sub("", phrase)).split()
    return words[-1].lower() if words else None


# A clause or a word of time after the noun: "the panda when she escaped", "the panda now".
_WHEN = re.compile(
    r"\s+(?:when|while|now|today|currently|still|at\s+the\s+time)\b.*$", re.IGNORECASE
)


def aged_holder(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For "How old is the mayor of Port Elsmere?", whether a sentence names the mayor with an
    age, or gives the age of whoever the passages name as the mayor, which evidence selection
    takes whatever its retrieval score; None for other questions."""
    role = _ROLE_AGE_QUESTION.match(bare(question))
    if not role:
        return None
    thing = _described(role["role"])
    holds, holder = _aged_role_holder(role, hits)
    if not holder and not thing:
        return None
    if not holder:
        return lambda sentence, previous: (
            identified(role["role"], thing, sentence, previous) or aged_beside(sentence, thing)
        )
    names_holder = naming(holder, hits)
    names = _holders_names(holds, holder, hits)
    return lambda sentence, previous: (
        (names_holder(sentence, previous) and _states_holders_age(sentence, question))
        or bool(names and states("age", sentence, f"How old is {names}?", previous))
        or bool(thing and identified(role["role"], thing, sentence, previous))
        or bool(thing and aged_beside(sentence, thing))
    )


def _aged_role_holder(role: re.Match[str], hits: Sequence[Hit]) -> tuple[str, Holder | None]:
    """The who-question of the role a "How old is the ...?" question asks about (`role`, of
    `_ROLE_AGE_QUESTION`), and where the passages name its holder. What the question says of
    them after the noun may be in words of the article's own: "the plasterer who found the
    fresco" is the one of "The first person to see the painting was a plasterer, Luca Pieroni",
    so the noun alone is asked for when the whole role names no one."""
    holds = f"Who {role['verb']} {role['role']}?"
    texts = [h.text for h in hits]
    holder = holder_of(holds, texts)
    thing = _described(role["role"])
    if holder is None and thing and _AFTER_THE_NOUN.search(role["role"]):
        holds = f"Who {role['verb']} the {thing}?"
        holder = holder_of(holds, texts)
    return holds, holder


def _holders_names(question: str, holder: Holder, hits: Sequence[Hit]) -> str:
    """The capitalised words, other than the question's, where the retrieved sentences name
    `holder` beside the role ("Mayor Daniel Okafor-Reyes", not the governor he met): news may
    give the age later, by the last name alone ("Okafor-Reyes, 46, told reporters")."""
    names_holder = naming(holder, hits)
    before = sentences_before(list(hits))
    asked = {w.lower() for w in WORD.findall(question)} | STOPWORDS
    spans = [
        holder.span(s.text)
        for h in hits
        for s in h.sentences
        if names_holder(s.text, before.get((h.doc_id, s.start), ""))
    ]
    return " ".join(w for span in spans for w in NAME_WORD.findall(span) if w.lower() not in asked)


def _states_holders_age(sentence: str, question: str) -> bool:
    """Whether `sentence` gives the age of someone it names that `question` does not."""
    asked = {w.lower() for w in WORD.findall(question)}
    named = [w for w in NAME_WORD.findall(sentence) if w.lower() not in asked | STOPWORDS]
    return bool(named) and states("age", sentence, "How old is " + " ".join(named))


def _name_pattern(name: str) -> str:
    """`name` as a whole-word pattern that any spacing or apostrophe style matches, where a
    role described in lower case may have its possessives or not: "the project's leader" is
    "the project leader", and the other way round."""
    *describing, last = name.split()
    words = [_written(w) if w[:1].isupper() else _maybe_possessive(w) for w in describing]
    return r"(?<!\w)" + r"\s+".join([*words, _written(last)]) + r"(?!\w)"


def _written(word: str) -> str:
    """`word` as a pattern that any apostrophe style matches."""
    return re.sub(r"['’]", "['’]", re.escape(word))


def _maybe_possessive(word: str) -> str:
    """`word` as a pattern with or without a possessive "'s"."""
    return _written(re.sub(r"['’]s$", "", word)) + "(?:['’]s)?"
