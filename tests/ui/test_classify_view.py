"""The Classify page offscreen: real embedder, real CSV files, training and labelling on a worker thread."""
from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from assistant.documents.index import DocumentIndex
from assistant.runtime.generators import run_to_end
from assistant.tools import document_labels
from assistant.tools.classify import read_examples, train
from assistant.tools.classify_store import ClassifierStore
from assistant.tools.document_labels import LabelFilter, filtered_documents, label_counts
from assistant.workspace import Workspace
from tests.helpers.labelled_documents import write_documents, write_examples
from ui.classify_view import ClassifyView
from ui.label_filter import LabelFilterBox

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data"
TRAIN_FILE, TEST_FILE = DATA / "support_tickets_train.csv", DATA / "support_tickets_test.csv"


@pytest.fixture
def view(qtbot, isolated_home, embedder):
    workspace = Workspace(isolated_home)
    page = ClassifyView(workspace, embedder)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.stop_and_wait()
    workspace.close()


def test_train_from_a_loaded_csv_shows_the_confusion_table_then_label_a_csv(qtbot, view, tmp_path):
    view.load_examples(TRAIN_FILE)
    assert view.table.rowCount() == 48 and view.text_column.currentText() == "ticket"
    view.label_column.setCurrentText("team")
    view.name.setText("tickets")
    with qtbot.waitSignal(view.trained, timeout=180_000) as trained:
        qtbot.mouseClick(view.train_button, Qt.MouseButton.LeftButton)
    classifier = trained.args[0]
    assert classifier.labels == ["billing", "bug", "login", "shipping"]
    assert view.confusion.rowCount() == 4 and view.confusion.columnCount() == 4
    assert sum(int(view.confusion.item(r, c).text()) for r in range(4) for c in range(4)) == 48
    assert "Cross-validated accuracy" in view.accuracy.text() and view.classifiers.currentText() == "tickets"
    assert view.train_button.isEnabled() and not view.stop_button.isEnabled()

    view.set_run_file(TEST_FILE)
    view.run_column.setCurrentText("ticket")
    out = tmp_path / "labelled.csv"
    view.out_path.setText(str(out))
    with qtbot.waitSignal(view.labelled, timeout=120_000) as labelled:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert labelled.args[0].rows == 40 and view.chart.isVisible()
    assert sum(view.chart.counts.values()) == 40
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert sum(row["predicted"] == row["team"] for row in rows) / 40 >= 0.85


def test_pasted_rows_train_and_a_stopped_training_saves_nothing(qtbot, view):
    lines = [f"Refund for invoice {i} please\tbilling" for i in range(10)]
    lines += [f"Cannot log in to account {i}\tlogin" for i in range(10)]
    QGuiApplication.clipboard().setText("\n".join(lines))
    view.table.setCurrentCell(0, 0)
    view.table.setFocus()
    qtbot.keySequence(view.table, QKeySequence.StandardKey.Paste)
    assert view.table.rowCount() == 20 and view.pairs()[19] == ("Cannot log in to account 9", "login")
    view.name.setText("pasted")
    view.start_training()
    view.stop()
    qtbot.waitUntil(lambda: not view.busy, timeout=60_000)
    assert view.store.list() == [] and "Stopped" in view.status.text()


def test_too_few_examples_say_so_and_nothing_is_saved(qtbot, view):
    view.table.paste("Refund please\tbilling\nI cannot log in\tlogin")
    view.name.setText("tiny")
    view.start_training()
    qtbot.waitUntil(lambda: not view.busy, timeout=60_000)
    assert "Too few examples" in view.status.text() and view.store.list() == []


def test_the_window_has_a_classify_page(qtbot, workspace):
    from ui.main_window import MainWindow

    main = MainWindow(workspace)
    qtbot.addWidget(main)
    titles = [main.pages.tabText(i) for i in range(main.pages.count())]
    assert "C&lassify" in titles and main.classify.accessibleName() == "Classify"


def test_a_folder_of_documents_is_labelled_with_a_chart_of_the_counts(qtbot, view, tmp_path):
    view.load_examples(TRAIN_FILE)
    view.label_column.setCurrentText("team")
    view.name.setText("tickets")
    with qtbot.waitSignal(view.trained, timeout=180_000):
        view.start_training()
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Please refund the double charge on my invoice.", encoding="utf-8")
    (folder / "b.txt").write_text("The password reset link never arrives and I cannot sign in.", encoding="utf-8")
    view.set_run_folder(folder)
    assert not view.run_column.isEnabled()
    with qtbot.waitSignal(view.labelled, timeout=120_000) as labelled:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert labelled.args[0].counts == {"billing": 1, "login": 1} and view.chart.isVisible()
    assert Path(view.out_path.text()).is_file()


@pytest.fixture
def indexed_view(qtbot, isolated_home, embedder, tmp_path):
    """The Classify page over an index of contracts, invoices and minutes, with the classifier 'kind' saved."""
    workspace = Workspace(isolated_home)
    workspace._documents = DocumentIndex(workspace.store, embedder)
    kinds = write_documents(tmp_path / "docs")
    run_to_end(iter(workspace.documents.add([tmp_path / "docs"])))
    examples = read_examples(write_examples(tmp_path / "examples.csv"), "text", "kind")
    ClassifierStore(workspace.home).save(run_to_end(train("kind", examples, embedder)))
    page = ClassifyView(workspace, embedder)
    qtbot.addWidget(page)
    page.show()
    yield page, kinds
    page.stop_and_wait()
    workspace.close()


def test_label_my_indexed_documents_shows_the_counts_and_the_chat_filter_offers_them(qtbot, indexed_view):
    view, kinds = indexed_view
    assert view.classifiers.currentText() == "kind"
    with qtbot.waitSignal(view.documents_labelled, timeout=60_000) as labelled:
        qtbot.mouseClick(view.index_button, Qt.MouseButton.LeftButton)
    summary = labelled.args[0]
    assert summary.counts == {"contract": 4, "invoice": 3, "minutes": 3} and view.chart.isVisible()
    assert view.chart.counts == summary.counts and "Labelled 10 indexed documents with 'kind'" in view.status.text()
    assert view.index_button.isEnabled() and not view.stop_button.isEnabled()
    choice = LabelFilterBox(view.workspace)
    qtbot.addWidget(choice)
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Any label", "Only contract (kind, 4)", "Only invoice (kind, 3)", "Only minutes (kind, 3)"]
    choice.setCurrentIndex(1)
    allowed = filtered_documents(view.store, view.workspace.store, LabelFilter(choice.labels()))
    assert {view.workspace.documents.path_of(i) for i in allowed} == {p for p, k in kinds.items() if k == "contract"}


def test_stopping_the_labelling_keeps_what_was_labelled(qtbot, indexed_view, monkeypatch):
    view, kinds = indexed_view
    monkeypatch.setattr(document_labels, "BATCH_DOCUMENTS", 1)
    slow = document_labels.batch_labels
    monkeypatch.setattr(document_labels, "batch_labels", lambda *args: (time.sleep(0.3), slow(*args))[1])
    qtbot.mouseClick(view.index_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Documents 2 of 10" in view.status.text(), timeout=30_000)
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.index_button.isEnabled(), timeout=30_000)
    assert "the documents labelled so far keep their label" in view.status.text()
    kept = sum(label_counts(view.workspace.store).get("kind", {}).values())
    assert 2 <= kept < len(kinds)
