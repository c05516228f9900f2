"""LibraryIndex: the shared library as the local index's run sees it, on PostgreSQL.

An administrator's `library add` is the local IndexRun (assistant/documents/run.py: the same plan, readers,
chunking, embedder, content hashes and exact copies) writing through this class instead of DocumentIndex.
Each added folder is a collection. Every write is one transaction, so a killed run keeps the documents
it committed and the next run continues from there. Near-duplicate trimming is left out: a document that
left chunks to a twin in another collection would be partly invisible to a reader of only its own.
"""
from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from assistant.documents import DocumentStatus
from assistant.documents.chunking import Chunk
from assistant.documents.embedder import Embedder
from assistant.documents.near_duplicates import Match
from assistant.documents.run import IndexRun
from assistant.documents.scanning import absolute, shown
from assistant.errors import InvalidInput, NotFound
from assistant.library import schema
from assistant.library.database import Database, with_names
from assistant.readers import Page
from assistant.readers.isolated import ReadLimits

HASH_BATCH = 500
ROLE_NAME = r"^[a-z_][a-z0-9_]{0,62}$"


class LibraryRun(IndexRun):
    """IndexRun without near-duplicate trimming (each collection keeps its documents whole)."""

    def _near_duplicate(self, path: Path, digest: str, pages: list[Page], chunks: list[Chunk]) -> Match | None:
        return None


class LibraryIndex:
    def __init__(self, database: Database, embedder: Embedder | None = None, max_file_bytes: int | None = None,
                 read_limits: ReadLimits | None = None):
        self.db, self._embedder = database, embedder
        self.max_file_bytes, self.read_limits = max_file_bytes, read_limits
        self.include_generated = False
        self.names: dict[str, str] = {}  # folder path -> the collection name this run gives it
        self.meta = schema.meta(database)
        database.use_vectors()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder()
        return self._embedder

    def check_embedder(self) -> None:
        """The library's vectors mean something only to the embedder that made them."""
        if self.meta.get("embedder") != self.embedder.name:
            raise InvalidInput(f"The library was indexed with the embedder {self.meta.get('embedder')}; this "
                               f"Deskmate has {self.embedder.name}. Use the Deskmate version it was made with.")

    # -- running work --------------------------------------------------------------------------

    def add(self, folders: Iterable[str | Path], collection: str | None = None, **options) -> LibraryRun:
        """Index folders, each as a collection (named after the folder unless `collection` is given)."""
        paths = [absolute(folder) for folder in folders]
        for path in paths:
            if not path.is_dir() and str(path) not in self.folder_ids():
                raise InvalidInput(f"{path} is not a folder: the library indexes folders, each as a collection.")
        if collection is not None and len(paths) != 1:
            raise InvalidInput("--collection names one folder's collection: add one folder at a time with it.")
        for path in paths:
            self.names[str(path)] = collection or self._stored_name(path) or path.name or str(path)
        self.check_embedder()
        return LibraryRun(self, paths, **options)

    def refresh(self, **options) -> LibraryRun:
        return self.add([row["path"] for row in self.db.query("SELECT path FROM deskmate.collections ORDER BY path")],
                        **options)

    def _stored_name(self, path: Path) -> str | None:
        row = self.db.query_one("SELECT name FROM deskmate.collections WHERE path = %s", (str(path),))
        return row["name"] if row else None

    # -- reading -------------------------------------------------------------------------------

    def collections(self) -> list[dict]:
        return self.db.query(
            """SELECT c.id, c.name, c.path, c.available, c.scanned_at,
                      (SELECT COUNT(*) FROM deskmate.documents d WHERE d.collection_id = c.id AND d.status = 'indexed')
                          AS documents,
                      (SELECT COUNT(*) FROM deskmate.chunks k WHERE k.collection_id = c.id) AS chunks,
                      (SELECT COALESCE(array_agg(g.role_name ORDER BY g.role_name), '{}') FROM deskmate.grants g
                       WHERE g.collection_id = c.id) AS readers
               FROM deskmate.collections c ORDER BY c.name""")

    def stats(self) -> dict:
        row = self.db.query_one(
            """SELECT (SELECT COUNT(*) FROM deskmate.documents WHERE status = 'indexed') AS documents,
                      (SELECT COUNT(*) FROM deskmate.documents WHERE status = 'failed') AS failed,
                      (SELECT COUNT(*) FROM deskmate.chunks) AS chunks,
                      (SELECT COUNT(*) FROM deskmate.collections) AS collections""")
        return dict(row or {})

    def stored_documents(self) -> dict[str, dict]:
        return {row["path"]: row for row in self.db.query(
            """SELECT id, path, collection_id AS folder_id, size, mtime_ns, status, content_hash
               FROM deskmate.documents""")}

    def folder_ids(self) -> dict[str, int]:
        return {row["path"]: row["id"] for row in self.db.query("SELECT id, path FROM deskmate.collections")}

    def indexed_copy_of(self, content_hash: str, path: Path) -> dict | None:
        return self.db.query_one("SELECT id, path FROM deskmate.documents WHERE content_hash = %s AND status = %s "
                                 "AND path <> %s LIMIT 1", (content_hash, DocumentStatus.INDEXED.value, str(path)))

    def whole_document_id(self, path: str, content_hash: str | None) -> int | None:
        return None  # no near-duplicates in the library

    def path_of(self, document_id: int) -> str | None:
        row = self.db.query_one("SELECT path FROM deskmate.documents WHERE id = %s", (document_id,))
        return row["path"] if row else None

    def vectors_for(self, hashes: Iterable[str]) -> dict[str, bytes]:
        wanted, found = list(dict.fromkeys(hashes)), dict[str, bytes]()
        for start in range(0, len(wanted), HASH_BATCH):
            for row in self.db.query("SELECT DISTINCT ON (text_hash) text_hash, embedding FROM deskmate.chunks "
                                     "WHERE text_hash = ANY(%s)", (wanted[start:start + HASH_BATCH],)):
                found[row["text_hash"]] = np.asarray(row["embedding"], dtype=np.float32).tobytes()
        return found

    def fill_text_hashes(self) -> int:
        return 0  # every library chunk has had its hash from the start

    def twin_candidates(self) -> list[dict]:
        return []

    def document_text(self, path: str) -> tuple[str, str] | None:
        return None

    def orphaned_near_duplicates(self) -> list[dict]:
        return []

    # -- removing ------------------------------------------------------------------------------

    def remove(self, name_or_path: str) -> int:
        """Forget a collection (by name or folder) and its documents. Returns documents removed."""
        row = self.db.query_one("SELECT id FROM deskmate.collections WHERE name = %s OR path = %s",
                                (name_or_path, str(absolute(name_or_path))))
        if row is None:
            raise NotFound(f"'{name_or_path}' is not a collection of this library. See 'deskmate library list'.")
        with self.db.transaction():
            count = self.db.query_one("SELECT COUNT(*) AS n FROM deskmate.documents WHERE collection_id = %s",
                                      (row["id"],))
            self.db.execute("DELETE FROM deskmate.collections WHERE id = %s", (row["id"],))  # cascades
        return int(count["n"]) if count else 0

    # -- writing (used by IndexRun; each call is one transaction) ------------------------------

    def folder_id(self, folder: Path) -> int:
        path, now = str(folder), time.time()
        name = self.names.get(path) or folder.name or path
        with self.db.transaction():
            row = self.db.query_one("SELECT id FROM deskmate.collections WHERE path = %s", (path,))
            if row is not None:
                self.db.execute("UPDATE deskmate.collections SET available = true, scanned_at = %s WHERE id = %s",
                                (now, row["id"]))
                return row["id"]
            taken = self.db.query_one("SELECT path FROM deskmate.collections WHERE name = %s", (name,))
            if taken is not None:
                raise InvalidInput(f"The collection '{name}' is already the folder {taken['path']}: give this folder "
                                   "another name with --collection.")
            made = self.db.query_one("INSERT INTO deskmate.collections (name, path, added_at, scanned_at) "
                                     "VALUES (%s, %s, %s, %s) RETURNING id", (name, path, now, now))
            assert made is not None
            return made["id"]

    def mark_folder_unavailable(self, folder: Path) -> None:
        self.db.execute("UPDATE deskmate.collections SET available = false WHERE path = %s", (str(folder),))

    def refile(self, document_id: int, folder_id: int | None) -> None:
        with self.db.transaction():
            self.db.execute("UPDATE deskmate.documents SET collection_id = %s WHERE id = %s", (folder_id, document_id))
            self.db.execute("UPDATE deskmate.chunks SET collection_id = %s WHERE document_id = %s",
                            (folder_id, document_id))

    def save_document(self, path: Path, folder_id: int | None, kind: str, content_hash: str,
                      stat: os.stat_result, pages: int, chunks: list[tuple[Chunk, np.ndarray]], **_duplicate) -> None:
        with self.db.transaction():
            self._delete_path(path)
            document_id = self._insert_document(path, folder_id, stat, kind=kind, content_hash=content_hash,
                                                pages=pages, status=DocumentStatus.INDEXED.value,
                                                chunk_count=len(chunks))
            self.db.execute_many(
                """INSERT INTO deskmate.chunks (document_id, collection_id, ordinal, page, char_start, char_end, text,
                                                text_hash, label, locator, embedding)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s::jsonb, %s)""",
                [(document_id, folder_id, ordinal, c.page, c.char_start, c.char_end, c.text, c.text_hash, c.label,
                  json.dumps(c.locator, ensure_ascii=False, sort_keys=True) if c.locator else None,
                  np.ascontiguousarray(vector, dtype=np.float32))
                 for ordinal, (c, vector) in enumerate(chunks)])

    def save_failure(self, path: Path, folder_id: int | None, reason: str, stat: os.stat_result | None) -> None:
        path = Path(shown(path))
        with self.db.transaction():
            self._delete_path(path)
            self._insert_document(path, folder_id, stat, kind=None, content_hash=None, pages=0,
                                  status=DocumentStatus.FAILED.value, reason=reason, chunk_count=0)

    def copy_document(self, source_id: int, path: Path, folder_id: int | None, stat: os.stat_result) -> int:
        """An identical copy (maybe in another collection): its chunks are copied, nothing is embedded."""
        with self.db.transaction():
            self._delete_path(path)
            source = self.db.query_one("SELECT * FROM deskmate.documents WHERE id = %s", (source_id,))
            if source is None:
                raise NotFound(f"document {source_id} is no longer in the library")
            new_id = self._insert_document(path, folder_id, stat, kind=source["kind"],
                                           content_hash=source["content_hash"], pages=source["pages"],
                                           status=DocumentStatus.INDEXED.value, chunk_count=source["chunk_count"])
            self.db.execute(
                """INSERT INTO deskmate.chunks (document_id, collection_id, ordinal, page, char_start, char_end, text,
                                                text_hash, label, locator, embedding)
                   SELECT %s, %s, ordinal, page, char_start, char_end, text, text_hash, label, locator, embedding
                   FROM deskmate.chunks WHERE document_id = %s ORDER BY ordinal""", (new_id, folder_id, source_id))
        return int(source["chunk_count"])

    def move_document(self, document_id: int, path: Path, folder_id: int | None, stat: os.stat_result) -> None:
        with self.db.transaction():
            self._delete_path(path, keep=document_id)
            self.db.execute("UPDATE deskmate.documents SET path = %s, collection_id = %s, size = %s, mtime_ns = %s "
                            "WHERE id = %s", (str(path), folder_id, stat.st_size, stat.st_mtime_ns, document_id))
            self.db.execute("UPDATE deskmate.chunks SET collection_id = %s WHERE document_id = %s",
                            (folder_id, document_id))

    def touch_document(self, document_id: int, stat: os.stat_result) -> None:
        self.db.execute("UPDATE deskmate.documents SET size = %s, mtime_ns = %s WHERE id = %s",
                        (stat.st_size, stat.st_mtime_ns, document_id))

    def delete_documents(self, ids: list[int]) -> None:
        for document_id in ids:
            self.db.execute("DELETE FROM deskmate.documents WHERE id = %s", (document_id,))  # one statement, atomic

    def _delete_path(self, path: Path, keep: int | None = None) -> None:
        self.db.execute("DELETE FROM deskmate.documents WHERE path = %s AND id IS DISTINCT FROM %s", (str(path), keep))

    def _insert_document(self, path: Path, folder_id: int | None, stat: os.stat_result | None, **values) -> int:
        row = {"path": str(path), "collection_id": folder_id, "size": stat.st_size if stat else None,
               "mtime_ns": stat.st_mtime_ns if stat else None, "indexed_at": time.time(), **values}
        made = self.db.query_one(f"INSERT INTO deskmate.documents ({', '.join(row)}) "
                                 f"VALUES ({', '.join(['%s'] * len(row))}) RETURNING id", list(row.values()))
        assert made is not None
        return int(made["id"])

    # -- readers -------------------------------------------------------------------------------

    def grant(self, role: str, collections: list[str], password: str | None = None) -> None:
        """Let a login read these collections (the role is made, read-only, if it does not exist)."""
        _check_role(role)
        ids = [self._collection_id(name) for name in collections]
        with self.db.transaction():
            if not self.db.query_one("SELECT 1 AS x FROM pg_roles WHERE rolname = %s", (role,)):
                if password is None:
                    raise InvalidInput(f"There is no role '{role}' yet: give its password with --password-env NAME.")
                self.db.execute(with_names("CREATE ROLE {role} LOGIN", role=role))
            if password is not None:
                self.db.execute(with_names("ALTER ROLE {role} PASSWORD {password}", {"password": password}, role=role))
            self.db.execute(with_names("GRANT {reader} TO {role}", reader=schema.READER_ROLE, role=role))
            database = self.db.query_one("SELECT current_database() AS name")
            assert database is not None
            self.db.execute(with_names("GRANT CONNECT ON DATABASE {db} TO {role}", db=database["name"], role=role))
            for collection_id in ids:
                self.db.execute("INSERT INTO deskmate.grants (role_name, collection_id) VALUES (%s, %s) "
                                "ON CONFLICT DO NOTHING", (role, collection_id))

    def revoke(self, role: str, collections: list[str]) -> int:
        ids = [self._collection_id(name) for name in collections]
        with self.db.transaction():
            count = self.db.query_one("SELECT COUNT(*) AS n FROM deskmate.grants WHERE role_name = %s "
                                      "AND collection_id = ANY(%s)", (role, ids))
            self.db.execute("DELETE FROM deskmate.grants WHERE role_name = %s AND collection_id = ANY(%s)", (role, ids))
        return int(count["n"]) if count else 0

    def _collection_id(self, name: str) -> int:
        row = self.db.query_one("SELECT id FROM deskmate.collections WHERE name = %s", (name,))
        if row is None:
            raise NotFound(f"'{name}' is not a collection of this library. See 'deskmate library list'.")
        return int(row["id"])


def _check_role(role: str) -> None:
    if not re.fullmatch(ROLE_NAME, role):
        raise InvalidInput(f"'{role}' is not a role name Deskmate makes: use lower-case letters, digits and _.")

