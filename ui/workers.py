"""Run the core's generators off the GUI thread: one worker contract and one job slot.

The contract: whatever a job needs from the window is read on the GUI thread into plain values (a
frozen dataclass) before the worker starts. On the worker thread, `produce(should_stop)` uses only
those values and the core, never a widget. Each yielded item is emitted as `item`; when the generator
ends, its return value (StopIteration.value) is emitted as `returned`: the one way a result comes
back. `failed` carries a message for the user, and `done` is always emitted last.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, Signal

from assistant.errors import DeskmateError

log = logging.getLogger(__name__)

R = TypeVar("R")
StopFlag = Callable[[], bool]  # true once the user asked the job to stop
Produce = Callable[[StopFlag], Iterable[Any]]  # called on the worker thread; returns the generator to run


def failure_message(exc: Exception) -> str:
    """What to tell the user about `exc`; a bug (not a DeskmateError) is logged with its traceback.

    Call it inside the `except` block, so the traceback is there to log."""
    if isinstance(exc, DeskmateError):
        return str(exc)
    log.exception("Background task failed")
    return QCoreApplication.translate(
        "GeneratorWorker", "Something went wrong: %s. Details are in the log file.") % exc


def returning(function: Callable[[], R]) -> Generator[None, None, R]:
    """A generator that yields nothing and returns `function()`: a plain call as a job."""
    yield from ()
    return function()


class GeneratorWorker(QThread):
    """Runs `produce(should_stop)` on its thread and turns the generator into signals.

    stop() sets the flag `should_stop` reads. With `on_stop`, the producer is also told directly and
    ends by itself, so what it returns (a cancelled index run's summary, an interrupted answer) still
    comes back; without it, the worker stops at the next item and closes the generator, so its
    cleanup runs and nothing is returned.
    """

    item = Signal(object)
    returned = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, produce: Produce, on_stop: Callable[[], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._produce, self._on_stop = produce, on_stop
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()
        if self._on_stop is not None:
            self._on_stop()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        items: Iterator[Any] | None = None
        try:
            items = iter(self._produce(self._stop.is_set))
            finished, value = self._drain(items)
            if finished:
                self.returned.emit(value)
        except Exception as exc:  # a bug too: keep the window alive, tell the user, log the traceback
            self.failed.emit(failure_message(exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()
            self.done.emit()

    def _drain(self, items: Iterator[Any]) -> tuple[bool, Any]:
        """Emit every item; (True, the return value) at the end, (False, None) when stopped early."""
        while True:
            try:
                value = next(items)
            except StopIteration as end:
                return True, end.value
            self.item.emit(value)
            if self._stop.is_set() and self._on_stop is None:
                return False, None


class JobSlot(QObject):
    """One job at a time for a view: start it, refuse a second, stop it, and clean up after it.

    `on_item` gets each item, `on_failed` the message of a failure, and `on_finished` exactly once,
    after every item: the job's return value, or None when it failed or was stopped before returning.
    `when_free` runs something (such as the next queued job) once the slot is free.
    """

    def __init__(self, parent: QObject, *, on_item: Callable[[Any], None] | None = None,
                 on_failed: Callable[[str], None] | None = None,
                 on_finished: Callable[[Any], None] | None = None):
        super().__init__(parent)
        self._on_item, self._on_failed, self._on_finished = on_item, on_failed, on_finished
        self._worker: GeneratorWorker | None = None
        self._result: Any = None
        self._waiting: list[Callable[[], None]] = []
        self.stopped = False  # whether the user stopped the last job (for its on_finished)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self, produce: Produce, on_stop: Callable[[], None] | None = None) -> bool:
        """Start the job, or refuse it (False) while another one runs."""
        if self._worker is not None:
            return False
        self._result, self.stopped = None, False
        worker = GeneratorWorker(produce, on_stop, parent=self)
        worker.item.connect(self._item)
        worker.returned.connect(self._returned)
        worker.failed.connect(self._failed)
        worker.done.connect(self._done)
        worker.finished.connect(worker.deleteLater)  # QThread's own signal: its run() has ended
        self._worker = worker
        worker.start()
        return True

    def when_free(self, callback: Callable[[], None]) -> None:
        """Call `callback` now if no job runs, else right after the running one has finished."""
        if self._worker is None:
            callback()
        else:
            self._waiting.append(callback)

    def stop(self) -> None:
        if self._worker is not None:
            self.stopped = True
            self._worker.stop()

    def wait(self) -> None:
        """Block until the running job has ended, then deliver what it sent, on_finished included."""
        worker = self._worker
        if worker is None:
            return
        worker.wait()
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # its queued signals, now, in order

    def stop_and_wait(self) -> None:
        """Stop the job and wait for it (the window is closing): nothing waiting starts after it."""
        self._waiting.clear()
        self.stop()
        self.wait()

    def _item(self, value: Any) -> None:
        if self._on_item is not None:
            self._on_item(value)

    def _returned(self, value: Any) -> None:
        self._result = value

    def _failed(self, message: str) -> None:
        if self._on_failed is not None:
            self._on_failed(message)

    def _done(self) -> None:
        self._worker = None
        result, self._result = self._result, None
        if self._on_finished is not None:
            self._on_finished(result)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            self.when_free(callback)
