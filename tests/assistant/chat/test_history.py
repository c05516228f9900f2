"""The database and conversation history: migrations, saving, search, deleting, versions."""
import sqlite3

import pytest

from assistant.chat.history import History, MessageStatus
from assistant.errors import InvalidInput, NotFound, StorageError
from assistant.storage.migrations import MIGRATIONS
from assistant.storage.store import Store


@pytest.fixture
def history(tmp_path):
    store = Store(tmp_path / "deskmate.db")
    yield History(store)
    store.close()


def test_database_uses_wal_and_records_migrations(tmp_path):
    store = Store(tmp_path / "d.db")
    assert store.query_one("PRAGMA journal_mode")["journal_mode"] == "wal"
    every = [name for name, _ in MIGRATIONS]
    assert store.applied_migrations() == every and every[0] == "m001_conversations"
    assert store.integrity_problems() == []
    store.close()
    assert Store(tmp_path / "d.db").applied_migrations() == every  # not re-applied


def test_database_from_a_newer_version_is_refused(tmp_path):
    Store(tmp_path / "d.db").close()
    conn = sqlite3.connect(tmp_path / "d.db")
    conn.execute("INSERT INTO _migrations (name, applied_at) VALUES ('m999_future', 0)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="newer version of Deskmate"):
        Store(tmp_path / "d.db")


def test_conversation_lifecycle(history):
    conversation = history.create("First")
    history.add_message(conversation.id, "user", "Hello there")
    history.add_message(conversation.id, "assistant", "General Kenobi")
    assert history.get(conversation.id).message_count == 2
    history.rename(conversation.id, "  Renamed  ")
    assert history.get(conversation.id).title == "Renamed"
    second = history.create("Second")
    assert [c.id for c in history.list()] == [second.id, conversation.id]
    history.delete(conversation.id)
    with pytest.raises(NotFound):
        history.get(conversation.id)
    assert history.store.query_one("SELECT COUNT(*) AS n FROM messages")["n"] == 0


def test_search_finds_words_including_updated_text(history):
    conversation = history.create("Trip")
    message = history.add_message(conversation.id, "assistant", "", status=MessageStatus.STREAMING)
    history.update_message(message.id, content="Lisbon has yellow trams", status="complete")
    history.add_message(conversation.id, "user", "What about Porto?")
    hits = history.search("trams")
    assert [(h["conversation_id"], h["message_id"]) for h in hits] == [(conversation.id, message.id)]
    assert "[trams]" in hits[0]["snippet"]
    assert len(history.search('porto "?')) == 1  # quotes and punctuation cannot break the query
    assert history.search("porto lisbon") == []  # every word must appear in the same message
    history.delete(conversation.id)
    assert history.search("trams") == []


def test_empty_search_and_empty_title_are_refused(history):
    with pytest.raises(InvalidInput):
        history.search("   ")
    conversation = history.create("x")
    with pytest.raises(InvalidInput):
        history.rename(conversation.id, " ")


def test_answers_left_streaming_by_a_crash_become_interrupted(history):
    conversation = history.create("x")
    message = history.add_message(conversation.id, "assistant", "partial", status=MessageStatus.STREAMING)
    assert history.recover_interrupted() == 1
    assert history.get_message(message.id).status == MessageStatus.INTERRUPTED


def test_a_failed_transaction_leaves_nothing_behind(history):
    conversation = history.create("x")
    with pytest.raises(RuntimeError):
        with history.store.transaction():
            history.add_message(conversation.id, "user", "one")
            raise RuntimeError("boom")
    assert history.messages(conversation.id) == []


def test_message_states_are_stored_as_the_words_earlier_versions_wrote(history):
    conversation = history.create()
    for status in MessageStatus:
        history.add_message(conversation.id, "assistant", "text", status=status)
    stored = [row["status"] for row in history.store.query("SELECT status FROM messages ORDER BY id")]
    assert stored == ["complete", "streaming", "interrupted", "error"]
    assert [message.status for message in history.messages(conversation.id)] == list(MessageStatus)
