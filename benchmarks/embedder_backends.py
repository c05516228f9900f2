"""Embedding throughput of each embedder backend on the same chunks, and how far their vectors agree.

Chunks of NFCorpus prose about 200 word pieces long (the chunker's size) are embedded the way the
index does it (length-sorted batches of about 8,000 word pieces) by each backend of
assistant/documents/embedder.py: torch (sentence-transformers), onnx-int8 and, when exported with --fp32,
onnx (fp32, fused). Also
`SentenceTransformer.encode` of the same texts with its defaults (batch 32), the baseline the
issue names. Runs interleave (one pass of each, repeated) and figures are medians.

    .venv/bin/python benchmarks/embedder_backends.py [--chunks 200] [--repeats 5]
"""
from __future__ import annotations

import argparse
import time

import numpy as np
from common import emit, median
from retrieval_nfcorpus import DATA, load_nfcorpus

from assistant.documents.embedder import BACKENDS, Embedder, backend_file
from assistant.documents.run import BATCH_TOKENS, _batches


def chunk_ids(embedder: Embedder, count: int, tokens: int = 200) -> list[list[int]]:
    corpus, _, _ = load_nfcorpus(DATA)
    text = " ".join(d["text"] for d in list(corpus.values())[:4000])
    ids = embedder.tokenizer([text], add_special_tokens=False)["input_ids"][0]
    step = tokens - 24  # the chunker's overlap
    return [ids[i:i + tokens] for i in range(0, step * count, step)]


def embed_like_the_index(embedder: Embedder, sequences: list[list[int]]) -> np.ndarray:
    entries = sorted((len(ids), i, 0) for i, ids in enumerate(sequences))
    vectors = np.zeros((len(sequences), embedder.dimensions), dtype=np.float32)
    for batch in _batches(entries, BATCH_TOKENS):
        rows = [i for _, i, _ in batch]
        vectors[rows] = embedder.embed_token_ids([sequences[i] for i in rows])
    return vectors


def agreement_with(reference: np.ndarray, runs: dict) -> dict:
    """Least and mean cosine of each run's vectors to the reference (also the warm-up of each run)."""
    agreement = {}
    for name, run in runs.items():
        cosines = (np.asarray(run()) * reference).sum(axis=1)
        agreement[name] = {"least_cosine": round(float(cosines.min()), 5), "mean_cosine": round(float(cosines.mean()), 5)}
    return agreement


def interleaved_seconds(runs: dict, repeats: int) -> dict[str, list[float]]:
    seconds = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            seconds[name].append(time.perf_counter() - started)
    return seconds


def available_backends() -> list[str]:
    """fp32 "onnx" only when it was exported (scripts/export_embedder_onnx.py --fp32)."""
    return [name for name in BACKENDS if (file := backend_file(Embedder().path, name)) is None or file.is_file()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--backends", nargs="*", default=available_backends(), choices=BACKENDS)
    parser.add_argument("--no-encode", action="store_true", help="leave out SentenceTransformer.encode")
    args = parser.parse_args()
    embedders = {name: Embedder(backend=name, threads=args.threads) for name in args.backends}
    torch_embedder = Embedder(backend="torch", threads=args.threads)
    sequences = chunk_ids(torch_embedder, args.chunks)
    texts = [torch_embedder.tokenizer.decode(ids) for ids in sequences]
    tokens = sum(len(ids) + 2 for ids in sequences)
    runs = {name: (lambda e=e: embed_like_the_index(e, sequences)) for name, e in embedders.items()}
    if not args.no_encode:
        model = torch_embedder.model
        runs["sentence_transformers_encode"] = lambda: model.encode(texts, batch_size=32, normalize_embeddings=True)
    agreement = agreement_with(embed_like_the_index(torch_embedder, sequences), runs)
    seconds = interleaved_seconds(runs, args.repeats)
    speed = {name: round(tokens / median(values)) for name, values in seconds.items()}
    emit("embedder_backends", {
        "chunks": len(sequences), "word_pieces": tokens, "repeats": args.repeats,
        "word_pieces_per_s": speed,
        "speedup_over_sentence_transformers_encode": {
            name: round(value / speed["sentence_transformers_encode"], 2) for name, value in speed.items()}
        if "sentence_transformers_encode" in speed else None,
        "agreement_with_torch": agreement,
        "seconds_runs": {name: [round(v, 2) for v in values] for name, values in seconds.items()},
    })


if __name__ == "__main__":
    main()
