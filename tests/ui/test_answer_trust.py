"""Answers from documents in the real (offscreen) window: what they rest on is shown (issue 16, item 7)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from assistant.chat.history import Message
from tests.helpers.documents import make_pdf
from tests.ui.conftest import index_and_wait
from ui.chat_view import ChatView
from ui.message_view import MessageView, Trust, theme_colours
from ui.theme import apply_theme


def ask(qtbot, window, question: str):
    with qtbot.waitSignal(window.answer_finished, timeout=120_000) as answered:
        window.send(question)
    return answered.args[0], window.chat.message_views()[-1]


def test_answers_show_cards_explain_and_not_in_your_documents(qtbot, docs_window, tmp_path):
    make_pdf(tmp_path / "zoo.pdf", ["Zoo map.", "The lions are fed at noon every day."])
    index_and_wait(qtbot, docs_window.documents, [tmp_path / "zoo.pdf"])
    docs_window.pages.setCurrentIndex(0)
    docs_window.chat.use_documents.setChecked(True)

    result, view = ask(qtbot, docs_window, "When are the lions fed?")
    assert result.found and "noon" in view.body.toPlainText()
    assert not view.not_found.isVisible()
    assert view.sources is not None and "zoo.pdf" in view.sources.buttons[0].text()
    button = view.explain_button
    assert button is not None and button.accessibleName()
    qtbot.waitUntil(button.isVisible, timeout=5_000)
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    with qtbot.waitSignal(view.explain_requested, timeout=5_000):
        qtbot.keyClick(button, Qt.Key.Key_Space)  # reachable and usable from the keyboard
    panel = view.explain_panel
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(lambda: panel.report is not None, timeout=60_000)
    rows = [[panel.table.item(r, c).text() for c in range(panel.table.columnCount())]
            for r in range(panel.table.rowCount())]
    used = [row for row in rows if row[4].startswith("yes")]
    assert used and used[0][0].startswith("zoo.pdf · page 2") and "passage [1]" in used[0][5]
    assert f"{len(used)} used" in panel.summary.text() and "answer the question" in panel.summary.text()
    panel.close()
    assert not panel.isVisible()

    result, view = ask(qtbot, docs_window, "What is the capital of France?")
    assert not result.found
    qtbot.waitUntil(view.not_found.isVisible, timeout=5_000)
    assert view.not_found_title.text() == "Not in your documents"
    assert "zoo.pdf" in view.closest_label.text() and "Not in your documents" in view.not_found.accessibleName()
    assert view.explain_button is not None  # "why wasn't my file used?" is asked most after a miss

    docs_window.new_chat()
    docs_window.open_conversation(result.conversation_id)  # reopened from history: the same marks
    answers = [v for v in docs_window.chat.message_views() if v.role == "assistant"]
    assert not answers[0].not_found.isVisible() and answers[0].explain_button is not None
    qtbot.waitUntil(answers[1].not_found.isVisible, timeout=5_000)
    assert answers[1].trust.question == "What is the capital of France?"
    answers[1].explain_button.click()
    panel = answers[1].explain_panel
    docs_window.close()  # at once, while the panel may still be looking: closing waits for it
    assert panel is not None and not panel.job.busy


def sentence_formats(view: MessageView) -> dict[str, QColor]:
    """Each run of text in the answer and its colour."""
    runs: dict[str, QColor] = {}
    block = view.body.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            runs[fragment.text()] = fragment.charFormat().foreground().color()
            it += 1
        block = block.next()
    return runs


SENTENCES = [{"text": "The lions are fed at noon.", "sources": [1], "supported": True, "quote": False},
             {"text": "They also dance on Sundays.", "sources": [], "supported": False, "quote": False}]
SOURCES = [{"n": 1, "path": "/docs/zoo.pdf", "page": 2, "text": "The lions are fed at noon every day.",
            "score": 1.0, "label": None}]


def test_an_unsupported_sentence_is_marked_in_both_themes(qtbot):
    sentences, sources = SENTENCES, SOURCES
    for theme in ("light", "dark"):
        apply_theme(theme)
        view = MessageView("assistant", "The lions are fed at noon. They also dance on Sundays.")
        qtbot.addWidget(view)
        view.set_trust(Trust("When are the lions fed?", sources, sentences, True), can_explain=False)
        view.show()
        text = view.body.toPlainText()
        assert "The lions are fed at noon. [1]" in text
        assert "They also dance on Sundays. ⚠ not found in the cited passages" in text
        runs = sentence_formats(view)
        muted = QColor(theme_colours()["muted"])
        assert runs["They also dance on Sundays."] == muted
        assert all(colour != muted for run, colour in runs.items() if "lions" in run)
        assert "not found in the cited passages: They also dance on Sundays." in view.body.accessibleDescription()
        assert not view.not_found.isVisible() and view.explain_button is None
    apply_theme("light")


def test_a_saved_answer_with_its_sentences_is_marked_when_reopened(qtbot):
    chat = ChatView()  # no workspace: nothing to explain with, so no button
    qtbot.addWidget(chat)
    chat.show_messages([
        Message(1, 1, "user", "When are the lions fed?"),
        Message(2, 1, "assistant", "The lions are fed at noon [1]. They also dance on Sundays.",
                meta={"sources": SOURCES, "sentences": SENTENCES, "found": True}),
        Message(3, 1, "user", "What is the capital of France?"),
        Message(4, 1, "assistant", "Your indexed documents do not seem to answer this. Nothing in the index comes "
                                   "close."),  # saved before answers kept `found`: judged by the core's sentence
    ])
    chat.show()
    written, missing = [v for v in chat.message_views() if v.role == "assistant"]
    assert "They also dance on Sundays. ⚠ not found in the cited passages" in written.body.toPlainText()
    assert written.trust.question == "When are the lions fed?" and written.explain_button is None
    qtbot.waitUntil(missing.not_found.isVisible, timeout=5_000)
    assert missing.closest_label.text() == "Nothing in your documents comes close."
