"""PDF pages as pictures: the only module that imports pypdfium2.

For the text layer of PDF pages and OCR of scanned pages (pdf.py), and for the built-in viewer,
which shows a page and highlights a cited passage on it:

    page_count(data) -> int
    RenderedPdf(data).text(number) -> the page's text layer
    render_page(data, number, dpi) -> PIL.Image.Image (RGB)
    passage_boxes(data, number, passage) -> [(x0, y0, x1, y1), ...]

`number` is 1-based, as in Page.number. Boxes are in PDF points (1/72 inch) from the page's
top-left corner, y growing downwards, so at `dpi` a box is `x * dpi / 72` pixels into the
rendered image. The passage is matched on its letters and digits only (case-insensitive), so
line breaks, hyphenation and spacing that differ between the index's text and pdfium's do not
matter. A page without a text layer (a scan) has no boxes.

RenderedPdf keeps one document open for many pages (opening a PDF per page would cost more
than rendering it); the functions above open, use and close one.
"""
from __future__ import annotations

import threading
from pathlib import Path

from assistant.readers.pages import UnreadableFile

POINTS_PER_INCH = 72
MAX_RENDER_PIXELS = 60_000_000  # a page this large (in pixels at the asked dpi) is rendered at a lower dpi
EVERYWHERE = 1e9  # text bounds (points) that take in text drawn off the page, as other readers do
GENERATED_HYPHEN = "\x02"  # pdfium's mark for a word hyphenated across a line end (the line is joined)
PREFIX_CHARS = 80  # a passage not found whole is looked for by its start (a chunk cut across a page)
_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe: the viewer and the index may both render


class RenderedPdf:
    """One open PDF for rendering pages and locating passages."""

    def __init__(self, data: bytes, path: Path | None = None):
        import pypdfium2  # type: ignore[import-untyped]

        self.path = path or Path("document.pdf")
        try:
            with _PDFIUM_LOCK:
                self._pdf = pypdfium2.PdfDocument(data)
                self.page_count = len(self._pdf)
        except pypdfium2.PdfiumError as exc:
            raise UnreadableFile(self.path, _pdfium_reason(exc)) from None

    def render(self, number: int, dpi: float) -> object:
        """The page as an RGB PIL image at `dpi` (less if the page is huge: at most MAX_RENDER_PIXELS)."""
        with _PDFIUM_LOCK:
            page = self._page(number)
            try:
                width, height = page.get_size()
                scale = _scale_within(width, height, dpi / POINTS_PER_INCH)
                bitmap = page.render(scale=scale, grayscale=False, may_draw_forms=True)
                return bitmap.to_pil().convert("RGB")
            finally:
                page.close()

    def text(self, number: int) -> str:
        """The page's text layer ("" for a scan), lines ending in "\r\n". A word hyphenated across a
        line end comes back whole ("infor-" + "mation": "information"), as a search wants it."""
        with _PDFIUM_LOCK:
            page = self._page(number)
            try:
                textpage = page.get_textpage()
                try:
                    text = textpage.get_text_bounded(-EVERYWHERE, -EVERYWHERE, EVERYWHERE, EVERYWHERE)
                    return text.replace(GENERATED_HYPHEN, "")
                finally:
                    textpage.close()
            finally:
                page.close()

    def size(self, number: int) -> tuple[float, float]:
        """The page's width and height in points."""
        with _PDFIUM_LOCK:
            page = self._page(number)
            try:
                return page.get_size()
            finally:
                page.close()

    def passage_boxes(self, number: int, passage: str) -> list[tuple[float, float, float, float]]:
        """Rectangles (points, top-left origin) covering the passage's characters on the page."""
        with _PDFIUM_LOCK:
            page = self._page(number)
            try:
                textpage = page.get_textpage()
                try:
                    return _boxes(textpage, page.get_height(), passage)
                finally:
                    textpage.close()
            finally:
                page.close()

    def close(self) -> None:
        with _PDFIUM_LOCK:
            self._pdf.close()

    def __enter__(self) -> RenderedPdf:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _page(self, number: int):
        if not 1 <= number <= self.page_count:
            raise UnreadableFile(self.path, f"has no page {number} (it has {self.page_count})")
        return self._pdf[number - 1]


def page_count(data: bytes) -> int:
    with RenderedPdf(data) as pdf:
        return pdf.page_count


def render_page(data: bytes, number: int, dpi: float = 150) -> object:
    with RenderedPdf(data) as pdf:
        return pdf.render(number, dpi)


def passage_boxes(data: bytes, number: int, passage: str) -> list[tuple[float, float, float, float]]:
    with RenderedPdf(data) as pdf:
        return pdf.passage_boxes(number, passage)


def _scale_within(width: float, height: float, scale: float) -> float:
    pixels = width * scale * height * scale
    if pixels <= MAX_RENDER_PIXELS:
        return scale
    return scale * (MAX_RENDER_PIXELS / pixels) ** 0.5


def _pdfium_reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "password" in text:
        return "password-protected, skipped"
    return f"damaged PDF ({exc})"


def _searchable(text: str) -> tuple[str, list[int]]:
    """The text's letters and digits, lowercased, and where each came from in the text."""
    kept, origins = [], []
    for index, char in enumerate(text):
        if char.isalnum():
            kept.append(char.lower())
            origins.append(index)
    return "".join(kept), origins


def _span(page_text: str, passage: str) -> tuple[int, int] | None:
    """The passage's first and last character index in the page's text, or None."""
    haystack, origins = _searchable(page_text)
    needle, _ = _searchable(passage)
    if not needle:
        return None
    found = haystack.find(needle)
    if found < 0:  # a chunk that runs on to the next page: its start is on this one
        needle = needle[:PREFIX_CHARS]
        found = haystack.find(needle) if len(needle) >= 12 else -1
    if found < 0:
        return None
    return origins[found], origins[found + len(needle) - 1]


def _boxes(textpage, page_height: float, passage: str) -> list[tuple[float, float, float, float]]:
    count = textpage.count_chars()
    if count <= 0:
        return []
    span = _span(textpage.get_text_range(0, count), passage)
    if span is None:
        return []
    first, last = span
    boxes = []
    for i in range(textpage.count_rects(first, last - first + 1)):
        left, bottom, right, top = textpage.get_rect(i)
        boxes.append((left, page_height - top, right, page_height - bottom))
    return boxes
