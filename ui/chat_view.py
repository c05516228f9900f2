"""The conversation on the right: messages, the input box, Send and Stop."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.chat.conversation import RETRIEVAL_QUERY
from ui.explain_panel import ExplainPanel
from ui.message_view import MessageView, Trust
from ui.welcome import WelcomePanel

REPAINT_EVERY_MS = 30  # streamed text is drawn at most this often, so painting never slows generation


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
    stop_requested = Signal()

    def __init__(self, workspace=None, parent: QWidget | None = None):
        """`workspace`: where "Why these sources?" searches (None: answers show no such button)."""
        super().__init__(parent)
        self.workspace = workspace
        self._streaming: MessageView | None = None
        self._question = ""  # the message being answered
        self._pending = ""
        self._repaint = QTimer(self, interval=REPAINT_EVERY_MS, singleShot=True)
        self._repaint.timeout.connect(self._flush)
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
        layout.addWidget(self.welcome)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.notice)
        layout.addLayout(self._documents_row())
        layout.addLayout(composer)

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
        row = QHBoxLayout()
        row.setContentsMargins(16, 4, 16, 0)
        row.addWidget(self.use_documents)
        row.addWidget(self.document_scope)
        row.addStretch(1)
        return row

    def set_document_folders(self, folders: list[str]) -> None:
        current = self.document_scope.currentData()
        self.document_scope.clear()
        self.document_scope.addItem(self.tr("All documents"), "")
        for folder in folders:
            self.document_scope.addItem(folder, folder)
        self.document_scope.setCurrentIndex(max(0, self.document_scope.findData(current)))

    def documents_option(self) -> dict:
        folder = self.document_scope.currentData()
        return {"enabled": self.use_documents.isChecked(), "folders": [folder] if folder else []}

    def set_documents_option(self, option: dict) -> None:
        self.use_documents.setChecked(bool(option.get("enabled")))
        folders = option.get("folders") or []
        index = self.document_scope.findData(folders[0]) if folders else 0
        self.document_scope.setCurrentIndex(max(0, index))

    def submit(self) -> None:
        text = self.input.toPlainText()
        if self.send_button.isEnabled() and text.strip():
            self.send_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)

    def clear(self) -> None:
        self._streaming = None
        while self.message_layout.count() > 2:  # keep the empty label and the stretch
            item = self.message_layout.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.empty_label.show()

    def show_messages(self, messages) -> None:
        self.clear()
        question = ""
        for message in messages:
            view = self.add_message(message.role, message.content, message.status)
            if message.role == "user":
                question = message.meta.get(RETRIEVAL_QUERY) or message.content
            elif Trust.saved_with(message.meta, message.content):
                self._show_trust(view, Trust.of_saved(message.meta, message.content, question))

    def _show_trust(self, view: MessageView, trust: Trust) -> None:
        view.set_trust(trust, can_explain=self.workspace is not None)
        view.explain_requested.connect(lambda question, v=view: self.open_explain(v, question))

    def open_explain(self, view: MessageView, question: str) -> ExplainPanel:
        """The "Why these sources?" panel for an answer, over the documents this conversation uses."""
        panel = ExplainPanel(self.workspace, question, self.documents_option()["folders"], parent=self.window())
        view.explain_panel = panel
        panel.show()
        return panel

    def add_message(self, role: str, content: str, status: str = "complete") -> MessageView:
        self.empty_label.hide()
        view = MessageView(role, content, status)
        self.message_layout.insertWidget(self.message_layout.count() - 1, view)
        return view

    def begin_answer(self, question: str) -> None:
        self._question = question
        self.input.clear()
        self.add_message("user", question)
        self._streaming = self.add_message("assistant", "", "streaming")
        self._pending = ""

    def append_piece(self, piece: str) -> None:
        self._pending += piece
        if not self._repaint.isActive():
            self._repaint.start()

    def _flush(self) -> None:
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
        self._streaming = None

    @property
    def answer_text(self) -> str:
        return self._pending

    def message_views(self) -> list[MessageView]:
        items = (self.message_layout.itemAt(i) for i in range(self.message_layout.count()))
        return [view for item in items if item is not None and isinstance(view := item.widget(), MessageView)]

    def _follow_end(self, _minimum: int, maximum: int) -> None:
        self.scroll_area.verticalScrollBar().setValue(maximum)
