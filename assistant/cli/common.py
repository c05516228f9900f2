"""What every command needs: the workspace for --home (and --engine), with its warnings shown on stderr."""
from __future__ import annotations

import argparse
import sys

from assistant.workspace import OfficeServer, Workspace


def engine_key_env(args: argparse.Namespace) -> str | None:
    """--api-key-env is the office server's key, except for serve/api on, where it is the API's own key."""
    if args.engine_key_env:
        return args.engine_key_env
    return None if args.serving else args.api_key_env


def office_server(args: argparse.Namespace) -> OfficeServer | None:
    """The office server --engine asks for in this run, if any."""
    return OfficeServer(args.engine, engine_key_env(args)) if args.engine else None


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The one way a command opens its workspace: --home and --engine applied, warnings (a damaged
    database that was kept aside, unreadable settings, ...) printed before the command runs."""
    workspace = Workspace(args.home, remote=office_server(args))
    for warning in workspace.warnings:
        print(f"deskmate: warning: {warning}", file=sys.stderr)
    return workspace
