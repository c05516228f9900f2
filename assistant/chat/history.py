"""Conversations and their messages, saved as they happen, with full-text search.

A conversation is a tree (m006_branches): each message follows its parent, so a regenerated answer
is a sibling of the earlier answer and an edited question a sibling of the question it replaces;
nothing is overwritten. The conversation shows, and prompts are built from, the path from the first
message to `current_leaf_id`; the other branches stay reachable through `siblings` and `switch_branch`.
"""
from __future__ import annotations

import builtins
import json
import time
from dataclasses import asdict, dataclass, field
from enum import Enum, StrEnum

from assistant.errors import InvalidInput, NotFound
from assistant.storage.store import Store


class MessageStatus(StrEnum):
    """A saved message's state, as stored in messages.status."""
    COMPLETE = "complete"
    STREAMING = "streaming"  # being written; left so only by a process that died
    INTERRUPTED = "interrupted"  # stopped by the user, or found streaming after a crash
    ERROR = "error"  # generation failed part way (what was received is kept)


TITLE_LENGTH = 60


class Follow(Enum):
    """Where a new message goes when no parent is named."""
    LEAF = "leaf"  # after the conversation's current leaf (the end of the branch shown)


@dataclass
class Message:
    id: int
    conversation_id: int
    role: str
    content: str
    status: MessageStatus = MessageStatus.COMPLETE
    created_at: float = 0.0
    model: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    meta: dict = field(default_factory=dict)
    parent_id: int | None = None  # the message this one follows (m006_branches)

    @classmethod
    def from_row(cls, row: dict) -> Message:
        return cls(**{**row, "status": MessageStatus(row["status"]),
                      "meta": json.loads(row.get("meta") or "{}")})

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Conversation:
    id: int
    title: str
    created_at: float
    updated_at: float
    model: str | None = None
    message_count: int = 0
    options: dict = field(default_factory=dict)
    pinned: bool = False
    preset: str | None = None  # the persona chosen for this conversation (assistant/chat/presets.py)
    current_leaf_id: int | None = None  # the last message of the branch shown (m006_branches)

    def to_dict(self) -> dict:
        return asdict(self)


def title_from(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= TITLE_LENGTH else line[: TITLE_LENGTH - 1].rstrip() + "…"


_CONVERSATION_COLUMNS = """c.id, c.title, c.created_at, c.updated_at, c.model, c.options,
    c.pinned, c.preset, c.current_leaf_id,
    (SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count"""


def _conversation(row: dict) -> Conversation:
    return Conversation(**{**row, "options": json.loads(row.get("options") or "{}"),
                           "pinned": bool(row.get("pinned"))})


class History:
    def __init__(self, store: Store):
        self.store = store
        self.on_delete: list = []  # callbacks(conversation_id): other places that hold its content

    def recover_interrupted(self) -> int:
        """Answers left 'streaming' by a process that died are marked interrupted."""
        cursor = self.store.execute("UPDATE messages SET status = ? WHERE status = ?",
                                    (MessageStatus.INTERRUPTED, MessageStatus.STREAMING))
        return cursor.rowcount

    def create(self, title: str = "New chat", model: str | None = None) -> Conversation:
        now = time.time()
        new_id = self.store.insert("conversations", {"title": title, "created_at": now,
                                                     "updated_at": now, "model": model})
        return self.get(new_id)

    def get(self, conversation_id: int) -> Conversation:
        row = self.store.query_one(f"SELECT {_CONVERSATION_COLUMNS} FROM conversations c WHERE c.id = ?",
                                   (conversation_id,))
        if row is None:
            raise NotFound(f"There is no conversation {conversation_id}. "
                           "List them with 'deskmate history list'.")
        return _conversation(row)

    def list(self, limit: int | None = None) -> list[Conversation]:
        sql = f"SELECT {_CONVERSATION_COLUMNS} FROM conversations c ORDER BY c.updated_at DESC, c.id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_conversation(row) for row in self.store.query(sql)]

    def rename(self, conversation_id: int, title: str) -> None:
        title = " ".join(title.split())
        if not title:
            raise InvalidInput("A conversation title cannot be empty.")
        self.get(conversation_id)
        self.store.update("conversations", conversation_id, {"title": title})

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.get(conversation_id)
        self.store.update("conversations", conversation_id, {"pinned": int(bool(pinned))})

    def set_preset(self, conversation_id: int, preset: str | None) -> None:
        self.get(conversation_id)
        self.store.update("conversations", conversation_id, {"preset": preset})

    def set_options(self, conversation_id: int, **options) -> None:
        merged = {**self.get(conversation_id).options, **options}
        self.store.update("conversations", conversation_id, {"options": json.dumps(merged)})

    def delete(self, conversation_id: int) -> None:
        self.get(conversation_id)
        with self.store.transaction():
            self.store.execute("DELETE FROM messages WHERE conversation_id = ?", (conversation_id,))
            self.store.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
        for callback in self.on_delete:
            callback(conversation_id)

    def messages(self, conversation_id: int) -> builtins.list[Message]:  # `list` here is History.list
        """The branch shown: the path from the first message to the current leaf. Everything that
        shows a conversation or builds a prompt from it reads this, never the whole tree."""
        conversation = self.get(conversation_id)
        leaf = conversation.current_leaf_id
        if leaf is None:  # a conversation saved without a leaf: its newest message ends the branch
            newest = self.store.query_one("SELECT MAX(id) AS id FROM messages WHERE conversation_id = ?",
                                          (conversation_id,))
            leaf = newest["id"] if newest else None
        return self.path(leaf) if leaf is not None else []

    def all_messages(self, conversation_id: int) -> builtins.list[Message]:
        """Every message of every branch, oldest first."""
        self.get(conversation_id)
        rows = self.store.query("SELECT * FROM messages WHERE conversation_id = ? ORDER BY id",
                                (conversation_id,))
        return [Message.from_row(row) for row in rows]

    def path(self, message_id: int) -> builtins.list[Message]:
        """The messages from the conversation's first one down to `message_id`, in order."""
        rows = self.store.query(
            """WITH RECURSIVE up(id, parent_id, depth) AS (
                   SELECT id, parent_id, 0 FROM messages WHERE id = ?
                   UNION ALL SELECT m.id, m.parent_id, up.depth + 1 FROM messages m JOIN up ON m.id = up.parent_id)
               SELECT m.* FROM messages m JOIN up ON m.id = up.id ORDER BY up.depth DESC""",
            (message_id,))
        return [Message.from_row(row) for row in rows]

    def siblings(self, message_id: int) -> builtins.list[Message]:
        """The versions of a message: every message that follows the same parent (itself included),
        oldest first. A regenerated answer's siblings are the earlier answers to the same question."""
        message = self.get_message(message_id)
        rows = self.store.query("SELECT * FROM messages WHERE conversation_id = ? AND parent_id IS ? ORDER BY id",
                                (message.conversation_id, message.parent_id))
        return [Message.from_row(row) for row in rows]

    def branch_leaf(self, message_id: int) -> int:
        """Where the branch through `message_id` ends: the newest message beneath it (the branch the
        user last added to), or the message itself when nothing follows it."""
        row = self.store.query_one(
            """WITH RECURSIVE down(id) AS (
                   SELECT ? UNION ALL SELECT m.id FROM messages m JOIN down ON m.parent_id = down.id)
               SELECT MAX(id) AS id FROM down""", (message_id,))
        return int(row["id"]) if row and row["id"] is not None else message_id

    def switch_branch(self, message_id: int) -> int:
        """Show the branch through `message_id` (a version picked with "‹ 2/3 ›"); saved, so a restart
        shows the same branch. Returns the new current leaf."""
        message = self.get_message(message_id)
        leaf = self.branch_leaf(message_id)
        self.store.update("conversations", message.conversation_id, {"current_leaf_id": leaf})
        return leaf

    def delete_message(self, message_id: int) -> None:
        """Delete one message and nothing else: its replies move up to its parent (the message they
        followed now follows the one before it), so every branch beneath it stays, one step shorter.
        Deleting a question keeps its answer, which then follows the previous answer. When the
        deleted message ended the branch shown, the branch through its parent is shown instead."""
        message = self.get_message(message_id)
        conversation = self.get(message.conversation_id)
        with self.store.transaction():
            self.store.execute("UPDATE messages SET parent_id = ? WHERE parent_id = ?",
                               (message.parent_id, message_id))
            self.store.execute("DELETE FROM messages WHERE id = ?", (message_id,))
            if conversation.current_leaf_id == message_id:
                self.store.update("conversations", conversation.id, {"current_leaf_id": self._leaf_after(message)})

    def _leaf_after(self, deleted: Message) -> int | None:
        if deleted.parent_id is not None:
            return self.branch_leaf(deleted.parent_id)
        newest = self.store.query_one("SELECT MAX(id) AS id FROM messages WHERE conversation_id = ?",
                                      (deleted.conversation_id,))
        return newest["id"] if newest else None

    def add_message(self, conversation_id: int, role: str, content: str, status: str = MessageStatus.COMPLETE,
                    model: str | None = None, parent_id: int | None | Follow = Follow.LEAF, **meta) -> Message:
        """Save a message after `parent_id` (by default the current leaf; None: a new first message,
        as an edited first question is); it becomes the current leaf."""
        now = time.time()
        with self.store.transaction():
            if parent_id is Follow.LEAF:
                row = self.store.query_one("SELECT current_leaf_id FROM conversations WHERE id = ?",
                                           (conversation_id,))
                parent_id = row["current_leaf_id"] if row else None
            message_id = self.store.insert("messages", {
                "conversation_id": conversation_id, "role": role, "content": content,
                "status": status, "created_at": now, "model": model, "meta": json.dumps(meta),
                "parent_id": parent_id,
            })
            self.store.update("conversations", conversation_id, {"updated_at": now, "current_leaf_id": message_id})
        return self.get_message(message_id)

    def get_message(self, message_id: int) -> Message:
        row = self.store.query_one("SELECT * FROM messages WHERE id = ?", (message_id,))
        if row is None:
            raise NotFound(f"There is no message {message_id}.")
        return Message.from_row(row)

    def update_message(self, message_id: int, **values) -> None:
        if "meta" in values:
            values["meta"] = json.dumps(values["meta"])
        self.store.update("messages", message_id, values)

    def search(self, text: str, limit: int = 50) -> builtins.list[dict]:
        """Messages whose words match `text`, best first, with a highlighted snippet."""
        query = _fts_query(text)
        if not query:
            raise InvalidInput("Type a word to search for.")
        return self.store.query(
            """SELECT m.conversation_id, m.id AS message_id, m.role, c.title,
                      snippet(messages_fts, 0, '[', ']', '…', 12) AS snippet
               FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid
               JOIN conversations c ON c.id = m.conversation_id
               WHERE messages_fts MATCH ? ORDER BY rank LIMIT ?""",
            (query, limit),
        )


def conversation_export(history: History, conversation_id: int) -> dict:
    """A conversation as plain data: the branch shown (`messages`, each with its version "k of n"),
    and every message on other branches (`other_branches`, with their parent_id), so nothing is lost."""
    conversation = history.get(conversation_id)
    shown = history.messages(conversation_id)
    messages = []
    for message in shown:
        version, versions = version_of(message, history.siblings(message.id))
        messages.append({**message.to_dict(), "version": version, "versions": versions})
    on_path = {m.id for m in shown}
    others = [m.to_dict() for m in history.all_messages(conversation_id) if m.id not in on_path]
    return {**conversation.to_dict(), "messages": messages, "other_branches": others}


def markdown_of(export: dict) -> str:
    """The branch shown as Markdown; a message with other versions says which one this is."""
    started = time.strftime("%Y-%m-%d %H:%M", time.localtime(export["created_at"]))
    lines = [f"# {export['title']}", "", f"_Conversation {export['id']}, started {started}_", ""]
    if export.get("other_branches"):
        lines += [f"_The branch shown; {len(export['other_branches'])} more messages are on other branches "
                  "(regenerated answers, edited messages)._", ""]
    for message in export["messages"]:
        notes = [] if message["status"] == "complete" else [message["status"]]
        if message.get("versions", 1) > 1:
            notes.append(f"version {message['version']} of {message['versions']}")
        note = f" _({', '.join(notes)})_" if notes else ""
        lines += [f"## {message['role'].capitalize()}{note}", "", message["content"], ""]
    return "\n".join(lines)


def version_of(message: Message, siblings: builtins.list[Message]) -> tuple[int, int]:
    """(k, n): the message is version k of n ("‹ k/n ›")."""
    ids = [m.id for m in siblings]
    return (ids.index(message.id) + 1 if message.id in ids else 1), max(len(ids), 1)


def _fts_query(text: str) -> str:
    """Every word must appear; each is quoted so punctuation cannot break FTS5 syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w.strip('"'))
