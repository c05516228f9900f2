"""deskmate extract "question" --folder PATH --out table.csv|table.xlsx"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.chat.ask import STYLES
from assistant.cli.common import add_model_option, open_workspace
from assistant.cli.output import print_json
from assistant.errors import DeskmateError, InvalidInput
from assistant.readers import DEFAULT_MAX_BYTES
from assistant.runtime.generators import run_to_end
from assistant.tools.extract import PASSAGES, ExtractProgress, extract
from assistant.tools.extract_table import read_table


def register(commands, common) -> None:
    parser = commands.add_parser(
        "extract", parents=[common], help="ask one question of every document of a folder, into a table",
        description="Ask the same question of every document of a folder and write one row per document "
                    "(file, found, answer, citation, status, reason, question) to a CSV or XLSX file. Found and "
                    "the citation are Deskmate's attribution, as in 'deskmate ask'. The table is rewritten after "
                    "every document, so Ctrl+C keeps every finished row; run the same command again to answer "
                    "the rest (documents already answered are skipped).")
    parser.add_argument("question", help="what to ask of every document")
    parser.add_argument("--folder", required=True, metavar="PATH", help="the folder whose documents to ask")
    parser.add_argument("--out", required=True, metavar="TABLE", help="the table to write: a .csv or .xlsx file")
    again = parser.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true",
                       help="keep the rows of an earlier run of the same question (the default when TABLE exists)")
    again.add_argument("--overwrite", action="store_true",
                       help="ask every document again and replace TABLE, even one made for another question")
    parser.add_argument("-k", type=int, default=PASSAGES, metavar="N",
                        help=f"passages of each document to read (default {PASSAGES})")
    parser.add_argument("--style", choices=list(STYLES), default="auto",
                        help="quote the documents' sentences, or let the model write (default auto: quote with "
                             "a model under 1B parameters)")
    add_model_option(parser)
    parser.add_argument("--max-tokens", type=int, metavar="N", help="cap every model reply at N tokens")
    parser.set_defaults(handler=run_extract)


def show_progress(progress: ExtractProgress, as_json: bool) -> None:
    """One line on stderr per document: readable, or a JSON object with --json."""
    line = json.dumps({"progress": progress.to_dict()}, ensure_ascii=False) if as_json else progress.describe()
    print(line, file=sys.stderr, flush=True)


def kept_rows(out: str, reported: int) -> int:
    """How many rows the table holds after a stop (the row finished as Ctrl+C came is kept too)."""
    try:
        return len(read_table(Path(out).expanduser()))
    except DeskmateError:
        return reported


def run_extract(args: argparse.Namespace) -> int:
    if args.max_tokens is not None and args.max_tokens < 1:
        raise InvalidInput("--max-tokens must be a positive number.")
    workspace = open_workspace(args)
    documents = workspace.documents
    steps = extract(workspace.engine(), workspace.settings, documents.embedder, args.question, args.folder, args.out,
                    limits=documents.read_limits, max_bytes=documents.max_file_bytes or DEFAULT_MAX_BYTES, k=args.k,
                    style=args.style, max_tokens=args.max_tokens, overwrite=args.overwrite, index=documents)
    last: list[ExtractProgress] = []

    def shown(progress: ExtractProgress) -> None:
        last[:] = [progress]
        show_progress(progress, args.json)

    try:
        summary = run_to_end(steps, shown)
    except KeyboardInterrupt:
        steps.close()  # the reader's child process ends; the table holds every finished row
        rows, total = kept_rows(args.out, last[0].done if last else 0), last[0].total if last else None
        print(f"Stopped; {rows}{f' of {total}' if total else ''} document(s) answered are in {args.out}. Run the "
              "same command again to answer the rest.", file=sys.stderr)
        if args.json:
            print_json({"stopped": True, "out_path": args.out, "rows": rows, "total": total})
        return 130
    if args.json:
        print_json(summary.to_dict())
    else:
        print(summary.as_text())
    return 0
