"""Spreadsheets (.xlsx through openpyxl, .ods): blocks of whole rows, the header row repeated."""
from __future__ import annotations

from pathlib import Path

from assistant.readers.pages import Page, UnreadableFile


def read_xlsx(path: Path, data: bytes) -> list[Page]:
    raise UnreadableFile(path, "this format is not supported yet")


def read_ods(path: Path, data: bytes) -> list[Page]:
    raise UnreadableFile(path, "this format is not supported yet")
