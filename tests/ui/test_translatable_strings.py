"""Every string the window shows goes through tr(), so every language can translate it.

Two checks, because each catches what the other cannot:
- At run time, a translator that wraps every string it is asked for in ⟦ ⟧ is installed, the real window and
  its dialogs are opened offscreen, and every visible text (labels, buttons, tooltips, placeholders, window
  titles, tab titles, menus and their actions, headers, accessible names) must be made of wrapped pieces and
  data (paths, model names). This sees strings built at run time and tr() calls lupdate cannot extract
  (a variable passed to tr(), a context lupdate gets wrong).
- In the source, a string literal (or f-string) with words in it passed straight to a text-setting call
  without tr() fails: this covers messages only shown on errors or rare paths the walk never opens.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from ui.catalogue_dialog import CatalogueDialog
from ui.i18n import LANGUAGES, install_language
from ui.models_dialog import ModelsDialog
from ui.settings_dialog import SettingsDialog
from ui.viewer import SourceViewer

REPO = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
OPEN, CLOSE = "⟦", "⟧"
# Names that are the same in every language: the product, and each language under its own name.
SAME_IN_EVERY_LANGUAGE = {"Deskmate", *LANGUAGES.values()}
# Visible strings not yet passed through tr(), in files whose owners are still changing them: each entry
# is (file, the literal). Remove an entry once its string is translatable (a stale entry fails too).
# The one visible literal that stays as written: the raw sampling values under "Advanced", named as the model
# runtime names them (a user copies them into other tools). Each entry is (file, the literal); a stale one fails.
KNOWN_UNTRANSLATED_IN_SOURCE = {
    ("ui/preset_picker.py", "f'temperature={temperature:g}  top_p={top_p:g}'"),
}


def extracted_strings(tmp_path: Path) -> set[tuple[str, str]]:
    """(context, source) of every string lupdate extracts from ui/ today: what a translator can translate."""
    ts = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (REPO / "ui").glob("*.py"))
    done = subprocess.run([str(LUPDATE), "-silent", *sources, "-ts", str(ts)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return {(context.findtext("name"), message.findtext("source"))
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")}


class MarkingTranslator(QTranslator):
    """Answers tr() with the source wrapped in ⟦ ⟧ (Qt still fills %n in afterwards), but only for strings
    lupdate extracted under that same context, and Qt's own: a string a .ts file can never hold stays bare."""

    def __init__(self, extracted: set[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.extracted = extracted
        self.qt_own = QTranslator(self)  # Qt's own strings (OK, Cancel…), translated by qtbase_<language>.qm
        assert self.qt_own.load("qtbase_de", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    def translate(self, context, source, disambiguation=None, n=-1):
        # PySide's tr() asks for the class's own context, then its bases' (QDialog…): only a string that a .ts
        # file holds under that context, or that Qt translates itself, counts as translatable.
        ours = (context, source) in self.extracted
        qt_own = bool(self.qt_own.translate(context, source, disambiguation, n))
        return f"{OPEN}{source}{CLOSE}" if ours or qt_own else None

    def isEmpty(self):  # noqa: N802 (Qt API)
        return False


@pytest.fixture
def marking(tmp_path):
    """Every translatable tr() wrapped while the test runs (the window must be built after this)."""
    app = QApplication.instance()
    install_language("en")
    translator = MarkingTranslator(extracted_strings(tmp_path), app)
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


def untranslated_part(text: str, data: set[str]) -> str:
    """What is left of `text` once wrapped pieces (innermost first: a tr() string filled with another) and
    known data are taken out; "" when nothing wordy is left."""
    while True:
        inner = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
        if inner == text:
            break
        text = inner
    for value in sorted(data | SAME_IN_EVERY_LANGUAGE, key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(r"<[^>]+>|&\w+;", " ", text)  # markup around the pieces
    words = re.findall(r"[^\W\d_]{2,}", text)
    return " ".join(words)


def visible_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(what, text) for each text this widget shows or gives a screen reader."""
    texts = [("tooltip", widget.toolTip()), ("accessible name", widget.accessibleName()),
             ("accessible description", widget.accessibleDescription()), ("status tip", widget.statusTip())]
    if widget.isWindow():
        texts.append(("window title", widget.windowTitle()))
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(("text", widget.text()))
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        texts.append(("placeholder", widget.placeholderText()))
    if isinstance(widget, QGroupBox):
        texts.append(("title", widget.title()))
    if isinstance(widget, QSpinBox):
        texts += [("suffix", widget.suffix()), ("prefix", widget.prefix())]
    if isinstance(widget, QAbstractSpinBox):
        texts.append(("special value", getattr(widget, "specialValueText", lambda: "")()))
    if isinstance(widget, QProgressBar) and widget.isTextVisible():
        texts.append(("format", widget.format()))
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            texts += [("tab", widget.tabText(index)), ("tab tooltip", widget.tabToolTip(index))]
    if isinstance(widget, QComboBox) and not widget.isEditable():
        texts += [("item", widget.itemText(index)) for index in range(widget.count())]
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount(QModelIndex())):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(header, str) and not header.isdigit():
                texts.append(("column header", header))
    for action in widget.actions():
        texts += [("action", action.text()), ("action tooltip", action.toolTip() if action.toolTip()
                                                 != action.text().replace("&", "") else "")]
        if isinstance(widget, QMenu) and action.menu() is not None:
            texts.append(("menu", action.menu().title()))
    return [(what, text) for what, text in texts if text]


def untranslated_texts(root: QWidget, data: set[str]) -> dict[str, str]:
    """Where each untranslated text is shown (widget, what) -> the text."""
    found = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.isVisibleTo(root) or isinstance(widget, QMenu)) and widget is not root:
            continue
        for what, text in visible_texts(widget):
            if untranslated_part(text, data):
                found[f"{type(widget).__name__} {widget.objectName()!r} {what}: {text!r}"] = text
    return found


def window_data(window) -> set[str]:
    """What the window shows that is the user's data, not interface text."""
    workspace = window.workspace
    data = {str(workspace.home), workspace.home.name}
    for entry in workspace.models.list():
        data |= {str(entry.get("name", "")), str(entry.get("path", "")), Path(entry.get("path", "")).name}
    engine = workspace.loaded_engine
    if engine is not None:
        data.add(engine.name)
    return {value for value in data if value}


def test_every_visible_string_of_the_window_and_its_dialogs_is_translatable(qtbot, marking, window):
    window.chat.add_message("user", "Hello")
    window.chat.add_message("assistant", "An answer")
    data = window_data(window)
    found: dict[str, str] = {}
    for page in range(window.pages.count()):
        window.pages.setCurrentIndex(page)
        QApplication.processEvents()
        found |= untranslated_texts(window, data)
    for make in (SettingsDialog, ModelsDialog, CatalogueDialog):
        dialog = make(window.workspace, window)
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = getattr(dialog, "tabs", None)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            found |= untranslated_texts(dialog, data)
        dialog.close()
    assert sorted(found) == [], "wrap these in tr():\n" + "\n".join(sorted(found))


def test_the_source_viewer_and_the_grouped_conversation_list_are_translatable(qtbot, marking, window, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("The lions are fed at noon every day.\n", encoding="utf-8")
    history = window.workspace.history
    history.set_pinned(history.create("Zoo visit").id, True)
    history.create("Lunch plans")
    window.conversations.refresh()
    headings = getattr(window.conversations, "headings", lambda: [])()
    viewer = SourceViewer({"path": str(notes), "page": 1, "text": "fed at noon"}, window)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.showing_text, timeout=60_000)
    data = window_data(window) | {str(notes), notes.name, "Zoo visit", "Lunch plans"}
    found = untranslated_texts(viewer, data)
    found |= {f"conversation list heading: {h!r}": h for h in headings if untranslated_part(h, data)}
    assert sorted(found) == []
    assert len(headings) >= 2  # "Pinned" and "Today" were looked at


def test_the_walk_finds_a_bare_label_and_a_bare_menu_action(qtbot, marking, window):
    """The check above can fail: strings set without tr() are reported."""
    bare = QLabel("Shown without tr", window.chat)
    bare.show()
    window.menuBar().actions()[0].menu().addAction("Bare action")
    problems = list(untranslated_texts(window, window_data(window)))
    assert "QLabel '' text: 'Shown without tr'" in problems
    assert any("'Bare action'" in problem for problem in problems)
    assert not any("'&New chat'" in problem or "'Send'" in problem for problem in problems)


# Calls whose string arguments a person sees (or hears, through a screen reader).
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "setSuffix", "setPrefix", "setSpecialValueText",
    "setFormat", "setLabelText", "setInformativeText", "setDetailedText", "setCancelButtonText", "setTabText",
    "setTabToolTip", "setItemText", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "addAction", "addMenu", "addTab", "insertTab", "addItem", "addItems", "insertItem", "addRow", "addButton",
    "showMessage", "show_message", "show_error", "information", "warning", "critical", "question", "about",
    "getText", "getItem", "getInt", "getExistingDirectory", "getOpenFileName", "getOpenFileNames",
    "getSaveFileName", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QMessageBox", "QProgressDialog", "QCommandLinkButton",
}
TEXT_KEYWORDS = {"text", "title", "toolTip", "placeholderText", "suffix", "prefix", "windowTitle"}


def wordy_literal(node: ast.AST) -> bool:
    """A string written in the code (or an f-string, a concatenation or a %-format of one) with words in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[^\W\d_]{2,}", node.value)) and node.value not in SAME_IN_EVERY_LANGUAGE
    if isinstance(node, ast.JoinedStr):
        return any(wordy_literal(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return wordy_literal(node.left) or (isinstance(node.op, ast.Add) and wordy_literal(node.right))
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(wordy_literal(element) for element in node.elts)
    if isinstance(node, ast.IfExp):
        return wordy_literal(node.body) or wordy_literal(node.orelse)
    return False


def call_name(node: ast.Call) -> str | None:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)


def plural_call_right(node: ast.Call) -> bool:
    """A string with a plural ("%n", "file(s)") is passed its count, tr("%n file(s)", "", n), so Qt picks the
    language's form; a count given any other way ("%d file(s)" % n) always reads "files" in English."""
    source = node.args[0].value
    plural = "%n" in source or bool(re.search(r"\w\(s\)", source))
    counted = len(node.args) >= 3 or any(keyword.arg == "n" for keyword in node.keywords)
    return counted == plural and (not plural or "%n" in source)


def untranslatable_in_source(code: str, relative: str) -> list[tuple[str, str]]:
    """(file, code) for each wordy literal passed to a text call, and each tr() lupdate cannot read."""
    found = []
    marks_its_strings = "QT_TRANSLATE_NOOP(" in code
    for node in ast.walk(ast.parse(code)):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        if name in TEXT_CALLS:
            arguments = [*node.args, *(k.value for k in node.keywords if k.arg in TEXT_KEYWORDS)]
            found += [(relative, ast.unparse(a)) for a in arguments if wordy_literal(a)]
        elif name == "tr" and node.args and isinstance(node.args[0], ast.Constant) and not plural_call_right(node):
            found.append((relative, f"tr({ast.unparse(node.args[0])}) without its count"))
        elif name == "tr" and node.args and not isinstance(node.args[0], ast.Constant) and not (
                isinstance(node.args[0], ast.Name | ast.Attribute | ast.Call) and marks_its_strings):
            # lupdate reads only a plain literal: format after tr(), never inside. tr(variable) works only when
            # the module lists the values with QT_TRANSLATE_NOOP("Context", "...") so lupdate extracts them.
            found.append((relative, f"tr({ast.unparse(node.args[0])})"))
    return found


def test_no_visible_string_literal_skips_tr_in_the_source():
    found = {entry for path in sorted((REPO / "ui").glob("*.py"))
             for entry in untranslatable_in_source(path.read_text(encoding="utf-8"), path.relative_to(REPO).as_posix())}
    assert sorted(found - KNOWN_UNTRANSLATED_IN_SOURCE) == [], "wrap these in self.tr() (a plain literal)"
    assert sorted(KNOWN_UNTRANSLATED_IN_SOURCE - found) == [], "now translatable: remove from the KNOWN list"


def test_the_source_check_finds_a_bare_literal():
    code = ('button.setText("Send it")\nlabel = QLabel(self.tr(f"Hi {name}"))\n'
            'ok.setToolTip(self.tr("Fine"))\ntitle.setWindowTitle("Deskmate")\nbox.addItem(self.tr(name))\n')
    found = untranslatable_in_source(code, "ui/probe.py")
    assert [code for _file, code in found] == ["'Send it'", "tr(f'Hi {name}')", "tr(name)"]
    marked = 'NAMES = (QT_TRANSLATE_NOOP("Box", "Short"),)\nbox.addItem(self.tr(name))\n'
    assert untranslatable_in_source(marked, "ui/probe.py") == []
    plurals = ('a.setText(self.tr("%d file(s)") % n)\nb.setText(self.tr("%n row(s)"))\n'
               'c.setText(self.tr("%n row(s)", "", n))\nd.setText(self.tr("Saved", "", n))\n')
    assert sorted(code for _file, code in untranslatable_in_source(plurals, "ui/probe.py")) == [
        "tr('%d file(s)') without its count", "tr('%n row(s)') without its count", "tr('Saved') without its count"]


def test_every_context_in_the_translations_is_a_class_of_the_window():
    """lupdate files a string under the class it reads around the call; one it misreads ("self.self") is never
    looked up at run time, so the string shows untranslated."""
    classes = {node.name for path in (REPO / "ui").glob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.ClassDef)}
    root = ET.parse(REPO / "resources/translations/deskmate_fr.ts").getroot()
    contexts = {context.findtext("name") for context in root.iter("context")
                if any(m.find("translation").get("type") != "vanished" for m in context.iter("message"))}
    assert sorted(contexts - classes) == []
