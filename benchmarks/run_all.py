"""`make bench`: run the speed suite, then write results/latest.json, latest.md and latest.png.

Each benchmark is its own script printing JSON (figures, medians, and ratios against a
baseline measured in the same run). This runner only runs them in turn and summarises the
figures that have targets.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from common import REPO, machine

RESULTS = REPO / "benchmarks" / "results"
PYTHON = sys.executable

SUITE = [  # name, arguments
    ("generation", ["generation.py", "--repeats", "7"]),
    ("ttft_conversation", ["ttft_conversation.py", "--repeats", "3"]),
    ("attention_cost", ["attention_cost.py", "--repeats", "3"]),
    ("rag_latency", ["rag_latency.py", "--repeats", "5"]),
    ("indexing", ["indexing.py", "--pages", "1000"]),
    ("search_1k", ["search_latency.py", "--chunks", "1000"]),
    ("search_10k", ["search_latency.py", "--chunks", "10000"]),
    ("search_100k", ["search_latency.py", "--chunks", "100000"]),
    ("query_embedding", ["query_embedding.py"]),
    ("startup", ["startup.py", "--repeats", "5"]),
    ("memory", ["memory.py"]),
    ("sentiment_sst2", ["sentiment_sst2.py", "--methods", "adapter"]),
    ("sentiment_domains", ["sentiment_domains.py"]),  # 220 opinions from 10 domains + 40 facts, never trained on
    ("translate", ["translate.py"]),
    # 20 pages keep the suite short and still need map-reduce (about 8,000 tokens into a 4,096 context);
    # the 100-page run of issue 4 is `summarize_long.py` with its defaults.
    ("summarize_long", ["summarize_long.py", "--pages", "20"]),
    # real documentation folders fetched with apt-get (tens of minutes; DESKMATE_BENCH_QUICK=1 for subsets);
    # a corpus that cannot be fetched here is reported as skipped and its rows read "not run"
    ("real_corpus", ["real_corpus.py"]),
    ("large_files", ["large_files.py"]),  # a 2-million-line Markdown file through `deskmate index add`
    # OCR of 200-dpi scans of real typeset pages (fpdf2 pages, and the r-doc-pdf manuals where installed)
    ("ocr", ["ocr.py", "--pages", "6"]),
    ("formats", ["formats.py"]),  # indexing speed of each format Deskmate reads, through the CLI
    # answers from documents: correct and cited, "not in your documents", chat follow-ups (bundled model)
    ("answers_cited", ["answers_cited.py"]),
    # git's user manual as a 100-page PDF, summarized by quoting (add "write" for the model's own
    # written run: about 45 minutes on 2 loaded cores)
    ("summary_attribution", ["summary_attribution.py", "--styles", "quote"]),
    ("frame_time", ["frame_time.py"]),  # a 2,000-token answer streamed into the real window, offscreen
    ("local_scale", ["local_scale.py"]),  # the approximate vector index at a million chunks
    # the office library on PostgreSQL + pgvector at a million chunks, at the default and the widest ef_search
    ("library_scale", ["library_scale.py", "--ef-search", "400,1000"]),
]


def before_figure(key: str):
    """A figure of today's code measured by real_corpus.py --code on the commit before issue 13's work
    (results/real_corpus-before.json, or -quick-before.json for quick runs), the target "as often as before"."""
    quick = os.environ.get("DESKMATE_BENCH_QUICK") == "1"
    path = RESULTS / ("real_corpus-quick-before.json" if quick else "real_corpus-before.json")
    try:
        return json.loads(path.read_text())[key]
    except (OSError, ValueError, KeyError):
        return None


def one_file_free_share(result: dict) -> float:
    """Share of real-corpus questions whose top 3 is not one file three times (while other files match)."""
    asked = sum(c["retrieval"].get("questions", 0) for c in result["corpora"].values() if "retrieval" in c)
    return round(1 - result["one_file_three_times"] / asked, 3)


def default_sentiment(result: dict) -> dict:
    return next(row for row in result["results"] if row["method"].startswith("adapter"))

# figure name, benchmark, how to read it from the JSON, target text, test, unit
TARGETS = [
    ("Generation, app ÷ raw llama-cpp-python", "generation", lambda r: r["ratio_app_over_raw"], "≥ 0.97",
     lambda v: v >= 0.97, ""),
    ("TTFT turn 8 ÷ turn 1", "ttft_conversation", lambda r: r["ratio_turn_last_over_first"], "≤ 1.3",
     lambda v: v <= 1.3, ""),
    ("Indexing generated PDFs, pipeline ÷ raw encode (same backend)", "indexing",
     lambda r: r["ratio_pipeline_to_raw_encode"], "≥ 0.90", lambda v: v >= 0.90, ""),
    ("1,000 PDF pages indexed", "indexing", lambda r: r["seconds_per_1000_pages"], "≤ 60 s",
     lambda v: v <= 60, " s"),
    ("Hybrid search p95 at 100k chunks", "search_100k", lambda r: r["hybrid"]["p95_ms"], "≤ 30 ms",
     lambda v: v <= 30, " ms"),
    ("Launch → window shown", "startup", lambda r: r["window_shown_s_median"], "≤ 1.5 s",
     lambda v: v <= 1.5, " s"),
    ("GGUF header read, bundled model (10x faster than 0.24 s)", "startup",
     lambda r: round(r["gguf_header"]["bundled_135m"]["after_s"] * 1000, 1), "≤ 24 ms", lambda v: v <= 24, " ms"),
    ("Idle RSS, default model + embedder", "memory", lambda r: r["idle_rss_mb"], "≤ 800 MB",
     lambda v: v <= 800, " MB"),
    ("Sentiment SST-2 dev accuracy", "sentiment_sst2", lambda r: default_sentiment(r)["accuracy"], "≥ 0.85",
     lambda v: v >= 0.85, ""),
    ("Sentiment calibration error (ECE)", "sentiment_sst2", lambda r: default_sentiment(r)["ece"], "≤ 0.05",
     lambda v: v <= 0.05, ""),
    ("Sentiment batch throughput", "sentiment_sst2", lambda r: default_sentiment(r)["sentences_per_s"],
     "≥ 50 sentences/s", lambda v: v >= 50, " sentences/s"),
    ("Summarize 20 pages: largest prompt ÷ n_ctx", "summarize_long",
     lambda r: round(r["max_prompt_tokens"] / r["n_ctx"], 3), "≤ 1", lambda v: v <= 1, ""),
    ("Translate Markdown: structure and code kept (1 = yes)", "translate",
     lambda r: float(r["structure_kept"] and r["code_blocks_identical"]), "≥ 1", lambda v: v >= 1, ""),
    ("Real HTML folder indexed (python3.11-doc, 1,065 files)", "real_corpus", lambda r: r["html_wall_s"],
     "≤ 600 s", lambda v: v <= 600, " s"),
    ("2-million-line Markdown file indexed (`- item`, 14 MB, --include-generated)", "large_files",
     lambda r: r["markdown_2m_lines_seconds"], "≤ 60 s", lambda v: v <= 60, " s"),
    ("Real PDF manuals indexed (r-doc-pdf)", "real_corpus", lambda r: r["pdf_pages_per_s"], "≥ 15 pages/s",
     lambda v: v >= 15, " pages/s"),
    ("OCR character error rate, clean 200-dpi scans (median)", "ocr", lambda r: r["cer_clean"], "≤ 0.03",
     lambda v: v <= 0.03, ""),
    ("OCR character error rate, noise and 2° rotation (median)", "ocr", lambda r: r["cer_noisy"], "≤ 0.08",
     lambda v: v <= 0.08, ""),
    ("OCR pages per minute through the reader (wall, 2 cores, whatever else runs)", "ocr",
     lambda r: r["pages_per_minute"], "≥ 10", lambda v: v >= 10, " pages/min"),
    ("Sentiment outside film reviews: accuracy (10 domains, neutral counts as wrong)", "sentiment_domains",
     lambda r: r["domains"]["accuracy"], "≥ 0.85", lambda v: v >= 0.85, ""),
    ("Sentiment outside film reviews: calibration error (ECE)", "sentiment_domains",
     lambda r: r["domains"]["ece"], "≤ 0.08", lambda v: v <= 0.08, ""),
    ("Sentiment outside film reviews: share wrong with confidence ≥ 0.9", "sentiment_domains",
     lambda r: r["domains"]["wrong_confident_share"], "< 0.02", lambda v: v < 0.02, ""),
    ("Sentiment SST-2 dev through the tool (neutral counts as wrong)", "sentiment_domains",
     lambda r: r["sst2_dev_through_the_tool"]["accuracy"], "≥ 0.85", lambda v: v >= 0.85, ""),
    ("Real corpora, pipeline ÷ raw encode (same backend, lowest)", "real_corpus",
     lambda r: r["ratio_pipeline_to_raw_encode_min"], "≥ 0.90", lambda v: v >= 0.90, ""),
    ("Real corpora, ETA error from the first tenth (worst)", "real_corpus", lambda r: r["eta_worst_error_percent"],
     "≤ 25 %", lambda v: v <= 25, " %"),
    ("Real-corpus questions with distinct files in the top 3 (share)", "real_corpus", one_file_free_share,
     "≥ 1", lambda v: v >= 1, ""),
    ("Answers correct and cited to the right file and page, bundled model", "answers_cited",
     lambda r: r["correct_and_cited_share"], "≥ 0.75", lambda v: v >= 0.75, ""),
    ("Unanswerable questions answered \"not in your documents\" (found = false)", "answers_cited",
     lambda r: r["not_found_on_unanswerable_share"], "≥ 0.9", lambda v: v >= 0.9, ""),
    ("Answers stating a figure or name no cited passage holds", "answers_cited",
     lambda r: r["answers_with_unsupported_facts"], "0", lambda v: v == 0, ""),
    ("Chat follow-ups with documents, correct and cited (bundled model)", "answers_cited",
     lambda r: r["follow_ups"]["correct_and_cited_share"], "≥ 0.75", lambda v: v >= 0.75, ""),
    ("Summary sentences whose pages hold their key terms (100 p.)", "summary_attribution",
     lambda r: min(x["key_terms_share"] for x in r["runs"]), "= 1.0", lambda v: v >= 1.0, ""),
    ("Near-duplicate sentence pairs in a 100-page summary", "summary_attribution",
     lambda r: max(x["near_duplicate_pair_share"] or 0 for x in r["runs"]), "= 0", lambda v: v == 0, ""),
    ("Frame time while a 2,000-token answer streams (longest frame)", "frame_time",
     lambda r: r["runs"][0]["frame_ms"]["max"], "< 50 ms", lambda v: v < 50, " ms"),
    ("Longest event-loop gap while a 2,000-token answer streams", "frame_time",
     lambda r: r["runs"][0]["turn_gap_ms"]["max"], "< 50 ms", lambda v: v < 50, " ms"),
    ("Local vector search at 1,000,000 chunks, p95", "local_scale", lambda r: r["p95_ms"], "≤ 30 ms",
     lambda v: v <= 30, " ms"),
    ("Local vector search at 1,000,000 chunks, recall@10 against exact", "local_scale",
     lambda r: r["recall_at_10"], "≥ 0.95", lambda v: v >= 0.95, ""),
    ("Library search at 1,000,000 chunks from the client, p95", "library_scale", lambda r: r["p95_ms"], "≤ 50 ms",
     lambda v: v <= 50, " ms"),
    ("Library search at 1,000,000 chunks, recall@10 against exact", "library_scale",
     lambda r: r["recall_at_10"], "≥ 0.95", lambda v: v >= 0.95, ""),
]

# figures without a target, shown under the table: name, benchmark, how to read it, unit
FIGURES = [
    ("Generation speed (app)", "generation", lambda r: r["app_tok_s_median"], " tokens/s"),
    ("TTFT of a follow-up after restart, saved KV cache", "ttft_conversation",
     lambda r: r["ttft_s_after_restart_with_saved_cache"], " s"),
    ("TTFT of a follow-up after restart, no saved cache", "ttft_conversation",
     lambda r: r["ttft_s_after_restart_without_saved_cache"], " s"),
    ("Floor for turn 8 ÷ turn 1: raw llama.cpp reading 250 tokens after 1,830 cached ÷ into an empty context",
     "attention_cost", lambda r: r["plain"]["ratio_deep_over_empty"], ""),
    ("RAG: question → first token (4 passages)", "rag_latency", lambda r: r["first_token_s_median"], " s"),
    ("RAG: same prompt, raw llama-cpp-python", "rag_latency", lambda r: r["raw_llama_first_token_s_median"], " s"),
    ("Indexing speed, generated PDF pages (easy; real manuals: the r-doc-pdf row)", "indexing",
     lambda r: r["pipeline_pages_per_s"], " pages/s"),
    ("Real HTML subset (DESKMATE_BENCH_QUICK=1) indexed", "real_corpus", lambda r: r["html_quick_wall_s"], " s"),
    ("Real HTML folder: files skipped as generated or vendored", "real_corpus",
     lambda r: r["corpora"]["html"]["skipped"], ""),
    ("Real HTML folder: files whose content was indexed once for several", "real_corpus",
     lambda r: r["corpora"]["html"]["duplicates"], ""),
    ("Real HTML folder: peak RSS of indexing (CLI and reader)", "real_corpus",
     lambda r: r["corpora"]["html"]["peak_rss_tree_mb"], " MB"),
    ("Real PDF manuals: peak RSS of indexing (CLI and reader)", "real_corpus",
     lambda r: r["corpora"]["pdf"]["peak_rss_tree_mb"], " MB"),
    ("OCR pages per minute with one core wholly free (from the reader's CPU time)", "ocr",
     lambda r: r["reader"]["pages_per_minute_one_free_core"], " pages/min"),
    ("OCR character error rate, noisy scans, tesseract 5 for comparison (median)", "ocr",
     lambda r: r["engines"]["tesseract"]["cer_noisy_median"], ""),
    ("Hybrid search p95 at 1k chunks", "search_1k", lambda r: r["hybrid"]["p95_ms"], " ms"),
    ("Hybrid search p95 at 10k chunks", "search_10k", lambda r: r["hybrid"]["p95_ms"], " ms"),
    ("Query embedding (one question)", "query_embedding", lambda r: r["app_ms_median"], " ms"),
    ("Launch → model ready", "startup", lambda r: r["model_ready_s_median"], " s"),
    ("GGUF header read, 151,936-token vocabulary (synthetic)", "startup",
     lambda r: round(r["gguf_header"]["synthetic_151k_vocabulary"]["after_s"] * 1000, 1), " ms"),
    ("GGUF header read, bundled model: previous reader ÷ today's, same run", "startup",
     lambda r: r["gguf_header"]["bundled_135m"]["speedup"], "x"),
    ("Peak RSS, default model + embedder", "memory", lambda r: r["peak_rss_mb"], " MB"),
    ("Idle RSS with a 100k-chunk index", "memory", lambda r: r["cases"]["app_100k"]["idle_rss_mb"], " MB"),
    ("Idle RSS of the window (model loaded)", "memory", lambda r: r["cases"]["gui"]["idle_rss_mb"], " MB"),
]
BEFORE_RIGHT_FILE = before_figure("right_file_in_top3_share")
if BEFORE_RIGHT_FILE is not None:  # "at least as often as today's code", measured in the same harness
    TARGETS.append(("Real-corpus questions, right file in the top 3 (share)", "real_corpus",
                    lambda r: r["right_file_in_top3_share"], f"≥ {BEFORE_RIGHT_FILE:g} (before)",
                    lambda v: v >= BEFORE_RIGHT_FILE, ""))
else:
    FIGURES.append(("Real-corpus questions, right file in the top 3 (share)", "real_corpus",
                    lambda r: r["right_file_in_top3_share"], ""))


def run(name: str, arguments: list[str]) -> dict:
    started = time.monotonic()
    done = subprocess.run([PYTHON, str(REPO / "benchmarks" / arguments[0]), *arguments[1:]],
                          capture_output=True, text=True, cwd=REPO / "benchmarks")
    seconds = round(time.monotonic() - started, 1)
    if done.returncode != 0:
        print(f"[bench] {name} failed after {seconds} s:\n{done.stderr[-2000:]}", file=sys.stderr)
        return {"error": done.stderr[-2000:], "seconds": seconds}
    result = json.loads(done.stdout[done.stdout.index("{"):])
    print(f"[bench] {name}: {seconds} s", file=sys.stderr)
    return {**result, "seconds": seconds}


def number(read, result: dict):
    """The figure, or None where the benchmark did not run, failed, or skipped that part."""
    try:
        value = read(result)
    except (KeyError, TypeError, ZeroDivisionError):
        return None
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def figure_rows(results: dict) -> list[dict]:
    return [{"figure": figure, "value": number(read, results.get(bench)), "unit": unit}
            for figure, bench, read, unit in FIGURES]


def summary_rows(results: dict) -> list[dict]:
    rows = []
    for figure, bench, read, target, meets, unit in TARGETS:
        value = number(read, results.get(bench))
        if value is None:
            rows.append({"figure": figure, "target": target, "value": None, "met": None, "unit": unit})
            continue
        rows.append({"figure": figure, "target": target, "value": value, "met": bool(meets(value)), "unit": unit})
    return rows


def shown(row: dict) -> str:
    return "—" if row["value"] is None else f"{row['value']:g}{row['unit']}"


def markdown(rows: list[dict], figures: list[dict], info: dict) -> str:
    lines = [f"Measured {info['date']} on {info['machine']['cores_physical']} physical cores, "
             f"{info['machine']['ram_gb']} GB RAM ({info['machine']['cpu']}), suite time {info['seconds']:.0f} s"
             + (f" ({info['rerun']})." if "rerun" in info else "."), "",
             "| Figure | Target | Measured | Met |", "|---|---|---|---|"]
    for row in rows:
        value = shown(row)
        met = {True: "yes", False: "**no**", None: "not run"}[row["met"]]
        lines.append(f"| {row['figure']} | {row['target']} | {value} | {met} |")
    lines += ["", "| Other figures | Measured |", "|---|---|"]
    for row in figures:
        lines.append(f"| {row['figure']} | {shown(row)} |")
    return "\n".join(lines) + "\n"


CHART_LIMIT = 3.0  # bars past three times the target are cut there (their value is written on them)


def target_share(row: dict) -> float:
    """How far the figure is from its target: 1.0 on target, above 1 better, below 1 worse."""
    limit = float(row["target"].split()[1].replace(",", ""))
    return row["value"] / limit if row["target"].startswith("≥") else limit / max(row["value"], 1e-9)


def chart_title(info: dict) -> str:
    return (f"Deskmate, make bench {info['date']}: {info['machine']['cores_physical']} cores, "
            f"{info['machine']['ram_gb']} GB RAM, {info['machine']['system']}")


def chart(rows: list[dict], path: Path, title: str = "") -> None:
    """Each figure as a share of its target, with the measured value written on its bar."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plotted = [row for row in rows if row["value"] is not None]
    shares = [min(target_share(row), CHART_LIMIT) for row in plotted]
    colours = ["#2f9e44" if row["met"] else "#e03131" for row in plotted]
    figure, axis = plt.subplots(figsize=(10, 0.5 * len(plotted) + 1.4))
    axis.barh([row["figure"] for row in plotted], shares, color=colours)
    for y, (row, share) in enumerate(zip(plotted, shares)):
        axis.text(share + 0.03, y, f"{shown(row)} (target {row['target']})", va="center", fontsize=8)
    axis.axvline(1.0, color="#333", linewidth=1)
    axis.set_xlim(0, CHART_LIMIT + 2.4)
    axis.set_xlabel(f"share of target (right of the line: met; bars stop at {CHART_LIMIT:g}×)")
    axis.set_title(title, fontsize=9)
    axis.invert_yaxis()
    figure.tight_layout()
    figure.savefig(path, dpi=110)


def embed_in_readme(table: str) -> None:
    """Put the table between the README's bench markers (the chart is linked from there already)."""
    readme = REPO / "README.md"
    text = readme.read_text(encoding="utf-8")
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        readme.write_text(f"{before}{start}\n{table}{end}{rest.split(end, 1)[1]}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="run only these benchmarks; the last results of the others are kept")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    results = {name: run(name, arguments) for name, arguments in SUITE if not args.only or name in args.only}
    info = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(), "seconds": time.monotonic() - started}
    if args.only and (RESULTS / "latest.json").is_file():
        previous = json.loads((RESULTS / "latest.json").read_text())
        results = {**previous["results"], **results}
        info = {**info, "date": previous["date"], "seconds": previous["seconds"],
                "rerun": f"{', '.join(args.only)} re-run on {info['date']}"}
    rows, figures = summary_rows(results), figure_rows(results)
    (RESULTS / "latest.json").write_text(json.dumps({**info, "targets": rows, "figures": figures, "results": results},
                                                    indent=2))
    (RESULTS / "latest.md").write_text(markdown(rows, figures, info))
    embed_in_readme(markdown(rows, figures, info))
    chart(rows, RESULTS / "latest.png", chart_title(info))
    print(markdown(rows, figures, info))


if __name__ == "__main__":
    main()
