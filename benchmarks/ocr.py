"""OCR of scanned pages: character error rate against the pages' own text layer, and speed.

Real typeset pages (two office pages that fpdf2 typesets, and pages spread over the R manuals
of the Debian package r-doc-pdf, LaTeX-typeset with code and tables, where installed) are
rendered at 200 dpi as a scanner would see them; "noisy" adds grey noise, dust and a 2°
rotation (tests/helpers/scans.py). The character error rate is the edit distance between the
OCR text and the original page's text layer, whitespace runs counted as one space, divided by
the length of the text layer; medians over pages.

Speed is pages per minute through the real isolated reader (a child process, OCR models loaded
once in it) reading an image-only PDF of the noisy pages, render included. Wall time depends on
what else the machine runs, so the CPU seconds the reader's child spent are reported too, and
from them the pages per minute with every core free for OCR ("pages_per_minute_idle_estimate":
CPU seconds per page divided by the cores; onnxruntime does not scale perfectly, so it is an
upper bound). The load average at the start and end says how busy the machine was.

    .venv/bin/python benchmarks/ocr.py [--pages 6] [--engines rapidocr,tesseract]

tesseract (the OS package, `apt-get install tesseract-ocr`) is measured where installed, for
comparison only: Deskmate uses rapidocr (assistant/readers/ocr.py). Prints one JSON object.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from common import emit, median

from assistant.readers import ocr
from assistant.readers.isolated import IsolatedReader
from tests.helpers import scans

TARGET_CER_CLEAN, TARGET_CER_NOISY, TARGET_PAGES_PER_MINUTE = 0.03, 0.08, 10.0
MANUALS = ["R-intro.pdf", "R-admin.pdf", "R-FAQ.pdf"]


def real_pages(how_many: int) -> list[tuple[str, bytes, int]]:
    """(name, pdf bytes, page number): the office pages, then pages spread over the R manuals."""
    office = scans.office_pdf()
    pages = [("office.pdf", office, 1), ("office.pdf", office, 2)]
    manuals = [(name, data) for name in MANUALS if (data := scans.r_manual(name)) is not None]
    for i, (name, data) in enumerate(manuals):
        share = how_many // len(manuals) + (1 if i < how_many % len(manuals) else 0)
        pages += [(name, data, number) for number in scans.sample_pages(data, share)]
    return pages


def tesseract_text(image) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.png"
        image.save(path)
        done = subprocess.run(["tesseract", str(path), "stdout", "-l", "eng"], capture_output=True, text=True,
                              timeout=300)
        return done.stdout


ENGINES = {"rapidocr": ocr.recognise, "tesseract": tesseract_text}


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (tesseract runs as one)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_engine(recognise, samples: list[dict]) -> dict:
    recognise(samples[0]["clean"])  # models loaded once, as in the reader's child
    rows = []
    for sample in samples:
        row = {"page": f"{sample['name']} p. {sample['number']}"}
        for variant in ("clean", "noisy"):
            started, cpu = time.perf_counter(), cpu_seconds()
            text = recognise(sample[variant])
            row[f"{variant}_s"] = round(time.perf_counter() - started, 2)
            row[f"{variant}_cpu_s"] = round(cpu_seconds() - cpu, 2)
            row[f"cer_{variant}"] = round(scans.character_error_rate(text, sample["reference"]), 4)
        rows.append(row)
    return {"cer_clean_median": round(median([r["cer_clean"] for r in rows]), 4),
            "cer_noisy_median": round(median([r["cer_noisy"] for r in rows]), 4),
            "cer_clean_max": max(r["cer_clean"] for r in rows), "cer_noisy_max": max(r["cer_noisy"] for r in rows),
            "seconds_per_page_median": round(median([r["noisy_s"] for r in rows]), 2),
            "cpu_seconds_per_page_median": round(median([r["noisy_cpu_s"] for r in rows]), 2), "pages": rows}


def reader_speed(noisy_images: list) -> dict:
    """Pages per minute through the isolated reader (child process, models loaded once there)."""
    import psutil

    data = scans.image_pdf(noisy_images)
    with IsolatedReader() as reader:
        reader.parse(Path("warm-up.pdf"), scans.image_pdf(noisy_images[:1]))  # the child starts, models load
        child = psutil.Process(reader._process.pid)  # type: ignore[union-attr]
        cpu_before = sum(child.cpu_times()[:2])
        started = time.perf_counter()
        document = reader.parse(Path("scan.pdf"), data)
        seconds = time.perf_counter() - started
        cpu = sum(child.cpu_times()[:2]) - cpu_before
    return {"pages": len(document.pages), "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
            "pages_per_minute": round(len(noisy_images) / seconds * 60, 1),
            # with one core wholly for OCR (a lower bound: CPU time counts onnxruntime's threads spinning too)
            "pages_per_minute_one_free_core": round(len(noisy_images) / cpu * 60, 1),
            "pages_per_minute_idle_estimate": round(len(noisy_images) / (cpu / ocr.cores()) * 60, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=6, help="pages from the R manuals (besides the 2 office pages)")
    parser.add_argument("--engines", default="rapidocr,tesseract")
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    samples = []
    for i, (name, data, number) in enumerate(real_pages(args.pages)):
        clean = scans.rasterise(data, [number])[0]
        samples.append({"name": name, "number": number, "clean": clean, "noisy": scans.degrade(clean, seed=i),
                        "reference": scans.text_layer(data, [number])[0]})
    engines = {}
    for name in args.engines.split(","):
        if name == "tesseract" and shutil.which("tesseract") is None:
            engines[name] = {"skipped": "tesseract is not installed (apt-get install tesseract-ocr)"}
            continue
        engines[name] = measure_engine(ENGINES[name], samples)
    chosen = engines.get("rapidocr", {})
    speed = reader_speed([s["noisy"] for s in samples])
    emit("ocr", {
        "pages": len(samples), "dpi": scans.SCAN_DPI, "cores": ocr.cores(),
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "cer_clean": chosen.get("cer_clean_median"), "cer_noisy": chosen.get("cer_noisy_median"),
        "pages_per_minute": speed["pages_per_minute"],
        "targets": {"cer_clean": TARGET_CER_CLEAN, "cer_noisy": TARGET_CER_NOISY,
                    "pages_per_minute": TARGET_PAGES_PER_MINUTE},
        "reader": speed, "engines": engines,
    })


if __name__ == "__main__":
    main()
