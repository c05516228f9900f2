"""Deskmate's look in one place: the design tokens (colours for both themes, radii, spacing, type
scale), the one application style sheet built from them, and the themed line icons.

Every view gets its look from the application style sheet by object name (`setObjectName`), so a
view never hard-codes a colour and a change here restyles the whole window. "system" follows the
operating system's light or dark preference.
"""
from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from assistant.runtime.resources import resource_path
from ui.application import current_application


class Theme(StrEnum):
    """The theme setting, as stored in settings.theme."""
    SYSTEM = "system"  # follows the operating system's light or dark preference
    LIGHT = "light"
    DARK = "dark"


# Colour tokens. Text colours keep WCAG AA contrast (4.5) on every surface they are drawn on.
COLOURS = {
    Theme.LIGHT: {
        "window": "#f6f7f9", "base": "#ffffff", "sidebar": "#eceef3", "rail": "#e3e6ec", "raised": "#ffffff",
        "text": "#171a21", "muted": "#555d6c", "faint": "#8a91a0", "button": "#ffffff", "hover": "#e4e7ee",
        "selected": "#dde1fb", "border": "#dde1e8", "strong_border": "#c5cad4",
        "accent": "#4b55c9", "accent_hover": "#3d46b0", "accent_text": "#ffffff",
        "user": "#e8ebff", "user_text": "#171a21", "assistant": "#ffffff",
        "code_background": "#f3f5f9", "code_header": "#e8ebf1", "code_text": "#171a21", "table_header": "#eef1f6",
        "notice": "#fff4d6", "notice_text": "#4a3500", "danger": "#b42318", "success": "#1c7a3e",
    },
    Theme.DARK: {
        "window": "#16181d", "base": "#1e2027", "sidebar": "#121419", "rail": "#0d0f13", "raised": "#252831",
        "text": "#e8eaf0", "muted": "#a2a9b7", "faint": "#6f7684", "button": "#262932", "hover": "#2a2e38",
        "selected": "#2e3463", "border": "#2b2f39", "strong_border": "#3a3f4b",
        "accent": "#8f98ff", "accent_hover": "#a7aeff", "accent_text": "#10122a",
        "user": "#272c4f", "user_text": "#e8eaf0", "assistant": "#1e2027",
        "code_background": "#121419", "code_header": "#1b1e25", "code_text": "#e8eaf0", "table_header": "#262932",
        "notice": "#4a3c12", "notice_text": "#ffe8a8", "danger": "#ff8a80", "success": "#7ad69b",
    },
}
RADII = {"sm": 6, "md": 9, "lg": 14, "pill": 999}
SPACING = {"xs": 4, "sm": 8, "md": 12, "lg": 16, "xl": 24}
TYPE_SCALE = {"caption": 11, "small": 12, "body": 13, "title": 15, "heading": 20, "display": 26}  # pixels
FONT_FAMILIES = ["Inter", "Segoe UI", "SF Pro Text", "Cantarell", "Noto Sans", "DejaVu Sans"]
MONO_FAMILIES = ["JetBrains Mono", "Cascadia Code", "SF Mono", "Menlo", "Consolas", "DejaVu Sans Mono"]
SIDEBAR_WIDTH = 88  # the navigation rail
ICON_SIZE = 20

STYLE = """
QMainWindow, QDialog {{ background: {window}; }}
QToolTip {{ background: {raised}; color: {text}; border: 1px solid {border}; border-radius: {sm}px; padding: 4px 8px; }}

/* controls */
QPushButton {{ background: {button}; color: {text}; border: 1px solid {strong_border}; border-radius: {sm}px;
    padding: 6px 14px; min-height: 18px; }}
QPushButton:hover {{ background: {hover}; }}
QPushButton:focus {{ border: 1px solid {accent}; }}
QPushButton:disabled {{ color: {faint}; border-color: {border}; }}
QPushButton#primary {{ background: {accent}; color: {accent_text}; border: 1px solid {accent}; font-weight: 600; }}
QPushButton#primary:hover {{ background: {accent_hover}; border-color: {accent_hover}; }}
QPushButton#primary:focus {{ border: 2px solid {text}; }}
QPushButton#primary:disabled {{ background: {hover}; color: {faint}; border-color: {border}; }}
QPushButton#flat, QToolButton#flat {{ background: transparent; border: 1px solid transparent; color: {muted}; }}
QPushButton#flat:hover, QToolButton#flat:hover {{ background: {hover}; color: {text}; }}
QToolButton {{ border-radius: {sm}px; padding: 3px; }}
QToolButton:hover {{ background: {hover}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox {{ background: {base}; color: {text};
    border: 1px solid {strong_border}; border-radius: {sm}px; padding: 5px 8px;
    selection-background-color: {accent}; selection-color: {accent_text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus {{ border: 1px solid {accent}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QComboBox QAbstractItemView {{ background: {raised}; border: 1px solid {border}; selection-background-color: {selected};
    selection-color: {text}; outline: 0; }}
QCheckBox {{ spacing: 8px; }}
QProgressBar {{ background: {hover}; border: none; border-radius: 4px; height: 8px; text-align: center;
    color: transparent; max-height: 8px; }}
QProgressBar::chunk {{ background: {accent}; border-radius: 4px; }}
QGroupBox {{ border: 1px solid {border}; border-radius: {md}px; margin-top: 14px; padding: 12px 10px 8px 10px;
    background: {base}; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; color: {muted}; font-weight: 600; }}
QMenu {{ background: {raised}; border: 1px solid {border}; border-radius: {sm}px; padding: 4px; }}
QMenu::item {{ padding: 6px 22px 6px 14px; border-radius: 4px; color: {text}; }}
QMenu::item:selected {{ background: {selected}; }}
QMenu::separator {{ height: 1px; background: {border}; margin: 4px 8px; }}
QMenuBar {{ background: {window}; color: {text}; }}
QMenuBar::item:selected {{ background: {hover}; border-radius: 4px; }}
QStatusBar {{ background: {window}; color: {muted}; border-top: 1px solid {border}; }}
QStatusBar QLabel {{ color: {muted}; font-size: {small}px; padding: 0 6px; }}
QSplitter::handle {{ background: {border}; }}
QSplitter::handle:horizontal {{ width: 1px; }}

/* lists and tables */
QListWidget, QListView, QTreeView, QTableWidget, QTableView {{ background: {base}; color: {text};
    border: 1px solid {border}; border-radius: {md}px; outline: 0; alternate-background-color: {window};
    selection-background-color: {selected}; selection-color: {text}; gridline-color: {border}; }}
QListWidget::item {{ padding: 6px 8px; border-radius: {sm}px; }}
QListWidget::item:hover {{ background: {hover}; }}
QListWidget::item:selected {{ background: {selected}; color: {text}; }}
QTreeView::item, QTableView::item {{ padding: 5px 4px; }}
QTreeView::item:hover {{ background: {hover}; }}
QTreeView::item:selected, QTableView::item:selected {{ background: {selected}; color: {text}; }}
QHeaderView::section {{ background: {window}; color: {muted}; border: none; border-bottom: 1px solid {border};
    padding: 6px 8px; font-weight: 600; font-size: {small}px; }}
QTableCornerButton::section {{ background: {window}; border: none; }}

/* scroll bars: thin, no arrows */
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle {{ background: {strong_border}; border-radius: 3px; min-height: 28px; min-width: 28px; }}
QScrollBar::handle:hover {{ background: {faint}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}

/* tabs inside a page (Tools, Settings) */
QTabWidget::pane {{ border: 1px solid {border}; border-radius: {md}px; background: {base}; top: -1px; }}
QTabBar::tab {{ background: transparent; color: {muted}; padding: 7px 14px; margin-right: 4px;
    border-bottom: 2px solid transparent; }}
QTabBar::tab:selected {{ color: {text}; border-bottom: 2px solid {accent}; font-weight: 600; }}
QTabBar::tab:hover {{ color: {text}; }}

/* the navigation rail */
QFrame#sidebar {{ background: {rail}; border-right: 1px solid {border}; }}
QToolButton#navButton {{ color: {muted}; border: none; border-radius: {md}px; padding: 7px 0 6px 0;
    font-size: {caption}px; font-weight: 600; }}
QToolButton#navButton:hover {{ background: {hover}; color: {text}; }}
QToolButton#navButton:checked {{ background: {selected}; color: {text}; }}
QToolButton#navButton:focus {{ border: 1px solid {accent}; }}
QLabel#brand {{ padding: 4px; }}

/* the conversation list */
QWidget#conversationPanel {{ background: {sidebar}; }}
QWidget#conversationPanel QListWidget {{ background: transparent; border: none; }}
QWidget#conversationPanel QListWidget::item {{ padding: 7px 10px; margin: 1px 0; }}
QWidget#conversationPanel QLineEdit {{ background: {base}; border-radius: {md}px; padding: 6px 10px; }}
QPushButton#newChat {{ background: {accent}; color: {accent_text}; border: none; border-radius: {md}px;
    padding: 8px 12px; font-weight: 600; text-align: left; }}
QPushButton#newChat:hover {{ background: {accent_hover}; }}
QPushButton#newChat:focus {{ border: 2px solid {text}; }}
QLabel#panelTitle {{ font-size: {title}px; font-weight: 700; color: {text}; }}

/* the chat */
QFrame#chatHeader {{ background: {window}; border-bottom: 1px solid {border}; }}
QLabel#chatTitle {{ font-size: {title}px; font-weight: 600; color: {text}; }}
QToolButton#modelButton {{ background: {button}; border: 1px solid {strong_border}; border-radius: {pill}px;
    padding: 4px 12px; color: {text}; }}
QToolButton#modelButton:hover {{ background: {hover}; }}
QFrame#userMessage {{ background: {user}; border: none; border-radius: {lg}px; }}
QFrame#assistantMessage {{ background: {assistant}; border: 1px solid {border}; border-radius: {lg}px; }}
QFrame#userMessage QTextBrowser, QFrame#assistantMessage QTextBrowser {{ border: none; background: transparent;
    padding: 0; }}
QLabel#messageAuthor {{ font-weight: 600; color: {muted}; font-size: {small}px; }}
QLabel#messageBadge {{ color: {notice_text}; background: {notice}; border-radius: {sm}px; padding: 1px 6px; }}
QLabel#emptyState {{ color: {muted}; font-size: {title}px; padding: 40px; }}
QWidget#messageList {{ background: {window}; }}
QScrollArea {{ border: none; background: {window}; }}
QFrame#notice {{ background: {notice}; border: 1px solid {border}; border-radius: {md}px; }}
QFrame#notice QLabel {{ color: {notice_text}; }}
QLabel#dialogError, QLabel#modelWarning {{ background: {notice}; color: {notice_text}; border-radius: {sm}px;
    padding: 8px; }}
QPushButton#sourceCard {{ text-align: left; border-radius: {md}px; background: {base}; }}
QLabel#sourcesLabel {{ color: {muted}; font-size: {small}px; font-weight: 600; }}

/* the source viewer */
QLabel#viewerTitle {{ font-weight: 600; font-size: {title}px; color: {text}; }}
QLabel#viewerStatus {{ color: {muted}; }}
QScrollArea#pageArea, QScrollArea#pageArea > QWidget {{ background: {window}; }}

/* presets */
QFrame#presetPicker QComboBox {{ border-radius: {pill}px; padding: 4px 10px; }}
QFrame#presetAdvanced {{ background: {base}; border: 1px solid {border}; border-radius: {md}px; }}
QLabel#rawValue {{ color: {muted}; font-family: "{mono}"; font-size: {small}px; }}

/* first run and the model chooser */
QFrame#welcome {{ background: {base}; border: none; border-bottom: 1px solid {border}; }}
QLabel#welcomeTitle {{ font-size: {heading}px; font-weight: 700; color: {text}; }}
QLabel#sectionTitle {{ font-size: {small}px; font-weight: 700; color: {muted}; }}
QLabel#muted {{ color: {muted}; }}
QFrame#machineFacts {{ background: {window}; border: 1px solid {border}; border-radius: {md}px; }}
QLabel#fact {{ color: {text}; }}
QFrame#modelCard {{ background: {base}; border: 1px solid {border}; border-radius: {md}px; }}
QFrame#modelCard[recommended="true"] {{ border: 1px solid {accent}; }}
QLabel#cardTitle {{ font-weight: 700; font-size: {title}px; color: {text}; }}
QLabel#fitGood {{ color: {success}; font-weight: 600; }}
QLabel#fitSlow {{ color: {notice_text}; background: {notice}; border-radius: {sm}px; padding: 1px 6px; }}
QLabel#fitBad {{ color: {danger}; font-weight: 600; }}
QLabel#pill {{ background: {selected}; color: {text}; border-radius: {sm}px; padding: 1px 8px; font-size: {small}px; }}
"""


def style_sheet(name: Theme) -> str:
    """The application style sheet for the LIGHT or DARK theme, built from the tokens."""
    return STYLE.format(**COLOURS[name], **RADII, **TYPE_SCALE, mono=MONO_FAMILIES[0])


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> Theme:
    """The theme to show for the setting `theme`: LIGHT or DARK (an unknown setting shows LIGHT)."""
    if theme == Theme.SYSTEM:
        return Theme.DARK if system_prefers_dark() else Theme.LIGHT
    return Theme(theme) if theme in COLOURS else Theme.LIGHT


def shown_theme() -> Theme:
    """The theme the application shows now (LIGHT before one is applied)."""
    shown = current_application().property("deskmateTheme")
    return Theme(shown) if shown in COLOURS else Theme.LIGHT


def colours() -> dict[str, str]:
    """The colour tokens of the theme shown now."""
    return COLOURS[shown_theme()]


def palette_for(name: Theme) -> QPalette:
    c = {key: QColor(value) for key, value in COLOURS[name].items()}
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c["window"], QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"], QPalette.ColorRole.AlternateBase: c["window"],
        QPalette.ColorRole.Text: c["text"], QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"], QPalette.ColorRole.Highlight: c["accent"],
        QPalette.ColorRole.HighlightedText: c["accent_text"], QPalette.ColorRole.ToolTipBase: c["raised"],
        QPalette.ColorRole.ToolTipText: c["text"], QPalette.ColorRole.PlaceholderText: c["muted"],
        QPalette.ColorRole.Link: c["accent"], QPalette.ColorRole.Mid: c["border"],
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, c["faint"])
    return palette


def interface_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(TYPE_SCALE["body"] * 72 / 96)  # points, not pixels: views scale the font by its point size
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def apply_theme(theme: str, app: QApplication | None = None) -> Theme:
    """Apply "system", "light" or "dark"; return the one actually shown."""
    app = app or current_application()
    name = resolve(theme)
    app.setProperty("deskmateTheme", name.value)  # first: widgets redraw their icons on the palette change
    app.setStyle("Fusion")
    app.setFont(interface_font())
    app.setPalette(palette_for(name))
    app.setStyleSheet(style_sheet(name))
    return name


THEME_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def is_theme_change(event: QEvent) -> bool:
    """Whether a widget's changeEvent is a theme change (what a style sheet cannot redraw, such as
    themed icons, is redrawn then)."""
    return event.type() in THEME_CHANGES


@cache
def _icon_source(name: str) -> str:
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def _tinted(name: str, colour: str, size: int) -> QPixmap:
    svg = _icon_source(name).replace("currentColor", colour)
    svg = svg.replace('width="24" height="24"', f'width="{size}" height="{size}"', 1)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg.encode("utf-8")), "SVG")
    return pixmap


def icon(name: str, size: int = ICON_SIZE, token: str | None = None) -> QIcon:
    """The line icon resources/icons/<name>.svg in the current theme's colours: muted normally,
    the text colour when active or checked, faint when disabled (`token`: one colour token for all)."""
    tokens = colours()
    result = QIcon()
    ratio = max(1.0, current_application().devicePixelRatio())
    pixels = int(size * ratio * 2)  # drawn large, scaled down: crisp on every screen
    normal, active = (tokens[token], tokens[token]) if token else (tokens["muted"], tokens["text"])
    for colour, mode, state in ((normal, QIcon.Mode.Normal, QIcon.State.Off),
                                (active, QIcon.Mode.Active, QIcon.State.Off),
                                (active, QIcon.Mode.Normal, QIcon.State.On),
                                (active, QIcon.Mode.Active, QIcon.State.On),
                                (tokens["faint"], QIcon.Mode.Disabled, QIcon.State.Off)):
        result.addPixmap(_tinted(name, colour, pixels), mode, state)
    return result


def icon_size() -> QSize:
    return QSize(ICON_SIZE, ICON_SIZE)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two colours (4.5 or more reads well for normal text)."""
    def luminance(hex_colour: str) -> float:
        channels = [QColor(hex_colour).redF(), QColor(hex_colour).greenF(), QColor(hex_colour).blueF()]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
