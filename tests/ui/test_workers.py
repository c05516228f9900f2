"""The worker contract and the job slot, on real Qt threads: items, the returned value, stop, wait, refusal."""
from __future__ import annotations

import threading
import time
from collections.abc import Generator

import pytest
from PySide6.QtCore import QObject

from assistant.errors import InvalidInput
from ui.workers import JobSlot, StopFlag, returning


class Recorder(QObject):
    """A job slot's owner: notes what reaches the GUI thread, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, object]] = []
        self.threads: set[str] = set()
        self.jobs = JobSlot(self, on_item=self._note("item"), on_failed=self._note("failed"),
                            on_finished=self._note("finished"))

    def _note(self, kind: str):
        def note(value: object) -> None:
            self.threads.add(threading.current_thread().name)
            self.events.append((kind, value))

        return note


@pytest.fixture
def owner(qapp) -> Recorder:
    return Recorder()


def counting(n: int) -> Generator[int, None, str]:
    yield from range(n)
    return f"counted {n}"


def until_stopped(should_stop: StopFlag, started: threading.Event) -> Generator[int, None, str]:
    started.set()
    i = 0
    while not should_stop():
        yield i
        i += 1
        time.sleep(0.01)  # a few items, not a flood: each delivery to a Python slot costs PySide 6.12 a ref on True
    return "ended by itself"


def test_items_then_the_return_value_then_finished_all_on_the_gui_thread(qtbot, owner):
    assert owner.jobs.start(lambda _stop: counting(3))
    qtbot.waitUntil(lambda: not owner.jobs.busy, timeout=10_000)
    assert owner.events == [("item", 0), ("item", 1), ("item", 2), ("finished", "counted 3")]
    assert owner.threads == {threading.main_thread().name}


def test_a_plain_call_comes_back_as_the_return_value(qtbot, owner):
    owner.jobs.start(lambda _stop: returning(lambda: 6 * 7))
    qtbot.waitUntil(lambda: not owner.jobs.busy, timeout=10_000)
    assert owner.events == [("finished", 42)]


def test_a_second_job_is_refused_while_one_runs_and_when_free_waits_for_it(qtbot, owner):
    started, later = threading.Event(), []
    assert owner.jobs.start(lambda stop: until_stopped(stop, started))
    started.wait(10)
    assert not owner.jobs.start(lambda _stop: counting(1)) and owner.jobs.busy
    owner.jobs.when_free(lambda: later.append(owner.jobs.busy))
    assert later == []
    owner.jobs.stop()
    qtbot.waitUntil(lambda: later == [False], timeout=10_000)


def test_stop_without_on_stop_closes_the_generator_and_returns_nothing(qtbot, owner):
    started = threading.Event()
    owner.jobs.start(lambda _stop: until_stopped(lambda: False, started))  # ignores the flag
    started.wait(10)
    owner.jobs.stop_and_wait()
    assert not owner.jobs.busy and owner.jobs.stopped
    assert owner.events[-1] == ("finished", None)


def test_with_on_stop_the_producer_ends_itself_and_its_value_comes_back(qtbot, owner):
    started, told = threading.Event(), threading.Event()
    owner.jobs.start(lambda _stop: until_stopped(told.is_set, started), on_stop=told.set)
    started.wait(10)
    owner.jobs.stop_and_wait()  # wait() delivers what the job sent before it returns
    assert owner.events[-1] == ("finished", "ended by itself")


def test_a_failure_is_a_message_then_finished_with_none(qtbot, owner):
    def broken(_stop: StopFlag) -> Generator[int, None, None]:
        yield 1
        raise InvalidInput("The text is empty; type something first.")

    owner.jobs.start(broken)
    qtbot.waitUntil(lambda: not owner.jobs.busy, timeout=10_000)
    assert owner.events == [("item", 1), ("failed", "The text is empty; type something first."), ("finished", None)]


def test_a_bug_is_logged_and_told_without_its_traceback(qtbot, owner, caplog):
    owner.jobs.start(lambda _stop: returning(lambda: 1 / 0))
    qtbot.waitUntil(lambda: not owner.jobs.busy, timeout=10_000)
    assert owner.events[0] == ("failed", "Something went wrong: division by zero. Details are in the log file.")
    assert "ZeroDivisionError" in caplog.text
