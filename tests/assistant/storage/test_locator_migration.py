"""m004_locators: an index from before locators is upgraded in place; its chunks are still cited "page N"."""
from __future__ import annotations

import json
import sqlite3

import numpy as np

from assistant.documents.index import DocumentIndex
from assistant.documents.keywords import encode_terms
from assistant.runtime.generators import run_to_end
from assistant.storage.migrations import MIGRATIONS
from assistant.storage.store import DATABASE_FILE, Store
from tests.helpers.documents import make_pdf
from tests.helpers.processes import run_cli

OLD_MIGRATIONS = ["m001_conversations", "m002_documents", "m003_duplicates"]
TEXT = "The night ferry to the island leaves the harbour at eleven from the north pier."


def old_index(home, path, embedder) -> None:
    """A database as the version before locators left it: m001-m003, one indexed file of one chunk."""
    home.mkdir(parents=True)
    old = sqlite3.connect(home / DATABASE_FILE)
    old.execute("CREATE TABLE _migrations (id INTEGER PRIMARY KEY, name TEXT UNIQUE, applied_at REAL)")
    for name, statements in MIGRATIONS[:len(OLD_MIGRATIONS)]:
        assert name in OLD_MIGRATIONS
        for statement in statements:
            old.execute(statement)
        old.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, 0)", (name,))
    old.execute("INSERT INTO documents (id, path, kind, content_hash, size, mtime_ns, pages, status, chunk_count, "
                "indexed_at) VALUES (1, ?, 'text', 'abc', 1, 1, 3, 'indexed', 1, 0)", (str(path),))
    vector = embedder.embed([TEXT])[0].astype(np.float32).tobytes()
    old.execute("INSERT INTO chunks (document_id, ordinal, page, char_start, char_end, text, vector, terms, "
                "term_count, text_hash) VALUES (1, 0, 3, 12, ?, ?, ?, ?, ?, NULL)",
                (12 + len(TEXT), TEXT, vector, *encode_terms(TEXT)))
    old.commit()
    old.close()


def test_an_old_index_gains_the_columns_and_its_hits_cite_the_page(tmp_path, embedder):
    home = tmp_path / "home"
    old_index(home, tmp_path / "ferry.txt", embedder)
    store = Store.in_home(home)
    assert store.applied_migrations()[:len(OLD_MIGRATIONS) + 1] == [*OLD_MIGRATIONS, "m004_locators"]
    columns = {row["name"] for row in store.query("PRAGMA table_info(chunks)")}
    assert {"label", "locator"} <= columns
    assert store.query_one("SELECT label, locator FROM chunks") == {"label": None, "locator": None}
    index = DocumentIndex(store, embedder)
    assert index.verify() == []
    hit = index.search("when does the night ferry leave", 1)[0]
    assert (hit.page, hit.label, hit.place, hit.text) == (3, None, "page 3", TEXT)
    assert hit.locator == {"page": 3, "char_start": 12, "char_end": 12 + len(TEXT)}
    make_pdf(tmp_path / "tide.pdf", ["Tide tables.", "High tide at the north pier is at six."])
    run_to_end(iter(index.add([tmp_path / "tide.pdf"])))  # new rows beside the old ones
    assert index.search("high tide north pier", 1)[0].locator["page"] == 2
    assert index.verify() == []
    store.close()
    applied = Store.in_home(home).applied_migrations()
    assert applied.count("m004_locators") == 1 and applied[-1] == MIGRATIONS[-1][0]  # applied once, not again


def test_index_search_json_on_an_upgraded_index_gives_the_locator(tmp_path, embedder):
    home = tmp_path / "home"
    old_index(home, tmp_path / "ferry.txt", embedder)
    result = run_cli("index", "search", "night ferry harbour", "--json", "-k", "1", home=home)
    assert result.returncode == 0, result.stderr
    hit = json.loads(result.stdout)[0]
    assert (hit["page"], hit["label"]) == (3, None)
    assert hit["locator"] == {"page": 3, "char_start": 12, "char_end": 12 + len(TEXT)}
    plain = run_cli("index", "search", "night ferry harbour", "-k", "1", home=home)
    assert f"{tmp_path / 'ferry.txt'} · page 3 (score" in plain.stdout
