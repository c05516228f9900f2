"""Which passage supports each sentence: Deskmate, not the model, decides what an answer cites.

A sentence is compared with every numbered passage in two ways: how many of its content terms
(stemmed, stop words out: the BM25 terms of assistant/documents/keywords.py) the passage holds, and
how close its meaning is to the passage's closest sentence (the bundled embedder's cosine). Their
mean is the support score. A passage supports the sentence when the score reaches SUPPORTED, and a
sentence is supported only when its facts (figures, dates, names) are all in the sentences of those
passages closest to it: a small model copies the wording of a passage and changes the number, or
takes the number of the next sentence. An unsupported sentence's facts are all unsupported.

The same measures rank the passages' own sentences against a question (extractive answers) and say
whether anything in the passages answers it at all (`found`).
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from assistant.documents.keywords import term_hashes

# Measured on benchmarks/answers_cited.py's sentences (the documents' own sentences, reworded, against
# the same sentences with a changed subject and invented ones): see the module docstring there.
SUPPORTED = 0.55
TERM_WEIGHT = 0.5  # the rest is the embedding similarity
# A question is answered by the passages when its best passage sentence scores at least this
# (idf-weighted share of the question's terms, and the embedding similarity).
ANSWERS_QUESTION = 0.5
# A sentence answers a question only if it holds one of the question's focus terms (its terms that are
# not names: "chief executive" in "Who is the chief executive of Northwind?"), or means nearly the same.
SAME_MEANING = 0.75
FOCUS_SHARE = 0.3  # of the focus terms' idf weight, the least a sentence must hold
CONTEXT_WEIGHT = 0.5  # a question term found elsewhere in the sentence's passage, or in its file name
HEADING_WORDS = 3  # a "sentence" this short without a figure is a heading ("Z9 battery."), not an answer
_HOW = re.compile(r"\bhow\s+(?:much|many|long|often|far|early|late|big|old|soon)\b", re.IGNORECASE)

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|No|Fig|approx|incl|p|pp|St)|\b[A-Z])\.$")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12}
# Capitalised words that are not names (sentence openers, pronouns, common heading words).
_NOT_NAMES = frozenset("""i a an the this that these those it its if in on at to of for and or but not no yes
each every all any some when where what which who how why there here then they we you he she our your their
my his her please note see also however also page section chapter table figure step answer question
""".split())


@dataclass
class Sentence:
    """One sentence of an answer and the passages (by number) that support it."""
    text: str
    sources: list[int] = field(default_factory=list)
    supported: bool = False
    score: float = 0.0  # the best passage's support score
    unsupported_facts: list[str] = field(default_factory=list)  # figures, dates, names no cited passage holds
    quote: bool = False  # copied from a passage rather than written by the model

    def to_dict(self) -> dict:
        return asdict(self)


def split_sentences(text: str) -> list[str]:
    """Sentences of prose, list items and paragraphs; abbreviations ("e.g.", "Dr.") do not end one."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start:match.start()].strip()
        if candidate and _ABBREVIATION.search(candidate) and "\n" not in match.group(0):
            continue
        if candidate:
            pieces.append(candidate)
        start = match.end()
    last = text[start:].strip()
    if last:
        pieces.append(last)
    return pieces


def is_heading(text: str) -> bool:
    """A page's or section's heading ("Z9 battery.", "Nimbus maintenance."): it names what follows and
    answers nothing itself, however many of the question's words it holds."""
    return len(_WORD.findall(text)) <= HEADING_WORDS and not numbers(text)


def _number_word(word: str) -> int | None:
    word = word.lower()
    if word in _UNITS:
        return _UNITS.index(word)
    if word in _TENS:
        return _TENS[word]
    if word in _ORDINALS:
        return _ORDINALS[word]
    head, _, tail = word.partition("-")
    if head in _TENS and tail in _UNITS[1:10]:
        return _TENS[head] + _UNITS.index(tail)
    return None


def numbers(text: str) -> set[str]:
    """Figures in the text, digits or words ("twenty-seven" is 27; "1,200" is 1200; "3rd" is 3)."""
    found = {re.sub(r"(st|nd|rd|th)$", "", n).replace(",", "").rstrip(".:") for n in _NUMBER.findall(text)}
    found |= {str(value) for word in _WORD.findall(text) if (value := _number_word(word)) is not None
              and value > 1}  # "one of the ..." and "a second look" are not figures
    return {n for n in found if n}


def names(text: str) -> set[str]:
    """Capitalised words that are not a sentence's first word: names, places, months, products."""
    found = set()
    for sentence in split_sentences(text):
        words = _WORD.findall(sentence)
        for word in words[1:]:
            if word[0].isupper() and word.lower() not in _NOT_NAMES and len(word) > 1:
                found.add(word.strip("'’-"))
    return found


def terms(text: str) -> set[int]:
    """Stemmed content terms (as the keyword index hashes them); one letter ("printer's") is none."""
    plain = re.sub(r"['’]s\b", "", text)
    return set(term_hashes(" ".join(w for w in re.findall(r"\w+", plain) if len(w) > 1 or w.isdigit())))


@dataclass
class _Unit:
    """A passage's sentence with what the measures need."""
    n: int  # the passage number
    text: str
    terms: set[int]
    vector: np.ndarray | None
    context: set[int] = field(default_factory=set)  # the rest of its passage's terms and its file name's


class Evidence:
    """The numbered passages of one answer, cut into sentences with their terms and vectors.

    `embedder` is the workspace's embedder (None: the term overlap alone decides); `idf` weighs a
    question's terms by how rare they are in the whole index (None: all weigh the same)."""

    def __init__(self, passages: Sequence[tuple[int, str]], embedder=None, idf: Callable[[int], float] | None = None,
                 titles: dict[int, str] | None = None):
        self.embedder, self.idf = embedder, idf
        self.passages = {n: text for n, text in passages}
        self._words = {n: terms(text) for n, text in passages}
        titles = titles or {}
        self.units = [_Unit(n, text, terms(text), None, self._words[n] | terms(titles.get(n, "")))
                      for n, passage in passages for text in split_sentences(passage)]
        self._numbers = {n: numbers(text) for n, text in passages}
        if embedder is not None and self.units:
            vectors = embedder.embed([u.text for u in self.units])
            for unit, vector in zip(self.units, vectors):
                unit.vector = vector

    def _vectors(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        if self.embedder is None or not texts:
            return [None] * len(texts)
        return list(self.embedder.embed(list(texts)))

    # -- the answer's sentences ------------------------------------------------------------

    def attribute(self, text: str) -> list[Sentence]:
        """Every sentence of `text` with the passages that support it."""
        sentences = split_sentences(text)
        return [self._attribute_one(s, v) for s, v in zip(sentences, self._vectors(sentences))]

    def support_scores(self, sentence: str, vector: np.ndarray | None) -> dict[int, float]:
        """Support score of every passage for one sentence."""
        own = terms(sentence)
        scores: dict[int, float] = {}
        for n, words in self._words.items():
            overlap = len(own & words) / len(own) if own else 0.0
            similarity = max((float(u.vector @ vector) for u in self.units if u.n == n and u.vector is not None),
                             default=None) if vector is not None else None
            scores[n] = overlap if similarity is None else TERM_WEIGHT * overlap + (1 - TERM_WEIGHT) * similarity
        return scores

    def _attribute_one(self, sentence: str, vector: np.ndarray | None) -> Sentence:
        scores = self.support_scores(sentence, vector)
        best = max(scores.values(), default=0.0)
        supporting = sorted((n for n, s in scores.items() if s >= SUPPORTED), key=lambda n: -scores[n])
        near = self._closest_units(sentence, vector, supporting)
        missing = self._missing_in(sentence, near)
        if missing and supporting:  # a fact from another passage that also speaks to the sentence
            extra = [n for n in sorted(scores, key=lambda n: -scores[n]) if n not in supporting
                     and scores[n] >= SUPPORTED * 0.75
                     and self._missing_in(sentence, self._closest_units(sentence, vector, [n])) != missing]
            supporting += extra[:1]
            missing = self._missing_in(sentence, self._closest_units(sentence, vector, supporting))
        supported = bool(supporting) and not missing and bool(terms(sentence))
        if not supported:  # nothing is cited for it, so none of its facts is backed
            missing = self._missing_in(sentence, [])
        return Sentence(sentence, supporting[:2] if supported else [], supported, round(best, 3), sorted(missing))

    def _closest_units(self, sentence: str, vector: np.ndarray | None, passage_numbers: Sequence[int],
                       share: float = 0.75) -> list[_Unit]:
        """The passages' sentences closest to this one: its figures and names must be in them (a figure from
        another sentence of the passage is another fact: "300 euros" does not back "30 euros per month").
        Per passage: its closest sentence and those at least `share` as close (a sentence may join two)."""
        own = terms(sentence)

        def closeness(unit: _Unit) -> float:
            overlap = len(own & unit.terms) / len(own) if own else 0.0
            return overlap if vector is None or unit.vector is None else \
                TERM_WEIGHT * overlap + (1 - TERM_WEIGHT) * float(unit.vector @ vector)

        chosen = []
        for n in passage_numbers:
            scored = [(closeness(u), u) for u in self.units if u.n == n]
            top = max((score for score, _ in scored), default=0.0)
            chosen += [u for score, u in scored if score >= share * top]
        return chosen

    @staticmethod
    def _missing_in(sentence: str, units: Sequence[_Unit]) -> set[str]:
        held_numbers = set().union(*(numbers(u.text) for u in units)) if units else set()
        held_words = set().union(*(u.terms for u in units)) if units else set()
        missing = {n for n in numbers(sentence) if n not in held_numbers}
        missing |= {name for name in names(sentence) if not (terms(name) & held_words) and terms(name)}
        return missing

    def missing_facts(self, sentence: str, passage_numbers: Sequence[int]) -> set[str]:
        """The sentence's figures, dates and names that none of the passages holds (anywhere in them)."""
        held_numbers = set().union(*(self._numbers[n] for n in passage_numbers)) if passage_numbers else set()
        held_words = set().union(*(self._words[n] for n in passage_numbers)) if passage_numbers else set()
        missing = {n for n in numbers(sentence) if n not in held_numbers}
        missing |= {name for name in names(sentence) if not (terms(name) & held_words) and terms(name)}
        return missing

    # -- the question ----------------------------------------------------------------------

    def ranked_for(self, question: str) -> list[tuple[float, _Unit]]:
        """The passages' sentences that can answer the question, best first, with their scores.

        A question term counts fully when the sentence holds it and CONTEXT_WEIGHT when only its
        passage or file name does, each weighed by its idf; a sentence holding less than FOCUS_SHARE of
        the question's focus terms (by weight) is left out, unless it means nearly the same (SAME_MEANING)."""
        plain = _HOW.sub(" ", question)
        wanted = terms(plain)
        focus = wanted - set().union(set(), *(terms(name) for name in names(plain) | _first_name(plain)))
        weights = {t: self.idf(t) if self.idf else 1.0 for t in wanted}
        total = sum(weights.values()) or 1.0
        vector = self._vectors([question])[0]
        ranked = []
        for unit in self.units:
            overlap = sum(w if t in unit.terms else CONTEXT_WEIGHT * w if t in unit.context else 0.0
                          for t, w in weights.items()) / total
            similarity = None if vector is None or unit.vector is None else float(unit.vector @ vector)
            held = sum(weights[t] for t in focus & unit.terms) / (sum(weights[t] for t in focus) or 1.0)
            if focus and held < FOCUS_SHARE and (similarity is None or similarity < SAME_MEANING):
                continue
            score = overlap if similarity is None else TERM_WEIGHT * overlap + (1 - TERM_WEIGHT) * similarity
            ranked.append((round(score, 4), unit))
        ranked.sort(key=lambda pair: -pair[0])
        return ranked


def _first_name(question: str) -> set[str]:
    """The question's first word when it is a name ("Northwind ..."): capitalised and not a question word."""
    words = _WORD.findall(question)
    first = words[0] if words else ""
    return {first} if first[:1].isupper() and first.lower() not in _NOT_NAMES | _QUESTION_WORDS else set()


_QUESTION_WORDS = frozenset("how what when where which who whom whose why is are do does did can could may "
                            "must should will would was were has have".split())


def bm25_idf(document_frequency: int, total: int) -> float:
    """The BM25 idf of a term (a term no chunk holds weighs most)."""
    return math.log(1 + (total - document_frequency + 0.5) / (document_frequency + 0.5))
