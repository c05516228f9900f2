"""`index verify`: SQLite's integrity check plus the index's own invariants."""
from __future__ import annotations

from assistant.documents.chunking import text_hash
from assistant.storage.store import Store

# (what must hold, SQL counting the rows that break it)
INVARIANTS = [
    ("every chunk belongs to a document",
     "SELECT COUNT(*) FROM chunks WHERE document_id NOT IN (SELECT id FROM documents)"),
    ("every chunk has a whole float32 vector",
     "SELECT COUNT(*) FROM chunks WHERE vector IS NULL OR length(vector) = 0 OR length(vector) % 4 != 0"),
    ("all vectors have the same size", "SELECT MAX(0, COUNT(DISTINCT length(vector)) - 1) FROM chunks"),
    ("every vector has a chunk with text",
     "SELECT COUNT(*) FROM chunks WHERE length(vector) > 0 AND length(text) = 0"),
    ("no document is listed twice",
     "SELECT COUNT(*) FROM (SELECT path FROM documents GROUP BY path HAVING COUNT(*) > 1)"),
    ("no chunk is stored twice",
     "SELECT COUNT(*) FROM (SELECT document_id, ordinal FROM chunks GROUP BY 1, 2 HAVING COUNT(*) > 1)"),
    ("each document has exactly the chunks it counts, numbered 0..n-1",
     """SELECT COUNT(*) FROM documents d WHERE d.chunk_count !=
            (SELECT COUNT(*) FROM chunks c WHERE c.document_id = d.id)
        OR (d.chunk_count > 0 AND (SELECT MAX(ordinal) FROM chunks c WHERE c.document_id = d.id)
            != d.chunk_count - 1)"""),
    ("failed documents hold no chunks",
     "SELECT COUNT(*) FROM chunks c JOIN documents d ON d.id = c.document_id WHERE d.status != 'indexed'"),
    ("indexed documents have chunks (or left them all to a near-duplicate twin)",
     "SELECT COUNT(*) FROM documents WHERE status = 'indexed' AND chunk_count = 0 AND left_to_twin = 0"),
    ("a near-duplicate's twin is indexed and holds its own chunks",
     """SELECT COUNT(*) FROM documents d WHERE d.near_duplicate_of IS NOT NULL AND NOT EXISTS
            (SELECT 1 FROM documents t WHERE t.id = d.near_duplicate_of AND t.status = 'indexed'
             AND t.near_duplicate_of IS NULL AND t.id != d.id)"""),
    ("a document that left chunks to a twin names it, or waits to be read again",
     "SELECT COUNT(*) FROM documents WHERE left_to_twin > 0 AND near_duplicate_of IS NULL AND content_hash IS NOT NULL"),
    ("only indexed documents leave chunks to a twin",
     "SELECT COUNT(*) FROM documents WHERE status != 'indexed' AND (left_to_twin > 0 OR near_duplicate_of IS NOT NULL)"),

    ("the keyword index holds every chunk once",
     "SELECT ABS((SELECT COUNT(*) FROM chunks) - (SELECT COUNT(*) FROM chunks_fts_docsize))"),
    ("documents in folders point at known folders",
     "SELECT COUNT(*) FROM documents WHERE folder_id IS NOT NULL AND folder_id NOT IN (SELECT id FROM folders)"),
]


def index_problems(store: Store) -> list[str]:
    problems = [f"SQLite integrity check: {p}" for p in store.integrity_problems()]
    problems += [f"foreign key broken in {row['table']}" for row in store.query("PRAGMA foreign_key_check")]
    for rule, sql in INVARIANTS:
        broken = next(iter(store.query_single(sql).values()))
        if broken:
            problems.append(f"{rule}: {broken} violation(s)")
    wrong = _wrong_text_hashes(store)
    if wrong:
        problems.append(f"a chunk's text hash is its text's (vectors are shared by it): {wrong} violation(s)")
    try:
        store.execute("INSERT INTO chunks_fts (chunks_fts, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:  # StorageError from a corrupt FTS index
        problems.append(f"the keyword index does not match the chunks: {exc}")
    return problems


def _wrong_text_hashes(store: Store) -> int:
    wrong, last = 0, 0
    while rows := store.query("SELECT id, text, text_hash FROM chunks WHERE id > ? AND text_hash IS NOT NULL "
                              "ORDER BY id LIMIT 2000", (last,)):
        wrong += sum(text_hash(row["text"]) != row["text_hash"] for row in rows)
        last = rows[-1]["id"]
    return wrong
