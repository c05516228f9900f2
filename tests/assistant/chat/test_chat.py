"""Chat turns on the real model: saving as it goes, stopping, and the context budget."""
import pytest

from assistant.chat.conversation import Chat
from assistant.chat.history import MessageStatus
from assistant.config import Settings
from assistant.errors import ContextOverflow, InvalidInput, NotFound
from assistant.llm.contract import collect
from assistant.llm.local import Engine, EngineOptions


def test_a_turn_is_saved_with_its_reply(workspace):
    turn = workspace.chat().send("What is the capital of France?")
    text, result = collect(turn.pieces())  # the generator returns the turn's result
    assert result is turn.result
    assert result.status == MessageStatus.COMPLETE and result.reply == text and text
    messages = workspace.history.messages(result.conversation_id)
    assert [(m.role, m.status) for m in messages] == [("user", MessageStatus.COMPLETE), ("assistant", MessageStatus.COMPLETE)]
    assert messages[1].content == text and messages[1].completion_tokens == result.completion_tokens
    assert workspace.history.get(result.conversation_id).title == "What is the capital of France?"


def test_follow_up_reuses_the_cache(workspace):
    chat = workspace.chat()
    first = chat.send("Name a fruit.", max_tokens=20)
    list(first)
    second = chat.send("Is it sweet?", first.result.conversation_id, max_tokens=10)
    list(second)
    assert second.result.conversation_id == first.result.conversation_id
    assert second.result.prompt_tokens_evaluated < second.result.prompt_tokens / 2
    assert len(workspace.history.messages(first.result.conversation_id)) == 4


def test_stopping_keeps_the_partial_answer_marked_interrupted(workspace):
    turn = workspace.chat().send("Write a very long story about a cat.", max_tokens=1000)
    pieces = []
    for piece in turn:
        pieces.append(piece)
        if len(pieces) == 10:
            turn.stop()
    saved = workspace.history.messages(turn.result.conversation_id)[-1]
    assert saved.status == MessageStatus.INTERRUPTED and saved.content == "".join(pieces) and saved.content
    assert turn.result.completion_tokens <= 12


def test_abandoned_stream_is_saved_as_interrupted(workspace):
    turn = workspace.chat().send("Tell me about the moon.", max_tokens=500)
    stream = iter(turn)
    partial = next(stream) + next(stream)
    stream.close()
    saved = workspace.history.messages(turn.result.conversation_id)[-1]
    assert turn.result.completion_tokens >= 2 and turn.result.prompt_tokens > 10  # counted, though it was closed
    assert saved.status == MessageStatus.INTERRUPTED and saved.content == partial


def test_bad_input_saves_nothing(workspace):
    chat = workspace.chat()
    with pytest.raises(InvalidInput):
        list(chat.send("   \n "))
    with pytest.raises(NotFound, match="no conversation 999"):
        list(chat.send("hello", 999))
    assert workspace.history.list() == []


def test_long_history_drops_oldest_turns_and_never_overflows(isolated_home, model_path):
    from assistant.workspace import Workspace

    engine = Engine(model_path, EngineOptions(n_ctx=512))
    workspace = Workspace(isolated_home, engine=engine)
    chat = Chat(workspace.history, engine, Settings(max_tokens=64))
    conversation_id = None
    dropped = []
    for i in range(12):
        turn = chat.send(f"Fact number {i}: " + "the sky is blue and the grass is green. " * 5,
                         conversation_id, max_tokens=48)
        list(turn)
        conversation_id = turn.result.conversation_id
        dropped.append(turn.result.dropped_messages)
        assert turn.result.prompt_tokens + turn.result.completion_tokens <= 512
    assert max(dropped) > 0  # old turns were left out of the prompt
    assert len(workspace.history.messages(conversation_id)) == 24  # but none were deleted


def test_message_too_long_for_the_context_is_refused_before_saving(isolated_home, model_path):
    from assistant.workspace import Workspace

    workspace = Workspace(isolated_home, engine=Engine(model_path, EngineOptions(n_ctx=256)))
    with pytest.raises(ContextOverflow, match="too long"):
        list(workspace.chat().send("word " * 600))
    assert workspace.history.list() == []
