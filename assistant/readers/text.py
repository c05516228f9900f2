"""Plain text, Markdown and source code: decoded with encoding detection, split into page-sized parts."""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from assistant.readers.pages import Page, UnreadableFile

PAGE_CHARS = 3000  # about one printed page; plain text has no pages of its own
SNIFF_BYTES = 8192
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Typographic punctuation that Windows-1252 text commonly carries in 0x80-0x9F.
_CP1252_PUNCTUATION = set("‘’‚“”„–—…•€™‹›ˆ˜†‡‰")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _bytes_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: a byte that is not UTF-8 is read as Windows-1252 (files edited in both)."""
    if not isinstance(error, UnicodeDecodeError):  # registered for decoding only
        raise error
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("deskmate-cp1252", _bytes_as_cp1252)


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL, as in UTF-16 text of Western script."""
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """Binary when control characters are common among the bytes that are not NUL.

    A few NUL bytes (padding a log after a crash, a stray byte) do not make text binary;
    they are removed with the other invisible characters.
    """
    head = data[:SNIFF_BYTES]
    if head.startswith(BOMS) or _utf16_without_bom(head):
        return False
    rest = head.replace(b"\x00", b"")
    if len(rest) < 0.05 * len(head):
        return True  # (almost) nothing but NUL bytes
    controls = sum(1 for byte in rest if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls > len(rest) * 0.05


def _western(text: str) -> bool:
    """True when the non-ASCII characters are Latin letters or common typographic punctuation."""
    others = [ch for ch in text if ord(ch) > 127]
    if not others:
        return True
    plausible = sum(1 for ch in others
                    if ch in _CP1252_PUNCTUATION or (unicodedata.category(ch).startswith("L")
                                                     and "LATIN" in unicodedata.name(ch, ""))
                    or ch in "°±²³µ·¹º»«¼½¾¿×÷§©®¶¢£¥¡ª¬")
    return plausible >= 0.9 * len(others)


def decode(data: bytes, path: Path) -> str:
    if looks_binary(data):
        raise UnreadableFile(path, "binary content, not text")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    wide = _utf16_without_bom(data[:SNIFF_BYTES])
    if wide:
        return data.decode(wide, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):  # UTF-8 with some Windows-1252 lines: keep both readable
        return data.decode("utf-8", errors="deskmate-cp1252")
    # Not UTF-8. Detectors are unsure on short Western text and often guess an exotic code
    # page; Windows-1252 (a superset of Latin-1 for printable text) is by far the likeliest.
    try:
        western = data.decode("cp1252")
        if _western(western):
            return western
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return data.decode("latin-1")
    return str(best)


def split_pages(text: str, page_chars: int = PAGE_CHARS) -> list[Page]:
    """Form feeds are page breaks; long stretches are cut at paragraph (else line) boundaries."""
    pages: list[Page] = []
    for sheet in text.split("\f"):
        for part in _cut(sheet, page_chars):
            pages.append(Page(len(pages) + 1, part))
    return pages


def _cut(text: str, page_chars: int) -> list[str]:
    parts, start = [], 0
    while start < len(text):
        end = min(start + page_chars, len(text))
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start + page_chars // 2, end))
            end = cut + 1 if cut > start else end
        parts.append(text[start:end])
        start = end
    return parts or [""]


def read_text(path: Path, data: bytes) -> list[Page]:
    return split_pages(decode(data, path))
