"""Overview questions: "What is the article about?", "Summarize the news", "What happened?".

Such a question names no fact to look up, and its words ("article", "summarize") are in no
sentence, so the evidence path would refuse it as off-topic. News states its gist first, in the
lead, so the answer quotes the opening sentences of the article the conversation is about (the one
the last answer quoted), or else of the latest articles, each cited like any other answer.
"""

from __future__ import annotations

import re

from rag.types import Document, Evidence, Sentence

_ARTICLES = (
    r"(?:the|this|these|that|those|today's|today’s)\s+(?:news\s+)?"
    r"(?:articles?|stor(?:y|ies)|news|texts?|documents?|reports?|pieces?)"
)
_WHAT_IS = r"what(?:'s|’s|\s+is|\s+are)"
_OVERVIEW = re.compile(
    rf"^(?:please\s+)?(?:can\s+you\s+|could\s+you\s+)?(?:"
    rf"(?:summari[sz]e|sum\s+up|recap)(?:\s+{_ARTICLES})?(?:\s+for\s+me)?"
    rf"|(?:give|tell)\s+me\s+(?:a|an|the)\s+(?:short\s+|brief\s+)?"
    rf"(?:summary|overview|gist|rundown|recap)(?:\s+of\s+{_ARTICLES})?"
    rf"|(?:{_WHAT_IS}\s+)?(?:the\s+)?(?:summary|overview|gist|main\s+points?|key\s+points?|"
    rf"headlines?)(?:\s+of\s+{_ARTICLES})?"
    rf"|{_WHAT_IS}\s+{_ARTICLES}\s+about"
    rf"|what\s+(?:does|do)\s+{_ARTICLES}\s+(?:say|cover|report|tell\s+(?:me|us))"
    rf"|what\s+happened|{_WHAT_IS}\s+(?:happening|going\s+on)|{_WHAT_IS}\s+the\s+news"
    rf"|tl;?\s*dr"
    rf")\s*[?.!]*$",
    re.IGNORECASE,
)
Article = tuple[Document, list[Sentence]]
# Without a conversation to say which article is meant, the latest few are summarised.
LATEST_ARTICLES = 3


def asks_for_overview(question: str) -> bool:
    """Whether the question asks what the articles say as a whole rather than a fact in them."""
    return bool(_OVERVIEW.match(" ".join(question.split())))


def leads(articles: list[Article]) -> list[Evidence]:
    """The opening sentences of each article, in the given order, numbered as evidence."""
    # More of one article's opening, less of each of several.
    per_article = 2 if len(articles) == 1 else 1
    opening = [(d, s) for d, sentences in articles for s in sentences[:per_article]]
    return [
        Evidence(
            marker=i,
            sentence=s.text,
            doc_id=d.doc_id,
            title=d.title,
            source=d.source,
            date=d.date,
            start=s.start,
            end=s.end,
            score=1.0,
            relevance=1.0,
        )
        for i, (d, s) in enumerate(opening, start=1)
    ]
