"""The local language model: a GGUF file run by llama.cpp on this computer.

An Engine loads one GGUF file and streams text for a list of chat messages (it satisfies
assistant.llm.contract.LanguageModel). It keeps the KV cache of the previous call, so a follow-up
whose prompt starts with the same tokens only evaluates the new ones. One Engine is one inference
lane: calls are serialised by a lock because llama.cpp contexts are not thread-safe.
llama-cpp-python itself is reached through assistant.llm.llama_adapter only.
"""
from __future__ import annotations

import codecs
import logging
import os
import threading
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import ContextOverflow, EngineBusy, ModelError
from assistant.llm import kv_files
from assistant.llm.chat_template import ChatTemplate
from assistant.llm.contract import THIS_COMPUTER, GenerationStats
from assistant.llm.llama_adapter import LlamaModel, LoadOptions, Snapshot, gpu_offload_supported
from assistant.models.gguf import GGUFInfo, read_gguf
from assistant.runtime.system import physical_cores

log = logging.getLogger(__name__)

REPEAT_PENALTY = 1.1
TOP_K = 40
MIN_P = 0.05


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


def backend_description() -> str:
    """What this llama.cpp build can run on, as shown in About and `deskmate models list`."""
    return "GPU offload available" if gpu_offload_supported() else "CPU only (no GPU offload in this build)"


class Engine:
    is_local = True
    keeps_state = True
    supports_logprobs = True

    def __init__(self, path: str | os.PathLike, options: EngineOptions | None = None, info: GGUFInfo | None = None):
        """`info`: the file's header if the caller has just read it (a load parses it once)."""
        self.path = Path(path)
        # refuse bad files before llama.cpp sees them
        self.info: GGUFInfo = info if info is not None else read_gguf(self.path)
        self.options = options or EngineOptions()
        self._model = self._load()
        self._lock = threading.Lock()
        self._kv_state = 1  # changes whenever the KV cache does; the chat compares it (see contract)
        self.template = self._template()

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def n_ctx(self) -> int:
        return self._model.n_ctx()

    @property
    def where(self) -> str:
        return THIS_COMPUTER

    @property
    def parameter_count(self) -> int | None:
        return self.info.parameter_count

    @property
    def kv_state(self) -> int:
        return self._kv_state

    @property
    def n_threads(self) -> int:
        return self.options.n_threads or physical_cores()

    def _load(self) -> LlamaModel:
        trained = self.info.context_length or self.options.n_ctx
        options = LoadOptions(n_ctx=min(self.options.n_ctx, trained), n_threads=self.n_threads,
                              n_gpu_layers=self.options.n_gpu_layers, seed=self.options.seed,
                              flash_attn=self.options.flash_attn)
        try:
            return LlamaModel(self.path, options)
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelError(f"llama.cpp could not load {self.path.name} ({exc}). "
                             "The file may be damaged or use a format this version does not support.") from None

    def _template(self) -> ChatTemplate:
        model = self._model
        return ChatTemplate.for_model(self.info.chat_template, model.token_text(model.bos()),
                                      model.token_text(model.eos()))

    def tokenize(self, text: str, special: bool = True) -> list[int]:
        return self._model.tokenize(text, special=special)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenize(text, special=False))

    def prompt_tokens(self, messages: list[dict]) -> list[int]:
        """The prompt's token ids: the chat template applied, the start of the reply included."""
        prompt = self.template.render(messages, add_generation_prompt=True)
        tokens = self.tokenize(prompt)
        bos = self._model.bos()
        if self._model.adds_bos() and bos >= 0 and (not tokens or tokens[0] != bos):
            tokens.insert(0, bos)
        return tokens

    def count_prompt_tokens(self, messages: list[dict]) -> int:
        """Exact: this model's own tokenizer and chat template."""
        return len(self.prompt_tokens(messages))

    def forget_cache(self) -> None:
        """Drop the KV cache, so the next call reads its whole prompt again."""
        with self._lock:
            self._model.reset()
            self._kv_state += 1

    def save_state(self, path: Path) -> int:
        """Write the KV cache to `path` (atomically); returns the bytes written."""
        with self._lock:
            state = self._model.snapshot()
        return self._write_state(path, state)

    def _write_state(self, path: Path, state: Snapshot) -> int:
        header = {"model": str(self.path.resolve()), "model_size": self.info.file_size, "n_ctx": self.n_ctx,
                  "flash_attn": self.options.flash_attn,
                  "n_tokens": len(state.tokens), "state_size": state.size, "seed": state.seed,
                  "scores_shape": list(state.scores.shape)}
        return kv_files.write(path, header, [state.tokens.tobytes(), state.scores.tobytes(), state.blob])

    def load_state(self, path: Path) -> bool:
        """Restore a KV cache saved by save_state for this same model and context; False if unusable."""
        import numpy as np

        loaded = kv_files.read(path)
        if loaded is None:
            return False
        header, (ids, scores, blob) = loaded
        saved_for = (header["model"], header["model_size"], header["n_ctx"], header.get("flash_attn", False))
        if saved_for != (str(self.path.resolve()), self.info.file_size, self.n_ctx, self.options.flash_attn):
            return False  # the KV layout differs with the attention kernel too
        snapshot = Snapshot(tokens=np.frombuffer(ids, dtype=np.int32)[: header["n_tokens"]],
                            scores=np.frombuffer(scores, dtype=np.float32).reshape(header["scores_shape"]),
                            blob=blob, size=header["state_size"], seed=header["seed"])
        with self._lock:
            self._model.restore(snapshot)
            self._kv_state += 1
        return True

    def cached_prefix(self, tokens: Sequence[int]) -> int:
        """How many leading tokens of `tokens` are already in the KV cache."""
        count = 0
        for a, b in zip(self._model.cached_tokens(), tokens):
            if a != b:
                break
            count += 1
        return count

    def stream(self, messages: list[dict], max_tokens: int = 512, temperature: float = 0.2,
               top_p: float = 0.95, should_stop: Callable[[], bool] | None = None,
               wait_s: float | None = None, save_state_to: Path | None = None) -> Generator[str, None, GenerationStats]:
        """Yield the reply to `messages` piece by piece; return this generation's GenerationStats.

        Callers that share the model (the local API beside the window) give `wait_s`: how long to
        wait for another generation to finish before EngineBusy (None: as long as it takes).
        `save_state_to`: a file for the KV cache as this generation leaves it, taken before the
        model is free for another caller (a failure to write it is logged: the cache only saves time).
        """
        tokens = self.prompt_tokens(messages)
        room = self.n_ctx - len(tokens)
        if room < 1:
            raise ContextOverflow(f"The conversation needs {len(tokens):,} tokens but {self.name} reads at most "
                                  f"{self.n_ctx:,}. Start a new conversation or shorten the message.")
        if not self._lock.acquire(timeout=-1 if wait_s is None else wait_s):
            raise EngineBusy(f"{self.name} is busy with another answer (waited {wait_s:g} s). Try again shortly.")
        snapshot = None
        try:
            self._kv_state += 1
            stats = GenerationStats(prompt_tokens=len(tokens), kv_state=self._kv_state)
            yield from self._generate(tokens, min(max_tokens, room), temperature, top_p, should_stop, stats)
            return stats
        finally:
            if save_state_to is not None:
                snapshot = self._model.snapshot()
            self._lock.release()
            if snapshot is not None and save_state_to is not None:
                self._write_quietly(save_state_to, snapshot)

    def _write_quietly(self, path: Path, state: Snapshot) -> None:
        try:
            self._write_state(path, state)
        except OSError as exc:
            log.warning("Could not save the KV cache to %s: %s", path, exc)

    def _generate(self, tokens: list[int], max_tokens: int, temperature: float, top_p: float,
                  should_stop: Callable[[], bool] | None, stats: GenerationStats) -> Generator[str, None, None]:
        model = self._model
        stats.prompt_tokens_evaluated = len(tokens) - self.cached_prefix(tokens)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        started = time.perf_counter()
        first = None
        generator = model.generate(tokens, top_k=TOP_K, top_p=top_p, min_p=MIN_P, temp=temperature,
                                   repeat_penalty=REPEAT_PENALTY)
        try:
            for token in generator:
                if model.is_end(token):
                    stats.stop_reason = "end"
                    break
                stats.completion_tokens += 1
                if first is None:
                    first = time.perf_counter()
                    stats.ttft_s = first - started
                text = decoder.decode(model.piece(token))
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
            self._kv_state += 1  # scoring changes the KV cache
            return {text: self._score_continuation(tokens, self.tokenize(text, special=False))
                    for text in continuations}

    def _score_continuation(self, prompt: list[int], continuation: list[int]) -> float:
        import numpy as np

        cached = min(self.cached_prefix(prompt), len(prompt) - 1)  # re-evaluate >= 1 token for its logits
        self._model.keep_prefix(cached)
        self._model.eval(prompt[cached:])
        total = 0.0
        for position, token in enumerate(continuation):
            if position:
                self._model.eval([continuation[position - 1]])
            logits = self._model.last_logits()
            peak = float(logits.max())
            total += float(logits[token]) - peak - float(np.log(np.exp(logits - peak).sum()))
        return total
