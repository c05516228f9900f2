"""Classifiers with the user's own labels, trained on this CPU from a few examples a label.

The method, measured (benchmarks/sentiment_domains.py and tests/assistant/tools/test_classify.py): the
bundled embedder stays frozen and a multinomial logistic regression (numpy, L2-regularised, features
standardised) is trained on its vectors. With 12 support tickets a label for 4 labels it labels 40
unseen tickets correctly at 0.95 or more, and trains in seconds, so a LoRA adapter (minutes, and an
ONNX export per classifier) is not worth it here. The regularisation is chosen by stratified
cross-validation; the out-of-fold predictions give the reported accuracy, the confusion table and a
temperature that calibrates the confidence. Training is a generator that yields Progress and returns
the Classifier; nothing is written until it has returned (the store saves atomically).
"""
from __future__ import annotations

import csv
import io
import re
import time
from collections import Counter
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from assistant.documents.embedder import Embedder
from assistant.errors import InvalidInput, ModelError
from assistant.tools.common import Progress, ProgressClock, atomic_output

MIN_EXAMPLES_PER_LABEL = 10
MAX_FOLDS = 5
MAX_EXAMPLES_FILE_BYTES = 50 * 1024 * 1024
REGULARISATION_GRID = (0.003, 0.03, 0.3)  # L2 strengths tried by cross-validation
ITERATIONS = 300
EMBED_BATCH = 64
RUN_BATCH = 256  # rows read, labelled and written at a time when a file is classified
OUTPUT_COLUMNS = ("predicted", "confidence")
SEED = 13


@dataclass
class Examples:
    texts: list[str]
    labels: list[str]
    skipped_rows: int = 0  # rows without a text or a label
    repeated: int = 0  # the same text under the same label again, kept once

    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(self.labels).items()))


@dataclass
class TrainingReport:
    examples: int
    counts: dict  # label -> examples
    accuracy: float  # cross-validated
    label_accuracy: dict  # label -> share of its examples predicted right (cross-validated)
    confusion: list  # rows: the true label, columns: the predicted label (order of `labels`)
    folds: int
    regularisation: float
    temperature: float
    seconds: float = 0.0
    skipped_rows: int = 0
    repeated: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Classifier:
    name: str
    labels: list[str]
    mean: np.ndarray
    scale: np.ndarray
    weight: np.ndarray  # labels x dimensions
    bias: np.ndarray
    temperature: float
    embedder: str
    report: TrainingReport
    created: float = field(default_factory=time.time)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        return softmax(self.logits(vectors) / self.temperature)

    def logits(self, vectors: np.ndarray) -> np.ndarray:
        return ((vectors - self.mean) / self.scale) @ self.weight.T + self.bias


@dataclass
class Prediction:
    label: str
    confidence: float
    scores: dict

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class RunSummary:
    rows: int
    counts: dict  # label -> rows; "" for rows without text
    seconds: float
    out_path: str

    def to_dict(self) -> dict:
        return asdict(self)


# -- reading examples ---------------------------------------------------------------------------

def decode_utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise InvalidInput(f"{name} is not UTF-8 text (line {line}). Save it as 'CSV UTF-8' "
                           "(in Excel: Save As, CSV UTF-8) and try again.") from None


def csv_dialect(path: Path, sample: str) -> type[csv.Dialect] | csv.Dialect:
    if path.suffix.lower() == ".tsv":
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(sample[:8192], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def check_columns(name: str, header: Sequence[str], *columns: str) -> None:
    if not header:
        raise InvalidInput(f"{name} is empty: it needs a header row naming its columns, then one example a row.")
    for column in columns:
        if column not in header:
            raise InvalidInput(f"{name} has no column '{column}'. Its columns are: {', '.join(header)}.")


def read_text_file(path: Path) -> str:
    if not path.is_file():
        raise InvalidInput(f"{path} does not exist or is not a file.")
    if path.stat().st_size > MAX_EXAMPLES_FILE_BYTES:
        raise InvalidInput(f"{path.name} is larger than {MAX_EXAMPLES_FILE_BYTES // 1024 // 1024} MB: "
                           "a classifier needs tens or hundreds of examples a label, not millions.")
    return decode_utf8(path.read_bytes(), path.name)


def read_table(path: str | Path, limit: int) -> tuple[list[str], list[list[str]]]:
    """The header and up to `limit` rows of a CSV of examples (for the window's table)."""
    path = Path(path)
    text = read_text_file(path)
    reader = csv.reader(io.StringIO(text), dialect=csv_dialect(path, text))
    header = next(reader, [])
    if not header:
        raise InvalidInput(f"{path.name} is empty: it needs a header row naming its columns, then one example a row.")
    rows = [row for _, row in zip(range(limit + 1), reader)]
    if len(rows) > limit:
        raise InvalidInput(f"{path.name} has more than {limit} rows: train from it with 'deskmate classify train'.")
    return header, rows


def read_header(path: str | Path) -> list[str]:
    """The column names of a CSV file (its first line), without reading the rest."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"{path} does not exist or is not a file.")
    with open(path, "rb") as handle:
        text = decode_utf8(handle.readline(1024 * 1024), path.name)
    header = next(csv.reader([text], dialect=csv_dialect(path, text)), [])
    check_columns(path.name, header)
    return header


def read_examples(path: str | Path, text_column: str, label_column: str) -> Examples:
    """The examples of a CSV file, checked (see check_examples)."""
    path = Path(path)
    text = read_text_file(path)
    reader = csv.DictReader(io.StringIO(text), dialect=csv_dialect(path, text))
    check_columns(path.name, list(reader.fieldnames or []), text_column, label_column)
    pairs = ((row.get(text_column) or "", row.get(label_column) or "") for row in reader)
    return check_examples(collect_examples(pairs), path.name)


def normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def collect_examples(pairs: Iterable[tuple[str, str]]) -> Examples:
    """Examples from (text, label) pairs: blank rows skipped, a repeated example kept once."""
    texts: list[str] = []
    labels: list[str] = []
    seen: dict[str, str] = {}
    skipped = repeated = 0
    conflicts: list[str] = []
    for text, label in pairs:
        text, label = text.strip(), " ".join(label.split())
        if not text or not label:
            skipped += 1
            continue
        key = normalised(text)
        if key in seen:
            if seen[key] != label:
                conflicts.append(f"'{text[:60]}' ({seen[key]} and {label})")
            repeated += seen[key] == label
            continue
        seen[key] = label
        texts.append(text)
        labels.append(label)
    if conflicts:
        raise InvalidInput(f"{len(conflicts)} text(s) appear under two labels, e.g. {'; '.join(conflicts[:3])}. "
                           "Give each text one label and train again.")
    return Examples(texts, labels, skipped, repeated)


def check_examples(examples: Examples, name: str = "The examples") -> Examples:
    counts = examples.counts()
    if not counts:
        raise InvalidInput(f"{name} has no examples: each row needs a text and its label.")
    if len(counts) < 2:
        raise InvalidInput(f"{name} has only one label ('{next(iter(counts))}'). A classifier chooses between "
                           "labels: add examples of at least one other label.")
    few = {label: n for label, n in counts.items() if n < MIN_EXAMPLES_PER_LABEL}
    if few:
        listed = ", ".join(f"'{label}' {n}" for label, n in few.items())
        raise InvalidInput(f"Too few examples: {listed}. Give at least {MIN_EXAMPLES_PER_LABEL} examples for "
                           "every label (20 or more make a better classifier).")
    return examples


# -- training -----------------------------------------------------------------------------------

def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def fit_logistic(features: np.ndarray, targets: np.ndarray, n_labels: int,
                 regularisation: float) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by Nesterov-accelerated gradient descent (the loss is convex)."""
    n, dims = features.shape
    one_hot = np.eye(n_labels)[targets]
    step = 1.0 / (0.5 * np.linalg.norm(features, 2) ** 2 / n + regularisation)
    weight, bias = np.zeros((n_labels, dims)), np.zeros(n_labels)
    previous_weight, previous_bias = weight, bias
    for iteration in range(1, ITERATIONS + 1):
        momentum = (iteration - 1) / (iteration + 2)
        look_weight = weight + momentum * (weight - previous_weight)
        look_bias = bias + momentum * (bias - previous_bias)
        error = (softmax(features @ look_weight.T + look_bias) - one_hot) / n
        previous_weight, previous_bias = weight, bias
        weight = look_weight - step * (error.T @ features + regularisation * look_weight)
        bias = look_bias - step * error.sum(axis=0)
    return weight, bias


def standardiser(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return vectors.mean(axis=0), np.maximum(vectors.std(axis=0), 1e-6)


def stratified_folds(targets: np.ndarray, folds: int) -> list[np.ndarray]:
    """Fold index sets with every label spread evenly across them (shuffled with a fixed seed)."""
    rng = np.random.default_rng(SEED)
    assignment = np.zeros(len(targets), dtype=int)
    for label in np.unique(targets):
        members = rng.permutation(np.flatnonzero(targets == label))
        assignment[members] = np.arange(len(members)) % folds
    return [np.flatnonzero(assignment == fold) for fold in range(folds)]


def out_of_fold_logits(vectors: np.ndarray, targets: np.ndarray, n_labels: int, folds: list[np.ndarray],
                       regularisation: float) -> np.ndarray:
    logits = np.zeros((len(targets), n_labels))
    for held_out in folds:
        kept = np.setdiff1d(np.arange(len(targets)), held_out)
        mean, scale = standardiser(vectors[kept])
        weight, bias = fit_logistic((vectors[kept] - mean) / scale, targets[kept], n_labels, regularisation)
        logits[held_out] = ((vectors[held_out] - mean) / scale) @ weight.T + bias
    return logits


def negative_log_likelihood(logits: np.ndarray, targets: np.ndarray, temperature: float = 1.0) -> float:
    probabilities = softmax(logits / temperature)[np.arange(len(targets)), targets]
    return float(-np.log(np.maximum(probabilities, 1e-12)).mean())


def fit_temperature(logits: np.ndarray, targets: np.ndarray) -> float:
    grid = np.exp(np.linspace(np.log(0.05), np.log(20.0), 240))
    return float(grid[int(np.argmin([negative_log_likelihood(logits, targets, t) for t in grid]))])


def confusion_table(targets: np.ndarray, predicted: np.ndarray, n_labels: int) -> np.ndarray:
    table = np.zeros((n_labels, n_labels), dtype=int)
    np.add.at(table, (targets, predicted), 1)
    return table


def embed_with_progress(embedder: Embedder, texts: Sequence[str], stage: str) -> Generator[Progress, None, np.ndarray]:
    clock, parts = ProgressClock(len(texts)), []
    for start in range(0, len(texts), EMBED_BATCH):
        parts.append(embedder.embed(list(texts[start:start + EMBED_BATCH]), batch_size=EMBED_BATCH))
        yield clock.progress(stage, min(start + EMBED_BATCH, len(texts)))
    return np.concatenate(parts)


def train(name: str, examples: Examples, embedder: Embedder | None = None) -> Generator[Progress, None, Classifier]:
    """Yield Progress while it embeds and cross-validates; return the trained Classifier (not saved)."""
    check_examples(examples)
    started, embedder = time.perf_counter(), embedder or Embedder()
    labels = sorted(set(examples.labels))
    targets = np.array([labels.index(label) for label in examples.labels])
    vectors = (yield from embed_with_progress(embedder, examples.texts, "Embedding examples")).astype(np.float64)
    folds = stratified_folds(targets, min(MAX_FOLDS, min(examples.counts().values())))
    clock, candidates = ProgressClock(len(REGULARISATION_GRID) + 1), []
    for done, regularisation in enumerate(REGULARISATION_GRID, 1):
        logits = out_of_fold_logits(vectors, targets, len(labels), folds, regularisation)
        accuracy = float((logits.argmax(axis=1) == targets).mean())
        candidates.append((accuracy, -negative_log_likelihood(logits, targets), regularisation, logits))
        yield clock.progress("Cross-validating", done)
    accuracy, _, regularisation, logits = max(candidates, key=lambda c: (c[0], c[1]))
    mean, scale = standardiser(vectors)
    weight, bias = fit_logistic((vectors - mean) / scale, targets, len(labels), regularisation)
    yield clock.progress("Cross-validating", len(REGULARISATION_GRID) + 1)
    report = make_report(examples, labels, targets, logits, len(folds), regularisation)
    report.seconds = round(time.perf_counter() - started, 2)
    return Classifier(name, labels, mean, scale, weight, bias, report.temperature, embedder.name, report)


def make_report(examples: Examples, labels: list[str], targets: np.ndarray, logits: np.ndarray, folds: int,
                regularisation: float) -> TrainingReport:
    predicted = logits.argmax(axis=1)
    table = confusion_table(targets, predicted, len(labels))
    per_label = {label: round(float(table[i, i] / max(table[i].sum(), 1)), 4) for i, label in enumerate(labels)}
    return TrainingReport(len(targets), examples.counts(), round(float((predicted == targets).mean()), 4), per_label,
                          table.tolist(), folds, regularisation, round(fit_temperature(logits, targets), 4),
                          skipped_rows=examples.skipped_rows, repeated=examples.repeated)


# -- labelling ----------------------------------------------------------------------------------

def check_embedder(classifier: Classifier, embedder: Embedder) -> None:
    if classifier.embedder != embedder.name or classifier.mean.shape[0] != embedder.dimensions:
        raise ModelError(f"The classifier '{classifier.name}' was trained on the embedder {classifier.embedder}, "
                         f"but this Deskmate has {embedder.name}. Train it again here.")


def predictions(classifier: Classifier, vectors: np.ndarray) -> list[Prediction]:
    results = []
    for row in classifier.probabilities(vectors.astype(np.float64)):
        best = int(row.argmax())
        scores = {label: round(float(p), 4) for label, p in zip(classifier.labels, row)}
        results.append(Prediction(classifier.labels[best], round(float(row[best]), 4), scores))
    return results


def label_texts(classifier: Classifier, texts: Sequence[str], embedder: Embedder | None = None) -> list[Prediction]:
    if not texts:
        return []
    embedder = embedder or Embedder()
    check_embedder(classifier, embedder)
    return predictions(classifier, embedder.embed(list(texts), batch_size=EMBED_BATCH))


def label_text(classifier: Classifier, text: str, embedder: Embedder | None = None) -> Prediction:
    if not text.strip():
        raise InvalidInput("The text is empty: give a text to label.")
    return label_texts(classifier, [text], embedder)[0]


class CountingLines:
    """The lines of a file opened in binary, decoded as UTF-8, counting the bytes read (for progress)."""

    def __init__(self, handle, name: str):
        self.handle, self.name, self.bytes_read, self.line = handle, name, 0, 0

    def __iter__(self) -> Iterator[str]:
        for raw in self.handle:
            self.bytes_read += len(raw)
            self.line += 1
            if self.line == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                raise InvalidInput(f"{self.name} is not UTF-8 text (line {self.line}). Save it as 'CSV UTF-8' "
                                   "and run again; nothing was written.") from None


def batches(rows: Iterator[list[str]], size: int) -> Iterator[list[list[str]]]:
    batch: list[list[str]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def label_file(classifier: Classifier, in_path: str | Path, column: str, out_path: str | Path,
               embedder: Embedder | None = None) -> Generator[Progress, None, RunSummary]:
    """Stream a CSV: every row out with `predicted` and `confidence` added, a batch at a time, so a file
    of millions of rows never sits in memory. The output appears only once every row is done."""
    in_path, out_path = Path(in_path), Path(out_path)
    if not in_path.is_file():
        raise InvalidInput(f"{in_path} does not exist or is not a file.")
    if out_path.resolve() == in_path.resolve():
        raise InvalidInput("The output file would replace the input: choose another --out file.")
    embedder = embedder or Embedder()
    check_embedder(classifier, embedder)
    total_bytes, started, counts = max(in_path.stat().st_size, 1), time.perf_counter(), Counter[str]()
    with open(in_path, "rb") as handle:
        lines = CountingLines(handle, in_path.name)
        sample = handle.peek(8192).decode("utf-8", errors="ignore") if hasattr(handle, "peek") else ""
        reader = csv.reader(lines, dialect=csv_dialect(in_path, sample))
        header = next(reader, [])
        check_columns(in_path.name, header, column)
        position, rows = header.index(column), 0
        with atomic_output(out_path, newline="") as out:
            writer = csv.writer(out, dialect=csv.excel_tab if out_path.suffix.lower() == ".tsv" else csv.excel)
            writer.writerow(output_header(header)[0])
            for batch in batches(reader, RUN_BATCH):
                writer.writerows(label_rows(classifier, embedder, batch, position, header, counts))
                rows += len(batch)
                yield file_progress(rows, lines.bytes_read, total_bytes, started)
            if rows == 0:  # raised inside: the output file is not made
                raise InvalidInput(f"{in_path.name} has a header but no rows to label.")
    return RunSummary(rows, dict(sorted(counts.items())), round(time.perf_counter() - started, 2), str(out_path))


def file_progress(rows: int, bytes_read: int, total_bytes: int, started: float) -> Progress:
    """Rows so far of an estimated total (from the share of the file read), with the time left."""
    fraction = min(bytes_read / total_bytes, 1.0)
    estimated_rows = max(rows, round(rows / fraction)) if fraction else rows
    elapsed = time.perf_counter() - started
    eta = elapsed / fraction * (1 - fraction) if fraction else None
    return Progress("Rows", rows, estimated_rows, eta)


def output_header(header: list[str]) -> tuple[list[str], list[int]]:
    """The input columns plus predicted and confidence (reused where the input has them already)."""
    out = header + [name for name in OUTPUT_COLUMNS if name not in header]
    return out, [out.index(name) for name in OUTPUT_COLUMNS]


def label_rows(classifier: Classifier, embedder: Embedder, batch: list[list[str]], position: int,
               header: list[str], counts: Counter) -> list[list[str]]:
    out_header, places = output_header(header)
    rows = [(row + [""] * (len(out_header) - len(row)))[:len(out_header)] for row in batch]
    filled = [i for i, row in enumerate(rows) if row[position].strip()]
    vectors = embedder.embed([rows[i][position] for i in filled], batch_size=EMBED_BATCH)
    labelled: dict[int, Prediction] = dict(zip(filled, predictions(classifier, vectors))) if filled else {}
    for i, row in enumerate(rows):
        found = labelled.get(i)
        row[places[0]], row[places[1]] = (found.label, f"{found.confidence:.4f}") if found else ("", "")
        counts[found.label if found else ""] += 1
    return rows


NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$")


def check_name(name: str) -> str:
    name = name.strip()
    if not NAME_PATTERN.match(name) or name.endswith("."):
        raise InvalidInput(f"'{name}' cannot name a classifier: use up to 64 letters, digits, spaces, '-', '_' "
                           "or '.', starting with a letter or digit.")
    return name
