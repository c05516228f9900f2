"""Images of printed pages (PNG, JPEG, TIFF, multi-page TIFF): text by OCR, one Page per frame."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from assistant.readers.pages import Page, PageText, UnreadableFile


def image_pages(path: Path, data: bytes, start: int = 1) -> tuple[int, Iterator[PageText]]:
    raise UnreadableFile(path, "this format is not supported yet")


def read_image(path: Path, data: bytes) -> list[Page]:
    _count, pages = image_pages(path, data)
    return list(pages)
