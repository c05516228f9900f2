"""The computer's cores and memory, read through the one module that imports psutil."""
from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from assistant.runtime import system
from tests.helpers.processes import REPO


def test_cores_and_memory_are_plausible_numbers():
    assert 1 <= system.physical_cores() <= (os.cpu_count() or 1)
    assert 0 < system.available_ram() <= system.total_ram()


def test_the_resident_memory_of_a_living_process_and_of_an_ended_one():
    assert system.process_rss(os.getpid()) > 1024**2  # this Python holds more than a megabyte
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert system.process_rss(child.pid) is None


def test_no_other_module_of_the_app_imports_psutil():
    importers = [str(path.relative_to(REPO)) for package in ("assistant", "ui") for path in (REPO / package).rglob("*.py")
                 if "import psutil" in path.read_text(encoding="utf-8")]
    assert importers == ["assistant/runtime/system.py"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value is Linux's")
def test_a_thread_lowers_its_own_priority_and_only_its_own():
    seen = {}
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    def lower():
        seen["changed"] = system.lower_thread_priority()
        seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    worker = threading.Thread(target=lower)
    worker.start()
    worker.join()
    assert seen == {"changed": True, "nice": 19}
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before < 19  # the caller's is unchanged


def test_the_cpu_time_of_a_busy_process_grows_and_an_ended_one_has_none():
    before = system.process_cpu_seconds(os.getpid())
    sum(n * n for n in range(2_000_000))
    assert before is not None and system.process_cpu_seconds(os.getpid()) > before
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert system.process_cpu_seconds(child.pid) is None
    assert 1 <= system.usable_cores() <= (os.cpu_count() or 1)


@pytest.mark.skipif(sys.platform == "win32", reason="reads the nice value")
def test_a_process_lowers_its_own_priority_for_the_threads_it_starts_after():
    script = ("import os, threading; from assistant.runtime import system; changed = system.lower_process_priority(); "
              "seen = []; t = threading.Thread(target=lambda: seen.append(os.getpriority(os.PRIO_PROCESS, "
              "threading.get_native_id()))); t.start(); t.join(); print(changed, os.getpriority(os.PRIO_PROCESS, 0), seen[0])")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["True", "19", "19"], done.stderr
    assert os.getpriority(os.PRIO_PROCESS, 0) < 19  # this process is untouched
