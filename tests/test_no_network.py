"""Provable privacy: the whole CLI flow and the GUI self-test make no network connection.

Every command runs in a network namespace with no network (`unshare -n`: even loopback is down)
and under `strace -f`, which logs every connect(), sendto(), sendmsg() and sendmmsg() of the
process and all its threads and children. Allowed address families:
- AF_UNIX: local sockets inside this machine (the X server, D-Bus);
- AF_NETLINK: a channel to the local kernel (e.g. listing network interfaces); it cannot leave it.
Anything else (AF_INET, AF_INET6, ...) is an attempt to reach a network and fails the test. A
control program that connects and sends from its main thread, a thread and a child process
proves the harness sees all of them.

Where strace supports it, `--seccomp-bpf` makes the kernel stop a traced process only at those
four calls: the thousands of others (futex, mmap, read) run at full speed, so a slow machine does
not turn a 2 s command into a 60 s one. Each command's time limit is sized from its own untraced
run (in the same namespace), and a command that runs past it is killed with its process group.
"""
from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import scans
from tests.helpers.processes import DESKMATE, REPO, run_cli, run_in_own_group

ALLOWED_FAMILIES = {"AF_UNIX", "AF_NETLINK"}
FAMILY = re.compile(r"sa_family=(AF_\w+)")
CONNECT = re.compile(r"^\s*(?:\d+\s+)?connect\(")
TRACED_CALLS = "trace=connect,sendto,sendmsg,sendmmsg"
MIN_LIMIT_S, SLOWDOWN_ALLOWED = 300, 20  # a traced command may take 20x its untraced time, at least 300 s


def strace_command(log: Path, fast: bool) -> list[str]:
    return ["strace", "-f", "-qq", *(["--seccomp-bpf"] if fast else []), "-o", str(log),
            "-e", TRACED_CALLS, "-e", "signal=none"]


@functools.cache
def seccomp_filter_works() -> bool:
    """Whether this strace can filter with seccomp-bpf inside a namespace without network (it
    warns on stderr and traces everything when it cannot)."""
    probe = subprocess.run(["unshare", "-n", *strace_command(Path(os.devnull), fast=True), "true"],
                           capture_output=True, text=True, timeout=60)
    return probe.returncode == 0 and not probe.stderr.strip()


def harness_prefix(log: Path) -> list[str]:
    return ["unshare", "-n", *strace_command(log, fast=seccomp_filter_works())]


def network_attempts(log: Path) -> list[str]:
    """strace lines that name an address family other than the allowed ones, or a connect() without one."""
    attempts = []
    for line in log.read_text(errors="replace").splitlines():
        families = set(FAMILY.findall(line))
        if families - ALLOWED_FAMILIES or (CONNECT.match(line) and not families and "resumed>" not in line):
            attempts.append(line.strip())
    return attempts


@functools.cache
def harness_works() -> str | None:
    """Why the harness cannot run here, or None."""
    if not (shutil.which("unshare") and shutil.which("strace")):
        return "needs unshare and strace (strace is installed by make setup)"
    probe = subprocess.run(["unshare", "-n", "strace", "-o", "/dev/null", "true"], capture_output=True, text=True,
                           timeout=60)
    if probe.returncode != 0:
        return f"unshare -n with strace is not permitted here: {probe.stderr.strip()[:200]}"
    return None


pytestmark = pytest.mark.skipif(harness_works() is not None, reason=str(harness_works()))

CONTROL = """
import socket, subprocess, sys, threading
def connect(host):
    try:
        socket.create_connection((host, 9), timeout=2)
    except OSError:
        pass
def send(host):
    try:
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", (host, 9))
    except OSError:
        pass
connect("127.0.0.1")
send("127.0.0.2")
thread = threading.Thread(target=connect, args=("127.0.0.3",))
thread.start(); thread.join()
subprocess.run([sys.executable, "-c", "import socket\\ntry:\\n socket.create_connection(('127.0.0.4', 9), 2)\\n"
                "except OSError:\\n pass"], check=True)
"""


def test_the_harness_reports_every_connection_of_threads_and_children(tmp_path):
    log = tmp_path / "control.strace"
    done = run_in_own_group([*harness_prefix(log), sys.executable, "-c", CONTROL], timeout=MIN_LIMIT_S)
    assert done.returncode == 0, done.stderr[-2000:]
    attempts = network_attempts(log)
    for host in ("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4"):
        assert any("AF_INET" in line and host in line for line in attempts), (host, attempts)
    assert any(re.search(r"\bsendto\(", line) for line in attempts), attempts


def timed(run, *args, **kwargs) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    done = run(*args, **kwargs)
    return done, time.monotonic() - started


def untraced_then_traced(tmp_path: Path, name: str, args: list[str], scratch: Path, home: Path) -> list[str]:
    """Time the command without strace (in a scratch home, in the same network-less namespace),
    then run it traced in the real home with a limit sized from that time."""
    done, seconds = timed(run_cli, *args, home=scratch, prefix=["unshare", "-n"])
    assert done.returncode == 0, (name, "untraced", done.stderr[-2000:])
    log = tmp_path / f"{name}.strace"
    done = run_cli(*args, home=home, prefix=harness_prefix(log), timeout=limit_for(seconds))
    assert done.returncode == 0, (name, done.stderr[-2000:])
    return network_attempts(log)


def limit_for(untraced_s: float) -> float:
    return max(MIN_LIMIT_S, SLOWDOWN_ALLOWED * untraced_s)


def test_the_whole_flow_makes_no_network_connection(isolated_home, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "water.md").write_text("# Water report\n\nThe water supply of Greenfield is stable. "
                                     "Prices rose by 3% in 2023, as Anna Berg explained.\n", encoding="utf-8")
    text = folder / "water.md"
    # A scanned page: OCR (its models inside the rapidocr package) runs offline too
    (folder / "scan.png").write_bytes(scans.png(scans.rasterise(scans.office_pdf(), [1])[0]))
    commands = {
        "index": ["index", "add", str(folder)],
        "ask": ["ask", "How much did water prices rise?", "--max-tokens", "16"],
        "chat": ["chat", "Say hello.", "--max-tokens", "8"],
        "summarize": ["summarize", str(text), "--length", "short", "--max-tokens", "24"],
        "translate": ["translate", "--to", "French", str(text), "--out", str(tmp_path / "water.fr.md")],
        "sentiment": ["sentiment", "I love this new library, the staff are wonderful."],
    }
    scratch = tmp_path / "untraced-home"
    found = {name: untraced_then_traced(tmp_path, name, args, scratch, isolated_home)
             for name, args in commands.items()}
    assert found == {name: [] for name in commands}
    window_makes_no_network_connection(tmp_path, scratch, isolated_home)


def window_makes_no_network_connection(tmp_path: Path, scratch: Path, home: Path) -> None:
    """The GUI self-test on a virtual screen, in the home the CLI flow filled."""
    display = ["xvfb-run", "-a"] if shutil.which("xvfb-run") else []
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb" if display else "offscreen"}

    def self_test(prefix: list[str], in_home: Path, timeout: float = MIN_LIMIT_S) -> subprocess.CompletedProcess:
        done = run_in_own_group([*prefix, *display, str(DESKMATE), "--self-test", "--home", str(in_home)],
                                timeout=timeout, env=env, cwd=REPO)
        assert done.returncode == 0, done.stderr[-2000:]
        assert json.loads(done.stdout.strip().splitlines()[-1])["ok"]
        return done

    _, seconds = timed(self_test, ["unshare", "-n"], scratch)
    log = tmp_path / "gui.strace"
    self_test(harness_prefix(log), home, timeout=limit_for(seconds))
    assert network_attempts(log) == []
    assert not display or "sa_family=AF_UNIX" in log.read_text()  # strace saw the window reach the X server
