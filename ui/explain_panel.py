"""'Why these sources?': what retrieval considered for a question, which passages it used and why not the others.

The report is the core's `explain(workspace, question, k)`, run on a worker thread (it embeds the
question and searches the index); this panel only lays it out as a table a person can read.
"""
from __future__ import annotations

import os

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.chat.ask import explain
from assistant.chat.conversation import PASSAGES
from assistant.documents.search import labelled_documents, within
from ui.workers import JobSlot, returning


def explain_in(workspace, question: str, folders: list[str], k: int, labels: dict | None = None) -> dict:
    """The explain report for the question, over the documents the conversation uses (worker thread)."""
    allowed = within(workspace.documents.document_ids_in(folders), labelled_documents(workspace.store, labels or {}))
    return explain(workspace, question, k, documents=allowed)


class ExplainPanel(QDialog):
    explained = Signal(object)  # the report once it is shown (None: it failed, and the panel says why)

    def __init__(self, workspace, question: str, folders: list[str] | None = None, k: int = PASSAGES,
                 parent: QWidget | None = None, labels: dict | None = None):
        super().__init__(parent)
        self.question = question
        self.report: dict | None = None
        self.setWindowTitle(self.tr("Why these sources?"))
        self.resize(860, 420)
        self._build()
        self.job = JobSlot(self, on_failed=self._failed, on_finished=self._finished)
        folders = list(folders or [])
        self.job.start(lambda _stop: returning(lambda: explain_in(workspace, question, folders, k, labels)))

    def _build(self) -> None:
        asked = QLabel(self.tr("Question: %s") % self.question)
        asked.setTextFormat(Qt.TextFormat.PlainText)
        asked.setWordWrap(True)
        self.summary = QLabel(self.tr("Looking at what retrieval considered…"))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What retrieval found"))
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Passages retrieval considered"))
        self.table.setHorizontalHeaderLabels([self.tr("File · place"), self.tr("Keywords"), self.tr("Meaning"),
                                              self.tr("Combined"), self.tr("Used"), self.tr("Why")])
        tips = [self.tr("The file and the page (or slide, sheet…) of the passage"),
                self.tr("Keyword score (BM25): 0 means no word in common with the question"),
                self.tr("How close the passage's meaning is to the question (cosine similarity, up to 1)"),
                self.tr("The score retrieval ranks by: keywords and meaning together"),
                self.tr("Whether the answer read this passage, and as which [n]"),
                self.tr("Why it was used, or why not")]
        for column, tip in enumerate(tips):
            title = self.table.horizontalHeaderItem(column)
            if title is not None:
                title.setToolTip(tip)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the explanation"))
        layout = QVBoxLayout(self)
        layout.addWidget(asked)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("Could not explain the sources: %s") % message)

    def _finished(self, report: dict | None) -> None:
        self.report = report
        if report is not None:
            self._show(report)
        self.explained.emit(report)

    def _show(self, report: dict) -> None:
        self.summary.setText(self._summary(report))
        candidates = report.get("candidates") or []
        self.table.setRowCount(len(candidates))
        for row, candidate in enumerate(candidates):
            used = self.tr("yes [%d]") % candidate["passage"] if candidate["used"] and candidate.get("passage") \
                else self.tr("yes") if candidate["used"] else self.tr("no")
            cells = [f"{os.path.basename(candidate['path'])} · {candidate['place']}",
                     f"{candidate['keyword']:.2f}", f"{candidate['embedding']:.2f}", f"{candidate['fused']:.2f}",
                     used, candidate["reason"]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:
                    item.setToolTip(candidate["path"])
                if candidate["used"]:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _summary(self, report: dict) -> str:
        if report.get("note"):
            return report["note"]
        candidates = report.get("candidates") or []
        used = sum(1 for c in candidates if c["used"])
        counts = self.tr("%n passage(s) considered, %d used.", "", len(candidates)) % used
        score, needed = report.get("answer_score", 0.0), report.get("answers_question", 0.0)
        if report.get("found"):
            verdict = self.tr("The passages answer the question: its best sentence scores %.2f (%.2f is needed).") \
                % (score, needed)
        else:
            verdict = self.tr("Not in your documents: the best sentence scores %.2f, under the %.2f needed to "
                              "count as an answer.") % (score, needed)
        best = report.get("best_sentence")
        best_line = "\n" + self.tr("Best sentence: “%s”") % best if best else ""
        return f"{counts} {verdict}{best_line}"

    def done(self, result: int) -> None:  # noqa: N802 (Qt API)
        self.job.wait()  # explain cannot be interrupted; it takes about a second
        super().done(result)
