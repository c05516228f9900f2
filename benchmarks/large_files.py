"""Large single files: a 2-million-line Markdown file through the real index, end to end.

Issue 13 saw a 14 MB Markdown file of 2 million short list lines (`- item`, repeated) not finish
in 400 s, with no progress shown inside the file. This benchmark writes that file, indexes it
with `deskmate index add` in a fresh data folder (the real CLI: isolated reader, chunker,
embedder, SQLite) and reports the wall time, the outcome, how many progress lines were shown
while the file was being worked on, and the peak RSS.

A file of 2 million *distinct* lines is about 4 million word pieces (`- item 1234567`): no
2-core CPU embeds that in a minute, so for that variant it reports reading and chunking alone
(in this process) and what embedding those chunks would take at the embedder's own measured
speed, rather than a number nobody could reach.

    .venv/bin/python benchmarks/large_files.py [--lines 2000000]

Prints one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from common import REPO, emit

DESKMATE = REPO / ".venv" / "bin" / "deskmate"
TARGET_S = 60.0  # issue 13: a 2-million-line Markdown file indexes in under 60 s


def write_lines(path: Path, lines: int, distinct: bool) -> int:
    with path.open("w", encoding="utf-8") as out:
        for start in range(0, lines, 100_000):
            stop = min(start + 100_000, lines)
            out.write("".join(f"- item {n}\n" for n in range(start, stop)) if distinct
                      else "- item\n" * (stop - start))
    return path.stat().st_size


def index_end_to_end(path: Path, *options: str) -> dict:
    """`deskmate index add FILE` in a fresh data folder; its summary, wall time and progress lines."""
    home = Path(tempfile.mkdtemp(prefix="large-files-home-"))
    command = [str(DESKMATE), "--home", str(home), "index", "add", str(path), *options]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=1800)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        return {"error": done.stderr[-2000:], "seconds": round(seconds, 1)}
    summary = json.loads(done.stdout[done.stdout.index("{"):])
    inside = [line.strip() for line in done.stderr.splitlines() if line.startswith(f"  {path.name}:")]
    return {"seconds": round(seconds, 1), "added": summary["added"], "failed": summary["failed"],
            "chunks_embedded": summary["chunks_embedded"], "duplicates": summary.get("duplicates"),
            "progress_lines_inside_the_file": len(inside), "progress_examples": inside[:2] + inside[-1:],
            "peak_rss_mb_cli_and_reader": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024}


class AcceptingReader:
    """Parses in this process without the not-prose check, to time the pipeline on a file it would refuse."""

    def parse(self, path, data, on_progress=None):
        from assistant.readers import Document, Page, clean_text
        from assistant.readers.text import read_text

        pages = [Page(page.number, clean_text(page.text)) for page in read_text(path, data)]
        return Document(path=path, kind="markdown", pages=pages)

    def close(self) -> None:
        pass


def index_accepted(path: Path) -> dict:
    """The real index (chunker, embedder with its duplicate-text reuse, SQLite) on a file it would refuse."""
    from assistant.documents.embedder import Embedder
    from assistant.documents.index import DocumentIndex
    from assistant.runtime.generators import collect_steps
    from assistant.storage.store import Store

    home = Path(tempfile.mkdtemp(prefix="large-files-accepted-"))
    index = DocumentIndex(Store(home / "deskmate.db"), Embedder())
    started = time.perf_counter()
    steps, summary = collect_steps(iter(index.add([path], reader=AcceptingReader())))
    inside = [step.file_chunks for step in steps if step.file and step.file_chunks]
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 1), "added": summary.added, "chunks_stored": index.stats().get("chunks"),
            "chunks_embedded": summary.chunks_embedded, "progress_events_inside_the_file": len(inside),
            "chunks_so_far_first_last": inside[:1] + inside[-1:]}


def read_and_chunk(path: Path) -> dict:
    """Reading and chunking alone, in this process (no embedding), and what embedding would cost."""
    from assistant.documents.chunking import Chunker
    from assistant.documents.embedder import Embedder
    from assistant.documents.keywords import encode_terms
    from assistant.readers import Page, clean_text
    from assistant.readers.text import read_text

    embedder = Embedder()
    chunker = Chunker(embedder.tokenizer)
    started = time.perf_counter()
    pages = [Page(page.number, clean_text(page.text)) for page in read_text(path, path.read_bytes())]
    read_s = time.perf_counter() - started
    chunks = []
    for first in range(0, len(pages), 32):  # as the index does, a few pages at a time
        chunks += chunker.chunk_pages(pages[first:first + 32])
    chunk_s = time.perf_counter() - started - read_s
    for chunk in chunks:
        encode_terms(chunk.text)
    terms_s = time.perf_counter() - started - read_s - chunk_s
    tokens = sum(len(chunk.token_ids) for chunk in chunks)
    sample = [chunk.token_ids for chunk in chunks[:256]]
    embedder.embed_token_ids(sample[:8])  # warm up
    began = time.perf_counter()
    for first in range(0, len(sample), 32):
        embedder.embed_token_ids(sample[first:first + 32])
    tokens_per_s = sum(map(len, sample)) / (time.perf_counter() - began)
    return {"pages": len(pages), "chunks": len(chunks), "distinct_chunk_texts": len({c.text for c in chunks}),
            "tokens": tokens, "read_s": round(read_s, 2), "chunk_s": round(chunk_s, 2),
            "keyword_terms_s": round(terms_s, 2), "chunks_per_s_without_embedding": round(len(chunks) / (chunk_s
                                                                                                       + read_s), 1),
            "embedder_tokens_per_s": round(tokens_per_s), "embedding_would_take_s": round(tokens / tokens_per_s, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2_000_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="large-files-"))
    repeated, distinct = work / "checklist.md", work / "distinct.md"
    repeated_mb = write_lines(repeated, args.lines, distinct=False) / 1e6
    distinct_mb = write_lines(distinct, args.lines, distinct=True) / 1e6
    load_before = os.getloadavg()[0]
    end_to_end = index_end_to_end(repeated)
    included = index_end_to_end(repeated, "--include-generated")  # not prose, read on request
    figures = {
        "lines": args.lines, "target_s": TARGET_S,
        "repeated_lines": {"file_mb": round(repeated_mb, 1), "line": "- item", "index_add": end_to_end,
                           "index_add_include_generated": included,
                           "indexed_anyway_in_process": index_accepted(repeated),
                           "read_and_chunk": read_and_chunk(repeated)},
        "distinct_lines": {"file_mb": round(distinct_mb, 1), "line": "- item <n>", "read_and_chunk":
                           read_and_chunk(distinct)},
        "markdown_2m_lines_seconds": included.get("seconds"),
        "markdown_2m_lines_refused_seconds": end_to_end.get("seconds"),
        "load_average_1min": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
    }
    for path in (repeated, distinct):
        path.unlink()
    emit("large_files", figures)


if __name__ == "__main__":
    main()
