"""deskmate summarize | translate | sentiment"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Generator
from functools import partial
from typing import TypeVar

from assistant.cli.common import add_model_option, open_workspace
from assistant.cli.output import print_json
from assistant.errors import InvalidInput
from assistant.llm.contract import LanguageModel
from assistant.llm.routing import Task
from assistant.readers import Document
from assistant.runtime.generators import run_to_end
from assistant.tools.collection_summary import CollectionSummary, summarize_folder, summarize_indexed
from assistant.tools.common import Progress, load_document, text_document, write_output
from assistant.tools.languages import resolve_language
from assistant.tools.sentiment import analyse
from assistant.tools.sentiment_batch import classify_file
from assistant.tools.sentiment_choice import choose_scorer
from assistant.tools.summarize import STYLES, SummaryResult, summarize
from assistant.tools.translate import read_glossary, translate
from assistant.workspace import Routed

R = TypeVar("R")


def register(commands, common) -> None:
    summarize = commands.add_parser("summarize", parents=[common], help="summarize a file, a folder or text",
                                    description="Summarize a file (any type Deskmate reads), every document of a "
                                                "folder (--folder), or text from stdin. Each sentence carries "
                                                "the pages that support it; repeats are removed.")
    summarize.add_argument("path", nargs="?", help="a file, or '-' to read text from stdin")
    summarize.add_argument("--folder", metavar="PATH", help="summarize every document of this folder, "
                                                            "listing the documents covered")
    summarize.add_argument("--indexed", action="store_true",
                           help="summarize the documents the index holds (those under --folder, if given), "
                                "as indexed, without reading the files again")
    summarize.add_argument("--length", choices=["short", "medium", "bullets"], default="medium")
    summarize.add_argument("--focus", metavar="TEXT", default="", help="what the summary should be about")
    summarize.add_argument("--style", choices=list(STYLES), default="auto",
                           help="quote the document's own sentences, or let the model write (default auto: "
                                "quote with a model under 300M parameters)")
    add_model_option(summarize)
    summarize.add_argument("--max-tokens", type=int, metavar="N", help="cap every model reply at N tokens")
    summarize.set_defaults(handler=run_summarize)

    translate = commands.add_parser("translate", parents=[common], help="translate a file or text",
                                    description="Translate a file or text from stdin, keeping Markdown structure "
                                                "and code as they are.")
    translate.add_argument("path", help="a file, or '-' to read text from stdin")
    translate.add_argument("--to", required=True, metavar="LANG", help="target language: code (fr) or name (French)")
    translate.add_argument("--from", dest="source", metavar="LANG", help="source language (default: detected)")
    translate.add_argument("--glossary", metavar="FILE", help="fixed translations, one 'term = translation' a line")
    translate.add_argument("--out", metavar="FILE", help="write the translation to FILE (only when complete)")
    add_model_option(translate)
    translate.set_defaults(handler=run_translate)

    sentiment = commands.add_parser("sentiment", parents=[common], help="positive, negative or neutral",
                                    description="Sentiment of one text, or of every row of a CSV column "
                                                "(--file IN.csv --column NAME --out OUT.csv).")
    sentiment.add_argument("text", nargs="?", help="the text ('-': read stdin)")
    sentiment.add_argument("--file", metavar="IN", help="a CSV file (or a text file with one text a line)")
    sentiment.add_argument("--column", metavar="NAME", help="the CSV column that holds the text")
    sentiment.add_argument("--out", metavar="OUT", help="where to write the rows with label and confidence")
    sentiment.set_defaults(handler=run_sentiment)


def source_document(path: str) -> Document:
    if path == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise InvalidInput("Give a file, or pipe text in with '-'.")
        return text_document(sys.stdin.read())
    return load_document(path)


def _progress(item, quiet: bool) -> None:
    if not quiet:
        print(f"\r{item.describe()}\033[K", end="", file=sys.stderr, flush=True)


def _drive(steps: Generator[Progress | str, None, R], args) -> R:
    """Print progress on stderr and streamed text on stdout; return the final result."""
    streamed = False

    def show(item: Progress | str) -> None:
        nonlocal streamed
        if isinstance(item, Progress):
            _progress(item, args.json or not sys.stderr.isatty())
        elif not args.json and not getattr(args, "out", None):
            if not streamed and sys.stderr.isatty():
                print("\r\033[K", end="", file=sys.stderr)  # clear the progress line
            streamed = True
            sys.stdout.write(item)
            sys.stdout.flush()

    return run_to_end(steps, show)


def _progress_only(item: Progress | str, args) -> None:
    """The summary is printed once checked, so the model's raw text is not streamed."""
    if isinstance(item, Progress):
        _progress(item, args.json or not sys.stderr.isatty())


def run_summarize(args: argparse.Namespace) -> int:
    if args.max_tokens is not None and args.max_tokens < 1:
        raise InvalidInput("--max-tokens must be a positive number.")
    if args.path and (args.folder or args.indexed):
        raise InvalidInput("Give a file, or --folder PATH (or --indexed), not both.")
    if not args.path and not args.folder and not args.indexed:
        raise InvalidInput("Give a file to summarize, '-' to read text from stdin, --folder PATH or --indexed.")
    document = source_document(args.path) if args.path else None
    workspace = open_workspace(args)
    routed = workspace.engine_for_work(Task.SUMMARIZE, document.text if document else "",
                                       [p for p in (args.path, args.folder) if p and p != "-"], long=document is None)
    engine, embedder = _say_where(routed, args), workspace.documents.embedder
    show = partial(_progress_only, args=args)
    result: SummaryResult | CollectionSummary
    if args.indexed:
        result = run_to_end(summarize_indexed(engine, workspace.documents, args.folder, args.length, args.focus,
                                              args.style, embedder, max_tokens=args.max_tokens), show)
    elif document is None:
        result = run_to_end(summarize_folder(engine, args.folder, args.length, args.focus, args.style, embedder,
                                             max_tokens=args.max_tokens), show)
    else:
        result = run_to_end(summarize(engine, document, args.length, args.focus, max_tokens=args.max_tokens,
                                      embedder=embedder, style=args.style), show)
    if not args.json and sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr)  # clear the progress line
    if args.json:
        print_json(result.to_dict())
    else:
        print(result.as_text())
    return 0


def _say_where(routed: Routed, args: argparse.Namespace) -> LanguageModel:
    """The routed engine; one line on stderr when the office server does the work (not with --json)."""
    if routed.route.is_office and not args.json:
        print(f"Running on {routed.ran_on}: {routed.route.reason}.", file=sys.stderr, flush=True)
    return routed.engine


def run_translate(args: argparse.Namespace) -> int:
    resolve_language(args.to)  # a bad code fails before anything is loaded
    if args.source:
        resolve_language(args.source)
    glossary = read_glossary(args.glossary) if args.glossary else {}
    document = source_document(args.path)
    routed = open_workspace(args).engine_for_work(Task.TRANSLATE, document.text,
                                                  [args.path] if args.path != "-" else [])
    result = _drive(translate(_say_where(routed, args), document, args.to, args.source, glossary), args)
    if args.out:
        write_output(args.out, result.text)
    if args.json:
        print_json(result.to_dict())
        return 0
    if not args.out:
        sys.stdout.write("\n")
    how = "detected" if result.detected else "given"
    print(f"[{result.source_language} ({how}) -> {result.target_language}, {result.segments} segments"
          f"{', written to ' + args.out if args.out else ''}]", file=sys.stderr)
    if result.glossary_missed:
        print(f"Glossary terms the model dropped: {', '.join(result.glossary_missed)}", file=sys.stderr)
    if result.warning:
        print(f"Note: {result.warning}", file=sys.stderr)
    return 0


def run_sentiment(args: argparse.Namespace) -> int:
    if args.file:
        return _sentiment_file(args)
    if args.column or args.out:
        raise InvalidInput("--column and --out go with --file IN.csv.")
    text = args.text
    if text is None or text == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise InvalidInput('Give a text, e.g. deskmate sentiment "I loved it", or use --file IN.csv.')
        text = sys.stdin.read()
    result = analyse(text, choose_scorer(open_workspace(args)))
    if args.json:
        print_json(result.to_dict())
    else:
        scores = ", ".join(f"{name} {value:.2f}" for name, value in result.scores.items())
        print(f"{result.label} (confidence {result.confidence:.2f}; {scores})")
    return 0


def _sentiment_file(args: argparse.Namespace) -> int:
    if args.text:
        raise InvalidInput("Give either a text or --file, not both.")
    if not args.out:
        raise InvalidInput("Say where to write the results with --out OUT.csv.")
    quiet = args.json or not sys.stderr.isatty()
    summary = run_to_end(classify_file(args.file, args.column, args.out, choose_scorer(open_workspace(args))),
                         lambda progress: _progress(progress, quiet))
    if args.json:
        print_json(summary.to_dict())
        return 0
    counts = ", ".join(f"{label} {count}" for label, count in summary.counts.items())
    print(f"{summary.rows} rows -> {summary.out_path} ({counts}; {summary.sentences_per_s:.0f} rows/s)")
    return 0
