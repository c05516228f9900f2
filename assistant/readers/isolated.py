"""Parse untrusted files in a child process, with a time limit and a memory cap.

A PDF that loops, a decompression bomb or a crash inside a parsing library must not hang,
exhaust or kill the app. One long-lived child process parses file after file (starting a
Python process per file would cost more than most files take to parse); when it dies the
death is reported and the next file gets a fresh child.

Time limits scale with the work: a PDF is read page by page and each page must finish within
ReadLimits.seconds. A page that does not is skipped by name (the child is killed, a fresh one
goes on from the next page), so a 1,600-page manual is read to the end; a few hung pages, or a
whole read past its cap (scaled by pages and size), and the document is given up as hostile.
Files without pages of their own (text, HTML, Word) get seconds plus seconds_per_mb.

The limits count the child's CPU time, not the clock: the child runs at the lowest priority, so while
indexing it leaves the cores to the embedder, and on a busy machine it waits for a core without being
taken for hung. A child that waits without running at all (a library stuck on a lock) is stopped by the
clock at WALL_SLACK times the limit.

OCR is slow (seconds a page on two cores, more on a busy machine): the child announces each page
it is about to OCR (a scanned PDF page, an image's frame), and that page gets ocr_seconds instead
of seconds, and the whole read ocr_seconds_per_page more, so a 300-page scan reads to the end
while a page that hangs inside OCR is still skipped. ReadLimits.ocr False reads no image at all
(a PDF page without a text layer is reported as today: "no text layer (scanned?); OCR is off").

The memory cap is a hard address-space limit on Linux (RLIMIT_AS) and, everywhere, the parent
watching the child's resident memory.

The parent sends the bytes it already read and hashed (the child never opens the file, so
what is parsed is exactly what was hashed); the child answers with page numbers and the
pages' UTF-8 text as they are read (which is also the progress). Only plain data crosses the
pipe (JSON headers and UTF-8 text), never pickles.
"""
from __future__ import annotations

import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from assistant.readers import (
    DEFAULT_MAX_BYTES,
    PAGED_READERS,
    Document,
    Page,
    UnreadableFile,
    clean_text,
    images,
    kind_of,
    load_bytes,
    parse_document,
    pdf,
    refuse_text_that_is_not_prose,
    supported_kind,
)
from assistant.readers.pages import PageText
from assistant.runtime.system import lower_process_priority, process_cpu_seconds, process_rss, usable_cores

log = logging.getLogger(__name__)
POLL_S = 0.05
CRASHED = "crashed the document reader"
ENCODING = ("utf-8", "surrogatepass")
BATCH_PAGES = 256  # pages of a text file sent in one message
# A zipped package holds several times its size in XML to parse: a spreadsheet of a million rows
# is 32 MB on disk and takes 72 s of CPU to read here (1 s per 14,000 rows); a compressed file
# gets this many times seconds_per_mb.
WALL_SLACK = 10.0  # a step, or a whole read, is stopped by the clock at this many times its CPU-time limit
ZIPPED_KINDS = {"xlsx": 3.0, "ods": 3.0, "docx": 2.0, "pptx": 2.0, "odp": 2.0, "odt": 2.0, "epub": 2.0}


@dataclass(frozen=True)
class ReadLimits:
    seconds: float = 30.0  # a PDF page may take this long; a file without pages of its own...
    seconds_per_mb: float = 3.0  # ...gets this much more per MB (so does opening a PDF)
    seconds_per_page: float = 2.0  # a whole PDF stops at seconds_for(size) plus this per page
    memory_mb: int = 2048  # the child's memory cap
    hung_pages: int = 3  # this many hung pages and the whole PDF is given up as hostile
    ocr: bool = True  # read scanned pages and images by OCR (Settings.ocr_enabled)
    ocr_seconds: float = 180.0  # an OCR page may take this long (a few seconds on an idle 2-core machine)...
    ocr_seconds_per_page: float = 60.0  # ...and adds this much to the whole read's cap

    def seconds_for(self, size: int, kind: str | None = None) -> float:
        per_mb = self.seconds_per_mb * ZIPPED_KINDS.get(kind or "", 1.0)
        return self.seconds + per_mb * size / 1048576

    def cap_for(self, size: int, pages: int, ocr_pages: int = 0) -> float:
        return self.seconds_for(size) + self.seconds_per_page * pages + self.ocr_seconds_per_page * ocr_pages


class _PageHung(Exception):
    """No progress within the per-page limit: the child was killed; the read resumes after that page."""

    def __init__(self, seconds: float):
        super().__init__(seconds)
        self.seconds = seconds  # the limit it ran past


class _Step:
    """One wait for the child's next message: when it began by the clock and, once first asked, by the
    child's CPU time (the time of one poll earlier is not counted, a negligible part of any limit)."""

    def __init__(self, limit: float, cores: int):
        self.limit, self.cores = limit, cores  # an OCR step may use every core: its CPU limit is limit x cores
        self.began = time.monotonic()
        self.cpu_began: float | None = None

    def past_limit(self, cpu: float) -> float | None:
        """The limit this step ran past (CPU time, or the clock's slack), or None."""
        if self.cpu_began is None:
            self.cpu_began = cpu
        if cpu - self.cpu_began > self.limit * self.cores:
            return self.limit
        wall_limit = self.limit * WALL_SLACK
        return wall_limit if time.monotonic() - self.began > wall_limit else None


class _Reading:
    """What the parent has learned about one document so far (it survives a child's restart)."""

    def __init__(self, path: Path, size: int, on_progress, use_ocr: bool = True):
        self.path, self.size, self.on_progress, self.use_ocr = path, size, on_progress, use_ocr
        self.kind: str | None = None
        self.total: int | None = None
        self.pages: list[Page] = []
        self.problems: list[str] = []
        self.hung: list[tuple[int, float]] = []  # (page, the limit it ran past)
        self.next_page = 1
        self.ocr_pages = 0  # pages the child announced it OCRs
        self.in_ocr = False  # the page being read now is being OCRed
        self.started = time.monotonic()
        self.cpu_spent = 0.0  # CPU seconds of the children that read this document before the current one
        self.cpu_mark = 0.0  # the current child's CPU seconds when it was asked for this document

    @property
    def paged(self) -> bool:
        return self.kind in PAGED_READERS and self.total is not None  # its pages are read one at a time

    def opened(self, header: dict) -> None:
        self.kind, self.total = header["kind"], header["pages"]

    def add(self, batch: list, text: str) -> None:
        self.in_ocr = False
        position = 0
        for number, length, problem, label, locator in batch:
            self.pages.append(Page(number, text[position:position + length], label, locator))
            position += length
            if problem:
                self.problems.append(problem)
            self.next_page = number + 1
        if self.on_progress is not None and self.total:
            self.on_progress(self.next_page - 1, self.total)

    def ocr_started(self) -> None:
        self.ocr_pages += 1
        self.in_ocr = True

    def skip_hung(self, seconds: float, limits: ReadLimits) -> bool:
        """Record the page that ran past `seconds`; False when nothing is left to read after it."""
        self.hung.append((self.next_page, seconds))
        self.in_ocr = False
        log.warning("%s: page %d took longer than %.0f s to read; skipped", self.path.name, self.next_page, seconds)
        if len(self.hung) >= limits.hung_pages:
            raise UnreadableFile(self.path, f"pages {_listed([page for page, _s in self.hung])} each took longer "
                                            f"than {max(s for _page, s in self.hung):.0f} s to read "
                                            "(damaged or hostile?); skipped")
        self.next_page += 1
        return self.next_page <= (self.total or 0)

    def no_text_reason(self, limits: ReadLimits) -> str:
        if self.kind == "pdf":
            return pdf.no_text_reason(self.problems, self.use_ocr)
        if self.kind == "image":
            return images.no_text_reason(self.problems)
        return "empty file"

    def document(self, limits: ReadLimits, check_prose: bool = True) -> Document:
        notes = [f"page {page} took longer than {seconds:.0f} s to read; skipped" for page, seconds in self.hung]
        pages = [page for page in self.pages if page.text.strip()]
        if not pages:
            raise UnreadableFile(self.path, "; ".join(notes) or self.no_text_reason(limits))
        document = Document(path=self.path, kind=self.kind or supported_kind(self.path), pages=pages, notes=notes)
        if self.kind in PAGED_READERS and check_prose:  # other kinds were checked by parse_document in the child
            refuse_text_that_is_not_prose(document)
        return document


def _listed(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


class IsolatedReader:
    """Parses documents in a child process; `parse` raises UnreadableFile with a reason."""

    def __init__(self, limits: ReadLimits | None = None, check_prose: bool = True):
        self.limits = limits or ReadLimits()
        self.check_prose = check_prose  # False: text that is not prose is read too (--include-generated)
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self.children_started = 0  # more than one: a file timed out, crashed or ran out of memory

    def parse(self, path: Path, data: bytes, on_progress=None, use_ocr: bool | None = None,
              ocr_later: bool = False) -> Document:
        """The document's pages; on_progress(pages_done, pages_total) is called as they arrive.

        A PDF page that makes no progress within the limit is skipped (the child is replaced
        and the read goes on from the next page); the document's notes name it. use_ocr
        overrides limits.ocr for this file. With ocr_later, a file with a page to OCR (a scan,
        an image) is not OCRed now: UnreadableFile(OCR_LATER) says to read it again at the end
        of the run, so scans never hold up the files behind them.
        """
        reading = _Reading(Path(path), len(data), on_progress, self.limits.ocr if use_ocr is None else use_ocr)
        ocr_mode = "later" if ocr_later and reading.use_ocr else reading.use_ocr
        while True:
            self._request(reading, data, ocr_mode)
            try:
                self._answer(reading)
                break
            except _PageHung as hung:
                if not reading.skip_hung(hung.seconds, self.limits):
                    break
        return reading.document(self.limits, self.check_prose)

    def close(self) -> None:
        """Stop the child (also from another thread while it parses: that parse then fails)."""
        self._discard()

    def __enter__(self) -> IsolatedReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the parent's side ---------------------------------------------------------------------

    def _ensure_child(self) -> Connection:
        """The pipe to a running child, started if there is none."""
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self._discard()  # it died between two files
        context = multiprocessing.get_context("spawn")  # never fork a process that runs torch threads
        conn, child_end = context.Pipe(duplex=True)
        process = context.Process(target=serve, args=(child_end, self.limits.memory_mb, os.getpid()),
                                  name="deskmate-reader", daemon=True)
        process.start()
        self._conn, self._process = conn, process
        self.children_started += 1
        child_end.close()
        return conn

    def _request(self, reading: _Reading, data: bytes, ocr_mode: bool | str) -> None:
        conn = self._ensure_child()
        reading.cpu_mark = self._child_cpu()
        try:
            conn.send_bytes(json.dumps({"path": str(reading.path), "start": reading.next_page,
                                        "check_prose": self.check_prose, "ocr": ocr_mode}).encode())
            conn.send_bytes(data)
        except OSError:
            reason = self._death_reason(CRASHED)
            self._discard()
            raise UnreadableFile(reading.path, reason) from None

    def _step(self, reading: _Reading) -> _Step:
        if reading.in_ocr:
            return _Step(self.limits.ocr_seconds, usable_cores())
        return _Step(self.limits.seconds if reading.paged else self.limits.seconds_for(reading.size, kind_of(reading.path)), 1)

    def _child_cpu(self) -> float:
        """The child's CPU seconds so far (0 when it cannot be seen: it ended, and the poll reports that)."""
        pid = self._process.pid if self._process is not None else None
        return (process_cpu_seconds(pid) or 0.0) if pid is not None else 0.0

    def _answer(self, reading: _Reading) -> None:
        """Receive the pages until the end; a hung page raises _PageHung, anything else UnreadableFile."""
        conn = self._conn
        step = self._step(reading)
        try:
            if conn is None:  # close() was called from another thread
                raise EOFError
            while True:
                while not conn.poll(POLL_S):
                    self._check_child(reading, step)
                header = json.loads(conn.recv_bytes())
                if "error" in header or "end" in header:
                    break
                if "batch" in header:
                    reading.add(header["batch"], conn.recv_bytes().decode(*ENCODING))
                elif "ocr" in header:
                    reading.ocr_started()
                else:
                    reading.opened(header)
                step = self._step(reading)
        except (EOFError, OSError, ValueError):  # the child died mid-answer, or close() was called
            reason = self._death_reason(CRASHED)
            self._discard()
            raise UnreadableFile(reading.path, reason) from None
        if "end" in header:
            return
        if header.get("restart"):
            self._discard()
        raise UnreadableFile(reading.path, header["error"])

    def _check_child(self, reading: _Reading, step: _Step) -> None:
        """Between polls: a dead, bloated or overdue child is discarded and the file reported."""
        if self._process is None or not self._process.is_alive():
            reason = self._death_reason(CRASHED)
        elif self._over_memory(self._process):
            reason = memory_reason(self.limits.memory_mb)
        else:
            cpu = self._child_cpu()
            cap = self._past_cap(reading, cpu)
            step_past = step.past_limit(cpu)
            if cap is not None:
                reason = (f"took longer than {cap:.0f} s to read its {reading.total:,} pages "
                          "(damaged or hostile?); skipped")
            elif step_past is not None and reading.paged:
                reading.cpu_spent += cpu - reading.cpu_mark
                self._discard()
                raise _PageHung(step_past)
            elif step_past is not None:
                reason = f"took longer than {step_past:.0f} s to read (damaged or hostile?); skipped"
            else:
                return
        self._discard()
        raise UnreadableFile(reading.path, reason)

    def _past_cap(self, reading: _Reading, cpu: float) -> float | None:
        """The whole read's cap (scaled by its pages) when the document ran past it, by CPU time or the clock."""
        if reading.total is None or not reading.paged:
            return None
        cap = self.limits.cap_for(reading.size, reading.total, reading.ocr_pages)
        cores = usable_cores() if reading.ocr_pages else 1
        if reading.cpu_spent + cpu - reading.cpu_mark > cap * cores:
            return cap
        return cap * WALL_SLACK if time.monotonic() - reading.started > cap * WALL_SLACK else None

    def _over_memory(self, process: BaseProcess) -> bool:
        if sys.platform.startswith("linux") or process.pid is None:
            return False  # the address-space limit set in the child is exact there
        rss = process_rss(process.pid)  # None: the child just ended, or cannot be seen
        return rss is not None and rss > self.limits.memory_mb * 1048576

    def _death_reason(self, what: str) -> str:
        if self._process is None:
            return what
        self._process.join(timeout=1)
        code = self._process.exitcode
        if code is not None and code < 0:
            try:
                return f"{what} (killed by {signal.Signals(-code).name}); skipped"
            except ValueError:
                pass
        return f"{what} (exit code {code}); skipped"

    def _discard(self) -> None:
        """Kill the child (if still running); the next parse starts a fresh one."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(timeout=5)


def read_document_isolated(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES,
                           limits: ReadLimits | None = None) -> Document:
    """read_document for one file a person chose, parsed in a child process of its own."""
    path = Path(path)
    supported_kind(path)
    data = load_bytes(path, max_bytes)
    with IsolatedReader(limits) as reader:
        return reader.parse(path, data)


OCR_LATER = "has pages to read by OCR; it is read after the files with text of their own"


class _OcrLater(Exception):
    """In the child: a page needs OCR and the parent asked to come back for such files later."""


def memory_reason(memory_mb: int) -> str:
    return f"needs more than {memory_mb:,} MB of memory to read (a decompression bomb?); skipped"


# -- the child's side ------------------------------------------------------------------------

def serve(conn, memory_mb: int, parent_pid: int) -> None:
    """The child process: parse what arrives until the pipe closes or the parent goes away."""
    lower_process_priority()  # first, so that every thread it starts (OCR's) inherits it
    _cap_memory(memory_mb)
    _exit_with_parent(parent_pid)
    logging.getLogger().addHandler(logging.NullHandler())  # the parent reports each file's outcome
    while True:
        try:
            request = json.loads(conn.recv_bytes())
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            _read(conn, Path(request["path"]), data, request.get("start", 1), request.get("check_prose", True),
                  request.get("ocr", True))
        except MemoryError:
            _send_error(conn, memory_reason(memory_mb), restart=True)
        except _OcrLater:
            _send_error(conn, OCR_LATER)
        except Exception as exc:  # UnreadableFile, or a library choking on one odd file: keep serving
            reason = exc.reason if isinstance(exc, UnreadableFile) else f"could not be read ({type(exc).__name__}: {exc})"
            if _near_memory_cap(memory_mb):  # libraries report running out of memory in their own ways
                _send_error(conn, memory_reason(memory_mb), restart=True)
            else:
                _send_error(conn, reason)


def _read(conn, path: Path, data: bytes, start: int, check_prose: bool, use_ocr: bool | str = True) -> None:
    """Send the pages as they are read: PDFs and images page by page (from `start`), other files in batches.

    use_ocr "later": the first page that needs OCR ends the read with OCR_LATER.
    """
    kind = supported_kind(path)
    if kind in PAGED_READERS:
        def before_ocr(number: int) -> None:
            if use_ocr == "later":
                raise _OcrLater()
            _send_header(conn, {"ocr": number})

        total, texts = PAGED_READERS[kind](path, data, start, use_ocr=bool(use_ocr), before_ocr=before_ocr)
        _send_header(conn, {"kind": kind, "pages": total})
        for text in texts:
            _send_batch(conn, [PageText(text.number, clean_text(text.text), text.label, text.locator,
                                        text.problem)])
    else:
        pages = parse_document(path, data, check_prose).pages
        _send_header(conn, {"kind": kind, "pages": len(pages)})
        for first in range(0, len(pages), BATCH_PAGES):
            _send_batch(conn, pages[first:first + BATCH_PAGES])
    _send_header(conn, {"end": True})


def _send_header(conn, header: dict) -> None:
    conn.send_bytes(json.dumps(header).encode())


def _send_error(conn, reason: str, restart: bool = False) -> None:
    _send_header(conn, {"error": reason, "restart": restart})


def _send_batch(conn, pages: list[Page]) -> None:
    # Lengths are in characters; the text goes as one UTF-8 block, so a 100 MB file costs no JSON escaping.
    _send_header(conn, {"batch": [[page.number, len(page.text), getattr(page, "problem", None), page.label,
                                   page.locator] for page in pages]})
    conn.send_bytes("".join(page.text for page in pages).encode(*ENCODING))


def _near_memory_cap(memory_mb: int) -> bool:
    """True when this process's peak address space came within 10% of the cap (Linux only)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmPeak:"))
    except (OSError, StopIteration, ValueError):
        return False
    return peak_kb * 1024 > 0.9 * memory_mb * 1048576


def _cap_memory(memory_mb: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent watches the child's memory instead
        return
    limit = memory_mb * 1048576
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):  # macOS ignores or refuses RLIMIT_AS
        pass


def _exit_with_parent(parent_pid: int) -> None:
    """A child must not outlive the app (a killed app cannot close the pipe for a child busy parsing)."""
    def watch():
        while True:
            if os.getppid() != parent_pid:
                os._exit(0)
            time.sleep(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()
