"""One message in the chat: who said it, the text rendered as Markdown, and a copy button."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.chat.history import MessageStatus
from ui.source_cards import SourceCards

MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)


class MarkdownView(QTextBrowser):
    """Read-only Markdown that grows to fit its text.

    Model output is untrusted: raw HTML is not interpreted, no image or other
    resource is ever loaded, and links open only after the user confirms.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        self.anchorClicked.connect(self._confirm_link)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def loadResource(self, kind, url):  # noqa: N802 (Qt API)
        return None  # never fetch images or anything else named by the text

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN_FEATURES)
        self._fit_height()

    def _fit_height(self, *_):
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())

    def _confirm_link(self, url: QUrl) -> None:
        answer = QMessageBox.question(self, self.tr("Open link?"),
                                      self.tr("Open this link in your browser?\n\n%s") % url.toString())
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)


class MessageView(QFrame):
    """A chat bubble. `content` is the raw text (copied as-is); the view shows it as Markdown."""

    copied = Signal()

    def __init__(self, role: str, content: str = "", status: str = "complete", parent: QWidget | None = None):
        super().__init__(parent)
        self.role, self.content, self.status = role, content, status
        self.setObjectName("userMessage" if role == "user" else "assistantMessage")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.author = QLabel(self.tr("You") if role == "user" else self.tr("Deskmate"))
        self.author.setObjectName("messageAuthor")
        self.badge = QLabel()
        self.badge.setObjectName("messageBadge")
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy message"))
        self.copy_button.setToolTip(self.tr("Copy this message as text"))
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.body = MarkdownView()
        self.body.setAccessibleName(self.tr("Your message") if role == "user" else self.tr("Answer"))
        header = QHBoxLayout()
        header.addWidget(self.author)
        header.addWidget(self.badge)
        header.addStretch(1)
        header.addWidget(self.copy_button)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(12, 8, 12, 8)
        self.column.addLayout(header)
        self.column.addWidget(self.body)
        self.sources: SourceCards | None = None  # under an answer that used the user's documents
        self.set_content(content, status)

    def set_content(self, content: str, status: str | None = None) -> None:
        self.content = content
        if status is not None:
            self.status = status
        placeholder = self.tr("_Thinking…_") if self.status == MessageStatus.STREAMING else ""
        self.body.set_markdown(content or placeholder)
        badges: dict[str, str] = {MessageStatus.INTERRUPTED: self.tr("interrupted"),
                                  MessageStatus.ERROR: self.tr("failed")}
        self.badge.setText(badges.get(self.status, ""))
        self.badge.setVisible(bool(self.badge.text()))

    def set_sources(self, sources: list[dict]) -> None:
        if self.sources is not None or not sources:
            return
        self.sources = SourceCards(sources)
        self.column.addWidget(self.sources)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.content)
        self.copied.emit()
