"""Answerability: does the selected evidence answer the question, or should newsrag refuse?

The decision is a calibrated probability from features of the evidence, never the generator's
say-so: how close the best passage is to the question, whether the question's heaviest term
appears in the evidence at all, how likely the evidence ranker finds it that the best sentence
holds an answer, and, with the setting `use_generator_judge`, the generator's probability of
"yes" to "Can the question be answered from the context?" (a model fitted with it, in which it
weighs little).

Unanswerable questions are often near misses, written to look answerable from a sentence that
says something slightly different, so features compare the question with the sentence the
ranker rates best (with the sentence before it): a negation or a number that the question has
and that context lacks; a name the question has and no evidence sentence mentions (the
ranker's best sentence is not always the answer's, and a name found in another one is no near
miss); and, as a softer sign, a name the best context and its article's title lack ("How much
did Halvorsen's shares move?" over "Shares in Kestrel rose 7.2 percent", Halvorsen being named
in another sentence).

A logistic model over these features is fitted on development data by `eval/calibrate.py` and
shipped as `answerability.json` beside this module, with the threshold that keeps false refusals
of answerable development questions at or under the target rate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from rag.citations import in_its_decade, numbers, unmentioned
from rag.evidence import (
    answer_type,
    has_answer_type,
    needs_context,
    numbered_words,
    sentences_before,
)
from rag.holders import called_by_kind
from rag.lexical import WORD, BM25Index, question_terms, terms
from rag.logistic import LogisticModel
from rag.measures import continues, stated_properties
from rag.mentions import called_otherwise, unnamed_in
from rag.types import Evidence, Hit

CALIBRATION = Path(__file__).with_name("answerability.json")


@dataclass(frozen=True)
class Features:
    top_dense: float  # cosine of the best passage
    # Weight share of the heaviest question term absent from the evidence, even as a near
    # synonym ("colour" is present in a sentence saying "green"; "population" in none).
    missing_key_term: float
    best_relevance: float  # the evidence ranker's probability for the best retrieved sentence
    # 1 if the question negates and the best context does not; not for "Why ...?", whose
    # negation is what the reason explains, often in other words ("Why hasn't work started?":
    # "has yet to begin construction because of planning objections").
    unmatched_negation: float
    # 1 if a number in the question is not in the best context; an age the question calls
    # someone by ("the 86-year-old") need only be in the best sentence's article.
    missing_number: float
    missing_name: float  # 1 if a name in the question is in no evidence sentence or title
    # 1 if a name in the question is not in the best sentence, the one before it (or those its
    # references are resolved in: "Her coach" after "She began ..." after "Dunphy played ...")
    # or its title, in any form news refers back to it by ("Ms Tate" for Imogen Tate,
    # `rag.mentions`): a near miss asks about someone else ("Halvorsen's shares" over "Shares in
    # Kestrel rose").
    name_beside_best: float
    # 1 if the question asks for a kind of answer (a number, a date, a name ...,
    # `rag.evidence.answer_type`); and 1 if the best context also holds one beyond the question.
    typed_question: float
    typed_best: float
    yes_probability: float  # generator's P(yes); 0.5 when no generator is consulted

    def vector(self) -> list[float]:
        return list(asdict(self).values())


NEGATION = re.compile(
    r"\b(not|never|no|none|nor|without|cannot|neither|nothing|nobody|unable|fail(ed|s)?\s+to)\b"
    r"|n't\b",
    re.IGNORECASE,
)
# What a context says no in other words, answering a question that negates: "two are still
# missing" for "How many containers have not been recovered?", "have yet to be paid" (not "a
# missing teenager"), "stopped charging".
NEGATED_STATE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:missing|absent|unaccounted)\b"
    r"|\b(?:yet|still)\s+to\s+be\b"
    # An activity given up is one no longer done: "stopped charging fines in 2019" for "Since
    # when has the library not charged fines?".
    r"|\b(?:stop(?:s|ped)?|cease[sd]?|quit|g[ai]ve[sn]?\s+up)\s+"
    r"(?!during\b|(?:every|no|some|any)thing\b)[a-z]+ing\b",
    re.IGNORECASE,
)


def features(
    question: str,
    hits: list[Hit],
    evidence: list[Evidence],
    bm25: BM25Index,
    embed_texts: Callable[[list[str]], np.ndarray],
    relevance: dict[tuple[str, int], float],
    yes_probability: float = 0.5,
) -> Features:
    """Answerability features; `embed_texts` gives normalised vectors, `relevance` the ranker's
    probabilities (`rag.evidence.rank_sentences`)."""
    asked = set(question_terms(question))
    evidence_text = " ".join(e.sentence for e in evidence)
    evidence_terms = set(terms(evidence_text))
    evidence_terms |= stated_properties(question, [e.sentence for e in evidence])
    absent = asked - evidence_terms
    if absent and evidence:
        evidence_terms |= near_synonyms(question, evidence_text, absent, embed_texts)
    context = best_context(hits, evidence)
    # A number the question writes may be in the sentence that goes on from the best one ("That
    # was up from 57 in 2022").
    numbered = " ".join([context, *(e.sentence for e in _continuing(evidence))])
    seen_text = " ".join([context, evidence_text, *(h.title for h in hits)])
    article = _best_article(hits, evidence)
    referred = referred_context(hits, evidence)
    # Someone called by an age the article gives is mentioned however the answer calls them.
    title = best_title(evidence)
    described = _ages_described(question, [title, *article])
    evidence_terms |= {f"{age}-year-old" for age in described}
    # What the best sentence's article is titled by is what it is about, however the sentence
    # calls it ("The manager, Padraig Dooley" under "Glenmoher snatch first All-Ireland title"):
    # the title's names, and every word of a title in title case.
    evidence_terms |= set(terms(" ".join(_TITLE_NAME.findall(title))))
    return Features(
        top_dense=hits[0].dense_score if hits else 0.0,
        missing_key_term=bm25.missing_share(asked, evidence_terms),
        best_relevance=max(relevance.values(), default=0.0),
        unmatched_negation=float(
            bool(NEGATION.search(question))
            and not _ASKS_WHY.match(question)
            and not (
                NEGATION.search(context)
                or NEGATED_STATE.search(context)
                or negated_by_prefix(question, context)
                or any(_says_negated(question, e.sentence) for e in _continuing(evidence))
            )
        ),
        # Digits only on the question's side, and none in a name: "which one" and "5G" state
        # no number.
        missing_number=float(
            any(
                not in_its_decade(n, question, numbered)
                for n in numbers(question, words=False, in_names=False)
                - numbers(numbered)
                - described
                - _titled_numbers(question, title)
            )
        ),
        missing_name=float(bool(_by_kind(unmentioned(question, seen_text), seen_text, article))),
        name_beside_best=float(
            bool(
                _by_kind(
                    unnamed_in(question, f"{referred} {best_title(evidence)}"), referred, article
                )
            )
        ),
        typed_question=float(answer_type(question) is not None),
        typed_best=float(typed_best(question, hits, evidence)),
        yes_probability=yes_probability,
    )


_ASKS_WHY = re.compile(r"\W*why\b", re.IGNORECASE)
# A word the question negates: "like" of "did not like", "agree" of "don't agree".
_NEGATED_WORD = re.compile(
    r"\b(?:not|never)\s+(?:(?:be|been|being|have|had|really|yet|fully|always)\s+)?([a-z]{3,})\b"
    r"|n['’]t\s+(?:(?:be|been|have|really|yet|fully|always)\s+)?([a-z]{3,})\b",
    re.IGNORECASE,
)
# Words that say the opposite of another by a prefix, as news writes them: "disliked" is
# "did not like" (where "display" is no "not play", nor "income" "not come").
_OPPOSITES = (
    "dislike disagree disapprove disallow disobey dishonest dissatisfied unhappy unable "
    "unwilling unaware unsafe unfair unsure unclear unknown unpaid unemployed unlikely "
    "unsuccessful unpopular unprepared unconvinced unsatisfied unreliable unavailable "
    "unacceptable unwelcome unlawful unharmed unhurt incorrect inaccurate inadequate "
    "insufficient inactive invalid impossible impatient illegal irregular irresponsible"
).split()
_NEGATING_PREFIXES = ("dis", "un", "in", "im", "il", "ir")


# A negation and the word it negates: "unable to walk", "did not like", "never paid".
_NEGATING = re.compile(
    rf"(?:{NEGATION.pattern})\s+(?:(?:to|be|been|have|had|yet)\s+){{0,3}}(?P<word>[a-z]{{3,}})",
    re.IGNORECASE,
)


def _says_negated(question: str, text: str, kind: str | None = None) -> bool:
    """Whether `text` negates a word the question negates ("was unable to walk" for "How long
    was Haylock unable to walk?"), with the `kind` of answer asked, when given, in the rest of
    that clause ("for five months", not "to the clinic, 40 kilometres away")."""
    negated = {t for found in _NEGATING.finditer(question) for t in terms(found["word"])}
    return any(
        set(terms(found["word"])) & negated
        and (
            kind is None
            or has_answer_type(kind, _CLAUSE_END.split(text[found.end() :], 1)[0], question)
        )
        for found in _NEGATING.finditer(text)
    )


# Where a clause ends: a comma, a semicolon or the sentence's end.
_CLAUSE_END = re.compile(r"[,;]|\.(?:\s|$)")


def negated_after_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question that negates, the sentence going on from the best one that says what it
    negates, with the kind of answer asked in its clause, when the best does not negate: "He
    spent three days on the boat ..., and was unable to walk for five months." after "Wilmer
    Haylock, 34, dived for 14 years until he collapsed ..." for "How long was Haylock unable to
    walk?"."""
    if not evidence or not NEGATION.search(question) or _ASKS_WHY.match(question):
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if NEGATION.search(best.sentence):
        return None
    kind = answer_type(question)
    return next(
        (e for e in _continuing(evidence) if _says_negated(question, e.sentence, kind)), None
    )


def negated_by_prefix(question: str, context: str) -> bool:
    """Whether `context` says what the question negates by a word of opposite prefix (one of
    `_OPPOSITES`): "22% said they disliked it" for "What share of pupils said they did not like
    the ban?", "are unhappy" for "Why are the banks not happy?"."""
    negated = {terms(a or b)[0] for a, b in _NEGATED_WORD.findall(question) if terms(a or b)}
    return any(
        set(terms(word[len(prefix) :])) & negated
        for word in WORD.findall(context.lower())
        if any(word.startswith(opposite) for opposite in _OPPOSITES)
        for prefix in _NEGATING_PREFIXES
        if word.startswith(prefix)
    )


# Someone the question calls by their age: "Why has the 86-year-old decided to stop now?".
_DESCRIBED_BY_AGE = re.compile(r"\b(?:the|an?)\s+(\d{1,3})-year-old\b", re.IGNORECASE)


def _ages_described(question: str, article: list[str]) -> set[str]:
    """The ages by which the question calls someone ("the 86-year-old"), when `article` (the
    best sentence's title and retrieved passages) gives them as a person's age (", 86,", "aged
    86", "at the age of 86", "(86)"; not "86 pupils", nor "a 40-year-old bridge"): the age says
    whom it asks about, and the sentence that answers calls them "he" ("He said he had decided
    to retire because ..."), the article having given the age elsewhere ("Lollipop man, 86,
    hangs up his sign ...")."""
    text = " ".join(article)
    return {
        age
        for age in _DESCRIBED_BY_AGE.findall(question)
        if re.search(rf",\s*{age}\s*,|\baged\s+{age}\b|\bage\s+of\s+{age}\b|\({age}\)", text)
    }


def _best_article(hits: list[Hit], evidence: list[Evidence]) -> list[str]:
    """The retrieved passages of the best evidence sentence's article."""
    if not evidence:
        return []
    best = max(evidence, key=lambda e: e.relevance)
    return [h.text for h in hits if h.doc_id == best.doc_id]


def _by_kind(names: set[str], text: str, article: list[str]) -> set[str]:
    """Those of `names` that `text` does not mention by the kind of thing `article` says they
    are (`called_by_kind`), nor by another name it gives them (`called_otherwise`): "the
    community's fuel tanks" mentions Oskatin Lake in an article that opens "In Oskatin Lake, a
    Cree community of about 1,400 people", "The ballroom was built in 1934" the Pavilion
    Ballroom, and "The Old Bridge" the Stari Most."""
    return {
        name
        for name in names
        if not called_by_kind(name, text, article) and not called_otherwise(name, text, article)
    }


def typed_best(question: str, hits: list[Hit], evidence: list[Evidence]) -> bool:
    """Whether the question asks for a kind of answer that the evidence sentence the ranker
    rates best holds, read after the sentence before it: a near miss often shares the words of
    a sentence that lacks what is asked ("When did Davies develop it?" over one without a
    date)."""
    kind = answer_type(question)
    if kind is None or not evidence:
        return False
    best = max(evidence, key=lambda e: e.relevance)
    return has_answer_type(kind, best.sentence, question, _sentence_before(hits, best))


# A capitalised word of a title: "Glenmoher", "All-Ireland", "Croke".
_TITLE_NAME = re.compile(r"\b[A-Z][\w’'-]+")


def _titled_numbers(question: str, title: str) -> set[str]:
    """The numbers the question writes before the same word as `title` does ("over the 11
    nights" under "Kyrgyz bard recites the Manas epic for 11 nights"): a title frames its whole
    article, so the sentence that answers need not repeat them."""
    titled = numbered_words(title)
    return {
        number
        for pair in numbered_words(question) & titled
        for number in numbers(pair[0], words=False)
    }


def best_title(evidence: list[Evidence]) -> str:
    """The title of the article of the evidence sentence the ranker rates best."""
    return max(evidence, key=lambda e: e.relevance).title if evidence else ""


def _continuing(evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences right after the best one that go on about it
    (`rag.measures.continues`)."""
    if not evidence:
        return []
    best = max(evidence, key=lambda e: e.relevance)
    return [e for e in evidence if continues(best, e)]


def best_context(hits: list[Hit], evidence: list[Evidence]) -> str:
    """The evidence sentence the ranker rates best, with the sentence before it."""
    if not evidence:
        return ""
    best = max(evidence, key=lambda e: e.relevance)
    return f"{_sentence_before(hits, best)} {best.sentence}".strip()


def referred_context(hits: list[Hit], evidence: list[Evidence]) -> str:
    """The evidence sentence the ranker rates best, after the sentences its references are
    resolved in (`rag.evidence.sentences_before`) when it refers back (`needs_context`), else
    after the sentence before it, as `best_context` reads it."""
    if not evidence:
        return ""
    best = max(evidence, key=lambda e: e.relevance)
    if needs_context(best.sentence):
        before = sentences_before(hits).get((best.doc_id, best.start), "")
    else:
        before = _sentence_before(hits, best)
    return f"{before} {best.sentence}".strip()


def _sentence_before(hits: list[Hit], sentence: Evidence) -> str:
    """The sentence before an evidence sentence, from the retrieved passage that holds both;
    "" when none does."""
    for hit in (h for h in hits if h.doc_id == sentence.doc_id):
        for s in (s for s in hit.sentences if s.start == sentence.start):
            return next((p.text for p in hit.sentences if p.index == s.index - 1), "")
    return ""


def near_synonyms(
    question: str,
    evidence_text: str,
    missing: set[str],
    embed_words: Callable[[list[str]], np.ndarray],
    threshold: float = 0.6,
) -> set[str]:
    """Missing question terms that some evidence word is close to in embedding space."""
    question_words = {w for w in WORD.findall(question) if terms(w) and terms(w)[0] in missing}
    evidence_words = sorted({w.lower() for w in WORD.findall(evidence_text) if terms(w)})
    if not question_words or not evidence_words:
        return set()
    ordered = sorted(question_words)
    vectors = embed_words(ordered + evidence_words)
    similarity = vectors[: len(ordered)] @ vectors[len(ordered) :].T
    close = zip(ordered, similarity.max(axis=1), strict=True)
    return {terms(w)[0] for w, best in close if best >= threshold}


@dataclass(frozen=True)
class Calibration:
    names: tuple[str, ...]  # the `Features` the model reads, in its order
    model: LogisticModel
    threshold: float

    def probability(self, f: Features) -> float:
        return self.model.probability([getattr(f, name) for name in self.names])


@lru_cache(maxsize=4)
def load_calibration(path: Path = CALIBRATION, use_generator: bool = False) -> Calibration:
    """The fitted model for evidence features alone, or with the generator's yes-probability."""
    data = json.loads(path.read_text(encoding="utf-8"))
    section = data["with_generator" if use_generator else "evidence_only"]
    return Calibration(
        names=tuple(section["features"]),
        model=LogisticModel.from_json(section),
        threshold=float(section["threshold"]),
    )


def decided(probability: float, threshold: float, settled: bool, unanswered: bool) -> float:
    """The answerability an answer reports: the calibrated `probability`, scaled below the
    `threshold` when the question's form or the evidence leaves it `unanswered` (the rules of
    `rag.answering` that refuse whatever the model says, or no evidence at all), and scaled
    into the range from the threshold up when the form `settled` the answer (a role's holder
    named, a person introduced). So a refused answer never reports more answerability than an
    answered one would need, the score ranks questions as the decision does, and within each
    group the probability's order is kept. A threshold outside 0 to 1 is taken as its bound."""
    threshold = min(max(threshold, 0.0), 1.0)
    if settled:
        return threshold + probability * (1 - threshold)
    if unanswered:
        return probability * threshold
    return probability
