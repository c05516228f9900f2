"""Translate with the real bundled model: structure, code, glossary, detection and honesty."""
from assistant.tools.common import text_document
from assistant.tools.markdown_blocks import code_blocks, structure_counts
from assistant.tools.translate import TranslationResult, translate
from tests.tool_documents import SAMPLE_MARKDOWN


def run(engine, text, target, **options):
    items = list(translate(engine, text_document(text), target, **options))
    result = items[-1]
    assert isinstance(result, TranslationResult)
    assert "".join(i for i in items if isinstance(i, str)) == result.text
    return result


def test_markdown_keeps_headings_items_rows_and_code_byte_identical(engine):
    result = run(engine, SAMPLE_MARKDOWN, "fr", glossary={"water supply": "approvisionnement en eau"})
    assert structure_counts(result.text) == structure_counts(SAMPLE_MARKDOWN)
    assert code_blocks(result.text) == code_blocks(SAMPLE_MARKDOWN)
    assert result.source_language == "en" and result.detected and result.target_language == "fr"
    assert result.segments >= 10
    assert result.text.count("approvisionnement en eau") >= 2 and result.glossary_missed == []
    assert "cannot translate reliably" in result.warning and "models use" in result.warning


def test_text_already_in_the_target_language_is_left_as_is(engine):
    text = "Le conseil s'est réuni lundi et il a décidé que la route est à réparer."
    result = run(engine, text, "French")
    assert result.text == text and result.model_calls == 0 and "already in French" in result.warning
