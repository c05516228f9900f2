"""Keyword terms and an in-memory BM25 index: the only module that imports Stemmer.

Why not rank with SQLite FTS5 directly: an OR of the query words makes FTS5 call bm25()
for every matching row, about 65 ms at 100k chunks. Here each chunk's terms are stored
once (as 32-bit term hashes with counts) and loaded into posting arrays, so a query is
one numpy bincount over the postings of its few words: well under a millisecond.

Bounded at any size: a word's postings are kept best-weighted first and only its first
POSTINGS_PER_TERM are kept at all (static index pruning). A word in more chunks than that is so
common that its BM25 weight is small, and the chunks it is left out of are those where it weighs
least (long chunks that say it once), so a query reads at most POSTINGS_PER_TERM postings per word
and memory stops growing with such words. Its document frequency (and so its idf) stays exact.
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
# At 1M chunks (benchmarks/local_scale.py --hybrid) this keeps a query under a few milliseconds; an
# index under this many chunks is never pruned, so its scores are exact.
POSTINGS_PER_TERM = 50_000


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
    """BM25 over chunk rows 0..n-1, built from the stored term blobs.

    `keys` are the indexed term hashes; `ends - starts` is each one's document frequency. The
    postings held (`rows`, `weights`) are each term's best POSTINGS_PER_TERM, between
    `held_starts` and `held_ends`."""

    def __init__(self, blobs: list[bytes], lengths: np.ndarray, k1: float = K1, b: float = B,
                 postings_per_term: int = POSTINGS_PER_TERM):
        self.n = len(blobs)
        packed = np.frombuffer(b"".join(blobs), dtype=TERM_DTYPE)
        per_row = np.fromiter((len(blob) // TERM_DTYPE.itemsize for blob in blobs), dtype=np.int64, count=self.n)
        rows = np.repeat(np.arange(self.n, dtype=np.int32), per_row)
        counts = packed["count"].astype(np.float32)
        lengths = np.asarray(lengths, dtype=np.float32)
        average = float(lengths.mean()) if self.n else 1.0
        norm = k1 * (1 - b + b * lengths / max(average, 1e-6))
        weights = (counts * (k1 + 1) / (counts + norm[rows])).astype(np.float32)
        del counts
        order = _by_term_best_first(packed["term"], weights)
        terms = packed["term"][order]
        self.keys, self.starts, frequencies = np.unique(terms, return_index=True, return_counts=True)
        self.ends = self.starts + frequencies
        held = np.arange(len(terms)) - np.repeat(self.starts, frequencies) < postings_per_term
        self.rows, self.weights = rows[order][held], weights[order][held]
        kept = np.minimum(frequencies, postings_per_term)
        self.held_ends = np.cumsum(kept)
        self.held_starts = self.held_ends - kept

    @property
    def postings(self) -> int:
        """How many postings are held in memory (8 bytes each)."""
        return len(self.rows)

    def scores(self, query: str) -> np.ndarray | None:
        """BM25 of every row for the query's words; None when no word is indexed."""
        hashes = np.unique(np.asarray(term_hashes(query), dtype=np.uint32))
        if not len(hashes) or not len(self.keys):
            return None
        where = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
        where = where[self.keys[where] == hashes]
        if not len(where):
            return None
        rows, weights = [], []
        for index in where:
            start, end = self.held_starts[index], self.held_ends[index]
            df = self.ends[index] - self.starts[index]
            idf = np.log(1 + (self.n - df + 0.5) / (df + 0.5))
            rows.append(self.rows[start:end])
            weights.append(self.weights[start:end] * np.float32(idf))
        return np.bincount(np.concatenate(rows), np.concatenate(weights), minlength=self.n).astype(np.float32)


def _by_term_best_first(terms: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The postings' order: by term, and within a term by weight, highest first."""
    # A positive float32's bits sort as the float does; inverted, the highest weight comes first.
    # One sort of a 64-bit key: a third of the time of a lexsort of the two (10M postings).
    descending = (np.iinfo(np.uint32).max - weights.view(np.uint32)).astype(np.uint64)
    return np.argsort((terms.astype(np.uint64) << np.uint64(32)) | descending)
