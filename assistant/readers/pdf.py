"""PDF: the only module that imports pypdf. One Page per PDF page."""
from __future__ import annotations

from pathlib import Path

from assistant.readers import Page, UnreadableFile


def read_pdf(path: Path) -> list[Page]:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(path, "password-protected, skipped")
        return [Page(i + 1, page.extract_text() or "") for i, page in enumerate(reader.pages)]
    except FileNotDecryptedError:
        raise UnreadableFile(path, "password-protected, skipped") from None
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableFile(path, f"damaged PDF ({exc})") from None
