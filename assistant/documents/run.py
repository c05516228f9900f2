"""One `index add` / `index refresh`: a generator of progress that commits each document on its own
and returns the run's IndexSummary (also when cancelled).

A reader thread loads and hashes files and has a child process parse them; a chunker thread, at
a low CPU priority, chunks and tokenizes them and finds near-duplicates, ahead of the embedder
(onnxruntime releases the GIL, so they overlap). Chunks from a window of documents are
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
from collections import deque
from collections.abc import Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

import numpy as np

from assistant.documents import DocumentStatus
from assistant.documents.chunking import Chunk, Chunker
from assistant.documents.near_duplicates import Match, TwinFinder
from assistant.documents.plan import Job, Plan, plan
from assistant.documents.scanning import shown
from assistant.errors import StorageError
from assistant.readers import CHANGED_WHILE_READ, DEFAULT_MAX_BYTES, Document, Page, UnreadableFile, kind_of, load_file
from assistant.readers.isolated import OCR_LATER, IsolatedReader
from assistant.runtime.eta import WorkEstimate
from assistant.runtime.system import lower_thread_priority

log = logging.getLogger(__name__)
BATCH_TOKENS = 8192  # big batches embed fastest on CPU; cancel does not wait for a batch to end
# What one more batch costs, in word pieces' worth of embedding time: fitted to the batch times of a
# run over Python's HTML documentation (time = 6 ms + 47 µs a padded word piece, 566 batches).
BATCH_COST_TOKENS = 128
# Documents commit after each window. Bigger windows sort more chunks by length before batching (less
# padding): git's manual (git-doc) indexed in 89.5 s with 128, 78.1 s with 1024. A kill loses at most
# one window, about 12 s of embedding on a 2-core machine. DESKMATE_WINDOW_CHUNKS overrides it, so that a
# test that kills a run can make a small folder commit in several windows.
WINDOW_CHUNKS = int(os.environ.get("DESKMATE_WINDOW_CHUNKS") or 1024)
POLL_S = 0.1
PARSED_AHEAD = 4  # parsed files waiting for the chunker thread (their text is in memory)
# Chunked files waiting for the embedder, in windows' worth of chunks: enough to fill each window
# (a Sphinx page and its source copy come in pairs, and the copy brings few chunks to embed).
READ_AHEAD_WINDOWS = 2
READ_AHEAD_FILES = 256  # and at most this many files (unchanged ones bring no chunks)
CHUNK_PAGES = 32  # pages chunked at a time (progress inside a long file)
READ_ATTEMPTS = 3  # a file that keeps changing while it is read is reported, not chased forever
_DONE = object()


class Action(StrEnum):
    """What a read file needs (decided on the reader and chunker threads, written on the run's)."""
    INDEX = "index"  # new or changed: chunked, embedded, saved
    TOUCH = "touch"  # the same content as stored: only its size and date are updated
    MOVE = "move"  # the content of an indexed file whose own path is gone: that document moves here
    COPY = "copy"  # the content of an indexed file that is still there: its chunks are copied
    FAIL = "fail"  # cannot be indexed; `reason` says why


class Outcome(StrEnum):
    """What happened to a file, as progress shows it and the summary counts it."""
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    MOVED = "moved"
    FAILED = "failed"
    REMOVED = "removed"


@dataclass
class IndexProgress:
    files_done: int
    files_total: int
    chunks_embedded: int
    chunks_per_s: float
    eta_s: float | None
    path: str | None = None
    outcome: Outcome | None = None
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

    def count(self, outcome: Outcome, path: str, reason: str | None) -> None:
        if outcome is Outcome.ADDED:
            self.added += 1
        elif outcome is Outcome.UPDATED:
            self.updated += 1
        elif outcome is Outcome.UNCHANGED:
            self.unchanged += 1
        elif outcome is Outcome.MOVED:
            self.moved += 1
        elif outcome is Outcome.REMOVED:
            self.removed += 1
        else:
            self.failed.append({"path": path, "reason": reason})


@dataclass
class Prepared:
    job: Job
    action: Action
    stat: os.stat_result | None = None
    reason: str | None = None
    twin_id: int | None = None
    kind: str | None = None
    content_hash: str | None = None
    pages: int = 0
    chunks: list[Chunk] = field(default_factory=list)
    embedded: list[tuple[Chunk, np.ndarray]] = field(default_factory=list)  # the chunks to store, with vectors
    left: int = 0  # chunks not stored: the near-duplicate twin covers them
    size: int = 0
    near: Match | None = None  # the twin, and which chunks it covers

    def covered(self, j: int) -> bool:
        """Whether its near-duplicate twin covers chunk j."""
        return self.near is not None and self.near.twin is not None and self.near.contained[j]

    @property
    def tokens_to_embed(self) -> int:
        """Tokens of the chunks it will embed at most: not those its near-duplicate twin covers."""
        return sum(len(c.token_ids) for j, c in enumerate(self.chunks) if not self.covered(j))


class IndexRun:
    def __init__(self, index, paths: list[Path], batch_tokens: int = BATCH_TOKENS,
                 window_chunks: int = WINDOW_CHUNKS, chunker=None, reader=None):
        self.index, self.paths = index, paths
        self.batch_tokens, self.window_chunks = batch_tokens, window_chunks
        self._chunker = chunker
        # Filled in as the run goes; what the run returns. Read it only for a run that ended without
        # returning (interrupted by Ctrl-C, closed early): what it had done until then.
        self.summary = IndexSummary()
        self._cancel = threading.Event()
        self._started = time.monotonic()
        self._files_done = self._files_total = 0
        self._estimate = WorkEstimate([], started=self._started)  # replaced once the plan is known
        self._reading: tuple | None = None  # (file, page, pages, chunks) where the reader or chunker is
        self._reading_shown: tuple | None = None
        self._tokens_embedded = 0  # the ETA's measure of work done
        self._moved_ids: set[int] = set()
        self._folder_ids: dict[str, int] = {}  # added folder -> id, once the plan's folders are registered
        self._twins: TwinFinder | None = None  # made by the chunker thread when first needed
        self._embedding = ThreadPoolExecutor(max_workers=1, thread_name_prefix="index-embedder")
        # Parses each file in a child process; generated data that is not prose is read only on request.
        self._reader = reader or IsolatedReader(index.read_limits, check_prose=not index.include_generated)

    def cancel(self) -> None:
        """Stop at the next batch (within about a second); what is committed stays."""
        self._cancel.set()

    @property
    def chunker(self) -> Chunker:
        if self._chunker is None:
            self._chunker = Chunker(self.index.embedder.tokenizer)
        return self._chunker

    def __iter__(self) -> Generator[IndexProgress, None, IndexSummary]:
        """Progress items; returns the IndexSummary, also when cancelled."""
        return self._run()

    # -- the run -------------------------------------------------------------------------------

    def _run(self) -> Generator[IndexProgress, None, IndexSummary]:
        try:
            the_plan = plan(self.index, self.paths)
            self._write_plan(the_plan)
            the_plan.jobs = _pages_then_their_sources(the_plan.jobs)
            self.index.fill_text_hashes()  # chunks stored by an older version, once
            self.summary.unavailable = the_plan.unavailable
            self.summary.skipped, self.summary.skipped_examples = dict(the_plan.skipped), the_plan.skipped_examples
            self.summary.removed = len(the_plan.dropped)  # indexed before, skipped now
            self._files_total = len(the_plan.jobs) + len(the_plan.failed) + the_plan.unchanged
            self._files_done = the_plan.unchanged
            self.summary.unchanged = the_plan.unchanged
            self._estimate = WorkEstimate([(str(job.path), _estimate_kind(job), job.size) for job in the_plan.jobs],
                                          started=self._started)
            if the_plan.jobs:  # the model loads on the embedder's thread while the first files are read
                self._embedding.submit(self._load_embedder)
            yield self._progress()
            for job in the_plan.failed:
                yield self._apply(Prepared(job, Action.FAIL, reason=job.problem))
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
        return self.summary

    def _write_plan(self, the_plan: Plan) -> None:
        """What the plan found about folders and documents that are not read again."""
        for folder in the_plan.folders:
            self.index.folder_id(folder)  # registered, or marked available and scanned now
        for missing in the_plan.unavailable:
            self.index.mark_folder_unavailable(Path(missing))
        if the_plan.dropped:
            self.index.delete_documents(the_plan.dropped)
        self._folder_ids = self.index.folder_ids()
        for document_id, new_folder in the_plan.refiled:
            self.index.refile(document_id, self._folder_id(new_folder))

    def _folder_id(self, folder: Path | None) -> int | None:
        return self._folder_ids.get(str(folder)) if folder is not None else None  # None: removed meanwhile

    def _process(self, jobs: list[Job]) -> Iterator[IndexProgress]:
        if not jobs:
            return
        ready = _ReadAhead(chunks=READ_AHEAD_WINDOWS * self.window_chunks)
        threading.Thread(target=self._read_all, args=(jobs, ready), daemon=True, name="index-reader").start()
        window: list[Prepared] = []
        while not self._cancel.is_set():
            try:
                item = ready.get(timeout=0.2)
            except queue.Empty:
                if window:  # the reader is busy with a long file: do not keep the embedder waiting
                    yield from self._embed_and_save(window)
                    window = []
                elif self._reading != self._reading_shown:  # a long file: show its pages going by
                    yield self._progress()
                continue
            if item is _DONE:
                break
            if item.action is not Action.INDEX:
                yield self._apply(item)
                continue
            window.append(item)
            if self._window_is_due(window, ready):
                yield from self._embed_and_save(window)
                window = []
        if window and not self._cancel.is_set():
            yield from self._embed_and_save(window)

    def _window_is_due(self, window: list[Prepared], ready: _ReadAhead) -> bool:
        """Full, or nothing more is ready and it fills a batch; a smaller one waits a moment for more
        (batches of a few chunks embed slowly), until the reader has been quiet for a poll."""
        if sum(len(item.chunks) for item in window) >= self.window_chunks:
            return True
        return ready.empty() and sum(item.tokens_to_embed for item in window) >= self.batch_tokens

    # -- reader thread -------------------------------------------------------------------------

    def _read_all(self, jobs: list[Job], ready: _ReadAhead) -> None:
        """Read and parse every job, for the chunker thread; files with pages to OCR go last (OCR takes
        seconds a page)."""
        parsed: queue.Queue = queue.Queue(maxsize=PARSED_AHEAD)
        threading.Thread(target=self._chunk_all, args=(parsed, ready), daemon=True, name="index-chunker").start()
        needs_ocr = []
        for job in jobs:
            if self._cancel.is_set():
                return
            item = self._parse(job, ocr_later=True)
            if isinstance(item, Prepared) and item.action is Action.FAIL and item.reason == OCR_LATER:
                needs_ocr.append(job)
                continue
            self._put(parsed, item)
        for job in needs_ocr:
            if self._cancel.is_set():
                return
            self._put(parsed, self._parse(job))
        self._put(parsed, _DONE)

    def _chunk_all(self, parsed: queue.Queue, ready: _ReadAhead) -> None:
        """Chunk, tokenize and compare with earlier documents what the reader parsed, in its order.

        This is most of the reading's CPU, and it runs at a low priority: on a machine whose cores the
        embedder keeps busy, it then takes the moments the embedder leaves free instead of stalling its
        parallel work. The child reader does the same (its time limits count its CPU time)."""
        lower_thread_priority()
        while not self._cancel.is_set():
            try:
                item = parsed.get(timeout=0.2)
            except queue.Empty:
                continue
            if item is _DONE:
                self._put(ready, _DONE)
                return
            prepared = item if isinstance(item, Prepared) else self._chunk_parsed(item)
            self._hand_over(ready, prepared)

    def _hand_over(self, ready: _ReadAhead, prepared: Prepared) -> None:
        self._estimate.read(str(prepared.job.path), prepared.tokens_to_embed,
                            learn=prepared.action is not Action.FAIL)
        reading = self._reading
        if reading is not None and reading[0] == shown(prepared.job.path):  # not the reader's next file
            self._reading = None
        self._put(ready, prepared)

    def _put(self, waiting: queue.Queue | _ReadAhead, item) -> None:
        while not self._cancel.is_set():
            try:
                waiting.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def _parse(self, job: Job, ocr_later: bool = False) -> Prepared | _Parsed:
        """The file's pages, or what to do with it without parsing it (unchanged, a copy, unreadable)."""
        try:
            data, stat = self._load(job.path)
            digest = hashlib.sha256(data).hexdigest()
            if (job.known is not None and job.known["content_hash"] == digest
                    and job.known["status"] == DocumentStatus.INDEXED):
                return Prepared(job, Action.TOUCH, stat=stat)
            twin = self.index.indexed_copy_of(digest, job.path)
            if twin is not None:
                action = Action.COPY if os.path.lexists(twin["path"]) else Action.MOVE
                return Prepared(job, action, stat=stat, twin_id=twin["id"])
            document = self._reader.parse(job.path, data, ocr_later=ocr_later,
                                          on_progress=lambda page, pages: self._read_to(job, page, pages))
            return _Parsed(job, stat, digest, len(data), document)
        except Exception as exc:
            return _failure(job, exc)

    def _chunk_parsed(self, parsed: _Parsed) -> Prepared:
        job, document = parsed.job, parsed.document
        try:
            chunks = self._chunk(job, document.pages)
            prepared = Prepared(job, Action.INDEX, stat=parsed.stat, kind=document.kind, content_hash=parsed.digest,
                                reason="; ".join(document.notes) or None,
                                pages=len(document.pages), chunks=chunks, size=parsed.size,
                                near=self._near_duplicate(job.path, parsed.digest, document.pages, chunks))
            _work_out_ahead(prepared)
            return prepared
        except Exception as exc:
            return _failure(job, exc)

    def _read_to(self, job: Job, page: int, pages: int, chunks: int | None = None) -> None:
        self._reading = (shown(job.path), page, pages, chunks)

    def _chunk(self, job: Job, pages: list[Page]) -> list[Chunk]:
        """Chunk a few pages at a time, so that a long file shows its chunks as they come."""
        chunks: list[Chunk] = []
        for first in range(0, len(pages), CHUNK_PAGES):
            chunks += self.chunker.chunk_pages(pages[first:first + CHUNK_PAGES])
            self._read_to(job, pages[min(first + CHUNK_PAGES, len(pages)) - 1].number, pages[-1].number, len(chunks))
        return chunks

    def _near_duplicate(self, path: Path, digest: str, pages: list[Page], chunks: list[Chunk]) -> Match | None:
        """Which indexed (or earlier) document this one nearly duplicates, and which chunks it covers."""
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
        for attempt in range(1, READ_ATTEMPTS):
            try:
                return load_file(path, self.index.max_file_bytes or DEFAULT_MAX_BYTES)
            except UnreadableFile as exc:
                if exc.reason != CHANGED_WHILE_READ:
                    raise
                time.sleep(0.2 * attempt)
        return load_file(path, self.index.max_file_bytes or DEFAULT_MAX_BYTES)  # the last try reports its reason

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
            item.embedded = [(chunk, vectors[(i, j)]) for j, chunk in enumerate(item.chunks) if (i, j) in vectors]
            item.left = len(item.chunks) - len(item.embedded)
            yield self._apply(item)

    def _known_vectors(self, window: list[Prepared]):
        """Vectors of texts already stored; (length, i, j) of the texts to embed, each once; and
        (chunk, first chunk) pairs for texts repeated in the window. A chunk that its twin covers
        is kept only when its text has a vector anyway (then both files can be cited for it)."""
        stored = self.index.vectors_for(chunk.text_hash for item in window for chunk in item.chunks)
        vectors: dict[tuple[int, int], np.ndarray] = {}
        entries: list[tuple[int, int, int]] = []
        copies: list[tuple[tuple[int, int], tuple[int, int]]] = []
        first: dict[str, tuple[int, int]] = {}
        covered = []
        for i, item in enumerate(window):
            for j, digest in enumerate(chunk.text_hash for chunk in item.chunks):
                if item.covered(j):
                    covered.append((i, j))
                elif digest in stored:
                    vectors[(i, j)] = np.frombuffer(stored[digest], dtype=np.float32)
                elif digest in first:
                    copies.append(((i, j), first[digest]))
                else:
                    first[digest] = (i, j)
                    entries.append((len(item.chunks[j].token_ids), i, j))
        for i, j in covered:
            digest = window[i].chunks[j].text_hash
            if digest in stored:
                vectors[(i, j)] = np.frombuffer(stored[digest], dtype=np.float32)
            elif digest in first:
                copies.append(((i, j), first[digest]))
        reused = len(vectors) + len(copies)
        self.summary.duplicates["chunks_reused"] += reused
        self.summary.duplicates["chunks_not_embedded"] += reused
        return vectors, entries, copies

    def _load_embedder(self) -> None:
        try:
            self.index.embedder.embed_token_ids([[self.index.embedder.tokenizer.cls_token_id]])
        except Exception:  # a missing or damaged model is reported by the first real batch
            log.debug("The embedder could not be loaded ahead", exc_info=True)

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
        outcome, path = self._write(item), shown(item.job.path)
        self.summary.count(outcome, path, item.reason)
        self._files_done += 1
        self._estimate.saved(str(item.job.path))
        return self._progress(path, outcome, item.reason)

    def _write(self, item: Prepared) -> Outcome:
        index, job, folder_id = self.index, item.job, self._folder_id(item.job.folder)
        if item.action is Action.INDEX:
            return self._write_indexed(item, folder_id)
        if item.action is Action.TOUCH and job.known is not None:
            index.touch_document(job.known["id"], item.stat)
            return Outcome.UNCHANGED
        if item.action in (Action.MOVE, Action.COPY) and item.twin_id is not None and item.stat is not None:
            return self._write_twin(item, folder_id)
        index.save_failure(job.path, folder_id, item.reason or "could not be indexed", item.stat)
        return Outcome.FAILED

    def _write_twin(self, item: Prepared, folder_id: int | None) -> Outcome:
        """An exact copy of an indexed file: the first file of a moved document takes it over, others copy it."""
        assert item.twin_id is not None and item.stat is not None  # a MOVE or COPY always has both
        if item.action is Action.MOVE and item.twin_id not in self._moved_ids:
            self._moved_ids.add(item.twin_id)
            self.index.move_document(item.twin_id, item.job.path, folder_id, item.stat)
            return Outcome.MOVED
        copied = self.index.copy_document(item.twin_id, item.job.path, folder_id, item.stat)
        self.summary.duplicates["exact_copies"] += 1
        self.summary.duplicates["chunks_not_embedded"] += copied
        return Outcome.ADDED

    def _write_indexed(self, item: Prepared, folder_id: int | None) -> Outcome:
        if self._save_indexed(item, folder_id):
            return Outcome.UPDATED if item.job.known is not None else Outcome.ADDED
        twin = item.near.twin if item.near else None
        item.reason = f"the file it nearly duplicates ({twin}) was not indexed; refresh to read it again"
        self.index.save_failure(item.job.path, folder_id, item.reason, item.stat)
        return Outcome.FAILED

    def _save_indexed(self, item: Prepared, folder_id: int | None) -> bool:
        """Store a read document; False when the twin it leaves chunks to is not (or no longer) indexed
        as it was compared (another process changed it meanwhile)."""
        near = item.near
        duplicate: dict[str, bytes | str | int | None] = {"sketch": near.sketch if near else None, "reason": item.reason}
        if near is not None and near.twin is not None and item.left:
            twin_id = self.index.whole_document_id(near.twin, near.twin_hash)
            if twin_id is None:
                return False
            duplicate.update(near_duplicate_of=twin_id, left_to_twin=item.left)
            self.summary.duplicates["near_duplicates"] += 1
            self.summary.duplicates["chunks_left_to_twin"] += item.left
            self.summary.duplicates["chunks_not_embedded"] += item.left
        self.index.save_document(item.job.path, folder_id, item.kind, item.content_hash, item.stat,
                                 item.pages, item.embedded, **duplicate)
        return True

    def _reread_orphans(self) -> Iterator[IndexProgress]:
        """Near-duplicates whose twin was removed or changed in this run: read them whole again."""
        jobs = [Job(Path(row["path"]), Path(row["folder"]) if row["folder"] else None, known=row)
                for row in self.index.orphaned_near_duplicates() if os.path.lexists(row["path"])]
        self._files_total += len(jobs)
        yield from self._process(jobs)

    def _remove_missing(self, removable: list[dict]) -> Iterator[IndexProgress]:
        for row in removable:
            path = self.index.path_of(row["id"])
            # Moved files have a new path; a folder is listed only while it cannot be opened.
            if path is not None and (not os.path.lexists(path) or os.path.isdir(path)):
                self.index.delete_documents([row["id"]])
                self.summary.count(Outcome.REMOVED, path, None)
                yield self._progress(path, Outcome.REMOVED)

    def _progress(self, path: str | None = None, outcome: Outcome | None = None,
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


class _ReadAhead:
    """What the chunker has handed over, oldest first, bounded by chunks and by files; one file always
    fits, however long, so that a 1,600-page manual still goes through. The methods a queue.Queue has."""

    def __init__(self, chunks: int, files: int = READ_AHEAD_FILES):
        self._items: deque = deque()
        self._chunks, self._chunk_limit, self._file_limit = 0, chunks, files
        self._changed = threading.Condition()

    def put(self, item, timeout: float) -> None:
        with self._changed:
            if not self._changed.wait_for(self._has_room, timeout):
                raise queue.Full
            self._items.append(item)
            self._chunks += len(getattr(item, "chunks", ()))
            self._changed.notify_all()

    def get(self, timeout: float):
        with self._changed:
            if not self._changed.wait_for(lambda: self._items, timeout):
                raise queue.Empty
            item = self._items.popleft()
            self._chunks -= len(getattr(item, "chunks", ()))
            self._changed.notify_all()
            return item

    def empty(self) -> bool:
        with self._changed:
            return not self._items

    def _has_room(self) -> bool:
        return not self._items or (self._chunks < self._chunk_limit and len(self._items) < self._file_limit)


@dataclass
class _Parsed:
    """A file the reader thread has parsed, on its way to the chunker thread."""
    job: Job
    stat: os.stat_result
    digest: str
    size: int
    document: Document


def _failure(job: Job, exc: Exception) -> Prepared:
    if isinstance(exc, UnreadableFile):
        return Prepared(job, Action.FAIL, reason=exc.reason)
    log.warning("Could not read %s", job.path, exc_info=exc)  # a library choking on one odd file: not the run
    return Prepared(job, Action.FAIL, reason=f"could not be read ({type(exc).__name__}: {exc})")


def _work_out_ahead(prepared: Prepared) -> None:
    """Hashes and keyword terms of the chunks it will store, here on the chunker thread rather than while the
    run's thread saves (when the embedder waits for it)."""
    for j, chunk in enumerate(prepared.chunks):
        _ = chunk.text_hash
        if not prepared.covered(j):
            _ = chunk.terms


def _estimate_kind(job: Job) -> str | None:
    """The ETA learns work per byte by kind; a page's source copy is a kind of its own (mostly a duplicate)."""
    return "source copy" if _is_source_copy(job) else kind_of(job.path)


def _is_source_copy(job: Job) -> bool:
    return "_sources" in job.path.parts


def _pages_then_their_sources(jobs: list[Job]) -> list[Job]:
    """Each Sphinx _sources/ copy right after the page built from it. The page is read first, so that it
    carries the chunks and is the file cited; reading each copy beside its page keeps the embedder busy
    while the copy is compared (all copies last left it waiting for the reader at the end of a run).
    Copies whose page is not read in this run go last."""
    copies_of: dict[Path, list[Job]] = {}
    for job in jobs:
        if _is_source_copy(job):
            copies_of.setdefault(_page_built_from(job.path), []).append(job)
    ordered: list[Job] = []
    for job in jobs:
        if not _is_source_copy(job):
            ordered += [job, *copies_of.pop(job.path, [])]
    return ordered + [job for copies in copies_of.values() for job in copies]


def _page_built_from(source: Path) -> Path:
    """html/_sources/library/os.rst.txt -> html/library/os.html (Sphinx appends .txt to a source's name)."""
    parts = source.parts
    at = len(parts) - 1 - parts[::-1].index("_sources")
    name = source.name.removesuffix(".txt")
    return Path(*parts[:at], *parts[at + 1:-1], name.rsplit(".", 1)[0] + ".html")


def _batches(entries: list[tuple[int, int, int]], budget: int,
             batch_cost: int = BATCH_COST_TOKENS) -> Iterator[list[tuple[int, int, int]]]:
    """Length-sorted entries cut into consecutive batches of at most `budget` padded tokens, where the
    padding plus `batch_cost` per batch is least. Filling each batch to the budget instead pads short
    chunks to the length of long ones wherever a window's lengths jump (9.8 % of the tokens embedded in
    a run over Python's HTML documentation)."""
    padded = np.array([length + 2 for length, _, _ in entries], dtype=np.int64)  # [CLS] and [SEP]
    cost = np.zeros(len(entries) + 1, dtype=np.int64)  # cost[j]: the cheapest batching of the first j
    start = np.zeros(len(entries) + 1, dtype=np.int64)  # where the last batch of that batching starts
    for end in range(1, len(entries) + 1):
        first = max(0, end - max(1, budget // int(padded[end - 1])))
        options = cost[first:end] + (end - np.arange(first, end)) * padded[end - 1]
        best = int(np.argmin(options))
        cost[end], start[end] = options[best] + batch_cost, first + best
    cuts, end = [], len(entries)
    while end > 0:
        cuts.append((int(start[end]), end))
        end = int(start[end])
    for first, end in reversed(cuts):
        yield entries[first:end]

