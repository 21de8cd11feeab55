"""Measures: what "How tall", "How old" or "How many" asks for, and whether a sentence states it.

Any number used to pass for the answer to a "how" question, so "How tall is Kim Jong Un?",
over an article that never gives his height, quoted a photo caption dated "Sept 10", and "How
old is Dmitry Peskov?" quoted his words. A height or a distance is a number with a unit of
length, an age a number of years (or a birth or a founding in a year), a frequency a count of
times, a speed a distance per hour, a weight a unit of mass, a temperature ("how hot", "how
cold") degrees, and a count (of "how many" or "how much") a number that is no year ("How many"
not one that gives an age, a time of day or a quantity in units). "How large" ("how big") takes
a quantity in any unit or a count, "how high" one that rises or falls ("540 kilometres", "2%",
"£9.2m"), neither a time of day nor a name's number. "How long" takes a length or a stretch of
time ("five to ten years", "since the 1950s", "for decades"): "How long is Kim's train?" is not
answered by a sentence on its paint. "How much" of a thing ("How much aid will Russia give?")
takes an amount, as "how many" does; "How much did the sanctions matter?" may be answered in
words. "How many hectares" (miles, litres, horsepower, years) takes that measure in any of its
units, "How much does it weigh?" a weight, and "How much ransom ...?" or "How much did it cost?"
a sum of money. A measure asked for by its name takes it too ("What top speed will trains
reach?" a speed, "What was Helvion's net profit?" a sum of money, meant literally). "In what
year ...?" takes a year.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

import numpy as np
from lemminflect import getAllLemmas, getInflection

from rag.citations import in_its_decade, numbers
from rag.lexical import (
    AUXILIARY,
    KIN,
    OPENS_BY_REFERRING,
    STOPWORDS,
    WHEN_QUESTION,
    WORD,
    question_terms,
    terms,
)
from rag.places import is_form, is_nationality
from rag.roles import HONOURS, NAME, NAME_RUN, TITLES
from rag.types import Evidence, Hit

# An amount before a unit: digits, close or hyphenated ("1,500km", "20-foot"), but not money
# ("$5m" is five million), or a number word ("half a mile", "seven years"), in thousands or
# millions ("41 million cubic metres", "2.5m tonnes").
# "4.2 crore rupees", "15 lakh": the scales Indian news counts in too.
_SCALE = r"(?:(?:thousand|million|billion|crores?|lakhs?|m|bn|k)[\s-]+)?"
# The numbers written in words that news counts and measures in.
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety"
)
_AMOUNT = (
    rf"(?:(?<![$£€\w.,])\d+(?:[.,]\d+)*\s*-?\s*{_SCALE}|"
    rf"\b(?:half an?|{_NUMBER_WORDS}|"
    rf"hundred|thousand|several|tens of|hundreds of|thousands of)[\s-]+{_SCALE})"
)
_PERIOD = r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|seasons?)"
_LENGTHS = r"(?:km|kilomet(?:er|re)s?|miles?|m|metres?|meters?|feet|foot|ft|yards?|inch(?:es)?)\b"
# A year and a month's name, as dates are written; a date is no count (`rag.evidence` reads
# them as the date answers of "when" questions).
YEAR = r"(?:1\d{3}|20\d{2})"
# A year as a number of its own: "2019", not the "1500" of "15000".
A_YEAR = re.compile(rf"\b{YEAR}\b")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = rf"(?:{'|'.join(MONTH_NAMES)})"
DAYS = rf"(?:{'|'.join(WEEKDAYS)})"
# A year of an era, as the distant past is dated: "between AD 780 and 890", "in 300 BC".
ERA_YEAR = r"(?:AD\s+\d{1,4}|\d{1,4}\s*(?:BCE?|AD|CE))"
# A year, a month or a day of the week, as news dates things ("May" only capitalised, not the
# verb), or a century.
DATE = re.compile(
    rf"\b({YEAR}|{ERA_YEAR})s?\b|\b(?:{MONTHS}|{DAYS})\b|"
    r"\bcentur(?:y|ies)\b"
)
# A feast or a holiday dates a day as well as a month does: "planned for Christmas Eve".
# Not a place or a thing named after one: "Easter Island", "the Easter Rising", "the New Year
# Honours", "Christmas trees".
HOLIDAY = re.compile(
    r"\b(?:Christmas|Easter|Ramadan|Eid|Diwali|Hanukkah|Passover|Thanksgiving|Pentecost|"
    r"(?:Lunar\s+)?New\s+Year(?:['’]s)?|Midsummer|"
    r"(?:Boxing|Labou?r|Memorial|Independence|Anzac|Waitangi|Valentine['’]s|Mother['’]s|"
    r"Father['’]s|(?:St\.?|Saint)\s+Patrick['’]s)\s+Day)\b"
    r"(?!\s+(?:Islands?|Rising|Honours|trees?|cards?|Road|Street)\b)"
)
# After "year", what makes it no year: "year-long", "year group", "year-olds".
NOT_A_YEAR = r"(?![-‐‑–\w]|\s+(?:groups?|olds?)\b)"
# A time of day ("at 4:52 a.m.", "at 2.15am", "shortly after midnight") answers "when" and
# "what time"; hours, minutes and seconds are one when "at" or the zone says so ("at 04:32:15",
# "12:30:00 GMT"), and a race time otherwise ("1:10:52 for the half marathon").
CLOCK = re.compile(
    r"(?<!\d:)\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?<!\d:)\b\d{1,2}:\d{2}\b(?!:\d)"
    r"|\bat\s+\d{1,2}:\d{2}:\d{2}\b|\b\d{1,2}:\d{2}:\d{2}\s*(?:local\s+time|GMT|UTC|BST|CET)\b"
    r"|\b(?:midnight|noon)\b",
    re.IGNORECASE,
)
SHORT_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# A date of a month: "2 April", "April 15", "Sept 10", "the 5th of May", "12/09/2023".
_DAY_OF_MONTH = (
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS}|{SHORT_MONTH})(?!\w)"
    rf"|\b(?:{MONTHS}|{SHORT_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b"
)
# A day, which "What day ...?" asks for, where a year or a month alone does not answer: a date
# of a month or "Tuesday" (not "today", which a quotation says of no date: "check the label
# today").
DAY = re.compile(rf"{_DAY_OF_MONTH}|\b{DAYS}\b")
# "On what date ...?" asks for a date of a month: news dates what matters that way and says "on
# Thursday" of the week's events, so a weekday does not answer it.
_CALENDAR_DAY = re.compile(_DAY_OF_MONTH)
_ASKS_DATE = re.compile(r"\b(?:what|which)\s+dates?\b", re.IGNORECASE)
# "On what date ...?", "Which day ...?", "By what date ...?": a day is asked for.
# Not "What day centre ...?", "What day-to-day tasks ...?".
DAY_QUESTION = re.compile(
    r"\b(?:what|which)\s+(?:dates?|days?)\b(?![-’'])"
    r"(?!\s+(?:of\s+the\s+week|cent(?:re|er)s?|trips?|care|services?|rates?|jobs?)\b)",
    re.IGNORECASE,
)
# "What time ...?", "At what times ...?", "During which hours ...?": a time of day is asked for
# (not "What time of year ...?", "What time limit ...?", "Within what time ...?", which asks how
# long, nor "What times did the runners record?").
# What a racer does with a time, after "did", "does" or "will" and with no object: "What time
# did Hrušovská record in the final?" (not "At what time was the first aftershock recorded?",
# "What time did Trump post the video?").
_CLOCKED = (
    r"(?:record|clock|post|set|achieve)\b"
    r"(?=\s+(?:in|at|on|during|for|when|while|to|over|as)\b|\W*$)"
)
TIME_QUESTION = re.compile(
    r"(?<!\bwithin\s)(?<!\bin\s)"
    r"(?:\b(?:what|which)\s+(?:time|hours?)|\bat\s+(?:what|which)\s+times)\b(?![-’'])"
    r"(?!\s+(?:of\s+(?:the\s+)?year|limits?|frames?|periods?|zones?|scales?|slots?)\b)"
    rf"(?!\s+(?:did|does|do|will|would)\s+(?:[\w'’.-]+\s+){{1,6}}?{_CLOCKED})",
    re.IGNORECASE,
)
# A number written in words.
_CARDINAL = rf"{_NUMBER_WORDS}|hundreds?|thousands?|millions?|billions?|trillions?|dozens?"
# An age that ends a sentence after a name: '"I saw blue under the white ...," said Pieroni, 38.'
_AGE_LAST = r"\b(?-i:[A-Z])[\w’'-]*,\s*\d{1,3}\.(?!\d)"
# An age in so many words: "a 44-year-old", "aged 44", "aged 44 and 39" (not the count of "aged
# 34 and 12 others"), "aged from seven to 96", "at the age of 44", or told of someone at a time,
# "who was 20 when he died" (not "Inflation was 11 when ..."), "when she was six,".
_AGE_IN_WORDS = (
    rf"{_AMOUNT}years?[- ]old\b|\baged\s+(?:from\s+|between\s+)?(?:\d+|(?:{_CARDINAL})\b)"
    r"(?:(?:\s*,\s*|\s+and\s+)\d{1,3}(?![.,]?\d)(?=\s*[,.;)]|\s+(?:and|who|respectively)\b))*|"
    rf"\bage of\s+(?:\d+|(?:{_CARDINAL})\b)|"
    rf"\b(?:who|he|she)\s+(?:was|were)\s+(?:only\s+|just\s+)?(?:\d{{1,3}}|{_CARDINAL})\s+when\b|"
    # ... or the other way round: "When she was six, he found a broken surfboard".
    r"\bwhen\s+(?:he|she|I|they|we)\s+(?:was|were)\s+(?:only\s+|just\s+)?"
    rf"(?:\d{{1,3}}|{_CARDINAL})(?![.,]?\d)(?=\s*(?:[,.;]|and\b|years?\s+old\b|$))|"
    # "He is now 10 and has won five of his 31 races.", "Nilo, who is seven, has been treated".
    rf"\b(?:who|he|she)\s+(?:is|was)\s+(?:now\s+)?(?:\d{{1,3}}(?![.,]?\d)|(?!one\b)(?:{_CARDINAL})\b)"
    r"(?=\s*(?:[,.;]|and\s+(?:has|had|is|was|still|now)\b|$))"
)
# Words that may stand before an amount: "about 14,000", "fewer than 500".
APPROXIMATELY = (
    r"(?:(?:about|around|roughly|some|just|only|nearly|almost|more\s+than|fewer\s+than|"
    r"less\s+than|under|over)\s+)*"
)
_STATES = {
    "length": re.compile(
        rf"{_AMOUNT}(?:km|kilomet(?:er|re)s?|miles?|m|metres?|meters?|cm|centimet(?:er|re)s?|"
        r"mm|feet|foot|ft|inch(?:es)?|yards?|light[- ]years?)\b(?!-)",
        re.IGNORECASE,
    ),
    # News gives an age as "Dmitry Peskov, 56, said" or "who was 20 when he died"; history as
    # "founded in 1636".
    "age": re.compile(
        rf"{_AGE_IN_WORDS}|\bturned\s+\d+|,\s*\d{{1,3}}\s*,|{_AGE_LAST}|"
        rf"\b(?:born|founded|established|built|formed|created|dat(?:es|ing) back)\b"
        rf"[^.;]{{0,40}}?\b{YEAR}\b",
        re.IGNORECASE,
    ),
    # "a population of roughly 480", "a town of about 14,000", "a village of 214 people", "home
    # to 1.2 million": how many live in a place, never said by "the town" or "residents" alone.
    "population": re.compile(
        rf"\b(?:population\s+(?:of|is|was|stands\s+at|stood\s+at|(?:fell|rose|has\s+\w+)\s+to)|"
        rf"(?:town|village|city|island|community|hamlet|parish)\s+of|home\s+to)\s+"
        rf"{APPROXIMATELY}(?!{YEAR}\b){_AMOUNT}(?![\d.,]?\d)(?!\s*(?:of\b|%|per\s*cent))|"
        rf"{_AMOUNT}(?:inhabitants\b|(?:people|residents)\s+(?:live|lived|living)\b)",
        re.IGNORECASE,
    ),
    # "each six months", "twice a year", "frequently"; "each meeting" says nothing of how often.
    "frequency": re.compile(
        rf"(?:{_AMOUNT}times|\b(?:twice|once|thrice)|\b(?:every|each)\s+(?!of\b)(?:[\w.]+\s+){{0,3}}?{_PERIOD}|"
        r"\b(?:daily|weekly|monthly|yearly|annual(?:ly)?|frequent(?:ly)?|rarely|seldom|"
        rf"regularly|occasionally)|\bper {_PERIOD})\b",
        re.IGNORECASE,
    ),
    "speed": re.compile(
        rf"{_AMOUNT}(?:km/h|kph|mph|knots?|m/s|"
        r"(?:(?:kilo|centi|milli)?met(?:er|re)s?|miles?|feet|foot|inch(?:es)?) (?:per|an|a) "
        r"(?:second|minute|hour|day|week|month|year))",
        re.IGNORECASE,
    ),
    # "44.6 degrees Celsius", "30 Celsius", "41C", "minus 12°"; not "32 F-35 jets".
    "temperature": re.compile(
        rf"{_AMOUNT}(?:degrees?|deg|celsius|fahrenheit)\b|{_AMOUNT}°"
        r"|(?<![\w.,])\d+(?:\.\d+)?\s?°?(?-i:[CF])\b(?!-)",
        re.IGNORECASE,
    ),
    "weight": re.compile(
        rf"{_AMOUNT}(?:kg|kilograms?|kilos?|tonnes?|tons?|pounds?|lbs?|grams?|ounces?|oz)\b(?!-)",
        re.IGNORECASE,
    ),
    "area": re.compile(
        rf"{_AMOUNT}(?:hectares?|(?-i:ha)|acres?|(?:square|sq\.?)\s*{_LENGTHS}|km2|km²|m2|m²)(?!\w)",
        re.IGNORECASE,
    ),
    "volume": re.compile(
        rf"{_AMOUNT}(?:litres?|liters?|(?-i:l)|gallons?|barrels?|cubic\s+{_LENGTHS}|m3|m³)(?!\w)",
        re.IGNORECASE,
    ),
    "power": re.compile(
        rf"{_AMOUNT}(?:horsepower|(?-i:hp|kW|MW|GW)|watts?|kilowatts?|megawatts?|gigawatts?)\b",
        re.IGNORECASE,
    ),
}
# "$4.5m", "US$1,000,000", "310 million euros", "5,000 Swiss francs", "EUR 40", "40p": a sum in
# a currency news names, perhaps with the country's adjective ("Hong Kong dollars").
_STATES["currency"] = re.compile(
    r"[$£€¥₹]\s?\d|\b(?:USD|EUR|GBP|JPY|CHF|CNY|INR|Rs\.?)\s?\d|\b\d+p\b|"
    rf"(?!{YEAR}\s){_AMOUNT}(?-i:(?:US|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s)?"
    r"(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|francs?|crowns?|kronor|kroner|"
    r"kron[ae]|marks?|rupees?|pesos?|lira|lire|roubles?|rubles?|shekels?|dinars?|dirhams?|"
    r"riyals?|rials?|reais|z[lł]oty(?:s|ch)?|forint|koruna|baht|ringgit|naira|shillings?|guineas?(?!\s+(?:pigs?|fowl))|cents?|pence|"
    r"tenge|dong|rupiah|taka|kyat|riel|hryvnias?|manat|lari|cedis?|birr|kwacha|"
    # Soles as a price, not "12 soles of shoes" or "three soles at the fish market".
    r"soles(?=\s+(?:a|an|per|each|for|in|to|from|on|or|and|last|this|every)\b|\s*[,.;:)]|$)|"
    r"bolivianos?|quetzal(?:es)?|lempiras?|colones|c[oó]rdobas?|guaran[ií]e?s|leva|denars?|"
    r"somoni|tugriks?|gourdes?|ariary|meticais|kwanzas?|balboas?|lek|maloti|"
    r"USD|EUR|GBP)\b"
    # The won, after a sum in thousands or a scale, and not the verb: what follows a sum ("900,000
    # won a month", "100 million won for every baby"), not "1,200 won prizes" or "won't".
    r"|(?:\d,\d{3}|\b(?:million|billion|trillion))\s+won\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:a|an|per|each|for|in|to|from|on|at|and|or|over|last|this)\b)"
    # The rand in lower case: "5,000 rand", not "the Rand Corporation".
    r"|\d\s+(?-i:rand)\b",
    re.IGNORECASE,
)
# ... or any sum in millions, of a currency no list holds too ("1.94 billion dravs", "a profit
# of 18 million"), but not of people or things counted in millions ("about 4.2 million users").
_COUNTED_IN_MILLIONS = (
    r"people|persons|users|customers|subscribers|viewers|listeners|readers|visitors|passengers|"
    r"residents|households|homes|children|adults|voters|members|accounts|records|doses|units|"
    r"copies|downloads|jobs|workers|employees|patients|cases|vehicles|cars|devices|barrels|"
    r"animals|trees|birds|books|items|shares|tickets|calls|messages|views|streams|followers|"
    r"pupils|students|fans|years|times|sheep|goats|cattle|cows|pigs|horses|camels|chickens|hens|"
    r"livestock|poultry|fish|bees|plants|seeds|tonnes|tons|litres|gallons|hectares|acres|meals|"
    r"votes|signatures|farmers|beneficiaries|houses|families|women|men|tests|masks|pilgrims|"
    r"devotees|saplings"
)
_STATES["money"] = re.compile(
    rf"{_STATES['currency'].pattern}|\d\s*(?:million|billion|trillion|bn|crores?|lakhs?)\b"
    rf"(?!\s+(?:(?:more|fewer|other|new|active|registered|of\s+(?:its|their|the))\s+)?"
    rf"(?:{_COUNTED_IN_MILLIONS})\b)",
    re.IGNORECASE,
)
# "120 megawatt-hours", "1,900 kWh", "3.6 gigajoules", or a plant's output in watts ("a 50MW
# plant"): an amount of energy, or the power it comes at.
_STATES["energy"] = re.compile(
    rf"{_AMOUNT}(?:(?-i:[kMGT]Wh)|(?:kilo|mega|giga|tera)?watt[- ]hours?|"
    rf"(?:kilo|mega|giga)?joules?)\b|{_STATES['power'].pattern}",
    re.IGNORECASE,
)
# A share in hundredths, or in words: "half", "a third", "one in five", "four in 10", "4.1 in
# every 100", "three out of every ten".
_PER_CENT = r"\d(?:[.,]\d+)?\s*(?:%|per\s?cent\b|percentage\s+points?\b)"
_STATES["percent"] = re.compile(
    _PER_CENT + r"|\b(?:a|one|two|three|four)[\s-]+(?:half|thirds?|quarters?|fifths?|tenths?)\b"
    r"|(?<!first\s)(?<!second\s)\bhalf\s+of\b"
    # "one in 20", "4.1 in every 100"; of a figure, of every so many or of a round number only:
    # "scored 12 in 15 games" is a tally.
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?:\d{1,3}(?:,\d{3})?|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred)\b(?![\d,.])"
    r"|\b\d{1,3}(?:\.\d+)?\s+(?:in|out\s+of)\s+"
    r"(?:every\s+(?:\d{1,3}(?:,\d{3})?|[a-z]+)|two|three|four|five|six|seven|eight|nine|ten|[2-9]"
    r"|10|100|1,000)\b(?![\d,.])",
    re.IGNORECASE,
)
# A change, which "By how much ...?" asks for: a percentage, or an amount it was by, from, to or
# of ("fell by about 40 per cent", "rose to 1,450 from 600", "a drop of 2,000", "halved"); not
# "less than half of what he made last winter", a comparison.
# An amount a change is by, of or at: "about 40 per cent", "£50", "a third" (not a year, "by
# 2035", nor "by three men").
_CHANGED_BY = (
    rf"{APPROXIMATELY}(?:[$£€]\s*\d|(?!{YEAR}\b)\d|half\b|a\s+(?:third|quarter|fifth|tenth)\b)"
)
_STATES["change"] = re.compile(
    _PER_CENT + rf"|\bby\s+{_CHANGED_BY}"
    rf"|\b(?:rose|fell|grew|jumped|dropped|climbed|slid|slipped|plunged|soared|gained|lost|"
    rf"increased|decreased|declined|shrank|cut|up|down)\s+{_CHANGED_BY}"
    rf"|\b(?:from|to)\s+{APPROXIMATELY}[$£€]?(?!{YEAR}\b)\d[\d,.]*(?!\s*(?:am|pm|a\.m|p\.m|:))"
    rf"[^.;]{{0,40}}?\b(?:from|to)\s+{APPROXIMATELY}[$£€]?(?!{YEAR}\b)\d"
    r"|\b(?:rise|increase|fall|drop|decline|jump|cut|reduction|growth|gain|loss|decrease)\s+of\s+"
    rf"{_CHANGED_BY}"
    r"|\b(?:halved|doubled|tripled|trebled|quadrupled)\b",
    re.IGNORECASE,
)
# "A 66-year-old grandmother" gives her age, no stretch of time.
_NOT_AN_AGE = r"(?!-old\b)"
# "How many years ...?" asks for an amount of time ("18 months"), not "in recent years".
_STATES["period"] = re.compile(
    rf"{_AMOUNT}(?:{_PERIOD}|centur(?:y|ies)|seconds?)\b{_NOT_AN_AGE}", re.IGNORECASE
)
# Part of a year or month: "the summer of" 2026, "the end of" March.
_PART_OF_TIME = r"(?:(?:spring|summer|autumn|winter|start|beginning|middle|end)\s+of\s+)?"
# A stretch of time, or its ends: "18 months", "for decades", "since the 1950s", "since the
# Treaty of Rome in 1957", "until the summer of 2026".
_STRETCH = (
    rf"{_AMOUNT}(?:{_PERIOD}|centur(?:y|ies)|millenni(?:a|um)|seconds?|generations?)\b{_NOT_AN_AGE}|"
    r"\b(?:decades|centuries|years|months|weeks|days|hours|minutes|century)\b|"
    rf"\b(?:since|from|until|till|between)\s+(?:(?:the|early|late|mid)[\s-]+)?{_PART_OF_TIME}"
    rf"(?:{YEAR}|{MONTHS}|\d{{4}}s)|\bsince\b[^.;]{{0,40}}?\b{YEAR}\b|"
    # "takes an hour", "lasted a fortnight", "for a week" (not "twice a day").
    r"\b(?:takes?|took|taken|lasts?|lasted|for|about|nearly|almost|over|under|within)\s+"
    r"(?:an?|one)\s+(?:hour|day|week|fortnight|month|year|decade)\b|\bfortnights?\b"
)
# The start of a stretch of time, after "since": "since 1987", "since March", "since the
# mid-1990s", "since the end of 2019", "since it was bought in 1987" (not "since may be").
SINCE_DATE = re.compile(
    rf"\bsince\s+(?:(?:the|early|late|mid)[\s-]+){{0,2}}{_PART_OF_TIME}(?:{YEAR}|(?-i:{MONTHS})|\d{{4}}s)"
    rf"|\bsince\b[^.;]{{0,40}}?\b{YEAR}\b",
    re.IGNORECASE,
)
# A prison term is stated by the sentence passed: "was jailed for 11 years", "sentenced a
# former official ... to 12 years in prison", "jailed for life".
_STATES["term"] = re.compile(
    rf"\b(?:jailed|imprisoned|sentenced|given|received|term\s+of|sentence\s+of)\b[^.;]{{0,80}}?"
    rf"{_AMOUNT}{_PERIOD}|\bjailed\s+for\s+life\b|"
    rf"{_AMOUNT}{_PERIOD}\s+(?:in\s+prison|in\s+jail|behind\s+bars)",
    re.IGNORECASE,
)
# "How long" is answered by a length or a stretch of time, not by a date alone ("after they met
# in 2019"); "How long ago" by a stretch or a date ("in 2017").
# A text's length in pages or words, told as its length, answers "How long is the handwritten
# score?" too: "412 pages long" (not "a 40-page report on the siege"); so does a code's in
# characters: "a 10-character digital code", "six digits long".
_TEXT_LENGTH = (
    rf"{_AMOUNT}(?:pages|words|lines|chapters|characters|digits|letters)\s+long\b"
    r"|\b\d{1,3}-(?:character|digit|letter)\b"
)
_STATES["extent"] = re.compile(
    f"{_STATES['length'].pattern}|{_STRETCH}|{_TEXT_LENGTH}", re.IGNORECASE
)
# "How long does the crossing take?" and "How long did the siege last?" by a stretch of time
# alone, not "runs for 26.7km" nor "two years ago".
_STATES["time"] = re.compile(rf"(?:{_STRETCH})(?!\s+ago\b)", re.IGNORECASE)
_STATES["duration"] = re.compile(
    rf"{_STRETCH}|\b(?:by|in)\s+(?:(?:the|early|late|mid)[\s-]+)?(?:{YEAR}|{MONTHS}|\d{{4}}s)",
    re.IGNORECASE,
)
# A number of a count: not an ordinal ("21st") nor part of a name ("COVID-19", "F-35").
_NUMBER = re.compile(r"(?<![-\w.,])\d+(?:[.,]\d+)*(?![\d.,]?\d)(?!st\b|nd\b|rd\b|th\b|-\d)")
_NUMBER_WORD = re.compile(
    rf"(?<!\bno\s)\b(?:{_CARDINAL}|half|twice|single|none|both)\b(?!(?<=one)\s+of\b)"
    r"|\b(?:a|one|two|three)\s+(?:thirds?|quarters?)\b",  # "fallen by a third"
    re.IGNORECASE,
)
# A number written as a word that counts something ("nine people", "Thirty-one patients"); not
# the pronoun of "no one knows" or "one of the victims".
_COUNT_WORD = re.compile(rf"(?<!\bno\s)\b(?:{_CARDINAL})\b(?!(?<=one)\s+of\b)", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# A capitalised word inside a sentence right before a number, which ends a name with it
# ("Rossiya 1"); not one that opens the sentence ("About 40 people").
_NAME_BEFORE = re.compile(r"(?<=[a-z,;:] )[A-Z][\w’'-]*\s+$")
# What follows a number that counts how often, after a name or not: "the summit of Everest 14
# times".
_TIMES_AFTER = re.compile(r"\s+times\b")
_MONTH = rf"(?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s+$")
_MONTH_AFTER = re.compile(rf"\s+{_MONTH}")
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
    "hot": "temperature",
    "cold": "temperature",
    "warm": "temperature",
    "high": "level",
    "low": "level",
    "big": "size",
    "large": "size",
}
_HOW = re.compile(rf"\bhow ({'|'.join(_MEASURE_OF)})\b(?!-)", re.IGNORECASE)
# "How many hectares ...?" asks for an area, which any unit of area answers ("How many miles"
# by "1,500km"); "pounds" may be money or mass, and stays a count.
_UNITS = {
    "length": "miles kilometres kilometers km metres meters feet inches yards centimetres",
    "weight": "tonnes tons kilograms kilos kg grams ounces",
    "period": "seconds minutes hours days weeks months years decades centuries",
    "area": "hectares acres square",
    "volume": "litres liters gallons barrels cubic",
    "power": "horsepower watts kilowatts megawatts gigawatts",
    "temperature": "degrees",
}
# Measures stated in units of their own ("180 metres deep", "18,000 litres"), which a sentence
# seldom gives of anything but what it is about.
_PHYSICAL = ("length", "weight", "area", "volume", "power", "energy", "temperature", "speed")
_MEASURE_OF_UNIT = {unit: measure for measure, units in _UNITS.items() for unit in units.split()}
_HOW_MANY_UNITS = re.compile(r"\bhow many\s+([a-z]+)\b(?!\s+old\b)", re.IGNORECASE)
# "What top speed will trains reach?", "What is the depth of the lake?": a measure by its name
# (not "area", which is as often a region: "What area in South Africa ...?").
_MEASURE_NAMED = {
    "speed": "speed",
    "height": "length",
    "length": "length",
    "depth": "length",
    "width": "length",
    "distance": "length",
    "dimensions": "length",
    "weight": "weight",
    "temperature": "temperature",
    "population": "population",
}
# Nouns for a property that news gives by its value alone: "What is the price tag of the
# line?" is answered by "expected to cost $1.35 billion", "the estimated value of the crops" by
# "crop losses at 84 million euros", "the altitude of the orbit" by "540 kilometres".
_VALUED_BY = {
    **_MEASURE_NAMED,
    **{
        noun: "currency"
        for noun in (
            "price prices cost costs value worth tag fee fees bill bills fare fares fine fines "
            "rent rents"
        ).split()
    },
    "altitude": "length",
    "elevation": "length",
    "turnout": "percent",
    "mass": "weight",
    "age": "age",
}


def valued_by(noun: str) -> str | None:
    """The measure whose stated value gives the property `noun` names, if it is one."""
    return _VALUED_BY.get(noun.lower())


def stated_properties(question: str, sentences: list[str]) -> set[str]:
    """The terms of the question's words for a property in units of its own (a size, a height,
    a population; `valued_by`) that one of `sentences` states on the question's topic: "What
    are the dimensions of the fresco?" is answered by "The fresco, about 3.4 metres wide and 2.1
    metres high, ...", which never says "dimensions". Not a sum, a share or an age, which a
    sentence may give of anything; but a sum put into something under another verb for it
    (`_stated_outlay`)."""
    found = _stated_outlay(question, sentences)
    for word in WORD.findall(question):
        measure = valued_by(word)
        if measure not in (*_PHYSICAL, "population"):
            continue
        stated = _stated_on_topic(measure, question, _said_with(_HOW_OF_NOUN.get(word.lower())))
        if any(stated(sentence) for sentence in sentences):
            found |= set(terms(word))
    return found


# Putting money into something, in any of its verbs: "How much is Floraandes investing in its
# Kenyan farm?" is answered by "it would spend 28 million dollars on a 40-hectare rose farm".
_OUTLAY = re.compile(
    r"\b(?:invest(?:s|ed|ing|ments?)?|spend(?:s|ing)?|spent|pour(?:s|ed|ing)?|"
    r"plough(?:s|ed|ing)?|commit(?:s|ted|ting)?)\b",
    re.IGNORECASE,
)


def _stated_outlay(question: str, sentences: list[str]) -> set[str]:
    """The terms of the question's words for putting money into something, when it asks for the
    sum and one of `sentences` on its topic states a sum so put under any such word ("Tourists
    spend $50 a night" tells nothing Floraandes invests)."""
    asked = [word for word in WORD.findall(question) if _OUTLAY.fullmatch(word)]
    if not asked or asked_measure(question) != "money":
        return set()
    if any(
        _OUTLAY.search(s) and states("money", s, question) and _on_topic(question, s)
        for s in sentences
    ):
        return set(terms(" ".join(asked)))
    return set()


# The "how" that asks for what these nouns name, in whose words a sentence states it: "the
# height of" is "how tall" ("stands 150 metres high", not "730 metres from the nearest turbine").
_HOW_OF_NOUN = {"height": "tall", "depth": "deep", "width": "wide", "distance": "far"}


# A hedge before a question's "what": "Roughly what distance ...?", "From about what height ...?".
_HEDGE = r"(?:(?:roughly|approximately|about|around|nearly|almost|exactly)\s+)?"
# Words that stand before a measure's noun without making the question about something else:
# "the highest wind speed", "the new research ship's top speed", "From roughly what distance
# ...?" (not "the main reason the speed limit was cut", "the first year the temperature ...").
# A question so worded asks for a number (`rag.evidence.answer_type`).
# "What was Coyoy's finishing time?": how long a race took, as "How long did she take?" asks
# ("crossed the line in 3 hours, 12 minutes and 48 seconds"); not "What time did it finish?".
# "What time did Hrušovská record in the final?": a time clocked, not a time of day.
RACE_TIME = re.compile(
    r"^\W*what\b[^?]*\b(?:finishing|winning|race|course|record)\s+times?\b"
    rf"|^\W*what\s+time\s+(?:did|does|do|will|would)\s+(?:[\w'’.-]+\s+){{1,6}}?{_CLOCKED}",
    re.IGNORECASE,
)
# Words that make a time or a count a margin: "1.07 seconds faster", "two lengths clear".
_MARGIN_WORDS = r"(?:ahead|behind|clear|off|slower|faster|outside|inside|short|adrift|away)"
# A time clocked, as news gives one: "in 101.38 seconds", "a time of 2:04:11", "a world record
# of 9.58 seconds", "in 3 hours, 12 minutes and 48 seconds", "3:14:05"; not a margin ("closed
# the gap to nine seconds").
_CLOCKED_TIME = re.compile(
    r"(?<!\bat\s)(?<![\d:.])\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\b"
    r"|\b(?:in|(?:time|record|best)\s+of|record(?:ed|s|ing)?|clock(?:ed|s|ing)?|post(?:ed|s|ing)?|sets?|setting|"
    rf"achieve[ds]?|ran|run|running|swam|swum|swimming|timed\s+at)\s+{APPROXIMATELY}{_AMOUNT}"
    r"(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b"
    # A margin is no time: "ran 1.07 seconds faster than the champion".
    rf"(?!\s+{_MARGIN_WORDS}\b)",
    re.IGNORECASE,
)
WHAT_MEASURE = re.compile(
    rf"^(?:(?:from|at|to)\s+)?{_HEDGE}"
    r"(?:what|which)\s+"
    r"(?:(?:is|was|are|were|will(?:\s+be)?)\s+(?:the|its|their|his|her)\s+"
    r"(?:(?:[\w-]+\s+){0,2}[\w-]+['’]s?\s+)?)?"
    r"(?:(?:top|maximum|highest|lowest|average|total|full|overall|current|new)\s+)?"
    r"(?:(?!(?:the|a|an|that|which|who|whose|where|when|why|of|for)\b)[a-z][\w-]*\s+)??"
    rf"(?P<noun>{'|'.join(_MEASURE_NAMED)})\b"
    # The noun, not a modifier: "What weight-loss drug ...?", "Which weight class ...?", "What
    # speed cameras ...?".
    r"(?!-|\s+(?:cameras?|class(?:es)?|restrictions?|bumps?|learning|traps?|checks?|"
    r"loss|control|growth|decline)\b)"
    # "What length of ban ...?" asks for a time, as "length of sentence" or "of stay" do.
    r"(?!\s+of\s+(?:time|bans?|sentences?|stays?|contracts?|service|terms?|the\s+trial)\b)",
    re.IGNORECASE,
)
# "What percentage of ...?", "By what percentage ...?", "What share of the vote ...?": a share,
# in hundredths or in words ("a third", "one in five"), but stated: "The coalition would have
# exactly 51 seats" gives no share of the vote.
_WHAT_PERCENT = re.compile(
    r"\b(?:what|which)\s+(?:percentage|percent|per\s+cent|share|proportion)\b(?!\s+price)",
    re.IGNORECASE,
)
# A share asked for in so many words: "By what percentage ...?", "What per cent of ...?".
_ASKS_HUNDREDTHS = re.compile(r"\b(?:percentage|percent|per\s+cent)\b", re.IGNORECASE)


def in_hundredths(question: str, sentence: str) -> bool:
    """Whether the question asks for a percentage in so many words and `sentence` gives a share
    in hundredths ("33 per cent fewer"), not only as a fraction ("a third fewer")."""
    return bool(_ASKS_HUNDREDTHS.search(question)) and bool(
        re.search(_PER_CENT, sentence, re.IGNORECASE)
    )


# "How much ransom ...?", "How much did the repairs cost?", "How much did the painting sell
# for?", "How much did the council put towards it?", "How much is the ballroom insured for?",
# "How much did the auction bring in?": an amount of money (not "How much did the album sell?",
# nor "raise", "contribute" or "put up", said of rates, bills and growth too).
ASKS_MONEY = re.compile(
    rf"\bhow much\s+(?:(?!{AUXILIARY}\b)\w+\s+)?(?:money|cash|ransom|compensation|funding|revenue|"
    r"profit|salary|wages?|dividend|budget|subsid(?:y|ies)|bonus|damages|rent|fares?|fees?|debts?|"
    r"bail|fines?|tax(?:es)?|loans?|grants?|investments?|donations?|earnings|income|spending|"
    r"pensions?)\b"
    # A rise in rent or fares may be a percentage; "fine particles" are no fine.
    r"(?!\s+(?:rises?|increases?|hikes?|cuts?|relief|rates?|bands?|particulates?|particles?|"
    r"matter|dust)\b)"
    rf"|\bhow much\s+(?:money\s+)?{AUXILIARY}\s+(?:[\w'’&.+-]+\s+){{1,10}}?"
    # The verb, not the noun of "the cost of living" or "the pay gap".
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bof\s)"
    r"(?:cost|costing|pay|paid|paying|spend|spent|spending|earn|earned|earning|charge|charged|"
    r"charging|investing|"
    r"(?:sell|sold)(?=\s+for\b)|"
    r"fetch|fetched|(?:bring|brought|bringing)\s+in(?=\W*$)|donate|donated|invest|invested|owe|owed|"
    r"bid|fined|demand(?:ed)?(?=\s+(?:to|from|for)\b|\W*$)|"
    r"put(?=\s+(?:in|into|towards?)\b)|insured(?=\s+for\b)|valued(?=\s+at\b)|"
    r"awarded)\b"
    r"(?!\s+(?:of|gap|rises?|cuts?|increases?|deal|talks|freeze|packages?)\b)"
    # "What did he say the scheme would cost?", "What will it cost?", "What is the extension
    # expected to cost?", "What did it cost to remove the dam?" (not "What did the war cost?",
    # which may be answered in lives).
    # "How much of the money has the commission got back?": a part of a sum, in money.
    r"|\bhow\s+much\s+of\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:money|cash|funds|"
    r"ransom|loot)\b"
    # "What is the compensation worth in US dollars?": a sum asked in a currency.
    r"|^\W*(?:what|how\s+much)\b(?!\s+(?:percentage|percent|share|proportion|number)\b)[^?]*"
    r"\bin\s+(?:(?-i:US|U\.S\.|[A-Z][a-z]+)\s+)?(?:dollars|euros|sterling|yen|yuan|francs|rupees)\W*$"
    r"|^what\b.*\b(?:will|would|could)\s+(?:\w+\s+)?cost\W*$"
    # "What is Fatouma now paying for a bale of hay?", "What does the ferry charge per car?" (not
    # "What will the levy pay for?", "What did police charge a man with?").
    r"|^what\s+(?:is|are|was|were|does|do|did|will)\s+[^?]*\b(?:paying|charging|pay|charge)\s+"
    r"(?:for|per|each)\s+(?:a\s+|an\s+|each\s+|one\s+)?[\w-]+(?:\s+of\s+[\w\s-]+)?\W*$"
    r"|^what\b.*\b(?:expected|estimated|likely|forecast|projected|set|due|going)\s+to\s+cost\b"
    r"|^what\s+(?:did|does|do|will|would)\s+it\s+cost\s+to\b"
    # "What did a square metre of flat cost in 2015?", "What does one dose cost?": the price of
    # one of a kind (not "What did a single mistake cost him?").
    r"|^what\s+(?:did|does|do)\s+(?:a|an|one|each)\s+(?:[\w'’-]+\s+){0,8}?cost"
    r"(?=\s+(?:in|at|then|back|last|this|when|before|after)\b|\W*$)"
    # "What does the scannable code cost per bottle?": a price by the unit.
    r"|^what\s+(?:did|does|do|will|would)\s+(?:[\w'’-]+\s+){1,8}?cost\s+per\s"
    # "How much is the pocket watch worth?", "What is the snuffbox worth on its own?"
    r"|^(?:how\s+much|what)\s+(?:is|was|are|were)\b.*\bworth\b(?!\s+(?:of|it|the|a|an)\b)"
    # "What did the farmer spend on fertiliser last year?" (not what it was spent on, time
    # spent, or a tribute paid).
    rf"|^(?!.*\b(?:for|on|back|in|with|to|from|as|doing)\W*$)(?!.*\bcharge\b.*\bwith\b)"
    rf"what\s+{AUXILIARY}\s+(?:[\w'’-]+\s+){{1,12}}?(?:spend|pay|earn|charge|owe)\b"
    r"(?!\s+(?:\w+\s+)?(?:time|years?|months?|weeks?|weekends?|days?|nights?|summers?|"
    r"winters?|hours?|childhood|life|lives|tribute|attention|respects|homage)\b)",
    re.IGNORECASE,
)
# "What was Helvion's net profit last year?", "What is the total cost of attendance?", "What is
# the prize offered for a proof?", "What salary was she earning?", "How much is the toll for a
# lorry?", "Roughly what is the estimated value of the flock?": a sum of money, as literally as
# "How much profit ...?" (not "the cost of living", nor what a prize was awarded for). A
# question so worded asks for a number (`rag.evidence.answer_type`).
WHAT_SUM = re.compile(
    rf"^{_HEDGE}"
    r"(?:what|how\s+much)\s+(?:is|was|were|are|will\s+be)\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s?\s+)"
    r"(?:(?!(?:human|political|social|environmental|emotional|real|death|first-week|weekly|"
    r"ticket|unit|album|record)\b)[a-z][a-z-]*\s+)?"
    r"(?:profits?|revenues?|sales|salary|salaries|budgets?|prices?|costs?|fines?|turnover|wages?|"
    r"earnings|income|prize|reward|ransom|rent|fares?|fees?|tolls?(?!\s+on\b)|bail|compensation|"
    # "the value of the flock" (not "the value of education", "of his work").
    r"value(?=\s+of\s+the\b)|valuation)\b"
    r"(?!\s+(?:of\s+living|margins?|growth|rates?|tax|deficits?|increases?|rises?|cuts?|caps?|"
    r"gaps?|inflation|index|targets?|forecasts?|war|tag|awarded|given|won|winners?|money\s+for)\b)"
    r"|^(?:what|which)\s+(?:(?!(?:human|political|social|environmental|emotional|real)\b)"
    r"[a-z][a-z-]*\s+)?(?:profit|revenue|salary|budget|price|cost|fine|"
    rf"turnover|wages?|earnings|income|ransom|rent|fare|fee)\s+(?:per\s+[a-z]+\s+)?(?:{AUXILIARY})\b",
    re.IGNORECASE,
)
# "How much heat can the battery store?", "How much electricity will the farm generate?": an
# amount of energy (not "How much energy policy ...", nor a bill or a price).
_HOW_MUCH_ENERGY = re.compile(
    rf"\bhow much\s+(?:(?!{AUXILIARY}\b)[a-z]+\s+)?(?:energy|electricity|heat)\b"
    r"(?!\s+(?:bills?|prices?|costs?|tariffs?|policy|policies|sector|compan(?:y|ies)|firms?|"
    r"suppliers?|pumps?|networks?|demand|security|crisis)\b)"
    # Not a share ("How much electricity does Portugal get from wind?") nor a limit ("How much
    # heat is too much ...?").
    r"(?!.*\b(?:get|gets|got|come|comes|came)\s+from\b)(?!.*\btoo\s+much\b)",
    re.IGNORECASE,
)
# "How much land has burned?", "How much forest was lost?": an area, as literally as "How many
# hectares ...?".
_HOW_MUCH_LAND = re.compile(
    rf"\bhow much\s+(?:(?!{AUXILIARY}\b)[a-z]+\s+)?(?:land|farmland|forest|woodland|scrubland|"
    r"countryside)\b(?!\s+(?:fires?|prices?|values?|damage|tax|taxes)\b)",
    re.IGNORECASE,
)
# "How much does the train weigh?", "What did the pumpkin weigh on the scales?", "What did Fury
# weigh in at?", "How much weight did she lose?" and "How much can each drone carry?" ask for a
# weight, as literally as "How heavy is it?" (not "How much did the decision weigh on him?",
# "What will weigh on growth?" nor "What did the judge weigh when sentencing him?"). A question
# so worded asks for a number (`rag.evidence.answer_type`).
ASKS_WEIGHT = re.compile(
    r"\bhow much\b.*\bweigh(?:s|ed)?\b(?!\s+(?:on|in|up|into)\b)|\bhow much\s+weight\b"
    r"|^\W*what\s+(?:did|does|do|will|would|could|might)\s+.+\bweigh"
    r"(?:\s+in\s+at|\s+on\s+the\s+scales?|\s+at\s+birth|\s+(?:last|this)\s+\w+|\s+in\s+\d{4})?\W*$"
    r"|\bhow much\s+(?:can|could|will|would|does|do|did)\s+.+\s+(?:carry|haul)\W*$",
    re.IGNORECASE,
)
# Asked with these words, a measure is meant literally, as it is when asked by its name ("What
# is the speed limit on Brookfield Road?"); "How far has Russia gone?", "How deep is the
# relationship?" or "How much did the sanctions matter?" may be answered in words.
_LITERAL = frozenset({"many", "tall", "old", "often"})
# "How much" before a thing asks for an amount of it; before a verb or "of", it may not.
_HOW_MUCH_OF_A_THING = re.compile(
    r"\bhow much\s+(?!(?:did|does|do|has|have|had|will|would|can|could|should|might|may|must|"
    r"is|was|are|were|of|more|less|further|longer|better|worse)\b)[a-z]",
    re.IGNORECASE,
)
_HOW_LONG = re.compile(r"\bhow long\b(?!-)", re.IGNORECASE)
# "How far ahead must lines book?", "How far in advance ...?": a stretch of time, or a lead in
# metres ("300 metres ahead of the peloton"), as "How long" asks.
_HOW_FAR_AHEAD = re.compile(r"\bhow\s+far\s+(?:ahead|in\s+advance)\b", re.IGNORECASE)
_BY_HOW_MUCH = re.compile(r"\bby\s+how\s+much\b|\bhow\s+much\b[^?]*\bby\W*$", re.IGNORECASE)
# "How long was the ringleader sent to prison for?", "How long was Leanne Morgan jailed for?":
# a prison term, which only a sentence passed states ("was jailed for 11 years"), not the time
# the crimes went on ("between January 2024 and May 2025").
_ASKS_TERM = re.compile(
    r"\b(?:jailed|imprisoned|sentenced|locked\s+up|sent\s+to\s+(?:prison|jail)|behind\s+bars|"
    r"in\s+(?:prison|jail)|(?:prison|jail)\s+(?:terms?|sentences?))\b",
    re.IGNORECASE,
)
_AGO = re.compile(r"\bago\b", re.IGNORECASE)
# "How long is the route ...?", "How long was the ban?": how long a thing is, in length or in
# time, which a stated extent answers either way.
_HOW_LONG_A_THING = re.compile(
    r"\W*how\s+long\s+(?:is|was|are|were)\s+(?:the|its|their)\b", re.IGNORECASE
)
# "How long does the crossing take?", "How long did the siege last?", "How long have the talks
# lasted?", "How long is Kestrel-1 supposed to keep working?", "How long did the animals spend
# in quarantine?": a stretch of time (not "How long is the last section?").
_TAKES = re.compile(
    r"\bhow\s+long\s+(?:does|did|do|will|would|could|can|should|might|may|is|are|was|were|has|"
    r"have|had)\s+(?:(?!\b(?:which|who|whom|that|where|when)\b)[^?])*?"
    # The verb, not an adjective ("the last section") nor a relative clause's ("on which he
    # took gold").
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"\b(?:tak(?:e|es|en|ing)|took|last(?:s|ed|ing)?|keep(?:s|ing)?|kept|remain(?:s|ed|ing)?|"
    r"stay(?:s|ed|ing)?|continu(?:e|es|ed|ing)|operat(?:e|es|ed|ing)|serv(?:e|es|ed|ing)|"
    r"wait(?:s|ed|ing)?|surviv(?:e|es|ed|ing)|spen[dt]|spends|rul(?:e|es|ed|ing)|"
    r"reign(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# The share of the best evidence sentence's relevance that a sentence stating the measure needs.
_NEAR_BEST = 0.5
# ... and that a sentence of the best one's article needs where the article says what is asked
# in words of its own, in passing (a tally, a predecessor, a finding), which the ranker rates
# low.
FAR_SHARE = 0.2


def in_top_article(
    hits: Sequence[Hit], holds: Callable[[str, str], bool]
) -> Callable[[str, str], bool]:
    """Whether a sentence (after the one before it) is of the best retrieved passage's article,
    in any of its passages, and `holds`: the article the question is about, where a sentence
    that evidence selection wants whatever its retrieval score must be."""
    own = {s.text for h in hits if h.doc_id == hits[0].doc_id for s in h.sentences}
    return lambda sentence, previous: sentence in own and holds(sentence, previous)


def rated_near_best(evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences that may give what a question asks when the best one does not:
    those the ranker rates at least half as high as the best one, the one right after the
    best that refers back to it ("He put the cost of the scheme at £1.9 million." after the
    sentence on Martin Ebbs's redesign of the junction), and the quotations right after the
    best, which news uses to go on with what it reports, whatever their rating."""
    if not evidence:
        return []
    best = max(evidence, key=lambda e: e.relevance)
    following = speaker_goes_on(best, evidence)
    return [
        e
        for e in evidence
        if e.relevance >= _NEAR_BEST * best.relevance or continues(best, e) or e in following
    ]


_OPENS_QUOTE = re.compile(r"^[\"“‘]")


def speaker_goes_on(best: Evidence, evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences right after `best`, one after another, that open a quotation, as
    news goes on with a speaker's words: '"This is a tax on ...," he said.' and '"... They will
    simply book a hotel down the road in Hensby instead."' after "Opposition leader Graham
    Tulley ... said it would drive visitors to stay in neighbouring towns"."""
    chain, last = [], best
    while nxt := next((e for e in evidence if right_after(last, e)), None):
        if not _OPENS_QUOTE.match(nxt.sentence):
            break
        chain.append(nxt)
        last = nxt
    return chain


def near_best_instead(evidence: list[Evidence], holds: Callable[[str], bool]) -> Evidence | None:
    """The best-rated evidence sentence near the best one that `holds`, when the best one does
    not; None when the best one holds, or none near it does."""
    best = max(evidence, key=lambda e: e.relevance)
    if holds(best.sentence):
        return None
    holding = [e for e in rated_near_best(evidence) if holds(e.sentence)]
    return max(holding, key=lambda e: e.relevance) if holding else None


def near_or_far(evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences near the best (`rated_near_best`) or rated at least a fifth as
    high as the best (`FAR_SHARE`): news names who came before or after in passing, in a
    sentence on much else ("His job is being taken over by Bethan Rowlands, 41, a former pupil
    whom ..."), which the ranker rates low."""
    far, near = far_from_best(evidence), rated_near_best(evidence)
    return [e for e in evidence if e in far or e in near]


def rated_far_from_best(
    evidence: list[Evidence], holds: Callable[[Evidence], bool]
) -> Evidence | None:
    """The best-rated evidence sentence that `holds`, rated at least a fifth as high as the best
    one (`FAR_SHARE`), for rules that look past the best when it does not give what is asked:
    news may say it in a sentence of its own on much else, which the ranker rates low. None
    when no such sentence holds."""
    return max(
        (e for e in far_from_best(evidence) if holds(e)), key=lambda e: e.relevance, default=None
    )


def far_from_best(evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences rated at least a fifth as high as the best one (`FAR_SHARE`)."""
    floor = FAR_SHARE * max((e.relevance for e in evidence), default=0.0)
    return [e for e in evidence if e.relevance >= floor]


# Sentences this many characters apart (a space, a line or paragraph break) are consecutive.
_ADJACENT = 3
# A figure the sentence sets beside the one before: "That was up from 57 in 2022", "This compares
# with 31 a year earlier".
_SET_BESIDE = re.compile(
    r"^(?:that|this|the\s+(?:figure|number|total|count))\s+"
    r"(?:(?:was|is)\s+(?:up|down)\s+from|compares\s+with|compared\s+with)\b",
    re.IGNORECASE,
)
# A sentence going on about the one before: by "he" or "she", or by "it" for how long what the
# sentence before tells took, lasted or cost, or what it raised ("It took them 11 months."
# after "... whose team cleaned and repaired the painting", "It raised £9,400." after "... the
# auction of timbers"), not "it" for anything ("It separated from the rocket").
_REFERS_BACK = re.compile(
    r"^[\"“‘']?(?:he|she|his|her)\b"
    r"|^it\s+(?:(?:has|had)\s+taken|took|takes|lasted|lasts|cost|costs)\b"
    # A sum it made, not "It raised concerns".
    rf"|^it\s+(?:raised|fetched|earned|brought\s+in|sold\s+for)\s+{APPROXIMATELY}[£$€\d]"
    # A part of those the sentence before counts: "Fewer than one in ten of them are ..." after
    # "... treated about 150 patients with bile duct cancer a year" (not "Most of those who
    # live near the site ...").
    r"|^(?:[\w-]+\s+){1,5}?of\s+(?:them|those)\b(?!\s+who\b)"
    # A figure set beside the one before: "That was up from 57 in 2022" after "... found 94".
    rf"|{_SET_BESIDE.pattern}",
    re.IGNORECASE,
)


def continues(best: Evidence, sentence: Evidence) -> bool:
    """Whether `sentence` comes right after `best` in its article and refers back to it."""
    return right_after(best, sentence) and bool(_REFERS_BACK.match(sentence.sentence))


def sentence_before(sentence: Evidence, evidence: list[Evidence]) -> str:
    """The evidence sentence right before `sentence` in its document (only a space or a
    paragraph break between them), or ""."""
    return next(
        (
            e.sentence
            for e in evidence
            if e.doc_id == sentence.doc_id and 0 <= sentence.start - e.end <= _BREAK
        ),
        "",
    )


# The most characters between two sentences that follow each other: a paragraph break.
_BREAK = 4


def right_after(sentence: Evidence, other: Evidence) -> bool:
    """Whether `other` comes right after `sentence` in its article."""
    return other.doc_id == sentence.doc_id and 0 < other.start - sentence.end <= _ADJACENT


def _how(question: str) -> str | None:
    """The measure word of a "how" question, in lower case: "tall" of "How tall is Kim?"."""
    found = _HOW.search(question)
    return found[1].lower() if found else None


def asked_measure(question: str) -> str | None:
    """The measure a question asks for, when only one kind of quantity answers it; "How long"
    asks for a length or a stretch of time, "How long ago" for a time. "By how much" asks for
    a change, which a share gives as well as a sum: "By how much did Floraandes raise pay?" is
    answered by "raised wages ... by 9.5 per cent", "By how much did visitor numbers drop?" by
    "fell by about 40 per cent", not by "about 80 local men and women work as guides"."""
    if _HOW_FAR_AHEAD.search(question):
        return "extent"
    if _HOW_LONG.search(question):
        if _AGO.search(question):
            return "duration"
        if _ASKS_TERM.search(question):
            return "term"
        return "time" if _TAKES.search(question) else "extent"
    if ASKS_WEIGHT.search(question):
        return "weight"
    if _BY_HOW_MUCH.search(question):
        return "change"
    if ASKS_MONEY.search(question) or WHAT_SUM.search(question):
        return "money"
    if _HOW_MUCH_LAND.search(question):
        return "area"
    if _HOW_MUCH_ENERGY.search(question):
        return "energy"
    if _WHAT_PERCENT.search(question):
        return "percent"
    units = _HOW_MANY_UNITS.search(question)
    if units and units[1].lower() in _MEASURE_OF_UNIT:
        return _MEASURE_OF_UNIT[units[1].lower()]
    word = _how(question)
    if word:
        return _MEASURE_OF[word]
    if RACE_TIME.search(question):
        return "time"
    named = WHAT_MEASURE.search(question)
    return _MEASURE_NAMED[named["noun"].lower()] if named else None


def _literal(question: str) -> bool:
    """Whether the question's measure is meant literally, so that only a stated one answers."""
    return bool(
        _HOW_LONG.search(question)
        or _HOW_MUCH_OF_A_THING.search(question)
        or ASKS_WEIGHT.search(question)
        or ASKS_MONEY.search(question)
        or WHAT_SUM.search(question)
        or _how(question) in _LITERAL
        or _WHAT_PERCENT.search(question)
        or WHAT_MEASURE.search(question)
    )


# "How many nurses ...?" is not answered by "Grace Adeyemi, 44, ...", nor "How many coins ...?"
# by "6.5 metres by 4 metres": an age, a time of day or a quantity in units counts no thing
# (but "watched 1.2 million times" does: a sum only in a currency).
HOW_MANY = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
_NOT_COUNTS = (*_PHYSICAL, "percent", "currency", "duration")
# An age given beside a person ("Grace Adeyemi, 44, ..."; not the ", 1," of "In 2023, 1,400
# people"), or in years ("a 44-year-old", "aged 44"); not "built 300 homes in 2019".
_AGE_GIVEN = re.compile(
    rf"{_AGE_IN_WORDS}|(?<=[^\W\d_]),\s*\d{{1,3}}\s*,(?!\d)|{_AGE_LAST}",
    re.IGNORECASE,
)
_MILLION = re.compile(r"\d\s*m$")


def _uncounted_spans(sentence: str) -> list[tuple[int, int]]:
    """Where `sentence` gives an age, a time of day, a stretch of time ("six months' rent") or
    a quantity in units, with the rest of its amount ("€1.3 million"); not "2m people", where
    "m" is a million."""
    return [
        (m.start(), _REST_OF_AMOUNT.match(sentence, m.end()).end())
        for uncounting in (CLOCK, _AGE_GIVEN, *(_STATES[name] for name in _NOT_COUNTS))
        for m in uncounting.finditer(sentence)
        if not _MILLION.search(m[0])
    ]


# The words that scale a number: "14 million", "2.5bn", "€1.3m".
_SCALE_WORDS = "thousand|million|billion|trillion|crores?|lakhs?|bn|m"
# What may follow where a quantity's pattern stops: "€1" of "€1.3 million".
_REST_OF_AMOUNT = re.compile(rf"[\d.,]*\d(?:\s*(?:{_SCALE_WORDS}|k)\b)?|")


def _people_counted(sentence: str) -> list[tuple[int, int]]:
    """Where `sentence` counts people, which no "How much sorghum ...?" asks for: "thousands of
    families" is no amount of grain."""
    return [
        (m.start(), m.end())
        for m in _count_matches(sentence)
        if any(_counted(sentence, m, people) for people in _PEOPLE)
    ]


def _counts_outside(sentence: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a number in `sentence`, in words or a count in digits, stands outside `spans`."""
    return any(
        not any(start < m.end() and m.start() < end for start, end in spans)
        for m in (
            *_NUMBER_WORD.finditer(sentence),
            *(m for m in _NUMBER.finditer(sentence) if _is_count(sentence, m)),
        )
    )


# Units of time, shortest first, with how many of each make the next.
_TIME_UNITS = (
    ("second", 60), ("minute", 60), ("hour", 24), ("day", 7), ("week", 4), ("month", 12),
    ("year", 10), ("decade", 10), ("century", 10),
)  # fmt: skip
# A unit this many times shorter than the one asked still answers: "18 months" how many years,
# "ten days" how many weeks; "two hours" does not answer how many days.
_SHORTER_STILL_ANSWERS = 12


def _time_units_answering(question: str) -> str | None:
    """For "How many days ...?", a pattern of the units of time whose amounts answer it: days
    and longer, and the unit just shorter when it is not much shorter; None for other
    questions."""
    asked = _HOW_MANY_UNITS.search(question)
    unit = asked[1].lower() if asked else ""
    names = [name for name, _ in _TIME_UNITS]
    singular = "century" if unit == "centuries" else unit.removesuffix("s")
    if singular not in names:
        return None
    at = names.index(singular)
    if at and _TIME_UNITS[at - 1][1] <= _SHORTER_STILL_ANSWERS:
        at -= 1
    return "|".join("centur(?:y|ies)" if n == "century" else f"{n}s?" for n in names[at:])


def states(measure: str, sentence: str, question: str = "", previous: str = "") -> bool:
    """Whether `sentence` (after `previous`, when known) states a `measure` ("count", "length",
    "age", ...); an age, of whom `question` names, if it names anyone: "How old is Helen
    Marsh?" is not answered by "Judge Helen Marsh jailed Peter Quinlan, 58", and is by "The
    58-year-old ..." after a sentence about her.
    """
    if measure == "count":
        uncounted = _uncounted_spans(sentence) if HOW_MANY.search(question) else []
        if _stuff_asked(question):
            # "How much sorghum ...?" is no count of people.
            uncounted += _people_counted(sentence)
        return _counts_outside(sentence, uncounted)
    if measure in _MAGNITUDES:
        return _states_magnitude(_MAGNITUDES[measure], sentence)
    if measure == "period" and (units := _time_units_answering(question)):
        return bool(re.search(rf"{_AMOUNT}(?:{units})\b{_NOT_AN_AGE}", sentence, re.IGNORECASE))
    if measure == "age" and (kin := _kin_asked(question)):
        return aged_beside(sentence, kin)
    found = _STATES[measure].finditer(sentence)
    if measure in _SPANS_OF_TIME:
        often = _how_often(sentence)
        found = (m for m in found if not any(s <= m.start() and m.end() <= e for s, e in often))
    if measure == "length" and _how(question) == "tall":
        found = (m for m in found if not _of_another_thing(sentence, m, question))
    if measure == "length" and not _RATE_ASKED.search(question):
        found = (m for m in found if not _PER_PERIOD.match(sentence, m.end()))
    named = _aged_names(question) if measure == "age" else set()
    return any(
        not named
        or _beside(sentence, m, named, question)
        or (m.start() == len(_DESCRIBED_BY_AGE.match(sentence)[0]) and _mentions(previous, named))
        for m in found
    )


# A length per stretch of time is a rate: "riding about 600 kilometres a week" is no length of
# the race, though it answers "How far does the glacier move each year?".
_PER_PERIOD = re.compile(
    rf"\s+(?:a|an|per|each|every)\s+{_PERIOD}\b(?!\s+(?:ago|earlier|later|after|before)\b)",
    re.IGNORECASE,
)
_RATE_ASKED = re.compile(
    rf"\b(?:a|an|per|each|every)\s+{_PERIOD}\b|\bhow\s+(?:quickly|fast)\b|(?<![\w-])rate\b"
    r"|\b(?:hourly|daily|weekly|monthly|yearly|annually|per\s+annum)\b"
    r"|\bannual\s+(?:distance|rate|growth|increase|rise|fall|drop|movement|loss)\b",
    re.IGNORECASE,
)


# The measures a stretch of time states, which a frequency's period does not: "will pass over
# every part of the country every three days" says how often, not how long it will work.
_SPANS_OF_TIME = frozenset({"time", "extent", "duration"})


def _how_often(sentence: str) -> list[tuple[int, int]]:
    """Where `sentence` states a frequency ("every three days"), read once for all its
    stretches of time."""
    return [often.span() for often in _STATES["frequency"].finditer(sentence)]


def _of_another_thing(sentence: str, length: re.Match[str], question: str) -> bool:
    """Whether a length written as a compound word ("a 60-metre stretch of embankment") is of
    something measured along the ground that the question does not name: it tells how long the
    stretch is, not how tall the orchid on it grows."""
    described = _DESCRIBED_BY_LENGTH.match(sentence, length.end())
    return (
        "-" in length[0]
        and described is not None
        and described["thing"].lower() in _ALONG_THE_GROUND
        and not set(terms(described["thing"])) & set(terms(question))
    )


# Things measured along the ground, whose length is no one's height: "a 60-metre stretch", "the
# 98-kilometre circuit" (where "a 310-metre skyscraper" gives the Shard's height).
_ALONG_THE_GROUND = frozenset(
    "stretch section strip length route circuit course track trail road line path coastline "
    "corridor journey walk run swim race loop lap leg tunnel pipeline border fence".split()
)
# The thing a compound length describes: "stretch" of "a 60-metre stretch"; not "60-metre-high".
_DESCRIBED_BY_LENGTH = re.compile(
    r"\s+(?!(?:tall|high|long|wide|deep|in|of|above|below|across|from|to|and|or)\b)"
    r"(?P<thing>[a-z][\w-]*)"
)


# "How big" is answered by a quantity in any unit ("£9.2m", "85 per cent", "about 3 1/2 inches
# long") or a count ("a crowd of 41,872"); "How high" by one that can rise or fall ("an altitude
# of 540 kilometres", "25 basis points", not "the 640-kilogram spacecraft"). Neither by a time
# of day ("at 10:42 a.m.") nor a name ("a Condor-2 rocket"). Each maps to the measures whose
# units answer it and those whose units do not.
_MAGNITUDES = {
    "size": (
        ("length", "percent", "money", "temperature", "speed", "area", "volume", "weight", "power"),
        (),
    ),
    "level": (
        ("length", "percent", "money", "temperature", "speed"),
        ("area", "volume", "weight", "power"),
    ),
}
_BASIS_POINTS = re.compile(r"\d\s*basis\s+points?\b", re.IGNORECASE)


def _states_magnitude(measures: tuple[tuple[str, ...], tuple[str, ...]], sentence: str) -> bool:
    """Whether `sentence` states a quantity in one of the first `measures`' units, or counts
    something with a number that is no time of day and no quantity in the others' units."""
    answering, other = measures
    if _BASIS_POINTS.search(sentence) or any(_STATES[m].search(sentence) for m in answering):
        return True
    spans = [
        m.span()
        for pattern in (CLOCK, *(_STATES[name] for name in other))
        for m in pattern.finditer(sentence)
    ]
    return _counts_outside(sentence, spans)


# "The 27-year-old broke the record": a sentence about whom the one before it names.
_DESCRIBED_BY_AGE = re.compile(r"\W*(?:the|a)?\s*", re.IGNORECASE)


def _said_words(text: str) -> set[str]:
    """The words of `text` in lower case, possessives off ("purbeck" of "Purbeck's")."""
    return {w.lower() for w in _WORDS.findall(POSSESSIVE.sub("", text))}


def _mentions(text: str, named: set[str]) -> bool:
    """Whether `text` holds a word of `named` (`named_words`)."""
    return bool(_said_words(text) & named)


def stating_measure(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For a question that asks for a sum of money, a weight, a speed, a length, an amount in
    units or a count of a thing ("How much did the robot cost?", "How fast is the glacier
    moving?", "How long is the route ...?", "How many days did the crossing take?", "How many
    people took part in the consultation?"), whether a sentence (after the one before it) of
    the best passage's article states it, which evidence selection takes whatever its
    retrieval score: "The £1.8 million robot, known to staff as ..." shares only "robot" with
    the question, "More than 6,200 people responded to it." only "people". Another article's
    sums are of something else ("debt owed by the club" for what a festival owes). A measure
    in units of its own that the question may not mean literally ("How far ...?", "How deep
    ...?") must be stated on its topic (`_stated_on_topic`). Someone's age as `stating_age`;
    None for other questions."""
    measure = asked_measure(question)
    if measure == "age":
        return stating_age(question)
    units = _HOW_MANY_UNITS.search(question)
    literal = (
        measure in ("money", "weight", "speed", "term")
        or (measure == "length" and _literal(question))
        or (measure == "extent" and _HOW_LONG_A_THING.match(question))
        or (units and units[1].lower() in _MEASURE_OF_UNIT)
    )
    counted = _counted_terms(question) if measure == "count" and HOW_MANY.search(question) else []
    if not hits:
        return None
    if measure in _PHYSICAL and not literal:
        stated = _stated_on_topic(measure, question)
        return in_top_article(hits, lambda sentence, previous: stated(sentence))
    if not (literal or counted):
        return None
    return in_top_article(hits, _giving(measure, counted, question))


def _giving(measure: str, counted: list[str], question: str) -> Callable[[str, str], bool]:
    """Whether a sentence (after the one before it) gives what `question` asks: a number that
    counts one of `counted` (`_counted_terms`, for "how many" of a thing) when there are any,
    else the `measure` (`states`)."""
    if counted:
        # A place's people counted beside its name ("Slovakia, a country of 5.4 million people")
        # are no count of those who did anything, only of those who live there.
        housed = bool(_ASKS_WHO_LIVE.search(question))

        def counts(sentence: str, previous: str) -> bool:
            told = sentence if housed else _POPULATION_OF.sub("", sentence)
            return any(_counts(told, term) for term in counted) or _numbers_of(told, counted)

        return counts
    return lambda sentence, previous: states(measure, sentence, question, previous)


# "Slovakia, a country of 5.4 million people, ...": a place's people, set off beside its name
# (not "evacuated the town of 5,000 people").
_POPULATION_OF = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:country|nation|city|town|village|island|state|"
    rf"province|region|district|municipality|community)\s+of\s+{APPROXIMATELY}[\d.,]+"
    rf"(?:\s*(?:{_SCALE_WORDS}))?\s+(?:people|inhabitants|residents)(?=\s*[,;)])",
    re.IGNORECASE,
)
# Those who live somewhere, whom such a count is of.
_ASKS_WHO_LIVE = re.compile(
    r"\b(?:live|lives|living|lived|inhabitants|residents|population|populous)\b", re.IGNORECASE
)


def giving_asked(question: str) -> Callable[[str], bool] | None:
    """Whether a sentence gives the measure `question` asks for (`_giving`): "more than 9,600
    trips" for "How many trips have the ambulances made?", not "Forty-two motorbikes"; None
    for a question that asks for no measure."""
    measure = asked_measure(question)
    if measure is None:
        return None
    gives = _giving(measure, _counted_terms(question) if measure == "count" else [], question)
    return lambda sentence: gives(sentence, "")


def stating_age(question: str) -> Callable[[str, str], bool] | None:
    """For "How old is Ilse Marchetti?", whether a sentence (after the one before it) states
    her age ("Marchetti, 39, a former marine biologist"), which evidence selection takes
    whatever its retrieval score: a sentence that gives an age in passing shares little else
    with the question. None for other questions, or one that names nobody."""
    if asked_measure(question) != "age" or not _aged_names(question):
        return None
    return lambda sentence, previous: states("age", sentence, question, previous)


def aged_beside(sentence: str, noun: str) -> bool:
    """Whether `sentence` gives the age of what `noun` (a word in lower case) names, set off
    beside it or before it: "The female panda, a three-year-old named Suki", "the 40-year-old
    bridge", "Mrs Kettle's son, Graham, 58,", "Her son, Nilo, who is seven,", "Hamat Bojang, 52,
    the minister of lands" (not "The mayor said a 45-year-old man ...")."""
    noun = re.escape(noun)
    return bool(
        re.search(rf"(?i:\b{noun}(?:s|es)?,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{_AGED_WORD})", sentence)
        or re.search(
            rf"{NAME},\s+\d{{1,3}},\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?i:{noun})\b(?![’']s?\b)",
            sentence,
        )
        or re.search(
            rf"(?i:\b{noun}),\s+(?:{NAME}\s*,\s+)?(?:who\s+(?:is|was)\s+(?:now\s+)?)?"
            rf"(?:\d{{1,3}}|(?i:{_CARDINAL})),(?!\d)",
            sentence,
        )
        or re.search(rf"(?i:{_AGED_WORD}\s+(?:[\w-]+\s+)?{noun}\b)", sentence)
    )


# "three-year-old", "40-year-old".
_AGED_WORD = r"[\w]+-years?-old\b"


def named_words(question: str) -> set[str]:
    """The words of the names in `question`, in lower case: its capitalised words after the
    first that are no stop words ("orbitlink" of "Orbitlink's")."""
    words = POSSESSIVE.sub("", question)
    return {
        w.lower()
        for w in _WORDS.findall(words)[1:]
        if w[:1].isupper() and w.lower() not in STOPWORDS
    }


def _aged_names(question: str) -> set[str]:
    """The words of the names whose age "How old ...?" asks, which news writes beside the age:
    not a country's before a noun ("How old is the fossil found in the Egyptian quarry?", "How
    old is the Russian president?"), which only places or describes the one asked about (but
    "How old is Juan Santiago?" asks Santiago's age), nor a name that tells which one the last
    noun is ("How old is the new Tour du Rwanda champion?"), nor a place after a noun ("the
    youngest person in Timor-Leste to die of rabies"), nor one in a clause that tells apart
    someone described ("How old is the bus driver who waited in A&E?": the driver is not
    "A&E")."""
    question = without_telling_clause(question)
    describing = {m[1].lower() for m in _BEFORE_A_NOUN.finditer(question) if is_form(m[1])}
    describing |= {
        w.lower()
        for pattern in (_NAME_BEFORE_ITS_NOUN, _PLACING_A_NOUN)
        for m in pattern.finditer(question)
        for w in _WORDS.findall(m[1])
    }
    if kin := _kin_asked(question):
        return {kin}
    return named_words(question) - describing


def in_the_owners_article(
    question: str, sentence: Evidence, hits: Sequence[Hit], evidence: list[Evidence]
) -> bool:
    """Whether `sentence` may give the age a "How old is Lalao Rahantamalala's father?" asks:
    its article (its retrieved passages and evidence) names her, since "Her father, Martin, 50"
    in another article is someone else's father. True for other questions."""
    owner = named_words(question) if _kin_asked(question) else set()
    if not owner:
        return True
    article = [h.text for h in hits if h.doc_id == sentence.doc_id]
    article += [e.sentence for e in evidence if e.doc_id == sentence.doc_id]
    return _mentions(" ".join(article), owner)


def _kin_asked(question: str) -> str | None:
    """The relative whose age "How old is Joanne Pike's father?" asks ("father"), whom news
    gives the age of beside the noun ("Her father, 79, ..."), not beside her name ("Joanne
    Pike, 47, ...")."""
    owned = _KIN.search(question)
    return owned[1].lower() if owned else None


def without_telling_clause(question: str) -> str:
    """An age question without the clause that tells apart whom it asks of: "How old is the
    retired bus driver" of "... who had a long wait in A&E?". News gives the age beside the
    description ("an 83-year-old retired bus driver"), and what the clause says in another
    sentence. Other questions are returned as they are."""
    if asked_measure(question) != "age":
        return question
    return _CLAUSE_AFTER_A_NOUN.sub("", question)


# A named person's relative, ending the question: "father" of "How old is Joanne Pike's father?".
# "Norma Waldan's husband", "Huseynova's older brother", maybe told at a time: "when he died".
_KIN = re.compile(
    rf"\b[A-Z][\w’'-]*['’]s?\s+(?:(?:older|elder|eldest|younger|youngest|twin|late)\s+)?({KIN})"
    r"(?:\s+when\s+[^?]*)?\W*$"
)


# A relative clause after a word in lower case: "who had a long wait in A&E" of "the retired
# bus driver who had a long wait in A&E?".
_CLAUSE_AFTER_A_NOUN = re.compile(r"(?<=[a-z])\s+(?:who|whose|which|that)\b.*$")


# A place after a noun, placing it: "the youngest person in Timor-Leste to die of rabies".
_PLACING_A_NOUN = re.compile(rf"(?<=[a-z])\s+in\s+({NAME})")
# A capitalised word before a word in lower case: "Egyptian" of "the Egyptian quarry".
_BEFORE_A_NOUN = re.compile(r"\b([A-Z][\w’'-]*)\s+(?=[a-z])")
# A name after "the" that only tells which of its kind the noun after it is: "Tour du Rwanda" of
# "the new Tour du Rwanda champion", whose age is given beside the champion's own name.
_NAME_BEFORE_ITS_NOUN = re.compile(
    r"\b(?:the|a|an)\s+(?:[a-z][a-z’'-]*\s+){0,2}"
    r"((?:[A-Z][\w’'-]*\s+(?:(?:du|de|des|la|le|of|and)\s+(?=[A-Z]))?)+)"
    # ... or of "the new women's C1 world champion".
    r"(?=(?!(?:now|nowadays|today|then|there|still|yet|here|this|last|next|right|at|in|on)\b"
    r"|[a-z]+ly\b)[a-z]+(?:\s+[a-z]+)?\W*$)"
)


# The "'s" of an owner: "Kim's" names Kim.
POSSESSIVE = re.compile(r"['’]s\b")
# Names of days and months, which date a question rather than name what it asks about.
_DATE_WORDS = {w.lower() for w in (*WEEKDAYS, *MONTH_NAMES)}


def _beside(sentence: str, age: re.Match[str], named: set[str], question: str = "") -> bool:
    """Whether the `age` stated in `sentence` is of someone `named`: "Keller, 39," right after
    the name (not another of the family, `_namesake`), a year something was founded after it,
    any other form ("the 39-year-old Keller") within a few words of it."""
    if age[0].startswith(","):
        written = POSSESSIVE.sub("", sentence[: age.start()])
        before = _WORDS.findall(written)
        return bool(before) and before[-1].lower() in named and not _namesake(written, question)
    # What was founded or built in a year stands before it ("Parcelink was founded in 2017",
    # "Hartmann co-founded the company in 2017 with Omer Yildiz"), unless the sentence opens
    # with it ("Founded in 2017, Parcelink has ...").
    after = 0 if _MADE.match(age[0]) and sentence[: age.start()].strip() else _NEAR
    near = sentence[max(0, age.start() - _NEAR) : age.end() + after]
    return _mentions(near, named)


_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
# The capitalised words that end a text: the name an age after it belongs to.
_LAST_NAME = re.compile(rf"(?:{NAME_RUN.pattern})\s*$")
# Words before a name that are no part of it: "Mr", "Sir", "Leader", "The".
_BEFORE_A_NAME = STOPWORDS | {w.lower() for w in (*HONOURS, *TITLES)}


def _namesake(text: str, question: str) -> bool:
    """Whether the name that ends `text` is another person than any of that surname the
    question names: each has a given name the other lacks ("Imogen Tate, 34," is not "How old
    is Richard Tate?"'s answer; "Ms Tate, 34," or "Imogen Tate" for "How old is Tate?" is)."""
    written = _LAST_NAME.search(text)
    if not written:
        return False
    given = {w.lower() for w in _WORDS.findall(written[0])} - _BEFORE_A_NAME
    sharing = [
        asked
        for asked in (
            {w.lower() for w in _WORDS.findall(run)} - _BEFORE_A_NAME
            for run in NAME_RUN.findall(POSSESSIVE.sub("", question))
        )
        if asked & given
    ]
    return bool(sharing) and all(asked - given and given - asked for asked in sharing)


_MADE = re.compile(r"\b(?:founded|established|built|formed|created|dat(?:es|ing))\b", re.IGNORECASE)
# How far from an age, in characters, the name it belongs to may stand.
_NEAR = 40


def _is_count(sentence: str, number: re.Match[str]) -> bool:
    """A year is no count ("As late as 2017, ...", "in 1705 the Assembly"), unless a noun
    follows it as it follows a count ("2000 troops"); nor is a day of the month ("Sept 10",
    "10 September"), nor the end of a name ("channel Rossiya 1", "on Line 4"), unless it counts
    times ("the summit of Everest 14 times")."""
    if (
        _MONTH_BEFORE.search(sentence, 0, number.start())
        or _MONTH_AFTER.match(sentence, number.end())
        or (
            _NAME_BEFORE.search(sentence, 0, number.start())
            and not _TIMES_AFTER.match(sentence, number.end())
        )
    ):
        return False
    if not re.fullmatch(YEAR, number[0]):
        return True
    following = _NEXT_WORD.match(sentence, number.end())
    return following is not None and following[1] not in STOPWORDS


def _on_topic(question: str, sentence: str) -> bool:
    """Whether `sentence` holds a term of `question` or opens by referring back ("It hit at a
    depth of ..."). Doing neither, a sentence other than the best states the measure of
    something else: "The £1.2 million project is funded ..." is no price of each of the
    moorings the best sentence is about."""
    return bool(
        OPENS_BY_REFERRING.match(sentence) or set(question_terms(question)) & set(terms(sentence))
    )


def _near_of_the_named(question: str, evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences rated near the best (`rated_near_best`) that may state a measure
    of what the question names: another article's sentence must name it too. "Shares in
    Helvion fell 6.3 percent" does not say how much Orbitlink's shares fell, nor "The town of
    about 14,000 people" of another article what Sedbergh's population is."""
    best = max(evidence, key=lambda e: e.relevance)
    named = named_words(question) - _DATE_WORDS
    return [
        e
        for e in rated_near_best(evidence)
        if e.doc_id == best.doc_id or not named or _mentions(e.sentence, named)
    ]


def of_the_asked_article(
    question: str, hits: Sequence[Hit], evidence: list[Evidence]
) -> Evidence | None:
    """For a question for a measure, the sentence rated at least a fifth as high as the best
    that states it and holds most of what it asks, in an article whose retrieved passages hold
    every term of the question the best's article holds and more: "The programme costs about
    450,000 balboas a year" of the article on Panama's golden frogs answers "How much does the
    golden frog programme cost each year?", not "Each school costs about 22,000 maloti a year
    ... for the whole programme" of another article, which the ranker rates higher."""
    measure = asked_measure(question)
    if measure is None or not evidence:
        return None
    framed = set(question_terms(question))
    asked = {_lemma(w) for w in WORD.findall(question) if set(terms(w)) & framed}

    def held(doc_id: str) -> set[str]:
        text = " ".join(f"{h.title} {h.text}" for h in hits if h.doc_id == doc_id)
        return asked & _lemmas(text)

    best = max(evidence, key=lambda e: e.relevance)
    by_best = held(best.doc_id)
    fuller = {h.doc_id for h in hits if held(h.doc_id) > by_best}
    gives = _giving(measure, _counted_terms(question) if measure == "count" else [], question)
    stating = [
        e
        for e in far_from_best(evidence)
        if e.doc_id in fuller and gives(e.sentence, sentence_before(e, evidence))
    ]
    # Of those, the one holding most of the question's words besides those that tell the
    # articles apart: "The programme costs ..." over "smuggled golden frogs abroad and sold them
    # for several hundred dollars each".
    return max(
        stating, key=lambda e: (len(by_best & _lemmas(e.sentence)), e.relevance), default=None
    )


def _lemmas(text: str) -> set[str]:
    """The words of `text` by their lemmas (`_lemma`)."""
    return {_lemma(word) for word in WORD.findall(text)}


def _lemma(word: str) -> str:
    """`word` in lower case by its first lemma, so that "spent" is "spend" and "frogs" "frog"."""
    lemmas = getAllLemmas(word.lower())
    return next(iter(lemmas.values()))[0] if lemmas else word.lower()


def counting_all(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "How many shops does Hinode Mart have altogether?", the best-rated sentence of the
    best one's article, rated at least a fifth as high, that counts all of the thing as
    someone's ("one in eight of the chain's 6,400 shops"), when the best counts only some of
    them ("would stop opening around the clock at 800 of its shops"). None for other questions,
    or when no sentence counts them all."""
    if not _ASKS_ALL.search(question) or asked_measure(question) != "count" or not evidence:
        return None
    counted = _counted_terms(question)[:1]
    if not counted:
        return None
    owned = re.compile(
        rf"(?:\b(?:its|their|his|her)|['’]s)\s+{APPROXIMATELY}\d[\d,.]*\s+(?:[\w-]+\s+)?"
        rf"(?i:{re.escape(counted[0])})",
        re.IGNORECASE,
    )
    best = max(evidence, key=lambda e: e.relevance)
    if not _A_PART.search(best.sentence) or owned.search(best.sentence):
        return None
    return rated_far_from_best(
        evidence, lambda e: e.doc_id == best.doc_id and bool(owned.search(e.sentence))
    )


# A question for all of something: "... altogether?", "... in all?", "... in total?".
_ASKS_ALL = re.compile(r"\b(?:altogether|in\s+all|in\s+total|all\s+told)\W*$", re.IGNORECASE)
# Some of what a sentence counts: "at 800 of its shops", "120 of the company's".
_A_PART = re.compile(r"\b\d[\d,.]*\s+of\s+(?:its|their|his|her|the|our)\b", re.IGNORECASE)


def stating_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a "how" question, the best-rated evidence sentence near the best one that states
    what it asks, when the best one does not: "How deep was the earthquake?" is answered by "at
    a depth of about 10 kilometres", not by the lead that the ranker rates first. For "how many"
    of a thing, a sentence that counts that thing ("in 11 papers" for "In how many papers ...?")
    over one with some other number ("The 212-page report"). A measure meant literally is
    stated in the words asked ("stands 150 metres high" for "How tall ...?"). None when the best
    sentence states it, or no sentence near it does: for a measure in units of its own or one
    "How long ...?" asks, none of the best's article on the question's topic rated at least a
    fifth as high as the best (`_stated_far_from_best`)."""
    measure = asked_measure(question)
    if measure is None or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    near = _near_of_the_named(question, evidence)
    counted = _counted_terms(question) if measure == "count" else []
    gives = _giving(measure, counted, question)
    # A measure meant literally is stated in the words asked, as `unmeasured` reads it.
    said = _said_as_asked(question) if _literal(question) else lambda sentence: True
    stating = [
        e
        for e in near
        if gives(e.sentence, sentence_before(e, evidence))
        and (bool(counted) or e is best or _on_topic(question, e.sentence))
        and said(e.sentence)
    ]
    if best not in stating and counted and _counts_them(best, evidence, counted):
        return None  # "up to 2,500 of them" after the sentence on the amphorae counted
    if best in stating and counted and not _counts_exactly(best.sentence, counted, question):
        # "Thousands of street lights" counts them less well than "about 14,000 of its 52,000
        # street lights", which must be of the same article.
        stating = [
            e
            for e in stating
            if e.doc_id == best.doc_id and _counts_exactly(e.sentence, counted, question)
        ]
    if _ASKS_ADDED.search(question):
        # "How many extra workers ...?" asks for those added: "about 1,100 more workers", not
        # "a workshop with 14 workers".
        # News tells of those added in a sentence of their own, which the ranker may rate
        # far below the best.
        added = [
            e
            for e in far_from_best(evidence)
            if e.doc_id == best.doc_id
            and _ADDED.search(e.sentence)
            and gives(e.sentence, sentence_before(e, evidence))
        ]
        stating = added or stating
    if best in stating:
        return None
    if not stating:
        return _stated_far_from_best(question, measure, evidence)
    return max(stating, key=lambda e: e.relevance)


# A count of those added to what there was: "How many extra workers ...?", "How many more
# flights ...?", "How many additional beds ...?".
_ASKS_ADDED = re.compile(r"\bhow\s+many\s+(?:extra|more|additional|further)\s+[a-z]", re.IGNORECASE)
# A number counting those added: "about 1,100 more workers", "another 300 beds", "an extra 40".
_ADDED = re.compile(
    r"\b\d[\d,.]*\s+(?:more|extra|additional|further)\s+[a-z]"
    r"|\b(?:another|an\s+extra|an\s+additional|a\s+further)\s+\d",
    re.IGNORECASE,
)


def _stated_far_from_best(question: str, measure: str, evidence: list[Evidence]) -> Evidence | None:
    """For a measure in units of its own (`_PHYSICAL`, or the length or time a "How long ...?"
    question asks), the best-rated sentence of the best one's article that states it on the
    question's topic (`_stated_on_topic`), rated far below the best, as `stating_measure` admits
    it: "The sledge, made mostly of birch and about 2.3 metres long, was lying ..." for "How long
    is the Viking Age sledge?" under the sentence dating it. One whose subject is the thing
    asked about is about it however low it is rated: "The skull is 71 centimetres long and
    weighs about 28 kilograms" for "How heavy is the diprotodon skull?", under the quotations
    on the find."""
    if measure not in _PHYSICAL and measure != "extent":
        return None
    best = max(evidence, key=lambda e: e.relevance)
    stated = _stated_on_topic(measure, question)
    of_the_article = [e for e in evidence if e.doc_id == best.doc_id and stated(e.sentence)]
    far = rated_far_from_best(evidence, lambda e: e in of_the_article)
    if far is not None:
        return far
    about = _about_the_thing(question)
    return max(
        (e for e in of_the_article if about(e.sentence)), key=lambda e: e.relevance, default=None
    )


def _about_the_thing(question: str) -> Callable[[str], bool]:
    """Whether a sentence opens with the thing a "How heavy is the diprotodon skull?" question
    ends with, as its subject ("The skull is ...", "Its skull weighs ..."); never for other
    questions."""
    asked = _HOW_OF_THING.match(question)
    if asked is None:
        return lambda sentence: False
    opens = re.compile(
        rf"^(?:The|Its)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(asked['head'])}\s+"
        r"(?:is|was|are|were|measures|measured|weighs|weighed|stands|stood)\b"
    )
    return lambda sentence: bool(opens.match(sentence))


def of_the_thing_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "How long is the digital code that every building now has?", the best-rated sentence
    of the best one's article, rated at least a fifth as high, that gives the measure beside the
    thing asked ("a 10-character digital code", "the code is ten characters long"), when the
    best gives it only of something else ("finished a four-year project"). None for other
    questions."""
    of_it = _measuring_the_thing(question)
    if of_it is None or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if of_it(best.sentence):
        return None
    return rated_far_from_best(evidence, lambda e: e.doc_id == best.doc_id and of_it(e.sentence))


def measures_the_thing(question: str, sentence: str) -> bool:
    """Whether `sentence` gives the measure a "How long is the digital code ...?" question asks
    beside the thing asked (`of_the_thing_best`): such a sentence answers, whatever else the
    question says ("that every building now has")."""
    of_it = _measuring_the_thing(question)
    return of_it is not None and of_it(sentence)


def _measuring_the_thing(question: str) -> Callable[[str], bool] | None:
    """Whether a sentence gives the measure a "How long is the digital code ...?" question asks
    beside the thing it names ("a 10-character digital code"); None for other questions."""
    measure = asked_measure(question)
    asked = _THING_MEASURED.match(question)
    if not asked or measure not in (*_PHYSICAL, "extent"):
        return None
    head = re.escape(asked["head"])
    after = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{head}s?\b", re.IGNORECASE)
    before = re.compile(rf"\b{head}s?\b[^.;]{{0,60}}$", re.IGNORECASE)
    return lambda sentence: any(
        after.match(sentence, m.end()) or before.search(sentence, 0, m.start())
        for m in _STATES[measure].finditer(sentence)
    )


# "How heavy is the diprotodon skull?": a measure of a thing, up to its noun (group "head").
_HOW_OF_THE = (
    r"^\W*(?i:how\s+[a-z]+\s+(?:is|was|are|were)\s+(?:the|its|their))\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<head>[a-z][\w-]*)"
)
# "How long is the digital code that every building now has?": a measure of the thing named
# before any clause ("code").
_THING_MEASURED = re.compile(
    rf"{_HOW_OF_THE}(?=\s+(?:that|which|who|in|of|at|on|for|from|with|by|near)\b|\W*$)"
)
# ... of the thing the question ends with ("skull").
_HOW_OF_THING = re.compile(rf"{_HOW_OF_THE}\W*$")


def _stated_on_topic(
    measure: str, question: str, said: Callable[[str], bool] | None = None
) -> Callable[[str], bool]:
    """Whether a sentence states a measure in units of its own (`_PHYSICAL`) on the question's
    topic (`_on_topic`), in the words of the "how" asked, when they are ones news uses: "... said
    the shaft was thought to be at least 180 metres deep" for "How deep is the old mine shaft
    believed to be?", not "The hole is six metres deep", nor "share a border 17 kilometres long"
    for "How deep is the relationship between Russia and North Korea?". `said` reads the words
    of a "how" a noun asks instead ("the height of", `_HOW_OF_NOUN`)."""
    said = said or _said_as_asked(question)
    return lambda sentence: (
        states(measure, sentence, question) and _on_topic(question, sentence) and said(sentence)
    )


def _said_as_asked(question: str) -> Callable[[str], bool]:
    """Whether a sentence gives a length in the words of the "how" asked (`_said_with`); for
    "How long is the sunken ship?", not only as another of its measures or a distance ("lying
    at a depth of 58 metres", "1.5 kilometres off Cape Stončica")."""
    if _HOW_LONG_A_THING.match(question) and asked_measure(question) == "extent":
        return lambda sentence: not _only_otherwise(sentence)
    return _said_with(_how(question))


def _only_otherwise(sentence: str) -> bool:
    """Whether every length `sentence` gives is told as another measure or a distance: "at a
    depth of 58 metres", "300 metres deep", "1.5 kilometres off the cape" (not "the 18-metre
    mural", "24 metres long", nor a sentence giving no length)."""
    lengths = list(_STATES["length"].finditer(sentence))
    return bool(lengths) and all(
        _OTHER_MEASURE_BEFORE.search(sentence[: m.start()])
        or _OTHER_MEASURE_AFTER.match(sentence[m.end() :])
        for m in lengths
    )


# Another measure or a distance told by a length: "a depth of" 58 metres, 58 metres "deep", 1.5
# kilometres "off".
_OTHER_MEASURE_BEFORE = re.compile(
    rf"\b(?:depth|altitude|height|width|diameter|elevation)\s+of\s+{APPROXIMATELY}$",
    re.IGNORECASE,
)
_OTHER_MEASURE_AFTER = re.compile(
    r"\s*(?:deep|high|tall|wide|across|off|away|offshore|inland)\b", re.IGNORECASE
)


def _said_with(how: str | None) -> Callable[[str], bool]:
    """Whether a sentence gives a length in the words of `how`, when they are ones news uses
    (`_SAID_WITH`): "stands 150 metres high" for "How tall ...?", not "730 metres from the
    nearest turbine"; any sentence for another "how", or none."""
    said = _SAID_WITH.get(how or "")
    return lambda sentence: said is None or bool(said.search(sentence))


# The words a sentence gives a length with, for "How tall ...?", "How deep ...?", "How wide
# ...?" and "How far ...?" (not "the High Court", "high-speed").
_SAID_WITH = {
    "tall": re.compile(r"\b(?:[Tt]all(?:er)?|[Hh]eights?|high(?:er)?(?![-\w]))\b"),
    "deep": re.compile(r"\b(?:deep|depth|below|beneath|underground|down)\b", re.IGNORECASE),
    "wide": re.compile(r"\b(?:wide|width|across|diameter)\b", re.IGNORECASE),
    "far": re.compile(
        r"\b(?:away|from|distance|off|apart|north|south|east|west|inland|offshore)\b",
        re.IGNORECASE,
    ),
}


def _uncounted_by_best(
    question: str, evidence: list[Evidence]
) -> tuple[list[str], Evidence] | None:
    """The terms a "how many" question counts (`_counted_terms`) and the best-rated evidence
    sentence, when that sentence counts none of them: where `counting_back` and `counting_on`
    look past it. None for other questions, or when the best sentence counts the thing."""
    counted = _counted_terms(question) if asked_measure(question) == "count" else []
    if not counted or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if any(_counts(best.sentence, term) for term in counted):
        return None
    return counted, best


def counting_back(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "how many" of a thing, the best-rated sentence of the best one's article, rated at
    least a fifth as high, that counts "them" right after a sentence naming the thing, when the
    best one does not count it: "It sold 14.6 million of them last year" after "The company's
    best-selling product is the meat and potato pie." for "How many meat and potato pies did
    Barlow's sell last year?", which the ranker rates low for sharing no word with it. For "Of
    the batches seized, how many contained synthetic compounds?", "them" may be the whole the
    question counts a part of, when the sentence tells what the part did: "Fourteen of them were
    found to contain synthetic compounds" after "... seized 22 batches". None for other
    questions, or when no such sentence is found."""
    uncounted = _uncounted_by_best(question, evidence)
    if uncounted is None:
        return None
    counted, best = uncounted
    whole = _OF_THE_WHOLE.match(question)
    # Its noun, after any number or owner: "lorries" of "30 lorries", "staff" of "the firm's
    # staff in Leeds".
    whole_noun = terms(_OWNER_OR_NUMBER.sub(" ", whole["whole"]))[:1] if whole else []

    def counts_them(e: Evidence) -> bool:
        return _counts_them(e, evidence, counted) or (
            bool(whole_noun)
            and set(counted) <= set(terms(e.sentence))
            and _counts_them(e, evidence, whole_noun)
        )

    return rated_far_from_best(evidence, lambda e: e.doc_id == best.doc_id and counts_them(e))


_OWNER_OR_NUMBER = re.compile(r"[\w’'-]+['’]s\b|\b\d[\d,.]*\b")
# "Of the batches seized from the warehouse, how many ...?": the whole a part is counted of.
_OF_THE_WHOLE = re.compile(
    r"^\W*of\s+(?:the|those|these|its|their|his|her)\s+(?P<whole>[^,?]+),\s*how\s+many\b",
    re.IGNORECASE,
)


def _counts_them(sentence: Evidence, evidence: list[Evidence], counted: list[str]) -> bool:
    """Whether `sentence` counts "them" right after an evidence sentence naming one of the
    `counted` terms: "... could have carried up to 2,500 of them" after "... counted about 700
    amphorae"."""
    return bool(set(counted) & set(terms(sentence_before(sentence, evidence)))) and any(
        _OF_THEM.match(sentence.sentence, n.end()) for n in _count_matches(sentence.sentence)
    )


def counting_on(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "How many members does Purbeck Beach Watch have?", the best-rated sentence of the
    best one's article that goes on by "it" or "they" about what the question names and counts
    the thing asked exactly: "It now has more than 1,200 members." The name (every word of it)
    is in the sentence before, or in the one before that when the sentence between goes on
    about it too ("... organised by Purbeck Beach Watch. The group was set up by ... It now
    has ..."). The ranker rates such a short sentence far below the best for sharing no more
    than the counted word with the question, so no floor applies. None for other questions,
    when the best sentence counts the thing, or when no such sentence is found."""
    named = named_words(question) - _DATE_WORDS
    uncounted = _uncounted_by_best(question, evidence)
    if not named or uncounted is None:
        return None
    counted, best = uncounted

    def names_before(sentence: Evidence) -> bool:
        before = _evidence_before(sentence, evidence)
        if before is None:
            return False
        if _mentions_all(before.sentence, named):
            return True
        earlier = _evidence_before(before, evidence) if _GOES_ON.match(before.sentence) else None
        return earlier is not None and _mentions_all(earlier.sentence, named)

    going_on = [
        e
        for e in evidence
        if e.doc_id == best.doc_id
        and _REFERS_AS_IT.match(e.sentence)
        and _names_nothing_else(e.sentence, named)
        and _counts_exactly(e.sentence, counted, question)
        and names_before(e)
    ]
    return max(going_on, key=lambda e: e.relevance, default=None)


# A sentence that goes on about a body the one before names: by "it" or "they" ("It now has
# ...", "They employ ..."), or by what it is ("The group was set up ...").
_REFERS_AS_IT = re.compile(r"^[\"“‘]?(?:it|its|they|their)\b", re.IGNORECASE)
_GOES_ON = re.compile(
    rf"{_REFERS_AS_IT.pattern}|^the\s+(?:group|club|charity|company|firm|society|association|"
    r"organisation|organization|trust|team|network|campaign|business|chain)\b",
    re.IGNORECASE,
)


def _evidence_before(sentence: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The evidence sentence right before `sentence` in its article, if it is evidence."""
    return next((e for e in evidence if right_after(e, sentence)), None)


def _names_nothing_else(sentence: str, named: set[str]) -> bool:
    """Whether every capitalised word of `sentence` after its first is of `named`: "Its rival,
    Swanage Sea Watch, now has 900 members" counts another body's."""
    return all(w.lower() in named for w in _WORDS.findall(sentence)[1:] if w[:1].isupper())


def _mentions_all(text: str, named: set[str]) -> bool:
    """Whether `text` holds every word of `named` (`named_words`)."""
    return named <= _said_words(text)


# What a number counts when it counts what the sentence before names: "14.6 million of them".
_OF_THEM = re.compile(
    r"(?:m|bn)?\s+(?:(?:hundred|thousand|million|billion)\s+)?of\s+(?:them|those|these)\b",
    re.IGNORECASE,
)


def share_of_another(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question for a share of a group of people by sex or age ("What share of women
    in the survey were infected?") has no evidence sentence rated near the best that speaks of
    that group, in any of its words ("female respondents"): "found that 19 per cent were
    infected" is the share of everyone tested, not of the women. A sentence of the best's
    article that gives a share of it (`share_of_best`) speaks of it however low the ranker rates
    it, and one giving a share "of them" may speak of it in the sentence before."""
    whole = _whole_of_share(question)
    near = rated_near_best(evidence)
    group = whole & set(_GROUPS_OF_PEOPLE)
    if not group or not near:
        return False
    said = {word for term in group for word in _GROUPS_OF_PEOPLE[term]}
    return (
        not any(said & set(terms(e.sentence)) or _OF_THEM.search(e.sentence) for e in near)
        and share_of_best(question, evidence) is None
    )


# The people a share may be of a part of everyone counted, by sex or age ("women", "children"),
# with the words that speak of them ("female respondents"): the share of all is no share of
# them. Other wholes are often the people counted, unnamed ("22%
# said they disliked it" for "What share of surveyed pupils ...?").
_GROUPS_OF_PEOPLE = {
    group: frozenset(terms(words))
    for group, words in {
        **dict.fromkeys(terms("women woman girls"), "women woman female females girls girl"),
        **dict.fromkeys(terms("men man boys"), "men man male males boys boy"),
        **dict.fromkeys(terms("children"), "children child girls boys pupils under-18s"),
        **dict.fromkeys(terms("adults"), "adults adult"),
        **dict.fromkeys(terms("teenagers"), "teenagers teenage teens adolescents"),
        **dict.fromkeys(terms("elderly pensioners"), "elderly older pensioners over-65s"),
    }.items()
}


def _whole_of_share(question: str) -> set[str]:
    """The terms of the whole a "What share of ...?" question asks a share of, in lower case
    ("staff" of "What share of its staff is Nimbus laying off?", with the other words for a
    workforce); none for other questions."""
    asked = _SHARE_OF.search(question)
    if not asked:
        return set()
    # Its words in lower case: "Nimbus staff" is a share of staff, not of Nimbus.
    whole = set(terms(" ".join(w for w in asked["whole"].split() if w.islower())))
    if whole & set(_EMPLOYED):
        whole |= set(_WORKFORCE)  # "7 per cent of its workforce"
    return whole


def share_of_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "What share of its staff is Nimbus laying off?", the best-rated sentence of the best
    one's article, rated at least a fifth as high, that gives a share of the whole the question
    names ("about 1,200 jobs, or 7 per cent of its staff"), when the best one gives none: the
    ranker rates "Nimbus shares fell 4.1 per cent" high on the word alone. None for other
    questions, or when no such sentence is found."""
    whole = _whole_of_share(question)
    if not whole or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if _gives_share_of(best.sentence, whole):
        return None
    return rated_far_from_best(
        evidence, lambda e: e.doc_id == best.doc_id and _gives_share_of(e.sentence, whole)
    )


# "What share of its staff ...?", "What percentage of the adult population ...?": the whole the
# share is of (group "whole").
_SHARE_OF = re.compile(
    r"\b(?:what|which)\s+(?:percentage|percent|per\s+cent|share|proportion)\s+of\s+"
    r"(?:(?:its|their|the|his|her|all)\s+)?(?P<whole>[\w’'-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)


def _gives_share_of(sentence: str, whole: set[str]) -> bool:
    """Whether `sentence` gives a share of one of the `whole` terms, within a few words after
    "of": "7 per cent of its staff", "a third of all workers"."""
    for share in _STATES["percent"].finditer(sentence):
        of = re.match(r"\s+of\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", sentence[share.end() :])
        if (share[0].lower().endswith(" of") or of) and whole & set(
            terms(of[1] if of else sentence[share.end() : share.end() + _COUNT_REACH])
        ):
            return True
    return False


def sum_of_the_deed(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for the sum of a deed ("How much money did the Tržič ski maker lose?"),
    the best-rated sentence of the best one's article, rated at least a fifth as high, that
    gives a sum beside a word for that deed ("it made a net loss of 4.2 million euros"), when
    the best one gives none: the ranker rates "will invest 18 million euros ... after posting
    its first loss" high for the loss it names without a sum. A sum told with a year the
    question does not name is another year's ("Its rival lost 1 million euros in 2019"). None
    for other questions, or when no such sentence is found."""
    if asked_measure(question) != "money" or not evidence:
        return None
    deed = _asked_deed(question)
    if deed is None:
        return None
    told = re.compile(rf"\b(?:{_DEEDS[deed]})\b", re.IGNORECASE)
    best = max(evidence, key=lambda e: e.relevance)
    if _sum_told(told, best.sentence, question):
        return None
    return rated_far_from_best(
        evidence, lambda e: e.doc_id == best.doc_id and _sum_told(told, e.sentence, question)
    )


# The deeds a question may ask the sum of, each with the words news tells it by; a sum taken is
# told as received ("The court found that he had received 7.8 million koruna" for "How much did
# the court say Kadlec took from the supplier?").
_DEEDS = {
    "lose": r"los(?:e|es|t|ing|s|ses)",
    "spend": r"sp(?:end|ends|ent|ending)",
    "raise": r"rais(?:e|es|ed|ing)",
    "earn": r"earn(?:s|ed|ing|ings)?",
    "owe": r"ow(?:e|es|ed|ing)|debts?",
    "invest": r"invest(?:s|ed|ing|ments?)?",
    "donate": r"donat(?:e|es|ed|ing|ions?)",
    "borrow": r"borrow(?:s|ed|ing)?",
    "save": r"sav(?:e|es|ed|ing|ings)",
    "take": r"t(?:ake|akes|ook|aken|aking)|receiv(?:e|es|ed|ing)|accept(?:s|ed|ing)?",
}
_SAME_DEED = {"receive": "take", "accept": "take"}
# "How much did ...", "How much money has ...": the auxiliary, and the verb's form after it.
_HOW_MUCH_DONE = re.compile(
    rf"\bhow\s+much\s+(?:money\s+)?(?P<aux>{AUXILIARY})\s+(?P<rest>[^?]+)", re.IGNORECASE
)
_FORM_AFTER = {
    **dict.fromkeys(("did", "does", "do", "will", "would", "can", "could"), ("VB",)),
    **dict.fromkeys(("has", "have", "had"), ("VBN",)),
    **dict.fromkeys(("is", "are", "was", "were"), ("VBN", "VBG")),
}


def _asked_deed(question: str) -> str | None:
    """The deed (a key of `_DEEDS`) a "How much did X lose?" question asks the sum of: the
    first word for one after the auxiliary in the form the auxiliary takes ("lose" after "did",
    "spent" after "has", any tense in what someone is asked to have said: "did the court say
    Kadlec took"), not a participle describing the subject ("families spending less than
    $60,000")."""
    asked = _HOW_MUCH_DONE.search(question)
    if not asked:
        return None
    forms = _FORM_AFTER[asked["aux"].lower()]
    for word in WORD.findall(asked["rest"].lower()):
        lemmas = getAllLemmas(word).get("VERB", ())
        for lemma in lemmas:
            deed = _SAME_DEED.get(lemma, lemma)
            if deed in _DEEDS and any(word in getInflection(lemma, form) for form in forms):
                return deed
        if set(lemmas) & _SAYING:  # "did the court say Kadlec took": a clause of its own
            forms = ("VBD", "VBZ", "VBN")
    return None


_SAYING = {"say", "think", "believe", "claim", "allege", "estimate", "find", "report"}


def _sum_told(told: re.Pattern[str], sentence: str, question: str) -> bool:
    """Whether `sentence` gives a sum beside a word for the deed (`told`), in the clause right
    after it ("a net loss of 4.2 million euros", "lost about £3m") or right before it ("4.2
    million euros was lost"), without a year the question does not name; not "its first loss
    since 1991"."""
    asked_years = set(A_YEAR.findall(question))
    for deed in told.finditer(sentence):
        after = _clauses(sentence[deed.end() : deed.end() + _COUNT_REACH])[0]
        before = _clauses(sentence[max(0, deed.start() - _COUNT_REACH) : deed.start()])[-1]
        for clause in (after, before):
            other_years = set(A_YEAR.findall(clause)) - asked_years
            if _STATES["currency"].search(clause) and not other_years:
                return True
    return False


def _clauses(text: str) -> list[str]:
    """`text` split where a clause may end: a semicolon, a colon, a full stop or a comma, but
    not the comma or point inside a figure ("4,200", "4.2")."""
    return re.split(r"[;:]|[,.](?!\d)", text)


def bounding_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question that asks a limit ("What is the minimum number of questions a candidate
    must get right?", "How large can a village be to enter?"), the best-rated sentence of the
    best one's article, rated at least a fifth as high and on its topic (`_on_topic`), that
    states one ("at least 43 of the questions", "a population of no more than 5,000"), when the
    best one does not: the best gives some other number of the same things ("made up of 50
    multiple-choice questions"). None for other questions, or when no such sentence is found."""
    if not evidence or not _ASKS_LIMIT.search(question):
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if _LIMIT.search(best.sentence):
        return None
    return rated_far_from_best(
        evidence,
        lambda e: (
            e.doc_id == best.doc_id
            and bool(_LIMIT.search(e.sentence))
            and _on_topic(question, e.sentence)
        ),
    )


# What asks a limit: "the minimum number", "the maximum sentence", "at least how many", "How
# large can a village be?", "How old must a driver be?"; not "How much can each drone carry?",
# which may be said exactly, nor "the maximum temperature" or "capacity", measures.
_ASKS_LIMIT = re.compile(
    r"\b(?:minimum|maximum)\s+(?:[a-z]+\s+){0,2}?(?:number|age|amount|sentence|term|fine|"
    r"penalty|fee|limit)\b"
    r"|\b(?:at\s+(?:least|most)|no\s+(?:more|fewer|less)\s+than|fewest)\b"
    r"|\bhow\s+(?:large|big|old|young|long|far|high|fast|small)\s+"
    r"(?:can|must|may|could|should)\s+(?:[\w’'-]+\s+){0,4}?be\b",
    re.IGNORECASE,
)
# A limit stated: "at least 43", "no more than 5,000", "a maximum sentence of 14 years", "up
# to three", "18 or over".
_LIMIT = re.compile(
    r"\b(?:at\s+(?:least|most)|(?:no|not)\s+(?:more|fewer|less|older|younger)\s+than|"
    rf"(?:minimum|maximum)\s+(?:[a-z]+\s+){{0,2}}of|up\s+to)\s+(?:[£$€]\s*)?(?:\d|(?:{_CARDINAL})\b)"
    rf"|(?:\d[\d,.]*|\b(?:{_CARDINAL}))\s+or\s+(?:more|fewer|less|over|under|older|younger)\b",
    re.IGNORECASE,
)


# A count in round words that gives no number: "thousands of", "dozens of" ...
_ROUGHLY = re.compile(r"(?:hundreds|thousands|millions|billions|trillions|dozens)$", re.I)
# ... or "several thousand", "a few hundred".
_ROUGHLY_BEFORE = re.compile(r"\b(?:several|few|many)\s+$", re.IGNORECASE)


def _counts_exactly(sentence: str, counted: list[str], question: str = "") -> bool:
    """Whether a number in `sentence` counts one of `counted` other than in round words, or
    than by how many more or fewer there were ("Twelve fewer people were killed") unless the
    `question` asks that; or, when it does not, whether a figure follows the number of them
    (`_numbers_of`)."""
    compares = _ASKS_DIFFERENCE.search(question)
    return any(
        _counted(sentence, number, term)
        and not _ROUGHLY.match(number[0])
        and not _ROUGHLY_BEFORE.search(sentence[: number.start()])
        and (compares or not _MORE_OR_FEWER.match(sentence, number.end()))
        for number in _count_matches(sentence)
        for term in counted
    ) or (not compares and _numbers_of(sentence, counted))


def _numbers_of(sentence: str, counted: list[str]) -> bool:
    """Whether a figure, no year, follows the number of one of `counted` that `sentence` names,
    in its clause and after a verb saying what the number was: "the number of people killed
    ... fell from 31 ... to 19" (not "a number of people", nor "The number of people killed
    was not given, but 40 were injured")."""
    numbered = _NUMBER_OF.search(sentence)
    if not numbered or not set(terms(numbered["counted"])) & set(counted):
        return False
    clause = _CLAUSE_END.split(sentence[numbered.end() :], maxsplit=1)[0]
    moved = _NUMBER_WAS.search(clause)
    return bool(
        moved and any(not _YEAR.fullmatch(n[0]) for n in _NUMBER.finditer(clause, moved.end()))
    )


# By how many a count differs from another: "Twelve fewer", "300 more".
_MORE_OR_FEWER = re.compile(r"\s*\b(?:more|fewer|less)\b", re.IGNORECASE)
# A question asking that: "How many fewer people ...?".
_ASKS_DIFFERENCE = re.compile(r"\bhow\s+(?:many|much)\s+(?:more|fewer|less)\b", re.IGNORECASE)
# The number of what a sentence counts, maybe with what describes it: "the number of people
# killed", "the total number of staff" (group "counted").
_NUMBER_OF = re.compile(
    r"\b(?i:the)\s+(?:total\s+)?number\s+of\s+(?P<counted>[\w-]+(?:\s+[\w-]+)?)"
)
# What says what a number was or will be: "was", "fell from", "rose to", "stood at", "will
# rise from".
_NUMBER_WAS = re.compile(
    r"\b(?:is|was|are|were|be|been|fell|falls?|fallen|rose|rises?|risen|stood|stands?|"
    r"reach(?:es|ed)?|(?:in|de)creas(?:es?|ed)|drop(?:s|ped)?|climb(?:s|ed)?|doubl(?:e|es|ed)|"
    r"halv(?:e|es|ed)|went|goes|grew|grows?|grown|total(?:s|led|ed)?)\b"
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


# "How many (container) ships ...", "In how many papers ...": the thing counted, in group "noun".
_COUNTED = re.compile(
    rf"\bhow\s+many\s+(?:(?!(?:in|on|at|of|from|for|with|near|the|a|an)\b)[\w-]+\s+){{0,3}}?"
    rf"(?P<noun>[a-z]+)\s+{AUXILIARY}\b",
    re.IGNORECASE,
)
# "How many Ukrainian refugees arrived ...": with no auxiliary after the thing counted, it is
# one of the first few words.
_COUNTED_FIRST = re.compile(r"\bhow\s+many\s+(?P<words>[\w-]+(?:\s+[\w-]+){0,2})", re.IGNORECASE)


# "How many people does PulseTrack employ?", "How many staff work at the plant?": a workforce,
# which news counts in any of these words ("employs about 17,000 people", "its 86 staff",
# "about 900 employees", "cut 800 jobs").
_WORKFORCE_QUESTION = re.compile(
    r"\bhow\s+many\s+(?:people|staff|employees|workers)\s+(?:does|do|did|will)\s+.+\s+employ\W*$"
    r"|\bhow\s+many\s+(?:people|staff|employees|workers)\s+(?:work|are\s+employed)\s+(?:at|for|in)\b"
    r"|\bhow\s+many\s+(?:staff|employees|workers)\s+(?:does|do|did|has|have|had)\s+.+\s+have\W*$",
    re.IGNORECASE,
)
_WORKFORCE = tuple(terms("people staff employees workers jobs workforce"))
# Who are counted as people: "How many people ...?" is answered by "2,318 patients".
_PEOPLE = tuple(
    terms(
        "people persons patients residents passengers pupils students children adults men women "
        "visitors fans members customers workers staff employees voters tourists victims refugees "
        "migrants households families spectators volunteers"
    )
)
# ... or by the number a workforce or an employer is given: "a workforce of 1,200", "employs 1,200".
_WORKFORCE_OF = re.compile(
    rf"\b(?:workforce\s+of|employs?|employed|employing)\s+{APPROXIMATELY}\d",
    re.IGNORECASE,
)


def _counted_terms(question: str) -> list[str]:
    """The terms that may name the thing a "how many" question counts: "ship" of "How many
    container ships were lost?" (before its auxiliary); before a main verb, any of the first
    three words but a nationality describing the plural after it ("refuge", "arriv" of "How
    many Ukrainian refugees arrived?"), as "volunteers" of "How many volunteers helped look for
    her?" is the first, and deaths for those who die or were killed; any word for a
    workforce, for a question that asks the size of one, or that counts employees, staff or
    workers; any word for people, for one that counts people ("2,318 patients" for "How many
    people waited more than half a day?")."""
    if _WORKFORCE_QUESTION.search(question):
        return list(_WORKFORCE)
    counted = _COUNTED.search(question)
    if counted:
        found = terms(counted["noun"])[:1]
    else:
        first = _COUNTED_FIRST.search(question)
        words = first["words"].split() if first else []
        # A nationality before a plural describes what is counted: "How many Malawian women
        # ...?" counts women, and "in six Malawian districts" none.
        pairs = itertools.zip_longest(words, words[1:], fillvalue="")
        found = terms(" ".join(w for w, after in pairs if not _describes(w, after)))
    if _DYING.search(question):
        # Those who die are counted as deaths: "How many Malawian women die of cervical cancer
        # each year?" by "2,900 deaths a year".
        found = [*found, *_DEATHS]
    # "How many employees ...?" is answered by "about 430 desk-based staff", "How many vanilla
    # growers ...?" by "at least 4,300 farmers".
    for alike in (_EMPLOYED, _FARMERS):
        if found[:1] and found[0] in alike:
            return [*found, *(t for t in alike if t != found[0])]
    return [*found, *_PEOPLE] if _PEOPLE[0] in found else found


# Those who die, not who kill: "How many soldiers killed civilians?" counts no deaths.
_DYING = re.compile(
    r"\b(?:die|died|dying|dead|(?:was|were|been|be|being)\s+killed)\b", re.IGNORECASE
)
_DEATHS = tuple(terms("deaths dead fatalities"))


def _untold_harm(question: str, near: list[Evidence]) -> bool:
    """Whether a question counts those who died or were injured, and no sentence tells of
    deaths or of injuries: "How many people in Savannakhet died of bile duct cancer?" is not
    answered by "the hospital treated about 150 patients with bile duct cancer a year", nor
    "How many people were injured?" by "killing 26 people"."""
    for asked, told in ((_DYING, _DEATH), (_HURT, _INJURY)):
        if asked.search(question) and not any(told.search(e.sentence) for e in near):
            return True
    return False


# Those hurt: "How many people were injured ...?", "... wounded".
# Not "hurt", which may be by tariffs as much as in a crash.
_HURT = re.compile(r"\b(?:injured|wounded)\b", re.IGNORECASE)
_INJURY = re.compile(
    r"\b(?:injur(?:ed|ies|y|ing)|hurt|wounded|wounds|casualties|hospitali[sz]ed|hospital|"
    r"treated)\b",
    re.IGNORECASE,
)
# A word telling of deaths: "died", "killing 12", "three dead", "fatal", "claimed 12 lives".
_DEATH = re.compile(
    r"\b(?:die[sd]?|dying|dead|deaths?|death\s+toll|kill(?:s|ed|ing)?|fatal(?:ities|ity)?|"
    r"lives|perished|drowned|bodies|murder(?:s|ed)?|slain|executed|massacred|shot)\b",
    re.IGNORECASE,
)


def _describes(word: str, after: str) -> bool:
    """Whether `word` is a nationality describing the people or things `after` it names, in the
    plural: "Malawian" of "Malawian women" (not "Chinese" of "How many Chinese live ...?")."""
    plural = after.lower() in _PLURALS or (after.endswith("s") and not after.endswith("ss"))
    return plural and is_nationality(word.capitalize())


# Plurals that do not end in "s".
_PLURALS = frozenset("people men women children police staff".split())
# Words for those who work for a body, each of which news writes for the others.
_EMPLOYED = tuple(terms("staff employees workers"))
# Who grow a crop, by any of the words news calls them.
_FARMERS = tuple(terms("farmers growers smallholders"))


def counts_as_people(noun: str, sentence: str) -> bool:
    """Whether `sentence` counts the people `noun` names in other words: a workforce by those a
    body employs ("a roasting unit that employed 12 people" for staff), others news counts as
    people by any count of people but a workforce ("about 200,000 people lined the roads" for
    spectators, not "The museum employs 40 people" for its visitors). Not members of a group,
    pupils or children, whom "350 people turned out" does not count."""
    counted = terms(noun)[:1]
    if not counted:
        return False
    if counted[0] in _EMPLOYED:
        return bool(_WORKFORCE_OF.search(sentence))
    if counted[0] not in _COUNTED_AS_PEOPLE:
        return False
    # The number a workforce is given by ("employs 40 people") counts no one else.
    employed = {m.end() - 1 for m in _WORKFORCE_OF.finditer(sentence)}
    return any(
        _counted(sentence, number, _PEOPLE[0])
        for number in _count_matches(sentence)
        if number.start() not in employed
    )


# Those of `_PEOPLE` that a count of people counts: not a group's members, pupils, children,
# adults, men, women, households or families, nor a workforce (`_EMPLOYED`).
_COUNTED_AS_PEOPLE = frozenset(
    set(_PEOPLE)
    - set(terms("people persons pupils students children adults men women members households"))
    - set(terms("families staff employees workers"))
)


def _a_people(word: str) -> bool:
    """Whether the word a "how many" question counts by is a nation's people ("ugandans",
    "chinese"): news counts them as people in other words ("Uganda has about 1,100 patients on
    long-term dialysis"), where "Ugandan hospitals" are things."""
    return is_nationality(word.capitalize()) or (
        word.endswith("s") and is_nationality(word[:-1].capitalize())
    )


def _counts(sentence: str, noun: str) -> bool:
    """Whether a number in `sentence` counts `noun` (a term): "23 container ships", "in 11 of
    his papers", "has killed nine people"."""
    return any(_counted(sentence, number, noun) for number in _count_matches(sentence))


def counted_in_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "How many seats are there in the Riksting?", the best-rated evidence sentence when a
    number in it counts the thing asked about ("the 175-seat Riksting") and it holds every
    other term of the question: such a sentence answers however little else the passage shares
    with a short question. None for other questions, when the best sentence does not, or when
    it counts in round words ("Thousands of") and a sentence of its article gives a figure."""
    asked = _COUNTED.search(question)
    noun = terms(asked["noun"]) if asked else []
    if not noun or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    holds_all = set(question_terms(question)) - {noun[0]} <= set(terms(best.sentence))
    if not (holds_all and _counts(best.sentence, noun[0])):
        return None
    # "Thousands of street lights" is left to `stating_best` when the article gives a figure.
    roughly = not _counts_exactly(best.sentence, noun[:1]) and any(
        e.doc_id == best.doc_id and _counts_exactly(e.sentence, noun[:1]) for e in evidence
    )
    return None if roughly else best


# How far after a number its counted noun may stand: a few words ("23 container ships", "11
# of his papers").
_COUNT_REACH = 40
_COUNT_WORDS = 3


def unstated_part(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks how many of a total it gives, and no evidence sentence rated
    near the best states another count: "followed 4,812 pupils at 62 schools in England,
    Norway and the Netherlands" gives the total that "How many of the 4,812 pupils were from
    Norway?" names, and not the part ("1,240 of them were", "1,240 pupils")."""
    part = _PART_OF.match(question.strip())
    if not part or not evidence:
        return False
    given = numbers(question)
    # "foreign trips": either word may be the one counted.
    nouns = terms(part["noun"] or "")

    def states_part(sentence: str) -> bool:
        return any(
            not numbers(m[0]) <= given
            and (
                _PART_AFTER.match(sentence, m.end())
                or any(_counted(sentence, m, noun) for noun in nouns)
            )
            for m in _count_matches(sentence)
        )

    return not any(states_part(e.sentence) for e in rated_near_best(evidence))


def _count_matches(sentence: str) -> list[re.Match[str]]:
    """The numbers of `sentence` that may count something, in digits or in words; not a sum of
    money ("the £150,000 race" is one race), nor the terms of a ratio ("one in four private
    pharmacies" is a share of them, whatever their number)."""
    digits = [m for m in _NUMBER.finditer(sentence) if not _A_SUM.search(sentence, 0, m.start())]
    ratios = [r.span() for r in _ratios(sentence)]
    return [
        m
        for m in [*digits, *_COUNT_WORD.finditer(sentence)]
        if not any(a <= m.start() and m.end() <= b for a, b in ratios)
    ]


def _ratios(sentence: str) -> list[re.Match[str]]:
    """The ratios of `sentence`, a part in a whole: "one in four", "nine out of 10"; not "46 in
    two boats"."""
    return [r for r in _RATIO.finditer(sentence) if _value(r["part"]) < _value(r["whole"])]


def _value(number: str) -> int:
    """A number of up to three digits or in words ("four", "ninety")."""
    return int(number) if number.isdigit() else _WORD_VALUES[number.lower()]


_WORD_VALUES = {w: i + 1 for i, w in enumerate(_NUMBER_WORDS.split("|")[:19])} | {
    w: 10 * (i + 2) for i, w in enumerate(_NUMBER_WORDS.split("|")[19:])
}


# A ratio: "one in four", "nine out of 10", "1 in every 5"; not "3 in 2019" or "5 in 10 days".
_RATIO = re.compile(
    rf"\b(?P<part>\d{{1,3}}|{_NUMBER_WORDS})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<whole>\d{{1,3}}(?![\d,.])|{_NUMBER_WORDS})\b(?!\s+{_PERIOD})",
    re.IGNORECASE,
)


# A currency sign right before a number.
_A_SUM = re.compile(r"[£$€¥]\s*$")


def _counted(sentence: str, number: re.Match[str], noun: str | None) -> bool:
    """Whether `number` in `sentence` counts the `noun` term (never for no term): among the
    few words after it, before any preposition but the "of" right after it ("11 of his
    papers") and before a clause's end: "999 calls from its customers" counts calls, not
    customers, and "worked there for nine years, said staff had cheered" counts no staff; nor
    before a relative pronoun: "brothers aged 44 and 39 who herd camels" counts no camels."""
    counted = _before_clause(_to_clause_end(sentence, number.end()))
    return noun is not None and noun in terms(counted)[:_COUNT_WORDS]


def _before_clause(words: str) -> str:
    """What `words` after a number say before a preposition other than an "of" opening them,
    or a relative pronoun: all the number may count."""
    counted = _PREPOSITION.split(words, maxsplit=1)[0]
    return _RELATIVE_PRONOUN.split(counted, maxsplit=1)[0]


# A relative pronoun, after which a clause tells of what the number before it counts; in lower
# case ("12 WHO experts" counts experts).
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|whom|whose|which|that)\b")


def _counts_by_deed(sentence: str, noun: str) -> bool:
    """Whether a number in `sentence` counts those who did the deed the `noun` term is named
    for: "a petition that was signed by 4,800 people" gives 4,800 signatures, "312 members
    voted" 312 votes."""
    for number in _count_matches(sentence):
        by = _DONE_BY.search(sentence[: number.start()])
        doers = _to_clause_end(sentence, number.end())
        deeds = [by["deed"]] if by else [w for w in WORD.findall(doers) if w.endswith("ed")]
        if any(_same_root(term, noun) for deed in deeds for term in terms(deed)):
            return True
    return False


# A deed done by the number after it: "signed by 4,800", "visited by more than".
_DONE_BY = re.compile(r"\b(?P<deed>[a-z]+ed)\s+by\s+(?:[a-z]+\s+){0,2}$")


def _same_root(term: str, other: str) -> bool:
    """Whether two stemmed terms share a root of four letters or more, one's the start of the
    other's: "sign" and "signatur", "vote" and "vote"."""
    short, long = sorted((term, other), key=len)
    return len(short) >= 4 and long.startswith(short)


def _to_clause_end(sentence: str, start: int) -> str:
    """What `sentence` says from `start` (right after a number) within a number's reach, up to
    its clause's end: all that the number may count."""
    return _CLAUSE_END.split(sentence[start : start + _COUNT_REACH], maxsplit=1)[0]


def counts_another(
    question: str, evidence: list[Evidence], embed_words: Callable[[list[str]], np.ndarray]
) -> bool:
    """Whether a "how many" question counts a thing that no evidence sentence near the best
    counts, where every number they give counts something else: "made just seven trips away
    from his country" says nothing of how many countries Kim has visited, nor "held two public
    meetings" of how many people came to them; nor, however the ranker rates them, sentences
    none of which has a word for the thing (`_nowhere`). A thing counted in other words is the
    thing asked ("86 homes" for houses: `embed_words` gives normalised vectors, and the words
    must be as close as `_SAME_THING`), and a number counting nothing in words ("rose to 35")
    where a word for the thing is about leaves it open, as does a sentence counting "them"
    after one naming the thing (`counting_back`). Not a count of some of a total ("How many of
    ...?"), of times or goes ("How many goes ...?" for "nine strikes"; not tries, scored in
    rugby, nor a road's turns),
    or of a workforce or people, which news counts in many words ("2,318 patients"); nor when a
    sentence tells how many times the deed asked was done ("won the series five times" for
    "How many series titles have Fiji's men won?", `_done_times`). Those who died or were
    hurt are counted only where a sentence near the best tells of deaths or injuries."""
    said = _counted_as_asked(question)
    # Those who died or were hurt, counted whole or in part ("How many of the planted corals
    # have died?").
    if HOW_MANY.search(question) and evidence and _untold_harm(question, rated_near_best(evidence)):
        return True
    nouns = {*_counted_terms(question), *terms(" ".join(said))}
    if said and evidence and _kind_unsaid(said, evidence, embed_words):
        return True
    if not said or nouns & set(_PEOPLE) or _a_people(said[-1]) or not evidence:
        return False
    near = rated_near_best(evidence)
    if any(
        _counts(e.sentence, n) or _counts_by_deed(e.sentence, n) or _a_share_of(e.sentence, n)
        for e in near
        for n in nouns
    ):
        return False
    if any(_done_times(e.sentence, question) for e in near) or counting_back(question, evidence):
        return False
    if _nowhere(said, nouns, evidence, embed_words):
        return True
    counted = [words for e in near for words in _counted_words(e.sentence)]
    if not counted or not all(counted):
        return False
    others = sorted({w.lower() for words in counted for w in words})
    return bool(_likeness(said, others, embed_words).max() < _SAME_THING)


def _a_share_of(sentence: str, noun: str) -> bool:
    """Whether a ratio in `sentence` is of `noun` ("fewer than one in five trains"): the
    sentence is about the thing, and its other numbers may count it in other words ("runs about
    1,450 services a day")."""
    return any(_counted(sentence, ratio, noun) for ratio in _ratios(sentence))


# Words for a number of something, which a sentence may give without naming the thing.
_A_NUMBER_OF = re.compile(r"\b(?:number|total|figure|tally|count)s?\b", re.IGNORECASE)


def _kind_unsaid(
    said: list[str], evidence: list[Evidence], embed_words: Callable[[list[str]], np.ndarray]
) -> bool:
    """Whether a word for the kind counted ("hawksbill" of "How many hawksbill turtle nests
    ...?") is in no evidence sentence, nor any word as close in meaning (`_SAME_THING`), where
    one names another kind before the word that follows it ("Green turtles dug about 18,600
    nests"): the count of green turtles' nests is no count of hawksbills'. A kind no sentence
    contrasts may be told elsewhere ("About 90 patients died of it" of bile duct cancer); words
    for how many (`_NO_KIND`) and nationalities, which news writes in many forms, are no kind."""
    told = " ".join(e.sentence for e in evidence)
    stems = set(terms(told))
    missing = [
        kind
        for kind, following in itertools.pairwise(said)
        if terms(kind)
        and kind not in _NO_KIND
        and not is_nationality(kind.capitalize())
        and not set(terms(kind)) <= stems
        and _another_kind(following, kind, told)
    ]
    if not missing:
        return False
    likeness = _likeness(missing, _content_words(told), embed_words)
    return bool((likeness < _SAME_THING).any())


# Words before a counted noun that say how many or which of them, not what kind: "How many extra
# schools ...?", "How many total female judges ...?".
_NO_KIND = frozenset(
    "extra more additional further new other total overall different separate several many "
    "such same".split()
)


def _another_kind(noun: str, kind: str, text: str) -> bool:
    """Whether `text` names `noun` ("turtle") after a word other than `kind` ("Green turtles"
    for "hawksbill") that is no stop word."""
    stem = terms(noun)[:1]
    if not stem:
        return False
    return any(
        m[1].lower() not in STOPWORDS and m[1].lower() != kind
        for m in re.finditer(rf"\b([A-Za-z]+)\s+{re.escape(stem[0])}", text, re.IGNORECASE)
    )


def _nowhere(
    said: list[str],
    nouns: set[str],
    evidence: list[Evidence],
    embed_words: Callable[[list[str]], np.ndarray],
) -> bool:
    """Whether no evidence sentence has a word for the thing counted, its own (`nouns`) or one
    as close in meaning as `_SAME_THING`, nor speaks of a number of something: "How many shells
    sit in the North's reserves?" over sentences on trips and countries, not over "The number
    rose to 35 last year", which may count them."""
    if any(nouns & set(terms(e.sentence)) or _A_NUMBER_OF.search(e.sentence) for e in evidence):
        return False
    words = _content_words(" ".join(e.sentence for e in evidence))
    return bool(_likeness(said, words, embed_words).max() < _SAME_THING)


def _content_words(text: str) -> list[str]:
    """The words of `text` but stop words, in lower case, once each, in order."""
    return sorted({w.lower() for w in WORD.findall(text) if w.lower() not in STOPWORDS})


def _likeness(
    asked: list[str], others: list[str], embed_words: Callable[[list[str]], np.ndarray]
) -> np.ndarray:
    """How close in meaning each word of `asked` comes to the closest of `others` (`embed_words`
    gives normalised vectors); nothing comes close where there are no others."""
    if not others:
        return np.zeros(len(asked))
    vectors = embed_words([*asked, *others])
    return (vectors[len(asked) :] @ vectors[: len(asked)].T).max(axis=0)


# So many times: "five times", "12 times", "twice" (not "five times as many", "three times
# higher").
_TIMES = (
    rf"(?:(?:\d+|{_CARDINAL})\s+times|twice)\b"
    r"(?!\s+(?:as|more|less|the|over|that)\b|\s+\w+er\b)"
)
# "How many series titles have Fiji's men won?": the deed that gave what is counted, a verb
# ending the question after its subject.
_COUNTED_DEED = re.compile(
    r"^\W*how\s+many\b.*?\b(?:have|has|had|did|do|does)\s+\S.*?\s(?P<deed>[a-z]+)\W*$",
    re.IGNORECASE,
)
# The past forms news tells a deed in, of the verbs a question asks with: "did Fiji win" and
# "have won", "When will work begin?" and "Work began in 2019".
_PAST_OF = {
    "win": "won",
    "lose": "lost",
    "take": "took",
    "make": "made",
    "hold": "held",
    "begin": "began",
    "give": "gave",
    "go": "went",
    "come": "came",
    "meet": "met",
    "sell": "sold",
    "find": "found",
    "hear": "heard",
}
_PRESENT_OF = {past: verb for verb, past in _PAST_OF.items()}


def _done_times(sentence: str, question: str) -> bool:
    """Whether `sentence` tells how many times the deed a "how many" question ends on was done,
    which counts what was done: "whose men have won the series five times" gives how many
    titles they have won ("How many series titles have Fiji's men won?", "... did Fiji's men
    win?")."""
    asked = _COUNTED_DEED.match(question)
    if not asked or asked["deed"].lower() in STOPWORDS:
        return False
    deed = asked["deed"].lower()
    forms, roots = {deed, _PAST_OF.get(deed, deed)}, terms(deed)
    for found in re.finditer(_TIMES, sentence, re.IGNORECASE):
        clause = _CLAUSE_END.split(sentence[max(0, found.start() - 60) : found.start()])[-1]
        done = {w.lower() for w in WORD.findall(clause)}
        if forms & done or any(_same_root(t, d) for t in roots for d in terms(clause)):
            return True
    return False


def _counted_as_asked(question: str) -> list[str]:
    """The words for the thing a "how many" question counts, lower case and without stop words
    ("eye", "specialists" of "Roughly how many eye specialists are there in Thailand?"); none
    for a part, a frequency or a workforce (`_NOT_COUNTED_APART`, `_WORKFORCE_QUESTION`), or for
    another question."""
    asked = _COUNTED.search(question) or _COUNTED_FIRST.search(question)
    if (
        not asked
        or asked_measure(question) != "count"
        or _NOT_COUNTED_APART.search(asked[0])
        or _WORKFORCE_QUESTION.search(question)
    ):
        return []
    # "How many trips abroad has Kim made?" counts trips, the word before its auxiliary or not;
    # "How many foreign journalists travelled ...?", the words before its main verb.
    if "words" in asked.re.groupindex:
        first, *rest = asked["words"].split()  # "armed" of "How many armed officers ...?"
        said = [first, *itertools.takewhile(lambda w: not w.endswith("ed"), rest)]
    else:
        said = WORD.findall(asked[0])[2:-1]
    return [w.lower() for w in said if w.lower() not in STOPWORDS]


def counting_alike(
    question: str, evidence: list[Evidence], embed_words: Callable[[list[str]], np.ndarray]
) -> Evidence | None:
    """For "How many eye specialists are there in Thailand?", the best-rated evidence sentence
    near the best that counts a thing named in words close in meaning to those asked ("only
    around 1,700 ophthalmologists"), when every count of the best is of something else ("found
    more than 38,000 patients"): the ranker rates the lead first for the words it shares with
    the question. Closeness is that of the vectors of the phrase asked and of each counted
    phrase, or its first words ("homes" of "40 homes burned"), and must be at least `_ALIKE`:
    "4,800 people" is as close as 0.57 to "members". (Word by word, as `counts_another` reads
    it, "eye" and "specialists" are 0.42 and 0.52 from "ophthalmologists".) None when the best
    counts the thing in the words asked, or counts nothing in words or something as close as
    `_SAME_THING`, or for other questions."""
    said = _counted_as_asked(question)
    if not said or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    nouns = {*_counted_terms(question), *terms(" ".join(said))}
    if any(_counts(best.sentence, n) for n in nouns):
        return None
    near = rated_near_best(evidence)
    counted = {
        e.marker: [
            " ".join(w[:n]) for w in _counted_words(e.sentence) for n in range(1, len(w) + 1)
        ]
        for e in near
    }
    if not counted.get(best.marker):
        return None
    phrases = sorted({p for ps in counted.values() for p in ps})
    vectors = embed_words([" ".join(said), *phrases])
    closeness = dict(zip(phrases, (vectors[1:] @ vectors[0]).tolist(), strict=True))

    def alike(e: Evidence) -> float:
        return max((closeness[p] for p in counted[e.marker]), default=0.0)

    if alike(best) >= _SAME_THING:
        return None
    counting = [e for e in near if alike(e) >= _ALIKE]
    return max(counting, key=lambda e: e.relevance) if counting else None


# How close in meaning a counted thing must be to the one asked about for `counting_alike` to
# take its sentence over the best: "ophthalmologists" to "eye specialists" (0.77 with the
# default embedder), not "people" to "members" (0.57).
_ALIKE = 0.65


# "How many of the units ...?", "How many times ...?", "How many heads of maths ...?": a part,
# a frequency, or a thing named in more words than one.
_NOT_COUNTED_APART = re.compile(r"\bhow\s+many\s+(?:times|occasions|goes)\b|\bof\b", re.IGNORECASE)
# How close in meaning a counted word must be to the one asked about: "homes" to "houses";
# "trips" is no "countries", nor "turbines" "homes" (0.30 and 0.17 with the default embedder).
_SAME_THING = 0.5


def counts_unnamed(sentence: str) -> bool:
    """Whether a number of `sentence` counts nothing in words ("Last year 52,000 came.": a verb
    follows it), and so may count whatever a question asks about."""
    return any(not counted or _a_verb(counted[0]) for counted in _counted_words(sentence))


def _a_verb(word: str) -> bool:
    """Whether `word` reads as a verb after a number: only a verb ("came"), or a verb's base form
    that is a noun too ("about 300 study there", "300 work")."""
    lemmas = getAllLemmas(word.lower())
    return "VERB" in lemmas and ("NOUN" not in lemmas or word.lower() in lemmas["VERB"])


def _counted_words(sentence: str) -> list[list[str]]:
    """The words each number of `sentence` that counts something stands before ("test",
    "flights" of "more than 400 test flights without cargo"), empty for a number that counts
    nothing in words ("more than 14 million in 2024", "rose to 35 last year"); not a year, an
    age, a time, a sum or a quantity in units."""
    uncounted = _uncounted_spans(sentence)
    counted = []
    for number in _count_matches(sentence):
        if (
            _SCALE_WORD.fullmatch(number[0])
            or not _is_count(sentence, number)
            or any(start < number.end() and number.start() < end for start, end in uncounted)
        ):
            continue
        scaled = _SCALE_WORD.match(sentence, number.end())
        after = _to_clause_end(sentence, scaled.end() if scaled else number.end()).lstrip("-")
        words = WORD.findall(after)
        if _NOTHING_COUNTED.match(" ".join(words)):
            words = []
        words = WORD.findall(_before_clause(" ".join(words)))
        counted.append([w for w in words[:_COUNT_WORDS] if w.lower() not in STOPWORDS])
    return counted


# A number's scale: "14 million", "2.5bn".
_SCALE_WORD = re.compile(rf"\s*(?:{_SCALE_WORDS})\b", re.IGNORECASE)


# Where a clause ends, or another begins with its verb: "left school at 15 and (later) worked
# as a rider", "and now works as a rider" count no riders (where "300 new and used cars" counts
# cars).
_CLAUSE_END = re.compile(
    r"[,;:()–—]|\s-\s"
    r"|\s(?:and|but)\s+(?:(?:then|later|now|also|soon)\s+)?"
    r"(?=(?:was|were|is|are|has|had|became|went|left|began|took|made|got|joined|moved)\b"
    r"|[a-z]+(?:ed|s)\s+(?:as|at|in|on|for|to|from|with|the|a|an|his|her|their|its)\b)"
)
# A preposition that ends what a number counts, past an "of" right after it.
_PREPOSITIONS = (
    "from|to|in|at|by|for|with|on|into|after|before|during|since|over|under|about|against|"
    "among|across|per"
)
_PREPOSITION = re.compile(rf"(?<!^)(?<!^\s)\b(?:of|{_PREPOSITIONS})\b", re.IGNORECASE)
# Words after a number that tell when or where, not what it counts ("rose to 35 last year",
# "more than 14 million in 2024"), or count what is told before ("35 of them"); but "11 of his
# papers".
_NOTHING_COUNTED = re.compile(
    rf"(?:last|this|next|earlier|later|ago|each|a|{_PREPOSITIONS})\b|of\s+(?:them|those|these|us)\b",
    re.IGNORECASE,
)


# A number standing for part of the total, with nothing counted after it: "1,240 were",
# "1,240 of them".
_PART_AFTER = re.compile(rf"\s+(?:of\s+them\b|(?:{AUXILIARY})\b)", re.IGNORECASE)
# "How many of the 4,812 pupils ...?", "How many of Kim's seven trips ...?": part of a total
# that the question states, with the noun counted after it.
_PART_OF = re.compile(
    r"^(?i:how\s+many\s+of\s+)(?:(?i:the|its|their|his|her|this|that|these|those)\s+|"
    r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*['’]s?\s+)?"
    rf"(?i:[^?\d]{{0,4}}?(?:\d[\d.,]*(?:\s*(?:{_SCALE_WORDS})\b)?|"
    rf"\b(?:{_CARDINAL})\b)\s*(?P<noun>[a-z]+(?:\s+[a-z]+)?)?)"
)


def stating_instead(question: str, chosen: Evidence, evidence: list[Evidence]) -> Evidence:
    """`chosen`, or when it does not state the measure a question asks in words meant
    literally, the best-rated sentence of its article, near that article's best, that does:
    "What did the head of highways say the scheme would cost?" is answered by "He put the cost
    of the scheme at £1.9 million.", not by his words on the scheme's design, which the
    question's speaker chose. Another article's sum is not what the speaker said, however the
    ranker rates it: "Blue Heron will repay £14.6m of debt" is not what the festival's
    administrators say it owes."""
    measure = asked_measure(question)
    if measure is None or not _literal(question) or states(measure, chosen.sentence, question):
        return chosen
    own = [e for e in evidence if e.doc_id == chosen.doc_id]
    stating = [e for e in rated_near_best(own) if states(measure, e.sentence, question)]
    return max(stating, key=lambda e: e.relevance, default=chosen)


def measured_of_other_stuff(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks how much there was of a stuff ("How many tonnes of maize
    ...?", "How much sorghum ...?") and every weight or volume the sentences rated near the best
    give is of some other stuff they name instead: "about 41,000 tonnes of red sorghum" says
    nothing of maize. A bare amount ("Exports fell to about 1,900 tonnes") may be of the stuff
    the article is about, and answers."""
    stuff = _stuff_asked(question)
    if stuff is None or asked_measure(question) not in ("count", "weight", "volume"):
        return False
    of_another = False
    for e in rated_near_best(evidence):
        if stuff in terms(e.sentence):
            return False
        for m in (*_STATES["weight"].finditer(e.sentence), *_STATES["volume"].finditer(e.sentence)):
            of = _OF_STUFF.match(e.sentence, m.end())
            if not of or set(terms(of["what"])) & _NOT_STUFF:
                return False  # a bare amount, "of the drug", "of crude", "of fuel"
            of_another = True
    return of_another


def _stuff_asked(question: str) -> str | None:
    """The term for the stuff "How many tonnes of maize ...?" or "How much sorghum ...?" asks
    the amount of ("maiz", "sorghum"); None for other questions, or for what is no stuff weighed
    or poured ("How much support ...?") or is stuff of any kind ("How much material ...?")."""
    asked = _STUFF_ASKED.search(question)
    stuff = terms(asked["stuff"])[-1:] if asked else []
    return stuff[0] if stuff and stuff[0] not in _NOT_STUFF else None


# "How many tonnes of maize ...?", "How much red sorghum did ...?": the stuff, up to the verb.
_WEIGHED_OR_POURED = "|".join(f"{_UNITS['weight']} {_UNITS['volume']}".split())
_STUFF_ASKED = re.compile(
    rf"\bhow\s+(?:many\s+(?:{_WEIGHED_OR_POURED})\s+of|much)\s+(?:the\s+)?"
    rf"(?P<stuff>(?:(?!(?:{AUXILIARY}|of|in|for|from|to|at|on|by|a|an|the)\b)"
    r"[a-z][\w-]*\s+){1,3}?)"
    rf"(?={AUXILIARY}\b)",
    re.IGNORECASE,
)
# What "how much" asks of that is no stuff weighed or poured, or that names stuff of any kind,
# which a sentence names by its own kind ("240 tonnes of concrete and gravel" is material).
_NOT_STUFF = frozenset(
    terms(
        "money cash time land space room more less support damage power material matter stuff "
        "goods product cargo freight waste debris rubbish food fuel grain crop produce supplies "
        "aid harvest drug drugs crude interest backing turnout"
    )
)
# A weight or volume's "of" and the stuff it names: "41,000 tonnes of red sorghum" (not "of the
# grain" or "of it", which may be the stuff asked).
_OF_STUFF = re.compile(
    r"\s+of\s+(?!(?:the|this|that|these|those|it|them|its|their|his|her)\b)(?P<what>[a-z]+)",
    re.IGNORECASE,
)


def unmeasured(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks, in words meant literally, for a measure that no evidence
    sentence rated near the best states: "How long is Kim's train?" is not answered by the best
    sentence, on its paint, because a weaker one gives a distance. The size of a workforce is
    stated only by a number that counts one: "How many people does PulseTrack employ?" is not
    answered by "about 11 million registered users". A length or stretch of time on the
    question's topic may be told in passing, rated far below the best (`_stated_far_from_best`:
    "about 2.3 metres long", "had worked as a keeper for 24 years"); a weight or an area so
    told is as often of something else ("can process up to 32,000 tonnes" is no harvest). A
    height is a length told in words for one (`_SAID_WITH`): "How tall are the turbines?" is not
    answered by "730 metres from the nearest turbine"."""
    measure = asked_measure(question)
    if measure is None or not _literal(question):
        return False
    if not evidence:
        return True
    near = _near_of_the_named(question, evidence)
    if _WORKFORCE_QUESTION.search(question):
        return not any(
            _WORKFORCE_OF.search(e.sentence) or any(_counts(e.sentence, t) for t in _WORKFORCE)
            for e in near
        )
    best = max(evidence, key=lambda e: e.relevance)
    said = _said_as_asked(question)
    return not any(
        states(measure, e.sentence, question, sentence_before(e, evidence))
        and (e is best or _on_topic(question, e.sentence))
        and said(e.sentence)
        for e in near
    ) and not (
        measure == "extent" and _stated_far_from_best(question, measure, evidence) is not None
    )


def unscored(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks for a match's score ("What was the score in the men's final?",
    "By what score did Mora win?") and no evidence sentence rated near the best gives one:
    "Tavares beat Salcedo in the final" tells who won, not by how much. Not a composer's score
    ("Who is writing the new score ...?"), nor a margin, which news gives in many words ("a
    six-length win")."""
    if not _ASKS_SCORE.match(question) or not evidence:
        return False
    return not any(_SCORE.search(e.sentence) for e in rated_near_best(evidence))


# "What was the final score ...?", "What were the scores at the break?", "By what score ...?";
# not a film's score ("What is the score for the new Bond film?"), nor a credit score.
_ASKS_SCORE = re.compile(
    r"\W*(?:what\s+(?:was|is|were)\s+the\s+(?!credit\b)(?:[a-z-]+\s+)?scores?"
    r"|by\s+what\s+score)\b(?!\s+for\b)",
    re.IGNORECASE,
)
# A score: "19-17", "6-3 6-4", "1-21 to 0-21", "15.67 points to 14.20", "by 38 votes to 21",
# "two goals to nil", "a score of 15.67", "12 under par", "245 all out".
_SCORE = re.compile(
    r"\b\d+\s*[-–]\s*\d+\b|\b\d+(?:\.\d+)?(?:\s+[a-z]+)?\s+to\s+\d"
    rf"|\b(?:\d+|{_CARDINAL})(?:\s+[a-z]+)?\s+to\s+(?:nil|{_CARDINAL})\b"
    r"|\bscores?\s+of\s+\d|\b\d+\s+(?:under|over)\s+par\b|\b\d+\s+all\s+out\b",
    re.IGNORECASE,
)


def unpriced_unit(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks the price of one of many ("How much does one retinal camera
    cost?", "How much does each of Skyvale's drones cost?", "... cost per metre?") and no
    evidence sentence gives a sum for one (`_pricing_one`): a programme's cost ("at a cost of
    640 million baht, and would buy 1,500 more retinal cameras") or a trial's is no price of a
    camera or a drone, nor a sum in another clause than the one naming the thing
    (`_priced_apart`). Each year or each night is a rate of time, which a yearly sum gives."""
    return _asks_price_of_one(question) and not _pricing_one(question, evidence)


def priced_unit_best(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question for the price of one of many, the best-rated evidence sentence that gives
    a sum for one (`_pricing_one`) when the best does not: "Each tower costs about 85,000
    Namibian dollars to build" for "What does it cost to put up one of the alarm towers?", not
    the plan to build 20 more "at a cost of about 3.4 million Namibian dollars", which the
    ranker rates first. None otherwise."""
    if not _asks_price_of_one(question) or not evidence:
        return None
    pricing = _pricing_one(question, evidence)
    best = max(evidence, key=lambda e: e.relevance)
    if not pricing or best in pricing:
        return None
    return max(pricing, key=lambda e: e.relevance)


def _asks_price_of_one(question: str) -> bool:
    """Whether the question asks for a sum of money for one of many (`_ONE_OF_MANY`)."""
    return asked_measure(question) == "money" and bool(_ONE_OF_MANY.search(question))


def _pricing_one(question: str, evidence: list[Evidence]) -> list[Evidence]:
    """The evidence sentences that give a sum for one (`_PRICE_OF_ONE`) of what the question
    asks the price of, in the clause that names it: those rated near the best, and those of the
    best one's article rated a fifth as high that name the thing ("Each tower costs ..."), as
    news gives the price of one in a sentence of its own that shares little with the
    question."""
    thing = _PRICED_THING.search(question)
    head = (thing["head"] or thing["last"]) if thing else None
    near = rated_near_best(evidence)
    best = max(evidence, key=lambda e: e.relevance, default=None)
    named = [
        e
        for e in far_from_best(evidence)
        if head and best and e.doc_id == best.doc_id and set(terms(head)) & set(terms(e.sentence))
    ]
    return [
        e
        for e in evidence
        if (e in near or e in named)
        and states("money", e.sentence, question)
        and _PRICE_OF_ONE.search(e.sentence)
        and not (head and _priced_apart(head, e.sentence))
    ]


# The thing "How much does each portable testing device cost?" asks the price of ("device"), or
# "What does it cost to put up one of the alarm towers?" ("towers").
_PRICED_THING = re.compile(
    r"\b(?:each|one|a\s+single|(?<=does\s)an?)\s+(?:of\s+)?(?:[\w’'-]+\s+){0,5}?(?P<head>[a-z]+)\s+"
    r"(?:cost|costs|sells?|is|are|was|were)\b"
    r"|\bone\s+of\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?P<last>[a-z]+)\W*$",
    re.IGNORECASE,
)


def _priced_apart(head: str, sentence: str) -> bool:
    """Whether `sentence` names the thing asked the price of (`head`) only far before its sums,
    in what it goes on to say of other things: "They test blood with a portable finger-prick
    device, give out iron drops ..., and show parents how to cook with sangrecita, cooked
    chicken blood that sells for about two soles a kilo" gives no price of a device, where
    "Each drone, the company said, costs $4,000" does."""
    stems = set(terms(head))
    words = [(m.start(), set(terms(m[0]))) for m in WORD.finditer(sentence)]
    named = [at for at, said in words if said & stems]
    sums = [m.start() for m in _STATES["currency"].finditer(sentence)]
    if not named or not sums:
        return False
    last, first_sum = max(named), min(sums)
    between = sum(1 for at, _ in words if last < at < first_sum)
    return first_sum > last and between > _PRICE_REACH


# How many words a price may stand after the thing it is of.
_PRICE_REACH = 12


def untold_part(question: str, evidence: list[Evidence]) -> bool:
    """Whether the question asks how much one giver put into something ("How much did Tidewell
    Water contribute to the seagrass project?", "How much of the cost was paid by Australia?")
    and every evidence sentence rated near the best that names the giver and states a sum (or,
    when none states one, every one that names it) names it only as one of several who paid,
    with no sum of its own: "The £1.2 million project is
    funded mainly by an £850,000 grant ..., with the rest coming from the water company
    Tidewell Water and from public donations" gives the whole, not Tidewell Water's part."""
    asked = _GIVER_ASKED.search(question)
    if not asked:
        return False
    giver = [w for w in WORD.findall(asked["giver"] or asked["payer"]) if w.lower() != "the"]
    if not giver:
        return False
    giver_terms = set(terms(" ".join(giver)))
    named = [e for e in rated_near_best(evidence) if giver_terms <= set(terms(e.sentence))]
    # Where no sentence names the giver with a sum, those naming it beside other givers tell
    # that it gave, not how much ("It was paid for by the Ministry of Culture and by the
    # Fundación Arte Atlántico" beside "The production cost about 2.4 million pesos").
    naming = [e for e in named if states("money", e.sentence, question)] or named
    return bool(naming) and all(
        _one_of_givers(giver[-1], e.sentence) and not _EACH_THEIR_OWN.search(e.sentence)
        for e in naming
    )


# A sentence that gives each of a list its own sum or count: "put in $2m and $1m respectively".
_EACH_THEIR_OWN = re.compile(r"\b(?:respectively|each)\b", re.IGNORECASE)


def counted_in_a_list(question: str, evidence: list[Evidence]) -> bool:
    """Whether a "how many" question asks of a place it names ("in England", "from Finland")
    that every evidence sentence rated near the best that counts anything and names it names
    only in a list of names without a count of its own: "followed 4,812 pupils at 62 secondary
    schools in England, Norway and the Netherlands" does not say how many of the schools were
    in England, nor "serves 1.4 million homes across Maricopa and Pinal counties" how many are
    in Pinal County. A name the question lists with others itself is asked of the list."""
    if not HOW_MANY.search(question) or not evidence:
        return False
    own_lists = {w for found in _NAME_LIST.finditer(question) for w in _said_words(found[0])}
    placed = " ".join(found["place"] for found in _IN_A_PLACE.finditer(question))
    named = _said_words(placed) - STOPWORDS - _DATE_WORDS - own_lists
    near = rated_near_best(evidence) if named else []
    for name in named:
        counting = [
            e
            for e in near
            if name in _said_words(e.sentence) and states("count", e.sentence, question)
        ]
        if counting and all(
            _only_listed(name, e.sentence) and not _EACH_THEIR_OWN.search(e.sentence)
            for e in counting
        ):
            return True
    return False


# A list of names without a number among them: "England, Norway and the Netherlands", "Finland,
# Canada and South Korea", "Maricopa and Pinal counties".
_A_NAME = r"(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"
_NAME_LIST = re.compile(rf"{_A_NAME}(?:,\s+{_A_NAME})*,?\s+(?:and|or)\s+{_A_NAME}")
# A place a question asks of: "in England", "from Finland", "in Pinal County".
_IN_A_PLACE = re.compile(rf"\b(?i:in|from|at|across|to|on)\s+(?P<place>{_A_NAME})")


def _only_listed(name: str, sentence: str) -> bool:
    """Whether every mention of `name` (a word in lower case) in `sentence` is in a list of
    names (`_NAME_LIST`)."""
    plain = POSSESSIVE.sub("", sentence)
    listed = [m.span() for m in _NAME_LIST.finditer(plain)]
    mentions = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", plain, re.I)]
    return bool(mentions) and all(any(s <= at < e for s, e in listed) for at in mentions)


# One giver's part, in group "giver" ("How much did Okinawa Prefecture put into ...?", "How much
# has the Icelandic government contributed?") or "payer" ("How much of the programme's cost was
# paid by Australia?").
_GIVER_ASKED = re.compile(
    rf"\b(?i:how\s+much\s+(?:money\s+)?(?:{AUXILIARY}))\s+"
    r"(?P<giver>(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:of\s+)?)*(?:[A-Z][\w’'-]*|government|council|"
    r"ministry|state|city|company|firm|bank|fund|foundation|charity|agency|club|university))\s+"
    r"(?:contribute|contributed|put|donate|donated|give|given|provide|provided|lend|lent|"
    r"chip\s+in)\b"
    r"|\b(?i:how\s+much\s+of)\s+[^?]+?\s+(?:was|were|is|are|has\s+been|will\s+be)\s+"
    r"(?:paid|covered|funded|met|provided|given)\s+(?:for\s+)?by\s+"
    r"(?P<payer>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)"
)


def _one_of_givers(last: str, sentence: str) -> bool:
    """Whether `sentence` names the giver (by the `last` word of its name) only beside another
    giver ("the governments of Australia and New Zealand", "and a donation from Hartington
    Engineering", "together with the Icelandic government"), and gives no sum in the clause
    that names it ("a grant of €2m from Australia")."""
    found = False
    for clause in _clauses(sentence):
        if not re.search(rf"\b{re.escape(last)}\b", clause, re.IGNORECASE):
            continue
        if _STATES["currency"].search(clause):
            return False
        found = True
    listed = re.search(
        rf"\b(?:and|together\s+with|along\s+with|as\s+well\s+as)\s+(?:[\w’'-]+\s+){{0,4}}?"
        rf"{re.escape(last)}\b|\b{re.escape(last)}\s+(?:[\w’'-]+\s+){{0,2}}?and\b",
        sentence,
        re.IGNORECASE,
    )
    return found and listed is not None


_A_SPAN_OF_TIME = r"(?:year|month|week|day|night|hour|minute|season|time)s?\b"
# "each of the drones", "a single ticket", "per metre", "one camera ... cost"; not "each year",
# "per cent", nor "How much did one investor pay?", a sum paid once, nor "every province",
# which asks for the sum of all.
_ONE_OF_MANY = re.compile(
    rf"\b(?:a\s+single|each|per)\s+(?!{_A_SPAN_OF_TIME}|cent\b)[a-z]"
    r"|\bone\s+(?:[\w-]+\s+){1,3}?cost\b"
    # "What does it cost to put up one of the alarm towers?" (not "How much did one of the
    # paintings sell for?", a sum paid once)
    r"|\bcost\s+to\s+[a-z]+\s+(?:[a-z]+\s+)?one\s+of\s+(?:the|its|their|his|her)\s+"
    # "How much does a pair of reusable forceps sell for?", "How much does a filling cost at the
    # centre?" (not "How much does a new bridge cost?", one thing built once)
    r"|\bhow\s+much\s+(?:does|do)\s+(?:a|an)\s+(?!new\b)(?:[\w’'-]+\s+){0,6}?"
    r"(?:cost|sell\s+for)\b",
    re.IGNORECASE,
)
# A sum for one: "Each scan costs 45 baht", "Tickets cost 45 euros", "priced at 290 euros each",
# "€1,000 apiece", "an adult single fare costs £7.40", "18p a minute", "a £2-a-night charge",
# "200 euros a year"; not "per cent".
_PRICE_OF_ONE = re.compile(
    r"\b(?:each|every|per(?!\s+cent\b)|apiece|a\s+piece|single(?!-)|one-way|costs|priced|fares?|"
    r"sells?\s+for)\b"
    r"|\b[a-z]+s\s+cost\b"
    r"|\d\s*(?:[a-z]+\s+){0,2}?an?[\s-]+[a-z]"
    r"|\d-an?-[a-z]",
    re.IGNORECASE,
)


def unclocked(question: str, evidence: list[Evidence]) -> bool:
    """Whether "What time did Zhou record ...?" or "What was Massawe's winning time ...?" asks
    for a time clocked and no evidence sentence rated near the best gives one
    (`_CLOCKED_TIME`): "closed the gap to nine seconds" is a margin, "won his first race, a
    42-kilometre trail race ..., in March 2025" gives none."""
    return bool(RACE_TIME.search(question)) and not any(
        _CLOCKED_TIME.search(e.sentence) for e in rated_near_best(evidence)
    )


def planned_unmeasured(question: str, evidence: list[Evidence]) -> bool:
    """Whether "How many homes does AlgaCasa plan to build next year?" asks for a measure of
    what is planned and every evidence sentence rated near the best that states the measure
    tells of nothing to come in the clause that states it: "has used them to build 36 homes"
    counts what was done, and so does "Guyana has sold 4.2 million carbon credits ..., and 15
    per cent of the money will go to ..." for "How many credits does Guyana plan to sell next
    year?"."""
    measure = asked_measure(question)
    if measure is None or not _ASKS_PLANNED.search(question):
        return False
    clauses = [
        clause
        for e in rated_near_best(evidence)
        for clause in _CLAUSE_JOIN.split(e.sentence)
        if states(measure, clause, question)
    ]
    return bool(clauses) and not any(
        _TOLD_TO_COME.search(clause) or _AIMED_AT.search(clause) for clause in clauses
    )


# Where a sentence joins a clause with a subject of its own to another: ", and 15 per cent of
# the money will ...", "; it ..." (not ", and build 50 homes there", whose "will" is the first's).
_CLAUSE_JOIN = re.compile(
    r"(?:,\s+(?:and|but|while|whereas)|;)\s+"
    r"(?=(?:the|a|an|its|their|his|her|it|they|he|she|we|this|that|these|those)\b|[A-Z0-9])"
)


# A plan asked about: "does AlgaCasa plan to build", "is the council hoping to raise".
_ASKS_PLANNED = re.compile(
    r"\b(?:plans?|planning|planned|intends?|intending|aims?|aiming|hopes?|hoping|expects?|"
    r"expecting)\s+to\b",
    re.IGNORECASE,
)
# What is aimed at, in words of no tense: "a target of 120 homes", "orders for 120 homes".
_AIMED_AT = re.compile(
    r"\b(?:targets?|goals?|forecasts?|projected|projections?|pipeline|orders?|budget(?:ed)?)\b",
    re.IGNORECASE,
)


def unmargined(question: str, evidence: list[Evidence]) -> bool:
    """Whether "By how many minutes did Vermeulen win the women's race?" asks for the margin of
    a win, a lead or a miss and no evidence sentence rated near the best gives one ("by less
    than four minutes", "two seconds ahead of", "a margin of 312 votes"): "won ... in 22 hours
    58 minutes" is the time she ran."""
    return bool(_ASKS_MARGIN.search(question)) and not any(
        _MARGIN.search(e.sentence) for e in rated_near_best(evidence)
    )


# "By how much did Massawe miss the course record?", "By how many votes did Okafor win?" (not
# "By how many points did the FTSE lose?", a fall).
_ASKS_MARGIN = re.compile(
    r"^\W*by\s+how\s+(?:much|many\s+[a-z]+|far|long)\s+(?:did|does|do|will|would|has|have|had)\b"
    r"[^?]*\b(?:win|wins|won|winning|beat|beats|beaten|lead|leads|led|miss|missed|misses|"
    r"edge|edged)\b",
    re.IGNORECASE,
)
# A margin, as news gives one: "by less than four minutes", "by 312 votes", "by a wide margin",
# "two seconds ahead of", "a margin of", "a majority of", a score ("beat Chelsea 5-0").
_MARGIN = re.compile(
    rf"\bby\s+{APPROXIMATELY}(?:a\s+(?:[a-z]+\s+)?(?:margin|distance|lengths?|whisker|nose|"
    rf"head|neck|street|mile)\b|{_AMOUNT})"
    rf"|{_AMOUNT}[\w\s.-]{{0,20}}?\b{_MARGIN_WORDS}\b"
    r"|\b(?:margin|lead|gap|majority)\s+of\b|\b\d{1,3}-\d{1,3}\b",
    re.IGNORECASE,
)


def undated(question: str, evidence: list[Evidence]) -> bool:
    """Whether a "When ...?" question has no evidence sentence rated near the best that says
    when anything happens: "When will the inspectorate hear the appeal?" is not answered by
    "the company would consider an appeal to the inspectorate", its best sentence. Over the
    SQuAD sample, the seed and the readers' sets, every "When" question answered right had
    such a sentence. Likewise a question for a day ("On what date will the leaders meet?")
    with no sentence near the best naming a day the question does not ("they met in 2019"),
    and one for a time of day ("At what time did Putin arrive on Monday?") with none telling
    the time or the part of the day. When something is to come, a sentence told only of what
    has been says nothing of it (`told_as_past`)."""
    near = rated_near_best(evidence)
    if ASKS_TO_COME.search(question):
        near = [e for e in near if not told_as_past(e.sentence, question)]
    if DAY_QUESTION.search(question):
        return not any(tells_beyond(asked_day(question), e.sentence, question) for e in near)
    if TIME_QUESTION.search(question):
        return not any(tells_beyond(_TIME_OF_DAY, e.sentence, question) for e in near)
    if not WHEN_QUESTION.search(question):
        return False
    # "..., police said on Tuesday" tells when it was said, not when the fire started; a year
    # after "said" ("Analysts said 2019 was when ...") is what was said.
    reported = not ASKS_ABOUT_SAYING.search(question)
    return not any(
        not (reported and REPORTED_ON.search(e.sentence, 0, m.start()))
        or _YEAR_WORD.fullmatch(m[0])
        for e in near
        for m in _TIME_TOLD.finditer(e.sentence)
    )


# "When will the court hear the appeal?", "By when is the plant due to be completed?", "How
# soon will ...?": a question for when something is to come.
ASKS_TO_COME = re.compile(
    r"^\W*(?:(?:by\s+)?when|how\s+soon)\s+(?:will|shall)\b"
    r"|^\W*(?:by\s+)?when\s+(?:is|are)\b[^?]*\bdue\b",
    re.IGNORECASE,
)
# What tells of something to come: "will", "is due to", "plans to", "is to visit", "to be heard",
# "is expected", "within 30 days", "next spring".
_TOLD_TO_COME = re.compile(
    r"\b(?:will|would|shall|due|expect(?:s|ed)?|plan(?:s|ned|ning)?|scheduled|set\s+to|aim(?:s|ing)?|"
    r"hopes?|hoped|intends?|intended|next|upcoming|coming|later|until|listed|pending|soon|within|"
    r"(?:is|are|was|were)\s+to|to\s+be)\b|['’]ll\b",
    re.IGNORECASE,
)
# A verb telling what was done: "ordered", "denied", "held" (not "need", "speed", "hundred",
# "long-awaited"), other than one reporting it ("said", "confirmed"), which may report what is to
# come ("Officials said the bridge opens in May").
_PAST_VERB = re.compile(
    r"\b(?<!-)(?!hundred\b)[a-z]{2,}(?<!e)ed\b|\b(?:was|were|had|did|paid|spent|built|left|saw|"
    r"ran|rose|fell|sent|kept|brought|bought|caught|led|struck|spoke|wrote|chose|drove|flew|grew|"
    r"knew|broke|stood|sat|" + "|".join(_PAST_OF.values()) + r")\b",
    re.IGNORECASE,
)
_REPORTING = frozenset(
    "said told confirmed announced reported added stated noted explained insisted claimed".split()
)
# A participle's present passive, up to an adverb before it: "is rarely held", "are built".
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are|be|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def told_as_past(sentence: str, question: str) -> bool:
    """Whether `sentence` tells only of what has been, by a verb in the past and no word for
    what is to come, and not of the question's deed: "Kalogeropoulos, who has been held since
    his arrest in October 2023, denied all the charges" does not say when his appeal will be
    heard, where "It was heard last week" and "Work began in 2019" (for "When will work
    begin?") do. "The case returns to court on 4 February" and "A hearing is rarely held within
    six months" are not so told."""
    past = [
        m[0].lower()
        for m in _PAST_VERB.finditer(sentence)
        if m[0].lower() not in _REPORTING and not _PRESENT_PASSIVE.search(sentence, 0, m.start())
    ]
    asked = question_terms(question)
    roots = {t for verb in past for t in terms(_PRESENT_OF.get(verb, verb))}
    return (
        bool(past)
        and not _TOLD_TO_COME.search(sentence)
        and not any(_same_root(t, a) for t in roots for a in asked)
    )


def tells_beyond(pattern: re.Pattern[str], sentence: str, question: str) -> bool:
    """Whether `sentence` holds a match of `pattern` that the question does not: "on Monday"
    tells no day to "What time did he arrive on Monday?"."""
    asked = {m[0].lower() for m in pattern.finditer(question)}
    return any(m[0].lower() not in asked for m in pattern.finditer(sentence))


def asked_day(question: str) -> re.Pattern[str]:
    """What answers a question for a day (`DAY_QUESTION`): a date of a month for "On what date
    ...?", a day counted from the start for "On which day of the crossing ...?", any day, a
    weekday too, for "Which day ...?"."""
    if _ASKS_DAY_OF_A_STRETCH.search(question):
        return _DAY_OF_A_STRETCH
    return _CALENDAR_DAY if _ASKS_DATE.search(question) else DAY


# "On which day of the crossing ...?", "What day of her hunger strike ...?" (not of the week,
# the month or the year, which have dates and weekdays).
_ASKS_DAY_OF_A_STRETCH = re.compile(
    r"\b(?:what|which)\s+day\s+of\s+(?:the|her|his|its|their|our|my)\s+"
    r"(?!(?:week|month|year)\b)[a-z]",
    re.IGNORECASE,
)
# "On day 23", "on day two", "on the third day", "the 23rd day", "its opening day", or a day
# of the calendar ("on Saturday", "on 8 December").
_DAY_OF_A_STRETCH = re.compile(
    rf"\bday\s+(?:\d+|{_CARDINAL})\b|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|opening|closing|final|last)\s+day\b"
    rf"|{DAY.pattern}",
    re.IGNORECASE,
)


# A time of day on the clock, or the part of the day.
_TIME_OF_DAY = re.compile(
    rf"{CLOCK.pattern}|\b(?:morning|afternoon|evening|night|overnight|dawn|dusk|daybreak|"
    r"midday|lunchtime|teatime|nightfall|sunrise|sunset|tonight|early\s+hours|half\s+past)\b"
    r"|o['’]clock\b",
    re.IGNORECASE,
)
# Words that say when: a date (`DATE`, or "Dec 5"), a time of day (`CLOCK`), a season, a day
# said relative to another ("yesterday", "last week", "two years ago"), a stretch of time
# ("within six weeks").
# A date, a feast, a time of day or a stretch of time: what says when something happens.
_TIME_TOLD = re.compile(
    rf"(?-i:{DATE.pattern}|{HOLIDAY.pattern}|\b{SHORT_MONTH}\s+\d|\b\d{{1,2}}\s+{SHORT_MONTH}\b)"
    rf"|{CLOCK.pattern}"
    r"|\b(?:dawn|dusk|today|tonight|yesterday|tomorrow|overnight|ago|recently|soon|immediately|"
    r"later|earlier|centur(?:y|ies)|spring|summer|autumn|winter|weekend)\b"
    r"|\b(?:this|last|next|coming|previous|following|same)\s+(?:day|week|month|year|season|decade)"
    r"|\b(?:in|within|for|after|before|until|by)\s+(?:\w+\s+){0,2}"
    r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)\b",
    re.IGNORECASE,
)


# A day right after a speech verb is when the words were said ("Mr Putin said on Tuesday that
# he planned to go"), no answer to when what they speak of happens, unless that is asked.
REPORTED_ON = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|announced|reported|added|confirmed|stated)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+|last\s+)?$",
    re.IGNORECASE,
)
ASKS_ABOUT_SAYING = re.compile(
    r"\b(?:say|said|tell|told|announce|announced|report|reported|confirm|confirmed)\b",
    re.IGNORECASE,
)
_YEAR_WORD = re.compile(rf"(?<![\w$£€.,-])(?:{YEAR}|{ERA_YEAR})(?![\w.,]?\d)")


def unstated_year(question: str, hits: list[Hit], evidence: list[Evidence]) -> bool:
    """Whether the question asks about a year that no retrieved passage of the evidence's
    articles states, nor dates: "What was Nordvik's revenue in 2022?" over an article that gives
    only 2023's and a 2024 forecast (another article's 2022 is no answer). In SQuAD's
    development questions, every answerable one with a year has it in its paragraph."""
    cited = {e.doc_id for e in evidence}
    passages = [hit for hit in hits if hit.doc_id in cited]
    return any(
        not any(
            year in hit.text
            or in_its_decade(year, question, hit.text)
            or (hit.date or "").startswith(year)
            for hit in passages
        )
        for year in set(_YEAR_WORD.findall(question))
    )


def unanswered_year(question: str, evidence: list[Evidence]) -> bool:
    """Whether a question asks in what year something happened and no evidence sentence rated
    near the best gives a year: "In what year did the Sorlen Polymers plant open?" is not
    answered by a sentence on the plant that dates nothing, nor "In what year did Sir James
    die?" by one that tells no death (`_LIFE_EVENTS`). Over the SQuAD sample and calibration
    questions, the first refused eight unanswerable questions answered before, and no
    answerable one."""
    if not _WHAT_YEAR.search(question) or not evidence:
        return False
    near = rated_near_best(evidence)
    told = next((told for asked, told in _LIFE_EVENTS if asked.search(question)), None)
    if told and not any(told.search(e.sentence) for e in near):
        return True
    return not any(_YEAR_WORD.search(e.sentence) for e in near)


# A death or a birth is told in its own words: "In what year did Sir James die?" is not
# answered by "the folio was bought in 1781 by Sir James".
_LIFE_EVENTS = (
    (
        re.compile(r"\b(?:die|died)\b", re.IGNORECASE),
        re.compile(r"\b(?:die[ds]?|dying|death|dead|killed|passed\s+away)\b", re.IGNORECASE),
    ),
    (re.compile(r"\bborn\b", re.IGNORECASE), re.compile(r"\b(?:born|birth)", re.IGNORECASE)),
)


def year_of_deed(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For "In what year did the Wendle Canal first open?", the best-rated evidence sentence of
    the best one's article that gives a year within a few words of a word of the question ("The
    canal, which was opened in 1797, ..."), when the best gives its years only beside other
    words ("... founded it at a meeting in a pub back room in 1979"): a year dates what is told
    beside it. None for other questions, or when the best gives such a year."""
    if not _WHAT_YEAR.search(question) or not evidence:
        return None
    deed = set(question_terms(question)) - {"year"}
    best = max(evidence, key=lambda e: e.relevance)

    def dates_deed(sentence: str) -> bool:
        for year in _YEAR_WORD.finditer(sentence):
            before = WORD.findall(sentence[: year.start()])[-_DEED_REACH:]
            after = WORD.findall(sentence[year.end() :])[:_DEED_REACH]
            if deed & set(terms(" ".join([*before, *after]))):
                return True
        return False

    if not deed or dates_deed(best.sentence):
        return None
    dating = [e for e in evidence if e.doc_id == best.doc_id and dates_deed(e.sentence)]
    return max(dating, key=lambda e: e.relevance) if dating else None


def of_the_year_asked(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question that names a year ("What led the union to go to court in 2019?"), the
    best-rated evidence sentence near the best (`rated_near_best`) that gives that year, when
    the best gives another and not it ("... who was dismissed in 2020, has led the case"), or
    the one right after a best that gives none when it sets that year's figure beside the
    best's ("That was up from 57 in 2022"): a
    sentence dated otherwise tells of another time, however many words it shares with the
    question. None otherwise."""
    asked = set(_YEAR_WORD.findall(question))
    if not asked or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    given = set(_YEAR_WORD.findall(best.sentence))
    if asked & given:
        return None
    # A best sentence with no year tells of now; the year asked is told by the sentence that
    # sets an earlier figure beside it ("That was up from 57 in 2022").
    near = (
        rated_near_best(evidence)
        if given
        else [e for e in evidence if right_after(best, e) and _SET_BESIDE.match(e.sentence)]
    )
    dated = [e for e in near if asked <= set(_YEAR_WORD.findall(e.sentence))]
    return max(dated, key=lambda e: e.relevance) if dated else None


# How many words either side of a year may tell what it dates: "which was opened in 1797".
_DEED_REACH = 4
_WHAT_YEAR = re.compile(rf"\b(?:what|which)\s+year\b{NOT_A_YEAR}", re.IGNORECASE)
