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
