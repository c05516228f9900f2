"""Where a piece of work runs: on this computer or on the office server (the `routing` setting).

`local` keeps everything here; `office` sends all generation to the office server (Deskmate's
behaviour before routing existed, and still the default once a server is set); `auto` keeps quick
work here and sends long or hard work to the office server when it answers. Passages from a
collection marked "never leaves this computer" are answered here whatever the setting says.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from assistant.errors import InvalidInput


class Routing(StrEnum):
    LOCAL = "local"
    OFFICE = "office"
    AUTO = "auto"


class Task(StrEnum):
    """The kinds of work that generate text; each can have its own local model (Settings.tool_models)."""
    CHAT = "chat"
    ASK = "ask"  # an answer from the documents
    SUMMARIZE = "summarize"
    TRANSLATE = "translate"


HERE, OFFICE = "local", "office"
# In auto, work with at least this many tokens to read goes to the office server (a 50-page document
# is about 25,000; a one-line chat is under 50).
LONG_WORK_TOKENS = 1500
ALWAYS_OFFICE_IN_AUTO = {Task.TRANSLATE}  # the bundled model translates poorly at any length


@dataclass(frozen=True)
class Route:
    where: str  # HERE or OFFICE
    reason: str

    @property
    def is_office(self) -> bool:
        return self.where == OFFICE


def parse_routing(value: str) -> Routing:
    try:
        return Routing(value.strip().lower())
    except ValueError:
        raise InvalidInput(f"Unknown routing '{value}'; use one of: local, office, auto.") from None


def parse_task(value: str) -> Task:
    try:
        return Task(value.strip().lower())
    except ValueError:
        raise InvalidInput(f"Unknown tool '{value}'; use one of: {', '.join(t.value for t in Task)}.") from None


def choose_route(routing: Routing, task: Task, work_tokens: int, office_configured: bool,
                 private: bool = False) -> Route:
    """Where `task` should run, before asking whether the office server answers."""
    if private:
        return Route(HERE, "its passages come from a collection that never leaves this computer")
    if not office_configured:
        return Route(HERE, "no office server is set")
    if routing == Routing.LOCAL:
        return Route(HERE, "routing is set to this computer")
    if routing == Routing.OFFICE:
        return Route(OFFICE, "routing is set to the office server")
    if task in ALWAYS_OFFICE_IN_AUTO:
        return Route(OFFICE, f"{task.value} goes to the office server in auto routing")
    if work_tokens >= LONG_WORK_TOKENS:
        return Route(OFFICE, f"long work ({work_tokens:,} tokens) goes to the office server in auto routing")
    return Route(HERE, "short work stays on this computer in auto routing")


def fallback_route(reason: str) -> Route:
    """The office server was chosen but did not answer: the work runs here instead."""
    return Route(HERE, f"the office server did not answer ({reason}), so it ran on this computer")


def under_private_folder(paths: Iterable[str | Path], private_folders: Iterable[str]) -> bool:
    """True when any of `paths` lies inside a folder marked "never leaves this computer"."""
    folders = [Path(folder).expanduser().resolve() for folder in private_folders if folder]
    for path in paths:
        resolved = Path(path).expanduser().resolve()
        if any(resolved == folder or folder in resolved.parents for folder in folders):
            return True
    return False
