"""Find the files to index under the paths a person gave, without ever looping or blocking.

Folders are walked recursively; hidden files and folders are skipped, and so are files of
types we do not read (a folder of photos is not an error). Generated and vendored files and
folders (node_modules, minified scripts, search indexes...: the table in assistant/documents/generated.py)
are skipped with their reason, unless asked for. A file named explicitly is always taken, so
that its problem is reported, and so is a folder added explicitly, whatever its name. Symbolic
links to folders are followed once: a link back up the tree is noticed by the folder's
(device, inode) and reported. A broken symbolic link is reported with its target.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.documents import generated
from assistant.readers import SUPPORTED_SUFFIXES, broken_link
from assistant.readers import os_reason as _os_reason

NOT_UTF8 = "its name is not valid UTF-8 (made on another system?); rename it to index it"


@dataclass(frozen=True)
class Found:
    path: Path
    folder: Path | None  # the added folder it was found under; None for a file added by itself
    problem: str | None = None  # a reason to report instead of reading it
    skipped: str | None = None  # why it is left out as generated or vendored (not read, not a failure)
    is_folder: bool = False


@dataclass(frozen=True)
class _Walk:
    folder: Path  # the added folder
    seen: set  # (device, inode) of the folders walked so far
    skip_generated: bool


def absolute(path: str | Path) -> Path:
    """An absolute, normalised path that keeps symbolic links (a link is a file's name too)."""
    return Path(os.path.abspath(os.path.expanduser(str(path))))


def scan(path: Path, folder: Path | None = None, include_generated: bool = False) -> Iterator[Found]:
    """Files under `path` (or `path` itself). `folder` is the added folder they belong to."""
    if path.is_dir():
        yield from _walk(path, _Walk(folder or path, set(), not include_generated))
    else:
        yield Found(path, folder)


def _unopenable(directory: Path, folder: Path, exc: OSError) -> Found:
    return Found(directory, folder, f"folder cannot be opened ({_os_reason(exc)})")


def _walk(directory: Path, walk: _Walk) -> Iterator[Found]:
    try:
        info = directory.stat()
    except OSError as exc:
        yield _unopenable(directory, walk.folder, exc)
        return
    key = (info.st_dev, info.st_ino)
    if key in walk.seen:
        yield Found(directory, walk.folder, "symbolic link loop (folder already scanned)")
        return
    walk.seen.add(key)
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as exc:
        yield _unopenable(directory, walk.folder, exc)
        return
    beside = frozenset(entry.name.lower() for entry in entries)
    for entry in entries:
        if not entry.name.startswith("."):
            yield from _entry(entry, walk, generated.Entry(Path(entry.path), entry.name.lower(), beside))


def _entry(entry: os.DirEntry, walk: _Walk, place: generated.Entry) -> Iterator[Found]:
    path = place.path
    try:
        is_dir = entry.is_dir()  # follows symbolic links
    except OSError:
        is_dir = False
    if not is_dir and path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return
    if not storable(entry.name):
        yield Found(path, walk.folder, NOT_UTF8)
    elif is_dir:
        yield from _folder(path, walk, place)
    else:
        yield _file(path, walk, place, _is_link(entry))


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _folder(path: Path, walk: _Walk, place: generated.Entry) -> Iterator[Found]:
    reason = generated.folder_reason(place) if walk.skip_generated else None
    if reason:
        yield Found(path, walk.folder, skipped=reason, is_folder=True)
    else:
        yield from _walk(path, walk)


def _file(path: Path, walk: _Walk, place: generated.Entry, is_link: bool) -> Found:
    reason = generated.file_reason(place) if walk.skip_generated else None
    if reason:
        return Found(path, walk.folder, skipped=reason)
    return Found(path, walk.folder, broken_link(path) if is_link else None)


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
