"""Follow-up questions rewritten into standalone ones before retrieval.

"What did he say about Washington?" cannot be retrieved on its own: "he" must become the person
the conversation was about. A 0.5B model rewrites unreliably, so the rewrite is rule-based: a
third-person pronoun is replaced by the most recent name in the conversation whose kind fits (a
person for he/she: the one the previous question asked about, unless it asked who someone was,
else one with a title before one of merely several capitalised words, and never a name such as
"Judiciary Police" that ends like an organisation's; for they, the two people the last answer
named with titles, or else what "it" would be; for it, a name the conversation never gave a
title, other than the owner in a question's "X’s Y"), and a question too short to stand alone
borrows the previous question's frame, in that question's own standalone form ("And Madden?"
after "What did Peskov say?" asks "What did Madden say?", "When?" after "Where did Kim meet
officials?" asks "When did Kim meet officials?", "And on Tuesday?" after "What happened on
Monday?" asks "What happened on Tuesday?"; after "Who won the race?", "When?" asks when the one
the answer names won it; "And the fourth quarter?" replaces "the third quarter"). A name the
conversation once gave a title ("Mr Kim", "Defence Minister Sergei Shoigu") is a person's
wherever it appears bare, a possessive ends a name ("Russia’s Tass" names no person), and days
and months are no names: "How far is it?" after "Mr Putin said he would go to Vostochny on
Tuesday" asks about Vostochny.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from lemminflect import getAllInflections, getAllLemmas, getInflection

from rag.citations import strip_markers
from rag.errors import RAGError
from rag.lexical import AUXILIARY, STOPWORDS, question_terms
from rag.measures import MONTH_NAMES, WEEKDAYS
from rag.roles import HONORIFIC, HONORIFICS, TITLES
from rag.sentences import DATELINE, split_sentences

Turn = dict[str, str]  # {"role": "user" | "assistant", "content": str}


def check_history(history: object) -> list[Turn]:
    """`history` as a list of turns; RAGError saying what a turn must look like when it is not
    one, rather than a failure deep inside the rewriting of a follow-up."""
    if history is None:
        return []
    if not isinstance(history, list | tuple) or not all(
        isinstance(turn, dict)
        and turn.get("role") in ("user", "assistant")
        and isinstance(turn.get("content"), str)
        for turn in history
    ):
        raise RAGError(
            'history must be a list of turns like {"role": "user", "content": "..."} '
            '(role "user" or "assistant")'
        )
    return list(history)


def exchange(question: str, answer: str) -> list[Turn]:
    """One question and its answer as the two turns `history` holds."""
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


_PERSON_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers)\b", re.IGNORECASE)
_PLURAL_PRONOUN = re.compile(r"\b(they|them|their)\b", re.IGNORECASE)
_THING_PRONOUN = re.compile(r"\b(it|its)\b", re.IGNORECASE)
# A run of capitalised words, allowing short connectors ("Kim Jong Un", "Bank of England"),
# with the honorific or lower-case role that may precede it ("Mr", "spokesman"); a capitalised
# title ("President") falls inside the run and is taken off by `names_in` (`TITLES`).
_NAME = re.compile(
    r"(?:\b(Mr|Mrs|Ms|Dr|leader|spokesman|spokeswoman|chief|director)\s+)?"
    r"\b([A-Z][\w’'-]+(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'-]+)*)"
)
# The last words of organisations' names ("Judiciary Police", "Harbor Street Research").
_ORGANISATIONS = {
    "Police", "Bank", "Ministry", "Department", "Agency", "Council", "Court", "Group",
    "Systems", "Research", "Company", "Corporation", "Corp", "Inc", "Ltd", "University",
    "Party", "Army", "Navy", "Forces", "Office", "Service", "Services", "News", "Times",
    "Committee", "Commission", "Fund", "Partners", "Capital", "Association", "Union",
    "Institute", "Centre", "Center", "Foundation", "Authority", "Board", "Parliament",
    "Assembly", "Government", "Airlines", "Airport", "Forum", "Network", "Media", "Protection",
    "Post", "Journal", "Press", "Holdings", "Technologies", "Securities", "Exchange",
}  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s$")
# A question word and a verb: "Who is Peskov?" or "Who reported it?" stands alone, however
# short; "And Putin?", "What about Madden?", "How many?" do not.
_COMPLETE = re.compile(
    r"^(who|whom|whose|what|when|where|why|how|which)\s+"
    r"(?!(?:about|else|many|much|long|far|old|often|then|now|so)\b)[a-z]+\b",
    re.IGNORECASE,
)
# "Which event ...?", "What channel ...?": a question that asks which thing, named by its answer.
_ASKS_WHICH = re.compile(
    rf"^(?:which|what)\s+(?!(?:{AUXILIARY}|about|else)\b)[a-z]+\b",
    re.IGNORECASE,
)
# "Who did Kim meet?" asks for someone the answer names; "Who is Mr Peskov?" names them.
_ASKS_WHO = re.compile(
    rf"^(?:who|whom|whose)\b(?!\s+(?:is|was)\s+{HONORIFIC}(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "How many were to China?" leaves out what it counts, which "How many trips abroad has Kim
# made?" names.
_BARE_COUNT = re.compile(rf"^how (many|much)\s+(?={AUXILIARY}\b)", re.IGNORECASE)
_COUNTED = re.compile(
    rf"^how (many|much)\s+((?:(?!{AUXILIARY}\b)[\w’'-]+\s+){{1,3}}?)(?={AUXILIARY}\b)",
    re.IGNORECASE,
)
# "What about the Eastern Economic Forum?", "And about the layoffs?" are fragments whatever their
# length.
_ABOUT = re.compile(
    r"^(?:(?:and|but)\s+(?:(?:what|how)\s+)?|(?:what|how)\s+)about\b", re.IGNORECASE
)
# "And the women's race?", "But the fourth quarter?": a phrase without a question word or an
# auxiliary, a fragment whatever its length.
_AND_PHRASE = re.compile(
    rf"^(?:and|but)\s+(?!.*\b(?:{AUXILIARY}|who|whom|whose|what|when|where|why|how|which)\b)"
    r"(?:[\w’'-]+\s+){0,4}[\w’'-]+\s*\??$",
    re.IGNORECASE,
)
_FEMININE = {"she", "her", "hers"}
_MASCULINE = {"he", "him", "his"}
_NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "This", "That", "What",
    "Who", "When", "Where", "Why", "How", "Which", "And", "But", "Yes", "No", "According",
    "I", "If", "As", "After", "Before", "Mr", "Mrs", "Ms", "Dr", "Did", "Does", "Do", "Is",
    "Was", "Are", "Were", "Can", "Could", "Would", "Will", "Should", "Tell", "Also",
    *WEEKDAYS, *MONTH_NAMES,
}  # fmt: skip


_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]+\b")


class Name(NamedTuple):
    text: str
    titled: bool  # follows a title or role ("Mr Kim", "Kremlin spokesman Dmitry Peskov")
    owner: bool = False  # followed by a possessive ("North Korea’s ally")
    honorific: str = ""  # "Mr", "Mrs", "Ms" or "Dr" when one precedes it
    article: bool = False  # follows "the" ("the Civic Alliance")

    @property
    def person(self) -> bool:
        """A title, or several words that are not "X of Y", do not end in what names an
        organisation ("Judiciary Police"), do not follow "the" ("the European Astrophysics
        Consortium") and are not all capitals (the dateline "ASHFORD HILL"), make a name look
        like a person's."""
        words = self.text.split()
        return self.titled or (
            len(words) > 1
            and "of" not in words
            and words[-1] not in _ORGANISATIONS
            and not self.article
            and not self.text.isupper()
        )


# A nationality before a lower-case word describes rather than names ("the North Korean leader",
# "Japanese media").
_NATIONALITY = re.compile(r"(?:ean|ian|ese|ish|can)$")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
# Irregular plurals whose possessive belongs to a fixed name ("Democratic People’s Republic").
_PLURAL_OWNERS = {"People", "Women", "Children", "Men"}
_CONNECTORS = {"of", "the"}
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def names_in(text: str) -> list[Name]:
    """The names in `text`, in order, without the title that precedes them.

    A possessive ’s ends a name: "Russia’s Tass" names Russia, an owner, and Tass, neither a
    person, while "Democratic People’s Republic of Korea" stays whole. A nationality that
    describes a noun ("the North Korean leader") is none.
    """
    found = []
    text = DATELINE.sub("", strip_markers(text), count=1)
    for match in _NAME.finditer(text):
        before = match.group(1) or ""
        article = bool(_ARTICLE_BEFORE.search(text, max(0, match.start() - 4), match.start()))
        describes = bool(_LOWER_NEXT.match(text, match.end()))
        for i, (words, owns) in enumerate(_owner_parts(match.group(2).split())):
            if describes and not owns and _NATIONALITY.search(words[-1]):
                continue  # "the North Korean leader": a nationality, not a name
            titled = bool(before) and i == 0
            inner = [j for j, w in enumerate(words[:-1]) if w in TITLES]
            if inner:
                words, titled = words[inner[-1] + 1 :], True
            while words and (words[0] in _NOT_NAMES or words[0] in _CONNECTORS):
                words = words[1:]
            if words and not all(w in TITLES for w in words):  # "Russia’s President"
                honorific = before if i == 0 and before in HONORIFICS else ""
                found.append(Name(" ".join(words), titled, owns, honorific, article and i == 0))
    return found


def _owner_parts(words: list[str]) -> list[tuple[list[str], bool]]:
    """`words` split after each possessive, each part with whether it is an owner."""
    parts: list[tuple[list[str], bool]] = []
    current: list[str] = []
    for word in words:
        bare = _POSSESSIVE.sub("", word)
        if bare != word and bare not in _PLURAL_OWNERS:
            parts.append(([*current, bare], True))
            current = []
        else:
            current.append(word)
    if current:
        parts.append((current, False))
    return parts


# Each turn of the history with the names in it, parsed once per question.
Named = list[tuple[str, list[Name]]]


def _named(history: list[Turn]) -> Named:
    return [(turn.get("role", ""), names_in(turn.get("content", ""))) for turn in history]


def _titled_people(named: Named) -> set[str]:
    """Every word of the names the conversation gives a title, so that a bare "Kim" after
    "Mr Kim" is known as a person, never as what "it" stands for."""
    return _words_of(named, lambda name: name.titled)


def _words_of(named: Named, chosen: Callable[[Name], bool]) -> set[str]:
    return {
        word for _, names in named for name in names if chosen(name) for word in name.text.split()
    }


def _is_titled(name: Name, titled: set[str]) -> bool:
    return name.titled or all(word in titled for word in name.text.split())


def _latest_name(
    named: Named,
    person: bool,
    titled: set[str],
    question: str,
    unlike: set[str] = frozenset(),
    answer_named_it: bool = False,
    common: set[str] = frozenset(),
) -> str | None:
    """The most recent fitting name that `question` does not already hold: people from the
    latest turn of either side (answers name them), the first one a turn names ("Ilse Marchetti
    was elected mayor, defeating Gordon Avery" is about her), things from the latest user
    question first (questions name the topic), unless `answer_named_it`: the question asked
    which thing it was ("Which event is Putin attending in Vladivostok?" is answered by the
    Eastern Economic Forum, which "it" then stands for). `titled` is `_titled_people(history)`;
    a person all of whose words are in `unlike` (names the conversation calls "Mr" when the
    pronoun is "she") is passed over. A word the conversation also writes in lower case
    (`common`) is no thing's name, only capitalised where it opens a sentence ("Revenue rose
    6.5%" after "What about revenue?")."""
    # Each turn with the question it answers, if it is an answer.
    turns = [(role, names, named[i - 1][1] if i else []) for i, (role, names) in enumerate(named)]
    turns.reverse()
    if not person and not answer_named_it:
        turns.sort(key=lambda turn: turn[0] != "user")
    for role, names, asked_names in turns:
        answered = role == "assistant"
        in_question = {n.text for n in asked_names} if answered else set()
        if person:
            # A title says person more surely than several capitalised words do; an owner is
            # less likely whom an answer is about ("Kim Jong Un’s sister, Kim Yo Jong"), and so
            # is someone its question named ("Who did Kim give a tour to?").
            people = [n for n in names if _may_be(n, titled, unlike)]
            ranked = sorted(
                people, key=lambda n: (not _is_titled(n, titled), n.owner, n.text in in_question)
            )
            candidates = [n.text for n in ranked]
        else:
            # "What is North Korea’s main ally?" is about the ally: an owner a question names
            # is not what "it" stands for next. An answer to "Which regulator blocked the
            # takeover?" names the regulator first, and the takeover its question named after;
            # nor is an owner it names ("Russia’s state channel Rossiya 1") what was asked.
            named_it = answer_named_it and answered
            candidates = [
                n.text
                for n in names
                if not _is_titled(n, titled)
                and not ((not answered or named_it) and n.owner)
                and n.text not in common
                and not (named_it and n.text in in_question)
            ]
        candidates = [c for c in candidates if not person_in(question, c)]
        if candidates:
            first = person or not answered or answer_named_it
            return candidates[0] if first else candidates[-1]
    return None


def _referred_to(texts: list[str], feminine: bool) -> set[str]:
    """The words of the names in `texts` that a person pronoun calls "she" or "her"
    (`feminine`), or else "he", "him" or "his": the name that opens the pronoun's sentence
    before it, or the sentence before when the pronoun opens its own ("Judge Helen Marsh jailed
    Quinlan on Friday. She said ..."), whom a pronoun of the other gender is not."""
    found: set[str] = set()
    wanted = _FEMININE if feminine else _MASCULINE
    for text in texts:
        sentences = [s.text for s in split_sentences(strip_markers(text))]
        for previous, sentence in zip(["", *sentences], sentences, strict=False):
            pronoun = _PERSON_PRONOUN.search(sentence)
            if not pronoun or pronoun[1].lower() not in wanted:
                continue
            before = sentence[: pronoun.start()]
            people = names_in(before if before.strip(' “"') else previous)
            if people:
                found.update(people[0].text.split())
    return found


def _asked_about(previous: str, titled: set[str], question: str, unlike: set[str]) -> str | None:
    """The person the previous question was about, whom "he" or "she" goes on asking about
    ("Who is Daniel Okafor?" may be answered by a sentence that names his co-founder last),
    unless it asked who someone was ("Who did Kim give a tour to?": the answer names them). An
    owner is not what a question is about ("Who is South Korea’s president?")."""
    if _ASKS_WHO.match(previous):
        return None
    for name in names_in(previous):
        if _may_be(name, titled, unlike) and not name.owner and not person_in(question, name.text):
            return name.text
    return None


# "Which striker did Rovers sign?": the question asks for someone by a lower-case role.
_WHICH_ROLE = re.compile(r"^(?i:which|what)\s+(?P<role>[a-z]+)\b")
# Words after "which" or "what" that ask for no person ("What year ...", "Which way ...").
_NOT_ROLES = {"year", "day", "month", "time", "way", "country", "city", "place", "company"}


def _named_as_asked(previous: str, answer: str, unlike: set[str]) -> str | None:
    """The person the answer names by the role the previous question asked which one held
    ("Which striker did Rovers sign?" is answered by "... signed striker Tiago Salvaterra"): the
    one "he" asks about next, not the club the question named."""
    asked = _WHICH_ROLE.match(previous)
    if not asked or asked["role"] in _NOT_ROLES:
        return None
    named = re.search(rf"\b{asked['role']}\s+({_NAME.pattern})", strip_markers(answer))
    found = names_in(named[1]) if named else []
    if found and not all(word in unlike for word in found[0].text.split()):
        return found[0].text
    return None


def _may_be(name: Name, titled: set[str], unlike: set[str]) -> bool:
    """Whether the pronoun may stand for `name`: a person, none of whose words are in `unlike`."""
    return (name.person or _is_titled(name, titled)) and not all(
        word in unlike for word in name.text.split()
    )


# A subject or possessive pronoun after a name in the same question stands for that name
# ("Did Putin say he would go?", "Will Kim bring his ministers?"); an object one for someone
# else ("What did Putin tell him?").
_SAME_CLAUSE_PRONOUNS = {"he", "she", "his", "hers"}


def _refers_back_within(question: str, pronoun: re.Match[str]) -> bool:
    """Whether `pronoun` in `question` stands for a name the question gives before it."""
    return pronoun[1].lower() in _SAME_CLAUSE_PRONOUNS and any(
        not name.owner for name in names_in(question[: pronoun.start()])
    )


def _latest_group(named: Named, titled: set[str]) -> str | None:
    """The last two people the latest answer names with a title ("Kim and Sergei Shoigu"), for
    "they"."""
    answer = next((names for role, names in reversed(named) if role == "assistant"), [])
    people: list[str] = []
    for name in answer:
        if _is_titled(name, titled) and name.text not in people:
            people.append(name.text)
    return " and ".join(people[-2:]) if len(people) >= 2 else None


def standalone_question(question: str, history: list[Turn] | None) -> str:
    """`question` with pronouns resolved against `history`; unchanged without history.

    A person is named as the conversation names them, in full where it does: a surname alone
    ("What did Kim say?" for Hannah Kim) may be someone else's in another article.
    """
    question = " ".join(question.split())
    if not history:
        return question
    last = max((i for i, turn in enumerate(history) if turn.get("role") == "user"), default=None)
    previous = "" if last is None else history[last]["content"]
    fragment = (
        _ABOUT.match(question)
        or _AND_PHRASE.match(question)
        or (len(question.split()) <= 3 and not _COMPLETE.match(question))
    )
    answered = history[last + 1 : last + 2] if last is not None else []
    answer = answered[0]["content"] if answered and answered[0]["role"] == "assistant" else ""
    # The previous question as it was searched, made standalone once: each turn's would
    # otherwise be made again for every use, and again for each turn before it.
    searched_before = cache(lambda: standalone_question(previous, history[:last]))
    if fragment and previous and not _PERSON_PRONOUN.search(question):
        # The previous question in its own standalone form: "And Madden?" after "What did he
        # say?" borrows "What did Peskov say?".
        return borrowed_frame(question, searched_before(), answer)
    rewritten = question
    bare = _BARE_COUNT.match(question)
    if bare and previous:
        # "How many were to China?" after "How many trips abroad has Kim made?" counts trips.
        counted = _COUNTED.match(searched_before())
        if counted and counted[1].lower() == bare[1].lower():
            rewritten = (
                f"{question[: bare.end()]}{_counted_noun(counted[2])} {question[bare.end() :]}"
            )
    named = _named(history)
    titled = _titled_people(named)
    pronoun = _PERSON_PRONOUN.search(rewritten)
    if pronoun and not _refers_back_within(rewritten, pronoun):
        # "She" is nobody the conversation calls Mr or "he"; "he" nobody it calls Mrs, Ms or
        # "she".
        feminine = pronoun.group(1).lower() in _FEMININE
        other = {"Mr"} if feminine else {"Mrs", "Ms"}
        unlike = _words_of(named, lambda name: name.honorific in other) | _referred_to(
            [turn.get("content", "") for turn in history], not feminine
        )
        # "How old is she?" after "And Rahman?" asks about Rahman: the previous question as
        # it was searched, in which a surname of someone the conversation named in full is one.
        asked = searched_before() if previous else ""
        known = titled | _words_of(named, lambda name: len(name.text.split()) > 1 and name.person)
        person = (
            _named_as_asked(asked, answer, unlike)
            or _asked_about(asked, known, question, unlike)
            or _latest_name(named, True, titled, question, unlike)
        )
        if person:
            rewritten = _replace_first(_PERSON_PRONOUN, person, rewritten)
    texts = [question, *(turn["content"] for turn in history)]
    meant = _still_meant(previous, searched_before()) if _THING_PRONOUN.search(previous) else None
    thing = meant or _latest_name(
        named,
        False,
        titled,
        rewritten,
        answer_named_it=bool(_ASKS_WHICH.match(previous)),
        common={w.capitalize() for text in texts for w in _LOWER_WORD.findall(text)},
    )
    if _PLURAL_PRONOUN.search(rewritten):
        # "Who did they beat?" after "Who won the cup?": the winner the answer names.
        group = _answer_doer(previous, answer) or _latest_group(named, titled) or thing
        if group and not person_in(rewritten, group):
            rewritten = _replace_first(_PLURAL_PRONOUN, group, rewritten)
    if thing and _THING_PRONOUN.search(rewritten) and not person_in(rewritten, thing):
        rewritten = _replace_first(_THING_PRONOUN, _described(thing, previous), rewritten)
    return rewritten


def _still_meant(previous: str, searched: str) -> str | None:
    """What "it" stood for in the previous question (`searched` is that question made
    standalone), which it goes on standing for: after "When was it set up?" (the Aviation
    Competition Authority), "Who chairs it?" asks about the authority, not about whatever the
    answer between them named last."""
    had = {name.text for name in names_in(previous)}
    meant = [n.text for n in names_in(searched) if n.text not in had]
    return meant[0] if meant else None


# "When?", "And how many?": a question word alone.
_WH_ALONE = re.compile(
    r"^(?:and\s+|but\s+)?(?P<wh>who|what|when|where|why|how(?:\s+(?:many|much|long|far|old|often))?)"
    r"\s*\??$",
    re.IGNORECASE,
)
# How a fragment may open: "And ...", "But ...", "What about ...", "And how about ...".
_LEAD = r"^(?:(?:and|but)\s+)?(?:(?:what|how)\s+about\s+)?"
# "What about Madden?", "And Kim?": another name in the same question.
_OTHER_NAME = re.compile(
    _LEAD + r"(?!(?:and|but|what|how|who|whom|whose|when|where|why|which|by|for|with|to|of)\b)"
    r"(?P<name>(?:the\s+)?(?-i:[A-Z])[^?]*?)\s*\??$",
    re.IGNORECASE,
)
# "And on Tuesday?", "What about in 2019?", "And about the layoffs?": the same question at
# another time or place, or on another topic.
_OTHER_PHRASE = re.compile(
    _LEAD + r"(?P<phrase>(?P<prep>on|in|at|during|since|before|after|from|until|by|about)\s+"
    r"(?!(?:whom|what|which|when|where)\b)[^?]+?)\s*\??$",
    re.IGNORECASE,
)
_ABOUT_PHRASE = re.compile(r"\babout\b", re.IGNORECASE)
# The question words and auxiliary that open a question, and its subject after them.
_FRAME = re.compile(
    r"^(?:(?:which|what)\s+(?P<which>\w+)|how\s+(?:many|much)\s+(?P<counted>[a-z]\w*)|"
    r"how\s+(?:many|much|long|far|old|often)|who|whom|whose|what|when|where|why|how)"
    rf"(?P<aux>\s+{AUXILIARY}\s+)",
    re.IGNORECASE,
)


def borrowed_frame(fragment: str, previous: str, answer: str = "") -> str:
    """A follow-up too short to stand alone, asked in the previous question's frame: "When?"
    after "Where did Kim meet local officials?" asks "When did Kim meet local officials?", and
    "And Madden?" after "What did Peskov say?" asks "What did Madden say?" (a name that is the
    previous question's subject is swapped, with its title: "And Greenleaf?" after "What did Dr
    Okafor say?"). "When?" after "Who won the Berlin marathon?" asks about the person `answer`
    names as the one who won: "When did Kipchoge win the Berlin marathon?". Otherwise the
    fragment is put before the previous question ("And Putin — Who is the Kremlin spokesman?").
    "And on Tuesday?" after "What happened on Monday?" asks "What happened on Tuesday?"; where
    the previous question has no phrase of that preposition, the phrase is added to it, unless
    it gives a topic ("And about the layoffs?" after "What did Raman say about the deal?" asks
    "What did Raman say about the layoffs?")."""
    frame = _FRAME.match(previous)
    alone = _WH_ALONE.match(fragment)
    if alone and (asked := _asked_of_doer(alone["wh"], previous, answer)):
        return asked
    if frame and alone:
        return alone["wh"].capitalize() + _with_asked_thing(previous[frame.start("aux") :], frame)
    phrase = _OTHER_PHRASE.match(fragment)
    # A topic replaces the previous question's; added to a question about none, it reads wrong.
    if phrase and (phrase["prep"].lower() != "about" or _ABOUT_PHRASE.search(previous)):
        return _with_phrase(previous, phrase["prep"], phrase["phrase"])
    other = _OTHER_NAME.match(fragment)
    subject = next(iter(names_in(previous)), None)
    if frame and other and subject:
        titled = re.compile(rf"(?:(?:{_TITLED_BEFORE})\s+)*{re.escape(subject.text)}\b")
        if said := titled.match(previous, frame.end()):
            return previous[: frame.end()] + other["name"] + previous[said.end() :]
    noun = _NOUN_PHRASE.match(fragment)
    if noun and (swapped := _with_noun_phrase(previous, noun["phrase"])):
        return swapped
    if noun and frame and (asked := _asked_of_thing(noun["phrase"], previous, frame)):
        return asked
    return f"{fragment.rstrip('?')} — {previous}"


def _asked_of_thing(phrase: str, previous: str, frame: re.Match[str]) -> str | None:
    """The previous question's question words asked of a thing the fragment names instead:
    "And the dividend?" after "How much did Nordvik raise prices?" asks "How much was the
    dividend?", rather than searching the prices again. None for a name ("And Putin?" may ask
    who Putin is or whether he is the spokesman), a phrase of no content word ("And then?"),
    or a question that asked which thing ("Which event ...?")."""
    if phrase[:1].isupper() or not question_terms(phrase) or frame["which"] or frame["counted"]:
        return None
    copula = "was" if frame["aux"].strip().lower() in _PAST else "is"
    return f"{previous[: frame.start('aux')]} {copula} {phrase}?"


_PAST = {"did", "was", "were", "had"}


# "And the fourth quarter?": a phrase, not a question word ("Who else?") or a preposition's.
_NOUN_PHRASE = re.compile(
    _LEAD + r"(?!(?:who|whom|whose|what|when|where|why|which|how|by|for|with|to|of|about|on|in|"
    r"at|during|since|before|after|from|until)\b)"
    r"(?P<phrase>[^?]*[^?\s])\s*\??$",
    re.IGNORECASE,
)
# What opens the phrase a noun ends in "the third quarter", "last year", "its main ally".
_DETERMINED = re.compile(
    r"\b(?:the|a|an|this|that|these|those|its|his|her|their|last|next)\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _with_noun_phrase(question: str, phrase: str) -> str | None:
    """`question` with the phrase ending in the noun `phrase` ends in replaced by `phrase`:
    "And the fourth quarter?" after "What did Nimbus report for the third quarter?" asks "What
    did Nimbus report for the fourth quarter?". None when `question` lacks that noun."""
    head = phrase.split()[-1]
    found = list(re.finditer(rf"\b{re.escape(head)}\b", question, re.IGNORECASE))
    if not found:
        return None
    said = found[-1]
    opened = _DETERMINED.search(question, 0, said.start())
    start = opened.start() if opened else said.start()
    return question[:start] + phrase + question[said.end() :]


# The titles a question may put before its subject's name ("What did Dr Okafor say?").
_TITLED_BEFORE = "|".join([*(rf"{h}\.?" for h in sorted(HONORIFICS)), *sorted(TITLES)])
# "Who won the Berlin marathon?", "Who has led the research?", "Who is Kim meeting?": who, an
# auxiliary perhaps, and the word after it, which `_asked_of_doer` checks is a verb.
_WHO_DID = re.compile(
    rf"^who\s+(?:(?P<aux>{AUXILIARY})\s+)?(?P<verb>[a-z]+)(?P<rest>\s+[^?]+?)?\s*\??$",
    re.IGNORECASE,
)

# Verbs an answer may put for the question's, with the same doer: "Who won the final?" is
# answered "Northport United beat Eastbay Wanderers".
_SAME_DEED = {"win": ("beat", "defeat"), "beat": ("defeat",), "defeat": ("beat",)}

# The question words that ask about a deed ("When did Kipchoge win?"), unlike "What?" or "How
# many?".
_OF_DOING = re.compile(r"when|where|why|how(?:\s+(?:long|often|far))?$", re.IGNORECASE)


def _asked_of_doer(wh: str, previous: str, answer: str):
    """`wh` ("When", "Why") asked of what the one who answers the previous question did, named
    as `answer` names them: "When?" after "Who won the Berlin marathon?", answered "Eliud
    Kipchoge won ...", asks "When did Kipchoge win the Berlin marathon?". None when the previous
    question did not ask who did something ("Who is the spokesman?", "Who did Kim meet?"), or
    the answer names nobody."""
    deed = _deed_asked(previous)
    if deed is None or not _OF_DOING.match(wh):
        return None
    aux, verb, lemma, rest = deed
    doer = _doer(answer, lemma)
    if doer is None:
        return None
    if not aux:  # "Who won ...?": "When did Kipchoge win ...?"
        past, present = getInflection(lemma, "VBD"), getInflection(lemma, "VBZ")
        aux = "did" if verb in past else "does" if verb in present else "do"
        verb = lemma
    return f"{wh.capitalize()} {aux} {doer} {verb}{rest}?"


def _deed_asked(question: str) -> tuple[str, str, str, str] | None:
    """The auxiliary (or ""), verb, the verb's lemma and the rest of a question asking who did
    something ("Who won the Berlin marathon?", "Who has led the talks?"); None for any other
    question ("Who is the spokesman?", "Who did Kim meet?")."""
    asked = _WHO_DID.match(question)
    if not asked:
        return None
    verb, aux = asked["verb"].lower(), (asked["aux"] or "").lower()
    lemma = next(iter(getAllLemmas(verb).get("VERB", ())), None)
    if lemma is None or re.fullmatch(AUXILIARY, verb):
        return None
    if aux and verb not in getInflection(lemma, "VBN") + getInflection(lemma, "VBG"):
        return None  # "Who did Kim meet?": Kim did the meeting
    return aux, verb, lemma, asked["rest"] or ""


def _answer_doer(question: str, answer: str) -> str | None:
    """Who `answer` names, right before its verb, as having done what `question` asked who did:
    "Bayside Rovers" of "Bayside Rovers won the cup" after "Who won the cup?", whom "they" then
    stands for."""
    deed = _deed_asked(question)
    return _doer(answer, deed[2], right_before=True) if deed and answer else None


def _doer(answer: str, lemma: str, right_before: bool = False) -> str | None:
    """The name in `answer` right before its verb `lemma` in any form ("Eliud Kipchoge won"),
    else, unless only that will do, the first person it names ("Eliud Kipchoge [1].")."""
    text = strip_markers(answer)
    forms = {
        form
        for verb in (lemma, *_SAME_DEED.get(lemma, ()))
        for forms in getAllInflections(verb, upos="VERB").values()
        for form in forms
    }
    said = re.search(rf"\b(?:{'|'.join(map(re.escape, forms))})\b", text, re.IGNORECASE)
    if said:
        before = text[: said.start()].rstrip()
        names = names_in(before)
        if names and before.endswith(names[-1].text):
            return names[-1].text
    if right_before:
        return None
    return next((name.text for name in names_in(text) if name.person), None)


def _with_asked_thing(rest: str, frame: re.Match[str]) -> str:
    """`rest` of a question after its question words, with the thing they asked about put at its
    end: "When?" after "What plant will Nordvik close?" asks "When will Nordvik close the
    plant?", after "How many jobs will Nordvik cut?" "Where will Nordvik cut jobs?"."""
    thing = f"the {frame['which']}" if frame["which"] else frame["counted"]
    if not thing:
        return rest
    return f"{rest.rstrip().rstrip('?').rstrip()} {thing}?"


def _with_phrase(question: str, preposition: str, phrase: str) -> str:
    """`question` with its last phrase of `preposition` ("on Monday", "in North Korea") replaced
    by `phrase`, or with `phrase` added before its question mark."""
    same = list(
        re.finditer(
            rf"\b{preposition}\s+(?:the\s+)?(?:[A-Z0-9][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|[\w’'-]+)",
            question,
            re.IGNORECASE,
        )
    )
    if same:
        last = same[-1]
        return question[: last.start()] + phrase + question[last.end() :]
    body = question.rstrip().rstrip("?")
    return f"{body} {phrase}?"


def _counted_noun(phrase: str) -> str:
    """The words of `phrase` up to its first noun, what "how many" counts: "trips" of "trips
    abroad" (a follow-up on trips to China need not be abroad), "nuclear weapons" whole."""
    words = phrase.split()
    end = next(
        (i for i, w in enumerate(words) if "NOUN" in getAllLemmas(w.lower())), len(words) - 1
    )
    return " ".join(words[: end + 1])


def _described(name: str, question: str) -> str:
    """The thing `question` names with `name` before a noun, which "it" stands for: "the
    Algarve wildfire" of "How many died in the Algarve wildfire?" ("When did it break out?"),
    not the Algarve. A word that may be a verb ("Russia say") is such a noun only after "the",
    as is one lemminflect does not know ("the Vostochny cosmodrome")."""
    found = re.search(rf"\b(the\s+)?{re.escape(name)}\s+([a-z]+)\b", question)
    if not found or found[2] in STOPWORDS:
        return name
    lemmas = getAllLemmas(found[2])
    noun = "NOUN" in lemmas or (found[1] and not lemmas)  # rare words are mostly nouns
    if noun and (found[1] or "VERB" not in lemmas):
        return f"the {name} {found[2]}"
    return name


def _replace_first(pronoun: re.Pattern[str], name: str, text: str) -> str:
    return pronoun.sub(lambda m: _possessive(name, m.group(1), text[m.end() :]), text, count=1)


def person_in(text: str, name: str) -> bool:
    return name.lower() in text.lower()


def _possessive(name: str, pronoun: str, after: str) -> str:
    """`name` in the pronoun's case: "her office" is "Varga's office", but "Who replaced her?"
    and "Did Berg tell her about it?" ask of Varga herself, as no noun follows "her"."""
    owns = pronoun.lower() in {"his", "hers", "their", "its"}
    if pronoun.lower() == "her":
        following = _NEXT_WORD.match(after)
        owns = bool(following) and following[1].lower() not in STOPWORDS
    return f"{name}'s" if owns else name


_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")
