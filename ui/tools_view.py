"""The Tools page: Summarize, Translate and Sentiment tabs, each running its core generator off the GUI thread."""
from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLabel, QLineEdit, QTabWidget, QWidget

from assistant.llm.routing import Task
from assistant.tools.collection_summary import CollectionSummary, summarize_folder, summarize_indexed
from assistant.tools.languages import COMMON, LANGUAGES
from assistant.tools.sentiment import Sentiment, analyse
from assistant.tools.sentiment_batch import BatchSummary, classify_file
from assistant.tools.sentiment_choice import choose_scorer
from assistant.tools.summarize import SummaryResult, summarize
from assistant.tools.translate import TranslationResult, translate
from assistant.workspace import Workspace
from ui.extract_panel import ExtractPanel
from ui.tool_panel import ToolInputs, ToolPanel
from ui.workers import StopFlag, returning

LABEL_COLOURS = {"positive": "#2e7d32", "negative": "#c62828", "neutral": "#757575", "empty": "#bdbdbd"}


@dataclass(frozen=True)
class SummarizeInputs(ToolInputs):
    length: str
    focus: str
    max_tokens: int
    style: str = "auto"
    folder: Path | None = None  # every document of this folder, instead of one file or text
    indexed: bool = False  # the documents the index holds (under `folder`, if chosen), as indexed


class SummarizePanel(ToolPanel[SummarizeInputs]):
    def _build(self) -> None:
        super()._build()
        self.folder: Path | None = None
        self.folder_button = self._button(self.tr("Choose f&older…"), self.choose_folder)
        self.files_row.insertWidget(1, self.folder_button)
        self.length = QComboBox()
        self.add_option(self.tr("&Length:"), self.length)
        for mode, text in (("medium", self.tr("Medium")), ("short", self.tr("Short")), ("bullets", self.tr("Bullet points"))):
            self.length.addItem(text, mode)
        self.style_choice = QComboBox()
        self.add_option(self.tr("St&yle:"), self.style_choice)
        for mode, text in (("auto", self.tr("Automatic")), ("quote", self.tr("Quote the document")),
                           ("write", self.tr("Written by the model"))):
            self.style_choice.addItem(text, mode)
        self.focus = QLineEdit()
        self.add_option(self.tr("&Focus:"), self.focus)
        self.focus.setPlaceholderText(self.tr("optional: what should it be about?"))
        self.indexed = QCheckBox(self.tr("From the &index"))
        self.indexed.setAccessibleName(self.tr("Summarize the indexed documents"))
        self.indexed.setToolTip(self.tr("Summarize the documents the index holds (those in the chosen folder, "
                                        "if any) without reading the files again."))
        self.options.addWidget(self.indexed)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to summarize"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path | None) -> None:
        """A folder (chosen or dropped) is summarized document by document; a file or text as before."""
        folder = Path(path) if path and Path(path).is_dir() else None
        super().set_file(None if folder else path)
        self.folder = folder
        if folder:
            self.file_label.setText(self.tr("Folder: %s") % folder)
            self.input.setEnabled(False)
            self.clear_file_button.setEnabled(True)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.folder_button.setEnabled(not busy)
        self.indexed.setEnabled(not busy)

    def read_inputs(self) -> SummarizeInputs:
        self.workspace.documents  # noqa: B018 (the index, and so its embedder, is made on the GUI thread)
        return SummarizeInputs(self.path, self.input.toPlainText(), self.length.currentData(), self.focus.text(),
                               self.workspace.settings.max_tokens, self.style_choice.currentData(), self.folder,
                               self.indexed.isChecked())

    def make_items(self, inputs: SummarizeInputs, should_stop: StopFlag) -> Iterable[Any]:
        whole_folder = inputs.folder is not None or inputs.indexed
        document = None if whole_folder else inputs.document()
        routed = self.workspace.engine_for_work(Task.SUMMARIZE, document.text if document else "",
                                                [p for p in (inputs.path, inputs.folder) if p is not None],
                                                long=whole_folder)
        engine, embedder = routed.engine, self.workspace.documents.embedder
        if inputs.indexed:
            return summarize_indexed(engine, self.workspace.documents, inputs.folder, inputs.length, inputs.focus,
                                     inputs.style, embedder, should_stop, inputs.max_tokens)
        if inputs.folder is not None:
            return summarize_folder(engine, inputs.folder, inputs.length, inputs.focus, inputs.style, embedder,
                                    should_stop, inputs.max_tokens)
        assert document is not None
        return summarize(engine, document, inputs.length, inputs.focus, should_stop=should_stop,
                         max_tokens=inputs.max_tokens, embedder=embedder, style=inputs.style)

    def show_result(self, result: SummaryResult | CollectionSummary) -> None:
        self.output.setPlainText(result.as_text(with_warning=False))  # the warning has its own banner
        self.show_warning(result.warning)
        if isinstance(result, CollectionSummary):
            covered = self.tr("Covered %d of %n document(s) in %.0f s", "", len(result.documents)) % (
                result.covered, result.seconds)
            self.status.setText(covered + " · " + self.tr("%n model call(s)", "", result.model_calls))
            return
        self.status.setText(" · ".join((self.tr("Done in %.0f s") % result.seconds,
                                        self.tr("%n chunk(s)", "", result.chunks),
                                        self.tr("%n model call(s)", "", result.model_calls))))


@dataclass(frozen=True)
class TranslateInputs(ToolInputs):
    target: str
    glossary: dict[str, str]


class TranslatePanel(ToolPanel[TranslateInputs]):
    def _build(self) -> None:
        super()._build()
        self.target = QComboBox()
        self.add_option(self.tr("&To:"), self.target)
        self.target.setEditable(True)  # free entry: any language name or code Deskmate knows
        for code in (*COMMON, *sorted(set(LANGUAGES) - set(COMMON), key=lambda code: LANGUAGES[code])):
            self.target.addItem(LANGUAGES[code], code)
        self.target.setCurrentIndex(1)
        self.glossary = QLineEdit()
        self.add_option(self.tr("&Glossary:"), self.glossary)
        self.glossary.setPlaceholderText(self.tr("optional: term = translation; term2 = translation2"))

    def target_language(self) -> str:
        index = self.target.findText(self.target.currentText(), Qt.MatchFlag.MatchFixedString)
        return self.target.itemData(index) if index >= 0 else self.target.currentText()

    def glossary_terms(self) -> dict[str, str]:
        pairs = [item.split("=", 1) for item in self.glossary.text().split(";") if "=" in item]
        return {k.strip(): v.strip() for k, v in pairs if k.strip() and v.strip()}

    def read_inputs(self) -> TranslateInputs:
        return TranslateInputs(self.path, self.input.toPlainText(), self.target_language(), self.glossary_terms())

    def make_items(self, inputs: TranslateInputs, should_stop: StopFlag) -> Iterable[Any]:
        document = inputs.document()
        routed = self.workspace.engine_for_work(Task.TRANSLATE, document.text, [inputs.path] if inputs.path else [])
        return translate(routed.engine, document, inputs.target, glossary=inputs.glossary, should_stop=should_stop)

    def show_result(self, result: TranslationResult) -> None:
        self.output.setPlainText(result.text)
        self.show_warning(result.warning)
        how = self.tr("detected") if result.detected else self.tr("given")
        self.status.setText(self.tr("From %s (%s) to %s · %n segment(s) in %.0f s", "", result.segments)
                            % (LANGUAGES.get(result.source_language, result.source_language), how,
                               LANGUAGES[result.target_language], result.seconds))


class CountsChart(QWidget):
    """Horizontal bars: rows per label, drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.setMinimumHeight(90)
        self.setAccessibleName(self.tr("Counts per label"))

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = {k: v for k, v in counts.items() if v or k != "empty"}
        self.setAccessibleDescription(", ".join(f"{k}: {v}" for k, v in self.counts.items()))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        if not self.counts:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = self.height() / len(self.counts)
        label_width, most = 80, max(max(self.counts.values()), 1)
        for i, (label, count) in enumerate(self.counts.items()):
            top = i * row + 3
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(0, top, label_width, row - 6), Qt.AlignmentFlag.AlignVCenter, label)
            width = (self.width() - label_width - 60) * count / most
            painter.fillRect(QRectF(label_width, top, width, row - 6), QColor(LABEL_COLOURS.get(label, "#1565c0")))
            painter.drawText(QRectF(label_width + width + 6, top, 60, row - 6), Qt.AlignmentFlag.AlignVCenter,
                             str(count))
        painter.end()


def preview_rows(path: Path, column: str, limit: int = 20) -> str:
    """The first rows of a labelled file: label, confidence and the start of the text."""
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [row for _, row in zip(range(limit), csv.DictReader(handle, delimiter=delimiter))]
    column = column if rows and column in rows[0] else "text"
    return "\n".join(f"{row['label'] or '—':9} {row['confidence'] or '':7} {(row.get(column) or '')[:90]}"
                     for row in rows)


@dataclass(frozen=True)
class SentimentInputs(ToolInputs):
    column: str | None
    out_path: Path | None


class SentimentPanel(ToolPanel[SentimentInputs]):
    file_filter = "Tables (*.csv *.tsv *.txt);;All files (*)"

    def _build(self) -> None:
        super()._build()
        self.input.setPlaceholderText(self.tr("Type a text, or choose or drop a CSV file (one row a text)."))
        self.column = QComboBox()
        self.add_option(self.tr("&Column:"), self.column)
        self.out_path = QLineEdit()
        self.add_option(self.tr("&Write to:"), self.out_path)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.chart = CountsChart()
        self.chart.hide()
        self.extra_area.addWidget(self.summary)
        self.extra_area.addWidget(self.chart)

    def set_file(self, path: Path | None) -> None:
        super().set_file(path)
        self.column.clear()
        self.out_path.clear()
        if self.path is None:
            return
        if self.path.suffix.lower() in (".csv", ".tsv"):
            with open(self.path, encoding="utf-8-sig", errors="replace", newline="") as handle:
                header = next(csv.reader(handle, delimiter="\t" if self.path.suffix.lower() == ".tsv" else ","), [])
            self.column.addItems(header)
        self.out_path.setText(str(self.path.with_name(f"{self.path.stem}-sentiment{self.path.suffix or '.csv'}")))

    def read_inputs(self) -> SentimentInputs:
        if self.path is None:
            return SentimentInputs(None, self.input.toPlainText(), None, None)
        out = self.out_path.text().strip() or str(self.path.with_name(f"{self.path.stem}-sentiment.csv"))
        return SentimentInputs(self.path, "", self.column.currentText() or None, Path(out))

    def make_items(self, inputs: SentimentInputs, should_stop: StopFlag) -> Iterable[Any]:
        scorer = choose_scorer(self.workspace)
        if inputs.path is None or inputs.out_path is None:
            return returning(lambda: analyse(inputs.text, scorer))
        return classify_file(inputs.path, inputs.column, inputs.out_path, scorer)

    def start(self) -> None:
        self.summary.clear()
        self.chart.hide()
        super().start()

    def show_result(self, result: BatchSummary | Sentiment) -> None:
        if isinstance(result, BatchSummary):
            counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
            self.output.setPlainText(self.tr("%n row(s) written to %s\n\n", "", result.rows) % result.out_path
                                     + preview_rows(Path(result.out_path), self.column.currentText()))
            self.summary.setText(self.tr("%s · %.0f rows/s") % (counts, result.sentences_per_s))
            self.chart.set_counts(result.counts)
            self.chart.show()
            return
        scores = "\n".join(f"{name}: {value:.2f}" for name, value in result.scores.items())
        self.output.setPlainText(self.tr("%s (confidence %.2f)\n\n%s") % (result.label, result.confidence, scores))
        self.summary.setText(self.tr("Neutral means a statement of fact, without an opinion."))


class ToolsView(QTabWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Tools"))
        self.summarize = SummarizePanel(workspace)
        self.translate = TranslatePanel(workspace)
        self.sentiment = SentimentPanel(workspace)
        self.addTab(self.summarize, self.tr("Summarize"))
        translate_title = self.tr("Translate")  # on its own line: lupdate misreads it beside `self.translate`
        self.addTab(self.translate, translate_title)
        self.addTab(self.sentiment, self.tr("Sentiment"))
        self.extract = ExtractPanel(workspace)  # not a ToolPanel: a folder in, a table out
        self.addTab(self.extract, self.tr("Extract"))

    def panels(self) -> list[ToolPanel[Any]]:
        return [self.summarize, self.translate, self.sentiment]

    def stop_and_wait(self) -> None:
        for panel in self.panels():
            panel.stop_and_wait()
        self.extract.stop_and_wait()
