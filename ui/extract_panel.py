"""The Extract tool: one question asked of every document of a folder, into a CSV or XLSX table.

The panel reads its inputs on the GUI thread, runs assistant/tools/extract.py's generator on a worker
(JobSlot), and fills a preview of the rows as each document is answered. Stop ends the run after the
document being read: every finished row is in the table, and Run with the same question and table goes
on from there.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.readers import DEFAULT_MAX_BYTES
from assistant.tools.extract import ANSWERED, NOT_READ, ExtractProgress, ExtractSummary, Row, extract
from assistant.workspace import Workspace
from ui.chat_view import Notice
from ui.workers import JobSlot, StopFlag

TABLE_FILTER = "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"


@dataclass(frozen=True)
class ExtractInputs:
    """What a run reads from the panel (GUI thread) before the worker starts."""
    question: str
    folder: Path
    out: Path
    overwrite: bool


class ExtractPanel(QWidget):
    finished = Signal(object)  # the ExtractSummary (stopped or not), or None when the run failed
    row_added = Signal(object)  # the Row of each document answered in this run

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.result: ExtractSummary | None = None
        self.jobs = JobSlot(self, on_item=self._on_item, on_failed=self._on_failed, on_finished=self._on_finished)
        self._build()
        self.set_busy(False)

    # -- building ----------------------------------------------------------------------------------

    def _button(self, text: str, slot: Any, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.notice = Notice()
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setPlaceholderText(self.tr("What to ask of every document, e.g. What is the notice period?"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder"))
        self.folder.setPlaceholderText(self.tr("The folder whose documents to ask"))
        self.folder_button = self._button(self.tr("Choose f&older…"), self.choose_folder, self.tr("Choose folder"))
        self.out = QLineEdit()
        self.out.setAccessibleName(self.tr("Table file"))
        self.out.setPlaceholderText(self.tr("A .xlsx or .csv file for the table"))
        self.out_button = self._button(self.tr("Choose tabl&e file…"), self.choose_out, self.tr("Choose table file"))
        self.start_over = QCheckBox(self.tr("Start over (ask every document again and replace the table)"))
        self.start_over.setAccessibleName(self.tr("Start over"))
        self.run_button = self._button(self.tr("&Run"), self.start, self.tr("Run"))
        self.stop_button = self._button(self.tr("S&top"), self.stop, self.tr("Stop"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Rows of the table"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Found"), self.tr("Answer"),
                                              self.tr("Citation or reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self._caption(self.tr("&Question:"), self.question), self.question)
        form.addRow(self._caption(self.tr("&Folder:"), self.folder), self._with_button(self.folder, self.folder_button))
        form.addRow(self._caption(self.tr("Ta&ble:"), self.out), self._with_button(self.out, self.out_button))
        actions = QHBoxLayout()
        actions.addWidget(self.start_over, 1)
        actions.addWidget(self.run_button)
        actions.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

    @staticmethod
    def _caption(text: str, field: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(field)
        return caption

    @staticmethod
    def _with_button(field: QLineEdit, button: QPushButton) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(field, 1)
        line.addWidget(button)
        return row

    # -- inputs ------------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder of documents"), self.folder.text())
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> None:
        """The folder, and a table beside it (not inside: it would be one of its documents) unless one is chosen."""
        self.folder.setText(str(folder))
        if not self.out.text().strip():
            self.out.setText(str(folder.parent / f"{folder.name}-answers.xlsx"))

    def choose_out(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Where to write the table"), self.out.text(),
                                              TABLE_FILTER)
        if name:
            self.out.setText(name)

    def read_inputs(self) -> ExtractInputs:
        return ExtractInputs(self.question.text(), Path(self.folder.text().strip()).expanduser(),
                             Path(self.out.text().strip()).expanduser(), self.start_over.isChecked())

    def make_items(self, inputs: ExtractInputs, should_stop: StopFlag) -> Iterable[Any]:
        """The run (worker thread): only the inputs and the workspace, never a widget."""
        documents = self.workspace.documents
        return extract(self.workspace.engine(), self.workspace.settings, documents.embedder, inputs.question,
                       inputs.folder, inputs.out, limits=documents.read_limits,
                       max_bytes=documents.max_file_bytes or DEFAULT_MAX_BYTES,
                       overwrite=inputs.overwrite, should_stop=should_stop, index=documents)

    # -- running -----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def start(self) -> None:
        if self.busy:
            return
        if not self.folder.text().strip() or not self.out.text().strip():
            self.notice.show_message(self.tr("Choose a folder of documents and a table file (.xlsx or .csv) first."))
            return
        inputs = self.read_inputs()
        self.notice.hide()
        self.table.setRowCount(0)
        self.result = None
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Starting…"))
        self.set_busy(True)
        # on_stop: the run ends by itself after the document it is reading, and returns what it kept
        self.jobs.start(lambda should_stop: self.make_items(inputs, should_stop), on_stop=lambda: None)

    def stop(self) -> None:
        self.jobs.stop()

    def stop_and_wait(self) -> None:
        self.jobs.stop_and_wait()

    def _on_item(self, item: object) -> None:
        if not isinstance(item, ExtractProgress):
            return
        self.progress.setRange(0, max(item.total, 1))
        self.progress.setValue(item.done)
        if item.row is None:
            for row in item.earlier:
                self.add_row(row)
            self.status.setText(self.tr("%n document(s); %d already answered in the table", "", item.total)
                                % item.kept if item.kept else self.tr("%n document(s)", "", item.total))
            return
        self.add_row(item.row)
        self.status.setText(self.tr("Document %d of %d: %s") % (item.done, item.total, item.file))
        self.row_added.emit(item.row)

    def add_row(self, row: Row) -> None:
        found = {"yes": self.tr("yes"), "no": self.tr("no")}.get(row.found, self.tr("not read"))
        where = row.reason if row.status == NOT_READ else row.citation
        number = self.table.rowCount()
        self.table.insertRow(number)
        for column, text in enumerate((row.file, found, row.answer, where)):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.table.setItem(number, column, cell)

    def _on_failed(self, message: str) -> None:
        self.notice.show_message(message)

    def _on_finished(self, result: object) -> None:
        self.result = result if isinstance(result, ExtractSummary) else None
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if self.result is not None and not self.result.stopped else 0)
        if self.result is None:
            self.status.setText(self.tr("Not finished."))
        else:
            self.status.setText(self.summary_text(self.result))
        self.set_busy(False)
        self.finished.emit(self.result)

    def summary_text(self, summary: ExtractSummary) -> str:
        counts = (self.tr("%n row(s) in %s: %d found, %d not found, %d not read", "", summary.total)
                  % (summary.out_path, summary.count(ANSWERED, "yes"),
                     summary.count(ANSWERED, "no"), summary.count(NOT_READ)))
        if summary.stopped:
            return self.tr("Stopped. %s. Run again to answer the rest.") % counts
        return counts + "."

    def set_busy(self, busy: bool) -> None:
        self.run_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        for widget in (self.question, self.folder, self.folder_button, self.out, self.out_button, self.start_over):
            widget.setEnabled(not busy)
