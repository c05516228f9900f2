"""Hostile and broken images through the real isolated reader: each one is a one-line reason (or
a skipped page), never a crash, a hang or a child killed for memory."""
from __future__ import annotations

import io
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from assistant.readers import images, pdf
from assistant.readers.isolated import IsolatedReader
from assistant.readers.pages import UnreadableFile
from tests.helpers import scans
from tests.helpers.hostile_files import pdf_stream, raw_pdf

QUICK_S = 30  # each hostile file is answered well within this


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims width x height pixels, with a few bytes of picture."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", zlib.compress(b"\0" * 4096))
            + png_chunk(b"IEND", b""))


def tiff_of_frames(frames: int) -> bytes:
    """A little-endian TIFF of `frames` 2 x 2 grey frames sharing one strip (Pillow would take minutes
    to write 10,000 frames)."""
    entries = [(256, 3, 2), (257, 3, 2), (258, 3, 8), (259, 3, 1), (262, 3, 1), (273, 4, 8), (278, 3, 2),
               (279, 4, 4)]  # width, height, bits, no compression, black is zero, strip at 8, 2 rows, 4 bytes
    size = 2 + 12 * len(entries) + 4
    out = bytearray(b"II*\x00" + struct.pack("<I", 12) + b"\xff" * 4)  # header, first IFD at 12, the strip
    for n in range(frames):
        following = 12 + (n + 1) * size if n + 1 < frames else 0
        out += struct.pack("<H", len(entries))
        out += b"".join(struct.pack("<HHII", tag, kind, 1, value) for tag, kind, value in entries)
        out += struct.pack("<I", following)
    return bytes(out)


def pdf_with_a_huge_picture(width: int = 30000, height: int = 30000) -> bytes:
    """A page that is one scanned picture whose dictionary says width x height pixels (1.8 GB decoded)."""
    picture = zlib.compress(b"\xff" * 65536)
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        pdf_stream(b"q 612 0 0 792 0 0 cm /Im1 Do Q"),
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (width, height, len(picture), picture),
    ])


@pytest.fixture(scope="module")
def reader():
    with IsolatedReader() as isolated:
        yield isolated


@pytest.fixture(scope="module")
def page_scan():
    return scans.rasterise(scans.office_pdf(), [1])[0]


def parse_quickly(reader, name: str, data: bytes):
    started = time.monotonic()
    try:
        return reader.parse(Path(name), data)
    finally:
        assert time.monotonic() - started < QUICK_S


def reason_of(reader, name: str, data: bytes) -> str:
    with pytest.raises(UnreadableFile) as failure:
        parse_quickly(reader, name, data)
    reason = failure.value.reason
    assert "\n" not in reason and "Traceback" not in reason
    return reason


def test_a_truncated_png_is_a_damaged_image(reader, page_scan):
    whole = scans.png(page_scan)
    assert "damaged image" in reason_of(reader, "cut.png", whole[:len(whole) // 3])
    assert "damaged image" in reason_of(reader, "header-only.png", whole[:40])


def test_a_decompression_bomb_png_is_refused_before_it_is_decoded(reader):
    assert "decompression bomb" in reason_of(reader, "bomb.png", png_claiming(100_000, 100_000))
    # under Pillow's own refusal (2 x 89 million pixels) but over this reader's cap: refused by the cap
    assert "decompression bomb" in reason_of(reader, "large.png", png_claiming(11_000, 11_000))
    assert reader.children_started == 1  # refused, not killed for memory


def test_the_hand_made_tiff_is_a_real_tiff():
    picture = Image.open(io.BytesIO(tiff_of_frames(3)))
    picture.seek(2)
    picture.load()
    assert picture.size == (2, 2) and picture.getpixel((1, 1)) == 255


def test_a_tiff_of_10000_frames_is_not_a_scan(reader):
    reason = reason_of(reader, "frames.tiff", tiff_of_frames(10_000))
    assert f"more than {images.MAX_FRAMES:,} frames" in reason


def test_a_jpeg_named_png_is_read_as_the_jpeg_it_is(reader, page_scan):
    document = parse_quickly(reader, "letter.png", scans.jpeg(page_scan))
    assert "Harbour Street" in " ".join(document.text.split())


def test_a_text_file_named_png_is_not_an_image(reader):
    assert "not a PNG, JPEG or TIFF image" in reason_of(reader, "notes.png", b"Just some words, not a picture.\n" * 20)


def test_a_gif_named_tiff_is_refused_by_the_allowed_decoders(reader):
    out = io.BytesIO()
    Image.new("L", (50, 50), 255).save(out, format="GIF")
    assert "not a PNG, JPEG or TIFF image" in reason_of(reader, "picture.tiff", out.getvalue())


def test_a_pdf_page_with_a_huge_picture_is_skipped_by_its_size(reader):
    reason = reason_of(reader, "huge-picture.pdf", pdf_with_a_huge_picture())
    assert "30,000 x 30,000 pixels, too large" in reason and "decompression bomb" in reason


def test_a_huge_picture_page_does_not_lose_the_scanned_pages_beside_it(reader, page_scan):
    mixed = scans.mixed_pdf(pdf_with_a_huge_picture(), [page_scan])
    document = parse_quickly(reader, "mixed.pdf", mixed)
    assert [page.number for page in document.pages] == [2]
    assert "Harbour Street" in " ".join(document.text.split())


def test_the_largest_picture_check_reads_dictionaries_only():
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf_with_a_huge_picture())).pages[0]
    assert pdf._largest_picture(page) == "30,000 x 30,000 pixels"
