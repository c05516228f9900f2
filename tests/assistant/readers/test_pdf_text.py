"""A PDF's text layer: pdfium reads it, pypdf checks the file and reads the pages pdfium cannot be trusted with."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.readers import UnreadableFile, pdf, read_document, render
from assistant.readers.isolated import IsolatedReader, ReadLimits
from tests.helpers.documents import make_pdf
from tests.helpers.hostile_files import pdf_bomb_of_zeros, pdf_stream, raw_pdf, text_pdf_objects

HYPHENATED = "The keeper wrote down every obser-\nvation of the tides in his logbook.\nThe lamp was lit at dusk."


def test_a_word_hyphenated_across_a_line_end_is_read_whole(tmp_path):
    path = make_pdf(tmp_path / "log.pdf", [HYPHENATED])
    text = read_document(path).pages[0].text
    assert "every observation of the tides" in text
    assert text.endswith("The lamp was lit at dusk.") and "\r" not in text


def test_a_page_that_draws_a_lot_is_read_by_pypdf(tmp_path, monkeypatch):
    """A drawing past the limit is pypdf's to read (its limits stop a hostile one): its text keeps
    the hyphen and the line end, as pypdf gives them."""
    monkeypatch.setattr(pdf, "MAX_PDFIUM_CONTENT_BYTES", 10)
    path = make_pdf(tmp_path / "log.pdf", [HYPHENATED])
    assert "every obser-\nvation" in read_document(path).pages[0].text


def test_a_page_pdfium_fails_on_is_read_by_pypdf(tmp_path, monkeypatch):
    def refuse(self, number):
        raise RuntimeError("pdfium refuses")

    monkeypatch.setattr(render.RenderedPdf, "text", refuse)
    path = make_pdf(tmp_path / "report.pdf", ["First page about apples.", "Second page about pears."])
    pages = read_document(path).pages
    assert [(p.number, p.text) for p in pages] == [(1, "First page about apples."), (2, "Second page about pears.")]


def test_text_drawn_past_the_page_edge_is_kept(tmp_path):
    line = b"BT /F1 12 Tf 72 720 Td (" + b"lighthouse " * 200 + b") Tj ET"
    path = tmp_path / "wide.pdf"
    path.write_bytes(raw_pdf(text_pdf_objects(contents=pdf_stream(line))))
    assert read_document(path).pages[0].text.count("lighthouse") == 200


def test_a_decompression_bomb_is_still_stopped_by_pypdf(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(pdf_bomb_of_zeros())
    with pytest.raises(UnreadableFile) as failure:
        IsolatedReader(ReadLimits(seconds=20)).parse(path, path.read_bytes())
    assert "decompression bomb" in failure.value.reason


def test_pages_keep_their_numbers_and_blank_pages_are_left_out(tmp_path):
    path = make_pdf(tmp_path / "report.pdf", ["Page one about otters.", "", "Page three about herons."])
    with IsolatedReader() as reader:
        document = reader.parse(path, Path(path).read_bytes())
    assert [(p.number, p.text) for p in document.pages] == [(1, "Page one about otters."),
                                                            (3, "Page three about herons.")]
