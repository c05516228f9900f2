"""Summarize with the real bundled model: long documents go through map-reduce within the context."""
import re

import pytest

from assistant.readers import read_document
from assistant.runtime.generators import collect_steps, run_to_end
from assistant.tools.common import Progress, Stopped, text_document
from assistant.tools.summarize import SummaryResult, summarize
from tests.helpers.tool_documents import make_pdf, report_pages


def run(engine, document, **options):
    items, result = collect_steps(summarize(engine, document, **options))
    assert all(isinstance(i, Progress | str) for i in items)  # the result is returned, not yielded
    return items, result


def test_pasted_text_is_summarized_in_one_call(engine):
    text = " ".join(report_pages(1, paragraphs_per_page=3))
    items, result = run(engine, text_document(text), length="short", max_tokens=40)
    assert isinstance(result, SummaryResult) and result.summary
    assert result.model_calls == 1 and result.sections == []
    assert "".join(i for i in items if isinstance(i, str)).strip() == result.summary
    assert len(result.summary) < len(text)


def test_a_long_pdf_is_summarized_in_parts_with_pages_that_exist(small_context_engine, tmp_path):
    pages = report_pages(8, paragraphs_per_page=2)
    document = read_document(make_pdf(tmp_path / "minutes.pdf", pages))
    items, result = run(small_context_engine, document, length="bullets", focus="costs", max_tokens=32)
    assert result.chunks > 2 and result.model_calls > result.chunks
    assert result.max_prompt_tokens <= small_context_engine.n_ctx
    cited = [int(n) for s in result.sections for n in re.findall(r"\d+", s["pages"])]
    assert cited and min(cited) >= 1 and max(cited) <= len(pages) and max(cited) == len(pages)
    assert result.summary and len(result.as_text()) < len(document.text)
    progress = [i for i in items if isinstance(i, Progress) and i.stage == "Summarizing chunk"]
    assert [p.done for p in progress] == list(range(result.chunks + 1))
    assert all(p.total == result.chunks for p in progress) and progress[-1].eta_s == 0
    assert "Note:" in result.as_text() and "models use" in result.warning  # the 135M model is flagged


def test_stopping_mid_way_keeps_nothing(small_context_engine, tmp_path):
    document = read_document(make_pdf(tmp_path / "minutes.pdf", report_pages(4, paragraphs_per_page=2)))
    seen: list = []
    with pytest.raises(Stopped):  # raised instead of a returned summary
        run_to_end(summarize(small_context_engine, document, should_stop=lambda: len(seen) >= 2, max_tokens=32),
                   seen.append)
    assert [i.stage for i in seen] == ["Summarizing chunk"] * 2  # stopped at the next model call, no text shown
