"""The local document index: which folders and files are indexed, their chunks, and checks.

DocumentIndex is the one entry point for the CLI and the GUI. Adding and refreshing run
as generators (assistant/index_run.py) that commit each document in its own transaction;
search lives in assistant/search.py. Every write to documents and chunks goes through here.
"""
from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from assistant.errors import NotFound
from assistant.keywords import encode_terms
from assistant.scanning import absolute, shown
from assistant.store import Store

INDEXED, FAILED = "indexed", "failed"


@dataclass
class DocumentInfo:
    id: int
    path: str
    kind: str | None
    status: str  # "indexed", "failed" or "unavailable" (its folder is missing)
    reason: str | None
    pages: int
    chunk_count: int
    indexed_at: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ChunkRecord:
    """A chunk ready to store: the chunker's output plus its embedding."""
    page: int
    char_start: int
    char_end: int
    text: str
    vector: np.ndarray


class DocumentIndex:
    def __init__(self, store: Store, embedder=None, max_file_bytes: int | None = None, read_limits=None):
        self.store, self._embedder = store, embedder
        self.max_file_bytes = max_file_bytes
        self.read_limits = read_limits  # time and memory allowed to parse one file (None: the defaults)

    @property
    def embedder(self):
        if self._embedder is None:
            from assistant.embedder import Embedder

            self._embedder = Embedder()
        return self._embedder

    # -- running work --------------------------------------------------------------------------

    def add(self, paths: Iterable[str | Path], **options):
        """An IndexRun: iterate it for progress; its `summary` is filled in at the end."""
        from assistant.index_run import IndexRun

        return IndexRun(self, [absolute(p) for p in paths], **options)

    def refresh(self, **options):
        """Re-scan every added folder and file: new, changed, moved and deleted files."""
        folders = [Path(row["path"]) for row in self.store.query("SELECT path FROM folders ORDER BY path")]
        loose = [Path(row["path"]) for row in self.store.query(
            "SELECT path FROM documents WHERE folder_id IS NULL ORDER BY path")]
        return self.add([*folders, *loose], **options)

    def search(self, query: str, k: int = 5, **options):
        return self.searcher().search(query, k, **options)

    def searcher(self):
        if getattr(self, "_searcher", None) is None:
            from assistant.search import Searcher

            self._searcher = Searcher(self.store, self.embedder)
        return self._searcher

    # -- reading -------------------------------------------------------------------------------

    def documents(self) -> list[DocumentInfo]:
        rows = self.store.query(
            """SELECT d.id, d.path, d.kind, d.status, d.reason, d.pages, d.chunk_count, d.indexed_at,
                      COALESCE(f.available, 1) AS available
               FROM documents d LEFT JOIN folders f ON f.id = d.folder_id ORDER BY d.path""")
        return [DocumentInfo(**{**{k: v for k, v in row.items() if k != "available"},
                                "status": row["status"] if row["available"] else "unavailable"})
                for row in rows]

    def folders(self) -> list[dict]:
        return self.store.query(
            """SELECT f.id, f.path, f.available, f.added_at, f.scanned_at,
                      (SELECT COUNT(*) FROM documents d WHERE d.folder_id = f.id) AS documents
               FROM folders f ORDER BY f.path""")

    def stats(self) -> dict:
        row = self.store.query_one(
            """SELECT (SELECT COUNT(*) FROM documents WHERE status = 'indexed') AS documents,
                      (SELECT COUNT(*) FROM documents WHERE status = 'failed') AS failed,
                      (SELECT COALESCE(SUM(pages), 0) FROM documents WHERE status = 'indexed') AS pages,
                      (SELECT COUNT(*) FROM chunks) AS chunks,
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
            for row in rows:
                self.store.execute("DELETE FROM documents WHERE id = ?", (row["id"],))
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

    def save_document(self, path: Path, folder_id: int | None, kind: str, content_hash: str,
                      stat: os.stat_result, pages: int, chunks: list[ChunkRecord]) -> None:
        with self.store.transaction():
            self.store.execute("DELETE FROM documents WHERE path = ?", (str(path),))
            document_id = self._insert_document(path, folder_id, stat, kind=kind, content_hash=content_hash,
                                                pages=pages, status=INDEXED, chunk_count=len(chunks))
            self.store.execute_many(
                """INSERT INTO chunks (document_id, ordinal, page, char_start, char_end, text, vector,
                                       terms, term_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [(document_id, ordinal, c.page, c.char_start, c.char_end, c.text,
                  np.ascontiguousarray(c.vector, dtype=np.float32).tobytes(), *encode_terms(c.text))
                 for ordinal, c in enumerate(chunks)])

    def save_failure(self, path: Path, folder_id: int | None, reason: str, stat: os.stat_result | None) -> None:
        path = Path(shown(path))  # a name that is not UTF-8 is stored as it is shown
        with self.store.transaction():
            self.store.execute("DELETE FROM documents WHERE path = ?", (str(path),))
            self._insert_document(path, folder_id, stat, kind=None, content_hash=None, pages=0,
                                  status=FAILED, reason=reason, chunk_count=0)

    def copy_document(self, source_id: int, path: Path, folder_id: int | None, stat: os.stat_result) -> None:
        """Index an identical copy of an indexed file by copying its chunks: nothing is embedded."""
        with self.store.transaction():
            self.store.execute("DELETE FROM documents WHERE path = ?", (str(path),))
            source = self.store.query_one("SELECT * FROM documents WHERE id = ?", (source_id,))
            new_id = self._insert_document(path, folder_id, stat, kind=source["kind"],
                                           content_hash=source["content_hash"], pages=source["pages"],
                                           status=INDEXED, chunk_count=source["chunk_count"])
            self.store.execute(
                """INSERT INTO chunks (document_id, ordinal, page, char_start, char_end, text, vector, terms,
                                       term_count)
                   SELECT ?, ordinal, page, char_start, char_end, text, vector, terms, term_count
                   FROM chunks WHERE document_id = ? ORDER BY ordinal""", (new_id, source_id))

    def move_document(self, document_id: int, path: Path, folder_id: int | None, stat: os.stat_result) -> None:
        """A renamed or moved file keeps its chunks; only its path changes."""
        with self.store.transaction():
            self.store.execute("DELETE FROM documents WHERE path = ? AND id != ?", (str(path), document_id))
            self.store.execute("UPDATE documents SET path = ?, folder_id = ?, size = ?, mtime_ns = ? WHERE id = ?",
                               (str(path), folder_id, stat.st_size, stat.st_mtime_ns, document_id))

    def touch_document(self, document_id: int, stat: os.stat_result) -> None:
        self.store.execute("UPDATE documents SET size = ?, mtime_ns = ? WHERE id = ?",
                           (stat.st_size, stat.st_mtime_ns, document_id))

    def delete_documents(self, ids: list[int]) -> None:
        for document_id in ids:
            with self.store.transaction():
                self.store.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    def _insert_document(self, path: Path, folder_id: int | None, stat: os.stat_result | None, **values) -> int:
        return self.store.insert("documents", {
            "path": str(path), "folder_id": folder_id, "size": stat.st_size if stat else None,
            "mtime_ns": stat.st_mtime_ns if stat else None, "indexed_at": time.time(), **values})

    # -- checking ------------------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Problems found (empty when the database and the index's own invariants all hold)."""
        from assistant.index_checks import index_problems

        return index_problems(self.store)
