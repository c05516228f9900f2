"""A folder of 20 documents for `deskmate extract`: 15 service contracts, each with its own notice period
(on a known page), 4 documents that state no notice period, and one damaged PDF. PDF by fpdf2, DOCX by
python-docx (a hard page break between pages), Markdown and plain text."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.helpers.documents import make_docx, make_pdf

QUESTION = "What is the notice period?"
CLIENTS = ["Atlas Packaging", "Blue Harbour Hotels", "Cedar Logistics", "Delta Print", "Elm Street Clinic",
           "Fjord Fisheries", "Granite Builders", "Hill Farm Dairy", "Iris Software", "Juniper Schools",
           "Kestrel Airlines", "Lumen Lighting", "Maple Bakeries", "Nordic Rail", "Orchid Florists"]
FORMATS = ["pdf", "docx", "md", "txt"]
NOTICE = [
    "Either party may end this agreement at the end of a notice period of {days} days.",
    "The notice period is {days} days.",
    "This contract can be terminated with a notice period of {days} days, given in writing.",
]
ABSENT = {
    "price-list": ["Price list 2026", "Office chairs cost 240 euros each. Standing desks cost 610 euros. "
                   "Delivery within Spain is free for orders above 1,000 euros."],
    "board-minutes": ["Board minutes, 14 March", "The board approved a budget of 2.4 million euros for the new "
                      "warehouse in Porto.", "Construction is planned to start in September."],
    "travel-policy": ["Travel policy", "Train travel in second class is reimbursed for trips under four hours. "
                      "Hotel costs are covered up to 140 euros per night."],
    "printer-faq": ["Printer questions", "Replace the toner cartridge when the display shows Toner Low. Each "
                    "cartridge prints about 6,000 pages."],
}


@dataclass(frozen=True)
class Expected:
    found: bool
    days: int | None = None  # the notice period the document states
    page: int | None = None  # the page that states it
    readable: bool = True


def contract_pages(number: int, client: str, days: int) -> list[str]:
    """Two or three pages; the notice clause on the last one."""
    opening = (f"Service agreement {number:02d} between Northwind Traders and {client}. Northwind Traders cleans "
               f"the offices of {client} every working day. The monthly fee is {1200 + 50 * number} euros, "
               "paid within thirty days of the invoice.")
    duties = (f"{client} gives the cleaning staff access to the building from six in the morning. Damage must be "
              "reported within two working days. The agreement starts on the first day of the next month.")
    clause = NOTICE[number % len(NOTICE)].format(days=days) + " Notices are sent by registered letter."
    return [opening, duties, clause] if number % 2 else [opening + " " + duties, clause]


def make_contract_folder(folder: Path) -> dict[str, Expected]:
    """Write the 20 documents; return {file name: what extract must find in it}."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, Expected] = {}
    for index, client in enumerate(CLIENTS):
        number, days = index + 1, 15 + 5 * index
        kind = FORMATS[index % len(FORMATS)]
        pages = contract_pages(number, client, days)
        name = f"contract-{number:02d}.{kind}"
        _write(folder / name, kind, pages)
        paged = kind in ("pdf", "docx")
        expected[name] = Expected(True, days, len(pages) if paged else 1)
    for index, (stem, pages) in enumerate(ABSENT.items()):
        kind = FORMATS[index % len(FORMATS)]
        _write(folder / f"{stem}.{kind}", kind, pages)
        expected[f"{stem}.{kind}"] = Expected(False)
    (folder / "damaged.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    expected["damaged.pdf"] = Expected(False, readable=False)
    return expected


def _write(path: Path, kind: str, pages: list[str]) -> None:
    if kind == "pdf":
        make_pdf(path, pages)
    elif kind == "docx":
        make_docx(path, pages)
    else:
        heading = "# " if kind == "md" else ""
        path.write_text(heading + "\n\n".join(pages) + "\n", encoding="utf-8")
