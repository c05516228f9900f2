"""The conversation list: grouped by date with pinned chats on top, pin, rename and delete by menu and
keys, elided titles with no horizontal scroll bar, and search."""
import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from assistant.chat.history import Conversation
from ui.conversation_list import ConversationList, Group, date_group

DAY = 86400


def at(days_ago: float, pinned: bool = False) -> Conversation:
    stamp = time.time() - days_ago * DAY
    return Conversation(1, "t", stamp, stamp, pinned=pinned)


def test_date_groups_follow_the_calendar():
    today = dt.date.today()
    assert date_group(at(0), today) is Group.TODAY
    assert date_group(at(1), today) is Group.YESTERDAY
    assert date_group(at(3), today) is Group.LAST_7_DAYS
    assert date_group(at(30), today) is Group.OLDER
    assert date_group(at(30, pinned=True), today) is Group.PINNED


@pytest.fixture
def listed(qtbot, workspace):
    history = workspace.history
    now = time.time()
    for title, days_ago in (("Old budget", 40), ("Lyon trip", 1), ("Printer code", 0), ("Rename script", 3)):
        conversation = history.create(title)
        history.add_message(conversation.id, "user", f"About the {title.lower()}")
        history.store.update("conversations", conversation.id, {"updated_at": now - days_ago * DAY})
    view = ConversationList(history)
    qtbot.addWidget(view)
    view.resize(260, 500)
    view.show()
    view.refresh()
    return view


def ids_by_title(view):
    return {item.text(): item.data(Qt.ItemDataRole.UserRole) for item in view.conversation_items()}


def test_conversations_are_grouped_by_date_under_headings(listed):
    assert listed.headings() == ["Today", "Yesterday", "Last 7 days", "Older"]
    assert listed.titles() == ["Printer code", "Lyon trip", "Rename script", "Old budget"]
    heading = listed.items.item(0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable  # a heading cannot be chosen


def test_pin_moves_a_chat_to_the_top_and_survives_a_reload(qtbot, listed):
    old = ids_by_title(listed)["Old budget"]
    listed.select(old)
    listed.items.setFocus()
    qtbot.keyClick(listed.items, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert listed.history.get(old).pinned
    assert listed.headings()[0] == "Pinned" and listed.titles()[0] == "Old budget"
    assert listed.current_id() == old and "Older" not in listed.headings()
    again = ConversationList(listed.history)
    qtbot.addWidget(again)
    again.refresh()
    assert again.headings()[0] == "Pinned" and again.titles()[0] == "Old budget"
    listed.toggle_pin(old)
    assert "Pinned" not in listed.headings() and listed.titles()[-1] == "Old budget"


def test_rename_with_f2_and_delete_with_the_delete_key(qtbot, listed, monkeypatch):
    lyon = ids_by_title(listed)["Lyon trip"]
    listed.select(lyon)
    listed.items.setFocus()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lyon in May", True))
    qtbot.keyClick(listed.items, Qt.Key.Key_F2)
    assert listed.history.get(lyon).title == "Lyon in May" and "Lyon in May" in listed.titles()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(listed.selected) as selected:
        qtbot.keyClick(listed.items, Qt.Key.Key_Delete)
    assert "Lyon in May" in asked[0] and selected.args == [None]
    assert "Lyon in May" not in listed.titles() and len(listed.history.list()) == 3


def test_the_context_menu_offers_pin_rename_and_delete(qtbot, listed):
    first = listed.conversation_items()[0].data(Qt.ItemDataRole.UserRole)
    menu = listed.context_menu(first)
    assert [(a.text(), a.shortcut().toString()) for a in menu.actions()] == [
        ("Pin", "Ctrl+Shift+P"), ("Rename…", "F2"), ("", ""), ("Delete…", "Del")]
    listed.history.set_pinned(first, True)
    assert listed.context_menu(first).actions()[0].text() == "Unpin"


def test_long_titles_are_elided_without_a_horizontal_scroll_bar(qtbot, listed):
    long = listed.history.create("A very long conversation title " * 4)
    listed.refresh()
    assert listed.items.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert listed.items.textElideMode() == Qt.TextElideMode.ElideRight
    item = next(i for i in listed.conversation_items() if i.data(Qt.ItemDataRole.UserRole) == long.id)
    assert item.toolTip() == long.title  # the whole title on hover
    assert listed.items.visualItemRect(item).width() <= listed.items.viewport().width()


def test_search_shows_matching_chats_without_headings(qtbot, listed):
    qtbot.keyClicks(listed.search, "printer")
    assert listed.titles() == ["Printer code"] and listed.headings() == []
    listed.search.clear()
    qtbot.keyClicks(listed.search, "zzzz")
    assert listed.titles() == [] and listed.empty.isVisible() and "zzzz" in listed.empty.text()
