"""Helpers shared by the benchmark scripts: medians, JSON output, machine description."""
from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def median(values) -> float:
    return float(statistics.median(values))


def percentile(values, q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return float(ordered[index])


def machine() -> dict:
    import psutil

    return {"cpu": platform.processor() or platform.machine(), "cores_physical": psutil.cpu_count(logical=False),
            "cores_logical": os.cpu_count(), "ram_gb": round(psutil.virtual_memory().total / 1024**3, 1),
            "python": platform.python_version(), "system": platform.system()}


def emit(name: str, figures: dict) -> dict:
    """Print one benchmark's result as JSON on stdout (the only thing a benchmark prints there)."""
    result = {"benchmark": name, "date": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(), **figures}
    print(json.dumps(result, indent=2))
    return result


def raw_encode(texts: list[str], embedder=None) -> dict:
    """The baseline for the indexing pipeline: the same chunk texts through the same Embedder and backend
    (onnxruntime int8 by default) with the pipeline's own call and batching (tokenize, sort by length,
    batches within the pipeline's token budget, embed_token_ids), and nothing else around it."""
    from assistant.documents import run as index_run
    from assistant.documents.embedder import Embedder

    embedder = embedder or Embedder()
    embedder.embed(["warm up the model"] * 4)
    budget = getattr(index_run, "BATCH_TOKENS", 8192)
    started = time.perf_counter()
    sequences = embedder.tokenizer(list(texts), add_special_tokens=False)["input_ids"]
    tokenized = time.perf_counter()
    entries = sorted((len(ids), i, 0) for i, ids in enumerate(sequences))
    for batch in _pipeline_batches(index_run, entries, budget):
        embedder.embed_token_ids([sequences[i] for _, i, _ in batch])
    done = time.perf_counter()
    return {"backend": embedder.backend, "chunks": len(texts), "tokens": sum(map(len, sequences)),
            "batch_tokens": budget, "tokenize_s": round(tokenized - started, 2),
            "seconds": round(done - started, 2), "embed_only_s": round(done - tokenized, 2)}


PROBE_BATCHES, PROBE_ROWS, PROBE_TOKENS = 2, 32, 254  # two full batches of the pipeline's size (8,192 pieces)


def speed_probe(embedder=None, repeats: int = 3) -> float:
    """Seconds the embedder takes for a fixed piece of work (median of `repeats`): the machine's speed
    now. Taken before and after a long measurement, it shows whether the machine itself got faster or
    slower in between (a shared host drifts by 10-20% in minutes), which a ratio of two phases run one
    after the other would otherwise take for the code's own cost."""
    from assistant.documents.embedder import Embedder

    embedder = embedder or Embedder()
    ids = [[1000 + (row * 7919 + column * 104729) % 20000 for column in range(PROBE_TOKENS)]
           for row in range(PROBE_ROWS)]
    embedder.embed_token_ids(ids[:2])
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(PROBE_BATCHES):
            embedder.embed_token_ids(ids)
        times.append(time.perf_counter() - started)
    return round(median(times), 3)


def _pipeline_batches(index_run, entries, budget):
    if hasattr(index_run, "_batches"):
        return index_run._batches(entries, budget)
    return [entries[i:i + 32] for i in range(0, len(entries), 32)]
