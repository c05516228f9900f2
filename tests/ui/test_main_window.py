"""The real main window, driven like a user would (offscreen Qt, real model, real database)."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from assistant.chat.history import MessageStatus


def type_and_send(qtbot, window, text):
    qtbot.keyClicks(window.chat.input, text)
    with qtbot.waitSignal(window.answer_finished, timeout=60_000) as finished:
        qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    return finished.args[0]


def test_enter_sends_and_the_answer_streams_in(qtbot, window):
    result = type_and_send(qtbot, window, "What is the capital of France?")
    assert result.status == MessageStatus.COMPLETE and result.reply.strip()
    views = window.chat.message_views()
    assert [v.role for v in views] == ["user", "assistant"]
    assert views[1].content == result.reply and result.reply.strip()[:10] in views[1].body.toPlainText()
    assert window.chat.input.toPlainText() == ""
    assert window.conversations.current_id() == result.conversation_id
    assert "tokens/s" in window.speed_label.text()
    saved = window.workspace.history.messages(result.conversation_id)
    assert saved[-1].content == result.reply


def test_shift_enter_adds_a_line_instead_of_sending(qtbot, window):
    qtbot.keyClicks(window.chat.input, "first line")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.chat.input, "second line")
    assert window.chat.input.toPlainText() == "first line\nsecond line" and not window.busy


def test_empty_message_is_not_sent(qtbot, window):
    qtbot.keyClicks(window.chat.input, "   ")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    assert not window.busy and window.workspace.history.list() == []


def test_escape_stops_and_the_partial_answer_is_kept(qtbot, window):
    window.workspace.settings.max_tokens = 2000
    qtbot.keyClicks(window.chat.input, "Write a very long story about a dragon and a knight.")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.chat.answer_text) > 20, timeout=30_000)
    assert window.busy and window.chat.stop_button.isEnabled()
    with qtbot.waitSignal(window.answer_finished, timeout=5_000) as finished:
        qtbot.keyClick(window.chat.input, Qt.Key.Key_Escape)
    result = finished.args[0]
    assert result.status == MessageStatus.INTERRUPTED and result.completion_tokens < 2000
    view = window.chat.message_views()[-1]
    assert view.badge.isVisible() and view.badge.text() == "interrupted"
    assert window.workspace.history.messages(result.conversation_id)[-1].status == MessageStatus.INTERRUPTED
    assert window.chat.send_button.isEnabled() and not window.chat.stop_button.isEnabled()


def test_switching_conversations_shows_their_messages(qtbot, window):
    history = window.workspace.history
    first, second = history.create("Apples"), history.create("Boats")
    history.add_message(first.id, "user", "Tell me about apples")
    history.add_message(second.id, "user", "Tell me about boats")
    history.add_message(second.id, "assistant", "Boats float.")
    window.conversations.refresh()
    items = {item.text(): item for item in window.conversations.conversation_items()}
    window.conversations.items.setCurrentItem(items["Apples"])
    assert [v.content for v in window.chat.message_views()] == ["Tell me about apples"]
    window.conversations.items.setCurrentItem(items["Boats"])
    assert [v.content for v in window.chat.message_views()] == ["Tell me about boats", "Boats float."]
    result = type_and_send(qtbot, window, "Do they sink?")
    assert result.conversation_id == second.id and len(history.messages(second.id)) == 4


def test_search_filters_by_title_and_message_text(qtbot, window):
    history = window.workspace.history
    history.add_message(history.create("Holiday plans").id, "user", "Lisbon trams are yellow")
    history.create("Tax questions")
    window.conversations.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.conversations.search.hasFocus()
    qtbot.keyClicks(window.conversations.search, "trams")
    assert window.conversations.titles() == ["Holiday plans"]
    window.conversations.search.clear()
    assert window.conversations.titles() == ["Tax questions", "Holiday plans"]
    assert window.conversations.headings() == ["Today"]


def test_new_chat_rename_and_delete(qtbot, window, monkeypatch):
    result = type_and_send(qtbot, window, "Hello")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Greeting", True))
    window.conversations.rename(result.conversation_id)
    assert window.conversations.items.currentItem().text() == "Greeting"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.conversation_id is None and window.chat.message_views() == []
    assert window.chat.input.hasFocus()
    window.conversations.delete(result.conversation_id, confirm=False)
    assert window.workspace.history.list() == [] and window.conversations.items.count() == 0
    assert window.conversations.empty.isVisible()


def test_copy_button_copies_the_raw_text(qtbot, window):
    view = window.chat.add_message("assistant", "**bold** and `code`")
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "**bold** and `code`"


def test_markdown_is_rendered_but_raw_html_is_not(qtbot, window):
    view = window.chat.add_message("assistant", "**bold** <b>tag</b> <img src='http://127.0.0.1:9/x.png'>")
    text = view.body.toPlainText()
    assert "bold" in text and "**" not in text  # Markdown rendered
    assert "<b>tag</b>" in text and "<img" in text  # HTML shown as text, never interpreted


def test_failed_send_keeps_the_message_and_shows_why(qtbot, window, tmp_path):
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\0" * 10)
    window.workspace.settings.model_path = str(bad)
    qtbot.keyClicks(window.chat.input, "Will this work?")
    with qtbot.waitSignal(window.answer_finished, timeout=30_000):
        qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    assert window.chat.notice.isVisible() and "broken.gguf" in window.chat.notice.label.text()
    assert window.chat.input.toPlainText() == "Will this work?"
    assert window.chat.message_views() == [] and window.workspace.history.list() == []


def test_the_sidebar_switches_sections_by_click_and_keys_and_follows_the_theme(qtbot, window):
    from ui.theme import COLOURS, apply_theme

    labels = [button.text() for button in window.nav_buttons]
    assert labels == ["Chat", "Documents", "Tools", "Classify"]
    assert all(button.accessibleName() == button.text() and button.icon().availableSizes()
               for button in window.nav_buttons)
    qtbot.mouseClick(window.nav_buttons[2], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tools and window.nav_buttons[2].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.documents and window.nav_buttons[1].isChecked()
    assert not window.nav_buttons[2].isChecked()

    def icon_colour(button):
        image = button.icon().pixmap(44, 44).toImage()
        inked = [image.pixelColor(x, y) for x in range(44) for y in range(44) if image.pixelColor(x, y).alpha() > 200]
        return max(inked, key=lambda c: c.alpha()).name()

    try:
        apply_theme("dark")
        assert icon_colour(window.nav_buttons[0]) == COLOURS["dark"]["muted"]
        apply_theme("light")
        assert icon_colour(window.nav_buttons[0]) == COLOURS["light"]["muted"]
    finally:
        apply_theme("light")
