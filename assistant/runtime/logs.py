"""A log file in the data folder, so problems can be reported without a terminal."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "deskmate.log"


def log_path(home: Path) -> Path:
    return home / "logs" / LOG_FILE


def log_to_file(home: Path, level: int = logging.INFO) -> Path:
    path = log_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return path
