"""CLI error handling: one clear line, no traceback, correct exit status."""

import json
import shutil

import pytest
from click.testing import CliRunner

from rag.cli import main
from tests.conftest import SEEDS


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_missing_path_is_one_line_and_fails(tmp_path):
    result = run("ingest", str(tmp_path / "nope.txt"), "--index", str(tmp_path / "ix"))
    assert result.exit_code == 1
    assert "failed:" in result.output and "no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_search_on_empty_index_says_what_to_do(tmp_path):
    result = run("search", "anything", "--index", str(tmp_path / "ix"))
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: index '{tmp_path / 'ix'}' is empty; run 'rag ingest PATH --index {tmp_path / 'ix'}'"
    )


def test_unknown_setting_in_config_is_one_line(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text("[retrieval]\nkk = 1\n")
    result = run("stats", "--index", str(tmp_path / "ix"), "--config", str(config))
    assert result.exit_code == 1
    assert result.output.strip() == "error: unknown setting retrieval.kk"


def _project(tmp_path, monkeypatch, seeds):
    """Point the CLI's project index/ and seeds/ at `tmp_path` (the test runs there)."""
    import rag.cli

    monkeypatch.setattr(rag.cli, "DEFAULT_INDEX", (tmp_path / "index").resolve())
    monkeypatch.setattr(rag.cli, "SEEDS", seeds)


@pytest.mark.slow
def test_empty_project_index_starts_with_the_seed_articles(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    _project(tmp_path, monkeypatch, seeds)
    result = run("search", "How did Kim Jong Un travel to Russia?", "--json")
    assert result.exit_code == 0, result.output
    assert "indexing the seed articles" in result.stderr
    assert any("private train" in hit["text"] for hit in json.loads(result.stdout))
    again = run("search", "private train", "--index", "index/")
    assert again.exit_code == 0, again.output
    assert "indexing the seed articles" not in again.stderr
    assert "private train" in again.stdout


def test_seeding_that_indexes_nothing_says_what_to_do(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "blank.txt").write_text("   \n")
    _project(tmp_path, monkeypatch, seeds)
    result = run("ask", "Who is Kim?")
    assert result.exit_code == 1
    assert "failed:" in result.stderr and "blank.txt" in result.stderr
    assert result.stderr.strip().endswith(
        "error: no seed article was indexed; run 'rag ingest PATH --index index'"
    )
