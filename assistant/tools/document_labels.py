"""Label the indexed documents with a taught classifier, and turn `kind=contract` into the documents to search.

A document is labelled from the vectors its chunks already have in the index: the classifier was trained
on the same embedder's vectors, and a chunk's stored vector is the embedding of that chunk's text, so
nothing is read or embedded again (measured on the test folder: the same labels as reading the files
again through classify_documents.py, in milliseconds instead of seconds). As there, the document's scores
are the mean of its first MAX_WINDOWS chunks' probabilities, weighted by their length in words. A
near-duplicate (a page and its own source markup) adds its twin's chunks, which hold most of its text.

Labels are saved in `document_labels` (migration m005), one transaction per batch of documents: a kill
loses at most the batch being labelled, and the next run skips documents this classifier has labelled
since it was trained, unless asked to label them again. A document whose content changes loses its labels
(a trigger drops them with the old content), and a classifier that is replaced or deleted loses its labels
(forget_labels) because they described another classifier's decisions.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Generator, Iterable, Sequence
from dataclasses import asdict, dataclass

import numpy as np

from assistant.documents.index import DocumentIndex
from assistant.documents.search import labelled_documents
from assistant.errors import InvalidInput
from assistant.storage.store import Store
from assistant.tools.classify import Classifier, check_embedder
from assistant.tools.classify_documents import MAX_WINDOWS
from assistant.tools.classify_store import ClassifierStore
from assistant.tools.common import Progress, ProgressClock

BATCH_DOCUMENTS = 64  # documents labelled, then committed, at a time
ID_BATCH = 500  # ids per statement
LABEL_COMMAND = "deskmate classify documents --name {name}"


@dataclass
class LabellingSummary:
    classifier: str
    documents: int  # indexed documents in the chosen folder (or all)
    labelled: int  # labelled by this run
    already: int  # labelled before by this classifier, unchanged since: skipped
    without_text: int  # no text was indexed from them (empty, or pictures only): no label
    counts: dict  # label -> documents labelled by this run
    seconds: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class LabelFilter:
    """`--label kind=contract --label kind=invoice --label team=legal` as {classifier: [labels]}."""
    wanted: dict

    @classmethod
    def parse(cls, values: Iterable[str] | None) -> LabelFilter:
        wanted: dict[str, list[str]] = {}
        for value in values or []:
            classifier, equals, label = value.partition("=")
            classifier, label = classifier.strip(), " ".join(label.split())
            if not equals or not classifier or not label:
                raise InvalidInput(f"'{value}' is not a label filter: write CLASSIFIER=LABEL, e.g. --label kind=contract.")
            if label not in wanted.setdefault(classifier, []):
                wanted[classifier].append(label)
        return cls(wanted)

    def __bool__(self) -> bool:
        return bool(self.wanted)

    def describe(self) -> str:
        """"contract or invoice by 'kind', and legal by 'team'"."""
        return ", and ".join(f"{' or '.join(labels)} by '{classifier}'" for classifier, labels in self.wanted.items())


# -- labelling ----------------------------------------------------------------------------------

def label_documents(index: DocumentIndex, classifier: Classifier, folder: str | None = None,
                    relabel: bool = False) -> Generator[Progress, None, LabellingSummary]:
    """Label the indexed documents (those under `folder`, or all), yielding Progress after each batch;
    return the LabellingSummary. Stopped (closed) between batches, what was committed stays."""
    check_embedder(classifier, index.embedder)
    started = time.perf_counter()
    documents = indexed_documents(index, folder)
    done_before = set() if relabel else labelled_since(index.store, classifier)
    todo = [d for d in documents if d["id"] not in done_before]
    clock, counts, without_text = ProgressClock(len(todo)), Counter[str](), 0
    yield clock.progress("Documents", 0)
    for start in range(0, len(todo), BATCH_DOCUMENTS):
        batch = todo[start:start + BATCH_DOCUMENTS]
        labels = batch_labels(index.store, classifier, batch)
        save_labels(index.store, classifier.name, labels)
        without_text += len(batch) - len(labels)
        counts.update(label for label, _ in labels.values())
        yield clock.progress("Documents", start + len(batch))
    return LabellingSummary(classifier.name, len(documents), sum(counts.values()), len(documents) - len(todo),
                            without_text, dict(sorted(counts.items())), round(time.perf_counter() - started, 2))


def indexed_documents(index: DocumentIndex, folder: str | None) -> list[dict]:
    """The indexed documents to label (id, near_duplicate_of), refusing a folder that holds none."""
    rows = index.store.query("SELECT id, near_duplicate_of FROM documents WHERE status = 'indexed' ORDER BY id")
    if folder:
        inside = index.document_ids_in([folder]) or set()
        rows = [row for row in rows if row["id"] in inside]
        if not rows:
            raise InvalidInput(f"No indexed documents are in {folder}. Add it first: deskmate index add \"{folder}\"")
    elif not rows:
        raise InvalidInput("No documents are indexed yet, so there is nothing to label. "
                           "Add a folder first: deskmate index add FOLDER")
    return rows


def labelled_since(store: Store, classifier: Classifier) -> set[int]:
    """Documents this classifier labelled since it was trained (their content unchanged: a change drops the label)."""
    return {row["document_id"] for row in store.query(
        "SELECT document_id FROM document_labels WHERE classifier = ? AND labelled_at >= ?",
        (classifier.name, classifier.created))}


def chunk_vectors(store: Store, document_ids: Sequence[int]) -> dict[int, tuple[list[bytes], list[int]]]:
    """document id -> (its first MAX_WINDOWS chunks' stored vectors, their lengths in words)."""
    found: dict[int, tuple[list[bytes], list[int]]] = {}
    for start in range(0, len(document_ids), ID_BATCH):
        part = list(document_ids[start:start + ID_BATCH])
        for row in store.query(f"""SELECT document_id, vector, term_count FROM chunks
                                   WHERE document_id IN ({','.join('?' * len(part))}) AND ordinal < ?
                                   ORDER BY document_id, ordinal""", (*part, MAX_WINDOWS)):
            vectors, lengths = found.setdefault(row["document_id"], ([], []))
            vectors.append(row["vector"])
            lengths.append(max(int(row["term_count"]), 1))
    return found


def batch_labels(store: Store, classifier: Classifier, batch: Sequence[dict]) -> dict[int, tuple[str, float]]:
    """document id -> (label, confidence) for the documents of the batch that have text."""
    twins = {d["id"]: d["near_duplicate_of"] for d in batch if d["near_duplicate_of"]}
    stored = chunk_vectors(store, [d["id"] for d in batch] + sorted(set(twins.values())))
    labels = {}
    for document in batch:
        own, twin = stored.get(document["id"], ([], [])), stored.get(twins.get(document["id"], -1), ([], []))
        blobs, lengths = own[0] + twin[0], own[1] + twin[1]
        if not blobs:
            continue
        vectors = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), -1).astype(np.float64)
        weights = np.array(lengths, dtype=np.float64)
        scores = (classifier.probabilities(vectors) * weights[:, None]).sum(axis=0) / weights.sum()
        best = int(scores.argmax())
        labels[document["id"]] = (classifier.labels[best], round(float(scores[best]), 4))
    return labels


def save_labels(store: Store, classifier: str, labels: dict[int, tuple[str, float]]) -> None:
    """One transaction; a document removed from the index meanwhile is left out, not an error."""
    now = time.time()
    with store.transaction():
        store.execute_many(
            """INSERT OR REPLACE INTO document_labels (document_id, classifier, label, confidence, labelled_at)
               SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM documents WHERE id = ?)""",
            [(document_id, classifier, label, confidence, now, document_id)
             for document_id, (label, confidence) in labels.items()])


def forget_labels(store: Store, classifier: str) -> int:
    """Drop the labels a classifier gave (it is being replaced or deleted); how many there were."""
    with store.transaction():
        return store.execute("DELETE FROM document_labels WHERE classifier = ?", (classifier,)).rowcount


# -- reading and filtering ----------------------------------------------------------------------

def label_counts(store: Store) -> dict[str, dict[str, int]]:
    """classifier -> label -> how many indexed documents carry it."""
    counts: dict[str, dict[str, int]] = {}
    for row in store.query("""SELECT classifier, label, COUNT(*) AS n FROM document_labels
                              GROUP BY classifier, label ORDER BY classifier, label"""):
        counts.setdefault(row["classifier"], {})[row["label"]] = row["n"]
    return counts


def filtered_documents(classifiers: ClassifierStore, store: Store, labels: LabelFilter) -> set[int] | None:
    """The ids of the documents the filter allows (None: no filter), or an error that says what to do:
    a classifier that does not exist, a label it does not have, or a label no document carries yet."""
    if not labels:
        return None
    counts = label_counts(store)
    for name, wanted in labels.wanted.items():
        classifier = classifiers.load(name)  # "There is no classifier named ..." with the known ones
        unknown = [label for label in wanted if label not in classifier.labels]
        if unknown:
            raise InvalidInput(f"The classifier '{name}' has no label {', '.join(repr(u) for u in unknown)}; "
                               f"its labels are {', '.join(classifier.labels)}.")
        given = counts.get(name, {})
        if not any(given.get(label) for label in wanted):
            carried = ", ".join(f"{label} {n}" for label, n in given.items())
            now = f" (its labels now: {carried})" if carried else " (it has labelled no document yet)"
            shown = f'"{name}"' if " " in name else name
            raise InvalidInput(f"No document is labelled {' or '.join(wanted)} by '{name}'{now}. Label them with: "
                               f"{LABEL_COMMAND.format(name=shown)} [--folder PATH]")
    allowed = labelled_documents(store, labels.wanted)
    if allowed is not None and not allowed and len(labels.wanted) > 1:
        raise InvalidInput(f"No document is labelled {labels.describe()} at once.")
    return allowed
