"""Saved KV caches, one file per conversation, so reopening a conversation (or restarting the app)
does not mean reading its whole history again.

File: a magic line, a JSON header line, then the header's listed byte blocks back to back.
Only the few most recent conversations are kept (they are tens of MB each for long chats).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

MAGIC = b"DESKMATE-KV 1\n"
FOLDER = "kv-cache"
KEEP = 5


def write(path: Path, header: dict, blocks: list[bytes]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = {**header, "blocks": [len(block) for block in blocks]}
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as out:
        out.write(MAGIC)
        out.write(json.dumps(header).encode() + b"\n")
        for block in blocks:
            out.write(block)
    os.replace(partial, path)
    return path.stat().st_size


def read(path: Path) -> tuple[dict, list[bytes]] | None:
    """The header and blocks, or None when the file is missing, foreign or damaged."""
    try:
        with open(path, "rb") as handle:
            if handle.readline() != MAGIC:
                return None
            header = json.loads(handle.readline())
            blocks = [handle.read(size) for size in header["blocks"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if [len(block) for block in blocks] != header["blocks"]:
        return None
    return header, blocks


class ConversationCaches:
    """Where each conversation's KV cache lives, keeping only the most recent few."""

    def __init__(self, home: Path, keep: int = KEEP):
        self.folder, self.keep = home / FOLDER, keep

    def path_for(self, conversation_id: int) -> Path:
        return self.folder / f"conversation-{conversation_id}.kv"

    def prune(self) -> None:
        files = sorted(self.folder.glob("conversation-*.kv"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[self.keep:]:
            old.unlink(missing_ok=True)

    def forget(self, conversation_id: int) -> None:
        self.path_for(conversation_id).unlink(missing_ok=True)
