"""PowerPoint (.pptx): the only module that imports python-pptx. One Page per slide (text and notes)."""
from __future__ import annotations

from pathlib import Path

from assistant.readers.pages import Page, UnreadableFile


def read_pptx(path: Path, data: bytes) -> list[Page]:
    raise UnreadableFile(path, "this format is not supported yet")
