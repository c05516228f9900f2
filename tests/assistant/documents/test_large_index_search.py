"""A large index searches through the approximate vector index and finds what exact search finds.

The threshold is lowered so a few real documents (real embedder, real SQLite) count as large."""
from __future__ import annotations

import pytest

import assistant.documents.search as search_module
from assistant.documents.index import DocumentIndex
from assistant.documents.vector_index import rebuild
from assistant.runtime.generators import run_to_end
from assistant.storage.store import Store

TOPICS = {
    "ferry.txt": "The night ferry to the island leaves the north pier at half past eleven. Tickets are sold on board.",
    "bakery.txt": "Our sourdough rests for eighteen hours before baking. The rye loaf is baked on Tuesdays only.",
    "garden.txt": "Tomatoes need six hours of sun a day. Water them at the roots in the early morning.",
    "tax.txt": "The annual tax return is due by the end of April. Late returns pay a penalty of five percent.",
    "bikes.txt": "Check the tyre pressure every week. The chain needs oil after riding in the rain.",
}
QUESTIONS = {"when does the night ferry leave": "ferry.txt", "how long does sourdough rest": "bakery.txt",
             "penalty for a late tax return": "tax.txt", "oil the bicycle chain": "bikes.txt"}


def index_of(folder, home, embedder) -> DocumentIndex:
    folder.mkdir()
    for name, text in TOPICS.items():
        (folder / name).write_text(f"{text}\n\n" * 3)
    index = DocumentIndex(Store(home / "deskmate.db"), embedder)
    run_to_end(iter(index.add([folder])))
    return index


def top_files(index: DocumentIndex, mode: str) -> list[str]:
    return [index.search(q, 1, mode=mode)[0].path.rsplit("/", 1)[-1] for q in QUESTIONS]


@pytest.mark.parametrize("mode", ["hybrid", "dense"])
def test_large_mode_answers_like_exact_search_before_and_after_the_file_is_written(tmp_path, embedder, monkeypatch,
                                                                                  mode):
    home = tmp_path / "home"
    home.mkdir()
    index = index_of(tmp_path / "docs", home, embedder)
    exact = top_files(index, mode)
    assert exact == list(QUESTIONS.values())
    monkeypatch.setattr(search_module, "LARGE_INDEX_CHUNKS", 1)
    large = DocumentIndex(index.store, embedder)
    assert top_files(large, mode) == exact  # no file yet: every chunk is "recent", searched exactly
    searcher = large.searcher()
    assert searcher.dense.approximate and searcher.vectors.size == 0  # the vectors stay out of memory
    assert rebuild(index.store, searcher.vector_file) == searcher.size
    fresh = DocumentIndex(index.store, embedder)
    assert top_files(fresh, mode) == exact
    assert len(fresh.searcher().dense.index.recent_ids) == 0


def test_a_document_added_after_the_file_was_written_is_found_at_once(tmp_path, embedder, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    index = index_of(tmp_path / "docs", home, embedder)
    monkeypatch.setattr(search_module, "LARGE_INDEX_CHUNKS", 1)
    large = DocumentIndex(index.store, embedder)
    rebuild(index.store, large.searcher().vector_file)
    (tmp_path / "docs" / "piano.txt").write_text("Tune the piano twice a year, in spring and in autumn.\n")
    run_to_end(iter(large.add([tmp_path / "docs" / "piano.txt"])))
    hit = large.search("how often should a piano be tuned", 1)[0]
    assert hit.path.endswith("piano.txt")
    large.remove(tmp_path / "docs" / "ferry.txt")  # deleted since the file was written: never an answer
    assert all(not h.path.endswith("ferry.txt") for h in large.search("when does the night ferry leave", 5))
