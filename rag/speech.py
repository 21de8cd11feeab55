"""Reported speech: which sentences report what a given speaker said.

Questions about news often ask what someone said ("What did Michael Madden say?"); the answer is
a sentence that attributes words to Madden ("..., said Mr Michael Madden, a North Korea
leadership expert"), which seldom shares any other word with the question. A sentence that only
mentions the speaker ("Mr Putin said ... did not say if he planned to meet Mr Kim there") answers
"What did Putin say?", not "What did Kim say?", so attribution is read from where the name
stands: just before a speech verb ("Kremlin spokesman Dmitry Peskov said", "Mr Peskov was quoted
as saying"), up to the next comma after one that closes a quotation or follows a comma (“... an
agreement,” said Mr Michael Madden, a ...; "... welcomed the dam, said union head Ivy Long") or
after "according to".
A quotation continued in the next sentence without a new attribution is the same speaker's, as
is "He said ..." after a sentence that reports them. A speaker named by a role ("the judge")
is also whoever the passages name beside it ("Judge Helen Marsh"), and a named speaker's words
are evidence however few words they share with the question ("Varga said ..." for "What did
Elena Varga say?").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from rag.citations import country_of
from rag.lexical import SPEECH_QUESTION, question_terms, terms
from rag.roles import (
    ANY_HEAD,
    CHAIRS,
    COUNSEL,
    HEADS,
    HONORIFIC,
    HONORIFICS,
    NAME_WORD,
    NOT_THE_ROLE_ITSELF,
    TITLES,
    any_of,
    holder_pattern,
    role_pattern,
    unowned_holder_pattern,
)
from rag.types import Evidence, Hit, openings

SPEECH_VERB = re.compile(
    r"^(say|says|said|saying|tell|tells|told|add|adds|added|state|states|stated|announced?|"
    r"claim(s|ed)?|warn(s|ed)?|urged?|urges|report(s|ed)?|wrote|writes|quoted|asked|noted|"
    r"explained|insisted|argued|stressed|declared|commented|replied|responded|pledged|"
    r"promised|denied|suggested|believes?|believed|thinks?|thought|held|ruled|concluded|"
    r"describe[sd]?|characteri[sz]e[sd]?|portray(s|ed)?)$",
    re.IGNORECASE,
)
# An inquiry, a court or a study speaks by what it found ("The review found serious failings",
# "..., an independent inquiry found on Tuesday"); anyone else only when no object follows ("the
# police found that ..."), not in "Smith found the keys".
_FINDERS = re.compile(
    r"^(?:inquir(?:y|ies)|review|report|study|studies|court|panel|investigators?|investigation|"
    r"researchers?|coroner|jury|tribunal|audit|auditors?|probe|survey|analysis|commission|"
    r"committee|regulator|watchdog|inspectors?|judge)$",
    re.IGNORECASE,
)
_FINDING_ENDS = re.compile(r"^(?:that|on|in|last|this|earlier)?$")
_INITIALISM = re.compile(r"[A-Z]{2,4}")
_TWO_NAMES = re.compile(r"\b([A-Z][\w’'-]+)\s+([A-Z][\w’'-]+)\b")
# Words that open a phrase of time or place before a sentence's subject.
_OPENING_PHRASE = {"on", "in", "at", "after", "before", "during", "earlier", "later", "last"}
# A lower-case word that ends a sentence's subject as its verb does ("visited", "flew", "has").
_VERB_AFTER_SUBJECT = re.compile(
    r"[a-z]+ed$|(?:is|was|are|were|has|had|have|will|would|can|could|flew|went|met|made|took|"
    r"gave|led|won|lost|left|came|saw|sent|spoke|told|said|says|wrote|became|began|sold|bought|"
    r"held|ran|struck|fell|rose|hit|cut|set|put)$"
)
# A nationality or a country's initials, as they open a speaker's role: "Russian officials",
# "Japanese media", "US officials".
_ORIGIN = re.compile(r"[A-Z][a-z]+(?:an|ese|ish)|[A-Z]{2,3}")
_TOKEN = re.compile(r"[\w’'.-]*\w|[“”\",]")
_QUOTE_MARKS = {"“", "”", '"'}
# How far from its verb a speaker's name may stand: "Kremlin spokesman Dmitry Peskov said",
# "said Mr Michael Madden, a North Korea leadership expert at ...".
_BEFORE = 8
_AFTER = 6
# The words after a quotation's speech verb that name the speaker and their role, set off by a
# comma ("said Mr Tom Whitfield, an analyst at Harbor Street Research"), and the most of a
# role set off before the verb.
_APPOSITION = 12
# The words that open a clause set off by commas between a speaker and the speech verb.
_ARTICLES = {"a", "an", "the"}
_CLAUSES = {"who", "whose"} | _ARTICLES
_RELATIVE = {"who", "whose", "which", "where"}
# What ends a role set off after a speaker's name: a clause about them, or someone else ("said
# Reed, 12, and the mayor, 40"); and what ends one set off before the verb: a clause, "that" or
# a quotation mark.
_ENDS_ROLE_AFTER = _RELATIVE | {"and"}
_ENDS_ROLE_BEFORE = _RELATIVE | {"that"}
# A person's age in figures, set off by commas after their name.
_AGE = re.compile(r"\d{1,3}")
_SPEAKING_PRONOUNS = {"he", "she"}
# Before a speech verb, these make its subject what was said, not who said it.
_PASSIVE = {"was", "were", "is", "are", "been", "being", "be"}
# Words that may stand between a subject set off by commas and its speech verb.
_HELPING = {"had", "has", "have", "would", "will", "also", "later", "then", "earlier", "already"}
# At most the space between two sentences of a document: a blank line and its spaces.
_SENTENCE_GAP = 3


def speaker(question: str) -> list[str] | None:
    """The terms naming whoever a "What did X say?" question asks about; None for other
    questions, or when the speaker is only a pronoun left unresolved."""
    phrase = _asked_speaker(question)
    if phrase is None:
        return None
    return _speaker_terms(phrase) or None


def _asked_speaker(question: str) -> str | None:
    """The phrase naming whoever a "What did X say?" question asks about, or someone of X's it
    ends with "according to": "What had Mr Thornley mistakenly thought ..., according to his
    barrister?" asks for the barrister's words ("the barrister"), not Mr Thornley's. A source
    ("according to the Kremlin", "according to reports") tells where X's words were reported,
    and leaves X the speaker. None for other questions."""
    asked = SPEECH_QUESTION.search(question)
    if not asked:
        return None
    according = _according_to_theirs(question, asked.end())
    if according:
        return _OWNER_PRONOUN.sub("the ", according["speaker"], count=1)
    return asked["speaker"]


def _according_to_theirs(question: str, start: int) -> re.Match[str] | None:
    """The "according to his barrister" that ends a question after `start`, naming someone of
    X's by a possessive pronoun and a word for a person; None for any other ("according to its
    statement" tells where X's words are)."""
    according = _ACCORDING_TO.search(question, start)
    if not according or not _OWNER_PRONOUN.match(according["speaker"]):
        return None
    return according if according["speaker"].split()[-1].lower() in _SPEAKING_FOR else None


# "his barrister" of a question that names him: the barrister, as the role is looked for.
_OWNER_PRONOUN = re.compile(r"^(?:his|her|their|its)\s+", re.IGNORECASE)
# Those who speak for someone, whose words a question may ask for by "according to his ...".
_SPEAKING_FOR = COUNSEL | frozenset(
    "barristers solicitors agent agents spokesman spokeswoman spokesperson representative "
    "representatives aide aides adviser advisers wife husband partner family mother father son "
    "daughter brother sister friend friends coach manager boss doctor".split()
)


def _topic_end(question: str, start: int) -> int:
    """Where the topic of a "What did X say about Y?" question, after `start`, ends: before ",
    according to ...", which names the speaker or the source."""
    according = _ACCORDING_TO.search(question, start)
    return according.start() if according else len(question)


def _speaker_terms(phrase: str) -> list[str]:
    """The terms of a phrase naming a speaker, with an initialism that spells a stop word kept
    in its place before the role: "us", "offici" of "US officials"; the role last, as "the
    spokesman of the council" is the council's spokesman."""
    owned = re.match(r"(?i)(?:the\s+)?(?P<role>[a-z][\w -]*?)\s+of\s+(?P<owner>.+)$", phrase)
    if owned:
        phrase = f"{owned['owner']} {owned['role']}"
    phrase = _full_name(phrase) or phrase
    return _initialisms(phrase.split()) + question_terms(phrase)


def _full_name(phrase: str) -> str | None:
    """The full name a speaker's title comes before ("Lucia Farrant" of "governor Lucia Farrant",
    "Vladimir Putin" of "Russian President Vladimir Putin"): news names them by it, and after
    the first mention by the last name alone ("Farrant told reporters"). None when the phrase
    ends in no name of two words or more after a title or a lower-case word."""
    words = phrase.split()
    start = len(words)
    while start and words[start - 1][:1].isupper() and words[start - 1] not in TITLES:
        start -= 1
    if start == 0 or len(words) - start < 2 or words[start - 1].lower() in _BEFORE_ANOTHER:
        return None
    return " ".join(words[start:])


# "the lawyer for Tom Halden", "the spokesman of Vladimir Putin": the name is someone else's.
_BEFORE_ANOTHER = {"for", "of", "at", "in", "with", "to", "from", "by", "on", "about"}


def _initialisms(tokens: list[str]) -> list[str]:
    """Initialisms that spell a stop word, which terms leave out: "us" of "US officials"."""
    return [t.lower() for t in tokens if _INITIALISM.fullmatch(t) and not terms(t)]


def asks_role(question: str) -> bool:
    """Whether a "What did X say?" question names its speaker by a role ("the Bayside coach",
    "the prime minister"), whose word must then be where the speaker stands: "Bayside defender
    Tom Hartley" is half of "Bayside coach", and no coach."""
    phrase = _asked_speaker(question)
    return (
        phrase is not None
        and bool(question_terms(phrase))  # not "he", left unresolved
        and not phrase.split()[-1][:1].isupper()
    )


def speaks(speaker_terms: list[str], sentence: str, previous: str = "", role: bool = False) -> bool:
    """Whether `sentence` reports words of the speaker, itself, or as the continuation of a
    quotation that `previous` attributes, or with "he said" or "she added" after a sentence
    that does ("Chief financial officer Lars Hegge said ... He said net debt fell ..."), or by
    an officer of the body `previous` names ("Its regional manager ... said", `_speaks_for`).
    A clause joined to one the speaker opens reports them too: "Massawe ran in a group of about
    ten leaders, and he later said the hardest part had been the rain". With no speaker terms
    (an unresolved "he"), any reported speech counts."""
    if attributes(sentence, speaker_terms, role) or _goes_on_saying(sentence, speaker_terms, role):
        return True
    if not previous:
        return False
    if _speaks_for(sentence, previous, speaker_terms):
        return True
    if continues_quotation(sentence):
        return attributes(previous, speaker_terms, role)
    return _pronoun_speaks(sentence) and (
        attributes(previous, speaker_terms, role) or _subject(previous, speaker_terms, role)
    )


def _goes_on_saying(sentence: str, speaker_terms: list[str], role: bool) -> bool:
    """Whether the speaker opens `sentence` and a clause joined by "and he" or "and she" says
    something: ", and he later said", ", and she told reporters"."""
    return bool(_AND_THEN_SAID.search(sentence)) and _subject(sentence, speaker_terms, role)


# ", and he later said", ", and she told reporters": verbs that only report words (not "added a
# second goal", "held it", "asked for water").
_AND_THEN_SAID = re.compile(
    rf",?\s+and\s+(?:he|she)\s+(?:(?:{'|'.join(sorted(_HELPING))})\s+)*"
    r"(?:said|says|told|tells|explained|insisted|warned|admitted|claimed|argued|recalled)\b"
)


# Someone speaking for a body the sentence before names: "Its regional manager, Hannah
# Vaughan-Price, said ..." after "... according to figures from the rural insurer NFU Mutual".
_ITS_OFFICER = re.compile(
    r"^(?:Its|Their)\s+(?:[a-z-]+\s+){0,2}"
    rf"(?:{any_of(sorted(set(HEADS + CHAIRS)))}|spokes(?:man|woman|person)|officer|adviser|"
    r"secretary|founder|owner|representative)\b(?:,[^,]+,)?\s+(?P<verb>\w+)"
)


def _speaks_for(sentence: str, previous: str, speaker_terms: list[str]) -> bool:
    """Whether `sentence` reports the words of an officer of the body `previous` names by all
    the speaker's terms ("Its regional manager, Hannah Vaughan-Price, said" after "... NFU
    Mutual"): a role, maybe a name between commas, then the speech verb."""
    officer = _ITS_OFFICER.match(sentence.strip())
    return (
        bool(speaker_terms)
        and officer is not None
        and bool(SPEECH_VERB.match(officer["verb"]))
        and set(speaker_terms) <= set(terms(previous))
    )


def _subject(sentence: str, speaker_terms: list[str], role: bool = False) -> bool:
    """Whether the speaker opens `sentence` as its subject, whom a "she said" after it means:
    "Prime Minister Elena Ruscetti flew over the area ... “No family will be left,” she said."
    A phrase of time or place before a comma ("On Monday, ...") is passed over."""
    tokens = _TOKEN.findall(sentence)
    if tokens and tokens[0].lower() in _OPENING_PHRASE and "," in tokens[:_BEFORE]:
        tokens = tokens[tokens.index(",") + 1 :]
    opening = []
    for token in tokens[:_BEFORE]:
        if token in _QUOTE_MARKS or token == "," or (opening and _VERB_AFTER_SUBJECT.match(token)):
            break
        opening.append(token)
    found = set(terms(" ".join(opening))) & set(speaker_terms)
    return bool(speaker_terms) and (
        2 * len(found) >= len(speaker_terms) and not (role and speaker_terms[-1] not in found)
    )


def attributes(sentence: str, speaker_terms: list[str], role: bool = False) -> bool:
    """Whether `sentence` itself reports words of the speaker: at least half their terms, and
    the last of them when they name a `role` (`asks_role`)."""
    tokens: list[str] = []  # words and quotation marks
    after_comma: set[int] = set()  # positions of the tokens that follow a comma
    for token in _TOKEN.findall(sentence):
        if token == ",":
            after_comma.add(len(tokens))
        else:
            tokens.append(token)
    wanted = set(speaker_terms)
    for i, token in enumerate(tokens):
        following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        before = {t.lower() for t in tokens[max(0, i - 2) : i]}
        speech_verb = bool(SPEECH_VERB.match(token)) or (
            token.lower() == "found"
            and not _PASSIVE & before
            and (
                any(_FINDERS.match(t) for t in tokens[max(0, i - 3) : i])
                or bool(_FINDING_ENDS.match(following))
                or i + 1 in after_comma
            )
        )
        if token.lower() == "according" and following == "to":
            window = tokens[i + 2 : i + 2 + _AFTER]
        elif speech_verb and i not in after_comma and _PASSIVE & before:
            # "Mr Kim's arrival was reported by Rossiya 1": the speaker follows "by"; but in
            # "US officials, who were the first to say so, said" the "were" is the clause's.
            after = tokens[i + 1 : i + 1 + _AFTER]
            by = next((j for j, t in enumerate(after) if t.lower() == "by"), None)
            window = after[by + 1 :] if by is not None else []
        elif speech_verb:
            # "Putin arrived on Monday, Peskov said": the speaker is after the comma; but "Mr
            # Putin, speaking in Vladivostok, said" names him before it.
            start = max(0, i - _BEFORE)
            if i not in after_comma:
                start = max((k for k in after_comma if start <= k < i), default=start)
                # "the regional transport minister, Aksel Brandt, had warned": only helping
                # words after the last comma, so the speaker stands before it, set off by
                # commas with the name.
                if all(t.lower() in _HELPING for t in tokens[start:i]):
                    start = max(0, start - _BEFORE)
            window = _upto_quote(reversed(tokens[start:i]))
            # "Professor Mark Feldman of the Max Planck Institute, who was not involved, said":
            # the speaker stands before the clause set off by commas.
            clause = max((k for k in after_comma if k < i), default=None)
            if i in after_comma and clause is not None and tokens[clause].lower() in _CLAUSES:
                window += _upto_quote(reversed(tokens[max(0, clause - _BEFORE) : clause]))
                # and the whole of a role set off so, up to a clause about them: "Dr Rachid
                # Amzil, a sociologist at Cadi Ayyad University in Marrakech who studies rural
                # schooling, said", which the words right before "said" leave out.
                if tokens[clause].lower() in _ARTICLES:
                    window += _role_set_off(tokens[clause:i], wanted)
            if i and tokens[i - 1] in _QUOTE_MARKS:  # "” said Mr Michael Madden, a ..."
                # and the role set off after the name ("said Mr Tom Whitfield, an analyst at
                # Harbor Street Research"), but not a clause about them ("said Okafor, who
                # joined Bayside") nor someone else: "said Reed, 12, and the mayor, 40".
                commas = 0
                for j in range(i + 1, min(len(tokens), i + 1 + _APPOSITION)):
                    # An age between the name and the role is no clause of its own: "said Dr
                    # Anisur Rahman, 54, the civil surgeon of Bhola".
                    commas += j in after_comma and not (
                        j - 1 in after_comma and _AGE.fullmatch(tokens[j - 1])
                    )
                    if j in after_comma and (tokens[j].lower() in _ENDS_ROLE_AFTER or commas > 1):
                        break
                    window.append(tokens[j])
            elif i in after_comma:  # "..., said union head Ivy Long", up to the next comma
                for j in range(i + 1, min(len(tokens), i + 1 + _AFTER)):
                    if j in after_comma:
                        break
                    window.append(tokens[j])
        else:
            continue
        found = (
            set(terms(" ".join(window)))
            | set(_initialisms(window))
            | _countries(window, wanted)
            | _heads(window, wanted)
        ) & wanted
        if (
            2 * len(found) >= len(wanted)
            and not (role and speaker_terms and speaker_terms[-1] not in found)
            and not (role and found < wanted and _other_origin(window, wanted))
            and not (found < wanted and _someone_else(sentence, wanted))
        ):
            return True
    return False


# Any title of whoever heads a body: "chair of the Merrowshire Consumer Council" is its head,
# not a deputy chair, nor a "chief economist" ("chief" is a head's title only in a name's run).
_HEAD_TITLE = re.compile(
    rf"{NOT_THE_ROLE_ITSELF}\b(?i:{any_of(sorted(set(HEADS + CHAIRS) - {'chief'}))})\b"
    r"(?!\s+[a-z]+\s+officer\b)"
)
_HEAD_TERMS = {t for word in ANY_HEAD for t in terms(word)}


def _heads(window: list[str], wanted: set[str]) -> set[str]:
    """The "head" or "boss" asked about, where the window gives a title of whoever heads a body."""
    return wanted & _HEAD_TERMS if _HEAD_TITLE.search(" ".join(window)) else set()


def _someone_else(sentence: str, wanted: set[str]) -> bool:
    """Whether `sentence` gives the surname asked about with another first name: "said Chidi
    Okafor" reports no words of Daniel Okafor, though "Mr Okafor said" may. A sentence's first
    word is capitalised anyway ("Goalkeeper Okafor said"), so it is no first name."""
    for found in _TWO_NAMES.finditer(sentence):
        first, last = found.groups()
        if (
            set(terms(last)) & wanted
            and sentence[: found.start()].strip(' “"')
            and first not in TITLES
            and first not in HONORIFICS
            and not set(terms(first)) & wanted
        ):
            return True
    return False


def _other_origin(window: list[str], wanted: set[str]) -> bool:
    """Whether the speaker's words name a country's people or body other than those asked
    about: "Russian officials said" reports no words of "US officials"."""
    return any(
        _ORIGIN.fullmatch(token)
        and not (set(terms(token)) | set(_initialisms([token])) | _countries([token], wanted))
        & wanted
        for token in window
    )


def _countries(window: list[str], wanted: set[str]) -> set[str]:
    """The countries asked about whose nationality the speaker's words give: "South Korean
    President Yoon Suk-yeol's office" is the office of South Korea's president."""
    return {term for term in wanted for token in window if country_of(token, term)}


def _pronoun_speaks(sentence: str) -> bool:
    """Whether a pronoun is the speaker of `sentence`: "He said ...", "“...,” she added", an
    age that stands for the name ("“I started my sprint too early,” the 31-year-old said"),
    or a pronoun opening the sentence as the subject of a later speech verb, with no comma or
    name between them: "On Monday he welcomed the vote and said the reserves had not been
    needed" (not "He met Putin, who said ...")."""
    words = _TOKEN.findall(sentence)
    tokens = [t for t in words if t != ","]
    if any(
        SPEECH_VERB.match(t) and _stands_for_speaker(tokens[i - 1])
        for i, t in enumerate(tokens)
        if i
    ):
        return True
    subject = next((i for i, t in enumerate(words[:4]) if t.lower() in _SPEAKING_PRONOUNS), None)
    if subject is None:
        return False
    for token in words[subject + 1 :]:
        if token == "," or token in _QUOTE_MARKS or token[:1].isupper():
            return False
        if SPEECH_VERB.match(token):
            return True
    return False


_AGED = re.compile(r"\d+-year-old")


def _stands_for_speaker(token: str) -> bool:
    """Whether the word before a speech verb stands for a speaker named earlier: "he", "she",
    or an age ("the 31-year-old said")."""
    return token.lower() in _SPEAKING_PRONOUNS or bool(_AGED.fullmatch(token))


def said_by_pronoun(sentence: str) -> bool:
    """Whether the first speaker of `sentence`, outside its quotations, is a pronoun: "“...
    brought down by the property market,” she said", whom only the sentence before names. Not
    "Claire Duvall said the demand would cost 410 million dollars, money she said ...", which
    names its speaker first."""
    if not _PRONOUN_OR_AGE.search(sentence):
        return False  # most sentences: retrieval asks this of every sentence it scores
    tokens = [t for t in _TOKEN.findall(_QUOTED.sub(" ", sentence)) if t != ","]
    verbs = [i for i, t in enumerate(tokens) if i and SPEECH_VERB.match(t)]
    if not verbs or any(_named_beside(tokens, i) for i in verbs):
        return False  # "Questions he asked were ignored, Smith said."
    return _stands_for_speaker(tokens[verbs[0] - 1])


_PRONOUN_OR_AGE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b|-year-old\b")


def _named_beside(tokens: list[str], verb: int) -> bool:
    """Whether a name is the subject of the speech verb at `verb`: right before it ("Smith
    said"), or after "said" ("said Smith"; not "he told Reuters")."""
    near = tokens[verb - 1 : verb]
    if tokens[verb].lower() in {"said", "says", "added", "adds"}:
        near += tokens[verb + 1 : verb + 2]
    return any(t[:1].isupper() and t.lower() not in _SPEAKING_PRONOUNS for t in near)


def _role_set_off(tokens: list[str], wanted: set[str]) -> list[str]:
    """The words of a role set off by commas ("a seismologist at the Pontifical Catholic
    University of Chile who was not involved in the work"), up to a clause about the person or
    a quotation mark, and at most `_APPOSITION` of them; none unless the role's own noun, the
    last word before its first preposition, is one `wanted`: "the son of the mayor" is no
    mayor."""
    role = []
    for token in tokens[:_APPOSITION]:
        if token.lower() in _ENDS_ROLE_BEFORE or token in _QUOTE_MARKS:
            break
        role.append(token)
    head = next((k for k, t in enumerate(role) if t.lower() in _OF_A_ROLE), len(role))
    return role if head and set(terms(role[head - 1])) & wanted else []


# The prepositions that end a role's own noun: "a sociologist at ...", "the son of ...".
_OF_A_ROLE = {"at", "of", "for", "in", "with", "from", "to", "on", "and"}


def _upto_quote(tokens: Iterable[str]) -> list[str]:
    """Tokens up to the nearest quotation mark: the words of a quotation are not its speaker."""
    window = []
    for token in tokens:
        if token in _QUOTE_MARKS:
            break
        window.append(token)
    return window


def continues_quotation(sentence: str) -> bool:
    """Whether a sentence is a quotation with no attribution of its own, which belongs to the
    speaker named in the sentence before ("“There will be negotiations ...”")."""
    stripped = sentence.strip()
    if not stripped or stripped[0] not in '“"':
        return False
    # A speech verb inside the quotation ("It tells us where to look") attributes nothing.
    outside = _QUOTED.sub(" ", stripped)
    return not any(SPEECH_VERB.match(t) for t in _TOKEN.findall(outside))


# A quotation, from its opening mark to its closing one (or the sentence's end).
_QUOTED = re.compile(r"[“\"][^”\"]*(?:[”\"]|$)")


def reporting(
    question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()
) -> list[Evidence] | None:
    """The evidence sentences that report the words of whoever the question asks about; None
    when the question does not ask what someone said. Whoever holds the role asked about
    ("What did the prosecutor say?") may be named in the evidence or in a retrieved passage
    ("Prosecuting, Sarah Quiller said ..." before "“...,” Ms Quiller told the court")."""
    asked = speaker(question)
    if asked is None:
        return None
    before = _preceding(evidence)
    texts = [f"{before[e.marker].sentence} {e.sentence}" if e.marker in before else e.sentence
             for e in evidence]  # fmt: skip
    articles = {e.doc_id for e in evidence}
    holders = role_holders(question, texts + [h.text for h in hits if h.doc_id in articles])
    role = asks_role(question)
    reported = _reported_by(asked, evidence, role, holders)
    introduced = [n for n in _introduced(reported) if n not in holders] if role else []
    if introduced:
        reported = _reported_by(asked, evidence, role, [*holders, *introduced])
    return reported


def _introduced(reported: list[Evidence]) -> list[str]:
    """The last names, as terms, of the speakers that sentences reporting the words of a role's
    holder introduce by name before the role: "Dr Ruth Kessler, senior lecturer in politics at
    the University of Wessex, said ..." goes on as "..., Dr Kessler said", the words of the
    "University of Wessex politics lecturer" too."""
    found: list[str] = []
    for e in reported:
        named = _NAMED_BEFORE_ROLE.match(e.sentence)
        last = terms(named["name"].split()[-1]) if named else []
        if last and last[-1] not in found:
            found.append(last[-1])
    return found


# A speaker named first, their role after a comma: "Dr Ruth Kessler, senior lecturer ...".
_NAMED_BEFORE_ROLE = re.compile(
    rf"^\W*{HONORIFIC}(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+),\s+(?:\d{{1,3}},\s+)?[a-z]"
)


def _reported_by(
    speaker_terms: list[str], evidence: list[Evidence], role: bool, holders: Sequence[str] = ()
) -> list[Evidence]:
    """The evidence sentences that report the words of the speaker, or of one of the `holders`
    of the role asked about, with the sentence before each read as `speaks` reads it. A
    quotation or "she said" after one of theirs that names them by a pronoun is theirs too:
    "Katie Brennan ... said ... “The technology works,” she said. “The first big data breach
    ... could set the whole industry back years.”"."""
    before = _preceding(evidence)

    def said_by(e: Evidence, chained: int = 0, pronoun: str = "") -> bool:
        # Up the chain, "he said" after "she said" is someone else's.
        own = _he_or_she(e.sentence)
        if own and pronoun and own != pronoun:
            return False
        previous = before.get(e.marker)
        text = previous.sentence if previous else ""
        if speaks(speaker_terms, e.sentence, text, role) or any(
            speaks([name], e.sentence, text) for name in holders
        ):
            return True
        earlier = before.get(previous.marker) if previous else None
        if earlier and any(
            _still_theirs(name, e.sentence, text, earlier.sentence)
            for name in (speaker_terms, *([holder] for holder in holders))
        ):
            return True
        return (
            previous is not None
            and chained < _CHAIN
            and (continues_quotation(e.sentence) or _pronoun_speaks(e.sentence))
            and (continues_quotation(text) or said_by_pronoun(text))
            and said_by(previous, chained + 1, pronoun or own)
        )

    return [e for e in evidence if said_by(e)]


# How many sentences back a speaker named by pronouns and continued quotations is followed.
_CHAIN = 3
_HE_OR_SHE = re.compile(r"\b(he|she)\b", re.IGNORECASE)
# A sentence that opens with what someone has, "Her husband ...", and whose it is by "he" or "she".
_OPENS_WITH_OWNER = re.compile(r"^\W*(his|her)\s+(?:[\w-]+\s+)??([a-z]+)", re.IGNORECASE)
_OWNER_OF = {"his": "he", "her": "she"}
# The relatives that "she said" after "Her husband ..." cannot be: someone of the other sex.
_OF_THE_OTHER_SEX = {
    "she": {"husband", "son", "father", "brother", "boyfriend", "grandson", "grandfather",
            "nephew", "uncle", "sons", "brothers"},
    "he": {"wife", "daughter", "mother", "sister", "girlfriend", "granddaughter", "grandmother",
           "niece", "aunt", "daughters", "sisters"},
}  # fmt: skip


def _still_theirs(speaker_terms: list[str], sentence: str, previous: str, earlier: str) -> bool:
    """Whether "he said" or "she said" in `sentence` is the speaker's, whom `earlier` names and
    `previous`, between them, opens with as the owner of a relative of the other sex, or of
    something no one it names could be: "Yem Sreymom, 44, ... was diagnosed in March." "Her
    husband ... were then tested." '"I thought it was the smoke," she said.' Not after "Her
    lawyer, Ana Ruiz, ..." or after a sentence in which anyone speaks."""
    owner = _OPENS_WITH_OWNER.match(previous)
    if not owner or any(SPEECH_VERB.match(t) for t in _TOKEN.findall(previous)):
        return False
    pronoun = _OWNER_OF[owner[1].lower()]
    names_someone = bool(_TWO_NAMES.search(previous[owner.end() :]))
    return (
        _pronoun_speaks(sentence)
        and pronoun == _he_or_she(sentence)
        and (owner[2].lower() in _OF_THE_OTHER_SEX[pronoun] or not names_someone)
        and speaker_terms[-1] in set(terms(earlier))
    )


def _he_or_she(sentence: str) -> str:
    """The first "he" or "she" of `sentence` outside its quotations, in lower case, or "": in
    "“She was brilliant,” he said." the speaker is "he"."""
    found = _HE_OR_SHE.search(_QUOTED.sub(" ", sentence))
    return found[1].lower() if found else ""


def _preceding(evidence: list[Evidence]) -> dict[int, Evidence]:
    """The evidence sentence right before each one in its document, by marker: the one that
    names the speaker of a continued quotation or of "he said", wherever evidence selection
    placed it (a sentence that opens a passage comes without its predecessor, which may be
    selected from another passage)."""
    return {
        e.marker: before
        for e in evidence
        for before in evidence
        if before.doc_id == e.doc_id and 0 <= e.start - before.end <= _SENTENCE_GAP
    }


def with_speakers(
    question: str, chosen: list[Evidence], evidence: list[Evidence]
) -> list[Evidence]:
    """`chosen`, with the sentence that names the speaker of each continued quotation or "she
    said" in it, back through those before it that name them so too: "“There will be
    negotiations ...”" alone does not say who said so. "They said"
    brings it only for a question that asks who said something ("Which media outlets said Kim
    might meet Putin at Vostochny?"): for what they said, "They said he might meet Mr Putin at
    the Vostochny cosmodrome" is answer enough."""
    before = _preceding(evidence)
    asks_speaker = bool(_WHO_SAID.match(question))

    def speaker_of(e: Evidence) -> Evidence | None:
        if e.marker not in before:
            return None
        if continues_quotation(e.sentence) or (
            (_pronoun_speaks(e.sentence) or (asks_speaker and _they_speak(e.sentence)))
            and attributes(before[e.marker].sentence, [])
        ):
            return before[e.marker]
        return None

    speakers: list[Evidence] = []
    for e in chosen:
        # Back through "she said" and continued quotations to the sentence naming her.
        for _ in range(_CHAIN):
            found = speaker_of(e)
            if found is None or found in chosen or found in speakers:
                break
            speakers.append(found)
            if not (continues_quotation(found.sentence) or said_by_pronoun(found.sentence)):
                break
            e = found
    return chosen + speakers


def _they_speak(sentence: str) -> bool:
    """Whether `sentence` opens with "They" as the subject of a speech verb ("They said ...",
    "They also reported ..."): speakers only the sentence before names, perhaps several ("Japan's
    Kyodo News and South Korean media reported"). Quoting only: "they" is never read as the one
    speaker a question names."""
    opening = _THEY_OPENING.match(sentence)
    return bool(opening and SPEECH_VERB.match(opening[1]))


# "Who said ...?", "Which media outlets reported ...?": a question for whoever said something.
_WHO_SAID = re.compile(
    r"^\W*(?:who|which)\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:said|says|say|reported|reports|told|tells|claimed|claims|announced)\b",
    re.IGNORECASE,
)
_THEY_OPENING = re.compile(r"^\W*they\s+(?:also\s+|later\s+|had\s+)?(\w+)", re.IGNORECASE)


def described_speaker(sentence: str) -> str | None:
    """The speaker a sentence describes rather than names, after what they said: "military
    analysts" of "..., military analysts said.", "a spokeswoman for the council" of "..., a
    spokeswoman for the council said."; None for a pronoun ("..., he said."), a clause ("...,
    as previously reported."), an age in figures ("the 31-year-old said") or a sentence that
    ends otherwise. "Who suggested Kim might offer artillery rounds?" is answered so."""
    found = _DESCRIBED_SPEAKER.search(sentence)
    if not found or not SPEECH_VERB.match(found["verb"]):
        return None
    if _NO_SPEAKER & set(found["speaker"].split()):
        return None
    return found["speaker"]


# What ends a sentence with a speaker written in lower case and a speech verb (group "verb").
_DESCRIBED_SPEAKER = re.compile(
    r"[,”\"]\s+(?P<speaker>(?:[a-z][a-z-]*\s+){0,5}?[a-z][a-z-]*)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?P<verb>[a-z]+)\W*$"
)
# Words that make what stands before a speech verb no speaker: a pronoun, or a clause ("...,
# which was announced", "..., as previously reported", "..., when the merger was announced").
_NO_SPEAKER = frozenset(
    "he she they it we i you who which that and but as when while if since after before until "
    "because once was were is are be been being has have had not previously".split()
)


def unreported(question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()) -> bool:
    """Whether the question asks what someone said and no evidence sentence reports their words:
    "What did Kim say to Putin?" over sentences where only others speak, Kim among the names."""
    return reporting(question, evidence, hits) == []


def reports_named(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For "What did Elena Varga say?", whether a sentence (after the one before it) reports
    the words of the speaker by their last name ("Varga said ..."), which evidence selection
    takes whatever its retrieval score; for "What did the judge say?", by the last name of
    whoever the passages `hits` name beside the role ("Judge Helen Marsh": "Marsh told Quinlan
    ..."). A quotation that goes on after "“...,” he said." is theirs when the sentence before
    that reports them, as `_reported_by` follows such a chain, and so is one "she said" after
    a sentence on "Her husband" that follows one naming her (`_still_theirs`). None for
    questions that name no speaker, nor anyone holding the role asked about."""
    phrase = _asked_speaker(question)
    if phrase is None:
        return None
    if asks_role(question):
        names = [[term] for term in role_holders(question, [h.text for h in hits])]
    elif any(word[:1].isupper() for word in phrase.split()):
        names = [question_terms(_full_name(phrase) or phrase)]
    else:
        return None  # "What did they say?": nobody named
    if not names or not all(names):
        return None
    # The sentence before the one before each retrieved sentence, by text, as evidence
    # selection gives only the one before.
    texts = {(h.doc_id, s.index): s.text for h in hits for s in h.sentences}
    two_back: dict[str, str] = {}
    repeated: set[str] = set()  # a sentence found twice with different ones two back
    for (doc_id, index), text in texts.items():
        earlier = texts.get((doc_id, index - 2))
        if earlier is not None and two_back.setdefault(text, earlier) != earlier:
            repeated.add(text)
    for text in repeated:
        del two_back[text]

    def reports(sentence: str, previous: str) -> bool:
        said = set(terms(sentence)) | (set(terms(previous)) if previous else set())
        if any(name[-1] in said and speaks(name, sentence, previous) for name in names):
            return True
        earlier = two_back.get(sentence, "")
        own, before = _he_or_she(sentence), _he_or_she(previous)
        if not earlier:
            return False
        if any(_still_theirs(name, sentence, previous, earlier) for name in names):
            return True
        return bool(
            (continues_quotation(sentence) or _pronoun_speaks(sentence))
            and said_by_pronoun(previous)
            and not (own and before and own != before)
            and any(speaks(name, previous, earlier) for name in names)
        )

    return reports


def role_holders(question: str, texts: list[str]) -> list[str]:
    """The last names, as terms, of whoever `texts` name beside the role a "What did the judge
    say?" question asks about: "Judge Helen Marsh", "Helen Marsh, the judge". A deputy or a
    former holder is none."""
    phrase = _asked_speaker(question)
    if phrase is None:
        return []
    return _holders_of(phrase, asks_role(question), texts)


def _holders_of(phrase: str, role: bool, texts: list[str]) -> list[str]:
    """The last names, as terms, of whoever `texts` name beside the speaker `phrase`, a `role`
    ("the judge") or a role at a named body."""
    if not role:
        return _holders_at(phrase, texts)
    words = [w for w in phrase.split() if w.lower() not in {"the", "a", "an"}]
    holder = holder_pattern(role_pattern([" ".join(words)]))
    found = []
    for text in texts:
        for match in holder.finditer(text):
            last = terms((match["after"] or match["before"] or match["full"]).split()[-1])
            if last and last[-1] not in found:
                found.append(last[-1])
    owned = _OWNED_ROLE.match(phrase)
    if owned:
        found += [name for name in _unowned_holders(owned, texts) if name not in found]
    return found


# A role someone owns: "Grayholme's captain" (groups "owner" and "role").
_OWNED_ROLE = re.compile(
    r"^(?:the\s+)?(?P<owner>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s?\s+(?P<role>[a-z][a-z -]*)$"
)
# Where a sentence ends, inside a passage.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")


def _unowned_holders(owned: re.Match[str], texts: list[str]) -> list[str]:
    """The last names, as terms, of whoever `texts` name beside the role of `owned` without
    its owner, in a sentence right after one that opens with the owner: "Grayholme, who were
    playing in their first final, had made 211. Their captain, Shahid Malik, top-scored with
    67." names Grayholme's captain; "Little Hembury beat Grayholme ..." would not."""
    role_words = set(owned["role"].lower().split())
    unowned = unowned_holder_pattern(role_pattern([owned["role"]]))
    # The sentence before the role opens with the owner, its subject.
    opens = re.compile(rf"[\"“‘']?(?:The\s+)?{re.escape(owned['owner'])}\b")
    found: list[str] = []
    for text in texts:
        for match in unowned.finditer(text):
            starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())]
            previous = starts[-2] if len(starts) > 1 else 0
            if not starts or not opens.match(text, previous):
                continue
            named = [
                w
                for w in re.findall(r"[A-Z][\w’'-]*", match[0])
                if w not in HONORIFICS and w.lower() not in role_words | {"its", "their", "the"}
            ]
            last = terms(named[-1]) if named else []
            if last and last[-1] not in found:
                found.append(last[-1])
    return found


# A speaker described by a role at a named body: "the analyst at Castellan Cyber Research".
_ROLE_AT = re.compile(
    r"^(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z][\w-]*)\s+(?:at|of|for|with|from)\s+"
    r"(?:the\s+)?(?P<owner>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w’'&.-]*)*)$"
)
_PERSON = r"(?P<name>(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)"
# A word describing someone's role ("principal" analyst, "managing" director), not one saying
# they did something with others in it ("Jane Doe, citing analysts at ...", "..., who spoke
# to analysts at ...").
_DESCRIBING = (
    r"(?:(?!(?:citing|quoting|according|speaking|spoke|talking|talked|who|to|with)\b)"
    r"[\w-]+\s+)"
)

# The rest of a sentence, up to its closing stop and quotation mark ("£4.2m" stops nothing).
_REST_OF_SENTENCE = r"(?:[^.!?]|\.(?=\d))*[.!?][\"”’']?"


def _holders_at(phrase: str, texts: list[str]) -> list[str]:
    """The last names, as terms, of whoever `texts` name beside a role at a named body, for a
    speaker described so ("the analyst at Castellan Cyber Research"): "Kiran Bhatt, principal
    analyst at Castellan Cyber Research, said ...", "Castellan Cyber Research analyst Kiran
    Bhatt", or "Its founder, Priya Malhotra" right after a sentence naming the body; news then
    quotes them by the last name ("Ms Bhatt said")."""
    asked = _ROLE_AT.match(phrase)
    if not asked:
        return []
    role, owner = re.escape(asked["role"]), re.escape(asked["owner"])
    beside = (
        rf"{_PERSON},\s+(?:(?:the|an?)\s+)?{_DESCRIBING}{{0,3}}?{NOT_THE_ROLE_ITSELF}{role}s?\b"
        rf"[^.;,]{{0,40}}?\b(?:at|of|for|with|from)\s+(?:the\s+)?{owner}\b",
        rf"\b{owner}(?:['’]s)?\s+{_DESCRIBING}{{0,2}}?{NOT_THE_ROLE_ITSELF}{role}\s+{_PERSON}",
        rf"\b{owner}\b{_REST_OF_SENTENCE}\s+(?:Its|Their)\s+{_DESCRIBING}{{0,2}}?"
        rf"{NOT_THE_ROLE_ITSELF}{role},?\s+{_PERSON}",
    )
    found: list[str] = []
    for text in texts:
        for pattern in beside:
            for match in re.finditer(pattern, text):
                last = terms(match["name"].split()[-1])
                if last and last[-1] not in found:
                    found.append(last[-1])
    return found


def best_report(
    question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()
) -> Evidence | None:
    """The evidence sentence that best answers what someone said: of the sentences reporting
    their words, the one holding the most words of the topic asked about ("Rahman" of "What did
    Marsh say about Rahman?"; "Bradwell Brook" and "polluted" of "How did the area manager
    describe Bradwell Brook before it was polluted?" over "pollution" alone), the best-rated
    of equals; None when the question does not ask what someone said, or no sentence reports
    their words."""
    reported, topic = _reports_and_topic(question, evidence, hits)
    return max(
        reported,
        key=lambda e: (len(topic & set(terms(e.sentence))), e.relevance),
        default=None,
    )


def attributed(
    question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()
) -> Evidence | None:
    """For a question that asks what someone holds ("What could be discussed, according to
    Russian officials?", "What kind of talks did the Kremlin say they would hold?"), the
    best-rated evidence sentence reporting their words, over one that reports others' ("US
    officials ... said"), or those of whoever holds the role named ("Defending, Robert Quayle
    said ..." for "How did Akhtar get started, according to his barrister?"). Unlike "What did
    X say?", such a question is not refused when none does: "according to the 2010 census"
    names no speaker."""
    asked = (
        _ACCORDING_TO.search(question)
        or _ACCORDING_TO_FIRST.match(question)
        or _SAID_BY.search(question)
    )
    if not asked:
        return None
    phrase = _OWNER_PRONOUN.sub("the ", asked["speaker"], count=1)
    wanted = _speaker_terms(phrase)
    role = not phrase.split()[-1][:1].isupper()
    articles = {e.doc_id for e in evidence}
    texts = [e.sentence for e in evidence] + [h.text for h in hits if h.doc_id in articles]
    said = _reported_by(wanted, evidence, role, _holders_of(phrase, role, texts))
    return max(said, key=lambda e: e.relevance) if wanted and said else None


# "..., according to Russian officials?": whose words the question asks for, at its end, or
# before a comma at its start, where only a speaker written in capitals ("According to
# Washington, what would ...?"), as for `_SAID_BY`.
_ACCORDING_TO = re.compile(
    r"\baccording to (?P<speaker>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s*\??$",
    re.IGNORECASE,
)
_ACCORDING_TO_FIRST = re.compile(
    r"(?i:according\s+to)\s+(?P<speaker>(?:(?i:the)\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),"
)
# "What kind of talks did the Kremlin say ...?", "How many troops did Peskov say ...?": whose
# words the question asks for, before what they said. Only a speaker written in capitals: a role
# in lower case ("did Valland's minister say", "did Russian officials say") may be anyone's.
_SAID_BY = re.compile(
    r"^\w+\b.*?\b(?i:did|does|do|has|have|had)\s+"
    r"(?P<speaker>(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
    r"(?i:say|said|tell|told|claim|claimed|announce|announced)\b"
)


def statement(question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()) -> Evidence | None:
    """For a question that asks what someone said ("What did Madden say?"), or what they said
    of a topic ("What did Natarajan say about life?"), the best-rated evidence sentence that
    reports their words and holds every word of the topic, a sentence that names its speaker
    only by a pronoun read with the one before it ("He said the first night had been ..." after
    "Lee Dawson, one of four safety drivers on the trial, ..." for "What did Lee Dawson say
    about the first night of the trial?"). Like "Who is X?", such a question is answered
    whenever the articles quote X on it, however little else it shares with them."""
    reported, topic = _reports_and_topic(question, evidence, hits)
    before = _preceding(evidence)
    # Whom each article's lead names: "her" and "she" are mostly who the article is about.
    named_in_lead = {
        doc_id: set(terms(" ".join(NAME_WORD.findall(lead[:_LEAD_CHARS]))))
        for doc_id, lead in openings(hits).items()
    }
    names_asked = set(terms(" ".join(NAME_WORD.findall(question))))

    def held(e: Evidence) -> set[str]:
        spoken = set(terms(e.sentence))
        # What the speaker's words are about is told in them, at least in part.
        if (
            topic & spoken
            and e.marker in before
            and (_pronoun_speaks(e.sentence) or continues_quotation(e.sentence))
        ):
            spoken |= set(terms(before[e.marker].sentence))
        # "Her coach, Rodolfo Tzul, ... said he had never doubted that she would come back"
        # speaks of Coyoy in an article whose lead is about her.
        unsaid = topic - spoken
        if (
            unsaid
            and unsaid <= names_asked & named_in_lead.get(e.doc_id, set())
            and _THIRD_PERSON.search(e.sentence)
        ):
            spoken |= unsaid
        return spoken

    on_topic = [e for e in reported if topic <= held(e)]
    return max(on_topic, key=lambda e: e.relevance) if on_topic else None


# How much of an article is its lead.
_LEAD_CHARS = 300
# A third person, outside a quotation or in it: "her", "his", "she", "he", "him".
_THIRD_PERSON = re.compile(r"\b(?:[Hh]er|[Hh]is|[Ss]he|[Hh]e|[Hh]im)\b")


def _reports_and_topic(
    question: str, evidence: list[Evidence], hits: Sequence[Hit]
) -> tuple[list[Evidence], set[str]]:
    """The evidence sentences reporting the words of whoever a "What did X say about Y?"
    question asks about (`reporting`), and the terms of Y (none for a bare "What did X say?");
    no sentences for other questions."""
    reported = reporting(question, evidence, hits)
    asked = SPEECH_QUESTION.search(question)
    if not reported or asked is None:
        return [], set()
    return reported, set(question_terms(question[asked.end() : _topic_end(question, asked.end())]))
