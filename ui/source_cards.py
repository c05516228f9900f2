"""Source cards under an answer: one per numbered passage; a click opens the built-in viewer there."""
from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ui.viewer import SourceViewer, open_viewer, source_url

__all__ = ["SourceCards", "source_url"]

SNIPPET_CHARS = 400
CARD_PLACE_CHARS = 48  # a longer label ("invoice.pdf, attached to 'Q3 costs', ...") is cut on the card


class SourceCards(QWidget):
    opened = Signal(str)  # the path a card opened

    def __init__(self, sources: list[dict], parent=None):
        super().__init__(parent)
        self.sources = sources
        self.viewer: SourceViewer | None = None  # one viewer for these cards, opened by the first click
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
        label = source.get("label")
        button = QToolButton()
        button.setObjectName("sourceCard")
        if label:
            short = label if len(label) <= CARD_PLACE_CHARS else label[:CARD_PLACE_CHARS - 1].rstrip() + "…"
            button.setText(self.tr("[%d] %s · %s") % (source["n"], name, short))
            button.setAccessibleName(self.tr("Open source %d: %s, %s") % (source["n"], name, label))
            place = label
        else:
            button.setText(self.tr("[%d] %s · p. %d") % (source["n"], name, source["page"]))
            button.setAccessibleName(self.tr("Open source %d: %s, page %d") % (source["n"], name, source["page"]))
            place = self.tr("page %d") % source["page"]
        snippet = " ".join(source.get("text", "").split())[:SNIPPET_CHARS]
        button.setToolTip(f"{source['path']} · {place}\n\n{snippet}")
        button.clicked.connect(lambda _checked=False, s=source: self.open_source(s))
        self.buttons.append(button)
        return button

    def open_source(self, source: dict) -> None:
        """The built-in viewer at the cited place (its "Open in the system viewer" button stays there)."""
        self.viewer = open_viewer(source, self.window(), self.viewer)
        self.opened.emit(source["path"])
