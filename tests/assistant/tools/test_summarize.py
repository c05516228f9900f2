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
    items, result = run(engine, text_document(text), length="short", max_tokens=40, style="write")
    assert isinstance(result, SummaryResult) and result.summary and result.style == "write"
    assert result.model_calls == 1 and result.sections == []
    assert "".join(i for i in items if isinstance(i, str)).strip() == result.raw_summary  # the model's own text
    assert len(result.summary) < len(text) and "(p. " not in result.summary  # pasted text cites no pages


def test_a_long_pdf_is_summarized_in_parts_with_pages_that_exist(small_context_engine, tmp_path):
    pages = report_pages(8, paragraphs_per_page=2)
    document = read_document(make_pdf(tmp_path / "minutes.pdf", pages))
    items, result = run(small_context_engine, document, length="bullets", focus="costs", max_tokens=32,
                        style="write")
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
        run_to_end(summarize(small_context_engine, document, should_stop=lambda: len(seen) >= 2, max_tokens=32,
                             style="write"), seen.append)
    assert [i.stage for i in seen] == ["Summarizing chunk"] * 2  # stopped at the next model call, no text shown


def test_a_written_summary_cites_pages_that_hold_its_figures_and_repeats_nothing(engine, embedder, tmp_path):
    pages = report_pages(6, paragraphs_per_page=2)
    document = read_document(make_pdf(tmp_path / "minutes.pdf", pages))
    _, result = run(engine, document, length="medium", max_tokens=120, embedder=embedder, style="write")
    assert result.raw_summary and result.sentences
    texts = [s["text"] for s in result.sentences]
    assert len(set(texts)) == len(texts)
    for sentence in result.sentences:
        if sentence["supported"]:
            cited = " ".join(pages[n - 1] for n in sentence["pages"])
            assert sentence["pages"] and all(figure in cited.replace(",", "") for figure in
                                             re.findall(r"\d+", sentence["text"].replace(",", "")))
            assert f"(p. {sentence['pages'][0]}" in result.summary
        else:
            assert not sentence["pages"] and "(not found in the document)" in result.summary


def test_the_bundled_model_quotes_the_document_with_pages_and_says_why(engine, embedder, tmp_path):
    pages = ["The harbour authority will dredge the north basin in March for 40,000 euros.",
             "Ferries to the island run every two hours in summer and twice a day in winter.",
             "The fish market opens at five in the morning and closes at noon on Sundays."]
    document = read_document(make_pdf(tmp_path / "harbour.pdf", pages))
    items, result = run(engine, document, length="short", embedder=embedder)
    assert result.style == "quote" and result.model_calls == 0 and len(result.sentences) == 3
    for sentence in result.sentences:
        assert sentence["quote"] and sentence["text"] in pages[sentence["pages"][0] - 1]
    assert result.summary.count("(p. ") == 3 and "quotes" in result.warning and "models use" in result.warning
    assert [i for i in items if isinstance(i, str)] == [result.summary]


class InventingModel:
    """A model that writes one sentence the document does not hold (as the 135M model did on git's manual)."""
    name, n_ctx, parameter_count = "Inventor", 2048, 500_000_000

    def count_tokens(self, text):
        return len(text.split())

    def count_prompt_tokens(self, messages):
        return sum(len(m["content"].split()) for m in messages)

    def stream(self, messages, max_tokens=None, temperature=None, should_stop=None):
        yield "The chapter covers GitLab and SubVM in 42 steps."


def test_a_written_summary_nothing_backs_falls_back_to_quotes_and_says_so(embedder, tmp_path):
    pages = ["The harbour authority will dredge the north basin in March for 40,000 euros.",
             "Ferries to the island run every two hours in summer and twice a day in winter."]
    document = read_document(make_pdf(tmp_path / "harbour.pdf", pages))
    _, result = run(InventingModel(), document, length="short", embedder=embedder)  # auto: 500M writes
    assert result.raw_summary.startswith("The chapter covers GitLab") and result.invented_removed == 1
    assert result.style == "quote" and "None of the sentences the model wrote" in result.warning
    assert all(s["quote"] and s["text"] in pages[s["pages"][0] - 1] for s in result.sentences)
