"""Give the core's generators the one result rule (the generator's return value) where they do not yet.

Each wrapper here is a stopgap: once the core's generator returns its result itself, the wrapper goes
and the view runs the core's generator directly.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from assistant.chat.conversation import Turn, TurnResult
from assistant.documents.run import IndexProgress, IndexRun, IndexSummary
from assistant.models.downloads import DownloadProgress, DownloadState
from ui.workers import failure_message

R = TypeVar("R")


def result_returned(items: Iterable[object], result_type: type[R]) -> Generator[object, None, R | None]:
    """The tools (summarize, translate, classify_file) yield their result last: return it instead."""
    result = None
    for item in items:
        if isinstance(item, result_type):
            result = item
        else:
            yield item
    return result


def summary_returned(run: IndexRun) -> Generator[IndexProgress, None, IndexSummary]:
    """An IndexRun keeps its summary in `run.summary`: return it."""
    yield from run
    return run.summary


def path_returned(progress: Iterable[DownloadProgress]) -> Generator[DownloadProgress, None, Path | None]:
    """Download.run ends with a DONE progress that carries the file: return its path (None when paused)."""
    last = None
    for last in progress:
        yield last
    return last.path if last is not None and last.state is DownloadState.DONE else None


@dataclass(frozen=True)
class Answer:
    result: TurnResult
    error: str | None = None  # the turn failed part-way: what to tell the user (the partial answer is kept)


class TurnRunner:
    """A chat turn for the worker: made on the worker thread, stoppable from the GUI thread.

    answer() returns the turn's TurnResult (what Turn.pieces() returns) as an Answer; a turn that fails
    after it has started keeps its partial answer in `turn.result`, so that comes back too, with the error.
    """

    def __init__(self, make_turn: Callable[[], Turn]):
        self._make_turn = make_turn
        self._turn: Turn | None = None
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()
        turn = self._turn
        if turn is not None:
            turn.stop()

    def answer(self) -> Generator[str, None, Answer]:
        turn = self._turn = self._make_turn()
        if self._stop.is_set():  # stopped while the turn was being made
            turn.stop()
        try:
            result = yield from turn.pieces()
        except Exception as exc:
            if turn.result is None:  # it failed before it started: nothing was saved
                raise
            return Answer(turn.result, failure_message(exc))
        return Answer(result)
