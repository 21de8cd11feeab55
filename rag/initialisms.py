"""Initialisms: news spells an organisation's name out once, "the National Seismology Institute
(NSI)", and then writes only "NSI director Helena Brasch". A question that names it in full
("Who is the director of the National Seismology Institute?") shares no word with the sentence
that answers it, so its role is also looked for beside the initialism the articles give.

Readers also write common nouns as initials that an article spells out ("Who is Parcelink's
CTO?" over "its chief technology officer, Omer Yildiz"), and the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag.lexical import STOPWORDS

# A name of capitalised words (with "of", "and", "the", "for" between them) and, in brackets
# after it, an initialism: "Brenmoor Regional Transport Authority (BRTA)".
_DEFINED = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the|on)\s+)*[A-Z][\w’'-]*)+)"
    r"\s+\((?P<short>[A-Z][A-Z&]{1,7})\)"
)
_CONNECTORS = {"of", "and", "for", "the", "on"}


def defined(texts: Sequence[str]) -> dict[str, str]:
    """The names the texts give an initialism for (without their connecting words), each with
    its initialism, when the letters are those of the name's words ("United Dock and Harbour
    Workers' Union (UDHWU)"): a bracket after a name may hold anything else ("Kim Jong Un
    (left)", "Reuters (RTRS)")."""
    found = {}
    for text in texts:
        for match in _DEFINED.finditer(text):
            words = [w for w in match["name"].split() if w not in _CONNECTORS]
            for start in range(len(words) - 1):  # "The Civil Protection Agency (CPA)"
                if "".join(w[0] for w in words[start:]) == match["short"].replace("&", ""):
                    found[" ".join(words[start:])] = match["short"]
                    break
    return found


def initialism_of(name: str, texts: Sequence[str]) -> str | None:
    """The initialism `texts` give for `name` ("NSI" for "the national seismology institute"),
    whatever its case and connecting words."""
    wanted = _words(name)
    return next((short for full, short in defined(texts).items() if _words(full) == wanted), None)


def _words(name: str) -> list[str]:
    return [w.lower() for w in name.split() if w.lower() not in _CONNECTORS]


# Common nouns that news writes as initials or in full, the initials as they are written.
SPELT_OUT = {
    "CEO": ("chief executive",),
    "CFO": ("chief financial officer", "finance chief"),
    "CTO": ("chief technology officer",),
    "COO": ("chief operating officer",),
    "PM": ("prime minister",),
    "MP": ("lawmaker", "member of parliament"),
    "MPs": ("lawmakers", "members of parliament"),
    "GDP": ("gross domestic product",),
    "TV": ("television",),
    "VP": ("vice president",),
    "TB": ("tuberculosis",),
    "HQ": ("headquarters",),
    "AI": ("artificial intelligence",),
    "UN": ("United Nations",),
    "EU": ("European Union",),
    "US": ("United States",),
}
# Not "3 PM", a time.
_COMMON = re.compile(
    r"(?<!\d)(?<!\d\s)\b(" + "|".join(sorted(SPELT_OUT, key=len, reverse=True)) + r")\b"
)


def spelt_out(question: str, passages: Callable[[str], list[str]]) -> str:
    """`question` with the common initialisms it writes spelt out as the `passages` it retrieves
    spell them, when those never write the initials: the initials would be a key term that no
    sentence holds, and the question refused for it. The passages are retrieved only when the
    question writes such initials."""
    if not _COMMON.search(question):
        return question
    text = " ".join(passages(question))

    def written(match: re.Match[str]) -> str:
        # Initials that open a name stay as they are: "US Open", "AI Act".
        if re.search(rf"\b{match[0]}\b", text) or re.match(r"\s+[A-Z]", question[match.end() :]):
            return match[0]
        spellings = (s for s in SPELT_OUT[match[0]] if re.search(rf"(?i:\b{s}s?\b)", text))
        return next(spellings, match[0])

    return _COMMON.sub(written, question)


def spells_out(initialism: str, text: str) -> bool:
    """Whether `text` writes `initialism` out as consecutive words of one clause, passing over
    stop words: "the measles, mumps and rubella vaccine" for "MMR". Three letters at least:
    shorter initials are spelt by chance ("US" by "under scrutiny")."""
    if len(initialism) < 3:
        return False
    letters = initialism.lower()
    return any(
        letters in "".join(w[0] for w in _WORD.findall(clause) if w not in STOPWORDS)
        for clause in _CLAUSE_END.split(text.lower())
    )


_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[.;:!?]")
