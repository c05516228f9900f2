"""What every reader returns: a document's numbered pages of text, or the reason a file cannot be read."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import DeskmateError


class UnreadableFile(DeskmateError):
    """A file we skip; `reason` is the short form shown in lists ("password-protected")."""

    def __init__(self, path: Path, reason: str):
        self.path, self.reason = Path(path), reason
        super().__init__(f"{Path(path).name}: {reason}")


@dataclass
class Page:
    """One citable unit: a PDF page, a slide, a block of a sheet's rows, a chapter, a message.

    `number` is the unit's 1-based position in the file (what the index stores and sorts by).
    `label` is how a person cites it when "page N" would be wrong ("Slide 3", "Sheet 'Costs',
    rows 40-62", "invoice.pdf, attached to 'Q3 costs', 12 May, page 2"); None means "page N".
    `locator` is the same place in structured form for the CLI, the API and the viewer:
    any of page, slide, sheet, rows ([first, last]), chapter, title, message_id, attachment,
    subject and date (ISO).
    """

    number: int
    text: str
    label: str | None = None
    locator: dict | None = None


@dataclass
class Document:
    path: Path | None  # None: text the user pasted
    kind: str  # a key of readers.READERS ("pdf", "docx", "pptx", "xlsx", "eml", "image", ...) or "pasted"
    pages: list[Page] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was left out ("page 812 took longer ...; skipped")

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)


@dataclass
class PageText(Page):
    """A page from a reader that reads one page at a time (PDF, images), with why it gave no text."""

    problem: str | None = None
