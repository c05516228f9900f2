"""Summarize a generated 100-page PDF end to end with the bundled model. Prints JSON.

    .venv/bin/python benchmarks/summarize_long.py [--pages 100] [--n-ctx 4096] [--length medium]

Reports: seconds, peak RSS, number of model calls, the largest prompt against n_ctx (no prompt may
exceed it), the cited page ranges (all must exist), and a cancel check: a second run stopped after
two chunks must raise Stopped and give back nothing. Baseline in the same run: one call summarizing
one page, so the long run can be read as "N single-page summaries". The model writes (style "write"),
as the bundled model would otherwise quote the document (benchmarks/summary_attribution.py measures both).
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def run_summary(engine, document, length, should_stop=None):
    from assistant.runtime.generators import run_to_end
    from assistant.tools.common import Progress
    from assistant.tools.summarize import summarize

    def show(item) -> None:
        if isinstance(item, Progress):
            print(f"\r{item.describe()}\033[K", end="", file=sys.stderr, flush=True)

    started = time.perf_counter()
    result = run_to_end(summarize(engine, document, length, should_stop=should_stop, style="write"), show)
    print(file=sys.stderr)
    return result, time.perf_counter() - started


def cancel_check(engine, document) -> dict:
    from assistant.tools.common import Progress, Stopped
    from assistant.tools.summarize import summarize

    seen, started = [], time.perf_counter()
    try:
        for item in summarize(engine, document, "short", should_stop=lambda: len(seen) >= 3, style="write"):
            if isinstance(item, Progress):
                seen.append(item)
    except Stopped:
        return {"stopped": True, "seconds_until_stopped": round(time.perf_counter() - started, 1), "result_kept": False}
    return {"stopped": False}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--n-ctx", type=int, default=4096)
    parser.add_argument("--length", default="medium")
    args = parser.parse_args(argv)

    from assistant.llm.local import Engine, EngineOptions
    from assistant.readers import Document, read_document
    from assistant.runtime.resources import bundled_model_path
    from tests.helpers.tool_documents import make_pdf, report_pages

    engine = Engine(bundled_model_path(), EngineOptions(n_ctx=args.n_ctx))
    with tempfile.TemporaryDirectory() as folder:
        document = read_document(make_pdf(Path(folder) / "minutes.pdf", report_pages(args.pages)))
    one_page = Document(document.path, document.kind, document.pages[:1])
    _, baseline_s = run_summary(engine, one_page, args.length)
    result, seconds = run_summary(engine, document, args.length)
    cited = [int(n) for s in result.sections for n in re.findall(r"\d+", s["pages"])]
    report = {
        "benchmark": "summarize_long", "model": engine.name, "pages": len(document.pages),
        "input_tokens": engine.count_tokens(document.text), "n_ctx": engine.n_ctx,
        "seconds": round(seconds, 1), "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "chunks": result.chunks, "model_calls": result.model_calls, "max_prompt_tokens": result.max_prompt_tokens,
        "no_prompt_exceeded_n_ctx": result.max_prompt_tokens <= engine.n_ctx,
        "cited_pages_exist": bool(cited) and min(cited) >= 1 and max(cited) <= len(document.pages),
        "last_page_cited": max(cited, default=0), "summary_chars": len(result.summary),
        "summary_sentences": len(result.sentences), "repeats_removed": result.repeats_removed,
        "invented_removed": result.invented_removed,
        "marked_not_found": sum(not s["supported"] for s in result.sentences),
        "single_page_baseline_s": round(baseline_s, 1), "ratio_to_single_page": round(seconds / baseline_s, 1),
        "cancel": cancel_check(engine, document), "summary": result.summary[:400],
        "first_sections": result.sections[:3],
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
