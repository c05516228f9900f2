"""Indexing throughput: the whole pipeline on generated PDFs vs a raw encode of the same chunks.

Writes a corpus of ordinary PDF pages (real English prose from NFCorpus abstracts, about
300 words a page, 20 pages a file), indexes it with Deskmate's pipeline (read, hash, parse,
chunk, embed, store) and its default embedder backend (onnxruntime int8), then encodes the very
same chunk texts raw on the same backend with the pipeline's own call and batching (tokenize,
sort by length, token-budget batches, Embedder.embed_token_ids; common.raw_encode), and prints
both and their ratio: what the pipeline costs on top of its embedder. (Until issue 13 the
baseline was SentenceTransformer.encode on torch, another engine, so that ratio, 1.867, said
nothing about the pipeline.) The pipeline parses each file in a child process (time limit,
memory cap); it is also timed parsing in the indexing process itself, as before that
isolation, for the cost of the isolation.

These generated pages are easy (one font, plain paragraphs); typeset manuals are slower to read:
benchmarks/real_corpus.py measures real documentation folders, the figure a user should expect.

    .venv/bin/python benchmarks/indexing.py [--pages 1000] [--words-per-page 300]

Prints one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import raw_encode  # noqa: E402
from retrieval_nfcorpus import DATA, load_nfcorpus  # noqa: E402

from tests.helpers.documents import make_pdf  # noqa: E402

PAGES_PER_FILE = 20


def page_texts(corpus: dict, pages: int, words_per_page: int) -> list[str]:
    words = " ".join(d["text"] for d in corpus.values()).split()
    texts, position = [], 0
    for _ in range(pages):
        chunk = words[position:position + words_per_page]
        position = (position + words_per_page) % max(len(words) - words_per_page, 1)
        sentences = " ".join(chunk)
        # paragraphs of about 100 words, as on a printed page
        paragraphs = [" ".join(chunk[i:i + 100]) for i in range(0, len(chunk), 100)]
        texts.append("\n\n".join(paragraphs) if paragraphs else sentences)
    return texts


def write_corpus(folder: Path, texts: list[str]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    files = 0
    for start in range(0, len(texts), PAGES_PER_FILE):
        path = folder / f"report-{start // PAGES_PER_FILE:03d}.pdf"
        make_pdf(path, texts[start:start + PAGES_PER_FILE], 10)
        # dated an hour back, like files at rest: files changed in the last seconds are read twice
        os.utime(path, (time.time() - 3600, time.time() - 3600))
        files += 1
    return files


class InProcessParser:
    """The baseline: parse in the indexing process itself, with no time or memory limit."""

    def parse(self, path, data, on_progress=None):
        from assistant.readers import parse_document

        return parse_document(path, data)

    def close(self) -> None:
        pass


def index_corpus(folder: Path, home: Path, embedder, reader=None) -> tuple[float, object, object]:
    from assistant.documents.index import DocumentIndex
    from assistant.runtime.generators import run_to_end
    from assistant.storage.store import Store

    home.mkdir(parents=True, exist_ok=True)
    index = DocumentIndex(Store(home / "deskmate.db"), embedder)
    started = time.perf_counter()
    summary = run_to_end(iter(index.add([folder], reader=reader)))
    return time.perf_counter() - started, summary, index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--words-per-page", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=1, help="runs of each kind of parsing (medians reported)")
    args = parser.parse_args()
    from assistant.documents.embedder import Embedder

    corpus, _, _ = load_nfcorpus(DATA)
    work = Path(tempfile.mkdtemp(prefix="indexing-bench-"))
    files = write_corpus(work / "pdfs", page_texts(corpus, args.pages, args.words_per_page))
    embedder = Embedder()
    embedder.embed(["warm up the model"] * 4)
    load_before = os.getloadavg()[0]
    isolated, in_process = [], []
    for repeat in range(args.repeats):  # alternate which goes first, so neither always gets a warmer machine
        for kind in (("isolated", "in-process") if repeat % 2 == 0 else ("in-process", "isolated")):
            reader = InProcessParser() if kind == "in-process" else None
            seconds, summary, index = index_corpus(work / "pdfs", work / f"home-{kind}-{repeat}", embedder, reader)
            (in_process if reader else isolated).append(seconds)
            if not reader:
                kept_summary, kept_index = summary, index
    summary, index = kept_summary, kept_index
    pipeline_s, in_process_s = statistics.median(isolated), statistics.median(in_process)
    texts = [row["text"] for row in index.store.query("SELECT text FROM chunks ORDER BY id")]
    raw = raw_encode(texts, embedder)
    embedded = summary.chunks_embedded or len(texts)
    report = {
        "benchmark": "indexing", "files": files, "pages": args.pages, "words_per_page": args.words_per_page,
        "embedder_backend": embedder.backend, "chunks": len(texts), "chunks_embedded": summary.chunks_embedded,
        "chunk_tokens_total": raw["tokens"],
        "failed": len(summary.failed),
        "pipeline_seconds": round(pipeline_s, 2),
        "pipeline_pages_per_s": round(args.pages / pipeline_s, 2),
        "pipeline_chunks_per_s": round(len(texts) / pipeline_s, 2),
        "in_process_parsing_seconds": round(in_process_s, 2),
        "runs_seconds": {"isolated": [round(x, 2) for x in isolated], "in_process": [round(x, 2) for x in in_process]},
        "ratio_isolated_to_in_process_parsing": round(pipeline_s / in_process_s, 3),
        "raw_encode": raw,
        "raw_encode_seconds": raw["seconds"],
        "raw_encode_chunks_per_s": round(len(texts) / raw["seconds"], 2),
        # the raw time scaled to the chunks the pipeline embedded (they differ only if some were copied)
        "ratio_pipeline_to_raw_encode": round(raw["seconds"] * embedded / max(len(texts), 1) / pipeline_s, 3),
        "seconds_per_1000_pages": round(pipeline_s * 1000 / args.pages, 1),
        "load_average_1min": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
