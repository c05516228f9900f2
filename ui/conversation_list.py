"""The list of saved conversations on the left: grouped by date (Pinned, Today, Yesterday, Last 7 days,
Older), with new, search, pin, rename and delete (context menu and keys: F2, Delete, Ctrl+Shift+P)."""
from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.chat.history import Conversation
from assistant.errors import DeskmateError
from ui.theme import icon, is_theme_change

ID_ROLE = Qt.ItemDataRole.UserRole
HEADER_ROLE = Qt.ItemDataRole.UserRole + 1  # the Group a header item stands for


class Group(Enum):
    PINNED = 0
    TODAY = 1
    YESTERDAY = 2
    LAST_7_DAYS = 3
    OLDER = 4


def date_group(conversation: Conversation, today: dt.date | None = None) -> Group:
    """Which heading a conversation goes under, by when it last changed (in local time)."""
    if conversation.pinned:
        return Group.PINNED
    today = today or dt.date.today()
    day = dt.datetime.fromtimestamp(conversation.updated_at).date()
    age = (today - day).days
    if age <= 0:
        return Group.TODAY
    if age == 1:
        return Group.YESTERDAY
    return Group.LAST_7_DAYS if age < 7 else Group.OLDER


def grouped(conversations: list[Conversation], today: dt.date | None = None) -> list[tuple[Group, list[Conversation]]]:
    """The conversations under their headings, headings in order, newest first inside each."""
    groups: dict[Group, list[Conversation]] = {}
    for conversation in sorted(conversations, key=lambda c: (c.updated_at, c.id), reverse=True):
        groups.setdefault(date_group(conversation, today), []).append(conversation)
    return [(group, groups[group]) for group in Group if group in groups]


class ConversationList(QWidget):
    selected = Signal(object)  # conversation id, or None for a new chat
    new_requested = Signal()

    def __init__(self, history, parent=None):
        super().__init__(parent)
        self.history = history
        self.setObjectName("conversationPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setObjectName("newChat")
        self.new_button.setAccessibleName(self.tr("New chat"))
        self.new_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.search_icon = self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Conversations"))
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items.setWordWrap(False)
        self.items.setIconSize(QSize(14, 14))
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.items.customContextMenuRequested.connect(self._menu)
        self.items.currentItemChanged.connect(self._current_changed)
        self.items.itemDoubleClicked.connect(lambda item: self.rename(item.data(ID_ROLE)))
        self.empty = QLabel(self.tr("No conversations yet."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self._key_actions()
        self._layout()

    def _layout(self) -> None:
        title = QLabel(self.tr("Chats"))
        title.setObjectName("panelTitle")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 14, 8, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.empty)
        self._restyle()

    def _key_actions(self) -> None:
        for text, keys, slot in ((self.tr("Rename…"), QKeySequence(Qt.Key.Key_F2), self.rename),
                                 (self.tr("Delete…"), QKeySequence(QKeySequence.StandardKey.Delete), self.delete),
                                 (self.tr("Pin"), QKeySequence("Ctrl+Shift+P"), self.toggle_pin)):
            action = QAction(text, self.items)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, do=slot: do(self.current_id()))
            self.items.addAction(action)

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if is_theme_change(event):
            self._restyle()

    def _restyle(self) -> None:
        """Icons and heading colours in the theme shown (no reload: the list's rows stay as they are)."""
        self.new_button.setIcon(icon("new-chat", 16, token="accent_text"))
        self.search_icon.setIcon(icon("search"))
        for row in range(self.items.count()):
            item = self.items.item(row)
            if item is None:
                continue
            if item.data(HEADER_ROLE) is not None:
                item.setForeground(self.palette().placeholderText())
            elif not item.icon().isNull():
                item.setIcon(icon("pin", 14))

    # -- contents --------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        item = self.items.currentItem()
        return item.data(ID_ROLE) if item else None

    def conversation_items(self) -> list[QListWidgetItem]:
        """The rows that are conversations (not the date headings), top to bottom."""
        rows = (self.items.item(i) for i in range(self.items.count()))
        return [item for item in rows if item is not None and item.data(ID_ROLE) is not None]

    def titles(self) -> list[str]:
        return [item.text() for item in self.conversation_items()]

    def headings(self) -> list[str]:
        rows = (self.items.item(i) for i in range(self.items.count()))
        return [item.text() for item in rows if item is not None and item.data(HEADER_ROLE) is not None]

    def heading_text(self, group: Group) -> str:
        return {Group.PINNED: self.tr("Pinned"), Group.TODAY: self.tr("Today"),
                Group.YESTERDAY: self.tr("Yesterday"), Group.LAST_7_DAYS: self.tr("Last 7 days"),
                Group.OLDER: self.tr("Older")}[group]

    def refresh(self, *_args, select: int | None = None) -> None:
        """Reload the list (filtered by the search box), keeping or moving the selection."""
        keep = select if select is not None else self.current_id()
        self.items.blockSignals(True)
        self.items.clear()
        query = self.search.text().strip()
        conversations = self.history.list()
        if query:
            for conversation in self._matching(conversations, query):
                self._add_row(conversation, keep)
        else:
            for group, members in grouped(conversations):
                self._add_heading(group)
                for conversation in members:
                    self._add_row(conversation, keep)
        self.items.blockSignals(False)
        self.empty.setText(self.tr("No conversation matches “%s”.") % query if query
                           else self.tr("No conversations yet."))
        self.empty.setVisible(not self.conversation_items())

    def _add_heading(self, group: Group) -> None:
        item = QListWidgetItem(self.heading_text(group))
        item.setData(HEADER_ROLE, group.value)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable, skipped by the arrow keys
        font = QFont(self.items.font())
        font.setBold(True)
        font.setPixelSize(11)
        item.setFont(font)
        item.setForeground(self.palette().placeholderText())
        item.setSizeHint(QSize(0, 30))
        self.items.addItem(item)

    def _add_row(self, conversation: Conversation, keep: int | None) -> None:
        item = QListWidgetItem(conversation.title)
        item.setData(ID_ROLE, conversation.id)
        item.setToolTip(conversation.title)
        if conversation.pinned:
            item.setIcon(icon("pin", 14))
        item.setSizeHint(QSize(0, 34))
        self.items.addItem(item)
        if conversation.id == keep:
            self.items.setCurrentItem(item)

    def _matching(self, conversations: list[Conversation], query: str) -> list[Conversation]:
        by_id = {c.id: c for c in conversations}
        matching = [c.id for c in conversations if query.lower() in c.title.lower()]
        try:
            matching += [hit["conversation_id"] for hit in self.history.search(query)]
        except DeskmateError:
            pass  # nothing searchable in the text (only punctuation): titles are enough
        return [by_id[cid] for cid in dict.fromkeys(matching) if cid in by_id]

    def select(self, conversation_id: int | None) -> None:
        self.refresh(select=conversation_id)
        if conversation_id is None:
            self.items.setCurrentRow(-1)  # no current item

    def _current_changed(self, current, _previous) -> None:
        if current is not None and current.data(ID_ROLE) is not None:
            self.selected.emit(current.data(ID_ROLE))

    # -- actions ---------------------------------------------------------------------------------

    def _menu(self, position) -> None:
        item = self.items.itemAt(position)
        if item is not None and item.data(ID_ROLE) is not None:
            self.context_menu(item.data(ID_ROLE)).exec(self.items.viewport().mapToGlobal(position))

    def context_menu(self, conversation_id: int) -> QMenu:
        """Pin or unpin, rename and delete, with the keys that do the same shown beside them."""
        pinned = self.history.get(conversation_id).pinned
        menu = QMenu(self)
        pin = QAction(icon("pin"), self.tr("Unpin") if pinned else self.tr("Pin"), menu)
        pin.setShortcut(QKeySequence("Ctrl+Shift+P"))
        rename = QAction(self.tr("Rename…"), menu)
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        delete = QAction(self.tr("Delete…"), menu)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        pin.triggered.connect(lambda: self.toggle_pin(conversation_id))
        rename.triggered.connect(lambda: self.rename(conversation_id))
        delete.triggered.connect(lambda: self.delete(conversation_id))
        menu.addActions([pin, rename])
        menu.addSeparator()
        menu.addAction(delete)
        return menu

    def toggle_pin(self, conversation_id: int | None) -> None:
        if conversation_id is None:
            return
        self.history.set_pinned(conversation_id, not self.history.get(conversation_id).pinned)
        self.refresh(select=conversation_id)

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
