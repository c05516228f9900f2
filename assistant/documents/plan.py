"""Before indexing: which files are new or changed, which are unchanged, and which may be gone.

Generated and vendored files are counted by reason, not read. A document indexed earlier
(before these rules, or with --include-generated) that the rules now skip is removed from the
index, so that the index holds what the rules in force say; index_generated_files in the
settings keeps them for good.
"""
from __future__ import annotations

import bisect
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from assistant.documents.scanning import NOT_UTF8, scan, shown, storable


@dataclass
class Job:
    path: Path
    folder_id: int | None
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


EXAMPLES = 3


def plan(index, paths: list[Path]) -> Plan:
    store = index.store
    known = {row["path"]: row for row in store.query(
        "SELECT id, path, folder_id, size, mtime_ns, status, content_hash FROM documents")}
    folders = {row["path"]: row["id"] for row in store.query("SELECT id, path FROM folders")}
    result, seen, sorted_known = Plan(), set(), sorted(known)
    for path in paths:
        for job in _jobs_for(index, path, folders, known, result, sorted_known):
            if str(job.path) not in seen:
                seen.add(str(job.path))
                _classify(index, job, known, result)
    if result.dropped:
        index.delete_documents(result.dropped)
    return result


def _skip(found, folder_id: int, known: dict, sorted_known: list[str], result: Plan) -> None:
    """Count a skipped file or folder, and drop what was indexed of it from this folder before."""
    result.skipped[found.skipped] += 1
    examples = result.skipped_examples.setdefault(found.skipped, [])
    if len(examples) < EXAMPLES:
        examples.append(shown(found.path))
    paths = _under(sorted_known, str(found.path)) if found.is_folder else [str(found.path)]
    result.dropped += [known[p]["id"] for p in paths if p in known and known[p]["folder_id"] == folder_id]


def _under(sorted_paths: list[str], folder: str) -> list[str]:
    """The paths under `folder`: in sorted order they lie between folder + "/" and folder + "0"."""
    first = bisect.bisect_left(sorted_paths, folder + os.sep)
    return sorted_paths[first:bisect.bisect_left(sorted_paths, folder + chr(ord(os.sep) + 1))]


def _jobs_for(index, path: Path, folders: dict, known: dict, result: Plan, sorted_known: list[str]):
    if not storable(str(path)):
        yield Job(path, None, problem=NOT_UTF8)
    elif os.path.isdir(path):
        folder_id = index.folder_id(path)
        prefix = str(path).rstrip(os.sep) + os.sep
        result.removable += [row for p, row in known.items() if row["folder_id"] == folder_id or
                             (row["folder_id"] is None and p.startswith(prefix))]
        for found in scan(path, include_generated=index.include_generated):
            if found.skipped:
                _skip(found, folder_id, known, sorted_known, result)
            else:
                yield Job(found.path, folder_id, problem=found.problem)
    elif str(path) in folders:
        index.mark_folder_unavailable(path)  # an unplugged drive: keep everything, say so
        result.unavailable.append(str(path))
    elif not os.path.lexists(path) and str(path) in known:
        result.removable.append(known[str(path)])
    elif not os.path.lexists(path):
        yield Job(path, None, problem="not found")
    else:
        yield Job(path, _folder_of(path, folders))


def _folder_of(path: Path, folders: dict) -> int | None:
    for folder, folder_id in folders.items():
        if str(path).startswith(folder.rstrip(os.sep) + os.sep):
            return folder_id
    return None


def _classify(index, job: Job, known: dict, result: Plan) -> None:
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
    if row and row["status"] == "indexed" and row["size"] == stat.st_size and row["mtime_ns"] == stat.st_mtime_ns:
        result.unchanged += 1
        if row["folder_id"] != job.folder_id:
            index.store.execute("UPDATE documents SET folder_id = ? WHERE id = ?", (job.folder_id, row["id"]))
    else:
        result.jobs.append(job)
