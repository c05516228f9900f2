"""deskmate history list|show|search|export|rename|delete"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from assistant.chat.history import conversation_export, markdown_of
from assistant.cli.common import open_workspace
from assistant.cli.output import print_json, table, when
from assistant.config import write_atomically


def register(commands, common) -> None:
    history = commands.add_parser("history", parents=[common], help="list, show, search, export or delete "
                                  "saved conversations")
    actions = history.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="conversations, most recent first")
    listing.add_argument("--limit", type=int, metavar="N")
    listing.set_defaults(handler=run_list)
    show = actions.add_parser("show", parents=[common], help="the messages of a conversation (the branch shown "
                              "in the window; --json adds the other branches)")
    show.add_argument("id", type=int)
    show.set_defaults(handler=run_show)
    search = actions.add_parser("search", parents=[common], help="find messages containing all the words")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=50, metavar="N")
    search.set_defaults(handler=run_search)
    export = actions.add_parser("export", parents=[common], help="a conversation as Markdown (the branch "
                                 "shown) or JSON (every branch)")
    export.add_argument("id", type=int)
    export.add_argument("--format", choices=["md", "json"], default="md")
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of stdout")
    export.set_defaults(handler=run_export)
    rename = actions.add_parser("rename", parents=[common], help="give a conversation a new title")
    rename.add_argument("id", type=int)
    rename.add_argument("title")
    rename.set_defaults(handler=run_rename)
    delete = actions.add_parser("delete", parents=[common], help="delete a conversation and its messages")
    delete.add_argument("id", type=int)
    delete.set_defaults(handler=run_delete)


def _history(args):
    return open_workspace(args).history


def run_list(args: argparse.Namespace) -> int:
    conversations = _history(args).list(args.limit)
    if args.json:
        print_json([c.to_dict() for c in conversations])
    elif not conversations:
        print("No conversations yet. Start one with: deskmate chat \"Hello\"")
    else:
        rows = [[c.id, when(c.updated_at), c.message_count, c.title] for c in conversations]
        print(table(rows, ["ID", "UPDATED", "MESSAGES", "TITLE"]))
    return 0


def run_show(args: argparse.Namespace) -> int:
    export = conversation_export(_history(args), args.id)
    if args.json:
        print_json(export)
    else:
        print(markdown_of(export))
    return 0


def run_search(args: argparse.Namespace) -> int:
    hits = _history(args).search(args.text, args.limit)
    if args.json:
        print_json(hits)
    elif not hits:
        print(f"No messages contain: {args.text}")
    else:
        print(table([[h["conversation_id"], h["role"], h["title"], h["snippet"]] for h in hits],
                    ["CONVERSATION", "ROLE", "TITLE", "MATCH"]))
    return 0


def run_export(args: argparse.Namespace) -> int:
    export = conversation_export(_history(args), args.id)
    text = json.dumps(export, ensure_ascii=False, indent=2) if args.format == "json" else markdown_of(export)
    if args.out:
        write_atomically(Path(args.out), text + "\n")
    else:
        print(text)
    return 0


def run_rename(args: argparse.Namespace) -> int:
    history = _history(args)
    history.rename(args.id, args.title)
    print_json(history.get(args.id).to_dict()) if args.json else print(f"Renamed conversation {args.id}.")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    _history(args).delete(args.id)
    print_json({"deleted": args.id}) if args.json else print(f"Deleted conversation {args.id}.")
    return 0
