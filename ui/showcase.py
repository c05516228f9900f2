"""A guided tour of the real window for screenshots: every section with real content in it.

Used by `deskmate --self-test --screenshot-dir DIR`. It indexes a few sample documents, asks a
question with citations, starts a longer indexing run and shoots it mid-way, runs each tool,
and opens the dialogs, in the light and the dark theme. Everything goes through the same
widgets and core calls a person would use.
"""
from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

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


class Showcase:
    def __init__(self, window, folder: Path):
        self.window, self.folder = window, folder
        self.samples = window.workspace.home / "Sample documents"
        self.shots: list[Path] = []

    def run(self) -> list[Path]:
        self._write_samples()
        self._documents_and_answer()
        self._tools()
        for theme in (Theme.LIGHT, Theme.DARK):
            self._shoot_everything(theme)
        return self.shots

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

    def _shoot_everything(self, theme: Theme) -> None:
        window = self.window
        apply_theme(theme)
        window.pages.setCurrentWidget(window.splitter)
        self._grab(window, self.folder / f"{theme}-chat.png")
        window.pages.setCurrentWidget(window.documents)
        if theme is Theme.LIGHT:
            self._documents_in_progress(self.folder / f"{theme}-documents-progress.png")
        self._grab(window, self.folder / f"{theme}-documents.png")
        window.pages.setCurrentWidget(window.tools)
        for panel, name in zip(window.tools.panels(), ("summarize", "translate", "sentiment")):
            window.tools.setCurrentWidget(panel)
            self._grab(window, self.folder / f"{theme}-tool-{name}.png")
        window.pages.setCurrentWidget(window.splitter)
        for name, dialog in (("models", ModelsDialog(window.workspace, window)),
                             ("settings", SettingsDialog(window.workspace, window))):
            dialog.show()
            self._grab(dialog, self.folder / f"{theme}-{name}.png")
            dialog.close()
        apply_theme(window.workspace.settings.theme)

    def _grab(self, widget, path: Path) -> None:
        QApplication.processEvents()
        widget.grab().save(str(path))
        self.shots.append(path)
