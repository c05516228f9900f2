"""`index verify`: SQLite's integrity check plus the index's own invariants."""
from __future__ import annotations

from assistant.store import Store

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
    ("indexed documents have chunks", "SELECT COUNT(*) FROM documents WHERE status = 'indexed' AND chunk_count = 0"),
    ("the keyword index holds every chunk once",
     "SELECT ABS((SELECT COUNT(*) FROM chunks) - (SELECT COUNT(*) FROM chunks_fts_docsize))"),
    ("documents in folders point at known folders",
     "SELECT COUNT(*) FROM documents WHERE folder_id IS NOT NULL AND folder_id NOT IN (SELECT id FROM folders)"),
]


def index_problems(store: Store) -> list[str]:
    problems = [f"SQLite integrity check: {p}" for p in store.integrity_problems()]
    problems += [f"foreign key broken in {row['table']}" for row in store.query("PRAGMA foreign_key_check")]
    for rule, sql in INVARIANTS:
        broken = next(iter(store.query_one(sql).values()))
        if broken:
            problems.append(f"{rule}: {broken} violation(s)")
    try:
        store.execute("INSERT INTO chunks_fts (chunks_fts, rank) VALUES ('integrity-check', 1)")
    except Exception as exc:  # StorageError from a corrupt FTS index
        problems.append(f"the keyword index does not match the chunks: {exc}")
    return problems
