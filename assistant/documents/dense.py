"""Where search gets its dense (embedding) scores: every vector in memory, or the approximate index.

Rows are the searcher's row numbers (chunks in id order). A small index keeps all its vectors in
memory and scores every row exactly; from LARGE_INDEX_CHUNKS on, the vectors stay on disk in the
approximate index (assistant/documents/vector_index.py) and only a pool of candidates is scored.
"""
from __future__ import annotations

import numpy as np

from assistant.documents.vector_index import VectorIndex

LARGE_INDEX_CHUNKS = 200_000  # exact search of 200k vectors takes about 25 ms here: past that, the graph
SUBSET_EXACT_ROWS = 50_000  # a search within fewer rows (a label filter, one folder) stays exact


class MemoryVectors:
    """Every vector in memory, scored exactly."""

    def __init__(self, vectors: np.ndarray):
        self.vectors = vectors

    @property
    def approximate(self) -> bool:
        return False

    def of(self, rows: np.ndarray) -> np.ndarray:
        return self.vectors[rows]

    def candidates(self, query: np.ndarray, depth: int, subset: np.ndarray | None = None) -> np.ndarray:
        """The best `depth` rows for `query` (within `subset`, if given), best first."""
        scores = (self.vectors if subset is None else self.vectors[subset]) @ query
        best = top_positions(scores, depth)
        return best if subset is None else subset[best]


class IndexedVectors:
    """The approximate index: the best rows come from the graph, their vectors from its copy."""

    def __init__(self, index: VectorIndex, chunk_ids: np.ndarray):
        self.index, self.chunk_ids = index, chunk_ids  # chunk_ids: ascending, one per row

    @property
    def approximate(self) -> bool:
        return True

    def of(self, rows: np.ndarray) -> np.ndarray:
        return self.index.vectors_of(self.chunk_ids[rows])

    def candidates(self, query: np.ndarray, depth: int, subset: np.ndarray | None = None) -> np.ndarray:
        if subset is not None and len(subset) <= SUBSET_EXACT_ROWS:
            return subset[top_positions(self.of(subset) @ query, depth)]
        wanted = depth if subset is None else depth * 4  # a filter leaves out some of the graph's answers
        matches = self.index.search(query, wanted)
        rows = np.searchsorted(self.chunk_ids, matches.chunk_ids)
        rows = rows[(rows < len(self.chunk_ids)) & (self.chunk_ids[np.minimum(rows, len(self.chunk_ids) - 1)]
                                                    == matches.chunk_ids)]
        if subset is not None:
            rows = rows[np.isin(rows, subset)]
        return rows[:depth]


SAMPLE_STEP = 64  # top_positions: every 64th score guesses a floor for the k best


def top_positions(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions of the k largest scores, best first (search.py ranks with it too)."""
    k = min(k, len(scores))
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    part = _above_sampled_floor(scores, k)
    if part is None:
        part = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    return part[np.argsort(-scores[part], kind="stable")[:k]]


def _above_sampled_floor(scores: np.ndarray, k: int) -> np.ndarray | None:
    """The positions scoring at least a floor that a sample of the scores puts just below the k-th
    best, or None where that does not pay (a short array) or does not hold k positions. Exact: when
    k positions reach the floor, the k best are among them. At a million keyword scores this takes
    1-2 ms where a partition of all of them took 5-13 ms."""
    sample = scores[::SAMPLE_STEP]
    above = k // SAMPLE_STEP + 8  # sampled scores wanted above the floor: about k + 512 positions pass it
    if len(scores) < 16 * k or len(sample) <= above:
        return None
    floor = np.partition(sample, len(sample) - above)[len(sample) - above]
    passed = np.flatnonzero(scores >= floor)
    return passed if k <= len(passed) <= len(scores) // 4 else None
