"""Real document files for tests and benchmarks: PDFs (fpdf2), Word files (python-docx), bad files."""
from __future__ import annotations

import os
from pathlib import Path


def make_pdf(path: Path, pages: list[str], font_size: int = 11) -> Path:
    """A PDF with one page per string, text laid out as a person would print it."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=font_size)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, font_size * 0.5, text.encode("latin-1", "replace").decode("latin-1"))
    pdf.output(str(path))
    return path


def make_encrypted_pdf(path: Path, pages: list[str], user_password: str) -> Path:
    """Encrypted with AES-256; an empty user password opens it without asking."""
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(path.with_suffix(".plain.tmp"), pages)
    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-256")
    with open(path, "wb") as handle:
        writer.write(handle)
    plain.unlink()
    return path


def make_scanned_pdf(path: Path, n_pages: int = 2) -> Path:
    """Pages that hold only a picture, like a scan without OCR."""
    from fpdf import FPDF
    from PIL import Image

    image = Image.new("RGB", (200, 100), "white")
    pdf = FPDF(format="A4")
    for _ in range(n_pages):
        pdf.add_page()
        pdf.image(image, x=10, y=10, w=150)
    pdf.output(str(path))
    return path


def make_docx(path: Path, pages: list[str], use_section_breaks: bool = False) -> Path:
    """A Word file whose pages are separated by hard page breaks (or next-page section breaks)."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for number, text in enumerate(pages):
        if number and use_section_breaks:
            document.add_section(WD_SECTION.NEW_PAGE)
        paragraphs = text.split("\n\n")
        for index, paragraph_text in enumerate(paragraphs):
            paragraph = document.add_paragraph(paragraph_text)
            last = index == len(paragraphs) - 1
            if last and number < len(pages) - 1 and not use_section_breaks:
                paragraph.add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))
    return path


def make_bad_files(folder: Path) -> dict[str, str]:
    """One file of every bad kind; returns {file name: a word its reason must contain}."""
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    make_encrypted_pdf(folder / "locked.pdf", ["Secret plans."], user_password="hunter2")
    expected["locked.pdf"] = "password"
    make_scanned_pdf(folder / "scan.pdf")
    expected["scan.pdf"] = "text layer"
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    expected["binary.txt"] = "binary"
    (folder / "empty.md").write_bytes(b"")
    expected["empty.md"] = "empty"
    (folder / "damaged.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    expected["damaged.pdf"] = "PDF"
    (folder / "damaged.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    expected["damaged.docx"] = "Word"
    (folder / "huge.txt").write_bytes(b"big words " * 400_000)  # 4 MB: over the cap the tests set
    expected["huge.txt"] = "too large"
    os.symlink("loop_b.txt", folder / "loop_a.txt")
    os.symlink("loop_a.txt", folder / "loop_b.txt")
    expected["loop_a.txt"] = expected["loop_b.txt"] = "loop"
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "FIFO"
    unreadable = folder / "secret.txt"
    unreadable.write_text("you cannot read me")
    unreadable.chmod(0)
    if os.geteuid() != 0:  # root reads anything: only check permission errors as a normal user
        expected["secret.txt"] = "permission"
    return expected
