"""How long an indexing run has left, learned from the run itself.

Time goes into the chunks' word pieces (parsing, chunking and embedding all grow with them)
and, a little, into each file (opening, saving). Bytes alone are a poor guide: a PDF makes far
fewer word pieces per byte than a text file, and a duplicate or a skipped file costs nothing
whatever its size. So the estimate counts work in word pieces ("work" below):

- a file that is read tells its real work (0 for a duplicate, a copy, a failure);
- a file not read yet is predicted from its size and what the run has learned about its
  kind (work per byte of the files of that kind read so far; a typical figure until then);
- the run's pace (seconds per unit of work) is its elapsed time over the work finished.

Thread-safe: the reader thread reports files read, the run's own thread everything else.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable

# Set from recorded runs on python3.11-doc (1,034 files; the calls replayed with other values): a
# file's fixed cost (read, hash, parse, compare, save) is about one and a half chunks' worth now that
# the chunking runs beside the embedding (it was three), and a Sphinx source copy leaves about 44,000
# word pieces per MB to embed after its page.
FILE_UNITS = 300.0  # the fixed cost of one file, in word pieces' worth of time
PRIOR_WORK_PER_MB = {"pdf": 150_000.0, "docx": 100_000.0, "html": 100_000.0, "markdown": 270_000.0,
                     "text": 270_000.0,  # word pieces per MB of file, until the run has read one of the kind
                     "source copy": 40_000.0}  # a page's source (Sphinx _sources/): mostly embedded already
MIN_DONE_UNITS = 400.0  # before this much is finished there is nothing to extrapolate from


class WorkEstimate:
    def __init__(self, files: Iterable[tuple[str, str | None, int]], clock: Callable[[], float] = time.monotonic,
                 started: float | None = None):
        """`files`: (key, kind, size in bytes) of every file the run will read."""
        self._clock = clock
        self._started = clock() if started is None else started
        self._lock = threading.Lock()
        self._unread = {key: (kind or "text", size) for key, kind, size in files}
        self._read: dict[str, float] = {}  # read, not yet saved: its work
        self._learned: dict[str, list[float]] = {}  # kind -> [work, bytes] of the files read
        self._saved_units = 0.0
        self._embedded = 0
        self._embedded_saved = 0  # of the embedded word pieces, those of files saved since

    # -- what happened ---------------------------------------------------------------------

    def read(self, key: str, work: int, learn: bool = True) -> None:
        """The reader finished a file: it has `work` word pieces to embed (0: nothing to do).

        learn=False for a file that failed: it says nothing about the other files of its kind.
        """
        with self._lock:
            self._learn(key, work, learn)

    def saved(self, key: str) -> None:
        """A file's outcome is stored (indexed, duplicate, failed...)."""
        with self._lock:
            if key in self._unread:  # failed or settled without being read
                self._learn(key, 0, learn=False)
            work = self._read.pop(key, 0.0)
            self._saved_units += work + FILE_UNITS
            # A window's files are embedded together, then saved one by one: only this file's share of the
            # embedded work moves to saved; the rest still counts for the files of the window not saved yet.
            self._embedded_saved = min(self._embedded_saved + int(work), self._embedded)

    def embedded(self, total: int) -> None:
        """The run has embedded `total` word pieces so far."""
        with self._lock:
            self._embedded = total

    def _learn(self, key: str, work: int, learn: bool) -> None:
        kind, size = self._unread.pop(key, ("text", 0))
        if learn:
            learned = self._learned.setdefault(kind, [0.0, 0.0])
            learned[0] += work
            learned[1] += size
        self._read[key] = float(work)

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
        partial = min(self._embedded - self._embedded_saved, in_flight)  # embedded, not saved yet
        left = in_flight - partial + FILE_UNITS * len(self._read)
        left += sum(self._predicted(kind, size) + FILE_UNITS for kind, size in self._unread.values())
        return self._saved_units + partial, left

    def _predicted(self, kind: str, size: int) -> float:
        work, size_read = self._learned.get(kind, (0.0, 0.0))
        if size_read <= 0:  # no file of this kind read yet: a typical figure
            return PRIOR_WORK_PER_MB.get(kind, 150_000.0) * size / 1048576
        return work * size / size_read
