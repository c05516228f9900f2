"""An approximate nearest-neighbour index over the chunk vectors, for indexes too large to scan.

The only module that imports usearch. SQLite stays the truth: the index file (an HNSW graph of
half-precision vectors, memory-mapped) holds the chunks that existed when it was last written.
When it is opened, chunks added since are searched exactly beside it (the "recent" part) and
chunks deleted since are left out of its answers, so a crash at any point leaves nothing wrong,
only slower until the next compaction writes a new file. `verify` says whether the file and the
database agree.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

INDEX_FILE = "vectors.usearch"
# The graph's shape (benchmarks/local_scale.py). A file written with another connectivity still
# answers; it is rewritten at the next refresh (`outdated`). Recall is bought with EXPANSION_SEARCH,
# which costs no rebuild. On the benchmark's clusters as dense as at 1M chunks (250 near-copies of
# each passage; 250k chunks of 1,000 seeds) recall@10 was 0.65 at 96, 0.82 at 256, 0.89 at 512 and
# 0.976 at 1024 (p50 7.5 ms, p95 12.6 ms with the 2-core machine at load 7). Half precision loses
# almost nothing (an exact scan of the f16 vectors finds 0.9995), so an f32 re-ranking gained nothing.
CONNECTIVITY = 16
EXPANSION_ADD = 128
EXPANSION_SEARCH = 1024
COMPACT_AFTER = 50_000  # recent or deleted chunks before a compaction is worth its minutes
DELETED_MARGIN = 1_000  # extra graph answers asked for, to make up for deleted ones left out


@dataclass
class Matches:
    chunk_ids: np.ndarray  # best first
    scores: np.ndarray  # cosine similarity


def _index_class():
    """usearch's Index. onnxruntime is loaded first: imported after usearch's compiled module (which carries its
    own static libstdc++), onnxruntime crashes in std::codecvt (SIGSEGV), and a search embeds its query next."""
    import onnxruntime  # noqa: F401
    from usearch.index import Index

    return Index


def _new_index(dims: int, connectivity: int, expansion_add: int):
    Index = _index_class()
    return Index(ndim=dims, metric="cos", dtype="f16", connectivity=connectivity, expansion_add=expansion_add,
                 expansion_search=EXPANSION_SEARCH)


def _open_view(path: Path, expansion_search: int):
    """The file memory-mapped, or None when it is not a readable index (it is then rebuilt)."""
    Index = _index_class()
    try:
        index = Index.restore(str(path), view=True)
    except (ValueError, RuntimeError, OSError):
        return None
    if index is not None:
        index.expansion_search = expansion_search  # type: ignore[misc]  # settable; the stub says read-only
        _read_ahead(path)
    return index


def _read_ahead(path: Path) -> None:
    """Ask the system to read the file into its cache now, in the background: a search through a
    file not yet in memory waits on the disk for each graph node it visits (tens of ms per query
    after a restart). The pages stay the system's to evict; on systems without the call, nothing."""
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        finally:
            os.close(fd)
    except OSError:
        pass


def write_index(path: Path, batches: Iterator[tuple[np.ndarray, np.ndarray]], dims: int,
                on_progress: Callable[[int], None] | None = None, connectivity: int = CONNECTIVITY,
                expansion_add: int = EXPANSION_ADD) -> int:
    """Build a new index file from (chunk ids, vectors) batches; it replaces the old one only when
    complete. Returns how many vectors it holds."""
    index, count = _new_index(dims, connectivity, expansion_add), 0
    for ids, vectors in batches:
        index.add(ids, vectors, threads=os.cpu_count() or 1)
        count += len(ids)
        if on_progress:
            on_progress(count)
    partial = path.with_name(path.name + ".partial")
    index.save(str(partial))
    os.replace(partial, path)
    return count


def stored_batches(store, batch: int = 20_000) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Every chunk's id and vector from the database, in id order, `batch` at a time."""
    last = -1
    while True:
        rows = store.execute("SELECT id, vector FROM chunks WHERE id > ? ORDER BY id LIMIT ?", (last, batch)).fetchall()
        if not rows:
            return
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        yield ids, np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
        last = int(ids[-1])


def rebuild(store, path: Path, on_progress: Callable[[int], None] | None = None) -> int:
    """Write the index file anew from the database (a compaction); returns how many it holds."""
    dims = store.query_one("SELECT length(vector) / 4 AS dims FROM chunks LIMIT 1")
    if dims is None:
        path.unlink(missing_ok=True)
        return 0
    return write_index(path, stored_batches(store), int(dims["dims"]), on_progress)


class VectorIndex:
    """The file's graph plus the exact "recent" part, answering like one index over `live_ids`."""

    def __init__(self, path: Path, live_ids: np.ndarray, load_vectors: Callable[[np.ndarray], np.ndarray],
                 expansion_search: int = EXPANSION_SEARCH):
        """`live_ids`: the chunk ids in the database now; `load_vectors(ids)`: their float32 vectors."""
        self.path = path
        self.unreadable = False
        self.graph = _open_view(path, expansion_search) if path.exists() else None
        if path.exists() and self.graph is None:
            self.unreadable = True
        graph_ids = np.sort(np.asarray(self.graph.keys, dtype=np.int64)) if self.graph is not None else \
            np.zeros(0, dtype=np.int64)
        live_ids = np.sort(np.asarray(live_ids, dtype=np.int64))
        self.deleted = np.setdiff1d(graph_ids, live_ids, assume_unique=True)
        self.recent_ids = np.setdiff1d(live_ids, graph_ids, assume_unique=True)
        self.recent_vectors = load_vectors(self.recent_ids) if len(self.recent_ids) else \
            np.zeros((0, 0), dtype=np.float32)
        self.size = len(live_ids)

    @property
    def outdated(self) -> bool:
        """Written with another graph shape (an older Deskmate): it answers, with less recall."""
        return self.graph is not None and int(self.graph.connectivity) != CONNECTIVITY

    @property
    def needs_compaction(self) -> bool:
        return self.unreadable or self.outdated or len(self.recent_ids) + len(self.deleted) >= COMPACT_AFTER

    def search(self, query: np.ndarray, k: int) -> Matches:
        """The k chunks most similar to `query` (a unit vector)."""
        query = np.asarray(query, dtype=np.float32)
        found_ids, found_scores = [], []
        if self.graph is not None and len(self.graph):
            wanted = min(k + min(len(self.deleted), DELETED_MARGIN), len(self.graph))
            matches = self.graph.search(query, wanted, threads=1)
            ids, scores = np.asarray(matches.keys, dtype=np.int64), 1.0 - np.asarray(matches.distances)
            keep = ~np.isin(ids, self.deleted) if len(self.deleted) else np.ones(len(ids), dtype=bool)
            found_ids.append(ids[keep])
            found_scores.append(scores[keep].astype(np.float32))
        if len(self.recent_ids):
            scores = self.recent_vectors @ query
            best = np.argsort(-scores)[:k]
            found_ids.append(self.recent_ids[best])
            found_scores.append(scores[best])
        if not found_ids:
            return Matches(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
        ids, scores = np.concatenate(found_ids), np.concatenate(found_scores)
        order = np.argsort(-scores, kind="stable")[:k]
        return Matches(ids[order], scores[order])

    def vectors_of(self, chunk_ids: np.ndarray) -> np.ndarray:
        """The float32 vectors of these chunks (from the graph's half-precision copy or the recent part)."""
        chunk_ids = np.asarray(chunk_ids, dtype=np.int64)
        dims = self.graph.ndim if self.graph is not None else self.recent_vectors.shape[1]
        out = np.zeros((len(chunk_ids), dims), dtype=np.float32)
        recent = np.isin(chunk_ids, self.recent_ids)
        if recent.any():
            out[recent] = self.recent_vectors[np.searchsorted(self.recent_ids, chunk_ids[recent])]
        if (~recent).any() and self.graph is not None:
            out[~recent] = np.asarray(self.graph.get(chunk_ids[~recent], dtype=np.float32))
        return out

    def problems(self) -> list[str]:
        """What `index verify` reports: a file that cannot be read, or one far behind the database."""
        if self.unreadable:
            return [f"The vector index {self.path.name} cannot be read; it will be rebuilt."]
        if self.graph is not None and self.outdated:
            return [f"The vector index {self.path.name} was written with connectivity {self.graph.connectivity} "
                    f"(now {CONNECTIVITY}); it is rebuilt on the next refresh."]
        if self.needs_compaction:
            return [f"The vector index lags the database by {len(self.recent_ids):,} new and "
                    f"{len(self.deleted):,} deleted chunks; it is rebuilt on the next refresh."]
        return []

