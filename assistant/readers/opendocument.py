"""OpenDocument text and slides (.odt, .odp): the only module that imports odfpy."""
from __future__ import annotations

from pathlib import Path

from assistant.readers.pages import Page, UnreadableFile


def read_odt(path: Path, data: bytes) -> list[Page]:
    raise UnreadableFile(path, "this format is not supported yet")


def read_odp(path: Path, data: bytes) -> list[Page]:
    raise UnreadableFile(path, "this format is not supported yet")
