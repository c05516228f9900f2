"""What every command needs: the workspace for --home (and --engine), with its warnings shown on stderr."""
from __future__ import annotations

import argparse
import sys

from assistant.errors import InvalidInput
from assistant.workspace import OfficeServer, Workspace


def engine_key_env(args: argparse.Namespace) -> str | None:
    """--api-key-env is the office server's key, except for serve/api on, where it is the API's own key."""
    if args.engine_key_env:
        return args.engine_key_env
    return None if args.serving else args.api_key_env


def office_server(args: argparse.Namespace) -> OfficeServer | None:
    """The office server --engine asks for in this run, if any."""
    return OfficeServer(args.engine, engine_key_env(args)) if args.engine else None


def add_model_option(parser: argparse.ArgumentParser) -> None:
    """--model (and --force) for a command that generates; open_workspace applies them."""
    parser.add_argument("--model", dest="run_model", metavar="NAME|PATH",
                        help="use this model for this command only: a name from 'deskmate models list' or a "
                             ".gguf file (the default model stays as it is)")
    parser.add_argument("--force", action="store_true",
                        help="with --model: load it even if it will not fit in memory")


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The one way a command opens its workspace: --home, --engine and --model applied, warnings (a
    damaged database that was kept aside, unreadable settings, ...) printed before the command runs."""
    model = getattr(args, "run_model", None)  # only where add_model_option (engine use --model is the server's)
    if model and args.engine:
        raise InvalidInput("Give either --engine (an office server) or --model (a model on this computer), not both.")
    workspace = Workspace(args.home, remote=office_server(args))
    for warning in workspace.warnings:
        print(f"deskmate: warning: {warning}", file=sys.stderr)
    if model:
        workspace.use_model_for_run(model, insist=getattr(args, "force", False))
    return workspace
