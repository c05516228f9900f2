"""`deskmate --self-test`: drive the real window through one chat turn, then exit.

The message goes through the same path as a click on Send. Packaging smoke tests reuse this.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer

from ui.application import current_application
from ui.message_view import finish_rendering_under
from ui.showcase import Showcase

QUESTION = "What is the capital of France?"
TIME_LIMIT_S = 180


class FirstPaint(QObject):
    """Notes the wall-clock time the window is first painted (benchmarks compare it to process start)."""

    def __init__(self, report: dict):
        super().__init__()
        self.report = report

    def eventFilter(self, watched, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint and "window_painted_at" not in self.report:
            self.report["window_painted_at"] = time.time()
        return False


class SelfTest:
    def __init__(self, desktop, screenshot: str | None, screenshot_dir: str | None):
        self.desktop, self.window = desktop, desktop.window
        self.screenshot, self.screenshot_dir = screenshot, screenshot_dir
        self.exit_code = 1
        self.started = time.monotonic()
        self.report: dict = {"question": QUESTION}
        self.first_paint = FirstPaint(self.report)
        self.window.installEventFilter(self.first_paint)
        self.window.model_ready.connect(lambda _name: self.report.setdefault("model_ready_at", time.time()))

    def start(self) -> None:
        self.report["window_shown_s"] = round(time.monotonic() - self.started, 3)
        QTimer.singleShot(TIME_LIMIT_S * 1000, lambda: self.finish(False, f"no answer within {TIME_LIMIT_S} s"))
        self.window.answer_finished.connect(self._answered)
        self.window.chat.input.setPlainText(QUESTION)
        self.window.chat.send_button.click()

    def _answered(self, result) -> None:
        if result is None or not result.reply.strip():
            self.finish(False, "the model gave no answer: " + self.window.chat.notice.label.text())
            return
        saved = self.window.workspace.history.messages(result.conversation_id)
        if [m.role for m in saved][-2:] != ["user", "assistant"] or saved[-1].content != result.reply:
            self.finish(False, "the answer was not saved")
            return
        self.report.update(conversation_id=result.conversation_id, reply=result.reply,
                           generation_tok_s=result.generation_tok_s, ttft_s=result.ttft_s)
        QTimer.singleShot(100, lambda: self.finish(True))  # let the last repaint land before the screenshot

    def finish(self, ok: bool, reason: str = "") -> None:
        if self.exit_code == 0 or "done" in self.report:
            return
        self.report["done"] = True
        if ok:
            self._screenshots()
        self.report.update(ok=ok, reason=reason, seconds=round(time.monotonic() - self.started, 2))
        print(json.dumps(self.report, ensure_ascii=False), flush=True)
        if not ok:
            print(f"deskmate: self-test failed: {reason}", file=sys.stderr)
        self.exit_code = 0 if ok else 1
        self.window.close()
        current_application().quit()

    def _screenshots(self) -> None:
        finish_rendering_under(self.window)
        if self.screenshot:
            self.window.grab().save(str(self.screenshot))
        if self.screenshot_dir:
            folder = Path(self.screenshot_dir)
            folder.mkdir(parents=True, exist_ok=True)
            self.report["screenshots"] = [str(p) for p in Showcase(self.window, folder).run()]
