"""Plain text, Markdown and source code: decoded with encoding detection, split into page-sized parts."""
from __future__ import annotations

from pathlib import Path

from assistant.readers import Page, UnreadableFile

PAGE_CHARS = 3000  # about one printed page; plain text has no pages of its own


def decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(path, "binary content, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile(path, "binary content, not text")
    return str(best)


def split_pages(text: str, page_chars: int = PAGE_CHARS) -> list[Page]:
    """Cut at paragraph (else line) boundaries near every `page_chars` characters."""
    pages, start = [], 0
    while start < len(text):
        end = min(start + page_chars, len(text))
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start + page_chars // 2, end))
            end = cut + 1 if cut > start else end
        pages.append(Page(len(pages) + 1, text[start:end]))
        start = end
    return pages


def read_text(path: Path) -> list[Page]:
    return split_pages(decode(path.read_bytes(), path))
