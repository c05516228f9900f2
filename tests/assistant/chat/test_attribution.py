"""Sentence attribution with the real embedder: which passage supports each sentence, and which sentences
state a figure, date or name that no passage holds."""
from __future__ import annotations

import pytest

from assistant.chat.ask import attribute_answer, strip_leaks
from assistant.chat.attribution import Evidence, is_heading, names, numbers, split_sentences

PASSAGES = [
    (1, "Holidays and leave. Every full-time employee receives 27 days of paid holiday per year. "
        "Up to 5 unused days may be carried over into the next year."),
    (2, "Expenses. Receipts for taxis and hotels must be submitted within 30 days of the purchase. "
        "Claims above 500 euros need the approval of a director."),
    (3, "The safety officer is Dr. Helena Marsh. Fire alarms are tested every Wednesday at 11:00."),
]


@pytest.fixture(scope="module")
def evidence(embedder):
    return Evidence(PASSAGES, embedder)


def test_sentences_end_at_stops_but_not_at_abbreviations_or_decimals():
    text = "Overtime is paid at 1.5 times the rate, e.g. on Sundays. Dr. Marsh decides.\n- goggles\n- gloves"
    assert split_sentences(text) == ["Overtime is paid at 1.5 times the rate, e.g. on Sundays.", "Dr. Marsh decides.",
                                     "- goggles", "- gloves"]


def test_figures_are_compared_however_they_are_written():
    assert numbers("twenty-seven days, 1,200 euros, the 3rd of May, 09:30") == {"27", "1200", "3", "09:30"}
    assert "Helena" in names("The officer is Helena Marsh.") and "The" not in names("The officer is here.")


def test_a_reworded_sentence_is_attributed_to_its_passage(evidence):
    [sentence] = evidence.attribute("Full-time staff get 27 days of paid holiday each year.")
    assert sentence.supported and sentence.sources == [1], sentence


def test_a_changed_figure_is_unsupported_even_in_the_passages_own_words(evidence):
    [sentence] = evidence.attribute("Every full-time employee receives 29 days of paid holiday per year.")
    assert not sentence.supported and sentence.sources == [] and sentence.unsupported_facts == ["29"]


def test_an_invented_name_is_unsupported(evidence):
    [sentence] = evidence.attribute("The safety officer is Dr. Julia Stone.")
    assert not sentence.supported and {"Julia", "Stone"} <= set(sentence.unsupported_facts)


def test_a_sentence_about_something_else_is_unsupported(evidence):
    [sentence] = evidence.attribute("The cafeteria serves vegetarian lunches on Mondays.")
    assert not sentence.supported and sentence.score < 0.55


def test_each_sentence_gets_its_own_passage(evidence):
    first, second = evidence.attribute("Taxi receipts must be submitted within 30 days. "
                                       "Fire alarms are tested on Wednesday at 11:00.")
    assert (first.sources, second.sources) == ([2], [3])


def test_deskmate_cites_whatever_markers_the_model_wrote(evidence):
    written = attribute_answer("<<<DOCUMENTS 81cc00aa>>> [1] (handbook.pdf, page 3)\nClaims above 500 euros need a "
                               "director's approval [3]. The limit was raised to 900 euros in 2024 [2].", evidence)
    assert written.cited == [2]  # the model's [3] and [2] are ignored; the first sentence is passage 2's
    assert written.answer == "Claims above 500 euros need a director's approval. [2]"  # the 900 / 2024 one is left out
    dropped = written.sentences[1]
    assert not dropped.supported and set(dropped.unsupported_facts) == {"900", "2024"}
    assert "<<<" not in written.answer and "handbook.pdf" not in written.answer


def test_leaked_fences_and_headers_are_stripped():
    leaked = ("<<<END DOCUMENTS 0123456789abcdef>>>\n[2] (manual.docx, Slide 4)\n"
              "Answer: Press the blue buttons [2]. (a.pdf, page")
    assert strip_leaks(leaked) == "Press the blue buttons."


def test_a_figure_from_another_sentence_of_the_passage_does_not_back_this_one(evidence):
    # passage 2 holds "30 days" and "500 euros": the claims sentence is about 500, not 30
    [sentence] = evidence.attribute("Claims above 30 euros need the approval of a director.")
    assert not sentence.supported and sentence.unsupported_facts == ["30"]


def test_an_unsupported_sentence_with_a_figure_is_left_out_even_when_the_figure_is_elsewhere(evidence):
    written = attribute_answer("The cafeteria closes after 30 days of notice. Claims above 500 euros need the "
                               "approval of a director.", evidence)
    assert written.answer == "Claims above 500 euros need the approval of a director. [2]"
    assert written.sentences[0].unsupported_facts == ["30"]


def test_a_heading_is_a_few_words_without_a_figure():
    assert is_heading("Z9 battery.") and is_heading("Nimbus maintenance") and is_heading("Flights and trains.")
    assert not is_heading("Ten days.") and not is_heading("Hotels cost 150 euros.")
    assert not is_heading("The Z9 battery runs for two hours.")
