"""Summarize text of any length with the loaded model: map-reduce with every prompt budgeted in tokens.

A document that fits the context is summarized in one call. A longer one is cut into chunks on
paragraph boundaries (each chunk remembers its pages), each chunk is summarized, and the partial
summaries are combined (recursively, in groups that fit) into one summary. The result keeps the
page ranges ("p. 12–14") of what each part covers, so the user can check.

The written summary then goes through tools/summary_sentences.py: each sentence carries the pages
that support it, repeated sentences are removed and unsupported ones marked (or removed when they
state a figure or name the document does not hold). With a model too small to write a summary
(style "auto" under TOO_SMALL["summarize"] parameters, or "quote"), the summary quotes the
document's most central sentences instead, each with its page, and the model is not called.

summarize(...) is a generator: it yields Progress items (chunk i of n, ETA), then the final summary's
text pieces as they stream, and returns the SummaryResult. Nothing is returned until the very end, so
stopping mid-way leaves nothing half-written.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import asdict, dataclass, field

from assistant.errors import InvalidInput
from assistant.llm.contract import LanguageModel
from assistant.readers import Document
from assistant.tools.chunks import Chunk, chunk_pages, page_label, trim_to_tokens
from assistant.tools.common import MODEL_MANAGER_HINT, TOO_SMALL, Progress, ProgressClock, Stopped, model_warning
from assistant.tools.summary_sentences import Cleaned, Place, attribute_summary, extract_summary, places_of

LENGTHS = {
    "short": ("in two or three sentences", 120),
    "medium": ("in one paragraph of about 150 words", 300),
    "bullets": ("as five to eight short bullet points, each starting with '- '", 300),
}
STYLES = ("auto", "quote", "write")
QUOTES = {"short": 3, "medium": 5, "bullets": 7}  # sentences an extractive summary quotes
NOTHING_BACKED = ("None of the sentences the model wrote is backed by the document, so this summary quotes "
                  "the document's own sentences instead.")
PARTIAL_TOKENS = 160
SAFETY_TOKENS = 16
COMBINE = "Combine these partial summaries of one document into one summary of three or four sentences."
COMBINED = "These are summaries of consecutive parts of one document. "
SYSTEM = "You summarize documents faithfully. Use only facts from the text. Do not add opinions."


@dataclass
class SummaryResult:
    summary: str
    sections: list = field(default_factory=list)  # [{"pages": "p. 1–4", "summary": "..."}]
    length: str = "medium"
    focus: str = ""
    chunks: int = 1
    model_calls: int = 0
    max_prompt_tokens: int = 0
    n_ctx: int = 0
    seconds: float = 0.0
    model: str = ""
    warning: str | None = None
    style: str = "write"  # "quote": the document's own sentences; "write": written by the model
    sentences: list = field(default_factory=list)  # SummarySentence.to_dict(): text, pages, supported ...
    raw_summary: str = ""  # what the model wrote, before repeats and invented sentences were removed
    repeats_removed: int = 0
    invented_removed: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    def as_text(self, with_warning: bool = True) -> str:
        parts = [self.summary.strip()]
        if self.sections:
            parts.append("Where it comes from:\n" + "\n".join(f"- {s['pages']}: {s['summary']}" for s in self.sections))
        if self.warning and with_warning:
            parts.append(f"Note: {self.warning}")
        return "\n\n".join(parts)


class Summarizer:
    subject = "document"  # what the final instruction calls the input
    combined = COMBINED  # what the final prompt says when its body is partial summaries

    def __init__(self, engine: LanguageModel, length: str = "medium", focus: str = "",
                 should_stop: Callable[[], bool] | None = None, max_tokens: int | None = None, embedder=None):
        if length not in LENGTHS:
            raise InvalidInput(f"Unknown length '{length}'; choose one of {', '.join(LENGTHS)}.")
        self.engine, self.length, self.focus = engine, length, (focus or "").strip()
        self.embedder = embedder
        self.should_stop = should_stop or (lambda: False)
        self.calls, self.max_prompt = 0, 0
        self.final_tokens = min(LENGTHS[length][1], max_tokens or LENGTHS[length][1])
        self.partial_tokens = min(PARTIAL_TOKENS, max_tokens or PARTIAL_TOKENS)

    # -- prompts ---------------------------------------------------------------------------------

    def _messages(self, instruction: str, body: str) -> list[dict]:
        focus = f" Focus on what it says about: {self.focus}." if self.focus else ""
        return [{"role": "system", "content": SYSTEM},
                {"role": "user", "content": f"{instruction}{focus}\n\n{body}"}]

    def budget(self, instruction: str, max_tokens: int) -> int:
        """Tokens left for the body of a prompt with this instruction and this reply length."""
        overhead = self.engine.count_prompt_tokens(self._messages(instruction, ""))
        return self.engine.n_ctx - overhead - max_tokens - SAFETY_TOKENS

    def _call(self, instruction: str, body: str, max_tokens: int) -> Iterator[str]:
        body = trim_to_tokens(body, self.budget(instruction, max_tokens), self.engine.count_tokens)
        messages = self._messages(instruction, body)
        prompt = self.engine.count_prompt_tokens(messages)
        max_tokens = min(max_tokens, self.engine.n_ctx - prompt)  # never ask for more than fits
        self.calls, self.max_prompt = self.calls + 1, max(self.max_prompt, prompt)
        yield from self.engine.stream(messages, max_tokens=max_tokens, temperature=0.0, should_stop=self.should_stop)
        if self.should_stop():
            raise Stopped()

    def _complete(self, instruction: str, body: str, max_tokens: int) -> str:
        return "".join(self._call(instruction, body, max_tokens)).strip()

    # -- map and reduce --------------------------------------------------------------------------

    def _map(self, chunks: list[Chunk], cite: bool) -> Iterator[Progress | tuple[str, str]]:
        clock = ProgressClock(len(chunks))
        for index, chunk in enumerate(chunks):
            yield clock.progress("Summarizing chunk", index)
            where = f" ({page_label(chunk.first_page, chunk.last_page)})" if cite else ""
            text = self._complete(f"Summarize this part of a longer document{where} in two or three sentences.",
                                  chunk.text, self.partial_tokens)
            yield (page_label(chunk.first_page, chunk.last_page), text)
        yield clock.progress("Summarizing chunk", len(chunks))

    def _reduce_once(self, parts: list[tuple[int, int, str]], budget: int) -> Iterator[Progress | tuple]:
        groups = group_to_budget(parts, budget, self.engine.count_tokens)
        clock = ProgressClock(len(groups))
        for index, group in enumerate(groups):
            yield clock.progress("Combining summaries", index)
            text = self._complete(COMBINE, join_parts(group), self.partial_tokens)
            yield (group[0][0], group[-1][1], text)

    def run(self, document: Document) -> Generator[Progress | str, None, SummaryResult]:
        started = time.perf_counter()
        cite = document.kind not in ("pasted",)
        instruction = f"Summarize this {self.subject} {LENGTHS[self.length][0]}."
        chunks = chunk_pages(document.pages, self.budget(instruction, self.final_tokens), self.engine.count_tokens)
        sections: list[dict] = []
        body = chunks[0].text
        if len(chunks) > 1:
            instruction = self.combined + instruction
            parts = yield from self._map_all(chunks, cite, sections)
            parts = yield from self._reduce_all(parts, self.budget(instruction, self.final_tokens))
            body = join_parts(parts)
        pieces = []
        yield Progress("Writing the summary", 0, 1)
        for piece in self._call(instruction, body, self.final_tokens):
            pieces.append(piece)
            yield piece
        raw = "".join(pieces).strip()
        yield Progress("Checking the summary against the pages", 0, 1)
        cleaned, style, warning = self._checked(raw, places_of(document, _file_name(document)))
        result = SummaryResult(cleaned.text(cite=cite, bullets=self.length == "bullets"), sections if cite else [],
                               self.length, self.focus, len(chunks), self.calls, self.max_prompt, self.engine.n_ctx,
                               round(time.perf_counter() - started, 2), self.engine.name, warning, style,
                               raw_summary=raw)
        return with_sentences(result, cleaned)

    def _checked(self, raw: str, places: list[Place]) -> tuple[Cleaned, str, str | None]:
        """The written summary attributed; the document's own sentences when none of it is backed."""
        cleaned, warning = attribute_summary(raw, places, self.embedder), model_warning(self.engine, "summarize")
        if cleaned.sentences:
            return cleaned, "write", warning
        quoted = extract_summary(places, QUOTES[self.length], self.embedder, self.focus)
        quoted.repeats_removed, quoted.invented_removed = cleaned.repeats_removed, cleaned.invented_removed
        return quoted, "quote", " ".join(filter(None, [NOTHING_BACKED, warning]))

    def _map_all(self, chunks: list[Chunk], cite: bool, sections: list[dict]):
        """Progress items; returns (first page, last page, partial summary) per chunk and fills `sections`."""
        parts: list[tuple[int, int, str]] = []
        for item in self._map(chunks, cite):
            if isinstance(item, Progress):
                yield item
                continue
            sections.append({"pages": item[0], "summary": " ".join(item[1].split())})
            chunk = chunks[len(parts)]
            parts.append((chunk.first_page, chunk.last_page, item[1]))
        return parts

    def _reduce_all(self, parts: list[tuple[int, int, str]], final_budget: int):
        """Combine partial summaries in groups until they fit the final prompt; yields Progress."""
        group_budget = self.budget(COMBINE, self.partial_tokens)
        while len(parts) > 1 and self._parts_tokens(parts) > final_budget:
            combined = []
            for item in self._reduce_once(parts, group_budget):
                if isinstance(item, Progress):
                    yield item
                else:
                    combined.append(item)
            parts = combined
        return parts

    def _parts_tokens(self, parts) -> int:
        return self.engine.count_tokens(join_parts(parts))


def join_parts(parts: list[tuple[int, int, str]]) -> str:
    return "\n\n".join(f"[{page_label(first, last)}] {text}" for first, last, text in parts)


def group_to_budget(parts: list[tuple[int, int, str]], budget: int, count) -> list[list[tuple[int, int, str]]]:
    """Consecutive groups of at least two parts whose joined text fits `budget` tokens."""
    groups: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    used = 0
    for part in parts:
        size = count(join_parts([part])) + 2
        if current and used + size > budget and len(current) >= 2:
            groups.append(current)
            current, used = [], 0
        current.append(part)
        used += size
    if current:
        if len(current) == 1 and groups:
            groups[-1].append(current[0])
        else:
            groups.append(current)
    return groups


def _file_name(document: Document) -> str | None:
    return document.path.name if document.path is not None else None


def with_sentences(result: SummaryResult, cleaned: Cleaned) -> SummaryResult:
    result.sentences = [s.to_dict() for s in cleaned.sentences]
    result.repeats_removed, result.invented_removed = cleaned.repeats_removed, cleaned.invented_removed
    return result


def choose_style(engine: LanguageModel, wanted: str = "auto") -> str:
    """"quote" for "auto" with a model under TOO_SMALL["summarize"] parameters, else what was asked."""
    if wanted not in STYLES:
        raise InvalidInput(f"Unknown summary style '{wanted}'; use one of {', '.join(STYLES)}.")
    if wanted != "auto":
        return wanted
    parameters = engine.parameter_count
    return "quote" if parameters is not None and parameters < TOO_SMALL["summarize"][0] else "write"


def quote_warning(engine: LanguageModel) -> str:
    return (f"{engine.name} is too small to write summaries, so this one quotes the document's most "
            f"representative sentences, each with its page. {MODEL_MANAGER_HINT}")


def quoted_summary(engine: LanguageModel, document: Document, length: str = "medium", focus: str = "",
                   embedder=None) -> SummaryResult:
    """The extractive summary: the document's own most central sentences, each with its page (no model call)."""
    if length not in LENGTHS:
        raise InvalidInput(f"Unknown length '{length}'; choose one of {', '.join(LENGTHS)}.")
    started = time.perf_counter()
    cleaned = extract_summary(places_of(document, _file_name(document)), QUOTES[length], embedder, focus)
    cite = document.kind != "pasted"
    result = SummaryResult(cleaned.text(cite=cite, bullets=length == "bullets"), [], length, focus, 1, 0, 0,
                           engine.n_ctx, round(time.perf_counter() - started, 2), engine.name,
                           quote_warning(engine) if engine.parameter_count else None, "quote")
    return with_sentences(result, cleaned)


def summarize(engine: LanguageModel, document: Document, length: str = "medium", focus: str = "",
              should_stop: Callable[[], bool] | None = None, max_tokens: int | None = None,
              embedder=None, style: str = "auto") -> Generator[Progress | str, None, SummaryResult]:
    """Progress items, then the summary's text pieces; returns the SummaryResult. Raises Stopped if stopped.

    max_tokens caps every model reply (partial and final summaries); by default the length mode decides.
    `embedder` (the index's) sharpens the attribution and the choice of quotes; None: terms alone decide.
    """
    if choose_style(engine, style) == "quote":
        yield Progress("Choosing the document's central sentences", 0, 1)
        result = quoted_summary(engine, document, length, focus, embedder)
        yield result.summary
        return result
    return (yield from Summarizer(engine, length, focus, should_stop, max_tokens, embedder).run(document))

