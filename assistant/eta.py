"""How long an indexing run has left, learned from the run itself.

Time goes into chunks (embedding them) and, a little, into each file (opening, parsing,
saving). Bytes alone are a poor guide: a PDF makes far fewer chunks per byte than a text
file, and a duplicate or a skipped file costs nothing whatever its size. So the estimate
counts work in chunk-sized units:

- a file that is read tells its real chunk count (0 for a duplicate, a copy, a failure);
- a file not read yet is predicted from its size and what the run has learned about its
  kind (chunks per byte of the files of that kind read so far; a typical figure until then);
- the run's pace (seconds per unit) is its elapsed time over the units finished.

Thread-safe: the reader thread reports files read, the run's own thread everything else.
"""
from __future__ import annotations

import threading
import time
from typing import Callable, Iterable

FILE_UNITS = 0.5  # the fixed cost of one file, in chunks' worth of time
PRIOR_CHUNKS_PER_MB = {"pdf": 600.0, "docx": 500.0, "html": 700.0, "markdown": 1500.0, "text": 1500.0}
MIN_DONE_UNITS = 2.0  # before this much is finished there is nothing to extrapolate from


class WorkEstimate:
    def __init__(self, files: Iterable[tuple[str, str | None, int]], clock: Callable[[], float] = time.monotonic,
                 started: float | None = None):
        """`files`: (key, kind, size in bytes) of every file the run will read."""
        self._clock = clock
        self._started = clock() if started is None else started
        self._lock = threading.Lock()
        self._unread = {key: (kind or "text", size) for key, kind, size in files}
        self._read: dict[str, float] = {}  # read, not yet saved: its chunks
        self._learned: dict[str, list[float]] = {}  # kind -> [chunks, bytes] of the files read
        self._saved_units = 0.0
        self._embedded = self._embedded_at_save = 0

    # -- what happened ---------------------------------------------------------------------

    def read(self, key: str, chunks: int, learn: bool = True) -> None:
        """The reader finished a file: it has `chunks` chunks to embed (0: nothing to do).

        learn=False for a file that failed: it says nothing about the other files of its kind.
        """
        with self._lock:
            self._learn(key, chunks, learn)

    def saved(self, key: str, chunks: int = 0) -> None:
        """A file's outcome is stored (indexed, duplicate, failed...)."""
        with self._lock:
            if key in self._unread:  # failed or settled without being read
                self._learn(key, chunks, learn=False)
            self._saved_units += self._read.pop(key, 0.0) + FILE_UNITS
            self._embedded_at_save = self._embedded

    def embedded(self, total: int) -> None:
        """The run has embedded `total` chunks so far."""
        with self._lock:
            self._embedded = total

    def _learn(self, key: str, chunks: int, learn: bool) -> None:
        kind, size = self._unread.pop(key, ("text", 0))
        if learn:
            learned = self._learned.setdefault(kind, [0.0, 0.0])
            learned[0] += chunks
            learned[1] += size
        self._read[key] = float(chunks)

    # -- the estimate ----------------------------------------------------------------------

    def remaining_s(self) -> float | None:
        """Seconds left, or None while too little is finished to tell."""
        with self._lock:
            done, left = self._units()
            if done < MIN_DONE_UNITS:
                return None
            return max(self._clock() - self._started, 0.0) * left / done

    def fraction(self) -> float | None:
        """How much of the run's work is done, 0 to 1."""
        with self._lock:
            done, left = self._units()
            return done / (done + left) if done + left > 0 else None

    def _units(self) -> tuple[float, float]:
        in_flight = sum(self._read.values())
        partial = min(max(self._embedded - self._embedded_at_save, 0), in_flight)  # embedded, not saved yet
        left = in_flight - partial + FILE_UNITS * len(self._read)
        left += sum(self._predicted(kind, size) + FILE_UNITS for kind, size in self._unread.values())
        return self._saved_units + partial, left

    def _predicted(self, kind: str, size: int) -> float:
        chunks, size_read = self._learned.get(kind, (0.0, 0.0))
        if size_read <= 0:  # no file of this kind read yet: a typical figure
            return PRIOR_CHUNKS_PER_MB.get(kind, 1000.0) * size / 1048576
        return chunks * size / size_read
