"""Reading files into cleaned `Article`s: text, Markdown, HTML and JSON/JSONL records.

Every problem with an input becomes a `Failure` with a one-line reason; one bad file or record
never stops the others from loading.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dateutil import parser as dateutil_parser

from rag.cleaning import clean_text
from rag.errors import LoadError
from rag.types import Article, Failure

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
# An article longer than this (about 300 pages) is most likely a dump, a log or a whole book on
# one line; embedding it would take many minutes and drown retrieval, so it is refused with advice.
MAX_ARTICLE_CHARS = 1_000_000
# The encoding `decode_bytes` reports for UTF-8 with a few stray bytes replaced.
STRAY_BYTES = "utf-8, stray bytes replaced"
# Words in the longest line of a page's extracted text below which the page counts as navigation.
MIN_HTML_LINE_WORDS = 5


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Failure] = field(default_factory=list)


def discover(paths: list[str | Path], skip: Path | None = None) -> tuple[list[Path], list[Failure]]:
    """Expand files and folders into supported files, in a stable order.

    Inside folders, hidden and unsupported files are skipped silently, and so is the folder
    `skip` inside a folder that holds it (the index: its manifest and BM25 files are JSON, and
    uploaded articles are indexed already); a file named explicitly with an unsupported type is
    reported.
    """
    files: list[Path] = []
    failures: list[Failure] = []
    index = skip.resolve() if skip is not None else None
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            around_index = index is not None and not path.resolve().is_relative_to(index)
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if around_index and child.resolve().is_relative_to(index):
                    continue
                if child.is_file() and not hidden and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(child)
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                files.append(path)
            else:
                failures.append(Failure(str(raw), _unsupported(path)))
        else:
            failures.append(Failure(str(raw), "no such file or folder; check the path"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, failures


def _unsupported(path: Path) -> str:
    kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
    return f"unsupported file type '{path.suffix or '(none)'}'; use one of {kinds}"


def load_file(path: Path) -> LoadResult:
    """Load one file into articles; problems become failures rather than exceptions."""
    result = LoadResult()
    origin = str(path.resolve())
    try:
        text, encoding = read_text(path)
        if encoding == STRAY_BYTES:
            reason = "mostly UTF-8; a few bytes in another encoding were replaced with '\ufffd'"
            result.warnings.append(Failure(str(path), reason))
        elif encoding not in ("utf-8", "ascii"):
            result.warnings.append(Failure(str(path), f"not UTF-8; decoded as {encoding}"))
        suffix = path.suffix.lower()
        if suffix in JSON_SUFFIXES:
            _load_records(path, origin, text, result)
        elif suffix in HTML_SUFFIXES:
            result.articles.append(article_from_html(origin, text, fallback_title=path.stem))
        else:
            result.articles.append(
                article_from_text(origin, text, fallback_title=path.stem, markdown=suffix != ".txt")
            )
    except LoadError as exc:
        result.failures.append(Failure(str(path), str(exc)))
    except OSError as exc:
        result.failures.append(Failure(str(path), f"cannot read file: {exc.strerror or exc}"))
    return result


def read_text(path: Path) -> tuple[str, str]:
    """Decode a file, detecting the encoding when it is not UTF-8; reject binary files."""
    data = path.read_bytes()
    if not data.strip():
        raise LoadError("file is empty; nothing to index")
    return decode_bytes(data)


def decode_bytes(data: bytes) -> tuple[str, str]:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadError("looks like a binary file, not text; export it as .txt, .html or .json")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _mostly_utf8(data) or _decode_legacy(data)


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with its few stray bytes replaced, when valid UTF-8 characters outnumber them.

    A UTF-8 article with one pasted Latin-1 line ("Jörg") is no legacy encoding: read as one,
    every curly quote and accented letter of the rest turns into two or three wrong ones. Text in
    a legacy encoding seldom forms a valid multi-byte UTF-8 sequence by chance.
    """
    text = data.decode("utf-8-sig", errors="replace")
    stray = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 127) - stray
    return (text, STRAY_BYTES) if valid > stray else None


# Legacy encodings by how common they are in news text, Western European first. On short texts
# the detector's own guess is often a rare code page that also fits ("Zürich" read as "ZŁrich" in
# Mac Latin-2), so a common encoding that reads nearly as cleanly is preferred.
COMMON_ENCODINGS = ("cp1252", "cp1250", "cp1251")
MESS_TOLERANCE = 0.03


def _decode_legacy(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    names = [*COMMON_ENCODINGS, *([best.encoding] if best is not None else [])]
    candidates = []  # (mess, preference, encoding, text)
    for preference, name in enumerate(names):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) <= 0.05:
            candidates.append((mess_ratio(text[:100_000], 1.0), preference, name, text))
    if not candidates:
        raise LoadError("cannot decode the bytes as text in any known encoding; save it as UTF-8")
    cleanest = min(c[0] for c in candidates)
    _, _, name, text = min(
        (c for c in candidates if c[0] <= cleanest + MESS_TOLERANCE), key=lambda c: c[1]
    )
    return text, name


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(text))


# An image's alt text is a caption, not story text; a link keeps its words.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# A line that is only a link ("[Read the full judgment](https://...)", "- [More news](/news)"):
# navigation, whose label would otherwise stay as a sentence.
_MD_LINK_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\[[^\]]*\]\([^)]*\)[ \t]*$", re.MULTILINE)
# Emphasis (*a*, **a**, _a_, __a__), list bullets and code ticks; an underscore inside a word
# ("snake_case") stays.
_MD_MARKUP = re.compile(r"\*+|`+|(?<!\w)_+(?=\S)|(?<=\S)_+(?!\w)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE)
# A line that only says when the article appeared, perhaps with its byline: "Published Aug 14,
# 2024, 7:40 pm", "Published: October 6, 2024 · By Samir Olawale".
_DATELINE = re.compile(
    r"^\s*(?:first\s+)?(?:published|posted|updated)(?:\s+on)?\s*:?\s+(?P<when>[^\n]{6,60}?)"
    r"(?:\s*[·|•–—-]\s*by\s+[^\n]*)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def article_from_text(
    origin: str, text: str, fallback_title: str, markdown: bool = False
) -> Article:
    """Plain text or Markdown: the first non-empty line is the title, the rest the body. The
    first line that says when the article was published gives its date and leaves the text."""
    front: dict[str, str] = {}
    if markdown:
        text, front = _front_matter(text)
        text = _MD_LINK.sub(r"\1", _MD_LINK_LINE.sub("", _MD_IMAGE.sub("", text)))
        text = _MD_HEADING.sub("", _MD_MARKUP.sub("", text))
    text, published = _published(text)
    lines = text.strip().splitlines()
    if not lines:
        raise LoadError("file has only whitespace; nothing to index")
    while len(lines) > 1 and not any(ch.isalnum() for ch in lines[0]):
        lines.pop(0)  # a rule line ("---") or a lone mark above the title
    title, body = lines[0].strip(), "\n".join(lines[1:])
    if front.get("title"):
        title, body = front["title"], body if title == front["title"] else text
    elif not body.strip():
        title, body = fallback_title, text
    date = front.get("date") or published
    return _article(origin, title, body, date=date, source=front.get("source") or None)


# YAML front matter, as static-site generators and note apps write it: "key: value" lines
# between two "---" lines at the very top.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<block>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:\s*(?P<value>.*?)\s*$", re.MULTILINE)


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """The Markdown without its front matter, and the matter's title, date and source (a
    `date` as the front matter gives it; lists and nested values are ignored)."""
    found = _FRONT_MATTER.match(text)
    if found is None:
        return text, {}
    fields = {
        m["key"].lower(): m["value"].strip("\"'")
        for m in _FRONT_FIELD.finditer(found["block"])
        if m["value"]
    }
    front = {key: fields[key] for key in ("title", "date", "source") if key in fields}
    return text[found.end() :], front


def _published(text: str) -> tuple[str, str | None]:
    """The text without its first publication line, and that line's date (None when there is
    no such line, or when what follows "Published" is no date and the line is story text)."""
    for found in _DATELINE.finditer(text):
        try:
            when = iso_date(found["when"])
        except LoadError:
            continue
        return text[: found.start()] + text[found.end() :], when
    return text, None


def article_from_html(origin: str, html: str, fallback_title: str) -> Article:
    """Main text of a news page via trafilatura (drops navigation, scripts, comments, ads)."""
    import trafilatura

    # Dates from the page's markup only: a search of its text takes a copyright line or a year
    # the story mentions for the publication date.
    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (extracted.text or "") if extracted is not None else ""
    # When a page has no main text, the extractor's fallback returns menu labels ("Home World"):
    # a page without one line of running text is navigation, not an article.
    if not any(len(line.split()) >= MIN_HTML_LINE_WORDS for line in body.splitlines()):
        raise LoadError("no article text found in the HTML (only scripts, styles or navigation?)")
    title = (extracted.title or "").strip() or fallback_title
    lines = body.splitlines()
    if lines and lines[0].strip() == title:
        body = "\n".join(lines[1:])
    return _article(
        origin,
        title,
        body,
        date=extracted.date,
        url=extracted.url,
        source=extracted.sitename,
    )


def _load_records(path: Path, origin: str, text: str, result: LoadResult) -> None:
    if path.suffix.lower() == ".jsonl":
        records = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((number, json.loads(line)))
            except json.JSONDecodeError as exc:
                result.failures.append(
                    Failure(f"{path}:{number}", f"malformed JSON on line {number}: {exc.msg}")
                )
        label = "line"
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise LoadError(
                f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        items = data if isinstance(data, list) else [data]
        records = list(enumerate(items, start=1))
        label = "record"
    for number, record in records:
        try:
            result.articles.append(article_from_record(f"{origin}#{number}", record))
        except LoadError as exc:
            result.failures.append(Failure(f"{path}:{number}", f"{label} {number}: {exc}"))
    if not result.articles and not result.failures:
        raise LoadError("no records found; expected objects with 'title' and 'text'")


# Where feeds and exports put an article's date, besides "date".
_DATE_KEYS = ("date", "published", "published_at", "publishedAt", "pubDate", "datePublished")


def article_from_record(origin: str, record: object) -> Article:
    """A JSON object with `title` and `text`, and optional `date` (or `published`, `pubDate`
    and the like), `url`, `source`."""
    if not isinstance(record, dict):
        raise LoadError("expected a JSON object with 'title' and 'text'")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise LoadError(f"'text' must be a string, not {type(text).__name__}")
    if not text or not text.strip():
        raise LoadError("missing or empty 'text' field")
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise LoadError("'title' must be a string")

    def optional(key: str) -> str | None:
        value = record.get(key)
        return str(value) if value not in (None, "") else None

    first_line = text.strip().splitlines()[0][:120]
    return _article(
        origin,
        (title or first_line).strip(),
        text,
        date=next(filter(None, map(optional, _DATE_KEYS)), None),
        url=optional("url"),
        source=optional("source"),
    )


def _article(origin: str, title: str, body: str, **meta: str | None) -> Article:
    if len(body) > MAX_ARTICLE_CHARS:
        raise LoadError(
            f"article is {len(body):,} characters long, more than the {MAX_ARTICLE_CHARS:,} "
            "newsrag indexes as one article; split it into separate articles"
        )
    cleaned = clean_text(body)
    if not cleaned:
        raise LoadError("no article text left after removing boilerplate")
    if meta.get("date"):
        meta["date"] = iso_date(meta["date"])
    return Article(origin=origin, title=" ".join(title.split()), text=cleaned, **meta)


# A trailing time-zone abbreviation that the date parser may choke on ("Sep 12, 2023 SGT").
_ZONE = re.compile(r"\s+[A-Z]{2,5}$")


def iso_date(value: str) -> str:
    """`value` as YYYY-MM-DD. Date filters compare dates as ISO strings, so "Sept 12, 2023" or
    "Tue, 12 Sep 2023 10:00:00 GMT" (as feeds write them) is stored as "2023-09-12".

    A value that lacks its year, month or day ("Monday", "12 Sep", "2023") is no date: filling
    the gap in would invent a date that the filters and "latest articles" then trust.
    """
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    readings = set()
    for text in dict.fromkeys((value, _ZONE.sub("", value.strip()))):
        try:
            with warnings.catch_warnings():  # a zone it does not know ("SGT") is ignored
                warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
                # Two different defaults give the same date only when the value states it all.
                readings = {
                    dateutil_parser.parse(text, default=default).date()
                    for default in (datetime(2000, 1, 1), datetime(2001, 2, 2))
                }
            break
        except (ValueError, OverflowError):
            continue
    if len(readings) != 1:
        raise LoadError(
            f"'date' is '{value}', which is no full date; give it as YYYY-MM-DD, e.g. 2023-09-12"
        )
    return readings.pop().isoformat()
