"""An office inference server as the engine: any server that speaks OpenAI's chat API.

RemoteEngine is a LanguageModel (assistant.llm.contract) like the local Engine, so chat and every
tool that asks the workspace for its engine run remotely unchanged, while documents, retrieval
and history stay on this computer.
What is sent: the messages of each request (the conversation, and passages retrieved from the
user's documents when a tool adds them). Nothing else.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import ContextOverflow, InvalidInput, ModelError, RemoteEngineError
from assistant.llm.contract import GenerationStats
from assistant.llm.http import Connection, EventStream, get_json, normalise_url

DEFAULT_CONTEXT = 4096  # when neither the settings nor the server say how long the model reads
TOKENS_PER_MESSAGE = 4  # role markers and separators a chat template adds around each message
PRIMING_TOKENS = 3  # the start of the assistant's turn
CONTEXT_KEYS = ("max_model_len", "context_length", "max_context_length", "context_window", "n_ctx")
FINISH_REASONS = {"stop": "end", "length": "length"}
COUNT_CACHE_SIZE = 4096
TOP_LOGPROBS = 20  # the most OpenAI's API allows


@dataclass
class RemoteOptions:
    url: str
    api_key: str | None = None
    model: str = ""  # empty: the server's first model
    n_ctx: int = 0  # 0: what the server reports, else DEFAULT_CONTEXT
    timeout_s: float = 120.0
    retries: int = 2


def key_from_env(name: str | None) -> str | None:
    if not name:
        return None
    key = os.environ.get(name)
    if not key:
        raise InvalidInput(f"The environment variable {name}, which should hold the key, is not set or empty.")
    return key


def estimate_tokens(text: str) -> int:
    """Without the server's tokenizer: about 3 bytes a token, deliberately on the high side."""
    return len(text.encode("utf-8")) // 3 + 1


class RemoteEngine:
    """Connects at once (listing the server's models), so a wrong address fails here, clearly."""

    is_local = False
    keeps_state = False  # the server keeps its own caches
    supports_logprobs = True  # if the server gives them (OpenAI's `logprobs`); continuation_logprobs says if not
    kv_state = 0
    parameter_count = None  # servers do not say

    def __init__(self, options: RemoteOptions):
        self.options = options
        self.connection = Connection(normalise_url(options.url), options.api_key, options.timeout_s, options.retries)
        self.url = self.connection.base_url
        self.models = self.list_models()
        self.model = self._choose_model()
        self._n_ctx = options.n_ctx or self._reported_context() or DEFAULT_CONTEXT
        self._counter: Callable[[str], int] | None = None
        self._counts: dict[str, int] = {}

    @property
    def name(self) -> str:
        return self.model

    @property
    def n_ctx(self) -> int:
        return self._n_ctx

    @property
    def where(self) -> str:
        return self.connection.where

    def list_models(self) -> list[dict]:
        answer = get_json(self.connection, self.url + "/models")
        models = answer.get("data") if isinstance(answer, dict) else None
        if not isinstance(models, list):
            raise RemoteEngineError(f"{self.where} did not list its models; is it an OpenAI-compatible server?")
        return [m for m in models if isinstance(m, dict) and m.get("id")]

    def _choose_model(self) -> str:
        ids = [m["id"] for m in self.models]
        if self.options.model:
            if ids and self.options.model not in ids:
                raise ModelError(f"The office server at {self.where} has no model '{self.options.model}'; "
                                 f"it offers: {', '.join(ids)}.")
            return self.options.model
        if not ids:
            raise ModelError(f"The office server at {self.where} lists no models; ask its administrator.")
        return ids[0]

    def _reported_context(self) -> int | None:
        entry = next(m for m in self.models if m["id"] == self.model) if self.models else {}
        for place in (entry, entry.get("meta") or {}):
            for key in CONTEXT_KEYS:
                if isinstance(place.get(key), int) and place[key] > 0:
                    return place[key]
        return None

    # -- token counting: the server's tokenizer when it has an endpoint for it, else an estimate --

    def count_tokens(self, text: str) -> int:
        if text in self._counts:
            return self._counts[text]
        count = (self._counter or self._find_counter())(text)
        if len(self._counts) >= COUNT_CACHE_SIZE:
            self._counts.clear()
        self._counts[text] = count
        return count

    def _find_counter(self) -> Callable[[str], int]:
        """llama-cpp-python serves /extras/tokenize/count, llama.cpp's server /tokenize."""
        root = self.connection.root
        candidates = [
            lambda text: get_json(self.connection, root + "/extras/tokenize/count",
                                  {"input": text, "model": self.model}, retry=False)["count"],
            lambda text: len(get_json(self.connection, root + "/tokenize", {"content": text}, retry=False)["tokens"]),
        ]
        for counter in candidates:
            try:
                counter("Hello")
            except (RemoteEngineError, ContextOverflow, KeyError, TypeError):
                continue
            self._counter = counter
            return counter
        self._counter = estimate_tokens
        return estimate_tokens

    def count_prompt_tokens(self, messages: list[dict]) -> int:
        """An estimate: the server applies its own chat template, which it does not show, so the
        template's markers are counted as TOKENS_PER_MESSAGE a message and PRIMING_TOKENS for the
        reply's start; the messages' text is counted exactly where the server can tokenize (else
        estimated on the high side, see estimate_tokens)."""
        return PRIMING_TOKENS + sum(TOKENS_PER_MESSAGE + self.count_tokens(m.get("content") or "")
                                    for m in messages)

    # -- what the contract asks of engines that keep a KV cache: the server keeps its own --

    def save_state(self, path: Path) -> int:
        return 0

    def load_state(self, path: Path) -> bool:
        return False

    def forget_cache(self) -> None:
        pass

    # -- generation --------------------------------------------------------------------------

    def stream(self, messages: list[dict], max_tokens: int = 512, temperature: float = 0.2,
               top_p: float = 0.95, should_stop: Callable[[], bool] | None = None,
               wait_s: float | None = None, save_state_to: Path | None = None) -> Generator[str, None, GenerationStats]:
        """Stream the server's answer; return its GenerationStats (the server's own token counts
        when it sends them). The server queues its own users and keeps its own caches, so `wait_s`
        and `save_state_to` are not used."""
        prompt_size = self.count_prompt_tokens(messages)
        room = self.n_ctx - prompt_size
        if room < 1:
            raise ContextOverflow(f"The conversation needs about {prompt_size:,} tokens but {self.name} reads at "
                                  f"most {self.n_ctx:,}. Start a new conversation or shorten the message.")
        body = {"model": self.model, "messages": messages, "max_tokens": min(max_tokens, room),
                "temperature": temperature, "top_p": top_p, "stream": True,
                "stream_options": {"include_usage": True}}
        stats = GenerationStats(prompt_tokens=prompt_size, prompt_tokens_evaluated=prompt_size)
        events = EventStream(self.connection, body, should_stop or (lambda: False))
        yield from self._pieces(events, stats)
        if events.stopped:
            stats.stop_reason = "stopped"
        return stats

    def _pieces(self, events: EventStream, stats: GenerationStats) -> Iterator[str]:
        started, first = time.perf_counter(), None
        try:
            for event in events:
                if event.get("error"):
                    raise self._failed(event["error"])
                self._take_usage(event.get("usage"), stats)
                for choice in event.get("choices") or []:
                    text = (choice.get("delta") or {}).get("content")
                    if choice.get("finish_reason"):
                        stats.stop_reason = FINISH_REASONS.get(choice["finish_reason"], "end")
                    if text:
                        first = first or time.perf_counter()
                        stats.ttft_s = first - started
                        stats.completion_tokens += 1
                        yield text
        finally:
            if first is not None and stats.completion_tokens > 1:
                stats.generation_tok_s = (stats.completion_tokens - 1) / max(time.perf_counter() - first, 1e-9)

    def continuation_logprobs(self, messages: list[dict], continuations: list[str]) -> dict[str, float]:
        """Log-probability of each continuation as the start of the reply, from the server's top-20
        first-token log-probabilities (OpenAI's `logprobs`/`top_logprobs`). Exact for labels of one
        token; a label absent from the top 20 gets the lowest score seen, minus 1."""
        body = {"model": self.model, "messages": messages, "max_tokens": 1, "temperature": 0,
                "logprobs": True, "top_logprobs": TOP_LOGPROBS}
        answer = get_json(self.connection, self.url + "/chat/completions", body)
        try:
            top = answer["choices"][0]["logprobs"]["content"][0]["top_logprobs"]
            scores = {entry["token"]: float(entry["logprob"]) for entry in top}
        except (KeyError, IndexError, TypeError, ValueError):
            raise RemoteEngineError(f"The office server at {self.where} does not give log-probabilities, which "
                                    "scoring labels (sentiment) needs. Use the local model for this "
                                    "(deskmate engine local).") from None
        floor = min(scores.values(), default=0.0) - 1.0
        return {c: max((lp for token, lp in scores.items() if token.strip() and c.startswith(token.lstrip())),
                       default=floor) for c in continuations}

    def _failed(self, error) -> RemoteEngineError:
        message = error.get("message") if isinstance(error, dict) else error
        return RemoteEngineError(f"The office server at {self.where} failed while answering: {message}. "
                                 "What arrived so far is kept.")

    @staticmethod
    def _take_usage(usage: dict | None, stats: GenerationStats) -> None:
        """The server's own counts, when it sends them (the last event, with include_usage)."""
        if isinstance(usage, dict):
            stats.prompt_tokens = usage.get("prompt_tokens") or stats.prompt_tokens
            stats.prompt_tokens_evaluated = stats.prompt_tokens
            stats.completion_tokens = usage.get("completion_tokens") or stats.completion_tokens

