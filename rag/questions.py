"""Checking a question before any work is spent on it (empty, too long, or in another language),
and taking out the words that refer to the articles themselves.

The bundled embedder and generator read English, so a question in another language would retrieve
noise and draw an answer from nothing. Rather than a confusing refusal, the user is told what to
change. Language identification uses py3langid's bundled model (no download), restricted to widely
written languages: over ~2,900 short English development questions, none was identified as another
language with the confidence required here.
"""

from __future__ import annotations

import re
from functools import cache

from lemminflect import getAllLemmas, getInflection

from rag.errors import RAGError
from rag.lexical import AUXILIARY

# Languages the identifier may answer with; restricting the set keeps it from mistaking short
# English questions for creoles and minor languages.
LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "ar": "Arabic", "tr": "Turkish",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "cs": "Czech",
    "hu": "Hungarian", "ro": "Romanian", "el": "Greek", "he": "Hebrew", "hi": "Hindi",
    "id": "Indonesian", "vi": "Vietnamese", "th": "Thai", "fa": "Persian",
}  # fmt: skip
# A question is taken to be in another language only when the identifier is this sure of it.
MIN_CONFIDENCE = 0.75


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def language_of(text: str) -> tuple[str, float]:
    """The most likely language code of `text` and the identifier's probability for it, read
    from its words other than names: a name is written alike in every language, and one alone
    swayed the identifier ("What did Netanyahu say?" was Indonesian at 0.95, and "What did
    say?" is English)."""
    words = text.split()
    unnamed = words[:1] + [word for word in words[1:] if not word[:1].isupper()]
    code, probability = _identifier().classify(" ".join(unnamed))
    return code, float(probability)


def has_words(text: str) -> bool:
    """Whether `text` holds anything to search for: a question of punctuation alone has not."""
    return any(ch.isalnum() for ch in text)


def check_question(question: str, max_chars: int, language: str) -> str:
    """The question stripped of surrounding space; RAGError with what to do when it is unusable.

    `language` is the code of the language questions must be in; empty accepts any language.
    """
    if not isinstance(question, str):
        raise RAGError(f"the question must be text, not {type(question).__name__}")
    question = question.strip()
    if not question:
        raise RAGError("the question is empty; type a question about the indexed articles")
    if not has_words(question):
        raise RAGError("the question has no words; type a question about the indexed articles")
    if len(question) > max_chars:
        raise RAGError(
            f"the question is {len(question):,} characters long; ask in at most {max_chars:,} "
            "characters (to search a long text, ingest it as an article)"
        )
    if language:
        code, probability = language_of(question)
        if code != language and probability >= MIN_CONFIDENCE:
            raise RAGError(
                f"the question looks like {LANGUAGES.get(code, code)}, but questions are answered "
                f"in {LANGUAGES.get(language, language)}; ask it in "
                f"{LANGUAGES.get(language, language)} (setting answer.question_language)"
            )
    return question


# "the article", "these stories", ... but not "the article 5" (content, in a treaty or a law).
_SOURCE = (
    r"(?:the|this|these)\s+(?:news\s+)?(?:articles?|stor(?:y|ies)|texts?|passages?)\b(?!\s*\d)"
)
# "According to the report" and "How does the report describe ...?" point at the article too;
# "What did the report say?", "What was in the report?" or "the report's authors" may be about a
# report the article is about, and are kept.
_THE_REPORT = r"(?:the|this)\s+(?:news\s+)?report\b(?!['’]|\s+(?:by|from|of|on|into)\b)"
_SOURCE_REFERENCE = re.compile(
    rf",?\s*\b(?:according\s+to|as\s+(?:reported|stated|described|mentioned)\s+in|based\s+on|in|"
    rf"from|per)\s+{_SOURCE}\s*,?"
    rf"|,?\s*\baccording\s+to\s+{_THE_REPORT}\s*,?"
    rf"|\b(?:does|do|did)\s+{_SOURCE}\s+(?:say|mention|report|state|claim|describe|tell\s+us)\b"
    rf"|\b{_SOURCE}\s+(?:says?|said|mentions?|reports?|states?|claims?)\s+(?:that\s+)?",
    re.IGNORECASE,
)

# "How does the article describe Vladivostok?" asks what "Describe Vladivostok" does.
_HOW_DESCRIBED = re.compile(
    rf"^\s*how\s+(?:does|do|did)\s+(?:{_SOURCE}|{_THE_REPORT})\s+(?:describe|portray|characteri[sz]e)\s+"
    r"(?P<topic>.+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def without_source_reference(question: str) -> str:
    """The question without the words that point at the articles rather than at their content.

    "How long has the war lasted, according to the article?" asks what "How long has the war
    lasted?" asks, but "article" is a rare word in news text, so retrieval, the evidence ranker
    and the refusal model would all weigh it as a key term that no sentence contains (on the seed
    article that phrase alone lowered the answerability of "Who is the Kremlin spokesman?" from
    0.56 to 0.43). "Article 5 of the treaty" is content, and is kept. A question that is nothing
    but such a reference ("What does the article say?") is returned unchanged, and "How does the
    article describe Vladivostok?" asks what "Describe Vladivostok" does.
    """
    described = _HOW_DESCRIBED.match(question)
    if described:
        return f"Describe {described['topic']}"
    stripped = _SOURCE_REFERENCE.sub(" ", question)
    if stripped == question:
        return question
    stripped = re.sub(r"\s+([?.,!])", r"\1", re.sub(r"\s{2,}", " ", stripped)).strip(" ,")
    if len(re.findall(r"\w+", stripped)) < 2:
        return question
    return stripped[:1].upper() + stripped[1:]


# Contractions, written out: "What's" is "What is" (or "What has" before a past participle:
# "Who's won", "What's happened"), "didn't" is "did not", "can't" "cannot", "won't" "will not".
_ASKING = r"(?i:what|who|where|when|why|how|which|that|there|it|he|she)"
_PARTICIPLE = r"(?:[a-z]+ed|been|got|had|won|done|gone|made|said|taken|seen|left|become)"
_CONTRACTIONS = (
    (re.compile(rf"\b({_ASKING})['’]s(?=\s+{_PARTICIPLE}\b)"), r"\1 has"),
    (re.compile(rf"\b({_ASKING})['’]s\b"), r"\1 is"),
    (re.compile(r"\b([Cc])an['’]t\b"), r"\1annot"),
    (re.compile(r"\b([Ww])on['’]t\b"), r"\1ill not"),
    (re.compile(r"\b(\w+)n['’]t\b"), r"\1 not"),
    (re.compile(r"\b(\w+)['’]re\b"), r"\1 are"),
    (re.compile(r"\b(\w+)['’]ve\b"), r"\1 have"),
    (re.compile(r"\b(\w+)['’]ll\b"), r"\1 will"),
)


def uncontracted(question: str) -> str:
    """The question with its contractions written out. Question patterns read "What is" and
    "Who is", and "what's" and "didn't" are no stop words: each would weigh as a key term that no
    sentence holds ("What's the name of the mayor?" had answerability 0.32 against 0.42)."""
    for contraction, written in _CONTRACTIONS:
        question = contraction.sub(written, question)
    return question


# Asking for a person's job or role asks who they are ("What did X do?" asks about an event),
# and the article answers both where it introduces them ("Kremlin spokesman Dmitry Peskov"),
# which seldom says "job" or "role".
_PERSON = r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
_ROLE = r"(?:job|role|title|position|post|occupation|profession)"
_ROLE_QUESTIONS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^what\s+(?P<verb>is|was)\s+(?-i:{_PERSON})(?:’s|'s|’|')\s+{_ROLE}$",
        rf"^what\s+(?P<verb>does)\s+(?-i:{_PERSON})\s+do(?:\s+for\s+a\s+living)?$",
        rf"^what\s+{_ROLE}\s+(?P<verb>does|did)\s+(?-i:{_PERSON})\s+(?:have|hold)$",
    )
)


# A question answered yes or no: "Is Kim Jong Un a frequent foreign traveller?".
YES_NO = re.compile(rf"^(?:{AUXILIARY}|should|may|might|must)\b", re.IGNORECASE)


def bare(question: str) -> str:
    """The question with single spaces and no closing punctuation, for patterns that must match
    all of it ("Who is  Jo Chun Ryong ?" as "Who is Jo Chun Ryong")."""
    return " ".join(question.split()).rstrip("?!. ")


def as_who_question(question: str) -> str:
    """ "What is Peskov's role?", "What does Jo Chun Ryong do?" as "Who is Peskov?", "Who is Jo
    Chun Ryong?"; any other question unchanged."""
    asked = bare(question)
    for pattern in _ROLE_QUESTIONS:
        if found := pattern.match(asked):
            tense = "is" if found["verb"].lower() in ("is", "does") else "was"
            return f"Who {tense} {found['name']}?"
    return question


# "What age is the woman who brought the challenge?", "What was the age of the patient?", "What
# is Hale's age?": asked as "How old ...?", the form the age checks read (`rag.measures`). Only
# of someone or something named or pointed at: "the age of consent" and "What age is required
# to vote?" ask no one's age.
_WHOM = r"(?P<whom>(?:(?i:the|a|an|his|her|their|its|this|that)\s|[A-Z]).+?)"
_AGE_QUESTIONS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"^(?i:what|which)\s+age\s+(?P<verb>(?i:is|was|are|were))\s+{_WHOM}$",
        rf"^(?i:what)\s+(?P<verb>(?i:is|was|are|were))\s+(?i:the)\s+age\s+of\s+{_WHOM}$",
        rf"^(?i:what)\s+(?P<verb>(?i:is|was|are|were))\s+{_WHOM}(?:['’]s|['’])\s+age$",
    )
)


def as_how_old_question(question: str) -> str:
    """ "What age is X?", "What is the age of X?", "What is X's age?" as "How old is X?"; any
    other question unchanged."""
    asked = bare(question)
    for pattern in _AGE_QUESTIONS:
        if found := pattern.match(asked):
            return f"How old {found['verb'].lower()} {found['whom']}?"
    return question


# "What is the winning jockey's home town?", "What is the home town of Maisie Corrigan?", "What
# was Hale's birthplace?": asked as "Where is ... from?" or "Where was ... born?", the forms the
# place checks read; news says "Maisie Corrigan, from Hawick" and seldom "home town".
_HOME = r"(?P<home>home\s*town|home\s+(?:village|city)|birthplace|place\s+of\s+birth)"
_HOME_QUESTIONS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"^(?i:what|which)\s+(?P<verb>(?i:is|was))\s+{_WHOM}(?:['’]s|['’])\s+(?i:{_HOME})$",
        rf"^(?i:what|which)\s+(?P<verb>(?i:is|was))\s+(?i:the)\s+(?i:{_HOME})\s+of\s+{_WHOM}$",
    )
)


def as_where_from_question(question: str) -> str:
    """ "What is X's home town?" as "Where is X from?", "What was X's birthplace?" as "Where was
    X born?"; any other question unchanged."""
    asked = bare(question)
    for pattern in _HOME_QUESTIONS:
        if found := pattern.match(asked):
            verb = found["verb"].lower()
            if found["home"].lower().startswith(("birth", "place")):
                return f"Where was {found['whom']} born?"
            return f"Where {verb} {found['whom']} from?"
    return question


# "For what period had the fighting been depleting Russia's arsenals?", "Over what length of time
# ...?": asked as "How long ...?", the form the measure checks read (`rag.measures`); not "During
# what period were they on sale?", answered by when ("between August 2022 and November 2024").
_PERIOD_QUESTION = re.compile(
    r"^(?i:for|over)\s+(?i:what|which)\s+(?i:period|length|stretch|span)(?:\s+(?i:of\s+time))?"
    r"\s+(?P<rest>(?i:had|has|have|did|does|do|was|were|is|are|will|would)\s.+)$"
)


def as_how_long_question(question: str) -> str:
    """ "For what period ...?" as "How long ...?"; any other question unchanged."""
    found = _PERIOD_QUESTION.match(bare(question))
    return f"How long {found['rest']}?" if found else question


# "Roughly what quantity of shells sits in the North's reserves?", "What number of sites had
# colonies?": asked as "How many ...?", the form the count checks read (`rag.measures`); a hedge
# before it is dropped. Only things counted in the plural, a verb after them: not "what quantity
# of honey", "of oil reaches the coast" nor "of gas was burned".
_NUMBER_OF_QUESTION = re.compile(
    r"^(?:(?i:roughly|approximately|about|around)\s+)?(?i:what|which)\s+(?i:number|quantity)\s+"
    r"of\s+(?P<rest>(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:[a-z][\w-]*(?<![suai])s|people|children|men|women)"
    rf"\s+(?:(?:{AUXILIARY})\b|[a-z]+(?:ed|s)\b).*)$"
)


def as_how_many_question(question: str) -> str:
    """ "What number of X ...?" as "How many X ...?"; any other question unchanged."""
    found = _NUMBER_OF_QUESTION.match(bare(question))
    return f"How many {found['rest']}?" if found else question


# "Kim got to Russia aboard what?", "The crew reached the island by what means?": a statement
# that asks at its end by what means it was done, asked as "How did Kim get to Russia?", the
# form the ranker and the means checks read. Not "... by which outlet?", a doer, nor "The
# company was bought by what?", which asks who or what did it.
_BY_WHAT_MEANS = re.compile(
    r"^(?P<said>(?:[A-Z]|(?i:the|a|an|his|her|their|its)\s).+?)\s+"
    r"(?:(?P<by>by)|aboard|on\s+board|via|using|(?:in|on)(?=\s+\w+\s+\w))\s+(?i:what)"
    r"(?P<means>\s+(?:means(?:\s+of\s+transport)?|vehicle|(?:form|mode)\s+of\s+transport))?$"
)
# Words that open the subject in lower case once it follows "How did".
_LOWER_OPENINGS = {"the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "it", "we"}


def as_how_question(question: str) -> str:
    """ "X did Y aboard what?" as "How did X do Y?", when a word after X's first is a verb in
    the past or present tense (the first such that is no name, noun or adjective: "The results
    were announced ..." has none), or "How was X done?" after an auxiliary, when the question
    names the means ("by what means?"); any other question unchanged."""
    found = _BY_WHAT_MEANS.match(bare(question))
    if not found:
        return question
    words = found["said"].split()
    if words[0].lower() in _LOWER_OPENINGS:
        words[0] = words[0].lower()
    for at, word in enumerate(words[1:], start=1):
        if re.fullmatch(AUXILIARY, word, re.IGNORECASE):  # "The team was carried ... by what?"
            if found["by"] and not found["means"]:
                return question
            return " ".join(["How", word.lower(), *words[:at], *words[at + 1 :]]) + "?"
        lemmas = getAllLemmas(word)
        if word[:1].isupper() or "NOUN" in lemmas or "ADJ" in lemmas:
            continue
        for lemma in lemmas.get("VERB", ()):
            if word in getInflection(lemma, "VBD"):
                return " ".join(["How", "did", *words[:at], lemma, *words[at + 1 :]]) + "?"
            if word in getInflection(lemma, "VBZ"):
                return " ".join(["How", "does", *words[:at], lemma, *words[at + 1 :]]) + "?"
    return question
