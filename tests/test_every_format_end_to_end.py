"""Issue 15's folder, end to end through the CLI: a scanned PDF, a mixed PDF, a PNG and a TIFF of
printed pages, a PPTX with notes, an XLSX of three sheets, an ODT, an EPUB, an .eml with a PDF
attached, an .mbox of 20 messages and an .msg. Every file is indexed, `index search` finds a phrase
from each, and `ask` cites the right slide, sheet and rows, and message (real files written by
real libraries, real OCR, the real model and index)."""
from __future__ import annotations

import json
import shutil

import pytest

from tests.helpers import scans
from tests.helpers.mail_files import eml_with_pdf, mbox_of
from tests.helpers.office_files import Chapter, Sheet, Slide, TextPage, write_epub, write_odt, write_pptx, write_xlsx
from tests.helpers.processes import REPO, run_cli

TOPICS = ["anchors", "buoys", "charts", "dredging", "engines", "ferries", "gangways", "hulls", "icebreakers",
          "jetties", "keels", "lanterns", "moorings", "nets", "oars", "pilots", "quays", "rudders", "sails",
          "tugboats"]

# file -> a phrase only that file holds
PHRASES = {
    "scan.pdf": "harbour master signs every crane permit",
    "mixed.pdf": "fleet has twelve tugboats and four pilot boats",
    "archive.png": "archive room key is kept at the front desk",
    "drills.tiff": "fire drills take place on the first Monday",
    "budget.pptx": "rail contract with Nordic Trains",
    "ledger.xlsx": "Marlin Ropes",
    "audit.odt": "quarterly safety audit found no open findings",
    "keeper.epub": "climbed the spiral stairs at dusk",
    "q3.eml": "harbour crane inspection",
    "notes.mbox": "talks about icebreakers",
    "outer.msg": "Outer body",
}


def scanned(text: str):
    return scans.rasterise(scans.typeset_pdf([[text, "Filed by the harbour office for the annual records."]]), [1])[0]


def make_folder(folder, scratch):
    folder.mkdir()
    scratch.mkdir()
    (folder / "scan.pdf").write_bytes(scans.image_pdf([scanned("The harbour master signs every crane permit "
                                                               "on Tuesdays.")]))
    cover = scans.typeset_pdf([["Cover: the annual fleet review, typed on this page, scanned on the next."]])
    (folder / "mixed.pdf").write_bytes(scans.mixed_pdf(cover, [scanned("The fleet has twelve tugboats and four "
                                                                       "pilot boats.")]))
    (folder / "archive.png").write_bytes(scans.png(scanned("The archive room key is kept at the front desk.")))
    (folder / "drills.tiff").write_bytes(scans.tiff([scanned("Visitors sign in at the gate house."),
                                                     scanned("Fire drills take place on the first Monday of "
                                                             "each month.")]))
    write_pptx(folder / "budget.pptx", [Slide("Harbour budget", ["Spending by department."]),
                                        Slide("Travel", ["Travel spending fell by a third."],
                                              notes="Mention the new rail contract with Nordic Trains.")])
    write_xlsx(folder / "ledger.xlsx", [
        Sheet("Costs", [["Item", "Amount"], ["Lighthouse lamps", 420], ["Paint", 130]]),
        Sheet("Staff", [["Name", "Role"], ["Ines Duarte", "Harbour pilot"]]),
        Sheet("Suppliers", [["Supplier", "City"], ["Atlantic Chains", "Porto"], ["Marlin Ropes", "Bergen"]]),
    ])
    write_odt(folder / "audit.odt", [TextPage(["The quarterly safety audit found no open findings."],
                                              heading="Safety audit")])
    write_epub(folder / "keeper.epub", [Chapter("The Keeper", ["The keeper climbed the spiral stairs at dusk to "
                                                                "light the great lamp."])])
    eml_with_pdf(folder / "q3.eml", scratch)
    mbox_of(folder / "notes.mbox", 20, topic_of=lambda n: TOPICS[n - 1])
    shutil.copy(REPO / "tests" / "data" / "outer.msg", folder / "outer.msg")


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    home, work = tmp_path_factory.mktemp("home"), tmp_path_factory.mktemp("work")
    make_folder(work / "office", work / "scratch")
    done = run_cli("index", "add", str(work / "office"), "--json", home=home, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return home, work / "office", json.loads(done.stdout)


def test_every_file_of_the_folder_is_indexed(indexed):
    home, folder, summary = indexed
    listed = json.loads(run_cli("index", "list", "--json", home=home).stdout)
    statuses = {row["path"].rsplit("/", 1)[-1]: row["status"] for row in listed}
    assert statuses == {name: "indexed" for name in PHRASES}, (statuses, summary)


@pytest.mark.parametrize("name", list(PHRASES))
def test_a_phrase_from_each_file_is_found_in_it(indexed, name):
    home, _folder, _summary = indexed
    found = run_cli("index", "search", PHRASES[name], "--json", "-k", "3", home=home)
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    assert hits and hits[0]["path"].endswith(name), [h["path"] for h in hits]


def ask(home, question: str) -> dict:
    done = run_cli("ask", question, "--json", home=home, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def cited_sources(answer: dict) -> list[dict]:
    by_number = {source["n"]: source for source in answer["sources"]}
    return [by_number[n] for n in answer["cited"]]


def test_ask_cites_the_slide_the_sheet_and_rows_and_the_message(indexed):
    home, _folder, _summary = indexed
    slide = cited_sources(ask(home, "Which rail contract should be mentioned about travel?"))
    assert slide and slide[0]["path"].endswith("budget.pptx") and slide[0]["locator"]["slide"] == 2, slide
    sheet = cited_sources(ask(home, "In which city is the supplier Marlin Ropes?"))
    assert sheet and sheet[0]["path"].endswith("ledger.xlsx"), sheet
    assert sheet[0]["locator"]["sheet"] == "Suppliers" and sheet[0]["locator"]["rows"][0] <= 3 <= \
        sheet[0]["locator"]["rows"][1], sheet[0]
    mail = cited_sources(ask(home, "What is the invoice for the harbour crane inspection?"))
    assert mail and mail[0]["path"].endswith("q3.eml"), mail
    assert mail[0]["locator"]["attachment"] == "invoice.pdf" and "attached to 'Q3 costs'" in mail[0]["label"], mail[0]
    scan = cited_sources(ask(home, "Who signs the crane permits, and when?"))
    assert scan and scan[0]["path"].endswith("scan.pdf") and scan[0]["page"] == 1, scan
