"""A chat turn as a job for the worker: its TurnResult comes back as the generator's return value.

The one result rule (ui/workers.py): every long job is a generator that yields progress and returns its
result. The core's generators follow it themselves; a chat turn needs this wrapper only to be stoppable
from the GUI thread before it exists, and to bring back the partial answer of a turn that fails part-way.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass

from assistant.chat.conversation import Turn, TurnResult
from ui.workers import failure_message


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
