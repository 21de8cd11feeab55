"""Role questions: who holds a role of a named, described or implied body.

"Who is the Kremlin spokesman?" is answered wherever the articles name someone beside the role
("Kremlin spokesman Dmitry Peskov"), "Who heads the CPA?" also where they say who does ("Tomas
Aldric, who heads the CPA"). Like the questions of `rag.forms`, such a question shares little with
its answer beyond the role, so its form makes the decision instead of the calibrated refusal,
and one whose holder no evidence sentence names gets no answer from here. What sets them apart
is the role's owner, which news writes in many ways: in full, by its initialism, by a short name
or the word for its kind ("the NSI", "Kestrel", "the institute"), or not at all once the article
has named it. The age questions of `rag.forms` ("How old is the mayor of Port Elsmere?") find
the holder here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rag.evidence import HOLDER_CHAIN, sentences_before
from rag.initialisms import initialism_of
from rag.lexical import AUXILIARY, STOPWORDS, terms
from rag.measures import MONTH_NAMES, WEEKDAYS, rated_near_best
from rag.places import countries
from rag.questions import bare
from rag.roles import (
    ANY_HEAD,
    BODY_KIND,
    CHAIRS,
    HEADS,
    HONORIFIC,
    HONORIFIC_BEFORE,
    HONORIFICS,
    NAME,
    NAME_RUN,
    NAME_WORD,
    TITLES,
    any_of,
    held_as,
    holder_pattern,
    role_pattern,
    spelt_alike,
    unowned_holder_pattern,
)
from rag.types import Evidence, Hit, openings

_TITLE_WORD = re.compile(
    rf"(?i:\b(?:{'|'.join(sorted({*TITLES, *HEADS, *CHAIRS}, key=len, reverse=True))}|"
    r"auditor|officer|spokesperson|inspector|coach|captain|commander|ambassador|editor)"
    r"(?:-general)?\b)"
)
# "Who is the Kremlin spokesman?", "Who is the president of Russia?", "Who is the leader of
# the town council?", "Who is Russia's president?", "Who is the regulator's chief medical
# officer?", "Who is the chief inspector at the rail accident investigation board?": the
# question is only a role, perhaps of a named or described country or body, which may stand
# before it ("the Veltra chief executive", group "named"). A title of a body may go without
# its article: "Who is president of the Fruitgrowers' Association?" (not "Who is in charge
# of ...?", nor "Who was elected president of ...?", which asks who was elected).
_ROLE_QUESTION = re.compile(
    r"^who\s+(?:is|was|are|were)\s+"
    rf"(?:(?:the|a|an)\s+|(?={_TITLE_WORD.pattern}\s+(?:of|at)\s))"
    r"(?:(?P<kind>(?-i:[a-z]+(?:\s+[a-z]+){0,3}))['’]s\s+)?"
    r"(?:(?P<named>(?-i:[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w’'-]*)*))"
    r"\s+(?=(?-i:[a-z]))(?!(?:of|at)\b))?"
    r"(?P<role>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)"
    r"(?:\s+(?:of|at)\s+(?:the\s+)?(?P<owner>"
    r"(?-i:[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w’'-]*)*)"
    r"|(?<=the\s)[\w’'-]+(?:\s+[\w’'-]+){0,3}))?$",
    re.IGNORECASE,
)
# "Who is the auditor-general who published the report?" asks for the auditor-general: what
# the holder did only tells the role apart, and news names a holder beside the role, not the deed.
# Only for a title: "Who is the man who found the bomb?" is told apart by the deed alone.
_WHO_DID = re.compile(r"(?<=\w)\s+who\s+\w.*$", re.IGNORECASE)
_OWNED_ROLE_QUESTION = re.compile(
    r"^(?i:who\s+(?:is|was|are|were))\s+(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:’s|'s|’|')"
    r"\s+(?P<role>(?i:[\w -]+))$"
)


def role_holder(
    question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()
) -> Evidence | None:
    """For a question that asks who holds a role ("Who is the Kremlin spokesman?"), the best-rated
    evidence sentence that names someone beside the role: "Kremlin spokesman Dmitry Peskov",
    "Dmitry Peskov, the Kremlin spokesman". A sentence that only mentions the role ("Rossiya 1
    showed a train carrying the North Korean leader") names nobody. The role of a named country
    or body is mentioned in any of the ways news writes it (`Holder`), which the retrieved
    passages `hits` help to read. None for other questions, or when no evidence sentence names
    the holder.
    """
    holder = holder_of(question, [h.text for h in hits])
    if not holder:
        return None
    found = _named_holder(holder, evidence, hits)
    if found is None and holder.owner and holder.owner.described:
        # "the teachers' union" describes a body the articles may name otherwise: in an article
        # that speaks of a union, a holder named with no other owner ("the federation's general
        # secretary") answers, not one of another named body ("general secretary of the Royal
        # College of Nursing") unless the article's title names it.
        kind = re.compile(rf"(?i:\b{re.escape(holder.owner.proper[0].split()[-1])}\b)")
        about = {h.doc_id for h in hits if kind.search(f"{h.title} {h.text}")}
        in_about = [e for e in evidence if e.doc_id in about]
        found = _named_holder(holder_of(question, [], owned=False), in_about, hits)
        found = found or _of_titled(question, in_about, hits)
    if found is None and (of_kind := _role_of_kind(question)):
        found = _named_holder(holder_of(of_kind, [h.text for h in hits]), evidence, hits)
    if found and (
        _done_by_another(question, holder, found, evidence)
        or _of_another_country(question, found.sentence)
    ):
        return None
    return found


def _of_another_country(question: str, sentence: str) -> bool:
    """Whether `sentence` names the body a question asks of with its country's possessive
    ("Angola's National Demining Institute") as another country's: "director of Mozambique's
    National Demining Institute"."""
    asked = _COUNTRY_OWNED.search(question)
    if not asked or not (country := countries(asked[1]).keys()):
        return False
    body = re.escape(asked[2])
    return any(
        (other := countries(found[1]).keys()) and other != country
        for found in re.finditer(rf"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s)?\s+{body}", sentence)
    )


# A body owned by a country's name: "Angola's National Demining Institute" (groups the country
# and the body).
_COUNTRY_OWNED = re.compile(
    r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


def _done_by_another(
    question: str, holder: Holder, found: Evidence, evidence: list[Evidence]
) -> bool:
    """Whether the best-rated evidence sentence names someone other than whom `found` names
    beside the role as doing the deed by which the question tells the holder apart: "Which
    leader pledged to expand ties with North Korea?" is not answered by "North Korean leader
    Kim Jong Un" where "Mr Putin pledged last week to expand bilateral ties"."""
    best = max(evidence, key=lambda e: e.relevance)
    if best is found:
        return False
    holders = {w.lower() for w in NAME_WORD.findall(holder.span(found.sentence))}
    return any(
        not {w.lower() for w in NAME_WORD.findall(doer)} & holders
        for doer in _doers(question, best.sentence)
    )


# A name in a title: "Ballycarra", "River Aunagh".
_TITLE_NAME = re.compile(NAME)


def _of_titled(question: str, evidence: list[Evidence], hits: Sequence[Hit]) -> Evidence | None:
    """For a role of a described body ("Who is the town's mayor?"), the best-rated evidence
    sentence naming the holder of that role of a body its article's title names: "Siobhan
    Keane, the mayor of the Ballycarra municipal district" under "Hundreds evacuated as River
    Aunagh bursts its banks in Ballycarra"."""
    asked = _ROLE_QUESTION.match(bare(question))
    if not asked:
        return None
    texts = [h.text for h in hits]
    titles = {h.doc_id: h.title for h in hits}
    found = [
        e
        for e in evidence
        for name in _TITLE_NAME.findall(titles.get(e.doc_id, ""))
        if _named_holder(holder_of(f"Who is the {asked['role']} of {name}?", texts), [e], hits)
    ]
    return max(found, key=lambda e: e.relevance) if found else None


def _role_of_kind(question: str) -> str | None:
    """ "Who is the council leader?" asked as "Who is the leader of the council?", which "Graham
    Petts, 53, leader of Elverton City Council" answers; None for a question of another form or
    a role that heads no body ("Who is the defence minister?")."""
    asked = _ROLE_QUESTION.match(bare(question))
    owned = asked and (asked["owner"] or asked["kind"] or asked["named"])
    words = asked["role"].split() if asked and not owned else []
    if not all(w.islower() for w in words):
        return None
    split = next((k for k in range(1, len(words)) if " ".join(words[k:]) in HEADS + CHAIRS), None)
    if split is None:
        return None
    return f"Who is the {' '.join(words[split:])} of the {' '.join(words[:split])}?"


def _named_holder(
    holder: Holder | None, evidence: list[Evidence], hits: Sequence[Hit]
) -> Evidence | None:
    """The best-rated evidence sentence that names the holder, read with the sentence before it
    and its article's title and opening."""
    if holder is None:
        return None
    before = sentences_before(list(hits), HOLDER_CHAIN)
    title = {h.doc_id: h.title for h in hits}
    opening = openings(hits)
    named = [
        e
        for e in evidence
        if holder.names(
            e.sentence,
            before.get((e.doc_id, e.start), ""),
            title.get(e.doc_id, ""),
            opening.get(e.doc_id, ""),
        )
    ]
    return max(named, key=lambda e: e.relevance) if named else None


def naming_holder(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For "Who is the director of the National Seismology Institute?", whether a sentence
    (after the one before it) names someone beside the role ("Dr Helena Brasch, the 58-year-old
    director of the NSI"), which evidence selection takes whatever its retrieval score; None for
    other questions. A role without its owner ("Governor Helena Marisch") is taken when the
    title or opening of the sentence's article names the owner, as `role_holder` reads it:
    another company's "Chief executive Jonas Vereecken said" is not wanted."""
    holder = holder_of(question, [h.text for h in hits])
    return naming(holder, hits) if holder else None


def naming(holder: Holder, hits: Sequence[Hit]) -> Callable[[str, str], bool]:
    """Whether a retrieved sentence (after the one before it) names `holder`, read in its own
    article's title and opening, and after the sentences its references are resolved in
    (`sentences_before`): "Its chief executive, Dana Whitaker, ..." after "It has also said
    ..." after "Harlan Foods, which was founded in 1931, ..."."""
    opening = openings(hits)
    before = sentences_before(list(hits), HOLDER_CHAIN)
    article = {s.text: (h.title, opening.get(h.doc_id, "")) for h in hits for s in h.sentences}
    chain = {s.text: before.get((h.doc_id, s.start), "") for h in hits for s in h.sentences}
    return lambda sentence, previous: holder.names(
        sentence, chain.get(sentence) or previous, *article.get(sentence, ("", ""))
    )


def unheld(question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()) -> bool:
    """Whether a question asks who holds the role of a named body ("Who is the chief executive
    of Halvorsen Pharma?") that the articles do not answer: no evidence sentence names the
    holder (`role_holder`), and the best-rated one does not even name the body, with the
    sentence before it. The closest sentence then names someone else's chief executive.

    A role that heads the body (chief executive, chair, "Who runs X?") is unheld whenever no
    evidence sentence names someone by a title that heads it: news names a head beside the
    title, and a sentence that only names the body ("Rival car maker Corvane Automotive
    announced ...") answers no "Who is the chief executive of Corvane Automotive?". So is any
    other title (a spokesman, a coach, a chief technology officer) unless a sentence near the
    best names its holder by the title's verb ("coached by her mother, Elena Ruiz"). Roles that
    are no titles may be held in words no pattern knows ("Who was Robert's son?" of "his son
    Richard"). A role of no named body ("Which judge will hear the appeal?") is unheld where no
    evidence sentence rated near the best even mentions it, unless the best names someone
    doing what the question says its holder did ("Mr Putin pledged ..." for "Which leader
    pledged ...?")."""
    holder = holder_of(question, [h.text for h in hits])
    if not holder or not evidence or role_holder(question, evidence, hits):
        return False
    if not holder.owner:
        # Whoever the best sentence names doing what the question says the holder did holds
        # it: "Mr Putin pledged ..." for "Which leader pledged ...?".
        if _doers(question, max(evidence, key=lambda e: e.relevance).sentence):
            return False
        # "Which judge will hear the appeal?" over sentences on the case that mention no judge
        # (a word that opens with the role's counts: "under the leadership of" a leader).
        role_words = {w for role in holder.roles for w in terms(role)}
        mentions = re.compile(rf"(?i:\b(?:{'|'.join(map(re.escape, role_words))}))")
        near = rated_near_best(evidence)
        return bool(role_words) and not any(mentions.search(e.sentence) for e in near)
    if _FOUNDER_QUESTION.match(bare(question)):
        return True  # no sentence says who founded it
    if holder.heads:
        # Named by any title that heads it ("chairman Tom Hale", "its boss, Mia Lund", "who
        # chairs the LPC"), the body has a holder the question's title may have missed.
        in_charge = f"Who is in charge of {holder.owner.proper[0]}?"
        return role_holder(in_charge, evidence, hits) is None
    if any(_TITLE_WORD.search(role) for role in holder.roles):
        # News names a title's holder beside it ("chief technology officer Ana Lee"), or by
        # the title's verb ("She is coached by her mother, Elena Ruiz").
        return not any(_held_by(holder.roles, e.sentence) for e in rated_near_best(evidence))
    best = max(evidence, key=lambda e: e.relevance)
    previous = sentences_before(list(hits)).get((best.doc_id, best.start), "")
    return not holder.owner.named_in(f"{previous} {best.sentence}")


def _held_by(roles: Sequence[str], sentence: str) -> bool:
    """Whether `sentence` names whom a role's verb says holds it: "coached by her mother, Elena
    Ruiz" (a coach), "edited by Tom Hale" (an editor)."""
    nouns = {role.split()[-1].lower() for role in roles}
    verbs = nouns | {verb for noun in nouns for verb in _VERB_OF_ROLE.findall(noun)}
    return bool(
        re.search(
            rf"\b(?i:{'|'.join(map(re.escape, verbs))})e?d\s+by\s+(?:[a-z]+,?\s+){{0,3}}?"
            rf"{HONORIFIC}[A-Z]",
            sentence,
        )
    )


# The verb of a role that names its doer: "edit" of "editor", "manag" of "manager".
_VERB_OF_ROLE = re.compile(r"^(\w+?)(?:er|or)$")


def _doers(question: str, sentence: str) -> list[str]:
    """Whom `sentence` names right before the main verb of the question's `deed` ("Mr Putin" of
    "On Tuesday Mr Putin pledged last week ..."; "will hear" is heard by its verb "hear"); none
    when the question tells no holder apart by a deed."""
    words = deed(question).split()
    while words and re.fullmatch(rf"{AUXILIARY}|be|been", words[0], re.IGNORECASE):
        words = words[1:]
    if not words:
        return []
    verb = rf"(?:(?:{AUXILIARY}|be|been)\s+)*{re.escape(words[0])}\b"
    return [
        name
        for found in re.finditer(rf"({_PERSON})\s+{verb}", sentence)
        if (name := _without_opening(found[1]))
    ]


def _without_opening(run: str) -> str:
    """A run of capitalised words without the words that open a sentence before a name ("On
    Tuesday Mr Putin" is "Mr Putin", "But Anna Berg" is "Anna Berg"); "" when no person is left."""
    words = run.split()
    while words and (words[0].lower() in STOPWORDS or words[0] in OPENERS):
        words = words[1:]
    return " ".join(words) if len(words) > 1 else ""


# A person by an honorific and a name ("Mr Putin") or by two names or more ("Anita Rahman").
_PERSON = rf"(?:{HONORIFIC_BEFORE}[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)"


def singular(noun: str) -> str:
    """ "festival" of "festivals", "company" of "companies", "business" of "businesses"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if re.search(r"(?:ss|x|ch|sh)es$", noun):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


# The verbs of "Who founded Crestline Partners?", "Who set up the charity?".
_FOUNDING = ("founded", "co-founded", "set up")
_FOUNDING_VERB = r"(?:co-)?founded|set\s+up"
_FOUNDER_QUESTION = re.compile(rf"^who\s+(?:{_FOUNDING_VERB})\b", re.IGNORECASE)
# The word for a body after a name that is not all of the body's ("Brighthaven council").
_BODY_WORD = (
    r"(?:council|government|party|union|club|team|company|group|board|committee|authority|"
    r"agency|commission|police|army|bank|university|hospital|museum|court|trust|charity|firm|"
    r"school|federation|association|institute|foundation|department|ministry|band|orchestra|"
    r"choir)\b"
)
# A described owner that ends in the word for a body: "the hospital trust".
_BODY_AT_END = re.compile(rf"(?i:\b{_BODY_WORD})$")


def _named_body(described: str, texts: Sequence[str]) -> bool:
    """Whether `described` ends in a word for a body that `texts` name with it, capitalised
    ("Westmoor and Calder Hospitals NHS Trust" for "the hospital trust"; no "search party")."""
    body = _BODY_AT_END.search(described)
    if not body:
        return False
    word = body[0].capitalize()
    return any(re.search(rf"\b[A-Z][\w’'-]*\s+{word}\b", text) for text in texts)


# "the union president", "the club captain": a role of the kind of body the word before it
# names, as "the union's president" is.
_BODY_THEN_ROLE = re.compile(rf"^(?P<kind>{_BODY_WORD})\s+(?P<role>\S.*)$", re.IGNORECASE)
# "Who directed Siku?" asks for its director as "Who directs Siku?" does ("The film's director,
# Naomi Kilabuk"), whom the articles name by the role, now or then; not "ran", which a race is
# too.
_PRESENT = {
    "chaired": "chairs", "headed": "heads", "led": "leads", "directed": "directs",
    "conducted": "conducts", "coached": "coaches", "captained": "captains", "managed": "manages",
    "edited": "edits",
}  # fmt: skip
# "Who chairs the Aviation Competition Authority?", "Who heads the Civil Protection Agency in
# Marenza?", "Who is in charge of the Eldmark Air Safety Agency?", "Who leads Brighthaven
# council?": the question asks for a role by what its holder does.
_DOER_QUESTION = re.compile(
    r"^(?i:who(?:\s+|['’]s\s+)(?:(?:is|was)\s+)?(?:now\s+|currently\s+)?"
    rf"(?P<verb>chairs|heads|leads|runs|directs|conducts|coaches|captains|manages|edits|"
    rf"{'|'.join(_PRESENT)}|"
    rf"in\s+charge\s+of|{_FOUNDING_VERB}))\s+"
    r"(?:the\s+)?(?P<owner>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w’'-]*)*"
    rf"(?:\s+(?:[a-z]+\s+)?{_BODY_WORD})?"
    r"|(?<=the\s)[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3})"
    r"(?:\s+(?i:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?$"
)
# The roles of whoever does so: "Who chairs the ACA?" is answered by "Ingrid Salomaa, the chair
# of the ACA".
_ROLES_OF = {
    "chairs": CHAIRS,
    "heads": HEADS + CHAIRS,
    "leads": HEADS,
    "runs": HEADS,
    "directs": ("director", "director-general", "director general", "managing director"),
    "conducts": ("conductor", "musical director", "music director", "bandmaster"),
    "coaches": ("coach", "head coach", "manager"),
    "captains": ("captain", "skipper"),
    "manages": ("manager", "managing director"),
    "edits": ("editor",),
    "in charge of": HEADS + CHAIRS + ANY_HEAD,
    **dict.fromkeys(_FOUNDING, ("founder", "co-founder")),
}
# What whoever heads a body does; a conductor, a coach or an editor does something else.
_HEADING = ("chairs", "heads", "leads", "runs", "directs", "in charge of")
# "Who founded Crestline Partners?": whoever the articles say founded it ("founded by Mia
# Lund", "Mia Lund, who founded Crestline", "its founder, Mia Lund"), as no title of a head
# says.
_FOUNDED_BY = r"(?:(?:co-)?founded|set\s+up|started|established)"
# "the new prime minister", "the outgoing governor": whoever holds the role now, whom news names
# by the role alone ("Prime Minister Ilze Ozola").
_NOW_HOLDING = re.compile(r"^(?:new|current|outgoing|incumbent|sitting|present)\s+(?=\w)", re.I)
# "Who was the head of state at the time?": whoever held it then, as the articles tell.
_WHEN_HELD = re.compile(r"\s+(?:at\s+the\s+time|then|now|currently|at\s+present)$", re.I)
# A body "led by" someone: "The LCP, led by Annika Wahlberg, ..." names its leader.
_LED_BY = r"(?:led|headed|chaired|run|directed)"
# Whom a body is led by may be described first: "chaired by the economist Professor Nadia Greaves"
# (but "led by the government of Marenland" names no person).
_DESCRIPTOR = r"(?:(?:the|a|an)\s+(?:(?!of\b)[a-z][\w-]*\s+){1,3})?"


@dataclass(frozen=True)
class _Owner:
    """The ways news names the owner of a role after its first mention: "the National
    Seismology Institute" is also "the NSI" where the passages give it that initialism
    (`rag.initialisms`), "Kestrel Therapeutics" also "Kestrel" where they call it that, and
    either may be "the institute" or "the company", a word any such body shares (`kind`)."""

    proper: tuple[str, ...]  # in full, and by its initialism
    kind: str | None = None  # "commission" of "the Care Standards Commission"
    short: str | None = None  # "Kestrel", written as a name
    # Kinds the articles give other bodies: "regulator" of "Delmara's telecoms regulator, the
    # Office of Communications Oversight", whose chief executive is not Orbitlink's.
    others: frozenset[str] = frozenset()
    # The kinds the articles introduce it as: "festival" of "The Fernhill Weekender, one of
    # the largest music festivals, ...", which they go on to call "the festival".
    introduced: frozenset[str] = frozenset()

    @classmethod
    def of(cls, owner: str, texts: Sequence[str]) -> _Owner:
        initialism = initialism_of(owner, texts)
        proper = (owner, initialism) if initialism else (owner,)
        introduced = introduced_kinds(owner, texts)
        words = owner.split()
        if len(words) < 2:
            others = _kinds_of_others(proper, texts)
            return cls(proper, others=others, introduced=introduced - others)
        head = words[: words.index("of")] if "of" in words[1:] else words
        short = words[0] if _called_by_first_word(words, texts) else None
        proper_or_short = (*proper, short) if short else proper
        others = _kinds_of_others(proper_or_short, texts)
        # A country is no kind of body: "South Korean President Yoon" is not North Korea's.
        kind = None if is_country(owner) else head[-1].lower()
        return cls(proper, kind, short, others, introduced - others)

    def owns_kind(self, text: str) -> bool:
        """Whether a role "the regulator's" in `text` may be the owner's: not of a kind the
        articles give another body."""
        possessor = _KIND_POSSESSIVE.search(text)
        return not possessor or possessor[1].lower() not in self.others

    def names(self) -> list[str]:
        return [*self.proper, *filter(None, [self.kind, self.short]), *sorted(self.introduced)]

    @property
    def described(self) -> bool:
        """Whether the question describes the body ("the teachers' union") rather than names
        it, so the articles may call it something else."""
        return self.proper[0][:1].islower()

    def named_in(self, text: str) -> bool:
        """Whether `text` names the owner as its own: in full ("Valdorian" too, as "Russian
        president" is Russia's), by initialism or short name."""
        return bool(
            re.search(rf"(?i:\b{any_of(self.proper)}\w*)", text)
            or (self.short and re.search(rf"\b{re.escape(self.short)}\b", text))
        )

    def opens(self, sentence: str) -> bool:
        """Whether `sentence` opens by saying what the owner is: "Telenet was the first ...",
        to which an "It" in the sentence after refers (not "Acme announced a deal with ...",
        after which "It" may be the deal)."""
        return bool(
            re.match(
                rf"(?:(?i:the)\s+)?(?i:{any_of(self.proper)})\s+(?:is|was|are|were|has|had)\b",
                sentence.strip(),
            )
        )

    def mentioned_in(self, text: str) -> bool:
        """Whether `text` names the owner, or mentions "the bank" of its kind, or calls it by a
        kind the articles introduce it as ("the village" after "The Tyrolean ski village of
        Hochfeld", "the airline" after "Skyrona Regional, a Portuguese regional airline")."""
        kind = self.kind and re.search(rf"(?i:\b{re.escape(self.kind)}\b)", text)
        return bool(kind or self.named_in(text) or called_as(self.introduced, text))


def introduced_kinds(name: str, texts: Sequence[str]) -> frozenset[str]:
    """The kinds of thing `texts` introduce `name` as, in the singular: "airline" of "Skyrona
    Regional, a Portuguese regional airline, ...", "festival" of "The Fernhill Weekender, one
    of the largest independent music festivals in the south-west", "turbine" of "The 74-metre
    turbine, known as Merrow", "village" of "The Tyrolean ski village of Hochfeld"; and the kind
    the sentence after one opening with it calls it by ("Its owner, Tressa Tin Resources, said
    ... The company expects ..."), and a company's by the word its registered name ends with
    ("Adomi Cocoa Industries"), and what a sentence opening with it says it is ("Siku, the
    Inuktitut word for sea ice, is a 23-minute film"). Not a kind they introduce another body as
    too ("Helvion, a rival company, ..."): "the company" could be either.

    Read once per name and article: the rule on numbers of something else asks it for each
    evidence sentence of the article, both whether its title names the name by its kind and
    whether the sentence calls it by one (`rag.attributes`)."""
    return _introduced_kinds(name, tuple(texts))


def called_by_kind(name: str, text: str, article: Sequence[str]) -> bool:
    """Whether `text` calls `name` by the kind of thing its `article` says it is: "the airline"
    where the article introduces "Skyrona Regional, a Portuguese regional airline, ..."
    (`introduced_kinds`), or by the words its full name ends with ("the trust" of "the Halvorsen
    Ocean Trust", "the ballroom" of "the Pavilion Ballroom"; "a colliery band", as a lead
    describes "Haverleigh Colliery Band" before naming it). A place is thus mentioned by what is
    named after it too: "the course" for Kestlemoor, of "Kestlemoor Golf Course"."""
    return called_as(introduced_kinds(name, article), text) or any(
        re.search(
            rf"\b(?:[Tt]he{'|[Aa]n?' if ' ' in head else ''})\s+(?i:{re.escape(head)})\b", text
        )
        for head in _heads_of(name, article)
    )


def _heads_of(name: str, article: Sequence[str]) -> set[str]:
    """The words that end the names `article` gives with `name` in them, as nouns: "trust" of
    "the Halvorsen Ocean Trust", which the article goes on to call "the trust", and "colliery
    band" and "band" of "Haverleigh Colliery Band", the kind of site written after it in lower
    case ("lake" of "Kok-Tash lake", `_NAMED_SITE`) and the kind written before "of" it ("gulf"
    of "the Gulf of Gabès", `_KIND_OF_NAME`); not words that the article also ends or opens
    another name with ("band" beside "Ravensworth Silver Band", "bank" of "Brannoch Valley
    Bank" beside "Eastmoor Bank"). Words of several are specific enough to be read after "a"
    too (`called_by_kind`)."""
    heads: set[str] = set()
    others: set[str] = set()
    runs = {
        _POSSESSIVE_END.sub("", run) for passage in article for run in NAME_RUN.findall(passage)
    }
    for run in runs:
        named = run.lower().split()
        if name.lower() in named[:-1]:
            if re.fullmatch(r"[A-Z][a-z]+", run.split()[-1]):
                after = named.index(name.lower()) + 1
                heads |= {" ".join(named[i:]) for i in range(after, len(named))}
        elif name.lower() != named[-1]:
            others |= {" ".join(named[i:]) for i in range(1, len(named))}
    for passage in article:
        for found in _NAMED_SITE.finditer(passage):
            if _OPENS_SENTENCE.search(passage, 0, found.start()):
                continue  # "Glacial lake outburst floods ...", capitalised as it opens
            owned = name.lower() in re.findall(r"[\w’']+", found["name"].lower())
            (heads if owned else others).add(found["kind"].lower())
        for found in _KIND_OF_NAME.finditer(passage):
            owned = name.lower() in re.findall(r"[\w’']+", found["name"].lower())
            (heads if owned else others).add(found["kind"].lower())
    return heads - others


# Where a text opens a sentence, whose first word is capitalised whatever it is.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"”’]?\s+)\W*$")
# A name followed by the kind of site it is, in lower case, which the article goes on to call
# it by: "Kok-Tash lake" ("the lake"), "the Mielec plant" ("the plant").
_NAMED_SITE = re.compile(
    r"\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Each|Every|No)\s)"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+"
    r"(?P<kind>lake|river|glacier|dam|reservoir|mine|factory|plant|port|airport|bridge|"
    r"stadium|hospital|prison|camp)\b"
)


# A kind of place written before the name it is of, which the article goes on to call it by:
# "the Gulf of Gabès" ("the gulf"), "the Province of Alberta" ("the province"); not a post or a
# body ("the Bank of England" is no "the bank" for England).
_KIND_OF_NAME = re.compile(
    r"\b(?P<kind>Gulf|Bay|Sea|Lake|Isle|Strait|Straits|Cape|Mount|Valley|Province|County|"
    r"District|Region)\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)


def kinds_in_name(name: str, article: Sequence[str]) -> frozenset[str]:
    """The kinds of place the words ending a fuller name of `name` in `article` say it is:
    "county" of "Kitui County" (or "In Kitui County", "Kitui County's"), which a title may call
    it by ("... in Kenyan county"). Only a place's: "Kitui Hospital" under "Kenyan hospital ..."
    may be one of many. Read once per name and article, as `introduced_kinds` is."""
    return _kinds_in_name(name, tuple(article))


@lru_cache(maxsize=64)
def _kinds_in_name(name: str, article: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_heads_of(name, article) & _PLACE_KINDS)


# The kinds of place a name may end with.
_PLACE_KINDS = frozenset(
    "county district province region state island city town village borough parish shire "
    "municipality".split()
)


def called_as(kinds: Iterable[str], text: str) -> bool:
    """Whether `text` calls something "the" one of `kinds`: "the airline", "the community's"."""
    return any(re.search(rf"(?i:\bthe\s+{re.escape(kind)}\b)", text) for kind in kinds)


@lru_cache(maxsize=64)
def _introduced_kinds(name: str, texts: tuple[str, ...]) -> frozenset[str]:
    own = re.compile(rf"(?i:\b{re.escape(name)})(?:\s+[A-Z][\w-]*)*,\s+{_INTRODUCING}")
    told = re.compile(
        rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))(?:The\s+)?(?i:{re.escape(name)}\b)"
        rf"(?:,[^,.;]{{1,80}},)?\s+{_IS_A}",
        re.MULTILINE,
    )
    named = re.compile(rf"(?i:\b{re.escape(name)}\b)")
    owner: set[str] = set()
    others: set[str] = set()
    for text in texts:
        for run in NAME_RUN.findall(text):
            words = _POSSESSIVE_END.sub("", run).split()  # "Adomi Cocoa Industries’ plant"
            if len(words) > 1 and words[-1] in CORPORATE:
                (owner if named.search(run) else others).update(("company", "firm"))
        for found in _SUBJECT_THEN_KIND.finditer(text):
            if named.search(found["name"]):
                owner.add(found["kind"].lower())
            elif _names_a_body(found["name"]) and found["name"].split()[0] not in HONORIFICS:
                others.add(found["kind"].lower())
        owner.update(found["kind"] for found in told.finditer(text))
        spans = []
        for found in own.finditer(text):
            owner.add(found["kind"] or singular(found["kinds"]))
            spans.append(found.span())
        for found in _INTRODUCED.finditer(text):
            kind = (
                found["kind"]
                or found["kind_before"]
                or found["kind_called"]
                or found["kind_of"]
                or singular(found["kinds"])
            )
            body = found["name"] or found["named"] or found["called"] or found["of_named"]
            if re.search(rf"(?i:\b{re.escape(name)}\b)", body):
                owner.add(kind)  # "a broadband company, Orbitlink"
            elif _names_a_body(body) and not any(
                start < found.end() and found.start() < end for start, end in spans
            ):
                others.add(kind)
    return frozenset(owner - others)


# The "'s" or "’" that makes a name a possessor: "Kitui County's", "Adomi Cocoa Industries’".
_POSSESSIVE_END = re.compile(r"['’]s?$")
# The words a company's registered name ends with, which news goes on to call "the company" or
# "the firm": "Adomi Cocoa Industries", "Derrylahan Energy DAC".
CORPORATE = frozenset(
    "Industries Ltd Limited PLC Inc Corporation Corp Holdings LLC GmbH DAC".split()
)
# A sentence that opens with a body's name (group "name"), and the word for its kind that opens
# the sentence after (group "kind"): "Its owner, Tressa Tin Resources, said ... in 2028. The
# company expects ..." calls Tressa Tin Resources "the company".
_SUBJECT_THEN_KIND = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))(?:(?:Its|Their|The)\s+[a-z]+(?:\s+[a-z]+)?,\s+)?"
    r"(?:The\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+(?:of\s+)?[A-Z][\w’'&-]*)*)"
    # As the subject: before a comma or a verb ("Nimbus said"), not "Under the plans, ...".
    r"(?=,|\s+(?:is|was|are|were|has|had|have|will|would|said|says|[a-z]+ed|[a-z]+s)\b)"
    # The rest of its sentence, within a line ("£2.5m" is no sentence's end), then the next.
    r"(?:[^.!?\n]|\.(?=\d))*[.!?][”\"’]?\s+"
    rf"The\s+(?P<kind>{BODY_KIND})\b",
    re.MULTILINE,
)


def _names_a_body(name: str) -> bool:
    """Whether capitalised words before a comma may name a body, not open a sentence ("On
    Monday, the company ...", "However, ...")."""
    return any(word.lower() not in STOPWORDS and word not in OPENERS for word in name.split())


# Capitalised words that open sentences before a comma.
OPENERS = {*WEEKDAYS, *MONTH_NAMES, "However", "Meanwhile", "Last", "Next", "Yesterday", "Today",
            "Earlier", "Later", "Instead", "Still", "Also", "Separately", "Overall"}  # fmt: skip
# What a sentence opening with a name says it is: "Siku, the Inuktitut word for sea ice, is a
# 23-minute film about three friends ...", which the article goes on to call "the film"; not a
# word for a role or a share ("is a member of", "was a hit with", "is a big part of").
_IS_A = (
    r"(?:is|was)\s+(?:a|an)\s+(?:(?!(?:for|at|of|with|in|to|from|on|by)\b)[\w-]+\s+){0,3}?"
    r"(?!(?:member|hit|part|success|lot|number|result|sign|way|bit|matter|chance|problem|victim|"
    r"fan|friend|favourite|must|record|first|reminder|symbol|source|target|rival)\b)"
    r"(?P<kind>[a-z]+)(?=\s*[,.;]|\s+(?:about|that|which|who|based|by|from|in|of|set|made|"
    r"for|with)\b)"
)
# What introduces a body as a kind of thing after its name: "a Portuguese regional airline",
# in group "kind"; "one of the largest music festivals in Devon", in group "kinds". The words
# before the kind describe it, never place it ("a spokeswoman for the festival").
_INTRODUCING = (
    r"(?:(?:a|an|the)\s+(?:(?!(?:for|at|of|with|in|to|from|on|by)\b)[\w-]+\s+){0,3}?"
    r"(?P<kind>[a-z]+)"
    r"|one\s+of\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?P<kinds>[a-z]+s))"
    r"(?=\s*[,.;]|\s+(?:that|which|who|based|behind|with|in|of|and)\b)"
)


@dataclass(frozen=True)
class Holder:
    """Where a sentence names the holder of the role a question asks about.

    `named` finds the role with its owner ("the commission's chief inspector", "NSI director
    Helena Brasch"), or the owner "led by" someone, or someone "who heads" it. Once an article
    has named the owner, news drops it ("Its chief executive, Samuel Reid", "Governor Helena
    Marisch said"): `unowned` finds such a role, which is the owner's when the sentence or the
    text before it (`sentences_before`) names the owner, or mentions its kind ("the bank", or
    "the village" the articles introduce it as) in an article whose opening names it, or when
    the article's title names it.
    """

    named: re.Pattern[str]
    unowned: re.Pattern[str] | None = None
    owner: _Owner | None = None
    heads: bool = False  # the role heads its owner ("chief executive", "chair", "who runs")
    roles: tuple[str, ...] = ()  # the role's names ("chief executive", "CEO")

    def span(self, sentence: str) -> str:
        """Where `sentence` names a holder beside the role, or ""."""
        found = self.named.search(sentence) or (self.unowned and self.unowned.search(sentence))
        return found[0] if found else ""

    def names(self, sentence: str, previous: str = "", title: str = "", opening: str = "") -> bool:
        """Whether `sentence` names the holder, after `previous`, in an article with `title`
        whose first passage is `opening`."""
        if self.named.search(sentence):
            return True
        # "It was founded by former ARPA director Larry Roberts" after "Telenet was the first
        # public data network": the sentence names the body it opens with by "it".
        referred = _OPENS_WITH_IT.match(sentence)
        if referred and self.owner and self.owner.opens(previous):
            if self.named.search(f"{self.owner.proper[0]} {sentence[referred.end() :]}"):
                return True
        unowned = self.unowned and self.owner and self.unowned.search(sentence)
        if not unowned or not self.owner.owns_kind(unowned[0]):
            return False
        near = f"{previous} {sentence}"
        return (
            self.owner.named_in(near)
            or (self.owner.mentioned_in(near) and self.owner.named_in(f"{title} {opening}"))
            or self.owner.named_in(title)
        )


# A sentence that opens by referring to the body the one before it names: "It was founded by".
_OPENS_WITH_IT = re.compile(r"(?:It|The\s+(?:company|firm|group|network|charity|club|party))\s+")


def is_country(name: str) -> bool:
    """Whether `name` is a country's, in one of its forms ("North Korea", not "North Korea's
    Munitions Industry Department")."""
    return any(name in forms for forms in countries(name).values())


def holder_of(question: str, texts: Sequence[str], owned: bool = True) -> Holder | None:
    """`_holder_of`, built once for a question over its passages: the choice of evidence, the
    refusal rules and the answer all ask for it, and building it scans every passage."""
    return _holder_of(question, tuple(texts), owned)


@lru_cache(maxsize=16)
def _holder_of(question: str, texts: tuple[str, ...], owned: bool) -> Holder | None:
    """Where a text names the holder of the role a question asks about, if it asks one; an
    owner named in full is also named by the initialism `texts` give it, and one the question
    writes in lower case by the name `texts` capitalise ("the rail accident investigation
    board" is the National Rail Accident Investigation Board). Not `owned`, a holder named
    with no owner, nor any other body's. A question asking who heads something is also
    answered where a text says so ("Tomas Aldric, who heads the CPA")."""
    question = _WHEN_HELD.sub("", _without_deed(bare(question)))
    asked = _ROLE_QUESTION.match(question) or _OWNED_ROLE_QUESTION.match(question)
    doing = None if asked else _DOER_QUESTION.match(question)
    if not asked and not doing:
        return None
    found = (asked or doing).groupdict()
    asked_role, named, kind = found.get("role"), found.get("named"), found.get("kind")
    if named and not countries(re.sub(r"['’]s$", "", named)):
        named = re.sub(r"['’]s$", "", named)  # "the Kremlin's spokesman": the Kremlin's
    if asked_role:
        asked_role = _NOW_HOLDING.sub("", asked_role)
    if asked_role and not (kind or named or found["owner"]):
        body_role = _BODY_THEN_ROLE.match(asked_role)
        if body_role and _TITLE_WORD.search(body_role["role"]):
            kind, asked_role = body_role["kind"], body_role["role"]
    of_a_country = bool(named and countries(named))
    if of_a_country:
        # "the Russian president" and "the US president" are matched as written, where the
        # owner would be "Russian" or "US" rather than Russia's or the United States'.
        asked_role, named = f"{named} {asked_role}", None
    named_owner = found["owner"] or kind or named
    # "Angola's National Demining Institute" is the National Demining Institute, which news
    # names without its country.
    of_country = _COUNTRY_OWNED.match(named_owner or "")
    if of_country and countries(of_country[1]):
        named_owner = named_owner[of_country.start(2) :]
    said = " ".join(doing["verb"].lower().split()) if doing else ""
    verb = _PRESENT.get(said, said)
    if named_owner and named_owner[:1].islower():
        capitalised = _capitalised(named_owner, texts)
        if doing and not capitalised and not _named_body(named_owner, texts):
            # "Who is in charge of the rescue operation?" names no body a title could head;
            # "the hospital trust" describes one, where the passages name a trust.
            return None
        named_owner = capitalised or named_owner
    owner = _Owner.of(named_owner, texts) if named_owner else None
    owners = owner.names() if owner else []
    if doing:
        roles = list(_ROLES_OF[verb])
    elif asked_role.lower() in ANY_HEAD:
        roles = list(_ROLES_OF["heads"])
    else:
        roles = spelt_alike(asked_role)
        if of_a_country or (owner and is_country(owner.proper[0])):
            roles += held_as(asked_role)
    if not owned:
        return Holder(unowned_holder_pattern(role_pattern(roles)))
    patterns = [holder_pattern(_role_pattern(roles, owners)).pattern]
    founding = verb in _FOUNDING
    heads = verb in _HEADING or any(role.lower() in HEADS + CHAIRS for role in roles)
    if owners and (heads or founding):
        # A founder may be described at length first ("founded in 2016 by former US Air
        # Force engineer Daniel Okafor").
        led_by = _FOUNDED_BY if founding else _LED_BY
        described = r"(?:[\w’'-]+\s+){0,6}?" if founding else _DESCRIPTOR
        patterns.append(
            rf"(?i:\b{any_of(owners)})(?:\s+\([A-Z&]+\))?,?\s+(?:which\s+is\s+|is\s+|was\s+)?"
            rf"(?:now\s+)?{led_by}\s+(?:in\s+\d{{4}}\s+)?by\s+{described}{HONORIFIC}"
            rf"(?P<led>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]+)*)"
        )
    if owners and founding:
        patterns.append(rf"\b[A-Z][\w’'-]+,?\s+{_FOUNDED_BY}\s+(?:the\s+)?(?i:{any_of(owners)})\b")
    if doing and owners:
        # Someone in charge may be said to head, lead, run, chair or direct it.
        tenses = [verb, *(past for past, present in _PRESENT.items() if present == verb)]
        does = any_of(list(_HEADING) if verb == "in charge of" else tenses)
        patterns.append(
            rf"\b[A-Z][\w’'-]+,\s+who\s+(?:is\s+|was\s+)?(?:now\s+)?{does}\s+(?:the\s+)?"
            rf"(?i:{any_of(owners)})\b"
        )
    named = re.compile("|".join(patterns))
    if not owner:
        return Holder(named, roles=tuple(roles))
    return Holder(named, unowned_holder_pattern(role_pattern(roles)), owner, heads, tuple(roles))


def _without_deed(question: str) -> str:
    """The question without what its role's holder did, when the role is a title
    (`_WHO_DID`); "Which judge handed down the ruling?" asks who the judge is, as "Who is the
    judge who handed down the ruling?" does."""
    question = _as_who_did(question)
    stripped = _WHO_DID.sub("", question)
    asked = stripped != question and _ROLE_QUESTION.match(stripped)
    return stripped if asked and _TITLE_WORD.search(asked["role"]) else question


def deed(question: str) -> str:
    """What the holder of a title did, by which a question tells them apart ("pledged last week
    to expand ties" of "Which leader pledged last week to expand ties?"), or "" when it does not
    (`_without_deed`)."""
    asked = bare(question)
    if _without_deed(asked) == asked:
        return ""
    return _WHO_DID.search(_as_who_did(asked))[0].split(maxsplit=1)[1]


def _as_who_did(question: str) -> str:
    """ "Which judge handed down the ruling?" as "Who is the judge who handed down the
    ruling?"; other questions as they are."""
    which = _WHICH_ROLE.match(question)
    words = which["words"].split() if which else []
    # The role is the words before the verb: "chief executive", "judge".
    titles = (" ".join(words[:n]) for n in (2, 1))
    role = next((title for title in titles if _TITLE_WORD.fullmatch(title)), None)
    rest = question[which.start("words") + len(role) :].strip() if which and role else ""
    # What the holder did, not more of the role ("What leader of the Swiss reformation ...?").
    return f"Who is the {role} who {rest}" if rest and not _PREPOSITION.match(rest) else question


_PREPOSITION = re.compile(r"(?:of|in|at|from|for|with|on|to|by)\b", re.IGNORECASE)
# "Which judge handed down ...?", "What chief executive said ...?": a role and what its holder
# did, in group "words" one or two words of which the role may be.
_WHICH_ROLE = re.compile(
    r"^(?i:which|what)\s+(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?=[a-z])"
)


def _kinds_of_others(names: Sequence[str], texts: Sequence[str]) -> frozenset[str]:
    """The lower-case words `texts` set beside a body other than the one `names` name, as its
    kind: "regulator" of "the telecoms regulator, the Office of Communications Oversight" and
    of "Ofcom, the country's regulator", not "company" of "the company, Orbitlink", nor a kind
    they give the owner too ("Skyrona, the airline" beside "Valoria Air, the rival airline")."""
    owner = re.compile(rf"\b{any_of(names)}\b")
    owners: set[str] = set()
    others: set[str] = set()
    for text in texts:
        for found in _APPOSITION.finditer(text):
            kind = (found["kind"] or found["kind_after"]).lower()
            (owners if owner.search(found["name"] or found["named"]) else others).add(kind)
    return frozenset(others - owners)


# A body's kind set off beside its name, after a definite word: "Delmara's telecoms regulator,
# the Office of Communications Oversight", "Ofcom, the country's telecoms regulator" (not "a
# rival company, Helvion", which says nothing of what "the company" is).
_BODY = r"[A-Z][\w’'&-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w’'&-]*){0,7}"
_APPOSITION = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?P<kind>[a-z]+),\s+"
    rf"(?:the\s+)?(?P<name>{_BODY})"
    rf"|(?<![\w’'&-])(?P<named>{_BODY}),\s+(?:the|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?"
    r"(?P<kind_after>[a-z]+)\b(?=[,.])"
)
# A body introduced by the kind of thing it is, after its name ("Helvion, a rival company,")
# or before it ("a rival company, Helvion"), in group "name" or "named".
_INTRODUCED = re.compile(
    rf"(?<![\w’'&-])(?P<name>{_BODY}),\s+{_INTRODUCING}"
    rf"|\b(?:[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?P<kind_before>[a-z]+),\s+(?P<named>{_BODY})"
    rf"|\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,2}}?(?P<kind_called>[a-z]+)"
    rf"(?:,\s+(?:known\s+as|named|called|dubbed|nicknamed)|\s+known\s+as)\s+(?:the\s+)?"
    rf"(?P<called>{_BODY})"
    # A place after its kind and "of": "The Tyrolean ski village of Hochfeld".
    rf"|\b(?:[Tt]he)\s+(?:[\w-]+\s+){{0,3}}?(?P<kind_of>{'|'.join(sorted(_PLACE_KINDS))})\s+of\s+"
    rf"(?P<of_named>{NAME})"
)
# The kind of body that possesses a role: "the regulator's" of "the regulator's chief executive".
_KIND_POSSESSIVE = re.compile(r"\bthe\s+([a-z]+)['’]s\s", re.IGNORECASE)


def _capitalised(described: str, texts: Sequence[str]) -> str | None:
    """The name `texts` give a body that a question writes in lower case: "National Rail
    Accident Investigation Board" for "rail accident investigation board"."""
    words = described.split()
    if len(words) < 2:
        return None
    spelt = r"\s+".join(re.escape(w[:1].upper()) + f"(?i:{re.escape(w[1:])})" for w in words)
    # News spells the name out where the question shortens its words: "telecoms regulator" for
    # the "Telecommunications Regulatory Authority", which may go on by one word, not into a
    # person's or a day's ("Regulator Henrik Sallow").
    shortened = r"\s+".join(
        re.escape(w[:1].upper())
        + f"(?i:{re.escape(w[1:_STEM])})"
        + ("[a-z]*" if len(w) >= _STEM else r"\b")
        for w in words
    )
    more = rf"(?:\s+(?!(?:{'|'.join(WEEKDAYS)})\b)[A-Z][a-z]+(?!\s+[A-Z]))?"
    for name in (spelt, shortened + more):
        found = (re.search(rf"{_NAME_WORDS}{{0,3}}{name}\b", text) for text in texts)
        match = next((m[0] for m in found if m), None)
        if match:
            return match
    return None


# The letters a word keeps when news writes it out in full: "telec" of "telecoms".
_STEM = 5


# A capitalised word of a body's name: not one that opens a sentence or a time ("The", "On
# Monday").
_NAME_WORDS = (
    r"(?:\b(?!(?:The|A|An|On|In|At|By|For|From|Yesterday|Today|Earlier|Later|Last|This|Next|"
    rf"{'|'.join(WEEKDAYS)})\b)[A-Z][\w’'-]*\s+)"
)


def _called_by_first_word(words: list[str], texts: Sequence[str]) -> bool:
    """Whether `texts` call a body of these words by its first one alone, and never write it in
    lower case: "Kestrel, which is based in Cambridge" for Kestrel Therapeutics (not "Central"
    for the Central Bank, nor "Heart" for the Heart Failure Alliance beside "heart failure")."""
    first = words[0]
    if not first[:1].isupper() or first.lower() in STOPWORDS:
        return False
    if any(re.search(rf"\b{re.escape(first.lower())}\b", text) for text in texts):
        return False
    alone = re.compile(rf"\b{re.escape(first)}\b(?!\s+{re.escape(words[1])})(?!\s+[A-Z])")
    return any(alone.search(text) for text in texts)


def _role_pattern(roles: list[str], owners: list[str]) -> str:
    """One of `roles`, of one of `owners` when given, as a pattern: "president" of "Russia"
    matches "president of Russia", "Russia's president" and "Russian president"; of "the
    commission", "the commission's chief inspector" and "chief inspector of the Care Standards
    Commission"; "chief executive" of "Kestrel", "Kestrel Orbital's co-founder and chief
    executive"."""
    words = role_pattern(roles)
    if not owners:
        return words
    of = any_of(owners)
    # Only for a body the passages never name: once they do, the name is matched.
    kinds = owners if all(owner[:1].islower() for owner in owners) else []
    # "leader of Elverton City Council" is a leader of "the council".
    of_named_kind = (
        rf"|{words}\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]*\s+){{1,3}}{any_of(kinds)}\b"
        if kinds
        else ""
    )
    return (
        rf"(?:{words}\s+of\s+(?:the\s+)?(?:[a-z]+(?:['’]s)?\s+)?{of}\b{of_named_kind}"
        rf"|{of}\w*{_REST_OF_NAME}(?:['’]s?)?\s+{_CO_ROLE}{words})"
    )


# The rest of a name the question shortens ("Kestrel" for "Kestrel Orbital's chief executive").
_REST_OF_NAME = (
    r"(?:\s+(?!(?i:deputy|vice|former|acting|assistant|ex|first)\b)(?-i:[A-Z])[\w’'-]*){0,2}"
)
# Another role the holder has beside it: "co-founder and chief executive".
_CO_ROLE = r"(?:[\w-]+\s+and\s+)?"
