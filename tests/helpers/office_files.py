"""Real office files for tests and benchmarks, written by the libraries people's files come from:
PowerPoint (python-pptx), Excel (openpyxl), OpenDocument text, slides and sheets (odfpy),
e-books (ebooklib) and RTF (written as text, as WordPad writes it).

Every writer takes a path and a plain description of the content, writes the file and returns
the path. Hostile variants (encrypted, bombs, truncated) start from these files.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

Cell = str | int | float | bool | date | datetime | None


@dataclass
class Slide:
    """One slide: a title, body lines (bullets), an optional table and group of text boxes, notes."""

    title: str
    lines: Sequence[str] = ()
    notes: str | None = None
    table: Sequence[Sequence[str]] | None = None  # rows of cells
    group: Sequence[str] = ()  # text boxes grouped together, read as one shape
    hidden: bool = False


@dataclass
class Sheet:
    """One sheet: rows from A1 on (None leaves a cell empty), merged ranges ("A1:C1"), hidden or not."""

    name: str
    rows: Sequence[Sequence[Cell]]
    merges: Sequence[str] = ()
    hidden: bool = False
    first_row: int = 1  # the row the first of `rows` goes to


@dataclass
class Chapter:
    """One e-book chapter: its table-of-contents title (None: not in the TOC) and paragraphs."""

    title: str | None
    paragraphs: Sequence[str]
    heading: str | None = None  # an <h1> in the chapter itself
    in_toc: bool = True


@dataclass
class TextPage:
    """One page of an .odt: (heading, paragraphs, list items, table rows), broken from the next
    page by an explicit page break (or a LibreOffice-style soft break)."""

    paragraphs: Sequence[str]
    heading: str | None = None
    items: Sequence[str] = ()
    table: Sequence[Sequence[str]] = ()
    soft_break: bool = False  # the break *before* this page is a soft one (LibreOffice's layout)
    table_soft_break: int | None = None  # a soft page break after this many table rows (a table across pages)


# -- PowerPoint -----------------------------------------------------------------------------------

def write_pptx(path: Path, slides: Sequence[Slide]) -> Path:
    """A deck with a "Title and Content" slide per Slide; tables, groups and notes as asked."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for spec in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = spec.title
        body = slide.placeholders[1].text_frame
        body.text = spec.lines[0] if spec.lines else ""
        for line in spec.lines[1:]:
            body.add_paragraph().text = line
        if spec.table:
            rows, columns = len(spec.table), max(len(row) for row in spec.table)
            table = slide.shapes.add_table(rows, columns, Inches(1), Inches(5), Inches(8), Inches(1.5)).table
            for r, row in enumerate(spec.table):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        if spec.group:
            group = slide.shapes.add_group_shape()
            for i, text in enumerate(spec.group):
                group.shapes.add_textbox(Inches(1 + 3 * i), Inches(6.5), Inches(2.5), Inches(0.5)).text_frame.text = text
        if spec.notes is not None:
            slide.notes_slide.notes_text_frame.text = spec.notes
        if spec.hidden:
            slide._element.set("show", "0")
    deck.save(str(path))
    return path


# -- Excel ----------------------------------------------------------------------------------------

def write_xlsx(path: Path, sheets: Sequence[Sheet], cached: dict[tuple[str, str], Any] | None = None) -> Path:
    """A workbook with the sheets in order. A cell text starting with "=" is a formula; `cached`
    gives formulas the value a spreadsheet program would have saved ({(sheet, "C4"): 120.5}),
    which openpyxl itself cannot write."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for spec in sheets:
        sheet = workbook.create_sheet(spec.name)
        for offset, row in enumerate(spec.rows):
            for column, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=spec.first_row + offset, column=column, value=value)
        for merged in spec.merges:
            sheet.merge_cells(merged)
        if spec.hidden:
            sheet.sheet_state = "hidden"
    workbook.save(str(path))
    if cached:
        _add_cached_values(path, workbook.sheetnames, cached)
    return path


def _add_cached_values(path: Path, names: list[str], cached: dict[tuple[str, str], Any]) -> None:
    import re

    def add(sheet_name: str) -> Callable[[bytes], bytes]:
        def transform(xml: bytes) -> bytes:
            for (name, ref), value in cached.items():
                if name == sheet_name:
                    shown = b"<v>" + str(value).encode() + b"</v>"
                    xml = re.sub(rb'(<c r="' + ref.encode() + rb'"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?',
                                 lambda m, v=shown: m.group(1) + m.group(2) + v, xml)
            return xml
        return transform

    for index, name in enumerate(names, start=1):
        if any(sheet == name for sheet, _ in cached):
            rewrite_member(path, f"xl/worksheets/sheet{index}.xml", add(name))


def write_big_xlsx(path: Path, rows: int, columns: int = 5, sheet: str = "Log") -> Path:
    """A workbook of one sheet with `rows` data rows below a header, written in openpyxl's streaming
    mode (a million rows in bounded memory): Date | Account | Memo | Amount | Row."""
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet)
    worksheet.append(["Date", "Account", "Memo", "Amount", "Row"][:columns])
    for i in range(rows):
        worksheet.append([date(2024, 1 + i % 12, 1 + i % 28), f"ACC-{i % 97:03d}", f"entry number {i} for ledger",
                          round(i * 1.25, 2), i + 2][:columns])
    workbook.save(str(path))
    return path


# -- OpenDocument ---------------------------------------------------------------------------------

def write_odt(path: Path, pages: Sequence[TextPage]) -> Path:
    """A text document; each page after the first starts with an explicit page break
    (a paragraph style with break-before="page"), or a soft page break where asked."""
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style
    from odf.text import H, List, ListItem, P, SoftPageBreak

    document = OpenDocumentText()
    breaking = Style(name="BreakBefore", family="paragraph")
    breaking.addElement(ParagraphProperties(breakbefore="page"))
    document.automaticstyles.addElement(breaking)
    for number, page in enumerate(pages):
        first_style = None
        if number and page.soft_break:
            document.text.addElement(SoftPageBreak())
        elif number:
            first_style = breaking
        blocks: list[Any] = []
        if page.heading:
            blocks.append(H(outlinelevel=1, text=page.heading))
        blocks += [P(text=text) for text in page.paragraphs]
        if page.items:
            items = List()
            for text in page.items:
                item = ListItem()
                item.addElement(P(text=text))
                items.addElement(item)
            blocks.append(items)
        if page.table:
            blocks.append(_odf_table(page.table, name=f"Table{number + 1}", soft_break=page.table_soft_break))
        if first_style is not None:
            blocks.insert(0, P(stylename=first_style, text=""))
        for block in blocks:
            document.text.addElement(block)
    document.save(str(path))
    return path


def _odf_table(rows: Sequence[Sequence[str]], name: str | None = None, soft_break: int | None = None):
    """An ODF table of text cells; soft_break: LibreOffice's page break before that row."""
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P, SoftPageBreak

    table = Table(name=name) if name else Table()
    table.addElement(TableColumn(numbercolumnsrepeated=max(len(row) for row in rows)))
    for index, row in enumerate(rows):
        if index and index == soft_break:
            table.addElement(SoftPageBreak())
        element = TableRow()
        for text in row:
            cell = TableCell()
            cell.addElement(P(text=text))
            element.addElement(cell)
        table.addElement(element)
    return table


def write_odp(path: Path, slides: Sequence[Slide]) -> Path:
    """A presentation with a title frame, an outline frame, optional table and group, and notes."""
    from odf.draw import Frame, G, TextBox
    from odf.draw import Page as DrawPage
    from odf.namespaces import PRESENTATIONNS
    from odf.opendocument import OpenDocumentPresentation
    from odf.presentation import Notes
    from odf.style import DrawingPageProperties, MasterPage, PageLayout, PageLayoutProperties, Style
    from odf.text import P

    document = OpenDocumentPresentation()
    layout = PageLayout(name="Screen")
    layout.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="21cm", printorientation="landscape"))
    document.automaticstyles.addElement(layout)
    master = MasterPage(name="Default", pagelayoutname=layout)
    document.masterstyles.addElement(master)
    hidden = Style(name="HiddenSlide", family="drawing-page")
    hidden.addElement(DrawingPageProperties(qattributes={(PRESENTATIONNS, "visibility"): "hidden"}))
    document.automaticstyles.addElement(hidden)

    def frame(texts: Sequence[str], y: float, x: float = 2.0, kind: str | None = None) -> Any:
        attributes = {"width": "20cm", "height": "2cm", "x": f"{x}cm", "y": f"{y}cm"}
        element = Frame(**attributes)
        if kind:
            element.setAttrNS(PRESENTATIONNS, "class", kind)
        box = TextBox()
        for text in texts:
            box.addElement(P(text=text))
        element.addElement(box)
        return element

    for number, spec in enumerate(slides, start=1):
        page = DrawPage(name=f"page{number}", masterpagename=master)
        if spec.hidden:
            page.setAttribute("stylename", hidden)
        if spec.lines:  # written before the title: the reader must still put the title first
            page.addElement(frame(spec.lines, y=5, kind="outline"))
        page.addElement(frame([spec.title], y=1, kind="title"))
        if spec.table:
            holder = Frame(width="20cm", height="4cm", x="2cm", y="12cm")
            holder.addElement(_odf_table(spec.table))
            page.addElement(holder)
        if spec.group:
            group = G()
            for i, text in enumerate(spec.group):
                group.addElement(frame([text], y=17, x=2 + 7 * i))
            page.addElement(group)
        if spec.notes is not None:
            notes = Notes()
            notes.addElement(frame([spec.notes], y=15, kind="notes"))
            page.addElement(notes)
        document.presentation.addElement(page)
    document.save(str(path))
    return path


def write_ods(path: Path, sheets: Sequence[Sheet]) -> Path:
    """A spreadsheet: numbers as floats, dates as dates, merged ranges spanned with covered cells."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableRow
    from odf.text import P
    from openpyxl.utils.cell import range_boundaries

    document = OpenDocumentSpreadsheet()
    hidden = Style(name="HiddenSheet", family="table")
    hidden.addElement(TableProperties(display="false"))
    document.automaticstyles.addElement(hidden)
    for spec in sheets:
        table = Table(name=spec.name, stylename=hidden) if spec.hidden else Table(name=spec.name)
        spans, covered = {}, set()
        for merged in spec.merges:
            first_column, first_row, last_column, last_row = range_boundaries(merged)
            spans[(first_row, first_column)] = (last_column - first_column + 1, last_row - first_row + 1)
            covered |= {(r, c) for r in range(first_row, last_row + 1) for c in range(first_column, last_column + 1)}
            covered.discard((first_row, first_column))
        if spec.first_row > 1:
            table.addElement(TableRow(numberrowsrepeated=spec.first_row - 1))
        for offset, row in enumerate(spec.rows):
            number = spec.first_row + offset
            element = TableRow()
            for column, value in enumerate(row, start=1):
                if (number, column) in covered:
                    element.addElement(CoveredTableCell())
                    continue
                cell = _ods_cell(TableCell, value)
                if (number, column) in spans:
                    columns, rows = spans[(number, column)]
                    cell.setAttribute("numbercolumnsspanned", columns)
                    cell.setAttribute("numberrowsspanned", rows)
                if value is not None:
                    cell.addElement(P(text=_shown(value)))
                element.addElement(cell)
            table.addElement(element)
        table.addElement(TableRow(numberrowsrepeated=1_048_000))  # as LibreOffice ends a sheet
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def _ods_cell(make, value: Cell):
    if isinstance(value, bool):
        return make(valuetype="boolean", booleanvalue="true" if value else "false")
    if isinstance(value, int | float):
        return make(valuetype="float", value=value)
    if isinstance(value, datetime):
        return make(valuetype="date", datevalue=value.isoformat(timespec="seconds"))
    if isinstance(value, date):
        return make(valuetype="date", datevalue=value.isoformat())
    if value is None:
        return make()
    return make(valuetype="string")


def _shown(value: Cell) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")  # shown in a local style; the reader takes the ISO value
    return str(value)


# -- e-books --------------------------------------------------------------------------------------

def write_epub(path: Path, chapters: Sequence[Chapter], title: str = "A Test Book", cover: bool = True) -> Path:
    """An EPUB 3 book (with an EPUB 2 NCX too): a cover page first (image only, no text), then the
    chapters in spine order, the navigation document in the spine as many shops put it."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier("deskmate-test-book")
    book.set_title(title)
    book.set_language("en")
    book.add_author("A. Writer")
    style = epub.EpubItem(uid="style", file_name="style/main.css", media_type="text/css",
                          content=b"body { font-family: serif; }")
    book.add_item(style)
    spine: list[Any] = ["nav"]
    if cover:
        image = epub.EpubItem(uid="cover-image", file_name="images/cover.png", media_type="image/png",
                              content=_tiny_png())
        book.add_item(image)
        page = epub.EpubHtml(title="Cover", file_name="cover.xhtml", lang="en")
        page.content = '<html><head><title>Cover</title></head><body><img src="images/cover.png" alt=""/></body></html>'
        book.add_item(page)
        spine.insert(0, page)
    toc = []
    for number, chapter in enumerate(chapters, start=1):
        item = epub.EpubHtml(title=chapter.title or f"part {number}", file_name=f"text/chapter_{number:02d}.xhtml",
                             lang="en")
        heading = f"<h1>{chapter.heading}</h1>" if chapter.heading else ""
        paragraphs = "".join(f"<p>{text}</p>" for text in chapter.paragraphs)
        item.content = f"<html><head><title>{title}</title></head><body>{heading}{paragraphs}</body></html>"
        item.add_item(style)
        book.add_item(item)
        spine.append(item)
        if chapter.in_toc and chapter.title:
            toc.append(epub.Link(item.file_name, chapter.title, f"chapter{number}"))
    book.toc = toc
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = spine
    epub.write_epub(str(path), book)
    return path


def add_epub_encryption(path: Path, algorithm: str = "http://www.w3.org/2001/04/xmlenc#aes128-cbc",
                        member: str = "EPUB/text/chapter_01.xhtml") -> Path:
    """Lists `member` in META-INF/encryption.xml as a DRM-protected book does (AES), or as a font
    obfuscated the IDPF way (algorithm "http://www.idpf.org/2008/embedding"), which is not DRM."""
    xml = (f'<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
           f'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
           f'<enc:EncryptionMethod Algorithm="{algorithm}"/><enc:CipherData>'
           f'<enc:CipherReference URI="{member}"/></enc:CipherData></enc:EncryptedData></encryption>')
    with zipfile.ZipFile(path, "a") as package:
        package.writestr("META-INF/encryption.xml", xml)
    return path


def _tiny_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, format="PNG")
    return buffer.getvalue()


# -- RTF ------------------------------------------------------------------------------------------

def write_rtf(path: Path, pages: Sequence[Sequence[str]]) -> Path:
    """An RTF document as WordPad writes it: a font table, paragraphs (\\par), \\page between pages,
    non-ASCII letters as \\'xx (Windows-1252) or \\uN escapes."""
    def escaped(text: str) -> str:
        out = []
        for char in text:
            if char in "\\{}":
                out.append("\\" + char)
            elif ord(char) < 128:
                out.append(char)
            else:
                try:
                    out.append(f"\\'{char.encode('cp1252')[0]:02x}")
                except UnicodeEncodeError:
                    out.append(f"\\u{ord(char) if ord(char) < 32768 else ord(char) - 65536}?")
        return "".join(out)

    body = "\\page\n".join("".join(f"\\pard {escaped(paragraph)}\\par\n" for paragraph in page) for page in pages)
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}"
                    "{\\colortbl ;\\red0\\green0\\blue0;}\n{\\*\\generator Msftedit 5.41.21.2510;}"
                    f"\\viewkind4\\uc1\\f0\\fs22\n{body}}}\n", encoding="ascii")
    return path


# -- changing a written package -------------------------------------------------------------------

def rewrite_member(path: Path, name: str, transform: Callable[[bytes], bytes]) -> Path:
    """Replace one part of a zip package by transform(its bytes), keeping the others as they were."""
    with zipfile.ZipFile(path) as package:
        parts = [(info, package.read(info.filename)) for info in package.infolist()]
    if name not in {info.filename for info, _ in parts}:
        raise KeyError(f"{path.name} has no part {name}")
    with zipfile.ZipFile(path, "w") as package:
        for info, data in parts:
            package.writestr(info, transform(data) if info.filename == name else data,
                             compress_type=info.compress_type)
    return path


def encrypt_ooxml(path: Path, password: str = "hunter2") -> Path:
    """The file saved with a password, as Office does it (an OLE file holding the encrypted package)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = path.read_bytes()
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    path.write_bytes(out.getvalue())
    return path


BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                             for i in range(1, 10))
                  + b"]>\n")


def with_billion_laughs(xml: bytes, where: bytes = b"") -> bytes:
    """The XML part with an entity-expansion bomb declared before its root, and `&lol9;` (a billion
    "lol"s once expanded) put after the first occurrence of `where` (or in the root's first text)."""
    body = xml.split(b"?>", 1)[1] if xml.lstrip().startswith(b"<?xml") else xml
    if where and where in body:
        body = body.replace(where, where + b"&lol9;", 1)
    return BILLION_LAUGHS + body.lstrip()


def zip_bomb_part(megabytes: int = 100) -> bytes:
    """Bytes that compress about a thousand times: `megabytes` of spaces inside an XML comment."""
    return b"<!--" + b" " * (megabytes * 1048576) + b"-->"
