"""The Tools page in the real window: real model, real embedder, real files."""
import csv

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from tests.helpers.summary_folder import make_folder
from tests.helpers.tool_documents import SAMPLE_MARKDOWN, make_pdf, report_pages


def run_panel(qtbot, panel, timeout=240_000):
    with qtbot.waitSignal(panel.finished, timeout=timeout) as finished:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def drop_file(panel, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)


def test_tools_page_has_three_tools_with_accessible_controls(window):
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert "&Tools" in titles
    tools = window.tools
    assert [tools.tabText(i) for i in range(tools.count())] == ["Summarize", "Translate", "Sentiment", "Extract"]
    for panel in tools.panels():
        for widget in (panel.input, panel.run_button, panel.stop_button, panel.copy_button, panel.save_button,
                       panel.choose_button, panel.output, panel.progress):
            assert widget.accessibleName()
        assert not panel.stop_button.isEnabled() and not panel.copy_button.isEnabled()


def test_summarize_a_dropped_pdf_then_copy_and_save(qtbot, window, tmp_path):
    panel = window.tools.summarize
    drop_file(panel, make_pdf(tmp_path / "minutes.pdf", report_pages(2, paragraphs_per_page=2)))
    assert panel.path.name == "minutes.pdf" and not panel.input.isEnabled()
    result = run_panel(qtbot, panel)
    assert result is not None and result.summary and panel.output.toPlainText().startswith(result.summary[:20])
    assert panel.copy_button.isEnabled() and "Done" in panel.status.text()
    panel.copy_result()
    assert QGuiApplication.clipboard().text() == panel.output.toPlainText()
    panel.save_result(str(tmp_path / "summary.txt"))
    assert (tmp_path / "summary.txt").read_text(encoding="utf-8") == panel.output.toPlainText()
    assert panel.warning.isVisibleTo(panel) and "deskmate" not in panel.warning.text()
    assert panel.choose_model_button.isVisibleTo(panel)


def test_stop_keeps_nothing(qtbot, window):
    panel = window.tools.translate
    panel.input.setPlainText(SAMPLE_MARKDOWN)
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "segment" in panel.status.text() and bool(panel.output.toPlainText()), timeout=120_000)
    with qtbot.waitSignal(panel.finished, timeout=60_000) as finished:
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is None and panel.output.toPlainText() == ""
    assert "nothing was kept" in panel.status.text() and panel.run_button.isEnabled()


def test_translate_shows_the_detected_language_and_the_model_warning(qtbot, window):
    panel = window.tools.translate
    panel.input.setPlainText("# Bridge\n\nThe bridge opens in May.")
    panel.target.setCurrentText("German")
    result = run_panel(qtbot, panel)
    assert result.target_language == "de" and panel.output.toPlainText().startswith("# ")
    assert "English (detected)" in panel.status.text() and "cannot translate" in panel.warning.text()


def test_empty_input_shows_a_notice(qtbot, window):
    panel = window.tools.sentiment
    assert run_panel(qtbot, panel) is None
    assert panel.notice.isVisibleTo(panel) and "empty" in panel.notice.label.text()


def test_sentiment_of_a_text_and_of_a_csv_with_counts_and_chart(qtbot, window, tmp_path):
    panel = window.tools.sentiment
    panel.input.setPlainText("A wonderful, funny and moving film.")
    assert run_panel(qtbot, panel).label == "positive" and "positive" in panel.output.toPlainText()
    source = tmp_path / "reviews.csv"
    with open(source, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["id", "review"], ["1", "Great fun."], ["2", "Awful and boring."],
                                      ["3", "A masterpiece."]])
    drop_file(panel, source)
    assert panel.column.currentText() == "id"
    panel.column.setCurrentText("review")
    summary = run_panel(qtbot, panel)
    assert summary.rows == 3 and summary.counts["positive"] == 2 and summary.counts["negative"] == 1
    assert (tmp_path / "reviews-sentiment.csv").is_file() and panel.chart.isVisibleTo(panel)
    assert "positive: 2" in panel.chart.accessibleDescription()
    assert "positive" in panel.output.toPlainText().splitlines()[2] and "Great fun." in panel.output.toPlainText()


def test_summarize_a_folder_shows_progress_coverage_and_pages(qtbot, docs_window, tmp_path):
    panel = docs_window.tools.summarize
    paths = make_folder(tmp_path / "office")
    drop_file(panel, tmp_path / "office")  # a dropped folder is summarized document by document
    assert panel.folder == tmp_path / "office" and panel.path is None and "Folder:" in panel.file_label.text()
    assert panel.folder_button.accessibleName() and not panel.input.isEnabled()
    statuses: list[str] = []
    with qtbot.waitSignal(panel.finished, timeout=240_000) as finished:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Summarizing document" in panel.status.text() or panel.result is not None,
                        timeout=60_000)
        statuses.append(panel.status.text())
    result = finished.args[0]
    assert result is not None and result.covered == 20 and any("of 20" in s for s in statuses)
    shown = panel.output.toPlainText()
    assert "Covered all 20 documents" in shown and all(f"- {p.name}: " in shown for p in paths)
    first = result.sentences[0]["places"][0]
    assert f"{first['file']} p. {first['page']}" in shown.split("\n\n")[0]
    assert "Covered 20 of 20 documents" in panel.status.text() and "quotes" in panel.warning.text()
    panel.set_file(None)
    assert panel.folder is None and panel.input.isEnabled()


def test_stopping_a_folder_summary_keeps_nothing(qtbot, docs_window, tmp_path):
    panel = docs_window.tools.summarize
    make_folder(tmp_path / "office", count=8)
    panel.set_file(tmp_path / "office")
    panel.style_choice.setCurrentIndex(panel.style_choice.findData("write"))  # the model writes: slow enough to stop
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Summarizing document 1 of 8" in panel.status.text(), timeout=120_000)
    assert not panel.folder_button.isEnabled()
    with qtbot.waitSignal(panel.finished, timeout=60_000) as finished:
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is None and panel.output.toPlainText() == ""
    assert "nothing was kept" in panel.status.text() and panel.folder_button.isEnabled()


def test_summarize_the_indexed_documents_of_a_folder_from_the_index(qtbot, docs_window, workspace, tmp_path):
    from assistant.runtime.generators import run_to_end

    paths = make_folder(tmp_path / "office", count=4)
    run_to_end(iter(workspace.documents.add([tmp_path / "office"])))
    for path in paths:  # what is summarized is the index's text
        path.unlink()
    panel = docs_window.tools.summarize
    panel.set_file(tmp_path)
    qtbot.mouseClick(panel.indexed, Qt.MouseButton.LeftButton)
    assert panel.indexed.isChecked() and panel.indexed.accessibleName()
    result = run_panel(qtbot, panel)
    assert result is not None and result.covered == 4 and "Covered all 4 documents" in panel.output.toPlainText()
