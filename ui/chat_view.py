"""The conversation on the right: the model picker and the conversation's actions above the
messages, then the composer (documents switch, input box, Send and Stop).

Chat actions change the conversation's tree (assistant/chat/history.py): regenerate and edit ask the
window for a turn (`turn_requested` with a TurnRequest), while switching a version and deleting a
message are saved here and the branch shown is drawn again.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.chat.conversation import RAN_ON, RETRIEVAL_QUERY, Chat, Turn
from assistant.chat.history import Message, conversation_export, markdown_of, title_from
from assistant.config import write_atomically
from assistant.errors import DeskmateError
from ui.code_blocks import warm_up
from ui.explain_panel import ExplainPanel
from ui.label_filter import LabelFilterBox
from ui.message_view import MARKDOWN_FEATURES, MessageView, Trust, warm_up_tables
from ui.welcome import WelcomePanel

EXPORT_FORMATS = ("md", "json", "pdf")


@dataclass(frozen=True)
class TurnRequest:
    """A turn the chat asks the window to run, read from the window before its worker starts."""

    text: str  # the question shown (an edit's new text; a regenerated answer's question)
    conversation_id: int | None
    documents: dict
    edit_of: int | None = None  # the saved question this text replaces (a new branch beside it)
    answer_again: int | None = None  # the saved answer to regenerate (kept, as the earlier version)

    def turn(self, chat: Chat) -> Turn:
        """The core's turn for this request (called on the worker thread)."""
        if self.answer_again is not None:
            return chat.regenerate(self.answer_again, documents=self.documents)
        if self.edit_of is not None:
            return chat.edit(self.edit_of, self.text, documents=self.documents)
        return chat.send(self.text, self.conversation_id, documents=self.documents)


def print_pdf(markdown: str, path: Path) -> None:
    """Write `markdown` as a PDF through Qt's printer (QtPrintSupport); Markdown's HTML is never read."""
    from PySide6.QtPrintSupport import QPrinter  # only needed for this one export

    document = QTextDocument()
    document.setMarkdown(markdown, MARKDOWN_FEATURES)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    document.print_(printer)

# Streamed text is drawn at most this often, so painting never slows generation. Counted from the last
# update: a piece that comes later than that is drawn in the next event-loop turn, not 30 ms after it came.
REPAINT_EVERY_MS = 30


class InputBox(QPlainTextEdit):
    """Enter sends, Shift+Enter starts a new line."""

    submitted = Signal()

    def keyPressEvent(self, event):  # noqa: N802 (Qt API)
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if is_enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class Notice(QFrame):
    """A dismissable message shown inside the window (errors never hide in a log or a modal box)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Notice"))
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Dismiss notice"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class ChatView(QWidget):
    send_requested = Signal(str)
    turn_requested = Signal(object)  # a TurnRequest: regenerate an answer, or send an edited question
    stop_requested = Signal()
    model_requested = Signal(str)  # the path of the model picked at the top of the chat
    exported = Signal(str)  # the file a conversation was exported to

    def __init__(self, workspace=None, parent: QWidget | None = None):
        """`workspace`: the history the chat actions change and where "Why these sources?" searches
        (None: messages show no actions and no such button)."""
        super().__init__(parent)
        self.workspace = workspace
        self.conversation_id: int | None = None  # the conversation shown (None: a new chat)
        self._streaming: MessageView | None = None
        self._asking: MessageView | None = None  # the question being answered
        self._question = ""  # the message being answered
        self._pending = ""
        self._busy = False
        self._repaint = QTimer(self, interval=REPAINT_EVERY_MS, singleShot=True)
        self._repaint.timeout.connect(self._flush)
        self._drawn_at = 0.0  # time.monotonic() of the last streamed update
        self._build()
        self.set_busy(False)

    def _build(self) -> None:
        self.messages = QWidget()
        self.messages.setObjectName("messageList")
        self.message_layout = QVBoxLayout(self.messages)
        self.message_layout.setContentsMargins(16, 16, 16, 16)
        self.message_layout.setSpacing(10)
        self.empty_label = QLabel(self.tr("Ask anything. Everything stays on this computer."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_layout.addWidget(self.empty_label)
        self.message_layout.addStretch(1)
        self.welcome = WelcomePanel()
        self.welcome.hide()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.messages)
        self.scroll_area.setAccessibleName(self.tr("Conversation"))
        self.scroll_area.verticalScrollBar().rangeChanged.connect(self._follow_end)
        self.input = InputBox()
        self.input.setPlaceholderText(self.tr("Message Deskmate (Enter to send, Shift+Enter for a new line)"))
        self.input.setAccessibleName(self.tr("Message"))
        self.input.setAccessibleDescription(self.tr("Type a message; Enter sends it, Shift+Enter adds a line"))
        self.input.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.input.setFixedHeight(72)
        self.input.setTabChangesFocus(True)
        self.input.submitted.connect(self.submit)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setAccessibleName(self.tr("Send message"))
        self.send_button.clicked.connect(self.submit)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop the answer"))
        self.stop_button.setToolTip(self.tr("Stop the answer (Esc)"))
        self.stop_button.clicked.connect(self.stop_requested)
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        composer = QHBoxLayout()
        composer.setContentsMargins(16, 8, 16, 12)
        composer.addWidget(self.input)
        composer.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.notice = Notice()
        layout.addLayout(self._top_bar())
        layout.addWidget(self.welcome)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.notice)
        layout.addLayout(self._documents_row())
        layout.addLayout(composer)

    def _top_bar(self) -> QHBoxLayout:
        """The model picker, and what can be done with the whole conversation."""
        self.model_picker = QComboBox()
        self.model_picker.setObjectName("modelPicker")
        self.model_picker.setAccessibleName(self.tr("Model for answers"))
        self.model_picker.setToolTip(self.tr("The model that answers; switching stops an answer in progress"))
        self.model_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model_picker.activated.connect(self._model_picked)
        self.copy_chat_button = QToolButton()
        self.copy_chat_button.setText(self.tr("Copy chat"))
        self.copy_chat_button.setAccessibleName(self.tr("Copy the whole conversation"))
        self.copy_chat_button.setToolTip(self.tr("Copy the conversation as Markdown"))
        self.copy_chat_button.clicked.connect(self.copy_conversation)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export the conversation"))
        self.export_button.setToolTip(self.tr("Save the conversation as Markdown, JSON or PDF"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for label, kind in ((self.tr("Markdown…"), "md"), (self.tr("JSON…"), "json"), (self.tr("PDF…"), "pdf")):
            action = menu.addAction(label)
            action.triggered.connect(self._exporter(kind))
        self.export_button.setMenu(menu)
        row = self.top_row = QHBoxLayout()  # the window puts the preset picker after the model picker
        row.setContentsMargins(16, 8, 16, 0)
        row.addWidget(self.model_picker)
        row.addStretch(1)
        row.addWidget(self.copy_chat_button)
        row.addWidget(self.export_button)
        QTimer.singleShot(0, self.show_models)  # reads each model's header: after the window is up
        QTimer.singleShot(0, warm_up)
        QTimer.singleShot(500, warm_up_tables)  # in a turn of its own, after the window's first paint
        return row

    def _exporter(self, kind: str):
        return lambda: self.export_dialog(kind)

    # -- the model picker -----------------------------------------------------------------------

    def show_models(self, _name: str = "") -> None:
        """List the registry's chat models and select the one in use (connect to model_ready)."""
        picker = self.model_picker
        picker.blockSignals(True)
        picker.clear()
        if self.workspace is None:
            picker.hide()
            picker.blockSignals(False)
            return
        remote = getattr(self.workspace.settings, "engine_url", "")
        if remote:
            picker.addItem(self.tr("Office server"), "")
            picker.setEnabled(False)
        else:
            for entry in self.workspace.models.list():
                if entry.get("kind") == "chat" and not entry.get("error"):
                    label = entry.get("name") or entry.get("general_name") or Path(entry["path"]).stem
                    picker.addItem(self.tr("%s (bundled)") % label if entry.get("bundled") else label,
                                   "" if entry.get("bundled") else entry["path"])
            picker.setEnabled(picker.count() > 1)
        current = self.workspace.settings.model_path or ""
        index = picker.findData(current)
        if index < 0 and current:
            picker.addItem(Path(current).stem, current)
            index = picker.count() - 1
        picker.setCurrentIndex(max(index, 0))
        picker.blockSignals(False)

    def _model_picked(self, index: int) -> None:
        path = self.model_picker.itemData(index)
        if path != (self.workspace.settings.model_path or ""):
            self.model_requested.emit(path)

    def _documents_row(self) -> QHBoxLayout:
        """The per-conversation switch: answer from the user's indexed documents, and which ones."""
        self.use_documents = QCheckBox(self.tr("Use my documents"))
        self.use_documents.setAccessibleName(self.tr("Use my documents in this conversation"))
        self.use_documents.setToolTip(self.tr("Answers quote your indexed documents and cite them"))
        self.document_scope = QComboBox()
        self.document_scope.setAccessibleName(self.tr("Which documents to use"))
        self.document_scope.addItem(self.tr("All documents"), "")
        self.document_scope.setEnabled(False)
        self.use_documents.toggled.connect(self.document_scope.setEnabled)
        self.label_filter = LabelFilterBox(self.workspace)
        self.label_filter.setEnabled(False)
        self.use_documents.toggled.connect(self.label_filter.setEnabled)
        row = QHBoxLayout()
        row.setContentsMargins(16, 4, 16, 0)
        row.addWidget(self.use_documents)
        row.addWidget(self.document_scope)
        # The composer's other choices go here, after the documents switch: the preset picker
        # (ui/preset_picker.py) and the label filter (ui/label_filter.py), through add_composer_widget.
        self.composer_extras = QHBoxLayout()
        self.composer_extras.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self.composer_extras)
        row.addStretch(1)
        self.add_composer_widget(self.label_filter)
        return row

    def add_composer_widget(self, widget: QWidget) -> None:
        """A choice beside "Use my documents" (the preset picker, the label filter)."""
        self.composer_extras.addWidget(widget)

    def set_document_folders(self, folders: list[str]) -> None:
        current = self.document_scope.currentData()
        self.document_scope.clear()
        self.document_scope.addItem(self.tr("All documents"), "")
        for folder in folders:
            self.document_scope.addItem(folder, folder)
        self.document_scope.setCurrentIndex(max(0, self.document_scope.findData(current)))

    def documents_option(self) -> dict:
        folder = self.document_scope.currentData()
        option = {"enabled": self.use_documents.isChecked(), "folders": [folder] if folder else []}
        labels = self.label_filter.labels()  # {"kind": ["contract"]}: only documents with that label
        return {**option, "labels": labels} if labels else option

    def set_documents_option(self, option: dict) -> None:
        self.use_documents.setChecked(bool(option.get("enabled")))
        folders = option.get("folders") or []
        index = self.document_scope.findData(folders[0]) if folders else 0
        self.document_scope.setCurrentIndex(max(0, index))
        self.label_filter.set_labels(option.get("labels") or {})

    def submit(self) -> None:
        text = self.input.toPlainText()
        if self.send_button.isEnabled() and text.strip():
            self.send_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.send_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        for view in self.message_views():
            view.set_actions_enabled(not busy)

    def clear(self) -> None:
        self._streaming = self._asking = None
        self.conversation_id = None
        self._remove_views(0)
        self.empty_label.show()

    def _remove_views(self, first: int) -> None:
        """Remove the message views from the `first` one on."""
        for view in self.message_views()[first:]:
            self.message_layout.removeWidget(view)
            view.hide()
            view.deleteLater()

    def show_messages(self, messages, conversation_id: int | None = None) -> None:
        """Show the branch `messages` (History.messages: the path to the current leaf)."""
        self.clear()
        self.conversation_id = conversation_id if conversation_id is not None else \
            (messages[0].conversation_id if messages else None)
        question = ""
        for message in messages:
            view = self.add_message(message.role, message.content, message.status, message)
            view.set_ran_on(message.meta.get(RAN_ON))
            if message.role == "user":
                question = message.meta.get(RETRIEVAL_QUERY) or message.content
            elif Trust.saved_with(message.meta, message.content):
                self._show_trust(view, Trust.of_saved(message.meta, message.content, question))

    def show_conversation(self, conversation_id: int) -> None:
        """Draw the conversation's branch shown again, from the history."""
        self.show_messages(self._history().messages(conversation_id), conversation_id)

    def _history(self):
        return self.workspace.history

    def _show_trust(self, view: MessageView, trust: Trust) -> None:
        view.set_trust(trust, can_explain=self.workspace is not None)
        view.explain_requested.connect(lambda question, v=view: self.open_explain(v, question))

    def open_explain(self, view: MessageView, question: str) -> ExplainPanel:
        """The "Why these sources?" panel for an answer, over the documents this conversation uses."""
        option = self.documents_option()
        panel = ExplainPanel(self.workspace, question, option["folders"], parent=self.window(),
                             labels=option.get("labels"))
        view.explain_panel = panel
        panel.show()
        return panel

    def add_message(self, role: str, content: str, status: str = "complete",
                    saved: Message | None = None) -> MessageView:
        """Add a bubble at the end; `saved`: the message it shows, whose actions it then offers."""
        self.empty_label.hide()
        view = MessageView(role, content, status)
        alignment = Qt.AlignmentFlag.AlignRight if role == "user" else Qt.AlignmentFlag(0)
        self.message_layout.insertWidget(self.message_layout.count() - 1, view, 0, alignment)
        self._connect_actions(view)
        if saved is not None and self.workspace is not None:
            self._identify(view, saved.id)
        view.set_actions_enabled(not self._busy)
        return view

    def _connect_actions(self, view: MessageView) -> None:
        view.regenerate_requested.connect(lambda v=view: self.regenerate(v))
        view.edit_submitted.connect(lambda text, v=view: self.resend_edited(v, text))
        view.delete_requested.connect(lambda v=view: self.delete_message(v))
        view.version_requested.connect(self.show_version)

    def _identify(self, view: MessageView, message_id: int) -> None:
        """Tell the view which saved message it shows, and its versions."""
        view.set_message_id(message_id)
        if self.workspace is not None:
            view.set_versions([m.id for m in self._history().siblings(message_id)])

    def begin_answer(self, request: TurnRequest | str) -> None:
        """Show the question and an empty answer that streams in. For a regenerated answer or an
        edited question, the bubbles from that message on make way (they stay saved)."""
        if isinstance(request, str):
            request = TurnRequest(request, self.conversation_id, self.documents_option())
        views = self.message_views()
        self._question = request.text
        if request.answer_again is not None:
            index = self._index_of(views, request.answer_again, len(views))
            self._remove_views(index)
            self._asking = views[index - 1] if index > 0 else None
        else:
            if request.edit_of is not None:
                self._remove_views(self._index_of(views, request.edit_of, len(views)))
            else:
                self.input.clear()
            self._asking = self.add_message("user", request.text)
        self._streaming = self.add_message("assistant", "", "streaming")
        self._pending = ""

    @staticmethod
    def _index_of(views: list[MessageView], message_id: int, default: int) -> int:
        return next((i for i, v in enumerate(views) if v.message_id == message_id), default)

    def append_piece(self, piece: str) -> None:
        self._pending += piece
        if not self._repaint.isActive():
            since_ms = (time.monotonic() - self._drawn_at) * 1000
            self._repaint.start(max(0, round(REPAINT_EVERY_MS - since_ms)))

    def _flush(self) -> None:
        self._drawn_at = time.monotonic()
        if self._streaming is not None:
            self._streaming.set_content(self._pending)

    def end_answer(self, status: str, sources: list[dict] | None = None, result=None) -> None:
        """`result`: the turn's TurnResult; an answer from documents then shows what it rests on."""
        self._repaint.stop()
        if self._streaming is not None:
            self._streaming.set_content(self._pending, status)
            if result is not None and result.retrieval_query:
                self._show_trust(self._streaming, Trust.of_result(result, self._question))
            else:
                self._streaming.set_sources(sources or [])
        if result is not None:
            self.conversation_id = result.conversation_id
            if self._streaming is not None:
                self._streaming.set_ran_on(result.ran_on)
            if self._streaming is not None and self.workspace is not None:
                self._identify(self._streaming, result.message_id)
                if self._asking is not None and result.question_id:
                    self._identify(self._asking, result.question_id)
        self._streaming = self._asking = None

    # -- chat actions -----------------------------------------------------------------------------

    def regenerate(self, view: MessageView) -> None:
        """Answer the question again; this answer stays as the other version."""
        if self._busy or view.message_id is None:
            return
        views = self.message_views()
        index = views.index(view) if view in views else 0
        question = views[index - 1].content if index > 0 else ""
        self.turn_requested.emit(TurnRequest(question, self.conversation_id, self.documents_option(),
                                             answer_again=view.message_id))

    def resend_edited(self, view: MessageView, text: str) -> None:
        """Send `text` in place of the question `view` shows: the conversation branches there."""
        if self._busy or view.message_id is None:
            return
        self.turn_requested.emit(TurnRequest(text, self.conversation_id, self.documents_option(),
                                             edit_of=view.message_id))

    def delete_message(self, view: MessageView, confirm: bool = True) -> None:
        """Delete one message (History.delete_message: its replies move up, nothing else goes)."""
        if self._busy or view.message_id is None or self.conversation_id is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Delete message?"),
                self.tr("Delete this message? The messages after it stay in the conversation.")) \
                != QMessageBox.StandardButton.Yes:
            return
        self._history().delete_message(view.message_id)
        self.show_conversation(self.conversation_id)

    def show_version(self, message_id: int) -> None:
        """Show the branch through another version of a message (saved: a restart shows it too)."""
        if self._busy or self.conversation_id is None:
            return
        self._history().switch_branch(message_id)
        self.show_conversation(self.conversation_id)

    def conversation_text(self, kind: str = "md") -> str:
        """The conversation shown as Markdown (the branch shown) or JSON (every branch)."""
        if self.conversation_id is None or self.workspace is None:
            return ""
        export = conversation_export(self._history(), self.conversation_id)
        return json.dumps(export, ensure_ascii=False, indent=2) if kind == "json" else markdown_of(export)

    def copy_conversation(self) -> None:
        text = self.conversation_text("md")
        if text:
            QGuiApplication.clipboard().setText(text)

    def export_conversation(self, path: Path, kind: str) -> Path:
        """Write the conversation to `path` as "md", "json" or "pdf"."""
        if kind == "pdf":
            print_pdf(self.conversation_text("md"), path)
        else:
            write_atomically(path, self.conversation_text(kind) + "\n")
        self.exported.emit(str(path))
        return path

    def export_dialog(self, kind: str) -> None:
        if self.conversation_id is None:
            self.notice.show_message(self.tr("Send a message first: there is no conversation to export yet."))
            return
        filters = {"md": self.tr("Markdown (*.md)"), "json": self.tr("JSON (*.json)"), "pdf": self.tr("PDF (*.pdf)")}
        title = self._history().get(self.conversation_id).title
        suggested = str(Path.home() / f"{''.join(c for c in title if c.isalnum() or c in ' -_').strip() or 'chat'}.{kind}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export conversation"), suggested, filters[kind])
        if not chosen:
            return
        try:
            self.export_conversation(Path(chosen), kind)
        except (OSError, DeskmateError) as exc:
            self.notice.show_message(self.tr("Could not export the conversation to %s: %s. Choose another "
                                             "folder.") % (chosen, exc))

    @property
    def answer_text(self) -> str:
        return self._pending

    def message_views(self) -> list[MessageView]:
        items = (self.message_layout.itemAt(i) for i in range(self.message_layout.count()))
        return [view for item in items if item is not None and isinstance(view := item.widget(), MessageView)]

    def _follow_end(self, _minimum: int, maximum: int) -> None:
        self.scroll_area.verticalScrollBar().setValue(maximum)


# -- screenshots ---------------------------------------------------------------------------------

SHOWCASE_QUESTION = "Show me a Python function that adds two numbers, and a table of a few results."
SHOWCASE_ANSWER = """Here is a small function with type hints:

```python
def add(a: float, b: float) -> float:
    \"\"\"The sum of a and b.\"\"\"
    return a + b


print(add(2, 3))  # 5
```

| a | b | add(a, b) |
|---:|---:|---:|
| 2 | 3 | 5 |
| 1.5 | 2.5 | 4.0 |
| -4 | 4 | 0 |

Call it with any two numbers; it returns their sum.
"""


def stage_chat_actions(window, wait_for, max_tokens: int = 48) -> dict[str, int]:
    """Conversations for the self-test's screenshots (ui/showcase.py), made through the window's own
    actions: "code" (an answer with a highlighted code block and a table, saved as a sample),
    "regenerated" (an answer regenerated by the model: "2/2") and "edited" (a question edited and
    sent again: "2/2" on the question). `wait_for(signal)` runs the event loop until it fires.
    Returns each conversation's id; open one with window.open_conversation(id)."""
    history, settings = window.workspace.history, window.workspace.settings
    code = history.create(title_from(SHOWCASE_QUESTION))
    history.add_message(code.id, "user", SHOWCASE_QUESTION)
    history.add_message(code.id, "assistant", SHOWCASE_ANSWER)
    kept, settings.max_tokens = settings.max_tokens, max_tokens
    try:
        regenerated = _answer(window, wait_for, "Suggest a name for a black cat.")
        answer = window.chat.message_views()[-1]
        _run(window, wait_for, lambda: window.chat.regenerate(answer))
        edited = _answer(window, wait_for, "What is the capital of Spain?")
        question = window.chat.message_views()[-2]
        _run(window, wait_for, lambda: window.chat.resend_edited(question, "What is the capital of Portugal?"))
    finally:
        settings.max_tokens = kept
    return {"code": code.id, "regenerated": regenerated, "edited": edited}


def _answer(window, wait_for, text: str) -> int:
    window.new_chat()
    window.chat.use_documents.setChecked(False)  # a plain chat: the model writes the answer
    _run(window, wait_for, lambda: window.send(text))
    return window.chat.conversation_id


def _run(window, wait_for, action) -> None:
    loop_signal = window.answer_finished
    QTimer.singleShot(0, action)
    wait_for(loop_signal)
