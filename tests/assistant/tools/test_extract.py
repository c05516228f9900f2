"""`deskmate extract`: one question over a folder of 20 real documents (PDF, DOCX, Markdown, text), with the
bundled model and embedder; the CSV read back with csv, the XLSX with openpyxl; stop, resume and Ctrl+C;
the inputs a person can get wrong."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.errors import InvalidInput
from assistant.runtime.generators import collect_steps, run_to_end
from assistant.tools.extract import ANSWERED, NOT_READ, ExtractProgress, extract
from assistant.tools.extract_table import COLUMNS, NotATable, read_table, write_table
from tests.helpers.contract_folder import QUESTION, make_contract_folder
from tests.helpers.processes import DESKMATE, REPO, kill_group, run_cli, with_ctrl_c

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def contracts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("contracts")
    return folder, make_contract_folder(folder)


def run_extract(engine, embedder, folder, out, question=QUESTION, **options):
    return collect_steps(extract(engine, Settings(), embedder, question, folder, out, **options))


@pytest.fixture(scope="module")
def csv_run(contracts, engine, embedder, tmp_path_factory):
    folder, _ = contracts
    out = tmp_path_factory.mktemp("tables") / "notice.csv"
    steps, summary = run_extract(engine, embedder, folder, out)
    return out, steps, summary


def read_csv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_xlsx(path: Path) -> list[dict]:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        values = [["" if v is None else str(v) for v in row] for row in workbook.active.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return [dict(zip(values[0], row)) for row in values[1:]]


def check_rows(rows: list[dict], expected: dict) -> None:
    assert [r["file"] for r in rows] == sorted(expected)  # one row per document, in the folder's order
    for row in rows:
        want = expected[row["file"]]
        assert row["question"] == QUESTION
        if not want.readable:
            assert (row["status"], row["found"]) == (NOT_READ, "")
            assert "PDF" in row["reason"]
            continue
        assert row["status"] == ANSWERED and row["reason"] == ""
        if want.found:
            assert row["found"] == "yes", row
            assert f"{want.days} days" in row["answer"], row
            assert row["citation"] == f"{row['file']}, page {want.page}", row
        else:
            assert (row["found"], row["answer"], row["citation"]) == ("no", "", ""), row


def test_the_csv_has_one_row_per_document_found_where_the_fact_is_and_cited_to_its_page(contracts, csv_run):
    folder, expected = contracts
    out, steps, summary = csv_run
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: spreadsheet programs read it right
    rows = read_csv(out)
    assert list(rows[0]) == list(COLUMNS)
    check_rows(rows, expected)
    assert (summary.count(ANSWERED, "yes"), summary.count(ANSWERED, "no"), summary.count(NOT_READ)) == (15, 4, 1)
    assert [r.to_dict() for r in summary.rows] == rows
    documents = [s for s in steps if s.row is not None]
    assert [s.done for s in documents] == list(range(1, 21)) and {s.total for s in steps} == {20}
    assert documents[0].describe().startswith("Document 1 of 20: ")
    assert summary.style == "quote" and not summary.stopped


def test_the_xlsx_holds_the_same_rows(contracts, csv_run, engine, embedder, tmp_path):
    folder, expected = contracts
    out = tmp_path / "notice.xlsx"
    _, summary = run_extract(engine, embedder, folder, out)
    rows = read_xlsx(out)
    check_rows(rows, expected)
    assert rows == read_csv(csv_run[0])


def test_a_stopped_run_keeps_its_rows_and_the_rerun_answers_only_the_rest(contracts, csv_run, engine, embedder,
                                                                          tmp_path):
    folder, _ = contracts
    out = tmp_path / "notice.xlsx"
    answered: list[ExtractProgress] = []

    def stop_after_seven() -> bool:
        return len(answered) >= 7

    steps = extract(engine, Settings(), embedder, QUESTION, folder, out, should_stop=stop_after_seven)
    first = run_to_end(steps, lambda p: answered.append(p) if p.row else None)
    assert first.stopped and len(first.rows) == 7
    kept = read_xlsx(out)
    assert [r["file"] for r in kept] == [p.file for p in answered]  # every finished row is in the file

    again, summary = run_extract(engine, embedder, folder, out)
    assert again[0].kept == 7 and again[0].row is None
    asked = [p.file for p in again if p.row is not None]
    assert len(asked) == 13 and not set(asked) & {p.file for p in answered}  # nothing asked twice
    assert summary.kept == 7 and not summary.stopped
    assert read_xlsx(out) == read_csv(csv_run[0])  # the same rows as one uninterrupted run


def test_a_document_that_could_not_be_read_is_tried_again(contracts, csv_run, engine, embedder, tmp_path):
    folder, _ = contracts
    out = tmp_path / "notice.csv"
    out.write_bytes(csv_run[0].read_bytes())
    steps, summary = run_extract(engine, embedder, folder, out)
    assert [p.file for p in steps if p.row is not None] == ["damaged.pdf"]
    assert summary.kept == 19


def test_ctrl_c_keeps_the_finished_rows_and_resume_finishes_the_table(contracts, csv_run, isolated_home, tmp_path):
    folder, _ = contracts
    out = tmp_path / "notice.csv"
    command = [str(DESKMATE), "extract", QUESTION, "--folder", str(folder), "--out", str(out), "--home",
               str(isolated_home), "--json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                          start_new_session=True, preexec_fn=with_ctrl_c) as process:
        try:
            progress = []
            for line in process.stderr:
                if line.startswith("{"):
                    progress.append(json.loads(line)["progress"])
                if progress and progress[-1]["done"] >= 3:
                    os.killpg(process.pid, signal.SIGINT)  # Ctrl+C reaches the whole foreground group
                    break
            stdout, rest = process.communicate(timeout=60)
        finally:
            kill_group(process)
    assert process.returncode == 130, rest
    stopped = json.loads(stdout)
    assert "Stopped;" in rest and "Run the same command again" in rest
    kept = read_csv(out)
    assert 3 <= len(kept) < 20 and stopped["stopped"] and stopped["total"] == 20
    assert stopped["rows"] == len(kept)
    assert kept == read_csv(csv_run[0])[:len(kept)]

    resumed = run_cli("extract", QUESTION, "--folder", str(folder), "--out", str(out), "--resume", "--json",
                      home=isolated_home)
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["kept"] == len(kept) and summary["total"] == 20
    lines = [json.loads(line)["progress"] for line in resumed.stderr.splitlines() if line.startswith("{")]
    assert len([p for p in lines if p["row"]]) == 20 - len(kept)
    assert read_csv(out) == read_csv(csv_run[0])


def test_the_command_line_writes_a_readable_line_per_document(contracts, isolated_home, tmp_path):
    folder, expected = contracts
    out = tmp_path / "table.xlsx"
    started = time.perf_counter()
    result = run_cli("extract", QUESTION, "--folder", str(folder), "--out", str(out), home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert time.perf_counter() - started < 120
    assert "Document 20 of 20: " in result.stderr
    assert "contract-01.pdf: found (contract-01.pdf, page 3)" in result.stderr
    assert "damaged.pdf: not read (" in result.stderr
    assert result.stdout.startswith(f"20 row(s) in {out}: 15 found, 4 not found, 1 not read")
    check_rows(read_xlsx(out), expected)


# -- what a person can get wrong -----------------------------------------------------------------

@pytest.mark.parametrize("question", ["", "   \n"])
def test_an_empty_question_is_refused(contracts, engine, embedder, tmp_path, question):
    with pytest.raises(InvalidInput, match="question is empty"):
        run_extract(engine, embedder, contracts[0], tmp_path / "t.csv", question)


def test_a_missing_or_empty_folder_is_refused(engine, embedder, tmp_path):
    with pytest.raises(InvalidInput, match="does not exist"):
        run_extract(engine, embedder, tmp_path / "nowhere", tmp_path / "t.csv")
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.bmp").write_bytes(b"BM not a type Deskmate reads")
    with pytest.raises(InvalidInput, match="holds no documents"):
        run_extract(engine, embedder, empty, tmp_path / "t.csv")
    assert not (tmp_path / "t.csv").exists()


def test_outputs_that_cannot_be_written_are_refused_before_any_work(contracts, engine, embedder, tmp_path):
    folder = contracts[0]
    for name, message in (("table.txt", "must end in .csv or .xlsx"), ("table", "has no extension"),
                          ("missing/table.csv", "does not exist")):
        with pytest.raises(InvalidInput, match=message):
            run_extract(engine, embedder, folder, tmp_path / name)
    with pytest.raises(InvalidInput, match="is a folder"):
        run_extract(engine, embedder, folder, tmp_path)
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        with pytest.raises(InvalidInput, match="Cannot write"):
            run_extract(engine, embedder, folder, locked / "table.csv")


def test_a_table_for_another_question_or_another_file_is_never_replaced_unasked(contracts, csv_run, engine, embedder,
                                                                                tmp_path):
    folder = contracts[0]
    other = tmp_path / "other.csv"
    other.write_bytes(csv_run[0].read_bytes())
    with pytest.raises(InvalidInput, match="another question"):
        run_extract(engine, embedder, folder, other, "Who signed the contract?")
    assert other.read_bytes() == csv_run[0].read_bytes()
    mine = tmp_path / "budget.xlsx"
    mine.write_bytes(b"my own spreadsheet, not a table of answers")
    with pytest.raises(NotATable, match="--overwrite"):
        run_extract(engine, embedder, folder, mine)
    assert mine.read_bytes() == b"my own spreadsheet, not a table of answers"
    _, summary = run_extract(engine, embedder, folder, other, "Who signed the contract?", overwrite=True)
    assert {r["question"] for r in read_csv(other)} == {"Who signed the contract?"} and summary.kept == 0


def test_the_command_line_says_what_is_wrong(contracts, isolated_home, tmp_path):
    result = run_cli("extract", QUESTION, "--folder", str(contracts[0]), "--out", str(tmp_path / "t.ods"),
                     home=isolated_home)
    assert result.returncode == 2
    assert "deskmate: error: The output file must end in .csv or .xlsx (t.ods has '.ods')." in result.stderr
    result = run_cli("extract", " ", "--folder", str(tmp_path), "--out", str(tmp_path / "t.csv"), home=isolated_home)
    assert result.returncode == 2 and "question is empty" in result.stderr


def test_cells_that_look_like_formulas_stay_text(tmp_path):
    rows = [["a.md", "yes", "=HYPERLINK(\"http://example.com\")", "+1", ANSWERED, "", "@q"]]
    for name in ("t.csv", "t.xlsx"):
        write_table(tmp_path / name, rows)
        assert read_table(tmp_path / name) == rows
    assert "'=HYPERLINK" in (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    import openpyxl

    workbook = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert workbook.active["C2"].data_type == "s"


def test_a_table_written_inside_the_folder_is_not_one_of_its_documents(contracts, engine, embedder, tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    for name in ("contract-04.txt", "printer-faq.txt"):
        (folder / name).write_bytes((contracts[0] / name).read_bytes())
    for _ in range(2):  # the second run finds its own table in the folder
        _, summary = run_extract(engine, embedder, folder, folder / "answers.csv")
        assert [r.file for r in summary.rows] == ["contract-04.txt", "printer-faq.txt"]
    assert summary.kept == 2


def test_over_the_collection_summary_folder_each_question_finds_its_one_document(engine, embedder, tmp_path):
    """Issue 16's must-show 5: the folder `summarize --folder` covers, as a CSV and an XLSX, one row per document."""
    from tests.helpers.summary_folder import make_folder

    folder = tmp_path / "handbook"
    make_folder(folder)
    asked = {"How many days of paid annual leave does an employee receive?": ("leave-policy.pdf", "27 days"),
             "What is the speed limit inside the warehouse?": ("warehouse-safety.txt", "ten kilometres")}
    for (question, (answered_in, fact)), table in zip(asked.items(), ("leave.csv", "speed.xlsx")):
        _, summary = run_extract(engine, embedder, folder, tmp_path / table, question)
        rows = read_csv(tmp_path / table) if table.endswith(".csv") else read_xlsx(tmp_path / table)
        assert len(rows) == 20 and {r["status"] for r in rows} == {ANSWERED}
        assert [r["file"] for r in rows if r["found"] == "yes"] == [answered_in]
        found = next(r for r in rows if r["found"] == "yes")
        assert fact in found["answer"] and found["citation"] == f"{answered_in}, page 1"


def test_files_the_index_holds_unchanged_are_answered_from_its_chunks(contracts, csv_run, engine, embedder,
                                                                       doc_index, tmp_path):
    folder, _ = contracts
    run_to_end(iter(doc_index.add([folder])))
    out = tmp_path / "notice.csv"
    _, summary = run_extract(engine, embedder, folder, out, index=doc_index)
    assert summary.from_index == 19  # all but damaged.pdf, which the index could not read either
    assert read_csv(out) == read_csv(csv_run[0])  # the same rows as reading every file
    changed = tmp_path / "changed"
    changed.mkdir()
    copy = changed / "contract-04.txt"
    copy.write_text((folder / "contract-04.txt").read_text(encoding="utf-8"), encoding="utf-8")
    run_to_end(iter(doc_index.add([changed])))
    copy.write_text("The notice period is 99 days.\n", encoding="utf-8")  # changed since it was indexed
    _, summary = run_extract(engine, embedder, changed, tmp_path / "changed.csv", index=doc_index)
    assert summary.from_index == 0 and "99 days" in summary.rows[0].answer
