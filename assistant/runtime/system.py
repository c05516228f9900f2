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
