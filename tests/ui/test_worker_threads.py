"""No widget is read from a worker thread: each job's inputs are read on the GUI thread before it starts.

The getters the views use are wrapped with a check of the calling thread; then real jobs run (every
tool panel with the real bundled model, a chat turn, an index run) and no read may come from a
worker thread.
"""
from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from tests.helpers.documents import make_pdf
from tests.ui.conftest import index_and_wait
from tests.ui.test_tools_view import run_panel

GETTERS: dict[type, tuple[str, ...]] = {
    QLineEdit: ("text", "displayText"),
    QPlainTextEdit: ("toPlainText",),
    QTextEdit: ("toPlainText", "toHtml", "toMarkdown"),
    QComboBox: ("currentData", "currentText", "currentIndex", "itemData", "itemText", "findText", "findData", "count"),
    QSpinBox: ("value",),
    QDoubleSpinBox: ("value",),
    QAbstractSpinBox: ("text",),
    QAbstractSlider: ("value",),
    QAbstractButton: ("isChecked", "text"),
    QLabel: ("text",),
    QListWidget: ("currentRow", "currentItem", "selectedItems"),
    QTreeWidget: ("selectedItems", "topLevelItem"),
    QWidget: ("isVisible", "isEnabled"),
}


class WidgetReads:
    """Every guarded getter call, by the thread it came from."""

    def __init__(self) -> None:
        self.gui: Counter[str] = Counter()
        self.off_thread: list[str] = []
        app = QApplication.instance()
        assert app is not None
        self._gui_thread = app.thread()

    def guard(self, getter: Callable[..., object], label: str) -> Callable[..., object]:
        def checked(widget: QWidget, *args: object, **kwargs: object) -> object:
            if QThread.currentThread() is self._gui_thread:
                self.gui[label] += 1
            else:
                self.off_thread.append(f"{label} on thread {threading.current_thread().name}")
            return getter(widget, *args, **kwargs)

        return checked


@pytest.fixture
def widget_reads(qapp, monkeypatch) -> WidgetReads:
    """Requested before the window, so the model load at start-up is covered too."""
    reads = WidgetReads()
    for cls, names in GETTERS.items():
        for name in names:
            monkeypatch.setattr(cls, name, reads.guard(getattr(cls, name), f"{cls.__name__}.{name}"))
    return reads


def assert_the_guard_catches_an_off_thread_read(reads: WidgetReads, widget: QPlainTextEdit) -> None:
    """A deliberate read from another thread must be caught: the check cannot pass vacuously."""
    reader = threading.Thread(target=widget.toPlainText, name="deliberate-reader")
    reader.start()
    reader.join()
    assert reads.off_thread == ["QPlainTextEdit.toPlainText on thread deliberate-reader"]
    reads.off_thread.clear()


def test_every_tool_panel_reads_its_inputs_on_the_gui_thread(widget_reads, qtbot, window, tmp_path):
    tools = window.tools
    assert_the_guard_catches_an_off_thread_read(widget_reads, tools.summarize.input)
    tools.summarize.input.setPlainText("The bridge opens in May. It joins the two halves of the old town.")
    tools.summarize.focus.setText("the bridge")
    assert run_panel(qtbot, tools.summarize) is not None
    tools.translate.input.setPlainText("The bridge opens in May.")
    tools.translate.target.setCurrentText("German")
    tools.translate.glossary.setText("bridge = Brücke")
    assert run_panel(qtbot, tools.translate) is not None
    tools.sentiment.input.setPlainText("A wonderful, funny and moving film.")
    assert run_panel(qtbot, tools.sentiment).label == "positive"
    table = tmp_path / "reviews.csv"
    table.write_text("id,review\n1,I loved it.\n2,Dreadful and boring.\n", encoding="utf-8")
    tools.sentiment.set_file(table)
    tools.sentiment.column.setCurrentText("review")
    assert run_panel(qtbot, tools.sentiment).rows == 2
    assert widget_reads.off_thread == []
    for read in ("QPlainTextEdit.toPlainText", "QComboBox.currentData", "QComboBox.currentText", "QLineEdit.text"):
        assert widget_reads.gui[read], f"{read} was never called: the guard would not see the panels' reads"


def test_a_chat_turn_and_an_index_run_read_no_widget_off_the_gui_thread(widget_reads, qtbot, docs_window,
                                                                         tmp_path):
    assert_the_guard_catches_an_off_thread_read(widget_reads, docs_window.chat.input)
    make_pdf(tmp_path / "zoo.pdf", ["Zoo map.", "The lions are fed at noon every day."])
    summary = index_and_wait(qtbot, docs_window.documents, [tmp_path])
    assert summary.added == 1
    docs_window.pages.setCurrentIndex(0)
    docs_window.chat.use_documents.setChecked(True)
    with qtbot.waitSignal(docs_window.answer_finished, timeout=120_000) as answered:
        docs_window.send("When are the lions fed?")
    assert answered.args[0] is not None and answered.args[0].sources
    assert widget_reads.off_thread == []
    assert widget_reads.gui["QAbstractButton.isChecked"]  # the chat's "use my documents" switch
