"""The isolated reader's time limits scale with the work: long PDFs are read to the end, page by page."""
from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from assistant.readers import UnreadableFile
from assistant.readers.isolated import WALL_SLACK, IsolatedReader, ReadLimits
from tests.helpers.hostile_files import pdf_stream, raw_pdf


def text_page(number: int) -> bytes:
    return b"BT /F1 12 Tf 72 720 Td (Page %d is about otters) Tj ET" % number


def slow_page(megabytes: float) -> bytes:
    """Drawing operators that pypdf takes about a second per megabyte to walk through."""
    return b"BT /F1 12 Tf 72 720 Td (slow) Tj ET\n" * int(megabytes * 1_000_000 // 36)


def pdf_of_pages(contents: list[bytes]) -> bytes:
    """Catalog, page tree and font, then one page and one content stream per entry."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(contents)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(contents)),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i))
        objects.append(pdf_stream(content, compress=True))
    return raw_pdf(objects)


@pytest.fixture
def reader():
    readers = []

    def make(**limits) -> IsolatedReader:
        readers.append(IsolatedReader(ReadLimits(**limits)))
        return readers[-1]

    yield make
    for each in readers:
        each.close()


def test_a_long_pdf_is_read_to_the_end_with_progress_page_by_page(tmp_path, reader):
    data = pdf_of_pages([text_page(n) for n in range(1, 401)])
    seen = []
    document = reader(seconds=5, seconds_per_page=0.05).parse(
        tmp_path / "long.pdf", data, on_progress=lambda done, total: seen.append((done, total)))
    assert [page.number for page in document.pages] == list(range(1, 401))
    assert "Page 400 is about otters" in document.pages[-1].text and document.notes == []
    assert seen[0] == (1, 400) and seen[-1] == (400, 400)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_page_that_hangs_is_skipped_by_number_and_the_rest_is_read(tmp_path, reader):
    data = pdf_of_pages([text_page(1), slow_page(20), text_page(3), text_page(4)])
    isolated = reader(seconds=2)
    document = isolated.parse(tmp_path / "manual.pdf", data)
    assert [page.number for page in document.pages] == [1, 3, 4]
    assert document.notes == ["page 2 took longer than 2 s to read; skipped"]
    assert isolated.children_started == 2  # the child stuck on page 2 was replaced
    again = isolated.parse(tmp_path / "short.pdf", pdf_of_pages([text_page(1)]))
    assert again.pages[0].text.startswith("Page 1")  # the fresh child serves the next file


def test_a_pdf_whose_pages_keep_hanging_is_given_up_as_hostile(tmp_path, reader):
    data = pdf_of_pages([slow_page(20)] * 6)
    with pytest.raises(UnreadableFile) as failure:
        reader(seconds=1, hung_pages=3).parse(tmp_path / "bomb.pdf", data)
    assert failure.value.reason == "pages 1, 2 and 3 each took longer than 1 s to read (damaged or hostile?); skipped"


def test_slow_progress_forever_is_stopped_by_the_cap_scaled_by_pages(tmp_path, reader):
    data = pdf_of_pages([slow_page(0.5)] * 40)  # each page well within the page limit, 20 s in all
    with pytest.raises(UnreadableFile) as failure:
        reader(seconds=4, seconds_per_mb=0, seconds_per_page=0.05).parse(tmp_path / "slow.pdf", data)
    assert failure.value.reason == "took longer than 6 s to read its 40 pages (damaged or hostile?); skipped"


def test_text_files_arrive_in_batches_with_their_page_count(tmp_path, reader):
    text = "".join(f"- item {n}: water pump check\n" for n in range(100_000))
    seen = []
    document = reader().parse(tmp_path / "list.md", text.encode(), on_progress=lambda d, t: seen.append((d, t)))
    assert document.kind == "markdown" and document.text.replace("\n\n", "\n") .count("water pump") == 100_000
    assert seen[-1][0] == seen[-1][1] == len(document.pages) and len(seen) > 1


def test_indexing_a_pdf_with_a_hung_page_keeps_the_rest_and_says_which_page(doc_index, tmp_path):
    folder = tmp_path / "manuals"
    folder.mkdir()
    pages = [text_page(n) for n in range(1, 61)]
    pages[41] = slow_page(20)
    (folder / "manual.pdf").write_bytes(pdf_of_pages(pages))
    doc_index.read_limits = ReadLimits(seconds=2)
    run = doc_index.add([folder])
    steps = list(run)
    assert run.summary.added == 1 and not run.summary.failed
    [info] = doc_index.documents()
    assert info.status == "indexed" and info.pages == 59
    assert info.reason == "page 42 took longer than 2 s to read; skipped"
    assert any(step.outcome == "added" and step.reason == info.reason for step in steps)
    inside = [(step.file_page, step.file_pages) for step in steps if step.file]
    assert inside and all(pages == 60 for _, pages in inside)  # "page i of 60" while it was read
    assert steps[-1].fraction == 1.0


def test_a_pdf_of_one_repeated_token_is_reported_like_a_text_file(tmp_path, reader):
    spam = b"BT /F1 12 Tf 72 720 Td (" + b"spam " * 3000 + b") Tj ET"
    with pytest.raises(UnreadableFile) as failure:
        reader().parse(tmp_path / "spam.pdf", pdf_of_pages([spam] * 4))
    assert failure.value.reason.startswith("not prose")


def _pause_child_on_page(isolated: IsolatedReader, page: int, seconds: float | None):
    """An on_progress that stops the child (SIGSTOP) when `page` arrives, and lets it go on after `seconds`."""
    def on_progress(done: int, _total: int) -> None:
        if done == page and isolated._process is not None:
            child = isolated._process.pid
            os.kill(child, signal.SIGSTOP)
            if seconds is not None:
                threading.Timer(seconds, lambda: os.kill(child, signal.SIGCONT)).start()
    return on_progress


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="stops the child with SIGSTOP")
def test_a_child_that_waits_for_a_core_is_not_taken_for_hung(tmp_path, reader):
    """The limits count the child's CPU time: stopped (as a child starved by a busy machine is) for longer
    than the page limit, it goes on where it was and no page is skipped."""
    data = pdf_of_pages([slow_page(0.3) for _ in range(8)])
    isolated = reader(seconds=1)
    isolated.check_prose = False  # the slow pages' text is one word repeated
    started = time.monotonic()
    document = isolated.parse(tmp_path / "manual.pdf", data, on_progress=_pause_child_on_page(isolated, 2, 2.5))
    assert time.monotonic() - started > 2.5  # it did wait, longer than the 1 s limit
    assert [page.number for page in document.pages] == list(range(1, 9)) and document.notes == []
    assert isolated.children_started == 1


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="stops the child with SIGSTOP")
def test_a_child_that_never_runs_again_is_stopped_by_the_clock(tmp_path, reader):
    data = pdf_of_pages([slow_page(0.1) for _ in range(5)])
    isolated = reader(seconds=0.5)  # each slow page takes about 0.1 s of CPU
    isolated.check_prose = False
    document = isolated.parse(tmp_path / "manual.pdf", data, on_progress=_pause_child_on_page(isolated, 2, None))
    assert document.notes == [f"page 3 took longer than {0.5 * WALL_SLACK:.0f} s to read; skipped"]
    assert [page.number for page in document.pages] == [1, 2, 4, 5] and isolated.children_started == 2
