"""Chat actions on the real window (offscreen Qt, the real bundled model, a real database): regenerate,
edit and resend, delete one message, copy a code block and the whole chat, export, the model picker."""
import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from assistant.chat.history import MessageStatus
from assistant.workspace import Workspace
from tests.ui.conftest import open_window

CODE_ANSWER = """Here it is:

```python
def add(a, b):
    return a + b
```

| Name | Value |
|---|---|
| one | 1 |
"""


def first_line_colours(block) -> set[str]:
    colours = set()
    fragments = block.view.document().firstBlock().begin()
    while not fragments.atEnd():
        colours.add(fragments.fragment().charFormat().foreground().color().name())
        fragments += 1
    return colours


def send_and_wait(qtbot, window, text):
    qtbot.keyClicks(window.chat.input, text)
    with qtbot.waitSignal(window.answer_finished, timeout=60_000) as finished:
        qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    return finished.args[0]


def click_and_wait(qtbot, window, button):
    with qtbot.waitSignal(window.answer_finished, timeout=60_000) as finished:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def test_regenerate_keeps_the_first_answer_as_version_one(qtbot, window):
    window.workspace.settings.max_tokens = 16
    first = send_and_wait(qtbot, window, "Name a fruit.")
    answer = window.chat.message_views()[1]
    assert answer.message_id == first.message_id and answer.regenerate_button.isVisibleTo(answer)
    assert answer.version_text == ""
    second = click_and_wait(qtbot, window, answer.regenerate_button)
    assert second.status == MessageStatus.COMPLETE and second.message_id != first.message_id
    assert second.question_id == first.question_id
    views = window.chat.message_views()
    assert [v.role for v in views] == ["user", "assistant"] and views[1].version_text == "2/2"
    history = window.workspace.history
    assert [m.id for m in history.siblings(second.message_id)] == [first.message_id, second.message_id]
    qtbot.mouseClick(views[1].previous_version, Qt.MouseButton.LeftButton)
    shown = window.chat.message_views()[1]
    assert shown.message_id == first.message_id and shown.version_text == "1/2"
    assert shown.content == first.reply
    assert history.messages(first.conversation_id)[-1].id == first.message_id  # saved: a restart shows it


def test_an_edited_message_branches_and_the_branch_survives_a_restart(qtbot, isolated_home, engine):
    workspace = Workspace(isolated_home, engine=engine)
    workspace.settings.max_tokens = 16
    window = open_window(qtbot, workspace)
    original = send_and_wait(qtbot, window, "My cat is called Tom.")
    question = window.chat.message_views()[0]
    qtbot.mouseClick(question.edit_button, Qt.MouseButton.LeftButton)
    assert question.editor is not None and question.editor.toPlainText() == "My cat is called Tom."
    question.editor.selectAll()
    qtbot.keyClicks(question.editor, "My dog is called Rex.")
    with qtbot.waitSignal(window.answer_finished, timeout=60_000) as finished:
        qtbot.keyClick(question.editor, Qt.Key.Key_Return)
    edited = finished.args[0]
    views = window.chat.message_views()
    assert [v.content for v in views][0] == "My dog is called Rex." and len(views) == 2
    assert views[0].version_text == "2/2" and views[0].message_id == edited.question_id
    assert edited.conversation_id == original.conversation_id
    window.close()
    workspace.close()

    reopened = Workspace(isolated_home, engine=engine)  # a restart: the store opened again
    window = open_window(qtbot, reopened)
    assert window.conversation_id == original.conversation_id
    views = window.chat.message_views()
    assert [v.content for v in views] == ["My dog is called Rex.", edited.reply] and views[0].version_text == "2/2"
    qtbot.mouseClick(views[0].previous_version, Qt.MouseButton.LeftButton)
    views = window.chat.message_views()
    assert [v.content for v in views] == ["My cat is called Tom.", original.reply]
    assert views[0].version_text == "1/2"
    window.close()
    reopened.close()


def test_deleting_one_message_keeps_the_rest(qtbot, window, monkeypatch):
    history = window.workspace.history
    conversation = history.create("Trip")
    for role, text in (("user", "Where to?"), ("assistant", "Lisbon."), ("user", "When?"), ("assistant", "May.")):
        history.add_message(conversation.id, role, text)
    window.open_conversation(conversation.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    lisbon = window.chat.message_views()[1]
    assert lisbon.delete_button.isVisibleTo(lisbon)
    qtbot.mouseClick(lisbon.delete_button, Qt.MouseButton.LeftButton)
    assert [v.content for v in window.chat.message_views()] == ["Where to?", "When?", "May."]
    assert [m.content for m in history.messages(conversation.id)] == ["Where to?", "When?", "May."]


def test_copy_code_copies_only_the_code_and_tables_are_tables(qtbot, window):
    view = window.chat.add_message("assistant", CODE_ANSWER)
    [block] = view.code_blocks()
    assert block.language == "python" and block.copy_button.accessibleName() == "Copy code"
    assert len(first_line_colours(block)) > 1, "the code is highlighted: more than one colour on its first line"
    qtbot.mouseClick(block.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "def add(a, b):\n    return a + b"
    table = view.segments()[-1]
    assert "| Name" not in table.toPlainText() and "one" in table.toPlainText()


def test_copy_chat_and_export_markdown_json_and_pdf(qtbot, window, tmp_path, monkeypatch):
    history = window.workspace.history
    conversation = history.create("Colours")
    question = history.add_message(conversation.id, "user", "Name a colour")
    history.add_message(conversation.id, "assistant", "Blue")
    history.add_message(conversation.id, "assistant", "Red", parent_id=question.id)
    window.open_conversation(conversation.id)
    qtbot.mouseClick(window.chat.copy_chat_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Name a colour" in copied and "Red" in copied and "version 2 of 2" in copied and "Blue" not in copied
    for kind in ("md", "json", "pdf"):
        target = tmp_path / f"colours.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        with qtbot.waitSignal(window.chat.exported, timeout=10_000):
            window.chat.export_dialog(kind)
    assert "## Assistant _(version 2 of 2)_" in (tmp_path / "colours.md").read_text(encoding="utf-8")
    exported = json.loads((tmp_path / "colours.json").read_text(encoding="utf-8"))
    assert [m["content"] for m in exported["other_branches"]] == ["Blue"]
    pdf = (tmp_path / "colours.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000


@pytest.fixture
def second_model(tmp_path, model_path):
    copy = tmp_path / "models" / "Other-135M.Q4_1.gguf"
    copy.parent.mkdir()
    shutil.copy(model_path, copy)
    return copy


def test_the_model_picker_switches_and_stops_a_running_answer(qtbot, window, second_model):
    window.workspace.models.add(second_model)
    window.chat.show_models()
    picker = window.chat.model_picker
    assert picker.count() == 2 and "(bundled)" in picker.currentText()
    window.workspace.settings.max_tokens = 2000
    qtbot.keyClicks(window.chat.input, "Write a very long story about a lighthouse keeper.")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.chat.answer_text) > 10, timeout=30_000)
    with qtbot.waitSignal(window.model_ready, timeout=60_000):
        index = picker.findData(str(second_model.resolve()))
        picker.setCurrentIndex(index)
        picker.activated.emit(index)
    conversation = window.workspace.history.list()[0]
    assert window.workspace.history.messages(conversation.id)[-1].status == MessageStatus.INTERRUPTED
    assert not window.busy and picker.currentText().startswith("Other")


def test_the_screenshot_conversations_show_code_a_regenerated_answer_and_an_edited_question(qtbot, window):
    from ui.chat_view import stage_chat_actions
    from ui.showcase import wait_for

    staged = stage_chat_actions(window, wait_for, max_tokens=8)
    window.open_conversation(staged["code"])
    answer = window.chat.message_views()[1]
    assert answer.code_blocks() and "add(a, b)" in answer.segments()[-1].toPlainText()
    window.open_conversation(staged["regenerated"])
    assert [v.version_text for v in window.chat.message_views()] == ["", "2/2"]
    window.open_conversation(staged["edited"])
    views = window.chat.message_views()
    assert [v.version_text for v in views] == ["2/2", ""] and views[0].content == "What is the capital of Portugal?"


def test_editing_is_cancelled_with_esc_and_nothing_changes(qtbot, window):
    history = window.workspace.history
    conversation = history.create("Keep")
    history.add_message(conversation.id, "user", "Original question")
    history.add_message(conversation.id, "assistant", "Original answer")
    window.open_conversation(conversation.id)
    question = window.chat.message_views()[0]
    question.edit_button.setFocus()
    qtbot.keyClick(question.edit_button, Qt.Key.Key_Space)  # keyboard only
    assert question.editor is not None and question.editor.hasFocus()
    qtbot.keyClick(question.editor, Qt.Key.Key_Escape)
    assert question.editor is None and question.body.isVisibleTo(question)
    assert [m.content for m in history.all_messages(conversation.id)] == ["Original question", "Original answer"]
