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
