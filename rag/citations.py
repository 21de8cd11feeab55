"""Citations attached and verified by the system, not trusted to the model.

Each answer sentence is aligned to the evidence sentences that support it: enough of its content
terms must appear there, and every number and name it states must appear in a sentence it cites.
Markers the model wrote are hints at most; invented or out-of-range ones are dropped, and an
answer sentence that no evidence supports is removed. A number or name that is in no evidence
sentence therefore never reaches the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.initialisms import SPELT_OUT
from rag.lexical import STOPWORDS, terms
from rag.places import is_form, named_otherwise
from rag.sentences import split_sentences
from rag.types import Citation, Evidence

MARKER = re.compile(r"\s*\[(\d{1,3})\]")
_ANY_BRACKET_MARKER = re.compile(r"\s*\[(?:\d{1,3}(?:\s*[,;-]\s*\d{1,3})*|source \d+)\]", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Digits that belong to a name rather than count anything: "5G", "3D", "G7", "F-35", "COVID-19"
# (not "mid-2019", nor "10M" or "7B", amounts).
_IN_NAME = re.compile(r"\b[A-Z][A-Za-z]*-?\d+(?:[.,]\d+)*|\b\d+[AC-JLN-Z]\b")
# A word starts with a letter, and not inside another: "5G" is no name "G", nor "737MAX" "AX".
_WORD = re.compile(r"(?<!\w)[A-Za-z][\w'’-]*")
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}  # fmt: skip
_LEAD_IN = re.compile(r"^(?:answer|final answer|response)\s*:\s*", re.I)


@dataclass(frozen=True)
class CitedText:
    text: str
    citations: tuple[Citation, ...]


def numbers(text: str, words: bool = True, in_names: bool = True) -> set[str]:
    """Numbers stated in `text`, normalised ("1,500km" -> "1500"), with number words ("seven")
    unless `words` is false, and digits that are part of a name ("5G", "G7") unless `in_names`
    is false: a question about "Estmark's 5G auction" states no number the answer must hold."""
    if not in_names:
        text = _IN_NAME.sub(" ", text)
    found = {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}
    if words:
        found |= {
            _NUMBER_WORDS[w.lower()] for w in _WORD.findall(text) if w.lower() in _NUMBER_WORDS
        }
    return found


def in_its_decade(year: str, question: str, text: str) -> bool:
    """Whether `year`, which the question writes as a decade ("from the 1970s"), is stated in
    `text` by a year of that decade ("in 1977") or the decade itself."""
    return f"{year}s" in _DECADE.findall(question) and bool(
        re.search(rf"(?<![\w.,]){year[:3]}\d(?:s\b|(?![\w.,]?\d))", text)
    )


# A decade: "1970s", "the mid-2020s".
_DECADE = re.compile(r"(?<![\w.,])(?:1\d{2}|20\d)0s\b")


def names(text: str) -> set[str]:
    """Capitalised words: names of people, places, bodies.

    A sentence's first word is capitalised anyway, so it counts only when the word after it is
    capitalised too, as the first of a name ("Jury Hartmanis", a small model's rewrite of "Juris
    Hartmanis"). An initialism is a name even when it spells a stop word ("US"). Names joined
    by a hyphen ("the Kim-Putin summit", "US-China talks") are each a name.
    """
    result = set()
    for sentence in split_sentences(text):
        found = _WORD.findall(sentence.text)
        opens_name = len(found) > 1 and found[1][0].isupper()
        for word in found if opens_name else found[1:]:
            for part in word.split("-") if _JOINED_NAMES.fullmatch(word) else [word]:
                if part[0].isupper() and (part.lower() not in STOPWORDS or _INITIALISM.match(part)):
                    result.add(_normalised(part))
    return result


# Names joined by a hyphen: "Kim-Putin", "US-China"; "Suk-yeol" is one name.
_JOINED_NAMES = re.compile(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+")


def words(text: str) -> set[str]:
    """Every word of `text`, normalised as `names` normalises them, to look names up in; the
    names a hyphen joins ("Kim-Putin") also one by one."""
    found = _WORD.findall(text)
    joined = [part for w in found if _JOINED_NAMES.fullmatch(w) for part in w.split("-")]
    return {_normalised(w) for w in [*found, *joined]}


def unmentioned(named: str, text: str) -> set[str]:
    """The names in `named` (`names`) that `text` mentions in none of the forms news writes a
    name in: as it is, as the nationality of a country it names or the country of a nationality
    ("Japanese media" and "Japan's Kyodo News"), as an initialism of its capitalised words or
    with full stops ("UN" and "United Nations", "US" and "U.S."), or spelt out ("TV" and
    "television"), as its country's capital or the other way round ("Moscow" and "Russia",
    `rag.places`), or as a planet or its adjective ("Martian" and "Mars")."""
    written = words(text)
    missing = names(named) - written - _tongue_of_meaning(named)
    if not missing:
        return missing
    seen = written | _initialisms(text) | {_OF_A_PLANET[w] for w in written if w in _OF_A_PLANET}
    seen |= {adjective for adjective, planet in _OF_A_PLANET.items() if planet in written}
    seen |= _dollars_of(named, text)
    if any(is_form(name) for name in missing - seen):
        seen |= words(" ".join(named_otherwise(named, text)))
    described = _describing(named) | _describing(text)
    lower = text.lower()
    return {
        name
        for name in missing
        if name not in seen
        and not any(_country_and_nationality(name, word, described) for word in seen)
        and not any(re.search(rf"\b{spelt}\b", lower) for spelt in _SPELT_OUT.get(name, ()))
    }


def _tongue_of_meaning(question: str) -> set[str]:
    """The language a question asks a meaning in, which no text need name: "english" of "What
    does the title Y Gorlan mean in English?", answered by "Y Gorlan, which means The Fold"."""
    asked = _MEANING_IN.search(question)
    return {_normalised(asked[1])} if asked else set()


# "... mean in English?", "... called in Welsh?" (not "What did Biden say in Warsaw?").
_LANGUAGES = (
    "English|Welsh|Gaelic|Irish|Scots|Cornish|Latin|French|German|Spanish|Italian|Portuguese|"
    "Dutch|Russian|Ukrainian|Polish|Chinese|Mandarin|Cantonese|Japanese|Korean|Arabic|Turkish|"
    "Greek|Hebrew|Hindi|Urdu|Punjabi|Bengali|Swedish|Norwegian|Danish|Finnish|Icelandic"
)
_MEANING_IN = re.compile(
    r"\b(?:mean|means|meant|translated?|translates|called|say|said|spelt|spelled)\b"
    rf"[^?]*\bin\s+({_LANGUAGES})\W*$"
)


_INITIALISM = re.compile(r"^[A-Z]{2,5}s?$")
# Dollars of the United States, and a sum in dollars of no other country: "$4m", "about 2
# million dollars", "131 million US dollars" (not "NZ$5 million", "3 million Namibian dollars").
_DOLLARS_OF_THE_US = re.compile(r"\b(US|U\.S\.|American)\s+dollars?\b")
_PLAIN_DOLLARS = re.compile(
    r"(?<![A-Za-z])\$\s?\d"
    r"|\d(?:\s+(?:thousand|million|billion|trillion))?\s+(?:(?:US|U\.S\.|American)\s+)?dollars?\b"
)
_DESCRIBES = re.compile(r"\b([A-Z][a-z]+)\s+[a-z]")
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w’'-]*)+")
# Common nouns that news abbreviates in capitals, by their words.
_SPELT_OUT = {initials.lower(): spelt for initials, spelt in SPELT_OUT.items()}
# The planets whose adjectives news writes for them: "the Martian atmosphere" is that of Mars.
_OF_A_PLANET = {
    "martian": "mars",
    "venusian": "venus",
    "jovian": "jupiter",
    "saturnian": "saturn",
    "mercurian": "mercury",
}
# A country's name and its nationality differ in their endings: Japan and Japanese, Russia and
# Russian, China and Chinese, Ukraine and Ukrainian, Italy and Italian, Germany and German.
_COUNTRY_ENDINGS = {"", "a", "e", "y"}
_NATIONALITY_ENDINGS = {"n", "an", "ian", "ean", "ese", "i", "ish", "ns", "ans", "ians"}


def _initialisms(text: str) -> set[str]:
    """The initialisms a text spells out or writes with full stops: "un" and "unsc" for "the
    United Nations Security Council", "us" for "U.S."."""
    found = {m[0].replace(".", "").lower() for m in _DOTTED.finditer(text)}
    for run in _CAPITALISED_RUN.finditer(text):
        initials = [w[0].lower() for w in run[0].split() if w[0].isupper()]
        for start in range(len(initials)):
            for end in range(start + 2, min(len(initials), start + 6) + 1):
                found.add("".join(initials[start:end]))
    return found


def _dollars_of(named: str, text: str) -> set[str]:
    """The country a question's dollars are of, where `text` gives a sum in dollars of no other
    country: news writes US dollars plain ("9.2 billion ariary, or about 2 million dollars"), so
    they answer "What is it worth in US dollars?"; "Namibian dollars" do not."""
    asked = set()
    for m in _DOLLARS_OF_THE_US.finditer(named):
        asked |= words(m[1]) | {_normalised(m[1].replace(".", ""))}
    # "How many US dollars did the US pledge?" names the US besides its dollars.
    asked -= names(_DOLLARS_OF_THE_US.sub(" ", named))
    if not asked:
        return set()
    return asked if _PLAIN_DOLLARS.search(text) else set()


def _describing(text: str) -> set[str]:
    """Capitalised words that describe the lower-case word after them, as a nationality does
    ("Japanese media"); a first name is followed by a capitalised word ("Marian Kovac")."""
    return {_normalised(m[1]) for m in _DESCRIBES.finditer(text)}


def country_of(nationality: str, country: str) -> bool:
    """Whether `nationality` ("Korean", "Russian", "Japanese") is the nationality of `country`
    ("korea", "russia", "japan"), in any case."""
    a, b = nationality.lower(), country.lower()
    return a != b and _country_and_nationality(a, b, {a})


def _country_and_nationality(a: str, b: str, described: set[str]) -> bool:
    """Whether `a` and `b` are a country's name and its nationality, either way round, the
    nationality used as one (in `described`)."""
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    if common < 4:
        return False
    forms = {(a, b), (b, a)}
    return any(
        nationality in described
        and (
            (country[common:] in _COUNTRY_ENDINGS and nationality[common:] in _NATIONALITY_ENDINGS)
            or (country[common:], nationality[common:]) == ("y", "")
        )
        for country, nationality in forms
    )


def _normalised(word: str) -> str:
    """Lower case, straight apostrophe, no possessive: "Kim’s", "the Coultases’" and "kim",
    "coultases" are one name each."""
    return word.lower().replace("’", "'").removesuffix("'s").rstrip("'")


def unsupported_facts(claim: str, sources: list[str]) -> set[str]:
    """Numbers and names in `claim` that none of `sources` contains."""
    source_text = " ".join(sources)
    missing = numbers(claim) - numbers(source_text)
    return missing | unmentioned(claim, source_text)


def marker_numbers(text: str) -> list[int]:
    """The [n] markers in `text`, in order."""
    return [int(m) for m in MARKER.findall(text)]


def strip_markers(text: str) -> str:
    return _ANY_BRACKET_MARKER.sub("", text).strip()


def attach_citations(answer: str, evidence: list[Evidence], min_support: float = 0.5) -> CitedText:
    """Keep the answer sentences that evidence supports, each followed by its markers."""
    answer = _LEAD_IN.sub("", answer.strip())
    kept: list[str] = []
    used: dict[int, Evidence] = {}
    for sentence in split_sentences(answer):
        hinted = {int(m) for m in MARKER.findall(sentence.text)}
        claim = strip_markers(sentence.text)
        cited = align(claim, evidence, hinted, min_support)
        if cited is None:  # unsupported: removed
            continue
        for e in cited:
            used[e.marker] = e
        markers = "".join(f" [{e.marker}]" for e in sorted(cited, key=lambda e: e.marker))
        kept.append(with_markers(claim, markers))
    citations = tuple(
        Citation(e.marker, e.sentence, e.doc_id, e.title, e.source, e.start, e.end)
        for _, e in sorted(used.items())
    )
    return CitedText(" ".join(kept), citations)


def align(
    claim: str, evidence: list[Evidence], hinted: set[int], min_support: float
) -> list[Evidence] | None:
    """The evidence sentences that support `claim`, or None when none does.

    Support is the share of the claim's content terms found in the cited sentences; the single
    best sentence is preferred (a hinted one on ties), a second is added only to cover terms,
    numbers or names the first lacks.
    """
    claim_terms = set(terms(claim))
    if not claim_terms or not evidence:
        return None
    term_sets = {e.marker: set(terms(e.sentence)) for e in evidence}

    def support(cited: list[Evidence]) -> float:
        covered = set().union(*(term_sets[e.marker] for e in cited))
        return len(claim_terms & covered) / len(claim_terms)

    ranked = sorted(
        evidence, key=lambda e: (support([e]), e.marker in hinted, -e.marker), reverse=True
    )
    options = [[e] for e in ranked] + [[a, b] for a in ranked[:3] for b in ranked if b is not a]
    for cited in options:
        if support(cited) >= min_support and not unsupported_facts(
            claim, [e.sentence for e in cited]
        ):
            return cited
    return None


def with_markers(sentence: str, markers: str) -> str:
    """Markers go before a final full stop ("... train [1]."), else after the sentence."""
    sentence = sentence.rstrip()
    if sentence and sentence[-1] in ".!?":
        return sentence[:-1] + markers + sentence[-1]
    if sentence and sentence[-1] in "\"”’'":
        return sentence + markers
    return sentence + markers + "."
