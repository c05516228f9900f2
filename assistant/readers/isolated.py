"""Parse untrusted files in a child process, with a time limit and a memory cap.

A PDF that loops, a decompression bomb or a crash inside a parsing library must not hang,
exhaust or kill the app. One long-lived child process parses file after file (starting a
Python process per file would cost more than most files take to parse); when a file takes
too long it is killed, when it dies the death is reported, and the next file gets a fresh
child. The memory cap is a hard address-space limit on Linux (RLIMIT_AS) and, everywhere,
the parent watching the child's resident memory.

The parent sends the bytes it already read and hashed (the child never opens the file, so
what is parsed is exactly what was hashed); the child answers with page numbers and the
pages' UTF-8 text. Only plain data crosses the pipe, never pickles.
"""
from __future__ import annotations

import json
import logging
import multiprocessing
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from assistant.readers import (DEFAULT_MAX_BYTES, Document, Page, UnreadableFile, load_bytes, parse_document,
                               supported_kind)

log = logging.getLogger(__name__)
POLL_S = 0.05
CRASHED = "crashed the document reader"
ENCODING = ("utf-8", "surrogatepass")


@dataclass(frozen=True)
class ReadLimits:
    seconds: float = 60.0  # every file gets this long to parse...
    seconds_per_mb: float = 3.0  # ...plus this much per MB of file
    memory_mb: int = 2048  # the child's memory cap

    def seconds_for(self, size: int) -> float:
        return self.seconds + self.seconds_per_mb * size / 1048576


class IsolatedReader:
    """Parses documents in a child process; `parse` raises UnreadableFile with a reason."""

    def __init__(self, limits: ReadLimits | None = None):
        self.limits = limits or ReadLimits()
        self._process = self._conn = None
        self.children_started = 0  # more than one: a file timed out, crashed or ran out of memory

    def parse(self, path: Path, data: bytes) -> Document:
        path = Path(path)
        self._ensure_child()
        try:
            self._conn.send_bytes(json.dumps({"path": str(path)}).encode())
            self._conn.send_bytes(data)
        except OSError:
            reason = self._death_reason(CRASHED)
            self._discard()
            raise UnreadableFile(path, reason) from None
        return self._answer(path, self.limits.seconds_for(len(data)))

    def close(self) -> None:
        """Stop the child (also from another thread while it parses: that parse then fails)."""
        self._discard()

    def __enter__(self) -> "IsolatedReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the parent's side ---------------------------------------------------------------------

    def _ensure_child(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._discard()  # it died between two files
        context = multiprocessing.get_context("spawn")  # never fork a process that runs torch threads
        self._conn, child_end = context.Pipe(duplex=True)
        self._process = context.Process(target=serve, args=(child_end, self.limits.memory_mb, os.getpid()),
                                        name="deskmate-reader", daemon=True)
        self._process.start()
        self.children_started += 1
        child_end.close()

    def _answer(self, path: Path, seconds: float) -> Document:
        conn, deadline = self._conn, time.monotonic() + seconds
        try:
            while not conn.poll(POLL_S):
                self._check_child(path, seconds, deadline)
            header = json.loads(conn.recv_bytes())
            if "error" not in header:
                return _document(path, header, conn.recv_bytes().decode(*ENCODING))
        except (EOFError, OSError, ValueError):  # the child died mid-answer, or close() was called
            reason = self._death_reason(CRASHED)
            self._discard()
            raise UnreadableFile(path, reason) from None
        if header.get("restart"):
            self._discard()
        raise UnreadableFile(path, header["error"])

    def _check_child(self, path: Path, seconds: float, deadline: float) -> None:
        """Between polls: a dead, bloated or overdue child is discarded and the file reported."""
        if self._process is None or not self._process.is_alive():
            reason = self._death_reason(CRASHED)
        elif self._over_memory():
            reason = memory_reason(self.limits.memory_mb)
        elif time.monotonic() > deadline:
            reason = f"took longer than {seconds:.0f} s to read (damaged or hostile?); skipped"
        else:
            return
        self._discard()
        raise UnreadableFile(path, reason)

    def _over_memory(self) -> bool:
        if sys.platform.startswith("linux"):
            return False  # the address-space limit set in the child is exact there
        try:
            import psutil

            return psutil.Process(self._process.pid).memory_info().rss > self.limits.memory_mb * 1048576
        except Exception:  # the child just ended, or psutil cannot see it
            return False

    def _death_reason(self, what: str) -> str:
        if self._process is None:
            return what
        self._process.join(timeout=1)
        code = self._process.exitcode
        if code is not None and code < 0:
            import signal

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


def memory_reason(memory_mb: int) -> str:
    return f"needs more than {memory_mb:,} MB of memory to read (a decompression bomb?); skipped"


def _document(path: Path, header: dict, text: str) -> Document:
    pages, position = [], 0
    for number, length in header["pages"]:
        pages.append(Page(number, text[position:position + length]))
        position += length
    return Document(path=path, kind=header["kind"], pages=pages)


# -- the child's side ------------------------------------------------------------------------

def serve(conn, memory_mb: int, parent_pid: int) -> None:
    """The child process: parse what arrives until the pipe closes or the parent goes away."""
    _cap_memory(memory_mb)
    _exit_with_parent(parent_pid)
    logging.getLogger().addHandler(logging.NullHandler())  # the parent reports each file's outcome
    while True:
        try:
            path = Path(json.loads(conn.recv_bytes())["path"])
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        try:
            document = parse_document(path, data)
        except MemoryError:
            _send_error(conn, memory_reason(memory_mb), restart=True)
        except Exception as exc:  # UnreadableFile, or a library choking on one odd file: keep serving
            reason = exc.reason if isinstance(exc, UnreadableFile) else f"could not be read ({type(exc).__name__}: {exc})"
            if _near_memory_cap(memory_mb):  # libraries report running out of memory in their own ways
                _send_error(conn, memory_reason(memory_mb), restart=True)
            else:
                _send_error(conn, reason)
        else:
            _send_document(conn, document)


def _send_error(conn, reason: str, restart: bool = False) -> None:
    conn.send_bytes(json.dumps({"error": reason, "restart": restart}).encode())


def _near_memory_cap(memory_mb: int) -> bool:
    """True when this process's peak address space came within 10% of the cap (Linux only)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmPeak:"))
    except (OSError, StopIteration, ValueError):
        return False
    return peak_kb * 1024 > 0.9 * memory_mb * 1048576


def _send_document(conn, document: Document) -> None:
    # Lengths are in characters; the text goes as one UTF-8 block, so a 100 MB file costs no JSON escaping.
    header = {"kind": document.kind, "pages": [[page.number, len(page.text)] for page in document.pages]}
    conn.send_bytes(json.dumps(header).encode())
    conn.send_bytes("".join(page.text for page in document.pages).encode(*ENCODING))


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
