"""Who holds a role: where a text names someone beside it, and what keeps "deputy governor
Tomas Berg" from answering for the governor.

Shared by role questions ("Who is the governor?", `rag.forms`) and speech questions that name
their speaker by a role ("What did the judge say?", `rag.speech`).
"""

from __future__ import annotations

import re

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
    "King", "Queen", "Prince", "Premier", "Mayor", "Judge", "Professor", "Pope",
}  # fmt: skip

# Honorifics that may stand before a name ("Mr Peskov").
HONORIFICS = {"Mr", "Mrs", "Ms", "Dr"}

# A name: capitalised words ("Helen Marsh", "Tomas Berg").
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]+)*"


def holder_pattern(role: str) -> re.Pattern[str]:
    """Where a text names someone beside `role` (a pattern of its words, in any case): "Kremlin
    spokesman Dmitry Peskov", "Judge Mr Tan", "Dmitry Peskov, the Kremlin spokesman", "Helena
    Brasch, the 58-year-old director"; the name in group "after" or "before"."""
    return re.compile(
        rf"{NOT_THE_ROLE_ITSELF}(?i:\b{role}),?\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<after>{_NAME})"
        rf"|(?P<before>{_NAME}),\s+(?i:the|a)\s+{_DESCRIBED}(?i:{role})\b"
    )


# Up to two words describing the holder between "the" and the role ("the 58-year-old
# director"), none that makes them someone other than the holder ("the former director").
_DESCRIBED = rf"(?:(?!(?i:{'|'.join(_NOT_THE_HOLDER)})\b)[\w’'-]+\s+){{0,2}}?"
