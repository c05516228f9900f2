"""Indexing on real documentation folders: the `deskmate index add` a user runs, measured from outside.

Corpora (Debian documentation packages; the benchmark fetches them itself):
- html: python3.11-doc, the Sphinx-built Python manual (1,065 files: 530 pages, their `_sources/`
  copies as text, a 3.6 MB searchindex.js, _static scripts, and two links, jquery.js and underscore.js,
  into packages that are not there);
- pdf: r-doc-pdf, the typeset R manuals (9 PDFs, refman.pdf and fullrefman.pdf identical);
- text: git-doc, git's manual pages as AsciiDoc text and as HTML (the same pages twice, near-duplicates).
  Chosen over postgresql-doc-15 (1,169 HTML pages) because it is a third of the size and adds what the
  other two lack: plain text next to its own rendering.

Each package is downloaded with `apt-get download` and unpacked with `dpkg-deb -x` into a cache folder
(DESKMATE_BENCH_CORPORA, default ~/.cache/deskmate-bench/corpora): the files exactly as the package
installs them, without installing its dependencies (so jquery.js and underscore.js dangle, as on the
machine of issue 13), without root, and without changing the system. When a package cannot be fetched
(no apt, no network, no package lists and not root to update them) that corpus is reported as skipped.

For each corpus: the real CLI (`deskmate --home TMP index add FOLDER --json`) in a subprocess, timed;
its progress lines (stderr) give the ETA it showed at 10 %, 20 %, ... 90 % of the files, compared with
the time that really remained; the process tree's RSS is sampled every 0.2 s. Then, in this process,
the same chunks (read from the run's database, one copy per identical document) are encoded raw by the
same Embedder (onnxruntime int8) with the pipeline's own call (`embed_token_ids`) and batching. A fixed
embedding probe (common.speed_probe, a few seconds) before and after the pipeline tells how much the machine's
own speed drifted meanwhile; the ratio is given as measured and at the pipeline's mean machine speed. The
corpus's questions (real_corpus_questions.json) are searched: right file in the top 3, and top 3s that
are one file three times although other files match.

    .venv/bin/python benchmarks/real_corpus.py [--quick] [--corpora html pdf text] [--code DIR]

--quick (or DESKMATE_BENCH_QUICK=1): 150 HTML files, the 2 smallest PDFs, 100 text files (the files the
questions ask about always included). --code DIR runs another checkout's code, --before COMMIT that
commit's (a before/after comparison in the same harness; the model files are taken from this checkout).
Prints one JSON object and writes it to results/real_corpus.json (-quick, -before in the name for
those runs). The code before issue 13 is commit 6364d19.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import REPO, machine, raw_encode, speed_probe

RESULTS = REPO / "benchmarks" / "results"
QUESTIONS = REPO / "benchmarks" / "real_corpus_questions.json"
DESKMATE = REPO / ".venv" / "bin" / "deskmate"
CACHE = Path(os.environ.get("DESKMATE_BENCH_CORPORA", Path.home() / ".cache" / "deskmate-bench" / "corpora"))

CORPORA = {  # name: Debian package, folder inside it, files in quick mode
    "html": {"package": "python3.11-doc", "folder": "usr/share/doc/python3.11/html", "quick": 150},
    "pdf": {"package": "r-doc-pdf", "folder": "usr/share/R/doc/manual", "quick": 2},
    "text": {"package": "git-doc", "folder": "usr/share/doc/git-doc", "quick": 100},
}
ALWAYS_IN_SUBSET = ("searchindex.js", "_static/")  # generated assets stay in a quick HTML subset
SAMPLE_S = 0.2
DECILES = range(1, 10)


class Unavailable(Exception):
    """A corpus that cannot be fetched here; the message says why and what to do."""


# -- fetching the corpora ----------------------------------------------------------------------------


def fetch(package: str) -> Path:
    """The package's files unpacked under the cache (downloaded once)."""
    root = CACHE / package
    if (root / ".unpacked").is_file():
        return root
    if shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        raise Unavailable(f"{package}: apt-get and dpkg-deb are needed to fetch it (a Debian or Ubuntu system).")
    downloads = CACHE / "debs"
    downloads.mkdir(parents=True, exist_ok=True)
    deb = _download(package, downloads)
    shutil.rmtree(root, ignore_errors=True)
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    (root / ".unpacked").write_text(deb.name)
    return root


def _download(package: str, folder: Path) -> Path:
    attempt = _apt(["apt-get", "download", package], folder)
    if attempt.returncode != 0 and os.geteuid() == 0:  # often only the package lists are missing
        _apt(["apt-get", "update"], folder)
        attempt = _apt(["apt-get", "download", package], folder)
    if attempt.returncode != 0:
        hint = "" if os.geteuid() == 0 else " If the package lists are missing, run 'sudo apt-get update' first."
        raise Unavailable(f"{package}: 'apt-get download {package}' failed ({attempt.stderr.strip()[-300:]})."
                          f"{hint} Or unpack the package into {CACHE / package} yourself and create the "
                          f"file .unpacked there.")
    debs = sorted(folder.glob(f"{package}_*.deb"), key=lambda p: p.stat().st_mtime)
    return debs[-1]


def _apt(command: list[str], folder: Path) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=600)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, 1, "", "timed out after 600 s (no network?)")


# -- the folder a run indexes ------------------------------------------------------------------------


def all_files(folder: Path) -> list[str]:
    """Every file and symbolic link under the folder, as paths relative to it, sorted."""
    found = []
    for directory, _, names in os.walk(folder):
        found += [os.path.relpath(os.path.join(directory, name), folder) for name in names]
    return sorted(found)


def pick(files: list[str], count: int, wanted: set[str], corpus: str) -> list[str]:
    """A quick subset: the wanted files, then an even spread over the rest, up to `count`."""
    if corpus == "pdf":  # the smallest manuals; the questions about them come along
        return files[:count]
    chosen = [f for f in files if f in wanted or (corpus == "html" and f.startswith(ALWAYS_IN_SUBSET))]
    rest = [f for f in files if f not in chosen]
    room = max(count - len(chosen), 0)
    step = max(len(rest) / room, 1.0) if room else 0
    chosen += [rest[int(i * step)] for i in range(min(room, len(rest)))]
    return sorted(set(chosen))


def copy_subset(source: Path, names: list[str], target: Path) -> Path:
    """Copy the files (links as links, dates kept: a file changed seconds ago is read twice)."""
    for name in names:
        origin, copy = source / name, target / name
        copy.parent.mkdir(parents=True, exist_ok=True)
        if origin.is_symlink():
            os.symlink(os.readlink(origin), copy)
        else:
            shutil.copy2(origin, copy)
    return target


def corpus_folder(corpus: str, quick: bool, questions: list[dict], work: Path) -> tuple[Path, int]:
    spec = CORPORA[corpus]
    folder = fetch(spec["package"]) / spec["folder"]
    files = all_files(folder)
    if not quick:
        return folder, len(files)
    if corpus == "pdf":
        files.sort(key=lambda name: (folder / name).stat().st_size)
    wanted = {name for name in files for q in questions if _matches("/" + name, q["expected"])}
    names = with_link_targets(folder, pick(files, spec["quick"], wanted, corpus), set(files))
    return copy_subset(folder, names, work / f"{corpus}-subset"), len(names)


def with_link_targets(folder: Path, names: list[str], files: set[str]) -> list[str]:
    """A link whose target is in the folder brings the target along (the subset makes no new dangling
    link; those that dangle in the package, like the Sphinx jquery.js, still do)."""
    targets = set()
    for name in names:
        if (folder / name).is_symlink():
            target = os.path.relpath(os.path.realpath(folder / name), os.path.realpath(folder))
            if target in files:
                targets.add(target)
    return sorted(set(names) | targets)


# -- one `deskmate index add`, measured from outside -------------------------------------------------


class TreeRss(threading.Thread):
    """The peak resident memory of a process and its children, sampled every 0.2 s."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak_tree, self.peak_main, self.stop = pid, 0, 0, threading.Event()

    def run(self) -> None:
        import psutil

        try:
            main = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self.stop.wait(SAMPLE_S):
            try:
                tree = [main, *main.children(recursive=True)]
                sizes = [_rss(p) for p in tree]
            except psutil.NoSuchProcess:
                break
            self.peak_main = max(self.peak_main, sizes[0])
            self.peak_tree = max(self.peak_tree, sum(sizes))


def _rss(process) -> int:
    import psutil

    try:
        return process.memory_info().rss
    except psutil.NoSuchProcess:
        return 0


PROGRESS = re.compile(r"^\[(\d+)/(\d+)\]")
ETA = re.compile(r"ETA (\d+(?:\.\d+)?) ?s\b")


def progress_point(line: str, at: float) -> dict | None:
    """files done, total and the ETA shown, from a text progress line or a JSON one."""
    line = line.strip()
    if line.startswith("{"):
        try:
            data = json.loads(line)
        except ValueError:
            return None
        if isinstance(data, dict) and "files_done" in data and "files_total" in data:
            return {"t": at, "done": data["files_done"], "total": data["files_total"], "eta_s": data.get("eta_s")}
        return None
    match = PROGRESS.match(line)
    if not match:
        return None
    eta = ETA.search(line)
    return {"t": at, "done": int(match[1]), "total": int(match[2]), "eta_s": float(eta[1]) if eta else None}


def index_with_cli(folder: Path, home: Path, code: Path) -> dict:
    """Run `deskmate index add FOLDER --json`; its time, summary, progress points and peak RSS."""
    environment = {**os.environ, "PYTHONPATH": str(code), "PYTHONUNBUFFERED": "1"}
    command = [str(DESKMATE), "--home", str(home), "index", "add", str(folder), "--json"]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=environment, start_new_session=True)
    sampler = TreeRss(process.pid)
    sampler.start()
    points, tail = [], []
    try:
        out_reader = _collect(process.stdout)
        for line in process.stderr:
            point = progress_point(line, time.monotonic() - started)
            points.append(point) if point else tail.append(line.rstrip())
            tail = tail[-40:]
        process.wait()
    finally:
        _end_group(process)
        sampler.stop.set()
        sampler.join()
    wall = time.monotonic() - started
    return {"wall_s": wall, "exit_code": process.returncode, "summary": _last_json(out_reader()),
            "points": points, "stderr_tail": tail[-15:], "peak_rss_tree_mb": round(sampler.peak_tree / 2**20),
            "peak_rss_cli_mb": round(sampler.peak_main / 2**20)}


def _collect(stream):
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(stream), daemon=True)
    reader.start()
    return lambda: (reader.join(), "".join(lines))[1]


def _end_group(process: subprocess.Popen) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, 9)
        except ProcessLookupError:
            pass
        process.wait()


def _last_json(text: str) -> dict:
    start = text.find("{")
    try:
        return json.loads(text[start:]) if start >= 0 else {}
    except ValueError:
        return {"unparsed_stdout": text[-2000:]}


# -- reading the figures -----------------------------------------------------------------------------


def eta_errors(points: list[dict], end_s: float) -> dict:
    """The ETA shown when each tenth of the files was done, against the time that really remained."""
    shown = [p for p in points if p["eta_s"] is not None and p["total"]]
    rows = []
    for decile in DECILES:
        point = next((p for p in shown if p["done"] * 10 >= decile * p["total"]), None)
        if point is None:
            continue
        remaining = end_s - point["t"]
        error = abs(point["eta_s"] - remaining) / max(remaining, 1.0)
        rows.append({"decile": decile, "at_s": round(point["t"], 1), "eta_shown_s": point["eta_s"],
                     "remaining_s": round(remaining, 1), "relative_error": round(error, 3)})
    worst = max((row["relative_error"] for row in rows), default=None)
    return {"worst_relative_error_from_first_tenth": worst, "deciles": rows}


def count(value) -> int | None:
    """A count from a summary field that may be a number, a list or a {reason: number} mapping."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, dict):
        return sum(count(v) or 0 for v in value.values()) if value else 0
    if isinstance(value, list):
        return len(value)
    return None


def summary_figures(summary: dict) -> dict:
    """What the `index add` JSON says; fields that a version does not have are None."""
    failed = summary.get("failed") or []
    reasons: dict[str, int] = {}
    for item in failed if isinstance(failed, list) else []:
        key = str(item.get("reason", item))[:120] if isinstance(item, dict) else str(item)[:120]
        reasons[key] = reasons.get(key, 0) + 1
    keys = ("added", "updated", "unchanged", "moved", "chunks_embedded", "seconds")
    return {**{k: summary.get(k) for k in keys}, "failed": count(failed), "failed_reasons": reasons,
            "failed_files": failed[:20] if isinstance(failed, list) else failed,
            "skipped": count(summary.get("skipped")), "skipped_detail": _small(summary.get("skipped")),
            "skipped_examples": summary.get("skipped_examples"),
            "duplicates": duplicate_files(summary.get("duplicates")), "duplicates_detail": summary.get("duplicates"),
            "summary_fields": sorted(summary)}


def duplicate_files(value) -> int | None:
    """Files indexed as a copy or near-copy of another ({exact_copies, near_duplicates, chunks_...})."""
    if isinstance(value, dict) and ("exact_copies" in value or "near_duplicates" in value):
        return int(value.get("exact_copies", 0)) + int(value.get("near_duplicates", 0))
    return count(value)


def _small(value):
    if isinstance(value, list):
        return {"count": len(value), "first": value[:10]}
    return value


def database_figures(database: Path) -> dict:
    with sqlite3.connect(database) as db:
        row = db.execute("""SELECT COUNT(*), COALESCE(SUM(pages), 0), COUNT(DISTINCT content_hash)
                            FROM documents WHERE status = 'indexed'""").fetchone()
        chunks = db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        distinct_pages = db.execute("""SELECT COALESCE(SUM(pages), 0) FROM documents WHERE id IN
            (SELECT MIN(id) FROM documents WHERE status = 'indexed' GROUP BY content_hash)""").fetchone()[0]
        kinds = dict(db.execute("""SELECT COALESCE(kind, '?'), COUNT(*) FROM documents
                                   WHERE status = 'indexed' GROUP BY kind""").fetchall())
    return {"documents_indexed": row[0], "exact_copies_in_database": row[0] - row[2], "pages": row[1],
            "pages_distinct": distinct_pages,
            "distinct_contents": row[2], "chunks_stored": chunks,
            "kinds": kinds}


def embedded_texts(database: Path) -> list[str]:
    """Distinct chunk texts of one document per content: exact copies were copied, not embedded (and a
    version that reuses the vectors of identical chunks does not embed those either)."""
    with sqlite3.connect(database) as db:
        rows = db.execute("""SELECT c.text FROM chunks c JOIN documents d ON d.id = c.document_id
                             WHERE d.id IN (SELECT MIN(id) FROM documents WHERE status = 'indexed'
                                            GROUP BY COALESCE(content_hash, id))
                             ORDER BY c.document_id, c.ordinal""").fetchall()
    return list(dict.fromkeys(text for (text,) in rows))


# -- retrieval ---------------------------------------------------------------------------------------


def _matches(path: str, expected: list[str]) -> bool:
    return any(path.endswith(suffix) for suffix in expected)


def hit_paths(hit: dict) -> list[str]:
    """The file a hit is from, and the other files it is cited from where the version says so."""
    paths = [hit.get("path", "")]
    for key in ("also_in", "paths", "copies", "duplicates", "other_paths"):
        value = hit.get(key)
        if isinstance(value, list):
            paths += [v if isinstance(v, str) else str(v.get("path", "")) for v in value]
    return paths


def search_all(home: Path, code: Path, queries: list[str], k: int) -> list[list[dict]]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write("\n".join(queries) + "\n")
    environment = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run([str(DESKMATE), "--home", str(home), "index", "search", "--batch", handle.name,
                           "-k", str(k), "--json"], capture_output=True, text=True, env=environment, timeout=1800)
    os.unlink(handle.name)
    if done.returncode != 0:
        raise RuntimeError(f"index search failed: {done.stderr[-1000:]}")
    answers = {}
    for line in done.stdout.splitlines():
        if line.strip().startswith("{"):
            row = json.loads(line)
            answers[row["query"]] = row["hits"]
    return [answers.get(q.strip(), []) for q in queries]


def retrieval(home: Path, code: Path, questions: list[dict], database: Path) -> dict:
    texts = document_texts(database)
    asked = [q for q in questions if any(_matches(p, q["expected"]) for p in texts)]
    if not asked:
        return {"questions": 0}
    top3 = search_all(home, code, [q["question"] for q in asked], 3)
    top10 = search_all(home, code, [q["question"] for q in asked], 10)
    rows = [_judge(q, hits, more, texts) for q, hits, more in zip(asked, top3, top10)]
    right = sum(r["right_file_in_top3"] for r in rows)
    return {"questions": len(rows), "right_file_in_top3": right, "share_right_in_top3": round(right / len(rows), 3),
            "right_first_in_top3_strict": sum(r["strict_in_top3"] for r in rows),
            "one_file_three_times": sum(r["one_file_three_times"] for r in rows),
            "evidence_missing": [r["question"] for r in rows if not r["evidence_found"]], "rows": rows}


def _judge(question: dict, hits: list[dict], more: list[dict], texts: dict[str, str]) -> dict:
    paths = [hit_paths(hit) for hit in hits[:3]]
    firsts = [p[0] for p in paths]
    one_file = len(firsts) == 3 and len(set(firsts)) == 1 and any(h["path"] != firsts[0] for h in more)
    evidence = _normal(question.get("evidence", ""))
    return {"question": question["question"], "expected": question["expected"][0],
            "top3": ["/".join(Path(p).parts[-2:]) for p in firsts],
            "right_file_in_top3": any(_matches(p, question["expected"]) for ps in paths for p in ps),
            "strict_in_top3": any(p.endswith(question["expected"][0]) for ps in paths for p in ps),
            "one_file_three_times": one_file,
            "evidence_found": any(evidence in _normal(t) for p, t in texts.items()
                                  if _matches(p, question["expected"]))}


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def document_texts(database: Path) -> dict[str, str]:
    """Each indexed document's text as its chunks hold it (to check a question's evidence is there)."""
    with sqlite3.connect(database) as db:
        rows = db.execute("""SELECT d.path, group_concat(c.text, ' ') FROM documents d
                             LEFT JOIN chunks c ON c.document_id = d.id WHERE d.status = 'indexed'
                             GROUP BY d.id""").fetchall()
    return {path: text or "" for path, text in rows}


# -- one corpus, and the whole run -------------------------------------------------------------------


def measure(corpus: str, quick: bool, code: Path, questions: list[dict], work: Path) -> dict:
    folder, files = corpus_folder(corpus, quick, questions, work)
    home = work / f"home-{corpus}"
    print(f"[real_corpus] {corpus}: indexing {files} files in {folder}", file=sys.stderr, flush=True)
    probe_before = speed_probe()
    run = index_with_cli(folder, home, code)
    database = home / "deskmate.db"
    summary, stored = summary_figures(run["summary"]), database_figures(database)
    pipeline_s = summary["seconds"] or run["wall_s"]
    end_s = run["points"][-1]["t"] if run["points"] else run["wall_s"]
    print(f"[real_corpus] {corpus}: {run['wall_s']:.0f} s; raw encode and questions", file=sys.stderr, flush=True)
    probe_after = speed_probe()
    raw = raw_encode(embedded_texts(database))
    embedded = summary["chunks_embedded"] or raw["chunks"]
    raw_s_same_work = raw["seconds"] * embedded / max(raw["chunks"], 1)  # if the counts differ (see note)
    # The raw encode runs after the pipeline: scaled to the machine's mean speed during the pipeline (the
    # probes before and after it), the ratio compares the two at the same machine speed.
    raw_s_pipeline_speed = raw_s_same_work * (probe_before + probe_after) / (2 * probe_after)
    return {
        "package": CORPORA[corpus]["package"], "folder": str(folder), "files_in_folder": files,
        "exit_code": run["exit_code"], "wall_s": round(run["wall_s"], 1), "pipeline_s": round(pipeline_s, 1),
        "files_per_s": round(files / run["wall_s"], 2), "pages_per_s": round(stored["pages"] / run["wall_s"], 2),
        "pages_per_s_distinct": round(stored["pages_distinct"] / run["wall_s"], 2),
        "chunks_per_s": round(embedded / pipeline_s, 2), **summary, **stored,
        "peak_rss_tree_mb": run["peak_rss_tree_mb"], "peak_rss_cli_mb": run["peak_rss_cli_mb"],
        "eta": eta_errors(run["points"], end_s), "progress_lines": len(run["points"]),
        "raw_encode": raw, "ratio_pipeline_to_raw_encode": round(raw_s_same_work / pipeline_s, 3),
        "speed_probe_s": {"before_pipeline": probe_before, "after_pipeline": probe_after,
                          "drift": round(probe_after / probe_before - 1, 3)},
        "ratio_at_the_pipeline_machine_speed": round(raw_s_pipeline_speed / pipeline_s, 3),
        "raw_encode_note": None if raw["chunks"] == embedded else
        f"the database holds {raw['chunks']} distinct chunk texts, the run embedded {embedded}: "
        "the raw time is scaled to the embedded count",
        "retrieval": retrieval(home, code, questions, database), "stderr_tail": run["stderr_tail"],
    }


def headline(results: dict, quick: bool) -> dict:
    """The figures run_all's table reads (None where a corpus was not run)."""
    html, pdf = results.get("html") or {}, results.get("pdf") or {}
    measured = [r for r in results.values() if isinstance(r, dict) and "wall_s" in r]
    ratios = [r["ratio_pipeline_to_raw_encode"] for r in measured]
    etas = [r["eta"]["worst_relative_error_from_first_tenth"] for r in measured
            if r["eta"]["worst_relative_error_from_first_tenth"] is not None]
    asked = [r["retrieval"] for r in measured if r["retrieval"].get("questions")]
    return {"html_wall_s": None if quick else html.get("wall_s"),  # the target is the whole folder's
            "html_quick_wall_s": html.get("wall_s") if quick else None,
            "pdf_pages_per_s": pdf.get("pages_per_s_distinct"),
            "ratio_pipeline_to_raw_encode_min": min(ratios) if ratios else None,
            "ratio_at_the_pipeline_machine_speed_min": min((r["ratio_at_the_pipeline_machine_speed"]
                                                            for r in measured), default=None),
            "eta_worst_error_percent": round(100 * max(etas), 1) if etas else None,
            "right_file_in_top3_share": round(sum(a["right_file_in_top3"] for a in asked)
                                              / sum(a["questions"] for a in asked), 3) if asked else None,
            "one_file_three_times": sum(a["one_file_three_times"] for a in asked) if asked else None}


def checkout(commit: str, work: Path) -> Path:
    """That commit's files (git archive) with this checkout's model files, to measure code from before."""
    target = work / f"code-{commit}"
    target.mkdir()
    archive = subprocess.run(["git", "archive", commit], cwd=REPO, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    models = target / "resources" / "models"
    models.mkdir(parents=True, exist_ok=True)
    for item in (REPO / "resources" / "models").iterdir():
        if not (models / item.name).exists():
            (models / item.name).symlink_to(item)
    return target


def output_path(args) -> Path:
    name = "real_corpus" + ("-quick" if args.quick else "") + ("-before" if args.before else "")
    return args.output or RESULTS / f"{name}.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", default=os.environ.get("DESKMATE_BENCH_QUICK") == "1",
                        help="a subset of each corpus (also DESKMATE_BENCH_QUICK=1)")
    parser.add_argument("--corpora", nargs="*", default=list(CORPORA), choices=list(CORPORA))
    parser.add_argument("--code", type=Path, default=REPO, help="the checkout whose deskmate is measured")
    parser.add_argument("--before", metavar="COMMIT", help="measure that commit's code instead (git archive), "
                        "written to results/real_corpus[-quick]-before.json: run_all's baseline for retrieval")
    parser.add_argument("--output", type=Path, help="where to write the JSON (default results/real_corpus*.json)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a stopped benchmark still ends the CLI it started
    questions = json.loads(QUESTIONS.read_text(encoding="utf-8"))
    work = Path(tempfile.mkdtemp(prefix="real-corpus-"))
    code = checkout(args.before, work) if args.before else args.code.resolve()
    sys.path.insert(0, str(code))
    started, results = time.monotonic(), {}
    try:
        for corpus in args.corpora:
            try:
                results[corpus] = measure(corpus, args.quick, code, questions[corpus], work)
            except Unavailable as reason:
                print(f"[real_corpus] {corpus} skipped: {reason}", file=sys.stderr, flush=True)
                results[corpus] = {"skipped": str(reason)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report = {"benchmark": "real_corpus", "date": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(),
              "quick": args.quick, "code": args.before or str(code), "load_average_1min_end": round(os.getloadavg()[0], 2),
              "seconds": round(time.monotonic() - started, 1), **headline(results, args.quick), "corpora": results}
    output = output_path(args)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
