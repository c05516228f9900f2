"""Is this text prose at all? Generated data (one unbroken run of characters, one token repeated for
the whole file) is reported as such instead of becoming thousands of chunks nobody wants.

Both checks run in linear time at C speed (regular expressions and zlib), a few tens of
milliseconds per 10 MB. Chinese, Japanese, Thai and other scripts written without spaces are
never "unbroken": a run counts only Latin, Greek and Cyrillic letters, digits and ASCII symbols,
which is what base64, hex dumps and minified data are made of. The repetition check asks zlib:
prose, code, tables and logs compress 3 to 20 times, a file of one repeated token over 100 times.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Iterator

RUN_LIMIT = 1000  # characters without a break: far longer than any word, URL or wrapped base64 line
BLOCK = RUN_LIMIT // 2  # every run of RUN_LIMIT characters covers a whole aligned block of this size
PROSE_LEFT = 2000  # characters outside long runs that make a file worth reading anyway
MIN_REPEAT_CHARS = 10_000  # shorter texts cost little even when they are repetitive
REPEAT_RATIO = 100  # zlib shrinks prose 2-4x, logs up to ~20x; one repeated token over 100x
SLICE = 256 * 1024  # compressed a slice at a time: no second copy of a large text in memory
SAMPLES = 16  # a longer text is judged on this many slices spread over it (4 MB, about 50 ms)
_BREAK = re.compile(r"[^!-~\u00a1-\u052f]")  # whitespace, CJK and every other script ends a run
_WHITESPACE = " \n\t\r\f\v\xa0\u3000"


def not_prose(text: str) -> str | None:
    """Why `text` is not prose (to show as the file's reason), or None when it may well be."""
    return _unbroken(text) or _repeated(text)


def _unbroken(text: str) -> str | None:
    runs = list(long_runs(text))
    if not runs:
        return None
    in_runs = sum(end - start for start, end in runs)
    left = _visible(text[start:end] for start, end in _between(runs, len(text)))
    if left >= PROSE_LEFT or left > in_runs:
        return None  # an embedded image or a long hash in a real document
    visible, longest = in_runs + left, max(end - start for start, end in runs)
    if longest >= 0.9 * visible:
        return f"not prose: one unbroken run of {longest:,} characters (generated data?); skipped"
    return (f"not prose: {len(runs):,} unbroken runs of up to {longest:,} characters make up "
            f"{in_runs / max(visible, 1):.0%} of the text (generated data?); skipped")


def long_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of at least RUN_LIMIT characters without a break.

    Only a block with no break in it can be inside such a run, and in prose a block's first
    break is a few characters in, so most of the text is never looked at character by character.
    """
    covered = 0
    for block in range(0, len(text) - BLOCK + 1, BLOCK):
        if block < covered or _BREAK.search(text, block, block + BLOCK):
            continue
        start = _run_start(text, block)
        found = _BREAK.search(text, block + BLOCK)
        covered = found.start() if found else len(text)
        if covered - start >= RUN_LIMIT:
            yield start, covered


def _between(runs: list[tuple[int, int]], length: int) -> Iterator[tuple[int, int]]:
    ends = [0] + [end for _, end in runs]
    starts = [start for start, _ in runs] + [length]
    return zip(ends, starts)


def _visible(pieces) -> int:
    """Characters that are not whitespace, counted at C speed (only the common kinds of space)."""
    return sum(len(piece) - sum(piece.count(space) for space in _WHITESPACE) for piece in pieces)


def _run_start(text: str, block: int) -> int:
    """Where the run through `block` begins: after the last break in the block before it (which has one)."""
    breaks = list(_BREAK.finditer(text, max(block - BLOCK, 0), block))
    return breaks[-1].end() if breaks else max(block - BLOCK, 0)


def _repeated(text: str) -> str | None:
    if len(text) < MIN_REPEAT_CHARS:
        return None
    packer, size, packed = zlib.compressobj(1), 0, 0
    for offset in _samples(len(text)):
        data = text[offset:offset + SLICE].encode("utf-8", errors="replace")
        size += len(data)
        packed += len(packer.compress(data))
    packed += len(packer.flush())
    if packed * REPEAT_RATIO > size:
        return None
    sample = " ".join(text[:200].split())[:40]
    return f'not prose: the same text repeated over and over ("{sample}…"); skipped'


def _samples(length: int) -> range | list[int]:
    """Offsets of the slices to compress: all of a text up to SAMPLES slices, else SAMPLES spread evenly."""
    if length <= SAMPLES * SLICE:
        return range(0, length, SLICE)
    step = (length - SLICE) // (SAMPLES - 1)
    return [n * step for n in range(SAMPLES)]
