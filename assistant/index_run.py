"""One `index add` / `index refresh`: a generator of progress that commits each document on its own.

A reader thread loads, hashes, parses and chunks files ahead of the embedder (pypdf holds
the GIL, torch releases it, so the two overlap). Chunks from a window of documents are
embedded together, shortest first, in batches bounded by a token budget, so no batch is
mostly padding and no batch takes long enough to delay a cancel. After the window is
embedded each document is written in its own transaction: a kill at any moment loses at
most the uncommitted window, and the next run skips what is already there.
"""
from __future__ import annotations

import hashlib
import logging
import os
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterator

import numpy as np

from assistant.errors import StorageError
from assistant.index_plan import Job, plan
from assistant.readers import CHANGED_WHILE_READ, UnreadableFile, load_file
from assistant.readers.isolated import IsolatedReader
from assistant.scanning import shown

log = logging.getLogger(__name__)
BATCH_TOKENS = 8192  # big batches embed fastest on CPU; cancel does not wait for a batch to end
WINDOW_CHUNKS = 128  # documents commit after each window: small enough that a kill loses little
POLL_S = 0.1
READ_ATTEMPTS = 3  # a file that keeps changing while it is read is reported, not chased forever
_DONE = object()


@dataclass
class IndexProgress:
    files_done: int
    files_total: int
    chunks_embedded: int
    chunks_per_s: float
    eta_s: float | None
    path: str | None = None
    outcome: str | None = None  # added, updated, unchanged, moved, failed, removed
    reason: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class IndexSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    moved: int = 0
    removed: int = 0
    failed: list[dict] = field(default_factory=list)
    unavailable: list[str] = field(default_factory=list)
    chunks_embedded: int = 0
    seconds: float = 0.0
    cancelled: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Prepared:
    job: Job
    action: str  # "index", "touch", "move", "copy", "fail"
    stat: os.stat_result | None = None
    reason: str | None = None
    twin_id: int | None = None
    kind: str | None = None
    content_hash: str | None = None
    pages: int = 0
    chunks: list = field(default_factory=list)
    vectors: np.ndarray | None = None
    size: int = 0


class IndexRun:
    def __init__(self, index, paths: list[Path], batch_tokens: int = BATCH_TOKENS,
                 window_chunks: int = WINDOW_CHUNKS, chunker=None, reader=None):
        self.index, self.paths = index, paths
        self.batch_tokens, self.window_chunks = batch_tokens, window_chunks
        self._chunker = chunker
        self.summary = IndexSummary()
        self._cancel = threading.Event()
        self._started = time.monotonic()
        self._files_done = self._files_total = 0
        self._bytes_done = self._bytes_total = 0
        self._moved_ids: set[int] = set()
        self._embedding = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-embedder")
        self._reader = reader or IsolatedReader(index.read_limits)  # parses each file in a child process

    def cancel(self) -> None:
        """Stop at the next batch (within about a second); what is committed stays."""
        self._cancel.set()

    @property
    def chunker(self):
        if self._chunker is None:
            from assistant.chunking import Chunker

            self._chunker = Chunker(self.index.embedder.tokenizer)
        return self._chunker

    def __iter__(self) -> Iterator[IndexProgress]:
        return self._run()

    # -- the run -------------------------------------------------------------------------------

    def _run(self) -> Iterator[IndexProgress]:
        try:
            the_plan = plan(self.index, self.paths)
            self.summary.unavailable = the_plan.unavailable
            self._files_total = len(the_plan.jobs) + len(the_plan.failed) + the_plan.unchanged
            self._files_done = the_plan.unchanged
            self.summary.unchanged = the_plan.unchanged
            self._bytes_total = sum(job.size for job in the_plan.jobs)
            yield self._progress()
            for job in the_plan.failed:
                yield self._apply(Prepared(job, "fail", reason=job.problem))
            yield from self._process(the_plan.jobs)
            if not self._cancel.is_set():
                yield from self._remove_missing(the_plan.removable)
        except StorageError as exc:  # e.g. the disk is full: that document rolled back, earlier ones stay
            done = self.summary.added + self.summary.updated + self.summary.moved
            raise StorageError(f"Indexing stopped: {exc} The {done} document(s) indexed before that are kept; "
                               "adding the same files again continues from there.") from exc
        finally:
            self._cancel.set()  # also stops the reader thread when the generator is closed early
            self._embedding.shutdown(wait=False, cancel_futures=True)
            self._reader.close()  # a file still being parsed is abandoned with its child process
            self.summary.cancelled = self._files_done < self._files_total
            self.summary.seconds = round(time.monotonic() - self._started, 3)

    def _process(self, jobs: list[Job]) -> Iterator[IndexProgress]:
        if not jobs:
            return
        ready: queue.Queue = queue.Queue(maxsize=32)
        threading.Thread(target=self._read_all, args=(jobs, ready), daemon=True, name="index-reader").start()
        window: list[Prepared] = []
        while not self._cancel.is_set():
            try:
                item = ready.get(timeout=0.2)
            except queue.Empty:
                continue
            if item is _DONE:
                break
            if item.action != "index":
                yield self._apply(item)
                continue
            window.append(item)
            if sum(len(p.chunks) for p in window) >= self.window_chunks or ready.empty():
                yield from self._embed_and_save(window)
                window = []
        if window and not self._cancel.is_set():
            yield from self._embed_and_save(window)

    # -- reader thread -------------------------------------------------------------------------

    def _read_all(self, jobs: list[Job], ready: queue.Queue) -> None:
        for job in jobs:
            if self._cancel.is_set():
                return
            self._put(ready, self._prepare(job))
        self._put(ready, _DONE)

    def _put(self, ready: queue.Queue, item) -> None:
        while not self._cancel.is_set():
            try:
                ready.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def _prepare(self, job: Job) -> Prepared:
        try:
            data, stat = self._load(job.path)
            digest = hashlib.sha256(data).hexdigest()
            if job.known is not None and job.known["content_hash"] == digest and job.known["status"] == "indexed":
                return Prepared(job, "touch", stat=stat)
            twin = self._twin(digest, job.path)
            if twin is not None:
                action = "copy" if os.path.lexists(twin["path"]) else "move"
                return Prepared(job, action, stat=stat, twin_id=twin["id"])
            document = self._reader.parse(job.path, data)
            chunks = self.chunker.chunk_pages(document.pages)
            return Prepared(job, "index", stat=stat, kind=document.kind, content_hash=digest,
                            pages=len(document.pages), chunks=chunks, size=len(data))
        except UnreadableFile as exc:
            return Prepared(job, "fail", reason=exc.reason)
        except Exception as exc:  # a library choking on one odd file must not stop the run
            log.warning("Could not read %s", job.path, exc_info=True)
            return Prepared(job, "fail", reason=f"could not be read ({type(exc).__name__}: {exc})")

    def _load(self, path: Path) -> tuple[bytes, os.stat_result]:
        for attempt in range(READ_ATTEMPTS):
            try:
                return load_file(path, self.index.max_file_bytes or _default_cap())
            except UnreadableFile as exc:
                if exc.reason != CHANGED_WHILE_READ or attempt == READ_ATTEMPTS - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))

    def _twin(self, digest: str, path: Path) -> dict | None:
        return self.index.store.query_one(
            "SELECT id, path FROM documents WHERE content_hash = ? AND status = 'indexed' AND path != ? LIMIT 1",
            (digest, str(path)))

    # -- embedding and saving ------------------------------------------------------------------

    def _embed_and_save(self, window: list[Prepared]) -> Iterator[IndexProgress]:
        entries = sorted(((len(c.token_ids), i, j) for i, p in enumerate(window) for j, c in enumerate(p.chunks)))
        vectors: dict[tuple[int, int], np.ndarray] = {}
        for batch in _batches(entries, self.batch_tokens):
            ids = [window[i].chunks[j].token_ids for _, i, j in batch]
            embedded = self._embed(ids)
            if embedded is None:
                return
            for (_, i, j), vector in zip(batch, embedded):
                vectors[(i, j)] = vector
            self.summary.chunks_embedded += len(batch)
            yield self._progress()
        for i, item in enumerate(window):
            item.vectors = np.stack([vectors[(i, j)] for j in range(len(item.chunks))])
            yield self._apply(item)

    def _embed(self, ids: list[list[int]]) -> np.ndarray | None:
        """Embed on a helper thread, polling for cancel: a cancel returns None at once, not after the batch."""
        if self._cancel.is_set():
            return None
        future = self._embedding.submit(self.index.embedder.embed_token_ids, ids)
        while True:
            try:
                return future.result(timeout=POLL_S)
            except TimeoutError:
                if self._cancel.is_set():
                    return None

    def _apply(self, item: Prepared) -> IndexProgress:
        """Write one outcome in its own transaction and count it."""
        index, job = self.index, item.job
        outcome = item.action
        if item.action == "index":
            records = [_record(chunk, vector) for chunk, vector in zip(item.chunks, item.vectors)]
            index.save_document(job.path, job.folder_id, item.kind, item.content_hash, item.stat, item.pages, records)
            outcome = "updated" if job.known is not None else "added"
        elif item.action == "move" and item.twin_id not in self._moved_ids:
            self._moved_ids.add(item.twin_id)
            index.move_document(item.twin_id, job.path, job.folder_id, item.stat)
            outcome = "moved"
        elif item.action in ("move", "copy"):
            index.copy_document(item.twin_id, job.path, job.folder_id, item.stat)
            outcome = "added"
        elif item.action == "touch":
            index.touch_document(job.known["id"], item.stat)
            outcome = "unchanged"
        else:
            index.save_failure(job.path, job.folder_id, item.reason, item.stat)
            self.summary.failed.append({"path": shown(job.path), "reason": item.reason})
            outcome = "failed"
        if outcome != "failed":
            setattr(self.summary, outcome, getattr(self.summary, outcome) + 1)
        self._files_done += 1
        self._bytes_done += job.size
        return self._progress(shown(job.path), outcome, item.reason)

    def _remove_missing(self, removable: list[dict]) -> Iterator[IndexProgress]:
        for row in removable:
            current = self.index.store.query_one("SELECT path FROM documents WHERE id = ?", (row["id"],))
            # Moved files have a new path; a folder is listed only while it cannot be opened.
            if current is not None and (not os.path.lexists(current["path"]) or os.path.isdir(current["path"])):
                self.index.delete_documents([row["id"]])
                self.summary.removed += 1
                yield self._progress(current["path"], "removed")

    def _progress(self, path: str | None = None, outcome: str | None = None,
                  reason: str | None = None) -> IndexProgress:
        elapsed = max(time.monotonic() - self._started, 1e-6)
        rate = self.summary.chunks_embedded / elapsed
        eta = None
        if self._bytes_done and self._bytes_total:
            eta = elapsed * max(self._bytes_total - self._bytes_done, 0) / self._bytes_done
        return IndexProgress(self._files_done, self._files_total, self.summary.chunks_embedded,
                             round(rate, 2), round(eta, 1) if eta is not None else None, path, outcome, reason)


def _record(chunk, vector):
    from assistant.index import ChunkRecord

    return ChunkRecord(chunk.page, chunk.char_start, chunk.char_end, chunk.text, vector)


def _batches(entries: list[tuple[int, int, int]], budget: int) -> Iterator[list[tuple[int, int, int]]]:
    """Consecutive runs of (length-sorted) entries whose padded size stays within `budget` tokens."""
    batch: list[tuple[int, int, int]] = []
    for entry in entries:
        if batch and (len(batch) + 1) * (entry[0] + 2) > budget:
            yield batch
            batch = []
        batch.append(entry)
    if batch:
        yield batch


def _default_cap() -> int:
    from assistant.readers import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES
