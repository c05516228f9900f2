"""Run the core's generators on a worker thread and turn their items into Qt signals."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QThread, Signal

from assistant.errors import DeskmateError

log = logging.getLogger(__name__)


class GeneratorWorker(QThread):
    """Iterates `make_items()` off the GUI thread.

    Each item is emitted as `item`; `failed` carries a message for the user; `done` is
    always emitted last. stop() sets a flag checked between items, calls `on_stop`
    (so the producer can stop mid-step), and the generator is closed so its cleanup runs.
    """

    item = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, make_items: Callable[[], Iterable], on_stop: Callable[[], None] | None = None,
                 parent=None):
        super().__init__(parent)
        self._make_items, self._on_stop = make_items, on_stop
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()
        if self._on_stop is not None:
            self._on_stop()

    def start_with(self, on_item, on_failed, on_done) -> GeneratorWorker:
        """Connect the three signals and start; returns the worker."""
        self.item.connect(on_item)
        self.failed.connect(on_failed)
        self.done.connect(on_done)
        self.start()
        return self

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        iterator = None
        try:
            iterator = iter(self._make_items())
            for value in iterator:
                self.item.emit(value)
                if self._stop.is_set():
                    break
        except DeskmateError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: keep the window alive, log the traceback
            log.exception("Background task failed")
            self.failed.emit(f"Something went wrong: {exc}. Details are in the log file.")
        finally:
            close = getattr(iterator, "close", None)
            if close is not None:
                close()
            self.done.emit()


def run_in_background(function: Callable[[], object], parent=None) -> GeneratorWorker:
    """A worker that calls `function` once and emits its result as a single item."""
    return GeneratorWorker(lambda: iter([function()]), parent=parent)
