"""Lexical matching: one analyzer (lower-case, stop words out, Snowball stems) for BM25 and for
the term-overlap scores that evidence selection uses, so both agree on what a "term" is.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
# Question and auxiliary words carry no topic; dropping them keeps BM25 from favouring passages
# that merely contain "what" or "did".
STOPWORDS = frozenset(STOPWORDS_EN) | {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "did", "do",
    "done", "was", "were", "has", "have", "had", "been", "being", "can", "could", "would",
    "should", "may", "might", "will", "shall", "must", "about", "from", "its", "his", "her",
    "their", "our", "your", "my", "he", "she", "we", "you", "i", "me", "him", "us", "them",
    "than", "also", "any", "some", "many", "much", "more", "most", "s",
}  # fmt: skip


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def terms(text: str) -> list[str]:
    """Stemmed content terms of `text`, in order (duplicates kept)."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    words = [w.replace(".", "") if w.count(".") and len(w) <= 6 else w for w in words]
    return _stemmer().stemWords([w for w in words if w not in STOPWORDS])


class BM25Index:
    """BM25 over chunk texts, persisted next to the vectors; never rebuilt per query."""

    def __init__(self, model: bm25s.BM25, ids: np.ndarray) -> None:
        self.model = model
        self.ids = ids

    @classmethod
    def build(cls, ids: np.ndarray, texts: list[str]) -> BM25Index:
        model = bm25s.BM25()
        if texts:
            model.index([terms(t) or ["\u2205"] for t in texts], show_progress=False)
        return cls(model, ids)

    @classmethod
    def load(cls, folder: Path) -> BM25Index:
        ids = np.load(folder / "ids.npy")
        model = bm25s.BM25.load(str(folder), show_progress=False) if len(ids) else bm25s.BM25()
        return cls(model, ids)

    def save(self, folder: Path) -> None:
        """Write into a temporary folder and rename it into place."""
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if len(self.ids):
            self.model.save(str(tmp), show_progress=False)
        np.save(tmp / "ids.npy", self.ids)
        (tmp / "complete.json").write_text(json.dumps({"chunks": int(len(self.ids))}))
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(tmp, folder)

    def search(self, query: str, n: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Top `n` (chunk id, BM25 score) pairs with a positive score."""
        query_terms = terms(query)
        if not len(self.ids) or not query_terms or n <= 0:
            return []
        scores = self.model.get_scores(query_terms)
        if allowed is not None:
            scores = np.where(np.isin(self.ids, allowed), scores, 0.0)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top])]
        return [(int(self.ids[i]), float(scores[i])) for i in top if scores[i] > 0]
