"""Code in answers: a message split into prose and fenced code blocks, each code block shown on its own
background with syntax highlighting and a copy button.

This is the only module that imports Pygments (imported lazily, on a thread while the window idles:
`warm_up`; it is a heavy import for the window's start). Without Pygments the code is shown plain, on the
same background.
The colours a message needs beyond the theme's tokens are in `message_colours`, in one place.
"""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.theme import COLOURS, Theme

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*([\w#+.-]*)[^\n]*$")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n(?=\S)")  # a blank line, then a line that is not indented

# Colours for messages the theme's tokens (ui/theme.py) do not name yet. Each key falls back to
# this table only while theme.py has no token of the same name, so switching to new tokens is
# adding them there.
EXTRA_COLOURS = {
    Theme.LIGHT: {"code_background": "#f3f5f8", "code_header": "#e7eaf0", "code_text": "#1d1f23",
                  "table_header": "#eef1f5", "user_text": "#1d1f23"},
    Theme.DARK: {"code_background": "#16181d", "code_header": "#22252c", "code_text": "#e8eaee",
                 "table_header": "#30343b", "user_text": "#e8eaee"},
}
PYGMENTS_STYLE = {Theme.LIGHT: "default", Theme.DARK: "github-dark"}


def shown_theme() -> Theme:
    """The theme the application shows, read from its palette (light before one is applied). The
    palette, not the "deskmateTheme" property: a widget's palette-change handler runs while
    apply_theme is still applying, before the property is set."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return Theme.LIGHT
    return Theme.DARK if app.palette().color(QPalette.ColorRole.Window).lightness() < 128 else Theme.LIGHT


def message_colours(theme: Theme | None = None) -> dict[str, str]:
    """The theme's tokens plus the few message colours above, for `theme` (default: the one shown)."""
    theme = theme or shown_theme()
    return {**EXTRA_COLOURS[theme], **COLOURS[theme]}


@dataclass(frozen=True)
class Block:
    """A piece of a message: Markdown prose, or a fenced code block (`closed` False while it streams)."""

    kind: str  # "prose" or "code"
    text: str
    language: str = ""
    closed: bool = True


def split_blocks(text: str, paragraphs: bool = False) -> list[Block]:
    """Prose and fenced code blocks in order. An unclosed fence (an answer still streaming) is a code
    block to the end of the text. With `paragraphs` (while an answer streams), prose is cut further
    at each blank line before an unindented line, so each update draws only the last paragraph; the
    finished answer is drawn as whole prose blocks (a list or a table then reads as one)."""
    blocks = _fenced_blocks(text)
    if not paragraphs:
        return blocks
    return [part for block in blocks for part in paragraphs_of(block)]


def paragraphs_of(block: Block) -> list[Block]:
    """How a block is shown while its answer streams: prose cut at its paragraphs, code whole."""
    if block.kind != "prose":
        return [block]
    return [Block("prose", part) for part in PARAGRAPH_BREAK.split(block.text)]


def _fenced_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    prose: list[str] = []
    code: list[str] = []
    fence, language = "", ""
    for line in text.split("\n"):
        if not fence:
            match = FENCE.match(line)
            if match:
                if prose:
                    blocks.append(Block("prose", "\n".join(prose)))
                    prose = []
                fence, language, code = match.group(1), match.group(2), []
            else:
                prose.append(line)
        elif line.strip().startswith(fence[0] * len(fence)) and not line.strip().strip(fence[0]):
            blocks.append(Block("code", "\n".join(code), language))
            fence = ""
        else:
            code.append(line)
    if fence:
        blocks.append(Block("code", "\n".join(code), language, closed=False))
    elif prose and (blocks == [] or "\n".join(prose).strip()):
        blocks.append(Block("prose", "\n".join(prose)))
    return blocks


@cache
def _lexer(language: str):
    """The lexer for a fence's language; plain text for a name Pygments does not have. Only Pygments' own
    lexers are looked for: for a name it does not have, get_lexer_by_name goes on to scan every installed
    package's metadata for plugin lexers (20-60 ms on the GUI thread), and while an answer streams each
    half-written name ("pyth" before "python") would be such a name."""
    from pygments.lexers import TextLexer, get_lexer_by_name  # type: ignore[import-untyped]

    name = language.lower()
    if name in _pygments_aliases():
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    return TextLexer(stripnl=False, ensurenl=False)


@cache
def _pygments_aliases() -> frozenset[str]:
    """Every name Pygments' own lexers answer to (from its static table: nothing is imported)."""
    from pygments.lexers import LEXERS  # type: ignore[import-untyped]

    return frozenset(alias for _, _, aliases, _, _ in LEXERS.values() for alias in aliases)


@cache
def _token_formats(theme: Theme) -> dict:
    """Each Pygments token type's character format in `theme`'s highlighting style."""
    from pygments.styles import get_style_by_name  # type: ignore[import-untyped]

    style = get_style_by_name(PYGMENTS_STYLE[theme])
    formats = {}
    for token, spec in style:
        char = QTextCharFormat()
        if spec["color"]:
            char.setForeground(QColor(f"#{spec['color']}"))
        if spec["bold"]:
            char.setFontWeight(QFont.Weight.Bold)
        if spec["italic"]:
            char.setFontItalic(True)
        formats[token] = char
    return formats


# The languages whose lexers are made ahead, most asked for first. A lexer's first use imports its module
# and compiles its rules (1-45 ms: CSS 42, Kotlin 39, Python 22, SQL 20), which would otherwise happen on
# the GUI thread at the first code block in that language; later ones, and other names of the same
# lexer ("js", "sh"), cost a fraction of a millisecond.
WARM_LANGUAGES = ("python", "bash", "", "javascript", "typescript", "json", "sql", "html", "css", "c", "cpp",
                  "java", "go", "rust", "yaml", "toml", "powershell", "diff", "xml", "ini", "csharp", "php",
                  "ruby", "markdown", "docker", "makefile", "kotlin", "swift", "r", "jsx", "tsx", "console")
WARM_FIRST = 3  # made at once; the others after WARM_LATER_S, when the window has started and painted
WARM_LATER_S = 1.0
WARM_PAUSE_S = 0.01  # between two lexers: the GUI thread gets the interpreter in between, whatever it waits for


def warm_up() -> None:
    """Do ahead, while the window idles, what the first code block of an answer would otherwise do on the
    GUI thread in one frame: Pygments is imported and the lexers of WARM_LANGUAGES made and run once on a
    background thread (Pygments is pure Python; no widget is touched there), then, back on the GUI thread,
    the theme's token formats and a first real code block, drawn and dropped (Qt's first text editor,
    fixed-width font, tool button and the block's style sheet cost 10-20 ms once). Call it on the GUI
    thread."""
    CodeView().deleteLater()
    ready = threading.Event()
    threading.Thread(target=_warm_lexers, args=(ready,), name="deskmate-pygments", daemon=True).start()
    _once_set(ready, _warm_first_block)


def _warm_lexers(ready: threading.Event) -> None:
    if pygments_available():
        from pygments.styles import get_style_by_name  # type: ignore[import-untyped]

        for style in PYGMENTS_STYLE.values():
            get_style_by_name(style)  # imports the style's module; its Qt formats are made on the GUI thread
        _tokenise_once(WARM_LANGUAGES[0])
        ready.set()  # the GUI thread's part needs only the styles and the first lexer
        for language in WARM_LANGUAGES[1:WARM_FIRST]:
            _tokenise_once(language)
        time.sleep(WARM_LATER_S)
        for language in WARM_LANGUAGES[WARM_FIRST:]:
            time.sleep(WARM_PAUSE_S)
            _tokenise_once(language)
    ready.set()


def _tokenise_once(language: str) -> None:
    for _ in _lexer(language).get_tokens("x = 1\n"):  # some lexers make their helpers at their first text
        pass


def _once_set(ready: threading.Event, then: Callable[[], None]) -> None:
    """Call `then` on the GUI thread once `ready` is set (looked at every 100 ms, from the event loop)."""
    if ready.is_set():
        then()
    else:
        QTimer.singleShot(100, lambda: _once_set(ready, then))


def _warm_first_block() -> None:
    if pygments_available():
        _token_formats(shown_theme())
    QTimer.singleShot(0, lambda: CodeBlock("x = 1", WARM_LANGUAGES[0]).deleteLater())  # in its own event-loop turn


def pygments_available() -> bool:
    try:
        import pygments  # type: ignore[import-untyped] # noqa: F401
    except ImportError:
        return False
    return True


def highlighted_runs(code: str, language: str, theme: Theme) -> list[tuple[str, QTextCharFormat]]:
    """The code as runs of text with their format; one plain run when Pygments is not installed."""
    if not pygments_available():
        return [(code, QTextCharFormat())]
    formats = _token_formats(theme)
    runs = []
    for token, value in _lexer(language).get_tokens(code):
        while token not in formats and token.parent is not None:
            token = token.parent
        runs.append((value, formats.get(token, QTextCharFormat())))
    return runs


class CodeView(QPlainTextEdit):
    """The code itself: read-only, never wrapped (a long line scrolls sideways), as tall as its lines."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setTabChangesFocus(True)
        self.horizontalScrollBar().rangeChanged.connect(lambda *_: self.fit_height())

    def fit_height(self) -> None:
        lines = max(1, self.document().blockCount())
        height = lines * self.fontMetrics().lineSpacing() + 2 * int(self.document().documentMargin()) + 6
        if self.horizontalScrollBar().maximum() > 0:
            height += self.horizontalScrollBar().sizeHint().height()
        if self.height() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height())


class CodeBlock(QFrame):
    """One fenced code block: its language and a Copy button above the highlighted code."""

    copied = Signal(str)

    def __init__(self, code: str = "", language: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("codeBlock")
        self.code, self.language = "", ""
        self._theme: Theme | None = None
        self.language_label = QLabel()
        self.language_label.setObjectName("codeLanguage")
        self.copy_button = QToolButton()
        self.copy_button.setObjectName("copyCode")
        self.copy_button.setText(self.tr("Copy code"))
        self.copy_button.setAccessibleName(self.tr("Copy code"))
        self.copy_button.setToolTip(self.tr("Copy this code block"))
        self.copy_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        header = QFrame()
        header.setObjectName("codeHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(10, 2, 4, 2)
        row.addWidget(self.language_label)
        row.addStretch(1)
        row.addWidget(self.copy_button)
        self.view = CodeView()
        self.view.setAccessibleName(self.tr("Code"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.view)
        self._restyle()
        self.set_code(code, language)

    def set_code(self, code: str, language: str = "") -> None:
        """Show `code`; unchanged code is not drawn again (a streaming answer updates only its last block)."""
        if code == self.code and language == self.language and self._theme == shown_theme():
            return
        self.code, self.language = code, language
        self.language_label.setText(language or self.tr("code"))
        self.view.setAccessibleName(self.tr("Code in %s") % language if language else self.tr("Code"))
        self._draw()

    def _draw(self) -> None:
        theme = self._theme = shown_theme()
        document = self.view.document()
        document.clear()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for text, char in highlighted_runs(self.code, self.language, theme):
            cursor.insertText(text, char)
        cursor.endEditBlock()
        self.view.fit_height()

    def _restyle(self) -> None:
        c = message_colours()
        self.setStyleSheet(
            f"QFrame#codeBlock {{ background: {c['code_background']}; border: 1px solid {c['border']};"
            " border-radius: 8px; }"
            f" QFrame#codeHeader {{ background: {c['code_header']}; border: none;"
            " border-top-left-radius: 8px; border-top-right-radius: 8px; }"
            f" QLabel#codeLanguage {{ color: {c['muted']}; font-size: 11px; }}"
            f" QPlainTextEdit {{ background: {c['code_background']}; color: {c['code_text']}; border: none;"
            " padding: 4px 8px; }"
            " QToolButton#copyCode { border: none; padding: 2px 6px; }")

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._theme not in (None, shown_theme()):
            self._draw()  # sets self._theme first, so the style sheet's own palette change stops here
            self._restyle()

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copied.emit(self.code)
