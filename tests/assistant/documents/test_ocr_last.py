"""Scans never hold up the files behind them: a run reads every file with text of its own first,
then comes back for those with pages to OCR (real files, the real isolated reader, real OCR)."""
from __future__ import annotations

from assistant.readers.isolated import OCR_LATER, IsolatedReader
from assistant.readers.pages import UnreadableFile
from tests.helpers import scans


def test_files_to_ocr_are_read_after_the_files_with_text(doc_index, tmp_path):
    letter = scans.rasterise(scans.office_pdf(), [1])
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a-letter.png").write_bytes(scans.png(letter[0]))
    (folder / "b-mixed.pdf").write_bytes(scans.mixed_pdf(scans.typeset_pdf([["A typed cover page."]]), letter))
    (folder / "c-notes.txt").write_text("Notes: the tenant pays the water bill.", encoding="utf-8")
    saved = [step.path for step in doc_index.add([folder]) if step.outcome is not None]
    names = [path.rsplit("/", 1)[-1] for path in saved]
    assert names == ["c-notes.txt", "a-letter.png", "b-mixed.pdf"], names
    mixed = doc_index.document_by_path(folder / "b-mixed.pdf")
    assert mixed["status"] == "indexed" and mixed["pages"] == 2  # the typed page and the scanned one
    assert doc_index.search("landlord remains responsible for the roof", 3)[0].path.endswith("a-letter.png")


def test_asked_to_come_back_later_the_reader_stops_at_the_first_page_to_ocr(tmp_path):
    scan = scans.image_pdf(scans.rasterise(scans.office_pdf(), [1]))
    with IsolatedReader() as reader:
        try:
            reader.parse(tmp_path / "scan.pdf", scan, ocr_later=True)
            raise AssertionError("a page to OCR was read")
        except UnreadableFile as exc:
            assert exc.reason == OCR_LATER
        typed = reader.parse(tmp_path / "typed.pdf", scans.typeset_pdf([["Nothing to OCR here."]]), ocr_later=True)
        assert "Nothing to OCR" in typed.text and reader.children_started == 1
