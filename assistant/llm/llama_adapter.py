"""llama-cpp-python behind one door: the only module that imports llama_cpp.

Deskmate uses a few of its internals (the model's vocabulary, the logits of the last token, the
token ids in the KV cache, rewinding the cache) that are not a stable API and have changed
between releases. They are used here only, and only with a version this adapter was written and
tested for: another version is refused with a message that says which one to install.
"""
from __future__ import annotations

import ctypes
import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import ModelError

if TYPE_CHECKING:
    import numpy as np

DISTRIBUTION = "llama-cpp-python"
TESTED_FROM = (0, 3, 36)  # the versions the adapter is tested with: TESTED_FROM <= version < TESTED_BELOW
TESTED_BELOW = (0, 3, 37)
PIECE_BUFFER = 256


def version_tuple(text: str) -> tuple[int, ...]:
    """'0.3.36' -> (0, 3, 36); a local build's '+cu121' or a 'rc1' suffix is ignored."""
    numbers = []
    for part in text.split("+")[0].split("."):
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(int(digits.group()))
        if digits.end() < len(part):  # '36rc1': a pre-release suffix ends the number
            break
    return tuple(numbers)


def installed_version() -> str:
    """From the package's metadata; a frozen bundle may ship without it, so then from the module."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        import llama_cpp
    except ImportError:
        raise ModelError(f"{DISTRIBUTION} is not installed, so no model can run on this computer. "
                         f"Install it with: pip install {DISTRIBUTION}=={_dotted(TESTED_FROM)}") from None
    return str(llama_cpp.__version__)


def check_version(installed: str | None = None) -> str:
    """The installed llama-cpp-python version; ModelError if the adapter was not written for it."""
    installed = installed or installed_version()
    if not TESTED_FROM <= version_tuple(installed) < TESTED_BELOW:
        raise ModelError(f"This Deskmate was written for {DISTRIBUTION} {_dotted(TESTED_FROM)}, but version "
                         f"{installed} is installed; its internals differ. Install the tested version with: "
                         f"pip install {DISTRIBUTION}=={_dotted(TESTED_FROM)}")
    return installed


def _dotted(version: tuple[int, ...]) -> str:
    return ".".join(str(n) for n in version)


def gpu_offload_supported() -> bool:
    import llama_cpp

    return bool(llama_cpp.llama_supports_gpu_offload())


@dataclass
class Snapshot:
    """The KV cache and what llama-cpp-python keeps beside it, as plain arrays and bytes."""
    tokens: np.ndarray  # int32 ids of the tokens in the cache
    scores: np.ndarray  # float32 logits it keeps per position
    blob: bytes  # llama.cpp's own state
    size: int
    seed: int


@dataclass
class LoadOptions:
    n_ctx: int
    n_threads: int
    n_gpu_layers: int
    seed: int
    flash_attn: bool


class LlamaModel:
    """One loaded GGUF file and its context. Not thread-safe: the caller serialises calls."""

    def __init__(self, path: Path, options: LoadOptions):
        check_version()
        import llama_cpp

        self._llama_cpp = llama_cpp
        self._llm = llama_cpp.Llama(
            model_path=str(path), n_ctx=options.n_ctx, n_threads=options.n_threads,
            n_threads_batch=options.n_threads, n_gpu_layers=options.n_gpu_layers, seed=options.seed,
            flash_attn=options.flash_attn, verbose=False)
        self._vocab = self._llm._model.vocab
        self._buffer = ctypes.create_string_buffer(PIECE_BUFFER)

    # -- the vocabulary --

    def n_ctx(self) -> int:
        return int(self._llm.n_ctx())

    def tokenize(self, text: str, special: bool) -> list[int]:
        return list(self._llm.tokenize(text.encode("utf-8"), add_bos=False, special=special))

    def bos(self) -> int:
        """The begin-of-sequence token, or -1."""
        return int(self._llm._model.token_bos())

    def adds_bos(self) -> bool:
        """Whether the model expects the begin-of-sequence token at the start of every prompt."""
        return bool(self._llm._model.add_bos_token())

    def token_text(self, token: int) -> str:
        return "" if token < 0 else str(self._llm._model.token_get_text(token))

    def eos(self) -> int:
        return int(self._llm._model.token_eos())

    def piece(self, token: int) -> bytes:
        """The bytes of one generated token (a UTF-8 character may span several tokens)."""
        size = self._llama_cpp.llama_token_to_piece(self._vocab, token, self._buffer, PIECE_BUFFER, 0, False)
        return self._buffer.raw[:max(size, 0)]

    def is_end(self, token: int) -> bool:
        return bool(self._llama_cpp.llama_vocab_is_eog(self._vocab, token))

    # -- generation and the KV cache --

    def generate(self, tokens: Sequence[int], top_k: int, top_p: float, min_p: float, temp: float,
                 repeat_penalty: float) -> Generator[int, None, None]:
        """Sampled tokens after `tokens`, reusing the cached prefix; close() it when done."""
        generator: Generator[int, None, None] = self._llm.generate(
            tokens, top_k=top_k, top_p=top_p, min_p=min_p, temp=temp, repeat_penalty=repeat_penalty)
        return generator

    def cached_tokens(self) -> np.ndarray:
        """The token ids the KV cache holds, oldest first."""
        return self._llm._input_ids[: self._llm.n_tokens]

    def reset(self) -> None:
        self._llm.reset()

    def keep_prefix(self, count: int) -> None:
        """Forget all but the first `count` tokens of the KV cache."""
        self._llm.n_tokens = count

    def eval(self, tokens: Sequence[int]) -> None:
        """Read `tokens` into the KV cache after what it holds."""
        self._llm.eval(tokens)

    def last_logits(self) -> np.ndarray:
        """The logits of the token after the last one evaluated (a view: copy it to keep it)."""
        import numpy as np

        return np.ctypeslib.as_array(self._llm._ctx.get_logits_ith(-1), shape=(self._llm.n_vocab(),))

    def snapshot(self) -> Snapshot:
        state = self._llm.save_state()
        return Snapshot(tokens=state.input_ids[: state.n_tokens].astype("int32"),
                        scores=state.scores.astype("float32"), blob=bytes(state.llama_state),
                        size=int(state.llama_state_size), seed=int(state.seed))

    def restore(self, snapshot: Snapshot) -> None:
        import numpy as np

        input_ids = np.zeros(self.n_ctx(), dtype=np.intc)
        input_ids[: len(snapshot.tokens)] = snapshot.tokens
        self._llm.load_state(self._llama_cpp.LlamaState(
            input_ids=input_ids, n_tokens=len(snapshot.tokens), llama_state=snapshot.blob,
            scores=snapshot.scores, llama_state_size=snapshot.size, seed=snapshot.seed))
