"""The main window: conversations on the left, the chat on the right, menus and status line."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from assistant import __version__
from assistant.history import COMPLETE, FAILED, INTERRUPTED
from ui.chat_view import ChatView
from ui.conversation_list import ConversationList
from ui.tools_view import ToolsView
from ui.workers import GeneratorWorker, run_in_background


class MainWindow(QMainWindow):
    model_ready = Signal(str)
    answer_finished = Signal(object)  # TurnResult, or None when the turn failed before it started

    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.conversation_id: int | None = None
        self._turn = None
        self._worker: GeneratorWorker | None = None
        self._loader: GeneratorWorker | None = None
        self.setWindowTitle("Deskmate")
        self.resize(1100, 720)
        self._build()
        self._build_menus()
        self.conversations.refresh()

    def _build(self) -> None:
        self.conversations = ConversationList(self.workspace.history)
        self.conversations.selected.connect(self.open_conversation)
        self.conversations.new_requested.connect(self.new_chat)
        self.chat = ChatView()
        self.chat.send_requested.connect(self.send)
        self.chat.stop_requested.connect(self.stop)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.conversations)
        self.splitter.addWidget(self.chat)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 840])
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Sections"))
        self.setCentralWidget(self.pages)
        self.add_page(self.splitter, self.tr("&Chat"))
        self.tools = ToolsView(self.workspace)
        self.add_page(self.tools, self.tr("&Tools"))
        self.model_label = QLabel(self.tr("Loading model…"))
        self.model_label.setAccessibleName(self.tr("Model status"))
        self.speed_label = QLabel()
        self.speed_label.setAccessibleName(self.tr("Generation speed"))
        self.statusBar().addWidget(self.model_label, 1)
        self.statusBar().addPermanentWidget(self.speed_label)

    def add_page(self, widget: QWidget, title: str) -> int:
        """A section of the app (Chat, Documents, Tools…); Ctrl+1, Ctrl+2… switch between them."""
        index = self.pages.addTab(widget, title)
        action = QAction(self, triggered=lambda: self.pages.setCurrentIndex(index))
        action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        self.addAction(action)
        return index

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self, triggered=slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New chat"), self.new_chat, QKeySequence.StandardKey.New)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        chat_menu = bar.addMenu(self.tr("&Chat"))
        self._action(chat_menu, self.tr("&Search conversations"), self.focus_search, QKeySequence.StandardKey.Find)
        self._action(chat_menu, self.tr("&Focus message box"), self.chat.input.setFocus, "Ctrl+L")
        self.stop_action = self._action(chat_menu, self.tr("S&top answer"), self.stop, Qt.Key.Key_Escape)
        self.stop_action.setEnabled(False)
        chat_menu.addSeparator()
        self._action(chat_menu, self.tr("&Rename conversation…"),
                     lambda: self.conversations.rename(self.conversation_id))
        self._action(chat_menu, self.tr("&Delete conversation…"),
                     lambda: self.conversations.delete(self.conversation_id))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Deskmate"), self.about, QKeySequence.StandardKey.HelpContents)

    # -- model ---------------------------------------------------------------------------------

    def load_model(self) -> None:
        """Load the model in the background so the window is usable at once."""
        self._loader = run_in_background(self.workspace.engine, self)
        self._loader.item.connect(self._model_loaded)
        self._loader.failed.connect(self._model_failed)
        self._loader.start()

    def _model_loaded(self, engine) -> None:
        self.model_label.setText(self.tr("Model: %s · context %s tokens") % (engine.name, f"{engine.n_ctx:,}"))
        self.model_ready.emit(engine.name)

    def _model_failed(self, message: str) -> None:
        self.model_label.setText(self.tr("No model loaded"))
        self.show_error(message)

    # -- conversations -------------------------------------------------------------------------

    def new_chat(self) -> None:
        self.stop_and_wait()
        self.conversation_id = None
        self.conversations.select(None)
        self.chat.clear()
        self.chat.input.setFocus()

    def open_conversation(self, conversation_id: int | None) -> None:
        if conversation_id == self.conversation_id and conversation_id is not None:
            return
        self.stop_and_wait()
        if conversation_id is None:
            self.new_chat()
            return
        self.conversation_id = conversation_id
        self.chat.show_messages(self.workspace.history.messages(conversation_id))

    def focus_search(self) -> None:
        self.conversations.search.setFocus()
        self.conversations.search.selectAll()

    # -- sending -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def send(self, text: str) -> None:
        if self.busy:
            return
        self.chat.begin_answer(text.strip())
        self._turn = None

        def start_turn():
            self._turn = self.workspace.chat().send(text, self.conversation_id)
            return self._turn

        self._worker = GeneratorWorker(start_turn, on_stop=lambda: self._turn and self._turn.stop(), parent=self)
        self._worker.item.connect(self.chat.append_piece)
        self._worker.failed.connect(self._answer_failed)
        self._worker.done.connect(self._answer_done)
        self._set_busy(True)
        self._worker.start()

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.stop()

    def stop_and_wait(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker.wait()
            self._answer_done()

    def _answer_failed(self, message: str) -> None:
        if self._turn is None or self._turn.result is None:
            self.chat.input.setPlainText(self.chat.input.toPlainText() or self._last_question())
        self.show_error(message)

    def _last_question(self) -> str:
        views = self.chat.message_views()
        return views[-2].content if len(views) >= 2 else ""

    def _answer_done(self) -> None:
        if self._worker is None:
            return
        self._worker = None
        result = self._turn.result if self._turn is not None else None
        self.chat.end_answer(result.status if result else FAILED)
        self._set_busy(False)
        if result is not None:
            self.conversation_id = result.conversation_id
            self.conversations.select(result.conversation_id)
            self._show_speed(result)
        else:
            self.chat.show_messages(self.workspace.history.messages(self.conversation_id)
                                    if self.conversation_id else [])
        self.answer_finished.emit(result)

    def _show_speed(self, result) -> None:
        if result.generation_tok_s:
            note = self.tr(" · stopped") if result.status == INTERRUPTED else ""
            self.speed_label.setText(self.tr("%d tokens · %.0f tokens/s%s")
                                     % (result.completion_tokens, result.generation_tok_s, note))
        elif result.status != COMPLETE:
            self.speed_label.setText(self.tr("stopped"))

    def _set_busy(self, busy: bool) -> None:
        self.chat.set_busy(busy)
        self.stop_action.setEnabled(busy)

    # -- misc ----------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.chat.notice.show_message(message)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Deskmate"),
                          self.tr("Deskmate %s\n\nA private assistant. Your conversations, documents and "
                                  "models stay on this computer; nothing is sent anywhere.") % __version__)

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.stop_and_wait()
        self.tools.stop_and_wait()
        if self._loader is not None:
            self._loader.wait()
        super().closeEvent(event)
