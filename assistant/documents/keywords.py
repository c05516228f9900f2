"""Keyword terms and an in-memory BM25 index: the only module that imports Stemmer.

Why not rank with SQLite FTS5 directly: an OR of the query words makes FTS5 call bm25()
for every matching row, about 65 ms at 100k chunks. Here each chunk's terms are stored
once (as 32-bit term hashes with counts) and loaded into posting arrays, so a query is
one add over the postings of each of its few words: well under a millisecond at 100k chunks,
4-10 ms at a million.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from functools import lru_cache

import numpy as np

# English function words: they match nearly every chunk and only cost time.
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours yourself yourselves
""".split())
_WORD = re.compile(r"\w+", re.UNICODE)
K1, B = 1.2, 0.75
TERM_DTYPE = np.dtype([("term", "<u4"), ("count", "<u4")])


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("porter")


@lru_cache(maxsize=200_000)
def _term_hash(word: str) -> int:
    folded = unicodedata.normalize("NFKD", word)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return zlib.crc32(_stemmer().stemWord(folded).encode("utf-8"))


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) < 40]


def term_hashes(text: str) -> list[int]:
    return [_term_hash(word) for word in words(text)]


def encode_terms(text: str) -> tuple[bytes, int]:
    """A chunk's terms as a blob of (term hash, count) pairs, and its length in terms."""
    hashes = term_hashes(text)
    if not hashes:
        return b"", 0
    terms, counts = np.unique(np.asarray(hashes, dtype=np.uint32), return_counts=True)
    packed = np.empty(len(terms), dtype=TERM_DTYPE)
    packed["term"], packed["count"] = terms, counts
    return packed.tobytes(), len(hashes)


class KeywordIndex:
    """BM25 over chunk rows 0..n-1, built from the stored term blobs."""

    def __init__(self, blobs: list[bytes], lengths: np.ndarray, k1: float = K1, b: float = B):
        per_row = np.fromiter((len(blob) // TERM_DTYPE.itemsize for blob in blobs), dtype=np.int64, count=len(blobs))
        self._build(np.frombuffer(b"".join(blobs), dtype=TERM_DTYPE), per_row, lengths, k1, b)

    @classmethod
    def from_packed(cls, packed: np.ndarray, per_row: np.ndarray, lengths: np.ndarray, k1: float = K1,
                    b: float = B) -> KeywordIndex:
        """The index of rows whose blobs were already joined: `packed` (TERM_DTYPE), `per_row` pairs each."""
        index = cls.__new__(cls)
        index._build(packed, per_row, lengths, k1, b)
        return index

    def _build(self, packed: np.ndarray, per_row: np.ndarray, lengths: np.ndarray, k1: float, b: float) -> None:
        self.n = len(per_row)
        rows = np.repeat(np.arange(self.n, dtype=np.int32), per_row)
        order = np.argsort(packed["term"], kind="stable")
        terms = packed["term"][order]
        self.rows = rows[order]
        del rows
        counts = packed["count"][order].astype(np.float32)
        del order
        lengths = np.asarray(lengths, dtype=np.float32)
        average = float(lengths.mean()) if self.n else 1.0
        norm = k1 * (1 - b + b * lengths / max(average, 1e-6))
        self.weights = (counts * (k1 + 1) / (counts + norm[self.rows])).astype(np.float32)
        self.keys, self.starts = np.unique(terms, return_index=True)
        self.ends = np.append(self.starts[1:], len(terms))

    def scores(self, query: str) -> np.ndarray | None:
        """BM25 of every row for the query's words; None when no word is indexed."""
        hashes = np.unique(np.asarray(term_hashes(query), dtype=np.uint32))
        if not len(hashes) or not len(self.keys):
            return None
        where = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
        where = where[self.keys[where] == hashes]
        if not len(where):
            return None
        scores = np.zeros(self.n, dtype=np.float32)
        for index in where:  # a term's postings name each row once, so one fancy-indexed add per term is exact
            start, end = self.starts[index], self.ends[index]
            df = end - start
            idf = np.float32(np.log(1 + (self.n - df + 0.5) / (df + 0.5)))
            scores[self.rows[start:end]] += self.weights[start:end] * idf
        return scores
