"""This computer's cores and memory (the only module that imports psutil), and a thread's CPU priority.

psutil is imported inside each function: it costs about as much as the rest of the CLI's start-up,
and most commands never ask.
"""
from __future__ import annotations

import os
import sys
import threading


def physical_cores() -> int:
    """Physical CPU cores (not hyper-threads); the logical count when psutil cannot tell."""
    try:
        import psutil
    except ImportError:
        return os.cpu_count() or 1
    return psutil.cpu_count(logical=False) or os.cpu_count() or 1


def available_ram() -> int:
    """Bytes of memory free for a new program now (the OS's own "available", caches counted as free)."""
    import psutil

    return int(psutil.virtual_memory().available)


def total_ram() -> int:
    """Bytes of memory installed."""
    import psutil

    return int(psutil.virtual_memory().total)


def process_rss(pid: int) -> int | None:
    """The resident memory of a running process in bytes; None when it has ended or cannot be seen."""
    import psutil

    try:
        return int(psutil.Process(pid).memory_info().rss)
    except (psutil.Error, OSError):
        return None


def process_cpu_seconds(pid: int) -> float | None:
    """The CPU time a running process has used (user and system, all its threads) in seconds; None when it
    has ended or cannot be seen."""
    import psutil

    try:
        times = psutil.Process(pid).cpu_times()
    except (psutil.Error, OSError):
        return None
    return float(times.user + times.system)


def usable_cores() -> int:
    """Logical cores this process may run on (its affinity where the OS tells it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def lower_process_priority() -> bool:
    """Give this process the lowest CPU priority (nice 19 on Linux and macOS, the below-normal class on
    Windows); whether it changed. On Linux the nice value is per thread: call it before starting threads,
    which inherit it."""
    try:
        if sys.platform == "win32":
            import psutil

            psutil.Process().nice(psutil.BELOW_NORMAL_PRIORITY_CLASS)
        else:
            os.setpriority(os.PRIO_PROCESS, 0, 19)
        return True
    except OSError:
        return False


def lower_thread_priority() -> bool:
    """Give the calling thread the lowest CPU priority (Linux: its nice value, 19; Windows: the lowest
    thread priority), so it runs when the app's other threads leave a core free. Whether it changed:
    elsewhere (macOS), or where the system refuses, the thread keeps its priority."""
    try:
        if sys.platform.startswith("linux"):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19)
            return True
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            return bool(kernel32.SetThreadPriority(kernel32.GetCurrentThread(), -2))  # THREAD_PRIORITY_LOWEST
    except OSError:
        pass
    return False
