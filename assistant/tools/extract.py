"""Ask one question of every document of a folder: one row per document (answer, found, citation).

Each file under the folder (the index's own walk: hidden, generated and vendored files left out) is
read in one isolated child process, under the workspace's time and memory limits, cut into the
index's chunks and embedded in memory. Retrieval is restricted to that one document: its chunks are
ranked against the question by the same hybrid search as the index (BM25 and embedding cosine, fused,
with feedback), and the best passages go through `ask`'s answer path (chat/ask.py `Answer`), so
whether the document answers the question (`found`) and what is cited are Deskmate's attribution,
not the model's: with the bundled model the answer quotes the document's sentences; with a larger
model it is written and attributed sentence by sentence. Nothing is added to the document index; a
file the index already holds, unchanged since (same size and modification time), is not read again:
its stored chunks and vectors are used (embedding them is a third of the work per document).

Question terms are weighed by their rarity among the document's own chunks (the index weighs them over
all its chunks). The table is rewritten atomically (tools/extract_table.py) after a document, whenever
that costs under a tenth of the time since the last write, and always at the end, a stop or Ctrl+C
included: every finished row is kept. Run again with the same question and output, the documents already answered are
skipped (resume); a document that could not be read is tried again. A table made for another
question is never replaced unless asked (overwrite).

extract(...) is a generator: an ExtractProgress per document (i of n, with the finished row), and it
returns the ExtractSummary; stopped (should_stop), it returns the summary so far with stopped=True.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from assistant.chat.ask import Answer, AskResult, answer_style
from assistant.chat.attribution import bm25_idf
from assistant.documents.chunking import Chunk, Chunker
from assistant.documents.keywords import KeywordIndex, encode_terms
from assistant.documents.scanning import scan, shown
from assistant.documents.search import Fusion, Hit, cited_place, feedback, hit_locator
from assistant.errors import DeskmateError, InvalidInput
from assistant.llm.contract import LanguageModel
from assistant.readers import DEFAULT_MAX_BYTES, Document, load_bytes, supported_kind
from assistant.readers.isolated import IsolatedReader, ReadLimits
from assistant.runtime.generators import run_to_end
from assistant.tools.common import ProgressClock, format_seconds
from assistant.tools.extract_table import COLUMNS, check_writable, read_table, write_table

ANSWERED, NOT_READ = "answered", "not read"
NO_TEXT = "no text (empty, or only pictures)"
PASSAGES = 4  # as `deskmate ask` reads (-k)
EMBED_BATCH = 32
SAVE_SHARE = 0.1  # of the run's time, at most this much goes to rewriting the table


@dataclass
class Row:
    """One document's line of the table."""
    file: str  # its path inside the folder
    found: str  # "yes", "no", or "" when it could not be read
    answer: str
    citation: str  # "contract.pdf, page 2; contract.pdf, page 3"
    status: str  # ANSWERED or NOT_READ
    reason: str  # why it could not be read
    question: str

    def cells(self) -> list[str]:
        return [getattr(self, name) for name in COLUMNS]

    @classmethod
    def from_cells(cls, cells: Sequence[str]) -> Row:
        return cls(**dict(zip(COLUMNS, cells)))

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ExtractProgress:
    """Document `done` of `total` has its row (None: the run is starting); `kept` rows came from before."""
    done: int
    total: int
    file: str = ""
    row: Row | None = None
    kept: int = 0
    eta_s: float | None = None
    earlier: list[Row] = field(default_factory=list)  # in the first item: the rows kept from an earlier run

    def describe(self) -> str:
        if self.row is None:
            resumed = f"; {self.kept} already answered in the table" if self.kept else ""
            return f"{self.total} document(s){resumed}"
        outcome = (f"not read ({self.row.reason})" if self.row.status == NOT_READ else
                   f"found ({self.row.citation})" if self.row.found == "yes" else "not found")
        eta = f", about {format_seconds(self.eta_s)} left" if self.eta_s is not None else ""
        return f"Document {self.done} of {self.total}: {self.file}: {outcome}{eta}"

    def to_dict(self) -> dict:
        return {"done": self.done, "total": self.total, "file": self.file, "kept": self.kept, "eta_s": self.eta_s,
                "row": self.row.to_dict() if self.row else None}


@dataclass
class ExtractSummary:
    question: str
    folder: str
    out_path: str
    rows: list[Row] = field(default_factory=list)  # the table's rows, in the folder's order
    kept: int = 0  # rows of an earlier run that were not asked again
    from_index: int = 0  # documents answered from the index's stored chunks (not read again)
    model: str = ""
    style: str = ""
    seconds: float = 0.0
    stopped: bool = False

    def count(self, status: str, found: str | None = None) -> int:
        return sum(r.status == status and (found is None or r.found == found) for r in self.rows)

    @property
    def total(self) -> int:
        return len(self.rows)

    def as_text(self) -> str:
        done = "Stopped: " if self.stopped else ""
        kept = f", {self.kept} kept from the last run" if self.kept else ""
        kept += f", {self.from_index} from the index without reading them again" if self.from_index else ""
        return (f"{done}{self.total} row(s) in {self.out_path}: {self.count(ANSWERED, 'yes')} found, "
                f"{self.count(ANSWERED, 'no')} not found, {self.count(NOT_READ)} not read{kept} "
                f"({self.seconds:.1f} s).")

    def to_dict(self) -> dict:
        return {"question": self.question, "folder": self.folder, "out_path": self.out_path, "model": self.model,
                "style": self.style, "seconds": self.seconds, "stopped": self.stopped, "kept": self.kept,
                "from_index": self.from_index,
                "total": self.total, "found": self.count(ANSWERED, "yes"), "not_found": self.count(ANSWERED, "no"),
                "not_read": self.count(NOT_READ), "rows": [r.to_dict() for r in self.rows]}


def clean_question(question: str) -> str:
    question = " ".join((question or "").split())
    if not question:
        raise InvalidInput("The question is empty: type what to ask of every document.")
    return question


def folder_files(folder: Path, out: Path | None = None) -> list[tuple[Path, str | None]]:
    """The folder's files in order, each with the reason it cannot be opened (None: it can); the table
    itself is left out when it is written inside the folder."""
    if not folder.is_dir():
        what = "does not exist" if not folder.exists() else "is not a folder"
        raise InvalidInput(f"{folder} {what}; choose the folder whose documents to ask.")
    table = out.resolve() if out is not None else None
    found = [(item.path, item.problem) for item in scan(folder)
             if not item.skipped and not (item.is_folder and not item.problem) and item.path.resolve() != table]
    if not found:
        raise InvalidInput(f"The folder {folder} holds no documents Deskmate reads (PDF, Word, Markdown, text, "
                           "...); choose another folder.")
    return sorted(found, key=lambda pair: str(pair[0]))


def earlier_rows(out: Path, question: str, overwrite: bool) -> dict[str, Row]:
    """The rows of an earlier run to keep (by file): none when there is no table or it is overwritten."""
    if overwrite or not out.exists():
        return {}
    rows = [Row.from_cells(cells) for cells in read_table(out)]  # NotATable: never replaced unasked
    others = sorted({r.question for r in rows} - {question})
    if others:
        raise InvalidInput(f"{out.name} holds answers to another question (“{others[0]}”). Choose another output "
                           "file, or start over to replace it (--overwrite).")
    return {r.file: r for r in rows}


class DocumentRetrieval:
    """One document's chunks in memory, ranked against the question like the index ranks them."""

    def __init__(self, chunks: list[Chunk], vectors: np.ndarray):
        self.chunks, self.vectors = chunks, vectors
        blobs, lengths = zip(*(encode_terms(c.text) for c in chunks)) if chunks else ((), ())
        self.keywords = KeywordIndex(list(blobs), np.asarray(lengths, dtype=np.float32))

    def idf(self, term: int) -> float:
        """How rare a term is among this document's chunks (BM25 idf), as `ask` weighs it in the index."""
        keys = self.keywords.keys
        where = int(np.searchsorted(keys, term))
        held = where < len(keys) and int(keys[where]) == term
        return bm25_idf(int(self.keywords.ends[where] - self.keywords.starts[where]) if held else 0, self.keywords.n)

    def hits(self, question: str, vector: np.ndarray, path: Path, k: int) -> list[Hit]:
        if not self.chunks:
            return []
        dense = self.vectors @ vector
        scores, rows = feedback(self.vectors, vector, dense, self.keywords.scores(question), Fusion())
        order = np.argsort(-scores, kind="stable")
        hits: list[Hit] = []
        seen: set[str] = set()
        for position in order.tolist():
            chunk = self.chunks[int(rows[position])]
            if chunk.text_hash in seen:
                continue
            seen.add(chunk.text_hash)
            locator = hit_locator(json.dumps(chunk.locator) if chunk.locator else None, chunk.page,
                                  chunk.char_start, chunk.char_end)
            hits.append(Hit(int(rows[position]), 0, str(path), chunk.page, chunk.text,
                            round(float(scores[position]), 4), chunk.char_start, chunk.char_end, [],
                            chunk.label, locator))
            if len(hits) == k:
                break
        return hits


def stored_chunks(index, path: Path) -> tuple[list[Chunk], np.ndarray] | None:
    """The chunks and vectors `index` (a DocumentIndex) holds for the file, if it is indexed and unchanged."""
    row = index.document_by_path(path)
    if row is None or row["status"] != "indexed":
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    if (row["size"], row["mtime_ns"]) != (info.st_size, info.st_mtime_ns):
        return None
    rows = index.store.query("""SELECT page, char_start, char_end, text, vector, label, locator FROM chunks
                                WHERE document_id = ? ORDER BY ordinal""", (row["id"],))
    if not rows:  # a near-duplicate searched through its twin, or no text: read it
        return None
    chunks = [Chunk(r["page"], r["char_start"], r["char_end"], r["text"], [], r["label"],
                    json.loads(r["locator"]) if r["locator"] else None) for r in rows]
    vectors = np.frombuffer(b"".join(r["vector"] for r in rows), dtype=np.float32).reshape(len(rows), -1)
    return chunks, vectors


class Table:
    """The table's rows, saved atomically: after a row when saving costs little beside the time since the
    last save (an XLSX of 200 rows takes a quarter of a second to write), and always at the end."""

    def __init__(self, path: Path, names: list[str], before: dict[str, Row]):
        self.path, self.names = path, names
        self.rows = {name: before[name] for name in names if name in before and before[name].status == ANSWERED}
        present = set(names)
        self.gone = [row for name, row in before.items() if name not in present]  # files since removed: kept
        self.unsaved, self.saved_at, self.save_seconds = False, 0.0, 0.0

    def ordered(self) -> list[Row]:
        return [self.rows[name] for name in self.names if name in self.rows] + self.gone

    def put(self, name: str, row: Row) -> None:
        self.rows[name], self.unsaved = row, True
        if time.perf_counter() - self.saved_at >= self.save_seconds / SAVE_SHARE:
            self.save()

    def save(self) -> None:
        started = time.perf_counter()
        write_table(self.path, [row.cells() for row in self.ordered()])
        self.saved_at = time.perf_counter()
        self.save_seconds, self.unsaved = self.saved_at - started, False

    def save_unsaved(self) -> None:
        if self.unsaved:
            self.save()


class Extraction:
    """The run: read, retrieve and answer each document in turn; `run()` is the generator extract returns."""

    def __init__(self, engine: LanguageModel, settings, embedder, question: str, folder: Path, out: Path, *,
                 limits: ReadLimits | None, max_bytes: int, k: int, style: str, max_tokens: int | None,
                 overwrite: bool, should_stop: Callable[[], bool], index=None):
        self.engine, self.settings, self.embedder = engine, settings, embedder
        self.question, self.folder, self.out = question, folder, out
        self.limits, self.max_bytes, self.k, self.style = limits, max_bytes, k, style
        self.max_tokens, self.overwrite, self.should_stop = max_tokens, overwrite, should_stop
        self.index = index  # a DocumentIndex whose stored chunks may be used (None: read every file)
        self.from_index = 0
        self.chunker = Chunker(embedder.tokenizer)
        self.vector: np.ndarray | None = None

    def run(self) -> Generator[ExtractProgress, None, ExtractSummary]:
        started = time.perf_counter()
        files = folder_files(self.folder, self.out)
        check_writable(self.out)
        before = earlier_rows(self.out, self.question, self.overwrite)
        names = [shown(path.relative_to(self.folder)) for path, _ in files]
        table = Table(self.out, names, before)
        summary = ExtractSummary(self.question, str(self.folder), str(self.out), kept=len(table.rows),
                                 model=self.engine.name, style=answer_style(self.engine, self.style))
        todo = [(path, problem, name) for (path, problem), name in zip(files, names) if name not in table.rows]
        table.save()
        yield ExtractProgress(len(table.rows), len(files), kept=summary.kept, earlier=table.ordered())
        clock = ProgressClock(len(todo))
        try:
            with IsolatedReader(self.limits) as reader:
                for number, (path, problem, name) in enumerate(todo, 1):
                    if self.should_stop():
                        summary.stopped = True
                        break
                    table.put(name, self._row(reader, path, problem, name))
                    yield ExtractProgress(len(table.rows), len(files), name, table.rows[name], summary.kept,
                                          clock.progress("", number).eta_s)
        finally:  # stopped, Ctrl+C (KeyboardInterrupt or the generator closed) or an error: every row is kept
            table.save_unsaved()
        summary.rows, summary.from_index = table.ordered(), self.from_index
        summary.seconds = round(time.perf_counter() - started, 2)
        return summary

    def _row(self, reader: IsolatedReader, path: Path, problem: str | None, name: str) -> Row:
        stored = stored_chunks(self.index, path) if self.index is not None and problem is None else None
        if stored is not None and stored[1].shape[1] == self.embedder.dimensions:
            self.from_index += 1
            result = self.answer_from(*stored, path)
        else:
            document = problem or self._read(reader, path)
            if isinstance(document, str):
                return Row(name, "", "", "", NOT_READ, document, self.question)
            result = self.answer(document, path)
        return Row(name, "yes" if result.found else "no", answer_text(result) if result.found else "",
                   citation_text(result) if result.found else "", ANSWERED, "", self.question)

    def _read(self, reader: IsolatedReader, path: Path) -> Document | str:
        """The document, or the reason it cannot be read."""
        try:
            supported_kind(path)
            document = reader.parse(path, load_bytes(path, self.max_bytes))
        except DeskmateError as exc:
            return getattr(exc, "reason", None) or str(exc)
        return document if document.text.strip() else NO_TEXT

    def answer(self, document: Document, path: Path) -> AskResult:
        """`ask`'s answer to the question from this document's best passages alone."""
        chunks = self.chunker.chunk_pages(document.pages)
        return self.answer_from(chunks, self._embed(chunks), path)

    def answer_from(self, chunks: list[Chunk], vectors: np.ndarray, path: Path) -> AskResult:
        """The answer from a document's chunks and their vectors."""
        if self.vector is None:
            self.vector = self.embedder.embed([self.question])[0]
        retrieval = DocumentRetrieval(chunks, vectors)
        hits = retrieval.hits(self.question, self.vector, path, self.k)
        answer = Answer(self.engine, self.settings, self.question, hits, self.max_tokens, embedder=self.embedder,
                        idf=retrieval.idf, style=self.style)
        return run_to_end(answer.pieces())

    def _embed(self, chunks: list[Chunk]) -> np.ndarray:
        vectors = np.zeros((len(chunks), self.embedder.dimensions), dtype=np.float32)
        order = np.argsort([len(c.token_ids) for c in chunks], kind="stable")  # batches of similar length
        for start in range(0, len(order), EMBED_BATCH):
            rows = order[start:start + EMBED_BATCH]
            vectors[rows] = self.embedder.embed_token_ids([chunks[row].token_ids for row in rows])
        return vectors


def answer_text(result: AskResult) -> str:
    """The answer as a table cell: the quoted or supported sentences, without [n] marks or the intro (each
    quote on a line of its own: they may come from different pages)."""
    sentences = [s for s in result.sentences if s["supported"]]
    quotes = [s for s in result.sentences if s.get("quote")]
    if result.style == "quote" or not sentences:
        return "\n".join(s["text"].strip() for s in quotes or sentences)
    return " ".join(s["text"].strip() for s in sentences)


def citation_text(result: AskResult) -> str:
    """Where the answer stands: "file, page N" (or the unit's label) for each cited passage."""
    places = [f"{Path(s['path']).name}, {cited_place(s.get('label'), s['page'])}" for s in result.sources
              if s["n"] in result.cited]
    return "; ".join(dict.fromkeys(places))


def extract(engine: LanguageModel, settings, embedder, question: str, folder: str | Path, out: str | Path, *,
            limits: ReadLimits | None = None, max_bytes: int = DEFAULT_MAX_BYTES, k: int = PASSAGES,
            style: str = "auto", max_tokens: int | None = None, overwrite: bool = False,
            should_stop: Callable[[], bool] | None = None, index=None) -> Generator[ExtractProgress, None, ExtractSummary]:
    """Progress per document; returns the ExtractSummary once the table holds every row.

    `settings` are the workspace's (system prompt, sampling, max_tokens); `embedder` the index's; `index`
    the workspace's DocumentIndex, whose stored chunks are used for files it holds unchanged (None: read all).
    Raises InvalidInput for an empty question, a missing or empty folder, an output that is not .csv
    or .xlsx or cannot be written, and a table made for another question (unless overwrite)."""
    if k < 1:
        raise InvalidInput("-k must be at least 1.")
    run = Extraction(engine, settings, embedder, clean_question(question), Path(folder).expanduser(),
                     Path(out).expanduser(), limits=limits, max_bytes=max_bytes, k=k, style=style,
                     max_tokens=max_tokens, overwrite=overwrite, should_stop=should_stop or (lambda: False),
                     index=index)
    return (yield from run.run())
