"""One message in the chat: who said it, the text rendered as Markdown, and a copy button.

An answer from the user's documents also shows how far it can be trusted: each sentence no cited
passage supports is marked, an answer the documents do not hold says "Not in your documents" above
it, and "Why these sources?" opens what retrieval considered (ui/explain_panel.py).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.chat.ask import NOT_FOUND
from assistant.chat.history import MessageStatus
from ui.source_cards import SourceCards
from ui.theme import COLOURS, Theme

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

    def set_sentences(self, sentences: list[dict], marker: str) -> None:
        """The answer sentence by sentence: supported ones with their [n], the others muted and
        followed by `marker`. Inserted as plain text runs: nothing in them is read as markup."""
        colours = theme_colours()
        document = self.document()
        document.clear()
        cursor = QTextCursor(document)
        plain, muted, mark = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        muted.setForeground(QColor(colours["muted"]))
        muted.setFontItalic(True)
        mark.setForeground(QColor(colours["notice_text"]))
        mark.setBackground(QColor(colours["notice"]))
        for i, sentence in enumerate(sentences):
            if i:
                cursor.insertText(" ", plain)
            if sentence.get("supported"):
                numbers = "".join(f"[{n}]" for n in sentence.get("sources") or [])
                cursor.insertText(f"{sentence['text']} {numbers}".rstrip(), plain)
            else:
                cursor.insertText(sentence["text"], muted)
                cursor.insertText(" ", plain)
                cursor.insertText(f"\u26a0 {marker}", mark)
        self._fit_height()

    def _confirm_link(self, url: QUrl) -> None:
        answer = QMessageBox.question(self, self.tr("Open link?"),
                                      self.tr("Open this link in your browser?\n\n%s") % url.toString())
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(url)


def theme_colours() -> dict[str, str]:
    """The colours of the theme the application shows (ui/theme.py; light before one is applied)."""
    app = QApplication.instance()
    shown = app.property("deskmateTheme") if app is not None else None
    return COLOURS[Theme(shown)] if shown in COLOURS else COLOURS[Theme.LIGHT]


@dataclass(frozen=True)
class Trust:
    """What an answer from documents says about itself: what was searched, its passages, each
    sentence with `supported`, and whether the documents answer the question at all."""

    question: str
    sources: list[dict] = field(default_factory=list)
    sentences: list[dict] = field(default_factory=list)
    found: bool = True

    @classmethod
    def of_result(cls, result, question: str) -> Trust:
        """From a chat turn's TurnResult (`question`: the message, when nothing else was searched)."""
        return cls(result.retrieval_query or question, list(result.sources), list(result.sentences), result.found)

    @staticmethod
    def saved_with(meta: dict, content: str) -> bool:
        """Whether a saved assistant message is an answer from documents."""
        return bool(meta.get("sources")) or "found" in meta or content.startswith(NOT_FOUND)

    @classmethod
    def of_saved(cls, meta: dict, content: str, question: str) -> Trust:
        """From a saved answer's meta. An answer saved without `found` is judged by the core's own
        not-found sentence, which such an answer starts with."""
        found = meta.get("found", not content.startswith(NOT_FOUND))
        return cls(question, list(meta.get("sources") or []), list(meta.get("sentences") or []), bool(found))

    @property
    def unsupported(self) -> list[dict]:
        return [s for s in self.sentences if not s.get("supported")]

    @property
    def written(self) -> bool:
        """Whether the model wrote (some of) the sentences; quoted ones are the passages' own text."""
        return any(not s.get("quote") for s in self.sentences)


class MessageView(QFrame):
    """A chat bubble. `content` is the raw text (copied as-is); the view shows it as Markdown."""

    copied = Signal()
    explain_requested = Signal(str)  # "Why these sources?" for this question

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
        self.not_found = self._not_found_banner()
        self.column.addWidget(self.not_found)
        self.column.addWidget(self.body)
        self.sources: SourceCards | None = None  # under an answer that used the user's documents
        self.trust: Trust | None = None
        self.explain_button: QPushButton | None = None
        self.explain_panel: QDialog | None = None  # the ExplainPanel (ui/explain_panel.py) it opened
        self.set_content(content, status)

    def _not_found_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("notFoundBanner")
        colours = theme_colours()
        banner.setStyleSheet(f"QFrame#notFoundBanner {{ background: {colours['notice']}; border-radius: 6px; }}"
                             f" QFrame#notFoundBanner QLabel {{ color: {colours['notice_text']}; }}")
        self.not_found_title = QLabel(self.tr("Not in your documents"))
        font = self.not_found_title.font()
        font.setBold(True)
        self.not_found_title.setFont(font)
        self.closest_label = QLabel()
        self.closest_label.setTextFormat(Qt.TextFormat.PlainText)
        self.closest_label.setWordWrap(True)
        layout = QVBoxLayout(banner)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.not_found_title)
        layout.addWidget(self.closest_label)
        banner.hide()
        return banner

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

    def set_trust(self, trust: Trust, can_explain: bool = True) -> None:
        """Show what the answer from documents rests on: its cards, unsupported sentences marked, the
        not-found banner, and (with `can_explain`) the "Why these sources?" button."""
        self.trust = trust
        self.set_sources(trust.sources)
        if not trust.found:
            self._show_not_found(trust.sources)
        elif trust.sentences and trust.written:
            self.body.set_sentences(trust.sentences, self.tr("not found in the cited passages"))
        self.body.setAccessibleDescription(self._trust_description(trust))
        if can_explain and trust.question and self.explain_button is None:
            self.explain_button = QPushButton(self.tr("Why these sources?"))
            self.explain_button.setObjectName("explainButton")
            self.explain_button.setAccessibleName(self.tr("Why these sources? Show what retrieval considered"))
            self.explain_button.setToolTip(self.tr("Which passages were searched, their scores, and why each was "
                                                   "used or not"))
            self.explain_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.explain_button.clicked.connect(lambda: self.explain_requested.emit(trust.question))
            self.column.addWidget(self.explain_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _show_not_found(self, sources: list[dict]) -> None:
        places = list(dict.fromkeys(f"{os.path.basename(s['path'])} ({s.get('label') or self.tr('page %d') % s['page']})"
                                    for s in sources))[:3]
        closest = self.tr("Closest files: %s") % ", ".join(places) if places else \
            self.tr("Nothing in your documents comes close.")
        self.closest_label.setText(closest)
        self.not_found.setAccessibleName(self.tr("Not in your documents. %s") % closest)
        self.not_found.show()
        if self.sources is not None:  # the cards are the closest passages, not what the answer rests on
            label = self.sources.findChild(QLabel, "sourcesLabel")
            if label is not None:
                label.setText(self.tr("Closest:"))

    def _trust_description(self, trust: Trust) -> str:
        if not trust.found:
            return self.tr("Not in your documents: they do not answer this question.")
        if not trust.written or not trust.sentences:
            return self.tr("Quoted from your documents.") if trust.sentences else ""
        unsupported = trust.unsupported
        if not unsupported:
            return self.tr("Every sentence is supported by the cited passages.")
        return self.tr("%d of %d sentences are not found in the cited passages: %s") % (
            len(unsupported), len(trust.sentences), " ".join(s["text"] for s in unsupported))

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.content)
        self.copied.emit()
