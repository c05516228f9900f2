"""RAG latency: question -> first token of the answer, with the passages retrieved from a real index.

A folder of NFCorpus abstracts (one text file each) is indexed with Deskmate's pipeline into a
temporary home. For each question (NFCorpus test queries), Deskmate's `ask` retrieves 4 passages,
fences them into the prompt and streams the answer with the default model; the clock runs from
the call to the first piece of text. Baseline in the same run, interleaved: raw llama-cpp-python
(`Llama.create_completion`, same GGUF, context, threads and seed) given the very prompt Deskmate
built, timed from the call to its first token. Retrieval (query embedding + hybrid search) is also
reported on its own. Figures are medians.

    .venv/bin/python benchmarks/rag_latency.py [--documents 300] [--repeats 5]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import emit, median, percentile
from retrieval_nfcorpus import DATA, load_nfcorpus

from assistant.chat.ask import ask
from assistant.workspace import Workspace

PASSAGES = 4
ANSWER_TOKENS = 16


def index_abstracts(workspace: Workspace, corpus: dict, count: int, folder: Path) -> int:
    folder.mkdir()
    for doc_id, document in list(corpus.items())[:count]:
        (folder / f"{doc_id}.txt").write_text(f"{document['title']}\n\n{document['text']}", encoding="utf-8")
    run = workspace.documents.add([folder])
    for _ in run:
        pass
    return workspace.documents.stats()["chunks"]


def app_first_token(workspace: Workspace, question: str) -> tuple[float, float, str, int]:
    """Seconds to the first piece, seconds spent retrieving, and the prompt the model was given."""
    engine = workspace.engine()
    started = time.perf_counter()
    workspace.documents.search(question, PASSAGES)
    retrieval_s = time.perf_counter() - started
    started = time.perf_counter()
    answer = ask(workspace, question, k=PASSAGES, max_tokens=ANSWER_TOKENS)
    pieces = iter(answer)
    next(pieces)
    first_s = time.perf_counter() - started
    for _ in pieces:
        pass
    prompt = engine.template.render(answer.messages)
    return first_s, retrieval_s, prompt, len(answer.sources)


def raw_first_token(llm, prompt: str) -> float:
    started = time.perf_counter()
    for _chunk in llm.create_completion(prompt, max_tokens=ANSWER_TOKENS, temperature=0.0, stream=True):
        return time.perf_counter() - started
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5, help="questions asked (each one new)")
    args = parser.parse_args()
    import llama_cpp

    corpus, queries, qrels = load_nfcorpus(DATA)
    work = Path(tempfile.mkdtemp(prefix="rag-bench-"))
    workspace = Workspace(work / "home")
    chunks = index_abstracts(workspace, corpus, args.documents, work / "abstracts")
    engine = workspace.engine()
    raw = llama_cpp.Llama(str(engine.path), n_ctx=engine.n_ctx, n_threads=engine.n_threads,
                          n_threads_batch=engine.n_threads, seed=engine.options.seed,
                          flash_attn=engine.options.flash_attn, verbose=False)
    questions = [queries[q] for q in sorted(qrels["test"])][: args.repeats + 1]
    app_runs, retrieval_runs, raw_runs, passages = [], [], [], set()
    for i, question in enumerate(questions):
        app_s, retrieval_s, prompt, count = app_first_token(workspace, question)
        raw_s = raw_first_token(raw, prompt)
        if i == 0:
            continue  # warm-up: first loads of the embedder and the search matrix
        app_runs.append(app_s)
        retrieval_runs.append(retrieval_s)
        raw_runs.append(raw_s)
        passages.add(count)
    workspace.close()
    emit("rag_latency", {
        "model": engine.name, "n_ctx": engine.n_ctx, "indexed_documents": args.documents, "chunks": chunks,
        "questions": len(app_runs), "passages": sorted(passages),
        "first_token_s_median": round(median(app_runs), 3), "first_token_s_p95": round(percentile(app_runs, 95), 3),
        "retrieval_ms_median": round(median(retrieval_runs) * 1000, 1),
        "raw_llama_first_token_s_median": round(median(raw_runs), 3),
        "ratio_app_over_raw": round(median(app_runs) / median(raw_runs), 3),
        "app_runs_s": [round(v, 3) for v in app_runs], "raw_runs_s": [round(v, 3) for v in raw_runs],
    })


if __name__ == "__main__":
    main()
