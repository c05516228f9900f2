"""Keyboard-only use and accessible names hold in every language, not only in English."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QToolButton,
    QWidget,
)

from tests.ui.conftest import open_window
from tests.ui.test_accessibility import unnamed_focusable_widgets
from ui.catalogue_dialog import CatalogueDialog
from ui.i18n import LANGUAGES, current_language, install_language
from ui.models_dialog import ModelsDialog
from ui.settings_dialog import SettingsDialog

TRANSLATED = [code for code in LANGUAGES if code != "en"]
# The main commands keep their shortcuts whatever the language (test_accessibility names them in English).
MAIN_SHORTCUTS = {"Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+,", "Esc", "F1"}


@pytest.fixture(params=TRANSLATED)
def translated_window(request, qtbot, workspace):
    """The real window built in one language (Qt widgets take their texts when they are made)."""
    assert install_language(request.param), f"no .qm for {request.param}: run scripts/translations.sh build"
    workspace.settings.max_tokens = 16
    main = open_window(qtbot, workspace)
    yield main
    main.stop_and_wait()
    install_language("en")


def accelerators(texts: list[str]) -> list[str]:
    """The Alt+letter of each text that has one (&& is a literal ampersand)."""
    return [found.group(1).lower() for text in texts
            if (found := re.search(r"(?<!&)&([^&\s])", text.replace("&&", "")))]


def test_every_focusable_widget_is_named_in_every_language(qtbot, translated_window):
    window = translated_window
    assert window.chat.send_button.text() != "Send", f"{current_language()} did not load"
    window.chat.add_message("assistant", "An answer with a **copy** button")
    for page in range(window.pages.count()):
        window.pages.setCurrentIndex(page)
        QApplication.processEvents()
        assert unnamed_focusable_widgets(window) == [], (current_language(), window.pages.tabText(page))
    for make in (ModelsDialog, SettingsDialog, CatalogueDialog):
        dialog = make(window.workspace, window)
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = getattr(dialog, "tabs", None)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            assert unnamed_focusable_widgets(dialog) == [], (current_language(), type(dialog).__name__, index)
        dialog.close()


def test_menus_keep_their_shortcuts_and_each_menu_its_own_accelerators(translated_window):
    window = translated_window
    bar = window.menuBar()
    menus = [action.menu() for action in bar.actions() if isinstance(action.menu(), QMenu)]
    shortcuts = {action.shortcut().toString() for menu in menus for action in menu.actions()}
    assert MAIN_SHORTCUTS <= shortcuts, current_language()
    titles = accelerators([action.text() for action in bar.actions()])
    assert len(titles) == len(set(titles)), (current_language(), [a.text() for a in bar.actions()])
    for menu in menus:
        letters = accelerators([action.text() for action in menu.actions() if not action.isSeparator()])
        assert len(letters) == len(set(letters)), (current_language(), [a.text() for a in menu.actions()])


def test_keyboard_only_from_new_chat_to_answer_in_every_language(qtbot, translated_window):
    window = translated_window
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
    for page in reversed(range(window.pages.count())):  # Ctrl+1, Ctrl+2… reach every section
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{page + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == page


def visible_accelerators(root: QWidget) -> list[str]:
    texts = [widget.title() if isinstance(widget, QGroupBox) else widget.text()
             for widget in root.findChildren(QWidget)
             if isinstance(widget, QAbstractButton | QLabel | QGroupBox) and widget.isVisibleTo(root)]
    return accelerators(texts)


def test_each_section_and_tool_gives_each_alt_letter_once(translated_window):
    """Alt+letter reaches one control per screen: a section, or each tab of a section with tabs."""
    window = translated_window
    clashes = []
    for page in range(window.pages.count()):
        window.pages.setCurrentIndex(page)
        QApplication.processEvents()
        section = window.pages.currentWidget()
        tab_sets = section.findChildren(QTabWidget) or ([section] if isinstance(section, QTabWidget) else [])
        screens = [section] if not tab_sets else []
        for tabs in tab_sets:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                screens.append(tabs.widget(index))
        for screen in screens:
            letters = visible_accelerators(screen)
            clashes += [f"{type(screen).__name__}: &{letter}" for letter in sorted(set(letters))
                        if letters.count(letter) > 1]
    assert clashes == [], current_language()


RAIL_TOO_NARROW: set[str] = set()  # the rail widens to its widest label (NavigationRail._fit_width)


def test_no_label_of_the_navigation_rail_is_cut_short(request, translated_window):
    """German "Einstellungen", Spanish "Configuración", Dutch "Hulpmiddelen" are read whole, not "Eins…ngen"."""
    if current_language() in RAIL_TOO_NARROW:  # strict: passing there fails, so the set is emptied with the fix
        request.applymarker(pytest.mark.xfail(strict=True, reason="ui/main_window.py NavigationRail is 88 px "
                                              "whatever its labels; it should widen to the widest one"))
    buttons = [button for button in translated_window.findChildren(QToolButton)
               if button.objectName() == "navButton" and button.isVisible()]
    assert buttons
    margins = 6  # the style's margins around a tool button's label (the style sheet adds no side padding)
    cut = [button.text() for button in buttons
           if button.fontMetrics().horizontalAdvance(button.text()) > button.width() - margins]
    assert cut == [], current_language()
