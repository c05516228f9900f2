"""The built-in viewer, opened from a source card under a real answer in the real (offscreen) window."""
from __future__ import annotations

import os

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QDesktopServices, QImage

from tests.helpers.documents import make_pdf
from tests.helpers.office_files import Sheet, Slide, write_pptx, write_xlsx
from tests.ui.conftest import index_and_wait
from tests.ui.test_accessibility import unnamed_focusable_widgets
from ui.theme import COLOURS, Theme, contrast_ratio
from ui.viewer import Citation, SourceViewer, find_passage, highlight_colour, passage_span, utf16_position

FILLER = "Visitors walk past the big cats on the way to the reptile house. "


def answer_from_documents(qtbot, window, question: str):
    window.pages.setCurrentIndex(0)
    window.chat.use_documents.setChecked(True)
    with qtbot.waitSignal(window.answer_finished, timeout=120_000) as answered:
        window.send(question)
    return answered.args[0]


def click_card(qtbot, window, file_name: str) -> SourceViewer:
    """Click the card of `file_name` under the last answer; the viewer, once it shows something."""
    cards = window.chat.message_views()[-1].sources
    assert cards is not None
    button = next(b for b in cards.buttons if f"] {file_name} · " in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    viewer = cards.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: viewer.showing_pages or viewer.showing_text, timeout=60_000)
    return viewer


def mean_colour(image: QImage, box: QRectF) -> tuple[float, float, float]:
    """The average (red, green, blue) of the pixels inside `box`."""
    pixels = [image.pixelColor(QPoint(x, y)) for x in range(int(box.left()) + 1, int(box.right()) - 1, 2)
              for y in range(int(box.top()) + 1, int(box.bottom()) - 1)]
    return tuple(sum(getattr(p, c)() for p in pixels) / len(pixels) for c in ("red", "green", "blue"))


def test_a_pdf_source_opens_at_its_page_with_the_passage_highlighted(qtbot, docs_window, tmp_path, monkeypatch):
    make_pdf(tmp_path / "zoo.pdf", ["Welcome to the zoo guide.",
                                    "Zoo map.\n\n" + "\n\n".join([FILLER * 6] * 7)
                                    + "\n\nThe lions are fed at noon every day.",
                                    "The aquarium opens at nine."])
    index_and_wait(qtbot, docs_window.documents, [tmp_path / "zoo.pdf"])
    result = answer_from_documents(qtbot, docs_window, "When are the lions fed?")
    assert result.sources[0]["page"] == 2 and result.sources[0]["locator"]["page"] == 2
    viewer = click_card(qtbot, docs_window, "zoo.pdf")
    assert viewer.showing_pages and viewer.shown_number == 2
    assert viewer.title.text() == "zoo.pdf · Page 2" and viewer.position.text() == "2 of 3"
    assert "highlighted" in viewer.status.text()
    canvas = viewer.canvas
    assert canvas.boxes, "no highlight over the cited passage"
    page = QRectF(0, 0, canvas.width(), canvas.height())
    assert all(page.contains(box) and box.width() > 20 for box in canvas.boxes)
    assert canvas.boxes[0].top() > canvas.height() * 0.15  # a chunk from the page's middle, not its top
    shown, plain = canvas.grab().toImage(), canvas.image  # the image is what pdfium drew, without boxes
    box = canvas.boxes[0]
    red, _green, blue = mean_colour(shown, box)
    raw_red, _raw_green, raw_blue = mean_colour(plain, box.translated(-14, -14))  # the page's margin
    assert blue - red > raw_blue - raw_red + 15, "the highlight is not painted over the passage"
    assert unnamed_focusable_widgets(viewer) == []

    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: viewer.shown_number == 3 and not canvas.boxes, timeout=30_000)
    assert viewer.title.text() == "zoo.pdf · Page 3" and "on page 2" in viewer.status.text()
    assert not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: viewer.shown_number == 2 and bool(canvas.boxes), timeout=30_000)
    width = canvas.width()
    viewer.zoom_in_button.click()
    qtbot.waitUntil(lambda: canvas.width() > width * 1.1, timeout=30_000)
    assert canvas.boxes and viewer.fit_button.isEnabled()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    viewer.system_button.click()
    assert opened and opened[0].toLocalFile() == str(tmp_path / "zoo.pdf")
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_a_sheet_and_a_slide_open_at_their_unit_with_the_passage_marked(qtbot, docs_window, tmp_path):
    rows = [["Item", "Amount", "Notes"]] + [[f"Stationery order {n}", 20 + n, "routine purchase"] for n in range(60)]
    rows.insert(45, ["Harbour crane repairs", 9300, "the north quay crane, after the storm"])
    write_xlsx(tmp_path / "report.xlsx", [Sheet("Summary", [["Quarter", "Total"], ["Q3", 4510]]),
                                          Sheet("Costs", rows)])
    write_pptx(tmp_path / "deck.pptx", [Slide("Welcome", ["Agenda for the day"]),
                                        Slide("Hiring", ["Two engineers join the lighthouse team in March"]),
                                        Slide("Questions", ["Any questions?"])])
    index_and_wait(qtbot, docs_window.documents, [tmp_path / "report.xlsx", tmp_path / "deck.pptx"])

    result = answer_from_documents(qtbot, docs_window, "How much did the harbour crane repairs cost?")
    source = next(s for s in result.sources if os.path.basename(s["path"]) == "report.xlsx")
    assert source["label"].startswith("Sheet 'Costs', rows ") and source["locator"]["sheet"] == "Costs"
    viewer = click_card(qtbot, docs_window, "report.xlsx")
    assert viewer.showing_text and viewer.title.text() == f"report.xlsx · {source['label']}"
    marked = viewer.highlighted_text()
    assert "Harbour crane repairs | 9300" in marked, marked
    cursor = viewer.text_view.cursorRect()
    assert viewer.text_view.viewport().rect().contains(cursor), "the passage is not scrolled into view"
    assert "highlighted" in viewer.status.text() and unnamed_focusable_widgets(viewer) == []
    viewer.close()

    answer_from_documents(qtbot, docs_window, "Who joins the lighthouse team in March?")
    viewer = click_card(qtbot, docs_window, "deck.pptx")
    assert viewer.shown_number == 2 and viewer.title.text().startswith("deck.pptx · Slide 2")
    assert "engineers join the lighthouse team" in viewer.highlighted_text()
    viewer.text_view.setFocus()
    qtbot.keyClick(viewer.text_view, Qt.Key.Key_PageDown)  # the text box does not keep Page Down for itself
    assert viewer.shown_number == 3 and viewer.highlighted_text() == ""
    assert "Slide 2" in viewer.status.text()
    qtbot.keyClick(viewer.text_view, Qt.Key.Key_PageUp)
    assert viewer.shown_number == 2 and "lighthouse team" in viewer.highlighted_text()
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert not viewer.isVisible()


def test_a_passage_is_found_again_when_the_stored_span_no_longer_holds_it():
    text = "Line one.\n\nThe budget for 2025 is\nninety thousand euros.\n\n😀 Emoji line."
    citation = Citation("/x/memo.txt", 1, None, "The budget for 2025 is ninety thousand euros.", 0, 9)
    start, end = passage_span(text, citation)
    assert text[start:end] == "The budget for 2025 is\nninety thousand euros."
    shortened = Citation.from_source({"path": "/x/memo.txt", "page": 1, "text": "The budget for 2025 is …"})
    assert shortened.passage == "The budget for 2025 is" and find_passage(text, shortened.passage)[0] == start
    assert find_passage(text, "not in the text at all") is None
    emoji = text.index("Emoji")
    assert utf16_position(text, emoji) == emoji + 1  # the emoji before it counts twice in Qt


def test_a_file_gone_since_it_was_indexed_shows_the_passage_and_why(qtbot, tmp_path):
    for name in ("gone.pdf", "gone.pptx"):
        viewer = SourceViewer({"n": 1, "path": str(tmp_path / name), "page": 2, "label": "Slide 2",
                               "text": "The passage as it was indexed."})
        qtbot.addWidget(viewer)
        with qtbot.waitSignal(viewer.failed, timeout=30_000) as failed:
            viewer.show()
        assert "vanished" in failed.args[0] or "does not exist" in failed.args[0], failed.args[0]
        assert viewer.showing_text and viewer.text_view.toPlainText() == "The passage as it was indexed."
        assert name in viewer.status.text() and "system viewer" in viewer.status.text()


def test_the_highlight_keeps_text_readable_in_both_themes():
    for theme in (Theme.LIGHT, Theme.DARK):
        assert contrast_ratio(COLOURS[theme]["text"], highlight_colour(theme).name()) >= 4.5, theme


def test_a_scanned_image_opens_at_its_frame_with_the_ocr_passage(qtbot, tmp_path):
    from PIL import Image

    frames = [Image.new("RGB", (1200, 1600), colour) for colour in ("white", (200, 230, 255))]
    frames[0].save(tmp_path / "scan.tiff", save_all=True, append_images=frames[1:])
    viewer = SourceViewer({"n": 1, "path": str(tmp_path / "scan.tiff"), "page": 2,
                           "text": "Invoice 4711, due in thirty days."})
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.showing_pages, timeout=30_000)
    assert viewer.shown_number == 2 and viewer.position.text() == "2 of 2"
    assert viewer.canvas.image.pixelColor(10, 10).name() == "#c8e6ff"  # the second frame, not the first
    assert viewer.canvas.width() <= viewer.page_area.viewport().width()  # fitted to the width
    assert "OCR" in viewer.status.text() and "Invoice 4711" in viewer.status.text()
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: viewer.shown_number == 1, timeout=30_000)
    assert viewer.canvas.image.pixelColor(10, 10).name() == "#ffffff"


def test_an_attachment_of_a_message_opens_at_its_page_under_the_message(qtbot, doc_index, tmp_path):
    from assistant.runtime.generators import run_to_end
    from tests.helpers.mail_files import eml_with_pdf

    run_to_end(iter(doc_index.add([eml_with_pdf(tmp_path / "q3.eml", tmp_path)])))
    hit = doc_index.search("when is the balance due", 1)[0]
    assert hit.locator["attachment"] == "invoice.pdf" and hit.locator["page"] == 2
    viewer = SourceViewer({"n": 1, **hit.to_dict()})
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.showing_text, timeout=60_000)
    assert viewer.title.text() == "q3.eml · invoice.pdf, attached to 'Q3 costs', 12 May 2025, page 2"
    assert "balance is due within thirty days" in viewer.highlighted_text()
    assert viewer.position.text() == "3 of 3"
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    assert viewer.title.text() == "q3.eml · 'Q3 costs' from Ann Lee, 12 May 2025"
    assert "Subject: Q3 costs" in viewer.text_view.toPlainText() and viewer.highlighted_text() == ""
