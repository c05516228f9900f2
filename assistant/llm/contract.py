"""What every engine offers, local model or office server: the only engine type callers know.

Chat, tools, the API and the window hold a `LanguageModel`; which class is behind it
(assistant.llm.local.Engine or assistant.llm.remote.RemoteEngine) is assistant.llm's business.
A generation's statistics are the return value of its `stream()` generator, so two threads
generating on one engine never read each other's figures.
"""
from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from assistant.runtime.generators import collect_steps

THIS_COMPUTER = "this computer"  # `where` for a model that runs here
Returned = TypeVar("Returned")


@dataclass
class GenerationStats:
    prompt_tokens: int = 0
    prompt_tokens_evaluated: int = 0  # prompt tokens not found in the KV cache
    completion_tokens: int = 0
    ttft_s: float | None = None
    generation_tok_s: float | None = None
    stop_reason: str = "unfinished"  # "end", "length", "stopped"
    kv_state: int = 0  # the engine's KV-cache state this generation left behind (0: it keeps none)

    def to_dict(self) -> dict:
        return asdict(self)


class LanguageModel(Protocol):
    @property
    def name(self) -> str:
        """The model's name, as shown to the user and in API answers."""

    @property
    def n_ctx(self) -> int:
        """How many tokens the model reads at once (prompt and answer together)."""

    @property
    def where(self) -> str:
        """Where it runs, for people: THIS_COMPUTER, or the office server's address."""

    @property
    def is_local(self) -> bool:
        """True for a model on this computer (prompts never leave it)."""

    @property
    def parameter_count(self) -> int | None:
        """How many parameters the model has, when known (tools warn about models too small)."""

    def count_tokens(self, text: str) -> int:
        """Tokens in `text` alone (no chat template)."""

    def count_prompt_tokens(self, messages: list[dict]) -> int:
        """Tokens the prompt for `messages` takes, with the chat template and the start of the reply."""

    def stream(self, messages: list[dict], max_tokens: int = 512, temperature: float = 0.2, top_p: float = 0.95,
               should_stop: Callable[[], bool] | None = None, wait_s: float | None = None,
               save_state_to: Path | None = None) -> Generator[str, None, GenerationStats]:
        """Yield the reply to `messages` piece by piece; return this generation's own GenerationStats.

        `wait_s`: how long to wait for another generation on the same model before EngineBusy
        (None: as long as it takes). `save_state_to`: where an engine that keeps_state writes its KV
        cache as this generation leaves it, before another caller can change it (ignored elsewhere).
        Raises ContextOverflow when the prompt leaves no room.
        """

    # -- log-probabilities (scoring label words instead of parsing free text) --

    @property
    def supports_logprobs(self) -> bool:
        """Whether continuation_logprobs can work here (an office server may not give them)."""

    def continuation_logprobs(self, messages: list[dict], continuations: list[str]) -> dict[str, float]:
        """Log-probability of each continuation as the start of the reply to `messages`."""

    # -- the KV cache of a conversation (kept in files by the chat, where the engine supports it) --

    @property
    def keeps_state(self) -> bool:
        """Whether save_state/load_state keep anything (an office server keeps its own caches)."""

    @property
    def kv_state(self) -> int:
        """A number that changes whenever the KV cache changes (0 where none is kept)."""

    def save_state(self, path: Path) -> int:
        """Write the KV cache to `path`; the bytes written (0 when nothing is kept)."""

    def load_state(self, path: Path) -> bool:
        """Restore a KV cache saved by save_state; False when it is unusable here."""

    def forget_cache(self) -> None:
        """Drop the KV cache, so the next generation reads its whole prompt again."""


def collect(stream: Generator[str, None, Returned]) -> tuple[str, Returned]:
    """Run a generation to its end: the whole text, and what it returned (a stream's GenerationStats)."""
    pieces, returned = collect_steps(stream)
    return "".join(pieces), returned
