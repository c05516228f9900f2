"""The local document index: which folders and files are indexed, their chunks, and checks.

DocumentIndex is the one entry point for the CLI and the GUI. Adding and refreshing run
as generators (assistant/documents/run.py) that commit each document in its own transaction;
search lives in assistant/documents/search.py. Every write to documents, chunks and folders goes
through here (the plan of a run only reads).
"""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from assistant.documents import DocumentStatus
from assistant.documents.checks import index_problems
from assistant.documents.chunking import Chunk, text_hash
from assistant.documents.dense import IndexedVectors
from assistant.documents.embedder import Embedder
from assistant.documents.run import IndexRun
from assistant.documents.scanning import absolute, shown
from assistant.documents.search import Searcher
from assistant.documents.vector_index import rebuild
from assistant.errors import NotFound
from assistant.readers.isolated import ReadLimits
from assistant.storage.store import Store

HASH_BATCH = 500  # text hashes looked up (or filled in) per statement


def stored_locator(locator: dict | None) -> str | None:
    """A page's locator as the chunks table keeps it: JSON text, NULL when the reader gave none."""
    return json.dumps(locator, ensure_ascii=False, sort_keys=True) if locator else None


@dataclass
class DocumentInfo:
    id: int
    path: str
    kind: str | None
    status: DocumentStatus
    reason: str | None
    pages: int
    chunk_count: int
    indexed_at: float
    near_duplicate_of: str | None = None  # the file holding the chunks this one left out
    left_to_twin: int = 0  # how many

    def to_dict(self) -> dict:
        return asdict(self)


class DocumentIndex:
    def __init__(self, store: Store, embedder: Embedder | None = None, max_file_bytes: int | None = None,
                 read_limits: ReadLimits | None = None):
        self.store, self._embedder = store, embedder
        self.max_file_bytes = max_file_bytes
        self.read_limits = read_limits  # time and memory allowed to parse one file (None: the defaults)
        self.include_generated = False  # also generated/vendored files and text that is not prose (settings)
        self._searcher: Searcher | None = None

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder()  # loads nothing yet: the model is read on first use
        return self._embedder

    # -- running work --------------------------------------------------------------------------

    def add(self, paths: Iterable[str | Path], **options) -> IndexRun:
        """An IndexRun: iterate it for progress; the generator returns the IndexSummary."""
        return IndexRun(self, [absolute(p) for p in paths], **options)

    def refresh(self, **options) -> IndexRun:
        """Re-scan every added folder and file: new, changed, moved and deleted files."""
        folders = [Path(row["path"]) for row in self.store.query("SELECT path FROM folders ORDER BY path")]
        loose = [Path(row["path"]) for row in self.store.query(
            "SELECT path FROM documents WHERE folder_id IS NULL ORDER BY path")]
        return self.add([*folders, *loose], **options)

    def search(self, query: str, k: int = 5, **options):
        return self.searcher().search(query, k, **options)

    def searcher(self) -> Searcher:
        if self._searcher is None:
            self._searcher = Searcher(self.store, self.embedder)
        return self._searcher

    # -- reading -------------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        rows = self.store.query(
            """SELECT d.id, d.path, d.kind, d.status, d.reason, d.pages, d.chunk_count, d.indexed_at,
                      t.path AS near_duplicate_of, d.left_to_twin, COALESCE(f.available, 1) AS available
               FROM documents d LEFT JOIN folders f ON f.id = d.folder_id
               LEFT JOIN documents t ON t.id = d.near_duplicate_of ORDER BY d.path""")
        return [DocumentInfo(**{**{k: v for k, v in row.items() if k != "available"},
                                "status": DocumentStatus(row["status"]) if row["available"]
                                else DocumentStatus.UNAVAILABLE})
                for row in rows]

    def folders(self) -> list[dict]:
        return self.store.query(
            """SELECT f.id, f.path, f.available, f.added_at, f.scanned_at,
                      (SELECT COUNT(*) FROM documents d WHERE d.folder_id = f.id) AS documents
               FROM folders f ORDER BY f.path""")

    def stats(self) -> dict:
        row = self.store.query_single(
            """SELECT (SELECT COUNT(*) FROM documents WHERE status = 'indexed') AS documents,
                      (SELECT COUNT(*) FROM documents WHERE status = 'failed') AS failed,
                      (SELECT COALESCE(SUM(pages), 0) FROM documents WHERE status = 'indexed') AS pages,
                      (SELECT COUNT(*) FROM chunks) AS chunks,
                      (SELECT COUNT(*) FROM documents WHERE near_duplicate_of IS NOT NULL) AS near_duplicates,
                      (SELECT COALESCE(SUM(left_to_twin), 0) FROM documents) AS chunks_left_to_twins,
                      (SELECT COUNT(*) FROM folders) AS folders,
                      (SELECT COUNT(*) FROM folders WHERE available = 0) AS unavailable_folders""")
        size = sum(os.path.getsize(p) for p in (str(self.store.path) + s for s in ("", "-wal"))
                   if os.path.exists(p))
        return {**row, "database_bytes": size}

    def document_ids_in(self, folders: list[str]) -> set[int] | None:
        """Ids of the documents under these folders; None (no restriction) for an empty list."""
        if not folders:
            return None
        ids: set[int] = set()
        for folder in folders:
            prefix = str(absolute(folder)).rstrip(os.sep) + os.sep
            ids |= {row["id"] for row in self.store.query(
                "SELECT id FROM documents WHERE substr(path, 1, ?) = ?", (len(prefix), prefix))}
        return ids

    def document_by_path(self, path: str | Path) -> dict | None:
        return self.store.query_one("SELECT * FROM documents WHERE path = ?", (str(absolute(path)),))

    def stored_documents(self) -> dict[str, dict]:
        """path -> what a run compares a file with (id, folder_id, size, mtime_ns, status, content_hash)."""
        return {row["path"]: row for row in self.store.query(
            "SELECT id, path, folder_id, size, mtime_ns, status, content_hash FROM documents")}

    def folder_ids(self) -> dict[str, int]:
        """Added folder path -> its id."""
        return {row["path"]: row["id"] for row in self.store.query("SELECT id, path FROM folders")}

    def indexed_copy_of(self, content_hash: str, path: Path) -> dict | None:
        """An indexed document (id, path) with this content at another path, if any."""
        return self.store.query_one(
            "SELECT id, path FROM documents WHERE content_hash = ? AND status = ? AND path != ? LIMIT 1",
            (content_hash, DocumentStatus.INDEXED, str(path)))

    def whole_document_id(self, path: str, content_hash: str | None) -> int | None:
        """The id of the document indexed whole at this path with this content (a near-duplicate's twin)."""
        row = self.store.query_one("SELECT id FROM documents WHERE path = ? AND status = ? "
                                   "AND near_duplicate_of IS NULL AND content_hash = ?",
                                   (path, DocumentStatus.INDEXED, content_hash))
        return row["id"] if row else None

    def path_of(self, document_id: int) -> str | None:
        row = self.store.query_one("SELECT path FROM documents WHERE id = ?", (document_id,))
        return row["path"] if row else None

    # -- removing ------------------------------------------------------------------------------

    def remove(self, path: str | Path) -> int:
        """Forget a folder (and every document under it) or a single document. Returns documents removed."""
        target = str(absolute(path))
        with self.store.transaction():
            folder = self.store.query_one("SELECT id FROM folders WHERE path = ?", (target,))
            prefix = target.rstrip(os.sep) + os.sep
            rows = self.store.query("SELECT id FROM documents WHERE path = ? OR substr(path, 1, ?) = ?",
                                    (target, len(prefix), prefix))
            if folder is None and not rows:
                raise NotFound(f"{target} is not in the index. See 'deskmate index list'.")
            self._delete_ids([row["id"] for row in rows])
            self.store.execute("DELETE FROM folders WHERE path = ? OR substr(path, 1, ?) = ?",
                               (target, len(prefix), prefix))
        return len(rows)

    # -- writing (used by IndexRun; each call is one transaction) ------------------------------

    def folder_id(self, folder: Path) -> int:
        path = str(folder)
        with self.store.transaction():
            row = self.store.query_one("SELECT id FROM folders WHERE path = ?", (path,))
            if row is not None:
                self.store.execute("UPDATE folders SET available = 1, scanned_at = ? WHERE id = ?",
                                   (time.time(), row["id"]))
                return row["id"]
            return self.store.insert("folders", {"path": path, "added_at": time.time(), "scanned_at": time.time()})

    def mark_folder_unavailable(self, folder: Path) -> None:
        self.store.execute("UPDATE folders SET available = 0 WHERE path = ?", (str(folder),))

    def refile(self, document_id: int, folder_id: int | None) -> None:
        """An unchanged document now belongs to another added folder (or to none)."""
        self.store.execute("UPDATE documents SET folder_id = ? WHERE id = ?", (folder_id, document_id))

    def save_document(self, path: Path, folder_id: int | None, kind: str, content_hash: str,
                      stat: os.stat_result, pages: int, chunks: list[tuple[Chunk, np.ndarray]],
                      **duplicate) -> None:
        """`chunks`: each with its vector. `duplicate`: near_duplicate_of (a twin's id), left_to_twin
        (chunks it covers), sketch."""
        with self.store.transaction():
            self._delete_path(path)
            document_id = self._insert_document(path, folder_id, stat, kind=kind, content_hash=content_hash,
                                                pages=pages, status=DocumentStatus.INDEXED,
                                                chunk_count=len(chunks), **duplicate)
            self.store.execute_many(
                """INSERT INTO chunks (document_id, ordinal, page, char_start, char_end, text, vector,
                                       terms, term_count, text_hash, label, locator)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [(document_id, ordinal, c.page, c.char_start, c.char_end, c.text,
                  np.ascontiguousarray(vector, dtype=np.float32).tobytes(), *c.terms, c.text_hash,
                  c.label, stored_locator(c.locator))
                 for ordinal, (c, vector) in enumerate(chunks)])

    def save_failure(self, path: Path, folder_id: int | None, reason: str, stat: os.stat_result | None) -> None:
        path = Path(shown(path))  # a name that is not UTF-8 is stored as it is shown
        with self.store.transaction():
            self._delete_path(path)
            self._insert_document(path, folder_id, stat, kind=None, content_hash=None, pages=0,
                                  status=DocumentStatus.FAILED, reason=reason, chunk_count=0)

    def copy_document(self, source_id: int, path: Path, folder_id: int | None, stat: os.stat_result) -> int:
        """Index an identical copy of an indexed file by copying its chunks: nothing is embedded.

        Returns how many chunks were copied."""
        with self.store.transaction():
            self._delete_path(path)
            source = self.store.query_one("SELECT * FROM documents WHERE id = ?", (source_id,))
            if source is None:
                raise NotFound(f"document {source_id} is no longer in the index")
            new_id = self._insert_document(path, folder_id, stat, kind=source["kind"],
                                           content_hash=source["content_hash"], pages=source["pages"],
                                           status=DocumentStatus.INDEXED, chunk_count=source["chunk_count"],
                                           near_duplicate_of=source["near_duplicate_of"],
                                           left_to_twin=source["left_to_twin"], sketch=source["sketch"])
            self.store.execute(
                """INSERT INTO chunks (document_id, ordinal, page, char_start, char_end, text, vector, terms,
                                       term_count, text_hash, label, locator)
                   SELECT ?, ordinal, page, char_start, char_end, text, vector, terms, term_count, text_hash,
                          label, locator
                   FROM chunks WHERE document_id = ? ORDER BY ordinal""", (new_id, source_id))
        return source["chunk_count"]

    def move_document(self, document_id: int, path: Path, folder_id: int | None, stat: os.stat_result) -> None:
        """A renamed or moved file keeps its chunks; only its path changes."""
        with self.store.transaction():
            self._delete_path(path, keep=document_id)
            self.store.execute("UPDATE documents SET path = ?, folder_id = ?, size = ?, mtime_ns = ? WHERE id = ?",
                               (str(path), folder_id, stat.st_size, stat.st_mtime_ns, document_id))

    def touch_document(self, document_id: int, stat: os.stat_result) -> None:
        self.store.execute("UPDATE documents SET size = ?, mtime_ns = ? WHERE id = ?",
                           (stat.st_size, stat.st_mtime_ns, document_id))

    def delete_documents(self, ids: list[int]) -> None:
        for document_id in ids:
            with self.store.transaction():
                self._delete_ids([document_id])

    def _delete_path(self, path: Path, keep: int | None = None) -> None:
        row = self.store.query_one("SELECT id FROM documents WHERE path = ?", (str(path),))
        if row is not None and row["id"] != keep:
            self._delete_ids([row["id"]])

    def _delete_ids(self, ids: list[int]) -> None:
        """Delete documents; their near-duplicates lose their twin and are re-read by the next run.

        A near-duplicate stores only what its twin lacks, so without the twin it must be read whole
        again: forgetting its hash and size makes the next plan read it (IndexRun does it at once).
        """
        for start in range(0, len(ids), HASH_BATCH):
            part = ids[start:start + HASH_BATCH]
            marks = ",".join("?" * len(part))
            self.store.execute(f"""UPDATE documents SET content_hash = NULL, size = NULL, mtime_ns = NULL
                                   WHERE near_duplicate_of IN ({marks})""", part)
            self.store.execute(f"DELETE FROM documents WHERE id IN ({marks})", part)

    def orphaned_near_duplicates(self) -> list[dict]:
        """Documents that left chunks to a twin that is gone: to be read again (with their folder's path)."""
        return self.store.query("""SELECT d.id, d.path, d.folder_id, f.path AS folder, d.size, d.mtime_ns, d.status,
                                          d.content_hash FROM documents d LEFT JOIN folders f ON f.id = d.folder_id
                                   WHERE d.left_to_twin > 0 AND d.near_duplicate_of IS NULL ORDER BY d.path""")

    # -- the same content once (used by IndexRun) ----------------------------------------------

    def vectors_for(self, hashes: Iterable[str]) -> dict[str, bytes]:
        """Stored vectors for these chunk text hashes (those known)."""
        wanted, found = list(dict.fromkeys(hashes)), dict[str, bytes]()
        for start in range(0, len(wanted), HASH_BATCH):
            part = wanted[start:start + HASH_BATCH]
            found.update((row["text_hash"], row["vector"]) for row in self.store.query(
                f"SELECT text_hash, vector FROM chunks WHERE text_hash IN ({','.join('?' * len(part))}) "
                "GROUP BY text_hash", part))
        return found

    def fill_text_hashes(self) -> int:
        """Text hashes for chunks stored before they existed (a database from an older version)."""
        filled = 0
        while rows := self.store.query(f"SELECT id, text FROM chunks WHERE text_hash IS NULL LIMIT {HASH_BATCH}"):
            with self.store.transaction():
                self.store.execute_many("UPDATE chunks SET text_hash = ? WHERE id = ?",
                                        [(text_hash(row["text"]), row["id"]) for row in rows])
            filled += len(rows)
        return filled

    def twin_candidates(self) -> list[dict]:
        """Documents a new file can be a near-duplicate of: indexed whole, with a sketch."""
        return self.store.query("""SELECT path, sketch, content_hash FROM documents WHERE status = 'indexed'
                                   AND near_duplicate_of IS NULL AND sketch IS NOT NULL""")

    def document_text(self, path: str) -> tuple[str, str] | None:
        """(content hash, stored text: its chunks joined) of a document indexed whole, else None."""
        document = self.store.query_one("SELECT id, content_hash FROM documents WHERE path = ? AND status = 'indexed' "
                                        "AND near_duplicate_of IS NULL", (path,))
        if document is None:
            return None
        rows = self.store.query("SELECT text FROM chunks WHERE document_id = ? ORDER BY ordinal", (document["id"],))
        return document["content_hash"], "\n".join(row["text"] for row in rows)

    def _insert_document(self, path: Path, folder_id: int | None, stat: os.stat_result | None, **values) -> int:
        return self.store.insert("documents", {
            "path": str(path), "folder_id": folder_id, "size": stat.st_size if stat else None,
            "mtime_ns": stat.st_mtime_ns if stat else None, "indexed_at": time.time(), **values})

    # -- checking ------------------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Problems found (empty when the database and the index's own invariants all hold)."""
        return index_problems(self.store) + self.vector_problems()

    def vector_problems(self) -> list[str]:
        """A large index's approximate vector file: unreadable, or far behind the database."""
        searcher = self.searcher()
        searcher.refresh()
        return searcher.dense.index.problems() if isinstance(searcher.dense, IndexedVectors) else []

    def keep_vectors_current(self, on_progress: Callable[[int], None] | None = None) -> int | None:
        """Give a large index a new vector file when its file is missing, damaged or far behind
        (minutes at a million chunks); returns how many vectors it holds, None when none was needed."""
        searcher = self.searcher()
        searcher.refresh()
        if not isinstance(searcher.dense, IndexedVectors) or not searcher.dense.index.needs_compaction:
            return None
        count = rebuild(self.store, searcher.vector_file, on_progress)
        searcher.forget()
        return count
