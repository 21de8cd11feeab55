"""Lexical matching: one analyzer (lower-case, stop words out, Snowball stems) for BM25 and for
the term-overlap scores that evidence selection uses, so both agree on what a "term" is.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import threading
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
# Question and auxiliary words carry no topic; dropping them keeps BM25 from favouring passages
# that merely contain "what" or "did".
STOPWORDS = frozenset(STOPWORDS_EN) | {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "did", "do",
    "done", "was", "were", "has", "have", "had", "been", "being", "can", "could", "would",
    "should", "may", "might", "will", "shall", "must", "about", "from", "its", "his", "her",
    "their", "our", "your", "my", "he", "she", "we", "you", "i", "me", "him", "us", "them",
    "than", "also", "any", "some", "many", "much", "more", "most", "s",
}  # fmt: skip


# The auxiliary verbs that follow a question word ("What did ...", "How many trips has ...").
AUXILIARY = r"(?:is|are|was|were|did|does|do|will|would|can|could|has|have|had)"
# A sentence that opens with a word referring back to an earlier one: "He ...", "That job, ...",
# "The latter ...", "The 54-year-old ...".
OPENS_BY_REFERRING = re.compile(
    r"^[\"“‘']?(he|she|it|they|his|her|its|their|this|that|these|those|the latter|the former|"
    r"there|such|the \d+-year-old)\b",
    re.IGNORECASE,
)
# "When" as the question's word: opening it ("When did ...?", "Since when has ...?", "By when
# must ...?"), before its verb ("Where and when did ...?") or closing it ("... appeared when?");
# not in a clause that tells the moment of something else asked ("What injury did she suffer
# when her boat capsized?").
WHEN_QUESTION = re.compile(
    r"^\W*(?:(?:by|since|until|till|from|exactly|just|roughly)\s+)?when\b"
    rf"|\bwhen\s+(?:{AUXILIARY}|must|should|shall|may|might)\b|\bwhen\W*$",
    re.IGNORECASE,
)
# A relative of someone: "father", "half-brother", "grandmother", "fiancée".
KIN = (
    r"(?:(?:grand|step|great-grand|half-)?(?:father|mother|son|daughter|brother|sister|parent|"
    r"child)|wife|husband|partner|baby|uncle|aunt|nephew|niece|cousin|boyfriend|girlfriend|"
    r"fianc[ée]e?|widow|widower)"
)
# What a word for a relative may describe that is no relative: a "parent company", a "sister
# paper".
NOT_KIN = (
    r"(?:compan(?:y|ies)|firms?|groups?|organi[sz]ations?|bod(?:y|ies)|banks?|papers?|ships?|"
    r"sites?|brands?|stations?)\b"
)
# A relative a sentence names, in any number ("his two sons", "their children"); not a "parent
# company", a "business partner" nor a "partner in the venture".
RELATIVE = re.compile(
    rf"(?<!\bbusiness\s)\b(?:{KIN}s?|children|grandchildren|wives|babies)\b"
    rf"(?!\s+{NOT_KIN})(?!(?<=partner)\s+in\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def terms(text: str) -> list[str]:
    """Stemmed content terms of `text`, in order (duplicates kept)."""
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    words = [w.replace(".", "") if w.count(".") and len(w) <= 6 else w for w in words]
    return _stemmer().stemWords([w for w in words if w not in STOPWORDS])


# The measure a "how" question asks for is no term of its topic: "How long has the war lasted?"
# is answered by "18 months of war", which never says "long", and in news text a rare word like
# "long" would otherwise be the question's heaviest term.
HOW_MEASURES = frozenset(
    "long far old big large high tall often soon deep wide heavy fast early late "
    "hot cold warm".split()
)
# "How far away", "how long ago": the adverb belongs to the measure.
_HOW_MEASURE = re.compile(
    rf"\bhow\s+(?:{'|'.join(sorted(HOW_MEASURES))})\b(?:\s+(?:away|ago)\b)?", re.IGNORECASE
)


# Prepositions of several words, whose nouns name no topic: "How much diesel was on board the
# trawler?" is answered by "The vessel was carrying about 18,000 litres of diesel."
_COMPOUND_PREPOSITION = re.compile(
    r"\b(?:on\s+board|in\s+front\s+of|on\s+top\s+of|in\s+charge\s+of|on\s+behalf\s+of|"
    r"in\s+terms\s+of|by\s+way\s+of|in\s+place\s+of|in\s+spite\s+of|on\s+account\s+of|"
    r"in\s+favou?r\s+of|in\s+addition\s+to|with\s+regard\s+to|in\s+the\s+wake\s+of|"
    r"as\s+part\s+of|in\s+the\s+middle\s+of|at\s+the\s+end\s+of|at\s+the\s+start\s+of)\b",
    re.IGNORECASE,
)


# Verbs that frame a question rather than name its topic ("What does Russia want (or need) from
# North Korea?", "How did Kim get there?", "What happened in Khasan?", "How did Seoul react?"):
# the sentences that answer seldom use them, and in a few articles they are rare enough to count
# as key terms.
_FRAMING_TERMS = frozenset(
    terms(
        "get got gets getting want wants wanted need needs needed happen happened happens "
        "react reacted reacts reaction respond responded responds response"
    )
)

# Words that name the kind of answer rather than its topic: "How did Kim travel to Russia?" asks
# for a means of transport, "What colour is the train?" for a colour, "Where does Madden work?"
# for a place or an employer. The sentence that answers names the train, the olive green or the
# Stimson Centre and seldom repeats "travel", "colour" or "work", so they are no key terms.
JOURNEY_QUESTION = re.compile(
    r"\bhow (?:did|does|do|will|would|could|can|is|was|were|are)\b[^?]*?\b"
    r"(?P<frame>travel(?:l?ed|s)?|go|get|come|arrive|fly|reach|return|journey|head|cross|"
    r"commute|flee|escape)\b",
    re.IGNORECASE,
)
# "Did Kim fly to Russia?", "Is he travelling by train?": asked whether, the answer is still
# the sentence that names the means, which seldom repeats the question's verb.
MEANS_QUESTION = re.compile(
    r"^(?:did|does|do|is|was|were|are|will|has|had)\b[^?]*?\b"
    r"(?P<frame>travel\w*|fly|flying|flew|flown|drive|driving|drove|sail\w*|ride|riding|rode)\b",
    re.IGNORECASE,
)
COLOUR_QUESTION = re.compile(
    r"\b(?:what|which)\b[^?]*?\b(?P<frame>colou?rs?)\b(?!-)", re.IGNORECASE
)
# "What relation is Connor Whitmore to the ringleader?", "How is she related to the founder?":
# answered by a relative ("Whitmore's nephew Connor Whitmore"), seldom with "relation"; not how
# an event is related to another ("How is the fire related to the storm?"), nor what relation a
# law bears to another.
KIN_QUESTION = re.compile(
    r"\b(?:(?:what|which)\s+(?=relation\s+(?:is|was|are|were)\b)"
    r"|how\s+(?:is|was|are|were)\s+(?:he|she|they|(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))\s+"
    r"(?=related\s+to\b))"
    r"(?P<frame>relation|related)\b",
    re.IGNORECASE,
)
# "What were the winning horse's odds?", "At what odds did she win?": answered by "a 33-1
# outsider", seldom with "odds"; not "at odds over", "against the odds" nor the chances of
# something ("the odds of a rate cut").
ODDS_QUESTION = re.compile(
    r"\b(?:what|which)\b[^?]*?(?<!\bat\s)(?<!\bagainst\sthe\s)(?<!\bagainst\sall\sthe\s)"
    r"\b(?P<frame>odds)\b(?!\s+(?:of|that)\b)",
    re.IGNORECASE,
)
# "What does the captain do for a living?", "What was Boone's job before he retired?", "What is
# Mestre Jorginho's day job?", "What did Solberg work as?": asked for a job, which the answer
# gives as "Graham Kellow, a 52-year-old dairy farmer" or "working as a delivery driver", seldom
# with "job" or "living" (not "job cuts", nor "How many jobs ...?").
JOB_QUESTION = re.compile(
    r"^\W*(?:and\s+)?(?:what|which)\b[^?]*?(?P<frame>"
    r"(?<=\bfor\sa\s)living\b"
    r"|(?:(?<=\bwhat\s)|(?<=\bwhich\s)|(?<=['’]s\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s))"
    r"(?:(?:day|main|regular|full-time)\s+)?(?:job|profession|occupation)"
    rf"(?=\s+(?:{AUXILIARY}|before|after|when|while|outside|at|in|with|now|then)\b|\W*$)"
    r"|(?:(?<=\bwork\s)|(?<=\bworked\s)|(?<=\bworks\s))as\b)",
    re.IGNORECASE,
)
_WHERE_QUESTION = re.compile(
    r"\bwhere (?:does|did|do|is|was|were|are|will)\b[^?]*?\b"
    r"(?P<frame>work(?:s|ed)?|live[sd]?|stud(?:y|ies|ied)|teach(?:es)?|taught)\b",
    re.IGNORECASE,
)
# "What is the new drug called?" asks for a name, which the answer gives without "called"
# ("Cardivex, a once-weekly tablet") or with another word for it ("The blaze, named ...").
CALLED_QUESTION = re.compile(
    r"^what\s+(?:is|was|are|were)\s+(?P<thing>[^?]+?)\s+(?P<frame>called|named|known\s+as)\s*\??$",
    re.IGNORECASE,
)

# "What percentage of teens sleep enough?" and "On what date did the fire start?" ask for a
# percentage and a date, which the answer gives as "41%" and "on Aug 7" without the word.
KIND_QUESTION = re.compile(
    r"\b(?:what|which)\s+(?P<frame>percentage|percent|proportion|date)\b",
    re.IGNORECASE,
)

# "What did Michael Madden say?" asks for his words, which the sentence that reports them frames
# with "said", "told" or a quotation; "say" names no topic (group "speaker": who is asked about).
# "How did the analyst describe the breach?" and "How did the chair characterise the
# campaign?" ask for words too.
SPEECH_QUESTION = re.compile(
    r"\b(?:what|how(?=[^?]{0,200}\b(?:describe|characteri[sz]e|portray)\b)) "
    r"(?:did|does|do|has|have|had|will|would|is|was|were|are) "
    r"(?P<speaker>(?:(?!(?:when|while|if|do|does|did) )[\w’'.-]+ ){0,5}"
    r"(?!(?:his|her|its|their|the|a|an) )[\w’'.-]+) "
    r"(?P<frame>say|says|said|saying|tell|tells|told|think|thinks|thought|announce|announced|"
    r"claim|claimed|comment|commented|promise|promised|pledge|pledged|insist|insisted|describe|"
    r"characteri[sz]e|portray)\b",
    re.IGNORECASE,
)


def answer_frame(question: str) -> re.Match[str] | None:
    """Where a question names the kind of answer it wants (group "frame"), if it does."""
    patterns = (
        JOURNEY_QUESTION,
        MEANS_QUESTION,
        COLOUR_QUESTION,
        ODDS_QUESTION,
        KIN_QUESTION,
        JOB_QUESTION,
        _WHERE_QUESTION,
        SPEECH_QUESTION,
        CALLED_QUESTION,
        KIND_QUESTION,
    )
    return next((m for pattern in patterns if (m := pattern.search(question))), None)


def question_terms(question: str) -> list[str]:
    """`terms` of a question, without the words that only frame it, the measure word of "how
    long", "how far" and the like, nor the nouns of a preposition of several words ("on board",
    "in charge of"). The frame is read in the question as asked: without its measure, "How long
    will it take to cross ...?" would read as "How will it ... cross?", a question for the means
    of a journey whose verb is no topic."""
    if frame := answer_frame(question):
        question = question[: frame.start("frame")] + question[frame.end("frame") :]
    question = _COMPOUND_PREPOSITION.sub(" ", _HOW_MEASURE.sub("how", question))
    return [t for t in terms(question) if t not in _FRAMING_TERMS]


def bigrams(term_list: list[str]) -> set[tuple[str, str]]:
    return set(pairwise(term_list))


def phrase_coverage(question_bigrams: set[tuple[str, str]], text_terms: list[str]) -> float:
    """Share of the question's adjacent term pairs ("jong un") that a text also has adjacent."""
    if not question_bigrams:
        return 0.0
    return len(question_bigrams & bigrams(text_terms)) / len(question_bigrams)


class BM25Index:
    """BM25 over chunk texts, persisted next to the vectors; never rebuilt per query."""

    def __init__(self, model: bm25s.BM25, ids: np.ndarray) -> None:
        self.model = model
        self.ids = ids

    @classmethod
    def build(cls, ids: np.ndarray, texts: list[str]) -> BM25Index:
        model = bm25s.BM25()
        if texts:
            model.index([terms(t) or ["\u2205"] for t in texts], show_progress=False)
        return cls(model, ids)

    @classmethod
    def load(cls, folder: Path) -> BM25Index:
        ids = np.load(folder / "ids.npy")
        model = bm25s.BM25.load(str(folder), show_progress=False) if len(ids) else bm25s.BM25()
        return cls(model, ids)

    def save(self, folder: Path) -> None:
        """Write into a temporary folder of this process and rename it into place. Another
        process may have saved the same generation first: its copy is identical and is kept."""
        tmp = folder.with_name(f"{folder.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        try:
            if len(self.ids):
                self.model.save(str(tmp), show_progress=False)
            np.save(tmp / "ids.npy", self.ids)
            (tmp / "complete.json").write_text(json.dumps({"chunks": len(self.ids)}))
            if not (folder / "complete.json").exists():
                shutil.rmtree(folder, ignore_errors=True)  # an incomplete leftover of a crash
                os.replace(tmp, folder)
        except OSError:
            if not (folder / "complete.json").exists():
                raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def weight(self, term: str) -> float:
        """Smoothed inverse document frequency, log(1 + N / df), over the indexed chunks.

        Unlike BM25's own IDF it never drops to zero for a term found in every chunk: in a
        small collection (one article) its main names are in every chunk, and a sentence that
        names them is still more relevant than one that does not.
        """
        return math.log(1 + max(len(self.ids), 1) / max(1, self.chunk_count(term)))

    def holds(self, word: str) -> bool:
        """Whether any indexed chunk holds a content term of `word` (its stem: "travelled" is
        held where "travel" is); never for a stop word, which is no term."""
        return any(self.chunk_count(t) for t in terms(word))

    def chunk_count(self, term: str) -> int:
        """How many indexed chunks hold `term`."""
        column = self.model.vocab_dict.get(term) if len(self.ids) else None
        if column is None:
            return 0
        indptr = self.model.scores["indptr"]
        return int(indptr[column + 1] - indptr[column])

    def missing_share(self, question_terms: set[str], text_terms: set[str]) -> float:
        """Weight share of the heaviest question term a text lacks (0 when it lacks none).

        One absent rare term ("population") says more about whether a text answers than the
        coverage of all terms does: the near misses share most of the question's words.
        """
        weights = {t: self.weight(t) for t in question_terms}
        # `fsum` is exact, so a set's iteration order, which varies between processes, cannot
        # move a share across a threshold (0.49999999999999994 or 0.5).
        total = math.fsum(weights.values()) or 1.0
        return max((w for t, w in weights.items() if t not in text_terms), default=0.0) / total

    def coverage(self, question_terms: set[str], text_terms: set[str]) -> float:
        """Weighted share of the question's terms that a text contains (0 to 1)."""
        total = math.fsum(self.weight(t) for t in question_terms)
        if not total:
            return 0.0
        return math.fsum(self.weight(t) for t in question_terms & text_terms) / total

    def search(
        self, query: str, n: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """Top `n` (chunk id, BM25 score) pairs with a positive score."""
        query_terms = question_terms(query)
        if not len(self.ids) or not query_terms or n <= 0:
            return []
        scores = self.model.get_scores(query_terms)
        if allowed is not None:
            scores = np.where(np.isin(self.ids, allowed), scores, 0.0)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top])]
        return [(int(self.ids[i]), float(scores[i])) for i in top if scores[i] > 0]
