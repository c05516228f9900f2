"""Dense candidates from memory and from the approximate index agree on what is best."""
from __future__ import annotations

import numpy as np

from assistant.documents import dense
from assistant.documents.dense import IndexedVectors, MemoryVectors, top_positions
from assistant.documents.vector_index import VectorIndex, write_index


def unit_vectors(count: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((count, 24)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_both_give_the_same_best_rows_and_vectors_and_keep_to_a_subset(tmp_path):
    chunk_ids = np.arange(10, 4010, 2, dtype=np.int64)  # ids with gaps, as after deletions
    vectors = unit_vectors(len(chunk_ids), 1)
    path = tmp_path / "vectors.usearch"
    write_index(path, iter([(chunk_ids, vectors)]), 24)
    memory = MemoryVectors(vectors)
    indexed = IndexedVectors(VectorIndex(path, chunk_ids, lambda ids: vectors[np.searchsorted(chunk_ids, ids)]),
                             chunk_ids)
    assert indexed.approximate and not memory.approximate
    query = vectors[123]
    assert memory.candidates(query, 5)[0] == 123 and indexed.candidates(query, 5)[0] == 123
    overlap = len(set(memory.candidates(query, 20).tolist()) & set(indexed.candidates(query, 20).tolist()))
    assert overlap >= 18
    rows = np.array([5, 123, 1999])
    assert np.allclose(indexed.of(rows), memory.of(rows), atol=2e-3)
    subset = np.arange(1000, 1100)
    assert set(indexed.candidates(query, 10, subset).tolist()) <= set(subset.tolist())
    assert indexed.candidates(vectors[1050], 1, subset).tolist() == [1050]


def test_the_best_positions_are_exact_whether_or_not_the_sampled_floor_is_used(monkeypatch):
    """Scores like a million chunks' keyword scores (mostly zero, many ties) and like cosines, long enough
    for the sampled floor and too short for it: the k best scores, best first, each position once."""
    rng = np.random.default_rng(7)
    keyword_like = (rng.random(200_000) < 0.1) * rng.integers(0, 6, 200_000).astype(np.float32)
    sample_misleads = np.zeros(100_000, dtype=np.float32)  # the best scores all fall on the sampled positions
    sample_misleads[::dense.SAMPLE_STEP] = np.arange(1, len(sample_misleads[::dense.SAMPLE_STEP]) + 1)
    arrays = [keyword_like, sample_misleads, rng.standard_normal(200_000).astype(np.float32), np.sort(rng.random(50_000)),
              np.zeros(30_000, dtype=np.float32), rng.standard_normal(900).astype(np.float32)]
    used, sampled = [], dense._above_sampled_floor

    def watched(scores, k):
        passed = sampled(scores, k)
        used.append(passed is not None)
        return passed

    monkeypatch.setattr(dense, "_above_sampled_floor", watched)
    for scores in arrays:
        for k in (1, 10, 300, 2000):
            best = top_positions(scores, k)
            assert len(set(best.tolist())) == len(best) == min(k, len(scores))
            assert np.array_equal(scores[best], np.sort(scores)[::-1][:k])
    assert any(used) and not all(used)  # both ways were exercised
