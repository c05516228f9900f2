"""The Documents view says what was skipped as generated, and Settings can include it."""
from __future__ import annotations

from assistant.workspace import Workspace
from tests.helpers.generated_tree import EXPECTED_SKIPPED, make_tree
from tests.ui.conftest import index_and_wait
from ui.settings_dialog import SettingsDialog


def test_the_view_shows_skipped_counts_and_examples(qtbot, docs_window, tmp_path):
    root = make_tree(tmp_path / "tree")
    view = docs_window.documents
    summary = index_and_wait(qtbot, view, [root])
    assert summary.skipped == EXPECTED_SKIPPED
    text = view.summary_label.text()
    assert f"Skipped {sum(EXPECTED_SKIPPED.values())} generated or vendored files and folders: 2 " in text
    assert "1 dependency folder (node_modules)" in text and "1 lock file" in text
    assert str(root / "project" / "node_modules") in view.summary_label.toolTip()
    names = {name for _status, name, _reason in view.rows()}
    assert "bundle.js" not in names and "package-lock.json" not in names and "guide.md" in names


def test_the_settings_switch_includes_generated_files_and_is_kept(qtbot, docs_window, isolated_home, tmp_path):
    root = make_tree(tmp_path / "tree")
    dialog = SettingsDialog(docs_window.workspace, docs_window)
    qtbot.addWidget(dialog)
    assert not dialog.include_generated.isChecked() and dialog.include_generated.accessibleName()
    dialog.include_generated.setChecked(True)
    dialog.accept()
    view = docs_window.documents
    summary = index_and_wait(qtbot, view, [root])
    assert summary.skipped == {} and "Skipped" not in view.summary_label.text()
    rows = {name: (status, reason) for status, name, reason in view.rows()}
    assert rows["bundle.js"][0] == "Indexed"
    assert rows["jquery.js"] == ("Failed", "broken symbolic link (points to /usr/share/javascript/jquery/"
                                           "not-installed/jquery.js, which does not exist)")
    again = Workspace(isolated_home)
    assert again.settings.index_generated_files and again.documents.include_generated
    again.close()
