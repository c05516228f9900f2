"""What every tool tab shares: text or file input (pick or drop), Run/Stop, progress, output, copy/save."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import DeskmateError
from assistant.readers import Document
from assistant.tools.common import Progress, load_document, text_document, write_output
from assistant.workspace import Workspace
from ui.chat_view import Notice
from ui.models_dialog import without_command_hint
from ui.workers import JobSlot, StopFlag


@dataclass(frozen=True)
class ToolInputs:
    """What a tool reads from its panel: taken on the GUI thread before the worker starts."""

    path: Path | None
    text: str

    def document(self) -> Document:
        """The input as a readers.Document (raises DeskmateError for bad input); read on the worker thread."""
        return load_document(self.path) if self.path else text_document(self.text)


Inputs = TypeVar("Inputs", bound=ToolInputs)


class ToolPanel(QWidget, Generic[Inputs]):
    """Subclasses add their options with add_option() and implement read_inputs(), make_items() and
    show_result(). read_inputs() runs on the GUI thread; make_items() runs on the worker thread and
    uses only the inputs and the workspace, never a widget."""

    finished = Signal(object)  # the tool's result, or None when it failed or was stopped
    file_filter = "Documents (*.pdf *.docx *.md *.txt *.html *.htm);;All files (*)"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.path: Path | None = None
        self.result: Any = None
        self.jobs = JobSlot(self, on_item=self._on_item, on_failed=self._on_failed, on_finished=self._on_finished)
        self.setAcceptDrops(True)
        self._build()
        self.set_busy(False)

    def _button(self, text: str, slot: Any, name: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.input = QPlainTextEdit()
        self.input.setAccessibleName(self.tr("Text to use"))
        self.input.setPlaceholderText(self.tr("Paste text here, or choose or drop a file."))
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setAccessibleName(self.tr("Chosen file"))
        self.choose_button = self._button(self.tr("Choose &file…"), self.choose_file)
        self.clear_file_button = self._button(self.tr("Use text instead"), lambda: self.set_file(None))
        self.options = QHBoxLayout()
        self.run_button = self._button(self.tr("&Run"), self.start)
        self.stop_button = self._button(self.tr("S&top"), lambda: self.stop())
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.notice = Notice()
        self.warning = QLabel()
        self.warning.setObjectName("modelWarning")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Model warning"))
        self.warning.hide()
        self.choose_model_button = self._button(self.tr("Choose a better model…"), self._choose_model,
                                                self.tr("Choose a better model"))
        self.choose_model_button.hide()
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setAccessibleName(self.tr("Result"))
        self.copy_button = self._button(self.tr("&Copy"), self.copy_result, self.tr("Copy result"))
        self.save_button = self._button(self.tr("&Save…"), self.save_result, self.tr("Save result"))
        self._layout()

    def _layout(self) -> None:
        files = self.files_row = QHBoxLayout()
        files.addWidget(self.choose_button)
        files.addWidget(self.clear_file_button)
        files.addWidget(self.file_label, 1)
        actions = QHBoxLayout()
        actions.addLayout(self.options, 1)
        actions.addWidget(self.run_button)
        actions.addWidget(self.stop_button)
        results = QHBoxLayout()
        results.addWidget(self.status, 1)
        results.addWidget(self.copy_button)
        results.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(files)
        layout.addWidget(self.input, 2)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addLayout(results)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.choose_model_button)
        layout.addLayout(warning_row)
        self.extra_area = QVBoxLayout()
        layout.addLayout(self.extra_area)
        layout.addWidget(self.output, 3)

    def add_option(self, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.options.addWidget(caption)
        self.options.addWidget(widget)
        return widget

    # -- input -----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", self.file_filter)
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path | None) -> None:
        self.path = Path(path) if path else None
        self.file_label.setText(str(self.path) if self.path else self.tr("No file chosen"))
        self.input.setEnabled(self.path is None)
        self.clear_file_button.setEnabled(self.path is not None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            self.set_file(files[0])
            event.acceptProposedAction()

    # -- running ---------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def read_inputs(self) -> Inputs:
        """The panel's inputs as plain values (GUI thread)."""
        raise NotImplementedError

    def make_items(self, inputs: Inputs, should_stop: StopFlag) -> Iterable[Any]:
        """The tool's generator (worker thread): Progress and text pieces; it returns the result."""
        raise NotImplementedError

    def start(self) -> None:
        if self.busy:
            return
        inputs = self.read_inputs()
        self.notice.hide()
        self.warning.hide()
        self.choose_model_button.hide()
        self.output.clear()
        self.result = None
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Starting…"))
        self.set_busy(True)
        self.jobs.start(lambda should_stop: self.make_items(inputs, should_stop))

    def stop(self, wait: bool = False) -> None:
        """Ask the running tool to stop; with wait, return only once it has (closing the window)."""
        if wait:
            self.jobs.stop_and_wait()
        else:
            self.jobs.stop()

    def stop_and_wait(self) -> None:
        self.stop(wait=True)

    def _on_item(self, item: object) -> None:
        if isinstance(item, Progress):
            self.progress.setRange(0, max(item.total, 1))
            self.progress.setValue(item.done)
            self.status.setText(item.describe())
        elif isinstance(item, str):
            cursor = self.output.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            cursor.insertText(item)

    def show_result(self, result: Any) -> None:
        raise NotImplementedError

    def show_warning(self, text: str | None) -> None:
        self.warning.setText(without_command_hint(text or ""))
        self.warning.setVisible(bool(text))
        self.choose_model_button.setVisible(bool(text))

    def _choose_model(self) -> None:
        """The main window's model chooser (models that fit this computer), where there is one."""
        opener = getattr(self.window(), "open_model_chooser", None)
        if opener is not None:
            opener()

    def _on_failed(self, message: str) -> None:
        self.notice.show_message(message)

    def _on_finished(self, result: object) -> None:
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if result is not None else 0)
        if result is not None:
            self.show_result(result)
        else:
            self.output.clear()  # a stopped or failed run keeps nothing half-written
            self.status.setText(self.tr("Stopped; nothing was kept.") if self.jobs.stopped
                                else self.tr("Not finished."))
        self.set_busy(False)
        self.finished.emit(result)

    def set_busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        self.choose_button.setEnabled(not busy)
        has_result = not busy and bool(self.output.toPlainText())
        self.copy_button.setEnabled(has_result)
        self.save_button.setEnabled(has_result)

    # -- result ----------------------------------------------------------------------------------

    def copy_result(self) -> None:
        QGuiApplication.clipboard().setText(self.output.toPlainText())
        self.status.setText(self.tr("Copied."))

    def save_result(self, path: str | None = None) -> None:
        name = path or QFileDialog.getSaveFileName(self, self.tr("Save the result"), "",
                                                   self.tr("Text (*.txt *.md);;All files (*)"))[0]
        if not name:
            return
        try:
            write_output(name, self.output.toPlainText())
            self.status.setText(self.tr("Saved to %s") % name)
        except DeskmateError as exc:
            self.notice.show_message(str(exc))
        except OSError as exc:
            self.notice.show_message(self.tr("Could not save %s: %s") % (name, exc.strerror or exc))
