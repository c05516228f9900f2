"""deskmate chat"""
from __future__ import annotations

import argparse
import sys

from assistant.cli.common import open_workspace
from assistant.cli.output import print_json
from assistant.errors import InvalidInput


def register(commands, common) -> None:
    chat = commands.add_parser("chat", parents=[common], help="send a message and stream the reply",
                               description="Send a message to the model and stream the reply. "
                                           "The conversation is saved; continue it with --conversation.")
    chat.add_argument("message", nargs="?", default="-", help="the message ('-' or nothing: read stdin)")
    chat.add_argument("--conversation", "-c", type=int, metavar="ID", help="continue this conversation")
    chat.add_argument("--model", metavar="PATH", help="use this GGUF model instead of the default")
    chat.add_argument("--max-tokens", type=int, metavar="N", help="longest reply, in tokens")
    chat.set_defaults(handler=run_chat)


def read_message(message: str) -> str:
    if message == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise InvalidInput("Give a message, e.g. deskmate chat \"Hello\" (or pipe text in with '-').")
        return sys.stdin.read()
    return message


def run_chat(args: argparse.Namespace) -> int:
    if args.max_tokens is not None and args.max_tokens < 1:
        raise InvalidInput("--max-tokens must be a positive number.")
    text = read_message(args.message)
    if not text.strip():
        raise InvalidInput("The message is empty; type something to send.")
    workspace = open_workspace(args)
    if args.conversation is not None:
        workspace.history.get(args.conversation)  # unknown id: fail before loading the model
    turn = workspace.chat(args.model).send(text, args.conversation, args.max_tokens)
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
    else:
        sys.stdout.write("\n")
        print(f"[conversation {result.conversation_id}]", file=sys.stderr)
    return 0
