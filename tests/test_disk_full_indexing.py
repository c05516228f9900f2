"""Disk full while indexing: the document being written rolls back, the user is told, nothing
committed before (documents, conversations) is lost, and the next run finishes the job.

Runs on a real, tiny filesystem: a tmpfs mounted in a private mount namespace (`unshare -rm`).
"""
import json
import subprocess
import sys
import textwrap

import pytest

from tests.helpers.disk_space import can_mount_privately
from tests.helpers.processes import REPO

DRIVER = textwrap.dedent('''
    import json, os, subprocess, sys
    from pathlib import Path
    mount, corpus = sys.argv[1], Path(sys.argv[2])
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mount], check=True)
    from assistant.errors import StorageError
    from assistant.workspace import Workspace
    from tests.helpers.disk_space import fill_disk

    def run(workspace, folder):
        index_run = workspace.documents.add([folder])
        try:
            for _ in index_run:
                pass
            return None
        except StorageError as exc:
            return str(exc)

    home = os.path.join(mount, "home")
    workspace = Workspace(home)
    conversation = workspace.history.create("Keep me")
    for i in range(10):
        workspace.history.add_message(conversation.id, "user", f"message {i}")
    first_error = run(workspace, corpus / "first")
    before = workspace.documents.stats()
    filler = fill_disk(mount, leave_bytes=300_000)  # a few documents fit, then the disk is full
    full_error = run(workspace, corpus / "second")
    during = workspace.documents.stats()
    problems_when_full = workspace.documents.verify()
    os.remove(filler)
    resumed_error = run(workspace, corpus / "second")
    workspace.close()
    again = Workspace(home)
    print(json.dumps({
        "first_error": first_error, "full_error": full_error, "resumed_error": resumed_error,
        "before": before, "during": during, "after": again.documents.stats(),
        "problems_when_full": problems_when_full, "problems_after": again.documents.verify(),
        "messages": [m.content for m in again.history.messages(conversation.id)],
    }))
''')


def write_notes(folder, count, words):
    folder.mkdir(parents=True)
    for i in range(count):
        sentences = [f"Note {i} sentence {j} about topic {i} and its many details." for j in range(words // 10)]
        (folder / f"note{i:02d}.md").write_text(" ".join(sentences), encoding="utf-8")


@pytest.mark.slow
@pytest.mark.skipif(not can_mount_privately(), reason="needs unshare -rm to mount a small tmpfs")
def test_disk_full_while_indexing_rolls_back_and_keeps_everything_earlier(tmp_path):
    write_notes(tmp_path / "corpus" / "first", 3, 200)
    write_notes(tmp_path / "corpus" / "second", 40, 600)  # about 300 chunks: far more than 300 KB
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["unshare", "-rm", sys.executable, "-c", DRIVER, str(mount), str(tmp_path / "corpus")],
                          capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["first_error"] is None and result["before"]["documents"] == 3
    assert "disk" in result["full_error"] and "full" in result["full_error"]  # the user is told
    assert 3 <= result["during"]["documents"] < 43  # what committed before the disk filled stays
    assert result["problems_when_full"] == [] and result["problems_after"] == []
    assert result["resumed_error"] is None and result["after"]["documents"] == 43
    assert result["messages"] == [f"message {i}" for i in range(10)]
