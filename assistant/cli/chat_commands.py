"""deskmate chat"""
from __future__ import annotations

import argparse
import sys

from assistant.chat.conversation import DOCUMENTS, TurnResult
from assistant.cli.common import add_model_option, open_workspace
from assistant.cli.output import print_json
from assistant.documents.scanning import absolute
from assistant.documents.search import cited_place
from assistant.errors import InvalidInput
from assistant.tools.classify_store import ClassifierStore
from assistant.tools.document_labels import LabelFilter, filtered_documents
from assistant.workspace import Workspace

ADD_DOCUMENTS = "deskmate index add FOLDER"


def register(commands, common) -> None:
    chat = commands.add_parser("chat", parents=[common], help="send a message and stream the reply",
                               description="Send a message to the model and stream the reply. "
                                           "The conversation is saved; continue it with --conversation. "
                                           "With --documents the answer comes from your indexed documents, "
                                           "with its sources, as with the window's 'Use my documents'.")
    chat.add_argument("message", nargs="?", default="-", help="the message ('-' or nothing: read stdin)")
    chat.add_argument("--conversation", "-c", type=int, metavar="ID", help="continue this conversation")
    documents = chat.add_mutually_exclusive_group()
    documents.add_argument("--documents", action="store_true",
                           help="answer from your indexed documents (kept for the rest of the conversation)")
    documents.add_argument("--no-documents", action="store_true",
                           help="stop using the documents in this conversation")
    chat.add_argument("--folder", action="append", metavar="PATH",
                      help="with --documents: only documents in this indexed folder (repeat for more)")
    chat.add_argument("--label", action="append", metavar="NAME=LABEL",
                      help="with --documents: only documents a classifier labelled so (deskmate classify documents); "
                           "repeat it: labels of one classifier are either-or, different classifiers all apply")
    add_model_option(chat)
    chat.add_argument("--max-tokens", type=int, metavar="N", help="longest reply, in tokens")
    chat.set_defaults(handler=run_chat)


def read_message(message: str) -> str:
    if message == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise InvalidInput("Give a message, e.g. deskmate chat \"Hello\" (or pipe text in with '-').")
        return sys.stdin.read()
    return message


def documents_option(args: argparse.Namespace) -> dict | None:
    """What --documents / --no-documents / --folder ask for (the window's switch and folder choice);
    None: whatever the conversation already uses."""
    if (args.folder or args.label) and not args.documents:
        raise InvalidInput(f"{'--folder' if args.folder else '--label'} chooses which documents --documents uses: "
                           "add --documents.")
    if args.no_documents:
        return {"enabled": False, "folders": []}
    if not args.documents:
        return None
    option = {"enabled": True, "folders": [str(absolute(folder)) for folder in args.folder or []]}
    labels = LabelFilter.parse(args.label).wanted
    return {**option, "labels": labels} if labels else option


def check_documents(workspace: Workspace, option: dict) -> None:
    """Refuse, before anything is saved or loaded, to answer from documents that are not indexed."""
    if not option.get("enabled"):
        return
    index = workspace.documents
    if not index.stats()["documents"]:
        raise InvalidInput(f"No documents are indexed yet, so there is nothing to answer from. "
                           f"Add a folder first: {ADD_DOCUMENTS}")
    for folder in option.get("folders") or []:
        if not index.document_ids_in([folder]):
            raise InvalidInput(f"No indexed documents are in {folder}. Add it first: deskmate index add {folder}")
    filtered_documents(ClassifierStore(workspace.home), workspace.store, LabelFilter(option.get("labels") or {}))


def chosen_documents(workspace: Workspace, args: argparse.Namespace) -> dict | None:
    """The documents option for this turn (None: the conversation's own), checked."""
    option = documents_option(args)
    saved = workspace.history.get(args.conversation).options.get(DOCUMENTS) if args.conversation is not None else None
    check_documents(workspace, option if option is not None else saved or {})
    return option


def print_sources(result: TurnResult) -> None:
    """The sources as 'deskmate ask' lists them: [n] file · page (or the unit's label)."""
    sys.stdout.write("\n\nSources:\n")
    for source in result.sources:
        also = f" (also in {', '.join(source['also_in'])})" if source.get("also_in") else ""
        print(f"[{source['n']}] {source['path']} · {cited_place(source.get('label'), source['page'])}{also}")
    if result.sentences and not result.cited:
        print("Note: no sentence of this reply is supported by these passages.")


def run_chat(args: argparse.Namespace) -> int:
    if args.max_tokens is not None and args.max_tokens < 1:
        raise InvalidInput("--max-tokens must be a positive number.")
    text = read_message(args.message)
    if not text.strip():
        raise InvalidInput("The message is empty; type something to send.")
    documents_option(args)  # a wrong combination fails before the workspace opens
    workspace = open_workspace(args)
    if args.conversation is not None:
        workspace.history.get(args.conversation)  # unknown id: fail before loading the model
    documents = chosen_documents(workspace, args)
    turn = workspace.chat().send(text, args.conversation, args.max_tokens, documents=documents)
    pieces = turn.pieces()
    try:
        for piece in pieces:
            if not args.json:
                sys.stdout.write(piece)
                sys.stdout.flush()
    except KeyboardInterrupt:
        pieces.close()  # saves the partial answer as interrupted
    result = turn.result
    assert result is not None  # a turn has its result once its pieces end, however they end
    if args.json:
        print_json(result.to_dict())
        return 0
    if result.sources:
        print_sources(result)
    elif result.retrieval_query:
        sys.stdout.write("\n\nSources: nothing in your indexed documents matched.\n")
    else:
        sys.stdout.write("\n")
    searched = f'; searched the documents for "{result.retrieval_query}"' \
        if result.retrieval_query and result.retrieval_query != text.strip() else ""
    print(f"[conversation {result.conversation_id}{searched}]", file=sys.stderr)
    return 0
