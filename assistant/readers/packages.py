"""Zip-packaged formats (OOXML, OpenDocument, EPUB): the checks made before any library opens one,
and XML parsed without entity expansion.

Every check reads only the zip's central directory: a member that would unpack past a limit (a zip
bomb), a directory of a million entries, an encrypted member, or bytes that are not a zip at all
(a PDF renamed .xlsx, an Office file saved with a password, which is an OLE file, not a zip) are
refused with a reason before anything is decompressed. Python's zipfile never unpacks more than a
member's declared size, so the directory's sizes are upper bounds the libraries cannot exceed.

defusedxml is the only XML parser here: it refuses entity declarations (billion laughs) and
external entities.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml import ElementTree as SafeElementTree  # type: ignore[import-untyped]

from assistant.readers.pages import UnreadableFile

MB = 1048576
MAX_MEMBERS = 20_000  # a real deck or workbook has hundreds; an EPUB a few thousand
MAX_MEMBER_BYTES = 1024 * MB  # one XML part unpacked (a 1,000,000-row sheet is about 250 MB)
MAX_TOTAL_BYTES = 2048 * MB  # the whole package unpacked
SUSPICIOUS_RATIO = 200  # real XML compresses 5-30 times, a zip bomb 1,000 times
SUSPICIOUS_MIN_BYTES = 64 * MB  # a small member is harmless whatever its ratio
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_OOXML_STREAM = "EncryptedPackage".encode("utf-16-le")  # a stream name in the OLE directory

_LOOKS_LIKE = [(b"%PDF", "a PDF"), (b"{\\rtf", "an RTF document"), (b"\x89PNG", "a PNG image"),
               (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"II*\x00", "a TIFF image"),
               (b"MM\x00*", "a TIFF image"), (b"\x1f\x8b", "a gzip archive"), (b"Rar!", "a RAR archive"),
               (b"7z\xbc\xaf", "a 7-Zip archive")]


def looks_like(data: bytes) -> str | None:
    """What a file's first bytes say it is ("a PDF"), for a reason; None when they say nothing known."""
    head = data[:512].lstrip()
    for magic, what in _LOOKS_LIKE:
        if head.startswith(magic):
            return what
    lowered = head[:64].lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "a web page"
    if lowered.startswith(b"<?xml"):
        return "a plain XML file"
    return None


def refuse_ole(path: Path, data: bytes, format_name: str, old_suffix: str) -> None:
    """An OLE compound file where a zip is expected: a password-protected Office file, or an old one."""
    if not data.startswith(OLE_MAGIC):
        return
    if ENCRYPTED_OOXML_STREAM in data:
        raise UnreadableFile(path, "password-protected (open it, remove the password and save it again)")
    raise UnreadableFile(path, f"an old binary Office file ({old_suffix}), not {format_name}: "
                               f"open it and save it as {path.suffix.lower() or format_name}")


def open_package(path: Path, data: bytes, format_name: str, *, old_suffix: str = ".doc/.xls/.ppt",
                 max_member_bytes: int = MAX_MEMBER_BYTES, max_total_bytes: int = MAX_TOTAL_BYTES) -> zipfile.ZipFile:
    """The file as a zip, after its directory passed every check; a reason a person understands if not."""
    refuse_ole(path, data, format_name, old_suffix)
    if not data.startswith(b"PK"):
        what = looks_like(data)
        raise UnreadableFile(path, f"not {format_name} (it is {what})" if what else
                                   f"not {format_name} (not a zip package; damaged or a different format?)")
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise UnreadableFile(path, damaged(format_name, exc)) from None
    check_members(path, members, max_member_bytes, max_total_bytes)
    return package


def bare(format_name: str) -> str:
    """"an Excel workbook (.xlsx)" -> "Excel workbook (.xlsx)", for "damaged Excel workbook"."""
    article, _, rest = format_name.partition(" ")
    return rest if article in ("a", "an") else format_name


def damaged(format_name: str, exc: BaseException) -> str:
    """The reason for a package zipfile could not open or unpack."""
    message = str(exc)
    if message == "File is not a zip file":  # zipfile's words when the directory at the end is missing
        return f"damaged or truncated {bare(format_name)} (the end of the file, where its zip directory is, is missing)"
    return f"damaged or truncated {bare(format_name)} ({message[:200]})"


def check_members(path: Path, members: list[zipfile.ZipInfo], max_member_bytes: int, max_total_bytes: int) -> None:
    if len(members) > MAX_MEMBERS:
        raise UnreadableFile(path, f"a package of {len(members):,} parts (a zip bomb?); skipped")
    if any(member.flag_bits & 0x1 for member in members):
        raise UnreadableFile(path, "password-protected (its parts are encrypted)")
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > max_member_bytes or (
                member.file_size > SUSPICIOUS_MIN_BYTES and ratio > SUSPICIOUS_RATIO):
            raise UnreadableFile(path, f"its part {member.filename!r} would unpack to "
                                       f"{member.file_size / MB:,.0f} MB (a zip bomb?); skipped")
    if total > max_total_bytes:
        raise UnreadableFile(path, f"would unpack to {total / MB:,.0f} MB (a zip bomb?); skipped")


def read_member(path: Path, package: zipfile.ZipFile, name: str, format_name: str) -> bytes:
    """One part's bytes; a missing or damaged part is a reason."""
    try:
        return package.read(name)
    except KeyError:
        raise UnreadableFile(path, f"damaged {bare(format_name)} (its part {name!r} is missing)") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise UnreadableFile(path, damaged(format_name, exc)) from None


def parse_xml(path: Path, data: bytes, what: str) -> Any:
    """An XML part's root element (xml.etree), refusing entity declarations and external entities."""
    try:
        return SafeElementTree.fromstring(data)
    except DefusedXmlException:
        raise UnreadableFile(path, f"{what} declares XML entities (an XML bomb?); skipped") from None
    except SafeElementTree.ParseError as exc:
        raise UnreadableFile(path, f"damaged ({what} is not well-formed XML: {exc})") from None


def iter_xml(path: Path, stream: IO[bytes], what: str) -> Iterator[tuple[str, Any]]:
    """(event, element) for "start" and "end" of a streamed XML part, with parse_xml's refusals."""
    try:
        yield from SafeElementTree.iterparse(stream, events=("start", "end"))
    except DefusedXmlException:
        raise UnreadableFile(path, f"{what} declares XML entities (an XML bomb?); skipped") from None
    except SafeElementTree.ParseError as exc:
        raise UnreadableFile(path, f"damaged ({what} is not well-formed XML: {exc})") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise UnreadableFile(path, f"damaged or truncated ({what}: {exc})") from None


def library_failure(path: Path, exc: Exception, format_name: str) -> UnreadableFile:
    """A library's own exception on a file that passed the checks, as a reason (XML bombs named)."""
    causes = [exc]
    while causes[-1].__cause__ or causes[-1].__context__:  # openpyxl wraps the parser's error in its own
        causes.append(causes[-1].__cause__ or causes[-1].__context__)  # type: ignore[arg-type]
        if len(causes) > 8:
            break
    for cause in causes:
        if isinstance(cause, DefusedXmlException) or re.search(r"entit(y|ies)|amplification", str(cause), re.I):
            return UnreadableFile(path, f"{bare(format_name)} with XML entity declarations (an XML bomb?); skipped")
    for cause in causes:
        if isinstance(cause, zipfile.BadZipFile | zlib.error | EOFError):
            return UnreadableFile(path, damaged(format_name, cause))
    if isinstance(exc, KeyError):
        return UnreadableFile(path, f"damaged {bare(format_name)} (a part it names is missing: {exc})")
    return UnreadableFile(path, f"damaged {bare(format_name)} ({type(exc).__name__}: {str(exc)[:200]})")
