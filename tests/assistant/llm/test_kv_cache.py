"""Saved KV caches: a conversation reopened after a restart does not read its history again."""
from assistant.llm.kv_files import ConversationCaches
from assistant.llm.local import Engine, EngineOptions
from assistant.workspace import Workspace


def test_reopened_conversation_reads_only_the_new_message(isolated_home, model_path):
    first = Workspace(isolated_home)
    chat = first.chat()
    turn = chat.send("Tell me about the sea. " * 20, max_tokens=24)
    list(turn)
    conversation = turn.result.conversation_id
    saved = first.caches.path_for(conversation)
    assert saved.is_file() and saved.stat().st_size > 100_000
    first.close()

    restarted = Workspace(isolated_home)  # a new process would start exactly like this
    follow = restarted.chat().send("And about rivers?", conversation, max_tokens=8)
    list(follow)
    assert follow.result.prompt_tokens > 150
    assert follow.result.prompt_tokens_evaluated < 40  # only the new question, not the history


def test_cache_of_another_model_or_context_is_ignored(isolated_home, model_path, tmp_path):
    engine = Engine(model_path, EngineOptions(n_ctx=1024))
    list(engine.stream([{"role": "user", "content": "hello there"}], max_tokens=4))
    engine.save_state(tmp_path / "state.kv")
    other = Engine(model_path, EngineOptions(n_ctx=2048))
    assert not other.load_state(tmp_path / "state.kv")
    (tmp_path / "broken.kv").write_bytes(b"DESKMATE-KV 1\n{not json")
    assert not engine.load_state(tmp_path / "broken.kv")
    assert engine.load_state(tmp_path / "state.kv")


def test_deleting_a_conversation_deletes_its_cache(isolated_home):
    workspace = Workspace(isolated_home)
    turn = workspace.chat().send("Remember the number 4417.", max_tokens=8)
    list(turn)
    path = workspace.caches.path_for(turn.result.conversation_id)
    assert path.exists()
    workspace.history.delete(turn.result.conversation_id)
    assert not path.exists()


def test_only_the_most_recent_caches_are_kept(tmp_path):
    caches = ConversationCaches(tmp_path, keep=2)
    caches.folder.mkdir(parents=True)
    for conversation in range(5):
        caches.path_for(conversation).write_bytes(b"x")
    caches.prune()
    assert len(list(caches.folder.iterdir())) == 2
