"""The list of saved conversations on the left: new, search, rename, delete."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import DeskmateError

ID_ROLE = Qt.ItemDataRole.UserRole


class ConversationList(QWidget):
    selected = Signal(object)  # conversation id, or None for a new chat
    new_requested = Signal()

    def __init__(self, history, parent=None):
        super().__init__(parent)
        self.history = history
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.new_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Conversations"))
        self.items.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.items.customContextMenuRequested.connect(self._menu)
        self.items.currentItemChanged.connect(self._current_changed)
        self.items.itemDoubleClicked.connect(lambda item: self.rename(item.data(ID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.items, 1)

    def current_id(self) -> int | None:
        item = self.items.currentItem()
        return item.data(ID_ROLE) if item else None

    def refresh(self, *_args, select: int | None = None) -> None:
        """Reload the list (filtered by the search box), keeping or moving the selection."""
        keep = select if select is not None else self.current_id()
        self.items.blockSignals(True)
        self.items.clear()
        for conversation_id, title in self._entries():
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, conversation_id)
            item.setToolTip(title)
            self.items.addItem(item)
            if conversation_id == keep:
                self.items.setCurrentItem(item)
        self.items.blockSignals(False)

    def _entries(self) -> list[tuple[int, str]]:
        query = self.search.text().strip()
        if not query:
            return [(c.id, c.title) for c in self.history.list()]
        titles = {c.id: c.title for c in self.history.list()}
        matching = [c for c in titles if query.lower() in titles[c].lower()]
        try:
            matching += [hit["conversation_id"] for hit in self.history.search(query)]
        except DeskmateError:
            pass  # nothing searchable in the text (only punctuation): titles are enough
        return [(cid, titles[cid]) for cid in dict.fromkeys(matching) if cid in titles]

    def select(self, conversation_id: int | None) -> None:
        self.refresh(select=conversation_id)
        if conversation_id is None:
            self.items.setCurrentRow(-1)  # no current item

    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self.selected.emit(current.data(ID_ROLE))

    def _menu(self, position) -> None:
        item = self.items.itemAt(position)
        if item is None:
            return
        conversation_id = item.data(ID_ROLE)
        menu = QMenu(self)
        rename, delete = QAction(self.tr("Rename…"), menu), QAction(self.tr("Delete…"), menu)
        rename.triggered.connect(lambda: self.rename(conversation_id))
        delete.triggered.connect(lambda: self.delete(conversation_id))
        menu.addActions([rename, delete])
        menu.exec(self.items.viewport().mapToGlobal(position))

    def rename(self, conversation_id: int | None) -> None:
        if conversation_id is None:
            return
        current = self.history.get(conversation_id).title
        title, ok = QInputDialog.getText(self, self.tr("Rename conversation"), self.tr("Title:"), text=current)
        if ok and title.strip():
            self.history.rename(conversation_id, title)
            self.refresh()

    def delete(self, conversation_id: int | None, confirm: bool = True) -> None:
        if conversation_id is None:
            return
        if confirm:
            title = self.history.get(conversation_id).title
            answer = QMessageBox.question(self, self.tr("Delete conversation?"),
                                          self.tr("Delete “%s” and all its messages? This cannot be undone.") % title)
            if answer != QMessageBox.StandardButton.Yes:
                return
        was_current = conversation_id == self.current_id()
        self.history.delete(conversation_id)
        self.refresh()
        if was_current:
            self.selected.emit(None)
