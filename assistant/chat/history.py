"""Conversations and their messages, saved as they happen, with full-text search."""
from __future__ import annotations

import builtins
import json
import time
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from assistant.errors import InvalidInput, NotFound
from assistant.storage.store import Store


class MessageStatus(StrEnum):
    """A saved message's state, as stored in messages.status."""
    COMPLETE = "complete"
    STREAMING = "streaming"  # being written; left so only by a process that died
    INTERRUPTED = "interrupted"  # stopped by the user, or found streaming after a crash
    ERROR = "error"  # generation failed part way (what was received is kept)


TITLE_LENGTH = 60


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
        self.get(conversation_id)
        rows = self.store.query("SELECT * FROM messages WHERE conversation_id = ? ORDER BY id",
                                (conversation_id,))
        return [Message.from_row(row) for row in rows]

    def add_message(self, conversation_id: int, role: str, content: str, status: str = MessageStatus.COMPLETE,
                    model: str | None = None, **meta) -> Message:
        now = time.time()
        with self.store.transaction():
            parent = self.store.query_one("SELECT current_leaf_id FROM conversations WHERE id = ?",
                                          (conversation_id,))
            message_id = self.store.insert("messages", {
                "conversation_id": conversation_id, "role": role, "content": content,
                "status": status, "created_at": now, "model": model, "meta": json.dumps(meta),
                "parent_id": parent["current_leaf_id"] if parent else None,
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


def _fts_query(text: str) -> str:
    """Every word must appear; each is quoted so punctuation cannot break FTS5 syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w.strip('"'))
