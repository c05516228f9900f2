"""Library search from a laptop, and the fusion of its hits with the local index's.

The server receives the query text (for full-text search) and its embedding (for the HNSW index), nothing
else. Keyword candidates: chunks with every word of the query, then (when too few) chunks with any of them, ranked
by ts_rank over the GIN index, at most KEYWORD_POOL rows ranked per stage so common words stay bounded (for a
common word those are the first matching rows the scan finds, not the best of all of them), through
schema.KEYWORD_FUNCTION, since row-level security would keep the GIN index out of a reader's query;
vector candidates: cosine distance over the HNSW index, scanned on past rows the reader may not see
(pgvector's iterative scan), so a reader of one collection still gets `depth` candidates; how wide and how far
that scan goes depends on the share of the library's chunks the login sees (vector_plan). The two lists
are fused by reciprocal rank in the same statement that reads the best hits' details (one round trip per
search); each hit's score is its cosine similarity, as a local dense score.

A library hit is a `Hit` with `source = "library"` and its collection. Its chunk and document ids are the
library's, negated, so that they never name a local chunk. An unreachable or hung library, a missing grant
or another embedder give no hits and a one-line notice; the wait is bounded by the configured timeout.
"""
from __future__ import annotations

import json
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.documents.search import Hit, hit_locator
from assistant.errors import DeskmateError
from assistant.library import schema
from assistant.library import settings as library_settings
from assistant.library.connections import KEPT, fingerprint
from assistant.library.database import Database, LibraryUnavailable
from assistant.library.settings import LibrarySettings

DEPTH = 50  # candidates from each side
RRF_K = 60
EF_SEARCH = library_settings.DEFAULT_EF_SEARCH
MAX_EF_SEARCH = 1000  # pgvector's limit
RETRY_WITHIN = 0.1  # of the timeout: a kept connection that failed this soon is reconnected once
ITERATIVE_SCAN = (0, 8)  # pgvector's iterative index scan: enough candidates when policies hide rows
CHUNK_TOTAL = 3  # the schema version with deskmate.chunk_total
# A login that sees a share s < 1 of the chunks: its nearest visible chunks lie deeper in the index's order
# (the 10 nearest visible ones among the ~10/s nearest of all), so one pass of ef_search finds fewer of them than
# it finds for a reader of everything (1M chunks, s = 0.5: recall@10 0.9465 against 0.95). More search helps, and
# pgvector's iterative scan gives it cheaply: when a pass yields fewer visible rows than the query asks for, the
# scan runs another pass of ef_search from the nearest candidates the last one set aside, with its visited set
# (no tuple is visited twice). So such a login searches with passes of RESUMED_PASS_WIDTH x ef_search and asks
# for just more visible rows than one pass yields (its width x s, plus PASS_MARGIN for the spread of that count
# and of the share), which makes the scan run its second pass; the `depth` nearest by exact distance are the
# candidates (the iterative scan's relaxed order is not exactly by distance). Measured at 1M chunks, s = 0.5,
# ef_search 1000: two passes of 600 cost what one of 1000 costs and give recall@10 0.956 (one pass of 1000, with
# any limit below the ~500 visible rows it yields: 0.9465). Below s ~ depth / width the limit is `depth` itself,
# and pgvector runs as many passes as that takes (up to hnsw.max_scan_tuples).
RESUMED_PASS_WIDTH = 0.6
PASS_MARGIN = 0.1

# Vector candidates: the HNSW index's order (its distances are exact; the vectors themselves are TOASTed, so
# the statement does not compute them again for the candidates). A login that sees every chunk gets one pass.
DENSE = "SELECT id FROM deskmate.chunks ORDER BY embedding <=> %(vector)s LIMIT %(depth)s"
# A login that sees part of the library: `scan_limit` rows of the iterative scan, the `depth` nearest of them
# ("+ 0": the planner would otherwise take the inner ORDER BY's order for the outer one and sort nothing).
DENSE_RESORTED = """SELECT id FROM (
    SELECT id, embedding <=> %(vector)s AS distance FROM deskmate.chunks ORDER BY distance LIMIT %(scan_limit)s
    ) AS scanned ORDER BY distance + 0, id LIMIT %(depth)s"""
# What this login sees of the library, and the library's whole (both from the documents' chunk counts).
SHARE = "SELECT (SELECT coalesce(sum(chunk_count), 0) FROM deskmate.documents) AS visible, deskmate.chunk_total() AS total"
KEYWORD_POOL = 100  # rows ranked per stage: each costs reading its tsvector (1M chunks: p95 23 ms at 200, 16 at 100)
KEYWORD = ("SELECT k AS id, rank FROM deskmate.keyword_candidates(%(words)s, %(config)s::regconfig, %(depth)s, "
           "%(pool)s) WITH ORDINALITY AS found(k, rank)")
# A library made before schema version 2 has no function (readers' keyword search then scans every row).
KEYWORD_BEFORE_V2 = """SELECT id, row_number() OVER (ORDER BY score DESC, id) AS rank FROM (
                 SELECT c.id, ts_rank_cd(c.terms, query.q) AS score FROM deskmate.chunks c,
                    (SELECT replace(plainto_tsquery(%(config)s::regconfig, %(words)s)::text, ' & ', ' | ')::tsquery
                     AS q) AS query
                 WHERE c.terms @@ query.q ORDER BY score DESC, c.id LIMIT %(depth)s) AS matched"""
# One statement, one round trip: both candidate lists, their reciprocal rank fusion (ties: the vector list's
# order, then the keyword list's, as rrf()) and the best k hits' details. The array keeps the index's order.
SEARCH = """
WITH dense_ids AS MATERIALIZED (SELECT array_agg(id) AS ids FROM ({dense}) AS nearest),
dense AS (SELECT found.id, found.rank FROM dense_ids, unnest(dense_ids.ids) WITH ORDINALITY AS found(id, rank)),
keyword AS MATERIALIZED ({keyword}),
fused AS MATERIALIZED (
    SELECT id, sum(1.0::float8 / (%(rrf_k)s + rank)) AS score, min(side * 1000000 + rank) AS tie
    FROM (SELECT id, rank, 0 AS side FROM dense UNION ALL SELECT id, rank, 1 AS side FROM keyword) AS both_lists
    GROUP BY id ORDER BY score DESC, tie LIMIT %(k)s)
SELECT c.id, c.document_id, d.path, c.page, c.text, c.char_start, c.char_end, c.label, c.locator,
       k.name AS collection, 1 - (c.embedding <=> %(vector)s) AS similarity
FROM fused JOIN deskmate.chunks c ON c.id = fused.id JOIN deskmate.documents d ON d.id = c.document_id
JOIN deskmate.collections k ON k.id = c.collection_id
ORDER BY fused.score DESC, fused.tie"""


@dataclass(frozen=True)
class VectorPlan:
    """How the HNSW scan runs for a login: hnsw.ef_search, the rows asked of the scan, and whether they are
    sorted again by exact distance (when policies hide rows, the iterative scan's order is relaxed)."""
    ef_search: int
    scan_limit: int
    resorted: bool = False


def vector_plan(ef_search: int, depth: int, share: float) -> VectorPlan:
    """The scan for a login that sees `share` (0 to 1) of the library's chunks, from the configured ef_search:
    a login that sees every chunk gets one pass of ef_search; another gets passes of RESUMED_PASS_WIDTH x
    ef_search and asks for just more visible rows than one pass yields, so the scan runs a second pass."""
    configured = min(MAX_EF_SEARCH, max(int(ef_search), depth))
    if share >= 1:
        return VectorPlan(configured, depth)
    width = min(MAX_EF_SEARCH, max(depth, math.ceil(configured * RESUMED_PASS_WIDTH)))
    return VectorPlan(width, max(depth, math.ceil(width * max(share, 0.0) * (1 + PASS_MARGIN))), resorted=True)


def dense_statement(plan: VectorPlan) -> str:
    """The vector candidates' statement for this plan (search's and vector_candidates' own)."""
    return DENSE_RESORTED if plan.resorted else DENSE


@dataclass
class LibraryHit(Hit):
    source: str = "library"
    collection: str = ""


@dataclass
class LibraryResults:
    hits: list[LibraryHit] = field(default_factory=list)
    notice: str | None = None  # one line for the user when the library could not be searched


def source_of(hit: Hit) -> str:
    """"library" or "local": where a hit came from."""
    return getattr(hit, "source", "local")


def search(database: Database, query: str, query_vector: np.ndarray, k: int = 5, depth: int = DEPTH,
           config: str = "english", ef_search: int = EF_SEARCH, schema_version: str = schema.SCHEMA_VERSION
           ) -> list[LibraryHit]:
    """The library's best k chunks that this login may read: one statement (SEARCH), after the session's
    HNSW settings (set once per connection, unless this runs inside a transaction)."""
    vector = np.ascontiguousarray(query_vector, dtype=np.float32)
    database.use_vectors()
    plan = use_hnsw_settings(database, ef_search, depth, schema_version)
    statement = SEARCH.format(dense=dense_statement(plan),
                              keyword=KEYWORD if int(schema_version) >= 2 else KEYWORD_BEFORE_V2)
    rows = database.query(statement, {"vector": vector, "depth": depth, "scan_limit": plan.scan_limit,
                                      "words": query, "config": config, "pool": KEYWORD_POOL, "rrf_k": RRF_K,
                                      "k": k})
    return [_hit(row, float(row["similarity"])) for row in rows]


def use_hnsw_settings(database: Database, ef_search: int, depth: int,
                      schema_version: str = schema.SCHEMA_VERSION) -> VectorPlan:
    """This login's plan (vector_plan) and its hnsw.ef_search, and, where pgvector has it, the iterative scan
    that goes on past rows the policy hides (without it, one pass and today's order: no second pass to ask for)."""
    iterative = pgvector_version(database) >= ITERATIVE_SCAN
    share = visible_share(database, schema_version) if iterative else 1.0
    plan = vector_plan(ef_search, depth, share)
    database.set_setting("hnsw.ef_search", str(plan.ef_search))
    if iterative:
        database.set_setting("hnsw.iterative_scan", "relaxed_order")
    return plan


def visible_share(database: Database, schema_version: str = schema.SCHEMA_VERSION) -> float:
    """The share of the library's chunks this login may read, counted once per connection (one statement over
    the documents' chunk counts: 28-32 ms at 1M chunks); 1 for a library made before schema version 3 (no
    chunk_total: the scan then runs as for a reader of everything) and for an empty one."""
    return database.once_per_connection("visible_share", lambda: _counted_share(database, schema_version))


def _counted_share(database: Database, schema_version: str) -> float:
    if int(schema_version) < CHUNK_TOTAL:
        return 1.0
    row = database.query_one(SHARE)
    if not row or int(row["total"]) <= 0:
        return 1.0
    return min(1.0, int(row["visible"]) / int(row["total"]))


def pgvector_version(database: Database) -> tuple[int, ...]:
    """The server's pgvector version, asked once per connection."""
    return database.once_per_connection("pgvector_version", lambda: schema.pgvector_version(database))


def library_meta(database: Database) -> dict[str, str]:
    """schema.meta, read once per connection: `library init` never changes the embedder or the configuration
    of an existing library, and a newer schema version is read again on the next connection."""
    return database.once_per_connection("meta", lambda: schema.meta(database))


def vector_candidates(database: Database, vector: np.ndarray, depth: int, ef_search: int = EF_SEARCH,
                      schema_version: str = schema.SCHEMA_VERSION) -> list[int]:
    """The ids of the `depth` nearest chunks this login may read, by the HNSW index: search's own statement,
    plan and settings."""
    plan = use_hnsw_settings(database, ef_search, depth, schema_version)
    return [row["id"] for row in database.query(dense_statement(plan),
                                                {"vector": vector, "depth": depth, "scan_limit": plan.scan_limit})]


def keyword_candidates(database: Database, query: str, depth: int, config: str = "english",
                       function: bool = True) -> list[int]:
    """The ids of at most `depth` chunks that match the query's words, best first (schema.KEYWORD_FUNCTION)."""
    statement = f"SELECT id FROM ({KEYWORD if function else KEYWORD_BEFORE_V2}) AS found ORDER BY rank"
    return [row["id"] for row in database.query(statement, {"words": query, "config": config, "depth": depth,
                                                            "pool": KEYWORD_POOL})]


def rrf(rankings: list[list], k: int = RRF_K) -> list:
    """Items ordered by reciprocal rank fusion (ties: the earlier list's order)."""
    scores: dict = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank + 1)
    return sorted(scores, key=lambda item: -scores[item])


def _hit(row: dict, score: float) -> LibraryHit:
    locator = json.dumps(row["locator"]) if row["locator"] else None
    return LibraryHit(chunk_id=-int(row["id"]), document_id=-int(row["document_id"]), path=row["path"],
                      page=row["page"], text=row["text"], score=round(score, 6), char_start=row["char_start"],
                      char_end=row["char_end"], label=row["label"],
                      locator=hit_locator(locator, row["page"], row["char_start"], row["char_end"]),
                      collection=row["collection"])


def search_library(settings: LibrarySettings, query: str, embedder, k: int = 5) -> LibraryResults:
    """The library's hits, or none and a notice: never raises for an unreachable library, and never waits
    longer than settings.timeout_s for the server (connect, then the statements). The connection is kept for
    the next search (connections.KEPT); one the server has closed since (a restart) is replaced at once."""
    query_vector = embedder.embed([query])[0]  # on this computer, before any connection
    started = time.monotonic()
    password = settings.password()
    key = fingerprint(password, settings.timeout_s)
    try:
        database = KEPT.take(settings.url, key)
        if database is not None:
            try:
                return _search_on(database, settings, key, query, query_vector, embedder, k, started)
            except LibraryUnavailable:
                # A kept connection the server closed fails at its first statement: once, connect again
                # (only when that came quickly, so the search still keeps to its timeout).
                if not database.broken or time.monotonic() - started > RETRY_WITHIN * settings.timeout_s:
                    raise
        remaining = settings.timeout_s - (time.monotonic() - started)
        database = Database(settings.url, password, timeout_s=remaining, statement_timeout_s=settings.timeout_s)
        return _search_on(database, settings, key, query, query_vector, embedder, k, started)
    except DeskmateError as exc:
        return LibraryResults(notice=f"Library not searched: {_short(exc)} Showing this computer's documents only.")


def _search_on(database: Database, settings: LibrarySettings, key: str, query: str, query_vector: np.ndarray,
               embedder, k: int, started: float) -> LibraryResults:
    """One search on this connection, within what is left of the timeout; the connection is kept after it
    (or closed when it failed)."""
    try:
        with database.cancelled_after(settings.timeout_s - (time.monotonic() - started)):
            meta = library_meta(database)
            if meta.get("embedder") != embedder.name:
                results = LibraryResults(notice=f"Library not searched: it was indexed with {meta.get('embedder')}, "
                                                f"this Deskmate uses {embedder.name}.")
            else:
                results = LibraryResults(search(database, query, query_vector, k,
                                                config=meta.get("text_search", "english"),
                                                ef_search=settings.ef_search,
                                                schema_version=meta.get("schema_version", "1")))
    except BaseException:
        database.close()
        raise
    KEPT.give_back(settings.url, key, database)
    return results


def forget_connections() -> None:
    """Close the kept library connections (the next search connects again)."""
    KEPT.close_all()


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 240 else text[:237] + "..."


def fuse_hits(local: Sequence[Hit], library: Sequence[Hit], k: int, rrf_k: int = RRF_K) -> list[Hit]:
    """Local and library hits in one list by reciprocal rank fusion (a tie goes to the local hit). A library
    passage with exactly a local hit's text is not repeated: its place is added to that hit's also_in.
    Each hit keeps its own score."""
    by_text = {hit.text: hit for hit in local}
    kept_library = []
    for hit in library:
        twin = by_text.get(hit.text)
        if twin is None:
            kept_library.append(hit)
        else:
            twin.also_in.append(f"{getattr(hit, 'collection', 'library')}: {hit.path}")
    keys = rrf([[("local", i) for i in range(len(local))], [("library", i) for i in range(len(kept_library))]],
               rrf_k)
    return [local[i] if side == "local" else kept_library[i] for side, i in keys[:k]]


def search_with_library(home: Path, local: Sequence[Hit], query: str, embedder, k: int) -> tuple[list[Hit], str | None]:
    """What `index search`, `ask` and chat call after their local search: the local hits fused with the
    library's when this computer uses one (library.json in the home), and the notice to show, if any."""
    try:
        settings = library_settings.load(home)
    except DeskmateError as exc:
        return list(local)[:k], _short(exc)
    if settings is None:
        return list(local)[:k], None
    results = search_library(settings, query, embedder, k)
    return fuse_hits(local, results.hits, k), results.notice
