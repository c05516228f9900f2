"""E-books (.epub): the only module that imports ebooklib. Chapters as pages, in reading order.

Each document of the spine (the book's reading order) that has text is a Page, numbered in
that order and cited by its title from the book's table of contents ("Chapter 3 · The Trial"),
or by its first heading when the table of contents does not name it. The table-of-contents page
itself, images and styles are left out. An e-book whose text is encrypted (DRM, listed in
META-INF/encryption.xml) is refused with that reason; the font obfuscation many shops apply is
not DRM and such books are read.
"""
from __future__ import annotations

import io
import posixpath
import re
import warnings
import zipfile
from pathlib import Path
from urllib.parse import unquote

from assistant.readers.html import html_to_text
from assistant.readers.packages import library_failure, open_package, parse_xml, read_member
from assistant.readers.pages import Page, UnreadableFile
from assistant.readers.text import decode

EPUB = "an e-book (.epub)"
ENCRYPTION = "META-INF/encryption.xml"
FONT_OBFUSCATION = {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
XMLENC = "{http://www.w3.org/2001/04/xmlenc#}"
LONG_TITLE = 80
NAMES_ITSELF = re.compile(r"^(chapter|ch\.|part|book|volume)\s", re.IGNORECASE)  # "Chapter 3: The Trial"
_HEAD = re.compile(r"<head\b.*?</head\s*>", re.IGNORECASE | re.DOTALL)  # <title> repeats the book's name
_HEADING = re.compile(r"<h([1-3])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)


def read_epub(path: Path, data: bytes) -> list[Page]:
    package = open_package(path, data, EPUB, old_suffix=".lit/.mobi")
    if "META-INF/container.xml" not in package.namelist():
        raise UnreadableFile(path, f"not {EPUB} (a zip package without an e-book's container)")
    refuse_drm(path, package)
    check_package_file(path, package)
    from ebooklib import ITEM_DOCUMENT, epub  # type: ignore[import-untyped]

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ebooklib warns about its own future defaults
            book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": False})
    except (MemoryError, UnreadableFile):
        raise
    except Exception as exc:  # ebooklib raises EpubException, KeyError, lxml errors... on damaged books
        raise library_failure(path, exc, EPUB) from None
    titles = toc_titles(book.toc)
    pages: list[Page] = []
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != ITEM_DOCUMENT or isinstance(item, epub.EpubNav):
            continue
        markup = _markup(path, item.get_content())
        text = html_to_text(_HEAD.sub("", markup), main_content=False)  # a chapter's <header>, <aside> are the book's
        if not text.strip():
            continue
        number = len(pages) + 1
        title = titles.get(_normal(item.get_name())) or first_heading(markup)
        pages.append(Page(number, text, label=chapter_label(number, title),
                          locator={"chapter": number, "title": title} if title else {"chapter": number}))
    return pages


def check_package_file(path: Path, package: zipfile.ZipFile) -> None:
    """container.xml and the package file it names, parsed safely first: ebooklib's parser reads
    them leniently, and an entity bomb there would only come back as a puzzling error."""
    container = parse_xml(path, read_member(path, package, "META-INF/container.xml", EPUB), "its container")
    for rootfile in container.iter("{urn:oasis:names:tc:opendocument:xmlns:container}rootfile"):
        name = rootfile.get("full-path", "")
        if name in package.namelist():
            parse_xml(path, read_member(path, package, name, EPUB), "its package file")


def refuse_drm(path: Path, package: zipfile.ZipFile) -> None:
    """Refuse a book whose text (not only its fonts) is encrypted."""
    if ENCRYPTION not in package.namelist():
        return
    root = parse_xml(path, read_member(path, package, ENCRYPTION, EPUB), "its encryption list")
    for encrypted in root.iter(f"{XMLENC}EncryptedData"):
        method = encrypted.find(f"{XMLENC}EncryptionMethod")
        algorithm = method.get("Algorithm", "") if method is not None else ""
        if algorithm not in FONT_OBFUSCATION:
            raise UnreadableFile(path, "DRM-protected (its text is encrypted for one reading app; "
                                       "Deskmate can read e-books without DRM)")


def toc_titles(toc) -> dict[str, str]:
    """Document path (no #fragment) -> the first title the table of contents gives it."""
    titles: dict[str, str] = {}

    def visit(entries) -> None:
        for entry in entries:
            if isinstance(entry, tuple | list):
                if entry:
                    visit([entry[0]])
                    visit(entry[1] if len(entry) > 1 else [])
                continue
            href, title = getattr(entry, "href", None), " ".join(str(getattr(entry, "title", "") or "").split())
            if href and title:
                titles.setdefault(_normal(href.split("#")[0]), title)

    visit(toc)
    return titles


def _normal(href: str) -> str:
    return posixpath.normpath(unquote(href)).lstrip("/")


def first_heading(markup: str) -> str | None:
    match = _HEADING.search(markup)
    if not match:
        return None
    heading = " ".join(html_to_text(match.group(2), main_content=False).split())
    return heading or None


def chapter_label(number: int, title: str | None) -> str:
    """"Chapter 3 · The Trial"; a title that names its chapter itself ("Chapter 3: The Trial") alone."""
    if not title:
        return f"Chapter {number}"
    if len(title) > LONG_TITLE:
        title = title[:LONG_TITLE - 1].rstrip() + "…"
    return title if NAMES_ITSELF.match(title) else f"Chapter {number} · {title}"


def _markup(path: Path, content: bytes) -> str:
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        return decode(content, path)
