"""The built-in viewer: a cited source opened where the citation points, the passage highlighted.

A PDF page is shown as a picture (assistant/readers/render.py) with translucent boxes over the cited
passage; a scanned image (PNG, JPEG, a TIFF's frame) as it is, its OCR'd passage beside it. A slide,
a block of a sheet's rows, a chapter, a message, or a page of a Word, OpenDocument, HTML or text file
is shown as the unit's text, read again through the isolated reader, with the cited characters (the
locator's char_start..char_end) marked and scrolled into view. Rendering and reading run on worker
threads; the GUI thread only shows what comes back. "Open in the system viewer" stays.
"""
from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPen,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistant.readers import kind_of, load_bytes
from assistant.readers.isolated import read_document_isolated
from assistant.readers.pages import Page, UnreadableFile
from assistant.readers.render import RenderedPdf
from ui.application import current_application
from ui.theme import COLOURS, Theme
from ui.workers import GeneratorWorker, returning

BASE_DPI = 96  # at 100 % a page is as large as on paper on a 96-dpi screen
ZOOMS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)  # the steps of zoom in and out; a PDF opens fitted to the width
FIT_ZOOMS = (0.25, 3.0)  # fitting to the width never goes below or above these
PAGE_MARGIN = 14  # pixels of background around a page
TEXT_MARGIN = 18  # pixels around a unit's text
TEXT_SCALE = 1.1  # a unit's text is a little larger than the interface's
HIGHLIGHT_ALPHA = 0.32  # the accent colour's share in a highlight over the page or the text
SHORT_PASSAGE_WORDS = 12  # a passage not found whole is looked for by its first words
ELLIPSIS = "…"  # what ask's fit_sources appends to a passage it shortened
PICTURE_KINDS = ("pdf", "image")


def source_url(path: str, page: int, kind_suffix: str | None = None) -> QUrl:
    """A file URL; for PDFs on macOS and Windows a #page= fragment, which their viewers honour."""
    url = QUrl.fromLocalFile(path)
    if (kind_suffix or os.path.splitext(path)[1]).lower() == ".pdf" and sys.platform in ("darwin", "win32"):
        url.setFragment(f"page={page}")
    return url


@dataclass(frozen=True)
class Citation:
    """Where a source points: the file, its unit (page number and label) and the cited passage."""
    path: str
    page: int
    label: str | None = None
    passage: str = ""
    char_start: int | None = None
    char_end: int | None = None

    @classmethod
    def from_source(cls, source: dict) -> Citation:
        """From a source dict of an answer (older answers have no label or locator)."""
        locator = source.get("locator") or {}
        passage = " ".join(str(source.get("text") or "").split()).removesuffix(ELLIPSIS).rstrip()
        start, end = locator.get("char_start"), locator.get("char_end")
        return cls(str(source["path"]), int(source.get("page") or 1), source.get("label") or None, passage,
                   start if isinstance(start, int) else None, end if isinstance(end, int) else None)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    @property
    def kind(self) -> str | None:
        return kind_of(Path(self.path))

    @property
    def is_picture(self) -> bool:
        """Shown as pages drawn as pictures (a PDF, a scanned image), not as text."""
        return self.kind in PICTURE_KINDS


# -- the work done off the GUI thread ----------------------------------------------------------

@dataclass(frozen=True)
class PageRequest:
    """What to render, read on the GUI thread before the job starts."""
    path: str
    data: bytes | None  # the file once read (None: read it first)
    number: int
    passage: str  # the passage to locate on this page ("" on pages other than the cited one)
    zoom: float | None  # None: as wide as `fit_width`
    fit_width: int  # logical pixels
    pixel_ratio: float


@dataclass(frozen=True)
class RenderedPage:
    """A PDF page as a picture, with the cited passage's boxes in the picture's pixels."""
    data: bytes  # the file, kept so the next page is rendered without reading it again
    number: int
    count: int
    image: QImage
    boxes: tuple[QRectF, ...]
    zoom: float  # what it was drawn at (1.0: as large as on paper)


def render_pdf_page(request: PageRequest) -> RenderedPage:
    """The page (clamped to the document) as a picture, with the passage located on it when given."""
    data = load_bytes(request.path) if request.data is None else request.data
    with RenderedPdf(data, Path(request.path)) as pdf:
        number = min(max(request.number, 1), pdf.page_count)
        width_points, _height = pdf.size(number)
        zoom = request.zoom or fitted_zoom(request.fit_width, width_points)
        picture = pdf.render(number, BASE_DPI * zoom * request.pixel_ratio)
        boxes = pdf.passage_boxes(number, request.passage) if request.passage else []
        count = pdf.page_count
    image = _qimage(picture)
    scale = image.width() / width_points if width_points else BASE_DPI * zoom * request.pixel_ratio / 72
    return RenderedPage(data, number, count, image,
                        tuple(QRectF(x0 * scale, y0 * scale, (x1 - x0) * scale, (y1 - y0) * scale)
                              for x0, y0, x1, y1 in boxes), zoom)


def render_image_page(request: PageRequest) -> RenderedPage:
    """A frame of a scanned image (PNG, JPEG, TIFF) as it is, scaled to the zoom; OCR text has no boxes."""
    reader = QImageReader(request.path)
    reader.setAutoTransform(True)  # a phone's JPEG the right way up
    count = max(reader.imageCount(), 1)
    number = min(max(request.number, 1), count)
    if number > 1:
        reader.jumpToImage(number - 1)
    image = reader.read()
    if image.isNull():
        raise UnreadableFile(Path(request.path), f"cannot be drawn ({reader.errorString()})")
    zoom = request.zoom or min(max(request.fit_width / max(image.width(), 1), 0.05), FIT_ZOOMS[1])
    width = round(image.width() * zoom * request.pixel_ratio)
    if width != image.width():
        image = image.scaledToWidth(max(width, 1), Qt.TransformationMode.SmoothTransformation)
    return RenderedPage(b"", number, count, image.convertToFormat(QImage.Format.Format_RGB888), (), zoom)


def fitted_zoom(width: int, width_points: float) -> float:
    """The zoom at which a page `width_points` wide fills `width` logical pixels."""
    if width_points <= 0 or width <= 0:
        return 1.0
    return min(max(width / (width_points * BASE_DPI / 72), FIT_ZOOMS[0]), FIT_ZOOMS[1])


def next_zoom(zoom: float, step: int) -> float | None:
    """The zoom step above (step 1) or below (step -1) `zoom`; None past the last one."""
    if step > 0:
        return next((z for z in ZOOMS if z > zoom * 1.01), None)
    return next((z for z in reversed(ZOOMS) if z < zoom * 0.99), None)


def _qimage(picture) -> QImage:
    """A PIL image as a QImage that owns its pixels (QImage is safe to make off the GUI thread)."""
    rgb = picture.convert("RGB")
    width, height = rgb.size
    return QImage(rgb.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def read_units(path: str) -> list[Page]:
    """The file's citable units (slides, sheet blocks, chapters, messages, pages), read in a child process."""
    return read_document_isolated(path).pages


def passage_span(text: str, citation: Citation) -> tuple[int, int] | None:
    """Where the cited passage is in its unit's text: the stored span when it still holds the passage
    (the file may have changed since it was indexed), else wherever the passage's words are found."""
    start, end = citation.char_start, citation.char_end
    if start is not None and end is not None and 0 <= start < end <= len(text):
        if _starts_with_words(text[start:end], citation.passage):
            return start, end
    return find_passage(text, citation.passage)


def _starts_with_words(span: str, passage: str) -> bool:
    wanted = passage.split()
    return span.split()[:len(wanted)] == wanted


def find_passage(text: str, passage: str) -> tuple[int, int] | None:
    """The passage's span in `text`, matched word by word whatever the spacing; None if absent."""
    words = passage.split()
    for tried in (words, words[:SHORT_PASSAGE_WORDS]):
        if not tried:
            return None
        found = re.search(r"\s+".join(map(re.escape, tried)), text)
        if found:
            return found.start(), found.end()
    return None


def utf16_position(text: str, index: int) -> int:
    """Qt's position for Python's str index `index` (Qt counts UTF-16 units: an emoji is two)."""
    return len(text[:index].encode("utf-16-le")) // 2


# -- jobs ----------------------------------------------------------------------------------------

_RUNNING: set[GeneratorWorker] = set()  # kept alive until their thread ends, even after the viewer closed
_WAITS_AT_QUIT: list[bool] = []  # whether the application waits for them before it quits


QUIT_WAIT_MS = 5000  # at quit, how long a page still being drawn or read may hold the window up


def _wait_for_jobs() -> None:
    for worker in list(_RUNNING):
        worker.wait(QUIT_WAIT_MS)


def _start_job(work: Callable[[], object]) -> GeneratorWorker:
    """A worker for `work`, kept alive until its thread ends; the caller connects its signals and starts it."""
    if not _WAITS_AT_QUIT:
        current_application().aboutToQuit.connect(_wait_for_jobs)
        _WAITS_AT_QUIT.append(True)
    worker = GeneratorWorker(lambda _should_stop: returning(work))
    _RUNNING.add(worker)
    worker.finished.connect(lambda: _finished(worker))
    return worker


def _finished(worker: GeneratorWorker) -> None:
    _RUNNING.discard(worker)
    worker.deleteLater()


def theme_colours(theme: str | None = None) -> dict[str, str]:
    """The colours of `theme` (default: the one the window shows)."""
    theme = _shown_theme() if theme is None else theme
    return COLOURS[Theme(theme)] if theme in COLOURS else COLOURS[Theme.LIGHT]


def highlight_colour(theme: str | None = None) -> QColor:
    """The theme's accent blended over its text background: what marks a cited passage."""
    colours = theme_colours(theme)
    accent, base = QColor(colours["accent"]), QColor(colours["base"])
    mix = HIGHLIGHT_ALPHA
    return QColor.fromRgbF(accent.redF() * mix + base.redF() * (1 - mix),
                           accent.greenF() * mix + base.greenF() * (1 - mix),
                           accent.blueF() * mix + base.blueF() * (1 - mix))


def _shown_theme() -> str | None:
    theme = current_application().property("deskmateTheme")
    return theme if isinstance(theme, str) else None


# -- the widgets ---------------------------------------------------------------------------------

class PageCanvas(QWidget):
    """A rendered page with translucent boxes over the cited passage."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image = QImage()
        self.boxes: tuple[QRectF, ...] = ()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_page(self, image: QImage, boxes: tuple[QRectF, ...], pixel_ratio: float) -> None:
        """`boxes` in the image's pixels; kept here in this widget's coordinates."""
        image.setDevicePixelRatio(pixel_ratio)
        self.image = image
        self.boxes = tuple(QRectF(PAGE_MARGIN + b.x() / pixel_ratio, PAGE_MARGIN + b.y() / pixel_ratio,
                                  b.width() / pixel_ratio, b.height() / pixel_ratio) for b in boxes)
        size = image.deviceIndependentSize().toSize()
        self.setFixedSize(size.width() + 2 * PAGE_MARGIN, size.height() + 2 * PAGE_MARGIN)
        self.update()

    def paintEvent(self, event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        colours = theme_colours()
        page = QRectF(PAGE_MARGIN, PAGE_MARGIN, self.width() - 2 * PAGE_MARGIN, self.height() - 2 * PAGE_MARGIN)
        painter.fillRect(page.translated(2, 3), QColor(0, 0, 0, 60))  # a little shadow: the paper's edge
        painter.drawImage(PAGE_MARGIN, PAGE_MARGIN, self.image)
        painter.setPen(QPen(QColor(colours["border"]), 1))
        painter.drawRect(page.adjusted(-0.5, -0.5, 0.5, 0.5))
        if self.boxes:
            fill, edge = QColor(colours["accent"]), QColor(colours["accent"])
            fill.setAlphaF(HIGHLIGHT_ALPHA)
            edge.setAlphaF(0.8)
            painter.setPen(QPen(edge, 1))
            painter.setBrush(fill)
            for box in self.boxes:
                painter.drawRect(box.adjusted(-1.5, -1, 1.5, 1))
        painter.end()


class SourceViewer(QDialog):
    """A source opened at its cited page, slide, sheet block, chapter or message, passage marked.

    Page Up / Page Down go to the previous or next page (or unit), Ctrl+plus and Ctrl+minus zoom,
    Ctrl+0 fits the page to the width, Esc closes. `shown` is emitted each time a page or unit is on
    screen, with its number; `failed` when the file cannot be shown here.
    """

    shown = Signal(int)
    failed = Signal(str)

    def __init__(self, source: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sourceViewer")
        self._generation = 0  # bumped for each source shown: answers for an older one are dropped
        self._job: GeneratorWorker | None = None
        self._next_job: tuple | None = None  # the latest page asked for while a job ran
        self._deliver: tuple | None = None  # (on_result, on_failure) of the running job
        self._refit = QTimer(self, interval=150, singleShot=True)  # a resized window re-fits its page once
        self._refit.timeout.connect(self._fit_again)
        self._build()
        self._shortcuts()
        self._size_to_screen()
        self.show_source(source)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("viewerTitle")  # its look, and the status's and page's, are in ui/theme.py
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setAccessibleName(self.tr("Source"))
        self.position = QLabel()
        self.position.setAccessibleName(self.tr("Position in the file"))
        self.previous_button = self._tool_button(self.tr("◀ Previous"), self.tr("Previous page (Page Up)"),
                                                 self.previous_page)
        self.next_button = self._tool_button(self.tr("Next ▶"), self.tr("Next page (Page Down)"), self.next_page)
        self.zoom_out_button = self._tool_button("−", self.tr("Zoom out (Ctrl+minus)"), self.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_in_button = self._tool_button("+", self.tr("Zoom in (Ctrl+plus)"), self.zoom_in)
        self.fit_button = self._tool_button(self.tr("Fit width"), self.tr("Fit the page to the width (Ctrl+0)"),
                                            self.fit_width)
        self.system_button = QPushButton(self.tr("Open in the system viewer"))
        self.system_button.setAccessibleName(self.tr("Open the file in the system viewer"))
        self.system_button.clicked.connect(self.open_in_system_viewer)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the viewer (Esc)"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.system_button, self.close_button):
            button.setAutoDefault(False)  # Enter does not open another program
        self.status = QLabel()
        self.status.setObjectName("viewerStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Viewer status"))
        self.canvas = PageCanvas()
        self.page_area = QScrollArea()
        self.page_area.setObjectName("pageArea")
        self.page_area.setWidget(self.canvas)
        self.page_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_area.setAccessibleName(self.tr("Page"))
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Text of the cited part"))
        self.text_view.document().setDocumentMargin(TEXT_MARGIN)
        self._text_point_size = self.text_view.font().pointSizeF() * TEXT_SCALE
        self.loading = QLabel(self.tr("Opening…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setAccessibleName(self.tr("Opening the file"))
        self.stack = QStackedWidget()
        for page in (self.loading, self.page_area, self.text_view):
            self.stack.addWidget(page)
        bar = QHBoxLayout()
        for control in (self.previous_button, self.next_button, self.position):
            bar.addWidget(control)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button,
                       self.system_button, self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)

    def _tool_button(self, text: str, name: str, action: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(action)
        return button

    def _shortcuts(self) -> None:
        for keys, action in ((QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
                             (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
                             (QKeySequence(QKeySequence.StandardKey.ZoomIn), self.zoom_in),
                             (QKeySequence("Ctrl+="), self.zoom_in),
                             (QKeySequence(QKeySequence.StandardKey.ZoomOut), self.zoom_out),
                             (QKeySequence("Ctrl+0"), self.fit_width)):
            QShortcut(keys, self, action)

    def _size_to_screen(self) -> None:
        available = self.screen().availableGeometry()
        self.resize(min(920, int(available.width() * 0.9)), min(1040, int(available.height() * 0.9)))

    # -- what is shown -------------------------------------------------------------------------

    def show_source(self, source: dict) -> None:
        """Show another citation (the cards reuse one viewer)."""
        self._generation += 1
        self._next_job = None
        self.citation = Citation.from_source(source)
        self._data: bytes | None = None
        self._units: list[Page] = []
        self._count = 0
        self._zoom: float | None = None  # None: a PDF page as wide as the window
        self._shown_zoom = 1.0  # the zoom on screen (a fitted page's too)
        self._number = self.citation.page  # the page or unit on screen (the cited one until something is)
        self._wanted = self.citation.page  # the page last asked for (drawn on a worker, shown when it comes)
        self._unit_index = 0
        self.text_view.clear()
        self._set_text_zoom(1.0)
        self._set_title(self.citation.label, self.citation.page)
        self.status.setText(self.tr("Opening %s…") % self.citation.name)
        self.stack.setCurrentWidget(self.loading)
        self._update_controls()
        if self.citation.is_picture:
            self._render(self.citation.page)
        else:
            self._read()

    @property
    def showing_pages(self) -> bool:
        return self.stack.currentWidget() is self.page_area

    @property
    def showing_text(self) -> bool:
        return self.stack.currentWidget() is self.text_view

    @property
    def shown_number(self) -> int:
        """The number of the page or unit on screen."""
        return self._number

    @property
    def _paged(self) -> bool:
        """Whether PDF pages are shown (not units' text)."""
        return self.citation.is_picture and not self._units

    def _set_title(self, label: str | None, number: int) -> None:
        place = label or self.tr("Page %d") % number
        self.title.setText(f"{self.citation.name} · {place}")
        self.setWindowTitle(f"{self.citation.name} · {place}")

    def _update_controls(self) -> None:
        count = self._count if self._paged else len(self._units)
        index = self._wanted if self._paged else self._unit_index + 1
        self.previous_button.setEnabled(count > 1 and index > 1)
        self.next_button.setEnabled(count > 1 and index < count)
        self.position.setText(self.tr("%d of %d") % (index, count) if count else "")
        self.zoom_label.setText(f"{self._shown_zoom * 100:.0f} %")
        self.zoom_out_button.setEnabled(next_zoom(self._shown_zoom, -1) is not None)
        self.zoom_in_button.setEnabled(next_zoom(self._shown_zoom, 1) is not None)
        self.fit_button.setVisible(self._paged)
        self.fit_button.setEnabled(self._zoom is not None)

    # -- PDF pages -----------------------------------------------------------------------------

    def _render(self, number: int) -> None:
        request = PageRequest(self.citation.path, self._data, number,
                              self.citation.passage if number == self.citation.page else "", self._zoom,
                              self._page_width(), self.devicePixelRatioF())
        self._fitted_width = request.fit_width
        generation = self._generation
        render = render_image_page if self.citation.kind == "image" else render_pdf_page
        self._run(lambda: render(request), lambda page: self._show_page(generation, page, request),
                  lambda message: self._render_failed(generation, message))

    def _page_width(self) -> int:
        """Room for a page across the page area, before it is first shown too (its layout is set now)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        scrollbar = self.page_area.verticalScrollBar().sizeHint().width()
        slack = 8  # rounding and the page's shadow must not bring up a horizontal scroll bar
        return self.stack.width() - 2 * self.page_area.frameWidth() - scrollbar - 2 * PAGE_MARGIN - slack

    def _show_page(self, generation: int, page: RenderedPage, request: PageRequest) -> None:
        if generation != self._generation:
            return
        self._data, self._count, self._shown_zoom = page.data, page.count, page.zoom
        self._number = page.number
        if self._next_job is None:  # no other page asked for since: what was asked is what is shown
            self._wanted = page.number
        self.canvas.set_page(page.image, page.boxes, request.pixel_ratio)
        cited = page.number == self.citation.page
        self._set_title(self.citation.label if cited else None, page.number)
        self.canvas.setAccessibleName(self.tr("Page %d of %d") % (page.number, page.count))
        self.canvas.setAccessibleDescription(self.citation.passage if cited else "")
        if cited and page.boxes:
            self.status.setText(self.tr("The cited passage is highlighted."))
        elif cited and self.citation.kind == "image":
            self.status.setText(self.tr("The cited passage, read from this picture by OCR: %s")
                                % self.citation.passage)
        elif cited:
            self.status.setText(self.tr("The cited passage could not be marked on this page (a scanned page, "
                                        "or the file changed since it was indexed): %s") % self.citation.passage)
        else:
            self.status.setText(self.tr("The cited passage is on page %d.") % self.citation.page)
        self.stack.setCurrentWidget(self.page_area)
        self._update_controls()
        if cited and page.boxes and request.passage:
            first = self.canvas.boxes[0]
            QTimer.singleShot(0, lambda: self._scroll_to(first))
        elif not request.passage and request.number != self._last_number_scrolled:
            self.page_area.verticalScrollBar().setValue(0)
        self._last_number_scrolled = page.number
        self.shown.emit(page.number)

    _last_number_scrolled = 0
    _fitted_width = 0  # the width the last page asked for was fitted to

    def _scroll_to(self, box: QRectF) -> None:
        """The passage's first line a quarter of the way down the view (some context above it)."""
        bar = self.page_area.verticalScrollBar()
        bar.setValue(min(max(int(box.y() - self.page_area.viewport().height() / 4), 0), bar.maximum()))
        self.page_area.ensureVisible(int(box.x()), int(box.y()), 40, 0)

    def _render_failed(self, generation: int, message: str) -> None:
        """A PDF that cannot be drawn is shown as its text, if that can be read."""
        if generation != self._generation:
            return
        if self._data is None:
            self._read()
        else:
            self._failed(message)

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self._paged and self._zoom is None:
            self._refit.start()

    def _fit_again(self) -> None:
        """A page fitted to the width is drawn again when the width it was fitted to has changed."""
        if self._paged and self._zoom is None and self._page_width() != self._fitted_width:
            self._render(self._wanted)

    # -- text units ----------------------------------------------------------------------------

    def _read(self) -> None:
        path, generation = self.citation.path, self._generation
        self._run(lambda: read_units(path), lambda units: self._show_units(generation, units),
                  lambda message: self._read_failed(generation, message))

    def _show_units(self, generation: int, units: list[Page]) -> None:
        if generation != self._generation:
            return
        self._units = list(units)
        numbers = [unit.number for unit in self._units]
        cited = numbers.index(self.citation.page) if self.citation.page in numbers else 0
        self._shown_zoom = self._zoom or 1.0
        self._show_unit(cited)

    def _show_unit(self, index: int) -> None:
        unit = self._units[index]
        self._unit_index, self._number = index, unit.number
        self.stack.setCurrentWidget(self.text_view)
        cited = unit.number == self.citation.page
        span = passage_span(unit.text, self.citation) if cited else None
        lead = len(unit.text) - len(unit.text.lstrip())  # blank lines a page starts with are not shown
        shown = unit.text[lead:]
        self.text_view.setPlainText(shown)
        self._mark(shown, (max(span[0] - lead, 0), span[1] - lead) if span else None)
        self._set_title(unit.label, unit.number)
        if cited and span:
            self.status.setText(self.tr("The cited passage is highlighted."))
        elif cited:
            self.status.setText(self.tr("The file changed since it was indexed: the cited passage was not found. "
                                        "It read: %s") % self.citation.passage)
        else:
            self.status.setText(self.tr("The cited passage is in %s.")
                                % (self.citation.label or self.tr("page %d") % self.citation.page))
        self._update_controls()
        self.shown.emit(unit.number)

    def _mark(self, text: str, span: tuple[int, int] | None) -> None:
        if span is None:
            self.text_view.setExtraSelections([])
            self.text_view.moveCursor(QTextCursor.MoveOperation.Start)
            return
        start, end = utf16_position(text, span[0]), utf16_position(text, span[1])
        selection = QTextEdit.ExtraSelection()
        cursor = self.text_view.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        style = QTextCharFormat()
        style.setBackground(highlight_colour())
        selection.cursor, selection.format = cursor, style
        self.text_view.setExtraSelections([selection])
        place = self.text_view.textCursor()
        place.setPosition(start)
        self.text_view.setTextCursor(place)
        QTimer.singleShot(0, self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        """The passage's first line near the top of the view (from the end, scrolling back stops there)."""
        bar = self.text_view.verticalScrollBar()
        bar.setValue(bar.maximum())
        self.text_view.ensureCursorVisible()

    def highlighted_text(self) -> str:
        """The text marked as the cited passage (empty when nothing is marked)."""
        selections = self.text_view.extraSelections()
        return selections[0].cursor.selectedText().replace("\u2029", "\n") if selections else ""

    def _read_failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._failed(message)

    def _failed(self, message: str) -> None:
        self.text_view.setPlainText(self.citation.passage)
        self.text_view.setExtraSelections([])
        self.stack.setCurrentWidget(self.text_view)
        self.status.setText(self.tr("%s cannot be shown here: %s. The cited passage is below; "
                                    "\"Open in the system viewer\" may still open it.") % (self.citation.name, message))
        self.failed.emit(message)

    # -- navigation and zoom -------------------------------------------------------------------

    def previous_page(self) -> None:
        self._step(-1)

    def next_page(self) -> None:
        self._step(1)

    def _step(self, delta: int) -> None:
        if self._units:
            index = self._unit_index + delta
            if 0 <= index < len(self._units):
                self._show_unit(index)
        elif self._count and 1 <= self._wanted + delta <= self._count:
            self._wanted += delta
            self._update_controls()
            self._render(self._wanted)

    def zoom_in(self) -> None:
        self._set_zoom(next_zoom(self._shown_zoom, 1))

    def zoom_out(self) -> None:
        self._set_zoom(next_zoom(self._shown_zoom, -1))

    def fit_width(self) -> None:
        if self._paged and self._zoom is not None:
            self._zoom = None
            self._render(self._wanted)

    def _set_zoom(self, zoom: float | None) -> None:
        if zoom is None:
            return
        self._zoom = zoom
        if self._paged:
            if self._count:
                self._render(self._wanted)
        else:
            self._shown_zoom = zoom
            self._set_text_zoom(zoom)
            self._update_controls()

    def _set_text_zoom(self, zoom: float) -> None:
        font = self.text_view.font()
        font.setPointSizeF(self._text_point_size * zoom)
        self.text_view.setFont(font)

    def open_in_system_viewer(self) -> None:
        QDesktopServices.openUrl(source_url(self.citation.path, self._number if self._paged else self.citation.page))

    # -- jobs ----------------------------------------------------------------------------------

    def _run(self, work: Callable[[], object], on_result: Callable, on_failure: Callable[[str], None]) -> None:
        """One job at a time; a page asked for while one runs replaces any other that waits.

        The worker's signals go to this viewer's own methods, so a viewer deleted while its job runs
        is simply not called (Qt drops a connection to a destroyed object)."""
        if self._job is not None:
            self._next_job = (work, on_result, on_failure)
            return
        self._deliver = (on_result, on_failure)
        self._job = _start_job(work)
        self._job.returned.connect(self._job_returned)
        self._job.failed.connect(self._job_failed)
        self._job.done.connect(self._job_done)
        self._job.start()

    def _job_returned(self, value: object) -> None:
        if self._deliver is not None:
            self._deliver[0](value)

    def _job_failed(self, message: str) -> None:
        if self._deliver is not None:
            self._deliver[1](message)

    def _job_done(self) -> None:
        self._job, self._deliver = None, None
        waiting, self._next_job = self._next_job, None
        if waiting is not None:
            self._run(*waiting)

    def wait(self) -> None:
        """Block until the running job (and what it delivers) is done: for closing and for tests."""
        while self._job is not None:
            self._job.wait()
            QCoreApplication.processEvents()


def open_viewer(source: dict, parent: QWidget | None = None, viewer: SourceViewer | None = None) -> SourceViewer:
    """Show `source` in `viewer` (reused) or in a new one, raised to the front."""
    if viewer is None:
        viewer = SourceViewer(source, parent)
        viewer.show()  # a new window comes up in front
        return viewer
    viewer.show_source(source)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer
