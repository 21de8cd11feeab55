"""Who holds a role: what keeps "deputy governor Tomas Berg" from answering for the governor.

Shared by role questions ("Who is the governor?", `rag.forms`) and speech questions that name
their speaker by a role ("What did the judge say?", `rag.speech`).
"""

# A deputy, a former holder or one acting for them does not hold the role asked about: "Who is
# the governor?" is not answered by "deputy governor Tomas Berg".
NOT_THE_ROLE_ITSELF = (
    "".join(
        rf"(?<!{word}\s)(?<!{word.capitalize()}\s)"
        for word in ("deputy", "vice", "former", "acting", "assistant", "ex")
    )
    + r"(?<!vice-)(?<!Vice-)(?<!ex-)(?<!Ex-)"
)
