"""Countries by their other names: news writes a capital for its government ("Washington urged
Pyongyang ...", "Moscow has denied ...") where a reader asks about the United States, North
Korea or Russia, and the other way round; it also writes a country's people ("Russian
officials") and the initials of a name of several words ("US", "U.S.", "UK", "UAE").

A question naming a country in one of these forms is about the same country as a sentence
naming it in another, so the checks that a sentence mentions every name of the question
(`rag.citations.unmentioned`) accept either. The names, capitals and nationalities come from the
`countryinfo` package's tables. Territories of under a million people are left out: their
capitals are often someone's name ("Stanley", "Hamilton", "Diego Garcia") and their initials
everyday ones ("AS", "TB"); a country the tables give no population but a people's name is kept
(Wales, "Welsh"). A form that several countries share ("Chinese" of Hong Kong too, "Congolese")
is the most populous one's. A nationality of a country no table lists ("Valdorian" of Valdoria)
is found by its ending (`rag.citations`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from countryinfo import CountryInfo, all_countries

from rag.lexical import STOPWORDS

# Countries and territories smaller than this are not looked for.
_MIN_POPULATION = 1_000_000
# "U.S." is "US".
_DOTTED = re.compile(r"\b((?:[A-Z]\.){2,})")
# A capitalised word before a form, other than a stop word ("In Mexico") or initials
# (`_of_the_country`), makes it part of another name: "New Mexico", "New Jersey".
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’-]*)\s+$")


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """One pattern for every country's name, capital and nationality, matched as capitalised
    words, one for the initials of its name, matched in capitals only ("US", never "us"), and
    each form's country, by its index."""
    by_form: dict[str, tuple[int, int]] = {}  # form: (population, index)
    initials: set[str] = set()
    for index, country in enumerate(all_countries()):
        if not _looked_for(country):
            continue
        population = country.population() or 0
        name = country.name().removeprefix("The ")
        forms = [name, *(country.demonym() or "").split(","), *_capitals_of(country)]
        words = name.split()
        if len(words) > 1 and all(w[0].isupper() for w in words):
            forms.append("".join(w[0] for w in words))
            initials.add(forms[-1])
        for form in filter(None, (f.strip() for f in forms)):
            key = form if form in initials else form.lower()
            if key not in by_form or by_form[key][0] < population:
                by_form[key] = (population, index)
    written = sorted((f for f in by_form if f not in initials), key=len, reverse=True)
    names = re.compile(rf"\b({'|'.join(map(re.escape, written))})s?\b", re.IGNORECASE)
    in_capitals = re.compile(rf"\b({'|'.join(sorted(initials, key=len, reverse=True))})\b")
    return names, in_capitals, {form: index for form, (_, index) in by_form.items()}


def _looked_for(country: CountryInfo) -> bool:
    """Whether a country of the tables is looked for: one of a million people or more, or a
    nation the tables give no population (`_unmeasured_nation`)."""
    return (country.population() or 0) >= _MIN_POPULATION or _unmeasured_nation(country)


def _capitals_of(country: CountryInfo) -> list[str]:
    """A country's capitals as news writes them ("Washington", not "Washington D.C."); the
    tables give one city or a list of them."""
    capitals = country.capital() or []
    return [
        c.removesuffix(" D.C.") for c in ([capitals] if isinstance(capitals, str) else capitals)
    ]


def _unmeasured_nation(country: CountryInfo) -> bool:
    """Whether the tables give `country` no population but a people's adjective of one word:
    Wales ("Welsh"), not uninhabited Heard Island ("Heard and McDonald Islander")."""
    demonym = (country.demonym() or "").strip()
    return country.population() is None and bool(demonym) and " " not in demonym


def is_form(word: str) -> bool:
    """Whether `word` (any case) is a country's name, capital or nationality, or a word of one:
    a cheap test before looking for countries in a text."""
    return word.lower() in _form_words()


@lru_cache(maxsize=1)
def _form_words() -> frozenset[str]:
    return frozenset(w.lower() for form in _forms()[2] for w in form.split())


def is_nationality(word: str) -> bool:
    """Whether `word` is a country's people's adjective ("Russian", "Scottish", "Welsh")."""
    return word in _nationalities()


def is_capital(name: str) -> bool:
    """Whether `name` is a country's capital ("Riyadh", "Washington"), a city, where the
    country's name and people are not."""
    return name in _capitals()


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """The capitals `_forms` finds countries by, as they are written."""
    return frozenset(
        c for country in all_countries() if _looked_for(country) for c in _capitals_of(country)
    )


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """Every country's people, of one word, whatever its population."""
    return frozenset(
        form.strip()
        for country in all_countries()
        for form in (country.demonym() or "").split(",")
        if form.strip() and " " not in form.strip()
    )


def countries(text: str) -> dict[int, set[str]]:
    """The countries `text` names in any of their forms, each with the forms it writes, as they
    are written; not a form that is part of a longer name ("New Mexico")."""
    names, in_capitals, country_of = _forms()
    text = _DOTTED.sub(lambda m: m[1].replace(".", ""), text)
    found: dict[int, set[str]] = {}
    for pattern, key in ((names, str.lower), (in_capitals, str)):
        for match in pattern.finditer(text):
            before = _NAME_BEFORE.search(text, 0, match.start())
            if not match[0][0].isupper() or (before and not _of_the_country(before[1], match[0])):
                continue
            found.setdefault(country_of[key(match[1])], set()).add(match[1])
    return found


def _of_the_country(word: str, form: str) -> bool:
    """Whether a capitalised word before a country's `form` leaves it that country: a stop word
    ("In Mexico") or initials of three to five letters, which name a body of the country ("MND
    Scotland", "NHS Scotland"), where any other word makes another name ("New Mexico", "George
    Washington"). Not in a line written in capitals ("NEW MEXICO OFFICIALS"), where every word
    looks like initials, nor Roman numerals ("World War II Germany")."""
    initials = 3 <= len(word) <= 5 and word.isupper() and not form.isupper()
    return word.lower() in STOPWORDS or (initials and not _ROMAN.fullmatch(word))


_ROMAN = re.compile(r"[IVXLC]+")


def named_otherwise(named: str, text: str) -> set[str]:
    """The forms of country names in `named` whose country `text` names in another form:
    "Moscow" when the text says "Russia", "Washington" when it says "US officials"."""
    asked = countries(named)
    mentioned = countries(text) if asked else {}
    return {form for country in asked.keys() & mentioned.keys() for form in asked[country]}
