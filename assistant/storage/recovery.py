"""Keep the database safe: automatic backups of conversations, and recovery from a damaged file.

At start-up a damaged database (failing quick_check) is moved aside under a timestamped
name, never overwritten, and a fresh one is created; conversations come back from the
newest automatic backup when there is one. The document index is not backed up: it is
rebuilt from the source files.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path

from assistant.storage.store import Store

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
BACKUP_TABLES = ["conversations", "messages"]  # what cannot be rebuilt from files on disk
BACKUP_EVERY_S = 24 * 3600
KEEP_BACKUPS = 5


def problems(path: Path) -> list[str]:
    """What quick_check reports (empty when the database is sound or does not exist yet)."""
    if not path.exists() or path.stat().st_size == 0:
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=15)
        try:
            rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def set_aside(path: Path) -> Path:
    """Rename the damaged file (and its WAL) to a new timestamped name; never overwrite anything."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
        counter += 1
    os.rename(path, target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            os.rename(side, Path(str(target) + suffix))
    return target


def backups(home: Path) -> list[Path]:
    folder = home / BACKUP_DIR
    return sorted(folder.glob("conversations-*.db")) if folder.is_dir() else []


def backup_due(home: Path) -> bool:
    existing = backups(home)
    return not existing or time.time() - existing[-1].stat().st_mtime > BACKUP_EVERY_S


def make_backup(store: Store, home: Path) -> Path:
    """Copy the conversation tables into a new SQLite file (written aside, then renamed)."""
    folder = home / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"conversations-{time.strftime('%Y%m%d-%H%M%S')}.db"
    partial = final.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    copy = Store(partial)
    try:
        _copy_tables(source=store.path, into=copy)
    finally:
        copy.close()
    os.replace(partial, final)
    for old in backups(home)[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return final


def _copy_tables(source: Path, into: Store) -> None:
    into.execute("ATTACH DATABASE ? AS source", (str(source),))
    try:
        with into.transaction():
            for table in BACKUP_TABLES:
                into.execute(f"INSERT INTO main.[{table}] SELECT * FROM source.[{table}]")
    finally:
        into.execute("DETACH DATABASE source")


def restore_latest(home: Path, path: Path) -> Path | None:
    """Fill a fresh database at `path` from the newest backup that is itself sound."""
    for candidate in reversed(backups(home)):
        if problems(candidate):
            continue
        fresh = Store(path)
        try:
            _copy_tables(source=candidate, into=fresh)
        finally:
            fresh.close()
        return candidate
    return None


def recover_if_damaged(home: Path, path: Path) -> str | None:
    """Run at start-up. Returns a message for the user when something had to be done."""
    found = problems(path)
    if not found:
        return None
    log.error("Database %s is damaged: %s", path, "; ".join(found[:5]))
    aside = set_aside(path)
    restored = restore_latest(home, path)
    message = f"Your database was damaged and was kept as {aside.name}."
    if restored is not None:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(restored.stat().st_mtime))
        message += f" Conversations were restored from the backup of {when}."
    else:
        message += " There was no backup, so a new empty database was started."
    return message + " Documents will be indexed again from your files."
