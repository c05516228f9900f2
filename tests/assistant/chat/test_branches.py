"""Conversations as trees: regenerate and edit add siblings, delete moves replies up, a restart shows
the same branch, and the model sees only the path it answers."""
import json

import pytest

from assistant.chat.history import History, conversation_export, markdown_of, version_of
from assistant.storage.store import Store


@pytest.fixture
def history(tmp_path):
    store = Store(tmp_path / "deskmate.db")
    yield History(store)
    store.close()


def test_a_sibling_answer_keeps_the_first_and_the_branch_survives_a_reopen(tmp_path):
    store = Store(tmp_path / "d.db")
    history = History(store)
    conversation = history.create("Tree")
    question = history.add_message(conversation.id, "user", "Name a colour")
    first = history.add_message(conversation.id, "assistant", "Blue")
    second = history.add_message(conversation.id, "assistant", "Red", parent_id=question.id)
    assert [m.content for m in history.messages(conversation.id)] == ["Name a colour", "Red"]
    assert [m.id for m in history.siblings(first.id)] == [first.id, second.id]
    assert version_of(second, history.siblings(second.id)) == (2, 2)
    history.switch_branch(first.id)
    store.close()
    reopened = History(Store(tmp_path / "d.db"))
    assert [m.content for m in reopened.messages(conversation.id)] == ["Name a colour", "Blue"]
    assert len(reopened.all_messages(conversation.id)) == 3
    reopened.store.close()


def test_switching_a_version_follows_the_newest_message_beneath_it(history):
    conversation = history.create("Tree")
    question = history.add_message(conversation.id, "user", "Q1")
    old = history.add_message(conversation.id, "assistant", "A1")
    history.add_message(conversation.id, "user", "Q2")
    deep = history.add_message(conversation.id, "assistant", "A2")
    edited = history.add_message(conversation.id, "user", "Q1 edited", parent_id=None)
    assert [m.content for m in history.messages(conversation.id)] == ["Q1 edited"]
    assert [m.id for m in history.siblings(edited.id)] == [question.id, edited.id]
    assert history.switch_branch(question.id) == deep.id
    assert [m.content for m in history.messages(conversation.id)] == ["Q1", "A1", "Q2", "A2"]
    assert history.branch_leaf(old.id) == deep.id


def test_deleting_a_message_moves_its_replies_up_and_loses_nothing_else(history):
    conversation = history.create("Tree")
    history.add_message(conversation.id, "user", "Q1")
    answer = history.add_message(conversation.id, "assistant", "A1")
    history.add_message(conversation.id, "user", "Q2")
    last = history.add_message(conversation.id, "assistant", "A2")
    history.delete_message(answer.id)
    assert [m.content for m in history.messages(conversation.id)] == ["Q1", "Q2", "A2"]
    history.delete_message(last.id)  # the leaf: the branch now ends at its parent
    assert [m.content for m in history.messages(conversation.id)] == ["Q1", "Q2"]
    assert history.search("A1") == []  # its text is gone from search too


def test_deleting_one_version_shows_the_other(history):
    conversation = history.create("Tree")
    question = history.add_message(conversation.id, "user", "Q")
    history.add_message(conversation.id, "assistant", "first")
    second = history.add_message(conversation.id, "assistant", "second", parent_id=question.id)
    history.delete_message(second.id)
    assert [m.content for m in history.messages(conversation.id)] == ["Q", "first"]


def test_export_has_the_branch_shown_and_every_other_message(history):
    conversation = history.create("Tree")
    question = history.add_message(conversation.id, "user", "Q")
    history.add_message(conversation.id, "assistant", "first")
    history.add_message(conversation.id, "assistant", "second", parent_id=question.id)
    export = conversation_export(history, conversation.id)
    assert [(m["content"], m["version"], m["versions"]) for m in export["messages"]] == [("Q", 1, 1), ("second", 2, 2)]
    assert [m["content"] for m in export["other_branches"]] == ["first"]
    text = markdown_of(export)
    assert "version 2 of 2" in text and "1 more messages are on other branches" in text and "first" not in text
    json.dumps(export)


def test_the_model_sees_only_the_path_it_answers(workspace):
    chat = workspace.chat()
    first = chat.send("My name is Ada.", max_tokens=8)
    result = first.pieces()
    for _ in result:
        pass
    conversation_id = first.result.conversation_id
    question_id = first.result.question_id
    second = chat.send("What is my name?", conversation_id, max_tokens=8)
    for _ in second:
        pass
    regenerated = chat.regenerate(second.result.message_id, max_tokens=8)
    for _ in regenerated:
        pass
    history = workspace.history
    assert regenerated.result.question_id == second.result.question_id
    assert len(history.siblings(regenerated.result.message_id)) == 2
    edit = chat.edit(question_id, "My name is Grace.", max_tokens=8)
    prompt = chat.build_prompt(history.get(conversation_id), "x", 8, after=edit.after)
    assert [m["content"] for m in prompt.messages[1:]] == ["x"]  # the edited first question follows nothing
    for _ in edit:
        pass
    shown = history.messages(conversation_id)
    assert [m.content for m in shown][0] == "My name is Grace." and len(shown) == 2
    assert len(history.all_messages(conversation_id)) == 7
    follow_up = chat.build_prompt(history.get(conversation_id), "And?", 8)
    assert "Ada" not in json.dumps(follow_up.messages) and "Grace" in json.dumps(follow_up.messages)
