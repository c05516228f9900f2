"""Label every document of a folder with a taught classifier: chunk-wise, then aggregated per file.

Each file Deskmate reads is parsed in the isolated reader (a hostile file cannot hang or crash the run),
its text cut into windows of WINDOW_WORDS words (the embedder reads 256 word pieces), each window
labelled, and the file's scores are the mean of its windows' probabilities weighted by their length.
The result is a CSV (path, predicted, confidence, windows, error) written atomically; a file that cannot
be read gets its reason in `error` and the run goes on.
"""
from __future__ import annotations

import csv
import time
from collections import Counter
from collections.abc import Generator, Iterator
from pathlib import Path

import numpy as np

from assistant.documents.embedder import Embedder
from assistant.errors import DeskmateError, InvalidInput
from assistant.readers import kind_of
from assistant.tools.classify import EMBED_BATCH, Classifier, RunSummary, check_embedder
from assistant.tools.common import Progress, ProgressClock, atomic_output, load_document

WINDOW_WORDS = 150
MAX_WINDOWS = 64  # per file: the start of a long document says what kind of document it is
COLUMNS = ("path", "predicted", "confidence", "windows", "error")


def readable_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if path.is_file() and not hidden and kind_of(path) is not None:
            yield path


def windows(text: str) -> list[str]:
    words = text.split()
    return [" ".join(words[start:start + WINDOW_WORDS])
            for start in range(0, len(words), WINDOW_WORDS)][:MAX_WINDOWS]


def file_scores(classifier: Classifier, embedder: Embedder, text: str) -> tuple[np.ndarray, int]:
    """The file's probability for each label (the windows' mean, weighted by words) and its window count."""
    parts = windows(text)
    probabilities = classifier.probabilities(embedder.embed(parts, batch_size=EMBED_BATCH).astype(np.float64))
    lengths = np.array([len(part.split()) for part in parts], dtype=np.float64)
    return (probabilities * lengths[:, None]).sum(axis=0) / lengths.sum(), len(parts)


def label_row(classifier: Classifier, embedder: Embedder, path: Path, folder: Path) -> list[str]:
    name = str(path.relative_to(folder))
    try:
        document = load_document(path)
    except DeskmateError as error:
        return [name, "", "", "0", str(error)]
    scores, count = file_scores(classifier, embedder, document.text)
    best = int(scores.argmax())
    return [name, classifier.labels[best], f"{scores[best]:.4f}", str(count), ""]


def label_folder(classifier: Classifier, folder: str | Path, out_path: str | Path,
                 embedder: Embedder | None = None) -> Generator[Progress, None, RunSummary]:
    """Yield Progress after each file; return the counts per label once the CSV is in place."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InvalidInput(f"{folder} is not a folder.")
    files = list(readable_files(folder))
    if not files:
        raise InvalidInput(f"{folder} holds no file Deskmate reads (text, PDF, Word, spreadsheets, ...).")
    embedder = embedder or Embedder()
    check_embedder(classifier, embedder)
    clock, counts, started = ProgressClock(len(files)), Counter[str](), time.perf_counter()
    with atomic_output(out_path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for done, path in enumerate(files, 1):
            row = label_row(classifier, embedder, path, folder)
            writer.writerow(row)
            counts[row[1] or "unreadable"] += 1
            yield clock.progress("Files", done)
    return RunSummary(len(files), dict(sorted(counts.items())), round(time.perf_counter() - started, 2), str(out_path))
