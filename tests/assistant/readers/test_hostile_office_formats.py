"""Hostile office files through the real isolated reader: truncated, damaged, renamed, encrypted,
password-protected, zip bombs, XML entity bombs and DRM. Each one fails with a one-line reason a
person understands, within a few seconds, never a crash or a hang, and the child keeps serving."""
from __future__ import annotations

import shutil
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.readers import UnreadableFile
from assistant.readers.isolated import IsolatedReader, ReadLimits
from tests.helpers.office_files import (
    Chapter,
    Sheet,
    Slide,
    TextPage,
    add_epub_encryption,
    encrypt_ooxml,
    rewrite_member,
    with_billion_laughs,
    write_epub,
    write_odp,
    write_ods,
    write_odt,
    write_pptx,
    write_rtf,
    write_xlsx,
    zip_bomb_part,
)

SECONDS = 20  # every hostile file is refused well within this


def good_files(folder: Path) -> dict[str, Path]:
    """One small real file per format, the start of every hostile variant."""
    folder.mkdir(exist_ok=True)
    return {
        ".pptx": write_pptx(folder / "deck.pptx", [Slide("Harbour plans", ["New pier"], notes="Ask about cranes.")]),
        ".xlsx": write_xlsx(folder / "book.xlsx", [Sheet("Costs", [["Item", "Amount"], ["Pier", 1200]])]),
        ".odt": write_odt(folder / "memo.odt", [TextPage(["The pier opens in May."])]),
        ".odp": write_odp(folder / "talk.odp", [Slide("Harbour", ["Cranes"])]),
        ".ods": write_ods(folder / "stock.ods", [Sheet("Stock", [["Item", "Count"], ["Rope", 3]])]),
        ".epub": write_epub(folder / "book.epub", [Chapter("Arrival", ["The pier at dawn."])]),
        ".rtf": write_rtf(folder / "note.rtf", [["The pier opens in May."]]),
    }


@dataclass
class Case:
    name: str
    make: Callable[[dict[str, Path], Path], Path]  # (good files, output folder) -> the hostile file
    reason: str  # a phrase the reason must contain


def copy(good: dict[str, Path], folder: Path, suffix: str, name: str) -> Path:
    target = folder / f"{name}{suffix}"
    shutil.copy(good[suffix], target)
    return target


def truncated(suffix: str, keep: float = 0.5) -> Callable:
    def make(good, folder):
        data = good[suffix].read_bytes()
        path = folder / f"truncated{suffix}"
        path.write_bytes(data[:int(len(data) * keep)])
        return path
    return make


def pdf_named(suffix: str) -> Callable:
    def make(good, folder):
        path = folder / f"report-really-a-pdf{suffix}"
        path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + b"0" * 500)
        return path
    return make


def renamed(source: str, suffix: str) -> Callable:
    def make(good, folder):
        path = folder / f"renamed-{source.strip('.')}{suffix}"
        shutil.copy(good[source], path)
        return path
    return make


def password_protected(suffix: str) -> Callable:
    return lambda good, folder: encrypt_ooxml(copy(good, folder, suffix, "locked"))


def laughs(suffix: str, part: str, where: bytes) -> Callable:
    def make(good, folder):
        return rewrite_member(copy(good, folder, suffix, "laughs"), part, lambda xml: with_billion_laughs(xml, where))
    return make


def bomb(suffix: str, part: str) -> Callable:
    """A real zip bomb: one part that unpacks a thousand times larger (100 MB from about 100 KB)."""
    def make(good, folder):
        return rewrite_member(copy(good, folder, suffix, "bomb"), part, lambda xml: xml + zip_bomb_part(100))
    return make


def corrupted(suffix: str, part: str) -> Callable:
    """A part's compressed bytes overwritten in the middle: the zip's directory is intact, the data not."""
    def make(good, folder):
        path = copy(good, folder, suffix, "corrupted")
        with zipfile.ZipFile(path) as package:
            info = package.getinfo(part)
        data = bytearray(path.read_bytes())
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for i in range(start + 4, start + min(info.compress_size, 200)):
            data[i] ^= 0x5A
        path.write_bytes(bytes(data))
        return path
    return make


def many_parts(suffix: str) -> Callable:
    def make(good, folder):
        path = copy(good, folder, suffix, "many-parts")
        with zipfile.ZipFile(path, "a") as package:
            for i in range(25_000):
                package.writestr(f"junk/{i}.xml", b"")
        return path
    return make


def odf_encrypted(suffix: str) -> Callable:
    """A manifest that says content.xml is encrypted, as LibreOffice writes "Save with password"."""
    entry = (b'<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
             b'<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/>'
             b'<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" '
             b'manifest:salt="x"/></manifest:encryption-data>')

    def add(xml: bytes) -> bytes:
        start = xml.index(b'manifest:full-path="content.xml"')
        close = xml.index(b"/>", start)
        return xml[:close] + b">" + entry + b"</manifest:file-entry>" + xml[close + 2:]

    return lambda good, folder: rewrite_member(copy(good, folder, suffix, "locked"), "META-INF/manifest.xml", add)


def drm(good, folder):
    return add_epub_encryption(copy(good, folder, ".epub", "drm"))


def rtf_file(content: bytes, name: str) -> Callable:
    def make(good, folder):
        path = folder / name
        path.write_bytes(content)
        return path
    return make


CASES = [
    *[Case(f"truncated{s}", truncated(s), "truncated") for s in (".pptx", ".xlsx", ".odt", ".odp", ".ods", ".epub")],
    *[Case(f"pdf-named{s}", pdf_named(s), "it is a PDF") for s in (".pptx", ".xlsx", ".odt", ".odp", ".ods", ".epub",
                                                                   ".rtf")],
    Case("pptx-named.xlsx", renamed(".pptx", ".xlsx"), "not an Excel workbook"),
    Case("odt-named.ods", renamed(".odt", ".ods"), "it is an OpenDocument text"),
    Case("xlsx-named.epub", renamed(".xlsx", ".epub"), "not an e-book"),
    Case("password.pptx", password_protected(".pptx"), "password-protected"),
    Case("password.xlsx", password_protected(".xlsx"), "password-protected"),
    Case("password-named.odt", password_protected(".xlsx"), "password-protected"),
    Case("password.odt", odf_encrypted(".odt"), "password-protected"),
    Case("password.ods", odf_encrypted(".ods"), "password-protected"),
    Case("laughs-slide.pptx", laughs(".pptx", "ppt/slides/slide1.xml", b"<a:t>"), "XML bomb"),
    Case("laughs-sheet.xlsx", laughs(".xlsx", "xl/worksheets/sheet1.xml", b"<v>"), "XML bomb"),
    Case("laughs-workbook.xlsx", laughs(".xlsx", "xl/workbook.xml", b"<sheets>"), "XML bomb"),
    Case("laughs.odt", laughs(".odt", "content.xml", b"<text:p>"), "XML bomb"),
    Case("laughs.odp", laughs(".odp", "content.xml", b"<text:p>"), "XML bomb"),
    Case("laughs.ods", laughs(".ods", "content.xml", b"<text:p>"), "XML bomb"),
    Case("laughs-package.epub", laughs(".epub", "EPUB/content.opf", b"<dc:title>"), "XML bomb"),
    Case("bomb.pptx", bomb(".pptx", "ppt/slides/slide1.xml"), "zip bomb"),
    Case("bomb.xlsx", bomb(".xlsx", "xl/worksheets/sheet1.xml"), "zip bomb"),
    Case("bomb.odt", bomb(".odt", "content.xml"), "zip bomb"),
    Case("bomb.ods", bomb(".ods", "content.xml"), "zip bomb"),
    Case("bomb.epub", bomb(".epub", "EPUB/text/chapter_01.xhtml"), "zip bomb"),
    Case("many-parts.xlsx", many_parts(".xlsx"), "zip bomb"),
    Case("corrupted.xlsx", corrupted(".xlsx", "xl/worksheets/sheet1.xml"), "damaged"),
    Case("corrupted.odt", corrupted(".odt", "content.xml"), "damaged"),
    Case("corrupted.pptx", corrupted(".pptx", "ppt/slides/slide1.xml"), "damaged"),
    Case("drm.epub", drm, "DRM-protected"),
    Case("not-rtf.rtf", rtf_file(b"Just some words, no RTF header at all.", "not-rtf.rtf"), "not an RTF document"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-office")
    good = good_files(folder / "good")
    return good, folder


@pytest.fixture(scope="module")
def isolated():
    with IsolatedReader(ReadLimits(seconds=SECONDS, seconds_per_mb=0)) as reader:
        yield reader


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_hostile_office_file_is_refused_with_a_one_line_reason(corpus, isolated, case):
    good, folder = corpus
    path = case.make(good, folder)
    started = time.monotonic()
    with pytest.raises(UnreadableFile) as failure:
        isolated.parse(path, path.read_bytes())
    reason = failure.value.reason
    assert case.reason.lower() in reason.lower(), reason
    assert "\n" not in reason and "Traceback" not in reason and len(reason) < 300, reason
    assert "crashed" not in reason and "took longer" not in reason and "memory" not in reason, reason
    assert time.monotonic() - started < SECONDS


def test_the_child_keeps_serving_good_files_after_the_hostile_ones(corpus, isolated):
    good, _ = corpus
    for suffix, path in good.items():
        document = isolated.parse(path, path.read_bytes())
        assert any(word in document.text for word in ("pier", "Pier", "Harbour", "Rope")), suffix
    assert isolated.children_started == 1  # every refusal was a reason, none a crash or a kill


@pytest.mark.parametrize("content", [
    b"{\\rtf1 " + b"{" * 50_000 + b"deep" + b"}" * 50_000 + b"}",  # groups nested fifty thousand deep
    b"{\\rtf1 " + b"{\\field{\\*\\fldinst{" * 5_000 + b" text}",  # the start of a hyperlink field, repeated, unclosed
    b"{\\rtf1 \\u99999999999 \\'zz \\bin999999999 tail}",  # escapes out of range
], ids=["nested", "fields", "escapes"])
def test_a_pathological_rtf_is_read_or_refused_quickly(tmp_path, isolated, content):
    path = tmp_path / "odd.rtf"
    path.write_bytes(content)
    started = time.monotonic()
    try:
        isolated.parse(path, content)
    except UnreadableFile as failure:
        assert "\n" not in failure.reason and "crashed" not in failure.reason, failure.reason
    assert time.monotonic() - started < SECONDS
