"""The CLI indexes a folder while the open window chats in the same data folder: no corruption, nothing lost.

SQLite in WAL mode with a busy timeout lets one process write while the other waits its turn; this
test proves both processes keep every write and the database stays sound.
"""
import json
import sqlite3
import subprocess

from tests.helpers.processes import DESKMATE, REPO
from tests.helpers.tool_documents import report_pages

FILES = 40


def write_folder(folder):
    folder.mkdir()
    pages = report_pages(FILES * 2)
    for number in range(FILES):
        text = f"# Meeting {number}\n\n" + "\n\n".join(pages[2 * number:2 * number + 2])
        (folder / f"meeting-{number:02}.md").write_text(text, encoding="utf-8")


def start_indexing(folder, home, log) -> subprocess.Popen:
    """Progress goes to a file: a pipe nobody reads while the window works could fill up and block."""
    return subprocess.Popen([str(DESKMATE), "index", "add", str(folder), "--json", "--home", str(home)],
                            stdout=subprocess.PIPE, stderr=log, text=True, cwd=REPO)


def test_cli_indexing_while_the_window_chats_loses_nothing(qtbot, window, isolated_home, tmp_path):
    folder = tmp_path / "minutes"
    write_folder(folder)
    history = window.workspace.history
    conversation = history.create("Written during indexing")
    window.open_conversation(conversation.id)
    log = open(tmp_path / "indexing.log", "w+")
    indexing = start_indexing(folder, isolated_home, log)
    written, during = [], 0
    while indexing.poll() is None or len(written) < 10:
        running = indexing.poll() is None
        with qtbot.waitSignal(window.answer_finished, timeout=120_000) as finished:
            window.send(f"Say a word about meeting {len(written)}.")  # a real answer, saved by the window
        written.append(finished.args[0].message_id)
        for _ in range(5):
            written.append(history.add_message(conversation.id, "user", f"note {len(written)}").id)
        during += running
    out, _ = indexing.communicate(timeout=300)
    log.seek(0)
    progress = log.read()
    log.close()
    assert indexing.returncode == 0, progress[-2000:]
    assert during >= 1, "the window wrote nothing while the CLI was indexing"
    assert json.loads(out)["added"] == FILES

    conn = sqlite3.connect(isolated_home / "deskmate.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in conn.execute("SELECT id FROM messages WHERE conversation_id = ?",
                                                 (conversation.id,))}
        empty = conn.execute("SELECT count(*) FROM documents d WHERE status = 'indexed' AND NOT EXISTS "
                             "(SELECT 1 FROM chunks c WHERE c.document_id = d.id)").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM documents WHERE status = 'indexed'").fetchone()[0]
    finally:
        conn.close()
    assert set(written) <= stored and indexed == FILES and empty == 0
    verified = subprocess.run([str(DESKMATE), "index", "verify", "--json", "--home", str(isolated_home)],
                              capture_output=True, text=True, cwd=REPO)
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"], verified.stdout
