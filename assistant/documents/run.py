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
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from assistant.documents.index import text_hash
from assistant.documents.plan import Job, plan
from assistant.documents.scanning import shown
from assistant.errors import StorageError
from assistant.readers import CHANGED_WHILE_READ, UnreadableFile, kind_of, load_file
from assistant.readers.isolated import IsolatedReader
from assistant.runtime.eta import WorkEstimate

log = logging.getLogger(__name__)
BATCH_TOKENS = 8192  # big batches embed fastest on CPU; cancel does not wait for a batch to end
# Documents commit after each window. Bigger windows sort more chunks by length before batching (less
# padding): git's manual (git-doc) indexed in 89.5 s with 128, 78.1 s with 1024. A kill loses at most
# one window, about 12 s of embedding on a 2-core machine.
WINDOW_CHUNKS = 1024
POLL_S = 0.1
CHUNK_PAGES = 32  # pages chunked at a time (progress inside a long file)
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
    file: str | None = None  # the file being read now: page file_page of file_pages, file_chunks so far
    file_page: int | None = None
    file_pages: int | None = None
    file_chunks: int | None = None
    fraction: float | None = None  # of the run's work done, 0 to 1 (what the ETA is based on)

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
    # exact_copies: files identical to an indexed one; near_duplicates: files stored only where they
    # differ from a twin; chunks_not_embedded: chunks whose vector was copied or that a twin covers.
    duplicates: dict = field(default_factory=lambda: {"exact_copies": 0, "near_duplicates": 0,
                                                      "chunks_reused": 0, "chunks_left_to_twin": 0,
                                                      "chunks_not_embedded": 0})
    # Generated or vendored files and folders left out (assistant/documents/generated.py): reason -> count, and
    # reason -> a few of their paths. A skipped folder counts once; what was inside is not looked at.
    skipped: dict = field(default_factory=dict)
    skipped_examples: dict = field(default_factory=dict)

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
    records: list = field(default_factory=list)  # ChunkRecords to store, once embedded
    hashes: list = field(default_factory=list)  # the chunks' text hashes
    left: int = 0  # chunks not stored: the near-duplicate twin covers them
    size: int = 0
    near: object = None  # a near_duplicates.Match: the twin, and which chunks it covers

    @property
    def tokens_to_embed(self) -> int:
        """Tokens of the chunks it will embed at most: not those its near-duplicate twin covers."""
        twin = self.near is not None and self.near.twin is not None
        return sum(len(c.token_ids) for j, c in enumerate(self.chunks) if not (twin and self.near.contained[j]))


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
        self._estimate = WorkEstimate([], started=self._started)  # replaced once the plan is known
        self._reading: tuple | None = None  # (file, page, pages, chunks) where the reader thread is
        self._reading_shown: tuple | None = None
        self._tokens_embedded = 0  # the ETA's measure of work done
        self._moved_ids: set[int] = set()
        self._twins = None  # near_duplicates.TwinFinder, made by the reader thread when first needed
        self._embedding = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-embedder")
        # Parses each file in a child process; generated data that is not prose is read only on request.
        self._reader = reader or IsolatedReader(index.read_limits,
                                                check_prose=not index.include_generated)

    def cancel(self) -> None:
        """Stop at the next batch (within about a second); what is committed stays."""
        self._cancel.set()

    @property
    def chunker(self):
        if self._chunker is None:
            from assistant.documents.chunking import Chunker

            self._chunker = Chunker(self.index.embedder.tokenizer)
        return self._chunker

    def __iter__(self) -> Iterator[IndexProgress]:
        return self._run()

    # -- the run -------------------------------------------------------------------------------

    def _run(self) -> Iterator[IndexProgress]:
        try:
            the_plan = plan(self.index, self.paths)
            the_plan.jobs.sort(key=_source_copy_last)  # the page before its source: the page is cited
            self.index.fill_text_hashes()  # chunks stored by an older version, once
            self.summary.unavailable = the_plan.unavailable
            self.summary.skipped, self.summary.skipped_examples = dict(the_plan.skipped), the_plan.skipped_examples
            self.summary.removed = len(the_plan.dropped)  # indexed before, skipped now
            self._files_total = len(the_plan.jobs) + len(the_plan.failed) + the_plan.unchanged
            self._files_done = the_plan.unchanged
            self.summary.unchanged = the_plan.unchanged
            self._estimate = WorkEstimate([(str(job.path), _estimate_kind(job), job.size) for job in the_plan.jobs],
                                          started=self._started)
            yield self._progress()
            for job in the_plan.failed:
                yield self._apply(Prepared(job, "fail", reason=job.problem))
            yield from self._process(the_plan.jobs)
            if not self._cancel.is_set():
                yield from self._remove_missing(the_plan.removable)
            if not self._cancel.is_set():
                yield from self._reread_orphans()
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
                if self._reading != self._reading_shown:  # a long file: show its pages going by
                    yield self._progress()
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
            prepared = self._prepare(job)
            self._estimate.read(str(job.path), prepared.tokens_to_embed, learn=prepared.action != "fail")
            self._reading = None
            self._put(ready, prepared)
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
            document = self._reader.parse(job.path, data,
                                          on_progress=lambda page, pages: self._read_to(job, page, pages))
            chunks = self._chunk(job, document.pages)
            return Prepared(job, "index", stat=stat, kind=document.kind, content_hash=digest,
                            reason="; ".join(document.notes) or None,
                            pages=len(document.pages), chunks=chunks, size=len(data),
                            near=self._near_duplicate(job.path, digest, document.pages, chunks))
        except UnreadableFile as exc:
            return Prepared(job, "fail", reason=exc.reason)
        except Exception as exc:  # a library choking on one odd file must not stop the run
            log.warning("Could not read %s", job.path, exc_info=True)
            return Prepared(job, "fail", reason=f"could not be read ({type(exc).__name__}: {exc})")

    def _read_to(self, job: Job, page: int, pages: int, chunks: int | None = None) -> None:
        self._reading = (shown(job.path), page, pages, chunks)

    def _chunk(self, job: Job, pages: list) -> list:
        """Chunk a few pages at a time, so that a long file shows its chunks as they come."""
        chunks: list = []
        for first in range(0, len(pages), CHUNK_PAGES):
            chunks += self.chunker.chunk_pages(pages[first:first + CHUNK_PAGES])
            self._read_to(job, pages[min(first + CHUNK_PAGES, len(pages)) - 1].number, pages[-1].number, len(chunks))
        return chunks

    def _near_duplicate(self, path: Path, digest: str, pages, chunks):
        """Which indexed (or earlier) document this one nearly duplicates, and which chunks it covers."""
        from assistant.documents.near_duplicates import TwinFinder

        if self._twins is None:
            self._twins = TwinFinder(self.index.twin_candidates(), self.index.document_text)
        text = "\n".join(page.text for page in pages)
        try:
            match = self._twins.match(str(path), text, [chunk.text for chunk in chunks])
        except Exception:  # the check only saves work: never fail a file over it, index it whole
            log.warning("Near-duplicate check failed for %s", path, exc_info=True)
            return None
        if match.twin is None and match.sketch is not None:
            self._twins.remember(str(path), digest, match.sketch, text)
        return match

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
        """Embed the window's chunks, except texts whose vector is known and those a twin covers."""
        vectors, entries, copies = self._known_vectors(window)
        for batch in _batches(sorted(entries), self.batch_tokens):
            ids = [window[i].chunks[j].token_ids for _, i, j in batch]
            embedded = self._embed(ids)
            if embedded is None:
                return
            for (_, i, j), vector in zip(batch, embedded):
                vectors[(i, j)] = vector
            self.summary.chunks_embedded += len(batch)
            yield self._progress()
        for key, source in copies:
            vectors[key] = vectors[source]
        for i, item in enumerate(window):
            kept = [j for j in range(len(item.chunks)) if (i, j) in vectors]
            item.records = [_record(item.chunks[j], vectors[(i, j)], item.hashes[j]) for j in kept]
            item.left = len(item.chunks) - len(kept)
            yield self._apply(item)

    def _known_vectors(self, window: list[Prepared]):
        """Vectors of texts already stored; (length, i, j) of the texts to embed, each once; and
        (chunk, first chunk) pairs for texts repeated in the window. A chunk that its twin covers
        is kept only when its text has a vector anyway (then both files can be cited for it)."""
        for item in window:
            item.hashes = [text_hash(chunk.text) for chunk in item.chunks]
        stored = self.index.vectors_for(h for item in window for h in item.hashes)
        vectors, entries, copies, first = {}, [], [], {}
        covered = []
        for i, item in enumerate(window):
            for j, digest in enumerate(item.hashes):
                if item.near is not None and item.near.twin is not None and item.near.contained[j]:
                    covered.append((i, j))
                elif digest in stored:
                    vectors[(i, j)] = np.frombuffer(stored[digest], dtype=np.float32)
                elif digest in first:
                    copies.append(((i, j), first[digest]))
                else:
                    first[digest] = (i, j)
                    entries.append((len(item.chunks[j].token_ids), i, j))
        for i, j in covered:
            digest = window[i].hashes[j]
            if digest in stored:
                vectors[(i, j)] = np.frombuffer(stored[digest], dtype=np.float32)
            elif digest in first:
                copies.append(((i, j), first[digest]))
        reused = len(vectors) + len(copies)
        self.summary.duplicates["chunks_reused"] += reused
        self.summary.duplicates["chunks_not_embedded"] += reused
        return vectors, entries, copies

    def _embed(self, ids: list[list[int]]) -> np.ndarray | None:
        """Embed on a helper thread, polling for cancel: a cancel returns None at once, not after the batch."""
        if self._cancel.is_set():
            return None
        future = self._embedding.submit(self.index.embedder.embed_token_ids, ids)
        while True:
            try:
                vectors = future.result(timeout=POLL_S)
                self._tokens_embedded += sum(map(len, ids))
                return vectors
            except TimeoutError:
                if self._cancel.is_set():
                    return None

    def _apply(self, item: Prepared) -> IndexProgress:
        """Write one outcome in its own transaction and count it."""
        index, job = self.index, item.job
        outcome = item.action
        if item.action == "index" and not self._save_indexed(item):
            item.reason = f"the file it nearly duplicates ({item.near.twin}) was not indexed; refresh to read it again"
            index.save_failure(job.path, job.folder_id, item.reason, item.stat)
            self.summary.failed.append({"path": shown(job.path), "reason": item.reason})
            outcome = "failed"
        elif item.action == "index":
            outcome = "updated" if job.known is not None else "added"
        elif item.action == "move" and item.twin_id not in self._moved_ids:
            self._moved_ids.add(item.twin_id)
            index.move_document(item.twin_id, job.path, job.folder_id, item.stat)
            outcome = "moved"
        elif item.action in ("move", "copy"):
            copied = index.copy_document(item.twin_id, job.path, job.folder_id, item.stat)
            self.summary.duplicates["exact_copies"] += 1
            self.summary.duplicates["chunks_not_embedded"] += copied
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
        self._estimate.saved(str(job.path))
        return self._progress(shown(job.path), outcome, item.reason)

    def _save_indexed(self, item: Prepared) -> bool:
        """Store a read document; False when the twin it leaves chunks to is not (or no longer) indexed
        as it was compared (another process changed it meanwhile)."""
        near, duplicate = item.near, {"sketch": item.near.sketch if item.near else None, "reason": item.reason}
        if near is not None and near.twin is not None and item.left:
            twin = self.index.store.query_one("SELECT id FROM documents WHERE path = ? AND status = 'indexed' "
                                              "AND near_duplicate_of IS NULL AND content_hash = ?",
                                              (near.twin, near.twin_hash))
            if twin is None:
                return False
            duplicate.update(near_duplicate_of=twin["id"], left_to_twin=item.left)
            self.summary.duplicates["near_duplicates"] += 1
            self.summary.duplicates["chunks_left_to_twin"] += item.left
            self.summary.duplicates["chunks_not_embedded"] += item.left
        self.index.save_document(item.job.path, item.job.folder_id, item.kind, item.content_hash, item.stat,
                                 item.pages, item.records, **duplicate)
        return True

    def _reread_orphans(self) -> Iterator[IndexProgress]:
        """Near-duplicates whose twin was removed or changed in this run: read them whole again."""
        jobs = [Job(Path(row["path"]), row["folder_id"], known=row) for row in self.index.orphaned_near_duplicates()
                if os.path.lexists(row["path"])]
        self._files_total += len(jobs)
        yield from self._process(jobs)

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
        self._estimate.embedded(self._tokens_embedded)
        rate = self.summary.chunks_embedded / elapsed
        eta, fraction = self._estimate.remaining_s(), self._estimate.fraction()
        reading = self._reading_shown = self._reading
        file, page, pages, chunks = reading or (None, None, None, None)
        return IndexProgress(self._files_done, self._files_total, self.summary.chunks_embedded,
                             round(rate, 2), round(eta, 1) if eta is not None else None, path, outcome, reason,
                             file, page, pages, chunks, round(fraction, 4) if fraction is not None else None)


def _record(chunk, vector, digest: str):
    from assistant.documents.index import ChunkRecord

    return ChunkRecord(chunk.page, chunk.char_start, chunk.char_end, chunk.text, vector, digest)


def _estimate_kind(job: Job) -> str | None:
    """The ETA learns work per byte by kind; a page's source copy is a kind of its own (mostly a duplicate)."""
    return "source copy" if _source_copy_last(job) else kind_of(job.path)


def _source_copy_last(job: Job) -> bool:
    """Sphinx's _sources/ copies sort before the pages; read the pages first so they carry the chunks."""
    return "_sources" in job.path.parts


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
