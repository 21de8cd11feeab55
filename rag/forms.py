"""Questions whose form says which sentence answers them, whatever the refusal score.

"Who is Jo Chun Ryong?" is answered wherever the articles introduce him, "Who is the Kremlin
spokesman?" wherever they name someone beside the role, "What happened on Monday?" wherever they
mention Monday. Such questions share little with their answer beyond the name or date they ask
about, so the calibrated refusal would often turn them down; their form makes the decision
instead, and a question of the form whose name, role or date the evidence lacks gets no answer
from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from rag.evidence import DATE, sentences_before
from rag.initialisms import initialism_of
from rag.lexical import CALLED_QUESTION, STOPWORDS, WORD, terms
from rag.measures import states
from rag.questions import bare
from rag.roles import (
    ANY_HEAD,
    CHAIRS,
    HEADS,
    HONORIFIC,
    any_of,
    holder_pattern,
    spelt_alike,
    unowned_holder_pattern,
)
from rag.types import Evidence, Hit

# "Who is Jo Chun Ryong?", "What was Tymnet?", "Where is Vostochny?", "Tell me about Peskov":
# the question is only a name, and news places a place where it first names it ("the Vostochny
# cosmodrome, more than 1,500km to the north of Vladivostok").
_DEFINITION = re.compile(
    r"^(?i:(?:who|what|where)\s+(?:is|was|are|were)|tell\s+me\s+about|describe|"
    r"what\s+do\s+(?:we|you)\s+know\s+about)\s+(?:(?i:the)\s+)?"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|the)\s+)*[A-Z0-9][\w’'.-]*)*)$"
)
# "Where does Michael Madden work?", "Which think tank does Madden work for?", "What does
# Madden do?", "What is Madden's job?": what news says of a person where it introduces them
# ("Mr Michael Madden, a North Korea leadership expert at the Washington-based Stimson Centre").
_NAME = r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
_OCCUPATION = (
    re.compile(
        rf"^(?i:(?:where|who|(?:what|which)(?:\s+[\w-]+){{0,3}})\s+(?:does|did)\s+){_NAME}"
        r"\s+(?i:work(?:\s+(?:for|at|in))?|do\s+for\s+a\s+living)$"
    ),
    re.compile(rf"^(?i:what\s+does\s+){_NAME}\s+(?i:do)$"),  # not "What did Putin do?"
    re.compile(
        rf"^(?i:what\s+(?:is|was)\s+){_NAME}['’]s?\s+(?i:(?:current\s+)?(?:job|role|title|"
        r"position|occupation|profession|area\s+of\s+expertise|expertise|employer))$"
    ),
)
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "this", "that"}


def introduction(question: str, evidence: list[Evidence], share: float) -> Evidence | None:
    """For a question that asks who, what or where a name is, or asks about it ("Tell me about
    Madden", "Where does Madden work?"), the sentence that introduces it.

    News introduces a person or thing, with a role or description, where it first names it
    ("Munitions Industry Department director Jo Chun Ryong"), and later sentences mention the
    name in passing. So the answer is the earliest sentence of its document that names it in
    full, among those the ranker rates at least `share` of the best. None for other questions.
    """
    asked = bare(question)
    definition = next(
        (m for pattern in (_DEFINITION, *_OCCUPATION) if (m := pattern.match(asked))), None
    )
    if not definition or not evidence or definition["name"].lower() in _PRONOUNS:
        return None
    name = re.compile(_name_pattern(definition["name"]), re.IGNORECASE)
    near = share * max(e.relevance for e in evidence)
    naming = [e for e in evidence if name.search(e.sentence) and e.relevance >= near]
    if not naming:
        return None
    document = max(naming, key=lambda e: e.relevance).doc_id
    return min((e for e in naming if e.doc_id == document), key=lambda e: e.start)


# "Who is the Kremlin spokesman?", "Who is the president of Russia?", "Who is the leader of
# the town council?", "Who is Russia's president?", "Who is the regulator's chief medical
# officer?", "Who is the chief inspector at the rail accident investigation board?": the
# question is only a role, perhaps of a named or described country or body, which may stand
# before it ("the Veltra chief executive", group "named").
_ROLE_QUESTION = re.compile(
    r"^who\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?:(?P<kind>(?-i:[a-z]+))['’]s\s+)?"
    r"(?:(?P<named>(?-i:[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w’'-]*)*))"
    r"\s+(?=(?-i:[a-z])))?"
    r"(?P<role>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)"
    r"(?:\s+(?:of|at)\s+(?:the\s+)?(?P<owner>"
    r"(?-i:[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w’'-]*)*)"
    r"|(?<=the\s)[\w’'-]+(?:\s+[\w’'-]+){0,3}))?$",
    re.IGNORECASE,
)
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
    or body is mentioned in any of the ways news writes it (`_Holder`), which the retrieved
    passages `hits` help to read. None for other questions, or when no evidence sentence names
    the holder.
    """
    holder = _holder(question, [h.text for h in hits])
    if not holder:
        return None
    found = _named_holder(holder, evidence, hits)
    if found is None and holder.owner and holder.owner.described:
        # "the teachers' union" describes a body the articles may name otherwise: in an article
        # that speaks of a union, a holder named with no other owner ("the federation's general
        # secretary") answers, not one of another named body ("general secretary of the Royal
        # College of Nursing").
        kind = re.compile(rf"(?i:\b{re.escape(holder.owner.proper[0].split()[-1])}\b)")
        about = {h.doc_id for h in hits if kind.search(f"{h.title} {h.text}")}
        in_about = [e for e in evidence if e.doc_id in about]
        found = _named_holder(_holder(question, [], owned=False), in_about, hits)
    if found is None and (of_kind := _role_of_kind(question)):
        found = _named_holder(_holder(of_kind, [h.text for h in hits]), evidence, hits)
    return found


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
    holder: _Holder | None, evidence: list[Evidence], hits: Sequence[Hit]
) -> Evidence | None:
    """The best-rated evidence sentence that names the holder, read with the sentence before it
    and its article's title and opening."""
    if holder is None:
        return None
    before = sentences_before(list(hits))
    title = {h.doc_id: h.title for h in hits}
    opening = {h.doc_id: h.text for h in hits if h.start == 0}
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
    holder = _holder(question, [h.text for h in hits])
    return _naming(holder, hits) if holder else None


def _naming(holder: _Holder, hits: Sequence[Hit]) -> Callable[[str, str], bool]:
    """Whether a retrieved sentence (after the one before it) names `holder`, read in its own
    article's title and opening."""
    opening = {h.doc_id: h.text for h in hits if h.start == 0}
    article = {s.text: (h.title, opening.get(h.doc_id, "")) for h in hits for s in h.sentences}
    return lambda sentence, previous: holder.names(
        sentence, previous, *article.get(sentence, ("", ""))
    )


def unheld(question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()) -> bool:
    """Whether a question asks who holds the role of a named body ("Who is the chief executive
    of Halvorsen Pharma?") that the articles do not answer: no evidence sentence names the
    holder (`role_holder`), and the best-rated one does not even name the body, with the
    sentence before it. The closest sentence then names someone else's chief executive."""
    holder = _holder(question, [h.text for h in hits])
    if not holder or not holder.owner or not evidence or role_holder(question, evidence, hits):
        return False
    best = max(evidence, key=lambda e: e.relevance)
    previous = sentences_before(list(hits)).get((best.doc_id, best.start), "")
    return not holder.owner.named_in(f"{previous} {best.sentence}")


# "Who chairs the Aviation Competition Authority?", "Who heads the Civil Protection Agency in
# Marenza?": the question asks for a role by what its holder does.
_DOER_QUESTION = re.compile(
    r"^(?i:who\s+(?:now\s+|currently\s+)?(?P<verb>chairs|heads|leads|runs|directs))\s+"
    r"(?:the\s+)?(?P<owner>[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z][\w’'-]*)*)"
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
}
# A body "led by" someone: "The LCP, led by Annika Wahlberg, ..." names its leader.
_LED_BY = r"(?:led|headed|chaired|run|directed)"


@dataclass(frozen=True)
class _Owner:
    """The ways news names the owner of a role after its first mention: "the National
    Seismology Institute" is also "the NSI" where the passages give it that initialism
    (`rag.initialisms`), "Kestrel Therapeutics" also "Kestrel" where they call it that, and
    either may be "the institute" or "the company", a word any such body shares (`kind`)."""

    proper: tuple[str, ...]  # in full, and by its initialism
    kind: str | None = None  # "commission" of "the Care Standards Commission"
    short: str | None = None  # "Kestrel", written as a name

    @classmethod
    def of(cls, owner: str, texts: Sequence[str]) -> _Owner:
        initialism = initialism_of(owner, texts)
        proper = (owner, initialism) if initialism else (owner,)
        words = owner.split()
        if len(words) < 2:
            return cls(proper)
        head = words[: words.index("of")] if "of" in words[1:] else words
        short = words[0] if _called_by_first_word(words, texts) else None
        return cls(proper, head[-1].lower(), short)

    def names(self) -> list[str]:
        return [*self.proper, *filter(None, [self.kind, self.short])]

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

    def mentioned_in(self, text: str) -> bool:
        """Whether `text` names the owner, or mentions "the bank" of its kind."""
        kind = self.kind and re.search(rf"(?i:\b{re.escape(self.kind)}\b)", text)
        return bool(kind or self.named_in(text))


@dataclass(frozen=True)
class _Holder:
    """Where a sentence names the holder of the role a question asks about.

    `named` finds the role with its owner ("the commission's chief inspector", "NSI director
    Helena Brasch"), or the owner "led by" someone, or someone "who heads" it. Once an article
    has named the owner, news drops it ("Its chief executive, Samuel Reid", "Governor Helena
    Marisch said"): `unowned` finds such a role, which is the owner's when the sentence or the
    one before it names the owner, or mentions its kind ("the bank") in an article whose
    opening names it, or when the article's title names it.
    """

    named: re.Pattern[str]
    unowned: re.Pattern[str] | None = None
    owner: _Owner | None = None

    def span(self, sentence: str) -> str:
        """Where `sentence` names a holder beside the role, or ""."""
        found = self.named.search(sentence) or (self.unowned and self.unowned.search(sentence))
        return found[0] if found else ""

    def names(self, sentence: str, previous: str = "", title: str = "", opening: str = "") -> bool:
        """Whether `sentence` names the holder, after `previous`, in an article with `title`
        whose first passage is `opening`."""
        if self.named.search(sentence):
            return True
        if not (self.unowned and self.owner and self.unowned.search(sentence)):
            return False
        near = f"{previous} {sentence}"
        return (
            self.owner.named_in(near)
            or (self.owner.mentioned_in(near) and self.owner.named_in(f"{title} {opening}"))
            or self.owner.named_in(title)
        )


def _holder(question: str, texts: Sequence[str], owned: bool = True) -> _Holder | None:
    """Where a text names the holder of the role a question asks about, if it asks one; an
    owner named in full is also named by the initialism `texts` give it, and one the question
    writes in lower case by the name `texts` capitalise ("the rail accident investigation
    board" is the National Rail Accident Investigation Board). Not `owned`, a holder named
    with no owner, nor any other body's. A question asking who heads something is also
    answered where a text says so ("Tomas Aldric, who heads the CPA")."""
    question = bare(question)
    asked = _ROLE_QUESTION.match(question) or _OWNED_ROLE_QUESTION.match(question)
    doing = None if asked else _DOER_QUESTION.match(question)
    if not asked and not doing:
        return None
    found = (asked or doing).groupdict()
    named_owner = found["owner"] or found.get("kind") or found.get("named")
    if named_owner and named_owner[:1].islower():
        named_owner = _capitalised(named_owner, texts) or named_owner
    owner = _Owner.of(named_owner, texts) if named_owner else None
    owners = owner.names() if owner else []
    if doing:
        roles = list(_ROLES_OF[doing["verb"].lower()])
    elif asked["role"].lower() in ANY_HEAD:
        roles = list(_ROLES_OF["heads"])
    else:
        roles = spelt_alike(asked["role"])
    if not owned:
        return _Holder(unowned_holder_pattern(any_of(roles)))
    patterns = [holder_pattern(_role_pattern(roles, owners)).pattern]
    if owners and (doing or any(role.lower() in HEADS + CHAIRS for role in roles)):
        patterns.append(
            rf"(?i:\b{any_of(owners)})(?:\s+\([A-Z&]+\))?,?\s+(?:which\s+is\s+|is\s+|was\s+)?"
            rf"(?:now\s+)?{_LED_BY}\s+by\s+{HONORIFIC}(?P<led>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]+)*)"
        )
    if doing and owners:
        patterns.append(
            rf"\b[A-Z][\w’'-]+,\s+who\s+(?:now\s+)?{doing['verb'].lower()}\s+(?:the\s+)?"
            rf"(?i:{any_of(owners)})\b"
        )
    named = re.compile("|".join(patterns))
    if not owner:
        return _Holder(named)
    return _Holder(named, unowned_holder_pattern(any_of(roles)), owner)


def _capitalised(described: str, texts: Sequence[str]) -> str | None:
    """The name `texts` give a body that a question writes in lower case: "National Rail
    Accident Investigation Board" for "rail accident investigation board"."""
    words = described.split()
    if len(words) < 2:
        return None
    spelt = r"\s+".join(re.escape(w[:1].upper()) + f"(?i:{re.escape(w[1:])})" for w in words)
    found = (re.search(rf"{_NAME_WORDS}{{0,3}}{spelt}\b", text) for text in texts)
    return next((m[0] for m in found if m), None)


# A capitalised word of a body's name: not one that opens a sentence or a time ("The", "On
# Monday").
_NAME_WORDS = (
    r"(?:\b(?!(?:The|A|An|On|In|At|By|For|From|Yesterday|Today|Earlier|Later|Last|This|Next|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'-]*\s+)"
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
    words = any_of(roles)
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
        rf"(?:{words}\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?{of}\b{of_named_kind}"
        rf"|{of}\w*{_REST_OF_NAME}(?:['’]s?)?\s+{_CO_ROLE}{words})"
    )


# The rest of a name the question shortens ("Kestrel" for "Kestrel Orbital's chief executive").
_REST_OF_NAME = (
    r"(?:\s+(?!(?i:deputy|vice|former|acting|assistant|ex|first)\b)(?-i:[A-Z])[\w’'-]*){0,2}"
)
# Another role the holder has beside it: "co-founder and chief executive".
_CO_ROLE = r"(?:[\w-]+\s+and\s+)?"


# "What is the name of the satellite?" asks what something is called, as "What is the wildfire
# called?" does (`rag.lexical.CALLED_QUESTION`); news says so with "named", "called" or "known
# as" ("The blaze, named the Sawtooth Creek Fire, had burned ...").
_NAME_OF_QUESTION = re.compile(
    r"^what(?:\s+is|\s+was|['’]s)\s+the\s+name\s+of\s+(?P<thing>.+)$", re.IGNORECASE
)
_NAMING = re.compile(
    r"\b(?P<noun>[\w-]+),?\s+(?:named|called|known\s+as|dubbed|nicknamed)\s+(?:the\s+)?"
    r"[\"“‘']?[A-Z0-9]"
)
# How close in meaning the noun before "named" must be to the one asked about: "blaze" is a
# "wildfire" (0.65 with the default embedder), an "Italo-Norman" no "count" (0.20).
_SAME_KIND = 0.5


# Words after the noun for the thing named: "the wildfire near Carrow Peak", "the satellite
# that was lost".
_AFTER_THE_NOUN = re.compile(
    r"\s+(?:near|of|in|at|on|that|which|who|for|from|by|with|to)\b.*$", re.IGNORECASE
)


def _thing_called(question: str) -> str | None:
    """The noun for what a question asks the name of ("wildfire" of "What is the wildfire near
    Carrow Peak called?"), or None when it asks no name."""
    question = bare(question)
    asked = CALLED_QUESTION.match(question) or _NAME_OF_QUESTION.match(question)
    if not asked:
        return None
    words = _AFTER_THE_NOUN.sub("", asked["thing"]).split()
    return words[-1].lower() if words else None


def _names_a(kind: str, sentence: str) -> bool:
    """Whether `sentence` holds a name of that kind, as names often end in it ("the 2007
    Ridgeback Fire" is a fire)."""
    found = re.finditer(rf"\b(?P<name>[A-Z0-9][\w-]*)\s+(?i:{re.escape(kind)})\b", sentence)
    return any(m["name"].lower() not in STOPWORDS for m in found)  # not "A wildfire"


def naming_thing(question: str) -> Callable[[str, str], bool] | None:
    """For "What is the wildfire near Carrow Peak called?", whether a sentence gives something a
    name ("The blaze, named the Sawtooth Creek Fire, ..."), which evidence selection takes
    whatever its retrieval score: it may share no word with the question. None for other
    questions."""
    if not _thing_called(question):
        return None
    return lambda sentence, previous: bool(_NAMING.search(sentence))


def called(
    question: str, evidence: list[Evidence], embed_words: Callable[[list[str]], np.ndarray]
) -> Evidence | None:
    """For a question that asks what something is called, the best-rated evidence sentence of
    the best one's article that names a thing of that kind, when the best one does not: the
    lead that the ranker rates first repeats the question's words ("A fast-moving wildfire
    forced 4,200 residents to flee ...") and names no fire, while "The blaze, named the
    Sawtooth Creek Fire, ..." does (`embed_words` gives normalised vectors, to tell that a blaze
    is a wildfire). None for other questions, or when no such sentence names one; so when the
    best one gives a name, or names a thing of the kind ("What was the earlier fire called?":
    "... since the 2007 Ridgeback Fire")."""
    kind = _thing_called(question)
    if not kind or not evidence:
        return None
    best = max(evidence, key=lambda e: e.relevance)
    if _NAMING.search(best.sentence) or _names_a(kind, best.sentence):
        return None
    nouns = {
        e.marker: found["noun"].lower()
        for e in evidence
        if e.doc_id == best.doc_id and (found := _NAMING.search(e.sentence))
    }
    if not nouns:
        return None
    words = sorted(set(nouns.values()))
    vectors = embed_words([kind, *words])
    close = {w for w, v in zip(words, vectors[1:], strict=True) if v @ vectors[0] >= _SAME_KIND}
    naming = [e for e in evidence if nouns.get(e.marker) in close]
    return max(naming, key=lambda e: e.relevance) if naming else None


# "What happened in July?": the question is only a date.
_DATED_EVENT = re.compile(
    r"^what\s+(?:happened|happens|took\s+place|occurred|is\s+happening|was\s+happening|"
    r"will\s+happen)\s+(?:in|on|during|at|by|since|before|after)\s+(?P<when>.+)$",
    re.IGNORECASE,
)


def dated_event(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a question that asks only what happened at a time ("What happened on Monday?", "What
    happened in the 88th minute?"), the best-rated evidence sentence that mentions that time;
    None for other questions.

    Like "Who is X?", it is answered whenever the articles mention the date, however little
    else of it the retrieved passages share with the question.
    """
    asked = _DATED_EVENT.match(bare(question))
    if not asked or not evidence:
        return None
    if not (_only_a_date(asked["when"]) or _POINT_OF_PLAY.fullmatch(asked["when"].strip())):
        return None
    when = set(terms(asked["when"]))
    dated = [e for e in evidence if when <= set(terms(e.sentence))]
    return max(dated, key=lambda e: e.relevance) if dated else None


def _only_a_date(text: str) -> bool:
    """Whether `text` names a time and nothing else: "July", "Monday", "October 6, 1973",
    "early 2019", "the 1990s" (not "1973 with Syria and Egypt")."""
    words = [w.capitalize() for w in WORD.findall(text)]  # "july" typed in lower case
    return any(DATE.fullmatch(w) for w in words) and all(
        DATE.fullmatch(w) or w.isdigit() or w.lower() in _DATE_WORDS for w in words
    )


# A time within a match or a race: "the 88th minute", "the second half", "the 12th lap".
_POINT_OF_PLAY = re.compile(
    r"(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|final|last)\s+"
    r"(?:minute|half|quarter|period|round|lap|inning|innings|set|over|stage|leg)",
    re.IGNORECASE,
)
_DATE_WORDS = {"the", "of", "early", "late", "mid", "last", "this", "next", "week", "month", "year"}


# "How old is Ilse Marchetti?": the question is only a name and its age (not a role of one
# named before it: "How old is Kestrel's CEO?").
_AGE_QUESTION = re.compile(
    r"^(?i:how\s+old\s+(?:is|was))\s+(?!.*['’]s?\s)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$"
)
# "How old is the mayor of Port Elsmere?", "How old is Skyrona's chief executive?", "How old is
# Skyrona's CEO?": the question is only a role and its holder's age.
_ROLE_AGE_QUESTION = re.compile(
    r"^(?i:how\s+old\s+(?P<verb>is|was))\s+"
    r"(?P<role>(?i:the)\s+.+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:['’]s|['’])\s+(?:[a-z]|(?:CEO|CFO|COO)\b).*)$"
)


def age_of(question: str, evidence: list[Evidence], hits: Sequence[Hit] = ()) -> Evidence | None:
    """For a question that asks only how old someone is, the best-rated evidence sentence that
    gives their age ("Marchetti, 39, a former marine biologist"), or for one that asks the age
    of a role's holder, the sentence that names the holder with their age ("Mayor Vincent
    Albescu, 44, said ..."; `hits` are the retrieved passages, as for `role_holder`); None for
    other questions.

    Such a sentence gives the age in passing and shares only the name with the question, so
    the ranker rates the lead that names them above it."""
    asked = bare(question)
    if _AGE_QUESTION.match(asked):
        aged = [e for e in evidence if states("age", e.sentence, question, _before(e, evidence))]
        return max(aged, key=lambda e: e.relevance) if aged else None
    role = _ROLE_AGE_QUESTION.match(asked)
    if not role:
        return None
    holds = f"Who {role['verb']} {role['role']}?"
    aged = [e for e in evidence if _states_holders_age(e.sentence, asked)]
    if named_with_age := role_holder(holds, aged, hits):
        return named_with_age
    holder = _holder(holds, [h.text for h in hits])
    names = _holders_names(holds, holder, hits) if holder else ""
    later = [
        e
        for e in evidence
        if names and states("age", e.sentence, f"How old is {names}?", _before(e, evidence))
    ]
    return max(later, key=lambda e: e.relevance) if later else None


def aged_holder(question: str, hits: Sequence[Hit]) -> Callable[[str, str], bool] | None:
    """For "How old is the mayor of Port Elsmere?", whether a sentence names the mayor with an
    age, or gives the age of whoever the passages name as the mayor, which evidence selection
    takes whatever its retrieval score; None for other questions."""
    role = _ROLE_AGE_QUESTION.match(bare(question))
    holds = f"Who {role['verb']} {role['role']}?" if role else ""
    holder = _holder(holds, [h.text for h in hits]) if role else None
    if not holder:
        return None
    naming = _naming(holder, hits)
    names = _holders_names(holds, holder, hits)
    return lambda sentence, previous: (
        (naming(sentence, previous) and _states_holders_age(sentence, question))
        or bool(names and states("age", sentence, f"How old is {names}?", previous))
    )


def _holders_names(question: str, holder: _Holder, hits: Sequence[Hit]) -> str:
    """The capitalised words, other than the question's, where the retrieved sentences name
    `holder` beside the role ("Mayor Daniel Okafor-Reyes", not the governor he met): news may
    give the age later, by the last name alone ("Okafor-Reyes, 46, told reporters")."""
    naming = _naming(holder, hits)
    before = sentences_before(list(hits))
    asked = {w.lower() for w in WORD.findall(question)} | STOPWORDS
    spans = [
        holder.span(s.text)
        for h in hits
        for s in h.sentences
        if naming(s.text, before.get((h.doc_id, s.start), ""))
    ]
    return " ".join(
        w for span in spans for w in _CAPITALISED.findall(span) if w.lower() not in asked
    )


def _states_holders_age(sentence: str, question: str) -> bool:
    """Whether `sentence` gives the age of someone it names that `question` does not."""
    asked = {w.lower() for w in WORD.findall(question)}
    named = [w for w in _CAPITALISED.findall(sentence) if w.lower() not in asked | STOPWORDS]
    return bool(named) and states("age", sentence, "How old is " + " ".join(named))


_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")


def _before(sentence: Evidence, evidence: list[Evidence]) -> str:
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


def _name_pattern(name: str) -> str:
    """`name` as a whole-word pattern that any spacing or apostrophe style matches."""
    words = [re.sub(r"['’]", "['’]", re.escape(w)) for w in name.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
