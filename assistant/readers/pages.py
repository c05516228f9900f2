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
    number: int  # 1-based, as a person would cite it
    text: str


@dataclass
class Document:
    path: Path | None  # None: text the user pasted
    kind: str  # "pdf", "docx", "html", "markdown", "text", "pasted"
    pages: list[Page] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was left out ("page 812 took longer ...; skipped")

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)
