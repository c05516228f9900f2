"""Chunks follow the embedder's tokens, stay within a page, and prefer sentence ends."""
from __future__ import annotations

import pytest

from assistant.documents import chunking
from assistant.documents.chunking import Chunker, _strengths
from assistant.documents.keywords import KeywordIndex, encode_terms, words
from assistant.readers import Page
from tests.helpers.processes import REPO

SENTENCE = "The quick brown fox number {n} jumps over the lazy dog near the river bank. "


@pytest.fixture(scope="module")
def chunker(embedder):
    return Chunker(embedder.tokenizer, max_tokens=64, overlap=8)


def test_chunks_fit_the_budget_and_map_back_to_the_page(chunker, embedder):
    text = "".join(SENTENCE.format(n=n) for n in range(60))
    chunks = chunker.chunk_pages([Page(4, text)])
    assert len(chunks) > 5
    for chunk in chunks:
        assert chunk.page == 4
        assert len(chunk.token_ids) <= 64
        assert text[chunk.char_start:chunk.char_end] == chunk.text
        assert embedder.count_tokens([chunk.text]) == [len(chunk.token_ids)]  # ids are the text's own tokens
        assert chunk.text.rstrip().endswith(".") or chunk is chunks[-1]  # cut at sentence ends
    assert chunks[1].char_start < chunks[0].char_end  # a small overlap
    assert chunks[-1].char_end == len(text.rstrip())


def test_chunks_never_cross_pages_and_skip_nothing(chunker):
    pages = [Page(1, "Short first page."), Page(2, "Second page. " * 40)]
    chunks = chunker.chunk_pages(pages)
    assert chunks[0].page == 1 and chunks[0].text == "Short first page."
    covered = "".join(c.text for c in chunks if c.page == 2)
    assert all(word in covered for word in ("Second", "page"))
    assert {c.page for c in chunks} == {1, 2}


def test_text_without_spaces_is_cut_hard(chunker):
    chunks = chunker.chunk_pages([Page(1, "x-" * 2000)])
    assert all(len(c.token_ids) <= 64 for c in chunks) and len(chunks) > 1


def test_paragraph_breaks_are_preferred(chunker):
    paragraph = "Alpha beta gamma delta epsilon. " * 5
    text = f"{paragraph.strip()}\n\n{paragraph.strip()}\n\n{paragraph.strip()}"
    chunks = chunker.chunk_pages([Page(1, text)])
    assert all(not c.text.startswith(("beta", "gamma")) for c in chunks)


def test_keyword_terms_drop_stopwords_and_stem():
    assert words("The Runners were running to the market") == ["runners", "running", "market"]
    blob, length = encode_terms("running runs runner")
    assert length == 3 and len(blob) == 16  # "run" twice, "runner" once


def test_bm25_prefers_rare_and_repeated_terms():
    texts = ["apple banana", "apple apple cherry", "banana durian", "apple"]
    blobs = [encode_terms(t)[0] for t in texts]
    lengths = [encode_terms(t)[1] for t in texts]
    index = KeywordIndex(blobs, lengths)
    scores = index.scores("cherry apple")
    assert scores.argmax() == 1
    assert scores[2] == 0
    assert index.scores("the of and") is None and index.scores("zzz") is None


def reference_strengths(text, offsets):
    """The gap rules one token at a time (how _strengths was first written): the vectorised one must agree."""
    result = [chunking.PARAGRAPH]
    for i in range(1, len(offsets)):
        previous_end, start = offsets[i - 1][1], offsets[i][0]
        gap = text[previous_end:start]
        if not gap:
            result.append(chunking.INSIDE_WORD)
        elif "\n\n" in text[max(0, previous_end - 1):start + 1]:
            result.append(chunking.PARAGRAPH)
        elif text[previous_end - 1:previous_end] in chunking.SENTENCE_ENDS or (
                text[previous_end - 1:previous_end] in chunking.CLOSERS
                and text[previous_end - 2:previous_end - 1] in chunking.SENTENCE_ENDS):
            result.append(chunking.SENTENCE)
        elif "\n" in gap:
            result.append(chunking.LINE)
        else:
            result.append(chunking.WORD)
    return result


@pytest.mark.parametrize("text", [
    "One. Two!\n\nThree? «Four.» \"Five.\" (Six.)\nseven\n\n\neight… 九。十！ x",
    "\n\nStarts with a blank line.\n",
    "a",
    "no-break-at-all",
    "Table | cell | cell\nrow | 1.5 | 2\n\n  indented\n\n",
])
def test_gap_strengths_match_the_rules_token_by_token(embedder, text):
    encoded = embedder.tokenizer([text], add_special_tokens=False, return_offsets_mapping=True)
    offsets = encoded["offset_mapping"][0]
    assert _strengths(text, offsets) == reference_strengths(text, offsets)


def test_gap_strengths_on_a_real_manual_page(embedder):
    page = (REPO / "README.md").read_text(encoding="utf-8")
    offsets = embedder.tokenizer([page], add_special_tokens=False, return_offsets_mapping=True)["offset_mapping"][0]
    assert len(offsets) > 1000 and _strengths(page, offsets) == reference_strengths(page, offsets)
    made_up = [(0, 0), (0, 0), (3, 5), (2, 4), (9, 12)]  # empty and overlapping spans, as odd tokens give
    assert _strengths("ab.\ncd  efghij", made_up) == reference_strengths("ab.\ncd  efghij", made_up)
