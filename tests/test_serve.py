"""`deskmate serve` driven by the official openai client, on a free loopback port."""
from __future__ import annotations

import importlib.util
import json

import httpx
import numpy as np
import openai
import pytest

from tests.helpers.processes import run_cli
from tests.helpers.servers import start_deskmate_serve, stop

KEY = "test-key-5f0c2a"
QUESTION = [{"role": "user", "content": "What is the capital of France?"}]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    home = tmp_path_factory.mktemp("serve-home")
    # One llama.cpp thread: steadier than two when other sessions share the 2 cores.
    (home / "settings.json").write_text(json.dumps({"n_threads": 1}))
    process, ready = start_deskmate_serve(home, "--api-key-env", "DESKMATE_TEST_KEY",
                                          env={"DESKMATE_TEST_KEY": KEY})
    yield ready, home
    stop(process)


@pytest.fixture
def client(served):
    ready, _ = served
    return openai.OpenAI(base_url=ready["url"], api_key=KEY, max_retries=0, timeout=120)


def test_serve_announces_a_loopback_address_and_the_key(served):
    ready, _ = served
    assert ready["url"].startswith("http://127.0.0.1:") and ready["url"].endswith("/v1")
    assert ready["engine"] == "local" and ready["key_required"] is True


def test_models_lists_the_chat_model_and_the_embedder(client):
    ids = [model.id for model in client.models.list()]
    assert ids == ["SmolLM2-135M-Instruct", "all-MiniLM-L6-v2"]


def test_chat_completion_with_usage(client):
    answer = client.chat.completions.create(model="SmolLM2-135M-Instruct", messages=QUESTION, max_tokens=16,
                                            temperature=0)
    assert answer.choices[0].message.role == "assistant"
    assert "Paris" in answer.choices[0].message.content or answer.choices[0].finish_reason == "length"
    assert answer.choices[0].message.content.strip()
    usage = answer.usage
    assert usage.prompt_tokens > 5 and 0 < usage.completion_tokens <= 16
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


def test_streamed_chat_completion_matches_the_whole_one(client):
    whole = client.chat.completions.create(model="m", messages=QUESTION, max_tokens=12, temperature=0)
    stream = client.chat.completions.create(model="m", messages=QUESTION, max_tokens=12, temperature=0,
                                            stream=True, stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 1  # really streamed
    assert text == whole.choices[0].message.content  # greedy: the same answer either way
    assert chunks[-1].usage.completion_tokens == whole.usage.completion_tokens
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] in ("stop", "length")


def test_stop_sequence_cuts_the_answer(client):
    answer = client.chat.completions.create(model="m", messages=QUESTION, max_tokens=24, temperature=0,
                                            stop=["a"])
    assert "a" not in answer.choices[0].message.content
    assert answer.choices[0].finish_reason == "stop"


def test_embeddings_come_from_the_bundled_embedder(client):
    result = client.embeddings.create(model="all-MiniLM-L6-v2", input=["The cat sat on the mat.", "A cat sits.",
                                                                       "Stock markets fell sharply."])
    vectors = np.array([item.embedding for item in result.data])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-3)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]  # real meaning, not noise
    floats = httpx.post(str(client.base_url) + "embeddings", json={"input": "A cat sits."},
                        headers={"Authorization": f"Bearer {KEY}"}, timeout=60).json()
    # the same batch: int8 vectors shift slightly with the batch they are embedded in (cosine > 0.98)
    alone = client.embeddings.create(model="all-MiniLM-L6-v2", input=["A cat sits."]).data[0].embedding
    assert np.allclose(floats["data"][0]["embedding"], alone, atol=1e-5)  # float and base64 agree
    assert float(np.dot(alone, vectors[1])) > 0.98
    assert result.usage.prompt_tokens > 0


def test_ask_answers_from_indexed_documents_with_sources(client, served, tmp_path):
    if importlib.util.find_spec("assistant.chat.ask") is None:
        pytest.skip("the document index and ask (issue 3: assistant/documents/index.py, assistant/chat/ask.py) are not in "
                    "this build yet")
    _, home = served
    note = tmp_path / "office.md"
    note.write_text("# Office\n\nThe office coffee machine is on the third floor, next to room 301.\n")
    assert run_cli("index", "add", str(note), "--json", home=home).returncode == 0
    answer = client.post("/deskmate/ask", body={"question": "Where is the coffee machine?"}, cast_to=object)
    assert answer["answer"].strip()
    assert answer["sources"] and "office.md" in json.dumps(answer["sources"])
    assert answer["found"] is True and answer["cited"] and answer["sentences"]  # Deskmate's attribution
    assert "third floor" in answer["answer"] and "room 301" in answer["answer"]


def test_wrong_key_is_refused_with_401(served):
    ready, _ = served
    wrong = openai.OpenAI(base_url=ready["url"], api_key="not-the-key", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as refused:
        wrong.models.list()
    assert refused.value.status_code == 401
    assert httpx.get(ready["url"] + "/models").status_code == 401  # no key at all


def test_foreign_host_header_is_refused(served):
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example."""
    ready, _ = served
    port = ready["url"].split(":")[2].split("/")[0]
    headers = {"Authorization": f"Bearer {KEY}"}
    foreign = httpx.get(ready["url"] + "/models", headers={**headers, "Host": f"evil.example:{port}"})
    assert foreign.status_code == 400 and foreign.json()["error"]["code"] == "invalid_host"
    assert httpx.get(ready["url"] + "/models", headers={**headers, "Host": f"localhost:{port}"}).status_code == 200


def test_web_pages_get_no_cors_and_are_refused(served):
    ready, _ = served
    headers = {"Authorization": f"Bearer {KEY}", "Origin": "https://evil.example"}
    page = httpx.post(ready["url"] + "/chat/completions", headers=headers, json={"messages": QUESTION})
    assert page.status_code == 403
    preflight = httpx.options(ready["url"] + "/chat/completions", headers={
        **headers, "Access-Control-Request-Method": "POST"})
    assert not any(name.lower().startswith("access-control-") for name in preflight.headers)


def test_request_size_and_max_tokens_caps(client, served):
    ready, _ = served
    huge = httpx.post(ready["url"] + "/chat/completions", headers={"Authorization": f"Bearer {KEY}"},
                      json={"messages": [{"role": "user", "content": "x" * 2_000_000}]})
    assert huge.status_code == 413
    with pytest.raises(openai.BadRequestError, match="more than this server allows"):
        client.chat.completions.create(model="m", messages=QUESTION, max_tokens=100_000)


def test_serving_beyond_this_computer_needs_a_flag_and_a_key(tmp_path):
    done = run_cli("serve", "--host", "0.0.0.0", "--port", "0", home=tmp_path)
    assert done.returncode == 2 and "--allow-network" in done.stderr
    done = run_cli("serve", "--host", "0.0.0.0", "--port", "0", "--allow-network", home=tmp_path)
    assert done.returncode == 2 and "key" in done.stderr


def test_api_switch_for_the_desktop_app_from_the_cli(tmp_path):
    on = run_cli("api", "on", "--port", "9876", "--json", home=tmp_path)
    assert on.returncode == 0 and json.loads(on.stdout) == {"enabled": True, "url": "http://127.0.0.1:9876/v1",
                                                              "key_env": None}
    unsafe = run_cli("api", "on", "--host", "0.0.0.0", home=tmp_path)
    assert unsafe.returncode == 2 and "--allow-network" in unsafe.stderr
    off = run_cli("api", "off", "--json", home=tmp_path)
    assert json.loads(off.stdout)["enabled"] is False
    assert json.loads((tmp_path / "settings.json").read_text())["api_port"] == 9876
