"""Start-up: process start -> main window painted, and -> model loaded (first token possible).

Measured from outside: the benchmark notes the time, starts `deskmate --self-test` on a virtual
screen, and reads the wall-clock times the self-test records when the window is first painted
and when the model is ready. Baseline in the same run: the smallest PySide6 program that shows
a window, started the same way (the floor set by Python and Qt themselves). Runs interleave.
Also the GGUF header read of a model load, before and after its one-pass reader (gguf_header.py).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import emit, median
from gguf_header import gguf_header_figures

DESKMATE = Path(sys.executable).with_name("deskmate")
BASELINE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
class Paint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv)
label = QLabel("hello")
paint = Paint()
label.installEventFilter(paint)
label.show()
app.exec()
"""


def start_display() -> subprocess.Popen:
    display = ":97"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = display
    time.sleep(1.0)
    return server


def run_app(app: Path) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as home:
        started = time.time()
        done = subprocess.run([str(app), "--home", home, "--self-test"], capture_output=True, text=True,
                              timeout=300, env={**os.environ, "QT_QPA_PLATFORM": "xcb"})
        report = json.loads(done.stdout.strip().splitlines()[-1])
        return report["window_painted_at"] - started, report["model_ready_at"] - started


def run_baseline() -> float:
    started = time.time()
    done = subprocess.run([sys.executable, "-c", BASELINE], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "xcb"})
    return float(done.stdout.split()[0]) - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--app", type=Path, default=DESKMATE, help="the deskmate executable (e.g. a bundle's)")
    parser.add_argument("--gguf-only", action="store_true", help="only the GGUF header read (no window)")
    args = parser.parse_args()
    from assistant.runtime.resources import bundled_model_path

    header = gguf_header_figures(bundled_model_path())
    if args.gguf_only:
        emit("startup", {"gguf_header": header})
        return
    server = start_display()
    try:
        window, model, baseline = [], [], []
        for _ in range(args.repeats):
            baseline.append(run_baseline())
            shown, ready = run_app(args.app)
            window.append(shown)
            model.append(ready)
    finally:
        server.terminate()
    emit("startup", {
        "app": str(args.app), "repeats": args.repeats,
        "window_shown_s_median": round(median(window), 3),
        "model_ready_s_median": round(median(model), 3),
        "baseline_qt_window_s_median": round(median(baseline), 3),
        "ratio_window_over_baseline": round(median(window) / median(baseline), 2),
        "window_shown_s_runs": [round(v, 3) for v in window], "model_ready_s_runs": [round(v, 3) for v in model],
        "gguf_header": header,
    })


if __name__ == "__main__":
    main()
