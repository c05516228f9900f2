"""PDF: the only module that imports pypdf. One Page per PDF page."""
from __future__ import annotations

import io
import logging
from pathlib import Path

from assistant.readers import Page, UnreadableFile

log = logging.getLogger(__name__)
PASSWORD_PROTECTED = "password-protected, skipped"


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


def _page_text(page, number: int, path: Path) -> str:
    try:
        return page.extract_text() or ""
    except Exception as exc:  # one damaged page must not lose the others
        log.warning("%s: page %d could not be read (%s)", path.name, number, exc)
        return ""


def read_pdf(path: Path, data: bytes) -> list[Page]:
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = _open(path, data)
        return [Page(i + 1, _page_text(page, i + 1, path)) for i, page in enumerate(reader.pages)]
    except FileNotDecryptedError:
        raise UnreadableFile(path, PASSWORD_PROTECTED) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, AssertionError) as exc:
        raise UnreadableFile(path, f"damaged PDF ({type(exc).__name__}: {exc})") from None
