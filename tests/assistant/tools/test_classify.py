"""Classifiers with the user's own labels: trained from a few examples with the real embedder, real CSV files."""
from __future__ import annotations

import csv
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from assistant.documents.embedder import Embedder
from assistant.errors import InvalidInput
from assistant.runtime.generators import collect_steps, run_to_end
from assistant.tools.classify import (
    MIN_EXAMPLES_PER_LABEL,
    collect_examples,
    label_file,
    label_text,
    label_texts,
    read_examples,
    train,
)
from assistant.tools.classify_store import ClassifierStore
from assistant.tools.common import Progress

DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
TRAIN_FILE, TEST_FILE = DATA / "support_tickets_train.csv", DATA / "support_tickets_test.csv"


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


@pytest.fixture(scope="module")
def trained(embedder):
    started = time.perf_counter()
    steps, classifier = collect_steps(train("tickets", read_examples(TRAIN_FILE, "ticket", "team"), embedder))
    return classifier, steps, time.perf_counter() - started


def test_the_ticket_files_are_what_the_issue_asks_for():
    train_rows, test_rows = (list(csv.DictReader(open(path, encoding="utf-8"))) for path in (TRAIN_FILE, TEST_FILE))
    assert sorted({row["team"] for row in train_rows}) == ["billing", "bug", "login", "shipping"]
    assert all(sum(row["team"] == team for row in train_rows) == 12 for team in ("billing", "bug", "login", "shipping"))
    assert len(test_rows) == 40 and not {row["ticket"] for row in test_rows} & {row["ticket"] for row in train_rows}


def test_twelve_examples_a_label_label_forty_unseen_tickets_well_and_fast(trained, embedder):
    classifier, steps, seconds = trained
    rows = list(csv.DictReader(open(TEST_FILE, encoding="utf-8")))
    predicted = label_texts(classifier, [row["ticket"] for row in rows], embedder)
    accuracy = np.mean([p.label == row["team"] for p, row in zip(predicted, rows)])
    assert accuracy >= 0.85, accuracy
    assert seconds <= 180, seconds
    assert classifier.report.accuracy >= 0.85 and classifier.report.folds == 5
    assert all(isinstance(step, Progress) for step in steps) and steps[-1].done == steps[-1].total


def test_the_report_has_a_confusion_table_that_adds_up(trained):
    report = trained[0].report
    table = np.array(report.confusion)
    assert table.shape == (4, 4) and table.sum() == 48 and list(table.sum(axis=1)) == [12] * 4
    assert report.accuracy == pytest.approx(np.trace(table) / 48, abs=1e-4)
    assert set(report.label_accuracy) == {"billing", "bug", "login", "shipping"}


def test_confidence_is_a_probability_and_one_text_gets_a_label(trained, embedder):
    prediction = label_text(trained[0], "I was billed twice for the same invoice", embedder)
    assert prediction.label == "billing" and 0.5 < prediction.confidence <= 1.0
    assert sum(prediction.scores.values()) == pytest.approx(1.0, abs=1e-3)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def tickets(n: int, label: str) -> list[list[str]]:
    return [[f"{label} question number {i} about my account", label] for i in range(n)]


@pytest.mark.parametrize("rows, reason", [
    ([["text", "label"], *tickets(12, "billing")], "only one label"),
    ([["text", "label"], *tickets(12, "billing"), *tickets(MIN_EXAMPLES_PER_LABEL - 1, "login")], "Too few examples"),
    ([["text", "label"]], "has no examples"),
    ([["text", "label"], *tickets(12, "billing"), *tickets(12, "login"), ["billing question number 3 about my account",
                                                                            "login"]], "under two labels"),
])
def test_examples_that_cannot_make_a_classifier_are_refused_with_the_reason(tmp_path, rows, reason):
    with pytest.raises(InvalidInput, match=reason):
        read_examples(write_csv(tmp_path / "examples.csv", rows), "text", "label")


def test_an_empty_file_a_missing_column_and_a_non_utf8_file_say_what_to_do(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput, match="empty: it needs a header row"):
        read_examples(empty, "text", "label")
    good = write_csv(tmp_path / "good.csv", [["text", "label"], *tickets(12, "a"), *tickets(12, "b")])
    with pytest.raises(InvalidInput, match="no column 'body'. Its columns are: text, label"):
        read_examples(good, "body", "label")
    latin = write_csv(tmp_path / "latin.csv", [["text", "label"], ["Réclamation", "a"]], encoding="latin-1")
    with pytest.raises(InvalidInput, match="not UTF-8 text .line 2.*CSV UTF-8"):
        read_examples(latin, "text", "label")


def test_blank_rows_are_skipped_and_a_repeated_example_is_kept_once():
    examples = collect_examples([("a", "x"), ("", "x"), ("b", ""), ("  A ", "x"), ("c", "y")])
    assert examples.texts == ["a", "c"] and examples.skipped_rows == 2 and examples.repeated == 1


def test_semicolon_csv_from_excel_is_read(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("text;label\n" + "".join(f"text {i} of {label};{label}\n" for label in "ab" for i in range(10)),
                    encoding="utf-8-sig")
    assert read_examples(path, "text", "label").counts() == {"a": 10, "b": 10}


def test_a_saved_classifier_loads_with_identical_numbers(trained, tmp_path, embedder):
    store = ClassifierStore(tmp_path / "home")
    store.save(trained[0])
    with pytest.raises(InvalidInput, match="exists already"):
        store.save(trained[0])
    loaded = store.load("tickets")
    assert np.array_equal(loaded.weight, trained[0].weight) and loaded.temperature == trained[0].temperature
    assert [info.name for info in store.list()] == ["tickets"]
    exported = store.export("tickets", tmp_path)
    other = ClassifierStore(tmp_path / "other")
    other.import_file(exported, name="copy")
    texts = ["My parcel is late", "The app crashes when I print"]
    assert label_texts(other.load("copy"), texts, embedder) == label_texts(trained[0], texts, embedder)
    store.delete("tickets")
    assert store.list() == [] and not list((tmp_path / "home" / "classifiers").glob(".*"))


def test_a_file_that_is_not_a_classifier_is_refused(tmp_path):
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(InvalidInput, match="cannot be read as a classifier"):
        ClassifierStore(tmp_path / "home").import_file(bogus)
    assert not (tmp_path / "home" / "classifiers").exists()


def test_labelling_a_file_keeps_every_column_and_row(trained, tmp_path, embedder):
    source = write_csv(tmp_path / "in.csv", [["id", "ticket", "note"], ["1", "Refund me please", "x, y"], ["2", "", ""],
                                             ["3", "Reset link for my password expired", "multi\nline"]])
    out = tmp_path / "out.csv"
    summary = run_to_end(label_file(trained[0], source, "ticket", out, embedder))
    rows = list(csv.reader(open(out, encoding="utf-8", newline="")))
    assert rows[0] == ["id", "ticket", "note", "predicted", "confidence"]
    assert [row[3] for row in rows[1:]] == ["billing", "", "login"] and rows[3][2] == "multi\nline"
    assert summary.rows == 3 and summary.counts == {"": 1, "billing": 1, "login": 1}


def test_a_large_file_streams_in_bounded_memory_and_stopping_leaves_no_output(trained, tmp_path, embedder):
    source = tmp_path / "big.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ticket"])
        writer.writerows([f"Order {i} has not arrived yet"] for i in range(200_000))
    out = tmp_path / "out.csv"
    tracemalloc.start()
    steps = label_file(trained[0], source, "ticket", out, embedder)
    seen = [next(steps) for _ in range(8)]  # 2,048 rows of the 200,000
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    steps.close()  # what Ctrl+C or Stop does
    assert peak < 20 * 1024 * 1024, peak  # the whole file is ~6 MB of text, ~12 MB as Python strings
    assert seen[-1].done == 2048 and 150_000 < seen[-1].total < 250_000  # estimated from the bytes read
    assert not out.exists() and list(tmp_path.iterdir()) == [source]


def test_a_non_utf8_row_deep_in_a_file_stops_the_run_and_writes_nothing(trained, tmp_path, embedder):
    source = tmp_path / "mixed.csv"
    source.write_bytes(b"ticket\n" + b"Where is my order\n" * 300 + "Facture impayée\n".encode("latin-1"))
    out = tmp_path / "out.csv"
    out.write_text("kept", encoding="utf-8")
    with pytest.raises(InvalidInput, match="line 302"):
        run_to_end(label_file(trained[0], source, "ticket", out, embedder))
    assert out.read_text(encoding="utf-8") == "kept"
