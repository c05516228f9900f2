"""The chat's label choice offscreen: what it lists, what it gives the documents option, a saved choice shown."""
from __future__ import annotations

import time

import pytest

from assistant.documents.index import DocumentIndex
from assistant.runtime.generators import run_to_end
from assistant.workspace import Workspace
from ui.label_filter import LabelFilterBox


@pytest.fixture
def choice(qtbot):
    box = LabelFilterBox()
    qtbot.addWidget(box)
    box.set_choices({"kind": {"contract": 4, "invoice": 3}, "urgency": {"high": 1}})
    return box


def test_it_lists_all_documents_then_each_label_and_gives_the_option_its_labels(choice):
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Any label", "Only contract (kind, 4)", "Only invoice (kind, 3)", "Only high (urgency, 1)"]
    assert choice.labels() == {}
    choice.setCurrentIndex(2)
    assert choice.labels() == {"kind": ["invoice"]}
    choice.set_choices({"kind": {"contract": 5, "invoice": 2}})  # a labelling run finished: the choice stays
    assert choice.labels() == {"kind": ["invoice"]} and choice.currentText() == "Only invoice (kind, 2)"


def test_a_saved_choice_is_shown_even_when_no_document_carries_it_now(choice):
    choice.set_labels({"urgency": ["high"]})
    assert choice.currentText() == "Only high (urgency, 1)"
    choice.set_labels({"kind": ["minutes"]})
    assert choice.currentText() == "Only minutes (kind, none now)" and choice.labels() == {"kind": ["minutes"]}
    choice.set_labels({})
    assert choice.currentIndex() == 0 and choice.labels() == {}


def test_choosing_an_entry_says_so(qtbot, choice):
    with qtbot.waitSignal(choice.labels_changed) as changed:
        choice.setCurrentIndex(1)
        choice.activated.emit(1)  # what a person's choice in the list emits
    assert changed.args[0] == {"kind": ["contract"]}


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform opening a popup
def test_it_reads_the_labels_of_the_index_again_when_its_list_opens(qtbot, isolated_home, embedder, tmp_path):
    workspace = Workspace(isolated_home)
    workspace._documents = DocumentIndex(workspace.store, embedder)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "lease.txt").write_text("The Tenant shall pay the rent quarterly.", encoding="utf-8")
    run_to_end(iter(workspace.documents.add([tmp_path / "docs"])))
    box = LabelFilterBox(workspace)
    qtbot.addWidget(box)
    assert box.count() == 1
    document = workspace.documents.document_by_path(tmp_path / "docs" / "lease.txt")
    workspace.store.execute("INSERT INTO document_labels VALUES (?, 'kind', 'contract', 0.97, ?)",
                            (document["id"], time.time()))
    box.show()
    box.showPopup()
    box.hidePopup()
    assert box.itemText(1) == "Only contract (kind, 1)"
    workspace.close()
