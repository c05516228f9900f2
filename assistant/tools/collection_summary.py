"""Summarize every document of a folder by map-reduce, saying which documents were covered.

Map: each file under the folder (the index's own walk, generated and vendored files left out) is
read by the readers in one isolated child process, under its time and memory limits, and summarized
as a single file is (tools/summarize.py): quoted when the model is too small to write, written
otherwise, each sentence with its pages. A file that cannot be read (an unsupported type, a
password, no text, a reader that ran out of time) is listed with the reason, never skipped silently.

Reduce: the collection summary is made from the documents' summaries. Quoted: their most central
sentences that repeat none before them. Written: the model combines the summaries (in groups when
they do not fit) and the result is attributed to the documents' pages like any summary. Every
sentence cites file and page.

summarize_folder(...) is a generator: Progress per document ("Summarizing document 3 of 20"), then
the collection's text; it returns the CollectionSummary. Stopped between documents, it keeps nothing.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

from assistant.documents import DocumentStatus
from assistant.documents.index import DocumentIndex
from assistant.documents.scanning import scan
from assistant.errors import DeskmateError, InvalidInput
from assistant.llm.contract import LanguageModel
from assistant.readers import Document, Page, load_bytes, supported_kind
from assistant.readers.isolated import IsolatedReader
from assistant.runtime.generators import run_to_end
from assistant.tools.common import MAX_INPUT_BYTES, Progress, ProgressClock, Stopped, model_warning
from assistant.tools.summarize import LENGTHS, QUOTES, Summarizer, choose_style, quote_warning, summarize
from assistant.tools.summary_sentences import Cleaned, Place, attribute_summary, pick_central, places_of

R = TypeVar("R")
DOCUMENT_LENGTH = "short"  # each document's own summary, in the map step
NO_TEXT = "no text to summarize (empty, or only pictures)"


class CollectionSummarizer(Summarizer):
    subject = "collection of documents"
    combined = "These are summaries of the documents of one folder, each after its file name. "


@dataclass
class Coverage:
    """One file of the folder: summarized (covered) or not, and why not."""
    path: str
    covered: bool
    reason: str | None = None
    pages: int = 0
    summary: str = ""
    sentences: list = field(default_factory=list)  # SummarySentence.to_dict(), with file and page

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass
class CollectionSummary:
    folder: str
    summary: str
    sentences: list
    documents: list[Coverage]
    style: str
    length: str
    model: str
    model_calls: int = 0
    seconds: float = 0.0
    warning: str | None = None

    @property
    def covered(self) -> int:
        return sum(d.covered for d in self.documents)

    def coverage_line(self) -> str:
        total = len(self.documents)
        if self.covered == total:
            return f"Covered all {total} documents of {self.folder}."
        return f"Covered {self.covered} of {total} documents of {self.folder}; not covered:"

    def as_text(self, with_warning: bool = True) -> str:
        parts = [self.summary.strip(), self.coverage_line()]
        missed = [f"- {d.name}: {d.reason}" for d in self.documents if not d.covered]
        if missed:
            parts[-1] += "\n" + "\n".join(missed)
        parts.append("Each document:\n" + "\n".join(f"- {d.name}: {d.summary}" for d in self.documents
                                                     if d.covered))
        if self.warning and with_warning:
            parts.append(f"Note: {self.warning}")
        return "\n\n".join(parts)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(covered=self.covered, total=len(self.documents))
        for entry, document in zip(data["documents"], self.documents):
            entry["name"] = document.name
        return data


Source = Path | Document | Coverage  # a file to read, a document the index holds, or one not to summarize


def folder_files(folder: Path) -> list[Source]:
    """The folder's files in order, or a Coverage with the reason when one cannot be opened."""
    if not folder.is_dir():
        raise InvalidInput(f"{folder} is not a folder; give the folder whose documents to summarize.")
    found: list[Source] = []
    for item in scan(folder):
        if item.skipped or item.is_folder and not item.problem:
            continue
        found.append(Coverage(str(item.path), False, item.problem) if item.problem else item.path)
    if not found:
        raise InvalidInput(f"The folder {folder} holds no files: choose a folder with documents in it.")
    return sorted(found, key=lambda f: str(f.path if isinstance(f, Coverage) else f))


def read_one(reader: IsolatedReader, path: Path) -> Document | str:
    """The document, or the reason it cannot be summarized."""
    try:
        supported_kind(path)
        document = reader.parse(path, load_bytes(path, MAX_INPUT_BYTES * 10))
    except DeskmateError as exc:
        return getattr(exc, "reason", None) or str(exc)
    return document if document.text.strip() else NO_TEXT


class FolderSummary:
    """The map and reduce steps; `run()` is the generator summarize_folder returns."""

    def __init__(self, engine: LanguageModel, folder: Path, length: str, focus: str, style: str, embedder,
                 should_stop: Callable[[], bool], max_tokens: int | None):
        self.engine, self.folder, self.length, self.focus = engine, folder, length, focus
        self.style, self.embedder = choose_style(engine, style), embedder
        self.should_stop, self.max_tokens = should_stop, max_tokens
        self.places: list[Place] = []
        self.calls = 0

    def run(self, sources: list[Source] | None = None) -> Generator[Progress | str, None, CollectionSummary]:
        started = time.perf_counter()
        documents = yield from self._map(folder_files(self.folder) if sources is None else sources)
        if not any(d.covered for d in documents):
            reasons = "; ".join(f"{d.name}: {d.reason}" for d in documents[:5])
            raise InvalidInput(f"Nothing in {self.folder} could be summarized ({reasons}). Choose a folder with "
                               "documents Deskmate reads (PDF, Word, Markdown, text ...).")
        yield Progress("Writing the collection summary", 0, 1)
        cleaned = yield from self._reduce(documents)
        text = cleaned.text(with_file=True, bullets=self.length == "bullets")
        yield text
        warning = quote_warning(self.engine) if self.style == "quote" else model_warning(self.engine, "summarize")
        return CollectionSummary(str(self.folder), text, [s.to_dict() for s in cleaned.sentences], documents,
                                 self.style, self.length, self.engine.name, self.calls,
                                 round(time.perf_counter() - started, 2), warning)

    def _map(self, sources: list[Source]) -> Generator[Progress, None, list[Coverage]]:
        clock, documents = ProgressClock(len(sources)), []
        with IsolatedReader() as reader:
            for index, item in enumerate(sources):
                if self.should_stop():
                    raise Stopped()
                yield clock.progress("Summarizing document", index)
                if isinstance(item, Coverage):
                    documents.append(item)
                elif isinstance(item, Document):
                    documents.append(self._one(item, Path(str(item.path))))
                else:
                    read = read_one(reader, item)
                    documents.append(Coverage(str(item), False, read) if isinstance(read, str) else
                                     self._one(read, item))
        yield clock.progress("Summarizing document", len(sources))
        return documents

    def _one(self, document: Document, path: Path) -> Coverage:
        places = places_of(document, path.name)
        self.places += places
        result = run_to_end(summarize(self.engine, document, DOCUMENT_LENGTH, self.focus, self.should_stop,
                                      self.max_tokens, self.embedder, self.style))
        self.calls += result.model_calls
        sentences = [dict(s, places=[dict(p, file=path.name) for p in s["places"]]) for s in result.sentences]
        return Coverage(str(path), True, None, len(document.pages), result.summary, sentences)

    def _reduce(self, documents: list[Coverage]) -> Generator[Progress | str, None, Cleaned]:
        if self.style == "quote":
            return Cleaned(pick_central(self._quoted(documents), QUOTES[self.length], self.embedder))
        pages = [Page(i + 1, f"{d.name}: {d.summary}") for i, d in enumerate(d for d in documents if d.covered)]
        summarizer = CollectionSummarizer(self.engine, self.length, self.focus, self.should_stop, self.max_tokens)
        result = yield from _progress_only(summarizer.run(Document(None, "collection", pages)))
        self.calls += summarizer.calls
        return attribute_summary(result.raw_summary, self.places, self.embedder)

    def _quoted(self, documents: list[Coverage]) -> list[tuple[str, Place]]:
        by_key = {(p.file, p.page): p for p in self.places}
        return [(s["text"], by_key[(p["file"], p["page"])]) for d in documents if d.covered
                for s in d.sentences for p in s["places"][:1]]


def _progress_only(steps: Generator[Progress | str, None, R]) -> Generator[Progress, None, R]:
    """The generator's Progress items (its streamed text is left out); returns what it returned."""
    while True:
        try:
            item = next(steps)
        except StopIteration as done:
            return done.value
        if isinstance(item, Progress):
            yield item


def indexed_documents(index: DocumentIndex, folder: str | Path | None) -> list[Source]:
    """The indexed documents (under `folder`, if given) as the index holds them, pages and labels from
    their chunks; one that failed to index is listed with the index's reason."""
    inside = index.document_ids_in([str(folder)]) if folder else None
    found: list[Source] = []
    for info in index.documents():
        if inside is not None and info.id not in inside:
            continue
        if info.status != DocumentStatus.INDEXED:
            found.append(Coverage(info.path, False, info.reason or info.status.value))
            continue
        rows = index.store.query("SELECT page, label, text FROM chunks WHERE document_id = ? ORDER BY ordinal",
                                 (info.id,))
        found.append(Document(Path(info.path), info.kind or "text", _pages(rows)) if rows else
                     Coverage(info.path, False, NO_TEXT))
    if not found:
        where = f"under {folder}" if folder else "in the index"
        raise InvalidInput(f"No documents are indexed {where}: add them with 'deskmate index add FOLDER' first.")
    return found


def _pages(rows: list[dict]) -> list[Page]:
    """Chunks joined into their pages, in order."""
    pages: dict[int, Page] = {}
    for row in rows:
        page = pages.setdefault(row["page"], Page(row["page"], "", row["label"]))
        page.text = f"{page.text}\n\n{row['text']}" if page.text else row["text"]
    return list(pages.values())


def summarize_indexed(engine: LanguageModel, index: DocumentIndex, folder: str | Path | None = None,
                      length: str = "medium", focus: str = "", style: str = "auto", embedder=None,
                      should_stop: Callable[[], bool] | None = None,
                      max_tokens: int | None = None) -> Generator[Progress | str, None, CollectionSummary]:
    """summarize_folder over the documents the index holds (under `folder`), without reading the files again."""
    if length not in LENGTHS:
        raise InvalidInput(f"Unknown length '{length}'; choose one of {', '.join(LENGTHS)}.")
    sources = indexed_documents(index, folder)
    summary = FolderSummary(engine, Path(folder).expanduser() if folder else Path("the index"), length, focus,
                            style, embedder or index.embedder, should_stop or (lambda: False), max_tokens)
    return (yield from summary.run(sources))


def summarize_folder(engine: LanguageModel, folder: str | Path, length: str = "medium", focus: str = "",
                     style: str = "auto", embedder=None, should_stop: Callable[[], bool] | None = None,
                     max_tokens: int | None = None) -> Generator[Progress | str, None, CollectionSummary]:
    """Progress per document, then the collection summary's text; returns the CollectionSummary.

    Raises InvalidInput for an empty folder or one with nothing readable, Stopped when stopped."""
    if length not in LENGTHS:
        raise InvalidInput(f"Unknown length '{length}'; choose one of {', '.join(LENGTHS)}.")
    summary = FolderSummary(engine, Path(folder).expanduser(), length, focus, style, embedder,
                            should_stop or (lambda: False), max_tokens)
    return (yield from summary.run())
