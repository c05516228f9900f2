"""Turn a file into pages of text: one module per file type, one entry point.

read_document(path) -> Document with numbered pages. A file that cannot be read
raises UnreadableFile with a short reason ("password-protected", "no text layer").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import DeskmateError

TEXT_SUFFIXES = {".txt", ".text", ".log", ".csv", ".tsv", ".rst", ".json", ".yaml", ".yml", ".toml", ".ini",
                 ".cfg", ".py", ".js", ".ts", ".java", ".c", ".h", ".cpp", ".hpp", ".cs", ".go", ".rs", ".rb",
                 ".php", ".sh", ".sql", ".xml", ".tex", ".r", ".swift", ".kt", ".m", ".scala", ".lua", ".pl"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}


class UnreadableFile(DeskmateError):
    """A file we skip; `reason` is the short form shown in lists ("password-protected")."""

    def __init__(self, path: Path, reason: str):
        self.path, self.reason = Path(path), reason
        super().__init__(f"{Path(path).name}: {reason}")


@dataclass
class Page:
    number: int  # 1-based, as a person would cite it
    text: str


@dataclass
class Document:
    path: Path
    kind: str  # "pdf", "docx", "html", "markdown", "text"
    pages: list[Page] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)


def kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".docx":
        return "docx"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def read_document(path: str | Path) -> Document:
    path = Path(path)
    kind = kind_of(path)
    if kind is None:
        raise UnreadableFile(path, f"unsupported file type '{path.suffix or 'no extension'}'")
    if not path.is_file():
        raise UnreadableFile(path, "not found or not a regular file")
    if kind == "pdf":
        from assistant.readers.pdf import read_pdf as reader
    elif kind == "docx":
        from assistant.readers.docx import read_docx as reader
    elif kind == "html":
        from assistant.readers.html import read_html as reader
    else:
        from assistant.readers.text import read_text as reader
    pages = [page for page in reader(path) if page.text.strip()]
    if not pages:
        raise UnreadableFile(path, "no text layer (scanned?)" if kind == "pdf" else "empty file")
    return Document(path=path, kind=kind, pages=pages)
