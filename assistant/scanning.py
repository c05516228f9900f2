"""Find the files to index under the paths a person gave, without ever looping or blocking.

Folders are walked recursively; hidden files and folders are skipped, and so are files of
types we do not read (a folder of photos is not an error). A file named explicitly is
always taken, so that its problem is reported. Symbolic links to folders are followed
once: a link back up the tree is noticed by the folder's (device, inode) and reported.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from assistant.readers import SUPPORTED_SUFFIXES, os_reason as _os_reason

NOT_UTF8 = "its name is not valid UTF-8 (made on another system?); rename it to index it"


@dataclass(frozen=True)
class Found:
    path: Path
    folder: Path | None  # the added folder it was found under; None for a file added by itself
    problem: str | None = None  # a reason to report instead of reading it


def absolute(path: str | Path) -> Path:
    """An absolute, normalised path that keeps symbolic links (a link is a file's name too)."""
    return Path(os.path.abspath(os.path.expanduser(str(path))))


def scan(path: Path, folder: Path | None = None) -> Iterator[Found]:
    """Files under `path` (or `path` itself). `folder` is the added folder they belong to."""
    if path.is_dir():
        yield from _walk(path, folder or path, set())
    else:
        yield Found(path, folder)


def _unopenable(directory: Path, folder: Path, exc: OSError) -> Found:
    return Found(directory, folder, f"folder cannot be opened ({_os_reason(exc)})")


def _walk(directory: Path, folder: Path, seen: set) -> Iterator[Found]:
    try:
        info = directory.stat()
    except OSError as exc:
        yield _unopenable(directory, folder, exc)
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        yield Found(directory, folder, "symbolic link loop (folder already scanned)")
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as exc:
        yield _unopenable(directory, folder, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        yield from _entry(entry, folder, seen)


def _entry(entry: os.DirEntry, folder: Path, seen: set) -> Iterator[Found]:
    path = Path(entry.path)
    try:
        is_dir = entry.is_dir()  # follows symbolic links
    except OSError:
        is_dir = False
    if not is_dir and path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return
    if not storable(entry.name):
        yield Found(path, folder, NOT_UTF8)
    elif is_dir:
        yield from _walk(path, folder, seen)
    else:
        yield Found(path, folder)


def storable(name: str) -> bool:
    """False for a name holding bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        name.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def shown(path: str | Path) -> str:
    """A path as text that can be printed and stored: bytes that are not UTF-8 become \\xNN."""
    return os.fsencode(str(path)).decode("utf-8", errors="backslashreplace")
