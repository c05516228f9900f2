"""The window says which answers the office server wrote (the routing setting), and after a restart too."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import open_window


def answers(window) -> list:
    return [view for view in window.chat.message_views() if view.role == "assistant"]


def test_an_answer_from_the_office_server_is_marked_and_stays_marked(qtbot, office_workspace, llama_server):
    office_workspace.settings.max_tokens = 16
    window = open_window(qtbot, office_workspace)
    qtbot.keyClicks(window.chat.input, "Say hello.")
    with qtbot.waitSignal(window.answer_finished, timeout=60_000):
        qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    where = llama_server.split("//")[1].removesuffix("/v1")
    [answer] = answers(window)
    assert answer.ran_on.isVisibleTo(answer) and answer.ran_on.text() == "on the office server"
    assert where in answer.ran_on.toolTip() and where in answer.ran_on.accessibleName()
    conversation_id = window.chat.conversation_id
    saved = office_workspace.history.messages(conversation_id)[-1]
    assert saved.meta["ran_on"] == where
    window.chat.show_conversation(conversation_id)  # drawn again from the history, as after a restart
    [again] = answers(window)
    assert again.ran_on.isVisibleTo(again)
    window.stop_and_wait()


def test_an_answer_written_here_carries_no_mark(qtbot, window):
    qtbot.keyClicks(window.chat.input, "Say hello.")
    with qtbot.waitSignal(window.answer_finished, timeout=60_000):
        qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    assert answers(window) and all(not view.ran_on.isVisibleTo(view) for view in answers(window))
