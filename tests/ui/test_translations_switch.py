"""Choosing the language in Settings: saved, applied to the window at once, "System language" first."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ui.app import Desktop
from ui.i18n import LANGUAGES, SYSTEM, current_language, install_language, resolve_language
from ui.settings_dialog import SettingsDialog


@pytest.mark.parametrize(("system", "shown"), [
    ("de_AT", "de"), ("es_MX", "es"), ("it_IT", "it"), ("nl_BE", "nl"), ("fr_CA", "fr"),
    ("pt_BR", "pt_BR"), ("pt_PT", "pt_BR"),  # the nearest Portuguese Deskmate has
    ("ja_JP", "en"), ("en_GB", "en"),
])
def test_system_language_picks_the_systems_own_when_deskmate_has_it(system, shown):
    assert resolve_language(SYSTEM, QLocale(system)) == shown
    assert resolve_language("de", QLocale(system)) == "de"  # a chosen language wins over the system's


def test_every_language_installs(qapp):
    try:
        for code in LANGUAGES:
            assert install_language(code), f"no .qm for {code}: run scripts/translations.sh build"
            assert current_language() == code
            assert QLocale().name().startswith(code.split("_")[0])  # numbers and dates follow the language
    finally:
        install_language("en")


def choose_language(qtbot, window, code: str) -> None:
    dialog = SettingsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.appearance_changed.connect(window.appearance_changed)
    dialog.language_choice.setCurrentIndex(dialog.language_choice.findData(code))
    dialog.accept()


def test_settings_lists_system_language_first_and_every_language_by_its_own_name(qtbot, window):
    window.workspace.settings.language = SYSTEM
    dialog = SettingsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    choice = dialog.language_choice
    assert choice.currentIndex() == 0 and choice.currentData() == SYSTEM
    assert choice.itemText(0) == f"System language ({LANGUAGES[resolve_language(SYSTEM)]})"
    assert [choice.itemText(i) for i in range(1, choice.count())] == list(LANGUAGES.values())


def test_choosing_a_language_saves_it_and_rebuilds_the_window_in_it_at_once(qtbot, window):
    desktop = Desktop(QApplication.instance(), window.workspace)
    desktop.window = window
    window.appearance_changed.connect(desktop.appearance_changed)
    try:
        choose_language(qtbot, window, "de")
        german = desktop.window
        assert german is not window
        qtbot.addWidget(german)
        assert current_language() == "de"
        assert german.chat.send_button.text() == "Senden"
        assert german.menuBar().actions()[0].text() == "&Datei"
        saved = json.loads((window.workspace.home / "settings.json").read_text(encoding="utf-8"))
        assert saved["language"] == "de"

        german.appearance_changed.connect(desktop.appearance_changed)
        choose_language(qtbot, german, "pt_BR")
        qtbot.addWidget(desktop.window)
        assert desktop.window.chat.send_button.text() == "Enviar" and current_language() == "pt_BR"
    finally:
        install_language("en")
        desktop.window.stop_and_wait()
