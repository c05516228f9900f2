"""Turn a file into pages of text: one module per file type, one entry point.

read_document(path) -> Document with numbered pages. A file that cannot be read
raises UnreadableFile with a short reason ("password-protected", "no text layer").
Opening is defensive: FIFOs and devices are refused without blocking, symbolic-link
loops and vanished or unreadable files become reasons, and a size cap keeps one huge
file from taking the whole run.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import time
from pathlib import Path

from assistant.readers.docx import read_docx
from assistant.readers.epub import read_epub
from assistant.readers.html import read_html
from assistant.readers.images import image_pages, read_image
from assistant.readers.mail import read_eml, read_mbox
from assistant.readers.opendocument import read_odp, read_odt
from assistant.readers.outlook import read_msg
from assistant.readers.pages import Document, Page, UnreadableFile
from assistant.readers.pdf import pdf_pages, read_pdf
from assistant.readers.prose import not_prose
from assistant.readers.rtf import read_rtf
from assistant.readers.slides import read_pptx
from assistant.readers.spreadsheet import read_ods, read_xlsx
from assistant.readers.text import read_text

__all__ = ["Document", "Page", "UnreadableFile"]  # defined in pages.py, for every reader; imported from here

TEXT_SUFFIXES = {".txt", ".text", ".log", ".csv", ".tsv", ".rst", ".json", ".yaml", ".yml", ".toml", ".ini",
                 ".cfg", ".py", ".js", ".ts", ".java", ".c", ".h", ".cpp", ".hpp", ".cs", ".go", ".rs", ".rb",
                 ".php", ".sh", ".sql", ".xml", ".tex", ".r", ".swift", ".kt", ".m", ".scala", ".lua", ".pl"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
# Formats with a reader of their own: suffix -> kind (the kind names the reader in READERS).
OWN_KIND_SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".pptx": "pptx", ".odp": "odp", ".odt": "odt",
                     ".ods": "ods", ".xlsx": "xlsx", ".epub": "epub", ".rtf": "rtf", ".eml": "eml",
                     ".mbox": "mbox", ".msg": "msg"}
SUPPORTED_SUFFIXES = (TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | IMAGE_SUFFIXES
                      | set(OWN_KIND_SUFFIXES))
DEFAULT_MAX_BYTES = 100 * 1024 * 1024
RECENT_S, SETTLE_S = 2.0, 0.05  # a file this recently modified is read again after a short pause
CHANGED_WHILE_READ = "changed while it was being read (still being written?); it is read again at the next refresh"

# Zero-width characters, Unicode "tag" characters and bidirectional overrides carry no visible
# text (or reorder what is shown) and can hide instructions from a reader; other C0 controls
# (except tab and newline) are noise, and lone surrogates (from broken PDF font maps) are not text.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u180e\U000e0000-\U000e007f\u202a-\u202e"
                        "\u2066-\u2069\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in OWN_KIND_SUFFIXES:
        return OWN_KIND_SUFFIXES[suffix]
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def clean_text(text: str) -> str:
    """Drop invisible characters and normalise line ends."""
    return _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return broken_link(exc.filename) or "file vanished before it could be read"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENAMETOOLONG:
        return "path too long for this system"
    return f"cannot be read ({exc.strerror or exc})"


def broken_link(path) -> str | None:
    """The reason for a symbolic link whose target does not exist, with the target; None otherwise."""
    if path is None or not os.path.islink(path) or os.path.exists(path):
        return None
    try:
        target = os.readlink(path)
    except OSError:
        return None
    target = os.path.normpath(os.path.join(os.path.dirname(os.fsencode(path)), os.fsencode(target)))
    shown = target.decode("utf-8", errors="backslashreplace")  # a name that is not UTF-8 stays printable
    return f"broken symbolic link (points to {shown}, which does not exist)"


def _check_regular(path: Path, mode: int, size: int, max_bytes: int) -> None:
    if stat.S_ISFIFO(mode):
        raise UnreadableFile(path, "a named pipe (FIFO), not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise UnreadableFile(path, "a device, not a file")
    if stat.S_ISDIR(mode):
        raise UnreadableFile(path, "a folder, not a file")
    if not stat.S_ISREG(mode):
        raise UnreadableFile(path, "not a regular file")
    if size == 0:
        raise UnreadableFile(path, "empty file")
    if size > max_bytes:
        raise UnreadableFile(path, f"too large ({size / 1048576:.0f} MB; the limit is "
                                   f"{max_bytes / 1048576:.0f} MB)")


def load_bytes(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing anything that is not a readable regular file within the cap."""
    return load_file(path, max_bytes)[0]


def load_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, os.stat_result]:
    """The file's bytes and its status as they were when read.

    A file that changed during the read raises UnreadableFile (CHANGED_WHILE_READ) rather than
    pairing new dates with old content. File dates are coarse (a few milliseconds), so a change
    can leave them equal: a file modified in the last seconds is read twice to be sure.
    """
    path = Path(path)
    data, before = _read_once(path, max_bytes)
    if time.time() - before.st_mtime < RECENT_S:
        time.sleep(SETTLE_S)
        again, later = _read_once(path, max_bytes)
        if again != data or _signature(later) != _signature(before):
            raise UnreadableFile(path, CHANGED_WHILE_READ)
    return data, before


def _read_once(path: Path, max_bytes: int) -> tuple[bytes, os.stat_result]:
    try:
        _check_regular(path, *_mode_and_size(os.stat(path)), max_bytes)
        # O_NONBLOCK: if the path was swapped for a FIFO after the stat, open still returns at once.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UnreadableFile(path, os_reason(exc)) from None
    try:
        with os.fdopen(fd, "rb") as handle:
            before = os.fstat(handle.fileno())
            _check_regular(path, *_mode_and_size(before), max_bytes)
            data = handle.read(max_bytes + 1)
            after = os.fstat(handle.fileno())
    except OSError as exc:
        raise UnreadableFile(path, os_reason(exc)) from None
    if _signature(before) != _signature(after) or len(data) != before.st_size:
        raise UnreadableFile(path, CHANGED_WHILE_READ)
    return data, before


def _signature(info: os.stat_result) -> tuple[int, int]:
    return info.st_size, info.st_mtime_ns


def _mode_and_size(info: os.stat_result) -> tuple[int, int]:
    return info.st_mode, info.st_size


def supported_kind(path: Path) -> str:
    """The file's kind; an unsupported type raises UnreadableFile."""
    kind = kind_of(path)
    if kind is None:
        raise UnreadableFile(path, f"unsupported file type '{path.suffix or 'no extension'}'")
    return kind


# kind -> reader(path, data) -> list[Page]; "markdown" and "text" are read as text.
READERS = {"pdf": read_pdf, "docx": read_docx, "html": read_html, "pptx": read_pptx, "odp": read_odp,
           "odt": read_odt, "ods": read_ods, "xlsx": read_xlsx, "epub": read_epub, "rtf": read_rtf,
           "eml": read_eml, "mbox": read_mbox, "msg": read_msg, "image": read_image}
# Kinds read one page at a time in the isolated reader (progress and a time limit per page):
# kind -> pages(path, data, start) -> (page count, iterator of PageText from page `start` on).
PAGED_READERS = {"pdf": pdf_pages, "image": image_pages}


def parse_document(path: Path, data: bytes, check_prose: bool = True) -> Document:
    """Pages of text from a file's bytes (already loaded with load_bytes)."""
    kind = supported_kind(path)
    reader = READERS.get(kind, read_text)
    pages = [Page(page.number, clean_text(page.text), page.label, page.locator) for page in reader(path, data)]
    pages = [page for page in pages if page.text.strip()]
    if not pages:
        raise UnreadableFile(path, "no text layer (scanned?)" if kind == "pdf" else "empty file")
    document = Document(path=path, kind=kind, pages=pages)
    if check_prose:
        refuse_text_that_is_not_prose(document)
    return document


def refuse_text_that_is_not_prose(document: Document) -> None:
    """One unbroken run of characters or one repeated token is reported, not chunked."""
    reason = not_prose("".join(page.text for page in document.pages))  # a text file's pages are cut mid-run
    if reason:
        raise UnreadableFile(document.path or Path("pasted text"), reason)


def read_document(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    path = Path(path)
    supported_kind(path)
    return parse_document(path, load_bytes(path, max_bytes))
