"""One inference lane: the API served beside a running chat, on the same workspace and model."""
from __future__ import annotations

import threading
import time

import httpx
import openai
import pytest

from assistant.chat.history import MessageStatus
from assistant.errors import RemoteEngineError
from assistant.llm.contract import collect
from assistant.llm.remote import RemoteEngine, RemoteOptions
from assistant.server.config import ServerConfig
from assistant.server.runner import ApiServer
from tests.helpers.servers import fire_clients

KEY = "lane-key"
STORY = "Write a long story about a dragon who learns to bake bread."


@pytest.fixture
def shared(isolated_home, single_thread_engine):
    """A workspace (as the window has one) and a factory for APIs served from it."""
    from assistant.workspace import Workspace

    workspace = Workspace(isolated_home, engine=single_thread_engine)
    servers = []

    def serve(**limits) -> ApiServer:
        server = ApiServer(workspace, ServerConfig(port=0, api_key=KEY, **limits))
        server.start()
        servers.append(server)
        return server

    yield workspace, serve
    for server in servers:
        server.stop()
    workspace.close()


class ChatInBackground:
    """A chat turn running on its own thread, as the window's worker runs it."""

    def __init__(self, workspace, text: str, max_tokens: int):
        self.turn = workspace.chat().send(text, max_tokens=max_tokens)
        self.pieces: list[str] = []
        self.started = threading.Event()
        self.thread = threading.Thread(target=self._run)
        self.thread.start()
        assert self.started.wait(120), "the chat never started answering"

    def _run(self) -> None:
        for piece in self.turn:
            self.pieces.append(piece)
            self.started.set()
        self.started.set()

    def join(self):
        self.thread.join(300)
        return self.turn.result


def test_eight_clients_while_a_chat_runs_all_answered_or_cleanly_busy(shared):
    workspace, serve = shared
    server = serve()
    chat = ChatInBackground(workspace, STORY, max_tokens=96)
    outcomes = fire_clients(server.url, KEY, clients=8, max_tokens=12)
    result = chat.join()
    for outcome in outcomes:
        assert outcome["status"] == 200 and outcome["text"].strip() or outcome["status"] in (429, 503), outcome
    assert sum(o["status"] == 200 for o in outcomes) >= 1
    assert result.status == MessageStatus.COMPLETE and result.reply == "".join(chat.pieces)
    saved = workspace.history.messages(result.conversation_id)
    assert [(m.role, m.status) for m in saved] == [("user", "complete"), ("assistant", "complete")]
    assert saved[1].content == result.reply  # the API's answers never leak into the history
    assert len(workspace.history.list()) == 1 and workspace.store.integrity_problems() == []


def test_the_window_and_the_api_each_get_their_own_stats_and_the_chat_notices_its_cache_was_used(shared):
    """A chat turn (as the window's worker runs it) and an API request on one model: each takes the
    statistics its own generation returned; the chat's next turn reloads its KV cache because the API
    used the model in between (the engine keeps no stats or cache owner for them to share)."""
    workspace, serve = shared
    engine = workspace.engine()
    server = serve(queue_wait_s=120)
    chat = workspace.chat()
    turn = chat.send(STORY, max_tokens=40)
    pieces = turn.pieces()
    first = next(pieces)  # the chat now holds the model, paused mid-answer like a slow window
    client = openai.OpenAI(base_url=server.url, api_key=KEY, max_retries=0)
    question = [{"role": "user", "content": "Name three fruits."}]
    answers = []
    api = threading.Thread(target=lambda: answers.append(
        client.chat.completions.create(model="m", messages=question, max_tokens=7)))
    api.start()
    time.sleep(2)  # the request reaches the model's lock and waits there for the chat
    reply = first + "".join(pieces)
    api.join(120)
    usage = answers[0].usage
    assert (usage.completion_tokens, usage.prompt_tokens) == (7, engine.count_prompt_tokens(question))
    result = turn.result
    assert result.completion_tokens == 40 and result.prompt_tokens > usage.prompt_tokens and reply == result.reply
    saved = workspace.history.messages(result.conversation_id)[-1]
    assert (saved.prompt_tokens, saved.completion_tokens) == (result.prompt_tokens, 40)
    assert not hasattr(engine, "last_stats") and not hasattr(engine, "cache_owner")
    follow = chat.send("What happened next?", result.conversation_id, max_tokens=8)
    list(follow)
    # reloaded from the conversation's saved cache: only the new question is read, not the story again
    assert follow.result.prompt_tokens_evaluated < 40 < follow.result.prompt_tokens


def say_hi(client: openai.OpenAI) -> str | None:
    answer = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "Hi"}], max_tokens=4)
    return answer.choices[0].message.content


def open_story_stream(server: ApiServer, max_tokens: int):
    """A client and a long streamed answer it has started reading."""
    client = openai.OpenAI(base_url=server.url, api_key=KEY, max_retries=0)
    stream = client.chat.completions.create(model="m", messages=[{"role": "user", "content": STORY}],
                                            max_tokens=max_tokens, stream=True)
    chunks = iter(stream)
    next(chunks), next(chunks)
    return client, stream


def test_a_busy_model_gives_a_clean_503_with_retry_after(shared):
    workspace, serve = shared
    server = serve(queue_wait_s=0.2)
    chat = ChatInBackground(workspace, STORY, max_tokens=400)
    client = openai.OpenAI(base_url=server.url, api_key=KEY, max_retries=0)
    with pytest.raises(openai.APIStatusError) as busy:
        say_hi(client)
    chat.turn.stop()
    chat.join()
    assert busy.value.status_code == 503 and "busy" in busy.value.message
    assert busy.value.response.headers["retry-after"]
    assert say_hi(client) is not None


def test_more_waiting_requests_than_the_queue_holds_get_429(shared):
    _, serve = shared
    client, stream = open_story_stream(serve(max_waiting=1), max_tokens=200)  # holds the only place
    with pytest.raises(openai.RateLimitError):
        say_hi(client)
    stream.close()


def test_a_client_that_goes_away_frees_the_model(shared):
    _, serve = shared
    client, stream = open_story_stream(serve(queue_wait_s=30), max_tokens=1024)
    stream.close()  # 1,000 more tokens would hold the model far longer than the 30 s wait below
    assert say_hi(client) is not None


def test_deskmate_can_be_another_deskmates_office_server(shared):
    _, serve = shared
    server = serve()
    remote = RemoteEngine(RemoteOptions(server.url, api_key=KEY))
    assert remote.name == "SmolLM2-135M-Instruct"
    text, stats = collect(remote.stream([{"role": "user", "content": "Hello"}], max_tokens=6))
    assert text.strip() and stats.completion_tokens > 0
    with pytest.raises(RemoteEngineError, match="refused the key"):
        RemoteEngine(RemoteOptions(server.url, api_key="wrong"))


def test_host_header_rules_for_each_kind_of_address():
    local = ServerConfig(port=8765)
    assert local.accepts_host("127.0.0.1:8765") and local.accepts_host("localhost:8765")
    assert local.accepts_host("[::1]:8765")
    assert not local.accepts_host("evil.example:8765") and not local.accepts_host("127.0.0.1:9999")
    assert not local.accepts_host("127.0.0.1")  # port 80 is not ours
    network = ServerConfig(host="0.0.0.0", port=8765, api_key="k", allow_network=True, allowed_hosts=("deskbox",))
    assert network.accepts_host("192.168.1.20:8765") and network.accepts_host("deskbox:8765")
    assert not network.accepts_host("evil.example:8765")


def test_unsafe_addresses_need_the_flag_and_a_key():
    from assistant.errors import ServerConfigError

    with pytest.raises(ServerConfigError, match="--allow-network"):
        ServerConfig(host="0.0.0.0").check()
    with pytest.raises(ServerConfigError, match="key"):
        ServerConfig(host="0.0.0.0", allow_network=True).check()
    ServerConfig(host="0.0.0.0", allow_network=True, api_key="k").check()
    ServerConfig(host="127.0.0.1").check()


def test_malformed_requests_get_openai_shaped_400s(shared):
    _, serve = shared
    server = serve()
    headers = {"Authorization": f"Bearer {KEY}"}
    bad = httpx.post(server.url + "/chat/completions", headers=headers, json={"messages": []})
    assert bad.status_code == 400 and bad.json()["error"]["message"].startswith("Invalid request")
    image = {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}
    assert httpx.post(server.url + "/chat/completions", headers=headers,
                      json={"messages": [image]}).status_code == 400
    assert httpx.post(server.url + "/chat/completions", headers=headers, content=b"{not json",
                      ).status_code == 400
