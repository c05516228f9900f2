"""What a person sees while one long file is indexed: its page and chunks, on the CLI and in the window."""
from __future__ import annotations

from types import SimpleNamespace

from assistant.cli.index_commands import _print_progress, file_progress
from assistant.documents.run import IndexProgress


def reading(page: int, pages: int | None, chunks: int | None = None, fraction: float | None = 0.5) -> IndexProgress:
    return IndexProgress(3, 10, 120, 40.0, 95.0, file="/docs/manual.pdf", file_page=page, file_pages=pages,
                         file_chunks=chunks, fraction=fraction)


def test_the_line_names_the_file_its_page_and_chunks_so_far():
    assert file_progress(reading(812, 1611)) == "manual.pdf: page 812 of 1,611"
    assert file_progress(reading(4200, 4673, 21_000)) == "manual.pdf: page 4,200 of 4,673, 21,000 chunks so far"


def test_inside_a_file_a_line_at_most_every_two_seconds(capsys, monkeypatch):
    clock = iter([100.0, 100.5, 101.0, 102.6, 102.6, 103.0])
    monkeypatch.setattr("assistant.cli.index_commands.time", SimpleNamespace(monotonic=lambda: next(clock)))
    started = []
    _print_progress(IndexProgress(0, 10, 0, 0.0, None), started)  # "Indexing: ..." at 100.0
    for page in (10, 20, 30, 40):  # at 100.5, 101.0, 102.6, 103.0
        _print_progress(reading(page, 1611), started)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("Indexing: 10 file(s) found")
    assert lines[1:] == ["  manual.pdf: page 30 of 1,611, ETA 95 s"]


def test_the_window_bar_follows_the_work_done_and_falls_back_to_files():
    import pytest

    documents_view = pytest.importorskip("ui.documents_view")
    assert documents_view.bar_value(reading(812, 1611, fraction=0.25)) == documents_view.BAR_STEPS // 4
    assert documents_view.bar_value(reading(1, 2, fraction=None)) == documents_view.BAR_STEPS * 3 // 10
