"""Before indexing: which files are new or changed, which are unchanged, and which may be gone.

Generated and vendored files are counted by reason, not read. A document indexed earlier
(before these rules, or with --include-generated) that the rules now skip is removed from the
index, so that the index holds what the rules in force say; index_generated_files in the
settings keeps them for good.

plan() only reads (the database and the file system): what it decides to write, the run
(assistant/documents/run.py) writes through DocumentIndex.
"""
from __future__ import annotations

import bisect
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.documents import DocumentStatus
from assistant.documents.scanning import NOT_UTF8, scan, shown, storable


@dataclass
class Job:
    path: Path
    folder: Path | None  # the added folder it is in (a folder added in this run has no id yet)
    known: dict | None = None  # the document row already stored for this path
    problem: str | None = None
    size: int = 0


@dataclass
class Plan:
    jobs: list[Job] = field(default_factory=list)  # to read (new, changed, or failed before)
    failed: list[Job] = field(default_factory=list)  # known bad without reading
    unchanged: int = 0
    removable: list[dict] = field(default_factory=list)  # stored documents to drop if their file is gone
    unavailable: list[str] = field(default_factory=list)  # added folders that are missing
    skipped: Counter = field(default_factory=Counter)  # reason -> files and folders left out as generated
    skipped_examples: dict = field(default_factory=dict)  # reason -> a few of their paths
    dropped: list[int] = field(default_factory=list)  # ids of stored documents that are now skipped
    folders: list[Path] = field(default_factory=list)  # added folders that are there: registered as scanned
    refiled: list[tuple[int, Path | None]] = field(default_factory=list)  # unchanged documents, their new folder


EXAMPLES = 3


def plan(index, paths: list[Path]) -> Plan:
    """What to do for these paths; nothing is written."""
    known, folders = index.stored_documents(), index.folder_ids()
    result, seen, sorted_known = Plan(), set(), sorted(known)
    for path in paths:
        for job in _jobs_for(index, path, folders, known, result, sorted_known):
            if str(job.path) not in seen:
                seen.add(str(job.path))
                _classify(job, folders, known, result)
    result.folders = list(dict.fromkeys(result.folders))
    return result


def _skip(found, folder_id: int | None, known: dict, sorted_known: list[str], result: Plan) -> None:
    """Count a skipped file or folder, and drop what was indexed of it from this folder before."""
    result.skipped[found.skipped] += 1
    examples = result.skipped_examples.setdefault(found.skipped, [])
    if len(examples) < EXAMPLES:
        examples.append(shown(found.path))
    if folder_id is None:  # a folder added in this run holds no documents yet
        return
    paths = _under(sorted_known, str(found.path)) if found.is_folder else [str(found.path)]
    result.dropped += [known[p]["id"] for p in paths if p in known and known[p]["folder_id"] == folder_id]


def _under(sorted_paths: list[str], folder: str) -> list[str]:
    """The paths under `folder`: in sorted order they lie between folder + "/" and folder + "0"."""
    first = bisect.bisect_left(sorted_paths, folder + os.sep)
    return sorted_paths[first:bisect.bisect_left(sorted_paths, folder + chr(ord(os.sep) + 1))]


def _jobs_for(index, path: Path, folders: dict[str, int], known: dict, result: Plan,
              sorted_known: list[str]) -> Iterator[Job]:
    if not storable(str(path)):
        yield Job(path, None, problem=NOT_UTF8)
    elif os.path.isdir(path):
        result.folders.append(path)
        folder_id = folders.get(str(path))
        prefix = str(path).rstrip(os.sep) + os.sep
        result.removable += [row for p, row in known.items()
                             if (folder_id is not None and row["folder_id"] == folder_id)
                             or (row["folder_id"] is None and p.startswith(prefix))]
        for found in scan(path, include_generated=index.include_generated):
            if found.skipped:
                _skip(found, folder_id, known, sorted_known, result)
            else:
                yield Job(found.path, path, problem=found.problem)
    elif str(path) in folders:
        result.unavailable.append(str(path))  # an unplugged drive: keep everything, say so
    elif not os.path.lexists(path) and str(path) in known:
        result.removable.append(known[str(path)])
    elif not os.path.lexists(path):
        yield Job(path, None, problem="not found")
    else:
        yield Job(path, _folder_of(path, folders))


def _folder_of(path: Path, folders: dict[str, int]) -> Path | None:
    for folder in folders:
        if str(path).startswith(folder.rstrip(os.sep) + os.sep):
            return Path(folder)
    return None


def _classify(job: Job, folders: dict[str, int], known: dict, result: Plan) -> None:
    job.known = known.get(str(job.path))
    if job.problem:
        result.failed.append(job)
        return
    try:
        stat = os.stat(job.path)
        job.size = stat.st_size
    except OSError:
        result.jobs.append(job)  # the reader reports why
        return
    row = job.known
    if (row and row["status"] == DocumentStatus.INDEXED and row["size"] == stat.st_size
            and row["mtime_ns"] == stat.st_mtime_ns):
        result.unchanged += 1
        if _changes_folder(row, job.folder, folders):
            result.refiled.append((row["id"], job.folder))
    else:
        result.jobs.append(job)


def _changes_folder(row: dict, folder: Path | None, folders: dict[str, int]) -> bool:
    if folder is None:
        return row["folder_id"] is not None
    return str(folder) not in folders or row["folder_id"] != folders[str(folder)]
