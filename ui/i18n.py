"""The interface language: Qt translators for Deskmate's own strings and Qt's standard ones."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from assistant.runtime.resources import resource_path
from ui.application import current_application

LANGUAGES = {"en": "English", "fr": "Français"}
_installed: list[QTranslator] = []


def install_language(code: str, app: QApplication | None = None) -> bool:
    """Switch translators to `code` ("en" removes them). Returns False if no translation was found."""
    app = app or current_application()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == "en" or code not in LANGUAGES:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return code == "en"
    ours = QTranslator(app)
    if not ours.load(str(resource_path("translations", f"deskmate_{code}.qm"))):
        return False
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    return True
