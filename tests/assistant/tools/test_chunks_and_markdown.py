"""Pure pieces of the tools: chunking within a token budget, Markdown blocks, language detection."""
import pytest

from assistant.errors import InvalidInput
from assistant.readers import Page
from assistant.tools.chunks import chunk_pages, page_label, trim_to_tokens
from assistant.tools.languages import detect_language, resolve_language
from assistant.tools.markdown_blocks import code_blocks, parse, structure_counts
from tests.helpers.tool_documents import SAMPLE_MARKDOWN, report_pages


def words(text: str) -> int:
    return len(text.split())


def test_chunks_fit_the_budget_keep_order_and_remember_pages():
    pages = [Page(i + 1, text) for i, text in enumerate(report_pages(9))]
    chunks = chunk_pages(pages, 120, words)
    assert len(chunks) > 3
    assert all(words(c.text) <= 120 + 2 * c.text.count("\n\n") for c in chunks)
    assert [c.first_page for c in chunks] == sorted(c.first_page for c in chunks)
    assert chunks[0].first_page == 1 and chunks[-1].last_page == 9
    assert " ".join(" ".join(c.text.split()) for c in chunks).split() == " ".join(p.text for p in pages).split()


def test_a_paragraph_longer_than_the_budget_is_cut_at_sentences():
    long_paragraph = " ".join(f"Sentence number {i} is here." for i in range(100))
    chunks = chunk_pages([Page(4, long_paragraph)], 50, words)
    assert len(chunks) > 5 and all(words(c.text) <= 50 for c in chunks)
    assert all(c.text.endswith(".") for c in chunks) and {c.first_page for c in chunks} == {4}


def test_page_labels_and_trimming():
    assert page_label(12, 14) == "p. 12–14" and page_label(3, 3) == "p. 3"
    assert words(trim_to_tokens("word " * 500, 100, words)) <= 100


def test_markdown_blocks_rebuild_the_input_and_count_structure():
    blocks = parse(SAMPLE_MARKDOWN)
    assert "\n".join(line for b in blocks for line in b.lines) == SAMPLE_MARKDOWN
    assert structure_counts(SAMPLE_MARKDOWN) == {"headings": 2, "list_items": 4, "table_rows": 4, "code_blocks": 2}
    assert code_blocks(SAMPLE_MARKDOWN)[0].startswith("```python") and "sum(item.price" in code_blocks(SAMPLE_MARKDOWN)[0]


@pytest.mark.parametrize("text, code", [
    ("The council met on Monday and it was decided that the road is to be repaired.", "en"),
    ("Le conseil s'est réuni lundi et il a décidé que la route est à réparer pour les habitants.", "fr"),
    ("Der Rat hat am Montag getagt und es ist beschlossen, dass die Straße nicht mehr gesperrt wird.", "de"),
    ("El consejo se reunió el lunes y decidió que la carretera de los vecinos se repara.", "es"),
    ("Il consiglio si è riunito lunedì e ha deciso che la strada non è più chiusa per gli abitanti.", "it"),
    ("O conselho reuniu-se na segunda e decidiu que a estrada não é mais fechada para os moradores.", "pt"),
    ("De raad is maandag bijeengekomen en heeft besloten dat de weg niet meer wordt afgesloten.", "nl"),
    ("议会星期一开会，决定修理这条路。", "zh"),
    ("議会は月曜日に集まり、道路を修理することにしました。", "ja"),
])
def test_language_detection_names_the_language(text, code):
    assert detect_language(text).code == code


def test_too_little_text_is_not_guessed():
    assert detect_language("42").code == "und"


def test_language_codes_and_names_resolve_and_unknown_ones_are_refused():
    assert resolve_language("French") == "fr" and resolve_language("DE") == "de"
    with pytest.raises(InvalidInput, match="Unknown language 'xx'"):
        resolve_language("xx")


def test_partial_summaries_are_grouped_in_order_to_fit_the_budget():
    from assistant.tools.summarize import group_to_budget, join_parts

    parts = [(i, i + 1, "word " * 30) for i in range(1, 20, 2)]
    groups = group_to_budget(parts, 100, words)
    assert [p for g in groups for p in g] == parts
    assert all(len(g) >= 2 for g in groups) and all(words(join_parts(g)) <= 100 for g in groups[:-1])
    assert join_parts(parts[:1]).startswith("[p. 1–2] word")
