"""SIGKILL at random moments during a chat answer and during a settings save (20 times each).

Afterwards the database passes integrity_check, every message that was complete before the
kill is still there and unchanged, and the settings file is always a complete, valid file.
"""
import json
import random
import signal
import subprocess
import sys
import textwrap
import time

from assistant.chat.history import MessageStatus
from assistant.config import SettingsFile
from assistant.workspace import Workspace

RUNS = 20

CHAT_DRIVER = textwrap.dedent('''
    import json, sys
    from assistant.workspace import Workspace
    workspace = Workspace(sys.argv[1])
    chat = workspace.chat()
    conversation = None
    print("ready", flush=True)
    for i in range(1000):
        turn = chat.send(f"Tell me one fact about the number {i}.", conversation, max_tokens=24)
        for _ in turn:
            pass
        conversation = turn.result.conversation_id
        print(json.dumps({"conversation": conversation, "id": turn.result.message_id,
                          "reply": turn.result.reply}), flush=True)
''')

SETTINGS_DRIVER = textwrap.dedent('''
    import sys
    from assistant.config import SettingsFile
    from pathlib import Path
    file = SettingsFile(Path(sys.argv[1]))
    settings = file.load()
    for i in range(int(sys.argv[2]), 10**9):
        settings.extra = {"counter": i, "padding": "x" * 5000}
        file.save(settings)
        print(i, flush=True)
''')


def kill_after(command, delay, after_lines=0):
    """Start `command`, wait for `after_lines` lines of output, then `delay` seconds, then SIGKILL it.

    Waiting for output (not wall-clock time) makes the kill land at a random point of the
    work itself, however slow or busy the machine is.
    """
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    while len(lines) < after_lines:
        line = process.stdout.readline()
        assert line, process.stderr.read()
        lines.append(line.strip())
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    out, err = process.communicate()
    assert process.returncode == -signal.SIGKILL, err
    return [line for line in lines + out.splitlines() if line.strip() and line != "ready"]


def test_killing_a_chat_answer_never_loses_a_finished_message(isolated_home):
    rng = random.Random(20261123)
    finished: dict[int, str] = {}
    for _ in range(RUNS):
        lines = kill_after([sys.executable, "-c", CHAT_DRIVER, str(isolated_home)], rng.uniform(0.0, 0.4),
                           after_lines=1 + rng.choice([0, 1, 2]))
        finished.update((record["id"], record["reply"]) for record in map(json.loads, lines))
        workspace = Workspace(isolated_home)
        assert workspace.store.integrity_problems() == []
        workspace.history.recover_interrupted()
        saved = {m.id: m for c in workspace.history.list() for m in workspace.history.messages(c.id)}
        for message_id, reply in finished.items():
            assert saved[message_id].status == MessageStatus.COMPLETE and saved[message_id].content == reply
        assert all(m.status in (MessageStatus.COMPLETE, MessageStatus.INTERRUPTED) for m in saved.values())
        workspace.close()
    assert len(finished) >= RUNS // 2  # answers completed between the kills


def test_killing_a_settings_save_never_leaves_a_broken_file(isolated_home):
    rng = random.Random(7)
    isolated_home.mkdir(parents=True)
    counter = 0
    for _ in range(RUNS):
        lines = kill_after([sys.executable, "-c", SETTINGS_DRIVER, str(isolated_home), str(counter)],
                           rng.uniform(0.0, 0.2), after_lines=1)
        file = SettingsFile(isolated_home)
        settings = file.load()
        assert file.warning is None  # the file was complete and valid
        saved = settings.extra.get("counter", 0)
        last_printed = int(lines[-1]) if lines else counter - 1
        assert saved in (last_printed, last_printed + 1)
        counter = saved + 1
    assert not list(isolated_home.glob(".settings.json.*.tmp"))  # leftovers are cleaned at load
