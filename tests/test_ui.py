"""The chat window end to end through `gradio_client`: a real Gradio server on a free local port
over a copy of the seed index, with the real embedder and generator.

Generative mode is used once (it costs seconds per answer on a CPU); the other answers are
extractive, which exercises the same window, queue and citation path.
"""

import json
import re
import shutil
import socket
import threading
from html import unescape

import pytest
from gradio_client import Client, handle_file

from rag import RAG
from rag.errors import RAGError
from rag.ui import build_app, serve

pytestmark = [
    pytest.mark.slow,
    # Gradio's queue calls a pandas option that pandas 3 deprecates; nothing of ours.
    pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(seed_index, real_embedder, real_generator, tmp_path_factory):
    """The real app, serving a private copy of the seed index (uploads change it)."""
    index = tmp_path_factory.mktemp("ui") / "index"
    shutil.copytree(seed_index, index)
    demo = build_app(RAG(index, embedder=real_embedder, generator=real_generator))
    port = free_port()
    serve(demo, port=port, block=False)
    yield f"http://127.0.0.1:{port}/"
    demo.close()


def client(url: str) -> Client:
    c = Client(url, verbose=False)
    c.predict(api_name="/library")  # what a page load does: fills the source and document lists
    return c


def ask(c: Client, question: str, mode: str = "extractive", sources=(), since="", until=""):
    chat, _, sources_html, answer = c.predict(
        question, mode, 5, list(sources), since, until, api_name="/ask"
    )
    return chat, sources_html, answer


def chips(html: str) -> list[dict]:
    return [
        {"marker": int(m), "doc_id": d, "start": int(s), "end": int(e)}
        for m, d, s, e in re.findall(
            r'data-marker="(\d+)" data-doc="(\w+)" data-start="(\d+)" data-end="(\d+)"', html
        )
    ]


def marked(html: str) -> str:
    return unescape(re.search(r'<mark class="cited">(.*?)</mark>', html, re.S).group(1))


def test_seed_question_is_answered_with_a_citation_that_resolves(app_url):
    c = client(app_url)
    chat, sources_html, answer = ask(c, "How did Kim Jong Un travel to Russia?", "generative")
    assert not answer["refused"] and "train" in answer["text"]
    cited = answer["citations"]
    assert cited and any("private train" in x["sentence"] for x in cited)
    # Every chip in the conversation is one of the answer's citations, with its exact span.
    shown = chips(chat)
    assert shown and all(
        {k: x[k] for k in ("marker", "doc_id", "start", "end")} in shown for x in cited
    )
    assert "[" not in re.sub(r"<[^>]+>", "", chat)  # no raw markers left in the text
    # Choosing the chip shows that sentence highlighted in its article.
    chip = next(x for x in cited if "private train" in x["sentence"])
    view = c.predict(chip["doc_id"], chip["start"], chip["end"], api_name="/citation")
    assert marked(view) == chip["sentence"]
    assert unescape(chip["title"]) in unescape(view)
    # The sources panel shows the retrieved passages with their scores.
    assert "Retrieved passages" in sources_html and "score " in sources_html
    assert len(answer["passages"]) == 5


def test_follow_up_uses_this_session_history_only(app_url):
    first, second = client(app_url), client(app_url)
    ask(first, "Who is the Kremlin spokesman?")
    chat, _, answer = ask(first, "What did he say about a news conference?")
    assert "Peskov" in answer["standalone_question"]
    assert chat.count('class="msg question"') == 2
    chat, _, answer = ask(second, "What did he say about a news conference?")
    assert "Peskov" not in answer["standalone_question"]
    assert chat.count('class="msg question"') == 1


def test_refusal_is_shown_differently_with_the_closest_passages(app_url):
    chat, sources_html, answer = ask(client(app_url), "What is the boiling point of mercury?")
    assert answer["refused"] and not answer["citations"]
    assert 'class="msg answer refused"' in chat
    assert "Closest passages" in sources_html


def test_concurrent_sessions_are_queued_and_kept_apart(app_url):
    questions = ["Where did Putin arrive on Monday?", "Who visited Pyongyang in July?"]
    results: dict[str, str] = {}

    def run(question: str, mode: str) -> None:
        results[question] = ask(client(app_url), question, mode)[0]

    # One session generates while the other asks: the second waits its turn in the queue.
    modes = ["generative", "extractive"]
    threads = [threading.Thread(target=run, args=qm) for qm in zip(questions, modes, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert len(results) == 2
    for mine, other in (questions, questions[::-1]):
        assert mine in unescape(results[mine]) and other not in unescape(results[mine])


def test_uploaded_file_becomes_searchable_filterable_and_removable(app_url, tmp_path):
    article = tmp_path / "volcano.json"
    article.write_text(
        json.dumps(
            {
                "title": "Volcano erupts near Reykjavik",
                "text": "A volcano erupted on the Reykjanes peninsula on Monday night. "
                "Lava flowed towards the fishing town of Grindavik, which had been evacuated.",
                "date": "2024-01-15",
                "source": "Example Wire",
            }
        ),
        encoding="utf-8",
    )
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"title": "x", "text": "y"\n', encoding="utf-8")
    c = client(app_url)
    results, documents, _, stats, _ = c.predict(
        [handle_file(str(article)), handle_file(str(broken))], api_name="/upload"
    )
    outcome = {row[0]: row[1] for row in results["data"]}
    assert outcome["volcano.json"] == "added"
    assert outcome["broken.jsonl"].startswith("failed: ")
    assert "Volcano erupts near Reykjavik" in [row[0] for row in documents["data"]]
    assert "**2** documents" in stats

    question = "Which town did the lava flow towards?"
    _, _, answer = ask(c, question, sources=["Example Wire"])
    assert not answer["refused"] and "Grindavik" in answer["citations"][0]["sentence"]
    volcano_id = answer["citations"][0]["doc_id"]
    _, _, answer = ask(c, "How did Kim Jong Un travel to Russia?", sources=["Example Wire"])
    assert all(p["source"] == "Example Wire" for p in answer["passages"])
    _, _, answer = ask(c, question, since="2024-02-01")
    assert not answer["passages"]

    documents, *_ = c.predict(volcano_id, api_name="/remove")
    assert volcano_id not in [row[4] for row in documents["data"]]
    _, _, answer = ask(c, question)
    assert all(p["doc_id"] != volcano_id for p in answer["passages"])


def test_a_port_in_use_is_a_one_line_error(fake_rag):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        demo = build_app(fake_rag)
        with pytest.raises(RAGError, match=f"cannot listen on 127.0.0.1:{port} .*choose another"):
            serve(demo, port=port, block=False)
        demo.close()
