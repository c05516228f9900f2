"""Model manager, settings, theme, language and single instance, on the real window and real files."""
import functools
import hashlib
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from assistant.chat.history import MessageStatus
from assistant.models.downloads import CatalogueEntry
from assistant.workspace import Workspace
from tests.helpers.gguf_files import write_model
from ui.catalogue_dialog import CatalogueDialog
from ui.models_dialog import ModelsDialog
from ui.settings_dialog import SettingsDialog


@pytest.fixture
def second_model(tmp_path, model_path):
    """A real, loadable second model: the bundled file under another name."""
    copy = tmp_path / "models" / "Other-135M.Q4_1.gguf"
    copy.parent.mkdir()
    shutil.copy(model_path, copy)
    return copy


class QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def served_model(tmp_path):
    """A small GGUF file served over HTTP on 127.0.0.1: (its URL, the file)."""
    (tmp_path / "served").mkdir()
    model = write_model(tmp_path / "served" / "tiny.gguf")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietFiles, directory=str(model.parent)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/tiny.gguf", model
    httpd.shutdown()
    httpd.server_close()


def test_a_download_from_the_catalogue_comes_back_as_its_path(qtbot, workspace, served_model):
    url, model = served_model
    dialog = CatalogueDialog(workspace)
    qtbot.addWidget(dialog)
    sha256 = hashlib.sha256(model.read_bytes()).hexdigest()
    dialog.entries = [CatalogueEntry("tiny", "Tiny", url, "tiny.gguf", "1 MB", sha256, "MIT", "a test model")]
    with qtbot.waitSignal(dialog.downloaded, timeout=30_000) as done:
        dialog.start()
    installed = workspace.home / "models" / "tiny.gguf"
    assert done.args == [str(installed)] and installed.read_bytes() == model.read_bytes()
    assert dialog.status.text() == f"Done: {installed}" and dialog.download_button.isEnabled()


def test_import_a_valid_model_and_refuse_an_invalid_one(qtbot, window, tmp_path):
    dialog = ModelsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.show()
    good = write_model(tmp_path / "tiny-good.gguf")
    assert dialog.import_file(str(good))
    assert "tiny-good" in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    bad = tmp_path / "cut.gguf"
    bad.write_bytes(good.read_bytes()[:300])
    assert not dialog.import_file(str(bad))
    assert dialog.error_label.isVisible() and "cut.gguf" in dialog.error_label.text()
    assert [p.name for p in window.workspace.models.added_paths()] == ["tiny-good.gguf"]


def test_a_model_that_will_not_fit_is_refused_unless_the_user_insists(qtbot, window, second_model, monkeypatch):
    monkeypatch.setattr("assistant.models.fit.available_ram", lambda: 50 * 1024**2)
    dialog = ModelsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.import_file(str(second_model))
    assert "will not fit" in dialog.fit_label.text().lower() and "50 MB is free" in dialog.fit_label.text()
    requests = []
    dialog.use_requested.connect(lambda path, insist: requests.append((path, insist)))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.use_selected()
    assert requests == []
    with pytest.raises(Exception, match="will not fit"):
        window.workspace.switch_model(second_model)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.use_selected()
    assert requests == [(str(second_model), True)]


def test_switching_model_mid_answer_stops_it_and_keeps_conversations(qtbot, window, second_model):
    window.workspace.settings.max_tokens = 2000
    qtbot.keyClicks(window.chat.input, "Write a very long story about a lighthouse keeper.")
    qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.chat.answer_text) > 10, timeout=30_000)
    with qtbot.waitSignal(window.model_ready, timeout=60_000) as ready:
        window.switch_model(str(second_model))
    assert ready.args[0] == "Other-135M"
    conversation = window.workspace.history.list()[0]
    messages = window.workspace.history.messages(conversation.id)
    assert messages[-1].status == MessageStatus.INTERRUPTED and messages[-1].content
    assert window.workspace.settings.model_path == str(second_model)
    # The follow-up only has to finish on the new model: up to 2,000 tokens of story (about 25 s when
    # the machine is quiet) could outlast the wait when the two cores are busy.
    window.workspace.settings.max_tokens = 48
    assert not window.busy, "the stopped answer's job is still in its slot, so the window would ignore a send"
    with qtbot.waitSignal(window.answer_finished, timeout=60_000) as finished:
        window.send("And then?")
    assert finished.args[0].model == "Other-135M"
    assert len(window.workspace.history.messages(conversation.id)) == 4


def cut_short(path):
    path.write_bytes(path.read_bytes()[:-64])


@pytest.mark.parametrize("arch, damage, reason", [
    ("llama", cut_short, "ends past the end"),  # refused by our header check
    ("martian", lambda path: None, "llama.cpp could not load"),  # a valid header llama.cpp rejects
], ids=["refused-by-header-check", "rejected-by-llama-cpp"])
def test_a_broken_model_keeps_the_previous_one_loaded(qtbot, window, tmp_path, arch, damage, reason):
    conversation = window.workspace.history.create("Keep me")
    window.workspace.history.add_message(conversation.id, "user", "remember this")
    window.open_conversation(conversation.id)
    broken = write_model(tmp_path / "broken.gguf", arch=arch)
    damage(broken)
    with qtbot.waitSignal(window.model_ready, timeout=30_000):
        window.switch_model(str(broken))
    notice = window.chat.notice.label.text()
    assert "broken.gguf" in notice and reason in notice and window.chat.notice.isVisible()
    assert window.isVisible() and window.workspace.loaded_engine.name == "SmolLM2-135M-Instruct"
    assert window.workspace.settings.model_path == ""
    assert [v.content for v in window.chat.message_views()] == ["remember this"]
    with qtbot.waitSignal(window.answer_finished, timeout=60_000):
        window.send("Still there?")
    assert len(window.workspace.history.messages(conversation.id)) == 3


def test_settings_persist_across_a_restart(qtbot, window, isolated_home, tmp_path):
    dialog = SettingsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.theme_choice.setCurrentIndex(dialog.theme_choice.findData("dark"))
    dialog.size_cap.setValue(42)
    dialog.folders.addItem(str(tmp_path))
    assert dialog.read_scans.isChecked()  # OCR is on unless switched off
    dialog.read_scans.setChecked(False)
    dialog.accept()
    assert window.workspace.documents.read_limits.ocr is False  # the next indexing run reads no scans
    window.splitter.setSizes([333, 700])
    window.close()
    again = Workspace(isolated_home)
    assert again.settings.theme == "dark" and again.settings.max_document_mb == 42
    assert again.settings.watched_folders == [str(tmp_path)] and again.settings.ocr_enabled is False
    assert again.settings.ui_state["splitter"][0] == 333
    again.close()


def test_window_reopens_where_it_was(qtbot, window, isolated_home):
    conversation = window.workspace.history.create("Keep me")
    window.workspace.history.add_message(conversation.id, "user", "remember this")
    window.open_conversation(conversation.id)
    window.close()
    from ui.main_window import MainWindow

    reopened = MainWindow(window.workspace)
    qtbot.addWidget(reopened)
    assert reopened.conversation_id == conversation.id
    assert [v.content for v in reopened.chat.message_views()] == ["remember this"]


def test_theme_switch_changes_the_palette(qtbot, window):
    from ui.theme import COLOURS, apply_theme, contrast_ratio

    app = QApplication.instance()
    assert apply_theme("dark") == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).name() == COLOURS["dark"]["window"]
    assert apply_theme("light") == "light"
    assert app.palette().color(QPalette.ColorRole.Window).name() == COLOURS["light"]["window"]
    for colours in COLOURS.values():  # text stays readable in both themes (WCAG AA: 4.5)
        for background in ("window", "base", "user", "assistant"):
            assert contrast_ratio(colours["text"], colours[background]) >= 4.5
        assert contrast_ratio(colours["muted"], colours["base"]) >= 4.5
        assert contrast_ratio(colours["notice_text"], colours["notice"]) >= 4.5


def test_language_switch_to_french(qtbot, window):
    from ui.app import Desktop
    from ui.i18n import install_language

    desktop = Desktop(QApplication.instance(), window.workspace)
    desktop.window = window
    window.workspace.settings.language = "fr"
    try:
        desktop.appearance_changed()
        qtbot.addWidget(desktop.window)
        assert desktop.window.conversations.new_button.text() == "Nouvelle discussion"
        assert desktop.window.chat.send_button.text() == "Envoyer"
    finally:
        install_language("en")
        desktop.window.stop_and_wait()


def test_single_instance_per_data_folder(qtbot, isolated_home):
    from ui.single_instance import SingleInstance

    isolated_home.mkdir(parents=True, exist_ok=True)
    first, second = SingleInstance(isolated_home), SingleInstance(isolated_home)
    assert first.acquire()
    assert not second.acquire()
    with qtbot.waitSignal(first.activated, timeout=5_000):
        assert second.wake_running_instance()
    first.release()
    assert second.acquire()
    second.release()


def test_keyboard_only_from_new_chat_to_answer(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.chat.input.hasFocus()
    qtbot.keyClicks(window.chat.input, "Name a planet.")
    with qtbot.waitSignal(window.answer_finished, timeout=60_000) as finished:
        qtbot.keyClick(window.chat.input, Qt.Key.Key_Return)
    assert finished.args[0].reply.strip()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.conversations.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.chat.input.hasFocus()


def test_first_run_welcome_offers_a_folder_and_goes_away(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    assert window.chat.welcome.isVisible()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(window.documents_folder_added) as added:
        qtbot.mouseClick(window.chat.welcome.add_button, Qt.MouseButton.LeftButton)
    assert added.args == [str(tmp_path)] and not window.chat.welcome.isVisible()
    again = Workspace(window.workspace.home)
    assert again.settings.first_run_done and again.settings.watched_folders == [str(tmp_path)]
