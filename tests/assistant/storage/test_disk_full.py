"""Disk full while saving: the transaction rolls back, the user is told, nothing earlier is lost.

Runs on a real, tiny filesystem: a 3 MB tmpfs mounted in a private mount namespace
(`unshare -rm`, which needs no root where user namespaces are allowed).
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
    mount = sys.argv[1]
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount], check=True)
    from assistant.errors import StorageError
    from assistant.workspace import Workspace
    from tests.helpers.disk_space import fill_disk
    home = os.path.join(mount, "home")
    workspace = Workspace(home)
    conversation = workspace.history.create("Important")
    for i in range(20):
        workspace.history.add_message(conversation.id, "user", f"keep me {i}")
    filler = fill_disk(mount)
    errors = []
    for attempt in range(3):
        try:
            workspace.history.add_message(conversation.id, "user", "y" * 200_000)
        except StorageError as exc:
            errors.append(str(exc))
    kept = [m.content for m in workspace.history.messages(conversation.id)]
    os.remove(filler)
    workspace.history.add_message(conversation.id, "user", "after cleanup")
    workspace.close()
    again = Workspace(home)
    final = [m.content for m in again.history.messages(conversation.id)]
    print(json.dumps({"errors": errors, "kept": kept, "final": final,
                      "integrity": again.store.integrity_problems()}))
''')


@pytest.mark.skipif(not can_mount_privately(), reason="needs unshare -rm to mount a small tmpfs")
def test_disk_full_while_saving_a_message_loses_nothing(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["unshare", "-rm", sys.executable, "-c", DRIVER, str(mount)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] and all("disk" in e and "full" in e for e in result["errors"])
    assert result["kept"] == [f"keep me {i}" for i in range(20)]
    assert result["final"] == result["kept"] + ["after cleanup"]
    assert result["integrity"] == []
