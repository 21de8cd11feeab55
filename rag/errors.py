"""Errors a user can act on. Each message is one line that says what is wrong and what to do."""


class RAGError(Exception):
    """Base class for errors shown to users as a single line (never a traceback)."""


class SettingsError(RAGError):
    pass


class LoadError(RAGError):
    """A file or record could not be read as an article."""


class IndexMismatchError(RAGError):
    """The index on disk was built with a different embedder or chunking."""


class DamagedIndexError(RAGError):
    """A file of the index cannot be read (not JSON, not an SQLite database)."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(
            f"'{path}' is damaged ({reason}); restore it from a backup, or re-ingest the "
            "articles into a new --index folder"
        )


class IndexBusyError(RAGError):
    """Another process is writing to the same index."""
