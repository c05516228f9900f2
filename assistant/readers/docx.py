"""Word documents: page numbers follow explicit page breaks and section breaks, as Word shows them."""
from __future__ import annotations

import zipfile
from pathlib import Path

from assistant.readers import Page, UnreadableFile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_parts(paragraph) -> list[str | None]:
    """The paragraph's text, with None where a page break falls inside it."""
    parts, current = [], []
    for node in paragraph._p.iter():
        if node.tag == f"{W}t":
            current.append(node.text or "")
        elif node.tag == f"{W}tab":
            current.append("\t")
        elif node.tag == f"{W}br" and node.get(f"{W}type") == "page":
            parts += ["".join(current), None]
            current = []
        elif node.tag == f"{W}lastRenderedPageBreak":
            continue
    parts.append("".join(current))
    if paragraph._p.find(f"{W}pPr/{W}sectPr") is not None:
        parts.append(None)  # a section break starts a new page after this paragraph
    return parts


def read_docx(path: Path) -> list[Page]:
    import docx

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableFile(path, f"damaged Word file ({exc})") from None
    pages, lines = [], []
    for block in document.element.body.iterchildren():
        if block.tag == f"{W}p":
            from docx.text.paragraph import Paragraph

            parts = _paragraph_parts(Paragraph(block, document))
        elif block.tag == f"{W}tbl":
            parts = [" | ".join(cell.text for cell in row.cells) for row in _table(block, document).rows]
        else:
            continue
        for part in parts:
            if part is None:
                pages.append(Page(len(pages) + 1, "\n".join(lines)))
                lines = []
            else:
                lines.append(part)
    pages.append(Page(len(pages) + 1, "\n".join(lines)))
    return pages


def _table(block, document):
    from docx.table import Table

    return Table(block, document)
