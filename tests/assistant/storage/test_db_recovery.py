"""A damaged database at start-up: kept aside, never overwritten; conversations restored from a backup."""
import os
import sqlite3
import time

from assistant.storage import recovery as db_recovery
from assistant.storage.store import Store
from assistant.workspace import Workspace
from tests.helpers.processes import run_cli


def set_aside_files(home):
    return [p for p in home.glob("deskmate.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]


def fill(workspace, title, messages=30):
    conversation = workspace.history.create(title)
    for i in range(messages):
        workspace.history.add_message(conversation.id, "user", f"{title} message {i} " + "text " * 40)
    return conversation


def damage(path):
    """Overwrite a band of pages in the middle of the file with garbage, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 3)
        handle.write(os.urandom(min(16384, size // 3)))


def checkpoint(home):
    conn = sqlite3.connect(home / "deskmate.db")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_damaged_database_is_kept_and_conversations_come_back_from_the_backup(isolated_home):
    workspace = Workspace(isolated_home)
    fill(workspace, "Before backup")
    db_recovery.make_backup(workspace.store, isolated_home)
    fill(workspace, "After backup")
    workspace.close()
    checkpoint(isolated_home)
    damage(isolated_home / "deskmate.db")
    damaged_bytes = (isolated_home / "deskmate.db").read_bytes()
    assert db_recovery.problems(isolated_home / "deskmate.db")

    recovered = Workspace(isolated_home)
    assert any("damaged" in w and "restored from the backup" in w for w in recovered.warnings)
    assert [c.title for c in recovered.history.list()] == ["Before backup"]
    assert len(recovered.history.messages(recovered.history.list()[0].id)) == 30
    aside = set_aside_files(isolated_home)
    assert len(aside) == 1 and aside[0].read_bytes() == damaged_bytes  # kept exactly as it was
    assert recovered.store.integrity_problems() == []


def test_damaged_database_without_backup_starts_fresh_and_says_so(isolated_home):
    (isolated_home).mkdir(parents=True)
    (isolated_home / "deskmate.db").write_bytes(b"this is not a database" * 500)
    workspace = Workspace(isolated_home)
    assert any("no backup" in w for w in workspace.warnings)
    assert workspace.history.list() == []
    assert len(set_aside_files(isolated_home)) == 1


def test_two_recoveries_never_overwrite_each_other(isolated_home):
    isolated_home.mkdir(parents=True)
    for attempt in range(2):
        (isolated_home / "deskmate.db").write_bytes(f"garbage {attempt}".encode() * 500)
        Workspace(isolated_home).close()
    kept = sorted(p.read_bytes()[:9] for p in set_aside_files(isolated_home))
    assert kept == [b"garbage 0", b"garbage 1"]


def test_backups_are_made_when_due_and_rotated(isolated_home, monkeypatch):
    workspace = Workspace(isolated_home)
    fill(workspace, "Chat", messages=2)
    workspace.close()
    Workspace(isolated_home).close()  # a backup is due: none exists yet
    assert len(db_recovery.backups(isolated_home)) == 1
    Workspace(isolated_home).close()  # not due again for a day
    assert len(db_recovery.backups(isolated_home)) == 1
    stamps = iter(range(10))
    monkeypatch.setattr(time, "strftime", lambda fmt, *a: f"2026010{next(stamps)}-000000")
    store = Store(isolated_home / "deskmate.db")
    for _ in range(7):
        db_recovery.make_backup(store, isolated_home)
    store.close()
    assert len(db_recovery.backups(isolated_home)) == db_recovery.KEEP_BACKUPS


def test_cli_tells_the_user_about_a_recovery(isolated_home):
    isolated_home.mkdir(parents=True)
    (isolated_home / "deskmate.db").write_bytes(b"\x00garbage" * 1000)
    done = run_cli("history", "list", home=isolated_home)
    assert done.returncode == 0 and "database was damaged" in done.stderr
