"""Pages -> chunks sized in the embedder's own tokens, cut at paragraph or sentence ends where possible.

Each chunk remembers its page and character span (with the page's label and locator, how a
person cites it), and keeps its token ids so the embedder never tokenizes the same text twice. A chunk never crosses a page (so
citations name one page) and is never longer than the embedder reads.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

import numpy as np

from assistant.documents.keywords import encode_terms
from assistant.readers import Page

DEFAULT_CHUNK_TOKENS = 200
DEFAULT_OVERLAP_TOKENS = 24
SENTENCE_ENDS = ".!?;:…。！？"
CLOSERS = "\"')]}’”»"

# How good a place is for a cut, looking at the gap before a token.
INSIDE_WORD, WORD, LINE, SENTENCE, PARAGRAPH = 0, 1, 2, 3, 4


def text_hash(text: str) -> str:
    """What identifies a chunk's text: the same text anywhere has the same vector."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


@dataclass
class Chunk:
    page: int
    char_start: int  # span in the page's text
    char_end: int
    text: str
    token_ids: list[int]
    label: str | None = None  # the page's label ("Slide 3"); None: "page N"
    locator: dict | None = None  # the page's locator ({"slide": 3}), without the character span

    @cached_property
    def text_hash(self) -> str:
        return text_hash(self.text)

    @cached_property
    def terms(self) -> tuple[bytes, int]:
        """Its keyword terms as stored (encode_terms): worked out once, ahead, on an indexing run's reader thread."""
        return encode_terms(self.text)


def _strengths(text: str, offsets: Sequence[tuple[int, int]]) -> list[int]:
    """strengths[i]: how good it is to start a chunk at token i (the gap before it, in one numpy pass).

    The gap before token i is text[end of token i-1 : start of token i]: none (inside a word),
    a blank line (paragraph; also a blank line touching the gap), a sentence end just before it
    (possibly followed by a closing quote or bracket), a line end, or spaces (a word).
    """
    if len(offsets) < 2:
        return [PARAGRAPH] * len(offsets)
    spans = np.fromiter(chain.from_iterable(offsets), dtype=np.int64, count=2 * len(offsets)).reshape(-1, 2)
    ends, starts = spans[:-1, 1], spans[1:, 0]
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    blank_lines = np.flatnonzero((codes[:-1] == 10) & (codes[1:] == 10))  # where a "\n\n" begins
    newlines = np.flatnonzero(codes == 10)
    paragraph = _any_within(blank_lines, np.maximum(ends - 1, 0), starts)
    line = _any_within(newlines, ends, starts)
    last = _char_in(codes, ends - 1, _SENTENCE_END_TABLE)
    closed = _char_in(codes, ends - 1, _CLOSER_TABLE) & _char_in(codes, ends - 2, _SENTENCE_END_TABLE)
    gaps = np.select([starts <= ends, paragraph, last | closed, line],
                     [INSIDE_WORD, PARAGRAPH, SENTENCE, LINE], default=WORD)
    return [PARAGRAPH] + gaps.tolist()


def _any_within(positions: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """For each [low, high) range: whether any of the sorted positions falls in it."""
    return np.searchsorted(positions, high, "left") > np.searchsorted(positions, low, "left")


def _char_in(codes: np.ndarray, at: np.ndarray, table: np.ndarray) -> np.ndarray:
    """Whether text[at] is in the class; before the start counts as yes (an empty slice is "in" any string)."""
    if not len(codes):
        return np.ones(len(at), dtype=bool)
    found = table[np.minimum(codes[np.maximum(at, 0)], len(table) - 1)]
    return np.where(at >= 0, found, True)


def _class_table(chars: str) -> np.ndarray:
    """Membership by code point; the classes are all in the BMP, so one slot stands for everything above."""
    table = np.zeros(0x10001, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


_SENTENCE_END_TABLE, _CLOSER_TABLE = _class_table(SENTENCE_ENDS), _class_table(CLOSERS)


def _best_cut(strengths: list[int], low: int, high: int) -> int:
    """The strongest boundary in [low, high], the latest among equals."""
    best = high
    best_strength = strengths[high] if high < len(strengths) else PARAGRAPH
    for i in range(high - 1, low - 1, -1):
        if strengths[i] > best_strength:
            best, best_strength = i, strengths[i]
    return best


def _overlap_start(strengths: list[int], cut: int, start: int, overlap: int) -> int:
    """Where the next chunk begins: up to `overlap` tokens back, at a sentence or word start."""
    if overlap <= 0:
        return cut
    low = max(start + 1, cut - overlap)
    for wanted in (SENTENCE, WORD):
        for i in range(low, cut):
            if strengths[i] >= wanted:
                return i
    return cut


class Chunker:
    def __init__(self, tokenizer, max_tokens: int = DEFAULT_CHUNK_TOKENS, overlap: int = DEFAULT_OVERLAP_TOKENS):
        if overlap >= max_tokens // 2:
            raise ValueError("the overlap must be less than half the chunk size")
        self.tokenizer, self.max_tokens, self.overlap = tokenizer, max_tokens, overlap

    def chunk_pages(self, pages: Sequence[Page]) -> list[Chunk]:
        texts = [page.text for page in pages]
        encoded = self.tokenizer(texts, add_special_tokens=False, return_offsets_mapping=True)
        chunks: list[Chunk] = []
        for page, ids, offsets in zip(pages, encoded["input_ids"], encoded["offset_mapping"]):
            chunks += self._split(page, ids, offsets)
        return chunks

    def _split(self, page: Page, ids: list[int], offsets: list[tuple[int, int]]) -> list[Chunk]:
        n, size = len(ids), self.max_tokens
        strengths = _strengths(page.text, offsets)
        chunks, start = [], 0
        while start < n:
            remaining = n - start
            if remaining <= size:
                cut = n
            elif remaining < 2 * size - self.overlap:  # two chunks left: balance them, no tiny tail
                middle = start + (remaining + self.overlap) // 2
                cut = _best_cut(strengths, max(start + 1, middle - size // 4), min(start + size, middle + size // 4))
            else:
                cut = _best_cut(strengths, start + size // 2, start + size)
            begin, end = offsets[start][0], offsets[cut - 1][1]
            chunks.append(Chunk(page.number, begin, end, page.text[begin:end], list(ids[start:cut]),
                                page.label, page.locator))
            if cut >= n:
                break
            start = _overlap_start(strengths, cut, start, self.overlap)
        return chunks
