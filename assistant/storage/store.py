"""The SQLite database: the only module that imports sqlite_utils.

One database file in the data folder, in WAL mode, shared by threads behind a
lock and by processes through SQLite's own locking. Schema changes are named
migrations (assistant/storage/migrations.py) applied in order, each in a transaction.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from assistant.errors import StorageError
from assistant.storage.migrations import MIGRATIONS

DATABASE_FILE = "deskmate.db"
BUSY_TIMEOUT_MS = 15_000


def _user_message(exc: sqlite3.Error, path: Path) -> str:
    text = str(exc).lower()
    if "full" in text:
        return f"The disk holding {path.parent} is full; nothing was saved. Free some space and try again."
    if "locked" in text or "busy" in text:
        return f"The database {path.name} is busy in another Deskmate process; try again in a moment."
    if "readonly" in text or "read-only" in text:
        return f"The database {path} is read-only; check the folder's permissions."
    if "malformed" in text or "not a database" in text:
        return f"The database {path} is damaged ({exc}). Restart Deskmate to recover it."
    return f"Database error in {path.name}: {exc}"


class Store:
    """A thread-safe handle on the database with explicit transactions."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._depth = 0
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise StorageError(f"Cannot open the database {self.path}: {exc}") from None
        self.db = sqlite_utils.Database(conn)
        with self._errors():
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    @classmethod
    def in_home(cls, home: Path) -> Store:
        return cls(home / DATABASE_FILE)

    def close(self) -> None:
        with self._lock:
            self.db.conn.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise StorageError(_user_message(exc, self.path)) from exc

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All statements inside commit together or not at all; nesting joins the outer one."""
        with self._lock, self._errors():
            outermost = self._depth == 0
            if outermost:
                self.db.conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outermost:
                    self.db.conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outermost:
                self.db.conn.execute("COMMIT")

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        with self._lock, self._errors():
            return self.db.conn.execute(sql, params)

    def execute_many(self, sql: str, rows: Any) -> None:
        with self._lock, self._errors():
            self.db.conn.executemany(sql, rows)

    def query(self, sql: str, params: Any = ()) -> list[dict]:
        with self._lock, self._errors():
            return list(self.db.query(sql, params))

    def query_one(self, sql: str, params: Any = ()) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def query_single(self, sql: str, params: Any = ()) -> dict:
        """The row of a query that always returns exactly one (an aggregate, a one-row table)."""
        row = self.query_one(sql, params)
        if row is None:
            raise StorageError("The database is damaged (a row it always holds is missing); "
                               "'deskmate index verify' checks it.")
        return row

    def insert(self, table: str, row: dict) -> int:
        columns = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" for _ in row)
        cursor = self.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", tuple(row.values()))
        if cursor.lastrowid is None:  # never after an INSERT; sqlite3's type allows it
            raise StorageError(f"No row was added to {table}.")
        return cursor.lastrowid

    def update(self, table: str, rowid: int, values: dict) -> None:
        assignments = ", ".join(f"[{name}] = ?" for name in values)
        self.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", (*values.values(), rowid))

    def table_names(self) -> list[str]:
        with self._lock:
            return self.db.table_names()

    def applied_migrations(self) -> list[str]:
        if "_migrations" not in self.table_names():
            return []
        return [row["name"] for row in self.query("SELECT name FROM _migrations ORDER BY id")]

    def migrate(self) -> None:
        known = [name for name, _ in MIGRATIONS]
        applied = self.applied_migrations()
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise StorageError(
                f"The database {self.path} was created by a newer version of Deskmate "
                f"(it has changes this version does not know: {', '.join(unknown)}). "
                "Update Deskmate, or use another data folder with --home."
            )
        for name, statements in MIGRATIONS:
            if name not in applied:
                with self.transaction():
                    self.execute("CREATE TABLE IF NOT EXISTS _migrations "
                                 "(id INTEGER PRIMARY KEY, name TEXT UNIQUE, applied_at REAL)")
                    for statement in statements:
                        self.execute(statement)
                    self.insert("_migrations", {"name": name, "applied_at": time.time()})

    def integrity_problems(self) -> list[str]:
        rows = self.query("PRAGMA integrity_check")
        problems = [next(iter(row.values())) for row in rows]
        return [] if problems == ["ok"] else problems
