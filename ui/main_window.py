"""The main window: the navigation rail on the left (Chat, Documents, Tools, Classify; Models and
Settings at its foot), the chat page with its conversation list and header (title, presets, model),
menus and status line."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QActionGroup,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant import __version__
from assistant.chat.conversation import TurnResult
from assistant.chat.history import MessageStatus
from assistant.chat.presets import DEFAULT_PERSONA, SAMPLING_OPTION, Choice, PresetStore, apply_choice, choice_from
from assistant.diagnostics import report
from assistant.errors import DeskmateError, NotFound
from assistant.models.downloads import load_catalogue
from assistant.models.fit import recommend
from assistant.models.gguf import read_gguf
from assistant.models.settings import settings_for
from assistant.runtime.resources import resource_path
from assistant.workspace import Workspace
from ui.api_switch import ApiSwitch
from ui.catalogue_dialog import CatalogueDialog, machine_here
from ui.chat_view import ChatView, TurnRequest
from ui.classify_view import ClassifyView
from ui.conversation_list import ConversationList
from ui.documents_view import DocumentsView
from ui.explain_panel import ExplainPanel
from ui.models_dialog import ModelsDialog
from ui.preset_picker import PresetPicker
from ui.results import Answer, TurnRunner
from ui.settings_dialog import SettingsDialog
from ui.theme import SIDEBAR_WIDTH, icon, is_theme_change
from ui.tools_view import ToolsView
from ui.workers import JobSlot, returning


@dataclass(frozen=True)
class Question:
    """What a chat turn reads from the window, before its worker starts."""

    request: TurnRequest
    preset: Choice


class Pages(QStackedWidget):
    """The app's sections, one shown at a time; the navigation rail switches between them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._titles: list[str] = []

    def addTab(self, widget: QWidget, title: str) -> int:  # noqa: N802 (the QTabWidget name it replaced)
        self._titles.append(title)
        return self.addWidget(widget)

    def tabText(self, index: int) -> str:  # noqa: N802
        return self._titles[index] if 0 <= index < len(self._titles) else ""


class NavigationRail(QFrame):
    """The column of section buttons on the left, icon over label, with Models and Settings at its foot."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setFixedWidth(SIDEBAR_WIDTH)
        self.setAccessibleName(self.tr("Sections"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[tuple[QToolButton, str]] = []  # with the icon's name, to redraw on a theme change
        self.top = QVBoxLayout()
        self.top.setSpacing(4)
        self.bottom = QVBoxLayout()
        self.bottom.setSpacing(4)
        brand = QLabel()
        brand.setObjectName("brand")
        brand.setPixmap(QIcon(str(resource_path("icons", "deskmate.svg"))).pixmap(QSize(32, 32)))
        brand.setAccessibleName("Deskmate")
        brand.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(5, 12, 5, 12)
        layout.setSpacing(8)
        layout.addWidget(brand)
        layout.addSpacing(8)
        layout.addLayout(self.top)
        layout.addStretch(1)
        layout.addLayout(self.bottom)

    def _button(self, text: str, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("navButton")
        button.setText(text)
        button.setIcon(icon(icon_name, 22))
        button.setIconSize(QSize(22, 22))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setFixedWidth(SIDEBAR_WIDTH - 10)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        self.buttons.append((button, icon_name))
        self._fit_width()
        return button

    def _fit_width(self) -> None:
        """As wide as the widest label ("Einstellungen", "Configuración"), never narrower than the design."""
        widest = max(SIDEBAR_WIDTH - 10, *(button.sizeHint().width() for button, _ in self.buttons))
        self.setFixedWidth(widest + 10)
        for button, _ in self.buttons:
            button.setFixedWidth(widest)

    def add_section(self, text: str, icon_name: str, tip: str, show) -> QToolButton:
        button = self._button(text, icon_name, tip)
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.clicked.connect(show)
        self.top.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        return button

    def add_command(self, text: str, icon_name: str, tip: str, run) -> QToolButton:
        button = self._button(text, icon_name, tip)
        button.clicked.connect(run)
        self.bottom.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        return button

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if is_theme_change(event):
            for button, icon_name in self.buttons:
                button.setIcon(icon(icon_name, 22))


class MainWindow(QMainWindow):
    model_ready = Signal(str)
    answer_finished = Signal(object)  # TurnResult, or None when the turn failed before it started
    appearance_changed = Signal()  # theme or language changed in Settings
    documents_folder_added = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.conversation_id: int | None = None
        self.answering = JobSlot(self, on_item=self._answer_piece, on_failed=self._answer_failed,
                                 on_finished=self._answer_finished)
        self.loading = JobSlot(self, on_failed=self._model_failed, on_finished=self._model_finished)
        self._remote_where: str | None = None  # the office server's address when it is the engine
        self.open_dialog = None
        self._sampling_cache: tuple[float, float] | None = None  # the model's own (temperature, top_p)
        self.setWindowTitle("Deskmate")
        self.resize(1100, 720)
        self.setAcceptDrops(True)  # files and folders dropped anywhere on the window get indexed
        self._build()
        self._build_menus()
        self.conversations.refresh()
        self.restore_state()
        self._offer_welcome()
        self.chat.input.setFocus()

    def _build(self) -> None:
        self.presets = PresetStore(self.workspace.home)
        self.conversations = ConversationList(self.workspace.history)
        self.conversations.selected.connect(self.open_conversation)
        self.conversations.new_requested.connect(self.new_chat)
        self.conversations.items.model().rowsInserted.connect(lambda *_args: self._show_title())
        self.chat = ChatView(self.workspace)
        self.chat.send_requested.connect(self.send)
        self.chat.turn_requested.connect(self.start_turn)
        self.chat.model_requested.connect(self.switch_model)
        self.model_ready.connect(self.chat.show_models)
        self.chat.stop_requested.connect(self.stop)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.conversations)
        self.splitter.addWidget(self._chat_column())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 840])
        self.conversations.setMinimumWidth(200)
        self.pages = Pages()
        self.pages.setAccessibleName(self.tr("Sections"))
        self.rail = NavigationRail()
        self.nav_buttons: list[QToolButton] = []
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        self.add_page(self.splitter, self.tr("&Chat"), "chat")
        self.documents = DocumentsView(self.workspace)
        self.documents.indexing_finished.connect(lambda _summary: self._update_document_choices())
        self.add_page(self.documents, self.tr("&Documents"), "documents")
        self._update_document_choices()
        self.tools = ToolsView(self.workspace)
        self.add_page(self.tools, self.tr("&Tools"), "tools")
        self.classify = ClassifyView(self.workspace)
        self.add_page(self.classify, self.tr("C&lassify"), "classify")
        self.rail.add_command(self.tr("Models"), "models", self.tr("Models: choose, download and tune (Ctrl+M)"),
                              self.open_models)
        self.rail.add_command(self.tr("Settings"), "settings", self.tr("Settings (Ctrl+,)"), self.open_settings)
        self.pages.currentChanged.connect(self._page_shown)
        self._page_shown(0)
        self._build_status_bar()

    def _build_status_bar(self) -> None:
        self.model_label = QLabel(self.tr("Loading model…"))
        self.model_label.setAccessibleName(self.tr("Model status"))
        self.speed_label = QLabel()
        self.speed_label.setAccessibleName(self.tr("Generation speed"))
        self.network_label = QLabel()  # says so whenever anything leaves or enters over the network
        self.network_label.setAccessibleName(self.tr("Network status"))
        self.network_label.setContentsMargins(0, 0, 12, 0)
        self.network_label.hide()
        self.statusBar().addWidget(self.model_label, 1)
        self.statusBar().addPermanentWidget(self.network_label)
        self.statusBar().addPermanentWidget(self.speed_label)
        self.api_switch = ApiSwitch(self.workspace, self)
        self.api_switch.changed.connect(self._show_network)
        self.api_switch.failed.connect(self.show_error)

    def _chat_column(self) -> QWidget:
        """The chat with its header: the conversation's title and its presets."""
        header = QFrame()
        header.setObjectName("chatHeader")
        self.chat_title = QLabel(self.tr("New chat"))
        self.chat_title.setObjectName("chatTitle")
        self.chat_title.setAccessibleName(self.tr("Conversation title"))
        self.chat_title.setMinimumWidth(80)
        self.preset_picker = PresetPicker(self.presets, self._model_sampling)
        self.preset_picker.changed.connect(self._preset_changed)
        self.preset_picker.failed.connect(self.show_error)
        rows = QVBoxLayout(header)
        rows.setContentsMargins(20, 10, 16, 10)
        rows.setSpacing(6)
        rows.addWidget(self.chat_title)
        self.chat.top_row.insertWidget(1, self.preset_picker)  # one bar: model, persona, sampling
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.chat, 1)
        return column

    def add_page(self, widget: QWidget, title: str, icon_name: str = "tools") -> int:
        """A section of the app (Chat, Documents, Tools…) with its button in the rail; Ctrl+1, Ctrl+2…
        switch between them."""
        index = self.pages.addTab(widget, title)
        shortcut = QKeySequence(f"Ctrl+{index + 1}")
        label = title.replace("&", "")
        button = self.rail.add_section(label, icon_name, self.tr("%s (%s)") % (label, shortcut.toString(
            QKeySequence.SequenceFormat.NativeText)), lambda: self.pages.setCurrentIndex(index))
        self.nav_buttons.append(button)
        action = QAction(self)
        action.triggered.connect(lambda: self.pages.setCurrentIndex(index))
        action.setShortcut(shortcut)
        self.addAction(action)
        return index

    def _page_shown(self, index: int) -> None:
        if 0 <= index < len(self.nav_buttons):
            self.nav_buttons[index].setChecked(True)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | Qt.Key | str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New chat"), self.new_chat, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Models…"), self.open_models, "Ctrl+M")
        self._action(file_menu, self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        file_menu.addSeparator()
        file_menu.addAction(self.api_switch.action)
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
        self._action(help_menu, self.tr("&About Deskmate"), self.about, "F1")
        self._action(help_menu, self.tr("&Privacy"), lambda: self.open_settings(page=3))
        self._action(help_menu, self.tr("Open &data folder"), self.open_data_folder)
        self._action(help_menu, self.tr("&Copy diagnostics"), self.copy_diagnostics)

    # -- model ---------------------------------------------------------------------------------

    def load_model(self) -> None:
        """Load the model in the background so the window is usable at once."""
        self.loading.start(lambda _should_stop: returning(self.workspace.engine))

    def _model_finished(self, engine: Any) -> None:
        if engine is not None:  # None: it failed, and _model_failed said why
            self._model_loaded(engine)

    def _model_loaded(self, engine) -> None:
        self.model_label.setText(self.tr("Model: %s · context %s tokens") % (engine.name, f"{engine.n_ctx:,}"))
        self._sampling_cache = None
        self.preset_picker.set_choice(self.preset_picker.choice())  # the model's own values may differ
        self._remote_where = None if engine.is_local else engine.where
        self._show_network()
        self.model_ready.emit(engine.name)

    def _show_network(self) -> None:
        parts = []
        if self._remote_where:
            parts.append(self.tr("Office server %s") % self._remote_where)
        if self.api_switch.url:
            parts.append(self.tr("API on %s") % self.api_switch.url)
        self.network_label.setText(" · ".join(parts))
        self.network_label.setVisible(bool(parts))

    def _model_failed(self, message: str) -> None:
        engine = self.workspace.loaded_engine
        if engine is not None:  # a switch failed: the previous model is still there
            self._model_loaded(engine)
        else:
            self.model_label.setText(self.tr("No model loaded"))
        self.show_error(message)

    def switch_model(self, path: str | None, insist: bool = False) -> None:
        """Stop any answer in progress, then load another model; conversations are untouched."""
        self.stop_and_wait()
        self.loading.wait()
        self.model_label.setText(self.tr("Loading %s…") % Path(path).name if path else self.tr("Loading model…"))
        self.loading.start(lambda _should_stop: returning(lambda: self.workspace.switch_model(path, insist=insist)))

    def open_models(self) -> None:
        dialog = ModelsDialog(self.workspace, self)
        dialog.use_requested.connect(self.switch_model)
        self._open_dialog(dialog)

    def open_model_chooser(self, entry_id: str = "") -> None:
        """The catalogue chooser (models that fit this computer); a download is used when the user says so.
        Tool warnings about a model too small open this too."""
        if self.open_dialog is not None:
            return
        dialog = CatalogueDialog(self.workspace, self)
        if entry_id:
            dialog.select(entry_id)
        dialog.downloaded.connect(self._remember_model)
        dialog.use_requested.connect(lambda path: self.switch_model(path))
        self._open_dialog(dialog)

    def _remember_model(self, path: str) -> None:
        try:
            self.workspace.models.add(path)
        except DeskmateError as exc:
            self.show_error(str(exc))

    def open_settings(self, page: int = 0) -> None:
        dialog = SettingsDialog(self.workspace, self)
        dialog.tabs.setCurrentIndex(page)
        dialog.appearance_changed.connect(self.appearance_changed)
        if self._open_dialog(dialog) and getattr(dialog, "requested_model", None):
            self.switch_model(dialog.requested_model)

    def _open_dialog(self, dialog) -> bool:
        self.open_dialog = dialog  # tests and the self-test reach the dialog through this
        try:
            return bool(dialog.exec())
        finally:
            self.open_dialog = None

    # -- conversations -------------------------------------------------------------------------

    def new_chat(self) -> None:
        self.stop_and_wait()
        self.conversation_id = None
        self.conversations.select(None)
        self.chat.clear()
        self._show_title()
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
        conversation = self.workspace.history.get(conversation_id)
        self.chat.set_documents_option(conversation.options.get("documents") or {})
        self.preset_picker.set_choice(choice_from(conversation.preset, conversation.options))
        self._show_title()

    def _show_title(self) -> None:
        title = self.tr("New chat")
        if self.conversation_id is not None:
            try:
                title = self.workspace.history.get(self.conversation_id).title
            except NotFound:
                pass
        self.chat_title.setText(self.chat_title.fontMetrics().elidedText(
            title, Qt.TextElideMode.ElideRight, max(120, self.chat_title.width())))
        self.chat_title.setToolTip(title)

    # -- presets -------------------------------------------------------------------------------

    def _model_sampling(self) -> tuple[float, float]:
        """The loaded model's own temperature and top-p (what "Model default" means)."""
        if self._sampling_cache is None:
            settings = self.workspace.settings
            try:
                chosen = settings_for(settings, read_gguf(self.workspace.model_path()))
                self._sampling_cache = (chosen.temperature, chosen.top_p)
            except (DeskmateError, OSError):
                self._sampling_cache = (settings.temperature, settings.top_p)
        return self._sampling_cache

    def _preset_changed(self, choice: Choice) -> None:
        if self.conversation_id is not None:
            self._save_preset(self.conversation_id, choice)

    def _save_preset(self, conversation_id: int, choice: Choice) -> None:
        history = self.workspace.history
        history.set_preset(conversation_id, None if choice.persona == DEFAULT_PERSONA else choice.persona)
        history.set_options(conversation_id, **{SAMPLING_OPTION: choice.sampling_option()})

    def focus_search(self) -> None:
        self.conversations.search.setFocus()
        self.conversations.search.selectAll()

    # -- sending -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.answering.busy

    def send(self, text: str) -> None:
        self.start_turn(TurnRequest(text.strip(), self.conversation_id, self.chat.documents_option()))

    def start_turn(self, request: TurnRequest) -> None:
        """Run a chat turn: a new message, an edited one, or an answer regenerated (ui/chat_view.py)."""
        if self.busy:
            return
        if self.chat.welcome.isVisible():
            self.chat.welcome.dismiss()
        self.chat.begin_answer(request)
        question = Question(request, self.preset_picker.choice())
        runner = TurnRunner(lambda: self._turn(question))
        self._set_busy(True)
        self.answering.start(lambda _should_stop: runner.answer(), on_stop=runner.stop)

    def _turn(self, question: Question):
        """The chat turn for `question`, with its persona and sampling applied (runs on the worker)."""
        chat = self.workspace.chat()
        chat.settings = apply_choice(chat.settings, question.preset, self.presets)
        return question.request.turn(chat)

    def stop(self) -> None:
        self.answering.stop()

    def stop_and_wait(self) -> None:
        self.answering.stop_and_wait()

    def _answer_piece(self, piece: str) -> None:
        self.chat.append_piece(piece)

    def _answer_failed(self, message: str) -> None:
        """The turn failed before it started (nothing was saved): the message goes back in the box."""
        self.chat.input.setPlainText(self.chat.input.toPlainText() or self._last_question())
        self.show_error(message)

    def _last_question(self) -> str:
        views = self.chat.message_views()
        return views[-2].content if len(views) >= 2 else ""

    def _answer_finished(self, answer: Answer | None) -> None:
        result = answer.result if answer is not None else None
        self.chat.end_answer(result.status if result else MessageStatus.ERROR, result.sources if result else [], result)
        self._set_busy(False)
        if answer is not None and answer.error:
            self.show_error(answer.error)
        if result is not None:
            self.conversation_id = result.conversation_id
            self._save_preset(result.conversation_id, self.preset_picker.choice())
            self.conversations.select(result.conversation_id)
            self._show_speed(result)
            self.announce(self.tr("Answer finished: %s") % result.reply[:300])
        else:
            self.chat.show_messages(self.workspace.history.messages(self.conversation_id)
                                    if self.conversation_id else [])
        self.answer_finished.emit(result)

    def _show_speed(self, result: TurnResult) -> None:
        if result.generation_tok_s:
            note = self.tr(" · stopped") if result.status == MessageStatus.INTERRUPTED else ""
            rate = result.generation_tok_s
            self.speed_label.setText(self.tr("%n token(s) · %s tokens/s%s", "", result.completion_tokens)
                                     % (f"{rate:.0f}" if rate >= 10 else f"{rate:.1f}", note))
        elif result.status != MessageStatus.COMPLETE:
            self.speed_label.setText(self.tr("stopped"))

    def _set_busy(self, busy: bool) -> None:
        self.chat.set_busy(busy)
        self.stop_action.setEnabled(busy)

    # -- documents -----------------------------------------------------------------------------

    def _update_document_choices(self) -> None:
        self.chat.set_document_folders([f["path"] for f in self.workspace.documents.folders()])

    def dragEnterEvent(self, event):  # noqa: N802 (Qt API)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802 (Qt API)
        """A dropped .gguf is a model to import; anything else is a document or folder to index."""
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        models = [str(p) for p in paths if p.suffix.lower() == ".gguf"]
        documents = [p for p in paths if p.suffix.lower() != ".gguf"]
        if documents:
            self.pages.setCurrentWidget(self.documents)
            self.documents.add_paths(documents)
        if models:
            self.import_models(models)

    # -- misc ----------------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.chat.notice.show_message(message)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.home)))

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(report(self.workspace))
        self.statusBar().showMessage(self.tr("Diagnostics copied (no conversation text is included)."), 5000)

    def announce(self, text: str) -> None:
        """Tell screen readers, politely, without moving focus."""
        event = QAccessibleAnnouncementEvent(self.chat, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def import_models(self, paths: list[str]) -> None:
        dialog = ModelsDialog(self.workspace, self)
        dialog.use_requested.connect(self.switch_model)
        for path in paths:
            dialog.import_file(path)
        self._open_dialog(dialog)

    def _offer_welcome(self) -> None:
        if self.workspace.settings.first_run_done:
            return
        welcome = self.chat.welcome
        welcome.folder_chosen.connect(self.add_documents_folder)
        welcome.dismissed.connect(self._welcome_done)
        welcome.choose_model_requested.connect(self.open_model_chooser)
        machine = machine_here()
        welcome.show_machine(machine, recommend(load_catalogue(), machine))
        welcome.show()

    def _welcome_done(self) -> None:
        self.workspace.settings.first_run_done = True
        self.workspace.save_settings()

    def add_documents_folder(self, folder: str) -> None:
        """Remember the folder as watched; the Documents section indexes watched folders."""
        if folder not in self.workspace.settings.watched_folders:
            self.workspace.settings.watched_folders.append(folder)
            self.workspace.save_settings()
        self.documents_folder_added.emit(folder)

    def save_state(self) -> None:
        self.workspace.settings.ui_state = {
            "geometry": self.saveGeometry().toBase64().toStdString(),
            "splitter": self.splitter.sizes(),
            "conversation": self.conversation_id,
            "page": self.pages.currentIndex(),
        }
        self.workspace.save_settings()

    def restore_state(self) -> None:
        state = self.workspace.settings.ui_state
        if state.get("geometry"):
            self.restoreGeometry(QByteArray.fromBase64(state["geometry"].encode()))
        if state.get("splitter"):
            self.splitter.setSizes(state["splitter"])
        if state.get("conversation"):
            try:
                self.open_conversation(state["conversation"])
                self.conversations.select(state["conversation"])
            except NotFound:
                pass
        self.pages.setCurrentIndex(state.get("page", 0) if state.get("page", 0) < self.pages.count() else 0)

    def about(self) -> None:
        from assistant.llm.local import backend_description

        if self._remote_where:
            privacy = self.tr("Answers come from the office server at %s: your messages (and passages from your "
                              "documents) are sent there. Documents and history stay on this computer.") \
                % self._remote_where
        else:
            privacy = self.tr("Your conversations, documents and models stay on this computer; nothing is sent "
                              "anywhere.")
        QMessageBox.about(self, self.tr("About Deskmate"),
                          self.tr("Deskmate %s\n\nA private assistant. %s") % (__version__, privacy)
                          + "\n\n" + self.tr("llama.cpp: %s") % backend_description())

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        self.stop_and_wait()
        self.api_switch.stop()
        self.documents.stop_and_wait()
        self.tools.stop_and_wait()
        self.classify.stop_and_wait()
        for panel in self.findChildren(ExplainPanel):  # a "Why these sources?" still looking
            panel.job.wait()
        self.loading.wait()
        self.save_state()
        super().closeEvent(event)
