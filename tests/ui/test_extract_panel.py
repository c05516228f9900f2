"""The Extract panel offscreen: the real bundled model and embedder over 20 real documents; Run fills the
preview and writes the table, Stop keeps the finished rows, Run again answers only the rest."""
import csv

import pytest
from PySide6.QtCore import Qt

from assistant.documents.index import DocumentIndex
from tests.helpers.contract_folder import QUESTION, make_contract_folder

pytestmark = pytest.mark.slow


@pytest.fixture
def panel(qtbot, workspace, embedder):
    from ui.extract_panel import ExtractPanel

    workspace._documents = DocumentIndex(workspace.store, embedder, max_file_bytes=1024 * 1024)
    widget = ExtractPanel(workspace)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.stop_and_wait()


@pytest.fixture(scope="module")
def contracts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("extract-ui") / "contracts"
    return folder, make_contract_folder(folder)


def run(qtbot, panel, timeout=180_000):
    with qtbot.waitSignal(panel.finished, timeout=timeout) as finished:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def preview(panel) -> dict[str, list[str]]:
    return {panel.table.item(r, 0).text(): [panel.table.item(r, c).text() for c in range(1, 4)]
            for r in range(panel.table.rowCount())}


def test_every_control_has_a_name_and_stop_waits_for_a_run(panel):
    for widget in (panel.question, panel.folder, panel.folder_button, panel.out, panel.out_button, panel.start_over,
                   panel.run_button, panel.stop_button, panel.progress, panel.table):
        assert widget.accessibleName()
    assert panel.run_button.isEnabled() and not panel.stop_button.isEnabled()


def test_run_fills_the_preview_and_writes_the_xlsx_beside_the_folder(qtbot, panel, contracts):
    import openpyxl

    folder, expected = contracts
    panel.question.setText(QUESTION)
    panel.set_folder(folder)
    out = folder.parent / "contracts-answers.xlsx"
    assert panel.out.text() == str(out)  # beside the folder, not one of its documents
    summary = run(qtbot, panel)
    assert summary is not None and not summary.stopped and summary.total == 20
    shown = preview(panel)
    assert sorted(shown) == sorted(expected)
    assert shown["contract-01.pdf"] == ["yes", "The notice period is 15 days.", "contract-01.pdf, page 3"]
    assert shown["price-list.pdf"] == ["no", "", ""]
    assert shown["damaged.pdf"][0] == "not read" and "PDF" in shown["damaged.pdf"][2]
    assert "20 rows in" in panel.status.text() and "15 found, 4 not found, 1 not read" in panel.status.text()
    workbook = openpyxl.load_workbook(out, read_only=True)
    assert len(list(workbook.active.iter_rows(values_only=True))) == 21
    workbook.close()
    assert panel.progress.value() == panel.progress.maximum()


def test_stop_keeps_the_finished_rows_and_run_again_answers_the_rest(qtbot, panel, contracts, tmp_path):
    folder, _ = contracts
    out = tmp_path / "notice.csv"
    panel.question.setText(QUESTION)
    panel.folder.setText(str(folder))
    panel.out.setText(str(out))
    panel.row_added.connect(lambda row: panel.stop_button.click() if panel.stop_button.isEnabled() else None)
    stopped = run(qtbot, panel)
    assert stopped is not None and stopped.stopped and 1 <= stopped.total < 20
    assert "Stopped." in panel.status.text() and panel.run_button.isEnabled()
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == stopped.total  # every finished row is in the file
    panel.row_added.disconnect()
    answered = []
    panel.row_added.connect(answered.append)
    finished = run(qtbot, panel)
    assert finished.kept == stopped.total and finished.total == 20 and not finished.stopped
    assert len(answered) == 20 - stopped.total and panel.table.rowCount() == 20  # kept rows shown, not asked again


def test_what_is_missing_or_wrong_is_said_in_a_notice(qtbot, panel, contracts, tmp_path):
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    assert panel.notice.isVisibleTo(panel) and "Choose a folder" in panel.notice.label.text()
    panel.folder.setText(str(contracts[0]))
    panel.out.setText(str(tmp_path / "table.txt"))
    panel.question.setText(QUESTION)
    assert run(qtbot, panel) is None
    assert "must end in .csv or .xlsx" in panel.notice.label.text()
    panel.out.setText(str(tmp_path / "table.csv"))
    panel.question.setText("  ")
    assert run(qtbot, panel) is None
    assert "question is empty" in panel.notice.label.text() and panel.run_button.isEnabled()
