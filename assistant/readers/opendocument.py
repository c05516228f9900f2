"""OpenDocument text, slides and spreadsheets (.odt, .odp, .ods), read from their XML with defusedxml.

odfpy (which writes the test files) is not used to read: it builds a DOM of the whole document
in memory, several times the size of its XML, where a spreadsheet must be streamed row by row;
and its own load gives no more than the XML does. The parts are parsed by packages.parse_xml and
packages.iter_xml (entity declarations refused).

- .odt: pages follow the page breaks LibreOffice saved where its layout broke the pages (its
  "soft page breaks"), explicit page breaks ("break before/after page" in a paragraph's style,
  or a change of page style), so "page 7" is the page LibreOffice showed. A document written by a
  program that saves no soft breaks is one page per explicit break, else one page (like Word files).
- .odp: one Page per slide ("Slide 3 · Title"): title, then the other shapes top to bottom,
  tables and groups, then the speaker notes ("Notes: ..."). Hidden slides are read, and labelled so.
- .ods: `ods_sheets` streams each sheet's rows for spreadsheet.py, which makes the blocks.
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from assistant.readers.packages import iter_xml, open_package, parse_xml, read_member
from assistant.readers.pages import Page, UnreadableFile

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
ODT = "an OpenDocument text (.odt)"
ODP = "an OpenDocument presentation (.odp)"
ODS = "an OpenDocument spreadsheet (.ods)"
MIMETYPES = {ODT: "application/vnd.oasis.opendocument.text",
             ODP: "application/vnd.oasis.opendocument.presentation",
             ODS: "application/vnd.oasis.opendocument.spreadsheet"}
KINDS = {mimetype: name for name, mimetype in MIMETYPES.items()}
MAX_COLUMNS = 16_384  # the widest sheet LibreOffice makes
MAX_REPEATED = 1_000  # identical non-empty rows or cells written once with a repeat count
SHORT_TITLE = 60  # a slide title longer than this stays out of the label
SOFT, HARD = "soft", "hard"  # page breaks: where the layout broke the page, and where the author did


def q(name: str) -> str:
    """'text:p' -> '{urn:...text:1.0}p' (ElementTree's names)."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


@dataclass(frozen=True)
class Displayed:
    """A number as the spreadsheet shows it ("12%", "€1,200.00"): not text, so not a header cell."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Break:
    kind: str  # SOFT or HARD


Part = str | Break  # a line of text, or a page break between lines


# -- the package ----------------------------------------------------------------------------------

def open_odf(path: Path, data: bytes, format_name: str) -> zipfile.ZipFile:
    """The package, once it is the expected OpenDocument kind and not password-protected."""
    package = open_package(path, data, format_name, old_suffix=".doc/.xls/.ppt")
    names = set(package.namelist())
    mimetype = read_member(path, package, "mimetype", format_name).decode("ascii", "replace").strip() \
        if "mimetype" in names else ""
    actual = KINDS.get(mimetype.removesuffix("-template"))
    if actual is None and "content.xml" not in names:
        raise UnreadableFile(path, f"not {format_name} (a zip package without OpenDocument content)")
    if actual is not None and actual != format_name:
        raise UnreadableFile(path, f"not {format_name} (it is {actual}: rename it to match)")
    if "META-INF/manifest.xml" in names:
        manifest = parse_xml(path, read_member(path, package, "META-INF/manifest.xml", format_name), "its manifest")
        if manifest.find(f".//{q('manifest:encryption-data')}") is not None:
            raise UnreadableFile(path, "password-protected (open it, remove the password and save it again)")
    return package


def _content(path: Path, package: zipfile.ZipFile, format_name: str):
    return parse_xml(path, read_member(path, package, "content.xml", format_name), "its content")


# -- styles: page breaks, hidden slides and sheets ------------------------------------------------

@dataclass
class Styles:
    breaks: dict[str, str]  # paragraph or table style name -> HARD when it starts or ends a page
    after: set[str]  # style names whose break comes after the paragraph
    hidden: set[str]  # drawing-page and table styles that hide their slide or sheet


def read_styles(*roots) -> Styles:
    """Page breaks and visibility from the styles in content.xml and styles.xml, parents included."""
    parents: dict[str, str] = {}
    before: set[str] = set()
    after: set[str] = set()
    hidden: set[str] = set()
    for root in roots:
        if root is None:
            continue
        for style in root.iter(q("style:style")):
            name = style.get(q("style:name"), "")
            if style.get(q("style:parent-style-name")):
                parents[name] = style.get(q("style:parent-style-name"), "")
            if style.get(q("style:master-page-name")):
                before.add(name)  # a paragraph that changes the page style starts a page
            for properties in style:
                if properties.get(q("fo:break-before")) == "page":
                    before.add(name)
                if properties.get(q("fo:break-after")) == "page":
                    after.add(name)
                if (properties.get(q("presentation:visibility")) == "hidden"
                        or properties.get(q("table:display")) == "false"):
                    hidden.add(name)

    def inherited(names: set[str]) -> set[str]:
        result = set(names)
        for name in parents:
            seen, current = set(), name
            while current in parents and current not in seen and current not in result:
                seen.add(current)
                current = parents[current]
            if current in result:
                result.add(name)
        return result

    return Styles(breaks={name: HARD for name in inherited(before)}, after=inherited(after), hidden=hidden)


# -- text of paragraphs, lists and tables ---------------------------------------------------------

SKIPPED = {q("text:table-of-content"), q("text:alphabetical-index"), q("text:illustration-index"),
           q("text:object-index"), q("text:user-index"), q("text:bibliography"), q("office:annotation"),
           q("text:sequence-decls"), q("text:variable-decls"), q("text:tracked-changes"), q("office:forms"),
           q("text:note-citation"), q("presentation:notes"), q("svg:title"), q("svg:desc")}


def inline_parts(element, parts: list[Part], styles: Styles | None = None) -> None:
    """A paragraph's text, spaces, tabs and line breaks; a soft page break inside it as a Break."""
    if element.text:
        parts.append(element.text)
    for child in element:
        tag = child.tag
        if tag == q("text:s"):
            parts.append(" " * min(_count(child.get(q("text:c"))), 100))
        elif tag == q("text:tab"):
            parts.append("\t")
        elif tag == q("text:line-break"):
            parts.append("\n")
        elif tag == q("text:soft-page-break"):
            parts.append(Break(SOFT))
        elif tag == q("text:note"):
            body = child.find(q("text:note-body"))
            if body is not None:
                parts.append(" (" + " ".join(_lines(block_parts(body, styles))) + ")")
        elif tag in (q("text:p"), q("text:h"), q("text:list"), q("table:table")):
            parts.append("\n")
            parts.extend(block_parts(child, styles))  # a text box inside the paragraph
            parts.append("\n")
        elif tag not in SKIPPED:
            inline_parts(child, parts, styles)
        if child.tail:
            parts.append(child.tail)


def _count(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


def block_parts(element, styles: Styles | None = None, list_depth: int = 0) -> list[Part]:
    """The lines (and page breaks) of a body, section, list or table, in document order."""
    parts: list[Part] = []
    for child in element:
        tag = child.tag
        if tag in (q("text:p"), q("text:h")):
            parts.extend(_paragraph(child, styles, list_depth))
        elif tag == q("text:list"):
            for item in child:
                if item.tag in (q("text:list-item"), q("text:list-header")):
                    parts.extend(block_parts(item, styles, list_depth + 1))
        elif tag == q("table:table"):
            parts.extend(_table_breaks(child, styles, before=True))
            parts.extend(_table_lines(child, styles))
            parts.extend(_table_breaks(child, styles, before=False))
        elif tag == q("text:soft-page-break"):
            parts.append(Break(SOFT))
        elif tag not in SKIPPED:
            parts.extend(block_parts(child, styles, list_depth))  # sections, frames, text boxes, groups
    return parts


def _paragraph(element, styles: Styles | None, list_depth: int) -> list[Part]:
    style = element.get(q("text:style-name"), "")
    parts: list[Part] = [Break(HARD)] if styles and style in styles.breaks else []
    inline: list[Part] = []
    inline_parts(element, inline, styles)
    line: list[str] = []
    prefix = "  " * (list_depth - 1) + "- " if list_depth else ""
    for part in inline:
        if isinstance(part, Break):
            parts += [_joined(line, prefix), part]
            line, prefix = [], ""
        else:
            line.append(part)
    parts.append(_joined(line, prefix))
    if styles and style in styles.after:
        parts.append(Break(HARD))
    return parts


def _joined(pieces: list[str], prefix: str) -> str:
    text = "".join(pieces).strip("\n")
    return prefix + text if text.strip() else ""


def _table_breaks(table, styles: Styles | None, before: bool) -> list[Part]:
    style = table.get(q("table:style-name"), "")
    if styles is None or not style:
        return []
    return [Break(HARD)] if (style in styles.breaks if before else style in styles.after) else []


def _table_lines(table, styles: Styles | None) -> list[Part]:
    """Rows as "a | b | c" lines, and the soft page breaks LibreOffice saved between rows."""
    lines: list[Part] = []
    for child in table:
        if child.tag == q("table:table-row"):
            cells = _row_cells(child, styles)
            if cells:
                lines.append(" | ".join(cells))
        elif child.tag == q("text:soft-page-break"):
            lines.append(Break(SOFT))
        elif child.tag in (q("table:table-rows"), q("table:table-header-rows"), q("table:table-row-group")):
            lines += _table_lines(child, styles)
    return lines


def _row_cells(row, styles: Styles | None) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in (q("table:table-cell"), q("table:covered-table-cell")):
            continue
        text = " ".join(_lines(block_parts(cell, styles)))
        repeat = min(_count(cell.get(q("table:number-columns-repeated"))), MAX_REPEATED) if text else 1
        cells += [text] * repeat
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _lines(parts: list[Part]) -> list[str]:
    return [part.strip() for part in parts if isinstance(part, str) and part.strip()]


def paged(parts: list[Part]) -> list[str]:
    """Lines cut into pages at the breaks. A soft break next to another break is the same page
    boundary (LibreOffice can save both where an explicit break fell); a break before any text
    does not make an empty first page."""
    pages: list[list[str]] = [[]]
    previous: Break | None = None
    for part in parts:
        if isinstance(part, Break):
            blank = not any(line.strip() for line in pages[-1])
            if (blank and previous is not None and SOFT in (part.kind, previous.kind)) or (
                    blank and len(pages) == 1):
                previous = part if previous is None else previous
                continue
            pages.append([])
            previous = part
        elif part.strip():
            pages[-1].append(part)
            previous = None
    return ["\n".join(lines) for lines in pages]


# -- .odt -----------------------------------------------------------------------------------------

def read_odt(path: Path, data: bytes) -> list[Page]:
    package = open_odf(path, data, ODT)
    content = _content(path, package, ODT)
    styles_root = parse_xml(path, read_member(path, package, "styles.xml", ODT), "its styles") \
        if "styles.xml" in package.namelist() else None
    body = content.find(f"{q('office:body')}/{q('office:text')}")
    if body is None:
        raise UnreadableFile(path, f"not {ODT} (its content has no text body)")
    styles = read_styles(content, styles_root)
    return [Page(number, text) for number, text in enumerate(paged(block_parts(body, styles)), start=1)]


# -- .odp -----------------------------------------------------------------------------------------

def read_odp(path: Path, data: bytes) -> list[Page]:
    package = open_odf(path, data, ODP)
    content = _content(path, package, ODP)
    presentation = content.find(f"{q('office:body')}/{q('office:presentation')}")
    if presentation is None:
        raise UnreadableFile(path, f"not {ODP} (its content has no slides)")
    styles = read_styles(content)
    slides = [element for element in presentation if element.tag == q("draw:page")]
    return [_slide_page(number, slide, styles) for number, slide in enumerate(slides, start=1)]


def _slide_page(number: int, slide, styles: Styles) -> Page:
    shapes = [child for child in slide if child.tag != q("presentation:notes")]
    titles = [shape for shape in shapes if shape.get(q("presentation:class")) == "title"]
    others = sorted((shape for shape in shapes if shape not in titles), key=_position)
    title = " ".join(_lines(block_parts(titles[0]))) if titles else ""
    lines = [title] if title else []
    for shape in titles[1:] + others:
        lines += _lines(block_parts(shape))
    notes_element = slide.find(q("presentation:notes"))
    if notes_element is not None:
        notes = [line for frame in notes_element if frame.get(q("presentation:class")) == "notes"
                 for line in _lines(block_parts(frame))]
        if notes:
            lines.append("Notes: " + "\n".join(notes))
    hidden = slide.get(q("draw:style-name"), "") in styles.hidden
    return Page(number, "\n".join(lines), label=slide_label(number, title, hidden), locator={"slide": number})


def slide_label(number: int, title: str, hidden: bool) -> str:
    """"Slide 3 · Q3 results", "Slide 4 (hidden)": the title only when it is short and on one line."""
    label = f"Slide {number}" + (" (hidden)" if hidden else "")
    title = " ".join(title.split())
    return f"{label} · {title}" if title and len(title) <= SHORT_TITLE else label


_LENGTH = re.compile(r"^\s*(-?[0-9.]+)\s*(cm|mm|in|pt|pc|px)?\s*$")
_CM = {"cm": 1.0, "mm": 0.1, "in": 2.54, "pt": 2.54 / 72, "pc": 2.54 / 6, "px": 2.54 / 96, None: 1.0}


def _position(shape) -> tuple[float, float]:
    """(top, left) in cm, for reading order; a group is where its first placed child is."""
    for element in shape.iter():
        y, x = element.get(q("svg:y")), element.get(q("svg:x"))
        if y is not None or x is not None:
            return _cm(y), _cm(x)
    return 0.0, 0.0


def _cm(value: str | None) -> float:
    match = _LENGTH.match(value or "")
    if not match:
        return 0.0
    try:
        return float(match.group(1)) * _CM[match.group(2)]
    except ValueError:
        return 0.0


# -- .ods: the low-level table access spreadsheet.py builds its blocks on --------------------------

def ods_sheets(path: Path, data: bytes) -> Iterator[tuple[str, bool, Iterator[tuple[int, list[Any]]]]]:
    """(sheet name, hidden, rows) per sheet, streamed from content.xml; each sheet's rows must be
    read to the end before the next sheet is asked for. A row is (row number, cell values from
    column A): str, Displayed numbers, date or datetime; a value merged down the rows is on each."""
    package = open_odf(path, data, ODS)
    with package.open("content.xml") as stream:
        events = iter_xml(path, stream, "its content")
        hidden: set[str] = set()
        for event, element in events:
            if event == "end" and element.tag == q("office:automatic-styles"):
                hidden = read_styles(element).hidden
            elif event == "start" and element.tag == q("table:table"):
                name = element.get(q("table:name"), "Sheet")
                rows = _SheetReader(events, element).rows()
                yield name, element.get(q("table:style-name"), "") in hidden, rows
                for _ in rows:  # the caller stopped early: skip the rest of this sheet
                    pass
                element.clear()


class _SheetReader:
    """Rows of one table:table from the shared event stream, without keeping rows in memory."""

    def __init__(self, events, table):
        self.events, self.table = events, table
        self.stack = [table]
        self.number = 0
        self.spans: list[tuple[int, int, int, Any]] = []  # (first column, last column, last row, value)

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        for event, element in self.events:
            if event == "start":
                self.stack.append(element)
                continue
            self.stack.pop()
            if element is self.table:
                return
            if element.tag == q("table:table-row"):
                yield from self._row(element)
                if self.stack:
                    self.stack[-1].remove(element)  # cleared rows would still pile up in the parent

    def _row(self, row) -> Iterator[tuple[int, list[Any]]]:
        repeat = _count(row.get(q("table:number-rows-repeated")))
        values = self._cells(row, self.number + 1)
        if not any(value not in (None, "") for value in values):
            self.number += repeat  # LibreOffice ends a sheet with a million empty rows in one element
            return
        for _ in range(min(repeat, MAX_REPEATED)):
            self.number += 1
            yield self.number, list(values)
        self.number += max(0, repeat - MAX_REPEATED)

    def _cells(self, row, number: int) -> list[Any]:
        values: list[Any] = []
        self.spans = [span for span in self.spans if span[2] >= number]
        for cell in row:
            if cell.tag not in (q("table:table-cell"), q("table:covered-table-cell")):
                continue
            column = len(values) + 1
            if column > MAX_COLUMNS:
                break
            value = ods_value(cell) if cell.tag == q("table:table-cell") else self._covering(column, number)
            repeat = _count(cell.get(q("table:number-columns-repeated")))
            if value in (None, ""):
                values.extend([None] * min(repeat, MAX_COLUMNS - len(values)))
                continue
            values.extend([value] * min(repeat, MAX_REPEATED))
            rows = _count(cell.get(q("table:number-rows-spanned")))
            if rows > 1:  # merged down: the value stays on each row (spreadsheet.fill_merged does the same)
                self.spans.append((column, column, number + rows - 1, value))
        while values and values[-1] in (None, ""):
            values.pop()
        return values

    def _covering(self, column: int, number: int) -> Any:
        for first, last, last_row, value in self.spans:
            if first <= column <= last and number <= last_row:
                return value
        return None


def ods_value(cell) -> Any:
    """A cell's value: dates as date or datetime, numbers as shown, text as text."""
    kind = cell.get(q("office:value-type"))
    if kind == "date":
        return _iso_date(cell.get(q("office:date-value"), ""))
    if kind == "boolean":
        return Displayed("TRUE" if cell.get(q("office:boolean-value")) == "true" else "FALSE")
    text = "\n".join(_lines(block_parts(cell)))
    if kind in ("float", "percentage", "currency", "time"):
        return Displayed(text or cell.get(q("office:value"), "") or cell.get(q("office:time-value"), ""))
    return text


def _iso_date(value: str) -> date | datetime | str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return moment.date() if len(value) <= 10 else moment
