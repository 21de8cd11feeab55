"""Measures: what "How tall", "How old" or "How often" asks for, and whether a sentence states it.

Any number used to pass for the answer to a "how" question, so "How tall is Kim Jong Un?",
over an article that never gives his height, quoted a photo caption dated "Sept 10", and "How
old is Dmitry Peskov?" quoted his words. A height or a distance is a number with a unit of
length, an age a number of years (or a birth or a founding), a frequency a count of times, a
speed a distance per hour, a weight a unit of mass; an article that states none of them does
not answer. "How many", "how much", "how long" and "how large" take any number, as their answers
come in too many forms ("since the 1950s", "five to ten years", "100,000 troops").
"""

from __future__ import annotations

import re

from rag.types import Evidence

# An amount before a unit: digits, close or hyphenated ("1,500km", "20-foot"), or words ("half a
# mile", "seven years").
_AMOUNT = (
    r"(?:\d[\d,.]*\s*-?\s*|(?:an?|half an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    r"thousands?|millions?|several|dozens?)[\s-]+)"
)
_PERIOD = r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|seasons?)"
_STATES = {
    # A year is no count: "How many nuclear weapons does North Korea have?" is not answered by
    # "As late as 2017, ...".
    "count": re.compile(
        r"\b(?!(?:1\d{3}|20\d{2})s?\b)\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
        r"billions?|trillions?|dozens?|half|twice|single|none|several|both)\b",
        re.IGNORECASE,
    ),
    "length": re.compile(
        rf"\b{_AMOUNT}(?:km|kilomet(?:er|re)s?|miles?|m|metres?|meters?|cm|centimet(?:er|re)s?|"
        r"mm|feet|foot|ft|inch(?:es)?|yards?|light[- ]years?)\b",
        re.IGNORECASE,
    ),
    "age": re.compile(
        rf"\b{_AMOUNT}years?[- ]old\b|\baged\s+\d+|\bage of\s+\d+|"
        r"\b(?:born|founded|established|built|formed|created|dating|dates)\b",
        re.IGNORECASE,
    ),
    # "each six months", "twice a year", "frequently"; "each meeting" says nothing of how often.
    "frequency": re.compile(
        rf"\b(?:{_AMOUNT}times|twice|once|thrice|(?:every|each)\s+(?:\w+\s+)?{_PERIOD}|daily|"
        rf"weekly|monthly|yearly|annual(?:ly)?|frequent(?:ly)?|rarely|seldom|regularly|"
        rf"occasionally|per {_PERIOD})\b",
        re.IGNORECASE,
    ),
    "speed": re.compile(
        rf"\b{_AMOUNT}(?:km/h|kph|mph|knots?|(?:kilomet\w+|miles|met(?:er|re)s) (?:per|an|a) "
        r"hour|m/s)|\bspeeds?\b",
        re.IGNORECASE,
    ),
    "weight": re.compile(
        rf"\b{_AMOUNT}(?:kg|kilograms?|tonnes?|tons?|pounds?|lbs?|grams?|ounces?|oz)\b",
        re.IGNORECASE,
    ),
}
_MEASURE_OF = {
    "many": "count",
    "much": "count",
    "tall": "length",
    "far": "length",
    "deep": "length",
    "wide": "length",
    "old": "age",
    "often": "frequency",
    "fast": "speed",
    "heavy": "weight",
}
_HOW = re.compile(rf"\bhow ({'|'.join(_MEASURE_OF)})\b", re.IGNORECASE)


def asked_measure(question: str) -> str | None:
    """The measure a question asks for, when only one kind of quantity answers it."""
    found = _HOW.search(question)
    return _MEASURE_OF[found[1].lower()] if found else None


def states(measure: str, sentence: str) -> bool:
    """Whether `sentence` states a `measure` ("length", "age", ...)."""
    return bool(_STATES[measure].search(sentence))


def unmeasured(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks for a measure that no evidence sentence states."""
    measure = asked_measure(question)
    return measure is not None and not any(states(measure, e.sentence) for e in evidence)
