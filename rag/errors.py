"""Errors a user can act on. Each message is one line that says what is wrong and what to do."""


class RAGError(Exception):
    """Base class for errors shown to users as a single line (never a traceback)."""


class SettingsError(RAGError):
    pass


class LoadError(RAGError):
    """A file or record could not be read as an article."""


class IndexMismatchError(RAGError):
    """The index on disk was built with a different embedder or chunking."""


class IndexBusyError(RAGError):
    """Another process is writing to the same index."""
