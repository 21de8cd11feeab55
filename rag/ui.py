"""The chat window: a Gradio app over `rag.RAG`, started by `rag ui` or `python ui.py`.

Everything it shows comes from the public API (`stream`, `ingest`, `documents`, `document`,
`remove`, `stats`); the HTML is built in rag/ui_html.py. One RAG object, so one copy of each
model, serves every browser session, and each session keeps its own conversation in `gr.State`.
Events that read or write the index share one queue slot: answers wait behind each other and
behind uploads instead of competing for the CPU cores and the store.
"""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import Any

import gradio as gr

from rag.api import RAG
from rag.conversation import Turn, exchange
from rag.errors import RAGError
from rag.types import Answer, IndexStats, IngestReport
from rag.ui_html import (
    CITATION_HINT,
    SOURCES_HINT,
    citation_view,
    conversation,
    sources_panel,
)

Exchanges = list[tuple[str, Answer]]
FILE_TYPES = [".txt", ".md", ".html", ".json", ".jsonl"]
INDEX_QUEUE = "index"

# A click on a citation chip becomes a `click` event carrying the span the chip stands for.
CHIP_JS = """
element.addEventListener('click', (event) => {
  const chip = event.target.closest('.chip');
  if (!chip) return;
  event.preventDefault();
  trigger('click', {doc_id: chip.dataset.doc, start: Number(chip.dataset.start),
                    end: Number(chip.dataset.end)});
});
"""
SCROLL_TO_MARK_JS = """
watch('value', () => {
  const mark = element.querySelector('mark.cited');
  if (mark) mark.scrollIntoView({block: 'center'});
});
"""

CSS = """
.conversation { display: flex; flex-direction: column; gap: 10px; padding: 4px; }
.msg { padding: 10px 14px; border-radius: 12px; line-height: 1.5; max-width: 92%; }
.msg.question { align-self: flex-end; background: var(--color-accent-soft);
  border: 1px solid var(--border-color-accent); }
.msg.answer { align-self: flex-start; background: var(--background-fill-secondary);
  border: 1px solid var(--border-color-primary); }
.msg.answer.draft .body { opacity: 0.65; }
.msg.answer.refused { background: #fff7e6; border: 1px dashed #d97706; color: #7c2d12; }
.msg .meta { font-size: 0.8em; opacity: 0.7; margin-top: 4px; }
.msg .badge { display: inline-block; font-size: 0.75em; font-weight: 600; padding: 1px 8px;
  border-radius: 999px; background: #d97706; color: white; margin-bottom: 4px; }
.cursor { display: inline-block; width: 0.5em; height: 1em; margin-left: 2px;
  background: currentColor; vertical-align: text-bottom; animation: blink 1s steps(1) infinite; }
@keyframes blink { 50% { opacity: 0; } }
.chip { display: inline-block; min-width: 1.6em; padding: 0 6px; margin: 0 1px 0 3px;
  border-radius: 999px; border: none; cursor: pointer; font-size: 0.75em; font-weight: 700;
  line-height: 1.6; vertical-align: 0.15em; background: var(--color-accent); color: white; }
.chip:hover { filter: brightness(1.15); }
.hint { opacity: 0.7; font-style: italic; padding: 6px; }
.sources h4 { margin: 10px 0 4px; }
.sources .asked { font-size: 0.85em; opacity: 0.8; }
.evidence li { margin-bottom: 4px; }
.passage { border-top: 1px solid var(--border-color-primary); padding: 6px 0; }
.passage .head { font-weight: 600; }
.scores { font-size: 0.8em; opacity: 0.75; }
.passage p { margin: 4px 0; font-size: 0.9em; }
.citation .title { font-weight: 700; font-size: 1.05em; }
.citation .byline { font-size: 0.85em; opacity: 0.75; margin-bottom: 6px; }
.citation .context { white-space: pre-wrap; line-height: 1.5; max-height: 320px;
  overflow-y: auto; }
.status { font-weight: 600; }
.status.busy::before { content: ""; display: inline-block; width: 0.8em; height: 0.8em;
  margin-right: 6px; border: 2px solid currentColor; border-right-color: transparent;
  border-radius: 50%; animation: spin 0.8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
.status.ready { color: #15803d; }
.status.error { color: #b91c1c; }
#status { text-align: right; }
mark.cited { background: #fde047; color: #111; padding: 1px 2px; border-radius: 3px; }
"""
# System fonts only: the window must not reach out to a font service.
THEME = gr.themes.Soft(
    font=["ui-sans-serif", "system-ui", "sans-serif"],
    font_mono=["ui-monospace", "monospace"],
)


class ModelLoader:
    """Loads the models once in the background so the page shows progress, not a frozen page."""

    def __init__(self, rag: RAG, generative: bool) -> None:
        self.rag, self.generative = rag, generative
        self.stage = "Starting…"
        self.error: str | None = None
        self.done = threading.Event()
        threading.Thread(target=self._load, name="model-loader", daemon=True).start()

    def _load(self) -> None:
        try:
            self.stage = "Loading the embedding model…"
            _ = self.rag.embedder
            if self.generative:
                self.stage = (
                    "Loading the answer model (the very first start converts it: about 90 s)…"
                )
                load = getattr(self.rag.generator, "load", None)  # not every backend preloads
                if callable(load):
                    load()
        except Exception as exc:  # shown to the user; extractive answers may still work
            self.error = str(exc)
        finally:
            self.done.set()

    def watch(self) -> Iterator[tuple[str, Any, Any]]:
        """The status line of one page, updated until the models are ready."""
        while not self.done.is_set():
            busy = gr.update(interactive=False)
            yield status_line("busy", self.stage), busy, busy
            self.done.wait(0.5)
        ready = gr.update(interactive=True)
        if self.error:
            yield (
                status_line("error", f"{self.error} Extractive answers may still work."),
                ready,
                ready,
            )
        else:
            yield status_line("ready", "Ready"), ready, ready


def status_line(state: str, text: str) -> str:
    return f'<span class="status {state}">{escape(text)}</span>'


def history_of(exchanges: Exchanges) -> list[Turn]:
    return [turn for question, answer in exchanges for turn in exchange(question, answer.text)]


def stats_markdown(s: IndexStats) -> str:
    return (
        f"**{s.documents}** documents · **{s.sentences}** sentences · **{s.chunks}** passages · "
        f"embedder `{s.embedder}` ({s.dimension or '?'} dimensions) · `{s.index_type}` index"
    )


def file_results(report: IngestReport, paths: list[Path]) -> list[list[str]]:
    """One row per uploaded file: what indexing did with it and why anything failed."""
    outcomes = {
        **{p: "unchanged (already indexed)" for p in report.unchanged},
        **{p: "updated" for p in report.updated},
        **{p: "added" for p in report.added},
    }
    rows = []
    for path in map(str, paths):

        def mine(where: str, path: str = path) -> bool:
            return where == path or where.startswith((path + ":", path + "#"))

        notes = [outcomes[path]] if path in outcomes else []
        notes += [f"failed: {f.reason}" for f in report.failed if mine(f.path)]
        notes += [f"warning: {w.reason}" for w in report.warnings if mine(w.path)]
        rows.append([Path(path).name, "; ".join(notes) or "nothing indexed"])
    return rows


def upload_name(path: str) -> str:
    """A safe name inside the uploads folder for an uploaded file, whatever its name claims:
    directory parts ("../../etc/x.txt", "..\\x.txt") and leading dots are dropped, so a copy can
    neither land outside the folder nor be hidden from it."""
    name = re.split(r"[\\/]", path)[-1].lstrip(". ")
    name = re.sub(r"[^\w.\- ]", "_", name)
    return name or "upload.txt"


def build_app(rag: RAG) -> gr.Blocks:
    """The chat window over `rag`. Uploaded files are kept in an `uploads` folder inside the
    index, so that an edited file uploaded again replaces its old version. Starts loading the
    models at once."""
    uploads = rag.index.folder / "uploads"
    defaults = rag.settings.answer
    loader = ModelLoader(rag, generative=defaults.mode == "generative")

    def ask(
        question: str,
        exchanges: Exchanges,
        mode: str,
        k: float,
        sources: list[str] | None,
        since: str | None,
        until: str | None,
    ) -> Iterator[tuple[Any, ...]]:
        question = (question or "").strip()
        if not question:
            raise gr.Error("Type a question first.")
        first, last = (since or "").strip() or None, (until or "").strip() or None
        if rag.stats().documents == 0:
            raise gr.Error("The index is empty: add articles in the Articles tab.")
        skip = gr.skip()
        yield conversation(exchanges, question), "", skip, skip, skip
        draft, answer = "", None
        try:
            events = rag.stream(
                question, history_of(exchanges), mode, int(k), sources or None, first, last
            )
            for event in events:
                if isinstance(event, Answer):
                    answer = event
                elif event.draft:  # final text arrives with the Answer, citations and all
                    draft += event.text
                    yield conversation(exchanges, question, draft), skip, skip, skip, skip
        except RAGError as exc:
            yield conversation(exchanges), question, skip, skip, skip
            raise gr.Error(str(exc)) from None
        if answer is None:
            raise gr.Error("Answering ended without an answer; try again.")
        exchanges = [*exchanges, (question, answer)]
        yield conversation(exchanges), skip, sources_panel(answer), answer.to_dict(), exchanges

    def citation(doc_id: str, start: int, end: int) -> str:
        """The cited span `start:end` of document `doc_id`, highlighted in its article."""
        return citation_view(rag.document(doc_id), int(start), int(end))

    def chosen_chip(evt: gr.EventData) -> str:
        return citation(evt.doc_id, evt.start, evt.end)

    def library() -> tuple[Any, ...]:
        docs = rag.documents()
        rows = [
            [d.title, d.source or "", d.date or "", Path(d.origin).name, d.doc_id] for d in docs
        ]
        choices = [(f"{d.title} · {d.doc_id}", d.doc_id) for d in docs]
        sources = sorted({d.source for d in docs if d.source})
        return (
            rows,
            gr.update(choices=choices, value=None),
            stats_markdown(rag.stats()),
            gr.update(choices=sources),
        )

    def upload(
        files: list[str] | None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 (Gradio finds its tracker by it)
    ) -> tuple[Any, ...]:
        if not files:
            raise gr.Error("Choose one or more files first.")
        uploads.mkdir(parents=True, exist_ok=True)
        copies = [Path(shutil.copy(f, uploads / upload_name(f))) for f in files]
        progress((0, len(copies)), desc="Indexing", unit="files")
        try:
            report = rag.ingest(
                copies,
                progress=lambda done, total: progress((done, total), desc="Indexing", unit="files"),
            )
        except RAGError as exc:
            raise gr.Error(str(exc)) from None
        return (file_results(report, copies), *library())

    def remove(doc_id: str | None) -> tuple[Any, ...]:
        if not doc_id:
            raise gr.Error("Choose a document to remove.")
        try:
            doc = rag.remove(doc_id)
        except RAGError as exc:
            raise gr.Error(str(exc)) from None
        gr.Info(f"Removed “{doc.title}”.")
        return library()

    with gr.Blocks(title="newsrag", analytics_enabled=False) as demo:
        exchanges = gr.State([])
        with gr.Row(equal_height=True):
            gr.Markdown("## newsrag\nQuestions answered from your news articles, with citations.")
            status = gr.Markdown(status_line("busy", "Starting…"), elem_id="status")
        with gr.Tabs():
            with gr.Tab("Chat"), gr.Row():
                with gr.Column(scale=3):
                    chat = gr.HTML(
                        conversation([]),
                        js_on_load=CHIP_JS,
                        elem_id="conversation",
                        autoscroll=True,
                        min_height=300,
                        max_height=560,
                        container=True,
                        padding=True,
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            placeholder="Ask about the articles",
                            show_label=False,
                            scale=8,
                            elem_id="question",
                            interactive=False,
                        )
                        ask_button = gr.Button(
                            "Ask",
                            variant="primary",
                            scale=1,
                            min_width=90,
                            elem_id="ask",
                            interactive=False,
                        )
                        new_button = gr.Button("New chat", scale=0, min_width=120, size="md")
                    with gr.Accordion("Answer settings", open=True):
                        with gr.Row():
                            mode = gr.Radio(
                                ["generative", "extractive"],
                                value=defaults.mode,
                                label="Answer mode",
                                info="the local model picks what to quote, or the best sentence is",
                            )
                            k = gr.Slider(1, 20, value=defaults.k, step=1, label="Passages")
                        with gr.Row():
                            source_filter = gr.Dropdown(
                                [], multiselect=True, label="Sources", info="none chosen: all"
                            )
                            since = gr.Textbox(label="From date", placeholder="YYYY-MM-DD")
                            until = gr.Textbox(label="To date", placeholder="YYYY-MM-DD")
                with gr.Column(scale=2):
                    gr.Markdown("#### Citation")
                    cited = gr.HTML(
                        CITATION_HINT,
                        js_on_load=SCROLL_TO_MARK_JS,
                        elem_id="citation",
                        container=True,
                        padding=True,
                    )
                    gr.Markdown("#### Sources")
                    sources = gr.HTML(
                        SOURCES_HINT,
                        js_on_load=CHIP_JS,
                        elem_id="sources",
                        max_height=520,
                        container=True,
                        padding=True,
                    )
                    with gr.Accordion("Answer as JSON", open=False):
                        answer_json = gr.JSON(show_label=False)
            with gr.Tab("Articles"):
                stats = gr.Markdown(elem_id="stats")
                with gr.Row():
                    with gr.Column():
                        files = gr.File(
                            file_count="multiple",
                            file_types=FILE_TYPES,
                            type="filepath",
                            label="Add articles (" + " ".join(FILE_TYPES) + ")",
                        )
                        upload_button = gr.Button("Index these files", variant="primary")
                        results = gr.Dataframe(
                            headers=["file", "result"],
                            label="Result per file",
                            column_widths=["35%", "65%"],
                            wrap=True,
                        )
                    with gr.Column():
                        documents = gr.Dataframe(
                            headers=["title", "source", "date", "file", "id"],
                            label="Indexed documents",
                            column_widths=["40%", "15%", "13%", "17%", "15%"],
                            wrap=True,
                        )
                        with gr.Row():
                            picked = gr.Dropdown([], label="Document", scale=3)
                            remove_button = gr.Button("Remove", variant="stop", scale=1)

        listing = [documents, picked, stats, source_filter]
        demo.load(
            loader.watch,
            None,
            [status, question, ask_button],
            api_visibility="private",
            concurrency_limit=None,  # every open page follows the one shared load
        )
        demo.load(library, None, listing, api_name="library")
        gr.on(
            [ask_button.click, question.submit],
            ask,
            [question, exchanges, mode, k, source_filter, since, until],
            [chat, question, sources, answer_json, exchanges],
            api_name="ask",
            show_progress="minimal",
            concurrency_id=INDEX_QUEUE,
            concurrency_limit=1,
        )
        new_button.click(
            lambda: ([], conversation([]), SOURCES_HINT, CITATION_HINT, None),
            None,
            [exchanges, chat, sources, cited, answer_json],
            api_name="new_conversation",
        )
        chat.click(chosen_chip, None, cited, api_visibility="private")
        sources.click(chosen_chip, None, cited, api_visibility="private")
        gr.api(citation, api_name="citation")
        upload_button.click(
            upload,
            files,
            [results, *listing],
            api_name="upload",
            concurrency_id=INDEX_QUEUE,
            concurrency_limit=1,
        )
        remove_button.click(
            remove,
            picked,
            listing,
            api_name="remove",
            concurrency_id=INDEX_QUEUE,
            concurrency_limit=1,
        )
    return demo


def serve(
    demo: gr.Blocks,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: tuple[str, str] | None = None,
    block: bool = True,
) -> None:
    """Start the web server; with `block=False` it runs in the background (tests)."""
    demo.queue(default_concurrency_limit=1)
    try:
        demo.launch(
            server_name=host,
            server_port=port,
            auth=auth,
            prevent_thread_lock=not block,
            theme=THEME,
            css=CSS,
            ssr_mode=False,
            show_error=True,
            quiet=not block,
        )
    except OSError as exc:  # the port is taken, or the address is not this machine's
        raise RAGError(f"cannot listen on {host}:{port} ({exc}); choose another --port") from None
