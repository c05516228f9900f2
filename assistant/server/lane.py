"""One inference lane shared by the window and the API.

The model itself is never run by two threads at once: a local Engine's stream(..., wait_s=...)
holds the engine's lock and gives up with EngineBusy after a wait. Here, API requests are admitted
(at most `max_waiting` waiting or running; more are told "too many requests" at once), and a
generation runs on a thread of its own so the event loop stays free and a client that goes
away stops its answer.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager

from assistant.errors import DeskmateError, EngineBusy
from assistant.llm.contract import GenerationStats

log = logging.getLogger(__name__)


class TooManyRequests(EngineBusy):
    """More requests are waiting than the server queues."""


class Admission:
    def __init__(self, max_waiting: int):
        self.max_waiting = max_waiting
        self._count = 0
        self._lock = threading.Lock()

    @property
    def count(self) -> int:
        return self._count

    @contextmanager
    def admitted(self) -> Iterator[None]:
        with self._lock:
            if self._count >= self.max_waiting:
                raise TooManyRequests(f"{self._count} requests are already waiting for the model. "
                                      "Try again in a few seconds.")
            self._count += 1
        try:
            yield
        finally:
            with self._lock:
                self._count -= 1


Produce = Callable[[Callable[[], bool]], Generator[str, None, GenerationStats]]


class Generation:
    """Runs `produce(should_stop)` on its own thread; the event loop awaits the pieces."""

    def __init__(self, produce: Produce, admission: Admission):
        self._loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue = asyncio.Queue()
        self._cancelled = threading.Event()
        self.result: GenerationStats | None = None  # the generator's return value, once it has ended
        thread = threading.Thread(target=self._run, args=(produce, admission), daemon=True,
                                  name="deskmate-api-generation")
        thread.start()

    def cancel(self) -> None:
        """Stop after the current piece (the client went away, or a stop sequence was seen)."""
        self._cancelled.set()

    async def next(self) -> str | None:
        """The next piece; None when the answer is complete. Raises what the generation raised."""
        kind, value = await self._queue.get()
        if kind == "piece":
            return value
        if kind == "end":
            self.result = value
            return None
        raise value

    def _run(self, produce: Produce, admission: Admission) -> None:
        try:
            with admission.admitted():
                self._put("end", self._drain(produce(self._cancelled.is_set)))
        except DeskmateError as exc:
            self._put("error", exc)
        except Exception as exc:  # a bug: answer 500, keep serving
            log.exception("Generation failed")
            self._put("error", exc)

    def _drain(self, generator: Generator[str, None, GenerationStats]) -> GenerationStats:
        try:
            while True:
                try:
                    piece = next(generator)
                except StopIteration as done:
                    return done.value
                self._put("piece", piece)
        finally:
            generator.close()

    def _put(self, kind: str, value) -> None:
        try:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, (kind, value))
        except RuntimeError:  # the server is shutting down; nobody is listening any more
            pass
