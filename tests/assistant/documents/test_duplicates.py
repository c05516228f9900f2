"""The same content once, on real files with the real embedder: exact chunk reuse and near-duplicates."""
from __future__ import annotations

import os
import random
import sqlite3
import sys
import textwrap
import threading

import numpy as np
import pytest

from assistant.documents.chunking import Chunker
from assistant.documents.index import DocumentIndex
from assistant.documents.keywords import encode_terms
from assistant.readers.isolated import IsolatedReader
from assistant.runtime.generators import run_to_end
from assistant.storage.migrations import MIGRATIONS
from assistant.storage.store import Store

WORDS = """river mountain copper lantern harbor violin orchard glacier meadow pepper compass
thunder marble saddle falcon velvet canyon ember willow quarry lattice beacon cedar anchor
prism tundra walnut cobalt summit ferry basalt jasmine kettle lagoon mosaic nectar oasis parsley
quartz raven sapphire timber umbrella vessel wharf yarrow zephyr bramble cinder dune fennel granite
hazel iris juniper kelp lichen mango nutmeg opal pebble quince rhubarb sorrel thistle urchin vanilla
""".split()


def paragraphs(count: int, seed: int, sentences: int = 6) -> list[str]:
    """Distinct paragraphs of about 80 words each (word salad, but each one different)."""
    rng = random.Random(seed)
    return [" ".join(" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "."
                     for _ in range(sentences)) for _ in range(count)]


def run(index, *paths):
    return run_to_end(iter(index.add(list(paths))))


def document(index, path):
    return index.document_by_path(path)


def test_repeated_text_is_embedded_once_and_both_files_cite_it(doc_index, tmp_path):
    shared = "\n\n".join(paragraphs(30, seed=1))
    (tmp_path / "a.md").write_text(shared, encoding="utf-8")
    (tmp_path / "b.txt").write_text(shared + "\n\nA closing line only b.txt has about pelicans.", encoding="utf-8")
    first = run(doc_index, tmp_path / "a.md")
    a_chunks = document(doc_index, tmp_path / "a.md")["chunk_count"]
    assert first.chunks_embedded == a_chunks > 5
    second = run(doc_index, tmp_path / "b.txt")
    b_chunks = document(doc_index, tmp_path / "b.txt")["chunk_count"]
    assert second.duplicates["chunks_reused"] >= a_chunks - 2, second.duplicates
    assert second.chunks_embedded == b_chunks - second.duplicates["chunks_reused"] <= 2
    query = paragraphs(30, seed=1)[4][:120]
    hit = doc_index.search(query, 3, mode="keyword")[0]
    assert {hit.path, *hit.also_in} == {str(tmp_path / "a.md"), str(tmp_path / "b.txt")}
    assert doc_index.verify() == []


def test_a_section_repeated_in_one_file_is_embedded_once(doc_index, tmp_path):
    section = "\n\n".join(paragraphs(6, seed=8))
    (tmp_path / "handbook.txt").write_text("\f".join([section] * 4), encoding="utf-8")  # four pages alike
    summary = run(doc_index, tmp_path / "handbook.txt")
    stored = document(doc_index, tmp_path / "handbook.txt")["chunk_count"]
    assert stored >= 8 and summary.chunks_embedded == stored // 4, (stored, summary.chunks_embedded)
    assert summary.duplicates["chunks_reused"] == stored - stored // 4
    hits = doc_index.search(paragraphs(6, seed=8)[2][:150], 5)
    assert len({h.text for h in hits}) == len(hits)  # the same passage is one hit, not four
    assert doc_index.verify() == []


def test_chunks_from_before_text_hashes_are_reused(doc_index, tmp_path):
    text = "\n\n".join(paragraphs(10, seed=2))
    (tmp_path / "old.md").write_text(text, encoding="utf-8")
    run(doc_index, tmp_path / "old.md")
    doc_index.store.execute("UPDATE chunks SET text_hash = NULL")  # as an older version stored them
    (tmp_path / "new.txt").write_text(text + "\n", encoding="utf-8")
    summary = run(doc_index, tmp_path / "new.txt")
    assert summary.chunks_embedded == 0 and summary.duplicates["chunks_reused"] > 0
    assert doc_index.store.query_one("SELECT COUNT(*) AS n FROM chunks WHERE text_hash IS NULL")["n"] == 0
    assert doc_index.verify() == []


def sphinx_pair(root, body: list[str], source_only: str | None = None, source_body: list[str] | None = None,
                name: str = "guide"):
    """A page as Sphinx builds it (navigation around the text) and its _sources/*.rst.txt markup;
    `name` may name a subfolder too ("part/chapter1")."""
    page, source = root / f"{name}.html", root / "_sources" / f"{name}.rst.txt"
    page.parent.mkdir(parents=True, exist_ok=True)
    source.parent.mkdir(parents=True, exist_ok=True)
    html = "".join(f"<p>{p}</p>\n" for p in body)
    page.write_text(
        "<html><body><div>Navigation index modules next previous Python documentation</div>"
        f"<h1>Guide to the harbor</h1>{html}<div>Copyright the authors. Show source.</div></body></html>",
        encoding="utf-8")
    rst = ["Guide to the harbor", "=" * 19, ""]
    for n, p in enumerate(source_body or body):
        words = p.split(" ")
        if n % 3 == 1:  # a role, as the markup writes what the page shows plainly
            words[3] = f":func:`{words[3]}`"
        rst += [textwrap.fill(" ".join(words), 72), ""]
    if source_only:
        rst += [".. note::", "", textwrap.indent(textwrap.fill(source_only, 68), "   "), ""]
    source.write_text("\n".join(rst), encoding="utf-8")
    return page, source


def test_a_page_and_its_source_markup_are_embedded_once_and_the_page_is_cited(doc_index, tmp_path):
    body = paragraphs(24, seed=3)
    unique = "Only the source says the lighthouse keeper feeds seventeen albatrosses every Thursday at dawn."
    page, source = sphinx_pair(tmp_path / "html", body, unique)
    summary = run(doc_index, tmp_path / "html")
    page_row, source_row = document(doc_index, page), document(doc_index, source)
    assert source_row["near_duplicate_of"] == page_row["id"] and page_row["near_duplicate_of"] is None
    assert summary.duplicates["near_duplicates"] == 1
    listed = {d.path: d for d in doc_index.documents()}[str(source)]
    assert (listed.near_duplicate_of, listed.left_to_twin) == (str(page), source_row["left_to_twin"])
    assert doc_index.stats()["near_duplicates"] == 1
    assert summary.duplicates["chunks_left_to_twin"] == source_row["left_to_twin"] >= page_row["chunk_count"] - 3
    assert source_row["chunk_count"] < page_row["chunk_count"] // 3
    assert summary.chunks_embedded == page_row["chunk_count"] + source_row["chunk_count"]
    assert doc_index.search("lighthouse keeper albatrosses Thursday", 1)[0].path == str(source)
    searcher = doc_index.searcher()  # for diversity by file the source counts as its page
    assert set(searcher.files[searcher.document_ids == source_row["id"]].tolist()) == {page_row["id"]}
    assert doc_index.search(body[10][:150], 1)[0].path == str(page)
    assert doc_index.verify() == []


def test_a_source_differing_from_its_page_in_one_word_keeps_that_passage(doc_index, tmp_path):
    body = paragraphs(24, seed=9)
    edited = list(body)
    edited[12] = body[12].replace(".", " except on Sundays.", 1)
    page, source = sphinx_pair(tmp_path / "html", body, source_body=edited)
    run(doc_index, tmp_path / "html")
    row = document(doc_index, source)
    assert row["near_duplicate_of"] == document(doc_index, page)["id"] and 1 <= row["chunk_count"] <= 3
    hits = doc_index.search("except on Sundays", 3, mode="keyword")
    assert [h.path for h in hits] == [str(source)] and "except on Sundays" in hits[0].text


def test_two_versions_differing_in_one_clause_keep_both_clauses(doc_index, tmp_path):
    clauses = paragraphs(20, seed=4)
    old = clauses[:9] + ["The tenant shall pay the rent within thirty days of each invoice."] + clauses[9:]
    new = clauses[:9] + ["The tenant shall pay the rent within ninety days of each invoice."] + clauses[9:]
    (tmp_path / "v1").mkdir()
    (tmp_path / "v2").mkdir()
    (tmp_path / "v1" / "lease.txt").write_text("\n\n".join(old), encoding="utf-8")
    (tmp_path / "v2" / "lease.txt").write_text("\n\n".join(new), encoding="utf-8")
    summary = run(doc_index, tmp_path / "v1", tmp_path / "v2")
    first = document(doc_index, tmp_path / "v1" / "lease.txt")
    assert summary.chunks_embedded <= first["chunk_count"] + 3  # the rest of v2 is v1's text: vectors reused
    for word, version in (("thirty", "v1"), ("ninety", "v2")):
        hits = doc_index.search(f"rent within {word} days", 3, mode="keyword")
        assert hits and hits[0].path == str(tmp_path / version / "lease.txt") and word in hits[0].text
    assert doc_index.verify() == []


def test_near_duplicates_are_read_whole_again_when_their_twin_goes(doc_index, tmp_path):
    body = paragraphs(15, seed=5)
    page, source = sphinx_pair(tmp_path / "html", body)
    run(doc_index, tmp_path / "html")
    assert document(doc_index, source)["left_to_twin"] > 0
    page.unlink()
    summary = run(doc_index, tmp_path / "html")
    row = document(doc_index, source)
    assert summary.removed == 1 and (row["near_duplicate_of"], row["left_to_twin"]) == (None, 0)
    assert row["chunk_count"] > 5 and doc_index.verify() == []
    assert doc_index.search(body[7][:150], 1)[0].path == str(source)


def test_removing_a_twin_by_hand_leaves_its_near_duplicate_to_the_next_refresh(doc_index, tmp_path):
    page, source = sphinx_pair(tmp_path / "html", paragraphs(15, seed=6))
    run(doc_index, page, source)  # two loose files, no folder: `index remove` of one leaves the other
    doc_index.remove(page)
    waiting = document(doc_index, source)
    assert waiting["near_duplicate_of"] is None and waiting["content_hash"] is None and doc_index.verify() == []
    list(doc_index.refresh())
    row = document(doc_index, source)
    assert row["left_to_twin"] == 0 and row["chunk_count"] > 5 and doc_index.verify() == []


def test_verify_notices_a_near_duplicate_without_its_twin(doc_index, tmp_path):
    page, source = sphinx_pair(tmp_path / "html", paragraphs(12, seed=7))
    run(doc_index, tmp_path / "html")
    doc_index.store.execute("UPDATE documents SET near_duplicate_of = id WHERE path = ?", (str(source),))
    assert any("near-duplicate's twin" in p for p in doc_index.verify())
    doc_index.store.execute("UPDATE chunks SET text_hash = 'x' WHERE id = (SELECT MIN(id) FROM chunks)")
    assert any("text hash" in p for p in doc_index.verify())


def test_a_database_from_before_duplicates_were_known_is_upgraded_and_reused(tmp_path, embedder):
    text = "The ferry to the island leaves the harbor at seven every morning in summer."
    old = sqlite3.connect(tmp_path / "deskmate.db")  # as the previous version left it: m001 and m002 only
    old.execute("CREATE TABLE _migrations (id INTEGER PRIMARY KEY, name TEXT UNIQUE, applied_at REAL)")
    for name, statements in MIGRATIONS[:2]:
        for statement in statements:
            old.execute(statement)
        old.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, 0)", (name,))
    old.execute("INSERT INTO documents (id, path, kind, content_hash, size, mtime_ns, status, chunk_count, indexed_at) "
                "VALUES (1, ?, 'text', 'abc', 1, 1, 'indexed', 1, 0)", (str(tmp_path / "gone" / "ferry.txt"),))
    vector = embedder.embed([text])[0].astype(np.float32).tobytes()
    old.execute("INSERT INTO chunks (document_id, ordinal, page, char_start, char_end, text, vector, terms, term_count) "
                "VALUES (1, 0, 1, 0, ?, ?, ?, ?, ?)", (len(text), text, vector, *encode_terms(text)))
    old.commit()
    old.close()
    store = Store(tmp_path / "deskmate.db")
    index = DocumentIndex(store, embedder)
    assert "m003_duplicates" in store.applied_migrations() and index.verify() == []
    (tmp_path / "copy.md").write_text(text + "\n", encoding="utf-8")
    summary = run_to_end(iter(index.add([tmp_path / "copy.md"])))
    assert (summary.added, summary.chunks_embedded, summary.duplicates["chunks_reused"]) == (1, 0, 1)
    hit = index.search("when does the ferry leave", 1)[0]
    assert sorted([hit.path, *hit.also_in]) == [str(tmp_path / "copy.md"), str(tmp_path / "gone" / "ferry.txt")]
    assert index.verify() == []
    store.close()


def test_each_source_copy_is_read_right_after_its_page_and_left_to_it(doc_index, tmp_path):
    built = [sphinx_pair(tmp_path / "html", paragraphs(8, seed=100 + n), name=f"part/chapter{n}") for n in range(3)]
    (tmp_path / "html" / "_sources" / "orphan.rst.txt").write_text("\n\n".join(paragraphs(4, seed=50)), encoding="utf-8")
    summary = run(doc_index, tmp_path / "html")
    saved = [row["path"] for row in doc_index.store.query("SELECT path FROM documents ORDER BY id")]
    assert saved == [str(path) for pair in built for path in pair] + [str(tmp_path / "html" / "_sources" / "orphan.rst.txt")]
    for page, source in built:
        assert document(doc_index, source)["near_duplicate_of"] == document(doc_index, page)["id"]
    assert summary.duplicates["near_duplicates"] == 3 and doc_index.verify() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value is Linux's")
def test_the_chunker_thread_and_the_child_reader_yield_the_cpu_to_the_embedder(doc_index, tmp_path, monkeypatch):
    """Chunking and parsing at the lowest priority fill the embedder's idle moments (the child's time limits
    count its CPU time, so waiting for a core is not hanging); the reader thread, which only loads and
    hashes, keeps the normal priority."""
    seen: dict = {}
    chunk_pages, parse = Chunker.chunk_pages, IsolatedReader.parse

    def watched_chunk_pages(self, pages):
        seen["chunker"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        return chunk_pages(self, pages)

    def watched_parse(self, *args, **kwargs):
        document = parse(self, *args, **kwargs)
        seen["reader"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        seen["child"] = os.getpriority(os.PRIO_PROCESS, self._process.pid)
        return document

    monkeypatch.setattr(Chunker, "chunk_pages", watched_chunk_pages)
    monkeypatch.setattr(IsolatedReader, "parse", watched_parse)
    (tmp_path / "notes.txt").write_text("\n\n".join(paragraphs(6, seed=60)), encoding="utf-8")
    normal = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert run(doc_index, tmp_path / "notes.txt").added == 1
    assert seen == {"chunker": 19, "reader": normal, "child": 19}
