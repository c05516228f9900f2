"""Rich Text Format (.rtf): the only module that imports striprtf."""
from __future__ import annotations

from pathlib import Path

from assistant.readers.pages import Page, UnreadableFile


def read_rtf(path: Path, data: bytes) -> list[Page]:
    raise UnreadableFile(path, "this format is not supported yet")
