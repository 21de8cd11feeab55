"""HTML for the chat window: the conversation with citation chips, the sources behind an answer,
and a cited sentence highlighted inside its article.

Pure functions from `rag.types` values to strings, so what the window shows is testable without a
browser. All article and user text is escaped: articles are untrusted input.
"""

from __future__ import annotations

import re
from html import escape

from rag.citations import MARKER, strip_markers
from rag.types import Answer, Document, Hit

# A marker cut off mid-stream ("... train [2") must not flash on screen before it is stripped.
_OPEN_MARKER = re.compile(r"\s*\[\d{0,3}$")

CITATION_HINT = (
    '<div class="hint">Choose a numbered citation in an answer to see the sentence in its '
    "article.</div>"
)
SOURCES_HINT = '<div class="hint">The passages behind each answer appear here.</div>'
CONVERSATION_HINT = (
    '<div class="hint">Ask a question about the indexed articles. Answers cite the sentences '
    "they rest on; follow-up questions may say “he” or “it”.</div>"
)


def chip(marker: int, doc_id: str, start: int, end: int, title: str) -> str:
    """A clickable citation number that carries the exact span it stands for."""
    return (
        f'<button type="button" class="chip" data-marker="{marker}" data-doc="{escape(doc_id)}" '
        f'data-start="{start}" data-end="{end}" title="{escape(title)}">{marker}</button>'
    )


def answer_body(answer: Answer) -> str:
    """The verified answer text with each [n] marker turned into its citation's chip."""
    cited = {c.marker: c for c in answer.citations}
    parts, pos = [], 0
    for match in MARKER.finditer(answer.text):
        parts.append(escape(answer.text[pos : match.start()]))
        c = cited.get(int(match.group(1)))
        if c is not None:
            parts.append(chip(c.marker, c.doc_id, c.start, c.end, c.title))
        pos = match.end()
    parts.append(escape(answer.text[pos:]))
    return "".join(parts)


def answer_message(answer: Answer) -> str:
    if answer.refused:
        return (
            '<div class="msg answer refused"><div class="badge">Not in the articles</div>'
            f'<div class="body">{escape(answer.text)}</div>'
            '<div class="meta">Nothing was cited. The closest passages are under Sources, so '
            "you can check whether the articles cover this at all.</div></div>"
        )
    return (
        f'<div class="msg answer"><div class="body">{answer_body(answer)}</div>'
        f'<div class="meta">{escape(answer.mode)} · answerability '
        f"{answer.answerability:.2f}</div></div>"
    )


def draft_message(draft: str) -> str:
    """The unverified draft while it streams, markers hidden: they are attached only once the
    answer is checked, so numbers never appear and then change."""
    text = _OPEN_MARKER.sub("", strip_markers(draft)) if draft else ""
    body = escape(text) if text else "Searching the articles…"
    return (
        f'<div class="msg answer draft"><div class="body">{body}<span class="cursor"></span>'
        '</div><div class="meta">drafting; citations are attached once the answer is checked'
        "</div></div>"
    )


def question_message(question: str) -> str:
    return f'<div class="msg question">{escape(question)}</div>'


def conversation(
    exchanges: list[tuple[str, Answer]], pending: str | None = None, draft: str = ""
) -> str:
    """Every question and answer so far, plus the question being answered and its draft."""
    parts = [question_message(q) + answer_message(a) for q, a in exchanges]
    if pending is not None:
        parts.append(question_message(pending) + draft_message(draft))
    return f'<div class="conversation">{"".join(parts) or CONVERSATION_HINT}</div>'


def _scores(hit: Hit) -> str:
    scores = [f"score {hit.score:.3f}", f"cosine {hit.dense_score:.3f}"]
    if hit.bm25_score is not None:
        scores.append(f"BM25 {hit.bm25_score:.2f}")
    return " · ".join(scores)


def _byline(title: str, source: str | None, date: str | None) -> str:
    return " · ".join(escape(part) for part in (title, source, date) if part)


def passage(rank: int, hit: Hit) -> str:
    return (
        f'<div class="passage"><div class="head">#{rank} {_byline(hit.title, hit.source, hit.date)}'
        f'</div><div class="scores">{_scores(hit)}</div><p>{escape(hit.text)}</p></div>'
    )


def sources_panel(answer: Answer) -> str:
    """The evidence the answer could cite and every retrieved passage with its scores, so a
    reader can tell a retrieval miss (wrong passages) from a generation miss (right passages,
    poor answer)."""
    asked = escape(answer.standalone_question)
    parts = [f'<div class="sources"><div class="asked">Searched for: {asked}</div>']
    if answer.evidence and not answer.refused:
        parts.append("<h4>Evidence sentences</h4><ol class='evidence'>")
        for e in answer.evidence:
            parts.append(
                f"<li>{chip(e.marker, e.doc_id, e.start, e.end, e.title)} {escape(e.sentence)} "
                f'<span class="scores">{escape(e.title)} · score {e.score:.3f}</span></li>'
            )
        parts.append("</ol>")
    heading = "Closest passages (none answered it)" if answer.refused else "Retrieved passages"
    parts.append(f"<h4>{heading}</h4>")
    if not answer.passages:
        parts.append('<div class="hint">No passage matched the question and filters.</div>')
    parts += [passage(rank, hit) for rank, hit in enumerate(answer.passages, start=1)]
    parts.append("</div>")
    return "".join(parts)


def citation_view(doc: Document | None, start: int, end: int, context: int = 600) -> str:
    """The cited span highlighted inside about `context` characters of its article either side,
    cut at whitespace, with the article's title, source and date."""
    if doc is None:
        return '<div class="hint">That article is no longer in the index.</div>'
    text = doc.text
    lo = max(0, start - context)
    if lo:
        lo = next((i + 1 for i in range(lo, start) if text[i].isspace()), start)
    hi = min(len(text), end + context)
    if hi < len(text):
        hi = next((i for i in range(hi, end, -1) if text[i].isspace()), end)
    title = escape(doc.title)
    if doc.url and doc.url.lower().startswith(("http://", "https://")):  # no javascript: links
        title = f'<a href="{escape(doc.url)}" target="_blank" rel="noopener">{title}</a>'
    byline = " · ".join(escape(p) for p in (doc.source, doc.date) if p)
    return (
        f'<div class="citation"><div class="title">{title}</div>'
        f'<div class="byline">{byline or "no source or date given"} · characters {start}–{end}'
        f'</div><div class="context">{"… " if lo else ""}{escape(text[lo:start])}'
        f'<mark class="cited">{escape(text[start:end])}</mark>{escape(text[end:hi])}'
        f"{' …' if hi < len(text) else ''}</div></div>"
    )
