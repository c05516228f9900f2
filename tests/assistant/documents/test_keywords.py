"""BM25 keyword scores: the in-memory index scores as BM25 is written in the textbook."""
from __future__ import annotations

import math

import numpy as np

from assistant.documents.keywords import K1, B, KeywordIndex, encode_terms, term_hashes


def index_of(texts: list[str]) -> KeywordIndex:
    encoded = [encode_terms(text) for text in texts]
    return KeywordIndex([blob for blob, _ in encoded], np.array([n for _, n in encoded], dtype=np.float32))


def textbook_bm25(texts: list[str], query: str) -> np.ndarray:
    """BM25 written out the long way, for comparison."""
    documents = [term_hashes(text) for text in texts]
    average = sum(map(len, documents)) / len(documents)
    scores = np.zeros(len(texts))
    for term in set(term_hashes(query)):
        df = sum(term in document for document in documents)
        if not df:
            continue
        idf = math.log(1 + (len(texts) - df + 0.5) / (df + 0.5))
        for row, document in enumerate(documents):
            tf = document.count(term)
            scores[row] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len(document) / average)) if tf else 0
    return scores


TEXTS = ["The ferry leaves the north pier at night.", "Ferry tickets are sold on board the ferry.",
         "Sourdough rests for eighteen hours.", "The rye loaf is baked on Tuesdays; rye flour is coarse.",
         "Check the tyre pressure of the bike every week and oil the chain after rain on the bike path."]


def test_scores_are_textbook_bm25():
    index = index_of(TEXTS)
    for query in ("ferry tickets", "rye bread", "bike chain oil", "nothing matches here"):
        expected = textbook_bm25(TEXTS, query)
        found = index.scores(query)
        if not expected.any():
            assert found is None or not found.any()
            continue
        assert np.allclose(found, expected, rtol=1e-5)


def test_an_empty_index_and_a_query_of_stopwords_score_nothing():
    assert index_of([]).scores("ferry") is None
    assert index_of(TEXTS).scores("the and of") is None
