"""Translate with the real bundled model: structure, code, glossary, detection and honesty."""
from assistant.runtime.generators import collect_steps
from assistant.tools.common import Progress, text_document
from assistant.tools.markdown_blocks import code_blocks, structure_counts
from assistant.tools.translate import TranslationResult, apply_glossary, read_glossary, translate
from tests.helpers.tool_documents import SAMPLE_MARKDOWN


def run(engine, text, target, **options):
    items, result = collect_steps(translate(engine, text_document(text), target, **options))
    assert isinstance(result, TranslationResult)
    assert all(isinstance(i, Progress | str) for i in items)  # the result is returned, not yielded
    assert "".join(i for i in items if isinstance(i, str)) == result.text
    return result


def test_markdown_keeps_headings_items_rows_and_code_byte_identical(engine):
    result = run(engine, SAMPLE_MARKDOWN, "fr", max_tokens=12)
    assert structure_counts(result.text) == structure_counts(SAMPLE_MARKDOWN)
    assert code_blocks(result.text) == code_blocks(SAMPLE_MARKDOWN)
    assert result.source_language == "en" and result.detected and result.target_language == "fr"
    assert result.segments >= 10 and result.text != SAMPLE_MARKDOWN
    assert "cannot translate reliably" in result.warning and "models use" in result.warning


def test_glossary_terms_are_applied(engine, tmp_path):
    (tmp_path / "glossary.txt").write_text("# terms\nwater supply = approvisionnement en eau\nGreenfield = Champvert\n",
                                           encoding="utf-8")
    glossary = read_glossary(tmp_path / "glossary.txt")
    assert apply_glossary("The Water Supply of greenfield", glossary) == "The approvisionnement en eau of Champvert"
    sent = []

    class Recording:  # the real engine, with the prompts it is given written down
        def __getattr__(self, name):
            return getattr(engine, name)

        def stream(self, messages, **options):
            sent.append(messages[-1]["content"])
            return engine.stream(messages, **options)

    result = run(Recording(), "The water supply is stable in Greenfield.\n\n- Greenfield water supply", "fr",
                 glossary=glossary, max_tokens=40)
    assert sent and all("approvisionnement en eau" in s and "Champvert" in s and "Greenfield" not in s for s in sent)
    assert result.glossary_terms == 2
    for term, fixed in glossary.items():
        assert fixed in result.text or (term in result.glossary_missed and term in result.warning)
    assert "approvisionnement en eau" in result.text.split("\n")[0]  # this sentence, the model keeps


def test_text_already_in_the_target_language_is_left_as_is(engine):
    text = "Le conseil s'est réuni lundi et il a décidé que la route est à réparer."
    result = run(engine, text, "French")
    assert result.text == text and result.model_calls == 0 and "already in French" in result.warning
