"""Correcting misspelt question words: "waht did Peskv say?" asks "what did Peskov say?".

A misspelt word is a term that no article holds, so the refusal model weighs it as the question's
rarest key term, missing from every sentence, and refuses; a misspelt question word ("waht",
"wehn") also hides the kind of answer asked for. A word is corrected only when

- no indexed article holds it, nor do the passages retrieved for the question as a run of
  letters ("Agro" of "Agro-Industry"), and it is no common English word: a word the articles
  lack but people often write ("population", "flee", "lose") is a real question about something
  they do not say, and is left for the refusal to weigh;
- exactly one candidate is one edit away (a letter added, dropped or changed, or two neighbours
  swapped) and starts with the same letter, as misspellings seldom change the first: a question or
  auxiliary word, or a word of the passages retrieved for the question, which the articles hold.
  Of several, a swap of two letters is taken, the commonest slip ("wehre" is "where", not
  "were"), or else the word left unfinished ("wher" is "where", not "when"). A final letter
  added or dropped makes another name ("Peskova" is not "Peskov"), so it is no slip (a plural or
  possessive "s" needs no correction: the articles hold its stem), but for a question or
  auxiliary word, which can be left unfinished.

A word written without the accents the articles give it ("Francois", "Cevennes") is corrected to
the accented form whether or not it is common.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from rapidfuzz.distance import OSA

from rag.lexical import STOPWORDS

# Shorter words are one edit away from too many others.
MIN_LENGTH = 4
# Zipf frequency of a common English word: at least once in a million words.
COMMON_ZIPF = 3.0
# Runs of letters: "Peskov’s" holds "Peskov", "Russia-Ukraine" holds "Russia" and "Ukraine".
_LETTERS = re.compile(r"[^\W\d_]+")
# What comes before a word that opens a sentence: nothing, or a full stop and perhaps a quote.
_SENTENCE_END = re.compile(r"(?:^|[.!?:][\"”’)]*)\s*[\"“‘(]*\Z")


def corrected(
    question: str, known: Callable[[str], bool], passages: Callable[[str], list[str]]
) -> str:
    """`question` with its misspelt words corrected to words of the `passages` it retrieves;
    those are retrieved only when a word may be misspelt."""
    words = misspelt(question, known)
    fixes = corrections(words, passages(question)) if words else {}
    if not fixes:
        return question
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, fixes)) + r")\b")
    return pattern.sub(lambda m: fixes[m[1]], question)


def misspelt(question: str, known: Callable[[str], bool]) -> set[str]:
    """The words of `question` that may be misspelt: runs of at least `MIN_LENGTH` letters that
    are no question or auxiliary word and that no indexed article holds (`known`)."""
    return {
        w
        for w in _LETTERS.findall(question)
        if len(w) >= MIN_LENGTH and w.lower() not in STOPWORDS and not known(w)
    }


def corrections(words: Iterable[str], texts: Iterable[str]) -> dict[str, str]:
    """Each of the misspelt `words` that has a correction, with it: a word of `texts` (the
    retrieved passages) or a question or auxiliary word, capitalised where the user capitalised
    the misspelt word."""
    from wordfreq import zipf_frequency  # its word lists take a tenth of a second to import

    written = {**{w: w for w in STOPWORDS if w.isalpha()}, **_as_written(texts)}
    folded_pool = {c: _folded(c) for c in written}
    found = {}
    for word in words:
        if word.lower() in written:
            continue  # the passages hold it: "Agro" of "Agro-Industry", one word to the index
        folded = _folded(word)
        same = {c for c, f in folded_pool.items() if f == folded}
        near = same or {
            c for c, f in folded_pool.items() if _one_slip(folded, f, unfinished=c in STOPWORDS)
        }
        if len(near) > 1:  # "wehre": "where" (a swap) rather than "were"; "wher": "where"
            near = {c for c in near if sorted(folded_pool[c]) == sorted(folded)} or {
                c for c in near if folded_pool[c].startswith(folded)
            }
        if len(near) == 1 and (same or zipf_frequency(word, "en") < COMMON_ZIPF):
            fix = written[near.pop()]
            found[word] = fix[:1].upper() + fix[1:] if word[:1].isupper() else fix
    return found


def _one_slip(word: str, candidate: str, unfinished: bool = False) -> bool:
    """Whether `candidate` is one edit from `word` (both folded) with the same first letter. A
    final letter added or dropped is no slip but another name: "Peskova" is not "Peskov"; but
    a question or auxiliary word may be left `unfinished` ("wher")."""
    if candidate == word or candidate[:1] != word[:1]:
        return False
    if candidate == word[:-1] or (word == candidate[:-1] and not unfinished):
        return False
    return OSA.distance(word, candidate, score_cutoff=1) <= 1


def _as_written(texts: Iterable[str]) -> dict[str, str]:
    """Each word of `texts`, keyed by lower case, as they write it within a sentence: in lower
    case when they ever do, else capitalised ("Peskov", "vBNS"). A word seen only opening a
    sentence ("Travel by train: ...") is taken in lower case."""
    within: dict[str, str] = {}
    opening: set[str] = set()
    for text in texts:
        for found in _LETTERS.finditer(text):
            word, key = found[0], found[0].lower()
            if _SENTENCE_END.search(text, max(0, found.start() - 8), found.start()):
                opening.add(key)
            elif key not in within or word == key:
                within[key] = word
    return {**{key: key for key in opening}, **within}


def _folded(word: str) -> str:
    """Lower case without accents: "Jumièges" -> "jumieges"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
