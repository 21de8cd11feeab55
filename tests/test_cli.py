"""CLI error handling: one clear line, no traceback, correct exit status."""

from click.testing import CliRunner

from rag.cli import main


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


def test_empty_project_index_starts_with_the_seed_articles(tmp_path, monkeypatch):
    import shutil

    import rag.cli

    seeds = tmp_path / "seeds"
    shutil.copytree(rag.cli.SEEDS, seeds)
    monkeypatch.setattr(rag.cli, "DEFAULT_INDEX", tmp_path / "index")
    monkeypatch.setattr(rag.cli, "SEEDS", seeds)
    monkeypatch.chdir(tmp_path)
    result = run("search", "How did Kim Jong Un travel to Russia?", "--json")
    assert result.exit_code == 0, result.output
    assert "indexing the seed articles" in result.output
    assert "private train" in result.output
    again = run("search", "private train", "--index", "index")
    assert "indexing the seed articles" not in again.output
