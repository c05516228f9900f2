"""Scans made the way a scanner makes them: real typeset PDF pages rasterised, then degraded.

Sources of real typeset pages: PDFs that fpdf2 writes (always there), and the R manuals of the
Debian package r-doc-pdf (`apt-get install r-doc-pdf`; LaTeX-typeset, with code, tables and
footnotes) where installed. The reference text of a page is its text layer (read by Deskmate's
own PDF reader), so a character error rate compares OCR with what the page really says.
"""
from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
from fpdf import FPDF
from PIL import Image

from assistant.readers.pdf import pdf_pages
from assistant.readers.render import RenderedPdf

R_MANUALS = Path("/usr/share/R/doc/manual")
SCAN_DPI = 200

LETTER = [
    "Dear Ms Whitfield,",
    "Thank you for your letter of 3 March about the lease of the ground floor at 14 Harbour Street. "
    "We have reviewed the schedule of repairs and agree that the landlord remains responsible for the "
    "roof, the external walls and the drains, as clause 7.2 of the lease provides.",
    "The tenant's obligations under clause 8 are limited to internal decoration and to keeping the "
    "windows in good repair. The deposit of 4,750 pounds will be returned within twenty-eight days "
    "of the end of the term, less any sums properly due.",
    "Please sign and return the enclosed counterpart by Friday 21 March. If you have any questions, "
    "call our office on 0161 496 0732 between 9am and 5pm.",
    "Yours sincerely,",
    "Jonathan Pryce, Partner",
]
MEMO = [
    "Quarterly maintenance report",
    "The boiler in the east wing was serviced on 12 January and passed its safety inspection. Two "
    "radiators on the second floor were replaced because their valves had seized. The total cost "
    "of parts and labour came to 1,284 pounds, which is within the budget agreed in October.",
    "The fire alarm system was tested weekly as required. One detector in the kitchen gave false "
    "alarms and was cleaned; it has worked correctly since then. The emergency lighting test found "
    "three failed lamps, all replaced the same day.",
    "Next quarter we plan to repaint the stairwells, to renew the carpet in meeting room B and to "
    "have the lift inspected by the insurer's engineer.",
]


def typeset_pdf(pages: list[list[str]], font_size: int = 12) -> bytes:
    """A text PDF with one page per list of paragraphs (fpdf2 typesets them)."""
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 25)
    for paragraphs in pages:
        pdf.add_page()
        pdf.set_font("Times", size=font_size)
        for paragraph in paragraphs:
            pdf.multi_cell(0, font_size * 0.5, paragraph)
            pdf.ln(font_size * 0.3)
    return bytes(pdf.output())


def office_pdf() -> bytes:
    """Two typeset pages of office prose: a letter and a memo."""
    return typeset_pdf([LETTER, MEMO])


def r_manual(name: str = "R-intro.pdf") -> bytes | None:
    """A real LaTeX-typeset manual from r-doc-pdf, or None where it is not installed."""
    path = R_MANUALS / name
    return path.read_bytes() if path.is_file() else None


def text_layer(data: bytes, numbers: list[int]) -> list[str]:
    """The text layer of the given pages (1-based), as Deskmate's PDF reader reads it."""
    _count, pages = pdf_pages(Path("original.pdf"), data)
    wanted = set(numbers)
    return [page.text for page in pages if page.number in wanted]


def rasterise(data: bytes, numbers: list[int], dpi: int = SCAN_DPI) -> list[Image.Image]:
    """The pages as greyscale images, as a scanner at `dpi` would give them."""
    with RenderedPdf(data) as pdf:
        return [pdf.render(number, dpi).convert("L") for number in numbers]


def degrade(image: Image.Image, seed: int = 0, angle: float = 2.0, noise: float = 18.0,
            speckle: float = 0.002) -> Image.Image:
    """A scan's faults: the page a little rotated, grey noise, dust specks, uneven toner."""
    rng = np.random.default_rng(seed)
    rotated = image.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    pixels = np.asarray(rotated, dtype=np.float32)
    pixels = pixels + rng.normal(0.0, noise, pixels.shape)
    specks = rng.random(pixels.shape)
    pixels[specks < speckle / 2] = 0
    pixels[specks > 1 - speckle / 2] = 255
    pixels = pixels * (0.9 + 0.1 * np.linspace(0, 1, pixels.shape[1])[None, :])  # toner fades across the page
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def image_pdf(images: list[Image.Image], dpi: int = SCAN_DPI) -> bytes:
    """An image-only PDF, one scan per page, as a scanner writes it (no text layer)."""
    out = io.BytesIO()
    first, *rest = [image.convert("L") for image in images]
    first.save(out, format="PDF", save_all=True, append_images=rest, resolution=dpi)
    return out.getvalue()


def tiff(images: list[Image.Image], dpi: int = SCAN_DPI) -> bytes:
    """A multi-page TIFF (one frame per page, LZW-compressed as scanners do)."""
    out = io.BytesIO()
    first, *rest = [image.convert("L") for image in images]
    first.save(out, format="TIFF", save_all=True, append_images=rest, compression="tiff_lzw", dpi=(dpi, dpi))
    return out.getvalue()


def png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def jpeg(image: Image.Image, quality: int = 85) -> bytes:
    out = io.BytesIO()
    image.convert("L").save(out, format="JPEG", quality=quality)
    return out.getvalue()


def mixed_pdf(text_pdf: bytes, scanned: list[Image.Image]) -> bytes:
    """The text PDF's pages followed by the scans as image-only pages (a letter with a scanned enclosure)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for source in (text_pdf, image_pdf(scanned)):
        for page in PdfReader(io.BytesIO(source)).pages:
            writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def normalised(text: str) -> str:
    """Text compared for the error rate: whitespace runs as one space, ligatures and quotes plain."""
    for fancy, plain in (("\ufb01", "fi"), ("\ufb02", "fl"), ("\ufb00", "ff"), ("\ufb03", "ffi"),
                         ("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'),
                         ("\u2013", "-"), ("\u2014", "-"), ("\u2212", "-"), ("\u00ad", "")):
        text = text.replace(fancy, plain)
    return " ".join(text.split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), row by row in numpy."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    target = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    previous = np.arange(len(b) + 1, dtype=np.int32)
    for i, char in enumerate(a, 1):
        substitution = previous[:-1] + (target != ord(char))
        current = np.empty_like(previous)
        current[0] = i
        current[1:] = np.minimum(previous[1:] + 1, substitution)
        current = np.minimum.accumulate(current - np.arange(len(current))) + np.arange(len(current))
        previous = current
    return int(previous[-1])


def character_error_rate(recognised: str, reference: str) -> float:
    reference, recognised = normalised(reference), normalised(recognised)
    return edit_distance(recognised, reference) / max(len(reference), 1)


def sample_pages(data: bytes, how_many: int, seed: int = 15) -> list[int]:
    """Page numbers spread over a manual's body, reproducibly.

    The first tenth (title, contents: dot leaders that a text layer and OCR write differently) and
    the last tenth (the index) are left out.
    """
    with RenderedPdf(data) as pdf:
        count = pdf.page_count
    body = range(max(1, count // 10), max(2, count - count // 10))
    return sorted(random.Random(seed).sample(body, min(how_many, len(body))))
