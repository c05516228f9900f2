"""Source cards under an answer: one per numbered passage; a click opens the built-in viewer there."""
from __future__ import annotations

import os

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QToolButton, QWidget

from ui.viewer import SourceViewer, open_viewer, source_url

__all__ = ["SourceCards", "source_url"]

SNIPPET_CHARS = 400
CARD_PLACE_CHARS = 48  # a longer label ("invoice.pdf, attached to 'Q3 costs', ...") is cut on the card


class FlowLayout(QLayout):
    """Items left to right, wrapped onto the next line when the width runs out (cards with long labels)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt API)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt API)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt API)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items (or only measure, move=False); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y, line_height = area.x(), y + line_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class SourceCards(QWidget):
    opened = Signal(str)  # the path a card opened

    def __init__(self, sources: list[dict], parent=None):
        super().__init__(parent)
        self.sources = sources
        self.viewer: SourceViewer | None = None  # one viewer for these cards, opened by the first click
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        label = QLabel(self.tr("Sources:"))
        label.setObjectName("sourcesLabel")
        layout.addWidget(label)
        self.buttons: list[QToolButton] = []
        for source in sources:
            layout.addWidget(self._card(source))
        if self.buttons:  # the label sits on the cards' line, not above it
            label.setMinimumHeight(self.buttons[0].sizeHint().height())

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
