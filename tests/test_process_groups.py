"""The tests' process runner leaves nothing behind: a command that runs past its limit is killed
with its whole process group (children and grandchildren, as xvfb-run starts Xvfb)."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.helpers.processes import run_in_own_group

# a child that starts a grandchild, prints its id, then both sleep far past the limit
FAMILY = """
import subprocess, sys, time
grandchild = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
print(grandchild.pid, flush=True)
time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:  # a zombie waits for its parent: it is not running
        return stat.read().split(") ", 1)[1][0] != "Z"


@pytest.mark.skipif(not hasattr(os, "killpg") or not os.path.isdir("/proc"), reason="needs POSIX and /proc")
def test_a_command_past_its_limit_is_killed_with_its_grandchildren():
    with pytest.raises(subprocess.TimeoutExpired) as caught:
        run_in_own_group([sys.executable, "-c", FAMILY], timeout=5)
    grandchild = int(caught.value.stdout.split()[0])
    deadline = time.monotonic() + 10
    while alive(grandchild) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(grandchild)


def test_a_finished_command_returns_like_subprocess_run():
    done = run_in_own_group([sys.executable, "-c", "import sys; print(sys.stdin.read().upper()); sys.exit(3)"],
                            stdin="hello")
    assert (done.returncode, done.stdout, done.stderr) == (3, "HELLO\n", "")
