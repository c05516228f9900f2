"""Query embedding: the time to turn one search question into a vector, apart from the search itself.

Deskmate's embedder (the backend it picks by default) embeds each NFCorpus test query on its own,
as a search does; the baseline in the same run, interleaved, is raw sentence-transformers
`SentenceTransformer.encode` of the same query with the same bundled model. Medians and p95.

    .venv/bin/python benchmarks/query_embedding.py [--queries 200]
"""
from __future__ import annotations

import argparse
import time

from common import emit, median, percentile
from retrieval_nfcorpus import DATA, load_nfcorpus

from assistant.documents.embedder import Embedder
from assistant.runtime.resources import bundled_embedder_path
from assistant.runtime.system import physical_cores


def timed(function, text: str) -> float:
    started = time.perf_counter()
    function(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    import torch
    from sentence_transformers import SentenceTransformer

    _, queries, qrels = load_nfcorpus(DATA)
    chosen = [queries[q] for q in sorted(qrels["test"])][: args.queries]
    embedder = Embedder()
    torch.set_num_threads(physical_cores())
    raw = SentenceTransformer(str(bundled_embedder_path()), device="cpu", local_files_only=True)
    app = lambda text: embedder.embed([text])  # noqa: E731
    baseline = lambda text: raw.encode([text], normalize_embeddings=True, show_progress_bar=False)  # noqa: E731
    for text in chosen[:5]:  # warm-up
        app(text)
        baseline(text)
    app_ms, raw_ms = [], []
    for text in chosen:
        app_ms.append(timed(app, text) * 1000)
        raw_ms.append(timed(baseline, text) * 1000)
    emit("query_embedding", {
        "embedder": embedder.name, "backend": getattr(embedder, "backend", "torch"), "queries": len(chosen),
        "app_ms_median": round(median(app_ms), 2), "app_ms_p95": round(percentile(app_ms, 95), 2),
        "raw_encode_ms_median": round(median(raw_ms), 2), "raw_encode_ms_p95": round(percentile(raw_ms, 95), 2),
        "ratio_raw_over_app": round(median(raw_ms) / median(app_ms), 3),
    })


if __name__ == "__main__":
    main()
