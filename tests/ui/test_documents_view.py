"""The Documents section and answers with sources, in a real (offscreen) window."""
from __future__ import annotations

import os
import random
import time

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent

from tests.helpers.documents import make_bad_files, make_pdf
from tests.ui.conftest import index_and_wait

WORDS = """harbor lantern copper violin orchard glacier meadow pepper compass thunder marble saddle falcon
velvet canyon ember willow quarry lattice beacon cedar anchor prism tundra walnut cobalt summit ferry""".split()


def test_folder_is_indexed_and_listed_with_reasons(qtbot, docs_window, tmp_path):
    folder = tmp_path / "docs"
    make_bad_files(folder)
    make_pdf(folder / "guide.pdf", ["Turtles live long.", "Owls hunt at night."])
    view = docs_window.documents
    summary = index_and_wait(qtbot, view, [folder])
    assert summary.added >= 1 and summary.failed
    rows = {name: (status, reason) for status, name, reason in view.rows()}
    assert rows["guide.pdf"] == ("Indexed", "")
    assert rows["locked.pdf"][0] == "Failed" and "password" in rows["locked.pdf"][1]
    assert not view.progress.isVisible() and "watched" not in view.summary_label.text()
    assert str(folder) in view.watcher.directories()
    assert all(w.accessibleName() for w in (view.add_files_button, view.add_folder_button, view.remove_button,
                                            view.cancel_button, view.list, view.progress))


def test_cancel_stops_within_a_second_and_keeps_work(qtbot, docs_window, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    words = random.Random(7)
    for i in range(60):  # about 2,000 distinct chunks: windows of 1,024 commit twice before the end
        text = " ".join(words.choice(WORDS) for _ in range(5_000))
        (folder / f"note{i:02d}.md").write_text(f"Note {i}. {text}", encoding="utf-8")
    view = docs_window.documents
    index = docs_window.workspace.documents
    view.add_paths([folder])
    qtbot.waitUntil(lambda: index.stats()["documents"] >= 1, timeout=120_000)  # the first window is saved
    started = time.monotonic()
    with qtbot.waitSignal(view.indexing_finished, timeout=5_000) as finished:
        view.cancel_button.click()
    stopped_after = time.monotonic() - started
    assert finished.args[0].cancelled
    assert stopped_after < 3.0  # the issue asks for about a second; leeway for a busy machine
    done = index.stats()["documents"]
    assert 1 <= done < 60 and index.verify() == []


def test_drop_on_window_indexes_and_watcher_picks_up_new_files(qtbot, docs_window, tmp_path):
    folder = tmp_path / "dropped"
    folder.mkdir()
    (folder / "a.md").write_text("Apples are red.")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view = docs_window.documents
    with qtbot.waitSignal(view.indexing_finished, timeout=120_000):
        docs_window.dropEvent(event)
    assert docs_window.pages.currentWidget() is view
    (folder / "b.md").write_text("Bananas are yellow.")
    qtbot.waitUntil(lambda: any(name == "b.md" for _s, name, _r in view.rows()), timeout=60_000)
    assert docs_window.chat.document_scope.findData(str(folder)) > 0
    index = docs_window.workspace.documents
    before = index.document_by_path(folder / "a.md")["content_hash"]
    assert str(folder / "a.md") in view.watcher.files()
    (folder / "a.md").write_text("Apricots are orange.")  # an edit, not a new file
    qtbot.waitUntil(lambda: index.document_by_path(folder / "a.md")["content_hash"] != before, timeout=60_000)


def test_answer_with_documents_shows_source_cards_that_open_files(qtbot, docs_window, tmp_path, monkeypatch):
    make_pdf(tmp_path / "zoo.pdf", ["Zoo map.", "The lions are fed at noon every day."])
    index_and_wait(qtbot, docs_window.documents, [tmp_path / "zoo.pdf"])
    docs_window.pages.setCurrentIndex(0)
    docs_window.chat.use_documents.setChecked(True)
    with qtbot.waitSignal(docs_window.answer_finished, timeout=120_000) as answered:
        docs_window.send("When are the lions fed?")
    result = answered.args[0]
    assert result.sources and result.sources[0]["page"] == 2
    answer_view = docs_window.chat.message_views()[-1]
    cards = answer_view.sources
    assert cards is not None and "zoo.pdf · p. 2" in cards.buttons[0].text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    cards.buttons[0].click()  # the built-in viewer opens; the system viewer only on request
    assert cards.viewer is not None and cards.viewer.isVisible() and not opened
    cards.viewer.system_button.click()
    assert opened and opened[0].toLocalFile() == str(tmp_path / "zoo.pdf")
    cards.viewer.wait()
    cards.viewer.close()
    saved = docs_window.workspace.history.get(result.conversation_id).options["documents"]
    assert saved == {"enabled": True, "folders": []}
    docs_window.new_chat()
    docs_window.open_conversation(result.conversation_id)  # reopened: cards come back from the saved answer
    assert docs_window.chat.message_views()[-1].sources is not None
    assert os.path.basename(result.sources[0]["path"]) == "zoo.pdf"
