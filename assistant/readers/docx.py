"""Word documents: page numbers follow explicit page breaks and section breaks, as Word shows them.

Word paginates by layout, which a reader cannot reproduce; but a document that uses hard page
breaks (Ctrl+Enter), "page break before" paragraphs or next-page section breaks gets exactly
those page numbers. Continuous section breaks do not start a page.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from assistant.readers.pages import Page, UnreadableFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BREAK = None  # marks a page break between text parts


def _starts_new_page(paragraph_element) -> bool:
    before = paragraph_element.find(f"{W}pPr/{W}pageBreakBefore")
    return before is not None and before.get(f"{W}val", "true") not in ("0", "false", "off")


def _page_starting_sections(body) -> set:
    """Paragraph-level section ends that start a new page.

    A section's own <w:type> says how *it* starts, so the break after section N is
    decided by section N+1 (the last one lives directly in the body).
    """
    sections = list(body.iter(f"{W}sectPr"))
    starting = set()
    for ending, following in zip(sections, sections[1:]):
        kind = following.find(f"{W}type")
        if kind is None or kind.get(f"{W}val", "nextPage") != "continuous":
            starting.add(ending)
    return starting


def _paragraph_parts(element, page_sections: set) -> list[str | None]:
    """The paragraph's text, with BREAK where a page break falls before or inside it."""
    parts: list[str | None] = [BREAK] if _starts_new_page(element) else []
    current: list[str] = []
    for node in element.iter():
        if node.tag == f"{W}t":
            current.append(node.text or "")
        elif node.tag == f"{W}tab":
            current.append("\t")
        elif node.tag == f"{W}br" and node.get(f"{W}type") == "page":
            parts += ["".join(current), BREAK]
            current = []
        elif node.tag in (f"{W}br", f"{W}cr"):
            current.append("\n")
    parts.append("".join(current))
    if element.find(f"{W}pPr/{W}sectPr") in page_sections:
        parts.append(BREAK)
    return parts


def _table_parts(element) -> list[str]:
    rows = []
    for row in element.iter(f"{W}tr"):
        cells = ["".join(t.text or "" for t in cell.iter(f"{W}t")) for cell in row.iter(f"{W}tc")]
        rows.append(" | ".join(cells))
    return rows


def read_docx(path: Path, data: bytes) -> list[Page]:
    import docx

    try:
        body = docx.Document(io.BytesIO(data)).element.body
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableFile(path, f"damaged Word file ({exc})") from None
    except MemoryError:
        raise
    except Exception as exc:  # python-docx raises its own types for files that are not Word documents
        raise UnreadableFile(path, f"not a Word document ({type(exc).__name__})") from None
    page_sections = _page_starting_sections(body)
    pages: list[Page] = []
    lines: list[str] = []
    for block in body.iterchildren():
        parts: Sequence[str | None]
        if block.tag == f"{W}p":
            parts = _paragraph_parts(block, page_sections)
        elif block.tag == f"{W}tbl":
            parts = _table_parts(block)
        else:
            continue
        for part in parts:
            if part is BREAK:
                if lines or pages:  # a break before any text does not make an empty first page
                    pages.append(Page(len(pages) + 1, "\n".join(lines)))
                lines = []
            else:
                lines.append(part)
    pages.append(Page(len(pages) + 1, "\n".join(lines)))
    return pages
