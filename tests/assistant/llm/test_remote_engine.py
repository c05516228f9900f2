"""The remote engine against llama-cpp-python's own OpenAI-compatible server (an 'office server')."""
from __future__ import annotations

import json
import signal
import time

import httpx
import pytest

from assistant.chat.history import MessageStatus
from assistant.errors import ModelError, RemoteEngineError
from assistant.llm.http import Connection, send_with_retries
from assistant.llm.remote import RemoteEngine, RemoteOptions
from tests.helpers.processes import run_cli
from tests.helpers.servers import free_port, start_llama_server, stop

STORY = "Write a long story about a dragon who learns to bake bread."


def test_workspace_engine_is_the_office_server_when_settings_say_so(office_workspace, llama_server):
    engine = office_workspace.engine()
    assert isinstance(engine, RemoteEngine)
    assert engine.name == "office-smollm2" and engine.n_ctx == 2048 and engine.url == llama_server
    assert office_workspace.engine() is engine  # connected once, reused


def test_tokens_are_counted_by_the_servers_tokenizer(office_workspace, engine):
    remote = office_workspace.engine()
    text = "Deskmate counts tokens with the office server's own tokenizer."
    assert abs(remote.count_tokens(text) - engine.count_tokens(text)) <= 1  # same GGUF; the server may add BOS
    messages = [{"role": "system", "content": "You are brief."}, {"role": "user", "content": text}]
    estimate, exact = remote.count_prompt_tokens(messages), engine.count_prompt_tokens(messages)
    assert estimate > remote.count_tokens(text)  # the template's markers are counted too
    assert abs(estimate - exact) <= 0.25 * exact, (estimate, exact)  # an estimate, not placeholder zeros


def test_chat_runs_remotely_and_history_stays_local(office_workspace):
    chat = office_workspace.chat()
    turn = chat.send("What is the capital of France?", max_tokens=16)
    reply = "".join(turn)
    assert reply.strip() and turn.result.status == MessageStatus.COMPLETE and turn.result.model == "office-smollm2"
    assert turn.result.completion_tokens > 0 and turn.result.prompt_tokens > 5  # the server's own usage counts
    follow_up = chat.send("And of Germany?", turn.result.conversation_id, max_tokens=16)
    assert "".join(follow_up).strip()
    saved = office_workspace.history.messages(turn.result.conversation_id)
    assert [m.role for m in saved] == ["user", "assistant", "user", "assistant"]
    assert saved[1].content == reply and saved[1].status == MessageStatus.COMPLETE


def test_stopping_mid_stream_ends_at_once_and_saves_the_partial_answer(office_workspace):
    turn = office_workspace.chat().send(STORY, max_tokens=400)
    pieces = []
    for piece in turn:
        pieces.append(piece)
        if len(pieces) == 3:
            turn.stop()
    assert 3 <= len(pieces) <= 5  # stopped after the piece in flight, not 400 tokens later
    assert turn.result.status == MessageStatus.INTERRUPTED
    saved = office_workspace.history.messages(turn.result.conversation_id)[-1]
    assert saved.status == MessageStatus.INTERRUPTED and saved.content == "".join(pieces)
    again = office_workspace.chat().send("Say hello.", max_tokens=8)  # the server is free again
    assert "".join(again).strip()


def test_killing_the_server_mid_answer_gives_a_clear_error_and_keeps_the_partial_answer(isolated_home, model_path):
    from assistant.workspace import Workspace

    process, url = start_llama_server(model_path)
    workspace = Workspace(isolated_home)
    workspace.settings.engine_url, workspace.settings.engine_n_ctx = url, 2048
    turn = workspace.chat().send(STORY, max_tokens=400)
    pieces = []
    with pytest.raises(RemoteEngineError, match="stopped answering in the middle of the reply") as failure:
        for piece in turn:
            pieces.append(piece)
            if len(pieces) == 3:
                stop(process, signal.SIGKILL)
    assert "kept" in str(failure.value)
    saved = workspace.history.messages(turn.conversation_id)
    assert [m.role for m in saved] == ["user", "assistant"]
    assert saved[1].status == MessageStatus.ERROR and saved[1].content == "".join(pieces) and len(pieces) >= 3
    workspace.close()


def test_cli_chat_with_engine_option(llama_server, isolated_home):
    done = run_cli("--engine", llama_server, "chat", "What is the capital of France?", "--max-tokens", "12",
                   "--json", home=isolated_home)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["model"] == "office-smollm2" and result["status"] == MessageStatus.COMPLETE and result["reply"].strip()
    settings = isolated_home / "settings.json"
    if settings.exists():  # --engine is for one run; it is never saved
        assert json.loads(settings.read_text())["engine_url"] == ""


def test_engine_use_remembers_the_server_and_local_goes_back(llama_server, isolated_home):
    done = run_cli("engine", "use", llama_server, "--context", "2048", "--json", home=isolated_home)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout)
    assert shown["engine"] == "remote" and shown["models"] == ["office-smollm2"] and shown["n_ctx"] == 2048
    chat = run_cli("chat", "Hello", "--max-tokens", "8", "--json", home=isolated_home)
    assert json.loads(chat.stdout)["model"] == "office-smollm2"
    back = run_cli("engine", "local", "--json", home=isolated_home)
    assert json.loads(back.stdout)["engine"] == "local"


def test_unreachable_server_is_a_clear_one_line_error(isolated_home):
    url = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    started = time.monotonic()
    done = run_cli("--engine", url, "chat", "Hello", home=isolated_home)
    assert done.returncode == 2
    assert "Cannot reach the office server at 127.0.0.1:" in done.stderr and "Traceback" not in done.stderr
    assert time.monotonic() - started < 60  # retried with backoff, then gave up


def test_unknown_model_lists_what_the_server_offers(llama_server):
    with pytest.raises(ModelError, match="office-smollm2"):
        RemoteEngine(RemoteOptions(llama_server, model="gpt-17"))


def test_requests_are_retried_with_backoff_until_nothing_was_received():
    """At the HTTP boundary (the real server tests above cover the rest): 503, 503, then 200."""
    answers = iter([503, 503, 200])
    seen = []

    def handler(request):
        seen.append(time.monotonic())
        return httpx.Response(next(answers), json={"data": []}, headers={"Retry-After": "0.2"})

    connection = Connection("http://office:8000/v1", retries=2)
    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        response = send_with_retries(connection, client, client.build_request("GET", "http://office:8000/v1/models"))
    assert response.status_code == 200 and len(seen) == 3
    assert seen[1] - seen[0] >= 0.2  # waited as the server asked
    with httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(503, json={}))) as client:
        with pytest.raises(RemoteEngineError, match="HTTP 503"):
            send_with_retries(Connection("http://office:8000/v1", retries=0), client,
                              client.build_request("GET", "http://office:8000/v1/models"))


def test_label_scoring_uses_the_servers_log_probabilities(office_workspace):
    """What sentiment needs from an engine (continuation_logprobs), through OpenAI's top_logprobs."""
    remote = office_workspace.engine()

    def margin(review: str) -> float:
        messages = [{"role": "user", "content": f"Is this review positive or negative? Answer with one word.\n\n{review}"}]
        scores = remote.continuation_logprobs(messages, ["positive", "negative"])
        assert set(scores) == {"positive", "negative"} and all(s < 0 for s in scores.values())
        return scores["positive"] - scores["negative"]

    assert margin("I loved this movie, it was wonderful.") > margin("A dull, boring and terrible film. I hated it.")
