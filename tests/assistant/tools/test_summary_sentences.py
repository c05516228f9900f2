"""A summary's sentences: pages that back them, repeats removed, invented ones out; quotes from the document."""
from assistant.readers import Document, Page
from assistant.tools.summary_sentences import (
    NOT_FOUND_MARK,
    Said,
    attribute_summary,
    extract_summary,
    is_repeat,
    places_of,
    unwrap,
    written_sentences,
)

PAGES = [
    "The council met on Monday in the town hall. It decided to repair the old bridge over the river in May.",
    "The repair of the bridge costs 12,000 euros. Anna Berg, the treasurer, found the money in the roads budget.",
    "The summer festival moves to the harbour this year. Tickets cost 8 euros for adults.",
    "The library roof leaks after heavy rain. A builder will inspect it before the autumn.",
]


def document() -> Document:
    return Document(path=None, kind="pdf", pages=[Page(i + 1, text) for i, text in enumerate(PAGES)])


def test_a_sentence_repeats_another_only_when_it_adds_nothing():
    assert is_repeat(Said.of("The bridge opens."), Said.of("The bridge opens in May."))
    assert not is_repeat(Said.of("The bridge opens in May."), Said.of("The bridge opens."))  # it adds May
    assert not is_repeat(Said.of("The council approved the budget for the new library."),
                         Said.of("The council approved the budget for the new harbour."))
    assert not is_repeat(Said.of("The vote was 7 to 2."), Said.of("The vote was 6 to 2."))  # another figure


def test_wrapped_lines_are_joined_and_headings_kept_apart():
    assert unwrap("Cafeteria menu\nFrom October the cafeteria serves soup and\nbread every day.") == \
        "Cafeteria menu\n\nFrom October the cafeteria serves soup and bread every day."
    written = "Residents asked for a decision on the costs before month\n2. The vote was 6 to 2.\n\n" \
              "- Roads were repaired.\n- Lights were"
    assert written_sentences(written) == ["Residents asked for a decision on the costs before month 2.",
                                          "The vote was 6 to 2.", "Roads were repaired."]  # the cut-off item goes


def test_each_sentence_cites_the_page_that_backs_it_and_repeats_go(embedder):
    written = ("The council decided to repair the bridge in May. The bridge repair costs 12,000 euros. "
               "The council decided to repair the bridge in May. Tickets for the festival cost 8 euros.")
    cleaned = attribute_summary(written, places_of(document()), embedder)
    assert [(s.text, [p.page for p in s.places]) for s in cleaned.sentences] == [
        ("The council decided to repair the bridge in May.", [1]),
        ("The bridge repair costs 12,000 euros.", [2]),
        ("Tickets for the festival cost 8 euros.", [3])]
    assert cleaned.repeats_removed == 1 and all(s.supported for s in cleaned.sentences)
    assert cleaned.text() .endswith("cost 8 euros. (p. 3)")


def test_an_invented_figure_is_removed_and_an_unbacked_sentence_marked(embedder):
    written = ("The bridge repair costs 45,000 euros. The mayor loves jazz music and cycling. "
               "The library roof leaks after rain.")
    cleaned = attribute_summary(written, places_of(document()), embedder)
    texts = [s.text for s in cleaned.sentences]
    assert "The bridge repair costs 45,000 euros." not in texts and cleaned.invented_removed >= 1
    roof = next(s for s in cleaned.sentences if s.text.startswith("The library roof"))
    assert roof.supported and [p.page for p in roof.places] == [4]
    jazz = [s for s in cleaned.sentences if "jazz" in s.text]
    assert all(not s.supported and not s.places for s in jazz)
    assert all(NOT_FOUND_MARK in s.render() for s in jazz)


def test_an_extractive_summary_quotes_the_document_with_its_own_pages(embedder):
    cleaned = extract_summary(places_of(document(), "minutes.pdf"), 3, embedder)
    assert len(cleaned.sentences) == 3
    for sentence in cleaned.sentences:
        page = sentence.places[0]
        assert sentence.quote and sentence.supported and sentence.text in PAGES[page.page - 1]
    assert "minutes.pdf p." in cleaned.text(with_file=True)
    focused = extract_summary(places_of(document()), 1, embedder, focus="festival tickets")
    assert focused.sentences[0].places[0].page == 3
