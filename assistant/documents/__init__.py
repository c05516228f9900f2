"""The document index: find files, read and chunk them, embed, store, and search with citations."""
from enum import StrEnum


class DocumentStatus(StrEnum):
    """A document's state, as stored in documents.status (UNAVAILABLE is only ever shown)."""
    INDEXED = "indexed"
    FAILED = "failed"  # it could not be read or indexed; documents.reason says why
    UNAVAILABLE = "unavailable"  # the added folder it is in is missing (an unplugged drive)
