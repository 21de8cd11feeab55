"""newsrag: local, offline question answering over news articles with cited source sentences."""

from rag.api import RAG
from rag.errors import RAGError
from rag.settings import Settings
from rag.types import Document, Hit, IngestReport, ScoredSentence

__all__ = ["RAG", "Document", "Hit", "IngestReport", "RAGError", "ScoredSentence", "Settings"]
