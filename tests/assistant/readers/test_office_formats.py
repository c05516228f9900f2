"""PowerPoint, OpenDocument, Excel, EPUB and RTF files written by the real libraries, read through
read_document and through the isolated reader: text, order, labels and locators."""
from __future__ import annotations

import json
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from assistant.readers import read_document
from assistant.readers.isolated import IsolatedReader, ReadLimits
from assistant.readers.spreadsheet import BLOCK_CHARS
from tests.helpers.office_files import (
    Chapter,
    Sheet,
    Slide,
    TextPage,
    add_epub_encryption,
    write_big_xlsx,
    write_epub,
    write_odp,
    write_ods,
    write_odt,
    write_pptx,
    write_rtf,
    write_xlsx,
)
from tests.helpers.processes import run_cli

DECK = [
    Slide("Q3 results", ["Revenue rose by a fifth", "Costs fell in every region"],
          notes="Mention the otter sanctuary grant.", table=[["Region", "Sales"], ["North", "1,200"]],
          group=["Left caption", "Right caption"]),
    Slide("", []),  # an empty slide: no page, but the numbering goes on
    Slide("Appendix: raw figures", ["Only for the board"], hidden=True),
    Slide("A title far too long to be part of a label, because it goes on and on about many things", ["Body"]),
]


@pytest.fixture(scope="module")
def isolated():
    with IsolatedReader(ReadLimits(seconds=60)) as reader:
        yield reader


def both_ways(path: Path, isolated: IsolatedReader):
    """The pages read in this process and in the child: the same numbers, text, labels, locators."""
    direct = read_document(path).pages
    child = isolated.parse(path, path.read_bytes()).pages
    as_tuples = [(p.number, p.text, p.label, p.locator) for p in direct]
    assert [(p.number, p.text, p.label, p.locator) for p in child] == as_tuples
    return direct


# -- slides -------------------------------------------------------------------------------------

@pytest.mark.parametrize("suffix, write", [(".pptx", write_pptx), (".odp", write_odp)])
def test_a_deck_is_one_page_per_slide_title_body_table_group_then_notes(tmp_path, isolated, suffix, write):
    pages = both_ways(write(tmp_path / f"deck{suffix}", DECK), isolated)
    assert [p.number for p in pages] == [1, 3, 4]
    first = pages[0]
    assert first.label == "Slide 1 · Q3 results" and first.locator == {"slide": 1}
    assert first.text.splitlines() == ["Q3 results", "Revenue rose by a fifth", "Costs fell in every region",
                                       "Region | Sales", "North | 1,200", "Left caption", "Right caption",
                                       "Notes: Mention the otter sanctuary grant."]
    assert pages[1].label == "Slide 3 (hidden) · Appendix: raw figures" and "Only for the board" in pages[1].text
    assert pages[2].label == "Slide 4" and pages[2].locator == {"slide": 4}  # the long title stays in the text
    assert pages[2].text.startswith("A title far too long")


def test_a_slide_without_notes_gets_no_notes_line_and_none_are_created(tmp_path):
    path = write_pptx(tmp_path / "plain.pptx", [Slide("Plain", ["Just a line"])])
    assert read_document(path).pages[0].text == "Plain\nJust a line"
    import pptx

    assert not pptx.Presentation(str(path)).slides[0].has_notes_slide


# -- spreadsheets -------------------------------------------------------------------------------

COSTS = [["Quarterly costs"], [], ["Date", "Category", "Item", None, "Amount"]] + [
    [date(2025, 1 + i % 12, 1 + i % 27), "Travel" if i % 3 == 0 else None, f"Trip number {i} to the coast", None, 10.5 + i]
    for i in range(60)]


def workbook(tmp_path: Path, suffix: str) -> Path:
    sheets = [
        Sheet("Costs", COSTS, merges=["B4:B6"]),
        Sheet("Staff", [["Name", "Joined", "Badge"], ["Ada Lovelace", datetime(2024, 5, 17, 9, 30), True],
                        ["Grace Hopper", date(2023, 2, 1), False]], first_row=3),
        Sheet("Secret", [["Code", "Meaning"], ["X1", "the heron protocol"]], hidden=True),
    ]
    if suffix == ".xlsx":
        return write_xlsx(tmp_path / "book.xlsx", sheets)
    return write_ods(tmp_path / "book.ods", sheets)


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_sheets_become_blocks_of_whole_rows_with_the_header_repeated(tmp_path, isolated, suffix):
    pages = both_ways(workbook(tmp_path, suffix), isolated)
    costs = [p for p in pages if p.locator["sheet"] == "Costs"]
    assert len(costs) > 3
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    first = costs[0]
    assert first.label.startswith("Sheet 'Costs', rows 1–") and first.locator["rows"][0] == 1
    lines = first.text.splitlines()
    assert lines[:4] == ["Sheet 'Costs'", "Quarterly costs", "Date | Category | Item | Amount",
                         "2025-01-01 | Travel | Trip number 0 to the coast | 10.5"]  # the empty column D is gone
    assert lines[5].startswith("2025-03-03 | Travel | Trip number 2")  # B4:B6 merged: "Travel" on each row
    assert lines[7].startswith("2025-05-05 |  | Trip number 4")  # not merged: stays empty
    previous_last = first.locator["rows"][1]
    for block in costs[1:]:
        first_row, last_row = block.locator["rows"]
        assert first_row == previous_last + 1 and block.label == f"Sheet 'Costs', rows {first_row}–{last_row}"
        assert block.text.splitlines()[:2] == ["Sheet 'Costs'", "Date | Category | Item | Amount"]
        assert len(block.text.splitlines()) - 2 == last_row - first_row + 1  # whole rows, none empty
        assert len(block.text) <= BLOCK_CHARS
        previous_last = last_row
    assert previous_last == 63
    assert "Trip number 59 to the coast | 69.5" in costs[-1].text
    staff = next(p for p in pages if p.locator["sheet"] == "Staff")
    assert staff.label == "Sheet 'Staff', rows 3–5"
    assert staff.text.splitlines()[2:] == ["Ada Lovelace | 2024-05-17 09:30 | TRUE", "Grace Hopper | 2023-02-01 | FALSE"]
    secret = pages[-1]
    assert secret.label == "Sheet 'Secret' (hidden), rows 1–2" and "the heron protocol" in secret.text


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_a_header_of_years_is_repeated_too(tmp_path, suffix):
    rows = [["Line item", 2024, 2025]] + [[f"Cost line {i}", 100 + i, 200 + i] for i in range(80)]
    write = write_xlsx if suffix == ".xlsx" else write_ods
    pages = read_document(write(tmp_path / f"years{suffix}", [Sheet("Budget", rows)])).pages
    assert len(pages) > 2 and all(p.text.splitlines()[1] == "Line item | 2024 | 2025" for p in pages)


def test_formulas_give_their_saved_results(tmp_path):
    sheets = [Sheet("Totals", [["Item", "Amount"], ["Rent", 1200], ["Heating", 300.25], ["Total", "=SUM(B2:B3)"]])]
    path = write_xlsx(tmp_path / "totals.xlsx", sheets, cached={("Totals", "B4"): 1500.25})
    assert read_document(path).pages[0].text.splitlines()[-1] == "Total | 1500.25"


def test_a_sheet_with_a_huge_stated_size_and_a_far_cell_is_read_quickly(tmp_path):
    sheets = [Sheet("Far", [["Key", "Value"], ["alpha", 1]]), Sheet("Corner", [["lonely cell"]], first_row=1_048_576)]
    path = write_xlsx(tmp_path / "far.xlsx", sheets)
    started = time.monotonic()
    pages = read_document(path).pages
    assert time.monotonic() - started < 10
    assert pages[-1].label == "Sheet 'Corner', row 1048576" and pages[-1].locator == {"sheet": "Corner",
                                                                                        "rows": [1048576, 1048576]}


def test_a_long_sheet_is_streamed_in_bounded_memory(tmp_path):
    path = write_big_xlsx(tmp_path / "ledger.xlsx", rows=60_000)
    with IsolatedReader(ReadLimits(memory_mb=700)) as reader:  # the whole sheet's cells would not fit
        pages = reader.parse(path, path.read_bytes()).pages
    assert pages[-1].locator == {"sheet": "Log", "rows": [pages[-1].locator["rows"][0], 60_001]}
    assert all(p.text.splitlines()[1] == "Date | Account | Memo | Amount | Row" for p in pages)
    assert "entry number 59999 for ledger" in pages[-1].text


# -- OpenDocument text --------------------------------------------------------------------------

def test_odt_pages_follow_explicit_and_soft_page_breaks_with_text_in_order(tmp_path, isolated):
    path = write_odt(tmp_path / "report.odt", [
        TextPage(["The introduction mentions herons."], heading="Introduction", items=["first point", "second point"]),
        TextPage(["Figures follow."], heading="Figures", table=[["Year", "Count"], ["2024", "17"]]),
        TextPage(["Where LibreOffice's layout broke the page."], soft_break=True),
    ])
    pages = both_ways(path, isolated)
    assert [p.number for p in pages] == [1, 2, 3] and all(p.label is None for p in pages)
    assert pages[0].text.splitlines() == ["Introduction", "The introduction mentions herons.",
                                          "- first point", "- second point"]
    assert pages[1].text.splitlines() == ["Figures", "Figures follow.", "Year | Count", "2024 | 17"]
    assert pages[2].text == "Where LibreOffice's layout broke the page."


def test_a_table_that_layout_broke_across_two_pages_is_on_both(tmp_path):
    rows = [["Year", "Count"]] + [[str(2000 + i), str(i)] for i in range(6)]
    path = write_odt(tmp_path / "long-table.odt", [TextPage(["Counts by year."], table=rows, table_soft_break=4),
                                                    TextPage(["After the table."])])
    pages = read_document(path).pages
    assert [p.text.splitlines()[-1] for p in pages] == ["2002 | 2", "2005 | 5", "After the table."]
    assert pages[1].text.splitlines()[0] == "2003 | 3"


def test_an_odt_without_breaks_is_one_page(tmp_path):
    path = write_odt(tmp_path / "memo.odt", [TextPage(["One.", "Two.", "Three."], heading="Memo")])
    assert [p.text for p in read_document(path).pages] == ["Memo\nOne.\nTwo.\nThree."]


# -- e-books ------------------------------------------------------------------------------------

BOOK = [Chapter("The Arrival", ["The ship reached the harbour at dawn."]),
        Chapter("Chapter 2: The Trial", ["The court met in the old granary."]),
        Chapter(None, ["A part the table of contents forgets."], heading="Interlude", in_toc=False),
        Chapter("The Return", ["Home again, the heron waited."])]


def test_epub_chapters_in_reading_order_with_their_titles(tmp_path, isolated):
    pages = both_ways(write_epub(tmp_path / "book.epub", BOOK), isolated)
    assert [(p.number, p.label) for p in pages] == [(1, "Chapter 1 · The Arrival"), (2, "Chapter 2: The Trial"),
                                                   (3, "Chapter 3 · Interlude"), (4, "Chapter 4 · The Return")]
    assert pages[0].locator == {"chapter": 1, "title": "The Arrival"}
    assert pages[0].text == "The ship reached the harbour at dawn."  # no <title>, no cover, no nav page
    assert "A Test Book" not in " ".join(p.text for p in pages)
    assert pages[2].text.startswith("Interlude")


def test_a_chapters_header_and_asides_are_the_books_own_text(tmp_path):
    chapter = Chapter("Notes", ["<header>A chapter header line.</header>",
                                "Body text.</p><aside>A footnote on quinces.</aside><p>Closing words."])
    text = read_document(write_epub(tmp_path / "notes.epub", [chapter])).pages[0].text
    assert "A chapter header line." in text and "A footnote on quinces." in text and "Closing words." in text


def test_an_epub_with_obfuscated_fonts_is_not_mistaken_for_drm(tmp_path):
    path = add_epub_encryption(write_epub(tmp_path / "fonts.epub", BOOK[:1]),
                               algorithm="http://www.idpf.org/2008/embedding", member="EPUB/fonts/serif.otf")
    assert "harbour" in read_document(path).pages[0].text


# -- RTF ----------------------------------------------------------------------------------------

def test_rtf_pages_follow_page_breaks_with_accents_and_unicode(tmp_path, isolated):
    path = write_rtf(tmp_path / "letter.rtf", [["Dear Ms Müller,", "the café bill is €12."],
                                               ["Page two: Łódź, 東京, and a \\page written as text."]])
    pages = both_ways(path, isolated)
    assert [p.text for p in pages] == ["Dear Ms Müller,\nthe café bill is €12.",
                                       "Page two: Łódź, 東京, and a \\page written as text."]


# -- through the real index ---------------------------------------------------------------------

def test_every_format_is_indexed_and_found_by_the_cli(tmp_path):
    """A folder of the new formats through `deskmate index add` and `index search --json`.
    (The hits carry path and page today; the label and locator are asserted once the index stores them.)"""
    folder, home = tmp_path / "office", tmp_path / "home"
    folder.mkdir()
    write_pptx(folder / "deck.pptx", [Slide("Plans", ["Nothing to see"]),
                                      Slide("Lighthouse budget", ["Lamps and lenses"],
                                            notes="Remind the board about the keeper's cottage roof.")])
    write_xlsx(folder / "book.xlsx", [Sheet("Costs", [["Item", "Amount"], ["Paint", 12]]),
                                      Sheet("Staff", [["Name", "Role"], ["Ada", "Engineer"]]),
                                      Sheet("Fleet", [["Vessel", "Port"], ["Marigold trawler", "Whitby harbour"]])])
    write_odt(folder / "minutes.odt", [TextPage(["Opening remarks."]),
                                       TextPage(["The committee approved the badger crossing tunnel."])])
    write_epub(folder / "novel.epub", [Chapter("Arrival", ["The train was late."]),
                                       Chapter("The Orchard", ["Quinces ripened along the southern wall."])])
    write_ods(folder / "stock.ods", [Sheet("Shelves", [["Product", "Count"], ["Saffron threads", 4]])])
    write_odp(folder / "talk.odp", [Slide("Glaciers", ["Meltwater channels carve tunnels"])])
    write_rtf(folder / "note.rtf", [["Intro."], ["The violin was restored with spruce."]])
    done = run_cli("index", "add", str(folder), home=home, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["failed"] == []
    expected = {"keeper's cottage roof": ("deck.pptx", 2), "Marigold trawler Whitby": ("book.xlsx", 3),
                "badger crossing tunnel": ("minutes.odt", 2), "quinces southern wall": ("novel.epub", 2),
                "saffron threads": ("stock.ods", 1), "meltwater channels": ("talk.odp", 1),
                "violin restored spruce": ("note.rtf", 2)}
    for query, (name, page) in expected.items():
        hits = json.loads(run_cli("index", "search", query, "--json", home=home).stdout)
        assert (Path(hits[0]["path"]).name, hits[0]["page"]) == (name, page), (query, hits[:2])
