"""The laptop's vector search at a million chunks: the approximate index against exact search.

Vectors: real embeddings of NFCorpus passages (the bundled embedder) as seeds, and around each
seed synthetic neighbours (the seed plus Gaussian noise, renormalised), so the collection has the
clusters of near-identical passages real document folders have. Queries: the real NFCorpus test
queries, embedded. Exact top 10 by a full scan is the reference for recall@10.

The search runs in a child process that holds only the index (memory-mapped), so the resident
memory it reports is what a Deskmate process pays for the index, not this benchmark's own arrays.

    .venv/bin/python benchmarks/local_scale.py [--chunks 1000000] [--output FILE]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from retrieval_nfcorpus import DATA, load_nfcorpus  # noqa: E402

from assistant.documents.vector_index import VectorIndex, write_index  # noqa: E402

SEEDS = 4000
NOISE = 0.03  # per dimension: a neighbour's cosine to its seed is about 0.86
QUERIES = 200
BATCH = 50_000
WORDS = 120


def seed_texts(corpus: dict) -> list[str]:
    texts = []
    for document in corpus.values():
        words = re.sub(r"\s+", " ", document["text"]).split()
        texts += [" ".join(words[i:i + WORDS]) for i in range(0, len(words), WORDS)]
        if len(texts) >= SEEDS:
            break
    return texts[:SEEDS]


def embed(texts: list[str]) -> np.ndarray:
    from assistant.documents.embedder import Embedder

    return np.asarray(Embedder().embed(texts), dtype=np.float32)


def neighbours(seeds: np.ndarray, start: int, count: int) -> np.ndarray:
    """Synthetic vectors start..start+count, the same every run (seeded by their position)."""
    rng = np.random.default_rng(start)
    vectors = seeds[rng.integers(0, len(seeds), count)] + rng.standard_normal((count, seeds.shape[1]),
                                                                              dtype=np.float32) * NOISE
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def batches(seeds: np.ndarray, total: int):
    for start in range(0, total, BATCH):
        count = min(BATCH, total - start)
        yield np.arange(start, start + count, dtype=np.int64), neighbours(seeds, start, count)


def exact_top10(seeds: np.ndarray, total: int, queries: np.ndarray) -> tuple[np.ndarray, float]:
    """The reference answers, and the time one query's exact scan takes (a matrix-vector product
    over every vector, as Deskmate's exact search does)."""
    best_ids = np.zeros((len(queries), 0), dtype=np.int64)
    best_scores = np.zeros((len(queries), 0), dtype=np.float32)
    scan_s = 0.0
    for ids, vectors in batches(seeds, total):
        started = time.perf_counter()
        vectors @ queries[0]
        scan_s += time.perf_counter() - started
        scores = queries @ vectors.T
        merged_scores = np.concatenate([best_scores, scores], axis=1)
        merged_ids = np.concatenate([best_ids, np.broadcast_to(ids, scores.shape)], axis=1)
        top = np.argsort(-merged_scores, axis=1)[:, :10]
        best_scores, best_ids = np.take_along_axis(merged_scores, top, 1), np.take_along_axis(merged_ids, top, 1)
    return best_ids, scan_s


def search_child(index_path: str, queries_path: str, total: int) -> None:
    """Runs in its own process: open the index, answer every query, print timings and memory."""
    queries = np.load(queries_path)
    started = time.perf_counter()
    index = VectorIndex(Path(index_path), np.arange(total, dtype=np.int64), lambda ids: np.zeros((0, 0)))
    open_s = time.perf_counter() - started
    index.search(queries[0], 10)  # the first search maps the file's first pages
    latencies, answers = [], []
    for query in queries:
        started = time.perf_counter()
        answers.append(index.search(query, 10).chunk_ids.tolist())
        latencies.append((time.perf_counter() - started) * 1000)
    rss = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
               if line.startswith("VmRSS"))
    print(json.dumps({"open_s": open_s, "latencies_ms": latencies, "answers": answers, "rss_mb": rss / 1024}))


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def measure(total: int) -> dict:
    say("embedding the seed passages and the queries")
    corpus, queries_text, _ = load_nfcorpus(DATA)
    seeds = embed(seed_texts(corpus))
    queries = embed(list(queries_text.values())[:QUERIES])
    with tempfile.TemporaryDirectory(prefix="deskmate-scale-") as folder:
        index_path, queries_path = Path(folder) / "vectors.usearch", Path(folder) / "queries.npy"
        np.save(queries_path, queries)
        started = time.perf_counter()
        write_index(index_path, batches(seeds, total), seeds.shape[1],
                    lambda count: say(f"built {count:,} of {total:,}") if count % 200_000 == 0 else None)
        build_s = time.perf_counter() - started
        say("exact search for the reference answers")
        reference, exact_ms = exact_top10(seeds, total, queries)
        say("searching in a process of its own")
        child = subprocess.run([sys.executable, __file__, "--child", str(index_path), str(queries_path), str(total)],
                               capture_output=True, text=True, check=True)
        found = json.loads(child.stdout.strip().splitlines()[-1])
        recall = float(np.mean([len(set(a) & set(r)) / 10 for a, r in zip(found["answers"], reference.tolist())]))
        file_mb = index_path.stat().st_size / 1e6
    latencies = np.array(found["latencies_ms"])
    return {"chunks": total, "queries": len(queries), "recall_at_10": round(recall, 4),
            "p50_ms": round(float(np.median(latencies)), 2), "p95_ms": round(float(np.percentile(latencies, 95)), 2),
            "exact_scan_ms_per_query": round(exact_ms * 1000, 1), "build_s": round(build_s, 1),
            "open_s": round(found["open_s"], 2), "index_file_mb": round(file_mb, 1),
            "search_process_rss_mb": round(found["rss_mb"], 1)}


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        search_child(*sys.argv[2:4], int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=1_000_000)
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    result = measure(args.chunks)
    text = json.dumps(result, indent=2)
    print(text)
    if args.output:
        args.output.write_text(text + "\n")


if __name__ == "__main__":
    main()
