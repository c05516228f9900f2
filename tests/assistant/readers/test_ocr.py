"""OCR of scans: real typeset pages rendered at 200 dpi (and degraded as a scanner degrades them),
read by the real engine, through the real isolated reader where the app reads them."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.readers import images, ocr, read_document
from assistant.readers.isolated import IsolatedReader, ReadLimits
from assistant.readers.pages import UnreadableFile
from assistant.runtime import system
from tests.helpers import scans
from tests.helpers.processes import REPO

LETTER_PHRASE = "landlord remains responsible for the roof"
MEMO_PHRASE = "boiler in the east wing was serviced"


@pytest.fixture(scope="module")
def office():
    """The two office pages: the PDF with their text layer, clean and noisy 200-dpi scans."""
    data = scans.office_pdf()
    clean = scans.rasterise(data, [1, 2])
    return {"pdf": data, "clean": clean, "noisy": [scans.degrade(image, seed=n) for n, image in enumerate(clean)],
            "reference": scans.text_layer(data, [1, 2])}


def test_a_clean_scan_of_a_typeset_page_reads_within_3_percent(office):
    text = ocr.recognise(office["clean"][0])
    assert LETTER_PHRASE in " ".join(text.split())
    assert scans.character_error_rate(text, office["reference"][0]) <= 0.03


def test_a_noisy_scan_rotated_2_degrees_reads_within_8_percent_in_reading_order(office):
    text = ocr.recognise(office["noisy"][1])
    assert scans.character_error_rate(text, office["reference"][1]) <= 0.08
    lines = text.splitlines()
    assert lines[0] == "Quarterly maintenance report"  # a tilted page is still read top to bottom
    assert text.index("boiler") < text.index("fire alarm") < text.index("repaint the stairwells")


@pytest.mark.skipif(scans.r_manual() is None, reason="r-doc-pdf is not installed (apt-get install r-doc-pdf)")
def test_a_page_of_a_latex_manual_reads_within_3_percent():
    data = scans.r_manual()
    number = scans.sample_pages(data, 1)[0]
    text = ocr.recognise(scans.rasterise(data, [number])[0])
    assert scans.character_error_rate(text, scans.text_layer(data, [number])[0]) <= 0.03


def test_the_engine_loads_once_and_uses_every_core(office):
    ocr.engine.cache_clear()
    ocr.recognise(office["clean"][0])
    ocr.recognise(office["clean"][1])
    assert ocr.engine.cache_info().misses == 1
    for network in (ocr.engine().text_det, ocr.engine().text_rec):
        options = network.session.session.get_session_options()
        assert options.intra_op_num_threads == system.usable_cores()
        assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"


def test_a_multi_page_tiff_is_one_page_per_frame_with_progress(tmp_path, office):
    path = tmp_path / "scan.tiff"
    path.write_bytes(scans.tiff(office["noisy"]))
    seen = []
    with IsolatedReader() as reader:
        document = reader.parse(path, path.read_bytes(), on_progress=lambda done, total: seen.append((done, total)))
    assert document.kind == "image"
    assert [page.number for page in document.pages] == [1, 2]
    assert LETTER_PHRASE in " ".join(document.pages[0].text.split())
    assert MEMO_PHRASE in " ".join(document.pages[1].text.split())
    assert seen == [(1, 2), (2, 2)]


def test_a_scanned_pdf_and_a_mixed_one_are_read_by_ocr_where_there_is_no_text_layer(tmp_path, office):
    cover = scans.typeset_pdf([["Cover note: the enclosed pages are scans of the signed letter and memo."]])
    scanned = scans.image_pdf(office["noisy"])
    mixed = scans.mixed_pdf(cover, office["noisy"])
    with IsolatedReader(ReadLimits(seconds=2)) as reader:  # OCR pages get their own allowance, not 2 s
        scan = reader.parse(Path("scan.pdf"), scanned)
        both = reader.parse(Path("mixed.pdf"), mixed)
        assert reader.children_started == 1  # no page ran past its limit
    assert [page.number for page in scan.pages] == [1, 2]
    assert MEMO_PHRASE in " ".join(scan.pages[1].text.split())
    assert [page.number for page in both.pages] == [1, 2, 3]
    assert both.pages[0].text.startswith("Cover note")  # the text layer, as typed
    assert LETTER_PHRASE in " ".join(both.pages[1].text.split())


def test_with_ocr_off_a_scan_is_reported_and_the_text_layer_kept(tmp_path, office):
    cover = scans.typeset_pdf([["Cover note: the enclosed pages are scans of the signed letter and memo."]])
    with IsolatedReader(ReadLimits(ocr=False)) as reader, IsolatedReader() as per_file:
        with pytest.raises(UnreadableFile, match=r"no text layer \(scanned\?\); OCR is off"):
            reader.parse(Path("scan.pdf"), scans.image_pdf(office["noisy"]))
        with pytest.raises(UnreadableFile, match="OCR is off"):
            reader.parse(Path("scan.png"), scans.png(office["noisy"][0]))
        mixed = reader.parse(Path("mixed.pdf"), scans.mixed_pdf(cover, office["noisy"]))
        with pytest.raises(UnreadableFile, match="OCR is off"):  # switched off for one file only
            per_file.parse(Path("scan.pdf"), scans.image_pdf(office["noisy"]), use_ocr=False)
    assert [page.number for page in mixed.pages] == [1]


def test_an_ocr_page_that_runs_past_its_own_limit_is_skipped_by_name(office):
    limits = ReadLimits(ocr_seconds=0.3, hung_pages=5)
    with IsolatedReader(limits) as reader:
        with pytest.raises(UnreadableFile, match=r"page 1 took longer than 0 s"):
            reader.parse(Path("scan.pdf"), scans.image_pdf(office["noisy"][:1]))


def test_a_300_page_scan_fits_the_whole_read_cap():
    limits = ReadLimits()
    busy_machine_seconds_per_page = 40  # measured on a 2-core machine with four other jobs running
    assert limits.cap_for(60 * 1048576, 300, ocr_pages=300) > 300 * busy_machine_seconds_per_page
    assert limits.cap_for(60 * 1048576, 300) < 300 * busy_machine_seconds_per_page  # before: it would stop


def test_read_document_reads_a_png_outside_the_isolated_reader_too(tmp_path, office):
    path = tmp_path / "letter.png"
    path.write_bytes(scans.png(office["clean"][0]))
    document = read_document(path)
    assert LETTER_PHRASE in " ".join(document.text.split())


def test_an_image_without_printed_text_says_so(tmp_path):
    from PIL import Image

    blank = Image.new("L", (800, 1000), 255)
    with pytest.raises(UnreadableFile, match="no text found"):
        images.read_image(Path("blank.png"), scans.png(blank))


NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network used by the OCR run")
socket.socket.connect = socket.socket.connect_ex = refuse
socket.create_connection = socket.getaddrinfo = refuse
from PIL import Image
from assistant.readers import ocr
print(" ".join(ocr.recognise(Image.open(sys.argv[1])).split()))
"""


def test_ocr_runs_with_the_network_refused_and_no_model_cache(tmp_path, office):
    """Nothing is fetched: sockets raise, and HOME and the caches point at an empty folder."""
    page = tmp_path / "page.png"
    office["clean"][0].save(page)
    empty = tmp_path / "empty-home"
    empty.mkdir()
    env = {**os.environ, "HOME": str(empty), "XDG_CACHE_HOME": str(empty), "MODELSCOPE_CACHE": str(empty),
           "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", NO_NETWORK, str(page)], capture_output=True, text=True,
                          cwd=empty, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert LETTER_PHRASE in done.stdout
    assert not any(empty.iterdir())  # and nothing was written there either


def test_a_page_renders_at_the_asked_dpi_and_a_passage_is_boxed_across_a_line_break(office):
    from assistant.readers import render

    picture = render.render_page(office["pdf"], 1, dpi=100)
    assert abs(picture.size[0] - 827) <= 1 and abs(picture.size[1] - 1169) <= 1  # A4 at 100 dpi
    width, height = render.RenderedPdf(office["pdf"]).size(1)
    passage = "agree that the landlord remains responsible for the roof, the external walls and the drains"
    boxes = render.passage_boxes(office["pdf"], 1, " ".join(passage.upper().split()))  # case and spacing differ
    assert len(boxes) >= 2  # the passage runs over two lines
    assert all(0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height for x0, y0, x1, y1 in boxes)
    assert boxes[0][1] < boxes[-1][1]  # top-left origin: the later line is lower on the page
    assert render.passage_boxes(office["pdf"], 1, "a sentence that is on no page") == []
    assert render.passage_boxes(scans.image_pdf(office["clean"][:1]), 1, passage) == []  # a scan has no text layer
