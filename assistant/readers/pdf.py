"""PDF: the only module that imports pypdf. One Page per PDF page.

`pdf_pages` opens a PDF and gives its page count and a lazy iterator of page texts, so the
isolated reader can report progress page by page and resume after a page that hangs.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar

from assistant.readers.pages import Page, PageText, UnreadableFile

log = logging.getLogger(__name__)
PASSWORD_PROTECTED = "password-protected, skipped"
HEADER_WINDOW = 1024  # readers accept "%PDF-" a little after the start, as pypdf does
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


def _page_text(page, number: int, path: Path) -> PageText:
    from pypdf.errors import LimitReachedError

    try:
        return PageText(number, page.extract_text() or "")
    except MemoryError:
        raise  # the file as a whole is too much: reported as such, not as one bad page
    except LimitReachedError as exc:
        problem = f"a stream unpacks past the safety limit, a decompression bomb? ({exc})"
    except Exception as exc:  # one damaged page must not lose the others
        problem = f"{type(exc).__name__}: {exc}"
    log.warning("%s: page %d could not be read (%s)", path.name, number, problem)
    return PageText(number, "", problem=problem)


def pdf_pages(path: Path, data: bytes, start: int = 1) -> tuple[int, Iterator[PageText]]:
    """The page count and the pages from `start` (1-based) on, read one at a time."""
    _check_header(path, data)
    reader = _guarded(path, lambda: _open(path, data))
    count = _guarded(path, lambda: len(reader.pages))

    def pages() -> Iterator[PageText]:
        for i in range(max(start, 1) - 1, count):
            page = _guarded(path, partial(reader.pages.__getitem__, i))
            yield _page_text(page, i + 1, path)

    return count, pages()


def no_text_reason(problems: list[str]) -> str:
    """Why a PDF whose pages all came out empty is skipped."""
    if problems:
        return f"damaged PDF: no page could be read ({problems[0]})"
    return "no text layer (scanned?)"


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
