"""Answers from the real bundled model (135M: too small to write, so it quotes) and written answers under
the same attribution; "not in your documents" when nothing answers; nothing of the prompt leaks."""
from __future__ import annotations

import os
import re
from types import SimpleNamespace

import pytest

from assistant.chat.ask import NOT_FOUND, answer_style, ask
from tests.helpers.documents import make_docx, make_pdf

HANDBOOK = ["Northwind employee handbook. Edition 2025.",
            "Holidays and leave. Every full-time employee receives 27 days of paid holiday per year. Holiday "
            "requests must be made at least 2 weeks in advance through the HR portal.",
            "Expenses. Receipts for taxis and hotels must be submitted within 30 days of the purchase. Meals on "
            "business trips are reimbursed up to 45 euros per day."]
MANUAL = ["Orion X200 label printer manual.",
          "Setting up. Place the printer on a flat surface with at least 10 cm of free space behind it. The status "
          "light turns green when the printer is ready.",
          "Troubleshooting. If the status light blinks red, the cover is open. The warranty lasts 2 years from the "
          "date of purchase."]


@pytest.fixture
def indexed(workspace, doc_index, tmp_path):
    make_pdf(tmp_path / "handbook.pdf", HANDBOOK)
    make_docx(tmp_path / "manual.docx", MANUAL)
    list(doc_index.add([tmp_path]))
    workspace._documents = doc_index
    return workspace


def place(result, n: int) -> tuple[str, int]:
    source = next(s for s in result.sources if s["n"] == n)
    return os.path.basename(source["path"]), source["page"]


def test_the_bundled_model_quotes_the_sentence_that_answers(indexed):
    cases = [("How many days of paid holiday does an employee get?", ("handbook.pdf", 2), "27 days"),
             ("How long is the printer's warranty?", ("manual.docx", 3), "2 years"),
             ("What is the daily limit for meals on business trips?", ("handbook.pdf", 3), "45 euros")]
    for question, expected, words in cases:
        answer = ask(indexed, question)
        assert answer.style == "quote"
        text = "".join(answer)
        result = answer.result
        assert result.found and words in text and result.answer == text, (question, text)
        assert result.completion_tokens == 0  # nothing generated: the documents speak
        assert expected in [place(result, n) for n in result.cited], (question, result.cited)
        assert all(s["quote"] and s["supported"] for s in result.sentences)
        quoted = re.findall(r"“(.+?)” \[(\d+)\]", text)
        assert quoted and all(q in next(s["text"] for s in result.sources if s["n"] == int(n)) for q, n in quoted)


def test_a_question_the_documents_do_not_answer_says_so(indexed):
    answer = ask(indexed, "How many days of parental leave do employees get?")
    text = "".join(answer)
    assert not answer.result.found and answer.result.cited == [] and text.startswith(NOT_FOUND)
    assert "handbook.pdf" in text  # the closest files are named
    assert not re.search(r"\d", text.replace("page", "").split("closest")[0])  # no figure in the verdict


def test_a_written_answer_is_attributed_and_leaks_nothing(indexed):
    answer = ask(indexed, "How far in advance must holiday requests be made?", max_tokens=60, style="write")
    text = "".join(answer)
    result = answer.result
    assert result.style == "write" and result.found and result.completion_tokens > 0
    for shown in (text, result.answer):
        assert "<<<" not in shown and "DOCUMENTS" not in shown and "handbook.pdf" not in shown, shown
    assert result.cited == sorted({n for s in result.sentences if s["supported"] for n in s["sources"]})
    assert result.cited  # what the model wrote, or (when none of it holds up) the quotes after it
    sources_text = " ".join(s["text"] for s in result.sources if s["n"] in result.cited)
    for figure in re.findall(r"\d+", re.sub(r"\[\d+\]", "", result.answer)):
        assert figure in sources_text, (figure, result.answer)


def test_small_models_quote_and_larger_or_unknown_ones_write(engine):
    assert answer_style(engine) == "quote" and answer_style(engine, "write") == "write"
    assert answer_style(SimpleNamespace(parameter_count=7_000_000_000)) == "write"
    assert answer_style(SimpleNamespace(parameter_count=None)) == "write"  # an office server does not say


def test_a_long_sentence_is_quoted_around_the_questions_words():
    from assistant.chat.ask import MAX_QUOTE_CHARS, excerpt
    from assistant.chat.attribution import terms

    table = " ".join(f"row {n} value {n * 7}" for n in range(80)) + " warranty 2 years " + \
        " ".join(f"row {n} value {n}" for n in range(80, 160))
    quoted = excerpt(table, terms("How long is the warranty?"))
    assert len(quoted) <= MAX_QUOTE_CHARS + 2 and "warranty 2 years" in quoted
    assert quoted.startswith("…") and quoted.endswith("…") and quoted.strip("…") in table
