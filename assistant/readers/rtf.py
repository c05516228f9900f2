"""Rich Text Format (.rtf): the only module that imports striprtf.

Pages follow the document's explicit page breaks (\\page); a document without any is one page.
"""
from __future__ import annotations

import re
from pathlib import Path

from assistant.readers.packages import looks_like
from assistant.readers.pages import Page, UnreadableFile

RTF = "an RTF document (.rtf)"
PAGE_MARK = "\x0c"  # a form feed: striprtf passes it through as text, so pages survive the conversion
# An escaped backslash is kept as it is, so "\\page" written as text is not taken for a page break.
_PAGE_BREAK = re.compile(r"\\\\|\\page(?![a-zA-Z])(?:-?\d+)? ?")


def read_rtf(path: Path, data: bytes) -> list[Page]:
    if not data.lstrip()[:5] == b"{\\rtf":
        what = looks_like(data)
        raise UnreadableFile(path, f"not {RTF} (it is {what})" if what else f"not {RTF} (it does not start with {{\\rtf)")
    from striprtf.striprtf import rtf_to_text

    source = _PAGE_BREAK.sub(lambda match: match.group(0) if match.group(0) == "\\\\" else PAGE_MARK, _decoded(data))
    try:
        text = rtf_to_text(source, errors="replace")
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # striprtf raises ValueError or IndexError on broken escapes
        raise UnreadableFile(path, f"damaged RTF document ({type(exc).__name__}: {str(exc)[:200]})") from None
    return [Page(number, page.strip("\n")) for number, page in enumerate(text.split(PAGE_MARK), start=1)]


def _decoded(data: bytes) -> str:
    """RTF is ASCII with escapes; the few writers that put raw bytes in use UTF-8 or Windows-1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
