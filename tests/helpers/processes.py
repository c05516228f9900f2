"""Run Deskmate's commands as a user would, each in a process group of its own that is killed whole."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DESKMATE = Path(sys.executable).with_name("deskmate")


def run_cli(*args: str, home: Path | None = None, stdin: str | None = None, timeout: float = 300,
            prefix: list[str] | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the installed `deskmate` entry point as a user would."""
    command = [*(prefix or []), str(DESKMATE), *args]
    if home is not None:
        command += ["--home", str(home)]
    full_env = {**os.environ, **(env or {})}
    return run_in_own_group(command, stdin=stdin, timeout=timeout, env=full_env)


def run_in_own_group(command: list[str], stdin: str | None = None, timeout: float = 300,
                     env: dict | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess:
    """subprocess.run(capture_output=True, text=True), but in a process group of its own that is
    killed whole (children and grandchildren: strace, xvfb-run, Xvfb) on a timeout or any error."""
    with subprocess.Popen(command, stdin=subprocess.PIPE if stdin is not None else None,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd,
                          start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(stdin, timeout=timeout)
        except subprocess.TimeoutExpired as timed_out:
            kill_group(process)
            timed_out.stdout, timed_out.stderr = process.communicate(timeout=30)
            raise
        except BaseException:
            kill_group(process)
            raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def kill_group(process: subprocess.Popen) -> None:
    """Kill a process started with start_new_session=True and everything in its group.
    Called before the leader is reaped, so its id still names that group."""
    if not hasattr(os, "killpg"):  # Windows: no process groups to kill
        process.kill()
        return
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def with_ctrl_c() -> None:
    """Popen's preexec_fn for a child that a test stops with SIGINT: a shell's background job starts with
    SIGINT ignored, and Python then never raises KeyboardInterrupt (the fresh-clone check ran like that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
