"""The `rag` command line: a thin shell over `rag.RAG`.

User errors print one line on stderr and exit 1; they never show a traceback.
"""

from __future__ import annotations

import json
import os
import sys
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING

import click

from rag.errors import RAGError
from rag.questions import has_words
from rag.types import IngestReport

if TYPE_CHECKING:
    from rag.api import RAG

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

index_option = click.option(
    "--index",
    "index_dir",
    default="index",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Index folder.",
)
config_option = click.option(
    "--config", type=click.Path(dir_okay=False), default=None, help="Settings TOML file."
)


# The project's own index/ starts as the seed corpus, so `rag ask` works on a fresh checkout.
PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
DEFAULT_INDEX = (PROJECT / "index").resolve()


def _open(index_dir: str, config: str | None) -> RAG:
    from rag.api import RAG

    return RAG(index_dir, config=config)


def _seeds_default(index_dir: str) -> bool:
    """Whether `index_dir` is the project's index/, which the seed articles fill when empty."""
    return Path(index_dir).resolve() == DEFAULT_INDEX and SEEDS.is_dir()


def _open_indexed(index_dir: str, config: str | None) -> RAG:
    """Open an index to question; the project's index/, while it holds no article, first gets
    the seed articles."""
    rag = _open(index_dir, config)
    if _seeds_default(index_dir):
        return rag if rag.stats().documents else _seed(rag, index_dir)
    if not rag.index.exists():
        raise RAGError(f"index '{index_dir}' is empty; run 'rag ingest PATH --index {index_dir}'")
    return rag


def _seed(rag: RAG, index_dir: str) -> RAG:
    """Index the seed articles into the empty project index."""
    click.echo(f"index '{index_dir}' is empty: indexing the seed articles in {SEEDS}", err=True)
    report = rag.ingest([SEEDS])
    _echo_problems(report)
    if not (report.added or report.updated or report.unchanged):
        raise RAGError(f"no seed article was indexed; run 'rag ingest PATH --index {index_dir}'")
    return rag


def _echo_problems(report: IngestReport) -> None:
    for warning in report.warnings:
        click.echo(f"warning: {warning.path}: {warning.reason}", err=True)
    for failure in report.failed:
        click.echo(f"failed: {failure.path}: {failure.reason}", err=True)


def user_errors(func):
    """Turn RAGError (and Ctrl-C) into a one-line message and exit status."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except RAGError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted; the index keeps its last committed state", err=True)
            sys.exit(130)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """newsrag: ask questions about news articles, answered with cited source sentences."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@index_option
@config_option
@user_errors
def ingest(paths: tuple[str, ...], index_dir: str, config: str | None) -> None:
    """Index article files or folders (.txt .md .html .json .jsonl)."""
    from tqdm import tqdm

    rag = _open(index_dir, config)
    bar = tqdm(total=0, unit="file", desc="ingesting", disable=None, file=sys.stderr)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    try:
        report = rag.ingest(list(paths), progress=progress)
    finally:
        bar.close()
    _echo_problems(report)
    click.echo(report.summary())
    if report.failed and not (report.added or report.updated or report.unchanged):
        sys.exit(1)


@main.command()
@click.argument("question")
@click.option("--k", default=None, type=int, help="Number of passages.")
@click.option("--source", "sources", multiple=True, help="Only documents from this source.")
@click.option("--since", default=None, help="Only documents dated on or after (YYYY-MM-DD).")
@click.option("--until", default=None, help="Only documents dated on or before (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print hits as a JSON list.")
@index_option
@config_option
@user_errors
def search(
    question: str,
    k: int | None,
    sources: tuple[str, ...],
    since: str | None,
    until: str | None,
    as_json: bool,
    index_dir: str,
    config: str | None,
) -> None:
    """Show the passages that best match QUESTION."""
    if not has_words(question):
        raise RAGError("the search has no words; give words to look for in the articles")
    rag = _open_indexed(index_dir, config)
    hits = rag.retrieve(question, k=k, sources=list(sources), since=since, until=until)
    if as_json:
        click.echo(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
        return
    if not hits:
        narrowed = (
            " from the --source, --since and --until given" if sources or since or until else ""
        )
        click.echo(
            f"No passages match{narrowed}; `rag stats` lists the articles, their sources and dates"
        )
    for rank, hit in enumerate(hits, start=1):
        click.echo(f"[{rank}] {hit.title}  (score {hit.score:.4f}, doc {hit.doc_id})")
        click.echo(f"    {hit.text}\n")


def _print_answer(answer, as_json: bool, with_text: bool = True) -> None:
    if as_json:
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        return
    if with_text:
        click.echo(answer.text)
    if answer.standalone_question != answer.question:  # rewritten: a follow-up, a misspelling, ...
        click.echo(f"  searched for: {answer.standalone_question}")
    for c in answer.citations:
        click.echo(f"  [{c.marker}] {c.title} ({c.doc_id}, chars {c.start}-{c.end}): {c.sentence}")
    if answer.refused and answer.passages:
        click.echo("Closest passages:")
        for hit in answer.passages[:3]:
            click.echo(f"  - {hit.title}: {' '.join(hit.text[:200].split())}")


mode_option = click.option(
    "--mode",
    type=click.Choice(["generative", "extractive"]),
    default=None,
    help="generative (local model) or extractive (quote the best sentence).",
)


@main.command()
@click.argument("question")
@mode_option
@click.option("--k", default=None, type=int, help="Passages to retrieve.")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@index_option
@config_option
@user_errors
def ask(
    question: str,
    mode: str | None,
    k: int | None,
    as_json: bool,
    index_dir: str,
    config: str | None,
) -> None:
    """Answer QUESTION with cited source sentences, or say the articles do not answer it."""
    rag = _open_indexed(index_dir, config)
    _print_answer(rag.ask(question, mode=mode, k=k), as_json)


@main.command()
@mode_option
@index_option
@config_option
@user_errors
def chat(mode: str | None, index_dir: str, config: str | None) -> None:
    """A conversation in the terminal; follow-up questions may refer to earlier turns."""
    from rag.answering import Delta
    from rag.conversation import exchange

    rag = _open_indexed(index_dir, config)
    history: list[dict[str, str]] = []
    click.echo("Ask about the indexed articles; an empty line or Ctrl-D ends.")
    while True:
        try:
            question = input("> ").strip()
        except EOFError:
            break
        if not question:
            break
        answer, drafted = None, False
        try:
            for event in rag.stream(question, history=history, mode=mode):
                if isinstance(event, Delta):
                    drafted = drafted or event.draft
                    click.echo(click.style(event.text, dim=event.draft), nl=False)  # dim: draft
                else:
                    answer = event
        except RAGError as exc:  # a question to ask otherwise: the conversation goes on
            click.echo(f"error: {exc}", err=True)
            continue
        click.echo()
        _print_answer(answer, as_json=False, with_text=drafted)  # a final text is shown already
        history += exchange(question, answer.text)


@main.command()
@index_option
@config_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=7860,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port to listen on.",
)
@click.option(
    "--auth",
    envvar="NEWSRAG_AUTH",
    default=None,
    metavar="USER:PASSWORD",
    help="Ask for this login (or set NEWSRAG_AUTH, which keeps it out of the process list).",
)
@user_errors
def ui(index_dir: str, config: str | None, host: str, port: int, auth: str | None) -> None:
    """Open the chat window at http://HOST:PORT (the same as `python ui.py`)."""
    login = None
    if auth is not None:
        user, sep, password = auth.partition(":")
        if not (sep and user and password):
            raise RAGError("--auth must look like USER:PASSWORD")
        login = (user, password)
    from rag.ui import build_app, serve

    # Any other index may start empty: the window's Articles tab adds to it.
    seeded = _seeds_default(index_dir)
    rag = _open_indexed(index_dir, config) if seeded else _open(index_dir, config)
    click.echo(f"chat window on http://{host}:{port} (Ctrl-C stops it)", err=True)
    serve(build_app(rag), host, port, login)


@main.command()
@index_option
@config_option
@user_errors
def stats(index_dir: str, config: str | None) -> None:
    """Show what the index holds."""
    rag = _open(index_dir, config)
    s = rag.stats()
    click.echo(
        f"index: {Path(index_dir)}\ndocuments: {s.documents}\nsentences: {s.sentences}\n"
        f"chunks: {s.chunks}\nembedder: {s.embedder} ({s.dimension} dims)\n"
        f"index type: {s.index_type}\ngeneration: {s.generation}"
    )
    for doc in rag.documents():
        about = ", ".join(v for v in (doc.source, doc.date) if v)
        click.echo(f"  {doc.doc_id}  {doc.title}" + (f"  ({about})" if about else ""))


@main.command()
@click.argument("doc_id")
@index_option
@config_option
@user_errors
def remove(doc_id: str, index_dir: str, config: str | None) -> None:
    """Delete the document DOC_ID from the index."""
    doc = _open(index_dir, config).remove(doc_id)
    click.echo(f"removed {doc.doc_id}: {doc.title}")


if __name__ == "__main__":
    main()
