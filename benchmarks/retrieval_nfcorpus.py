"""NFCorpus retrieval quality through the real index: nDCG@10 for keyword, dense and hybrid search.

Each NFCorpus document (title + text) is written as a text file and indexed with Deskmate's
own pipeline (reader, chunker, embedder, SQLite). Chunk hits are turned into a document
ranking by first appearance. Fusion settings are chosen on the dev queries and reported on
the 323 test queries, next to the settings the product ships with.

    .venv/bin/python benchmarks/retrieval_nfcorpus.py [--keep DIR] [--chunk-tokens N --overlap N]

Prints one JSON object. With --keep, the index is kept in DIR and reused by later runs.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.documents.chunking import DEFAULT_CHUNK_TOKENS, DEFAULT_OVERLAP_TOKENS  # noqa: E402
from assistant.documents.search import Fusion  # noqa: E402

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench-data" / "nfcorpus" / "nfcorpus.zip"
DEPTH = 200  # chunks ranked per query before collapsing to documents


def load_nfcorpus(zip_path: Path) -> tuple[dict, dict, dict]:
    with zipfile.ZipFile(zip_path) as archive:
        root = next(n.split("/")[0] for n in archive.namelist() if n.endswith("corpus.jsonl"))
        corpus = [json.loads(line) for line in archive.read(f"{root}/corpus.jsonl").decode().splitlines()]
        queries = {q["_id"]: q["text"] for q in map(json.loads, archive.read(f"{root}/queries.jsonl").decode()
                                                    .splitlines())}
        qrels = {}
        for split in ("dev", "test"):
            rows = csv.DictReader(archive.read(f"{root}/qrels/{split}.tsv").decode().splitlines(), delimiter="\t")
            judged = defaultdict(dict)
            for row in rows:
                judged[row["query-id"]][row["corpus-id"]] = int(row["score"])
            qrels[split] = dict(judged)
    return {d["_id"]: d for d in corpus}, queries, qrels


def ndcg_at_10(ranked: list[str], judged: dict[str, int]) -> float:
    dcg = sum(judged.get(doc, 0) / math.log2(i + 2) for i, doc in enumerate(ranked[:10]))
    ideal = sorted((g for g in judged.values() if g > 0), reverse=True)[:10]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def build_index(corpus: dict, home: Path, chunk_tokens: int, overlap: int):
    from assistant.documents.chunking import Chunker
    from assistant.documents.embedder import Embedder
    from assistant.documents.index import DocumentIndex
    from assistant.runtime.generators import run_to_end
    from assistant.storage.store import Store

    home.mkdir(parents=True, exist_ok=True)
    folder = home / "nfcorpus-docs"
    if not folder.exists():
        folder.mkdir()
        for doc_id, doc in corpus.items():
            (folder / f"{doc_id}.txt").write_text(f"{doc.get('title', '')}\n\n{doc['text']}", encoding="utf-8")
    embedder = Embedder()
    index = DocumentIndex(Store(home / "deskmate.db"), embedder)
    started = time.monotonic()
    summary = run_to_end(iter(index.add([folder], chunker=Chunker(embedder.tokenizer, chunk_tokens, overlap))))
    return index, {"indexing_seconds": round(time.monotonic() - started, 1), "chunks_embedded": summary.chunks_embedded,
                   "failed": len(summary.failed)}


def rankings(index, queries: dict, query_ids: list[str]) -> dict:
    """For each query: keyword and dense scores of every chunk, kept for trying fusions cheaply."""
    searcher = index.searcher()
    searcher.refresh()
    vectors = index.embedder.embed([queries[q] for q in query_ids], batch_size=64)
    return {q: (queries[q], vector) for q, vector in zip(query_ids, vectors)}


def evaluate(index, prepared: dict, qrels: dict, mode: str, fusion: Fusion) -> float:
    searcher = index.searcher()
    searcher.fusion = fusion
    doc_of = {row["id"]: Path(row["path"]).stem for row in index.store.query("SELECT id, path FROM documents")}
    scores = []
    for query_id, judged in qrels.items():
        text, vector = prepared[query_id]
        rows, _ = searcher.rank(text, mode, vector, DEPTH)
        ranked, seen = [], set()
        for row in rows:
            doc = doc_of[int(searcher.document_ids[row])]
            if doc not in seen:
                seen.add(doc)
                ranked.append(doc)
        scores.append(ndcg_at_10(ranked, judged))
    return round(sum(scores) / len(scores), 4)


PLAIN_RRF = Fusion("rrf", 0.5, 100, 60, feedback=0.0)


def fusion_grid() -> list[Fusion]:
    grid = [PLAIN_RRF, Fusion("rrf", 0.4, 100, 60, feedback=0.0), Fusion("rrf", 0.6, 100, 60, feedback=0.0)]
    grid += [Fusion("convex", w, depth, feedback=0.0) for w in (0.4, 0.5, 0.6) for depth in (100, 300)]
    grid += [Fusion("convex", w, 300, feedback=f, feedback_hits=n)
             for w in (0.4, 0.5, 0.6) for f in (0.5, 1.0) for n in (3, 5)]
    return grid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the index in this folder")
    parser.add_argument("--chunk-tokens", type=int, default=DEFAULT_CHUNK_TOKENS)
    parser.add_argument("--overlap", type=int, default=DEFAULT_OVERLAP_TOKENS)
    args = parser.parse_args()
    corpus, queries, qrels = load_nfcorpus(args.data)
    home = args.keep or Path(tempfile.mkdtemp(prefix="nfcorpus-"))
    index, indexing = build_index(corpus, home, args.chunk_tokens, args.overlap)
    prepared = rankings(index, queries, sorted(set(qrels["dev"]) | set(qrels["test"])))
    dev = {f: evaluate(index, prepared, qrels["dev"], "hybrid", f) for f in fusion_grid()}
    tuned = max(dev, key=dev.get)
    shipped = Fusion()
    report = {
        "benchmark": "nfcorpus", "queries": {"dev": len(qrels["dev"]), "test": len(qrels["test"])},
        "documents": len(corpus), "chunk_tokens": args.chunk_tokens, "overlap": args.overlap, **indexing,
        "chunks": index.searcher().size,
        "test_ndcg@10": {
            "keyword_bm25": evaluate(index, prepared, qrels["test"], "keyword", shipped),
            "dense": evaluate(index, prepared, qrels["test"], "dense", shipped),
            "hybrid_shipped": evaluate(index, prepared, qrels["test"], "hybrid", shipped),
            "hybrid_plain_rrf60": evaluate(index, prepared, qrels["test"], "hybrid", PLAIN_RRF),
            "hybrid_convex_no_feedback": evaluate(index, prepared, qrels["test"], "hybrid",
                                                  Fusion(feedback=0.0)),
            "hybrid_tuned_on_dev": evaluate(index, prepared, qrels["test"], "hybrid", tuned),
        },
        "shipped_fusion": vars(shipped), "tuned_fusion": vars(tuned),
        "dev_ndcg@10_by_fusion": {f"{f.method} w={f.dense_weight} depth={f.depth} feedback={f.feedback}"
                                  f"x{f.feedback_hits}": v for f, v in dev.items()},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
