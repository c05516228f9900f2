"""What every command needs: the workspace for --home, with its warnings shown on stderr."""
from __future__ import annotations

import sys


def open_workspace(args):
    from assistant.workspace import Workspace

    workspace = Workspace(args.home)
    for warning in workspace.warnings:
        print(f"deskmate: warning: {warning}", file=sys.stderr)
    return workspace
