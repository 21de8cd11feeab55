"""The chat window's parts, checked without models or a browser: what it renders (chips, drafts,
refusals, the cited sentence in context, per-file upload results), the model-loading status, and
the login flag."""

import threading

import pytest
from click.testing import CliRunner
from gradio_client import Client
from gradio_client.exceptions import AuthenticationError

from rag import RAG, Settings
from rag.cli import main
from rag.types import Answer, Citation, Document, Evidence, Failure, IngestReport
from rag.ui import ModelLoader, build_app, file_results, serve
from rag.ui_html import citation_view, conversation, draft_message, sources_panel
from tests.conftest import HashEmbedder
from tests.test_ui import free_port

TEXT = "First line here. Mr Kim left on his private train. Then <b>more</b> text follows."
SENTENCE = "Mr Kim left on his private train."
START = TEXT.index(SENTENCE)
END = START + len(SENTENCE)


def answer(text: str = "He left by private train [2].", refused: bool = False) -> Answer:
    citation = Citation(2, SENTENCE, "d1", "Kim <in> Russia", "Wire", START, END)
    evidence = Evidence(2, SENTENCE, "d1", "Kim <in> Russia", "Wire", "2023-09-12", START, END, 1.5)
    return Answer(
        question="How did Kim travel?",
        standalone_question="How did Kim travel?",
        text=text,
        citations=() if refused else (citation,),
        refused=refused,
        passages=(),
        mode="generative",
        answerability=0.8,
        evidence=(evidence,),
    )


def test_markers_become_chips_carrying_their_span():
    html = conversation([("How did Kim travel?", answer())])
    assert "[2]" not in html
    assert (
        f'class="chip" data-marker="2" data-doc="d1" data-start="{START}" data-end="{END}"' in html
    )
    assert 'title="Kim &lt;in&gt; Russia"' in html


def test_draft_hides_markers_even_when_cut_mid_stream():
    assert "[" not in draft_message("He left by train [2] and [")
    assert "[" not in draft_message("He left by train [1")
    assert "Searching the articles" in draft_message("")


def test_refusal_looks_different_from_an_answer():
    refused = conversation([("q", answer("The indexed articles do not answer this.", True))])
    assert 'class="msg answer refused"' in refused and "Not in the articles" in refused
    assert "refused" not in conversation([("q", answer())])
    assert "Closest passages" in sources_panel(answer("No.", refused=True))


def test_question_and_article_text_are_escaped():
    html = conversation([("<script>alert(1)</script>", answer())], pending="<img src=x>")
    assert "<script>" not in html and "<img" not in html


def test_citation_view_marks_the_span_inside_its_article():
    doc = Document("d1", "a.txt", "Kim in Russia", TEXT, "2023-09-12", None, "Wire")
    html = citation_view(doc, START, END)
    assert f'<mark class="cited">{SENTENCE}</mark>' in html
    assert "Kim in Russia" in html and "Wire · 2023-09-12" in html
    assert "&lt;b&gt;more&lt;/b&gt;" in html
    assert "no longer in the index" in citation_view(None, 0, 1)


def test_citation_view_links_only_web_addresses():
    def view(url: str) -> str:
        return citation_view(Document("d1", "a.json", "Kim", TEXT, None, url), START, END)

    assert '<a href="https://example.com/kim"' in view("https://example.com/kim")
    assert "<a " not in view("javascript:alert(1)") and "Kim" in view("javascript:alert(1)")


def test_citation_view_cuts_long_articles_at_whitespace():
    long_text = "word " * 400 + SENTENCE + " tail" * 400
    doc = Document("d1", "a.txt", "Long", long_text)
    start = long_text.index(SENTENCE)
    html = citation_view(doc, start, start + len(SENTENCE), context=50)
    assert html.count("word") < 20 and html.count("tail") < 20
    assert "… word" in html and "tail …" in html


def test_file_results_give_each_uploaded_file_its_outcome(tmp_path):
    good, same, bad = tmp_path / "a.txt", tmp_path / "b.md", tmp_path / "c.jsonl"
    report = IngestReport(
        added=[str(good)],
        unchanged=[str(same)],
        failed=[Failure(f"{bad}:2", "malformed JSON on line 2")],
    )
    assert file_results(report, [good, same, bad]) == [
        ["a.txt", "added"],
        ["b.md", "unchanged (already indexed)"],
        ["c.jsonl", "failed: malformed JSON on line 2"],
    ]


class SlowGenerator:
    def __init__(self) -> None:
        self.release = threading.Event()
        self.loads = 0

    def load(self) -> None:
        self.loads += 1
        self.release.wait(10)


def test_model_loading_shows_progress_then_ready(tmp_path):
    generator = SlowGenerator()
    settings = Settings.load(overrides={"embedding": {"model": "test-hash"}})
    rag = RAG(tmp_path / "index", settings, embedder=HashEmbedder(), generator=generator)
    updates = ModelLoader(rag, generative=True).watch()
    status, question, button = next(updates)
    assert 'class="status busy"' in status
    assert question["interactive"] is False and button["interactive"] is False
    generator.release.set()
    *_, (status, question, button) = updates
    assert "Ready" in status
    assert question["interactive"] is True and button["interactive"] is True
    assert generator.loads == 1


def test_auth_flag_must_be_user_and_password():
    result = CliRunner().invoke(main, ["ui", "--auth", "alice"])
    assert result.exit_code == 1
    assert result.output.strip() == "error: --auth must look like USER:PASSWORD"


@pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning")  # from Gradio's queue
def test_login_is_required_when_auth_is_set(fake_rag):
    demo = build_app(fake_rag)
    port = free_port()
    serve(demo, port=port, auth=("alice", "secret"), block=False)
    url = f"http://127.0.0.1:{port}/"
    try:
        with pytest.raises(AuthenticationError):
            Client(url, verbose=False)
        _, _, stats, _ = Client(url, auth=("alice", "secret"), verbose=False).predict(
            api_name="/library"
        )
        assert stats.startswith("**0** documents")
    finally:
        demo.close()
