"""Provable privacy: the whole CLI flow and the GUI self-test make no network connection.

Every command runs in a network namespace with no network (`unshare -n`: even loopback is down)
and under `strace -f`, which logs every connect(), sendto() and sendmsg() of the process and all
its threads and children. Allowed address families:
- AF_UNIX: local sockets inside this machine (the X server, D-Bus);
- AF_NETLINK: a channel to the local kernel (e.g. listing network interfaces); it cannot leave it.
Anything else (AF_INET, AF_INET6, ...) is an attempt to reach a network and fails the test. A
control command that opens a TCP connection proves the harness sees one.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DESKMATE, REPO, run_cli

ALLOWED_FAMILIES = {"AF_UNIX", "AF_NETLINK"}
FAMILY = re.compile(r"sa_family=(AF_\w+)")
CONNECT = re.compile(r"^\s*(?:\d+\s+)?connect\(")


def harness_prefix(log: Path) -> list[str]:
    return ["unshare", "-n", "strace", "-f", "-qq", "-o", str(log), "-e", "trace=connect,sendto,sendmsg"]


def network_attempts(log: Path) -> list[str]:
    """strace lines that name an address family other than the allowed ones, or a connect() without one."""
    attempts = []
    for line in log.read_text(errors="replace").splitlines():
        families = set(FAMILY.findall(line))
        if families - ALLOWED_FAMILIES or (CONNECT.match(line) and not families and "resumed>" not in line):
            attempts.append(line.strip())
    return attempts


def harness_works() -> str | None:
    """Why the harness cannot run here, or None."""
    if not (shutil.which("unshare") and shutil.which("strace")):
        return "needs unshare and strace (strace is installed by make setup)"
    probe = subprocess.run(["unshare", "-n", "strace", "-o", "/dev/null", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"unshare -n with strace is not permitted here: {probe.stderr.strip()[:200]}"
    return None


pytestmark = pytest.mark.skipif(harness_works() is not None, reason=str(harness_works()))


def traced(tmp_path: Path, name: str, *args: str, home: Path | None = None, **kwargs) -> list[str]:
    log = tmp_path / f"{name}.strace"
    done = run_cli(*args, home=home, prefix=harness_prefix(log), **kwargs)
    assert done.returncode == 0, (name, done.stderr[-2000:])
    return network_attempts(log)


def test_the_harness_reports_a_connection(tmp_path):
    log = tmp_path / "control.strace"
    control = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=2)\nexcept OSError:\n    pass"
    subprocess.run([*harness_prefix(log), sys.executable, "-c", control], check=True, cwd=REPO)
    attempts = network_attempts(log)
    assert attempts and "AF_INET" in attempts[0] and "127.0.0.1" in attempts[0]


def test_the_whole_flow_makes_no_network_connection(isolated_home, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "water.md").write_text("# Water report\n\nThe water supply of Greenfield is stable. "
                                     "Prices rose by 3% in 2023, as Anna Berg explained.\n", encoding="utf-8")
    text = folder / "water.md"
    commands = {
        "index": ["index", "add", str(folder)],
        "ask": ["ask", "How much did water prices rise?", "--max-tokens", "16"],
        "chat": ["chat", "Say hello.", "--max-tokens", "8"],
        "summarize": ["summarize", str(text), "--length", "short", "--max-tokens", "24"],
        "translate": ["translate", "--to", "French", str(text), "--out", str(tmp_path / "water.fr.md")],
        "sentiment": ["sentiment", "I love this new library, the staff are wonderful."],
    }
    found = {name: traced(tmp_path, name, *args, home=isolated_home) for name, args in commands.items()}
    assert found == {name: [] for name in commands}
    display = ["xvfb-run", "-a"] if shutil.which("xvfb-run") else []
    log = tmp_path / "gui.strace"
    done = subprocess.run([*harness_prefix(log), *display, str(DESKMATE), "--self-test", "--home", str(isolated_home)],
                          capture_output=True, text=True, timeout=300, cwd=REPO,
                          env={**os.environ, "QT_QPA_PLATFORM": "xcb" if display else "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1])["ok"]
    assert network_attempts(log) == []
    assert not display or "sa_family=AF_UNIX" in log.read_text()  # strace saw the window reach the X server
