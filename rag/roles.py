"""Who holds a role: where a text names someone beside it, and what keeps "deputy governor
Tomas Berg" from answering for the governor.

Shared by role questions ("Who is the governor?", `rag.holders`) and speech questions that name
their speaker by a role ("What did the judge say?", `rag.speech`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A deputy, a former holder or one acting for them does not hold the role asked about: "Who is
# the governor?" is not answered by "deputy governor Tomas Berg".
_NOT_THE_HOLDER = ("deputy", "vice", "former", "acting", "assistant", "ex")
NOT_THE_ROLE_ITSELF = (
    "".join(rf"(?<!{word}\s)(?<!{word.capitalize()}\s)" for word in _NOT_THE_HOLDER)
    + r"(?<!vice-)(?<!Vice-)(?<!ex-)(?<!Ex-)"
)

# Titles that open or fall inside a run of capitalised words ("President Yoon Suk-yeol",
# "Defence Minister Sergei Shoigu").
TITLES = {
    "President", "Minister", "Secretary", "Chancellor", "Governor", "Senator", "General",
    "Director", "Chairman", "Spokesman", "Spokeswoman", "Leader", "Chief", "Ambassador",
    "King", "Queen", "Prince", "Premier", "Mayor", "Judge", "Professor", "Prof", "Pope",
}  # fmt: skip

# The words news uses for the body an article is about once it has named it: "the club said".
BODY_KINDS = (
    "club", "company", "firm", "bank", "lender", "team", "airline", "carrier", "insurer",
    "retailer", "operator", "maker", "manufacturer", "chain", "union", "charity", "utility",
)  # fmt: skip
BODY_KIND = f"(?:{'|'.join(BODY_KINDS)})"

# Whoever heads a body, by the titles news gives them.
HEADS = (
    "head", "chief", "chief executive", "chief executive officer", "director",
    "director-general", "director general", "managing director", "leader", "president",
    "governor", "secretary-general", "general secretary", "commissioner", "manager",
)  # fmt: skip
CHAIRS = ("chair", "chairman", "chairwoman", "chairperson")
# "Who is the boss of Harlow Bay Terminals?", "What did the head of the consumer council say?":
# whoever heads it, by any of its titles ("Ingrid Solvang, the company's chief executive").
ANY_HEAD = ("boss", "head")

# Roles news writes either in full or by initials: "CEO", "chief executive".
_SPELT_ALIKE = (
    ("ceo", "chief executive", "chief executive officer"),
    ("cfo", "chief financial officer"),
    ("coo", "chief operating officer"),
)


# A judge is titled "Justice" in the courts of Britain and the Commonwealth ("Justice Miriam
# Okafor", or after an honorific, "Mrs Justice Harcourt"), a word that also opens the names of
# ministries and their ministers.
_JUSTICE = (
    r"(?-i:(?:Justice(?=\s+[A-Z][\w’'-]+\s+[A-Z])|"
    r"(?:(?<=\bMr\s)|(?<=\bMrs\s)|(?<=\bMs\s)|(?<=\bLord\s)|(?<=\bLady\s))Justice(?=\s+[A-Z]))"
    r"(?!\s+(?:Minister|Secretary|Department|Ministry|Committee|Commission|Party|League)\b))"
)


# Counsel in a British court are named by what they do in the case, before a comma:
# "Prosecuting, Sarah Quiller said ...", "Mitigating for Vosper, Marcus Fenn said ...", "Sarah
# Quiller, prosecuting, told the court".
_PROSECUTING = r"(?i:prosecuting)(?:\s+for\s+the\s+(?:Crown|[Pp]rosecution))?(?=,)"
_DEFENDING = (
    r"(?i:defending|mitigating)(?:\s+(?:for|on\s+behalf\s+of)\s+(?:(?:the\s+)?(?:defendant|"
    r"defence|accused)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*))?(?=,)"
)
COUNSEL = frozenset({"lawyer", "lawyers", "barrister", "counsel", "solicitor", "advocate"})
_CROWN = {"crown", "cps"}


def role_pattern(roles: Sequence[str]) -> str:
    """A pattern for any of `roles` (`any_of`), or the title a judge also goes by, or the way
    news names counsel in court ("Prosecuting, Sarah Quiller said")."""
    pattern = any_of(roles)
    named = [role.lower().split() for role in roles]
    if ["judge"] in named:
        pattern = f"(?:{pattern}|{_JUSTICE})"
    if any(w.startswith("prosecut") or w in _CROWN for words in named for w in words):
        pattern = f"(?:{pattern}|{_PROSECUTING})"
    elif any(words[-1] in COUNSEL for words in named if words):
        pattern = f"(?:{pattern}|{_DEFENDING})"
    return pattern


def spelt_alike(role: str) -> list[str]:
    """`role` and the ways news also writes it: "CEO" is "chief executive" too."""
    alike = next((group for group in _SPELT_ALIKE if role.lower() in group), ())
    return [role, *(other for other in alike if other != role.lower())]


# A country's roles held under a title of their own: its head of state is a president or a
# monarch, whom news names by the title ("South Korean President Yoon Suk-yeol").
_HELD_AS = {
    "head of state": ("president", "king", "queen", "monarch", "emperor", "emir", "sultan"),
    "head of government": ("prime minister", "premier", "chancellor", "taoiseach"),
}


def held_as(role: str) -> list[str]:
    """The titles a country's `role` is held under, after what the role is written after ("South
    Korean president" for "South Korean head of state"); none for other roles. Only of a
    country: a club's president is no head of state (not the other way round either)."""
    for held, titles in _HELD_AS.items():
        if found := re.fullmatch(rf"(?P<before>.*?\s)?{any_of([held])}", role, re.I):
            return [f"{found['before'] or ''}{title}" for title in titles]
    return []


def any_of(phrases: Sequence[str]) -> str:
    """A pattern for any of `phrases`, their words apart by any spacing, the longest first (a
    role is matched once: `holder_pattern`)."""
    longest_first = sorted(phrases, key=len, reverse=True)
    return (
        "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in longest_first) + ")"
    )


# Honorifics that may stand before a name ("Mr Peskov"), and a pattern for one, if any, with
# the space after it ("Dr. " of "Dr. Helena Brasch").
HONORIFICS = {"Mr", "Mrs", "Ms", "Dr"}
HONORIFIC_BEFORE = r"(?:Mr|Mrs|Ms|Dr)\.?\s+"
HONORIFIC = rf"(?:{HONORIFIC_BEFORE})?"
# Ranks and offices written before a name ("Sgt Breckon", "Det Insp Ruth Hale", "Cr Doolan"),
# where the name may be given in full with the rank spelt out ("Sergeant Thomas Breckon",
# "Councillor Shane Doolan").
RANKS = {
    "Sgt", "Sergeant", "Cpl", "Corporal", "Lt", "Lieutenant", "Capt", "Col", "Colonel", "Maj",
    "Pte", "Cdr", "Insp", "Inspector", "Det", "Supt", "Rev", "Reverend", "Cllr", "Cr",
    "Councillor",
}  # fmt: skip
# Honorifics, ranks and the honours written before a name as they are ("Sir Keir", "Dame Judi").
HONOURS = {*HONORIFICS, *RANKS, "Sir", "Dame", "Lord", "Lady"}

# A name: capitalised words ("Helen Marsh", "Tomas Berg"); in full, two or more of them (not
# the "Moscow" of "In Moscow, spokesman ...").
NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]+)*"
_FULL_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]+)+"
# A run of capitalised words, whatever it names: "Coombe Hollow Dairy", "Ms Tate", "Kim".
NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
# The lower-case words inside a name: "San Vito al Tagliamento", "Leonardo da Vinci".
NAME_PARTICLES = frozenset("al da das de del della der di dos du el la le van von".split())
NAME_PARTICLE = rf"(?:{'|'.join(sorted(NAME_PARTICLES))})"
# One capitalised word of a name: "Putin" of "Mr Putin".
NAME_WORD = re.compile(r"\b[A-Z][\w’'-]+")


def holder_pattern(role: str) -> re.Pattern[str]:
    """Where a text names someone beside `role`: "Kremlin spokesman Dmitry Peskov", "Judge Mr
    Tan", "Dmitry Peskov, the Kremlin spokesman", "Helena Brasch, the 58-year-old director",
    "Priya Raman, who became chief executive in 2021", "Priyanka Sethi, a consultant physician
    and the programme's clinical lead", and with a full name, "Joanna Pellew, chief executive
    of the charity ..."; the name in group "after", "before" or "full".

    `role` is a pattern of the role's words, in any case, the longest of any alternatives
    first: the role is matched once, so "chief" is no role in "chief executive of the charity".
    """
    role = rf"(?i:(?>{role}))"
    return re.compile(
        rf"{NOT_THE_ROLE_ITSELF}\b{role},?\s+{HONORIFIC}(?P<after>{NAME})"
        rf"|(?P<before>{NAME}),\s+{_AGED}{_ANOTHER_ROLE}(?:{_WHO_IS}\s+)?(?i:the|a)\s+{_DESCRIBED}"
        rf"{role}\b"
        rf"{_WHOLE_TITLE}"
        rf"|(?P<full>{_FULL_NAME}),\s+{_AGED}(?:{_WHO_IS}\s+)?{role}\b{_WHOLE_TITLE}"
    )


def unowned_holder_pattern(role: str) -> re.Pattern[str]:
    """Where a text names someone beside `role` without saying whose it is, as news does once
    the owner is clear from the sentences before: "Its chief executive, Samuel Reid", "Her
    coach, Esteban Rojas" (opening the sentence, whose "her" is whom those before are about;
    not "Tavares thanked his coach, ..."), "Governor Helena Marisch, 58, told ...", "..., said
    chief executive Samuel Reid", "“...,” chief executive Samuel Reid told ...", "Reid, the
    chief executive, said", a title within the sentence ("the party of Prime Minister Marek
    Dolan", "... voted for the cut, Governor Dr Helena Reyes told reporters", but not "Russian
    President Vladimir Putin" nor "Prime Minister Ana Pereira of Lusitania"), or says only what
    kind of body it is: "Helena Sarmento, 54, the airline's chief executive". A role owned by
    someone named there ("Halvorsen's chief executive", "the chief executive of Halvorsen") is
    not unowned."""
    role = rf"(?i:(?>{role}))"
    return re.compile(
        rf"(?:^[\"“‘']?(?:(?:His|Her)\s+{_UNOWNED})?"
        rf"|\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+{_KIND_S}{_UNOWNED}|[”\"],?\s+|\b(?:said|says)\s+)"
        rf"{NOT_THE_ROLE_ITSELF}"
        rf"{role}(?!\s+of\b),?\s+{HONORIFIC}(?>{NAME}){_OF_NO_OTHER}"
        rf"|\b[a-z]{{2,}},?\s+{NOT_THE_ROLE_ITSELF}(?=[A-Z]){role}\s+(?>{_FULL_NAME}){_OF_NO_OTHER}"
        rf"|{NAME},\s+{_AGED}{_ANOTHER_ROLE}(?:{_WHO_IS}\s+)?(?i:its|their|the)\s+{_KIND_S}{_UNOWNED}"
        rf"{role}\b"
        rf"{_UNOWNED_END}"
        rf"|{_FULL_NAME},\s+(?:{_WHO_IS}\s+)?{role}\b{_UNOWNED_END}"
    )


# A holder of no other named body: not "Prime Minister Ana Pereira of Lusitania".
_OF_NO_OTHER = r"(?!\s+of\s+[A-Z])"
# An age set off between a name and its role: "Tomas Reyk, 47, the union's general secretary".
_AGED = r"(?:\d{1,3},\s+)?"
# Another role given first: "Priyanka Sethi, a consultant respiratory physician and the
# programme's clinical lead".
_ANOTHER_ROLE = r"(?:an?\s+(?:[\w-]+\s+){1,3}?and\s+)?"
# The kind of body whose role it is, in place of its name: "the airline's", "the company's"
# (not "the rival's", nor a deputy's or former holder's: `_NOT_THE_HOLDER`).
_KIND_S = rf"(?:(?!(?i:{'|'.join(_NOT_THE_HOLDER)}|rival)\b)[a-z]+['’]s\s+)?"
# Words before a role that make it the head of one department, not of the whole body: "the
# trust's medical director" does not run the trust.
_DEPARTMENTS = (
    "medical", "finance", "financial", "operations", "operating", "technical", "technology",
    "marketing", "sales", "research", "nursing", "clinical", "commercial", "legal", "sporting",
    "artistic", "creative", "communications", "strategy", "policy", "editorial", "security",
)  # fmt: skip
# ... counted only just before the role: "the research institute's director" heads it.
_NOT_OF_A_DEPARTMENT = "".join(rf"(?<!{w}\s)(?<!{w.capitalize()}\s)" for w in _DEPARTMENTS)
_NOT_HELD = "|".join(_NOT_THE_HOLDER)
# Up to two words describing the holder between "the" and the role ("the 58-year-old
# director"), none that makes them someone other than the holder ("the former director").
_DESCRIBED = rf"(?:(?!(?i:{_NOT_HELD})\b)[\w’'-]+\s+){{0,2}}?{_NOT_OF_A_DEPARTMENT}"
# ... and none that says whose role it is ("its rival's chief executive").
_UNOWNED = rf"(?:(?!(?i:{_NOT_HELD})\b)[\w-]+\s+){{0,2}}?{_NOT_OF_A_DEPARTMENT}"
# "Priya Raman, who became chief executive", "..., who has been its chair since 2019".
_WHO_IS = r"who\s+(?:is|was|became|has\s+been|had\s+been|serves\s+as|served\s+as)"
# The role is the whole title, not the first word of another: "the chief medical officer" is
# no "chief", "Tidewell's director of water resources" no director of Tidewell.
_WHOLE_TITLE = r"(?!\s+[\w-]+\s+officer\b)(?!\s+of\s+(?!the\b|its\b|their\b)[a-z])"
# ... and says nothing of whose it is after it ("chief executive of Halvorsen", "analyst at
# Harbor Street", "the commissioner who heads the DPC").
_UNOWNED_END = (
    rf"{_WHOLE_TITLE}(?!\s+(?:of|at|for)\b|['’]|\s+who\s+(?:heads|leads|runs|chairs|directs)\b)"
)
