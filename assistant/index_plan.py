"""Before indexing: which files are new or changed, which are unchanged, and which may be gone."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from assistant.scanning import NOT_UTF8, scan, storable


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


def plan(index, paths: list[Path]) -> Plan:
    store = index.store
    known = {row["path"]: row for row in store.query(
        "SELECT id, path, folder_id, size, mtime_ns, status, content_hash FROM documents")}
    folders = {row["path"]: row["id"] for row in store.query("SELECT id, path FROM folders")}
    result, seen = Plan(), set()
    for path in paths:
        for job in _jobs_for(index, path, folders, known, result):
            if str(job.path) not in seen:
                seen.add(str(job.path))
                _classify(index, job, known, result)
    return result


def _jobs_for(index, path: Path, folders: dict, known: dict, result: Plan):
    if not storable(str(path)):
        yield Job(path, None, problem=NOT_UTF8)
    elif os.path.isdir(path):
        folder_id = index.folder_id(path)
        prefix = str(path).rstrip(os.sep) + os.sep
        result.removable += [row for p, row in known.items() if row["folder_id"] == folder_id or
                             (row["folder_id"] is None and p.startswith(prefix))]
        for found in scan(path):
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
