"""A guided tour of the real window for screenshots: every section with real content in it.

Used by `deskmate --self-test --screenshot-dir DIR`. It indexes a few sample documents, asks a
question with citations, starts a longer indexing run and shoots it mid-way, runs each tool,
and opens the dialogs, in the light and the dark theme. Everything goes through the same
widgets and core calls a person would use.

Each screenshot is a `Shot` in `Showcase.shots()`: a name and a function that puts the window in
the state to shoot and returns the widget to grab (and, where needed, one that puts it back).
A new screenshot is one more entry there; every entry is taken in both themes.
"""
from __future__ import annotations

import csv
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from assistant.chat.presets import Choice
from ui.catalogue_dialog import CatalogueDialog
from ui.chat_view import stage_chat_actions
from ui.message_view import finish_rendering_under
from ui.models_dialog import ModelsDialog
from ui.settings_dialog import SettingsDialog
from ui.theme import Theme, apply_theme

HANDBOOK = """# Office handbook

## Printing
The office printer is on the second floor. Its code is 4417; enter it before each job.

## Lunch
Lunch is served at noon in the blue room, except on Fridays.
"""
TRAVEL = """Travel policy

Trains are preferred for trips under four hours. Book through the travel desk at least one week ahead.
Receipts are filed within thirty days of the trip, with the project code on each one.
"""
MARKDOWN = """# Quarterly update

Sales grew in every region.

- New office in Lyon
- Two new products

```python
print("unchanged")
```
"""
# Earlier conversations, as if from the past weeks: (title, first message, days ago, pinned).
EARLIER_CHATS = [
    ("Quarterly budget review with the finance team", "Summarise the budget changes for Q3.", 12, True),
    ("Printer code", "What is the printer code?", 0, False),
    ("Trip to Lyon: trains and hotels", "Which train should I book to Lyon?", 1, False),
    ("Python script to rename scanned invoices by date", "Write a script to rename my scans.", 3, False),
    ("Lunch rota", "Who is on the lunch rota on Friday?", 5, False),
    ("Holiday plans", "Ideas for a week in Portugal in May.", 24, False),
]
DAY_S = 86400
REVIEWS = ["Great fun from start to end.", "Awful and boring.", "A masterpiece.", "Warm, witty and wise.",
           "The plot is a mess and the acting is wooden.", "I would not watch it again."]


def wait_for(signal, timeout_s: float = 120) -> list:
    """Run the event loop until `signal` fires (or the time runs out); returns its arguments."""
    loop = QEventLoop()
    received: list[object] = []

    def fired(*args) -> None:
        received.extend(args)
        loop.quit()

    signal.connect(fired)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    return received


def wait_until(condition, timeout_s: float = 60) -> None:
    loop = QEventLoop()

    def check() -> None:
        if condition():
            loop.quit()

    timer = QTimer(interval=50)
    timer.timeout.connect(check)
    timer.start()
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    timer.stop()


@dataclass(frozen=True)
class Shot:
    """One screenshot: `show` puts the window in the state to shoot and returns the widget to grab;
    `undo` (optional) puts it back afterwards."""
    name: str
    show: Callable[[], QWidget]
    undo: Callable[[], object] | None = None


class Showcase:
    def __init__(self, window, folder: Path):
        self.window, self.folder = window, folder
        self.samples = window.workspace.home / "Sample documents"
        self.taken: list[Path] = []
        self._open: QDialog | None = None
        self.chat_actions: dict[str, int] = {}  # name -> conversation (ui/chat_view.stage_chat_actions)

    def run(self) -> list[Path]:
        self._write_samples()
        self._documents_and_answer()
        self.chat_actions = stage_chat_actions(self.window, wait_for)  # code, regenerated, edited
        self._tools()
        for theme in (Theme.LIGHT, Theme.DARK):
            self._shoot_everything(theme)
        return self.taken

    def _write_samples(self) -> None:
        self.samples.mkdir(parents=True, exist_ok=True)
        (self.samples / "Office handbook.md").write_text(HANDBOOK, encoding="utf-8")
        (self.samples / "Travel policy.txt").write_text(TRAVEL, encoding="utf-8")
        with open(self.samples.parent / "reviews.csv", "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([["id", "review"]] + [[i, text] for i, text in enumerate(REVIEWS * 20)])

    def _documents_and_answer(self) -> None:
        window = self.window
        window.documents.add_paths([self.samples])
        wait_for(window.documents.indexing_finished)
        window.new_chat()
        window.chat.use_documents.setChecked(True)
        window.chat.input.setPlainText("What is the printer code?")
        window.chat.send_button.click()
        wait_for(window.answer_finished)

    def _documents_in_progress(self, path: Path) -> None:
        """Start indexing a larger folder and come back once the progress bar moves."""
        bulk = self.samples.parent / "Archive"
        bulk.mkdir(exist_ok=True)
        for i in range(120):
            (bulk / f"minutes-{i:03d}.txt").write_text(f"Meeting {i}.\n\n" + TRAVEL * 30, encoding="utf-8")
        documents = self.window.documents
        documents.add_paths([bulk])
        wait_until(lambda: documents.progress.value() > 0)
        self._grab(self.window, path)
        documents.cancel()
        wait_for(documents.indexing_finished)

    def _tools(self) -> None:
        tools = self.window.tools
        tools.summarize.input.setPlainText(HANDBOOK + "\n" + TRAVEL)
        tools.translate.input.setPlainText(MARKDOWN)
        tools.sentiment.set_file(self.samples.parent / "reviews.csv")
        tools.sentiment.column.setCurrentText("review")
        for panel in tools.panels():
            tools.setCurrentWidget(panel)
            panel.start()
            wait_for(panel.finished)

    def _earlier_chats(self) -> None:
        """A history from the past weeks, so the list shows its date groups and a pinned chat."""
        history = self.window.workspace.history
        now = time.time()
        for title, question, days_ago, pinned in EARLIER_CHATS:
            conversation = history.create(title)
            history.add_message(conversation.id, "user", question)
            history.add_message(conversation.id, "assistant", "Here is what I found.")
            history.store.update("conversations", conversation.id, {"updated_at": now - days_ago * DAY_S})
            if pinned:
                self.window.conversations.toggle_pin(conversation.id)
        self.window.conversations.refresh()

    def shots(self) -> list[Shot]:
        """Every screenshot, in order; each is taken in the light and the dark theme."""
        window = self.window
        tools = [Shot(f"tool-{name}", self._tool_page(panel))
                 for panel, name in zip(window.tools.panels(), ("summarize", "translate", "sentiment"))]
        return [
            Shot("first-run", self._first_run, lambda: window.chat.welcome.hide()),
            Shot("chat", lambda: self._page(window.splitter)),
            *[Shot(f"chat-{name}", self._opened(conversation_id)) for name, conversation_id in self.chat_actions.items()],
            Shot("conversations", self._conversations),
            Shot("presets", self._presets, self._presets_closed),
            Shot("documents", lambda: self._page(window.documents)),
            *tools,
            Shot("classify", lambda: self._page(window.classify)),
            Shot("models", lambda: self._dialog(ModelsDialog(window.workspace, window)), self._close_dialog),
            Shot("model-chooser", lambda: self._dialog(CatalogueDialog(window.workspace, window)),
                 self._close_dialog),
            Shot("settings", lambda: self._dialog(SettingsDialog(window.workspace, window)), self._close_dialog),
        ]

    def _shoot_everything(self, theme: Theme) -> None:
        window = self.window
        apply_theme(theme)
        if theme is Theme.LIGHT:
            window.pages.setCurrentWidget(window.documents)
            self._documents_in_progress(self.folder / f"{theme}-documents-progress.png")
            self._earlier_chats()
        for shot in self.shots():
            self._grab(shot.show(), self.folder / f"{theme}-{shot.name}.png")
            if shot.undo is not None:
                shot.undo()
        window.pages.setCurrentWidget(window.splitter)
        apply_theme(window.workspace.settings.theme)

    # -- the states shot -------------------------------------------------------------------------

    def _page(self, page: QWidget, tab: QWidget | None = None) -> QWidget:
        self.window.pages.setCurrentWidget(page)
        if tab is not None:
            self.window.tools.setCurrentWidget(tab)
        return self.window

    def _tool_page(self, panel: QWidget) -> Callable[[], QWidget]:
        return lambda: self._page(self.window.tools, panel)

    def _first_run(self) -> QWidget:
        """The welcome as a new user sees it, over an empty chat (the self-test has dismissed it)."""
        self.window.new_chat()
        self.window.chat.welcome.show()
        return self._page(self.window.splitter)

    def _opened(self, conversation_id: int) -> Callable[[], QWidget]:
        def show() -> QWidget:
            self.window.open_conversation(conversation_id)
            return self._page(self.window.splitter)
        return show

    def _conversations(self) -> QWidget:
        conversations = self.window.conversations
        pinned = conversations.conversation_items()[0]
        conversations.items.setCurrentItem(pinned)  # opens the pinned chat, as a click would
        return self._page(self.window.splitter)

    def _presets(self) -> QWidget:
        """A new chat with the Teacher persona, Creative sampling and its raw values disclosed."""
        self.window.new_chat()
        picker = self.window.preset_picker
        picker.persona.setCurrentIndex(picker.persona.findData("teacher"))
        picker.sampling.setCurrentIndex(picker.sampling.findData("creative"))
        picker.advanced_button.setChecked(True)
        return self._page(self.window.splitter)

    def _presets_closed(self) -> None:
        self.window.preset_picker.advanced_button.setChecked(False)
        self.window.preset_picker.set_choice(Choice())

    def _dialog(self, dialog: QDialog) -> QWidget:
        self._open = dialog
        dialog.show()
        return dialog

    def _close_dialog(self) -> None:
        if self._open is not None:
            self._open.close()
            self._open = None

    def _grab(self, widget, path: Path) -> None:
        finish_rendering_under(self.window)
        QApplication.processEvents()
        widget.grab().save(str(path))
        self.taken.append(path)
