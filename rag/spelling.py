"""Correcting misspelt question words: "waht did Peskv say?" asks "what did Peskov say?".

A misspelt word is a term that no article holds, so the refusal model weighs it as the question's
rarest key term, missing from every sentence, and refuses; a misspelt question word ("waht",
"wehn") also hides the kind of answer asked for. A word is corrected only when

- no indexed article holds it, and it is no common English word: a word the articles lack but
  people often write ("population", "flee", "lose") is a real question about something they do
  not say, and is left for the refusal to weigh;
- exactly one candidate is one edit away (a letter added, dropped or changed, or two neighbours
  swapped) and starts with the same letter, as misspellings seldom change the first: a question or
  auxiliary word, or a word of the passages retrieved for the question, which the articles hold.
  Of several, a swap of two letters is taken, the commonest slip ("wehre" is "where", not
  "were").

A word written without the accents the articles give it ("Francois", "Cevennes") is corrected to
the accented form whether or not it is common.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from rag.lexical import STOPWORDS, WORD

# Shorter words are one edit away from too many others.
MIN_LENGTH = 4
# Zipf frequency of a common English word: at least once in a million words.
COMMON_ZIPF = 3.0
_POSSESSIVE = re.compile(r"['’]s?$")


def corrections(
    question: str, known: Callable[[str], bool], candidates: Iterable[str]
) -> dict[str, str]:
    """Each misspelt word of `question` with its correction (empty when there is none).

    `known(word)` says whether the indexed articles hold a word; `candidates` are the words to
    correct to besides the question and auxiliary words: those of the retrieved passages.
    """
    words = misspelt(question, known)
    if not words:
        return {}
    # Each candidate as the articles first write it ("Peskov", "vBNS"), keyed by lower case.
    written: dict[str, str] = {}
    for c in [*map(_noun, candidates), *STOPWORDS]:
        if c.isalpha():
            written.setdefault(c.lower(), c)
    folded_pool = {c: _folded(c) for c in written}
    found = {}
    for word in words:
        folded = _folded(word)
        same = {c for c, f in folded_pool.items() if f == folded and c != word.lower()}
        near = same or {
            c
            for c, f in folded_pool.items()
            if f[:1] == folded[:1] and OSA.distance(folded, f, score_cutoff=1) <= 1
        }
        if len(near) > 1:  # "wehre": "where" (a swap) rather than "were"
            near = {c for c in near if sorted(folded_pool[c]) == sorted(folded)}
        if len(near) == 1 and (same or zipf_frequency(word, "en") < COMMON_ZIPF):
            found[word] = _cased_like(word, written[near.pop()])
    return found


def misspelt(question: str, known: Callable[[str], bool]) -> set[str]:
    """The words of `question` that may be misspelt: long enough, letters only, and not in the
    indexed articles (`known`); a possessive as its noun ("Peskv" of "Peskv's")."""
    words = map(_noun, WORD.findall(question))
    return {
        w
        for w in words
        if len(w) >= MIN_LENGTH and w.isalpha() and w.lower() not in STOPWORDS and not known(w)
    }


def corrected(
    question: str, known: Callable[[str], bool], passages: Callable[[str], list[str]]
) -> str:
    """`question` with its misspelt words corrected, to the words of the `passages` it
    retrieves; those are retrieved only when a word may be misspelt."""
    if not misspelt(question, known):
        return question
    words = [w for text in passages(question) for w in WORD.findall(text)]
    return correct(question, corrections(question, known, words))


def correct(question: str, fixes: dict[str, str]) -> str:
    """`question` with each word in `fixes` replaced by its correction."""
    if not fixes:
        return question
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, fixes)) + r")\b")
    return pattern.sub(lambda m: fixes[m[1]], question)


def _noun(word: str) -> str:
    """A possessive as its noun: "Peskov’s" -> "Peskov"."""
    return _POSSESSIVE.sub("", word)


def _folded(word: str) -> str:
    """Lower case without accents: "Jumièges" -> "jumieges"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _cased_like(word: str, correction: str) -> str:
    """The correction as the articles write it, capitalised where the user capitalised a word
    they write in lower case ("Waht" -> "What")."""
    return correction[:1].upper() + correction[1:] if word[:1].isupper() else correction
