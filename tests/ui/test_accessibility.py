"""Every widget a keyboard can reach tells a screen reader what it is."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from ui.catalogue_dialog import CatalogueDialog
from ui.models_dialog import ModelsDialog
from ui.settings_dialog import SettingsDialog


def unnamed_focusable_widgets(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the inner line edit of a spin box or combo box speaks through its owner
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_main_window_and_dialogs_name_every_focusable_widget(qtbot, window):
    window.chat.add_message("assistant", "An answer with a **copy** button")
    windows = [window]
    for dialog in (ModelsDialog(window.workspace, window), SettingsDialog(window.workspace, window),
                   CatalogueDialog(window.workspace, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        windows.append(dialog)
    for page in range(window.pages.count()):
        window.pages.setCurrentIndex(page)
        QApplication.processEvents()
        assert unnamed_focusable_widgets(window) == [], window.pages.tabText(page)
    for dialog in windows[1:]:
        tabs = getattr(dialog, "tabs", None)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            assert unnamed_focusable_widgets(dialog) == [], type(dialog).__name__


def test_menu_actions_have_shortcuts_for_the_main_commands(window):
    shortcuts = {action.text().replace("&", ""): action.shortcut().toString()
                 for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                 for action in menu.actions()}
    assert shortcuts["New chat"] == "Ctrl+N"
    assert shortcuts["Search conversations"] == "Ctrl+F"
    assert shortcuts["Focus message box"] == "Ctrl+L"
    assert shortcuts["Settings…"] == "Ctrl+,"
    assert shortcuts["Stop answer"] == "Esc"
    assert shortcuts["About Deskmate"] == "F1"
