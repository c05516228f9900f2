"""Counts shown in the window take the language's plural form: "1 Datei", "5 Dateien", "1 jeton", "5 jetons".

The strings are passed their count (tr("%n file(s)", "", n)), so Qt picks the form from the installed .qm; a
count formatted in afterwards ("%d file(s)" % n) would read "5 file(s)" or "1 files" here.
"""
from __future__ import annotations

import pytest

from assistant.chat.conversation import TurnResult
from assistant.chat.history import MessageStatus
from assistant.documents.run import IndexSummary
from ui.i18n import install_language

FAILED_FILES = {  # (language, n) -> what the Documents view says after a run where n files failed
    ("en", 1): "1 file could not be indexed (see Reason).",
    ("en", 5): "5 files could not be indexed (see Reason).",
    ("de", 1): "1 Datei konnte nicht indexiert werden (siehe Grund).",
    ("de", 5): "5 Dateien konnten nicht indexiert werden (siehe Grund).",
    ("fr", 1): "1 fichier n’a pas pu être indexé (voir Raison).",
    ("fr", 5): "5 fichiers n’ont pas pu être indexés (voir Raison).",
}
TOKENS = {  # (language, n) -> the start of the status bar's speed after an answer of n tokens
    ("en", 1): "1 token · ", ("en", 5): "5 tokens · ",
    ("de", 1): "1 Token · ", ("de", 5): "5 Tokens · ",
    ("fr", 1): "1 jeton · ", ("fr", 5): "5 jetons · ",
}


@pytest.fixture
def language():
    yield install_language
    install_language("en")


def answer_of(tokens: int) -> TurnResult:
    return TurnResult(conversation_id=1, message_id=2, reply="Yes.", status=MessageStatus.COMPLETE, model="probe",
                      prompt_tokens=10, prompt_tokens_evaluated=10, completion_tokens=tokens, ttft_s=0.1,
                      generation_tok_s=12.0, dropped_messages=0)


@pytest.mark.parametrize(("code", "n"), sorted(FAILED_FILES))
def test_the_documents_view_says_how_many_files_failed_in_the_languages_plural(qtbot, window, language, code, n):
    assert language(code)
    failed = [{"path": f"/data/broken-{i}.pdf", "reason": "unreadable"} for i in range(n)]
    window.documents._report(IndexSummary(added=2, failed=failed))
    shown = window.documents.summary_label.text()
    assert FAILED_FILES[code, n] in shown, shown


@pytest.mark.parametrize(("code", "n"), sorted(TOKENS))
def test_the_status_bar_counts_the_answers_tokens_in_the_languages_plural(qtbot, window, language, code, n):
    assert language(code)
    window._show_speed(answer_of(n))
    shown = window.speed_label.text()
    assert shown.startswith(TOKENS[code, n]), shown
    assert "%n" not in shown and "(s)" not in shown
