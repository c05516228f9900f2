"""Spreadsheets (.xlsx through openpyxl, the only module that imports it; .ods through opendocument.py).

Each sheet becomes blocks of whole rows, about one embedder chunk each, and every block starts
with the sheet's name and its header row, so a block found alone still says what its numbers are:

    Sheet 'Costs'
    Date | Item | Amount
    2025-03-02 | Taxi to the airport | 42.5

A block is cited as "Sheet 'Costs', rows 40–62" (the row numbers the spreadsheet program shows).
Cells are the values last calculated (a formula's cached result), dates as ISO dates; empty rows
are left out, and so are columns empty in a block and its header. A merged range's value fills
each of the range's rows, so a category merged down the rows stays on each of them. Hidden
sheets are read and their label says so.

A workbook is streamed row by row (openpyxl's read-only mode): a sheet of a million rows is read
in bounded memory.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from assistant.readers.opendocument import Displayed, ods_sheets
from assistant.readers.packages import damaged, library_failure, open_package
from assistant.readers.pages import Page, UnreadableFile

# A block's whole text, header included: table text runs at about 2.9 characters per embedder token
# (dates and amounts cost more tokens than words), so 540 characters are about 185 tokens, inside
# one 200-token chunk; a longer block would be cut and its second chunk would lack the header.
BLOCK_CHARS = 540
HEADER_SEARCH_ROWS = 5  # the header row is looked for among a sheet's first non-empty rows (below a title)
MAX_MERGE_TAIL = 16 * 1048576  # bytes of a sheet's XML after its cells that are searched for merged ranges
XLSX = "an Excel workbook (.xlsx)"
Row = tuple[int, list[Any]]  # (row number as the program shows it, cell values from column A on)


@dataclass(frozen=True)
class Merge:
    first_row: int
    first_column: int  # 1-based
    last_row: int
    last_column: int


@dataclass
class SheetRows:
    """One sheet as a stream of rows: what a workbook reader hands to sheet_pages."""

    name: str
    rows: Iterable[Row]
    hidden: bool = False


# -- .xlsx --------------------------------------------------------------------------------------

def read_xlsx(path: Path, data: bytes) -> list[Page]:
    package = open_package(path, data, XLSX, old_suffix=".xls")
    if "xl/workbook.xml" not in package.namelist():
        raise UnreadableFile(path, f"not {XLSX} (a zip package without a workbook; a different Office file?)")
    import openpyxl  # type: ignore[import-untyped]

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except (MemoryError, UnreadableFile):
        raise
    except Exception as exc:  # openpyxl raises whatever its parsers raise on a damaged part
        raise library_failure(path, exc, XLSX) from None
    try:
        sheets = [SheetRows(sheet.title, fill_merged(_xlsx_rows(path, sheet), _xlsx_merges(path, package, sheet)),
                            hidden=sheet.sheet_state != "visible") for sheet in workbook.worksheets]
        return workbook_pages(path, sheets)
    finally:
        workbook.close()


def _xlsx_rows(path: Path, sheet) -> Iterator[Row]:
    sheet.reset_dimensions()  # a sheet's stated size may be wrong, or huge on purpose: read the rows it has
    try:
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            yield number, list(values)
    except (MemoryError, UnreadableFile):
        raise
    except Exception as exc:
        raise library_failure(path, exc, XLSX) from None


_SHEET_DATA_END = re.compile(rb"</(?:\w+:)?sheetData>")
_MERGE_CELL = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\"")


def _xlsx_merges(path: Path, package: zipfile.ZipFile, sheet) -> list[Merge]:
    """The sheet's merged ranges, found in the XML after its cells (read-only mode does not parse them)."""
    part = getattr(sheet, "_worksheet_path", None)
    if not part:
        return []
    try:
        return _merges_in(package, part)
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError) as exc:
        raise UnreadableFile(path, damaged(XLSX, exc)) from None


def _merges_in(package: zipfile.ZipFile, part: str) -> list[Merge]:
    tail, found, carry = bytearray(), False, b""
    with package.open(part) as stream:
        while chunk := stream.read(1048576):
            if found:
                tail += chunk
                if len(tail) > MAX_MERGE_TAIL:
                    break
                continue
            window = carry + chunk
            match = _SHEET_DATA_END.search(window)
            if match:
                found, tail = True, bytearray(window[match.end():])
            carry = window[-32:]
    return [Merge(int(r1), _column_number(c1), int(r2), _column_number(c2))
            for c1, r1, c2, r2 in _MERGE_CELL.findall(bytes(tail))]


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def fill_merged(rows: Iterable[Row], merges: list[Merge]) -> Iterator[Row]:
    """The rows with a merged range's value copied down its first column, so a category merged over
    several rows stays on each of them; across the columns it is not repeated (a merged title row
    would say its title once per column)."""
    if not merges:
        yield from rows
        return
    waiting = sorted(merges, key=lambda merge: merge.first_row)
    active: list[tuple[Merge, Any]] = []
    for number, values in rows:
        active = [(merge, value) for merge, value in active if merge.last_row >= number]
        while waiting and waiting[0].first_row <= number:
            merge = waiting.pop(0)
            if merge.first_row == number and merge.last_row > number and len(values) >= merge.first_column:
                if values[merge.first_column - 1] not in (None, ""):
                    active.append((merge, values[merge.first_column - 1]))
        for merge, value in active:
            column = merge.first_column - 1
            if len(values) <= column:
                values = values + [None] * (column + 1 - len(values))
            if values[column] in (None, ""):
                values[column] = value
        yield number, values


# -- .ods ---------------------------------------------------------------------------------------

def read_ods(path: Path, data: bytes) -> list[Page]:
    sheets = (SheetRows(name, rows, hidden) for name, hidden, rows in ods_sheets(path, data))  # streamed in turn
    return workbook_pages(path, sheets)


# -- rows to blocks (both formats) --------------------------------------------------------------

def workbook_pages(path: Path, sheets: Iterable[SheetRows]) -> list[Page]:
    """Every sheet's blocks, numbered through the workbook."""
    pages: list[Page] = []
    for sheet in sheets:
        pages += sheet_pages(sheet, first_number=len(pages) + 1)
    if not pages:
        raise UnreadableFile(path, "empty file (no cell in any sheet has a value)")
    return pages


def sheet_pages(sheet: SheetRows, first_number: int = 1, block_chars: int = BLOCK_CHARS) -> list[Page]:
    """The sheet as blocks of whole rows of about block_chars each, the header row atop every block."""
    rows = ((number, [cell_text(value) for value in values], values) for number, values in sheet.rows)
    non_empty = ((number, texts, values) for number, texts, values in rows if any(texts))
    lead: list[tuple[int, list[str]]] = []  # rows up to and including the header (or the first few)
    header: list[str] | None = None
    for number, texts, values in non_empty:
        lead.append((number, texts))
        if _is_header(values, texts):
            header = texts
            break
        if len(lead) >= HEADER_SEARCH_ROWS:
            break
    pages: list[Page] = []
    block: list[tuple[int, list[str]]] = list(lead)
    overhead = len(sheet.name) + 9 + (_row_size(header) if header else 0)  # "Sheet '…'" and the header
    size = overhead + sum(_row_size(texts) for _, texts in block if texts is not header)

    def flush() -> None:
        if block:
            pages.append(_block_page(sheet, first_number + len(pages), header, block))

    for number, texts, _ in non_empty:
        row_size = _row_size(texts)
        if block and size + row_size > block_chars:
            flush()
            block, size = [], overhead
        block.append((number, texts))
        size += row_size
    flush()
    return pages


def _is_header(values: list[Any], texts: list[str]) -> bool:
    """Two or more cells, all of them text or years ("Item | 2024 | 2025"): column names
    (a one-cell row above them is a title)."""
    filled = [value for value, text in zip(values, texts) if text]
    return len(filled) >= 2 and all(isinstance(value, str) or _is_year(value) for value in filled) \
        and any(isinstance(value, str) for value in filled)


def _is_year(value: Any) -> bool:
    if isinstance(value, Displayed):  # an .ods number, as shown
        return value.text.isdigit() and 1900 <= int(value.text) <= 2100
    return isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer() \
        and 1900 <= value <= 2100


def _row_size(texts: list[str]) -> int:
    return sum(len(text) for text in texts) + 3 * len(texts)


def _block_page(sheet: SheetRows, number: int, header: list[str] | None, block: list[tuple[int, list[str]]]) -> Page:
    rows = [texts for _, texts in block]
    has_header = header is None or any(texts is header for texts in rows)  # the first block has it already
    table = rows if has_header or header is None else [header, *rows]
    width = max(len(texts) for texts in table)
    kept = [column for column in range(width) if any(column < len(texts) and texts[column] for texts in table)]
    lines = [_line([texts[column] if column < len(texts) else "" for column in kept]) for texts in table]
    first, last = block[0][0], block[-1][0]
    rows_label = f"row {first}" if first == last else f"rows {first}–{last}"
    hidden = " (hidden)" if sheet.hidden else ""
    return Page(number, "\n".join([f"Sheet '{sheet.name}'", *lines]),
                label=f"Sheet '{sheet.name}'{hidden}, {rows_label}",
                locator={"sheet": sheet.name, "rows": [first, last]})


def _line(cells: list[str]) -> str:
    while cells and not cells[-1]:
        cells.pop()
    return " | ".join(cells)


def cell_text(value: Any) -> str:
    """A cell's value as a person reads it: ISO dates, no float noise, one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return " ".join(str(value).split())
