"""A summary's sentences under the answers' rules: each carries the pages that support it, and repeats go.

A written summary is cut into sentences (chat/attribution.split_sentences). A sentence that says
again what an earlier one said (most of the same content terms, or nearly the same meaning) is
removed: the bundled 135M model repeats itself over a long document. Each remaining sentence is
scored by chat/attribution.Evidence (shared terms and the embedder's similarity) against the
CANDIDATE_PLACES pages whose rarer terms it shares most; a page backs it when the score reaches
attribution's SUPPORTED and the page holds its figures and names (anywhere on the page, not only
in one sentence: a summary joins the facts of neighbouring sentences). A sentence no page backs is
marked; one that states a figure or a name no page holds is removed (it is invented).

An extractive summary (for a model too small to write one) takes the document's own most central
sentences instead, one after another while each adds something new, and cites their own pages.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.chat.attribution import SUPPORTED, Evidence, numbers, split_sentences, terms
from assistant.documents.search import cited_place
from assistant.readers import Document

CANDIDATE_PLACES = 3  # pages per sentence handed to the attribution (the rest share fewer of its terms)
REPEAT_CONTAINED = 0.85  # share of a sentence's content terms an earlier one holds, for a repeat
REPEAT_MEANING = 0.95  # embedding cosine from which two sentences say the same (MiniLM: a paraphrase ~0.9)
SECOND_PLACE = 0.9  # a second supporting page is cited when it scores this share of the best one
MAX_CANDIDATES = 3000  # sentences an extractive summary weighs (spread evenly over a longer document)
NOT_FOUND_MARK = "(not found in the document)"
_ECHOED_PLACE = re.compile(r"\[\s*p\.\s*[\d–-]+\s*\]\s*")  # the map step's "[p. 3–4]" headers
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


@dataclass(frozen=True)
class Place:
    """A citable unit a summary sentence can point to: a page (or slide, sheet rows ...) of a file."""
    file: str | None  # the file's name; None for pasted text
    page: int
    label: str | None
    text: str

    def cite(self, with_file: bool) -> str:
        where = cited_place(self.label, self.page) if self.label else f"p. {self.page}"
        return f"{self.file} {where}" if with_file and self.file else where

    def to_dict(self) -> dict:
        return {"file": self.file, "page": self.page, "label": self.label}


@dataclass
class SummarySentence:
    text: str
    places: list[Place] = field(default_factory=list)
    supported: bool = False
    unsupported_facts: list[str] = field(default_factory=list)
    quote: bool = False  # the document's own sentence (an extractive summary)

    def to_dict(self) -> dict:
        return {"text": self.text, "pages": [p.page for p in self.places],
                "places": [p.to_dict() for p in self.places], "supported": self.supported,
                "unsupported_facts": self.unsupported_facts, "quote": self.quote}

    def render(self, with_file: bool = False, cite: bool = True) -> str:
        if not self.supported:
            return f"{self.text} {NOT_FOUND_MARK}"
        if not cite or not self.places:
            return self.text
        return f"{self.text} ({'; '.join(p.cite(with_file) for p in self.places)})"


@dataclass
class Cleaned:
    """A summary's sentences after attribution, with what was removed."""
    sentences: list[SummarySentence]
    repeats_removed: int = 0
    invented_removed: int = 0

    def text(self, with_file: bool = False, cite: bool = True, bullets: bool = False) -> str:
        rendered = [s.render(with_file, cite) for s in self.sentences]
        return "\n".join(f"- {line}" for line in rendered) if bullets else " ".join(rendered)

    def to_dict(self) -> dict:
        return {"sentences": [s.to_dict() for s in self.sentences], "repeats_removed": self.repeats_removed,
                "invented_removed": self.invented_removed}


def places_of(document: Document, file: str | None = None) -> list[Place]:
    return [Place(file, page.number, page.label, page.text) for page in document.pages if page.text.strip()]


# -- repeats ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Said:
    """What a sentence says, for the repeat check: its content terms and its figures."""
    terms: frozenset
    numbers: frozenset

    @classmethod
    def of(cls, sentence: str) -> Said:
        return cls(frozenset(terms(sentence)), frozenset(numbers(sentence)))


def is_repeat(later: Said, earlier: Said, cosine: float | None = None) -> bool:
    """Whether `later` says nothing `earlier` did not: its figures are all there, and its content terms
    nearly all are (REPEAT_CONTAINED), or it means nearly the same (REPEAT_MEANING). "The budget for the
    library" does not repeat "the budget for the harbour"; "The bridge opens." repeats "The bridge opens
    in May."."""
    if not later.terms or not later.numbers <= earlier.numbers:
        return False
    if cosine is not None and cosine >= REPEAT_MEANING:
        return True
    return len(later.terms & earlier.terms) / len(later.terms) >= REPEAT_CONTAINED


def _embed(embedder, texts: Sequence[str]) -> np.ndarray | None:
    return None if embedder is None or not texts else np.asarray(embedder.embed(list(texts)))


def _cosine(vectors: np.ndarray | None, i: int, j: int) -> float | None:
    return None if vectors is None else float(vectors[i] @ vectors[j])


def without_repeats(sentences: list[str], vectors: np.ndarray | None) -> list[int]:
    """Positions of the sentences kept: each that does not repeat one kept before it."""
    kept: list[int] = []
    said = [Said.of(s) for s in sentences]
    for i in range(len(sentences)):
        if not any(is_repeat(said[i], said[j], _cosine(vectors, i, j)) for j in kept):
            kept.append(i)
    return kept


# -- attribution -----------------------------------------------------------------------------------


class PlaceTerms:
    """Every place's content terms and their rarity across the places (to pick a sentence's candidates)."""

    def __init__(self, places: Sequence[Place]):
        self.places = list(places)
        self.words = [terms(p.text) for p in self.places]
        frequency = Counter(t for words in self.words for t in words)
        total = len(self.places)
        self.idf = {t: math.log(1 + (total - n + 0.5) / (n + 0.5)) for t, n in frequency.items()}

    def candidates(self, sentence: str, count: int = CANDIDATE_PLACES) -> list[int]:
        own = terms(sentence)
        scored = [(sum(self.idf[t] for t in own & words), i) for i, words in enumerate(self.words)]
        return [i for score, i in sorted(scored, key=lambda pair: -pair[0])[:count] if score > 0]


def unwrap(text: str) -> str:
    """Wrapped lines joined again, one paragraph, heading or list item per block ("\n\n" between): a short
    line without a full stop before a capital is a heading; a list item starts after a full stop or an item."""
    out: list[str] = []
    for line in (raw.strip() for raw in text.splitlines()):
        previous = out[-1] if out else ""
        ended = previous[-1:] in ".!?:;"
        starts_item = bool(_BULLET.match(line))
        heading = 0 < len(previous.split()) < 8 and not ended and (line[:1].isupper() or starts_item)
        item = starts_item and (ended or bool(_BULLET.match(previous)))
        if previous and line and not heading and not item:
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return "\n\n".join(block for block in out if block)


def written_sentences(text: str) -> list[str]:
    """A written summary's sentences: wrapped lines joined, the map step's "[p. 3–4]" and list markers
    out, and a last sentence cut off by the reply's length limit left out."""
    pieces = split_sentences(unwrap(_ECHOED_PLACE.sub("", text)))
    found = [plain for piece in pieces if terms(plain := _BULLET.sub("", piece).strip())]
    if len(found) > 1 and found[-1][-1:] not in ".!?…\"'”)":
        found.pop()
    return found


def attribute_summary(text: str, places: Sequence[Place], embedder=None) -> Cleaned:
    """The summary's sentences without repeats, each with the places that support it (see the docstring)."""
    sentences = written_sentences(text)
    vectors = _embed(embedder, sentences)
    kept = without_repeats(sentences, vectors)
    index = PlaceTerms(places)
    numbers_used = sorted({i for k in kept for i in index.candidates(sentences[k])})
    evidence = Evidence([(i, index.places[i].text) for i in numbers_used], embedder)
    attributed = [_attribute(sentences[k], None if vectors is None else vectors[k], evidence, index.places)
                  for k in kept]
    shown = [s for s in attributed if s.supported or not s.unsupported_facts]
    return Cleaned(shown, len(sentences) - len(kept), len(attributed) - len(shown))


def _attribute(sentence: str, vector, evidence: Evidence, places: Sequence[Place]) -> SummarySentence:
    """Pages that back the sentence: the support score reaches SUPPORTED and the page holds its figures
    and names (anywhere on it: a summary joins the facts of neighbouring sentences); else two such pages
    together. A second page is cited only when it backs the sentence by itself nearly as well."""
    scores = evidence.support_scores(sentence, vector) if evidence.passages else {}
    strong = sorted((n for n, score in scores.items() if score >= SUPPORTED), key=lambda n: -scores[n])
    alone = [n for n in strong if not evidence.missing_facts(sentence, [n])]
    if alone:
        cited = [n for n in alone if scores[n] >= SECOND_PLACE * scores[alone[0]]][:2]
        return SummarySentence(sentence, [places[n] for n in cited], True)
    if len(strong) > 1 and not evidence.missing_facts(sentence, strong[:2]):
        return SummarySentence(sentence, [places[n] for n in sorted(strong[:2])], True)
    facts = evidence.missing_facts(sentence, strong[:2])
    return SummarySentence(sentence, [], False, sorted(facts))


# -- extractive summaries --------------------------------------------------------------------------


def readable(sentence: str) -> bool:
    """A sentence of prose worth quoting: 6 to 60 words, mostly letters, ending like a sentence."""
    words = sentence.split()
    letters = sum(c.isalpha() or c.isspace() for c in sentence) / max(len(sentence), 1)
    return 6 <= len(words) <= 60 and letters >= 0.8 and sentence.rstrip()[-1:] in ".!?"


def quotable(places: Sequence[Place]) -> list[tuple[str, Place]]:
    pages = [(place, split_sentences(unwrap(place.text))) for place in places]
    found = [(s, place) for place, sentences in pages for s in sentences if readable(s)]
    if not found:  # notes, lists or a table: their lines are what there is to quote
        found = [(s, place) for place, sentences in pages for s in sentences if len(s.split()) >= 3]
    if len(found) > MAX_CANDIDATES:  # an even spread keeps the whole document in view
        step = len(found) / MAX_CANDIDATES
        found = [found[int(i * step)] for i in range(MAX_CANDIDATES)]
    return found


def central_scores(texts: Sequence[str], vectors: np.ndarray | None) -> np.ndarray:
    """How typical each sentence is of all of them: cosine to their mean, or the share of common terms."""
    if vectors is not None:
        centre = vectors.mean(axis=0)
        return vectors @ (centre / (np.linalg.norm(centre) or 1.0))
    words = [terms(t) for t in texts]
    frequency = Counter(t for w in words for t in w)
    return np.array([sum(frequency[t] for t in w) / (len(w) + 5) for w in words], dtype=float)


def pick_central(candidates: Sequence[tuple[str, Place]], count: int, embedder=None) -> list[SummarySentence]:
    """Up to `count` of the most central sentences that repeat none picked before, in reading order."""
    texts = [text for text, _ in candidates]
    vectors = _embed(embedder, texts)
    order = np.argsort(-central_scores(texts, vectors), kind="stable")
    said = [Said.of(t) for t in texts]
    chosen: list[int] = []
    for i in map(int, order):
        if len(chosen) >= count:
            break
        if not any(is_repeat(said[i], said[j], _cosine(vectors, i, j)) or is_repeat(said[j], said[i])
                   for j in chosen):
            chosen.append(i)
    return [SummarySentence(texts[i], [candidates[i][1]], True, quote=True) for i in sorted(chosen)]


def extract_summary(places: Sequence[Place], count: int, embedder=None, focus: str = "") -> Cleaned:
    """The document's own most central sentences (an extractive summary), each citing its page; with a
    focus, among the sentences that hold one of its terms (all of them when none does)."""
    candidates = quotable(places)
    wanted = terms(focus) if focus.strip() else set()
    focused = [c for c in candidates if terms(c[0]) & wanted]
    return Cleaned(pick_central(focused or candidates, count, embedder))
