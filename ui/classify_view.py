"""The Classify page: teach Deskmate your own labels from examples, then label a CSV file with them.

"Label my indexed documents" labels the documents of the index with the chosen classifier and keeps the
labels there, so a chat with "Use my documents" can keep to one label (ui/label_filter.py); stopped, the
documents labelled so far keep their label and the next run goes on from there.

Examples are typed, pasted (Ctrl+V takes rows copied from a spreadsheet) or loaded from a CSV into a
table; any of its columns can be the text and the label. Training and labelling run off the GUI thread
(ui/workers.py) with a progress bar and Stop; a stopped training saves nothing.
"""
from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.documents.embedder import Embedder
from assistant.errors import DeskmateError, InvalidInput
from assistant.tools.classify import Classifier, RunSummary, collect_examples, label_file, read_header, read_table, train
from assistant.tools.classify_documents import label_folder
from assistant.tools.classify_store import ClassifierStore
from assistant.tools.common import Progress
from assistant.tools.document_labels import LabellingSummary, forget_labels, label_documents
from assistant.workspace import Workspace
from ui.tools_view import CountsChart
from ui.workers import JobSlot

MAX_TABLE_ROWS = 5000
CSV_FILTER = "Tables (*.csv *.tsv);;All files (*)"


@dataclass(frozen=True)
class TrainInputs:
    name: str
    pairs: tuple[tuple[str, str], ...]
    replace: bool


@dataclass(frozen=True)
class RunInputs:
    name: str
    in_path: Path
    column: str
    out_path: Path


class ExamplesTable(QTableWidget):
    """A table of examples: Ctrl+V pastes tab-separated rows at the current cell, adding rows as needed."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != QTableWidget.State.EditingState:
            for item in self.selectedItems():
                item.setText("")
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> None:
        rows = [line.split("\t") for line in text.splitlines() if line.strip()]
        top, left = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        self.setRowCount(max(self.rowCount(), top + len(rows)))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells[: self.columnCount() - left]):
                self.setItem(top + r, left + c, QTableWidgetItem(cell))

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""


class ClassifyView(QWidget):
    trained = Signal(object)  # the saved Classifier
    labelled = Signal(object)  # the RunSummary of a labelled file
    documents_labelled = Signal(object)  # the LabellingSummary of the indexed documents labelled

    def __init__(self, workspace: Workspace, embedder: Embedder | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Classify"))
        self.store = ClassifierStore(workspace.home)
        self.workspace = workspace
        self.labelling_the_index = False  # the running job labels the index (a stop keeps what it labelled)
        self.embedder = embedder or workspace.documents.embedder  # one loaded model for the index and this page
        self.run_path: Path | None = None
        self.job = JobSlot(self, on_item=self._progress, on_failed=self._failed, on_finished=self._finished)
        self._build()
        self.refresh_classifiers()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._examples_box(), 3)
        layout.addWidget(self._training_box(), 2)
        layout.addWidget(self._run_box(), 2)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _examples_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. Examples: a text and its label a row (type, paste with Ctrl+V, or load a CSV)"))
        self.table = ExamplesTable(12, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Text"), self.tr("Label")])
        self.table.setAccessibleName(self.tr("Examples"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 520)
        self.text_column, self.label_column = QComboBox(), QComboBox()
        self.text_column.setAccessibleName(self.tr("Text column"))
        self.label_column.setAccessibleName(self.tr("Label column"))
        self._set_columns([self.tr("Text"), self.tr("Label")])
        buttons = QHBoxLayout()
        buttons.addWidget(self._button(self.tr("&Load CSV…"), self.choose_examples))
        buttons.addWidget(self._button(self.tr("Add &row"), self.add_row))
        for text, combo in ((self.tr("Te&xt column:"), self.text_column), (self.tr("La&bel column:"), self.label_column)):
            label = QLabel(text)
            label.setBuddy(combo)
            buttons.addWidget(label)
            buttons.addWidget(combo)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addLayout(buttons)
        inner.addWidget(self.table)
        return box

    def _training_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Train"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Classifier name"))
        self.name.setPlaceholderText(self.tr("e.g. tickets"))
        self.replace = QCheckBox(self.tr("Replace a classifier of this name"))
        self.train_button = self._button(self.tr("&Train"), self.start_training)
        self.stop_button = self._button(self.tr("&Stop"), self.stop)
        self.stop_button.setEnabled(False)
        row = QHBoxLayout()
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        row.addWidget(name_label)
        row.addWidget(self.name, 1)
        row.addWidget(self.replace)
        row.addWidget(self.train_button)
        row.addWidget(self.stop_button)
        self.accuracy = QLabel()
        self.accuracy.setAccessibleName(self.tr("Accuracy"))
        self.confusion = QTableWidget()
        self.confusion.setAccessibleName(self.tr("Confusion table"))
        self.confusion.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        inner = QVBoxLayout(box)
        inner.addLayout(row)
        inner.addWidget(self.accuracy)
        inner.addWidget(self.confusion)
        return box

    def _run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("3. Label a CSV file or a folder of documents"))
        self.classifiers = QComboBox()
        self.classifiers.setAccessibleName(self.tr("Classifier"))
        self.run_file = QLabel(self.tr("No file chosen"))
        self.run_column = QComboBox()
        self.run_column.setAccessibleName(self.tr("Column to label"))
        self.out_path = QLineEdit()
        self.out_path.setAccessibleName(self.tr("Write to"))
        self.run_button = self._button(self.tr("&Run"), self.start_run)
        self.index_button = self._button(self.tr("Label my &indexed documents"), self.start_labelling_index)
        self.index_button.setToolTip(self.tr("Label every indexed document with this classifier and keep the labels "
                                             "in the index, so a chat can use only the documents of one label"))
        form = QFormLayout()
        form.addRow(self.tr("Classifier:"), self.classifiers)
        file_row = QHBoxLayout()
        file_row.addWidget(self.run_file, 1)
        file_row.addWidget(self._button(self.tr("C&hoose CSV…"), self.choose_run_file))
        file_row.addWidget(self._button(self.tr("Choose &folder…"), self.choose_run_folder))
        form.addRow(self.tr("File or folder:"), file_row)
        form.addRow(self.tr("Column:"), self.run_column)
        form.addRow(self.tr("Write to:"), self.out_path)
        self.chart = CountsChart()
        self.chart.hide()
        inner = QHBoxLayout(box)
        left = QVBoxLayout()
        left.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.index_button)
        left.addLayout(buttons)
        inner.addLayout(left, 1)
        inner.addWidget(self.chart, 1)
        return box

    # -- examples -------------------------------------------------------------------------------

    def _set_columns(self, header: list[str]) -> None:
        for combo, default in ((self.text_column, 0), (self.label_column, 1)):
            combo.clear()
            combo.addItems(header)
            combo.setCurrentIndex(min(default, len(header) - 1))

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()

    def choose_examples(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load examples"), "", CSV_FILTER)
        if name:
            self.load_examples(Path(name))

    def load_examples(self, path: Path) -> None:
        try:
            header, rows = read_table(path, MAX_TABLE_ROWS)
        except DeskmateError as error:
            self.status.setText(str(error))
            return
        self.table.clear()
        self.table.setColumnCount(len(header))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(header)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row[: len(header)]):
                self.table.setItem(r, c, QTableWidgetItem(cell))
        self._set_columns(header)
        lowered = [name.lower() for name in header]
        for combo, names in ((self.text_column, ("text", "ticket", "message")), (self.label_column, ("label",))):
            found = next((lowered.index(n) for n in names if n in lowered), None)
            if found is not None:
                combo.setCurrentIndex(found)
        self.name.setText(self.name.text() or path.stem)
        self.status.setText(self.tr("%n row(s) loaded from %s.", "", len(rows)) % path.name)

    def pairs(self) -> tuple[tuple[str, str], ...]:
        text, label = self.text_column.currentIndex(), self.label_column.currentIndex()
        return tuple((self.table.cell_text(row, text), self.table.cell_text(row, label))
                     for row in range(self.table.rowCount()))

    # -- training and labelling -----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job.busy

    def start_training(self) -> None:
        inputs = TrainInputs(self.name.text().strip(), self.pairs(), self.replace.isChecked())
        if not inputs.name:
            self.status.setText(self.tr("Give the classifier a name first."))
            self.name.setFocus()
            return
        self._start(lambda should_stop: self.training(inputs), self.tr("Training…"))

    def training(self, inputs: TrainInputs) -> Generator[Progress, None, Classifier]:
        """On the worker thread: train, then save. A stopped job is closed before it reaches the save."""
        if self.store.exists(inputs.name) and not inputs.replace:
            raise InvalidInput(f"A classifier named '{inputs.name}' exists already: choose another name, or tick "
                               "'Replace a classifier of this name'.")
        classifier = yield from train(inputs.name, collect_examples(inputs.pairs), self.embedder)
        self.store.save(classifier, replace=inputs.replace)
        forget_labels(self.workspace.store, classifier.name)  # given by the classifier it replaced
        return classifier

    def choose_run_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file to label"), "", CSV_FILTER)
        if name:
            self.set_run_file(Path(name))

    def set_run_file(self, path: Path) -> None:
        try:
            header = read_header(path)
        except DeskmateError as error:
            self.status.setText(str(error))
            return
        self.run_path = path
        self.run_file.setText(path.name)
        self.run_column.clear()
        self.run_column.addItems(header)
        self.run_column.setEnabled(True)
        self.out_path.setText(str(path.with_name(f"{path.stem}-labelled{path.suffix or '.csv'}")))

    def choose_run_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of documents to label"))
        if name:
            self.set_run_folder(Path(name))

    def set_run_folder(self, folder: Path) -> None:
        """Label every document of the folder: one row a file in the output CSV."""
        self.run_path = folder
        self.run_file.setText(self.tr("%s (every document in it)") % folder.name)
        self.run_column.clear()
        self.run_column.setEnabled(False)
        self.out_path.setText(str(folder.with_name(f"{folder.name}-labels.csv")))

    def start_run(self) -> None:
        if self.run_path is None or not self.classifiers.currentText():
            self.status.setText(self.tr("Choose a classifier, and a CSV file or a folder, first."))
            return
        inputs = RunInputs(self.classifiers.currentText(), self.run_path, self.run_column.currentText(),
                           Path(self.out_path.text().strip() or self.run_path.with_name("labelled.csv")))
        self.chart.hide()
        self._start(lambda should_stop: self.labelling(inputs), self.tr("Labelling…"))

    def labelling(self, inputs: RunInputs) -> Generator[Progress, None, RunSummary]:
        classifier = self.store.load(inputs.name)
        if inputs.in_path.is_dir():
            return (yield from label_folder(classifier, inputs.in_path, inputs.out_path, self.embedder))
        return (yield from label_file(classifier, inputs.in_path, inputs.column, inputs.out_path, self.embedder))

    def start_labelling_index(self) -> None:
        name = self.classifiers.currentText()
        if not name:
            self.status.setText(self.tr("Choose a classifier first (train one above)."))
            return
        if self.busy:
            return
        self.chart.hide()
        self.labelling_the_index = True
        self._start(lambda should_stop: self.labelling_index(name), self.tr("Labelling your indexed documents…"))

    def labelling_index(self, name: str) -> Generator[Progress, None, LabellingSummary]:
        """On the worker thread: each batch of labels is committed as it is made."""
        return (yield from label_documents(self.workspace.documents, self.store.load(name)))

    def _start(self, produce: Any, message: str) -> None:
        if not self.job.start(produce):
            return
        self.progress.setRange(0, 0)
        self.status.setText(message)
        self._set_busy(True)

    def stop(self) -> None:
        self.job.stop()

    def stop_and_wait(self) -> None:
        self.job.stop_and_wait()

    def _set_busy(self, busy: bool) -> None:
        self.train_button.setEnabled(not busy)
        self.run_button.setEnabled(not busy)
        self.index_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)

    def _progress(self, item: object) -> None:
        if isinstance(item, Progress) and item.total:
            self.progress.setRange(0, item.total)
            self.progress.setValue(item.done)
            self.status.setText(item.describe())

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _finished(self, result: object) -> None:
        self._set_busy(False)
        labelled_the_index, self.labelling_the_index = self.labelling_the_index, False
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if result is not None else 0)
        if isinstance(result, Classifier):
            self.show_report(result)
            self.refresh_classifiers(result.name)
            self.trained.emit(result)
        elif isinstance(result, RunSummary):
            self.show_counts(result)
            self.labelled.emit(result)
        elif isinstance(result, LabellingSummary):
            self.show_document_counts(result)
            self.documents_labelled.emit(result)
        elif self.job.stopped and labelled_the_index:
            self.status.setText(self.tr("Stopped; the documents labelled so far keep their label. Label again to "
                                        "go on from there."))
        elif self.job.stopped:
            self.status.setText(self.tr("Stopped; nothing was saved."))

    def show_report(self, classifier: Classifier) -> None:
        report, labels = classifier.report, classifier.labels
        self.accuracy.setText(self.tr("Cross-validated accuracy %.2f (%d examples, %d folds, %.1f s). Per label: %s")
                              % (report.accuracy, report.examples, report.folds, report.seconds,
                                 ", ".join(f"{label} {report.label_accuracy[label]:.2f}" for label in labels)))
        self.confusion.setRowCount(len(labels))
        self.confusion.setColumnCount(len(labels))
        self.confusion.setHorizontalHeaderLabels([self.tr("→ %s") % label for label in labels])
        self.confusion.setVerticalHeaderLabels(labels)
        for r, counts in enumerate(report.confusion):
            for c, count in enumerate(counts):
                self.confusion.setItem(r, c, QTableWidgetItem(str(count)))
        self.status.setText(self.tr("Saved '%s'. Rows of the table: the true label; columns: the predicted one.")
                            % classifier.name)

    def show_counts(self, summary: RunSummary) -> None:
        counts = {label or self.tr("no text"): n for label, n in summary.counts.items()}
        self.chart.set_counts(counts)
        self.chart.show()
        self.status.setText(self.tr("%n row(s) written to %s (%.1f s).", "", summary.rows)
                            % (summary.out_path, summary.seconds))

    def show_document_counts(self, summary: LabellingSummary) -> None:
        self.chart.set_counts(dict(summary.counts))
        self.chart.setVisible(bool(summary.counts))
        text = self.tr("Labelled %n indexed document(s) with '%1' (%2 s).", "", summary.labelled) \
            .replace("%1", summary.classifier).replace("%2", f"{summary.seconds:.1f}")
        if summary.already:
            text += " " + self.tr("%n were labelled before and have not changed.", "", summary.already)
        if summary.without_text:
            text += " " + self.tr("%n have no indexed text and got no label.", "", summary.without_text)
        self.status.setText(text + " " + self.tr("In a chat with \"Use my documents\", choose a label to use only "
                                                 "those documents."))

    def refresh_classifiers(self, select: str | None = None) -> None:
        current = select or self.classifiers.currentText()
        self.classifiers.clear()
        names = [info.name for info in self.store.list()]
        self.classifiers.addItems(names)
        if current in names:
            self.classifiers.setCurrentText(current)
