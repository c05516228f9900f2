"""The approximate vector index: answers like exact search, and stays right after adds, deletes and crashes."""
from __future__ import annotations

import numpy as np

from assistant.documents import vector_index
from assistant.documents.vector_index import VectorIndex, write_index

DIMS = 32


def unit_vectors(count: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((count, DIMS)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def exact(ids: np.ndarray, vectors: np.ndarray, query: np.ndarray, k: int = 10) -> set[int]:
    return set(ids[np.argsort(-(vectors @ query))[:k]].tolist())


def test_the_graph_finds_what_an_exact_scan_finds(tmp_path):
    ids, vectors = np.arange(100, 5100, dtype=np.int64), unit_vectors(5000, 1)
    path = tmp_path / "vectors.usearch"
    assert write_index(path, iter([(ids[:2500], vectors[:2500]), (ids[2500:], vectors[2500:])]), DIMS) == 5000
    index = VectorIndex(path, ids, lambda wanted: vectors[np.searchsorted(ids, wanted)])
    assert index.problems() == [] and len(index.recent_ids) == 0 and index.size == 5000
    queries = unit_vectors(50, 2)
    recall = np.mean([len(set(index.search(q, 10).chunk_ids.tolist()) & exact(ids, vectors, q)) / 10 for q in queries])
    assert recall >= 0.95
    hit = index.search(vectors[42], 1)
    assert hit.chunk_ids.tolist() == [142] and abs(float(hit.scores[0]) - 1.0) < 1e-2


def test_chunks_added_or_deleted_since_the_file_was_written_are_answered_right(tmp_path):
    ids, vectors = np.arange(1000, dtype=np.int64), unit_vectors(1000, 3)
    path = tmp_path / "vectors.usearch"
    write_index(path, iter([(ids, vectors)]), DIMS)
    added = unit_vectors(20, 4)
    live = np.concatenate([ids[10:], np.arange(5000, 5020)])  # 10 deleted, 20 added since
    everything = {**dict(zip(ids.tolist(), vectors)), **dict(zip(range(5000, 5020), added))}
    index = VectorIndex(path, live, lambda wanted: np.stack([everything[int(i)] for i in wanted]))
    assert index.deleted.tolist() == list(range(10)) and index.recent_ids.tolist() == list(range(5000, 5020))
    assert index.search(vectors[3], 5).chunk_ids[0] != 3  # a deleted chunk is never an answer
    assert index.search(added[7], 1).chunk_ids.tolist() == [5007]  # a new one is found at once
    assert not index.needs_compaction


def test_a_damaged_file_is_reported_and_search_still_answers_from_the_database(tmp_path):
    path = tmp_path / "vectors.usearch"
    path.write_bytes(b"not an index" * 100)  # a crash or a disk error mid-write of an older version
    ids, vectors = np.arange(50, dtype=np.int64), unit_vectors(50, 5)
    index = VectorIndex(path, ids, lambda wanted: vectors[wanted])
    assert index.needs_compaction and "cannot be read" in index.problems()[0]
    assert index.search(vectors[9], 1).chunk_ids.tolist() == [9]  # exact over everything meanwhile


def test_a_write_cut_off_leaves_the_previous_file_in_place(tmp_path):
    path = tmp_path / "vectors.usearch"
    ids, vectors = np.arange(200, dtype=np.int64), unit_vectors(200, 6)
    write_index(path, iter([(ids, vectors)]), DIMS)
    before = path.read_bytes()

    def failing():
        yield ids, vectors
        raise OSError("No space left on device")

    try:
        write_index(path, failing(), DIMS)
    except OSError:
        pass
    assert path.read_bytes() == before


def test_vectors_come_back_from_the_graph_and_the_recent_part(tmp_path):
    ids, vectors = np.arange(300, dtype=np.int64), unit_vectors(300, 7)
    path = tmp_path / "vectors.usearch"
    write_index(path, iter([(ids[:200], vectors[:200])]), DIMS)
    index = VectorIndex(path, ids, lambda wanted: vectors[wanted])
    wanted = np.array([250, 3, 199, 200], dtype=np.int64)
    assert np.allclose(index.vectors_of(wanted), vectors[wanted], atol=2e-3)  # half precision in the graph


def test_a_file_written_with_an_older_graph_shape_still_answers_and_is_due_for_a_rewrite(tmp_path):
    ids, vectors = np.arange(2000, dtype=np.int64), unit_vectors(2000, 8)
    path = tmp_path / "vectors.usearch"
    older = vector_index.CONNECTIVITY // 2
    write_index(path, iter([(ids, vectors)]), DIMS, connectivity=older)  # as another version wrote it
    old = VectorIndex(path, ids, lambda wanted: vectors[wanted])
    assert old.outdated and old.needs_compaction and f"connectivity {older} " in old.problems()[0]
    assert old.search(vectors[77], 1).chunk_ids.tolist() == [77]
    write_index(path, iter([(ids, vectors)]), DIMS)  # the rewrite a refresh does (rebuild)
    current = VectorIndex(path, ids, lambda wanted: vectors[wanted])
    assert not current.outdated and not current.needs_compaction and current.problems() == []
    assert current.graph.expansion_search == vector_index.EXPANSION_SEARCH
