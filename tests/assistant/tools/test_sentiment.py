"""Sentiment with the shipped adapter over the real embedder, and label scoring with the real model."""
import csv

import numpy as np
import pytest

from assistant.errors import InvalidInput
from assistant.runtime.generators import collect_steps
from assistant.tools.common import Progress
from assistant.tools.sentiment import LABELS, ModelScorer, analyse, analyse_many, sentiment_from_probability
from assistant.tools.sentiment_batch import BatchSummary, classify_file

REVIEWS = {"An absolute delight, warm, funny and beautifully acted.": "positive",
           "A tedious, badly written mess that wastes its cast.": "negative",
           "One of the best films of the year.": "positive",
           "Boring and far too long; I walked out.": "negative"}


def test_clear_reviews_get_the_right_label_and_a_consistent_confidence():
    results = analyse_many(list(REVIEWS))
    assert [r.label for r in results] == list(REVIEWS.values())
    for result in results:
        assert set(result.scores) == set(LABELS) and result.label in LABELS
        assert 0 <= result.confidence <= 1 and result.confidence == result.scores[result.label]
        assert result.confidence == max(result.scores.values()) and result.confidence > 0.8
        assert result.scores["positive"] + result.scores["negative"] == pytest.approx(1, abs=1e-3)


def test_praise_outside_film_reviews_and_plain_facts_get_their_labels():
    # Before the head was trained on other domains, this praise came out negative with 0.96 confidence.
    assert analyse("The repair was finished on time and on budget.").label == "positive"
    assert analyse("The train leaves from platform four.").label == "neutral"


def test_neutral_is_where_positive_and_negative_are_close():
    assert sentiment_from_probability(0.5).label == "neutral"
    assert sentiment_from_probability(0.6).label == "neutral"
    assert sentiment_from_probability(0.7).label == "positive"
    assert sentiment_from_probability(0.2).label == "negative"


def test_empty_and_huge_texts_are_refused_with_a_message():
    with pytest.raises(InvalidInput, match="empty"):
        analyse("   ")
    with pytest.raises(InvalidInput, match="at most 10 MB"):
        analyse("word " * (11 * 1024 * 1024 // 5))


def write_csv(path, rows, header=("id", "review")):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_a_csv_gets_label_and_confidence_on_every_row(tmp_path):
    rows = [(str(i), text) for i, text in enumerate(list(REVIEWS) * 20)] + [("80", "")]
    source = write_csv(tmp_path / "in.csv", rows)
    items, summary = collect_steps(classify_file(source, "review", tmp_path / "out.csv", batch_size=16))
    assert isinstance(summary, BatchSummary) and summary.rows == 81
    assert all(isinstance(i, Progress) for i in items)  # the summary is returned, not yielded
    assert summary.counts["positive"] == 40 and summary.counts["negative"] == 40 and summary.counts["empty"] == 1
    assert [i.done for i in items if isinstance(i, Progress)][-1] == 81
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as handle:
        out = list(csv.DictReader(handle))
    assert [(r["id"], r["review"]) for r in out] == rows
    assert all(r["label"] in LABELS and 0 <= float(r["confidence"]) <= 1 for r in out[:-1])
    assert out[-1]["label"] == ""


def test_a_missing_column_fails_before_anything_is_written(tmp_path):
    source = write_csv(tmp_path / "in.csv", [("1", "good")])
    with pytest.raises(InvalidInput, match="no column 'text'.*id, review"):
        list(classify_file(source, "text", tmp_path / "out.csv"))
    assert list(tmp_path.iterdir()) == [source]


def test_the_chat_model_scores_label_words_without_generating(engine):
    messages = [{"role": "user", "content": "Say hello."}]
    scores = engine.continuation_logprobs(messages, ["Hello", "positive"])
    assert all(value < 0 for value in scores.values()) and scores["Hello"] > scores["positive"]
    probabilities = ModelScorer(engine).positive_probability(list(REVIEWS)[:2])
    assert all(0 <= p <= 1 for p in probabilities)


def test_a_users_model_is_measured_against_the_classifier_and_the_better_one_is_used(engine, workspace):
    from assistant.tools.sentiment import AdapterScorer
    from assistant.tools.sentiment_choice import choose_scorer, compare, validation_set

    texts, labels = validation_set()
    assert len(texts) == 200 and set(labels) == {0, 1}
    measured = compare(engine, AdapterScorer(), texts[:8], labels[:8])
    assert measured["adapter_accuracy"] > measured["model_accuracy"] and measured["model_temperature"] > 0
    assert isinstance(choose_scorer(workspace), AdapterScorer)  # the bundled 135M model is never asked


def test_the_onnx_adapted_model_scores_like_the_adapter_on_torch(monkeypatch):
    from assistant.tools.sentiment import AdapterScorer

    onnx_scorer = AdapterScorer()
    assert onnx_scorer.embedder.backend == "onnx"  # loaded before the pin below
    monkeypatch.setenv("DESKMATE_EMBEDDER_BACKEND", "torch")
    torch_scorer = AdapterScorer()
    texts = list(REVIEWS) + ["It was fine, I suppose.", "Not bad at all."]
    assert torch_scorer.embedder.backend == "torch"
    assert np.abs(onnx_scorer.positive_probability(texts) - torch_scorer.positive_probability(texts)).max() < 0.03
