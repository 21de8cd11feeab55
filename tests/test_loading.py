import json
import warnings

from rag.loading import discover, load_file

HTML = """<html><head><title>Storm hits coast - Daily Planet</title>
<meta property="og:site_name" content="Daily Planet"><meta name="date" content="2024-03-02">
<script>var tracking = 1;</script><style>p {color: red}</style></head>
<body><nav>Home | World | Sport | Weather</nav>
<article><h1>Storm hits coast</h1>
<p>A powerful storm struck the northern coast on Saturday, cutting power to 40,000 homes.</p>
<p>Emergency crews worked through the night to clear fallen trees from the main roads.</p>
<p>The weather service said the storm would weaken as it moved inland on Sunday.</p></article>
<footer>Copyright 2024 Daily Planet</footer></body></html>"""


def test_text_first_line_is_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Storm hits coast\n\nA storm struck on Saturday.\n\nPHOTO: AFP\n")
    (article,) = load_file(path).articles
    assert article.title == "Storm hits coast"
    assert article.text == "A storm struck on Saturday."
    assert article.origin == str(path.resolve())


def test_markdown_markup_is_removed(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Storm hits coast\n\nA **storm** struck, [officials](http://x.org) said.\n")
    (article,) = load_file(path).articles
    assert article.title == "Storm hits coast"
    assert article.text == "A storm struck, officials said."


def test_a_markdown_line_that_is_only_a_link_is_dropped(tmp_path):
    path = tmp_path / "trial.md"
    path.write_text(
        "# Bankers jailed\n\nTwo bankers were jailed, [the court](http://x.org) said.\n\n"
        "[Read the full judgment](https://x.org/judgment.pdf)\n\n- [More news](/news)\n"
    )
    (article,) = load_file(path).articles
    assert article.text == "Two bankers were jailed, the court said."


def test_markdown_images_emphasis_and_publication_line(tmp_path):
    path = tmp_path / "fire.md"
    path.write_text(
        "# Fire kills nine\n\n"
        "![Firefighters battle flames near Monchique.](https://x.org/fire.jpg)\n\n"
        "*Published Aug 14, 2024, 7:40 pm*\n\n"
        "A *wildfire* has _killed_ nine people, snake_case officials said.\n\n"
        "* Get breaking news alerts on our Telegram channel.*\n"
    )
    (article,) = load_file(path).articles
    assert article.date == "2024-08-14"
    assert article.text == "A wildfire has killed nine people, snake_case officials said."


def test_a_publication_line_with_its_byline_gives_the_date(tmp_path):
    path = tmp_path / "mayor.md"
    path.write_text(
        "# Marchetti wins Kestrel Bay\n\n"
        "*Published: October 6, 2024 · By Samir Olawale, Coastal News Agency*\n\n"
        "Ilse Marchetti was elected mayor on Sunday.\n"
    )
    (article,) = load_file(path).articles
    assert article.date == "2024-10-06"
    assert article.text == "Ilse Marchetti was elected mayor on Sunday."


def test_markdown_front_matter_gives_title_date_and_source(tmp_path):
    path = tmp_path / "budget.md"
    path.write_text(
        '---\ntitle: "Council passes budget"\ndate: 2024-05-06T18:00:00+02:00\n'
        "source: Elmwood Echo\ntags: [local, money]\n---\n\n# Council passes budget\n\n"
        "The Elmwood council passed its budget on Monday night.\n"
    )
    (article,) = load_file(path).articles
    assert (article.title, article.date, article.source) == (
        "Council passes budget",
        "2024-05-06",
        "Elmwood Echo",
    )
    assert article.text == "The Elmwood council passed its budget on Monday night."


def test_a_rule_line_above_the_title_is_no_title(tmp_path):
    path = tmp_path / "storm.md"
    path.write_text("***\n\nStorm hits coast\n\nA storm struck on Saturday.\n")
    (article,) = load_file(path).articles
    assert (article.title, article.text) == ("Storm hits coast", "A storm struck on Saturday.")


def test_a_story_line_opening_with_published_is_kept(tmp_path):
    path = tmp_path / "book.txt"
    path.write_text("Author wins prize\n\nPublished in paperback, the novel sold well.\n")
    (article,) = load_file(path).articles
    assert article.date is None
    assert article.text == "Published in paperback, the novel sold well."


def test_html_main_text_and_metadata(tmp_path):
    path = tmp_path / "storm.html"
    path.write_text(HTML)
    (article,) = load_file(path).articles
    assert article.title == "Storm hits coast"
    assert "cutting power to 40,000 homes" in article.text
    for junk in ["Home | World", "tracking", "color: red", "Copyright"]:
        assert junk not in article.text
    assert article.date == "2024-03-02"
    assert article.source == "Daily Planet"


def test_json_and_jsonl_records(tmp_path):
    records = [
        {"title": "One", "text": "First story text.", "date": "2024-01-01", "source": "Wire"},
        {"title": "Two", "text": "Second story text.", "url": "http://x.org/2"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(records))
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    for name in ["a.json", "b.jsonl"]:
        result = load_file(tmp_path / name)
        assert [a.title for a in result.articles] == ["One", "Two"]
        assert result.articles[0].date == "2024-01-01" and result.articles[0].source == "Wire"
        assert result.articles[1].url == "http://x.org/2"
        assert result.articles[1].origin.endswith(f"{name}#2")


def test_record_dates_are_stored_as_iso_dates_or_reported(tmp_path):
    path = tmp_path / "feed.jsonl"
    dates = ["Sept 12, 2023", "Tue, 12 Sep 2023 10:00:00 GMT", "2023-09-12T10:00:00Z"]
    dates += ["Sept 12, 2023, 4:12 pm SGT", "Sep 12, 2023 SGT", "soon", "12 Sep", "2023"]
    path.write_text("\n".join(json.dumps({"text": "Story.", "date": d}) for d in dates))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an unknown time zone ("SGT") is no warning to the user
        result = load_file(path)
    assert [a.date for a in result.articles] == ["2023-09-12"] * 5
    # A date missing its year, month or day is reported, not completed with invented parts.
    assert [f.path for f in result.failures] == [f"{path}:{n}" for n in (6, 7, 8)]
    assert result.failures[0].reason.endswith(
        "'date' is 'soon', which is no full date; give it as YYYY-MM-DD, e.g. 2023-09-12"
    )


def test_a_record_date_may_come_under_the_names_feeds_use(tmp_path):
    path = tmp_path / "feed.jsonl"
    keys = ["published", "pubDate", "publishedAt", "datePublished"]
    path.write_text(
        "\n".join(json.dumps({"text": "Story.", k: "2025-04-09T15:47:00Z"}) for k in keys)
    )
    assert [a.date for a in load_file(path).articles] == ["2025-04-09"] * 4
    both = {"text": "Story.", "date": "2024-01-01", "published": "2025-04-09"}
    path.write_text(json.dumps(both))
    assert load_file(path).articles[0].date == "2024-01-01"


def test_a_publication_line_without_a_full_date_gives_no_date(tmp_path):
    path = tmp_path / "budget.txt"
    path.write_text("Council passes budget\n\nPublished Monday\n\nThe council passed it.\n")
    (article,) = load_file(path).articles
    assert article.date is None
    assert article.text.startswith("Published Monday")


def test_html_date_comes_from_markup_not_from_the_text(tmp_path):
    path = tmp_path / "takeover.html"
    undated = HTML.replace('<meta name="date" content="2024-03-02">', "")
    path.write_text(undated.replace("on Saturday", "in the first quarter of 2025"))
    (article,) = load_file(path).articles
    assert "first quarter of 2025" in article.text
    assert article.date is None  # not 2024-01-01 from "Copyright 2024", nor 2025 from the text


def test_malformed_jsonl_lines_are_reported_and_the_rest_loaded(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"title": "Good", "text": "Good text."}\n{"title": broken\n{"title": "No text"}\n'
        '{"title": "Also good", "text": "More text."}\n'
    )
    result = load_file(path)
    assert [a.title for a in result.articles] == ["Good", "Also good"]
    reasons = {f.path: f.reason for f in result.failures}
    assert "malformed JSON on line 2" in reasons[f"{path}:2"]
    assert "missing or empty 'text'" in reasons[f"{path}:3"]


def test_a_record_text_that_is_no_string_says_so(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"title": "Count", "text": 12345}\n')
    (failure,) = load_file(path).failures
    assert failure.reason == "line 1: 'text' must be a string, not int"


def test_bad_files_fail_with_one_line_reasons(tmp_path):
    cases = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n",
        "binary.txt": bytes(range(256)) * 4,
        "broken.json": b'{"title": "x", "text": ',
        "nav.html": b"<html><script>x=1</script><nav>Home | About</nav></html>",
        "junk.txt": b"Title\n\nPHOTO: REUTERS\n\nRemote video URL\n",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    expected = {
        "empty.txt": "file is empty",
        "blank.txt": "file is empty",
        "binary.txt": "binary file",
        "broken.json": "malformed JSON at line 1",
        "nav.html": "no article text found",
        "junk.txt": "no article text left",
    }
    for name, phrase in expected.items():
        result = load_file(tmp_path / name)
        assert not result.articles, name
        (failure,) = result.failures
        assert phrase in failure.reason, (name, failure.reason)
        assert "\n" not in failure.reason


def test_non_utf8_is_detected_and_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Caf\u00e9 owners protest\n\nThe caf\u00e9 owners said prices rose \u2013 again, by 20 per cent this year.".encode(
            "cp1252"
        )
    )
    result = load_file(path)
    (article,) = result.articles
    assert "café owners said prices rose – again" in article.text
    assert result.warnings and "not UTF-8" in result.warnings[0].reason


def test_utf8_with_a_few_stray_bytes_stays_utf8(tmp_path):
    path = tmp_path / "union.txt"
    utf8 = "Strike ends\n\nThe union’s leader, Siobhán O’Neill, said so.\n"
    path.write_bytes(utf8.encode() + "Reporting by Jörg.".encode("latin-1"))
    result = load_file(path)
    (article,) = result.articles
    assert "The union’s leader, Siobhán O’Neill, said so." in article.text
    (warning,) = result.warnings
    assert "mostly UTF-8" in warning.reason


def test_discover_skips_the_index_folder(tmp_path):
    (tmp_path / "a.txt").write_text("T\n\nText.")
    (tmp_path / "index" / "bm25").mkdir(parents=True)
    (tmp_path / "index" / "manifest.json").write_text("{}")
    (tmp_path / "index" / "bm25" / "vocab.json").write_text("{}")
    files, failures = discover([tmp_path], skip=tmp_path / "index")
    assert [f.name for f in files] == ["a.txt"] and not failures
    assert len(discover([tmp_path])[0]) == 3
    # A folder inside the index (the chat window's uploads) is the user's to ingest.
    assert len(discover([tmp_path / "index" / "bm25"], skip=tmp_path / "index")[0]) == 1


def test_discover_reports_missing_and_unsupported(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "a.txt").write_text("T\n\nText.")
    (tmp_path / "dir" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "dir" / ".hidden.txt").write_text("T\n\nText.")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    files, failures = discover([tmp_path / "dir", tmp_path / "missing.txt", tmp_path / "x.pdf"])
    assert [f.name for f in files] == ["a.txt"]
    reasons = {f.path: f.reason for f in failures}
    assert "no such file or folder" in reasons[str(tmp_path / "missing.txt")]
    assert "unsupported file type '.pdf'" in reasons[str(tmp_path / "x.pdf")]
