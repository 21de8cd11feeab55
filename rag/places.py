"""Countries by their other names: news writes a capital for its government ("Washington urged
Pyongyang ...", "Moscow has denied ...") where a reader asks about the United States, North
Korea or Russia, and the other way round; it also writes a country's people ("Russian
officials") and the initials of a name of several words ("US", "UK", "UAE").

A question naming a country in one of these forms is about the same country as a sentence
naming it in another, so the checks that a sentence mentions every name of the question
(`rag.citations.unmentioned`) accept either. The names, capitals and nationalities come from the
`countryinfo` package's tables of the world's countries and territories.
"""

from __future__ import annotations

import re
from functools import lru_cache

from countryinfo import all_countries


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, set[int]]]:
    """One pattern for every country's name, capital and nationality, matched as capitalised
    words, one for the initials of its name, matched in capitals only ("US", never "us"), and
    each form's countries by their index (the Northern Mariana Islands' people are "American"
    too)."""
    country_of: dict[str, set[int]] = {}
    initials: list[str] = []
    for index, country in enumerate(all_countries()):
        name = country.name()
        forms = [name, *(country.demonym() or "").split(",")]
        capitals = country.capital() or []  # one city, or a list of them
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            if "/" not in capital:
                forms.append(capital.removesuffix(" D.C."))
        for form in filter(None, (f.strip() for f in forms)):
            country_of.setdefault(form.lower(), set()).add(index)
        words = name.split()
        if len(words) > 1 and all(w[0].isupper() for w in words):
            abbreviation = "".join(w[0] for w in words)
            country_of.setdefault(abbreviation, set()).add(index)
            initials.append(abbreviation)
    written = sorted((f for f in country_of if not f.isupper()), key=len, reverse=True)
    names = re.compile(rf"\b({'|'.join(map(re.escape, written))})s?\b", re.IGNORECASE)
    capitals = re.compile(rf"\b({'|'.join(sorted(initials, key=len, reverse=True))})\b")
    return names, capitals, country_of


def countries(text: str) -> dict[int, set[str]]:
    """The countries `text` names in any of their forms, each with the forms it writes, as they
    are written."""
    names, capitals, country_of = _forms()
    found: dict[int, set[str]] = {}
    for pattern, key in ((names, str.lower), (capitals, str)):
        for match in pattern.finditer(text):
            if match[0][0].isupper():
                for country in country_of[key(match[1])]:
                    found.setdefault(country, set()).add(match[1])
    return found


def named_otherwise(named: str, text: str) -> set[str]:
    """The forms of country names in `named` whose country `text` names in another form:
    "Moscow" when the text says "Russia", "Washington" when it says "US officials"."""
    mentioned = countries(text)
    asked = countries(named)
    return {form for country in asked.keys() & mentioned.keys() for form in asked[country]}
