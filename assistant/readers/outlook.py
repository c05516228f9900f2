"""Outlook messages (.msg): the only module that imports extract-msg."""
from __future__ import annotations

from pathlib import Path

from assistant.readers.pages import Page, UnreadableFile


def read_msg(path: Path, data: bytes) -> list[Page]:
    raise UnreadableFile(path, "this format is not supported yet")
