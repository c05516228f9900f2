"""Light and dark themes (Fusion palettes plus a little style sheet); "system" follows the OS."""
from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.application import current_application


class Theme(StrEnum):
    """The theme setting, as stored in settings.theme."""
    SYSTEM = "system"  # follows the operating system's light or dark preference
    LIGHT = "light"
    DARK = "dark"


COLOURS = {
    Theme.LIGHT: {"window": "#f4f5f7", "base": "#ffffff", "text": "#1d1f23", "muted": "#5b6270",
              "button": "#eceef2", "accent": "#2f6fde", "accent_text": "#ffffff", "user": "#e3edff",
              "assistant": "#ffffff", "border": "#d3d7de", "notice": "#fff4d6", "notice_text": "#4a3500"},
    Theme.DARK: {"window": "#1e2025", "base": "#26292f", "text": "#e8eaee", "muted": "#a3aab6",
             "button": "#30343b", "accent": "#6ea1ff", "accent_text": "#0d1117", "user": "#24364f",
             "assistant": "#2b2f36", "border": "#3d424b", "notice": "#4a3c12", "notice_text": "#ffe8a8"},
}

STYLE = """
QFrame#userMessage {{ background: {user}; border: 1px solid {border}; border-radius: 10px; }}
QFrame#assistantMessage {{ background: {assistant}; border: 1px solid {border}; border-radius: 10px; }}
QLabel#messageAuthor {{ font-weight: 600; color: {muted}; }}
QLabel#messageBadge {{ color: {notice_text}; background: {notice}; border-radius: 6px; padding: 1px 6px; }}
QLabel#emptyState {{ color: {muted}; font-size: 15px; padding: 40px; }}
QFrame#notice {{ background: {notice}; border: 1px solid {border}; border-radius: 8px; }}
QFrame#notice QLabel {{ color: {notice_text}; }}
QFrame#welcome {{ background: {base}; border-bottom: 1px solid {border}; }}
QLabel#dialogError {{ background: {notice}; color: {notice_text}; border-radius: 6px; padding: 6px; }}
QWidget#messageList {{ background: {window}; }}
QPushButton#primary {{ background: {accent}; color: {accent_text}; border-radius: 6px; padding: 6px 14px; }}
QPushButton#primary:disabled {{ background: {button}; color: {muted}; }}
"""


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> Theme:
    """The theme to show for the setting `theme`: LIGHT or DARK (an unknown setting shows LIGHT)."""
    if theme == Theme.SYSTEM:
        return Theme.DARK if system_prefers_dark() else Theme.LIGHT
    return Theme(theme) if theme in COLOURS else Theme.LIGHT


def palette_for(name: Theme) -> QPalette:
    c = {key: QColor(value) for key, value in COLOURS[name].items()}
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"], QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"], QPalette.ColorRole.AlternateBase: c["window"],
        QPalette.ColorRole.Text: c["text"], QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"], QPalette.ColorRole.Highlight: c["accent"],
        QPalette.ColorRole.HighlightedText: c["accent_text"], QPalette.ColorRole.ToolTipBase: c["base"],
        QPalette.ColorRole.ToolTipText: c["text"], QPalette.ColorRole.PlaceholderText: c["muted"],
        QPalette.ColorRole.Link: c["accent"],
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, c["muted"])
    return palette


def apply_theme(theme: str, app: QApplication | None = None) -> Theme:
    """Apply "system", "light" or "dark"; return the one actually shown."""
    app = app or current_application()
    name = resolve(theme)
    app.setStyle("Fusion")
    app.setPalette(palette_for(name))
    app.setStyleSheet(STYLE.format(**COLOURS[name]))
    app.setProperty("deskmateTheme", name.value)
    return name


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two colours (4.5 or more reads well for normal text)."""
    def luminance(hex_colour: str) -> float:
        channels = [QColor(hex_colour).redF(), QColor(hex_colour).greenF(), QColor(hex_colour).blueF()]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
