"""Sentiment for a whole file: a CSV column (or one text per line) in, the same rows out with
`label` and `confidence` added. Progress and throughput while it runs; it returns the counts per label.
The output file appears only when every row is done (written atomically)."""
from __future__ import annotations

import csv
import io
import time
from collections import Counter
from collections.abc import Generator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.errors import InvalidInput
from assistant.tools.common import Progress, ProgressClock, atomic_output
from assistant.tools.sentiment import LABELS, Scorer, analyse_many

MAX_BATCH_FILE_BYTES = 200 * 1024 * 1024
LINE_COLUMN = "text"  # the column name used for a plain text file with one text per line


@dataclass
class BatchSummary:
    rows: int
    counts: dict = field(default_factory=dict)  # label -> rows; "empty" for rows without text
    seconds: float = 0.0
    sentences_per_s: float = 0.0  # after the first batch, which also loads the model
    out_path: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def read_rows(path: Path, column: str | None) -> tuple[list[dict], list[str], str]:
    """All rows, the header (with label/confidence appended) and the text column's name."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"{path} does not exist or is not a file.")
    if path.stat().st_size > MAX_BATCH_FILE_BYTES:
        raise InvalidInput(f"{path.name} is larger than {MAX_BATCH_FILE_BYTES // 1024 // 1024} MB; split it.")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path.name} is not UTF-8 text; save it as UTF-8 CSV and try again.") from None
    if path.suffix.lower() not in (".csv", ".tsv"):
        rows = [{LINE_COLUMN: line} for line in text.splitlines() if line.strip()]
        return rows, [LINE_COLUMN, "label", "confidence"], LINE_COLUMN
    reader = csv.DictReader(io.StringIO(text), delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
    header = list(reader.fieldnames or [])
    if not column:
        raise InvalidInput(f"Name the column that holds the text with --column (columns: {', '.join(header)}).")
    if column not in header:
        raise InvalidInput(f"{path.name} has no column '{column}'. Its columns are: {', '.join(header) or 'none'}.")
    out_header = header + [name for name in ("label", "confidence") if name not in header]
    return list(reader), out_header, column


def classify_file(in_path: Path, column: str | None, out_path: Path, scorer: Scorer | None = None,
                  batch_size: int = 64) -> Generator[Progress, None, BatchSummary]:
    """Yield Progress after each batch; return the BatchSummary once the output file is in place."""
    rows, header, column = read_rows(in_path, column)
    if not rows:
        raise InvalidInput(f"{Path(in_path).name} has no rows to analyse.")
    clock, counts, started = ProgressClock(len(rows)), Counter[str](), time.perf_counter()
    first_batch_s = 0.0  # the first batch also loads the model: left out of the throughput
    delimiter = "\t" if Path(out_path).suffix.lower() == ".tsv" else ","
    with atomic_output(out_path, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, delimiter=delimiter, extrasaction="ignore")
        writer.writeheader()
        for start in range(0, len(rows), batch_size):
            batch = rows[start:start + batch_size]
            _label_rows(batch, column, scorer, counts)
            writer.writerows(batch)
            first_batch_s = first_batch_s or time.perf_counter() - started
            yield clock.progress("Rows", start + len(batch))
    seconds = time.perf_counter() - started
    timed_rows, timed_s = (len(rows) - batch_size, seconds - first_batch_s) if len(rows) > batch_size else (len(rows), seconds)
    return BatchSummary(len(rows), {name: counts.get(name, 0) for name in (*LABELS, "empty")}, round(seconds, 2),
                       round(timed_rows / max(timed_s, 1e-9), 1), str(out_path))


def _label_rows(batch: list[dict], column: str, scorer, counts: Counter) -> None:
    texts = [(row.get(column) or "").strip() for row in batch]
    filled = [i for i, text in enumerate(texts) if text]
    results = analyse_many([texts[i] for i in filled], scorer)
    for row in batch:
        row["label"], row["confidence"] = "", ""
    for i, result in zip(filled, results):
        batch[i]["label"], batch[i]["confidence"] = result.label, f"{result.confidence:.4f}"
        counts[result.label] += 1
    counts["empty"] += len(batch) - len(filled)
