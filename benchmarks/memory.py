"""Memory: idle and peak resident memory (RSS) with the default model and embedder loaded.

Each case runs in a fresh child process, so one case's memory never counts in another's:
- `app`: Deskmate's core as the desktop app holds it: a workspace, the default chat model (one
  answer given), the embedder (one search over a small indexed folder); idle RSS is read after
  the work, peak RSS is the process's high-water mark.
- `app_100k`: the same, with a 100,000-chunk index (real text, random vectors) searched once.
- `raw`: the baseline in the same run: raw llama-cpp-python and raw sentence-transformers
  loading the same two models in a bare process, one completion and one encode.
- `gui`: the real window (`deskmate`, offscreen) started from outside and left idle; its RSS once
  it has settled (the model loads in the background; the embedder loads on first document use).

    .venv/bin/python benchmarks/memory.py [--chunks 100000]
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from common import emit

QUESTION = "What do vitamins do?"


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def idle_figures() -> dict:
    gc.collect()
    time.sleep(1.0)
    return {"idle_rss_mb": round(rss_mb()), "peak_rss_mb": round(peak_mb())}


def add_synthetic_chunks(store, count: int) -> None:
    """Real text with random vectors, as search_latency.py builds them (imported here, not at the top,
    so the raw baseline's process never loads Deskmate's modules)."""
    import random

    import numpy as np
    from retrieval_nfcorpus import DATA, load_nfcorpus
    from search_latency import build, chunk_texts

    corpus, _, _ = load_nfcorpus(DATA)
    build(store, chunk_texts(corpus, count, random.Random(7)), np.random.default_rng(7))


def app_case(chunks: int) -> dict:
    from assistant.workspace import Workspace

    home = Path(tempfile.mkdtemp(prefix="memory-bench-"))
    workspace = Workspace(home)
    if chunks:
        add_synthetic_chunks(workspace.store, chunks)
    else:
        folder = home / "notes"
        folder.mkdir()
        (folder / "vitamins.md").write_text("Vitamins help the body grow and repair itself.", encoding="utf-8")
        list(workspace.documents.add([folder]))
    workspace.documents.search(QUESTION, 4)
    list(workspace.chat().send("Say hello in five words.", max_tokens=16))
    return {**idle_figures(), "chunks": workspace.documents.searcher().size}


def raw_case() -> dict:
    import llama_cpp
    from sentence_transformers import SentenceTransformer

    from assistant.runtime.resources import bundled_embedder_path, bundled_model_path

    llm = llama_cpp.Llama(str(bundled_model_path()), n_ctx=4096, verbose=False)
    llm.create_completion("Say hello in five words.", max_tokens=16)
    encoder = SentenceTransformer(str(bundled_embedder_path()), device="cpu", local_files_only=True)
    encoder.encode([QUESTION])
    return idle_figures()


def gui_case(settle_s: float = 20.0) -> dict:
    """The window process seen from outside: RSS each second until it stops growing."""
    deskmate = Path(sys.executable).with_name("deskmate")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        process = subprocess.Popen([str(deskmate), "--home", home], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        watched, samples = psutil.Process(process.pid), []
        try:
            deadline = time.monotonic() + settle_s
            while time.monotonic() < deadline:
                samples.append(watched.memory_info().rss / 2**20)
                time.sleep(1.0)
        finally:
            process.terminate()
            process.wait(timeout=30)
    return {"idle_rss_mb": round(samples[-1]), "peak_rss_mb": round(max(samples)), "seconds_watched": settle_s}


def run_case(case: str, chunks: int) -> dict:
    done = subprocess.run([sys.executable, __file__, "--case", case, "--chunks", str(chunks)],
                          capture_output=True, text=True, cwd=Path(__file__).parent)
    if done.returncode != 0:
        raise SystemExit(f"memory case {case} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--case", choices=["app", "app_100k", "raw"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        figures = raw_case() if args.case == "raw" else app_case(args.chunks if args.case == "app_100k" else 0)
        print(json.dumps(figures))
        return
    results = {case: run_case(case, args.chunks) for case in ("raw", "app", "app_100k")}
    results["gui"] = gui_case()
    emit("memory", {
        "idle_rss_mb": results["app"]["idle_rss_mb"], "peak_rss_mb": results["app"]["peak_rss_mb"],
        "ratio_app_over_raw_idle": round(results["app"]["idle_rss_mb"] / results["raw"]["idle_rss_mb"], 3),
        "cases": results,
    })


if __name__ == "__main__":
    main()
