"""The benchmark report renders every section from the benchmarks' JSON, names the machine, and
draws its plots; a missing result is named rather than silently dropped."""

import json

import pytest

from eval import report

MACHINE = {
    "cpu": "Test CPU 9000",
    "cpus": 2,
    "memory_gib": 23.5,
    "system": "Linux 6",
    "load_average_at_start": [0.5, 0.4, 0.3],
}


@pytest.fixture
def results(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "RESULTS", tmp_path / "results")
    monkeypatch.setattr(report, "FIGURES", tmp_path / "report")
    (tmp_path / "results").mkdir()
    return tmp_path / "results"


def test_sections_render_from_results_with_machine_and_plots(results, tmp_path):
    (results / "bench_retrieval.json").write_text(
        json.dumps(
            {
                "machine": MACHINE,
                "documents": 8,
                "chunks": 310,
                "sentences": 1635,
                "embedder_load_s": 1.5,
                "ingest_s": 20.0,
                "chunks_per_s": 15.5,
                "texts_embedded_per_s": 97.2,
                "queries": 4,
                "retrieval_p50_ms": 50.0,
                "retrieval_p95_ms": 70.0,
                "latencies_ms": [40.0, 50.0, 55.0, 70.0],
            }
        )
    )
    text = report.render()
    section = text.split("## Ingestion and retrieval speed")[1].split("\n## ")[0]
    assert "Test CPU 9000, 2 CPUs, 23.5 GiB" in section
    assert "| texts (chunks and sentences) embedded per second | 97.20 |" in section
    assert "![retrieval_latency.png](report/retrieval_latency.png)" in section
    assert (tmp_path / "report" / "retrieval_latency.png").stat().st_size > 1000
    assert "No results yet" in text.split("## Answering speed")[1]


def test_the_machine_line_names_the_cpus_vector_extensions():
    from eval.machine import describe

    with_them = describe({**MACHINE, "vector_extensions": ["avx2", "avx512_vnni"]})
    assert with_them.startswith("Test CPU 9000 (avx2, avx512_vnni), 2 CPUs")
    assert describe({**MACHINE, "vector_extensions": []}).startswith("Test CPU 9000 (no AVX2),")
    assert describe(MACHINE).startswith("Test CPU 9000, 2 CPUs")  # recorded before they were


def test_answering_speed_gives_the_drafted_answers_apart(results):
    timing = {"p50": 0.9, "p95": 3.3}
    (results / "bench_answering.json").write_text(
        json.dumps(
            {
                "machine": MACHINE,
                "generator": "bundled:qwen",
                "quantize": "int8",
                "cold_start_s": 28.4,
                "cold_start_converted_model": False,
                "answered": 56,
                "refused": 3,
                "first_token_s": timing,
                "total_s": timing,
                "refusal_total_s": timing,
                "drafted": 4,
                "drafted_first_token_s": {"p50": 3.5, "p95": 3.6},
                "drafted_total_s": {"p50": 5.3, "p95": 6.6},
                "first_token_all_s": [0.9, 3.5],
                "total_all_s": [0.9, 5.3],
                "decode_tokens_per_s": 11.7,
                "peak_rss_mb": 3855,
            }
        )
    )
    section = report.render().split("## Answering speed")[1].split("\n## ")[0]
    assert "| time to first token p50 / p95 (s) | 0.9 / 3.3 |" in section
    assert "| drafted: time to first token p50 / p95 (s) | 3.5 / 3.6 |" in section
    assert "| drafted: total answer p50 / p95 (s) | 5.3 / 6.6 |" in section
