"""PDF: the only module that imports pypdf. One Page per PDF page."""
from __future__ import annotations

import io
import logging
from pathlib import Path

from assistant.readers import Page, UnreadableFile

log = logging.getLogger(__name__)
PASSWORD_PROTECTED = "password-protected, skipped"
HEADER_WINDOW = 1024  # readers accept "%PDF-" a little after the start, as pypdf does


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


def _page_text(page, number: int, path: Path, problems: list[str]) -> str:
    from pypdf.errors import LimitReachedError

    try:
        return page.extract_text() or ""
    except MemoryError:
        raise  # the file as a whole is too much: reported as such, not as one bad page
    except LimitReachedError as exc:
        problems.append(f"a stream unpacks past the safety limit, a decompression bomb? ({exc})")
    except Exception as exc:  # one damaged page must not lose the others
        problems.append(f"{type(exc).__name__}: {exc}")
    log.warning("%s: page %d could not be read (%s)", path.name, number, problems[-1])
    return ""


def read_pdf(path: Path, data: bytes) -> list[Page]:
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    _check_header(path, data)
    problems: list[str] = []
    try:
        reader = _open(path, data)
        pages = [Page(i + 1, _page_text(page, i + 1, path, problems)) for i, page in enumerate(reader.pages)]
    except FileNotDecryptedError:
        raise UnreadableFile(path, PASSWORD_PROTECTED) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, AssertionError) as exc:
        raise UnreadableFile(path, f"damaged PDF ({type(exc).__name__}: {exc})") from None
    if problems and not any(page.text.strip() for page in pages):
        raise UnreadableFile(path, f"damaged PDF: no page could be read ({problems[0]})")
    return pages
