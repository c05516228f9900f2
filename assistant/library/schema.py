"""The library's tables, indexes and row-level security, created by `deskmate library init`.

Collections and who may read them: one policy per table, through a grants table and `current_user`
(rather than one role per collection): adding a collection needs no CREATE ROLE, a grant is one row
that `library grant` adds and `library revoke` deletes, and every reader shares the `deskmate_reader`
role's SELECT privileges. A reader's queries see only the rows of collections granted to that login;
the administrator owns the tables, and owners are not subject to their own policies. Chunks carry
their collection's id so the policy is one comparison per row, without a join.

Keyword search: a stored `tsvector` (the text search configuration chosen at init, 'english' by default)
with a GIN index. Vectors: pgvector's HNSW index with cosine distance, m = 32 and ef_construction = 128 (at a
million chunks pgvector's defaults, 16 and 64, reached recall@10 0.90 at most; these 0.95 with ef_search 1000).
"""
from __future__ import annotations

import re

from assistant.errors import InvalidInput
from assistant.library.database import Database, with_literals

SCHEMA_VERSION = "3"  # 2: deskmate.keyword_candidates; 3: deskmate.chunk_total
READER_ROLE = "deskmate_reader"
GRANTED = "collection_id IN (SELECT collection_id FROM deskmate.grants WHERE role_name = current_user)"

TABLES = """
CREATE SCHEMA IF NOT EXISTS deskmate;
CREATE TABLE IF NOT EXISTS deskmate.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS deskmate.collections (
    id serial PRIMARY KEY, name text NOT NULL UNIQUE, path text NOT NULL UNIQUE,
    available boolean NOT NULL DEFAULT true, added_at double precision NOT NULL, scanned_at double precision);
CREATE TABLE IF NOT EXISTS deskmate.documents (
    id bigserial PRIMARY KEY, collection_id integer REFERENCES deskmate.collections ON DELETE CASCADE,
    path text NOT NULL UNIQUE, kind text, content_hash text, size bigint, mtime_ns bigint, status text NOT NULL,
    reason text, pages integer NOT NULL DEFAULT 0, chunk_count integer NOT NULL DEFAULT 0,
    indexed_at double precision NOT NULL);
CREATE INDEX IF NOT EXISTS documents_content_hash ON deskmate.documents (content_hash);
CREATE INDEX IF NOT EXISTS documents_collection ON deskmate.documents (collection_id);
CREATE TABLE IF NOT EXISTS deskmate.chunks (
    id bigserial PRIMARY KEY, document_id bigint NOT NULL REFERENCES deskmate.documents ON DELETE CASCADE,
    collection_id integer NOT NULL REFERENCES deskmate.collections ON DELETE CASCADE,
    ordinal integer NOT NULL, page integer NOT NULL, char_start integer NOT NULL, char_end integer NOT NULL,
    text text NOT NULL, text_hash text NOT NULL, label text, locator jsonb,
    embedding vector({dimensions}) NOT NULL,
    terms tsvector GENERATED ALWAYS AS (to_tsvector({config}::regconfig, text)) STORED,
    UNIQUE (document_id, ordinal));
CREATE INDEX IF NOT EXISTS chunks_terms ON deskmate.chunks USING gin (terms);
CREATE INDEX IF NOT EXISTS chunks_embedding ON deskmate.chunks USING hnsw (embedding vector_cosine_ops)
    WITH (m = 32, ef_construction = 128);
CREATE INDEX IF NOT EXISTS chunks_text_hash ON deskmate.chunks (text_hash);
CREATE INDEX IF NOT EXISTS chunks_collection ON deskmate.chunks (collection_id);
CREATE TABLE IF NOT EXISTS deskmate.grants (
    role_name text NOT NULL, collection_id integer NOT NULL REFERENCES deskmate.collections ON DELETE CASCADE,
    PRIMARY KEY (role_name, collection_id));
"""

POLICIES = f"""
ALTER TABLE deskmate.collections ENABLE ROW LEVEL SECURITY;
ALTER TABLE deskmate.documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE deskmate.chunks ENABLE ROW LEVEL SECURITY;
ALTER TABLE deskmate.grants ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS granted ON deskmate.collections;
CREATE POLICY granted ON deskmate.collections FOR SELECT
    USING (id IN (SELECT collection_id FROM deskmate.grants WHERE role_name = current_user));
DROP POLICY IF EXISTS granted ON deskmate.documents;
CREATE POLICY granted ON deskmate.documents FOR SELECT USING ({GRANTED});
DROP POLICY IF EXISTS granted ON deskmate.chunks;
CREATE POLICY granted ON deskmate.chunks FOR SELECT USING ({GRANTED});
DROP POLICY IF EXISTS own ON deskmate.grants;
CREATE POLICY own ON deskmate.grants FOR SELECT USING (role_name = current_user);
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER_ROLE}') THEN
        CREATE ROLE {READER_ROLE} NOLOGIN;
    END IF;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA deskmate FROM PUBLIC;
GRANT USAGE ON SCHEMA deskmate TO {READER_ROLE};
GRANT SELECT ON ALL TABLES IN SCHEMA deskmate TO {READER_ROLE};
"""

# Keyword search runs in a SECURITY DEFINER function because row-level security keeps a non-leakproof operator
# such as tsvector @@ tsquery out of index conditions: a reader's own query would scan every row's tsvector
# (seconds at a million chunks). The function reads as the owner and applies the same grants itself, for the
# login (session_user: inside it current_user is the owner; the owner itself sees every collection, as with
# the policies). Chunks with every word first, then (when fewer than `depth`) chunks with any word; each stage
# ranks at most `pool` matching rows, so a query of common words stays bounded at any size. Those are the first
# matching rows its scan finds: synchronize_seqscans is off so that a scan starts at the table's start, not
# where another scan is, and the same query gets the same candidates each time.
KEYWORD_FUNCTION = """
DROP FUNCTION IF EXISTS deskmate.keyword_candidates(text, regconfig, integer, integer);
CREATE FUNCTION deskmate.keyword_candidates(words text, config regconfig, depth integer, pool integer)
RETURNS SETOF bigint LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
SET synchronize_seqscans = off AS $body$
BEGIN
    -- EXECUTE plans the statement with this query's own words: a common word gets a scan that stops after
    -- `pool` rows, a rare one the GIN index (a generic plan builds the whole bitmap of every common word).
    RETURN QUERY EXECUTE $query$
        WITH every_word AS MATERIALIZED (
            SELECT c.id, ts_rank(c.terms, replace(plainto_tsquery($2, $1)::text, ' & ', ' | ')::tsquery) AS rank
            FROM deskmate.chunks c
            WHERE c.terms @@ plainto_tsquery($2, $1)
              AND (session_user = current_user OR c.collection_id IN
                   (SELECT g.collection_id FROM deskmate.grants g WHERE g.role_name = session_user))
            LIMIT $4),
        any_word AS MATERIALIZED (
            SELECT c.id, ts_rank(c.terms, replace(plainto_tsquery($2, $1)::text, ' & ', ' | ')::tsquery) AS rank
            FROM deskmate.chunks c
            WHERE (SELECT count(*) FROM every_word) < $3
              AND c.terms @@ replace(plainto_tsquery($2, $1)::text, ' & ', ' | ')::tsquery
              AND (session_user = current_user OR c.collection_id IN
                   (SELECT g.collection_id FROM deskmate.grants g WHERE g.role_name = session_user))
            LIMIT $4)
        SELECT found.id FROM (SELECT id, 0 AS stage, rank FROM every_word
                              UNION ALL SELECT id, 1 AS stage, rank FROM any_word) AS found
        GROUP BY found.id ORDER BY min(found.stage), max(found.rank) DESC, found.id LIMIT $3
    $query$ USING words, config, depth, pool;
END
$body$;
REVOKE ALL ON FUNCTION deskmate.keyword_candidates(text, regconfig, integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION deskmate.keyword_candidates(text, regconfig, integer, integer) TO deskmate_reader;
"""

# The library's whole chunk count, which a reader's own query cannot see (row-level security): search compares it
# with the chunks the reader sees to size its HNSW scan (search.vector_plan). The documents' counts, not a count of
# the chunks table: one row per document (1M chunks: 50,000 rows), kept by the same transaction as its chunks.
CHUNK_TOTAL_FUNCTION = """
CREATE OR REPLACE FUNCTION deskmate.chunk_total() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $body$ SELECT coalesce(sum(chunk_count), 0)::bigint FROM deskmate.documents $body$;
REVOKE ALL ON FUNCTION deskmate.chunk_total() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION deskmate.chunk_total() TO deskmate_reader;
"""

MIN_PGVECTOR = (0, 5)  # HNSW indexes


def create(database: Database, dimensions: int, embedder_name: str, config: str | None = None) -> None:
    """Create (or bring up to date) the library in this database; running it again changes nothing.
    `config`: the text search configuration (default: the one already used, else english)."""
    stored = _meta(database)
    chosen = config or stored.get("text_search") or "english"
    if not re.fullmatch(r"[a-z_]+", chosen):
        raise InvalidInput(f"'{chosen}' is not a text search configuration name (for example english, simple).")
    if stored.get("text_search") not in (None, chosen):
        raise InvalidInput(f"This library's keywords use '{stored['text_search']}'; it cannot change to '{chosen}' "
                           "(make a new library for that).")
    if stored.get("dimensions") not in (None, str(dimensions)) or stored.get("embedder") not in (None, embedder_name):
        raise InvalidInput(f"This library was made with the embedder {stored.get('embedder')} "
                           f"({stored.get('dimensions')} dimensions); this Deskmate has {embedder_name}. "
                           "Index it with the same Deskmate version, or make a new library.")
    with database.transaction():
        database.execute("CREATE EXTENSION IF NOT EXISTS vector")
        if pgvector_version(database) < MIN_PGVECTOR:
            raise InvalidInput("The server's pgvector is older than 0.5 (no HNSW index): update the extension "
                               "(ALTER EXTENSION vector UPDATE) or install a newer pgvector.")
        if not database.query_one("SELECT 1 AS x FROM pg_ts_config WHERE cfgname = %s", (chosen,)):
            raise InvalidInput(f"PostgreSQL has no text search configuration '{chosen}' (try english or simple).")
        # Whole scripts at once: without parameters, psycopg sends them as one simple query.
        database.execute(with_literals(TABLES.replace("{dimensions}", str(int(dimensions))), config=chosen))
        database.execute(POLICIES)
        database.execute(KEYWORD_FUNCTION)
        database.execute(CHUNK_TOTAL_FUNCTION)
        for key, value in {"schema_version": SCHEMA_VERSION, "embedder": embedder_name,
                           "dimensions": str(dimensions), "text_search": chosen}.items():
            database.execute("INSERT INTO deskmate.meta (key, value) VALUES (%s, %s) "
                             "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (key, value))


def pgvector_version(database: Database) -> tuple[int, ...]:
    row = database.query_one("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
    if row is None:
        return ()
    return tuple(int(part) for part in re.findall(r"\d+", row["extversion"]))


def meta(database: Database) -> dict[str, str]:
    """What `init` recorded; raises when this database holds no library."""
    found = _meta(database)
    if not found:
        raise InvalidInput("There is no Deskmate library in this database yet (or this role may not read it): "
                           "run 'deskmate library init --url ...' as its administrator.")
    return found


def _meta(database: Database) -> dict[str, str]:
    row = database.query_one("SELECT to_regclass('deskmate.meta') IS NOT NULL AS present")
    if not row or not row["present"]:
        return {}
    return {row["key"]: row["value"] for row in database.query("SELECT key, value FROM deskmate.meta")}

