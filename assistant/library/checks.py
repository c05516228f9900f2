"""`deskmate library verify`: the library's own invariants, checked by its administrator.

Each check is one query that returns the rows breaking a rule, so an empty list means a consistent
library: every indexed document has exactly the chunks it says (ordinals 0..n-1, none twice), no chunk
lies in another collection than its document, no document is outside a collection, a failed document
has no chunks, and the search indexes are valid.
"""
from __future__ import annotations

from assistant.library.database import Database

CHECKS = {
    "chunk count differs from the document's": """
        SELECT d.path, d.chunk_count AS expected, COUNT(c.id) AS found FROM deskmate.documents d
        LEFT JOIN deskmate.chunks c ON c.document_id = d.id
        GROUP BY d.id HAVING COUNT(c.id) <> d.chunk_count""",
    "ordinals are not 0..n-1": """
        SELECT d.path FROM deskmate.documents d JOIN deskmate.chunks c ON c.document_id = d.id
        GROUP BY d.id HAVING MIN(c.ordinal) <> 0 OR MAX(c.ordinal) <> COUNT(*) - 1""",
    "the same passage stored twice in one document": """
        SELECT d.path, c.page, c.char_start FROM deskmate.chunks c JOIN deskmate.documents d ON d.id = c.document_id
        GROUP BY d.path, c.document_id, c.page, c.char_start, c.char_end HAVING COUNT(*) > 1""",
    "chunk in another collection than its document": """
        SELECT d.path FROM deskmate.chunks c JOIN deskmate.documents d ON d.id = c.document_id
        WHERE c.collection_id IS DISTINCT FROM d.collection_id GROUP BY d.path""",
    "document outside any collection": """
        SELECT path FROM deskmate.documents WHERE collection_id IS NULL""",
    "failed document with chunks": """
        SELECT d.path FROM deskmate.documents d WHERE d.status <> 'indexed'
        AND EXISTS (SELECT 1 FROM deskmate.chunks c WHERE c.document_id = d.id)""",
    "search index missing or invalid": """
        SELECT wanted.name AS path FROM (VALUES ('chunks_terms'), ('chunks_embedding')) AS wanted(name)
        LEFT JOIN pg_class i ON i.relname = wanted.name
            AND i.relnamespace = 'deskmate'::regnamespace
        LEFT JOIN pg_index x ON x.indexrelid = i.oid
        WHERE x.indexrelid IS NULL OR NOT x.indisvalid""",
}
SHOWN = 5  # rows named per broken rule


def library_problems(database: Database) -> list[str]:
    """One line per broken rule (empty: consistent)."""
    problems = []
    for rule, query in CHECKS.items():
        rows = database.query(query)
        if rows:
            named = ", ".join(str(row["path"]) for row in rows[:SHOWN])
            more = f" and {len(rows) - SHOWN} more" if len(rows) > SHOWN else ""
            problems.append(f"{rule}: {len(rows)} ({named}{more})")
    return problems
