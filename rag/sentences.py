"""Sentence splitting with exact character offsets into the cleaned text.

pysbd handles honorifics ("Mr Kim", "Dr. Smith"), abbreviated dates ("Sept 10.") and quotations;
offsets are recovered by locating each segment in order, so `text[start:end] == sentence.text`
always holds (pysbd's own char_span mis-places repeated sentences).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from rag.types import Sentence

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# The dateline that opens a wire story ("GENEVA, Sept 18 (Northwire) – ", "PORT ELLIS, Valmora
# (Reuters) - ", "SEOUL/WASHINGTON/MOSCOW – "): where and when it was filed, which answers no
# "who", "where" or "when" about the events it reports, and names nobody the story is about.
DATELINE = re.compile(
    r"^[A-Z][A-Z’'.-]+(?:[ /][A-Z][A-Z’'.-]+)*(?:,\s+[A-Z\d][\w.]*(?:\s+[A-Z\d][\w.]*)*)*"
    r"\s*(?:\([^)]{1,40}\))?\s+[-–—]\s+"
)

# A piece that opens with a dash on the line of the one before continues it: pysbd ends a
# sentence at the abbreviation of a dateline ("SPARTA, Tenn. - A pale salamander ..."). A dash
# opening a line is a list item, a sentence of its own. So does a piece that closes a bracket
# the one before left open (`_unclosed`).
_CONTINUES = re.compile(r"[-–—]\s")
# pysbd ends a sentence at an abbreviation that says an amount is rough ("amounted to ca. 2
# million", "built c. 1850", "approx. £90m", "est. 60%"); the amount after it continues it.
_ROUGH_AMOUNT_CUT = re.compile(r"\b(?:c|ca|approx|est)\.$", re.IGNORECASE)
_AN_AMOUNT = re.compile(r"[\d£$€¥]")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str, max_chars: int = 600) -> list[Sentence]:
    """Split `text` into sentences, never across paragraphs, none longer than `max_chars`."""
    spans: list[tuple[int, int]] = []
    for para_start, para_end in _paragraph_spans(text):
        cursor, found = para_start, []
        for segment in _segmenter().segment(text[para_start:para_end]):
            piece = segment.strip()
            if not piece:
                continue
            start = text.find(piece, cursor, para_end)
            if start < 0:  # pysbd altered the text; fall back to the rest of the paragraph
                start, piece = cursor, text[cursor:para_end].strip()
                start = text.find(piece, cursor, para_end)
            end = start + len(piece)
            previous = text[found[-1][0] : found[-1][1]] if found else ""
            if found and (
                (_CONTINUES.match(piece) and "\n" not in text[found[-1][1] : start])
                or (_unclosed(previous) and _closes(piece))
                or (_ROUGH_AMOUNT_CUT.search(previous) and _AN_AMOUNT.match(piece))
            ):
                found[-1] = (found[-1][0], end)
            else:
                found.append((start, end))
            cursor = end
            if cursor >= para_end:
                break
        for start, end in found:
            spans.extend(_cap_length(text, start, end, max_chars))
    return [Sentence(i, s, e, text[s:e]) for i, (s, e) in enumerate(spans)]


def _unclosed(sentence: str) -> bool:
    """Whether `sentence` opens a bracket it does not close, as pysbd leaves one it ends at a
    full stop inside the brackets ("(using the X.121 | DNIC 2041), the name also ...")."""
    return sentence.count("(") > sentence.count(")")


def _closes(piece: str) -> bool:
    """Whether `piece` closes more brackets than it opens: the rest of one opened before it."""
    return piece.count(")") > piece.count("(")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _cap_length(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence at whitespace into pieces of at most `max_chars`."""
    pieces = []
    while end - start > max_chars:
        cut = text.rfind(" ", start + max_chars // 2, start + max_chars)
        if cut < 0:
            cut = start + max_chars
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces
