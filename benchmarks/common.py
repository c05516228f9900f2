"""Helpers shared by the benchmark scripts: medians, JSON output, machine description."""
from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def median(values) -> float:
    return float(statistics.median(values))


def percentile(values, q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return float(ordered[index])


def machine() -> dict:
    import psutil

    return {"cpu": platform.processor() or platform.machine(), "cores_physical": psutil.cpu_count(logical=False),
            "cores_logical": os.cpu_count(), "ram_gb": round(psutil.virtual_memory().total / 1024**3, 1),
            "python": platform.python_version(), "system": platform.system()}


def emit(name: str, figures: dict) -> dict:
    """Print one benchmark's result as JSON on stdout (the only thing a benchmark prints there)."""
    result = {"benchmark": name, "date": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(), **figures}
    print(json.dumps(result, indent=2))
    return result
