"""Generic news boilerplate removal.

Scraped and syndicated articles carry lines that are not part of the story: photo credits,
embedded-media placeholders, newsletter and social promos, wire-agency sign-offs. Left in, they
become "sentences" that retrieval ranks and answers cite. These rules describe the shapes such
lines take across outlets; they never name a particular article.
"""

from __future__ import annotations

import re

# A whole line that is only a placeholder, credit, promo or navigation prompt.
_BOILERPLATE_LINE = re.compile(
    r"""^(?:
        (?:remote\s+)?(?:video|audio|embed(?:ded)?\s+\w+)\s+url
      | advertisement | advertising | sponsored(?:\s+content)?
      | (?:photo|image|picture|video|graphic)s?(?:\s*\([^)]*\))?\s*:.{0,60}
      | (?:read|see)\s+(?:more|also)\b.{0,100}
      | (?:related|recommended|more\s+on\s+this\s+(?:topic|story)|most\s+read|trending)\s*:?.{0,100}
      | (?:click|tap)\s+here\b.*
      | share\s+(?:this|on|via)\b.{0,80}
      | (?:copyright|\(c\)|©).{0,120}
      | all\s+rights\s+reserved.{0,80}
      | (?:listen\s+to|watch)\s+(?:this|the)\s+(?:article|story|video|podcast)\b.{0,80}
      | (?:loading|scroll\s+to\s+continue)\W*
      | \(?(?:additional\s+)?(?:reporting|writing|editing)\s+by\s+(?-i:[A-Z])[^.!?"“]{0,200}\)?\.?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Calls to subscribe, follow or download: an imperative plus a channel or product word.
_PROMO_LINE = re.compile(
    r"^(?:join|follow|subscribe|sign\s+up|download|get)\b.{0,160}\b(?:telegram|whatsapp|newsletter"
    r"|twitter|facebook|instagram|youtube|tiktok|linkedin|podcast|app|channel|alerts|inbox)\b",
    re.IGNORECASE,
)

_WIRES = (
    r"REUTERS|AFP|AP|BLOOMBERG|XINHUA|DPA|KYODO|YONHAP|BERNAMA|ANTARA|ANI|PTI|EFE|ANSA|TASS"
    r"|NYTIMES|THE\s+NEW\s+YORK\s+TIMES|WASHINGTON\s+POST|THE\s+GUARDIAN|ASSOCIATED\s+PRESS"
)
# A line that is nothing but agency credits, e.g. "AFP, REUTERS".
_WIRE_ONLY_LINE = re.compile(rf"^(?:{_WIRES})(?:\s*[,/&]\s*(?:{_WIRES}))*\s*\.?$")
# A sign-off after the last sentence of a paragraph: "... nuclear tests. REUTERS".
_WIRE_SIGNOFF = re.compile(rf"(?<=[.!?\"”’'])\s+(?:{_WIRES})(?:\s*[,/&]\s*(?:{_WIRES}))*\s*$")
# A credit after a caption: "... Sept 10. PHOTO: REUTERS" or "... ST PHOTO: JOHN DOE".
_CAPTION_CREDIT = re.compile(
    r"\s+(?:[A-Z]{2,}\s+)?(?:PHOTOS?|IMAGES?|PICTURES?|VIDEO|GRAPHIC|Photos?|Images?)"
    r"\s*(?:\([^)]*\))?\s*:\s*[^.!?:]{1,60}$"
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# A heading alone on its line that introduces a list of links to other stories; the headlines
# under it ("Mombasa port cargo volumes rise 6 per cent in first half") read like sentences.
_LINK_LIST_HEADING = re.compile(
    r"^(?:read\s+more|see\s+also|also\s+read|further\s+reading|recommended(?:\s+for\s+you)?"
    r"|related(?:\s+(?:stories|articles|coverage|content|links|news|reading))?"
    r"|more\s+(?:stories|news|on\s+this(?:\s+(?:topic|story))?))\s*:?$",
    re.IGNORECASE,
)
# A headline or link label: short, and not ended like a sentence; a quotation may end it
# ("Council warns of 'toughest budget in a generation'"), where a sentence ends "... it said."
# or "... a 'disgrace'."
_HEADLINE = re.compile(r"^(?:[-*•·]\s*)?(?!.*(?:[.!?:;)…]|[.!?,…][\"”’']+)$)(?:\S+\s+){0,24}\S+$")
# A line with no word in it (a Markdown rule "---", "* * *") or only a link ("AP soccer: https://...").
_NO_TEXT_LINE = re.compile(r"^[\W_]*$|^(?:[^.!?]{0,60}:\s*)?(?:https?://|www\.)\S+$")


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is boilerplate rather than story text."""
    line = line.strip()
    return bool(
        _BOILERPLATE_LINE.match(line)
        or _PROMO_LINE.match(line)
        or _WIRE_ONLY_LINE.match(line)
        or _NO_TEXT_LINE.match(line)
        or _LINK_LIST_HEADING.match(line)
    )


def clean_paragraph(paragraph: str) -> str:
    """Collapse spacing and strip trailing photo credits and wire sign-offs."""
    text = _SPACES.sub(" ", paragraph).strip()
    text = _CAPTION_CREDIT.sub("", text)
    text = _WIRE_SIGNOFF.sub("", text)
    return text.strip()


def clean_text(text: str) -> str:
    """Clean an article body into paragraphs separated by blank lines.

    Text with blank lines between paragraphs keeps hard-wrapped lines of one paragraph together;
    text without any blank line (HTML extraction output) is one paragraph per line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    lines = text.split("\n")
    has_blank_lines = any(not line.strip() for line in lines)
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            cleaned = clean_paragraph(" ".join(current))
            if cleaned and not is_boilerplate(cleaned):
                paragraphs.append(cleaned)
            current.clear()

    in_link_list = False  # under a "Read more:" heading, until a line that is no headline
    for line in lines:
        if not line.strip():
            flush()
            continue
        in_link_list = in_link_list and bool(_HEADLINE.match(line.strip()))
        if in_link_list or is_boilerplate(line):
            in_link_list = in_link_list or bool(_LINK_LIST_HEADING.match(line.strip()))
            continue
        current.append(line.strip())
        if not has_blank_lines:
            flush()
    flush()
    return "\n\n".join(paragraphs)
