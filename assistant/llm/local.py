"""The language model: the only module that imports llama_cpp.

An Engine loads one GGUF file and streams text for a list of chat messages.
It keeps the KV cache of the previous call, so a follow-up whose prompt starts
with the same tokens only evaluates the new ones. One Engine is one inference
lane: calls are serialised by a lock because llama.cpp contexts are not thread-safe.
"""
from __future__ import annotations

import codecs
import ctypes
import os
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.errors import ContextOverflow, EngineBusy, ModelError
from assistant.llm import kv_files
from assistant.llm.chat_template import ChatTemplate
from assistant.models.gguf import GGUFInfo, read_gguf

REPEAT_PENALTY = 1.1
TOP_K = 40
MIN_P = 0.05


def physical_cores() -> int:
    try:
        import psutil

        return psutil.cpu_count(logical=False) or os.cpu_count() or 1
    except ImportError:
        return os.cpu_count() or 1


@dataclass
class GenerationStats:
    prompt_tokens: int = 0
    prompt_tokens_evaluated: int = 0  # prompt tokens not found in the KV cache
    completion_tokens: int = 0
    ttft_s: float | None = None
    generation_tok_s: float | None = None
    stop_reason: str = "unfinished"  # "end", "length", "stopped"

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class EngineOptions:
    n_ctx: int = 4096
    n_threads: int = 0
    n_gpu_layers: int = 0
    seed: int = 1234
    # llama.cpp's fused attention reads a prompt deep into a conversation about a quarter faster
    # (benchmarks/attention_cost.py), but its different rounding turns SmolLM2-135M's greedy answers
    # (e.g. "the capital of France is Paris" into French gibberish): off until measured on answers.
    flash_attn: bool = False


def gpu_offload_supported() -> bool:
    import llama_cpp

    return bool(llama_cpp.llama_supports_gpu_offload())


def backend_description() -> str:
    """What this llama.cpp build can run on, as shown in About and `deskmate models list`."""
    return "GPU offload available" if gpu_offload_supported() else "CPU only (no GPU offload in this build)"


class Engine:
    def __init__(self, path: str | os.PathLike, options: EngineOptions | None = None, info: GGUFInfo | None = None):
        """`info`: the file's header if the caller has just read it (a load parses it once)."""
        self.path = Path(path)
        # refuse bad files before llama.cpp sees them
        self.info: GGUFInfo = info if info is not None else read_gguf(self.path)
        self.options = options or EngineOptions()
        self._llm = self._load()
        self._lock = threading.Lock()
        self._piece_buffer = ctypes.create_string_buffer(256)
        self.template = self._template()
        self.last_stats = GenerationStats()
        self.cache_owner = None  # which conversation the KV cache holds (set by the chat, cleared by others)

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def n_ctx(self) -> int:
        return self._llm.n_ctx()

    @property
    def n_threads(self) -> int:
        return self.options.n_threads or physical_cores()

    def _load(self):
        import llama_cpp

        trained = self.info.context_length or self.options.n_ctx
        try:
            return llama_cpp.Llama(
                model_path=str(self.path), n_ctx=min(self.options.n_ctx, trained),
                n_threads=self.n_threads, n_threads_batch=self.n_threads,
                n_gpu_layers=self.options.n_gpu_layers, seed=self.options.seed,
                flash_attn=self.options.flash_attn, verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelError(f"llama.cpp could not load {self.path.name} ({exc}). "
                             "The file may be damaged or use a format this version does not support.") from None

    def _template(self) -> ChatTemplate:
        model = self._llm._model
        bos = model.token_get_text(model.token_bos()) if model.token_bos() >= 0 else ""
        eos = model.token_get_text(model.token_eos()) if model.token_eos() >= 0 else ""
        return ChatTemplate.for_model(self.info.chat_template, bos, eos)

    def tokenize(self, text: str, special: bool = True) -> list[int]:
        return self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=special)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenize(text, special=False))

    def prompt_tokens(self, messages: list[dict]) -> list[int]:
        prompt = self.template.render(messages, add_generation_prompt=True)
        tokens = self.tokenize(prompt)
        bos = self._llm.token_bos()
        if self._llm._model.add_bos_token() and bos >= 0 and (not tokens or tokens[0] != bos):
            tokens.insert(0, bos)
        return tokens

    def _piece(self, token: int) -> bytes:
        import llama_cpp

        size = llama_cpp.llama_token_to_piece(self._llm._model.vocab, token, self._piece_buffer,
                                              len(self._piece_buffer), 0, False)
        return self._piece_buffer.raw[:max(size, 0)]

    def _is_end(self, token: int) -> bool:
        import llama_cpp

        return bool(llama_cpp.llama_vocab_is_eog(self._llm._model.vocab, token))

    def forget_cache(self) -> None:
        """Drop the KV cache, so the next call reads its whole prompt again."""
        with self._lock:
            self._llm.reset()
            self.cache_owner = None

    def save_state(self, path: Path) -> int:
        """Write the KV cache to `path` (atomically); returns the bytes written."""
        with self._lock:
            state = self._llm.save_state()
        header = {"model": str(self.path.resolve()), "model_size": self.info.file_size, "n_ctx": self.n_ctx,
                  "flash_attn": self.options.flash_attn,
                  "n_tokens": state.n_tokens, "state_size": state.llama_state_size, "seed": state.seed,
                  "scores_shape": list(state.scores.shape)}
        return kv_files.write(path, header, [state.input_ids[: state.n_tokens].astype("int32").tobytes(),
                                             state.scores.astype("float32").tobytes(), state.llama_state])

    def load_state(self, path: Path) -> bool:
        """Restore a KV cache saved by save_state for this same model and context; False if unusable."""
        import numpy as np
        from llama_cpp import LlamaState

        loaded = kv_files.read(path)
        if loaded is None:
            return False
        header, (ids, scores, blob) = loaded
        saved_for = (header["model"], header["model_size"], header["n_ctx"], header.get("flash_attn", False))
        if saved_for != (str(self.path.resolve()), self.info.file_size, self.n_ctx, self.options.flash_attn):
            return False  # the KV layout differs with the attention kernel too
        input_ids = np.zeros(self.n_ctx, dtype=np.intc)
        input_ids[: header["n_tokens"]] = np.frombuffer(ids, dtype=np.int32)
        state = LlamaState(input_ids=input_ids, n_tokens=header["n_tokens"], llama_state=blob,
                           scores=np.frombuffer(scores, dtype=np.float32).reshape(header["scores_shape"]),
                           llama_state_size=header["state_size"], seed=header["seed"])
        with self._lock:
            self._llm.load_state(state)
        return True

    def cached_prefix(self, tokens: list[int]) -> int:
        """How many leading tokens of `tokens` are already in the KV cache."""
        cached = self._llm._input_ids[: self._llm.n_tokens]
        count = 0
        for a, b in zip(cached, tokens):
            if a != b:
                break
            count += 1
        return count

    def stream(self, messages: list[dict], max_tokens: int = 512, temperature: float = 0.2,
               top_p: float = 0.95, should_stop: Callable[[], bool] | None = None) -> Iterator[str]:
        """Yield the reply to `messages` piece by piece; stats land in self.last_stats."""
        return (yield from self.stream_when_free(messages, max_tokens, temperature, top_p, should_stop))

    def _generate(self, tokens, max_tokens, temperature, top_p, should_stop) -> Iterator[str]:
        stats = self.last_stats = GenerationStats(prompt_tokens=len(tokens))
        stats.prompt_tokens_evaluated = len(tokens) - self.cached_prefix(tokens)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        started = time.perf_counter()
        first = None
        generator = self._llm.generate(tokens, top_k=TOP_K, top_p=top_p, min_p=MIN_P, temp=temperature,
                                       repeat_penalty=REPEAT_PENALTY)
        try:
            for token in generator:
                if self._is_end(token):
                    stats.stop_reason = "end"
                    break
                stats.completion_tokens += 1
                if first is None:
                    first = time.perf_counter()
                    stats.ttft_s = first - started
                text = decoder.decode(self._piece(token))
                if text:
                    yield text
                if should_stop is not None and should_stop():
                    stats.stop_reason = "stopped"
                    break
                if stats.completion_tokens >= max_tokens:
                    stats.stop_reason = "length"
                    break
        finally:
            generator.close()
            if first is not None and stats.completion_tokens > 1:
                stats.generation_tok_s = (stats.completion_tokens - 1) / max(time.perf_counter() - first, 1e-9)
        tail = decoder.decode(b"", final=True)
        if tail:
            yield tail

    def stream_when_free(self, messages: list[dict], max_tokens: int = 512, temperature: float = 0.2,
                         top_p: float = 0.95, should_stop: Callable[[], bool] | None = None,
                         wait_s: float | None = None) -> Generator[str, None, GenerationStats]:
        """stream() for callers that share the model (the local API beside the window).

        Waits at most `wait_s` seconds (None: as long as it takes) for another generation to
        finish, then raises EngineBusy. The generator returns this call's own GenerationStats,
        which a generation that starts right after cannot overwrite (self.last_stats can).
        """
        tokens = self.prompt_tokens(messages)
        room = self.n_ctx - len(tokens)
        if room < 1:
            raise ContextOverflow(f"The conversation needs {len(tokens):,} tokens but {self.name} reads at most "
                                  f"{self.n_ctx:,}. Start a new conversation or shorten the message.")
        if not self._lock.acquire(timeout=-1 if wait_s is None else wait_s):
            raise EngineBusy(f"{self.name} is busy with another answer (waited {wait_s:g} s). Try again shortly.")
        try:
            self.cache_owner = None
            yield from self._generate(tokens, min(max_tokens, room), temperature, top_p, should_stop)
            return self.last_stats
        finally:
            self._lock.release()

    # -- scoring (added for the sentiment tool) -------------------------------------------------

    def continuation_logprobs(self, messages: list[dict], continuations: list[str]) -> dict[str, float]:
        """Log-probability of each continuation as the start of the assistant's reply to `messages`.

        No text is generated: the prompt is evaluated once (reusing the KV cache) and each
        continuation's tokens are scored in turn. Used to score label words instead of
        parsing free text.
        """
        tokens = self.prompt_tokens(messages)
        longest = max((self.count_tokens(c) for c in continuations), default=0)
        if len(tokens) + longest > self.n_ctx:
            raise ContextOverflow(f"The text needs {len(tokens):,} tokens but {self.name} reads at most "
                                  f"{self.n_ctx:,}. Shorten it.")
        with self._lock:
            self.cache_owner = None  # scoring changes the KV cache
            return {text: self._score_continuation(tokens, self.tokenize(text, special=False))
                    for text in continuations}

    def _score_continuation(self, prompt: list[int], continuation: list[int]) -> float:
        import numpy as np

        cached = min(self.cached_prefix(prompt), len(prompt) - 1)  # re-evaluate >= 1 token for its logits
        self._llm.n_tokens = cached
        self._llm.eval(prompt[cached:])
        total = 0.0
        for position, token in enumerate(continuation):
            if position:
                self._llm.eval([continuation[position - 1]])
            logits = np.ctypeslib.as_array(self._llm._ctx.get_logits_ith(-1), shape=(self._llm.n_vocab(),))
            peak = float(logits.max())
            total += float(logits[token]) - peak - float(np.log(np.exp(logits - peak).sum()))
        return total
