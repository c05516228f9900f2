"""The engine on the real bundled model: streaming, stopping, the KV cache, the context limit."""
import threading
import time

import pytest

from assistant.config import DEFAULT_SYSTEM_PROMPT
from assistant.errors import ContextOverflow, InvalidModelFile
from assistant.llm.contract import collect
from assistant.llm.local import Engine, EngineOptions


def conversation(*turns):
    messages = [{"role": "system", "content": DEFAULT_SYSTEM_PROMPT}]
    for i, text in enumerate(turns):
        messages.append({"role": "user" if i % 2 == 0 else "assistant", "content": text})
    return messages


def consume_into(pieces: list, stream):
    """Append each piece to `pieces` as it arrives; return what the generator returns (its stats)."""
    while True:
        try:
            pieces.append(next(stream))
        except StopIteration as done:
            return done.value


def test_streams_an_answer_in_pieces(engine):
    pieces = []
    stats = consume_into(pieces, engine.stream(conversation("What is the capital of France?"), max_tokens=40,
                                               temperature=0))
    text = "".join(pieces)
    assert len(pieces) > 3 and text.strip()
    assert "Paris" in text  # greedy decoding with our system prompt answers this one right
    assert stats.completion_tokens <= 40 and stats.ttft_s > 0 and stats.prompt_tokens > 10
    assert stats.stop_reason in ("end", "length")


def test_max_tokens_is_respected(engine):
    _, stats = collect(engine.stream(conversation("Write a long story about a lighthouse."), max_tokens=12))
    assert stats.completion_tokens == 12 and stats.stop_reason == "length"


def test_follow_up_evaluates_only_the_new_tokens(engine):
    first = conversation("Name three colours.")
    reply, turn1 = collect(engine.stream(first, max_tokens=30, temperature=0))
    follow_up = conversation("Name three colours.", reply, "Which one is warmest?")
    _, stats = collect(engine.stream(follow_up, max_tokens=5, temperature=0))
    new_tokens = engine.count_prompt_tokens(follow_up) - engine.count_prompt_tokens(first)
    assert stats.prompt_tokens_evaluated < stats.prompt_tokens
    # Only the reply and the new question are read again, never the turn-1 prompt.
    assert stats.prompt_tokens_evaluated <= new_tokens + 2
    assert stats.prompt_tokens - stats.prompt_tokens_evaluated >= turn1.prompt_tokens


def test_stop_ends_generation_within_two_tenths_of_a_second(engine):
    stop = threading.Event()
    stopped_at = []
    pieces = []
    returned = []

    def consume():
        stream = engine.stream(conversation("Write a very long essay about the sea."), max_tokens=2000,
                               should_stop=stop.is_set)
        returned.append(consume_into(pieces, stream))
        stopped_at.append(time.perf_counter())

    worker = threading.Thread(target=consume)
    worker.start()
    while len(pieces) < 5:
        time.sleep(0.005)
    asked = time.perf_counter()
    stop.set()
    worker.join(5)
    assert stopped_at and stopped_at[0] - asked < 0.2
    assert returned[0].stop_reason == "stopped"


def test_two_threads_each_get_the_stats_of_their_own_generation(engine):
    asks = {"story": (conversation("Write a long story about a lighthouse."), 5),
            "poem": (conversation("Write a long poem about the sea and the wind."), 11)}
    results = {}

    def generate(name):
        messages, max_tokens = asks[name]
        results[name] = collect(engine.stream(messages, max_tokens=max_tokens))

    threads = [threading.Thread(target=generate, args=(name,)) for name in asks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for name, (messages, max_tokens) in asks.items():
        stats = results[name][1]
        assert (stats.completion_tokens, stats.stop_reason) == (max_tokens, "length")
        assert stats.prompt_tokens == engine.count_prompt_tokens(messages)
    assert results["story"][1].kv_state != results["poem"][1].kv_state  # each left the cache in its own state


def test_closing_the_stream_releases_the_engine(engine):
    stream = engine.stream(conversation("Count to one hundred."), max_tokens=200)
    next(stream)
    stream.close()
    assert "".join(engine.stream(conversation("Say hi."), max_tokens=5))  # lock was released


def test_prompt_longer_than_context_is_a_clear_error(model_path):
    small = Engine(model_path, EngineOptions(n_ctx=256))
    with pytest.raises(ContextOverflow, match="reads at most 256"):
        list(small.stream(conversation("word " * 400)))


def test_context_is_capped_at_what_the_model_was_trained_for(model_path):
    assert Engine(model_path, EngineOptions(n_ctx=100_000)).n_ctx == 8192


def test_non_gguf_file_is_refused_before_loading(tmp_path):
    fake = tmp_path / "model.gguf"
    fake.write_text("<html>not a model</html>" * 10)
    with pytest.raises(InvalidModelFile, match="not a GGUF"):
        Engine(fake)


def test_counts_tokens(engine):
    assert engine.count_tokens("Hello world") == 2
    assert engine.count_tokens("") == 0
