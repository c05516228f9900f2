"""Citations that land: a chunk keeps its unit's label and locator, and a hit gives them back with its span."""
from __future__ import annotations

import json
import os

from assistant.documents.search import hit_locator
from assistant.readers import Document, Page, read_document
from assistant.runtime.generators import run_to_end
from tests.helpers.documents import make_pdf
from tests.helpers.office_files import Sheet, Slide, write_pptx, write_xlsx
from tests.helpers.processes import run_cli

COSTS_HEADER = "Item | Amount | Quarter"
SHEETS = [
    Page(1, f"{COSTS_HEADER}\nOffice rent | 4,200 | Q3\nPrinter toner | 310 | Q3",
         "Sheet 'Costs', rows 1–3", {"sheet": "Costs", "rows": [1, 3]}),
    Page(2, "Name | Role\nAda Lovelace | analyst\nGrace Hopper | admiral of the fleet",
         "Sheet 'People', rows 1–3", {"sheet": "People", "rows": [1, 3]}),
]


class LabellingReader:
    """Stands in for the isolated reader: a spreadsheet's sheets as labelled pages (one reader swapped
    in a unit test, so the run, the chunker, the database and the search are the real ones)."""

    def parse(self, path, data, on_progress=None, ocr_later=False) -> Document:
        return Document(path=path, kind="xlsx", pages=[Page(p.number, p.text, p.label, dict(p.locator))
                                                      for p in SHEETS])

    def close(self) -> None:
        pass


def test_a_pdf_hit_locates_its_page_and_span_in_the_page_text(doc_index, tmp_path):
    pages = ["Welcome to the zoo guide.", "Zoo map and opening hours.\n\nThe lions are fed raw meat at noon."]
    make_pdf(tmp_path / "zoo.pdf", pages)
    run_to_end(iter(doc_index.add([tmp_path / "zoo.pdf"])))
    hit = doc_index.search("When are the lions fed?", 1)[0]
    assert (hit.page, hit.label, hit.place) == (2, None, "page 2")
    assert hit.locator == {"page": 2, "char_start": hit.char_start, "char_end": hit.char_end}
    page_text = read_document(tmp_path / "zoo.pdf").pages[1].text
    assert page_text[hit.locator["char_start"]:hit.locator["char_end"]] == hit.text
    assert "lions are fed" in hit.text
    assert json.loads(json.dumps(hit.to_dict()))["locator"]["page"] == 2


def test_labels_and_locators_are_stored_searched_and_copied(doc_index, tmp_path):
    (tmp_path / "report.xlsx").write_bytes(b"stands for a workbook")
    run_to_end(iter(doc_index.add([tmp_path / "report.xlsx"], reader=LabellingReader())))
    hit = doc_index.search("who was the admiral of the fleet", 1)[0]
    assert (os.path.basename(hit.path), hit.page) == ("report.xlsx", 2)
    assert (hit.label, hit.place) == ("Sheet 'People', rows 1–3", "Sheet 'People', rows 1–3")
    assert hit.locator == {"sheet": "People", "rows": [1, 3], "char_start": hit.char_start,
                           "char_end": hit.char_end}
    assert "page" not in hit.locator  # a sheet is not a page
    stored = doc_index.store.query_one("SELECT label, locator FROM chunks WHERE id = ?", (hit.chunk_id,))
    assert json.loads(stored["locator"]) == {"sheet": "People", "rows": [1, 3]}  # the span is the row's own
    copy = tmp_path / "copy.xlsx"
    copy.write_bytes((tmp_path / "report.xlsx").read_bytes())  # identical: its chunks are copied, not read
    summary = run_to_end(iter(doc_index.add([copy], reader=LabellingReader())))
    assert summary.chunks_embedded == 0
    copied = doc_index.search("office rent", 5, documents={doc_index.document_by_path(copy)["id"]})[0]
    assert (copied.label, copied.locator["sheet"], copied.locator["rows"]) == ("Sheet 'Costs', rows 1–3", "Costs",
                                                                              [1, 3])
    assert doc_index.verify() == []


def test_ask_sources_carry_label_and_locator(doc_index, tmp_path, engine):
    from assistant.chat.ask import fit_sources

    (tmp_path / "report.xlsx").write_bytes(b"stands for a workbook")
    run_to_end(iter(doc_index.add([tmp_path / "report.xlsx"], reader=LabellingReader())))
    hits = doc_index.search("printer toner", 2)
    sources = [s.to_dict() for s in fit_sources(engine, hits, 400)]
    first = sources[0]
    assert first["label"] == "Sheet 'Costs', rows 1–3" and first["page"] == 1
    assert first["locator"]["sheet"] == "Costs" and first["locator"]["char_end"] > first["locator"]["char_start"]


def test_a_stored_locator_that_is_not_an_object_cites_the_page():
    assert hit_locator(None, 3, 0, 9) == {"page": 3, "char_start": 0, "char_end": 9}
    assert hit_locator("not json", 3, 0, 9) == {"page": 3, "char_start": 0, "char_end": 9}
    assert hit_locator("[1, 2]", 3, 0, 9) == {"page": 3, "char_start": 0, "char_end": 9}
    assert hit_locator('{"slide": 3}', 3, 4, 9) == {"slide": 3, "char_start": 4, "char_end": 9}
    attached = hit_locator('{"message_id": "<a@b>", "attachment": "invoice.pdf", "page": 2}', 5, 0, 1)
    assert attached["page"] == 2 and attached["attachment"] == "invoice.pdf"


def test_index_search_json_gives_the_locator_next_to_the_page(tmp_path):
    home = tmp_path / "home"
    make_pdf(tmp_path / "atlas.pdf", ["Introduction to the atlas.", "The tallest mountain in Norway is Galdhopiggen."])
    write_xlsx(tmp_path / "report.xlsx", [Sheet("Summary", [["Quarter", "Total"], ["Q3", 4510]]),
                                          Sheet("Costs", [["Item", "Amount"], ["Harbour crane repairs", 9300]])])
    assert run_cli("index", "add", str(tmp_path / "atlas.pdf"), str(tmp_path / "report.xlsx"), home=home).returncode == 0
    result = run_cli("index", "search", "tallest mountain in Norway", "--json", "-k", "1", home=home)
    assert result.returncode == 0, result.stderr
    hit = json.loads(result.stdout)[0]
    assert (hit["page"], hit["label"], hit["locator"]["page"]) == (2, None, 2)
    assert hit["text"].startswith("The tallest") and hit["locator"]["char_end"] - hit["locator"]["char_start"] == len(
        hit["text"])
    plain = run_cli("index", "search", "tallest mountain in Norway", "-k", "1", home=home).stdout
    assert f"{tmp_path / 'atlas.pdf'} · page 2 (score" in plain
    sheet = json.loads(run_cli("index", "search", "harbour crane repairs", "--json", "-k", "1", home=home).stdout)[0]
    assert (sheet["page"], sheet["label"]) == (2, "Sheet 'Costs', rows 1–2")
    assert {k: sheet["locator"][k] for k in ("sheet", "rows")} == {"sheet": "Costs", "rows": [1, 2]}
    plain = run_cli("index", "search", "harbour crane repairs", "-k", "1", home=home).stdout
    assert f"{tmp_path / 'report.xlsx'} · Sheet 'Costs', rows 1–2 (score" in plain


def test_real_sheets_and_slides_are_cited_by_their_labels(doc_index, tmp_path):
    write_xlsx(tmp_path / "report.xlsx", [
        Sheet("Summary", [["Quarter", "Total"], ["Q3", 4510]]),
        Sheet("Costs", [["Item", "Amount"], ["Office rent", 4200], ["Printer toner for the third floor", 310]]),
    ])
    write_pptx(tmp_path / "deck.pptx", [Slide("Welcome", ["Agenda for the day"]),
                                        Slide("Hiring", ["Two engineers join the lighthouse team in March"],
                                              notes="Mention the relocation budget")])
    summary = run_to_end(iter(doc_index.add([tmp_path / "report.xlsx", tmp_path / "deck.pptx"])))
    assert summary.added == 2 and not summary.failed
    sheet = doc_index.search("printer toner third floor", 1)[0]
    assert os.path.basename(sheet.path) == "report.xlsx"
    assert sheet.label == "Sheet 'Costs', rows 1–3" and sheet.place == sheet.label
    assert (sheet.locator["sheet"], sheet.locator["rows"]) == ("Costs", [1, 3]) and "page" not in sheet.locator
    slide = doc_index.search("engineers join the lighthouse team", 1)[0]
    assert os.path.basename(slide.path) == "deck.pptx"
    assert slide.label.startswith("Slide 2") and slide.locator["slide"] == 2 and slide.page == 2
    units = {p.number: p.text for p in read_document(tmp_path / "deck.pptx").pages}
    assert units[2][slide.locator["char_start"]:slide.locator["char_end"]] == slide.text
