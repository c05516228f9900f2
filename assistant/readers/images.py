"""Images of printed pages (PNG, JPEG, TIFF, multi-page TIFF): text by OCR, one Page per frame.

The only module that imports Pillow for reading. The file is identified by its content, not
its name (a JPEG named .png is read as the JPEG it is); only PNG, JPEG and TIFF decoders are
allowed to open it. A frame larger than MAX_PIXELS is refused before it is decoded (a
decompression bomb says it is 100,000 x 100,000 pixels in a few bytes), and a TIFF with more
than MAX_FRAMES frames is not a scan.
"""
from __future__ import annotations

import io
import logging
import struct
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

from assistant.readers import ocr
from assistant.readers.pages import Page, PageText, UnreadableFile

log = logging.getLogger(__name__)
FORMATS = ["PNG", "JPEG", "TIFF"]  # a phone's MPO photo opens as the JPEG it starts with
MAX_PIXELS = 100_000_000  # a 600-dpi A3 scan is 70 million pixels
MAX_FRAMES = 2000
OCR_OFF = "an image of a page: OCR is off (Settings), so its text cannot be read"
SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}
NO_TEXT = "no text found in the image (a photo or drawing, not printed text?)"


class _TooLarge(Exception):
    """A frame over MAX_PIXELS: refused before it is decoded."""


def _open(path: Path, data: bytes):
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's DecompressionBombWarning: our own cap decides
            return Image.open(io.BytesIO(data), formats=FORMATS)
    except UnidentifiedImageError:
        claimed = next((name for signature, name in SIGNATURES.items() if data.startswith(signature)), None)
        if claimed:
            raise UnreadableFile(path, f"damaged image: it starts as a {claimed} but is cut short or corrupted") from None
        raise UnreadableFile(path, f"not a PNG, JPEG or TIFF image (damaged, or another format named "
                                   f"{path.suffix or 'without an extension'})") from None
    except Image.DecompressionBombError as exc:
        raise UnreadableFile(path, f"image too large to read, a decompression bomb? ({exc})") from None
    except (OSError, SyntaxError, ValueError, EOFError, KeyError, IndexError, struct.error) as exc:
        raise UnreadableFile(path, f"damaged image ({exc})") from None


def _frame_count(path: Path, image) -> int:
    """How many frames (pages), counted by seeking so a 10,000-frame TIFF stops at the cap."""
    count = 0
    try:
        while True:
            image.seek(count)
            count += 1
            if count > MAX_FRAMES:
                raise UnreadableFile(path, f"has more than {MAX_FRAMES:,} frames: not a scanned document; skipped")
    except EOFError:
        pass
    except (OSError, SyntaxError, ValueError) as exc:
        if count == 0:
            raise UnreadableFile(path, f"damaged image ({exc})") from None
        log.warning("%s: frames after %d could not be read (%s)", path.name, count, exc)
    return max(count, 1)


def _frame(path: Path, image, number: int):
    """Frame `number` (1-based), decoded, as greyscale or colour; a problem as an exception."""
    image.seek(number - 1)
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise _TooLarge(f"an image of {width:,} x {height:,} pixels, more than the {MAX_PIXELS // 1_000_000} "
                        "million this reader decodes (a decompression bomb?)")
    image.load()
    return image.convert("L") if image.mode in ("1", "L", "LA", "P", "I", "I;16", "F") else image.convert("RGB")


def _page(path: Path, image, number: int, use_ocr: bool) -> PageText:
    if not use_ocr:
        return PageText(number, "", problem=OCR_OFF)
    try:
        picture = _frame(path, image, number)
    except MemoryError:
        raise
    except _TooLarge as exc:
        return PageText(number, "", problem=str(exc))
    except Exception as exc:  # a damaged frame must not lose the others
        log.warning("%s: frame %d could not be read (%s)", path.name, number, exc)
        return PageText(number, "", problem=f"damaged image ({exc})")
    try:
        return PageText(number, ocr.recognise(picture))
    except ocr.OcrUnavailable as exc:
        return PageText(number, "", problem=str(exc))


def image_pages(path: Path, data: bytes, start: int = 1, use_ocr: bool = True,
                before_ocr: Callable[[int], None] | None = None) -> tuple[int, Iterator[PageText]]:
    """The frame count and the frames' text from `start` (1-based) on, one at a time.

    before_ocr(number) is called before each frame is recognised (the isolated reader gives an
    OCR page more time than a text page).
    """
    image = _open(path, data)
    count = _frame_count(path, image)

    def pages() -> Iterator[PageText]:
        for number in range(max(start, 1), count + 1):
            if before_ocr is not None and use_ocr:
                before_ocr(number)
            yield _page(path, image, number, use_ocr)

    return count, pages()


def no_text_reason(problems: list[str]) -> str:
    """Why an image whose frames all came out empty is skipped."""
    return problems[0] if problems else NO_TEXT


def read_image(path: Path, data: bytes) -> list[Page]:
    _count, pages = image_pages(path, data)
    pages_read = list(pages)
    if not any(page.text.strip() for page in pages_read):
        raise UnreadableFile(path, no_text_reason([page.problem for page in pages_read if page.problem]))
    return list(pages_read)
