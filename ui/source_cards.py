"""Source cards under an answer: one per numbered passage; a click opens the file."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

SNIPPET_CHARS = 400


def source_url(path: str, page: int, kind_suffix: str | None = None) -> QUrl:
    """A file URL; for PDFs on macOS and Windows a #page= fragment, which their viewers honour."""
    url = QUrl.fromLocalFile(path)
    if (kind_suffix or os.path.splitext(path)[1]).lower() == ".pdf" and sys.platform in ("darwin", "win32"):
        url.setFragment(f"page={page}")
    return url


class SourceCards(QWidget):
    opened = Signal(str)  # the path a card opened

    def __init__(self, sources: list[dict], parent=None):
        super().__init__(parent)
        self.sources = sources
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        label = QLabel(self.tr("Sources:"))
        label.setObjectName("sourcesLabel")
        layout.addWidget(label)
        self.buttons: list[QToolButton] = []
        for source in sources:
            layout.addWidget(self._card(source))
        layout.addStretch(1)

    def _card(self, source: dict) -> QToolButton:
        name = os.path.basename(source["path"])
        button = QToolButton()
        button.setObjectName("sourceCard")
        button.setText(self.tr("[%d] %s · p. %d") % (source["n"], name, source["page"]))
        button.setAccessibleName(self.tr("Open source %d: %s, page %d") % (source["n"], name, source["page"]))
        snippet = " ".join(source.get("text", "").split())[:SNIPPET_CHARS]
        button.setToolTip(f"{source['path']}\n\n{snippet}")
        button.clicked.connect(lambda _checked=False, s=source: self.open_source(s))
        self.buttons.append(button)
        return button

    def open_source(self, source: dict) -> None:
        QDesktopServices.openUrl(source_url(source["path"], source["page"]))
        self.opened.emit(source["path"])
