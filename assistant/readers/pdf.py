"""PDF: the only module that imports pypdf. One Page per PDF page.

`pdf_pages` opens a PDF and gives its page count and a lazy iterator of page texts, so the
isolated reader can report progress page by page and resume after a page that hangs.

pypdf opens the file and checks it (encryption, the page tree, each page's drawing unpacked
within pypdf's limits, its pictures); the text itself is pdfium's (render.py), a tenth of
pypdf's time a page (r-doc-pdf: 1.0 ms against 12.6 ms a page). pypdf's own extraction reads
the pages pdfium cannot be trusted with: a drawing that unpacks past MAX_PDFIUM_CONTENT_BYTES
(pypdf stops there and a hostile one times out as before), a page on which pdfium finds almost
no text, or a file pdfium cannot open or counts other pages in.

A page with (almost) no text layer is a scan: it is rendered at OCR_DPI (render.py) and read
by OCR (ocr.py), so a PDF with typed pages and scanned ones gets both. A scanned page whose
embedded picture is larger than OCR_MAX_IMAGE_PIXELS is skipped by name before anything
decodes it.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar

from assistant.readers import ocr
from assistant.readers.pages import Page, PageText, UnreadableFile
from assistant.readers.render import RenderedPdf

log = logging.getLogger(__name__)
PASSWORD_PROTECTED = "password-protected, skipped"
HEADER_WINDOW = 1024  # readers accept "%PDF-" a little after the start, as pypdf does
MIN_TEXT_CHARS = 20  # a page with fewer letters in its text layer is a scan (a stamp or a page number at most)
OCR_DPI = 200
MAX_PDFIUM_CONTENT_BYTES = 4 * 1048576  # a typeset page draws 5-60 KB; a larger drawing is read by pypdf
OCR_MAX_IMAGE_PIXELS = 100_000_000  # an embedded picture this large (a 600-dpi A3 scan is 70 million) is hostile
NO_TEXT_LAYER = "no text layer (scanned?)"
OCR_OFF = "; OCR is off"
SCANNED = "scanned page: "  # a page problem of OCR, not of the PDF's structure
NO_TEXT_FOUND = "no text layer, and OCR found no text on its pages (blank pages or pictures?)"
T = TypeVar("T")


def _check_header(path: Path, data: bytes) -> None:
    if b"%PDF-" in data[:HEADER_WINDOW]:
        return
    head = data[:HEADER_WINDOW].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        raise UnreadableFile(path, "not a PDF: it is a web page (HTML) named .pdf")
    raise UnreadableFile(path, "not a PDF (no PDF header)")


def _open(path: Path, data: bytes):
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):  # many "protected" PDFs only restrict printing or copying
                raise UnreadableFile(path, PASSWORD_PROTECTED)
        except FileNotDecryptedError:
            raise UnreadableFile(path, PASSWORD_PROTECTED) from None
        except (DependencyError, NotImplementedError) as exc:
            raise UnreadableFile(path, f"encrypted in a way this version cannot open ({exc})") from None
    return reader


def _guarded(path: Path, step: Callable[[], T]) -> T:
    """Run one step of pypdf, turning its ways of saying "damaged" into UnreadableFile."""
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        return step()
    except FileNotDecryptedError:
        raise UnreadableFile(path, PASSWORD_PROTECTED) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, AssertionError) as exc:
        raise UnreadableFile(path, f"damaged PDF ({type(exc).__name__}: {exc})") from None


def _page_text(page, number: int, path: Path, pdfium: _Pdfium) -> PageText:
    from pypdf.errors import LimitReachedError

    try:
        return PageText(number, _text_layer(page, number, pdfium))
    except MemoryError:
        raise  # the file as a whole is too much: reported as such, not as one bad page
    except LimitReachedError as exc:
        problem = f"a stream unpacks past the safety limit, a decompression bomb? ({exc})"
    except Exception as exc:  # one damaged page must not lose the others
        problem = f"{type(exc).__name__}: {exc}"
    log.warning("%s: page %d could not be read (%s)", path.name, number, problem)
    return PageText(number, "", problem=problem)


def pdf_pages(path: Path, data: bytes, start: int = 1, use_ocr: bool = True,
              before_ocr: Callable[[int], None] | None = None) -> tuple[int, Iterator[PageText]]:
    """The page count and the pages from `start` (1-based) on, read one at a time.

    A page without a text layer is OCRed (unless use_ocr is False); before_ocr(number) is called
    first (the isolated reader gives an OCR page more time than a text page).
    """
    _check_header(path, data)
    reader = _guarded(path, lambda: _open(path, data))
    count = _guarded(path, lambda: len(reader.pages))

    def pages() -> Iterator[PageText]:
        pdfium = _Pdfium(path, data, count)
        scans = _Scans(path, pdfium)
        try:
            for i in range(max(start, 1) - 1, count):
                page = _guarded(path, partial(reader.pages.__getitem__, i))
                text = _page_text(page, i + 1, path, pdfium)
                if use_ocr and not text.problem and _is_scan(text.text) and _has_picture(page):
                    if before_ocr is not None:
                        before_ocr(i + 1)
                    text = scans.read(page, i + 1)
                yield text
        finally:
            pdfium.close()

    return count, pages()


def _text_layer(page, number: int, pdfium: _Pdfium) -> str:
    """The page's text: pdfium's, or pypdf's where pdfium's cannot be trusted (see the module's docstring)."""
    size = _drawing_size(page)
    if size == 0:
        return ""  # nothing pypdf could read text from: a picture, or a blank page
    fast = pdfium.text(number) if size <= MAX_PDFIUM_CONTENT_BYTES else None
    if fast is not None and not _is_scan(fast):
        return fast
    slow = page.extract_text() or ""
    return fast if fast is not None and len(fast.strip()) >= len(slow.strip()) else slow


def _drawing_size(page) -> int:
    """Bytes of the page's drawing unpacked as pypdf's text extraction unpacks it, within pypdf's limits
    (a decompression bomb raises LimitReachedError); 0 where pypdf finds no drawing to read."""
    from pypdf.generic import ContentStream

    try:
        content = page["/Contents"].get_object()
        if not isinstance(content, ContentStream):
            content = ContentStream(content, page.pdf, "bytes")
    except (AttributeError, KeyError):  # as pypdf's extraction: no content (a self-reference, say)
        return 0
    return len(content.get_data())


class _Pdfium:
    """The PDF opened once in pdfium, on first use: its pages' text layers and, for OCR, their pictures."""

    def __init__(self, path: Path, data: bytes, count: int):
        self.path, self.data, self.count = path, data, count
        self._pdf: RenderedPdf | None = None
        self._usable_for_text: bool | None = None  # None: not opened yet

    def rendered(self) -> RenderedPdf:
        """The open document (UnreadableFile when pdfium cannot open it)."""
        if self._pdf is None:
            self._pdf = RenderedPdf(self.data, self.path)
        return self._pdf

    def text(self, number: int) -> str | None:
        """pdfium's text of the page; None where pypdf must read it (pdfium fails, or counts other pages)."""
        try:
            if self._usable_for_text is None:
                self._usable_for_text = self.rendered().page_count == self.count
            return self.rendered().text(number) if self._usable_for_text else None
        except MemoryError:
            raise
        except Exception as exc:  # pdfium refusing a file or a page: pypdf reads it as before
            log.debug("%s: pdfium could not read page %d (%s)", self.path.name, number, exc)
            self._usable_for_text = self._usable_for_text or False
            return None

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()


def _is_scan(text: str) -> bool:
    return sum(char.isalnum() for char in text) < MIN_TEXT_CHARS


def _has_picture(page) -> bool:
    """Whether the page draws a picture: a page with little text and no picture is a short page
    (a title, a blank page), not a scan, and is not OCRed."""
    try:
        return next(_pictures(page), None) is not None
    except Exception:  # damaged resources: let OCR decide
        return True


def _pictures(page, depth: int = 2) -> Iterator[tuple[int, int]]:
    """(width, height) of each picture the page draws, directly or inside a form, read from the
    dictionaries (nothing decoded)."""
    try:
        objects = page["/Resources"]["/XObject"]
    except Exception:  # no XObjects: nothing drawn but text and lines
        return
    for name in objects:
        drawn = objects[name].get_object()
        if drawn.get("/Subtype") == "/Image":
            yield int(drawn.get("/Width", 0)), int(drawn.get("/Height", 0))
        elif drawn.get("/Subtype") == "/Form" and depth > 0:
            yield from _pictures(drawn, depth - 1)


class _Scans:
    """Scanned pages rendered by pdfium and read by OCR."""

    def __init__(self, path: Path, pdfium: _Pdfium):
        self.path, self.pdfium = path, pdfium

    def read(self, page, number: int) -> PageText:
        too_large = _largest_picture(page)
        if too_large:
            return PageText(number, "", problem=f"{SCANNED}its picture is {too_large}, too large to read "
                                                 "(a decompression bomb?)")
        try:
            return PageText(number, ocr.recognise(self.pdfium.rendered().render(number, OCR_DPI)))
        except MemoryError:
            raise
        except ocr.OcrUnavailable as exc:
            return PageText(number, "", problem=f"{SCANNED}{exc}")
        except Exception as exc:  # one page that cannot be rendered must not lose the others
            log.warning("%s: page %d could not be OCRed (%s)", self.path.name, number, exc)
            return PageText(number, "", problem=f"{SCANNED}OCR failed ({type(exc).__name__}: {exc})")


def _largest_picture(page) -> str | None:
    """"W x H pixels" of the page's first picture over OCR_MAX_IMAGE_PIXELS; None when there is none."""
    try:
        for width, height in _pictures(page):
            if width * height > OCR_MAX_IMAGE_PIXELS:
                return f"{width:,} x {height:,} pixels"
    except Exception:  # damaged resources: pdfium decides
        return None
    return None


def no_text_reason(problems: list[str], use_ocr: bool = True) -> str:
    """Why a PDF whose pages all came out empty is skipped."""
    if problems and problems[0].startswith(SCANNED):
        return f"no page could be read ({problems[0]})"
    if problems:
        return f"damaged PDF: no page could be read ({problems[0]})"
    return NO_TEXT_FOUND if use_ocr else NO_TEXT_LAYER + OCR_OFF


def read_pdf(path: Path, data: bytes) -> list[Page]:
    _count, texts = pdf_pages(path, data)
    pages, problems = [], []
    for text in texts:
        pages.append(Page(text.number, text.text))
        if text.problem:
            problems.append(text.problem)
    if problems and not any(page.text.strip() for page in pages):
        raise UnreadableFile(path, no_text_reason(problems))
    return pages
