"""Evidence selection: the few sentences, out of the retrieved passages, that answer the question.

Small generators follow a short, numbered list of sentences far better than whole passages, and
each number is then a citation that resolves to one exact sentence. Sentences that open with a
pronoun ("He said...") bring the sentence before them, so the model (and the reader) knows who.

A sentence that shares the question's topic is not necessarily one that answers it. The ranker
re-scores retrieved sentences with what distinguishes an answer: the expected kind of answer
("How many" wants a number, "When" a date, "Who" a name not already in the question, "How did
he travel" a train or a plane, "What colour" a colour, "What does she do for a living" a job),
whether the question's rarest term is in the sentence or the one before it, how well its passage
ranked, and how closely its words match the question's, weighted by rarity among the retrieved
sentences (`soft_match`), which also credits a related form of a word ("death" for "die") that
term overlap misses. It is a logistic model (`rag.logistic`) fitted on development data by
`eval/fit_evidence.py` and shipped as `evidence_ranking.json` beside this module.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np

from rag.lexical import (
    AUXILIARY,
    COLOUR_QUESTION,
    HOW_MEASURES,
    JOB_QUESTION,
    JOURNEY_QUESTION,
    KIN,
    KIN_QUESTION,
    MEANS_QUESTION,
    ODDS_QUESTION,
    OPENS_BY_REFERRING,
    RELATIVE,
    SPEECH_QUESTION,
    STOPWORDS,
    WHEN_QUESTION,
    WORD,
    BM25Index,
    answer_frame,
    question_terms,
    terms,
)
from rag.logistic import LogisticModel
from rag.measures import (
    ASKS_ABOUT_SAYING,
    ASKS_MONEY,
    ASKS_TO_COME,
    ASKS_WEIGHT,
    CLOCK,
    DATE,
    DAY,
    DAY_QUESTION,
    DAYS,
    FAR_SHARE,
    HOLIDAY,
    HOW_MANY,
    MONTHS,
    NOT_A_YEAR,
    RACE_TIME,
    REPORTED_ON,
    SHORT_MONTH,
    SINCE_DATE,
    TIME_QUESTION,
    WEEKDAYS,
    WHAT_MEASURE,
    WHAT_SUM,
    YEAR,
    asked_day,
    asked_measure,
    continues,
    near_best_instead,
    rated_near_best,
    right_after,
    speaker_goes_on,
    states,
    told_as_past,
)
from rag.places import is_nationality
from rag.questions import YES_NO
from rag.roles import BODY_KINDS
from rag.sentences import DATELINE
from rag.speech import asks_role, continues_quotation, said_by_pronoun, speaker, speaks
from rag.types import Evidence, Hit, ScoredSentence, TokenVectors

RANKING = Path(__file__).with_name("evidence_ranking.json")

_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|million|billion|dozen|half)\b",
    re.IGNORECASE,
)
# A capitalised word, but not one a prefix makes a description: "non-European suppliers",
# "mid-July".
_NAME = re.compile(r"\b(?<!\bnon-)(?<!\bmid-)[A-Z][\w\-]+")
_CONVEYANCE = re.compile(
    r"\b(trains?|rail(way)?|planes?|aircraft|air(plane|liner)s?|jets?|flights?|helicopters?|cars?|"
    r"motorcades?|buses|bus|coach|ships?|boats?|ferry|ferries|vessels?|yachts?|submarines?|"
    r"bicycles?|bikes?|foot|horseback|trucks?|lorry|lorries|convoys?|taxis?|limousines?|"
    r"scooters?|motorbikes?|motorcycles?|mopeds?|tractors?|ambulances?|trams?|minibus(?:es)?|"
    r"rickshaws?|tuk-tuks?|canoes?|kayaks?|sledges?|snowmobiles?|"
    r"flew|flown|drove|driven|sailed|rode|walked|cycled|paddled|swam)\b",
    re.IGNORECASE,
)
_COLOUR = re.compile(
    r"\b(red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|gr[ae]y|silver|gold(en)?|"
    r"olive|navy|maroon|beige|crimson|scarlet|turquoise|khaki|cream|ivory|indigo)\b",
    re.IGNORECASE,
)
# Betting odds: "a 33-1 outsider", "the 7-4 favourite", "priced at 5/2", "odds of 100/1",
# "evens", "odds-on" (not a score: "won 2-1", "came back from 2-1 down", "a lead of 2-1").
_ODDS = re.compile(
    r"\b\d{1,3}-\d{1,2}\s+(?:(?:joint|second|clear|outright)[\s-]+)?"
    r"(?:outsiders?|shots?|chances?|favourites?)\b"
    r"|\b(?:odds\s+of|priced\s+at|started\s+at|went\s+off\s+at|backed\s+at)\s+\d{1,3}[-/]\d{1,2}\b"
    r"|\bevens\b|\bodds-on\b",
    re.IGNORECASE,
)
# Where news gives someone's job: "working as a delivery driver", "trained as a paediatrician",
# beside the name or a relative ("Karolina, a physiotherapist", "Boone, 61, a retired high school
# chemistry teacher", "Connor Tate, a 26-year-old plasterer", "her father, a carpenter, made")
# or as a post at a body ("Prof Rajesh Anand, the trust's medical director"), or by it alone,
# opening a lead ("A retired postman from the Lake District has discovered ..."); not "Travis
# Boone, the amateur caver". Groups "named" and "what" are the name or relative before the comma
# and the description, up to a comma or a preposition, "led" the lead's noun: to tell a job from
# a day ("On Monday, a fire broke out"), a body, a place, a child ("her son, a toddler") or
# anyone.
_JOB = re.compile(
    r"\b(?:work(?:s|ed|ing)?|trained|employed|qualified)\s+as\s+(?:an?|the)\s+[a-z]"
    rf"|(?P<named>[A-Z][\w’'-]*|\b(?i:(?:his|her|their|my|our|[\w’'-]+['’]s)\s+(?:late\s+)?{KIN})),\s+"
    r"(?:\d{1,3},\s+)?an?\s+(?:\d{1,3}-year-old\s+)?"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)"
    r"(?=\s*[,.;]|\s+(?:and|or|from|of|at|in|on|for|with|who|which|that|based|near)\b)"
    r"|[A-Z][\w’'-]*,\s+the\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:’s|'s|’|')\s+[a-z]"
    r"|\bby\s+trade\b"
    r"|^\W*An?\s+(?:[\w-]+\s+){0,3}?(?P<led>[a-z]+)\s+from\s+(?:the\s+)?[A-Z]"
)
# What the words beside a name or opening a lead may describe that is no job: "Hallam Bridge, a
# part-time club", "Little Hembury, a small village near Exeter", "A man from Leeds".
_NOT_JOBS = frozenset(
    "group business trust council society school hospital village town city community county "
    "region country island area district man woman boy girl child couple family teenager "
    "pensioner person resident toddler baby infant newborn".split()
) | frozenset(BODY_KINDS)


def states_job(sentence: str) -> bool:
    """Whether `sentence` gives someone's job (`_JOB`)."""
    return any(
        not (
            (
                m["what"]
                and (
                    m["named"] in WEEKDAYS
                    or m["what"].split()[-1] in _NOT_JOBS
                    or m["what"].endswith("-year-old")
                )
            )
            or (m["led"] and m["led"] in _NOT_JOBS)
        )
        for m in _JOB.finditer(sentence)
    )


# "What was Yangzom's world ranking?", "What is her seeding?": a place in a ranking, which news
# gives as "ranked 58th in the world", "the ninth seed" or "world No 3"; not a rank held in an
# army, nor a seed sown.
_RANK_QUESTION = re.compile(
    r"\bwhat\s+(?:is|was|are|were)\s+(?:his|her|their|its|(?:[\w’'-]+\s+){0,3}?[\w’'-]+['’]s?)\s+"
    r"(?:(?:world|current|new|final|highest|lowest|career[\s-]high)\s+){0,2}(?:ranking|seeding)\b"
    r"|\b(?:what|which)\s+(?:world\s+)?ranking\b"
    # "Where did Azerbaijan's team place overall?", "Where did she finish in the race?", "In
    # what position did she finish?" (not "Where did the marathon finish?", "Where did the
    # launch take place?", "Where did the money come from?").
    r"|^\W*(?:where|in\s+what\s+(?:position|place))\s+(?:did|does|do|will)\s+"
    r"(?:[\w’'-]+\s+){1,6}?"
    r"(?:(?<!take\s)(?<!took\s)place|rank(?:ed)?)\W*$"
    r"|^\W*(?:where|in\s+what\s+(?:position|place))\s+(?:did|does|do|will)\s+"
    r"(?:[\w’'-]+\s+){1,6}?(?:place|finish|rank|come)\s+(?:overall|in\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:race|rankings?|standings|table|competition|championships?|final|event|league|contest|"
    r"tournament))\W*$"
    r"|^\W*in\s+what\s+(?:position|place)\s+(?:did|does|do|will)\s+(?:[\w’'-]+\s+){1,6}?"
    r"(?:finish|come)\W*$",
    re.IGNORECASE,
)
_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|top)"
)
_RANK = re.compile(
    rf"\b(?:ranked|seeded)\s+(?:No\.?\s*)?(?:\d{{1,4}}(?:st|nd|rd|th)?\b|{_ORDINAL_WORD}\b)"
    rf"|\b(?:\d{{1,4}}(?:st|nd|rd|th)|{_ORDINAL_WORD}|No\.?\s*\d{{1,4}})\s+seed\b"
    r"|\bworld\s+(?:No\.?|number)\s*(?:\d|one|two|three)"
    r"|\b\d{1,4}(?:st|nd|rd|th)\s+in\s+the\s+(?:world\s+)?rankings?\b"
    # "finished 23rd", "came second", "in 23rd place", "were 23rd overall", "finished last".
    rf"|\b(?:finished|placed|came|ended)\s+(?:joint\s+)?(?:\d{{1,4}}(?:st|nd|rd|th)|{_ORDINAL_WORD})\b"
    r"|\b(?:finished|came)\s+(?:last|bottom)\b"
    r"|\b(?:was|were)\s+(?:joint\s+)?\d{1,4}(?:st|nd|rd|th)\s+(?:overall|in\s+the)\b"
    r"|\b\d{1,4}(?:st|nd|rd|th)\s+place\b",
    re.IGNORECASE,
)
_NOT_NAMES = STOPWORDS | {"mr", "mrs", "ms", "dr"}
_VOCABULARY = {
    "rank": _RANK,
    "means": _CONVEYANCE,
    "colour": _COLOUR,
    "odds": _ODDS,
    "kin": RELATIVE,
}
_QUESTION_TYPES = (
    ("number", re.compile(
        r"\bhow (many|much|long|far|old|large|big|often|tall|high|deep|wide|fast|heavy)\b(?!-)|"
        r"\bwhat (percentage|percent|number|amount|share|quantity)\b|"
        # Someone's average: "What was Vandenbroucke's average per inning?"
        r"\bwhat (?:is|was|are|were) (?:his |her |their |[\w’'-]+['’]s? )(?:\w+ )?average\b",
        re.IGNORECASE)),
    # "What was the price of the pony?", "From what height did he fall?"
    ("number", WHAT_SUM),
    ("number", ASKS_MONEY),
    ("number", WHAT_MEASURE),
    ("number", RACE_TIME),
    ("number", ASKS_WEIGHT),
    ("time", TIME_QUESTION),
    ("date", WHEN_QUESTION),
    ("date", re.compile(
        rf"\b(what|which) (?:year{NOT_A_YEAR}|years(?!\s+of\b|['’])|decade|century|date|month|"
        r"day)\b",
        re.IGNORECASE)),
    ("job", JOB_QUESTION),
    ("rank", _RANK_QUESTION),
    ("name", re.compile(r"\b(who|whom|whose|where)\b", re.IGNORECASE)),
    ("means", JOURNEY_QUESTION),
    ("means", MEANS_QUESTION),
    ("colour", COLOUR_QUESTION),
    ("odds", ODDS_QUESTION),
    ("kin", KIN_QUESTION),
    ("speech", SPEECH_QUESTION),
)  # fmt: skip


# "In which month ...?", "What month ...?" (not "Which month-long festival ...?"), and the months
# that answer it, a short one beside a number ("in Sept 2024", not "Jan Kowalski").
_MONTH_QUESTION = re.compile(r"\b(?:what|which)\s+month\b(?![-’'])", re.IGNORECASE)
_MONTH_NAMED = re.compile(rf"\b{MONTHS}\b|\b{SHORT_MONTH}(?=\s+\d)|(?<=\d\s){SHORT_MONTH}")


def _names_other(found: re.Pattern[str], sentence: str, question: str, reported: bool) -> bool:
    """Whether `sentence` names a day or a month (what `found` finds) other than one `question`
    names, and, where `reported`, not only as when something was reported ("Tass said on
    Monday")."""
    asked = {m[0].lower() for m in found.finditer(question)}
    return any(
        m[0].lower() not in asked and not (reported and REPORTED_ON.search(sentence, 0, m.start()))
        for m in found.finditer(sentence)
    )


def answer_type(question: str) -> str | None:
    """The kind of answer a question asks for, when its wording says so: a number, a time of
    day, a date, a name, the means of a journey ("How did Kim travel to Russia?" wants a train
    or a plane, which a sentence can name without the question's verb), a colour, odds, a
    relative ("What relation is Connor to the ringleader?" wants a nephew or a son), a job, or
    someone's words ("What did Madden say?" wants a sentence reporting them, `rag.speech`)."""
    return next((name for name, pattern in _QUESTION_TYPES if pattern.search(question)), None)


# A question about what is to come: "When is the report expected?", "When will it open?",
# "When did officials say the road would reopen?" (not "When was the festival scheduled?").
_TO_COME = re.compile(
    r"^\W*(?:when|how\s+soon)\s+(?:will|shall|should|is|are|does|do)\b"
    r"|\bsa(?:y|ys|id)\b[^?]*\b(?:will|would)\b",
    re.IGNORECASE,
)
# "Since when has the land been reserved?" asks when a stretch began, which news tells after
# "since" (`SINCE_DATE`).
_SINCE_WHEN = re.compile(r"^\W*since\s+when\b", re.IGNORECASE)
# A count in figures or words: "30", "two", "a few".
_COUNT_WORD = (
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"eighteen|twenty|thirty|a\s+few|few|several)"
)
# A time told from now: "within 30 days", "in the next few weeks", "in two weeks' time", "next
# month", "later this year", "in the coming weeks"; not "for the first time in ten months",
# "within two days of his arrest".
_FROM_NOW = re.compile(
    rf"(?:\bwithin\s+(?:the\s+(?:next|coming)\s+)?(?:{_COUNT_WORD}\s+)?"
    rf"|(?<!time\s)\bin\s+(?:the\s+(?:next|coming)\s+(?:{_COUNT_WORD}\s+)?|{_COUNT_WORD}\s+))"
    r"(?:hours?|days?|weeks?|months?|years?)(?:['’]s?\s+time)?\b"
    r"(?!\s+(?:of|after|since|before|ago)\b)"
    r"|\b(?:next|later\s+this|early\s+next|by\s+the\s+end\s+of\s+(?:the|this|next))\s+"
    r"(?:week|month|year|spring|summer|autumn|winter)\b(?!['’])",
    re.IGNORECASE,
)


def has_answer_type(kind: str, sentence: str, question: str, previous: str = "") -> bool:
    """Whether `sentence` (after `previous`, when known) holds the `kind` of answer `question`
    asks for, beyond what the question itself says."""
    question_words = {w.lower() for w in WORD.findall(question)}
    sentence = DATELINE.sub("", sentence, count=1)
    if kind == "speech":
        return speaks(speaker(question) or [], sentence, previous, asks_role(question))
    if kind == "number":
        # A count the question writes is no answer to how many: "the 14 wards" for "How many
        # falls were recorded on the 14 wards ...?" (though "14 falls" would be). Left in for
        # "how much": "How much do families earning less than $60,000 pay?" is answered by
        # "families with incomes below $60,000 pay nothing", which states no other number.
        if HOW_MANY.search(question):
            sentence = _without_asked_counts(sentence, question)
        measure = asked_measure(question)
        if measure:
            return states(measure, sentence, question, previous)
        return bool(_NUMBER.search(sentence))
    if kind == "time":
        return bool(CLOCK.search(sentence))
    if kind == "date":
        if ASKS_TO_COME.search(question) and told_as_past(sentence, question):
            return False
        reported = not ASKS_ABOUT_SAYING.search(question)
        if _MONTH_QUESTION.search(question):
            # A month, not one the question names: "since 1972" or "last winter" tells none.
            return _names_other(_MONTH_NAMED, sentence, question, reported)
        if DAY_QUESTION.search(question):
            # A day, not a year or a month alone, nor one the question names.
            return _names_other(asked_day(question), sentence, question, reported)
        if _SINCE_WHEN.search(question):
            # The start of a stretch: "reserved for a road since 1987", not "in September".
            return bool(SINCE_DATE.search(sentence))
        # A year, a month, a weekday or a day of a month written short ("by Sept 20"); what is
        # to come may be told from now ("within 30 days", "next month").
        dates = [(m.start(), bool(m[1])) for m in DATE.finditer(sentence)]
        dates += [(m.start(), False) for m in DAY.finditer(sentence)]
        dates += [(m.start(), False) for m in HOLIDAY.finditer(sentence)]
        return (
            bool(CLOCK.search(sentence))
            or any(
                not (reported and REPORTED_ON.search(sentence, 0, start) and not year)
                for start, year in dates
            )
            or bool(_TO_COME.search(question) and _FROM_NOW.search(sentence))
        )
    if kind == "job":
        return states_job(sentence)
    if kind in _VOCABULARY:
        found = _VOCABULARY[kind].finditer(sentence)
        return any(m[0].lower() not in question_words for m in found)
    # A title or a capitalised function word ("Mr", "It", "The") names nobody.
    return any(
        w.lower() not in question_words and w.lower() not in _NOT_NAMES
        for w in _NAME.findall(sentence)
    )


@lru_cache(maxsize=2)
def load_ranker(path: Path = RANKING) -> LogisticModel:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data["features"] != list(FEATURES):
        raise ValueError(f"{path.name} was fitted on other features; rerun eval/fit_evidence.py")
    return LogisticModel.from_json(data)


FEATURES = (
    "sentence_score",  # retrieval's sentence score (cosine + term and phrase coverage)
    "passage_rank",  # 1 / (1 + rank of its passage)
    "passage_score",  # its passage's score relative to the best passage's
    "has_answer_type",  # holds the kind of answer asked for (always 1 for untyped questions)
    "typed_question",  # the question asks for a kind of answer (`answer_type`)
    "typed_answer",  # both of the above
    "missing_key_term",  # weight share of the heaviest question term absent from the sentence
    "missing_key_term_context",  # ... absent from it and the sentence before it
    "context_coverage",  # question term coverage of the sentence with the one before it
    "article_missing_key_term",  # ... absent from its article's retrieved passages and title
    "soft_match",  # `soft_match` of the sentence's tokens to the question's
)


def soft_match(question: TokenVectors, sentences: list[TokenVectors]) -> list[float]:
    """How closely each sentence matches the question word by word, from 0 to 1.

    Each content token of the question (stop words, punctuation and special tokens aside) is
    matched to its most similar token in the sentence, by the cosine of their contextual vectors,
    so a paraphrase or another form of the word still counts in part. The matches are averaged,
    each weighted by how rare its token is among the candidate sentences (an inverse document
    frequency over them): a word that every retrieved sentence shares tells them apart no more
    than "the" does, while the word only the answer's sentence echoes counts most. A word split
    into several tokens ("vl ##adi ##vo ##sto ##k") shares one word's weight among them.
    """
    if not sentences:
        return []
    asked = _content_rows(question) or list(range(len(question.tokens)))
    shared = Counter(token for s in sentences for token in set(s.tokens))
    weights = np.array(
        [math.log((len(sentences) + 1) / (shared[question.tokens[i]] + 0.5)) for i in asked]
    ).clip(min=0.0)
    pieces = Counter(question.words[i] for i in asked)
    weights /= [pieces[question.words[i]] for i in asked]
    if weights.sum() <= 0:
        weights = np.ones(len(asked))
    best = np.array(
        [(question.vectors[asked] @ s.vectors[_inner(s)].T).max(axis=1) for s in sentences]
    )
    return (best @ weights / weights.sum()).tolist()


def _inner(text: TokenVectors) -> slice:
    """The rows between the special tokens that open and close every text."""
    return slice(1, -1) if len(text.tokens) > 2 else slice(None)


def _content_rows(text: TokenVectors) -> list[int]:
    """Rows of the question's content tokens: no stop word, punctuation, the measure word of
    "how long" nor the word that names the kind of answer, such as the "travel" of "how did he
    travel" (`rag.lexical.question_terms`)."""
    tokens = [t.lower() for t in text.tokens]
    frame = answer_frame(" ".join(tokens))
    return [
        i
        for i in range(len(tokens))[_inner(text)]
        if any(c.isalnum() for c in tokens[i])
        and tokens[i] not in STOPWORDS
        and not (tokens[i - 1] == "how" and tokens[i] in HOW_MEASURES)
        and not (frame and tokens[i] == frame["frame"].lower())
    ]


TokenEmbedder = Callable[[list[str]], list[TokenVectors]]


def sentence_features(
    question: str, hits: list[Hit], bm25: BM25Index, embed_tokens: TokenEmbedder
) -> dict[tuple[str, int], list[float]]:
    """Features of every retrieved sentence, keyed by (document id, sentence index)."""
    asked = set(question_terms(question))
    kind = answer_type(question)
    top = hits[0].score if hits and hits[0].score else 1.0
    article = article_missing_share(asked, hits, bm25)
    rows: dict[tuple[str, int], list[float]] = {}
    # A passage can open mid-quotation, so a sentence's predecessor comes from any passage.
    texts = {(h.doc_id, s.index): s.text for h in hits for s in h.sentences}
    for rank, hit in enumerate(hits):
        previous_terms: set[str] = set()
        for position, sentence in enumerate(hit.sentences):
            sentence_terms = set(terms(sentence.text))
            context = sentence_terms | (previous_terms if position else set())
            previous = texts.get((hit.doc_id, sentence.index - 1), "")
            typed = kind is not None and has_answer_type(kind, sentence.text, question, previous)
            rows.setdefault(
                (hit.doc_id, sentence.index),
                [
                    sentence.score,
                    1.0 / (1 + rank),
                    hit.score / top,
                    float(typed or kind is None),
                    float(kind is not None),
                    float(typed),
                    bm25.missing_share(asked, sentence_terms),
                    bm25.missing_share(asked, context),
                    bm25.coverage(asked, context),
                    article[hit.doc_id],
                ],
            )
            previous_terms = sentence_terms
    if rows:
        tokens = embed_tokens([question] + [texts[key] for key in rows])
        for row, match in zip(rows.values(), soft_match(tokens[0], tokens[1:]), strict=True):
            row.append(match)
    return rows


def article_missing_share(asked: set[str], hits: list[Hit], bm25: BM25Index) -> dict[str, float]:
    """For each retrieved article, the weight share of the heaviest question term that none of
    its retrieved passages, nor its title, holds.

    A sentence that lacks a question term its article uses elsewhere is less likely to answer
    than one whose article never uses it: there the term is the reader's word, not the
    article's ("jobless" against "the unemployment rate, currently 3.6 per cent"), and no
    sentence of the article could hold it. Fitted beside the sentence's own missing term, this
    weighs in its favour.
    """
    words: dict[str, set[str]] = {}
    for hit in hits:
        words.setdefault(hit.doc_id, set(terms(hit.title))).update(terms(hit.text))
    return {doc: bm25.missing_share(asked, w) for doc, w in words.items()}


def rank_sentences(
    question: str, hits: list[Hit], bm25: BM25Index, embed_tokens: TokenEmbedder
) -> dict[tuple[str, int], float]:
    """How likely each retrieved sentence is to hold the answer, by the fitted ranker."""
    ranker = load_ranker()
    rows = sentence_features(question, hits, bm25, embed_tokens)
    return {key: ranker.probability(f) for key, f in rows.items()}


def needs_context(sentence: str) -> bool:
    """Whether a sentence opens with a pronoun whose referent is in an earlier sentence, or
    reports words whose speaker an earlier sentence names: a quotation it continues, or one
    that "she said" ("“... brought down by the property market,” she said" after "His lawyer,
    Carina Dahl, said ...")."""
    return (
        bool(OPENS_BY_REFERRING.match(sentence.strip()))
        or continues_quotation(sentence)
        or said_by_pronoun(sentence)
    )


# How many sentences back a chain of references is followed.
_CHAIN = 3
# ... for a role's holder: a quotation of several sentences and its "she said" may stand
# between a name and "Her coach, Esteban Rojas, ...", where a number or a date is of
# whatever the nearer sentences name.
HOLDER_CHAIN = 6


def sentences_before(hits: list[Hit], reach: int = _CHAIN) -> dict[tuple[str, int], str]:
    """The text before each retrieved sentence that its references are resolved in, keyed by
    document id and the sentence's start, where any passage holds it (a passage can open
    mid-paragraph): the sentence before, and while the earliest of those itself needs context
    (`needs_context`), the one before that, up to `reach` sentences in all. In "Dr Tom
    Whitlow ... said ... “...,” he said. “...” He said staff at his practice ...", "his
    practice" is Dr Whitlow's, three sentences back."""
    texts = {(h.doc_id, s.index): s.text for h in hits for s in h.sentences}
    chains: dict[tuple[str, int], str] = {}
    for h in hits:
        for s in h.sentences:
            chain: list[str] = []
            index = s.index - 1
            while (h.doc_id, index) in texts and len(chain) < reach:
                chain.insert(0, texts[(h.doc_id, index)])
                if not needs_context(chain[0]):
                    break
                index -= 1
            if chain:
                chains[(h.doc_id, s.start)] = " ".join(chain)
    return chains


# A heading inside an article ("Brief outages in west Phoenix", "Fans' golden share"): a few
# words, not ended like a sentence, with no colon, bar or digit ("Founded: 2009", "Arsenal 2
# Chelsea 1" and table rows state facts).
_HEADING = re.compile(r"^(?![^\n]*[:|\d])(?:\S+\s+){0,7}\S+$(?<![.!?:;\"”’')…])")


def is_heading(sentence: str) -> bool:
    """Whether a "sentence" is a heading, which names a topic and states nothing: quoted as an
    answer, "Fans' golden share" tells the reader nothing the question did not."""
    return bool(_HEADING.match(sentence.strip()))


def told_next(
    question: str, hits: list[Hit], relevance: dict[tuple[str, int], float]
) -> Callable[[str, str], bool] | None:
    """For a question for a number, a date or a time (`_SPECIFIC_TYPES`) that the best-rated
    sentence lacks, whether a sentence comes right after it and holds one, which evidence
    selection takes whatever its retrieval score: news tells what happened next in a sentence
    of its own that repeats few of the question's words ("The line reopened at 2pm on Saturday
    ..." after "Network Rail closed the Settle-Carlisle line overnight ..." for "When did
    trains start running again on the Settle-Carlisle line?"). None for other questions, or
    when the best sentence holds the kind of answer asked. The sentence before is known by its
    text, as `select_evidence` gives it; a copy of the best sentence elsewhere (a caption, a
    wire copy) would admit the sentence after it too."""
    kind = answer_type(question)
    rated = [(s, h) for h in hits for s in h.sentences if (h.doc_id, s.index) in relevance]
    if kind not in _SPECIFIC_TYPES or not rated:
        return None
    best, hit = max(rated, key=lambda p: relevance[(p[1].doc_id, p[0].index)])
    before = next((s.text for s in hit.sentences if s.index == best.index - 1), "")
    if has_answer_type(kind, best.text, question, before):
        return None
    return lambda sentence, previous: (
        previous == best.text and has_answer_type(kind, sentence, question, previous)
    )


def select_evidence(
    hits: list[Hit],
    relevance: dict[tuple[str, int], float],
    max_sentences: int = 4,
    min_relative: float = 0.6,
    wanted: Callable[[str, str], bool] | None = None,
) -> list[Evidence]:
    """Pick up to `max_sentences` sentences, best first, numbered from 1.

    A sentence is a candidate when its retrieval score is at least `min_relative` of the best
    one, or when `wanted(sentence, the sentence before it)` says the question asks for it
    whatever its words ("Varga said ..." for "What did Elena Varga say?", which shares half
    the words of the sentence naming her in full). The best-rated of those comes first, so
    that sentences merely sharing the question's words ("Chief executive Jonas Vereecken said"
    of another company) cannot crowd it out; the rest rank by `relevance` (from
    `rank_sentences`), and the kept sentences are listed in that order.
    Repeated sentences (wire copies, captions) are kept once, headings (`is_heading`) never. A
    kept sentence that needs context brings its predecessor, placed just before it.
    """

    def rank(sentence: ScoredSentence, hit: Hit) -> float:
        return relevance.get((hit.doc_id, sentence.index), 0.0)

    def before(sentence: ScoredSentence, hit: Hit) -> ScoredSentence | None:
        previous = next((s for s in hit.sentences if s.index == sentence.index - 1), None)
        return None if previous is None or is_heading(previous.text) else previous

    def asked_for(sentence: ScoredSentence, hit: Hit) -> bool:
        previous = before(sentence, hit)
        return bool(wanted and wanted(sentence.text, previous.text if previous else ""))

    pairs = [(s, h) for h in hits for s in h.sentences if not is_heading(s.text)]
    asked = {(h.doc_id, s.index) for s, h in pairs if asked_for(s, h)}
    top_asked = max(
        ((s, h) for s, h in pairs if (h.doc_id, s.index) in asked),
        key=lambda p: rank(*p),
        default=None,
    )
    ranked: list[tuple[ScoredSentence, Hit]] = sorted(
        pairs, key=lambda p: (p == top_asked, rank(*p)), reverse=True
    )
    if not ranked:
        return []
    best = max(s.score for s, _ in ranked)
    # Each kept sentence with the predecessor it brings, listed by relevance in the end.
    groups: list[list[tuple[ScoredSentence, Hit]]] = []
    seen_text: set[str] = set()
    seen_span: set[tuple[str, int]] = set()

    def new(sentence: ScoredSentence, hit: Hit) -> bool:
        key = " ".join(sentence.text.lower().split())
        if key in seen_text or (hit.doc_id, sentence.index) in seen_span:
            return False
        seen_text.add(key)
        seen_span.add((hit.doc_id, sentence.index))
        return True

    for sentence, hit in ranked:
        if sum(map(len, groups)) >= max_sentences:
            break
        previous = before(sentence, hit)
        if sentence.score < min_relative * best and (hit.doc_id, sentence.index) not in asked:
            continue
        group = []
        if needs_context(sentence.text):
            if previous is not None and sum(map(len, groups)) + 1 < max_sentences:
                group += [(previous, hit)] if new(previous, hit) else []
        group += [(sentence, hit)] if new(sentence, hit) else []
        if group:
            groups.append(group)
    groups.sort(key=lambda g: rank(*g[-1]), reverse=True)
    chosen = [pair for group in groups for pair in group]

    return [
        Evidence(
            marker=i,
            sentence=s.text,
            doc_id=h.doc_id,
            title=h.title,
            source=h.source,
            date=h.date,
            start=s.start,
            end=s.end,
            score=s.score,
            relevance=round(rank(s, h), 4),
        )
        for i, (s, h) in enumerate(chosen, start=1)
    ]


def without_named_kind(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question for a colour, for odds or for a rank, which news gives in words of
    their own ("an olive green paint scheme", "a 33-1 outsider", "ranked 58th in the world"),
    has no evidence sentence rated near the best that gives one: "What were the odds on the
    favourite?" over "The favourite, Brackenhill Boy, was second"."""
    kind = answer_type(question)
    if kind not in _NAMED_KINDS or not evidence:
        return False
    return not any(has_answer_type(kind, e.sentence, question) for e in rated_near_best(evidence))


# The kinds of answer `without_named_kind` reads.
_NAMED_KINDS = ("colour", "odds", "rank")


def of_answer_type(
    question: str, chosen: list[Evidence], evidence: list[Evidence], quoted: Evidence
) -> list[Evidence]:
    """The chosen sentences that hold the kind of answer the question asks for (a number, a
    date, a name, a colour...), whenever the best evidence sentence or `quoted`, the one
    answered with without a draft, holds it.

    A small generator often restates a sentence that shares the question's words but not its
    answer ("What colour is Kim's train?" drafted from "Mr Kim's train passed the junction ...").
    The ranker already weighs the answer type, and the sentence quoted for a question for a date
    is one that tells one (`dated_best`); this keeps a draft from moving the answer to a
    sentence that cannot hold it. For untyped questions every chosen sentence is kept.
    """
    kind = answer_type(question)
    if kind is None or not evidence:
        return chosen
    best = max(evidence, key=lambda e: e.relevance)
    if not any(has_answer_type(kind, e.sentence, question) for e in (best, quoted)):
        return chosen
    return [e for e in chosen if has_answer_type(kind, e.sentence, question)]


def dated_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for a date, a day or a time of day, the best-rated evidence sentence near
    the best that tells one (a day, beyond those the question names), when the best does not:
    "On what date will Northway close its branch?" is answered by "Northway Bank will shut its
    branch ... on 19 September", not by the sentence on why it closes, which the ranker rates
    first; "At what time of night was the leopard filmed?" by "The footage, recorded at 3.12am
    ...", not by the lead."""
    kind = answer_type(question)
    if kind not in ("date", "time") or not evidence:
        return None
    if _BY_WHEN.match(question):
        # "By when does the trust hope to have the whole canal restored?" asks for a deadline:
        # "hopes to complete that work by 2035", not "from Easter", of a part of it.
        deadline = near_best_instead(evidence, lambda sentence: bool(_BY_A_DATE.search(sentence)))
        if deadline:
            return deadline
    return near_best_instead(evidence, lambda sentence: has_answer_type(kind, sentence, question))


_BY_WHEN = re.compile(r"\W*by\s+when\b", re.IGNORECASE)
# "by 2035", "By the end of March", "by next spring", "by the end of the decade".
_BY_A_DATE = re.compile(
    r"\b(?i:by)\s+(?:(?i:the)\s+(?i:end|middle|start|beginning|spring|summer|autumn|winter)\s+of\s+)?"
    rf"(?:(?:early|late|mid)[\s-]+)?(?:{YEAR}\b|{MONTHS}\b|{DAYS}\b|{HOLIDAY.pattern}"
    r"|(?:next|this)\s+(?:year|month|week|spring|summer|autumn|winter|decade)\b"
    r"|the\s+(?:year|decade)\b)"
)


def complete_best(evidence: list[Evidence]) -> Evidence | None:
    """The best-rated evidence sentence near the best that does not end in a colon, when the
    best does: "Thus, a typical complexity class has a definition like the following:"
    introduces what it does not say itself (a formula, a list)."""
    if not evidence:
        return None
    return near_best_instead(evidence, lambda sentence: not sentence.rstrip().endswith(":"))


def fuller_next(question: str, evidence: list[Evidence]) -> Evidence | None:
    """The sentence right after the best, or of the quotations going on with its speaker's words
    the one holding most of the question, when the ranker rates it at least half as high and it
    holds every term of the question the best holds and more: "Evaporative (wet) cooling towers
    use the rejected heat ..." after "A dry type cooling tower is similar to an automobile
    radiator" for "An evaporative cooling tower is also referred to as what kind of cooling
    tower?". One that refers back to the best holds the best's terms through it: "He called it
    packet switching ... and proposed to build a nationwide network" after "Donald Davies ...
    developed the same message routing methodology" for "What did Davies want to build?"; one
    that goes on about whom the best introduces, by "he" or "she" or in their words, need only
    be rated a fifth as high when the best lacks the kind of answer or the measure asked for
    ("He broke his wrist in 2024 when he tripped over a scooter" after "Graham Sutcliffe, 62,
    ... chairs the Marbury Sight Loss Forum"), where "It is a theoretical device" after "A
    Turing machine is a mathematical model" must be rated half as high, as must "He joined
    Leicester Chess Club at seven" after the sentence naming who taught Arjun chess. So may one
    that names the kind a which-question asks one of, which the best does not ("He carries a
    faulty version of a gene called C9orf72" after the sentence naming the joiner, for "Which
    gene does the Paisley joiner have a faulty copy of?"). None when the best holds the number,
    date or time the question asks for ("last recorded in the wild in Britain in 1984" for "When
    had the orchid last been recorded ...?"), or for a question answered yes or no: a sentence
    that refers back to the best shares its terms, not what it affirms. None otherwise."""
    if not evidence or YES_NO.match(question.strip()):
        return None
    best = max(evidence, key=lambda e: e.relevance)
    kind = answer_type(question)
    if kind in _SPECIFIC_TYPES and has_answer_type(
        kind, _without_asked_numbers(best.sentence, question), question
    ):
        return None
    asked = set(question_terms(question))
    held = asked & set(terms(best.sentence))

    def holding(e: Evidence) -> set[str]:
        return asked & (set(terms(e.sentence)) | (held if needs_context(e.sentence) else set()))

    measure = asked_measure(question)
    lacking = (
        not states(measure, best.sentence, question)
        if measure
        else kind is not None and not has_answer_type(kind, best.sentence, question)
    )

    which = _WHICH_KIND.match(question.strip())
    # A best sentence that names what is asked, by calling it so ("where it is known as Hoor
    # al-Azim") or as one of the kind a which-question asks ("in the town of Ponte de Sor"),
    # gives way only to one that names it too.
    calls = _ASKS_WHAT_CALLED.match(question.strip()) and _CALLS.search(best.sentence)
    named = (
        which and which[1].lower() not in _UNNAMED_KINDS and _names_one_of(which[1], best.sentence)
    )

    def names_kind(e: Evidence) -> bool:
        """Whether `e` names one of the kind a which-question asks one of ("a gene called
        C9orf72"), which the best does not mention."""
        if not which or re.search(rf"(?i:\b{which[1]})", best.sentence):
            return False
        return _names_one_of(which[1], e.sentence)

    def floor(e: Evidence) -> float:
        goes_on = continues(best, e) or said_by_pronoun(e.sentence)
        return FAR_SHARE if (lacking or names_kind(e)) and goes_on else _HALF_AS_HIGH

    # The sentence right after the best, or the quotations that go on with its speaker's words
    # ('"A 19-seater flying three times a week ... could break even."' after the sentence naming
    # the consultant and '"A 34-seat plane ... is a loss-maker," he said.'): the one holding most.
    following = speaker_goes_on(best, evidence) or [e for e in evidence if right_after(best, e)]
    fuller = [
        e
        for e in following
        if e.relevance >= floor(e) * best.relevance
        and holding(e) > held
        and not (calls and not _CALLS.search(e.sentence))
        and not (named and not _names_one_of(which[1], e.sentence))
    ]
    return max(fuller, key=lambda e: (len(holding(e)), -e.start), default=None)


# "What is the marsh called on the Iranian side?", "What was the ship named?": a name asked by
# what something is called, which a sentence gives by calling it so ("known as Hoor al-Azim").
_ASKS_WHAT_CALLED = re.compile(
    r"^what\s+(?:is|was|are|were)\s+[^?]+?\s+(?:called|named|known\s+as)\b", re.IGNORECASE
)
_CALLS = re.compile(r"\b(?:called|named|known\s+as)\s+(?:the\s+)?[A-Z]")

# The kind a "Which gene does ...?" or "In which town will ...?" question asks one of.
_WHICH_KIND = re.compile(
    rf"^\W*(?:(?:in|at|from|on|to|for|by)\s+)?(?:which|what)\s+([a-z]+)\s+{AUXILIARY}\b",
    re.IGNORECASE,
)


def _names_one_of(kind: str, sentence: str) -> bool:
    """Whether `sentence` names one of `kind` by name: "a gene called C9orf72", "the town of
    Ponte de Sor", "the Tigris river" (not "The town" opening it, "a small Portuguese town" or
    "In 2024 town officials")."""
    kind = rf"(?i:{re.escape(kind)})"
    called = re.search(
        rf"{kind}s?\s+(?:called|named|known\s+as)\s+\S|\b{kind}\s+of\s+[A-Z]", sentence
    )
    before = re.finditer(rf"(?<!^)\b([A-Z][\w-]*|\d+[A-Za-z][\w-]*)\s+{kind}\b", sentence)
    return bool(called) or any(not is_nationality(m[1]) for m in before)


# Kinds a which-question asks that no name gives: "In which year ...?", "By what margin ...?".
_UNNAMED_KINDS = frozenset(
    "year years day days month date time margin reason way point stage extent age rate".split()
)


# A number in digits and the word after it: "14 wards", "11 nights".
_NUMBER_THEN_WORD = re.compile(r"(?<![\d.,])(\d(?:[\d,.]*\d)?)(\s+[A-Za-z][\w-]*)")


def numbered_words(text: str) -> set[tuple[str, tuple[str, ...]]]:
    """Each number `text` writes in digits with the terms of the word after it, where that word
    is no stop word: "14 wards" as ("14", ("ward",)), not "3 to 1"."""
    return {(n, found) for n, w in _NUMBER_THEN_WORD.findall(text) if (found := tuple(terms(w)))}


def _without_asked_counts(sentence: str, question: str) -> str:
    """`sentence` without the numbers the question writes before the same word ("14 wards")."""
    asked = numbered_words(question)
    return _NUMBER_THEN_WORD.sub(
        lambda m: m[2] if (m[1], tuple(terms(m[2]))) in asked else m[0], sentence
    )


def _without_asked_numbers(sentence: str, question: str) -> str:
    """`sentence` without the numbers the question writes: "The 2012 Olympic stadium was built
    ..." tells no date for "When was the 2012 Olympic stadium converted?"."""
    for number in set(re.findall(r"\d(?:[\d,.]*\d)?", question)):
        sentence = re.sub(rf"(?<![\d.,]){re.escape(number)}(?!\d)", "", sentence)
    return sentence


# Kinds of answer few sentences hold, so that one holding it is likely the answer; names are in
# most sentences ("the Bayeux Tapestry" before "It was commissioned by Odo").
_SPECIFIC_TYPES = ("number", "date", "time")
# How high, as a share of the best's rating, the sentence after it must be rated to answer
# instead for holding more of the question (as high as `rag.measures.rated_near_best` asks; on
# 600 SQuAD development questions outside the sample, 0.7 and 0.6 gained fewer answers).
_HALF_AS_HIGH = 0.5
