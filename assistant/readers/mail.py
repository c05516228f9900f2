"""E-mail (.eml, .mbox): one message a page, attachments read by their own readers."""
from __future__ import annotations

from pathlib import Path

from assistant.readers.pages import Page, UnreadableFile


def read_eml(path: Path, data: bytes) -> list[Page]:
    raise UnreadableFile(path, "this format is not supported yet")


def read_mbox(path: Path, data: bytes) -> list[Page]:
    raise UnreadableFile(path, "this format is not supported yet")
