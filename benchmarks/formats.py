"""Indexing speed by format: one folder per format, each indexed by `deskmate index add` in a fresh home.

The files are written by the same libraries the tests use (tests/helpers: python-pptx, openpyxl,
odfpy, ebooklib, the standard email package, fpdf2, and scans of typeset pages for OCR), large
enough that start-up is a small part of the time. Prints, per format: files, citable units (pages,
slides, row blocks, chapters, messages), MB, seconds through the CLI (process start included) and
units per second. The machine's load at the end is printed too: a busy machine is slower.

    cd benchmarks && ../.venv/bin/python formats.py [--scale 1.0]
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from common import emit

from tests.helpers import scans
from tests.helpers.mail_files import make_message, write_mbox
from tests.helpers.office_files import Chapter, Sheet, Slide, TextPage, write_epub, write_odt, write_pptx, write_xlsx
from tests.helpers.processes import DESKMATE, run_in_own_group

SENTENCES = ["The harbour office keeps the tide tables for every berth of the port.",
             "Crane permits are signed by the harbour master before any lift over five tonnes.",
             "Each quarter the safety team walks the quays and writes down what needs repair.",
             "Pilot boats leave from the north jetty and return before the evening tide."]


def paragraph(n: int, sentences: int = 6) -> str:
    return " ".join(f"{SENTENCES[(n + i) % len(SENTENCES)]} (Item {n}.{i}.)" for i in range(sentences))


def write_formats(root: Path, scale: float) -> dict[str, Path]:
    """One folder per format; returns format -> folder."""
    count = max(1, int(scale * 10))
    folders = {}

    def folder(name: str) -> Path:
        path = root / name
        path.mkdir()
        folders[name] = path
        return path

    pdf = folder("pdf")
    for i in range(count):
        (pdf / f"manual-{i}.pdf").write_bytes(scans.typeset_pdf([[paragraph(i * 50 + p, 12)] for p in range(20)]))
    pptx = folder("pptx")
    for i in range(count):
        write_pptx(pptx / f"deck-{i}.pptx", [Slide(f"Slide {s}", [paragraph(s, 3)], notes=paragraph(s + 1, 2))
                                             for s in range(30)])
    xlsx = folder("xlsx")
    for i in range(count):
        rows = [["Item", "Amount", "Notes"]] + [[f"Order {r}", r * 3, SENTENCES[r % 4]] for r in range(2000)]
        write_xlsx(xlsx / f"ledger-{i}.xlsx", [Sheet("Costs", rows), Sheet("Staff", rows[:200])])
    odt = folder("odt")
    for i in range(count):
        write_odt(odt / f"report-{i}.odt", [TextPage([paragraph(p, 10)], heading=f"Part {p}") for p in range(20)])
    epub = folder("epub")
    for i in range(count):
        write_epub(epub / f"book-{i}.epub", [Chapter(f"Chapter {c}", [paragraph(c * 7 + k, 8) for k in range(6)])
                                             for c in range(15)])
    mbox = folder("mbox")
    write_mbox(mbox / "archive.mbox", [make_message(f"Note {m}", paragraph(m, 5), message_id=f"<n{m}@example.com>")
                                       for m in range(count * 100)])
    scan = folder("scan")
    pages = [scans.rasterise(scans.typeset_pdf([[paragraph(p, 8)]]), [1])[0] for p in range(max(2, count // 2))]
    (scan / "scanned.pdf").write_bytes(scans.image_pdf(pages))
    return folders


def index(folder: Path, home: Path) -> dict:
    started = time.perf_counter()
    done = run_in_own_group([str(DESKMATE), "index", "add", str(folder), "--json", "--home", str(home)],
                            timeout=3600)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"index add {folder} failed: {done.stderr[-1000:]}")
    with sqlite3.connect(home / "deskmate.db") as db:
        units, files = db.execute("SELECT COALESCE(SUM(pages), 0), COUNT(*) FROM documents "
                                  "WHERE status = 'indexed'").fetchone()
        chunks = db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
    size = sum(path.stat().st_size for path in folder.iterdir())
    return {"files": files, "units": units, "chunks": chunks, "mb": round(size / 1048576, 2),
            "seconds": round(seconds, 1), "units_per_s": round(units / seconds, 1),
            "chunks_per_s": round(chunks / seconds, 1), "mb_per_s": round(size / 1048576 / seconds, 2)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="how much to write (1.0: about a minute a format)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="deskmate-formats-") as work:
        root = Path(work)
        (root / "files").mkdir()
        folders = write_formats(root / "files", args.scale)
        figures = {name: index(folder, root / f"home-{name}") for name, folder in folders.items()}
    emit("formats", {"scale": args.scale, "formats": figures, "load_average_1min_end": round(os.getloadavg()[0], 2)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
