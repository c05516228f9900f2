"""The indexing run's read-ahead: bounded by chunks and files, and a long file always fits."""
from __future__ import annotations

import queue
import threading
from types import SimpleNamespace

import pytest

from assistant.documents.run import _ReadAhead


def chunked(count: int) -> SimpleNamespace:
    return SimpleNamespace(chunks=[object()] * count)


def test_it_holds_chunks_up_to_its_limit_and_hands_them_over_oldest_first():
    ahead = _ReadAhead(chunks=10)
    first, second = chunked(6), chunked(6)
    ahead.put(first, timeout=0.1)
    ahead.put(second, timeout=0.1)  # 6 < 10: room, although it goes past the limit
    with pytest.raises(queue.Full):
        ahead.put(chunked(1), timeout=0.05)
    assert ahead.get(timeout=0.1) is first
    ahead.put(chunked(1), timeout=0.1)  # 6 + 1 chunks now: room again
    assert ahead.get(timeout=0.1) is second and not ahead.empty()


def test_one_file_longer_than_the_limit_still_goes_through():
    ahead = _ReadAhead(chunks=10)
    manual = chunked(8_000)
    ahead.put(manual, timeout=0.1)
    assert ahead.get(timeout=0.1) is manual and ahead.empty()
    with pytest.raises(queue.Empty):
        ahead.get(timeout=0.05)


def test_files_without_chunks_are_bounded_by_count():
    ahead = _ReadAhead(chunks=10, files=3)
    for _ in range(3):
        ahead.put(object(), timeout=0.1)  # an unchanged file, a failure, the end marker: no chunks
    with pytest.raises(queue.Full):
        ahead.put(object(), timeout=0.05)


def test_a_waiting_writer_goes_on_as_soon_as_the_reader_takes_one():
    ahead = _ReadAhead(chunks=4)
    ahead.put(chunked(4), timeout=0.1)
    waiting = threading.Thread(target=ahead.put, args=(chunked(2), 5.0))
    waiting.start()
    ahead.get(timeout=0.1)
    waiting.join(timeout=5)
    assert not waiting.is_alive() and len(ahead.get(timeout=0.1).chunks) == 2


def test_batches_cut_where_the_lengths_jump_instead_of_padding_short_chunks():
    from assistant.documents.run import _batches

    entries = sorted([(30, i, 0) for i in range(20)] + [(250, 20 + i, 0) for i in range(40)])
    batches = list(_batches(entries, 8192))
    assert [entry for batch in batches for entry in batch] == entries  # all of them, in order
    assert all(len(batch) * (batch[-1][0] + 2) <= 8192 for batch in batches)
    assert {entry[0] for entry in batches[0]} == {30}  # filling to the budget would pad these to 252
    padded = sum(len(batch) * (batch[-1][0] + 2) for batch in batches)
    assert padded == sum(length + 2 for length, _, _ in entries)
