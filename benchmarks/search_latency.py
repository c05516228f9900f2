"""Search latency at 100k chunks: hybrid, keyword and dense, next to SQLite FTS5 bm25 in the same run.

Chunks are 120-word stretches of real NFCorpus sentences (shuffled), stored in a real Deskmate
database; their vectors are random unit vectors (the query's embedding is excluded from the
timing, as the issue asks). Queries are the NFCorpus test queries.

    .venv/bin/python benchmarks/search_latency.py [--chunks 100000] [--queries 200]

Prints one JSON object with p50/p95 in milliseconds.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from retrieval_nfcorpus import DATA, load_nfcorpus  # noqa: E402

from assistant.documents.keywords import encode_terms  # noqa: E402
from assistant.documents.search import Searcher  # noqa: E402
from assistant.storage.store import Store  # noqa: E402

WORDS_PER_CHUNK = 120
CHUNKS_PER_DOCUMENT = 100
DIMENSIONS = 384


def chunk_texts(corpus: dict, count: int, rng: random.Random) -> list[str]:
    sentences = [s for d in corpus.values() for s in re.split(r"(?<=[.!?])\s+", d["text"]) if s]
    texts = []
    while len(texts) < count:
        rng.shuffle(sentences)
        words: list[str] = []
        for sentence in sentences:
            words += sentence.split()
            if len(words) >= WORDS_PER_CHUNK:
                texts.append(" ".join(words[:WORDS_PER_CHUNK]))
                words = []
                if len(texts) == count:
                    break
    return texts


def build(store: Store, texts: list[str], rng: np.random.Generator) -> None:
    vectors = rng.standard_normal((len(texts), DIMENSIONS)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    with store.transaction():
        for start in range(0, len(texts), CHUNKS_PER_DOCUMENT):
            document_id = store.insert("documents", {
                "path": f"/synthetic/{start // CHUNKS_PER_DOCUMENT}.txt", "kind": "text", "status": "indexed",
                "chunk_count": min(CHUNKS_PER_DOCUMENT, len(texts) - start), "indexed_at": time.time()})
            store.execute_many(
                "INSERT INTO chunks (document_id, ordinal, page, char_start, char_end, text, vector, terms, "
                "term_count) VALUES (?, ?, 1, 0, ?, ?, ?, ?, ?)",
                [(document_id, i - start, len(texts[i]), texts[i], vectors[i].tobytes(), *encode_terms(texts[i]))
                 for i in range(start, min(start + CHUNKS_PER_DOCUMENT, len(texts)))])


def fts5_or_query(text: str) -> str:
    return " OR ".join(f'"{w}"' for w in re.findall(r"\w+", text.lower()))


def percentiles(samples: list[float]) -> dict:
    ms = np.asarray(samples) * 1000
    return {"p50_ms": round(float(np.percentile(ms, 50)), 2), "p95_ms": round(float(np.percentile(ms, 95)), 2),
            "max_ms": round(float(ms.max()), 2)}


def timed(function, queries: list) -> list[float]:
    samples = []
    for query in queries:
        started = time.perf_counter()
        function(query)
        samples.append(time.perf_counter() - started)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    corpus, queries, qrels = load_nfcorpus(DATA)
    rng = random.Random(7)
    texts = chunk_texts(corpus, args.chunks, rng)
    store = Store(Path(tempfile.mkdtemp(prefix="latency-")) / "deskmate.db")
    started = time.monotonic()
    build(store, texts, np.random.default_rng(7))
    build_s = time.monotonic() - started
    searcher = Searcher(store, embedder=None)
    started = time.monotonic()
    searcher.refresh()
    load_s = time.monotonic() - started
    chosen = [queries[q] for q in sorted(qrels["test"])][: args.queries]
    vectors = np.random.default_rng(8).standard_normal((len(chosen), DIMENSIONS)).astype(np.float32)
    pairs = list(zip(chosen, vectors / np.linalg.norm(vectors, axis=1, keepdims=True)))
    for query, vector in pairs[:10]:  # warm up caches
        searcher.search(query, 10, query_vector=vector)
    report = {"benchmark": "search_latency", "chunks": searcher.size, "queries": len(pairs),
              "build_seconds": round(build_s, 1), "load_seconds": round(load_s, 2)}
    for mode in ("hybrid", "keyword", "dense"):
        report[mode] = percentiles(timed(lambda p, m=mode: searcher.search(p[0], 10, mode=m, query_vector=p[1]),
                                         pairs))
    sql = "SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY bm25(chunks_fts) LIMIT 100"
    report["fts5_bm25_or_baseline"] = percentiles(timed(lambda p: store.query(sql, (fts5_or_query(p[0]),)), pairs))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
