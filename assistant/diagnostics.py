"""A plain-text report of versions and set-up, for "Copy diagnostics" and bug reports.

It contains no conversation or document text.
"""
from __future__ import annotations

import platform
import sys
from importlib import metadata
from typing import TYPE_CHECKING

from assistant import __version__
from assistant.llm.llama_adapter import gpu_offload_supported
from assistant.runtime.system import available_ram, physical_cores, total_ram

if TYPE_CHECKING:
    from assistant.workspace import Workspace

PACKAGES = ("llama-cpp-python", "sentence-transformers", "torch", "PySide6-Essentials", "sqlite-utils", "pypdf")


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def report(workspace: Workspace) -> str:
    lines = [
        f"Deskmate {__version__}",
        f"System: {platform.platform()} ({platform.machine()})",
        f"Python: {sys.version.split()[0]}",
        f"CPU: {physical_cores()} physical cores; memory {total_ram() / 1024**3:.1f} GB "
        f"({available_ram() / 1024**3:.1f} GB free)",
        f"GPU offload in this llama.cpp build: {'yes' if gpu_offload_supported() else 'no (CPU only)'}",
        f"Data folder: {workspace.home}",
        f"Model: {workspace.model_path()}",
        f"Database migrations: {', '.join(workspace.store.applied_migrations())}",
    ]
    lines += [f"{package}: {_version(package)}" for package in PACKAGES]
    return "\n".join(lines)
