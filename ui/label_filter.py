"""A choice of which labelled documents to use: "Any label" or "Only contract (kind, 4)".

Placed beside "Use my documents" and its folder choice in the chat composer. It lists every label a
taught classifier gave the indexed documents (assistant/tools/document_labels.py), read again each time
its list opens, so a labelling run finished meanwhile shows up. `labels()` is the part of the chat's documents option that
keeps to the chosen label ({"kind": ["contract"]}; {} for all documents); `set_labels()` shows a
conversation's saved choice, even a label no document carries any more (marked, so nothing is hidden).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from assistant.tools.document_labels import label_counts


def key(classifier: str, label: str) -> str:
    """An entry's data: "kind=contract" (a classifier's name never holds "=")."""
    return f"{classifier}={label}"


class LabelFilterBox(QComboBox):
    labels_changed = Signal(dict)  # the new labels() after the person chose another entry

    def __init__(self, workspace=None, parent: QWidget | None = None):
        """`workspace`: where the labels are read (None: only what set_choices gives)."""
        super().__init__(parent)
        self.workspace = workspace
        self.setAccessibleName(self.tr("Which labelled documents to use"))
        self.setToolTip(self.tr("Keep to the documents a classifier labelled so "
                                "(Classify page: Label my indexed documents)"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(lambda _: self.labels_changed.emit(self.labels()))
        self.set_choices({})
        self.refresh()

    def refresh(self) -> None:
        """Read the labels the indexed documents carry now, keeping the current choice."""
        if self.workspace is not None:
            self.set_choices(label_counts(self.workspace.store))

    def set_choices(self, counts: dict[str, dict[str, int]]) -> None:
        """counts: classifier -> label -> documents carrying it."""
        current = self.labels()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Any label"), "")
        for classifier, labels in counts.items():
            for label, documents in labels.items():
                self.addItem(self.tr("Only %1 (%2, %3)").replace("%1", label).replace("%2", classifier)
                             .replace("%3", str(documents)), key(classifier, label))
        self.blockSignals(False)
        self.set_labels(current)

    def labels(self) -> dict[str, list[str]]:
        """The chosen label as the documents option keeps it: {classifier: [label]}, {} for all documents."""
        classifier, _, label = (self.currentData() or "").partition("=")
        return {classifier: [label]} if label else {}

    def set_labels(self, labels: dict) -> None:
        """Show a saved choice ({classifier: [label, ...]}, the first label of the first classifier)."""
        wanted = next(((classifier, chosen[0]) for classifier, chosen in (labels or {}).items() if chosen), None)
        if wanted is None:
            self.setCurrentIndex(0)
            return
        index = self.findData(key(*wanted))
        if index < 0:  # no document carries it now: still shown, so the conversation's choice is visible
            self.addItem(self.tr("Only %1 (%2, none now)").replace("%1", wanted[1]).replace("%2", wanted[0]),
                         key(*wanted))
            index = self.count() - 1
        self.setCurrentIndex(index)

    def showPopup(self) -> None:  # noqa: N802 (Qt API)
        self.refresh()
        super().showPopup()
