"""One message in the chat: a bubble with who said it, the text rendered as Markdown (code blocks
highlighted with their own copy button, tables as tables), its actions (copy, regenerate an answer,
edit a question, delete) and, when it has other versions, the "‹ 2/3 ›" switcher.

While an answer streams, only its last block is drawn again (ui/code_blocks.py splits it into prose
and code blocks; the blocks before the last do not change). When it ends, its paragraphs join up into
whole prose blocks a few at a time, each event-loop turn doing at most JOIN_BUDGET_S of that work, so a
long answer's end does not freeze the window for one long frame. A streaming answer keeps one code block
and one prose view made ahead, in an event-loop turn of their own: making one costs 8-20 ms (its widgets,
style sheet and polish), which would otherwise add to the update that needs it.

An answer from the user's documents also shows how far it can be trusted: each sentence no cited
passage supports is marked, an answer the documents do not hold says "Not in your documents" above
it, and "Why these sources?" opens what retrieval considered (ui/explain_panel.py).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.chat.ask import NOT_FOUND
from assistant.chat.history import MessageStatus
from ui.code_blocks import Block, CodeBlock, message_colours, paragraphs_of, shown_theme, split_blocks
from ui.source_cards import SourceCards

MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)
# The most one event-loop turn spends joining a finished answer's paragraphs (a frame is 16 ms at 60 Hz;
# the rest of the turn paints). A short answer joins within its first turn, at once.
JOIN_BUDGET_S = 0.008
JOIN_AT_ONCE_BLOCKS = 4  # a finished answer of more blocks starts joining in the next event-loop turn
# The pause before each joining step: long enough for the window to paint in between (offscreen, the paint
# came 5-6 ms after a change), so a frame never holds two steps and their layout (benchmarks/frame_time.py).
JOIN_PAUSE_MS = 16


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
        self._style_tables()
        self._fit_height()

    def _style_tables(self) -> None:
        """Markdown tables drawn as tables: thin borders, padded cells, a shaded header row."""
        tables = [frame for frame in self.document().rootFrame().childFrames() if isinstance(frame, QTextTable)]
        if not tables:
            return
        colours = message_colours()
        edit = QTextCursor(self.document())
        edit.beginEditBlock()  # one relayout for all the format changes below, not one each
        for table in tables:
            table_format = table.format()
            table_format.setBorder(1)
            table_format.setBorderBrush(QBrush(QColor(colours["border"])))
            table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            table_format.setBorderCollapse(True)
            table_format.setCellPadding(5)
            table_format.setCellSpacing(0)
            table_format.setWidth(QTextLength(QTextLength.Type.VariableLength, 0))
            table.setFormat(table_format)
            for column in range(table.columns()):
                cell = table.cellAt(0, column)
                cell_format = cell.format().toTableCellFormat()
                cell_format.setBackground(QColor(colours["table_header"]))
                cell.setFormat(cell_format)
        edit.endEditBlock()

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
        colours = message_colours()
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


SEGMENT_KINDS = (CodeBlock, MarkdownView)  # what a message shows after its first prose block


def warm_up_tables() -> None:
    """Draw and drop a small Markdown table once, while the window idles: Qt's first text table costs
    10-30 ms once (measured), which would otherwise fall on the frame where an answer's first table
    starts streaming. Call it on the GUI thread."""
    view = MarkdownView()
    view.set_markdown("| a | b |\n|---|---|\n| 1 | 2 |\n")
    view.deleteLater()


def finish_rendering_under(root: QWidget) -> None:
    """Join at once the paragraphs of every answer under `root` still joining up (before a screenshot)."""
    for view in root.findChildren(MessageView):
        view.finish_rendering()


def theme_colours() -> dict[str, str]:
    """The colours of the theme the application shows (ui/theme.py; light before one is applied)."""
    return message_colours()


def bubble_style(colours: dict[str, str]) -> str:
    """How a message looks: the user's own messages on the accent tint, answers on the base colour."""
    return (f"QFrame#userMessage {{ background: {colours['user']}; border: 1px solid {colours['user']};"
            " border-radius: 14px; }"
            f" QFrame#assistantMessage {{ background: {colours['assistant']}; border: 1px solid {colours['border']};"
            " border-radius: 14px; }"
            f" QLabel#messageAuthor {{ font-weight: 600; color: {colours['muted']}; }}"
            f" QLabel#messageVersion {{ color: {colours['muted']}; }}"
            " QToolButton#messageAction { border: none; padding: 1px 5px; }"
            f" QToolButton#messageAction:hover {{ background: {colours['button']}; border-radius: 4px; }}")


class MessageEditor(QPlainTextEdit):
    """Editing a sent message in its bubble: Enter resends, Shift+Enter adds a line, Esc cancels."""

    submitted = Signal()
    cancelled = Signal()

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


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
    """A chat bubble. `content` is the raw text (copied as-is); the view shows it as Markdown.

    `message_id` is the saved message (None until it is saved, or in a view without history): only
    a saved message offers regenerate, edit, delete and its other versions."""

    copied = Signal()
    code_copied = Signal(str)  # a code block's Copy button
    explain_requested = Signal(str)  # "Why these sources?" for this question
    regenerate_requested = Signal()
    edit_submitted = Signal(str)  # the edited text, to send in place of this message
    delete_requested = Signal()
    version_requested = Signal(int)  # the id of the version to show instead

    def __init__(self, role: str, content: str = "", status: str = "complete", parent: QWidget | None = None,
                 message_id: int | None = None):
        super().__init__(parent)
        self.role, self.content, self.status = role, content, status
        self.message_id = message_id
        self._versions: list[int] = []
        self._shown_blocks: list[Block] = []
        self._joining: list[Block] = []  # the finished answer's blocks while its paragraphs join (else empty)
        self._cut: list[list[Block]] = []  # each of them as it streamed: cut at its paragraphs
        self._joined = 0  # how many of them are shown joined
        self._shown_cut = False  # whether the blocks shown are an answer's paragraphs, as it streamed
        self._join_timer = QTimer(self)
        self._join_timer.setSingleShot(True)
        self._join_timer.setInterval(JOIN_PAUSE_MS)
        self._join_timer.timeout.connect(self._join_some)
        self._segments: list[QWidget] = []  # the blocks after the first prose one: CodeBlock or MarkdownView
        self._ahead: dict[type, QWidget] = {}  # a hidden segment of each kind made ahead while streaming
        self._make_ahead = QTimer(self)
        self._make_ahead.setSingleShot(True)
        self._make_ahead.setInterval(0)
        self._make_ahead.timeout.connect(self._make_segment_ahead)
        self._theme = shown_theme()
        self.setObjectName("userMessage" if role == "user" else "assistantMessage")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.author = QLabel(self.tr("You") if role == "user" else self.tr("Deskmate"))
        self.author.setObjectName("messageAuthor")
        self.badge = QLabel()
        self.badge.setObjectName("messageBadge")
        self.ran_on = QLabel()  # where an answer ran, when it was not this computer (the routing setting)
        self.ran_on.setObjectName("messagePlace")
        self.ran_on.hide()
        self.copy_button = self._action_button(self.tr("Copy"), self.tr("Copy message"),
                                               self.tr("Copy this message as text"), self.copy_to_clipboard)
        self.regenerate_button = self._action_button(self.tr("Regenerate"), self.tr("Regenerate this answer"),
                                                     self.tr("Answer again; this answer is kept as another version"),
                                                     self.regenerate_requested.emit)
        self.edit_button = self._action_button(self.tr("Edit"), self.tr("Edit this message"),
                                               self.tr("Edit and send again; the conversation branches and "
                                                       "nothing is lost"), self.start_editing)
        self.delete_button = self._action_button(self.tr("Delete"), self.tr("Delete this message"),
                                                 self.tr("Delete only this message; its replies stay"),
                                                 self.delete_requested.emit)
        self.body = MarkdownView()
        self.body.setAccessibleName(self.tr("Your message") if role == "user" else self.tr("Answer"))
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(14, 8, 14, 10)
        self.column.addLayout(self._header())
        self.not_found = self._not_found_banner()
        self.column.addWidget(self.not_found)
        self.blocks = QVBoxLayout()
        self.blocks.setSpacing(6)
        self.blocks.addWidget(self.body)
        self.column.addLayout(self.blocks)
        self.editor: MessageEditor | None = None
        self.sources: SourceCards | None = None  # under an answer that used the user's documents
        self.trust: Trust | None = None
        self.explain_button: QPushButton | None = None
        self.explain_panel: QDialog | None = None  # the ExplainPanel (ui/explain_panel.py) it opened
        self._restyle()
        self.set_content(content, status)
        self.set_message_id(message_id)

    def _action_button(self, text: str, name: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setObjectName("messageAction")
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _header(self) -> QHBoxLayout:
        self.previous_version = self._action_button("‹", self.tr("Previous version"),
                                                    self.tr("Show the previous version"), lambda: self._step(-1))
        self.next_version = self._action_button("›", self.tr("Next version"), self.tr("Show the next version"),
                                                lambda: self._step(1))
        self.version_label = QLabel()
        self.version_label.setObjectName("messageVersion")
        header = QHBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.author)
        header.addWidget(self.badge)
        header.addWidget(self.ran_on)
        header.addSpacing(6)
        for widget in (self.previous_version, self.version_label, self.next_version):
            header.addWidget(widget)
        header.addStretch(1)
        for button in (self.copy_button, self.regenerate_button, self.edit_button, self.delete_button):
            header.addWidget(button)
        return header

    def _restyle(self) -> None:
        self._theme = shown_theme()
        self.setStyleSheet(bubble_style(message_colours()))

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and shown_theme() != self._theme:
            self._restyle()  # the theme changed: the bubble's own colours too

    def sizeHint(self) -> QSize:
        """A question is as wide as its text (the chat aligns it right); an answer takes the width."""
        hint = super().sizeHint()
        if self.role != "user" or self.editor is not None:
            return hint
        metrics = self.body.fontMetrics()
        text_width = max((metrics.horizontalAdvance(line) for line in self.content.splitlines()), default=0)
        return QSize(max(text_width + 48, self.minimumSizeHint().width()), hint.height())

    # -- identity, versions and actions ----------------------------------------------------------

    def set_ran_on(self, where: str | None) -> None:
        """Say that the office server at `where` (host:port) wrote this answer; None or empty: this computer."""
        self.ran_on.setVisible(bool(where))
        if where:
            self.ran_on.setText(self.tr("on the office server"))
            self.ran_on.setToolTip(self.tr("Written by the office server at %1, as the routing setting chose")
                                   .replace("%1", where))
            self.ran_on.setAccessibleName(self.tr("Answered on the office server at %1").replace("%1", where))

    def set_message_id(self, message_id: int | None) -> None:
        self.message_id = message_id
        self._show_actions()

    def set_versions(self, ids: list[int]) -> None:
        """The ids of this message's versions, oldest first (itself among them): "‹ k/n ›" when n > 1."""
        self._versions = list(ids)
        current = self.message_id
        many = len(ids) > 1 and current in ids
        if many and current is not None:
            k = ids.index(current) + 1
            self.version_label.setText(f"{k}/{len(ids)}")
            self.version_label.setAccessibleName(self.tr("Version %d of %d") % (k, len(ids)))
            self.previous_version.setEnabled(k > 1)
            self.next_version.setEnabled(k < len(ids))
        for widget in (self.previous_version, self.version_label, self.next_version):
            widget.setVisible(many)

    @property
    def version_text(self) -> str:
        """"2/3" when the switcher shows, else ""."""
        return self.version_label.text() if self.version_label.isVisibleTo(self) else ""

    def _step(self, step: int) -> None:
        if self.message_id in self._versions:
            index = self._versions.index(self.message_id) + step
            if 0 <= index < len(self._versions):
                self.version_requested.emit(self._versions[index])

    def _show_actions(self) -> None:
        saved = self.message_id is not None and self.status != MessageStatus.STREAMING
        self.regenerate_button.setVisible(saved and self.role == "assistant")
        self.edit_button.setVisible(saved and self.role == "user")
        self.delete_button.setVisible(saved)
        if not saved:
            self.set_versions([])

    def set_actions_enabled(self, enabled: bool) -> None:
        """Off while an answer streams: the tree must not change under the running turn."""
        for button in (self.regenerate_button, self.edit_button, self.delete_button,
                       self.previous_version, self.next_version):
            button.setEnabled(enabled)
        if enabled:
            self.set_versions(self._versions)

    def start_editing(self) -> None:
        """Edit the text in place; Enter (or Send) sends it as a new version of this message."""
        if self.editor is not None:
            return
        self.editor = MessageEditor()
        self.editor.setObjectName("messageEditor")
        self.editor.setAccessibleName(self.tr("Edit your message"))
        self.editor.setAccessibleDescription(self.tr("Enter sends the edited message, Esc cancels"))
        self.editor.setPlainText(self.content)
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(max(72, min(240, self.body.height() + 24)))
        self.editor.submitted.connect(self._submit_edit)
        self.editor.cancelled.connect(self.stop_editing)
        send = QPushButton(self.tr("Send"))
        send.setObjectName("primary")
        send.setAccessibleName(self.tr("Send the edited message"))
        send.clicked.connect(self._submit_edit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel editing"))
        cancel.clicked.connect(self.stop_editing)
        self._edit_row = QWidget()
        row = QHBoxLayout(self._edit_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(cancel)
        row.addWidget(send)
        self.body.hide()
        self.blocks.addWidget(self.editor)
        self.blocks.addWidget(self._edit_row)
        self.updateGeometry()
        self.editor.setFocus()
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)

    def stop_editing(self) -> None:
        if self.editor is None:
            return
        for widget in (self.editor, self._edit_row):
            widget.hide()
            widget.deleteLater()
        self.editor = None
        self.body.show()
        self.updateGeometry()

    def _submit_edit(self) -> None:
        text = self.editor.toPlainText().strip() if self.editor is not None else ""
        if text:
            self.edit_submitted.emit(text)

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
        self._render(content or placeholder)
        if self.status == MessageStatus.STREAMING:
            if len(self._ahead) < len(SEGMENT_KINDS) and not self._make_ahead.isActive():
                self._make_ahead.start()
        else:
            self._drop_segments_ahead()
        badges: dict[str, str] = {MessageStatus.INTERRUPTED: self.tr("interrupted"),
                                  MessageStatus.ERROR: self.tr("failed")}
        self.badge.setText(badges.get(self.status, ""))
        self.badge.setVisible(bool(self.badge.text()))
        self._show_actions()
        if self.role == "user":
            self.updateGeometry()

    def _render(self, text: str) -> None:
        """Draw only what changed since the last call. While streaming that is the last block; when
        the answer ends, its paragraphs join up again over a few event-loop turns (_join_some), and code
        blocks and unchanged prose are kept."""
        self._stop_joining()
        streaming = self.status == MessageStatus.STREAMING
        blocks = split_blocks(text, paragraphs=streaming) or [Block("prose", "")]
        if blocks[0].kind != "prose":
            blocks.insert(0, Block("prose", ""))
        if streaming or not self._shown_cut:
            self._show_blocks(blocks)
            self._shown_cut = streaming
            return
        self._shown_cut = False
        self._joining, self._cut = blocks, [paragraphs_of(block) for block in blocks]
        if len(blocks) > JOIN_AT_ONCE_BLOCKS:  # a long answer's end: its last words are drawn as they streamed
            self._show_blocks([part for parts in self._cut for part in parts])  # (the cheap way), joined later
            self._join_timer.start()
        else:
            self._join_some()

    def _join_some(self) -> None:
        """Join the next paragraphs of a finished answer, block by block, until JOIN_BUDGET_S is spent;
        what is left waits for the next event-loop turn (the window paints and reacts in between)."""
        began = time.perf_counter()
        target = self._joining
        while self._joined < len(target):
            self._joined += 1
            still_cut = [part for parts in self._cut[self._joined:] for part in parts]
            self._show_blocks(target[:self._joined] + still_cut)
            if time.perf_counter() - began > JOIN_BUDGET_S:
                break
        if self._joined < len(target):
            self._join_timer.start()
        else:
            self._stop_joining()

    def _stop_joining(self) -> None:
        self._join_timer.stop()
        self._joining, self._cut, self._joined = [], [], 0

    @property
    def rendering(self) -> bool:
        """Whether a finished answer's paragraphs are still joining up (over the next event-loop turns)."""
        return bool(self._joining)

    def finish_rendering(self) -> None:
        """Join what is left at once (before the segments are changed another way)."""
        if self._joining:
            self._show_blocks(self._joining)
            self._stop_joining()

    def _show_blocks(self, blocks: list[Block]) -> None:
        """Show `blocks`: the segments before the first change and after the last stay as they are, where
        they are; those between are taken from the spare ones or made."""
        if not self._shown_blocks or self._shown_blocks[0] != blocks[0]:
            self.body.set_markdown(blocks[0].text)
        shown, wanted = self._shown_blocks[1:], blocks[1:]
        same = 0
        while same < min(len(shown), len(wanted)) and shown[same] == wanted[same]:
            same += 1
        tail = 0
        while tail < min(len(shown), len(wanted)) - same and shown[-1 - tail] == wanted[-1 - tail]:
            tail += 1
        old_end, new_end = len(shown) - tail, len(wanted) - tail
        spare = list(zip(shown[same:old_end], self._segments[same:old_end]))
        placed = [self._place(block, spare) for block in wanted[same:new_end]]
        for _, widget in spare:
            self.blocks.removeWidget(widget)
            widget.deleteLater()
        for widget in self._segments[same:old_end]:
            self.blocks.removeWidget(widget)
        for offset, widget in enumerate(placed):
            self.blocks.insertWidget(1 + same + offset, widget)
        self._segments[same:old_end] = placed
        self.body.setVisible(bool(blocks[0].text.strip()) or len(blocks) == 1)
        self._shown_blocks = blocks

    def _place(self, block: Block, spare: list[tuple[Block, QWidget]]) -> QWidget:
        """The widget that shows `block`: a spare one that already shows it, else a spare one of its
        kind (drawn again), else a new one. The widget taken is removed from `spare`."""
        kind = CodeBlock if block.kind == "code" else MarkdownView
        found = next((i for i, (old, _) in enumerate(spare) if old == block), None)
        if found is not None:
            return spare.pop(found)[1]
        found = next((i for i, (_, widget) in enumerate(spare) if isinstance(widget, kind)), None)
        widget = spare.pop(found)[1] if found is not None else self._new_segment(block)
        if isinstance(widget, CodeBlock):
            widget.set_code(block.text, block.language)
        elif isinstance(widget, MarkdownView):
            widget.set_markdown(block.text)
        return widget

    def _new_segment(self, block: Block) -> QWidget:
        kind = CodeBlock if block.kind == "code" else MarkdownView
        widget = self._ahead.pop(kind, None)
        if widget is None:
            return self._made_segment(kind)
        widget.show()  # hidden while it waited; the layout it goes into places it
        return widget

    def _made_segment(self, kind: type) -> QWidget:
        if kind is CodeBlock:
            code = CodeBlock()
            code.copied.connect(self.code_copied)
            return code
        prose = MarkdownView()
        prose.setAccessibleName(self.body.accessibleName())
        return prose

    def _make_segment_ahead(self) -> None:
        """Make the next missing segment made ahead, one per event-loop turn (the window paints between)."""
        kind = next((kind for kind in SEGMENT_KINDS if kind not in self._ahead), None)
        if kind is None or self.status != MessageStatus.STREAMING:
            return
        widget = self._made_segment(kind)
        widget.setParent(self)  # polished with the bubble's style sheet now, not in the update that shows it
        widget.hide()
        widget.ensurePolished()
        self._ahead[kind] = widget
        if len(self._ahead) < len(SEGMENT_KINDS):
            self._make_ahead.start()

    def _drop_segments_ahead(self) -> None:
        self._make_ahead.stop()
        for widget in self._ahead.values():
            widget.setParent(None)  # out of the bubble's children at once (screenshots, accessibility checks)
            widget.deleteLater()
        self._ahead.clear()

    def code_blocks(self) -> list[CodeBlock]:
        return [w for w in self._segments if isinstance(w, CodeBlock)]

    def segments(self) -> list[QWidget]:
        """What the message shows, block by block: the first prose, then code blocks and prose."""
        return [self.body, *self._segments]

    def set_sources(self, sources: list[dict]) -> None:
        if self.sources is not None or not sources:
            return
        self.sources = SourceCards(sources)
        self.column.addWidget(self.sources)

    def set_trust(self, trust: Trust, can_explain: bool = True) -> None:
        """Show what the answer from documents rests on: its cards, unsupported sentences marked, the
        not-found banner, and (with `can_explain`) the "Why these sources?" button."""
        self.finish_rendering()
        self.trust = trust
        self.set_sources(trust.sources)
        if not trust.found:
            self._show_not_found(trust.sources)
        elif trust.sentences and trust.written:
            for widget in self._segments:  # the sentences are the whole answer, in the first block
                widget.hide()
            self.body.show()
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
        return self.tr("%n of %d sentences are not found in the cited passages: %s", "", len(unsupported)) % (
            len(trust.sentences), " ".join(s["text"] for s in unsupported))

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.content)
        self.copied.emit()
