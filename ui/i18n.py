"""The interface language: Qt translators for Deskmate's own strings and Qt's standard ones.

A setting of "system" (the default) shows the system's language when Deskmate has it, else English.
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from assistant.runtime.resources import resource_path
from ui.application import current_application

SYSTEM = "system"
# Each language under its own name (a person looking for theirs reads it that way). Keep in step with
# LANGUAGES in scripts/translations.sh; every code but "en" has resources/translations/deskmate_<code>.ts.
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
    "pt_BR": "Português (Brasil)",
    "nl": "Nederlands",
}
_installed: list[QTranslator] = []
_current = "en"


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language a saved setting means: itself, or for "system" (or an unknown code) the first of the
    system's preferred languages that Deskmate has (pt_PT finds pt_BR), else English."""
    if setting in LANGUAGES:
        return setting
    for preferred in (system or QLocale.system()).uiLanguages():
        name = preferred.replace("-", "_")
        if name in LANGUAGES:
            return name
        same_language = [code for code in LANGUAGES if code.split("_")[0] == name.split("_")[0]]
        if same_language:
            return same_language[0]
    return "en"


def current_language() -> str:
    """The code of the language the interface shows now."""
    return _current


def _ours(app: QApplication, code: str) -> QTranslator | None:
    translator = QTranslator(app)
    return translator if translator.load(str(resource_path("translations", f"deskmate_{code}.qm"))) else None


def _qt_own(app: QApplication, code: str) -> QTranslator | None:
    """Qt's own strings (OK, Cancel, the file dialog) in that language."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{code}", folder) else None


def install_language(setting: str, app: QApplication | None = None) -> bool:
    """Switch translators to `setting` (a code, or "system"). Returns False if the language's translation
    file was missing (the interface then stays in English)."""
    global _current
    app = app or current_application()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = resolve_language(setting)
    ours = _ours(app, code)
    found = ours is not None or code == "en"
    if ours is None:
        code = "en"
        ours = _ours(app, "en")  # English's file holds only its plural forms ("1 file", not "1 file(s)")
    extra = _qt_own(app, code) if code != "en" else None
    _installed.extend(t for t in (extra, ours) if t is not None)  # the last installed is asked first
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(code) if code != "en" else QLocale(QLocale.Language.English))
    _current = code
    return found
