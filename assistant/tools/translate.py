"""Translate text and documents with the loaded model, segment by segment, keeping the structure.

Markdown is cut into blocks (markdown_blocks.py): code stays byte-identical, headings, list items,
quotes and table cells keep their markers, and only words go to the model, one paragraph (or a
sentence group of a long paragraph) per call. PDF and DOCX pages are marked ("--- p. 3 ---").
A glossary is applied to every segment: terms are replaced before the model sees them and checked after.

translate(...) yields Progress and the translated text in pieces (in order), and returns a TranslationResult.
When the loaded model is too small to translate (the bundled 135M one), the result carries a warning
that the GUI and CLI show next to the text.
"""
from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.errors import InvalidInput
from assistant.llm.contract import LanguageModel
from assistant.readers import Document
from assistant.tools.chunks import pack, trim_to_tokens
from assistant.tools.common import Progress, ProgressClock, Stopped, check_text, model_warning
from assistant.tools.languages import LANGUAGES, detect_language, resolve_language
from assistant.tools.markdown_blocks import Block, needs_translation, parse, rebuild_row, table_cells

SEGMENT_TOKENS = 200  # small segments: a small model keeps a short paragraph together best
# A translated paragraph must not start like a heading, list item, quote, table row or code fence.
BLOCK_START = re.compile(r"^(?:(\d{1,9})([.)])|#|[-*+>|]|`{3}|~{3})")


@dataclass
class TranslationResult:
    text: str
    source_language: str
    detected: bool
    detection_confidence: float
    target_language: str
    segments: int = 0
    model_calls: int = 0
    seconds: float = 0.0
    glossary_terms: int = 0
    glossary_missed: list = field(default_factory=list)
    model: str = ""
    warning: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def read_glossary(path: str | Path) -> dict[str, str]:
    """`term = translation`, `term<TAB>translation` or a two-column CSV, one term a line."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"The glossary {path} does not exist.")
    text = path.read_text(encoding="utf-8-sig")
    glossary = {}
    for number, row in enumerate(_glossary_rows(text, path.suffix.lower()), start=1):
        if len(row) != 2 or not row[0].strip() or not row[1].strip():
            raise InvalidInput(f"{path.name}, line {number}: write one 'term = translation' a line.")
        glossary[row[0].strip()] = row[1].strip()
    return glossary


def _glossary_rows(text: str, suffix: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if suffix == ".csv":
        return list(csv.reader(io.StringIO("\n".join(lines))))
    return [re.split(r"\s*(?:\t|=|→|->)\s*", line.strip(), maxsplit=1) for line in lines]


def apply_glossary(text: str, glossary: dict[str, str]) -> str:
    for term in sorted(glossary, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", glossary[term], text, flags=re.IGNORECASE)
    return text


class Translator:
    def __init__(self, engine: LanguageModel, target: str, source: str | None = None, glossary: dict | None = None,
                 should_stop: Callable[[], bool] | None = None, max_tokens: int | None = None):
        self.engine, self.target = engine, resolve_language(target)
        self.max_tokens = max_tokens
        self.source = resolve_language(source) if source else None
        self.glossary = glossary or {}
        self.should_stop = should_stop or (lambda: False)
        self.calls = 0
        self.missed: set[str] = set()

    def _messages(self, source: str, text: str) -> list[dict]:
        rule = ("Use these fixed translations: " + "; ".join(f"{k} = {v}" for k, v in self.glossary.items())
                + ". ") if self.glossary else ""
        return [{"role": "system", "content": f"You translate {LANGUAGES[source]} text into "
                 f"{LANGUAGES[self.target]}. Keep numbers and names as they are. {rule}Reply with the "
                 "translation only."}, {"role": "user", "content": text}]

    def translate_segment(self, source: str, text: str) -> str:
        """One segment: glossary in, model call within the context, glossary checked out."""
        if not needs_translation(text):
            return text
        prepared = apply_glossary(text, self.glossary)
        overhead = self.engine.count_prompt_tokens(self._messages(source, ""))
        room = self.engine.n_ctx - overhead
        prepared = trim_to_tokens(prepared, room // 3, self.engine.count_tokens)
        wanted = min(2 * self.engine.count_tokens(prepared) + 16, self.max_tokens or 1 << 30)
        messages = self._messages(source, prepared)
        max_tokens = max(1, min(wanted, self.engine.n_ctx - self.engine.count_prompt_tokens(messages)))
        self.calls += 1
        out = "".join(self.engine.stream(messages, max_tokens=max_tokens, temperature=0.0,
                                         should_stop=self.should_stop)).strip()
        if self.should_stop():
            raise Stopped()
        out = apply_glossary(out, {k: v for k, v in self.glossary.items() if k.lower() != v.lower()})
        self.missed |= {k for k, v in self.glossary.items()
                        if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", text, re.IGNORECASE)
                        and v.lower() not in out.lower()}
        return out

    def segments(self, block: Block) -> list[str]:
        if block.kind == "paragraph":
            return pack(re.split(r"(?<=[.!?])\s+", block.text.replace("\n", " ")), SEGMENT_TOKENS,
                        self.engine.count_tokens, " ")
        return [block.text]

    def translate_block(self, source: str, block: Block) -> str:
        if block.kind in ("blank", "code", "table_rule"):
            return block.source
        if block.kind == "table_row":
            cells = [cell if not needs_translation(cell) else
                     _keep_spacing(cell, one_line(self.translate_segment(source, cell.strip())).replace("|", "/"))
                     for cell in table_cells(block.lines[0])]
            return rebuild_row(block.lines[0], cells)
        words = one_line(" ".join(self.translate_segment(source, s) for s in self.segments(block)))
        if block.kind == "paragraph":
            words = BLOCK_START.sub(escape_marker, words, count=1)
        return f"{block.prefix}{words}{block.suffix}"

    def run(self, document: Document) -> Generator[Progress | str, None, TranslationResult]:
        started = time.perf_counter()
        detection = detect_language(document.text)
        source = self.source or (detection.code if detection.code in LANGUAGES else "en")
        pages = [(page.number, parse(page.text)) for page in document.pages]
        mark_pages = document.kind in ("pdf", "docx") and len(pages) > 1
        total = sum(1 for _, blocks in pages for b in blocks if has_words(b))
        clock, done, out = ProgressClock(max(total, 1)), 0, []
        for number, blocks in pages:
            if mark_pages:
                out.append(f"--- p. {number} ---\n")
                yield out[-1]
            for index, block in enumerate(blocks):
                if has_words(block):
                    yield clock.progress("Translating segment", done)
                    done += 1
                piece = block.source if source == self.target else self.translate_block(source, block)
                out.append(piece + ("\n" if index < len(blocks) - 1 else ""))
                yield out[-1]
            if mark_pages:
                out.append("\n\n")
                yield out[-1]
        yield clock.progress("Translating segment", done)
        return TranslationResult("".join(out), source, self.source is None, detection.confidence, self.target,
                                total, self.calls, round(time.perf_counter() - started, 2), len(self.glossary),
                                sorted(self.missed), self.engine.name,
                                self._warning(source))

    def _warning(self, source: str) -> str | None:
        if source == self.target:
            return f"The text is already in {LANGUAGES[source]}; it was left as it is."
        notes = [model_warning(self.engine, "translate")]
        if self.missed:
            notes.append(f"The model left out these glossary terms somewhere: {', '.join(sorted(self.missed))}.")
        return " ".join(note for note in notes if note) or None


def has_words(block: Block) -> bool:
    if block.kind == "table_row":
        return any(needs_translation(cell) for cell in table_cells(block.lines[0]))
    return needs_translation(block.text)


def escape_marker(match: re.Match) -> str:
    return f"{match.group(1)}\\{match.group(2)}" if match.group(1) else "\\" + match.group(0)


def one_line(text: str) -> str:
    """A translation put back in the place of one block: one line, so no new heading, item or row appears."""
    return " ".join(text.split())


def _keep_spacing(cell: str, words: str) -> str:
    left = cell[: len(cell) - len(cell.lstrip())]
    right = cell[len(cell.rstrip()):]
    return f"{left}{words}{right}"


def translate(engine: LanguageModel, document: Document, target: str, source: str | None = None, glossary: dict | None = None,
              should_stop: Callable[[], bool] | None = None,
              max_tokens: int | None = None) -> Generator[Progress | str, None, TranslationResult]:
    """Progress items and the translated text in pieces; returns the TranslationResult. Raises Stopped if stopped.

    max_tokens caps each segment's reply (by default twice the segment's length, plus a little).
    """
    translator = Translator(engine, target, source, glossary, should_stop, max_tokens)
    check_text(document.text)
    return (yield from translator.run(document))
