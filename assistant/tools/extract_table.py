"""The table `deskmate extract` writes: CSV (UTF-8 with a BOM) or XLSX, the only module that writes XLSX.

openpyxl reads spreadsheets in readers/spreadsheet.py; this module is its one writer (and it reads back
only the tables it wrote itself, to resume). Every write replaces the whole file atomically (a hidden
temporary file beside it, then os.replace), so a stop or a crash at any moment leaves the last complete
table. Rewriting 200 rows takes about 10 ms as CSV and 270 ms as XLSX (measured on a loaded 2-core
machine), so tools/extract.py's Table rewrites after a row only when that costs under a tenth of the time
since the last write, and always at the end (a stop and Ctrl+C included).
"""
from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path

from assistant.errors import DeskmateError, InvalidInput

FORMATS = (".csv", ".xlsx")
COLUMNS = ("file", "found", "answer", "citation", "status", "reason", "question")
FORMULA_STARTS = ("=", "+", "@")
WIDTHS = {"file": 28, "found": 7, "answer": 70, "citation": 30, "status": 10, "reason": 40, "question": 40}


class NotATable(InvalidInput):
    """The output file exists but is not a table `deskmate extract` wrote."""


def table_format(path: Path) -> str:
    """".csv" or ".xlsx"; any other ending is refused with what to do."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        got = f"'{path.suffix}'" if path.suffix else "no extension"
        raise InvalidInput(f"The output file must end in .csv or .xlsx ({path.name} has {got}).")
    return suffix


def check_writable(path: Path) -> None:
    """Refuse, before any work, an output that cannot be written (a folder, a missing folder, no permission)."""
    if path.is_dir():
        raise InvalidInput(f"{path} is a folder; give a file name for the table (table.csv or table.xlsx).")
    table_format(path)
    if not path.parent.is_dir():
        raise InvalidInput(f"The folder {path.parent} does not exist; create it or choose another output file.")
    probe = _temporary(path)
    try:
        probe.open("wb").close()
    except OSError as exc:
        raise InvalidInput(f"Cannot write in {path.parent} ({exc.strerror or exc}); choose another output file.") \
            from None
    finally:
        probe.unlink(missing_ok=True)
    if path.exists() and not os.access(path, os.W_OK):
        raise InvalidInput(f"{path} cannot be replaced (it is read-only); choose another output file.")


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.partial")


def write_table(path: Path, rows: Sequence[Sequence[str]]) -> None:
    """The header and `rows`, replacing `path` atomically."""
    data = _xlsx_bytes(rows) if table_format(path) == ".xlsx" else _csv_bytes(rows)
    temporary = _temporary(path)
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        raise DeskmateError(f"Could not write {path.name} ({exc.strerror or exc}). If it is open in a spreadsheet "
                            "program, close it and run the same command again: the rows answered so far are kept.") \
            from None
    finally:
        temporary.unlink(missing_ok=True)


def _csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(COLUMNS)
    writer.writerows([[_inert(value) for value in row] for row in rows])
    return text.getvalue().encode("utf-8-sig")  # the BOM tells spreadsheet programs it is UTF-8


def _xlsx_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    import openpyxl  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Answers"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_printable(value) for value in row])
    for number, name in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(number)].width = WIDTHS[name]
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            if cell.data_type == "f":  # a document's "=..." is text, never a formula
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _printable(value: str) -> str:
    """No control characters (XLSX cannot hold them)."""
    return "".join(ch for ch in value if ch in "\t\n" or ord(ch) >= 32)


def _inert(value: str) -> str:
    """A CSV cell a spreadsheet program will not run as a formula: a leading = + @ gets an apostrophe."""
    return "'" + value if value[:1] in FORMULA_STARTS else value


def read_table(path: Path) -> list[list[str]]:
    """The rows of a table this module wrote (header left out); NotATable for any other file."""
    try:
        header, rows = _xlsx_rows(path) if table_format(path) == ".xlsx" else _csv_rows(path)
    except (OSError, ValueError, KeyError, csv.Error) as exc:
        raise NotATable(f"{path.name} exists but cannot be read as a table ({exc}). Choose another output "
                        "file, or start over to replace it (--overwrite).") from None
    if tuple(header) != COLUMNS:
        raise NotATable(f"{path.name} exists and is not a table written by deskmate extract. Choose another "
                        "output file, or start over to replace it (--overwrite).")
    return [[*row, *[""] * (len(COLUMNS) - len(row))][:len(COLUMNS)] for row in rows]


def _csv_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    body = [[value[1:] if value[:1] == "'" and value[1:2] in FORMULA_STARTS else value for value in row]
            for row in rows[1:]]
    return (rows[0] if rows else []), body


def _xlsx_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    import openpyxl  # type: ignore[import-untyped]

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises whatever its parsers raise on a file that is not a workbook
        raise ValueError(str(exc) or type(exc).__name__) from None
    try:
        values = [["" if cell is None else str(cell) for cell in row] for row in workbook.active.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return (values[0] if values else []), values[1:]
