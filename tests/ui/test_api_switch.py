"""The window's local API switch and network status: one model, shared by the window and API clients."""
from __future__ import annotations

import threading

import httpx
import pytest
from PySide6.QtCore import Qt

from assistant.chat.history import MessageStatus
from tests.helpers.servers import fire_clients
from tests.ui.conftest import open_window


@pytest.fixture
def shared_window(qtbot, isolated_home, single_thread_engine):
    """The real window over a workspace whose model the API will share."""
    from assistant.workspace import Workspace

    workspace = Workspace(isolated_home, engine=single_thread_engine)
    window = open_window(qtbot, workspace)
    yield window
    window.close()
    workspace.close()


def turn_api_on(qtbot, window):
    window.workspace.settings.api_port = 0  # a free port
    window.api_switch.action.setChecked(True)
    qtbot.waitUntil(lambda: window.network_label.isVisible(), timeout=30_000)
    return window.api_switch.url


def test_api_switch_serves_eight_clients_while_the_window_answers(qtbot, shared_window):
    window = shared_window
    url = turn_api_on(qtbot, window)
    assert window.network_label.text() == f"API on {url}" and url.startswith("http://127.0.0.1:")
    assert window.workspace.settings_file.path.exists() and window.workspace.settings.api_enabled
    window.workspace.settings.max_tokens = 96
    qtbot.keyClicks(window.chat.input, "Write a long story about a dragon.")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.chat.answer_text) > 5, timeout=60_000)
    outcomes = []
    clients = threading.Thread(target=lambda: outcomes.extend(fire_clients(url, "none", 8, 12)))
    with qtbot.waitSignal(window.answer_finished, timeout=180_000) as finished:
        clients.start()
    qtbot.waitUntil(lambda: not clients.is_alive(), timeout=180_000)
    result = finished.args[0]
    assert result.status == MessageStatus.COMPLETE and result.reply.strip()
    assert window.workspace.history.messages(result.conversation_id)[-1].content == result.reply
    assert len(outcomes) == 8
    for outcome in outcomes:
        assert outcome["status"] == 200 and outcome["text"].strip() or outcome["status"] in (429, 503), outcome


def test_switching_the_api_off_stops_it_and_clears_the_status(qtbot, shared_window):
    window = shared_window
    url = turn_api_on(qtbot, window)
    window.api_switch.action.setChecked(False)
    assert not window.network_label.isVisible() and not window.workspace.settings.api_enabled
    try:
        httpx.get(url + "/models", timeout=2)
        raise AssertionError("the API still answers")
    except httpx.ConnectError:
        pass


def test_an_office_server_engine_is_shown_in_the_status_bar(qtbot, office_workspace, llama_server):
    window = open_window(qtbot, office_workspace)
    where = llama_server.split("//")[1].removesuffix("/v1")
    assert window.network_label.isVisible() and window.network_label.text() == f"Office server {where}"
    assert "office-smollm2" in window.model_label.text()
