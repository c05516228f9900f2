"""Cutting pages into pieces that fit a token budget, on paragraph boundaries, remembering pages."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from assistant.errors import ContextOverflow
from assistant.readers import Page

Counter = Callable[[str], int]
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")


@dataclass
class Chunk:
    text: str
    first_page: int
    last_page: int


def page_label(first: int, last: int) -> str:
    return f"p. {first}" if first == last else f"p. {first}–{last}"


def paragraphs(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]


def split_long(text: str, budget: int, count: Counter) -> list[str]:
    """Cut a paragraph longer than `budget` tokens at sentence ends, else at words, else at characters."""
    if count(text) <= budget:
        return [text]
    for pieces in (SENTENCE_END.split(text), text.split(" ")):
        if len(pieces) > 1:
            return pack(pieces, budget, count, " ")
    middle = len(text) // 2
    return split_long(text[:middle], budget, count) + split_long(text[middle:], budget, count)


def pack(pieces: Iterable[str], budget: int, count: Counter, joiner: str) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    used = 0
    for piece in pieces:
        for part in split_long(piece, budget, count) if count(piece) > budget else [piece]:
            size = count(part) + 1
            if current and used + size > budget:
                out.append(joiner.join(current))
                current, used = [], 0
            current.append(part)
            used += size
    if current:
        out.append(joiner.join(current))
    return out


def chunk_pages(pages: list[Page], budget: int, count: Counter) -> list[Chunk]:
    """Consecutive chunks of whole paragraphs, each at most `budget` tokens (+ joins), with page spans."""
    if budget < 16:
        raise ContextOverflow("The model's context is too small to hold even one paragraph; "
                              "raise the context size in the settings or load another model.")
    units = [(page.number, piece) for page in pages for para in paragraphs(page.text)
             for piece in split_long(para, budget, count)]
    chunks: list[Chunk] = []
    current: list[tuple[int, str]] = []
    used = 0
    for number, text in units:
        size = count(text) + 2
        if current and used + size > budget:
            chunks.append(_chunk(current))
            current, used = [], 0
        current.append((number, text))
        used += size
    if current:
        chunks.append(_chunk(current))
    return chunks


def _chunk(units: list[tuple[int, str]]) -> Chunk:
    return Chunk("\n\n".join(text for _, text in units), units[0][0], units[-1][0])


def trim_to_tokens(text: str, budget: int, count: Counter) -> str:
    """`text` cut at the end so it counts at most `budget` tokens (a last-resort guard)."""
    size = count(text)
    while size > budget and text:
        text = text[: max(int(len(text) * budget / size * 0.95), 0)]
        size = count(text)
    return text
