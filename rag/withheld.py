"""What an article says was kept back: "... according to Rukundo, who declined to name it", "for
an undisclosed sum", "The group did not say how much it was demanding". A question for that very
thing has its answer in no article, and the sentence that says so shares every word of it, so
the ranker rates it best; refusing is the honest answer."""

from __future__ import annotations

import itertools
import re

from rag.attributes import WHICH_KIND
from rag.lexical import STOPWORDS, WORD, terms
from rag.measures import asked_measure, states
from rag.types import Evidence

# "declined to name it", "would not identify the buyer", "refused to disclose the price".
_NOT = r"(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|does\s+not|will\s+not)"
_KEPT_NAME = re.compile(
    rf"\b{_NOT}\s+(?:to\s+)?(?:name|identify)\s+"
    r"(?P<what>it|them|(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\b"
    r"(?=\s*(?:[,.;]|$|\s(?:but|and|saying|because|as|until|that|which|who|where)\b))",
    re.IGNORECASE,
)
# Things told of left unnamed in a clause of their own: "a Swiss cosmetics company, which were
# not named in court", "two other buyers who have not been identified".
_NOT_NAMED = re.compile(
    r",?\s+(?:which|who)\s+(?:was|were|has|have|had|is|are)\s+not\s+(?:been\s+)?"
    r"(?:named|identified)\b",
    re.IGNORECASE,
)
# Another of a kind, up to the next of a list: "a second French perfume house", "another
# German brewer".
_ANOTHER = re.compile(
    r"\b(?:an?\s+)?(?:second|third|fourth|other|another)\s+[^,;]*?(?=\s+and\s|$)", re.IGNORECASE
)
# "for an undisclosed sum", "did not say how much it was demanding", "declined to disclose the
# price", "The terms of the deal were not disclosed".
# Groups "terms" and "dealt" are a deal's terms, which a sentence stating the sum paid may keep
# back beside it.
_KEPT_SUM = re.compile(
    r"\bundisclosed\s+(?:sum|amount|fee|price|figure)\b"
    rf"|\b{_NOT}\s+(?:to\s+)?(?:say|disclose|reveal|give|specify)\s+"
    r"(?:how\s+much|(?:the|its|their|a)\s+(?:price|cost|sum|amount|fee|figure|value|(?P<terms>terms))\b)"
    r"|\b(?:price|cost|sum|amount|fee|figure|value|(?P<dealt>terms))\b[^.;]{0,40}?"
    r"\b(?:was|were|has|have)\s+not\s+(?:been\s+)?disclosed\b",
    re.IGNORECASE,
)


def withheld(question: str, evidence: list[Evidence]) -> bool:
    """Whether the best evidence sentence says that what the question asks was kept back: the
    name of the thing of the kind a which-question asks one of ("Which European development team
    ...?" over "expected to sign with a European development team, according to Rukundo, who
    declined to name it", or "... and a Swiss cosmetics company, which were not named"; not
    "In which part of Swindon ...?" over "... in the Gorse Hill area of Swindon, but it would
    not name the shop"), or the sum a question for money asks ("How
    much was paid for the mill?" over "bought for an undisclosed sum")."""
    if not evidence:
        return False
    sentence = max(evidence, key=lambda e: e.relevance).sentence
    if asked_measure(question) == "money":
        # "paid £20m for the striker but did not disclose the terms" states the sum asked.
        kept = _KEPT_SUM.search(sentence)
        return bool(kept) and not ((kept["terms"] or kept["dealt"]) and states("money", sentence))
    which = WHICH_KIND.search(question.strip())
    kind = terms(which["kind"]) if which else []
    if not kind:
        return False
    for unnamed in _NOT_NAMED.finditer(sentence):
        # What the clause is of: the things told of right before it ("Van Ommen, a Dutch
        # shipping company, carried the hops for two buyers, who were not named" names the
        # company), but not "a second French perfume house", another than one the article may
        # name.
        clause = _PUNCTUATION.split(sentence[: unnamed.start()])[-1]
        if kind[0] in terms(" ".join(_unnamed(_ANOTHER.sub(" ", clause)))):
            return True
    for kept in _KEPT_NAME.finditer(sentence):
        if kept["what"].lower() in ("it", "them"):
            # "It" or "them" is a thing the sentence told of without naming it: "with a
            # European development team, ..., who declined to name it" (not "taken to hospital,
            # and police declined to name them").
            told = " ".join(_unnamed(sentence[: kept.start()]))
        else:
            told = kept["what"]
        if kind[0] in terms(told):
            return True
    return False


def _unnamed(text: str) -> list[str]:
    """The things `text` tells of without their names, each up to a stop word, a word in -ed or
    a clause's end, which are no part of it: "European development team" of "with a European
    development team, according to ...", "storage manufacturers" of "several storage
    manufacturers", "men" of "Two men were taken to hospital"."""
    told = []
    for opening in _UNNAMED.finditer(text):
        clause = _PUNCTUATION.split(text[opening.end() :], maxsplit=1)[0]
        words = itertools.takewhile(
            lambda w: w.lower() not in STOPWORDS and not w.lower().endswith("ed"),
            WORD.findall(clause)[:_UNNAMED_WORDS],
        )
        told.append(" ".join(words))
    return told


# The word that opens a thing told of without its name; a name and kind take a few words more.
_UNNAMED = re.compile(r"\b(?:a|an|one|two|three|several|some|other|another)\s", re.IGNORECASE)
_UNNAMED_WORDS = 4
# Where a clause ends in writing (a count's clause, `rag.measures`, ends at verbs too).
_PUNCTUATION = re.compile(r"[,.;:()]")
