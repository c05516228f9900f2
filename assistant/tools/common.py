"""Pieces every tool shares: input limits, progress items, atomic output files, model honesty."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from assistant.errors import DeskmateError, InvalidInput
from assistant.llm.contract import LanguageModel
from assistant.readers import Document, Page, kind_of
from assistant.readers.isolated import read_document_isolated

MAX_INPUT_BYTES = 10 * 1024 * 1024  # ~2,500 pages of text: beyond that a tool would run for many hours
MODEL_MANAGER_HINT = "Load a larger model (0.5B parameters or more) with 'deskmate models use FILE.gguf' or Models in the app."
# Parameter counts below which the tool's output is not trustworthy, with what was measured here.
TOO_SMALL = {
    "translate": (400_000_000, "cannot translate reliably (SmolLM2-135M measured chrF 17 into French; a 0.5B "
                               "instruct model reached 55). Treat this output as a rough draft, not a translation."),
    "summarize": (300_000_000, "writes rough summaries that can miss or invent details. Check them against the "
                               "cited pages."),
}


class Stopped(DeskmateError):
    """The user stopped a tool; nothing it was making is kept."""

    def __init__(self, message: str = "Stopped; nothing was kept."):
        super().__init__(message)


@dataclass
class Progress:
    """Chunk i of n, with an estimate of the time left; `stage` says what is being done."""
    stage: str
    done: int
    total: int
    eta_s: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        eta = f", about {format_seconds(self.eta_s)} left" if self.eta_s is not None else ""
        return f"{self.stage} {self.done} of {self.total}{eta}"


class ProgressClock:
    """Estimates the time left from the average time per finished step."""

    def __init__(self, total: int):
        self.total, self.started = total, time.perf_counter()

    def progress(self, stage: str, done: int) -> Progress:
        elapsed = time.perf_counter() - self.started
        eta = elapsed / done * (self.total - done) if done else None
        return Progress(stage, done, self.total, eta)


def format_seconds(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min"


def check_text(text: str, what: str = "The text") -> str:
    if not text or not text.strip():
        raise InvalidInput(f"{what} is empty: paste some text or choose a file.")
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_INPUT_BYTES:
        raise InvalidInput(f"{what} is {size / 1024 / 1024:.1f} MB; the tools take at most "
                           f"{MAX_INPUT_BYTES // 1024 // 1024} MB at once (about 2,500 pages). Split it into parts.")
    return text


def text_document(text: str) -> Document:
    """Pasted text as a one-page document of kind "pasted" (no page references are cited for it)."""
    return Document(path=None, kind="pasted", pages=[Page(1, check_text(text))])


def load_document(path: str | os.PathLike) -> Document:
    """A file through the readers, refusing what a tool could not finish in reasonable time."""
    path = Path(path)
    if kind_of(path) in ("text", "markdown", "html") and path.is_file() and path.stat().st_size > MAX_INPUT_BYTES:
        check_text("x" * (MAX_INPUT_BYTES + 1), f"{path.name}")  # refuse before reading it all
    document = read_document_isolated(path)  # a hostile file cannot hang or crash the app
    check_text(document.text, f"The text of {Path(path).name}")
    return document


def model_warning(engine: LanguageModel, tool: str) -> str | None:
    """A sentence for the user when the loaded model is too small for `tool`, else None."""
    if tool not in TOO_SMALL:
        return None
    minimum, problem = TOO_SMALL[tool]
    parameters = engine.parameter_count
    if not parameters or parameters >= minimum:
        return None
    return f"{engine.name} ({parameters / 1e6:.0f}M parameters) {problem} {MODEL_MANAGER_HINT}"


@contextmanager
def atomic_output(path: str | os.PathLike, newline: str | None = None) -> Iterator:
    """Write to a hidden temporary file beside `path`; it replaces `path` only if the block succeeds."""
    target = Path(path)
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give a file name for the output.")
    if not target.parent.is_dir():
        raise InvalidInput(f"The folder {target.parent} does not exist; create it or choose another output file.")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with open(tmp, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_output(path: str | os.PathLike, text: str) -> None:
    with atomic_output(path) as handle:
        handle.write(text)
