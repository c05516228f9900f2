"""deskmate index add|list|remove|refresh|stats|verify|search, and deskmate ask"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

from assistant.chat.ask import STYLES, ask, explain, why
from assistant.cli.common import add_model_option, open_workspace
from assistant.cli.output import print_json, table, when
from assistant.documents.run import IndexRun
from assistant.documents.search import cited_place, labels_of
from assistant.errors import InvalidInput
from assistant.library.search import search_with_library, source_of
from assistant.runtime.generators import run_to_end
from assistant.tools.classify_store import ClassifierStore
from assistant.tools.document_labels import LabelFilter, filtered_documents


def register(commands, common) -> None:
    index = commands.add_parser("index", parents=[common], help="index local documents and search them",
                                description="Index your files (PDF, Word, text, Markdown, HTML, code) "
                                            "and search them. Everything stays in the data folder.")
    sub = index.add_subparsers(title="index commands", metavar="ACTION")
    add = sub.add_parser("add", parents=[common], help="index files and folders (folders are watched)")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--max-mb", type=int, metavar="N", help="skip files larger than N MB (default from settings)")
    _include_generated_flag(add)
    add.set_defaults(handler=run_add)
    refresh = sub.add_parser("refresh", parents=[common], help="re-scan added folders and files for changes")
    refresh.add_argument("--max-mb", type=int, metavar="N", help="skip files larger than N MB")
    _include_generated_flag(refresh)
    refresh.set_defaults(handler=run_refresh)
    listing = sub.add_parser("list", parents=[common], help="list indexed documents and their status")
    listing.add_argument("--failed", action="store_true", help="only files that could not be indexed")
    listing.set_defaults(handler=run_list)
    remove = sub.add_parser("remove", parents=[common], help="forget a folder or file (the files stay)")
    remove.add_argument("path", metavar="PATH")
    remove.set_defaults(handler=run_remove)
    sub.add_parser("stats", parents=[common], help="sizes and counts").set_defaults(handler=run_stats)
    sub.add_parser("verify", parents=[common], help="check the index; exit 0 only if it is consistent") \
        .set_defaults(handler=run_verify)
    search = sub.add_parser("search", parents=[common], help="search indexed documents")
    search.add_argument("query", nargs="?", help="what to look for")
    search.add_argument("-k", type=int, default=5, metavar="N", help="how many results (default 5)")
    search.add_argument("--mode", choices=["hybrid", "keyword", "dense"], default="hybrid")
    search.add_argument("--batch", metavar="FILE", help="one query per line ('-' for stdin); JSON lines out")
    add_label_option(search)
    search.set_defaults(handler=run_search)
    why_parser = sub.add_parser("why", parents=[common], help="where a file ranks for a question, and why ask "
                                                               "does or does not read it")
    why_parser.add_argument("file", metavar="FILE")
    why_parser.add_argument("question")
    why_parser.add_argument("-k", type=int, default=4, metavar="N", help="passages ask reads (default 4)")
    why_parser.set_defaults(handler=run_why)
    index.set_defaults(handler=lambda args: index.print_help() or 0)
    ask = commands.add_parser("ask", parents=[common], help="answer a question from your documents, with sources")
    ask.add_argument("question")
    ask.add_argument("-k", type=int, default=4, metavar="N", help="passages to read (default 4)")
    ask.add_argument("--max-tokens", type=int, metavar="N", help="longest answer, in tokens")
    add_model_option(ask)
    ask.add_argument("--style", choices=STYLES, default="auto",
                     help="quote: the documents' own sentences; write: the model's answer, each sentence checked "
                          "against the passages; auto (default): quote with a model under 1B parameters")
    ask.add_argument("--explain", action="store_true",
                     help="show the passages retrieval considered, their scores, and why each was used or not "
                          "(no answer is generated)")
    add_label_option(ask)
    ask.set_defaults(handler=run_ask)


def add_label_option(parser) -> None:
    parser.add_argument("--label", action="append", metavar="NAME=LABEL",
                        help="only documents a classifier labelled so (from 'deskmate classify documents'); "
                             "repeat it: labels of one classifier are either-or, different classifiers all apply")


def labelled(workspace, args) -> set[int] | None:
    """The document ids --label allows (None: no --label), or a one-line error that says what to do."""
    return filtered_documents(ClassifierStore(workspace.home), workspace.store, LabelFilter.parse(args.label))


def _include_generated_flag(parser) -> None:
    parser.add_argument("--include-generated", action="store_true",
                        help="also index generated and vendored files (minified scripts, search indexes, lock "
                             "files, node_modules, build output, virtual environments) and text that is not "
                             "prose (one unbroken run, the same text repeated) for this run; set "
                             "index_generated_files in settings.json to keep them at every refresh")


def _workspace(args):
    workspace = open_workspace(args)
    if getattr(args, "max_mb", None) is not None:
        if args.max_mb < 1:
            raise InvalidInput("--max-mb must be at least 1.")
        workspace.settings.max_document_mb = args.max_mb
    if getattr(args, "include_generated", False):
        workspace.settings.index_generated_files = True  # for this run only: not saved
    return workspace


FILE_LINE_EVERY_S = 2.0  # inside a long file, a "page i of n" line at most this often


def _print_progress(progress, started: list) -> None:
    if progress.outcome is None:
        if not started:
            started.append(time.monotonic())
            print(f"Indexing: {progress.files_total} file(s) found, {progress.files_done} already up to date",
                  file=sys.stderr, flush=True)
        elif progress.file and time.monotonic() - started[-1] >= FILE_LINE_EVERY_S:
            started[-1] = time.monotonic()
            eta = f", ETA {progress.eta_s:.0f} s" if progress.eta_s is not None else ""
            print(f"  {file_progress(progress)}{eta}", file=sys.stderr, flush=True)
        return
    eta = f", ETA {progress.eta_s:.0f} s" if progress.eta_s is not None else ""
    detail = f": {progress.reason}" if progress.reason else ""
    print(f"[{progress.files_done}/{progress.files_total}] {progress.outcome} {progress.path}{detail} "
          f"({progress.chunks_embedded} chunks, {progress.chunks_per_s:.1f} chunks/s{eta})",
          file=sys.stderr, flush=True)


def file_progress(progress) -> str:
    """'manual.pdf: page 812 of 1,611, 2,436 chunks so far' for the file being read."""
    parts = []
    if progress.file_pages:
        parts.append(f"page {progress.file_page:,} of {progress.file_pages:,}")
    if progress.file_chunks:
        parts.append(f"{progress.file_chunks:,} chunks so far")
    return f"{os.path.basename(progress.file)}: {', '.join(parts) or 'reading'}"


def skipped_line(skipped: dict) -> str | None:
    """One line for people: how many generated or vendored files and folders were left out, and why."""
    if not skipped:
        return None
    reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(skipped.items(), key=lambda kv: -kv[1]))
    return (f"Skipped {sum(skipped.values())} generated or vendored file(s) and folder(s): {reasons} "
            "(--include-generated to index them).")


def run_indexing(run: IndexRun) -> int:
    steps = iter(run)
    started: list[float] = []  # when the last progress line was printed
    try:
        summary = run_to_end(steps, lambda progress: _print_progress(progress, started))
    except KeyboardInterrupt:
        steps.close()  # committed documents stay; the next run continues from there
        print_json(run.summary.to_dict())  # it returned nothing: what it had done until then
        return 130
    line = skipped_line(summary.skipped)
    if line:
        print(line, file=sys.stderr, flush=True)
    print_json(summary.to_dict())
    return 0


def run_add(args: argparse.Namespace) -> int:
    documents = _workspace(args).documents
    return run_indexing(documents.add(args.paths)) or _keep_vectors_current(documents)


def run_refresh(args: argparse.Namespace) -> int:
    documents = _workspace(args).documents
    return run_indexing(documents.refresh()) or _keep_vectors_current(documents)


def _keep_vectors_current(documents) -> int:
    """After a run on a large index: write its vector file anew when it lags (progress on stderr)."""
    def show(count: int) -> None:
        print(f"Updating the vector index for fast search: {count:,} chunks", file=sys.stderr, flush=True)

    written = documents.keep_vectors_current(show)
    if written is not None:
        print(f"The vector index holds {written:,} chunks.", file=sys.stderr, flush=True)
    return 0


def run_list(args: argparse.Namespace) -> int:
    workspace = _workspace(args)
    documents = workspace.documents.documents()
    if args.failed:
        documents = [d for d in documents if d.status == "failed"]
    labels = labels_of(workspace.store, [d.id for d in documents])
    if args.json:
        print_json([{**d.to_dict(), "labels": labels.get(d.id, {})} for d in documents])
        return 0
    rows = [[d.status, str(d.pages), str(d.chunk_count), when(d.indexed_at), d.path + _note(d) + _labels(labels.get(d.id))]
            for d in documents]
    print(table(rows, ["STATUS", "PAGES", "CHUNKS", "INDEXED", "PATH"]) if rows else "No documents indexed yet.")
    return 0


def _labels(given: dict | None) -> str:
    """"  [kind: contract]": the labels classifiers gave a document, as the listing and search show them."""
    return "  [" + ", ".join(f"{name}: {label}" for name, label in given.items()) + "]" if given else ""


def _note(document) -> str:
    if document.reason:
        return f"  ({document.reason})"
    if document.near_duplicate_of:
        return f"  (near-duplicate of {document.near_duplicate_of}, which holds {document.left_to_twin} of its chunks)"
    return ""


def run_remove(args: argparse.Namespace) -> int:
    removed = _workspace(args).documents.remove(args.path)
    if args.json:
        print_json({"removed": removed})
    else:
        print(f"Removed {removed} document(s) from the index; the files themselves are untouched.")
    return 0


def run_stats(args: argparse.Namespace) -> int:
    stats = _workspace(args).documents.stats()
    if args.json:
        print_json(stats)
    else:
        print("\n".join(f"{name.replace('_', ' ')}: {value}" for name, value in stats.items()))
    return 0


def run_verify(args: argparse.Namespace) -> int:
    problems = _workspace(args).documents.verify()
    if args.json:
        print_json({"ok": not problems, "problems": problems})
    else:
        print("\n".join(problems) if problems else "The index is consistent.")
    return 1 if problems else 0


def _queries(args) -> list[str]:
    if args.batch:
        handle = sys.stdin if args.batch == "-" else open(args.batch, encoding="utf-8")
        with handle:
            return [line.strip() for line in handle if line.strip()]
    if not args.query:
        raise InvalidInput('Give a query, e.g. deskmate index search "invoice total", or --batch FILE.')
    return [args.query]


def cited(path: str, label: str | None, page: int) -> str:
    """"/docs/report.xlsx · Sheet 'Costs', rows 40–62", or "/docs/guide.pdf · page 2"."""
    return f"{path} · {cited_place(label, page)}"


def run_search(args: argparse.Namespace) -> int:
    if args.k < 1:
        raise InvalidInput("-k must be at least 1.")
    queries = _queries(args)
    workspace = _workspace(args)
    allowed, documents = labelled(workspace, args), workspace.documents
    for query in queries:
        hits = documents.search(query, args.k, mode=args.mode, documents=allowed)
        if allowed is None and args.mode == "hybrid":  # the shared library, when this computer uses one
            hits, notice = search_with_library(workspace.home, hits, query, documents.embedder, args.k)
            if notice:
                print(notice, file=sys.stderr, flush=True)
        if args.batch:
            sys.stdout.write(json.dumps({"query": query, "hits": [h.to_dict() for h in hits]}, ensure_ascii=False)
                             + "\n")
        elif args.json:
            print_json([h.to_dict() for h in hits])
        else:
            for n, hit in enumerate(hits, 1):
                snippet = " ".join(hit.text.split())[:160]
                origin = f"[library: {getattr(hit, 'collection', '')}] " if source_of(hit) == "library" else ""
                print(f"{n}. {origin}{cited(hit.path, hit.label, hit.page)} (score {hit.score:.3f})"
                      f"{_labels(hit.document_labels)}\n   {snippet}")
                if hit.also_in:
                    print(f"   also in: {', '.join(hit.also_in)}")
            if not hits:
                print("Nothing found.")
    return 0


def _check_k(k: int) -> None:
    if k < 1:
        raise InvalidInput("-k must be at least 1.")


def run_ask(args: argparse.Namespace) -> int:
    _check_k(args.k)
    workspace = _workspace(args)
    allowed = labelled(workspace, args)
    if args.explain:
        report = explain(workspace, args.question, k=args.k, max_tokens=args.max_tokens, documents=allowed,
                         style=args.style)
        print_json(report) if args.json else print(explanation_text(report))
        return 0
    answer = ask(workspace, args.question, k=args.k, max_tokens=args.max_tokens, documents=allowed, style=args.style)
    for _ in answer:  # the shown answer is the attributed one, known once the model has finished
        pass
    if args.json:
        print_json(answer.result.to_dict())
        return 0
    result = answer.result
    sys.stdout.write(result.answer)
    dropped = [s for s in result.sentences if not s["supported"] and s["unsupported_facts"]]
    if dropped:
        print(f"\n\n(Left out {len(dropped)} sentence(s) of the model's that state what no passage says: "
              + "; ".join(", ".join(s["unsupported_facts"]) for s in dropped) + ")", end="")
    heading = "Closest files" if not result.found else "Sources"
    sys.stdout.write(f"\n\n{heading}:\n")
    listed = set()
    for source in result.sources:
        place = cited(source["path"], source.get("label"), source["page"])
        if (result.found and source["n"] not in result.cited) or place in listed:
            continue
        listed.add(place)
        also = f" (also in {', '.join(source['also_in'])})" if source.get("also_in") else ""
        print(f"[{source['n']}] {place}{also}")
    if result.notice:
        print(result.notice, file=sys.stderr)
    if result.ran_on != "this computer":
        print(f"(Answered by {result.ran_on}: {result.route}.)")
    return 0


def explanation_text(report: dict, shown: int = 10) -> str:
    """`ask --explain` for people: the verdict, then the candidates with their scores and fate."""
    lines = [f"Question: {report['question']}"]
    if report.get("note"):
        return "\n".join([*lines, report["note"]])
    verdict = "the passages answer it" if report["found"] else "nothing retrieved answers it (\"not in your documents\")"
    lines.append(f"Verdict: {verdict}; best sentence scores {report['answer_score']:.2f} "
                 f"(needs {report['answers_question']:.2f}).")
    if report.get("best_sentence"):
        lines.append(f"Best sentence: \"{report['best_sentence']}\"")
    lines += ["", f"Candidates ({len(report['candidates'])} considered of {report['indexed_passages']:,} passages; "
                  f"keyword = BM25, embedding = cosine, fused = the score search ranks by):"]
    rows = [[str(c["rank"]), "yes" if c["used"] else "no", f"{c['keyword']:.2f}", f"{c['embedding']:.2f}",
             f"{c['fused']:.2f}", f"{os.path.basename(c['path'])} · {c['place']}", c["reason"]]
            for c in report["candidates"][:shown]]
    lines.append(table(rows, ["#", "USED", "KEYWORD", "EMBEDDING", "FUSED", "PASSAGE", "WHY"]))
    if len(report["candidates"]) > shown:
        lines.append(f"... {len(report['candidates']) - shown} more with --json")
    return "\n".join(lines)


def run_why(args: argparse.Namespace) -> int:
    _check_k(args.k)
    report = why(_workspace(args), args.file, args.question, k=args.k)
    if args.json:
        print_json(report)
        return 0
    print(f"{report['path']}\n  {report['reason']}")
    if report.get("best_place"):
        rank = f"rank {report['rank']} of {report['passages']:,} passages, file {report['file_rank']}" \
            if report.get("rank") else f"not among the candidates of {report['passages']:,} passages"
        print(f"  Best passage: {report['best_place']} ({rank}); keyword score {report['keyword']:.2f} "
              f"(rank {report['keyword_rank']}), embedding {report['embedding']:.2f} (rank {report['embedding_rank']})")
    return 0
